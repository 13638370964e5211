<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en_US">
<context>
    <name>Accessibility</name>
    <message>
        <source>{description} ({keys})</source>
        <translation>{description} ({keys})</translation>
    </message>
</context>
<context>
    <name>Address</name>
    <message>
        <source>Street</source>
        <translation>Rue</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro civique</translation>
    </message>
    <message>
        <source>Floor / room</source>
        <translation>Étage / local</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Province / région</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Code postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>five digits such as {example}</source>
        <translation>cinq chiffres comme {example}</translation>
    </message>
    <message>
        <source>letter-digit-letter digit-letter-digit such as {example}</source>
        <translation>lettre-chiffre-lettre chiffre-lettre-chiffre comme {example}</translation>
    </message>
    <message>
        <source>four digits such as {example}</source>
        <translation>quatre chiffres comme {example}</translation>
    </message>
    <message>
        <source>a UK postcode such as {example}</source>
        <translation>un code postal britannique comme {example}</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} : champ obligatoire.</translation>
    </message>
    <message>
        <source>Country must be a two-letter code such as US, GB or DK.</source>
        <translation>Le pays doit être un code de deux lettres comme US, GB ou DK.</translation>
    </message>
    <message>
        <source>State / region is required in this country.</source>
        <translation>La province ou région est obligatoire dans ce pays.</translation>
    </message>
    <message>
        <source>Postcode is required in this country.</source>
        <translation>Le code postal est obligatoire dans ce pays.</translation>
    </message>
    <message>
        <source>Postcode &apos;{postcode}&apos; is not valid here: use {form}.</source>
        <translation>Le code postal « {postcode} » n&apos;est pas valide ici : utilisez {form}.</translation>
    </message>
    <message>
        <source>The address cannot be confirmed: {problems}</source>
        <translation>L&apos;adresse ne peut pas être confirmée : {problems}</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>e.g. 3rd floor, room 301</source>
        <translation>p. ex. 3e étage, local 301</translation>
    </message>
    <message>
        <source>Confirm address</source>
        <translation>Confirmer l&apos;adresse</translation>
    </message>
    <message>
        <source>Please complete the marked fields.</source>
        <translation>Veuillez remplir les champs indiqués.</translation>
    </message>
    <message>
        <source>Confirm where you are</source>
        <translation>Confirmez où vous êtes</translation>
    </message>
    <message>
        <source>Confirm the address where you are working now, so an answering point can send help to you.</source>
        <translation>Confirmez l&apos;adresse où vous travaillez en ce moment, pour qu&apos;un centre d&apos;urgence puisse vous envoyer des secours.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot create the profile folder {folder}: {error}. Nothing will be saved.</source>
        <translation>Impossible de créer le dossier du profil {folder} : {error}. Rien ne sera enregistré.</translation>
    </message>
    <message>
        <source>The workstation&apos;s networks could not be read ({error}); the callback site is chosen without them.</source>
        <translation>Les réseaux du poste de travail n&apos;ont pas pu être lus ({error}); le site de rappel est choisi sans eux.</translation>
    </message>
    <message>
        <source>{error}. Command-line control is unavailable.</source>
        <translation>{error}. Le contrôle par la ligne de commande n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Audio devices</source>
        <translation>Périphériques audio</translation>
    </message>
    <message>
        <source>An emergency call is up: end it before quitting the softphone.</source>
        <translation>Un appel d&apos;urgence est en cours : terminez-le avant de quitter le téléphone logiciel.</translation>
    </message>
</context>
<context>
    <name>Assistant</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenue</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Où vous êtes</translation>
    </message>
    <message>
        <source>Headset</source>
        <translation>Casque d&apos;écoute</translation>
    </message>
    <message>
        <source>What your admin still has to set</source>
        <translation>Ce que votre administrateur doit encore définir</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Appel d&apos;essai</translation>
    </message>
    <message>
        <source>Set up the softphone</source>
        <translation>Configurer le téléphone logiciel</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>Étapes de configuration</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Numéro à appeler</translation>
    </message>
    <message>
        <source>A number to call now, 911 in an emergency</source>
        <translation>Un numéro à appeler maintenant, le 911 en cas d&apos;urgence</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Call &amp;now:</source>
        <translation>Appeler &amp;maintenant :</translation>
    </message>
    <message>
        <source>The set-up assistant will open again at the next start: {error}</source>
        <translation>L&apos;assistant de configuration s&apos;ouvrira de nouveau au prochain démarrage : {error}</translation>
    </message>
    <message>
        <source>Welcome to the softphone</source>
        <translation>Bienvenue dans le téléphone logiciel</translation>
    </message>
    <message>
        <source>A few minutes to be ready for an emergency call: confirm where you are, test your headset, see what your admin still has to set, and make a test call.</source>
        <translation>Quelques minutes pour être prêt à un appel d&apos;urgence : confirmez où vous êtes, testez votre casque d&apos;écoute, voyez ce que votre administrateur doit encore définir et faites un appel d&apos;essai.</translation>
    </message>
    <message>
        <source>Emergency numbers work at any time, also while this assistant is open: type one in the number field of the main window, or in the field at the bottom of this window, and it is dialled at once.</source>
        <translation>Les numéros d&apos;urgence fonctionnent en tout temps, même quand cet assistant est ouvert : tapez-en un dans le champ du numéro de la fenêtre principale, ou dans le champ au bas de cette fenêtre, et il est composé aussitôt.</translation>
    </message>
    <message>
        <source>You can close the assistant whenever you like and open it again from the readiness panel (the emergency calling sign in the status bar).</source>
        <translation>Vous pouvez fermer l&apos;assistant quand vous le voulez et l&apos;ouvrir de nouveau depuis le panneau de préparation (l&apos;indicateur des appels d&apos;urgence dans la barre d&apos;état).</translation>
    </message>
    <message>
        <source>The answering point receives this address with every emergency call, so help can be sent to you. Check it, complete it (floor and room help responders find you inside the building) and confirm it.</source>
        <translation>Le centre d&apos;urgence reçoit cette adresse avec chaque appel d&apos;urgence, pour que les secours puissent vous être envoyés. Vérifiez-la, complétez-la (l&apos;étage et le local aident les intervenants à vous trouver dans l&apos;immeuble) et confirmez-la.</translation>
    </message>
    <message>
        <source>Your headset</source>
        <translation>Votre casque d&apos;écoute</translation>
    </message>
    <message>
        <source>Plug in your headset and pick it below. Press Play test tone: you should hear a short beep. Then speak: the microphone level should move. Your choice is remembered and used again whenever the headset is plugged in.</source>
        <translation>Branchez votre casque d&apos;écoute et choisissez-le ci-dessous. Appuyez sur Jouer une tonalité d&apos;essai : vous devriez entendre un court bip. Parlez ensuite : le niveau du micro devrait bouger. Votre choix est mémorisé et réutilisé chaque fois que le casque est branché.</translation>
    </message>
    <message>
        <source>Audio devices cannot be chosen on this computer; calls still go out.</source>
        <translation>Les périphériques audio ne peuvent pas être choisis sur cet ordinateur; les appels sont quand même faits.</translation>
    </message>
    <message>
        <source>Your admin has set up everything emergency calling needs from this softphone.</source>
        <translation>Votre administrateur a configuré tout ce qu&apos;il faut pour les appels d&apos;urgence depuis ce téléphone logiciel.</translation>
    </message>
    <message>
        <source>These are not set yet. Emergency numbers are still dialled, but until they are fixed help may not reach you as it should:</source>
        <translation>Ces éléments ne sont pas encore définis. Les numéros d&apos;urgence sont quand même composés, mais tant qu&apos;ils ne sont pas corrigés, les secours pourraient ne pas vous joindre comme il faut :</translation>
    </message>
    <message>
        <source>Who to ask: {contact}</source>
        <translation>À qui vous adresser : {contact}</translation>
    </message>
    <message>
        <source>Who to ask: your supervisor or IT department. (Your admin can put their name here: Settings › Agent › Who to ask.)</source>
        <translation>À qui vous adresser : votre superviseur ou le service informatique. (Votre administrateur peut inscrire son nom ici : Paramètres › Agent › À qui s&apos;adresser.)</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Appeler le {number}</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>A test call</source>
        <translation>Un appel d&apos;essai</translation>
    </message>
    <message>
        <source>933 is the address test line in the United States: a free call, not an emergency call, that reads back the number and the address an answering point would receive from you. Listen, and check that both are right.</source>
        <translation>Le 933 est la ligne d&apos;essai d&apos;adresse aux États-Unis : un appel gratuit, pas un appel d&apos;urgence, qui relit le numéro et l&apos;adresse qu&apos;un centre d&apos;urgence recevrait de vous. Écoutez, et vérifiez que les deux sont exacts.</translation>
    </message>
    <message>
        <source>The 933 test line exists in the United States and Puerto Rico only, so there is nothing to call from here. Your admin can tell you how emergency calls are tested where you work.</source>
        <translation>La ligne d&apos;essai 933 n&apos;existe qu&apos;aux États-Unis et à Porto Rico; il n&apos;y a donc rien à appeler d&apos;ici. Votre administrateur peut vous dire comment les appels d&apos;urgence sont testés à votre lieu de travail.</translation>
    </message>
    <message>
        <source>The test call was not placed; the main window says why.</source>
        <translation>L&apos;appel d&apos;essai n&apos;a pas été fait; la fenêtre principale indique pourquoi.</translation>
    </message>
    <message>
        <source>Calling the test line…</source>
        <translation>Appel de la ligne d&apos;essai…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Ça sonne…</translation>
    </message>
    <message>
        <source>Connected: listen to what the test line read back.</source>
        <translation>Connecté : écoutez ce que la ligne d&apos;essai a relu.</translation>
    </message>
    <message>
        <source>The test call has ended.</source>
        <translation>L&apos;appel d&apos;essai est terminé.</translation>
    </message>
    <message>
        <source>The test call failed: {reason}</source>
        <translation>L&apos;appel d&apos;essai a échoué : {reason}</translation>
    </message>
    <message>
        <source>The test line said: “{words}”</source>
        <translation>La ligne d&apos;essai a dit : « {words} »</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Haut-parleur</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>No audio devices found. Calls still go out, but without sound on this computer: plug in a headset, or check that the sound system is running.</source>
        <translation>Aucun périphérique audio trouvé. Les appels sont quand même faits, mais sans son sur cet ordinateur : branchez un casque d&apos;écoute, ou vérifiez que le système audio fonctionne.</translation>
    </message>
    <message>
        <source>The audio devices have not been listed yet.</source>
        <translation>Les périphériques audio n&apos;ont pas encore été détectés.</translation>
    </message>
    <message>
        <source>Microphone available</source>
        <translation>Microphone disponible</translation>
    </message>
    <message>
        <source>Speaker available</source>
        <translation>Haut-parleur disponible</translation>
    </message>
    <message>
        <source>Using &apos;{device}&apos;.</source>
        <translation>Utilise « {device} ».</translation>
    </message>
    <message>
        <source>Plug in a headset, or check that the sound system runs.</source>
        <translation>Branchez un casque d&apos;écoute, ou vérifiez que le système audio fonctionne.</translation>
    </message>
    <message>
        <source>{fix} The softphone notices within {seconds} s once it answers again.</source>
        <translation>{fix} Le téléphone logiciel le remarque en {seconds} s dès qu&apos;il répond de nouveau.</translation>
    </message>
    <message>
        <source>The sound system does not answer new starts: the devices in use keep working, devices plugged in now are not seen. {fix}</source>
        <translation>Le système audio ne répond plus aux nouveaux démarrages : les périphériques utilisés continuent de fonctionner, mais ceux branchés maintenant ne sont pas vus. {fix}</translation>
    </message>
    <message>
        <source>The sound system answers new starts again.</source>
        <translation>Le système audio répond de nouveau aux nouveaux démarrages.</translation>
    </message>
    <message>
        <source>this softphone (process {pid})</source>
        <translation>ce softphone (processus {pid})</translation>
    </message>
    <message>
        <source>{name} (process {pid})</source>
        <translation>{name} (processus {pid})</translation>
    </message>
    <message>
        <source>Running programs use the JACK lock in {folder}, so the softphone leaves it alone: close {programs}.</source>
        <translation>Des programmes en cours d&apos;exécution utilisent le verrou JACK dans {folder}, alors le softphone n&apos;y touche pas : fermez {programs}.</translation>
    </message>
    <message>
        <source>{fix} Then restart the softphone: PortAudio cannot be restarted inside it.</source>
        <translation>{fix} Redémarrez ensuite le téléphone logiciel : PortAudio ne peut pas être redémarré à l&apos;intérieur de celui-ci.</translation>
    </message>
    <message>
        <source>The sound system answers again.</source>
        <translation>Le système audio répond de nouveau.</translation>
    </message>
    <message>
        <source>it is no longer listed by the sound system</source>
        <translation>le système audio ne l&apos;affiche plus</translation>
    </message>
    <message>
        <source>it stopped working</source>
        <translation>il a cessé de fonctionner</translation>
    </message>
    <message>
        <source>Audio device &apos;{device}&apos; stopped working.</source>
        <translation>Le périphérique audio « {device} » a cessé de fonctionner.</translation>
    </message>
    <message>
        <source>{role}: back on &apos;{device}&apos;.</source>
        <translation>{role} : de retour sur « {device} ».</translation>
    </message>
    <message>
        <source>{rate} Hz does not divide into 20 ms frames; use a rate that is a multiple of 50 Hz such as 8000, 16000, 44100 or 48000</source>
        <translation>{rate} Hz ne se divise pas en trames de 20 ms; utilisez une fréquence multiple de 50 Hz, comme 8000, 16000, 44100 ou 48000</translation>
    </message>
    <message>
        <source>it failed to open</source>
        <translation>il n&apos;a pas pu être ouvert</translation>
    </message>
    <message>
        <source>{why}; using &apos;{device}&apos; instead.</source>
        <translation>{why}; « {device} » est utilisé à la place.</translation>
    </message>
    <message>
        <source>Microphone &apos;{device}&apos; is not connected</source>
        <translation>Le microphone « {device} » n&apos;est pas branché</translation>
    </message>
    <message>
        <source>Speaker &apos;{device}&apos; is not connected</source>
        <translation>Le haut-parleur « {device} » n&apos;est pas branché</translation>
    </message>
    <message>
        <source>Ringer &apos;{device}&apos; is not connected</source>
        <translation>L&apos;appareil de sonnerie « {device} » n&apos;est pas branché</translation>
    </message>
    <message>
        <source>Microphone &apos;{device}&apos; cannot be used ({why})</source>
        <translation>Le microphone « {device} » ne peut pas être utilisé ({why})</translation>
    </message>
    <message>
        <source>Speaker &apos;{device}&apos; cannot be used ({why})</source>
        <translation>Le haut-parleur « {device} » ne peut pas être utilisé ({why})</translation>
    </message>
    <message>
        <source>Ringer &apos;{device}&apos; cannot be used ({why})</source>
        <translation>L&apos;appareil de sonnerie « {device} » ne peut pas être utilisé ({why})</translation>
    </message>
    <message>
        <source>The system default microphone &apos;{device}&apos; cannot be used ({why})</source>
        <translation>Le microphone par défaut du système, « {device} », ne peut pas être utilisé ({why})</translation>
    </message>
    <message>
        <source>The system default speaker &apos;{device}&apos; cannot be used ({why})</source>
        <translation>Le haut-parleur par défaut du système, « {device} », ne peut pas être utilisé ({why})</translation>
    </message>
    <message>
        <source>The system default ringer &apos;{device}&apos; cannot be used ({why})</source>
        <translation>L&apos;appareil de sonnerie par défaut du système, « {device} », ne peut pas être utilisé ({why})</translation>
    </message>
    <message>
        <source>There is no other microphone to use{detail}: calls still connect, but the other party hears silence. {fix}</source>
        <translation>Il n&apos;y a aucun autre microphone à utiliser{detail} : les appels sont quand même établis, mais votre interlocuteur n&apos;entend que du silence. {fix}</translation>
    </message>
    <message>
        <source>{why}, and there is no other microphone to use{detail}: calls still connect, but the other party hears silence. {fix}</source>
        <translation>{why}, et il n&apos;y a aucun autre microphone à utiliser{detail} : les appels sont quand même établis, mais votre interlocuteur n&apos;entend que du silence. {fix}</translation>
    </message>
    <message>
        <source>There is no other speaker to use{detail}: calls still connect, but you will not hear the other party. {fix}</source>
        <translation>Il n&apos;y a aucun autre haut-parleur à utiliser{detail} : les appels sont quand même établis, mais vous n&apos;entendrez pas votre interlocuteur. {fix}</translation>
    </message>
    <message>
        <source>{why}, and there is no other speaker to use{detail}: calls still connect, but you will not hear the other party. {fix}</source>
        <translation>{why}, et il n&apos;y a aucun autre haut-parleur à utiliser{detail} : les appels sont quand même établis, mais vous n&apos;entendrez pas votre interlocuteur. {fix}</translation>
    </message>
    <message>
        <source>There is no other ringer to use{detail}: calls still connect, but incoming calls ring on screen only. {fix}</source>
        <translation>Il n&apos;y a aucun autre appareil de sonnerie à utiliser{detail} : les appels sont quand même établis, mais les appels entrants ne sonnent qu&apos;à l&apos;écran. {fix}</translation>
    </message>
    <message>
        <source>{why}, and there is no other ringer to use{detail}: calls still connect, but incoming calls ring on screen only. {fix}</source>
        <translation>{why}, et il n&apos;y a aucun autre appareil de sonnerie à utiliser{detail} : les appels sont quand même établis, mais les appels entrants ne sonnent qu&apos;à l&apos;écran. {fix}</translation>
    </message>
    <message>
        <source>Plug in a headset to fix this.</source>
        <translation>Branchez un casque d&apos;écoute pour régler le problème.</translation>
    </message>
    <message>
        <source>Audio device connected: {device}.</source>
        <translation>Périphérique audio branché : {device}.</translation>
    </message>
    <message>
        <source>Audio device disconnected: {device}.</source>
        <translation>Périphérique audio débranché : {device}.</translation>
    </message>
    <message>
        <source>A program killed while it started its audio probably left a stale JACK lock in {folder}: close the programs that use sound and remove that folder (rm -rf {folder}).</source>
        <translation>Un programme arrêté de force pendant le démarrage de son audio a probablement laissé un verrou JACK périmé dans {folder} : fermez les programmes qui utilisent le son et supprimez ce dossier (rm -rf {folder}).</translation>
    </message>
    <message>
        <source>Restart the sound system (or the computer).</source>
        <translation>Redémarrez le système audio (ou l&apos;ordinateur).</translation>
    </message>
    <message>
        <source>The sound system did not answer within {seconds} s (PortAudio {what} did not return). Calls still go out, but without sound on this computer.</source>
        <translation>Le système audio n&apos;a pas répondu en {seconds} s (PortAudio n&apos;a pas terminé : {what}). Les appels sont quand même faits, mais sans son sur cet ordinateur.</translation>
    </message>
    <message>
        <source>stream close</source>
        <translation>fermeture du flux</translation>
    </message>
    <message>
        <source>PortAudio has not been loaded yet.</source>
        <translation>PortAudio n&apos;est pas encore chargé.</translation>
    </message>
    <message>
        <source>PortAudio {what} did not return within {seconds} s; it is not asked again in this process</source>
        <translation>PortAudio n&apos;a pas terminé en {seconds} s ({what}); il n&apos;est plus sollicité dans ce processus</translation>
    </message>
    <message>
        <source>start</source>
        <translation>démarrage</translation>
    </message>
    <message>
        <source>The PortAudio library is missing ({error}). Calls still go out, but without sound on this computer: install it (Debian/Ubuntu: apt install libportaudio2).</source>
        <translation>La bibliothèque PortAudio est absente ({error}). Les appels sont quand même faits, mais sans son sur cet ordinateur : installez-la (Debian/Ubuntu : apt install libportaudio2).</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>redémarrage</translation>
    </message>
    <message>
        <source>The sound system failed to restart ({error}).</source>
        <translation>Le système audio n&apos;a pas pu redémarrer ({error}).</translation>
    </message>
    <message>
        <source>device list</source>
        <translation>liste des périphériques</translation>
    </message>
    <message>
        <source>The sound system cannot be queried ({error}).</source>
        <translation>Le système audio ne peut pas être interrogé ({error}).</translation>
    </message>
    <message>
        <source>there is no sound system to open devices with</source>
        <translation>il n&apos;y a aucun système audio pour ouvrir les périphériques</translation>
    </message>
    <message>
        <source>opening &apos;{device}&apos;</source>
        <translation>ouverture de « {device} »</translation>
    </message>
    <message>
        <source>&apos;{device}&apos; could not be opened ({error})</source>
        <translation>« {device} » n&apos;a pas pu être ouvert ({error})</translation>
    </message>
    <message>
        <source>&apos;{device}&apos; could not be started ({error})</source>
        <translation>« {device} » n&apos;a pas pu être démarré ({error})</translation>
    </message>
    <message>
        <source>&apos;{device}&apos; refused every sample rate tried ({rates})</source>
        <translation>« {device} » a refusé toutes les fréquences d&apos;échantillonnage essayées ({rates})</translation>
    </message>
    <message>
        <source>The softphone is closing.</source>
        <translation>Le téléphone logiciel se ferme.</translation>
    </message>
    <message>
        <source>The audio devices cannot be listed: the helper process did not start ({error}). Reinstall the softphone.</source>
        <translation>Les périphériques audio ne peuvent pas être détectés : le processus auxiliaire n&apos;a pas démarré ({error}). Réinstallez le téléphone logiciel.</translation>
    </message>
    <message>
        <source>The audio devices cannot be listed: the helper process ended with status {status}. Calls still go out, but without sound on this computer.</source>
        <translation>Les périphériques audio ne peuvent pas être détectés : le processus auxiliaire s&apos;est terminé avec le code {status}. Les appels sont quand même faits, mais sans son sur cet ordinateur.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not create the start-at-login entry {entry}: {error}. Check that the folder is writable, or change the setting {option}.</source>
        <translation>Impossible de créer l&apos;entrée de démarrage à l&apos;ouverture de session {entry} : {error}. Vérifiez que le dossier est accessible en écriture, ou modifiez le paramètre {option}.</translation>
    </message>
    <message>
        <source>Could not remove the start-at-login entry {entry}: {error}. Check that the folder is writable, or change the setting {option}.</source>
        <translation>Impossible de supprimer l&apos;entrée de démarrage à l&apos;ouverture de session {entry} : {error}. Vérifiez que le dossier est accessible en écriture, ou modifiez le paramètre {option}.</translation>
    </message>
    <message>
        <source>The Run registry key exists only on Windows.</source>
        <translation>La clé de registre Run n&apos;existe que sous Windows.</translation>
    </message>
</context>
<context>
    <name>CallbackBanner</name>
    <message>
        <source>&amp;End callback mode…</source>
        <translation>&amp;Mettre fin au mode rappel…</translation>
    </message>
    <message>
        <source>Asks first; afterwards a call from the answering point is an ordinary call.</source>
        <translation>Demande d&apos;abord; ensuite, un appel du centre d&apos;urgence est un appel ordinaire.</translation>
    </message>
    <message>
        <source>Callback mode</source>
        <translation>Mode rappel</translation>
    </message>
    <message>
        <source>Callback mode: the answering point can call you back on {number}</source>
        <translation>Mode rappel : le centre d&apos;urgence peut vous rappeler au {number}</translation>
    </message>
    <message>
        <source>{time} (paused during the emergency call)</source>
        <translation>{time} (en pause pendant l&apos;appel d&apos;urgence)</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} restant</translation>
    </message>
    <message>
        <source>End callback mode</source>
        <translation>Mettre fin au mode rappel</translation>
    </message>
    <message>
        <source>End callback mode now? Until the countdown ends, a call from the answering point on this number rings through Do not disturb and busy lines. After you end it, it is an ordinary call.</source>
        <translation>Mettre fin au mode rappel maintenant? Jusqu&apos;à la fin du compte à rebours, un appel du centre d&apos;urgence à ce numéro sonne malgré Ne pas déranger et les lignes occupées. Ensuite, ce sera un appel ordinaire.</translation>
    </message>
</context>
<context>
    <name>CallbackSettings</name>
    <message>
        <source>Shared store password</source>
        <translation>Mot de passe du registre partagé</translation>
    </message>
    <message>
        <source>A password for {name} is stored in the system keyring.</source>
        <translation>Un mot de passe pour {name} est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No password is stored yet for {name}; type the database password of the user in callback.shared_store.</source>
        <translation>Aucun mot de passe n&apos;est encore enregistré pour {name}; tapez le mot de passe de la base de données de l&apos;utilisateur de callback.shared_store.</translation>
    </message>
    <message>
        <source>No shared store is set (callback.shared_store), so no password is used.</source>
        <translation>Aucun registre partagé n&apos;est défini (callback.shared_store); aucun mot de passe n&apos;est donc utilisé.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Site</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>paused (emergency call up)</source>
        <translation>en pause (appel d&apos;urgence en cours)</translation>
    </message>
    <message>
        <source>(default pool)</source>
        <translation>(réserve par défaut)</translation>
    </message>
    <message>
        <source>Live callback leases</source>
        <translation>Réservations de rappel en cours</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Live callback leases (read-only):</source>
        <translation>Réservations de rappel en cours (lecture seule) :</translation>
    </message>
    <message>
        <source>Reading the leases…</source>
        <translation>Lecture des réservations…</translation>
    </message>
    <message numerus="yes">
        <source>%n live lease(s).</source>
        <translation>
            <numerusform>%n réservation en cours.</numerusform>
            <numerusform>%n réservations en cours.</numerusform>
        </translation>
    </message>
    <message>
        <source>No callback number is leased.</source>
        <translation>Aucun numéro de rappel n&apos;est réservé.</translation>
    </message>
</context>
<context>
    <name>CallbackStore</name>
    <message>
        <source>{where} did not answer within {seconds} s</source>
        <translation>{where} n&apos;a pas répondu en {seconds} s</translation>
    </message>
    <message>
        <source>check that the database server is up and reachable from this workstation</source>
        <translation>vérifiez que le serveur de base de données fonctionne et qu&apos;il est joignable depuis ce poste</translation>
    </message>
    <message>
        <source>nothing accepts connections at {host}:{port}</source>
        <translation>rien n&apos;accepte de connexions à {host}:{port}</translation>
    </message>
    <message>
        <source>start the database server, or correct the host and port in {setting}</source>
        <translation>démarrez le serveur de base de données, ou corrigez l&apos;hôte et le port dans {setting}</translation>
    </message>
    <message>
        <source>the database refused the password of {user}</source>
        <translation>la base de données a refusé le mot de passe de {user}</translation>
    </message>
    <message>
        <source>store the right password in the keyring as {secret} (Settings › Emergency › Callback numbers, &apos;Shared store password&apos;)</source>
        <translation>enregistrez le bon mot de passe dans le trousseau sous {secret} (Paramètres › Urgence › Numéros de rappel, « Mot de passe du registre partagé »)</translation>
    </message>
    <message>
        <source>check the user and database name in {setting}</source>
        <translation>vérifiez l&apos;utilisateur et le nom de la base de données dans {setting}</translation>
    </message>
    <message>
        <source>the TLS connection to {where} failed ({error})</source>
        <translation>la connexion TLS à {where} a échoué ({error})</translation>
    </message>
    <message>
        <source>check the server certificate and sslrootcert in {setting}</source>
        <translation>vérifiez le certificat du serveur et sslrootcert dans {setting}</translation>
    </message>
    <message>
        <source>the host name {host} is not known</source>
        <translation>le nom d&apos;hôte {host} est inconnu</translation>
    </message>
    <message>
        <source>check the host in {setting}</source>
        <translation>vérifiez l&apos;hôte dans {setting}</translation>
    </message>
    <message>
        <source>check {setting} and that the database server is running</source>
        <translation>vérifiez {setting} et que le serveur de base de données fonctionne</translation>
    </message>
    <message>
        <source>The shared callback store cannot be used: {reason}; {fix}.</source>
        <translation>Le registre partagé des rappels ne peut pas être utilisé : {reason}; {fix}.</translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation>le trousseau a échoué ({error})</translation>
    </message>
    <message>
        <source>The password could not be read from the keyring: {error}</source>
        <translation>Le mot de passe n&apos;a pas pu être lu dans le trousseau : {error}</translation>
    </message>
    <message>
        <source>Connecting to the shared callback store.</source>
        <translation>Connexion au registre partagé des rappels.</translation>
    </message>
    <message>
        <source>{problem} This call gives the answering point {number}, chosen in advance, without the store confirming that no other agent holds it; it is recorded when the store is back.</source>
        <translation>{problem} Cet appel donne au centre d&apos;urgence le {number}, choisi d&apos;avance, sans que le registre confirme qu&apos;aucun autre agent ne le détient; il sera inscrit quand le registre sera de retour.</translation>
    </message>
    <message>
        <source>Shared callback store reachable</source>
        <translation>Registre partagé des rappels joignable</translation>
    </message>
    <message>
        <source>Connected to {where}.</source>
        <translation>Connecté à {where}.</translation>
    </message>
    <message>
        <source>Connected to {where}. The connection is not verified (sslmode={sslmode}): another host could pose as the store.</source>
        <translation>Connecté à {where}. La connexion n&apos;est pas vérifiée (sslmode={sslmode}) : un autre hôte pourrait se faire passer pour le registre.</translation>
    </message>
    <message>
        <source>Add sslmode=verify-full and sslrootcert to callback.shared_store.</source>
        <translation>Ajoutez sslmode=verify-full et sslrootcert à callback.shared_store.</translation>
    </message>
    <message>
        <source>Until it is reachable, emergency calls use the number chosen in advance or your own number. Fix callback.shared_store or the database.</source>
        <translation>D&apos;ici à ce qu&apos;il soit joignable, les appels d&apos;urgence utilisent le numéro choisi d&apos;avance ou votre propre numéro. Corrigez callback.shared_store ou la base de données.</translation>
    </message>
    <message>
        <source>The shared callback store stopped working ({error}): restart the softphone. Until then emergency calls use the number chosen in advance, or your own number.</source>
        <translation>Le registre partagé des rappels a cessé de fonctionner ({error}) : redémarrez le téléphone logiciel. D&apos;ici là, les appels d&apos;urgence utilisent le numéro choisi d&apos;avance, ou votre propre numéro.</translation>
    </message>
    <message>
        <source>The shared callback store cannot be used: {error}.</source>
        <translation>Le registre partagé des rappels ne peut pas être utilisé : {error}.</translation>
    </message>
    <message>
        <source>{number} was also given to an answering point by {agent} at {workstation} (chosen while the shared store could not decide in time). Callbacks to it now reach you; they are told.</source>
        <translation>Le {number} a aussi été donné à un centre d&apos;urgence par {agent} au poste {workstation} (choisi pendant que le registre partagé ne pouvait pas trancher à temps). Les rappels à ce numéro vous joignent maintenant; ils en sont avisés.</translation>
    </message>
    <message>
        <source>Your callback number {number} was given to a later emergency call by {agent} at {workstation} (every number of the pool was in use): callbacks to it now reach them, so callback mode has ended.</source>
        <translation>Votre numéro de rappel {number} a été donné à un appel d&apos;urgence plus récent par {agent} au poste {workstation} (tous les numéros de la réserve étaient utilisés) : les rappels à ce numéro joignent maintenant cette personne; le mode rappel est donc terminé.</translation>
    </message>
    <message>
        <source>the shared callback store&apos;s schema is version {found}, newer than this softphone knows ({latest}): update the softphone on this workstation</source>
        <translation>le schéma du registre partagé des rappels est à la version {found}, plus récente que celle que connaît ce téléphone logiciel ({latest}) : mettez à jour le téléphone logiciel sur ce poste</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>dialing</source>
        <translation>composition</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonne</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en file d&apos;attente</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>connecté</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échoué</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrompu</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transférer…</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>The other side said</source>
        <translation>L&apos;autre partie a dit</translation>
    </message>
    <message>
        <source>Emergency callback</source>
        <translation>Rappel d&apos;urgence</translation>
    </message>
    <message>
        <source>Emergency call</source>
        <translation>Appel d&apos;urgence</translation>
    </message>
    <message>
        <source>TEST CALL (address test line) {title}</source>
        <translation>APPEL D&apos;ESSAI (ligne d&apos;essai d&apos;adresse) {title}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mettre en attente</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Appels</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Aucun appel</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transférer</translation>
    </message>
    <message>
        <source>Transfer the call to:</source>
        <translation>Transférer l&apos;appel à :</translation>
    </message>
</context>
<context>
    <name>Carrier</name>
    <message>
        <source>The {carrier} carrier cannot put calls on hold.</source>
        <translation>Le fournisseur {carrier} ne peut pas mettre d&apos;appels en attente.</translation>
    </message>
    <message>
        <source>The {carrier} carrier cannot transfer calls.</source>
        <translation>Le fournisseur {carrier} ne peut pas transférer d&apos;appels.</translation>
    </message>
    <message>
        <source>The {carrier} carrier cannot send keypad tones.</source>
        <translation>Le fournisseur {carrier} ne peut pas envoyer de tonalités de clavier.</translation>
    </message>
    <message>
        <source>No carrier adapter called &apos;{name}&apos;. Set {option} to one of: {adapters}.</source>
        <translation>Aucun adaptateur de fournisseur nommé « {name} ». Réglez {option} sur l&apos;un de ceux-ci : {adapters}.</translation>
    </message>
    <message>
        <source>The carrier adapter &apos;{name}&apos; could not be loaded ({error}); reinstall the softphone or the adapter&apos;s package.</source>
        <translation>L&apos;adaptateur de fournisseur « {name} » n&apos;a pas pu être chargé ({error}); réinstallez le téléphone logiciel ou le paquet de l&apos;adaptateur.</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a carrier adapter (it must subclass Carrier).</source>
        <translation>« {target} » n&apos;est pas un adaptateur de fournisseur (il doit hériter de Carrier).</translation>
    </message>
    <message>
        <source>the carrier adapter &apos;{name}&apos; set in {origin} cannot be used ({error})</source>
        <translation>l&apos;adaptateur de fournisseur « {name} » défini dans {origin} ne peut pas être utilisé ({error})</translation>
    </message>
    <message>
        <source>No calls can be placed: {error} ({option} is set in {origin}.) Until this is fixed, use another phone.</source>
        <translation>Aucun appel ne peut être fait : {error} ({option} est défini dans {origin}.) D&apos;ici à ce que ce soit corrigé, utilisez un autre téléphone.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Emergency calls reach an emergency service</source>
        <translation>Les appels d&apos;urgence joignent un service d&apos;urgence</translation>
    </message>
    <message>
        <source>Emergency calls go to {route}.</source>
        <translation>Les appels d&apos;urgence vont à {route}.</translation>
    </message>
    <message>
        <source>An admin sets up the production carrier (carrier.adapter and its settings) and fixes any settings problem named; then restart the softphone.</source>
        <translation>Un administrateur configure le fournisseur de production (carrier.adapter et ses paramètres) et corrige tout problème de paramètres indiqué; redémarrez ensuite le téléphone logiciel.</translation>
    </message>
    <message>
        <source>Emergency calls from this softphone do not reach emergency services: use another phone.</source>
        <translation>Les appels d&apos;urgence de ce téléphone logiciel ne joignent pas les services d&apos;urgence : utilisez un autre téléphone.</translation>
    </message>
    <message>
        <source>Callback number available</source>
        <translation>Numéro de rappel disponible</translation>
    </message>
    <message>
        <source>A callback number is leased now.</source>
        <translation>Un numéro de rappel est réservé en ce moment.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in {pool}.</source>
        <translation>
            <numerusform>%n numéro dans {pool}.</numerusform>
            <numerusform>%n numéros dans {pool}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pool: your own number will be the callback number.</source>
        <translation>Aucune réserve : votre propre numéro sera le numéro de rappel.</translation>
    </message>
    <message>
        <source>Ask your admin to set callback.pool so the answering point reaches you on a dedicated number.</source>
        <translation>Demandez à votre administrateur de définir callback.pool pour que le centre d&apos;urgence vous joigne à un numéro réservé.</translation>
    </message>
    <message>
        <source>No callback pool and no caller ID number.</source>
        <translation>Aucune réserve de numéros de rappel et aucun numéro d&apos;afficheur.</translation>
    </message>
    <message>
        <source>Set callback.pool or outbound.caller_id in the admin settings.</source>
        <translation>Définissez callback.pool ou outbound.caller_id dans les paramètres d&apos;administration.</translation>
    </message>
    <message>
        <source>Outbound profile configured</source>
        <translation>Profil d&apos;appels sortants configuré</translation>
    </message>
    <message>
        <source>Carrier: {carrier}; caller ID: set. Emergency calls go to {route}.</source>
        <translation>Fournisseur : {carrier}; afficheur : défini. Les appels d&apos;urgence vont à {route}.</translation>
    </message>
    <message>
        <source>Carrier: {carrier}; caller ID: not set. Emergency calls go to {route}.</source>
        <translation>Fournisseur : {carrier}; afficheur : non défini. Les appels d&apos;urgence vont à {route}.</translation>
    </message>
    <message>
        <source>Set outbound.caller_id (the agent&apos;s number) in the admin settings.</source>
        <translation>Définissez outbound.caller_id (le numéro de l&apos;agent) dans les paramètres d&apos;administration.</translation>
    </message>
    <message>
        <source>Settings files valid</source>
        <translation>Fichiers de paramètres valides</translation>
    </message>
    <message>
        <source>The settings files have no errors.</source>
        <translation>Les fichiers de paramètres ne contiennent aucune erreur.</translation>
    </message>
    <message>
        <source>Correct the file named above and restart the softphone; until then each setting in error uses its default.</source>
        <translation>Corrigez le fichier nommé ci-dessus et redémarrez le téléphone logiciel; d&apos;ici là, chaque paramètre en erreur prend sa valeur par défaut.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>done</source>
        <translation>terminé</translation>
    </message>
    <message>
        <source>refused: the softphone said why (on stderr)</source>
        <translation>refusé : le téléphone logiciel a dit pourquoi (sur stderr)</translation>
    </message>
    <message>
        <source>usage: the command line was wrong</source>
        <translation>utilisation : la ligne de commande était erronée</translation>
    </message>
    <message>
        <source>not running: no softphone runs for this profile, nothing was done</source>
        <translation>pas en marche : aucun téléphone logiciel ne fonctionne pour ce profil, rien n&apos;a été fait</translation>
    </message>
    <message>
        <source>unreachable: the softphone could not be started or reached, nothing was done</source>
        <translation>injoignable : le téléphone logiciel n&apos;a pas pu être démarré ni joint, rien n&apos;a été fait</translation>
    </message>
    <message>
        <source>no answer: the request was sent but not confirmed; check the window</source>
        <translation>pas de réponse : la demande a été envoyée mais pas confirmée; vérifiez la fenêtre</translation>
    </message>
    <message>
        <source>start the softphone (the default with no command), or bring it to the front</source>
        <translation>démarrer le téléphone logiciel (par défaut sans commande), ou le mettre au premier plan</translation>
    </message>
    <message>
        <source>dial a number or a tel:/sip: link (also just: softphone tel:911); starts the softphone if needed; prints the call</source>
        <translation>composer un numéro ou un lien tel:/sip: (aussi simplement : softphone tel:911); démarre le téléphone logiciel au besoin; affiche l&apos;appel</translation>
    </message>
    <message>
        <source>end a call: the emergency call first, else the current one</source>
        <translation>terminer un appel : l&apos;appel d&apos;urgence d&apos;abord, sinon l&apos;appel en cours</translation>
    </message>
    <message>
        <source>answer the ringing call</source>
        <translation>répondre à l&apos;appel qui sonne</translation>
    </message>
    <message>
        <source>show or set presence</source>
        <translation>afficher ou définir la présence</translation>
    </message>
    <message>
        <source>presence, calls, callback lease, readiness, problems; exit 3 if not running</source>
        <translation>présence, appels, réservation de rappel, préparation, problèmes; code de sortie 3 s&apos;il n&apos;est pas en marche</translation>
    </message>
    <message>
        <source>trainer drills on the simulated answering point: drop, callback, incoming</source>
        <translation>exercices de formation sur le centre d&apos;urgence simulé : drop, callback, incoming</translation>
    </message>
    <message>
        <source>where this workstation is and whether emergency calling works there</source>
        <translation>où se trouve ce poste et si les appels d&apos;urgence y fonctionnent</translation>
    </message>
    <message>
        <source>end callback mode now and release the callback number (as the window&apos;s End callback mode, confirmed)</source>
        <translation>mettre fin au mode rappel maintenant et libérer le numéro de rappel (comme « Mettre fin au mode rappel » de la fenêtre, confirmé)</translation>
    </message>
    <message>
        <source>quit the running softphone (refused during an emergency call)</source>
        <translation>quitter le téléphone logiciel en marche (refusé pendant un appel d&apos;urgence)</translation>
    </message>
    <message>
        <source>the audio devices and which are selected</source>
        <translation>les appareils audio et ceux qui sont sélectionnés</translation>
    </message>
    <message>
        <source>the live callback leases: number, site, agent, workstation, expiry (from the shared store, if one is set; no running softphone needed)</source>
        <translation>les réservations de rappel en cours : numéro, site, agent, poste, échéance (du registre partagé, s&apos;il est défini; aucun téléphone logiciel en marche requis)</translation>
    </message>
    <message>
        <source>send the emergency contacts&apos; test email; exit 0 only if delivered</source>
        <translation>envoyer le courriel d&apos;essai aux personnes à joindre en cas d&apos;urgence; code de sortie 0 seulement s&apos;il est livré</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>utilisation : </translation>
    </message>
    <message>
        <source>{program}: error: {message}
</source>
        <translation>{program} : erreur : {message}
</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d&apos;aide et quitter</translation>
    </message>
    <message>
        <source>Contact-center softphone with emergency calling.</source>
        <translation>Téléphone logiciel de centre de contact avec appels d&apos;urgence.</translation>
    </message>
    <message>
        <source>folder with this instance&apos;s settings and data (or ${variable})</source>
        <translation>dossier des paramètres et des données de cette instance (ou ${variable})</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>afficher la version et quitter</translation>
    </message>
    <message>
        <source>log debugging detail</source>
        <translation>journaliser les détails de débogage</translation>
    </message>
    <message>
        <source>{text}

example: {example}</source>
        <translation>{text}

exemple : {example}</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>sortie lisible par machine</translation>
    </message>
    <message>
        <source>start without showing the window (in the tray)</source>
        <translation>démarrer sans afficher la fenêtre (dans la zone de notification)</translation>
    </message>
    <message>
        <source>the call&apos;s id (see status)</source>
        <translation>l&apos;identifiant de l&apos;appel (voir status)</translation>
    </message>
    <message>
        <source>e.g. {statuses}</source>
        <translation>p. ex. {statuses}</translation>
    </message>
    <message>
        <source>incoming: the caller&apos;s number</source>
        <translation>incoming : le numéro de l&apos;appelant</translation>
    </message>
    <message>
        <source>incoming: the number called</source>
        <translation>incoming : le numéro composé</translation>
    </message>
    <message>
        <source>incoming: marked as a PSAP callback by the carrier</source>
        <translation>incoming : marqué par le fournisseur comme rappel du centre d&apos;urgence</translation>
    </message>
    <message>
        <source>evaluate this position instead (offline, no running softphone needed)</source>
        <translation>évaluer plutôt cette position (hors ligne, aucun téléphone logiciel en marche requis)</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>les arguments suivants sont obligatoires : {names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {names}</source>
        <translation>arguments non reconnus : {names}</translation>
    </message>
    <message>
        <source>argument {name}: invalid choice: {value} (choose from {choices})</source>
        <translation>argument {name} : choix invalide : {value} (choisissez parmi {choices})</translation>
    </message>
    <message>
        <source>argument {name}: expected one argument</source>
        <translation>argument {name} : un argument attendu</translation>
    </message>
    <message>
        <source>commands, with an example each:
{examples}

exit status:
{codes}</source>
        <translation>commandes, avec un exemple chacune :
{examples}

code de sortie :
{codes}</translation>
    </message>
    <message>
        <source>The softphone stopped while taking the call; dialling again on a new one.</source>
        <translation>Le téléphone logiciel s&apos;est arrêté en prenant l&apos;appel; l&apos;appel est recomposé sur une nouvelle instance.</translation>
    </message>
    <message>
        <source>No softphone is running for this profile.</source>
        <translation>Aucun téléphone logiciel ne fonctionne pour ce profil.</translation>
    </message>
    <message>
        <source>Softphone: not running</source>
        <translation>Téléphone logiciel : pas en marche</translation>
    </message>
    <message>
        <source>No softphone is running for this profile; start it with {start} (or dial: {dial} starts it).</source>
        <translation>Aucun téléphone logiciel ne fonctionne pour ce profil; démarrez-le avec {start} (ou composez : {dial} le démarre).</translation>
    </message>
    <message>
        <source>The softphone could not start (exit status {code}); its log says why ({logs}).</source>
        <translation>Le téléphone logiciel n&apos;a pas pu démarrer (code de sortie {code}); son journal indique pourquoi ({logs}).</translation>
    </message>
    <message>
        <source>The softphone did not start within {seconds} s; its log says why ({logs}).</source>
        <translation>Le téléphone logiciel n&apos;a pas démarré en {seconds} s; son journal indique pourquoi ({logs}).</translation>
    </message>
    <message>
        <source>The softphone refused the command.</source>
        <translation>Le téléphone logiciel a refusé la commande.</translation>
    </message>
    <message>
        <source>The softphone did not confirm that the carrier has the call; check its window.</source>
        <translation>Le téléphone logiciel n&apos;a pas confirmé que le fournisseur a l&apos;appel; vérifiez sa fenêtre.</translation>
    </message>
    <message>
        <source>The softphone (process {pid}) said it would quit but still runs after {seconds} s.</source>
        <translation>Le téléphone logiciel (processus {pid}) a dit qu&apos;il allait quitter, mais fonctionne toujours après {seconds} s.</translation>
    </message>
    <message>
        <source>Presence: {status} (locked: emergency call)</source>
        <translation>Présence : {status} (verrouillée : appel d&apos;urgence)</translation>
    </message>
    <message>
        <source>Presence: {status}</source>
        <translation>Présence : {status}</translation>
    </message>
    <message>
        <source>Carrier: {carrier}</source>
        <translation>Fournisseur : {carrier}</translation>
    </message>
    <message>
        <source>Call {id}: {call} {remote} — {state}</source>
        <translation>Appel {id} : {call} {remote} — {state}</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrompu)</translation>
    </message>
    <message numerus="yes">
        <source>Callback mode: {number}, %n minute(s) left (paused)</source>
        <translation>
            <numerusform>Mode rappel : {number}, %n minute restante (en pause)</numerusform>
            <numerusform>Mode rappel : {number}, %n minutes restantes (en pause)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Callback mode: {number}, %n minute(s) left</source>
        <translation>
            <numerusform>Mode rappel : {number}, %n minute restante</numerusform>
            <numerusform>Mode rappel : {number}, %n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problème : {problem}</translation>
    </message>
    <message>
        <source>outgoing call</source>
        <translation>appel sortant</translation>
    </message>
    <message>
        <source>outgoing emergency call</source>
        <translation>appel d&apos;urgence sortant</translation>
    </message>
    <message>
        <source>outgoing test call</source>
        <translation>appel d&apos;essai sortant</translation>
    </message>
    <message>
        <source>incoming call</source>
        <translation>appel entrant</translation>
    </message>
    <message>
        <source>emergency callback</source>
        <translation>rappel d&apos;urgence</translation>
    </message>
    <message>
        <source>incoming test call</source>
        <translation>appel d&apos;essai entrant</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <source>The softphone closed the connection ({error}).</source>
        <translation>Le téléphone logiciel a fermé la connexion ({error}).</translation>
    </message>
    <message>
        <source>The running softphone did not answer in time; check its window before trying again.</source>
        <translation>Le téléphone logiciel en marche n&apos;a pas répondu à temps; vérifiez sa fenêtre avant de réessayer.</translation>
    </message>
    <message>
        <source>The connection to the softphone broke ({error}); check its window before trying again.</source>
        <translation>La connexion au téléphone logiciel a été interrompue ({error}); vérifiez sa fenêtre avant de réessayer.</translation>
    </message>
    <message>
        <source>The softphone closed the connection without answering; check its window before trying again.</source>
        <translation>Le téléphone logiciel a fermé la connexion sans répondre; vérifiez sa fenêtre avant de réessayer.</translation>
    </message>
    <message>
        <source>The control socket answered something that is not the softphone&apos;s protocol; check the softphone&apos;s window.</source>
        <translation>Le socket de contrôle a répondu quelque chose qui n&apos;est pas le protocole du téléphone logiciel; vérifiez la fenêtre du téléphone logiciel.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be {types}, not true/false.</source>
        <translation>« {name} » doit être {types}, pas true/false.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be {types}, not {found}.</source>
        <translation>« {name} » doit être {types}, pas {found}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is longer than {count} characters.</source>
        <translation>« {name} » dépasse {count} caractères.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>du texte</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true ou false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un nombre entier</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>Malformed request: expected {shape}.</source>
        <translation>Demande mal formée : {shape} attendu.</translation>
    </message>
    <message>
        <source>Unknown command &apos;{command}&apos;. Known: {known}.</source>
        <translation>Commande inconnue « {command} ». Connues : {known}.</translation>
    </message>
    <message>
        <source>Malformed request: &apos;args&apos; must be an object.</source>
        <translation>Demande mal formée : « args » doit être un objet.</translation>
    </message>
    <message>
        <source>Wrong arguments for &apos;{command}&apos;: {error}</source>
        <translation>Arguments erronés pour « {command} » : {error}</translation>
    </message>
    <message>
        <source>An incoming drill needs the caller&apos;s number.</source>
        <translation>Un exercice d&apos;appel entrant exige le numéro de l&apos;appelant.</translation>
    </message>
    <message>
        <source>Unknown drill &apos;{name}&apos;: use {drills}.</source>
        <translation>Exercice inconnu « {name} » : utilisez {drills}.</translation>
    </message>
    <message>
        <source>An emergency call is up: end it before ending callback mode.</source>
        <translation>Un appel d&apos;urgence est en cours : terminez-le avant de mettre fin au mode rappel.</translation>
    </message>
    <message>
        <source>No callback number is leased.</source>
        <translation>Aucun numéro de rappel n&apos;est réservé.</translation>
    </message>
    <message>
        <source>Callback mode ended.</source>
        <translation>Le mode rappel est terminé.</translation>
    </message>
    <message>
        <source>{folder} cannot be read ({error})</source>
        <translation>{folder} ne peut pas être lu ({error})</translation>
    </message>
    <message>
        <source>{folder} is a symbolic link</source>
        <translation>{folder} est un lien symbolique</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>{folder} belongs to another user (uid {uid})</source>
        <translation>{folder} appartient à un autre utilisateur (uid {uid})</translation>
    </message>
    <message>
        <source>{folder} is open to other users (mode {mode})</source>
        <translation>{folder} est ouvert aux autres utilisateurs (mode {mode})</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {error}. Make the folder writable, or set {variable} to a private folder.</source>
        <translation>Impossible de créer {folder} : {error}. Rendez le dossier accessible en écriture, ou réglez {variable} sur un dossier privé.</translation>
    </message>
    <message>
        <source>Cannot keep the softphone&apos;s control socket in {folder}: {problem}. Remove it (another account may have made it) or set {variable} to a folder only you can open.</source>
        <translation>Impossible de garder le socket de contrôle du téléphone logiciel dans {folder} : {problem}. Supprimez-le (un autre compte l&apos;a peut-être créé), ou réglez {variable} sur un dossier que vous seul pouvez ouvrir.</translation>
    </message>
    <message>
        <source>The control socket&apos;s path {path} is too long for the system; set {variable} to a shorter private folder.</source>
        <translation>Le chemin du socket de contrôle {path} est trop long pour le système; réglez {variable} sur un dossier privé plus court.</translation>
    </message>
    <message>
        <source>The softphone is quitting; the request was not carried out.</source>
        <translation>Le téléphone logiciel est en train de quitter; la demande n&apos;a pas été exécutée.</translation>
    </message>
    <message>
        <source>Request too large: at most {count} bytes.</source>
        <translation>Demande trop grande : {count} octets au plus.</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} n&apos;est pas un nombre permis par JSON</translation>
    </message>
    <message>
        <source>Cannot open the control socket {path}: {error}</source>
        <translation>Impossible d&apos;ouvrir le socket de contrôle {path} : {error}</translation>
    </message>
    <message>
        <source>The softphone could not carry out the request (an internal error, described in its log).</source>
        <translation>Le téléphone logiciel n&apos;a pas pu exécuter la demande (une erreur interne, décrite dans son journal).</translation>
    </message>
    <message>
        <source>The softphone is busy with other requests; try again.</source>
        <translation>Le téléphone logiciel est occupé par d&apos;autres demandes; réessayez.</translation>
    </message>
    <message>
        <source>Closed: too many connections to the softphone at once.</source>
        <translation>Fermée : trop de connexions au téléphone logiciel à la fois.</translation>
    </message>
    <message>
        <source>Malformed request: nested too deeply.</source>
        <translation>Demande mal formée : imbrication trop profonde.</translation>
    </message>
    <message>
        <source>Malformed request: not JSON ({error}).</source>
        <translation>Demande mal formée : pas du JSON ({error}).</translation>
    </message>
    <message>
        <source>Request incomplete after {seconds} s: send one JSON object on one line, ending with a newline.</source>
        <translation>Demande incomplète après {seconds} s : envoyez un seul objet JSON sur une seule ligne, terminée par un saut de ligne.</translation>
    </message>
    <message>
        <source>No softphone answers at {path} ({error}).</source>
        <translation>Aucun téléphone logiciel ne répond à {path} ({error}).</translation>
    </message>
    <message>
        <source>The control socket {path} belongs to a process of another user (uid {uid}); nothing was sent to it. Remove the socket and start the softphone again, and tell IT: another account may be trying to intercept calls.</source>
        <translation>Le socket de contrôle {path} appartient à un processus d&apos;un autre utilisateur (uid {uid}); rien ne lui a été envoyé. Supprimez le socket et redémarrez le téléphone logiciel, et avisez le service informatique : un autre compte tente peut-être d&apos;intercepter des appels.</translation>
    </message>
    <message>
        <source>No softphone is listening ({path} is missing or unreadable).</source>
        <translation>Aucun téléphone logiciel n&apos;écoute ({path} est absent ou illisible).</translation>
    </message>
    <message>
        <source>No softphone answers on {address} ({error}).</source>
        <translation>Aucun téléphone logiciel ne répond sur {address} ({error}).</translation>
    </message>
    <message>
        <source>The answer on the control port was not signed with this user&apos;s key: another program holds the port. Nothing can be assumed about the request; check the softphone&apos;s window.</source>
        <translation>La réponse sur le port de contrôle n&apos;était pas signée avec la clé de cet utilisateur : un autre programme occupe le port. Rien ne peut être présumé quant à la demande; vérifiez la fenêtre du téléphone logiciel.</translation>
    </message>
    <message>
        <source>Refused: the request was not signed with this user&apos;s key.</source>
        <translation>Refusée : la demande n&apos;était pas signée avec la clé de cet utilisateur.</translation>
    </message>
    <message>
        <source>Refused: the request was a replay.</source>
        <translation>Refusée : la demande était une répétition.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>United States</source>
        <translation>États-Unis</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Porto Rico</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Royaume-Uni</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danemark</translation>
    </message>
    <message>
        <source>{country} ({code})</source>
        <translation>{country} ({code})</translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message>
        <source>Softphone: unexpected error</source>
        <translation>Téléphone logiciel : erreur inattendue</translation>
    </message>
    <message numerus="yes">
        <source>This happened %n time(s).</source>
        <translation>
            <numerusform>C&apos;est arrivé %n fois.</numerusform>
            <numerusform>C&apos;est arrivé %n fois.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong inside the softphone. It keeps running, and emergency calls still work.

{summary}{repeated}

The details are in the log in {folder}; if this happens again, send that folder to IT.</source>
        <translation>Une erreur s&apos;est produite dans le téléphone logiciel. Il continue de fonctionner et les appels d&apos;urgence fonctionnent toujours.

{summary}{repeated}

Les détails sont dans le journal, dans {folder}; si cela se reproduit, envoyez ce dossier au service informatique.</translation>
    </message>
</context>
<context>
    <name>DesktopShell</name>
    <message>
        <source>The softphone keeps running here: calls and emergency callbacks still ring. Use Quit in this menu to end it.</source>
        <translation>Le téléphone logiciel continue de fonctionner ici : les appels et les rappels d&apos;urgence sonnent toujours. Utilisez Quitter dans ce menu pour le fermer.</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Téléphone logiciel</translation>
    </message>
    <message>
        <source>Emergency callback</source>
        <translation>Rappel d&apos;urgence</translation>
    </message>
    <message>
        <source>The answering point is calling you back.</source>
        <translation>Le centre d&apos;urgence vous rappelle.</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Haut-parleur</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Niveau du micro</translation>
    </message>
    <message>
        <source>Call volume</source>
        <translation>Volume d&apos;appel</translation>
    </message>
    <message>
        <source>Ringer volume</source>
        <translation>Volume de sonnerie</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Couper le micro</translation>
    </message>
    <message>
        <source>Play test tone</source>
        <translation>Jouer une tonalité d&apos;essai</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Par défaut du système</translation>
    </message>
    <message>
        <source>{device} (not connected)</source>
        <translation>{device} (non branché)</translation>
    </message>
    <message>
        <source>In use: {device} ({rate} Hz)</source>
        <translation>En usage : {device} ({rate} Hz)</translation>
    </message>
    <message>
        <source>Will use: {device}</source>
        <translation>Utilisera : {device}</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Number, or paste a tel: link</source>
        <translation>Numéro, ou collez un lien tel:</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Numéro à appeler</translation>
    </message>
    <message>
        <source>Type or paste a number, then press Enter to call.</source>
        <translation>Tapez ou collez un numéro, puis appuyez sur Entrée pour appeler.</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Touche {key}</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
    <message>
        <source>Call the number typed</source>
        <translation>Appeler le numéro tapé</translation>
    </message>
</context>
<context>
    <name>DialPlan</name>
    <message>
        <source>Nothing to dial: type a number such as 911 or +15551234567.</source>
        <translation>Rien à composer : tapez un numéro comme 911 ou +15145551234.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a phone number: use digits (and * or #), with + in front for an international number, or a tel: or sip: link.</source>
        <translation>« {text} » n&apos;est pas un numéro de téléphone : utilisez des chiffres (et * ou #), avec + devant un numéro international, ou un lien tel: ou sip:.</translation>
    </message>
</context>
<context>
    <name>Drills</name>
    <message>
        <source>Drills run only on the simulated carrier; this softphone uses &apos;{carrier}&apos;, which may reach real emergency services.</source>
        <translation>Les exercices ne fonctionnent qu&apos;avec le fournisseur simulé; ce téléphone logiciel utilise « {carrier} », qui peut joindre de vrais services d&apos;urgence.</translation>
    </message>
    <message>
        <source>There is no emergency call to drop: dial 911 first.</source>
        <translation>Il n&apos;y a aucun appel d&apos;urgence à couper : composez d&apos;abord le 911.</translation>
    </message>
    <message>
        <source>The answering point dropped the emergency call.</source>
        <translation>Le centre d&apos;urgence a coupé l&apos;appel d&apos;urgence.</translation>
    </message>
    <message>
        <source>The answering point is calling back.</source>
        <translation>Le centre d&apos;urgence rappelle.</translation>
    </message>
    <message>
        <source>An inbound call from {caller} arrived.</source>
        <translation>Un appel entrant de {caller} est arrivé.</translation>
    </message>
</context>
<context>
    <name>Emergency</name>
    <message>
        <source>Saving the callback number</source>
        <translation>Enregistrement du numéro de rappel</translation>
    </message>
    <message>
        <source>Notifying your emergency contacts</source>
        <translation>Avis à vos personnes à joindre en cas d&apos;urgence</translation>
    </message>
    <message>
        <source>Putting your other calls on hold</source>
        <translation>Mise en attente de vos autres appels</translation>
    </message>
    <message>
        <source>Switching presence to Do not disturb</source>
        <translation>Passage de la présence à Ne pas déranger</translation>
    </message>
    <message>
        <source>Pausing the callback countdown</source>
        <translation>Pause du compte à rebours de rappel</translation>
    </message>
    <message>
        <source>Remembering the emergency call across a restart</source>
        <translation>Mémorisation de l&apos;appel d&apos;urgence en cas de redémarrage</translation>
    </message>
    <message>
        <source>Updating the emergency marker</source>
        <translation>Mise à jour du marqueur d&apos;urgence</translation>
    </message>
    <message>
        <source>Restoring your presence</source>
        <translation>Rétablissement de votre présence</translation>
    </message>
    <message>
        <source>Starting the callback countdown</source>
        <translation>Démarrage du compte à rebours de rappel</translation>
    </message>
    <message>
        <source>Clearing the emergency marker</source>
        <translation>Effacement du marqueur d&apos;urgence</translation>
    </message>
    <message>
        <source>Could not read the emergency marker ({error}); if an emergency call was interrupted, set your presence again after it is over.</source>
        <translation>Impossible de lire le marqueur d&apos;urgence ({error}); si un appel d&apos;urgence a été interrompu, redéfinissez votre présence une fois qu&apos;il est terminé.</translation>
    </message>
    <message>
        <source>The softphone restarted during this emergency call. If the answering point is still on the line, stay with them; press End call when the call is over.</source>
        <translation>Le téléphone logiciel a redémarré pendant cet appel d&apos;urgence. Si le centre d&apos;urgence est toujours en ligne, restez avec lui; appuyez sur Raccrocher quand l&apos;appel est terminé.</translation>
    </message>
    <message>
        <source>Keeping presence on Do not disturb</source>
        <translation>Maintien de la présence à Ne pas déranger</translation>
    </message>
    <message>
        <source>{step} failed: {error}</source>
        <translation>{step} : échec ({error})</translation>
    </message>
</context>
<context>
    <name>EmergencyView</name>
    <message>
        <source>Calling…</source>
        <translation>Appel en cours…</translation>
    </message>
    <message>
        <source>Ringing at the answering point…</source>
        <translation>Ça sonne au centre d&apos;urgence…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Connecté</translation>
    </message>
    <message>
        <source>Interrupted by a restart</source>
        <translation>Interrompu par un redémarrage</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoué</translation>
    </message>
    <message>
        <source>this computer&apos;s location service</source>
        <translation>le service de localisation de cet ordinateur</translation>
    </message>
    <message>
        <source>the network address</source>
        <translation>l&apos;adresse réseau</translation>
    </message>
    <message>
        <source>the address you confirmed</source>
        <translation>l&apos;adresse que vous avez confirmée</translation>
    </message>
    <message>
        <source>Emergency call in progress</source>
        <translation>Appel d&apos;urgence en cours</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>Durée de l&apos;appel</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>État de l&apos;appel</translation>
    </message>
    <message>
        <source>The answering point was told</source>
        <translation>Le centre d&apos;urgence a reçu</translation>
    </message>
    <message>
        <source>What went wrong around the call</source>
        <translation>Ce qui n&apos;a pas fonctionné autour de l&apos;appel</translation>
    </message>
    <message>
        <source>The answering point said</source>
        <translation>Le centre d&apos;urgence a dit</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Personnes à joindre en cas d&apos;urgence</translation>
    </message>
    <message>
        <source>Headset</source>
        <translation>Casque d&apos;écoute</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Raccrocher</translation>
    </message>
    <message>
        <source>End the emergency call</source>
        <translation>Mettre fin à l&apos;appel d&apos;urgence</translation>
    </message>
    <message>
        <source>⚠  EMERGENCY CALLBACK IN PROGRESS  ⚠</source>
        <translation>⚠  RAPPEL D&apos;URGENCE EN COURS  ⚠</translation>
    </message>
    <message>
        <source>⚠  EMERGENCY CALL IN PROGRESS  ⚠</source>
        <translation>⚠  APPEL D&apos;URGENCE EN COURS  ⚠</translation>
    </message>
    <message>
        <source>Your callback number: {number}</source>
        <translation>Votre numéro de rappel : {number}</translation>
    </message>
    <message>
        <source>Location sent: {place} (source: {source})</source>
        <translation>Emplacement envoyé : {place} (source : {source})</translation>
    </message>
    <message>
        <source>Location sent: none known — tell the dispatcher where you are.</source>
        <translation>Emplacement envoyé : aucun connu — dites au répartiteur où vous êtes.</translation>
    </message>
    <message>
        <source>From: {number}</source>
        <translation>De : {number}</translation>
    </message>
    <message>
        <source>Calling: {number}</source>
        <translation>Appel vers : {number}</translation>
    </message>
    <message>
        <source>Answering point: “{words}”</source>
        <translation>Centre d&apos;urgence : « {words} »</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Sens</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrant</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Sortant</translation>
    </message>
</context>
<context>
    <name>InboundRouting</name>
    <message>
        <source>emergency callback from the answering point</source>
        <translation>rappel d&apos;urgence du centre d&apos;urgence</translation>
    </message>
    <message>
        <source>refused by the routing rule &apos;{rule}&apos;</source>
        <translation>refusé par la règle d&apos;acheminement « {rule} »</translation>
    </message>
    <message>
        <source>all lines busy: queued</source>
        <translation>toutes les lignes occupées : mis en file d&apos;attente</translation>
    </message>
    <message>
        <source>all lines busy</source>
        <translation>toutes les lignes occupées</translation>
    </message>
    <message>
        <source>refused: presence is do not disturb</source>
        <translation>refusé : présence à Ne pas déranger</translation>
    </message>
    <message>
        <source>refused: presence is away</source>
        <translation>refusé : présence à Absent</translation>
    </message>
    <message>
        <source>refused: presence is offline</source>
        <translation>refusé : présence à Hors ligne</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonne</translation>
    </message>
</context>
<context>
    <name>IncomingCallPrompt</name>
    <message>
        <source>Emergency callback</source>
        <translation>Rappel d&apos;urgence</translation>
    </message>
    <message>
        <source>⚠  EMERGENCY CALLBACK  ⚠
The answering point is calling you back.</source>
        <translation>⚠  RAPPEL D&apos;URGENCE  ⚠
Le centre d&apos;urgence vous rappelle.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Appel entrant</translation>
    </message>
    <message>
        <source>Incoming call from {number}</source>
        <translation>Appel entrant de {number}</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Répondre</translation>
    </message>
    <message>
        <source>Answer the call</source>
        <translation>Répondre à l&apos;appel</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Refuser</translation>
    </message>
    <message>
        <source>Decline the call</source>
        <translation>Refuser l&apos;appel</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>No secure keyring is available (found {name}). Passwords cannot be stored: on Linux install and unlock a Secret Service keyring (GNOME Keyring or KWallet); on Windows and macOS the system keyring is used automatically.</source>
        <translation>Aucun trousseau sécurisé n&apos;est disponible ({name} trouvé). Les mots de passe ne peuvent pas être enregistrés : sous Linux, installez et déverrouillez un trousseau Secret Service (GNOME Keyring ou KWallet); sous Windows et macOS, le trousseau du système est utilisé automatiquement.</translation>
    </message>
    <message>
        <source>The keyring refused to read a password ({error}); unlock it and try again.</source>
        <translation>Le trousseau a refusé de lire un mot de passe ({error}); déverrouillez-le et réessayez.</translation>
    </message>
    <message>
        <source>The keyring refused to store the password ({error}); unlock it and try again.</source>
        <translation>Le trousseau a refusé d&apos;enregistrer le mot de passe ({error}); déverrouillez-le et réessayez.</translation>
    </message>
</context>
<context>
    <name>KeyringPassword</name>
    <message>
        <source>checking the keyring…</source>
        <translation>vérification du trousseau…</translation>
    </message>
    <message>
        <source>type to replace the stored password</source>
        <translation>tapez pour remplacer le mot de passe enregistré</translation>
    </message>
    <message>
        <source>cannot be stored here</source>
        <translation>ne peut pas être enregistré ici</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>The {language} translations are missing from this installation, so the softphone speaks English; reinstall it (IT: build the translations with python packaging/translations.py build).</source>
        <translation>Les traductions en {language} sont absentes de cette installation; le téléphone logiciel s&apos;affiche donc en anglais. Réinstallez-le (TI&#xa0;: compilez les traductions avec python packaging/translations.py build).</translation>
    </message>
    <message>
        <source>The translations file {file} is damaged ({error}); rebuild the translations (python packaging/translations.py build).</source>
        <translation>Le fichier de traductions {file} est endommagé ({error}); recompilez les traductions (python packaging/translations.py build).</translation>
    </message>
    <message>
        <source>it is not a Qt translation file (.qm)</source>
        <translation>ce n&apos;est pas un fichier de traduction Qt (.qm)</translation>
    </message>
    <message>
        <source>unknown message tag {tag}</source>
        <translation>étiquette de message inconnue {tag}</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>The agent&apos;s language</source>
        <translation>La langue de l&apos;agent</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The softphone is already running for this profile; it was brought to the front.</source>
        <translation>Le téléphone logiciel fonctionne déjà pour ce profil; il a été mis au premier plan.</translation>
    </message>
    <message>
        <source>The softphone is already running for this profile.</source>
        <translation>Le téléphone logiciel fonctionne déjà pour ce profil.</translation>
    </message>
    <message>
        <source>Another softphone (process {pid}) holds this profile but does not answer; end it and start again.</source>
        <translation>Un autre téléphone logiciel (processus {pid}) occupe ce profil mais ne répond pas; arrêtez-le et recommencez.</translation>
    </message>
    <message>
        <source>{error} Starting without command-line control.</source>
        <translation>{error} Démarrage sans contrôle par la ligne de commande.</translation>
    </message>
    <message>
        <source>The window could not be shown ({platform} failed); the softphone runs without one. End calls with {hangup}; check the display and restart the softphone.</source>
        <translation>La fenêtre n&apos;a pas pu s&apos;afficher (échec de {platform}); le softphone fonctionne sans fenêtre. Terminez les appels avec {hangup}; vérifiez l&apos;affichage et redémarrez le softphone.</translation>
    </message>
    <message>
        <source>The window could not be shown ({error}); the softphone runs without one. End calls with {hangup}; reinstall the softphone if this persists.</source>
        <translation>La fenêtre n&apos;a pas pu s&apos;afficher ({error}); le softphone fonctionne sans fenêtre. Terminez les appels avec {hangup}; réinstallez le softphone si cela se reproduit.</translation>
    </message>
</context>
<context>
    <name>Leases</name>
    <message>
        <source>the {site} pool</source>
        <translation>la réserve {site}</translation>
    </message>
    <message>
        <source>the callback pool</source>
        <translation>la réserve de numéros de rappel</translation>
    </message>
    <message>
        <source>Every number of {pool} is in use, so this call reuses the oldest lease, {number}, until now held by {agent} at {workstation}. If the answering point of that earlier call calls back, it reaches you: answer and tell them. Ask your admin to add numbers to the pool.</source>
        <translation>Tous les numéros de {pool} sont utilisés; cet appel réutilise donc la plus ancienne réservation, {number}, détenue jusqu&apos;ici par {agent} au poste {workstation}. Si le centre d&apos;urgence de cet appel précédent rappelle, il vous joindra : répondez et informez-le. Demandez à votre administrateur d&apos;ajouter des numéros à la réserve.</translation>
    </message>
    <message>
        <source>The shared callback store has not answered, so no number of {pool} could be chosen: your own number is the callback number.</source>
        <translation>Le registre partagé des rappels n&apos;a pas répondu; aucun numéro de {pool} n&apos;a pu être choisi : votre propre numéro est le numéro de rappel.</translation>
    </message>
    <message>
        <source>No callback number pool is configured, so your own number is the callback number. Ask your admin to set callback.pool.</source>
        <translation>Aucune réserve de numéros de rappel n&apos;est configurée; votre propre numéro est donc le numéro de rappel. Demandez à votre administrateur de définir callback.pool.</translation>
    </message>
    <message>
        <source>The shared callback store has not answered, so {number} was chosen here without knowing whether another agent holds it; it is recorded when the store answers. Ask your admin to set outbound.caller_id as the last resort.</source>
        <translation>Le registre partagé des rappels n&apos;a pas répondu; {number} a donc été choisi ici sans savoir si un autre agent le détient; il sera inscrit quand le registre répondra. Demandez à votre administrateur de définir outbound.caller_id en dernier recours.</translation>
    </message>
    <message>
        <source>No callback number is configured: the answering point cannot call back. Ask your admin to set callback.pool or outbound.caller_id.</source>
        <translation>Aucun numéro de rappel n&apos;est configuré : le centre d&apos;urgence ne peut pas rappeler. Demandez à votre administrateur de définir callback.pool ou outbound.caller_id.</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>just now</source>
        <translation>à l&apos;instant</translation>
    </message>
    <message>
        <source>{count} s ago</source>
        <translation>il y a {count} s</translation>
    </message>
    <message>
        <source>{count} min ago</source>
        <translation>il y a {count} min</translation>
    </message>
    <message>
        <source>{count} h ago</source>
        <translation>il y a {count} h</translation>
    </message>
    <message>
        <source>Waiting for the system&apos;s first position.</source>
        <translation>En attente de la première position du système.</translation>
    </message>
    <message>
        <source>Please confirm where you are: no address is confirmed for this network.</source>
        <translation>Veuillez confirmer où vous êtes : aucune adresse n&apos;est confirmée pour ce réseau.</translation>
    </message>
    <message>
        <source>Please confirm where you are: you are about {distance} m from the address you confirmed.</source>
        <translation>Veuillez confirmer où vous êtes : vous êtes à environ {distance} m de l&apos;adresse que vous avez confirmée.</translation>
    </message>
    <message>
        <source>The system reported an impossible position; it was ignored.</source>
        <translation>Le système a signalé une position impossible; elle a été ignorée.</translation>
    </message>
    <message>
        <source>The confirmed address is kept until restart only: {error}</source>
        <translation>L&apos;adresse confirmée n&apos;est gardée que jusqu&apos;au redémarrage : {error}</translation>
    </message>
    <message>
        <source>Location enabled</source>
        <translation>Localisation activée</translation>
    </message>
    <message>
        <source>The system refused access to its location: location services are off or the softphone is not allowed to use them.</source>
        <translation>Le système a refusé l&apos;accès à sa position : les services de localisation sont désactivés, ou le téléphone logiciel n&apos;a pas la permission de les utiliser.</translation>
    </message>
    <message>
        <source>The system&apos;s location service stopped (turned off?).</source>
        <translation>Le service de localisation du système s&apos;est arrêté (désactivé?).</translation>
    </message>
    <message>
        <source>The system has no position yet (no satellite, Wi-Fi or network position); still trying.</source>
        <translation>Le système n&apos;a pas encore de position (aucune position par satellite, Wi-Fi ou réseau); nouvelle tentative en cours.</translation>
    </message>
    <message>
        <source>The system&apos;s location service failed.</source>
        <translation>Le service de localisation du système a échoué.</translation>
    </message>
    <message>
        <source>Using the system&apos;s location is turned off in the settings.</source>
        <translation>L&apos;utilisation de la localisation du système est désactivée dans les paramètres.</translation>
    </message>
    <message>
        <source>This computer has no location service (on Linux install and start geoclue).</source>
        <translation>Cet ordinateur n&apos;a pas de service de localisation (sous Linux, installez et démarrez geoclue).</translation>
    </message>
    <message>
        <source>Turn on &apos;Use the system&apos;s location&apos; (location.os_positioning).</source>
        <translation>Activez « Utiliser la localisation du système » (location.os_positioning).</translation>
    </message>
    <message>
        <source>The system&apos;s location is not available.</source>
        <translation>La localisation du système n&apos;est pas disponible.</translation>
    </message>
    <message>
        <source>Turn on location services for this computer and allow the softphone to use them (Windows: Settings &gt; Privacy &gt; Location; macOS: System Settings &gt; Privacy &gt; Location Services; Linux: GNOME Settings &gt; Privacy &gt; Location, geoclue).</source>
        <translation>Activez les services de localisation de cet ordinateur et permettez au téléphone logiciel de les utiliser (Windows : Paramètres &gt; Confidentialité &gt; Emplacement; macOS : Réglages du système &gt; Confidentialité &gt; Service de localisation; Linux : Paramètres GNOME &gt; Confidentialité &gt; Localisation, geoclue).</translation>
    </message>
    <message>
        <source>System position {age} (±{accuracy} m).</source>
        <translation>Position du système {age} (±{accuracy} m).</translation>
    </message>
    <message>
        <source>System position {age}.</source>
        <translation>Position du système {age}.</translation>
    </message>
    <message>
        <source>Location in a supported country</source>
        <translation>Emplacement dans un pays pris en charge</translation>
    </message>
    <message>
        <source>The country you are in is unknown. Emergency numbers are still dialled, but support here cannot be confirmed.</source>
        <translation>Le pays où vous êtes est inconnu. Les numéros d&apos;urgence sont quand même composés, mais la prise en charge ici ne peut pas être confirmée.</translation>
    </message>
    <message>
        <source>Turn on location services, or confirm your address.</source>
        <translation>Activez les services de localisation, ou confirmez votre adresse.</translation>
    </message>
    <message>
        <source>You appear to be in {country}, where emergency calling through this softphone is not supported. Emergency numbers are still dialled, but help may not be sent.</source>
        <translation>Vous semblez être au pays suivant : {country}, où les appels d&apos;urgence par ce téléphone logiciel ne sont pas pris en charge. Les numéros d&apos;urgence sont quand même composés, mais les secours pourraient ne pas être envoyés.</translation>
    </message>
    <message>
        <source>Keep a local phone for emergencies while you work here.</source>
        <translation>Gardez un téléphone local pour les urgences pendant que vous travaillez ici.</translation>
    </message>
    <message>
        <source>{country}: emergency calling is supported.</source>
        <translation>{country} : les appels d&apos;urgence sont pris en charge.</translation>
    </message>
    <message>
        <source>Address confirmed for this network</source>
        <translation>Adresse confirmée pour ce réseau</translation>
    </message>
    <message>
        <source>Confirmed {age}: {address}.</source>
        <translation>Confirmée {age} : {address}.</translation>
    </message>
    <message>
        <source>Open the readiness panel and confirm your address (street, number, floor or room).</source>
        <translation>Ouvrez le panneau de préparation et confirmez votre adresse (rue, numéro, étage ou local).</translation>
    </message>
    <message>
        <source>{latitude}, {longitude} is not a position; give decimal degrees such as {example}.</source>
        <translation>{latitude}, {longitude} n&apos;est pas une position; indiquez des degrés décimaux comme {example}.</translation>
    </message>
    <message>
        <source>Latitude {latitude} is out of range: it must be between -90 (south) and 90 (north) degrees.</source>
        <translation>La latitude {latitude} est hors limites : elle doit être entre -90 (sud) et 90 (nord) degrés.</translation>
    </message>
    <message>
        <source>Longitude {longitude} is out of range: it must be between -180 (west) and 180 (east) degrees.</source>
        <translation>La longitude {longitude} est hors limites : elle doit être entre -180 (ouest) et 180 (est) degrés.</translation>
    </message>
    <message>
        <source>The country boundary data cannot be loaded ({error}); reinstall the softphone.</source>
        <translation>Les données des frontières des pays ne peuvent pas être chargées ({error}); réinstallez le téléphone logiciel.</translation>
    </message>
    <message>
        <source>No IP-based location: the lookup service could not be reached ({status}).</source>
        <translation>Aucune position par IP : le service de recherche n&apos;a pas pu être joint ({status}).</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>No IP-based location: no answer within {seconds} s (no network?).</source>
        <translation>Aucune position par IP : aucune réponse en {seconds} s (pas de réseau?).</translation>
    </message>
    <message>
        <source>No IP-based location: the lookup failed ({error}).</source>
        <translation>Aucune position par IP : la recherche a échoué ({error}).</translation>
    </message>
    <message>
        <source>The presentity {entity} is not a URI such as {example}.</source>
        <translation>L&apos;entité de présence {entity} n&apos;est pas un URI comme {example}.</translation>
    </message>
    <message>
        <source>The location has neither an address nor coordinates; there is nothing to send. Confirm the address in the readiness panel.</source>
        <translation>L&apos;emplacement n&apos;a ni adresse ni coordonnées; il n&apos;y a rien à envoyer. Confirmez l&apos;adresse dans le panneau de préparation.</translation>
    </message>
    <message>
        <source>The address&apos;s country {country} is not a two-letter ISO 3166-1 code such as {examples}; correct it in the address.</source>
        <translation>Le pays de l&apos;adresse {country} n&apos;est pas un code ISO 3166-1 à deux lettres comme {examples}; corrigez-le dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>The coordinates {latitude}, {longitude} are not a position: latitude must be within −90…90 and longitude within −180…180 degrees.</source>
        <translation>Les coordonnées {latitude}, {longitude} ne sont pas une position : la latitude doit être comprise entre −90 et 90 et la longitude entre −180 et 180 degrés.</translation>
    </message>
    <message>
        <source>{text} is not a position: give {form} in decimal degrees, e.g. {example}.</source>
        <translation>{text} n&apos;est pas une position : indiquez {form} en degrés décimaux, p. ex. {example}.</translation>
    </message>
    <message>
        <source>Location unknown: no system position, no IP estimate and no confirmed address.</source>
        <translation>Emplacement inconnu : aucune position du système, aucune estimation par IP et aucune adresse confirmée.</translation>
    </message>
    <message>
        <source>emergency calling supported</source>
        <translation>appels d&apos;urgence pris en charge</translation>
    </message>
    <message>
        <source>emergency calling NOT supported</source>
        <translation>appels d&apos;urgence NON pris en charge</translation>
    </message>
    <message>
        <source>support unknown</source>
        <translation>prise en charge inconnue</translation>
    </message>
    <message>
        <source>the system&apos;s position</source>
        <translation>la position du système</translation>
    </message>
    <message>
        <source>an estimate from the IP address</source>
        <translation>une estimation d&apos;après l&apos;adresse IP</translation>
    </message>
    <message>
        <source>the confirmed address</source>
        <translation>l&apos;adresse confirmée</translation>
    </message>
    <message>
        <source>given on the command line</source>
        <translation>indiquée sur la ligne de commande</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>{place} (source: {source}, {seconds} s old); country: {country}; {supported}.</source>
        <translation>{place} (source : {source}, il y a {seconds} s); pays : {country}; {supported}.</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <source>Cannot write logs to {folder} ({error}); logging to the console only.</source>
        <translation>Impossible d&apos;écrire le journal dans {folder} ({error}); journalisation à la console seulement.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Softphone</source>
        <translation>Téléphone logiciel</translation>
    </message>
    <message>
        <source>&amp;Presence:</source>
        <translation>Pré&amp;sence :</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historique des appels</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>&amp;Formation</translation>
    </message>
    <message>
        <source>Answering point drops the emergency call</source>
        <translation>Le centre d&apos;urgence coupe l&apos;appel d&apos;urgence</translation>
    </message>
    <message>
        <source>Answering point calls back</source>
        <translation>Le centre d&apos;urgence rappelle</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Paramètres</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Paramètres…</translation>
    </message>
    <message>
        <source>Audio devices…</source>
        <translation>Périphériques audio…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Emergency calling readiness…</source>
        <translation>État de préparation aux appels d&apos;urgence…</translation>
    </message>
    <message>
        <source>About Softphone</source>
        <translation>À propos du téléphone logiciel</translation>
    </message>
    <message>
        <source>Softphone {version}

Emergency numbers: libphonenumber data (Apache-2.0).
Country boundaries © OpenStreetMap contributors, available under the Open Database License (timezonefinder data).</source>
        <translation>Téléphone logiciel {version}

Numéros d&apos;urgence : données de libphonenumber (Apache-2.0).
Frontières des pays © les contributeurs d&apos;OpenStreetMap, disponibles sous la licence Open Database License (données de timezonefinder).</translation>
    </message>
    <message>
        <source>Emergency call failed</source>
        <translation>L&apos;appel d&apos;urgence a échoué</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Dismiss the messages</source>
        <translation>Fermer les messages</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>the operating system&apos;s positioning</source>
        <translation>la localisation du système d&apos;exploitation</translation>
    </message>
    <message>
        <source>the network address (approximate)</source>
        <translation>l&apos;adresse réseau (approximative)</translation>
    </message>
    <message>
        <source>the address configured for this workstation</source>
        <translation>l&apos;adresse configurée pour ce poste</translation>
    </message>
    <message>
        <source>PLACED</source>
        <translation>EFFECTUÉ</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHOUÉ</translation>
    </message>
    <message>
        <source>The call was placed: the carrier is connecting it to the emergency services, who are handling it.</source>
        <translation>L&apos;appel a été effectué : le fournisseur le transmet aux services d&apos;urgence, qui s&apos;en occupent.</translation>
    </message>
    <message>
        <source>The call FAILED: the carrier refused it at once ({reason}). The agent was told to use another phone; make sure the emergency services are called.</source>
        <translation>L&apos;appel a ÉCHOUÉ : le fournisseur l&apos;a refusé aussitôt ({reason}). On a dit à l&apos;agent d&apos;utiliser un autre téléphone; assurez-vous que les services d&apos;urgence sont appelés.</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>aucun attribué</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>NO: emergency calling is not supported there; the call may not reach an answering point</source>
        <translation>NON : les appels d&apos;urgence n&apos;y sont pas pris en charge; l&apos;appel pourrait ne pas joindre un centre d&apos;urgence</translation>
    </message>
</context>
<context>
    <name>NotificationTemplate</name>
    <message>
        <source>PLACED, or FAILED when the carrier refused the call at once</source>
        <translation>PLACED, ou FAILED quand le fournisseur a refusé l&apos;appel d&apos;emblée</translation>
    </message>
    <message>
        <source>whether the call went out: placed, or failed and why</source>
        <translation>si l&apos;appel est parti : fait, ou échoué et pourquoi</translation>
    </message>
    <message>
        <source>the agent&apos;s name</source>
        <translation>le nom de l&apos;agent</translation>
    </message>
    <message>
        <source>the agent&apos;s user id</source>
        <translation>l&apos;identifiant d&apos;utilisateur de l&apos;agent</translation>
    </message>
    <message>
        <source>the workstation&apos;s name</source>
        <translation>le nom du poste</translation>
    </message>
    <message>
        <source>when the call was placed, local time with time zone</source>
        <translation>quand l&apos;appel a été fait, heure locale avec fuseau horaire</translation>
    </message>
    <message>
        <source>when the call was placed, in UTC</source>
        <translation>quand l&apos;appel a été fait, en UTC</translation>
    </message>
    <message>
        <source>the emergency number dialled</source>
        <translation>le numéro d&apos;urgence composé</translation>
    </message>
    <message>
        <source>the temporary callback number the answering point can call</source>
        <translation>le numéro de rappel temporaire que le centre d&apos;urgence peut appeler</translation>
    </message>
    <message>
        <source>when the callback number&apos;s lease ends, with time zone</source>
        <translation>quand la réservation du numéro de rappel prend fin, avec fuseau horaire</translation>
    </message>
    <message>
        <source>what is wrong with the callback number, e.g. every number of the pool was in use and an earlier caller&apos;s was reused; &apos;none&apos; otherwise</source>
        <translation>ce qui ne va pas avec le numéro de rappel, p. ex. tous les numéros de la réserve étaient utilisés et celui d&apos;un appelant précédent a été réutilisé; sinon &apos;none&apos;</translation>
    </message>
    <message>
        <source>the location in one line: address and/or coordinates</source>
        <translation>la position sur une ligne : adresse et/ou coordonnées</translation>
    </message>
    <message>
        <source>the street address, if known</source>
        <translation>l&apos;adresse municipale, si elle est connue</translation>
    </message>
    <message>
        <source>latitude and longitude, if known</source>
        <translation>latitude et longitude, si elles sont connues</translation>
    </message>
    <message>
        <source>how accurate the coordinates are</source>
        <translation>la précision des coordonnées</translation>
    </message>
    <message>
        <source>where the location came from</source>
        <translation>la provenance de la position</translation>
    </message>
    <message>
        <source>when the location was determined, with time zone</source>
        <translation>quand la position a été déterminée, avec fuseau horaire</translation>
    </message>
    <message>
        <source>the country of the location, if known</source>
        <translation>le pays de la position, s&apos;il est connu</translation>
    </message>
    <message>
        <source>whether emergency calling is supported in that country</source>
        <translation>si les appels d&apos;urgence sont pris en charge dans ce pays</translation>
    </message>
    <message>
        <source>who called</source>
        <translation>qui a appelé</translation>
    </message>
    <message>
        <source>where</source>
        <translation>où</translation>
    </message>
    <message>
        <source>when</source>
        <translation>quand</translation>
    </message>
    <message>
        <source>the callback number</source>
        <translation>le numéro de rappel</translation>
    </message>
    <message>
        <source>whether the call went out</source>
        <translation>si l&apos;appel est parti</translation>
    </message>
    <message>
        <source>add {placeholder} as text a reader sees</source>
        <translation>ajoutez {placeholder} comme texte visible par le lecteur</translation>
    </message>
    <message>
        <source>add {placeholder}</source>
        <translation>ajoutez {placeholder}</translation>
    </message>
    <message>
        <source>{part}: says nothing about {fact}; {add}. Every notification must say who called, where, when, the callback number and whether the call went out, so that the contacts can act on it.</source>
        <translation>{part} : ne dit rien sur « {fact} »; {add}. Chaque avis doit dire qui a appelé, où, quand, le numéro de rappel et si l&apos;appel est parti, pour que les personnes à joindre puissent agir.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>the admin settings lack the mail server (SMTP host) and the sender address</source>
        <translation>il manque aux paramètres d&apos;administration le serveur de courriel (hôte SMTP) et l&apos;adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>the admin settings lack the mail server (SMTP host)</source>
        <translation>il manque aux paramètres d&apos;administration le serveur de courriel (hôte SMTP)</translation>
    </message>
    <message>
        <source>the admin settings lack the sender address</source>
        <translation>il manque aux paramètres d&apos;administration l&apos;adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>No emergency contacts configured</source>
        <translation>Aucune personne à joindre en cas d&apos;urgence configurée</translation>
    </message>
    <message>
        <source>Notifying emergency contacts…</source>
        <translation>Avis aux personnes à joindre en cas d&apos;urgence…</translation>
    </message>
    <message>
        <source>Contacts notified</source>
        <translation>Personnes à joindre avisées</translation>
    </message>
    <message>
        <source>Notification pending (retrying): {reason}</source>
        <translation>Avis en attente (nouvel essai) : {reason}</translation>
    </message>
    <message>
        <source>Notification could not be saved ({reason}): it is being sent from memory now and is lost if the softphone stops before it goes. Free space in the profile folder.</source>
        <translation>L&apos;avis n&apos;a pas pu être enregistré ({reason}) : il est envoyé depuis la mémoire et sera perdu si le téléphone logiciel s&apos;arrête avant l&apos;envoi. Libérez de l&apos;espace dans le dossier du profil.</translation>
    </message>
    <message>
        <source>no outbox file</source>
        <translation>aucun fichier de boîte d&apos;envoi</translation>
    </message>
    <message>
        <source>No emergency contacts configured: set the Emergency Call Notification recipients</source>
        <translation>Aucune personne à joindre en cas d&apos;urgence configurée : définissez les destinataires de l&apos;avis d&apos;appel d&apos;urgence</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) via {server}</source>
        <translation>
            <numerusform>%n destinataire via {server}</numerusform>
            <numerusform>%n destinataires via {server}</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency contacts&apos; mailbox settings complete</source>
        <translation>Paramètres de courriel des personnes à joindre complets</translation>
    </message>
    <message>
        <source>An admin completes Settings › Emergency › Contacts and template; emergency calls go out regardless.</source>
        <translation>Un administrateur remplit Paramètres › Urgence › Personnes à joindre et modèle; les appels d&apos;urgence sont faits quand même.</translation>
    </message>
    <message>
        <source>internal error, see the log</source>
        <translation>erreur interne, voir le journal</translation>
    </message>
    <message numerus="yes">
        <source>%n emergency notification(s) NOT delivered within {hours} h and erased; tell your contacts yourself</source>
        <translation>
            <numerusform>%n avis d&apos;appel d&apos;urgence NON livré en {hours} h et effacé; avisez vous-même vos personnes à joindre</numerusform>
            <numerusform>%n avis d&apos;appel d&apos;urgence NON livrés en {hours} h et effacés; avisez vous-même vos personnes à joindre</numerusform>
        </translation>
    </message>
    <message>
        <source>{recipient} refused ({why})</source>
        <translation>{recipient} a refusé ({why})</translation>
    </message>
    <message>
        <source>Notification NOT delivered after {hours} h ({reason}); tell your contacts yourself</source>
        <translation>Avis NON livré après {hours} h ({reason}); avisez vous-même vos personnes à joindre</translation>
    </message>
    <message>
        <source>no password is stored for the mail server user {user}; enter it in the admin settings</source>
        <translation>aucun mot de passe n&apos;est enregistré pour l&apos;utilisateur {user} du serveur de courriel; entrez-le dans les paramètres d&apos;administration</translation>
    </message>
    <message>
        <source>the mail library could not be loaded ({error}); reinstall the softphone</source>
        <translation>la bibliothèque de courriel n&apos;a pas pu être chargée ({error}); réinstallez le téléphone logiciel</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
    </message>
    <message>
        <source>The notification outbox was damaged; it was erased (it may have held an email&apos;s details) and a new one was started. Notifications queued before may be lost: tell your contacts yourself if you placed an emergency call recently.</source>
        <translation>La boîte d&apos;envoi des avis était endommagée; elle a été effacée (elle a pu contenir les détails d&apos;un courriel) et une nouvelle a été créée. Les avis en attente auparavant peuvent être perdus : avisez vous-même vos personnes à joindre si vous avez fait un appel d&apos;urgence récemment.</translation>
    </message>
    <message>
        <source>Cannot write the notification outbox {path} ({error}); notifications are kept in memory and are lost if the softphone stops before they are sent. Make the profile folder writable.</source>
        <translation>Impossible d&apos;écrire dans la boîte d&apos;envoi des avis {path} ({error}); les avis sont gardés en mémoire et seront perdus si le téléphone logiciel s&apos;arrête avant leur envoi. Rendez le dossier du profil accessible en écriture.</translation>
    </message>
    <message>
        <source>the CA certificates file {file} does not exist; fix {option} in the admin settings</source>
        <translation>le fichier de certificats d&apos;AC {file} n&apos;existe pas; corrigez {option} dans les paramètres d&apos;administration</translation>
    </message>
    <message>
        <source>the CA certificates file {file} cannot be used ({error}); it must be a PEM file of certificates</source>
        <translation>le fichier de certificats d&apos;AC {file} ne peut pas être utilisé ({error}); ce doit être un fichier PEM de certificats</translation>
    </message>
    <message>
        <source>the mail server {server} does not offer STARTTLS; choose TLS (port 465) or ask the mail admin to enable STARTTLS</source>
        <translation>le serveur de courriel {server} n&apos;offre pas STARTTLS; choisissez TLS (port 465) ou demandez à l&apos;administrateur du courriel d&apos;activer STARTTLS</translation>
    </message>
    <message>
        <source>the mail server refused every recipient: {refused}</source>
        <translation>le serveur de courriel a refusé tous les destinataires : {refused}</translation>
    </message>
    <message>
        <source>the mail server refused the user name or password ({reply}); check them in the admin settings</source>
        <translation>le serveur de courriel a refusé le nom d&apos;utilisateur ou le mot de passe ({reply}); vérifiez-les dans les paramètres d&apos;administration</translation>
    </message>
    <message>
        <source>the mail server refused the sender address {sender} ({reply})</source>
        <translation>le serveur de courriel a refusé l&apos;adresse de l&apos;expéditeur {sender} ({reply})</translation>
    </message>
    <message>
        <source>the mail server refused the message ({reply})</source>
        <translation>le serveur de courriel a refusé le message ({reply})</translation>
    </message>
    <message>
        <source>the mail server {server} does not offer login (AUTH) on this connection; check the security setting, or clear the user name if it needs no login</source>
        <translation>le serveur de courriel {server} n&apos;offre pas d&apos;authentification (AUTH) sur cette connexion; vérifiez le paramètre de sécurité, ou effacez le nom d&apos;utilisateur s&apos;il n&apos;exige pas d&apos;authentification</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection unexpectedly</source>
        <translation>le serveur de courriel {server} a fermé la connexion de façon inattendue</translation>
    </message>
    <message>
        <source>the mail server answered {reply}</source>
        <translation>le serveur de courriel a répondu {reply}</translation>
    </message>
    <message>
        <source>the certificate of the mail server {server} is not trusted ({reason}); set {option} to the company&apos;s CA or fix the host name</source>
        <translation>le certificat du serveur de courriel {server} n&apos;est pas fiable ({reason}); réglez {option} sur l&apos;AC de l&apos;entreprise ou corrigez le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>the secure connection to {server} failed ({reason}); check that the security setting matches the port (STARTTLS: 587, TLS: 465)</source>
        <translation>la connexion sécurisée à {server} a échoué ({reason}); vérifiez que le paramètre de sécurité correspond au port (STARTTLS : 587, TLS : 465)</translation>
    </message>
    <message>
        <source>the mail server name &apos;{host}&apos; cannot be found; check the host name</source>
        <translation>le nom du serveur de courriel « {host} » est introuvable; vérifiez le nom d&apos;hôte</translation>
    </message>
    <message>
        <source>{server} refused the connection; is the mail server running and the port right?</source>
        <translation>{server} a refusé la connexion; le serveur de courriel fonctionne-t-il et le port est-il le bon?</translation>
    </message>
    <message>
        <source>the mail server {server} did not answer within {seconds} s</source>
        <translation>le serveur de courriel {server} n&apos;a pas répondu en {seconds} s</translation>
    </message>
    <message>
        <source>cannot reach the mail server {server} ({error})</source>
        <translation>impossible de joindre le serveur de courriel {server} ({error})</translation>
    </message>
    <message>
        <source>sending failed ({error})</source>
        <translation>l&apos;envoi a échoué ({error})</translation>
    </message>
    <message>
        <source>This is a TEST of the emergency call notification. No emergency call was placed.</source>
        <translation>Ceci est un ESSAI de l&apos;avis d&apos;appel d&apos;urgence. Aucun appel d&apos;urgence n&apos;a été fait.</translation>
    </message>
    <message>
        <source>There are no recipients: set the Emergency Call Notification recipients first.</source>
        <translation>Il n&apos;y a aucun destinataire : définissez d&apos;abord les destinataires de l&apos;avis d&apos;appel d&apos;urgence.</translation>
    </message>
    <message>
        <source>The template cannot be used: {error}.</source>
        <translation>Le modèle ne peut pas être utilisé : {error}.</translation>
    </message>
    <message>
        <source>[TEST] {subject}</source>
        <translation>[ESSAI] {subject}</translation>
    </message>
    <message>
        <source>The test email was not sent: {error}.</source>
        <translation>Le courriel d&apos;essai n&apos;a pas été envoyé : {error}.</translation>
    </message>
    <message>
        <source>{server} accepted the test email for {accepted} but refused {refused}.</source>
        <translation>{server} a accepté le courriel d&apos;essai pour {accepted}, mais a refusé {refused}.</translation>
    </message>
    <message>
        <source>{server} accepted the test email for {accepted}.</source>
        <translation>{server} a accepté le courriel d&apos;essai pour {accepted}.</translation>
    </message>
    <message>
        <source>The test email was not sent: {error}</source>
        <translation>Le courriel d&apos;essai n&apos;a pas été envoyé : {error}</translation>
    </message>
    <message>
        <source>Settings: {problem}</source>
        <translation>Paramètres : {problem}</translation>
    </message>
</context>
<context>
    <name>NotifySettings</name>
    <message>
        <source>STARTTLS (recommended)</source>
        <translation>STARTTLS (recommandé)</translation>
    </message>
    <message>
        <source>TLS (implicit, port 465)</source>
        <translation>TLS (implicite, port 465)</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Aucun (non chiffré)</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Mot de passe du serveur de courriel</translation>
    </message>
    <message>
        <source>A password is stored in the system keyring.</source>
        <translation>Un mot de passe est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No password is stored yet; type it here if the server needs a login.</source>
        <translation>Aucun mot de passe n&apos;est encore enregistré; tapez-le ici si le serveur demande une connexion.</translation>
    </message>
    <message>
        <source>Without encryption the notification, with the agent&apos;s location, and the password cross the network readable. Use it only on a network you trust, and prefer STARTTLS or TLS.</source>
        <translation>Sans chiffrement, l&apos;avis, avec l&apos;emplacement de l&apos;agent, et le mot de passe traversent le réseau en clair. Ne l&apos;utilisez que sur un réseau de confiance, et préférez STARTTLS ou TLS.</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Envoyer un courriel d&apos;essai</translation>
    </message>
    <message>
        <source>Test email result</source>
        <translation>Résultat du courriel d&apos;essai</translation>
    </message>
    <message>
        <source>Fix the notification settings marked in red first; the test uses the values shown here.</source>
        <translation>Corrigez d&apos;abord les paramètres d&apos;avis en rouge; l&apos;essai utilise les valeurs affichées ici.</translation>
    </message>
    <message>
        <source>Sending to {recipients}…</source>
        <translation>Envoi à {recipients}…</translation>
    </message>
    <message>
        <source>Sending to nobody…</source>
        <translation>Envoi à personne…</translation>
    </message>
    <message>
        <source>The test email was not sent: {error}</source>
        <translation>Le courriel d&apos;essai n&apos;a pas été envoyé : {error}</translation>
    </message>
    <message>
        <source>The test email failed unexpectedly ({error}); see the log.</source>
        <translation>Le courriel d&apos;essai a échoué de façon inattendue ({error}); voir le journal.</translation>
    </message>
    <message>
        <source>Preview of the HTML body</source>
        <translation>Aperçu du corps HTML</translation>
    </message>
    <message>
        <source>Preview of the plain-text body</source>
        <translation>Aperçu du corps en texte brut</translation>
    </message>
    <message>
        <source>Template bodies</source>
        <translation>Corps du modèle</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>Corps HTML</translation>
    </message>
    <message>
        <source>Plain-text body</source>
        <translation>Corps en texte brut</translation>
    </message>
    <message>
        <source>Edit a copy of the shipped template</source>
        <translation>Modifier une copie du modèle fourni</translation>
    </message>
    <message>
        <source>Use the shipped template</source>
        <translation>Utiliser le modèle fourni</translation>
    </message>
    <message>
        <source>Empty fields use the shipped template, including its future updates.</source>
        <translation>Les champs vides utilisent le modèle fourni, y compris ses mises à jour futures.</translation>
    </message>
    <message>
        <source>Set by your IT department in the fleet settings file.</source>
        <translation>Défini par votre service informatique dans le fichier de parc.</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Espaces réservés</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor of the body shown.</source>
        <translation>Double-cliquez pour insérer au curseur du corps affiché.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texte brut</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Espaces réservés (double-cliquez pour insérer) :</translation>
    </message>
    <message>
        <source>Preview with sample values:</source>
        <translation>Aperçu avec des valeurs d&apos;exemple :</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Aucun aperçu : {error}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Objet : {subject}</translation>
    </message>
</context>
<context>
    <name>OptionEditors</name>
    <message>
        <source>{adapter} (not installed)</source>
        <translation>{adapter} (non installé)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ajouter</translation>
    </message>
    <message>
        <source>Add a row at the end</source>
        <translation>Ajouter une ligne à la fin</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Retirer la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Monter</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Monter la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Descendre</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Descendre la ligne sélectionnée</translation>
    </message>
    <message>
        <source>Nobody will be notified.</source>
        <translation>Personne ne sera avisé.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s): {addresses}</source>
        <translation>
            <numerusform>%n destinataire : {addresses}</numerusform>
            <numerusform>%n destinataires : {addresses}</numerusform>
        </translation>
    </message>
    <message>
        <source>{recipients}. Listed more than once (each gets one email): {duplicates}.</source>
        <translation>{recipients}. Inscrits plus d&apos;une fois (chacun reçoit un seul courriel) : {duplicates}.</translation>
    </message>
    <message>
        <source>{recipients}.</source>
        <translation>{recipients}.</translation>
    </message>
    <message>
        <source>{description}
Written as in settings.toml: {form}</source>
        <translation>{description}
Écrit comme dans settings.toml : {form}</translation>
    </message>
    <message>
        <source>this is not a value as settings.toml writes it ({error}); expected {form}</source>
        <translation>ce n&apos;est pas une valeur comme settings.toml l&apos;écrit ({error}); attendu : {form}</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Agent name</source>
        <translation>Nom de l&apos;agent</translation>
    </message>
    <message>
        <source>The agent&apos;s full name, used in notifications.</source>
        <translation>Le nom complet de l&apos;agent, utilisé dans les avis.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Code d&apos;utilisateur</translation>
    </message>
    <message>
        <source>The agent&apos;s user id; empty means the operating-system login name.</source>
        <translation>Le code d&apos;utilisateur de l&apos;agent; vide : le nom de connexion du système d&apos;exploitation.</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Poste de travail</translation>
    </message>
    <message>
        <source>A name for this workstation; empty means the host name.</source>
        <translation>Un nom pour ce poste; vide : le nom de l&apos;hôte.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <source>Where the agent works when no location is known; drives which numbers are emergency numbers.</source>
        <translation>Où l&apos;agent travaille quand aucun emplacement n&apos;est connu; détermine quels numéros sont des numéros d&apos;urgence.</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>À qui s&apos;adresser</translation>
    </message>
    <message>
        <source>Who agents ask about what only an admin can set: a name, a phone extension or an email address, shown by the set-up assistant beside what is missing.</source>
        <translation>À qui les agents s&apos;adressent pour ce que seul un administrateur peut définir : un nom, un poste téléphonique ou une adresse courriel, affiché par l&apos;assistant de configuration à côté de ce qui manque.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>The language of the window, its messages and the command line: en_US, da_DK, fr_CA or es_PR; empty follows the system&apos;s language. A change applies at once, during a call too.</source>
        <translation>La langue de la fenêtre, de ses messages et de la ligne de commande : en_US, da_DK, fr_CA ou es_PR; vide : la langue du système. Un changement s&apos;applique aussitôt, même pendant un appel.</translation>
    </message>
    <message>
        <source>Caller ID number</source>
        <translation>Numéro d&apos;afficheur</translation>
    </message>
    <message>
        <source>The agent&apos;s own number: presented on outgoing calls, and the callback number of last resort when the callback pool is empty.</source>
        <translation>Le numéro propre à l&apos;agent : présenté lors des appels sortants, et numéro de rappel de dernier recours quand la réserve de numéros de rappel est vide.</translation>
    </message>
    <message>
        <source>a carrier adapter name such as simulated</source>
        <translation>un nom d&apos;adaptateur de fournisseur, par exemple simulated</translation>
    </message>
    <message>
        <source>Carrier adapter</source>
        <translation>Adaptateur de fournisseur</translation>
    </message>
    <message>
        <source>Which carrier adapter places calls, by entry-point name (group `softphone.carriers`).</source>
        <translation>L&apos;adaptateur de fournisseur qui place les appels, par son nom de point d&apos;entrée (groupe `softphone.carriers`).</translation>
    </message>
    <message>
        <source>up to two digits, such as 9</source>
        <translation>au plus deux chiffres, par exemple 9</translation>
    </message>
    <message>
        <source>Outside-line prefix</source>
        <translation>Préfixe de ligne extérieure</translation>
    </message>
    <message>
        <source>Digits dialled to reach an outside line (e.g. 9). Emergency numbers work with and without it (Kari&apos;s Law).</source>
        <translation>Chiffres composés pour obtenir une ligne extérieure (p. ex. 9). Les numéros d&apos;urgence fonctionnent avec ou sans (loi de Kari).</translation>
    </message>
    <message>
        <source>Simulated answer delay (s)</source>
        <translation>Délai de réponse simulé (s)</translation>
    </message>
    <message>
        <source>Seconds the simulated answering point rings before it answers.</source>
        <translation>Secondes pendant lesquelles le centre d&apos;urgence simulé sonne avant de répondre.</translation>
    </message>
    <message>
        <source>Simulated spoken greeting</source>
        <translation>Message d&apos;accueil parlé simulé</translation>
    </message>
    <message>
        <source>Whether the simulated answering point speaks its greeting (pyttsx3/espeak-ng).</source>
        <translation>Si le centre d&apos;urgence simulé prononce son message d&apos;accueil (pyttsx3/espeak-ng).</translation>
    </message>
    <message>
        <source>Simulated carrier can hold</source>
        <translation>Le fournisseur simulé peut mettre en attente</translation>
    </message>
    <message>
        <source>Whether the simulated carrier supports hold; without it, other calls are ended when an emergency call starts.</source>
        <translation>Si le fournisseur simulé permet la mise en attente; sinon, les autres appels sont terminés quand un appel d&apos;urgence commence.</translation>
    </message>
    <message>
        <source>SIP transport</source>
        <translation>Transport SIP</translation>
    </message>
    <message>
        <source>How SIP travels to the proxy: udp, tcp, or tls (TLS verifies the proxy&apos;s certificate against the system&apos;s or the configured CA file).</source>
        <translation>Comment SIP se rend au mandataire (proxy) : udp, tcp ou tls (TLS vérifie le certificat du mandataire avec les autorités du système ou le fichier CA configuré).</translation>
    </message>
    <message>
        <source>SIP proxy / SBC</source>
        <translation>Mandataire SIP / SBC</translation>
    </message>
    <message>
        <source>The primary proxy or session border controller; direct-routing calls go here first.</source>
        <translation>Le mandataire principal ou contrôleur de session en bordure (SBC); les appels en routage direct y passent d&apos;abord.</translation>
    </message>
    <message>
        <source>Fallback SBC</source>
        <translation>SBC de relève</translation>
    </message>
    <message>
        <source>A second SBC tried when the primary fails or does not answer in time.</source>
        <translation>Un deuxième SBC essayé quand le principal échoue ou ne répond pas à temps.</translation>
    </message>
    <message>
        <source>Calling-plan (direct offer) proxy</source>
        <translation>Mandataire du forfait d&apos;appels (offre directe)</translation>
    </message>
    <message>
        <source>The provider&apos;s own proxy for calling-plan numbers; the last fallback of a direct-routing call, and the path of a calling-plan call.</source>
        <translation>Le mandataire du fournisseur pour les numéros du forfait d&apos;appels; le dernier recours d&apos;un appel en routage direct, et le chemin d&apos;un appel du forfait d&apos;appels.</translation>
    </message>
    <message>
        <source>a SIP domain such as trunk.example.com</source>
        <translation>un domaine SIP, par exemple trunk.example.com</translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation>Domaine SIP</translation>
    </message>
    <message>
        <source>The domain of the SIP account: in From, To and the Request-URI.</source>
        <translation>Le domaine du compte SIP : dans From, To et la Request-URI.</translation>
    </message>
    <message>
        <source>a SIP user name</source>
        <translation>un nom d&apos;utilisateur SIP</translation>
    </message>
    <message>
        <source>SIP user</source>
        <translation>Utilisateur SIP</translation>
    </message>
    <message>
        <source>The SIP account&apos;s user name; its password is read from the keyring as `sip:&lt;user&gt;@&lt;domain&gt;`. Empty for trunks that authenticate by IP address.</source>
        <translation>Le nom d&apos;utilisateur du compte SIP; son mot de passe est lu dans le trousseau sous `sip:&lt;user&gt;@&lt;domain&gt;`. Vide pour les liaisons (trunks) qui s&apos;authentifient par adresse IP.</translation>
    </message>
    <message>
        <source>Register with the proxy</source>
        <translation>S&apos;enregistrer auprès du mandataire</translation>
    </message>
    <message>
        <source>Send REGISTER to the proxy so that it knows where to send inbound calls; trunks that authenticate by IP address need no registration.</source>
        <translation>Envoyer REGISTER au mandataire pour qu&apos;il sache où envoyer les appels entrants; les liaisons (trunks) authentifiées par adresse IP n&apos;ont pas besoin d&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Registration interval (s)</source>
        <translation>Intervalle d&apos;enregistrement (s)</translation>
    </message>
    <message>
        <source>How long a registration lasts before it is refreshed.</source>
        <translation>Durée d&apos;un enregistrement avant son renouvellement.</translation>
    </message>
    <message>
        <source>Emergency Request-URI</source>
        <translation>Request-URI des appels d&apos;urgence</translation>
    </message>
    <message>
        <source>How an emergency call addresses the answering point: `number@domain` (sip:911@domain), `tel` (tel:911) or `urn:service:sos` (RFC 5031).</source>
        <translation>Comment un appel d&apos;urgence s&apos;adresse au centre d&apos;urgence : `number@domain` (sip:911@domain), `tel` (tel:911) ou `urn:service:sos` (RFC 5031).</translation>
    </message>
    <message>
        <source>Callback identity header</source>
        <translation>En-tête d&apos;identité de rappel</translation>
    </message>
    <message>
        <source>Where an emergency call asserts the callback number: a P-Asserted-Identity header, or the From header.</source>
        <translation>Où un appel d&apos;urgence affirme le numéro de rappel : un en-tête P-Asserted-Identity ou l&apos;en-tête From.</translation>
    </message>
    <message>
        <source>Send Priority: emergency</source>
        <translation>Envoyer Priority: emergency</translation>
    </message>
    <message>
        <source>Whether emergency calls carry a `Priority: emergency` header.</source>
        <translation>Si les appels d&apos;urgence portent un en-tête `Priority: emergency`.</translation>
    </message>
    <message>
        <source>Route answer timeout (s)</source>
        <translation>Délai de réponse d&apos;une route (s)</translation>
    </message>
    <message>
        <source>How long a proxy may stay silent after an INVITE before the next route is tried.</source>
        <translation>Combien de temps un mandataire peut rester muet après un INVITE avant que la route suivante soit essayée.</translation>
    </message>
    <message>
        <source>Agent number kind</source>
        <translation>Type de numéro de l&apos;agent</translation>
    </message>
    <message>
        <source>Whether the agent&apos;s number is a direct-routing number (through the SBC), a calling-plan number (the provider&apos;s direct offer), or the account has both.</source>
        <translation>Si le numéro de l&apos;agent est un numéro en routage direct (par le SBC), un numéro du forfait d&apos;appels (l&apos;offre directe du fournisseur), ou si le compte a les deux.</translation>
    </message>
    <message>
        <source>Direct-routing numbers</source>
        <translation>Numéros en routage direct</translation>
    </message>
    <message>
        <source>With both number kinds: dialled numbers (globs such as `+1*` or `911`) that go through direct routing; everything else, emergency calls included, takes the calling-plan path.</source>
        <translation>Avec les deux types de numéros : les numéros composés (motifs comme `+1*` ou `911`) qui passent par le routage direct; tout le reste, appels d&apos;urgence compris, prend le chemin du forfait d&apos;appels.</translation>
    </message>
    <message>
        <source>an IP address of this computer</source>
        <translation>une adresse IP de cet ordinateur</translation>
    </message>
    <message>
        <source>Local SIP address</source>
        <translation>Adresse SIP locale</translation>
    </message>
    <message>
        <source>The address this softphone binds and advertises; empty picks the one that reaches the proxy.</source>
        <translation>L&apos;adresse que ce téléphone logiciel utilise et annonce; vide choisit celle qui joint le mandataire.</translation>
    </message>
    <message>
        <source>Local SIP port</source>
        <translation>Port SIP local</translation>
    </message>
    <message>
        <source>The port inbound SIP arrives on (0 picks a free one).</source>
        <translation>Le port où arrive le SIP entrant (0 en choisit un libre).</translation>
    </message>
    <message>
        <source>TLS CA file</source>
        <translation>Fichier CA TLS</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to verify the proxy with; empty uses the system&apos;s.</source>
        <translation>Un fichier PEM d&apos;autorités de certification pour vérifier le mandataire; vide utilise celles du système.</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>Fichier de certificat TLS</translation>
    </message>
    <message>
        <source>With the tls transport: a PEM certificate (chain) for this softphone; when set, it also listens for TLS on the local SIP port, so a trunk can send calls (PSAP callbacks) without a registration.</source>
        <translation>Avec le transport tls : un certificat PEM (chaîne) pour ce téléphone logiciel; s&apos;il est défini, celui-ci écoute aussi en TLS sur le port SIP local, pour qu&apos;une liaison (trunk) puisse envoyer des appels (rappels du centre d&apos;urgence) sans enregistrement.</translation>
    </message>
    <message>
        <source>TLS key file</source>
        <translation>Fichier de clé TLS</translation>
    </message>
    <message>
        <source>The PEM private key of the TLS certificate; if it is encrypted, its password is read from the keyring as `sip-tls-key:&lt;this path&gt;`.</source>
        <translation>La clé privée PEM du certificat TLS; si elle est chiffrée, son mot de passe est lu dans le trousseau sous `sip-tls-key:&lt;this path&gt;`.</translation>
    </message>
    <message>
        <source>Media security (SRTP)</source>
        <translation>Sécurité des médias (SRTP)</translation>
    </message>
    <message>
        <source>`required`: offer SRTP only (RTP/SAVP) and leave a route that cannot do it for the next; an emergency call&apos;s last route may still go plain, with a warning. `preferred`: offer SRTP keys on plain RTP/AVP and encrypt when the far end takes them. `off`: plain RTP.</source>
        <translation>`required` : offrir SRTP seulement (RTP/SAVP) et passer à la route suivante si une route ne le peut pas; la dernière route d&apos;un appel d&apos;urgence peut quand même passer en clair, avec un avertissement. `preferred` : offrir des clés SRTP sur du RTP/AVP simple et chiffrer quand l&apos;autre bout les accepte. `off` : RTP simple.</translation>
    </message>
    <message>
        <source>Trusted SIP peers</source>
        <translation>Pairs SIP de confiance</translation>
    </message>
    <message>
        <source>Addresses, networks (`192.0.2.0/24`) or host names that may call this softphone besides the proxies and the registrar, e.g. a trunk that sends PSAP callbacks. Requests from anywhere else are ignored.</source>
        <translation>Adresses, réseaux (`192.0.2.0/24`) ou noms d&apos;hôte qui peuvent appeler ce téléphone logiciel en plus des mandataires et du registraire, p. ex. une liaison (trunk) qui envoie les rappels du centre d&apos;urgence. Les requêtes venant d&apos;ailleurs sont ignorées.</translation>
    </message>
    <message>
        <source>Ring timeout (s)</source>
        <translation>Délai de sonnerie (s)</translation>
    </message>
    <message>
        <source>How long an inbound call may ring unanswered before the caller is told to try later (480).</source>
        <translation>Combien de temps un appel entrant peut sonner sans réponse avant qu&apos;on dise à l&apos;appelant de réessayer plus tard (480).</translation>
    </message>
    <message>
        <source>Callback number pool</source>
        <translation>Réserve de numéros de rappel</translation>
    </message>
    <message>
        <source>Numbers that can be leased to an agent as a temporary emergency callback number.</source>
        <translation>Numéros qui peuvent être réservés à un agent comme numéro de rappel d&apos;urgence temporaire.</translation>
    </message>
    <message>
        <source>Callback lease (minutes)</source>
        <translation>Réservation du numéro de rappel (minutes)</translation>
    </message>
    <message>
        <source>How long a callback number stays leased after an emergency call.</source>
        <translation>Combien de temps un numéro de rappel reste réservé après un appel d&apos;urgence.</translation>
    </message>
    <message>
        <source>Sites and their callback numbers</source>
        <translation>Sites et leurs numéros de rappel</translation>
    </message>
    <message>
        <source>Where agents work: each site&apos;s civic address (its numbers are registered with it at the carrier), its callback pool and optionally the networks that identify it. An agent draws from the pool of the site they are at (confirmed address, else network), else from callback.pool.</source>
        <translation>Où travaillent les agents : l&apos;adresse municipale de chaque site (ses numéros y sont enregistrés chez le fournisseur), sa réserve de numéros de rappel et, au besoin, les réseaux qui l&apos;identifient. Un agent puise dans la réserve du site où il se trouve (adresse confirmée, sinon réseau), sinon dans callback.pool.</translation>
    </message>
    <message>
        <source>Shared callback store</source>
        <translation>Registre partagé des numéros de rappel</translation>
    </message>
    <message>
        <source>PostgreSQL connection URI of the contact center&apos;s callback-number registry, shared by every agent (the password is kept in the keyring); empty keeps the leases on this workstation only.</source>
        <translation>URI de connexion PostgreSQL du registre des numéros de rappel du centre de contact, partagé par tous les agents (le mot de passe est gardé dans le trousseau); vide garde les réservations sur ce poste seulement.</translation>
    </message>
    <message>
        <source>Unassigned callback route</source>
        <translation>Acheminement des rappels non attribués</translation>
    </message>
    <message>
        <source>Where a call to a pool number that no agent holds goes, e.g. the security desk (written to the shared store for the SIP proxy&apos;s routing).</source>
        <translation>Où va un appel vers un numéro de la réserve qu&apos;aucun agent ne détient, p. ex. le poste de sécurité (écrit dans le registre partagé pour l&apos;acheminement du mandataire SIP).</translation>
    </message>
    <message>
        <source>Callback claim deadline (ms)</source>
        <translation>Délai d&apos;obtention d&apos;un numéro de rappel (ms)</translation>
    </message>
    <message>
        <source>How long an emergency call may wait for the shared store to hand out a number before it goes out with the number chosen in advance.</source>
        <translation>Combien de temps un appel d&apos;urgence peut attendre que le registre partagé lui attribue un numéro avant de partir avec le numéro choisi d&apos;avance.</translation>
    </message>
    <message>
        <source>Concurrent calls</source>
        <translation>Appels simultanés</translation>
    </message>
    <message>
        <source>How many calls the agent can have at once; a PSAP callback is never refused by it.</source>
        <translation>Combien d&apos;appels l&apos;agent peut avoir à la fois; un rappel du centre d&apos;urgence n&apos;est jamais refusé pour autant.</translation>
    </message>
    <message>
        <source>Queue calls when busy</source>
        <translation>Mettre les appels en file quand occupé</translation>
    </message>
    <message>
        <source>Hold inbound calls in a queue while at capacity instead of refusing them.</source>
        <translation>Garder les appels entrants en file d&apos;attente quand la capacité est atteinte au lieu de les refuser.</translation>
    </message>
    <message>
        <source>Queue timeout (s)</source>
        <translation>Délai de la file d&apos;attente (s)</translation>
    </message>
    <message>
        <source>How long a queued inbound call waits for a free line before it is refused.</source>
        <translation>Combien de temps un appel entrant en file attend une ligne libre avant d&apos;être refusé.</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Règles d&apos;acheminement</translation>
    </message>
    <message>
        <source>Inbound rules by caller number, first match wins; a PSAP callback bypasses them.</source>
        <translation>Règles pour les appels entrants selon le numéro de l&apos;appelant, la première qui correspond l&apos;emporte; un rappel du centre d&apos;urgence y échappe.</translation>
    </message>
    <message>
        <source>Custom statuses</source>
        <translation>États personnalisés</translation>
    </message>
    <message>
        <source>Extra presence statuses the agent can pick, such as Lunch or Training.</source>
        <translation>États de présence supplémentaires que l&apos;agent peut choisir, comme Dîner ou Formation.</translation>
    </message>
    <message>
        <source>Use the system&apos;s location</source>
        <translation>Utiliser la position du système</translation>
    </message>
    <message>
        <source>Ask the operating system where the workstation is (Location Services, geoclue).</source>
        <translation>Demander au système d&apos;exploitation où se trouve le poste (Service de localisation, geoclue).</translation>
    </message>
    <message>
        <source>Location refresh (minutes)</source>
        <translation>Actualisation de la position (minutes)</translation>
    </message>
    <message>
        <source>How often the position is refreshed in the background; also on every network change.</source>
        <translation>À quelle fréquence la position est actualisée en arrière-plan; aussi à chaque changement de réseau.</translation>
    </message>
    <message>
        <source>Oldest usable fix (minutes)</source>
        <translation>Position la plus ancienne utilisable (minutes)</translation>
    </message>
    <message>
        <source>A system position older than this is no longer used; the next fallback is.</source>
        <translation>Une position du système plus ancienne n&apos;est plus utilisée; la solution de repli suivante l&apos;est.</translation>
    </message>
    <message>
        <source>Estimate location from the IP address</source>
        <translation>Estimer la position à partir de l&apos;adresse IP</translation>
    </message>
    <message>
        <source>When the system has no position, ask an IP geolocation service (needs a network; gives up after 2 s).</source>
        <translation>Quand le système n&apos;a pas de position, interroger un service de géolocalisation IP (exige un réseau; abandonne après 2 s).</translation>
    </message>
    <message>
        <source>Moved-away distance (m)</source>
        <translation>Distance de déplacement (m)</translation>
    </message>
    <message>
        <source>Ask the agent to confirm their address when the position is farther than this from where the address was confirmed (RAY BAUM&apos;s Act).</source>
        <translation>Demander à l&apos;agent de confirmer son adresse quand la position est plus loin que cela de l&apos;endroit où l&apos;adresse a été confirmée (loi RAY BAUM).</translation>
    </message>
    <message>
        <source>Registered address: street</source>
        <translation>Adresse enregistrée : rue</translation>
    </message>
    <message>
        <source>The site&apos;s registered street, offered to the agent to confirm.</source>
        <translation>La rue enregistrée du site, proposée à l&apos;agent pour confirmation.</translation>
    </message>
    <message>
        <source>Registered address: number</source>
        <translation>Adresse enregistrée : numéro</translation>
    </message>
    <message>
        <source>The site&apos;s house or building number.</source>
        <translation>Le numéro civique ou de l&apos;immeuble du site.</translation>
    </message>
    <message>
        <source>Registered address: floor/room</source>
        <translation>Adresse enregistrée : étage/local</translation>
    </message>
    <message>
        <source>Floor, room or desk, so responders find the agent inside the building.</source>
        <translation>Étage, local ou bureau, pour que les secours trouvent l&apos;agent dans l&apos;immeuble.</translation>
    </message>
    <message>
        <source>Registered address: city</source>
        <translation>Adresse enregistrée : ville</translation>
    </message>
    <message>
        <source>The site&apos;s city.</source>
        <translation>La ville du site.</translation>
    </message>
    <message>
        <source>Registered address: state/region</source>
        <translation>Adresse enregistrée : province/région</translation>
    </message>
    <message>
        <source>State, province or region (required in the US and Canada).</source>
        <translation>État, province ou région (obligatoire aux États-Unis et au Canada).</translation>
    </message>
    <message>
        <source>Registered address: postcode</source>
        <translation>Adresse enregistrée : code postal</translation>
    </message>
    <message>
        <source>ZIP or postal code.</source>
        <translation>Code ZIP ou code postal.</translation>
    </message>
    <message>
        <source>Registered address: country</source>
        <translation>Adresse enregistrée : pays</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country of the site, e.g. US.</source>
        <translation>Pays du site en code ISO 3166-1 alpha-2, p. ex. US.</translation>
    </message>
    <message>
        <source>Emergency Call Notification recipients</source>
        <translation>Destinataires de l&apos;avis d&apos;appel d&apos;urgence</translation>
    </message>
    <message>
        <source>Who is emailed the moment this agent places an emergency call (a supervisor, the security desk): addresses separated by semicolons.</source>
        <translation>Qui reçoit un courriel dès que cet agent fait un appel d&apos;urgence (un superviseur, le poste de sécurité) : adresses séparées par des points-virgules.</translation>
    </message>
    <message>
        <source>a host name such as mail.example.com</source>
        <translation>un nom d&apos;hôte, par exemple mail.example.com</translation>
    </message>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>Serveur de courriel (SMTP)</translation>
    </message>
    <message>
        <source>The mail server that sends the notification.</source>
        <translation>Le serveur de courriel qui envoie l&apos;avis.</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Port du serveur de courriel</translation>
    </message>
    <message>
        <source>0 means the standard port for the security chosen: 587 for STARTTLS, 465 for TLS, 25 for none.</source>
        <translation>0 signifie le port standard de la sécurité choisie : 587 pour STARTTLS, 465 pour TLS, 25 pour aucune.</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Sécurité de la connexion</translation>
    </message>
    <message>
        <source>starttls (recommended), tls (implicit TLS, often port 465) or none (unencrypted: the message and the password cross the network readable).</source>
        <translation>starttls (recommandé), tls (TLS implicite, souvent le port 465) ou none (non chiffré : le message et le mot de passe traversent le réseau en clair).</translation>
    </message>
    <message>
        <source>Mail server user name</source>
        <translation>Nom d&apos;utilisateur du serveur de courriel</translation>
    </message>
    <message>
        <source>Empty to send without logging in. The password is kept in the system keyring.</source>
        <translation>Vide pour envoyer sans ouvrir de session. Le mot de passe est gardé dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Adresse de l&apos;expéditeur</translation>
    </message>
    <message>
        <source>The From address of the notification, such as softphone@example.com.</source>
        <translation>L&apos;adresse From de l&apos;avis, par exemple softphone@example.com.</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Fichier de certificats CA supplémentaires</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust for the mail server in addition to the system&apos;s (e.g. the company&apos;s internal CA); empty for the system&apos;s only.</source>
        <translation>Un fichier PEM de certificats CA auxquels se fier pour le serveur de courriel en plus de ceux du système (p. ex. l&apos;autorité interne de l&apos;entreprise); vide pour ceux du système seulement.</translation>
    </message>
    <message>
        <source>Notification language</source>
        <translation>Langue de l&apos;avis</translation>
    </message>
    <message>
        <source>The language of the email the emergency contacts receive: en_US, da_DK, fr_CA or es_PR (the shipped template exists in each); empty: the agent&apos;s language. A subject or body set here is sent as written.</source>
        <translation>La langue du courriel que reçoivent les personnes à joindre en cas d&apos;urgence : en_US, da_DK, fr_CA ou es_PR (le modèle fourni existe dans chacune); vide : la langue de l&apos;agent. Un objet ou un corps défini ici est envoyé tel qu&apos;il est écrit.</translation>
    </message>
    <message>
        <source>Notification subject</source>
        <translation>Objet de l&apos;avis</translation>
    </message>
    <message>
        <source>The subject line; {{placeholders}} are filled in when the call is placed. Empty: the shipped template&apos;s.</source>
        <translation>La ligne d&apos;objet; les {{placeholders}} sont remplis quand l&apos;appel est fait. Vide : celle du modèle fourni.</translation>
    </message>
    <message>
        <source>Notification body (HTML)</source>
        <translation>Corps de l&apos;avis (HTML)</translation>
    </message>
    <message>
        <source>The HTML body; placeholder values are escaped for HTML. Empty: the shipped template&apos;s (softphone/resources/templates).</source>
        <translation>Le corps HTML; les valeurs des champs de substitution sont échappées pour le HTML. Vide : celui du modèle fourni (softphone/resources/templates).</translation>
    </message>
    <message>
        <source>Notification body (plain text)</source>
        <translation>Corps de l&apos;avis (texte brut)</translation>
    </message>
    <message>
        <source>The plain-text alternative, for mail readers that do not show HTML. Empty: the shipped template&apos;s.</source>
        <translation>La version texte brut, pour les logiciels de courriel qui n&apos;affichent pas le HTML. Vide : celle du modèle fourni.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Microphone</translation>
    </message>
    <message>
        <source>The microphone for calls, by its name as the device list shows it; empty means the system default. Used again whenever it is connected.</source>
        <translation>Le microphone des appels, par son nom tel que la liste des appareils l&apos;affiche; vide signifie celui du système par défaut. Il est repris chaque fois qu&apos;il est branché.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Haut-parleur</translation>
    </message>
    <message>
        <source>Where call audio and the test tone play, by device name; empty means the system default.</source>
        <translation>Où jouent le son des appels et la tonalité d&apos;essai, par nom d&apos;appareil; vide signifie celui du système par défaut.</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Sonnerie</translation>
    </message>
    <message>
        <source>Where the ring tone of incoming calls plays, by device name; empty means the system default.</source>
        <translation>Où joue la sonnerie des appels entrants, par nom d&apos;appareil; vide signifie celui du système par défaut.</translation>
    </message>
    <message>
        <source>Speaker volume (%)</source>
        <translation>Volume du haut-parleur (%)</translation>
    </message>
    <message>
        <source>Loudness of call audio and the test tone; above 100 boosts quiet calls.</source>
        <translation>Volume du son des appels et de la tonalité d&apos;essai; au-delà de 100, les appels faibles sont amplifiés.</translation>
    </message>
    <message>
        <source>Microphone volume (%)</source>
        <translation>Volume du microphone (%)</translation>
    </message>
    <message>
        <source>Gain applied to the microphone before it is sent.</source>
        <translation>Gain appliqué au microphone avant l&apos;envoi.</translation>
    </message>
    <message>
        <source>Ringer volume (%)</source>
        <translation>Volume de la sonnerie (%)</translation>
    </message>
    <message>
        <source>Loudness of the ring tone.</source>
        <translation>Volume de la sonnerie.</translation>
    </message>
    <message>
        <source>Device sample rate</source>
        <translation>Fréquence d&apos;échantillonnage des appareils</translation>
    </message>
    <message>
        <source>The rate audio devices are opened at first; a device that refuses it is opened at its own rate.</source>
        <translation>La fréquence à laquelle les appareils audio sont d&apos;abord ouverts; un appareil qui la refuse est ouvert à sa propre fréquence.</translation>
    </message>
    <message>
        <source>Device re-scan interval (s)</source>
        <translation>Intervalle de nouvelle détection des appareils (s)</translation>
    </message>
    <message>
        <source>Where the sound system cannot announce devices plugged in or out (no PulseAudio or PipeWire), how often the list is re-read while no call is up.</source>
        <translation>Là où le système audio ne peut pas signaler les appareils branchés ou débranchés (sans PulseAudio ni PipeWire), à quelle fréquence la liste est relue quand aucun appel n&apos;est en cours.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Démarrer à l&apos;ouverture de session</translation>
    </message>
    <message>
        <source>Start the softphone in the tray when the agent logs in, so that click-to-call and emergency callbacks work before anyone opens it (XDG autostart on Linux, the Run registry key on Windows, a LaunchAgent on macOS).</source>
        <translation>Démarrer le téléphone logiciel dans la zone de notification quand l&apos;agent ouvre sa session, pour que l&apos;appel en un clic et les rappels d&apos;urgence fonctionnent avant que quiconque l&apos;ouvre (démarrage automatique XDG sous Linux, la clé de registre Run sous Windows, un LaunchAgent sous macOS).</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The carrier could not start: {error}</source>
        <translation>Le fournisseur n&apos;a pas pu démarrer : {error}</translation>
    </message>
    <message>
        <source>That call has already ended.</source>
        <translation>Cet appel est déjà terminé.</translation>
    </message>
    <message>
        <source>End the emergency call before placing another call.</source>
        <translation>Mettez fin à l&apos;appel d&apos;urgence avant de faire un autre appel.</translation>
    </message>
    <message>
        <source>The emergency call could not be placed: {error} Use another phone to call emergency services now.</source>
        <translation>L&apos;appel d&apos;urgence n&apos;a pas pu être fait : {error} Utilisez un autre téléphone pour appeler les services d&apos;urgence maintenant.</translation>
    </message>
    <message>
        <source>Test call to the address test line: no emergency services, no Do not disturb, no notification.</source>
        <translation>Appel d&apos;essai à la ligne d&apos;essai d&apos;adresse : aucun service d&apos;urgence, pas de Ne pas déranger, aucun avis.</translation>
    </message>
    <message>
        <source>No location was sent with the call: the location source failed ({error}).</source>
        <translation>Aucun emplacement n&apos;a été envoyé avec l&apos;appel : la source de localisation a échoué ({error}).</translation>
    </message>
    <message>
        <source>Put on hold because an emergency call started.</source>
        <translation>Mis en attente parce qu&apos;un appel d&apos;urgence a commencé.</translation>
    </message>
    <message>
        <source>ended because an emergency call started</source>
        <translation>terminé parce qu&apos;un appel d&apos;urgence a commencé</translation>
    </message>
    <message>
        <source>The carrier reported a problem hanging up: {error}</source>
        <translation>Le fournisseur a signalé un problème en raccrochant : {error}</translation>
    </message>
    <message>
        <source>ended by you</source>
        <translation>terminé par vous</translation>
    </message>
    <message>
        <source>Only a ringing inbound call can be answered.</source>
        <translation>Seul un appel entrant qui sonne peut être répondu.</translation>
    </message>
    <message>
        <source>End the emergency call before answering another call.</source>
        <translation>Mettez fin à l&apos;appel d&apos;urgence avant de répondre à un autre appel.</translation>
    </message>
    <message>
        <source>An emergency callback cannot be declined: answer it.</source>
        <translation>Un rappel d&apos;urgence ne peut pas être refusé : répondez-y.</translation>
    </message>
    <message>
        <source>Only a ringing call can be declined; hang up instead.</source>
        <translation>Seul un appel qui sonne peut être refusé; raccrochez plutôt.</translation>
    </message>
    <message>
        <source>declined by you</source>
        <translation>refusé par vous</translation>
    </message>
    <message>
        <source>An emergency call cannot be put on hold.</source>
        <translation>Un appel d&apos;urgence ne peut pas être mis en attente.</translation>
    </message>
    <message>
        <source>Other calls stay on hold while an emergency call is up.</source>
        <translation>Les autres appels restent en attente pendant un appel d&apos;urgence.</translation>
    </message>
    <message>
        <source>An emergency call cannot be transferred.</source>
        <translation>Un appel d&apos;urgence ne peut pas être transféré.</translation>
    </message>
    <message>
        <source>There is no call to act on.</source>
        <translation>Il n&apos;y a aucun appel à traiter.</translation>
    </message>
    <message>
        <source>Pausing the callback countdown failed: {error}</source>
        <translation>La pause du compte à rebours de rappel a échoué : {error}</translation>
    </message>
    <message>
        <source>no line became free in time</source>
        <translation>aucune ligne ne s&apos;est libérée à temps</translation>
    </message>
    <message>
        <source>answered, {reason}</source>
        <translation>répondu, {reason}</translation>
    </message>
    <message>
        <source>The emergency call failed: {reason} Dial again, or use another phone to call emergency services.</source>
        <translation>L&apos;appel d&apos;urgence a échoué : {reason} Composez de nouveau, ou utilisez un autre téléphone pour appeler les services d&apos;urgence.</translation>
    </message>
    <message>
        <source>Restarting the callback countdown failed: {error}</source>
        <translation>Le redémarrage du compte à rebours de rappel a échoué : {error}</translation>
    </message>
    <message>
        <source>The call history could not be saved: {error}</source>
        <translation>L&apos;historique des appels n&apos;a pas pu être enregistré : {error}</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Presence stays on Do not disturb while an emergency call is up; it returns to your previous status when the call ends.</source>
        <translation>La présence reste à Ne pas déranger pendant un appel d&apos;urgence; elle revient à votre état précédent à la fin de l&apos;appel.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Occupé</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Ne pas déranger</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Hors ligne</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Do not disturb while an emergency call is up; your status comes back afterwards.</source>
        <translation>Ne pas déranger pendant un appel d&apos;urgence; votre état revient ensuite.</translation>
    </message>
    <message>
        <source>Your presence</source>
        <translation>Votre présence</translation>
    </message>
</context>
<context>
    <name>ReachBanner</name>
    <message>
        <source>Emergency calling warning</source>
        <translation>Avertissement sur les appels d&apos;urgence</translation>
    </message>
</context>
<context>
    <name>ReadinessIndicator</name>
    <message>
        <source>● Emergency calling NOT supported here</source>
        <translation>● Appels d&apos;urgence NON pris en charge ici</translation>
    </message>
    <message numerus="yes">
        <source>● Emergency calling: %n problem(s)</source>
        <translation>
            <numerusform>● Appels d&apos;urgence : %n problème</numerusform>
            <numerusform>● Appels d&apos;urgence : %n problèmes</numerusform>
        </translation>
    </message>
    <message>
        <source>● Emergency calling ready</source>
        <translation>● Appels d&apos;urgence prêts</translation>
    </message>
    <message>
        <source>Click for details and fixes.</source>
        <translation>Cliquez pour les détails et les correctifs.</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Emergency calling readiness</source>
        <translation>État de préparation aux appels d&apos;urgence</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Comment corriger</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>Vérifications de préparation</translation>
    </message>
    <message>
        <source>Confirm my &amp;address…</source>
        <translation>Confirmer mon &amp;adresse…</translation>
    </message>
    <message>
        <source>Set-up a&amp;ssistant…</source>
        <translation>A&amp;ssistant de configuration…</translation>
    </message>
    <message>
        <source>Confirm your address, test your headset, see what your admin still has to set and make a test call.</source>
        <translation>Confirmez votre adresse, testez votre casque d&apos;écoute, voyez ce que votre administrateur doit encore définir et faites un appel d&apos;essai.</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>&amp;Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Everything needed for emergency calls is in place.</source>
        <translation>Tout ce qu&apos;il faut pour les appels d&apos;urgence est en place.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} checks failed. Emergency numbers are always dialled; fix these so help can reach you.</source>
        <translation>
            <numerusform>%n vérification sur {total} a échoué. Les numéros d&apos;urgence sont toujours composés; corrigez-la pour que les secours puissent vous joindre.</numerusform>
            <numerusform>%n vérifications sur {total} ont échoué. Les numéros d&apos;urgence sont toujours composés; corrigez-les pour que les secours puissent vous joindre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingTypes</name>
    <message numerus="yes">
        <source>a table of %n key(s)</source>
        <translation>
            <numerusform>une table de %n clé</numerusform>
            <numerusform>une table de %n clés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>une liste de %n élément</numerusform>
            <numerusform>une liste de %n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>the value is {length} characters long; at most {maximum} are allowed</source>
        <translation>la valeur compte {length} caractères; au plus {maximum} sont permis</translation>
    </message>
    <message>
        <source>contains the invisible control character {character}; remove it</source>
        <translation>contient le caractère de contrôle invisible {character}; supprimez-le</translation>
    </message>
    <message>
        <source>lists {items}; at most {maximum} are allowed</source>
        <translation>énumère {items}; au plus {maximum} sont permis</translation>
    </message>
    <message>
        <source>{value} is not valid: {hint}</source>
        <translation>{value} n&apos;est pas valide : {hint}</translation>
    </message>
    <message>
        <source>expected text, got {kind}</source>
        <translation>texte attendu, reçu {kind}</translation>
    </message>
    <message>
        <source>a host name or IP address with an optional port, such as sbc1.example.com:5060</source>
        <translation>un nom d&apos;hôte ou une adresse IP avec un port facultatif, par exemple sbc1.example.com:5060</translation>
    </message>
    <message>
        <source>{value}: the port {port} is outside 1–65535</source>
        <translation>{value} : le port {port} est hors de 1–65535</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>true ou false attendu, reçu {value}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>nombre entier attendu, reçu {value}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>nombre attendu, reçu {value}</translation>
    </message>
    <message>
        <source>{value} is outside {range}</source>
        <translation>{value} est hors de {range}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} n&apos;est pas l&apos;un de {choices}</translation>
    </message>
    <message>
        <source>expected a phone number as text, got {value}</source>
        <translation>numéro de téléphone attendu sous forme de texte, reçu {value}</translation>
    </message>
    <message>
        <source>{value} is not a phone number in E.164 form such as +15551234567</source>
        <translation>{value} n&apos;est pas un numéro de téléphone au format E.164, comme +15551234567</translation>
    </message>
    <message>
        <source>item {index}</source>
        <translation>élément {index}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n élément</numerusform>
            <numerusform>%n éléments</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a list such as {example}, got {value}</source>
        <translation>liste attendue, comme {example}, reçu {value}</translation>
    </message>
    <message>
        <source>{item}: {error}</source>
        <translation>{item} : {error}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <source>number {index}</source>
        <translation>numéro {index}</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n numéro</numerusform>
            <numerusform>%n numéros</numerusform>
        </translation>
    </message>
    <message>
        <source>it is empty; enter a number such as +15551230001 or remove the row</source>
        <translation>il est vide; entrez un numéro comme +15551230001 ou supprimez la ligne</translation>
    </message>
    <message>
        <source>{number} is listed twice; list each number once</source>
        <translation>{number} figure deux fois; inscrivez chaque numéro une seule fois</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrée</translation>
    </message>
    <message>
        <source>expected text, got {value}</source>
        <translation>texte attendu, reçu {value}</translation>
    </message>
    <message>
        <source>it is empty; type something or remove the row</source>
        <translation>elle est vide; tapez quelque chose ou supprimez la ligne</translation>
    </message>
    <message>
        <source>Address, network or host</source>
        <translation>Adresse, réseau ou hôte</translation>
    </message>
    <message>
        <source>peer {index}</source>
        <translation>pair {index}</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n pair</numerusform>
            <numerusform>%n pairs</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} is not an IP address, a network such as 192.0.2.0/24, or a host name</source>
        <translation>{value} n&apos;est ni une adresse IP, ni un réseau comme 192.0.2.0/24, ni un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166-1 alpha-2 country code such as US, GB or DK</source>
        <translation>{value} n&apos;est pas un code de pays ISO 3166-1 alpha-2 comme US, GB ou DK</translation>
    </message>
    <message>
        <source>the caller pattern is empty; write one such as +1900* or 555????</source>
        <translation>le motif d&apos;appelant est vide; écrivez-en un comme +1900* ou 555????</translation>
    </message>
    <message>
        <source>&apos;{pattern}&apos; contains a space; caller numbers have none (write {fixed})</source>
        <translation>« {pattern} » contient une espace; les numéros d&apos;appelant n&apos;en ont pas (écrivez {fixed})</translation>
    </message>
    <message>
        <source>&apos;{pattern}&apos; has an unclosed [ ]; write a range as [0-4]</source>
        <translation>« {pattern} » a un [ ] non fermé; écrivez une plage comme [0-4]</translation>
    </message>
    <message>
        <source>Caller pattern</source>
        <translation>Motif d&apos;appelant</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>accepter</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>refuser</translation>
    </message>
    <message>
        <source>rule {index}</source>
        <translation>règle {index}</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n règle</numerusform>
            <numerusform>%n règles</numerusform>
        </translation>
    </message>
    <message>
        <source>a rule must have exactly the keys &apos;match&apos; and &apos;action&apos;</source>
        <translation>une règle doit avoir exactement les clés &apos;match&apos; et &apos;action&apos;</translation>
    </message>
    <message>
        <source>&apos;match&apos; must be a caller pattern such as &quot;+1900*&quot;</source>
        <translation>&apos;match&apos; doit être un motif d&apos;appelant comme &quot;+1900*&quot;</translation>
    </message>
    <message>
        <source>&apos;action&apos; must be one of {choices}</source>
        <translation>&apos;action&apos; doit être l&apos;un de {choices}</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>l&apos;adresse est vide</translation>
    </message>
    <message>
        <source>{value} is longer than an address can be (254 characters)</source>
        <translation>{value} est plus long qu&apos;une adresse peut l&apos;être (254 caractères)</translation>
    </message>
    <message>
        <source>&apos;{address}&apos;: write only the address, without a name or &lt;&gt;, such as security@example.com</source>
        <translation>« {address} » : écrivez seulement l&apos;adresse, sans nom ni &lt;&gt;, comme security@example.com</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; contains a space; write only the address, such as security@example.com</source>
        <translation>« {address} » contient une espace; écrivez seulement l&apos;adresse, comme security@example.com</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; has no @; an address looks like security@example.com</source>
        <translation>« {address} » n&apos;a pas de @; une adresse ressemble à security@example.com</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; has more than one @; an address looks like security@example.com</source>
        <translation>« {address} » a plus d&apos;un @; une adresse ressemble à security@example.com</translation>
    </message>
    <message>
        <source>&apos;{address}&apos;: the part before @ is not valid (letters, digits and . _ + - only, no dot at the start or end, no two dots in a row)</source>
        <translation>« {address} » : la partie avant le @ n&apos;est pas valide (lettres, chiffres et . _ + - seulement, pas de point au début ni à la fin, jamais deux points de suite)</translation>
    </message>
    <message>
        <source>&apos;{address}&apos;: &apos;{domain}&apos; is not a mail domain such as example.com</source>
        <translation>« {address} » : « {domain} » n&apos;est pas un domaine de courriel comme example.com</translation>
    </message>
    <message>
        <source>expected addresses separated by semicolons, such as &quot;a@example.com; b@example.com&quot;, got {value}</source>
        <translation>adresses séparées par des points-virgules attendues, comme &quot;a@example.com; b@example.com&quot;, reçu {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinataire</numerusform>
            <numerusform>%n destinataires</numerusform>
        </translation>
    </message>
    <message>
        <source>expected an email address as text, got {value}</source>
        <translation>adresse de courriel attendue sous forme de texte, reçu {value}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>address {index}</source>
        <translation>adresse {index}</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>doit tenir sur une seule ligne</translation>
    </message>
    <message>
        <source>expected a list of sites, written as [[callback.sites]] tables with name, address, pool and optional networks</source>
        <translation>liste de sites attendue, écrite en tables [[callback.sites]] avec name, address, pool et, au besoin, networks</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message>
        <source>site {index} must be a table with name, address and pool</source>
        <translation>le site {index} doit être une table avec name, address et pool</translation>
    </message>
    <message>
        <source>site {index} has no name; give it one such as &quot;Denver&quot;</source>
        <translation>le site {index} n&apos;a pas de nom; donnez-lui-en un, comme &quot;Denver&quot;</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: unknown key(s) {unknown}; a site has {keys}</source>
        <translation>site « {site} » : clé(s) inconnue(s) {unknown}; un site a {keys}</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos; is defined twice; give each site its own name</source>
        <translation>le site « {site} » est défini deux fois; donnez à chaque site son propre nom</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos; has no address: its numbers are registered at the carrier with the site&apos;s civic address, so give it an [address] table with street, city and country</source>
        <translation>le site « {site} » n&apos;a pas d&apos;adresse : ses numéros sont enregistrés chez le fournisseur avec l&apos;adresse municipale du site; donnez-lui donc une table [address] avec street, city et country</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: the address takes text fields {fields}</source>
        <translation>site « {site} » : l&apos;adresse prend les champs de texte {fields}</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: the address has no {fields}; responders need a dispatchable address</source>
        <translation>site « {site} » : l&apos;adresse n&apos;a pas de {fields}; les secours ont besoin d&apos;une adresse où se rendre</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: pool: {error}</source>
        <translation>site « {site} » : pool : {error}</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos; has no numbers: add its callback numbers to pool</source>
        <translation>le site « {site} » n&apos;a aucun numéro : ajoutez ses numéros de rappel à pool</translation>
    </message>
    <message>
        <source>{number} is in the pools of site &apos;{first}&apos; and site &apos;{site}&apos;; a number is registered with one address, so list it in one site only</source>
        <translation>{number} figure dans les réserves du site « {first} » et du site « {site} »; un numéro est enregistré avec une seule adresse, inscrivez-le donc dans un seul site</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: networks must be a list such as [&quot;10.20.0.0/16&quot;]</source>
        <translation>site « {site} » : networks doit être une liste comme [&quot;10.20.0.0/16&quot;]</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n réseau</numerusform>
            <numerusform>%n réseaux</numerusform>
        </translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: {value} is not a network such as 10.20.0.0/16</source>
        <translation>site « {site} » : {value} n&apos;est pas un réseau comme 10.20.0.0/16</translation>
    </message>
    <message>
        <source>expected a number or a SIP URI as text, got {value}</source>
        <translation>numéro ou URI SIP attendu sous forme de texte, reçu {value}</translation>
    </message>
    <message>
        <source>{value} is neither an E.164 number such as +15551234567 nor a SIP URI such as sip:security@pbx.example.com</source>
        <translation>{value} n&apos;est ni un numéro E.164 comme +15551234567 ni une URI SIP comme sip:security@pbx.example.com</translation>
    </message>
    <message>
        <source>expected a connection URI as text, got {value}</source>
        <translation>URI de connexion attendue sous forme de texte, reçu {value}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a PostgreSQL connection URI such as {example}</source>
        <translation>« {value} » n&apos;est pas une URI de connexion PostgreSQL comme {example}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; cannot be read ({error}); write it like {example}</source>
        <translation>« {value} » est illisible ({error}); écrivez-la comme {example}</translation>
    </message>
    <message>
        <source>the URI holds a password: remove it and store the password in the keyring instead (Settings › Emergency › Callback numbers, &apos;Shared store password&apos;)</source>
        <translation>l&apos;URI contient un mot de passe : retirez-le et enregistrez plutôt le mot de passe dans le trousseau (Paramètres › Urgence › Numéros de rappel, « Mot de passe du registre partagé »)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; needs a user, a host and a database name, like {example}</source>
        <translation>« {value} » doit avoir un utilisateur, un hôte et un nom de base de données, comme {example}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>the &apos;{adapter}&apos; carrier (proxy {proxy}), saved {when} in {path}</source>
        <translation>le fournisseur « {adapter} » (mandataire {proxy}), enregistré le {when} dans {path}</translation>
    </message>
    <message>
        <source>the &apos;{adapter}&apos; carrier, saved {when} in {path}</source>
        <translation>le fournisseur « {adapter} », enregistré le {when} dans {path}</translation>
    </message>
    <message>
        <source>The saved copy of the carrier settings that last worked, {path}, is damaged and cannot be used; it is rewritten the next time the carrier starts on valid settings.</source>
        <translation>La copie enregistrée des derniers paramètres du fournisseur qui ont fonctionné, {path}, est endommagée et inutilisable; elle sera réécrite la prochaine fois que le fournisseur démarrera avec des paramètres valides.</translation>
    </message>
    <message>
        <source>{path}: unknown setting &apos;{key}&apos; is ignored (kept in the file); correct or remove it.</source>
        <translation>{path} : le paramètre inconnu « {key} » est ignoré (il reste dans le fichier); corrigez-le ou supprimez-le.</translation>
    </message>
    <message>
        <source>{path}: {key}: {error}. Using the default ({default}) until it is fixed.</source>
        <translation>{path} : {key} : {error}. La valeur par défaut ({default}) est utilisée jusqu&apos;à la correction.</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n more problem(s) like these; fix the ones above and restart to see the rest.</source>
        <translation>
            <numerusform>{path} : %n autre problème de ce genre; corrigez ceux ci-dessus et redémarrez pour voir la suite.</numerusform>
            <numerusform>{path} : %n autres problèmes de ce genre; corrigez ceux ci-dessus et redémarrez pour voir la suite.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: &apos;version&apos; must be a whole number such as {version}, not {value}; the file was read as version {version}: set version = {version}.</source>
        <translation>{path} : « version » doit être un nombre entier comme {version}, et non {value}; le fichier a été lu comme version {version} : écrivez version = {version}.</translation>
    </message>
    <message>
        <source>{path} was written for a newer softphone (settings version {value}; this one reads version {version}): the settings it knows are used and the others ignored; update the softphone on this workstation.</source>
        <translation>{path} a été écrit pour un téléphone logiciel plus récent (version de paramètres {value}; celui-ci lit la version {version}) : les paramètres qu&apos;il connaît sont utilisés et les autres ignorés; mettez à jour le téléphone logiciel sur ce poste.</translation>
    </message>
    <message>
        <source>the settings files have the problems named above</source>
        <translation>les fichiers de paramètres ont les problèmes indiqués ci-dessus</translation>
    </message>
    <message>
        <source>Because {reason}, the carrier settings that last worked are in use instead of those in the files: {saved}. Fix the problems named and restart the softphone to use the files&apos; carrier settings.</source>
        <translation>Comme {reason}, les derniers paramètres du fournisseur qui ont fonctionné sont utilisés au lieu de ceux des fichiers : {saved}. Corrigez les problèmes indiqués et redémarrez le téléphone logiciel pour utiliser les paramètres du fournisseur des fichiers.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the working carrier settings in {path} ({error}): a broken settings file could then demote the carrier; make the profile folder writable.</source>
        <translation>Impossible de garder une copie des paramètres du fournisseur qui fonctionnent dans {path} ({error}) : un fichier de paramètres défectueux pourrait alors rétrograder le fournisseur; rendez le dossier du profil accessible en écriture.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>la valeur par défaut</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting of this softphone</source>
        <translation>« {key} » n&apos;est pas un paramètre de ce téléphone logiciel</translation>
    </message>
    <message>
        <source>{option} ({key}): {error}</source>
        <translation>{option} ({key}) : {error}</translation>
    </message>
    <message>
        <source>{option} ({key}) is set by the fleet settings file {path} and can only be changed there</source>
        <translation>{option} ({key}) est défini par le fichier de parc {path} et ne peut être modifié que là</translation>
    </message>
    <message>
        <source>The earlier settings file was kept as {path}.</source>
        <translation>L&apos;ancien fichier de paramètres a été conservé sous {path}.</translation>
    </message>
    <message>
        <source>Cannot save settings to {path}: {error}. Check that the profile folder exists and is writable, and that {name} is a file (not a folder or a link).</source>
        <translation>Impossible d&apos;enregistrer les paramètres dans {path} : {error}. Vérifiez que le dossier du profil existe et est accessible en écriture, et que {name} est un fichier (pas un dossier ni un lien).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Search settings by name or description</source>
        <translation>Chercher un paramètre par nom ou description</translation>
    </message>
    <message>
        <source>Search settings</source>
        <translation>Chercher un paramètre</translation>
    </message>
    <message>
        <source>Export as fleet file…</source>
        <translation>Exporter comme fichier de parc…</translation>
    </message>
    <message>
        <source>Write the admin settings shown here as a fleet settings file for IT to deploy to every workstation.</source>
        <translation>Écrire les paramètres d&apos;administration affichés ici dans un fichier de parc que le service informatique déploiera sur tous les postes.</translation>
    </message>
    <message>
        <source>No setting matches “{text}”.</source>
        <translation>Aucun paramètre ne correspond à « {text} ».</translation>
    </message>
    <message>
        <source>{option} ({key}): {error}</source>
        <translation>{option} ({key}) : {error}</translation>
    </message>
    <message>
        <source>Nothing can be saved until these are fixed: {settings}.</source>
        <translation>Rien ne peut être enregistré avant que ceux-ci soient corrigés : {settings}.</translation>
    </message>
    <message>
        <source>Export as fleet file</source>
        <translation>Exporter comme fichier de parc</translation>
    </message>
    <message>
        <source>Settings files (*.toml)</source>
        <translation>Fichiers de paramètres (*.toml)</translation>
    </message>
    <message>
        <source>The fleet file was not written: fix {settings} first, or every workstation would get the mistake.</source>
        <translation>Le fichier de parc n&apos;a pas été écrit : corrigez d&apos;abord {settings}, sinon tous les postes recevraient l&apos;erreur.</translation>
    </message>
    <message>
        <source>The fleet file was not written to {path}: {error}. Choose a folder you can write to.</source>
        <translation>Le fichier de parc n&apos;a pas été écrit dans {path} : {error}. Choisissez un dossier où vous pouvez écrire.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n admin setting(s) to {path}. Deploy it as the fleet settings file; every workstation reads it at start and locks these values.</source>
        <translation>
            <numerusform>%n paramètre d&apos;administration écrit dans {path}. Déployez-le comme fichier de parc; chaque poste le lit au démarrage et verrouille ces valeurs.</numerusform>
            <numerusform>%n paramètres d&apos;administration écrits dans {path}. Déployez-le comme fichier de parc; chaque poste le lit au démarrage et verrouille ces valeurs.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing the password in the system keyring…</source>
        <translation>Enregistrement du mot de passe dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>Rien n&apos;a été enregistré : {error}</translation>
    </message>
    <message>
        <source>The settings were not saved: {error}</source>
        <translation>Les paramètres n&apos;ont pas été enregistrés : {error}</translation>
    </message>
</context>
<context>
    <name>SettingsFiles</name>
    <message>
        <source>{path} is a link to {target}, which does not exist; point the link at the settings file or remove it, then restart.</source>
        <translation>{path} est un lien vers {target}, qui n&apos;existe pas; faites pointer le lien vers le fichier de paramètres ou supprimez-le, puis redémarrez.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a pipe, socket or device); replace it with a settings file, then restart.</source>
        <translation>{path} n&apos;est pas un fichier ordinaire (c&apos;est un tube, un socket ou un périphérique); remplacez-le par un fichier de paramètres, puis redémarrez.</translation>
    </message>
    <message>
        <source>{path} can be changed by every user of this computer, so it was not used; make it writable by its owner only ({command}), then restart.</source>
        <translation>{path} peut être modifié par tous les utilisateurs de cet ordinateur; il n&apos;a donc pas été utilisé; rendez-le modifiable par son propriétaire seulement ({command}), puis redémarrez.</translation>
    </message>
    <message>
        <source>{path} is a symbolic link that leads back to itself; remove the link and put the settings file there, then restart.</source>
        <translation>{path} est un lien symbolique qui mène à lui-même; supprimez le lien et mettez le fichier de paramètres à sa place, puis redémarrez.</translation>
    </message>
    <message>
        <source>{path} cannot be reached: a part of its folder path is a file, not a folder; fix the folder, then restart.</source>
        <translation>{path} est inaccessible : une partie de son chemin est un fichier, pas un dossier; corrigez le dossier, puis redémarrez.</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied); make it readable by the agent&apos;s account, then restart.</source>
        <translation>{path} est illisible (permission refusée); rendez-le lisible par le compte de l&apos;agent, puis redémarrez.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a settings file; move the folder away (the settings file goes in its place), then restart.</source>
        <translation>{path} est un dossier, pas un fichier de paramètres; déplacez le dossier (le fichier de paramètres va à sa place), puis redémarrez.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); check the disk, then restart.</source>
        <translation>{path} est illisible ({error}); vérifiez le disque, puis redémarrez.</translation>
    </message>
    <message>
        <source>{path} is {size} MB; a settings file is at most {limit} MB, so it was not read; remove what does not belong in it, then restart.</source>
        <translation>{path} fait {size} Mo; un fichier de paramètres fait au plus {limit} Mo, il n&apos;a donc pas été lu; retirez ce qui n&apos;a pas à s&apos;y trouver, puis redémarrez.</translation>
    </message>
    <message>
        <source>{path} is saved as UTF-16; save it as UTF-8 (in Notepad: Save as, Encoding UTF-8), then restart.</source>
        <translation>{path} est enregistré en UTF-16; enregistrez-le en UTF-8 (dans le Bloc-notes : Enregistrer sous, Encodage UTF-8), puis redémarrez.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text: byte {byte} on line {line} is not valid UTF-8 (the file may be binary, or saved in another encoding such as Windows-1252); save it as UTF-8, then restart.</source>
        <translation>{path} n&apos;est pas du texte UTF-8 : l&apos;octet {byte} à la ligne {line} n&apos;est pas de l&apos;UTF-8 valide (le fichier est peut-être binaire, ou enregistré dans un autre encodage comme Windows-1252); enregistrez-le en UTF-8, puis redémarrez.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML ({error}). The softphone is using defaults for everything in it and has not changed the file: fix that line and restart.</source>
        <translation>{path} n&apos;est pas du TOML valide ({error}). Le téléphone logiciel utilise les valeurs par défaut pour tout ce qu&apos;il contient et n&apos;a pas modifié le fichier : corrigez cette ligne et redémarrez.</translation>
    </message>
    <message>
        <source>{path} nests tables or lists more than {depth} levels deep, which no setting does; remove the nesting, then restart.</source>
        <translation>{path} imbrique des tables ou des listes sur plus de {depth} niveaux, ce qu&apos;aucun paramètre ne fait; retirez l&apos;imbrication, puis redémarrez.</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>Admin</source>
        <translation>Administration</translation>
    </message>
    <message>
        <source>For IT and supervisors; written by Export as fleet file.</source>
        <translation>Pour le service informatique et les superviseurs; écrit par Exporter comme fichier de parc.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Calls and routing</source>
        <translation>Appels et acheminement</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Urgence</translation>
    </message>
    <message>
        <source>Callback numbers</source>
        <translation>Numéros de rappel</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Contacts and template</source>
        <translation>Personnes à joindre et modèle</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Démarrage</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Outgoing calls</source>
        <translation>Appels sortants</translation>
    </message>
    <message>
        <source>Simulated carrier (training)</source>
        <translation>Fournisseur simulé (formation)</translation>
    </message>
    <message>
        <source>SIP carrier (production trunk)</source>
        <translation>Fournisseur SIP (liaison de production)</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Composition</translation>
    </message>
    <message>
        <source>Inbound calls</source>
        <translation>Appels entrants</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Registered address of the site</source>
        <translation>Adresse enregistrée du site</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Personnes à joindre en cas d&apos;urgence</translation>
    </message>
    <message>
        <source>Mail server for the emergency contacts</source>
        <translation>Serveur de courriel pour les personnes à joindre</translation>
    </message>
    <message>
        <source>Emergency Call Notification Template</source>
        <translation>Modèle d&apos;avis d&apos;appel d&apos;urgence</translation>
    </message>
    <message>
        <source>Audio devices</source>
        <translation>Périphériques audio</translation>
    </message>
    <message>
        <source>Settings tagged Admin are for IT and supervisors: they decide how emergency calls are placed and who is told about them. Values your IT department fixed for all workstations are greyed out.</source>
        <translation>Les paramètres marqués Administration sont pour le service informatique et les superviseurs : ils décident comment les appels d&apos;urgence sont faits et qui en est avisé. Les valeurs que votre service informatique a fixées pour tous les postes sont grisées.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Modifié</translation>
    </message>
    <message>
        <source>Differs from the default ({value}).</source>
        <translation>Diffère de la valeur par défaut ({value}).</translation>
    </message>
    <message>
        <source>Differs from the default</source>
        <translation>Diffère de la valeur par défaut</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Réinitialiser</translation>
    </message>
    <message>
        <source>Back to the default ({value}).</source>
        <translation>Revenir à la valeur par défaut ({value}).</translation>
    </message>
    <message>
        <source>Reset {option} to the default</source>
        <translation>Réinitialiser {option} à la valeur par défaut</translation>
    </message>
    <message>
        <source>Set by your IT department in the fleet settings file; it can only be changed there.</source>
        <translation>Défini par votre service informatique dans le fichier de parc; il ne peut être modifié que là.</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Sections des paramètres</translation>
    </message>
</context>
<context>
    <name>SimulatedCarrier</name>
    <message>
        <source>Emergency services simulator. This is a drill: no real emergency service is connected. What is the address of your emergency?</source>
        <translation>Simulateur des services d&apos;urgence. Ceci est un exercice : aucun vrai service d&apos;urgence n&apos;est en ligne. Quelle est l&apos;adresse de votre urgence?</translation>
    </message>
    <message>
        <source>This is the emergency services simulator calling you back. This is a drill. Are you still safe?</source>
        <translation>Ici le simulateur des services d&apos;urgence qui vous rappelle. Ceci est un exercice. Êtes-vous toujours en sécurité?</translation>
    </message>
    <message>
        <source>not provided</source>
        <translation>non fourni</translation>
    </message>
    <message>
        <source>This is the address test line, not an emergency service. Your caller I D is {caller}. Your callback number is {callback}. Your location is {place}.</source>
        <translation>Ici la ligne d&apos;essai d&apos;adresse, pas un service d&apos;urgence. Votre numéro d&apos;afficheur est le {caller}. Votre numéro de rappel est le {callback}. Votre emplacement est {place}.</translation>
    </message>
    <message>
        <source>This softphone uses the simulated carrier: a training answering point answers instead of an emergency service.</source>
        <translation>Ce téléphone logiciel utilise le fournisseur simulé : un centre d&apos;urgence d&apos;exercice répond au lieu d&apos;un service d&apos;urgence.</translation>
    </message>
    <message>
        <source>The simulated carrier was not started.</source>
        <translation>Le fournisseur simulé n&apos;a pas été démarré.</translation>
    </message>
    <message>
        <source>The simulated answering point cannot speak: {error}</source>
        <translation>Le centre d&apos;urgence simulé ne peut pas parler : {error}</translation>
    </message>
    <message>
        <source>That call is no longer ringing.</source>
        <translation>Cet appel ne sonne plus.</translation>
    </message>
    <message>
        <source>The simulated carrier is set up without hold (carrier.simulated.can_hold = false).</source>
        <translation>Le fournisseur simulé est configuré sans mise en attente (carrier.simulated.can_hold = false).</translation>
    </message>
    <message>
        <source>transferred to {target}</source>
        <translation>transféré à {target}</translation>
    </message>
    <message>
        <source>That call has ended.</source>
        <translation>Cet appel est terminé.</translation>
    </message>
    <message>
        <source>the simulated answering point (a drill: no real emergency service is reached)</source>
        <translation>le centre d&apos;urgence simulé (un exercice : aucun vrai service d&apos;urgence n&apos;est joint)</translation>
    </message>
    <message>
        <source>the answering point&apos;s line dropped (drill)</source>
        <translation>la ligne du centre d&apos;urgence a coupé (exercice)</translation>
    </message>
    <message>
        <source>The simulated answering point has no callback number to call: place an emergency call first.</source>
        <translation>Le centre d&apos;urgence simulé n&apos;a aucun numéro de rappel à appeler : faites d&apos;abord un appel d&apos;urgence.</translation>
    </message>
</context>
<context>
    <name>Sip</name>
    <message>
        <source>The SIP password cannot be read: {error}</source>
        <translation>Le mot de passe SIP ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <source>No SIP password is stored for {secret}: store it with the settings dialog, or clear carrier.sip.user for a trunk that authenticates by address.</source>
        <translation>Aucun mot de passe SIP n&apos;est enregistré pour {secret} : enregistrez-le dans les paramètres, ou videz carrier.sip.user pour un tronc authentifié par son adresse.</translation>
    </message>
    <message>
        <source>The keyring did not give the SIP password within {seconds} s (is it locked?).</source>
        <translation>Le trousseau n&apos;a pas fourni le mot de passe SIP en {seconds} s (est-il verrouillé?).</translation>
    </message>
    <message>
        <source>refused the SIP password stored for {secret} ({status}): enter the right one under Settings › Carrier › SIP password</source>
        <translation>a refusé le mot de passe SIP enregistré pour {secret} ({status}) : entrez le bon dans Paramètres › Fournisseur › Mot de passe SIP</translation>
    </message>
    <message>
        <source>wants a password ({status}) and none is stored for {secret}: enter it under Settings › Carrier › SIP password</source>
        <translation>demande un mot de passe ({status}) et aucun n&apos;est enregistré pour {secret} : entrez-le dans Paramètres › Fournisseur › Mot de passe SIP</translation>
    </message>
    <message>
        <source>answered {status}</source>
        <translation>a répondu {status}</translation>
    </message>
    <message>
        <source>Registration is on but no proxy is set; set carrier.sip.proxy.</source>
        <translation>L&apos;enregistrement est activé, mais aucun proxy n&apos;est défini; définissez carrier.sip.proxy.</translation>
    </message>
    <message>
        <source>Registration is on but the registrar {host} cannot be found ({error}); check carrier.sip.proxy and the network.</source>
        <translation>L&apos;enregistrement est activé, mais le serveur d&apos;enregistrement {host} est introuvable ({error}); vérifiez carrier.sip.proxy et le réseau.</translation>
    </message>
    <message>
        <source>The registrar {host} cannot be reached over {transport} ({error}); inbound calls, PSAP callbacks too, may not reach this softphone.</source>
        <translation>Le serveur d&apos;enregistrement {host} est injoignable en {transport} ({error}); les appels entrants, y compris les rappels du centre d&apos;urgence, pourraient ne pas joindre ce téléphone logiciel.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>The registrar {host} {what}. Until this is fixed, inbound calls, PSAP callbacks too, may not reach this softphone.</source>
        <translation>Le serveur d&apos;enregistrement {host} {what}. D&apos;ici à ce que ce soit corrigé, les appels entrants, y compris les rappels du centre d&apos;urgence, pourraient ne pas joindre ce téléphone logiciel.</translation>
    </message>
    <message>
        <source>The registration with {host} lapsed; inbound calls may not arrive.</source>
        <translation>L&apos;enregistrement auprès de {host} est échu; les appels entrants pourraient ne pas arriver.</translation>
    </message>
    <message>
        <source>Enter the number or SIP address to transfer the call to.</source>
        <translation>Entrez le numéro ou l&apos;adresse SIP où transférer l&apos;appel.</translation>
    </message>
    <message>
        <source>Keypad tones are 0–9, *, # and A–D; remove {digits}.</source>
        <translation>Les tonalités de clavier sont 0–9, *, # et A–D; retirez {digits}.</translation>
    </message>
    <message>
        <source>The SIP carrier has no route for emergency calls: set carrier.sip.proxy (or the calling-plan proxy).</source>
        <translation>Le fournisseur SIP n&apos;a aucune route pour les appels d&apos;urgence : définissez carrier.sip.proxy (ou le proxy du forfait d&apos;appels).</translation>
    </message>
    <message>
        <source>The SIP carrier is not running; restart the softphone.</source>
        <translation>Le fournisseur SIP ne fonctionne pas; redémarrez le téléphone logiciel.</translation>
    </message>
    <message>
        <source>The SIP carrier cannot listen on port {port} ({error}); set carrier.sip.local_port to a free port.</source>
        <translation>Le fournisseur SIP ne peut pas écouter sur le port {port} ({error}); réglez carrier.sip.local_port sur un port libre.</translation>
    </message>
    <message>
        <source>{error} Until then inbound TLS calls arrive only over the connection to the proxy.</source>
        <translation>{error} D&apos;ici là, les appels TLS entrants n&apos;arrivent que par la connexion au proxy.</translation>
    </message>
    <message>
        <source>The TLS listener cannot open port {port} ({error}); set carrier.sip.local_port to a free port.</source>
        <translation>L&apos;écoute TLS ne peut pas ouvrir le port {port} ({error}); réglez carrier.sip.local_port sur un port libre.</translation>
    </message>
    <message>
        <source>You hung up.</source>
        <translation>Vous avez raccroché.</translation>
    </message>
    <message>
        <source>Set carrier.sip.direct_offer_proxy: a calling-plan number&apos;s calls go through the provider&apos;s proxy.</source>
        <translation>Définissez carrier.sip.direct_offer_proxy : les appels d&apos;un numéro de forfait d&apos;appels passent par le proxy du fournisseur.</translation>
    </message>
    <message>
        <source>Set carrier.sip.proxy to the SBC or proxy that places calls.</source>
        <translation>Réglez carrier.sip.proxy sur le SBC ou le proxy qui fait les appels.</translation>
    </message>
    <message>
        <source>The account has both number kinds: set carrier.sip.direct_offer_proxy for the calling-plan path emergency calls take.</source>
        <translation>Le compte a les deux types de numéros : définissez carrier.sip.direct_offer_proxy pour le chemin du forfait d&apos;appels que prennent les appels d&apos;urgence.</translation>
    </message>
    <message>
        <source>Registration is on but carrier.sip.user is empty: set the SIP user.</source>
        <translation>L&apos;enregistrement est activé, mais carrier.sip.user est vide : définissez l&apos;utilisateur SIP.</translation>
    </message>
    <message>
        <source>Only a connected call can be put on hold.</source>
        <translation>Seul un appel connecté peut être mis en attente.</translation>
    </message>
    <message>
        <source>The far end did not answer the request to hold the call within {seconds} s; it stays connected.</source>
        <translation>L&apos;autre partie n&apos;a pas répondu en {seconds} s à la demande de mise en attente; l&apos;appel reste connecté.</translation>
    </message>
    <message>
        <source>The far end did not answer the request to resume the call within {seconds} s; it stays on hold.</source>
        <translation>L&apos;autre partie n&apos;a pas répondu en {seconds} s à la demande de reprise de l&apos;appel; il reste en attente.</translation>
    </message>
    <message>
        <source>The far end refused to hold the call ({status}); it stays connected.</source>
        <translation>L&apos;autre partie a refusé la mise en attente ({status}); l&apos;appel reste connecté.</translation>
    </message>
    <message>
        <source>The far end refused to resume the call ({status}); it stays on hold.</source>
        <translation>L&apos;autre partie a refusé la reprise de l&apos;appel ({status}); il reste en attente.</translation>
    </message>
    <message>
        <source>Only a connected call can be transferred.</source>
        <translation>Seul un appel connecté peut être transféré.</translation>
    </message>
    <message>
        <source>The call was transferred.</source>
        <translation>L&apos;appel a été transféré.</translation>
    </message>
    <message>
        <source>The transfer failed ({status}); the call is still yours.</source>
        <translation>Le transfert a échoué ({status}); l&apos;appel est toujours le vôtre.</translation>
    </message>
    <message>
        <source>Keypad tones need a connected call with audio.</source>
        <translation>Les tonalités de clavier demandent un appel connecté avec du son.</translation>
    </message>
    <message>
        <source>The keypad tones were not sent: {error}.</source>
        <translation>Les tonalités de clavier n&apos;ont pas été envoyées : {error}.</translation>
    </message>
    <message>
        <source>The caller has already hung up.</source>
        <translation>L&apos;appelant a déjà raccroché.</translation>
    </message>
    <message>
        <source>The call could not be answered: {error}.</source>
        <translation>Impossible de répondre à l&apos;appel : {error}.</translation>
    </message>
    <message>
        <source>This call&apos;s audio is not encrypted: the caller offered no usable SRTP key (an inbound call is never refused for it: it may be a PSAP calling back).</source>
        <translation>Le son de cet appel n&apos;est pas chiffré : l&apos;appelant n&apos;a offert aucune clé SRTP utilisable (un appel entrant n&apos;est jamais refusé pour cela : ce peut être le centre d&apos;urgence qui rappelle).</translation>
    </message>
    <message>
        <source>The call is connected but its audio failed: {error}.</source>
        <translation>L&apos;appel est connecté, mais son audio a échoué : {error}.</translation>
    </message>
    <message>
        <source>Nobody answered within {seconds} s; the caller was told to try later.</source>
        <translation>Personne n&apos;a répondu en {seconds} s; l&apos;appelant a été invité à réessayer plus tard.</translation>
    </message>
    <message>
        <source>The caller hung up before the call was answered.</source>
        <translation>L&apos;appelant a raccroché avant qu&apos;on réponde à l&apos;appel.</translation>
    </message>
    <message>
        <source>The caller&apos;s network never confirmed the answer; the call was lost.</source>
        <translation>Le réseau de l&apos;appelant n&apos;a jamais confirmé la réponse; l&apos;appel a été perdu.</translation>
    </message>
    <message>
        <source>The caller hung up.</source>
        <translation>L&apos;appelant a raccroché.</translation>
    </message>
    <message>
        <source>No callback number was available to assert on the call.</source>
        <translation>Aucun numéro de rappel n&apos;était disponible à affirmer sur l&apos;appel.</translation>
    </message>
    <message>
        <source>The call went without a location: {reason}.</source>
        <translation>L&apos;appel est parti sans emplacement : {reason}.</translation>
    </message>
    <message>
        <source>no location is known yet</source>
        <translation>aucun emplacement n&apos;est encore connu</translation>
    </message>
    <message>
        <source>This softphone ignored a SIP request from an address that is not its proxy, registrar or a trusted peer. If PSAP callbacks or other calls come from another address, add it to carrier.sip.trusted_peers.</source>
        <translation>Ce téléphone logiciel a ignoré une requête SIP venant d&apos;une adresse qui n&apos;est ni son proxy, ni son serveur d&apos;enregistrement, ni un pair de confiance. Si les rappels du centre d&apos;urgence ou d&apos;autres appels viennent d&apos;une autre adresse, ajoutez-la à carrier.sip.trusted_peers.</translation>
    </message>
    <message>
        <source>The SIP carrier hit an internal error ({error}); the call may need to be placed again.</source>
        <translation>Le fournisseur SIP a rencontré une erreur interne ({error}); il faudra peut-être refaire l&apos;appel.</translation>
    </message>
    <message>
        <source>The SIP route {host} cannot be found ({error}); check its name in the carrier settings and the network.</source>
        <translation>La route SIP {host} est introuvable ({error}); vérifiez son nom dans les paramètres du fournisseur et le réseau.</translation>
    </message>
    <message>
        <source>The trusted SIP peer {host} cannot be found ({error}); its calls are ignored until it can. Check carrier.sip.trusted_peers.</source>
        <translation>Le pair SIP de confiance {host} est introuvable ({error}); ses appels sont ignorés d&apos;ici à ce qu&apos;il le soit. Vérifiez carrier.sip.trusted_peers.</translation>
    </message>
    <message>
        <source>the RTP library could not be loaded ({error}); reinstall the softphone</source>
        <translation>la bibliothèque RTP n&apos;a pas pu être chargée ({error}); réinstallez le téléphone logiciel</translation>
    </message>
    <message>
        <source>the far end sent no audio description (SDP)</source>
        <translation>l&apos;autre partie n&apos;a envoyé aucune description audio (SDP)</translation>
    </message>
    <message>
        <source>the far end offered no G.722 or G.711 audio (PCMU or PCMA)</source>
        <translation>l&apos;autre partie n&apos;a offert aucun audio G.722 ou G.711 (PCMU ou PCMA)</translation>
    </message>
    <message>
        <source>no free RTP port pair on {host} between {low} and {high}</source>
        <translation>aucune paire de ports RTP libre sur {host} entre {low} et {high}</translation>
    </message>
    <message>
        <source>the call&apos;s audio is not connected</source>
        <translation>le son de l&apos;appel n&apos;est pas connecté</translation>
    </message>
    <message>
        <source>the caller sent no audio description (SDP)</source>
        <translation>l&apos;appelant n&apos;a envoyé aucune description audio (SDP)</translation>
    </message>
    <message>
        <source>the caller requires SRTP (RTP/SAVP) and carrier.sip.media_security is off</source>
        <translation>l&apos;appelant exige SRTP (RTP/SAVP) et carrier.sip.media_security est désactivé</translation>
    </message>
    <message>
        <source>the caller&apos;s SRTP keys cannot be used: {error}</source>
        <translation>les clés SRTP de l&apos;appelant ne peuvent pas être utilisées : {error}</translation>
    </message>
    <message>
        <source>no common audio codec with the caller ({error})</source>
        <translation>aucun codec audio en commun avec l&apos;appelant ({error})</translation>
    </message>
    <message>
        <source>The headset audio could not be opened ({error}); the call stays up.</source>
        <translation>Le son du casque d&apos;écoute n&apos;a pas pu être ouvert ({error}); l&apos;appel se poursuit.</translation>
    </message>
    <message>
        <source>these are not keypad tones: {digits}</source>
        <translation>ce ne sont pas des tonalités de clavier : {digits}</translation>
    </message>
    <message>
        <source>the call has no audio ({error})</source>
        <translation>l&apos;appel n&apos;a pas de son ({error})</translation>
    </message>
    <message>
        <source>the far end takes no keypad tones (its SDP offers no RFC 4733 telephone-event)</source>
        <translation>l&apos;autre partie n&apos;accepte aucune tonalité de clavier (son SDP n&apos;offre aucun telephone-event RFC 4733)</translation>
    </message>
    <message>
        <source>No SIP route is configured ({why}); set carrier.sip.proxy.</source>
        <translation>Aucune route SIP n&apos;est configurée ({why}); définissez carrier.sip.proxy.</translation>
    </message>
    <message>
        <source>No audio port could be opened ({error}); the call goes out without audio.</source>
        <translation>Aucun port audio n&apos;a pu être ouvert ({error}); l&apos;appel est fait sans son.</translation>
    </message>
    <message>
        <source>the location could not be encoded ({error})</source>
        <translation>l&apos;emplacement n&apos;a pas pu être encodé ({error})</translation>
    </message>
    <message>
        <source>could not be reached ({error})</source>
        <translation>n&apos;a pas pu être joint ({error})</translation>
    </message>
    <message>
        <source>Every configured SIP route failed (last: {failure}); call again, and if it fails again use another phone.</source>
        <translation>Toutes les routes SIP configurées ont échoué (dernière : {failure}); rappelez, et si l&apos;appel échoue encore, utilisez un autre téléphone.</translation>
    </message>
    <message>
        <source>did not answer within {seconds} s</source>
        <translation>n&apos;a pas répondu en {seconds} s</translation>
    </message>
    <message>
        <source>{route} {what}; trying {next}.</source>
        <translation>{route} {what}; on essaie maintenant {next}.</translation>
    </message>
    <message>
        <source>{route} {what}; no other route is configured.</source>
        <translation>{route} {what}; aucune autre route n&apos;est configurée.</translation>
    </message>
    <message>
        <source>{route} {what}</source>
        <translation>{route} {what}</translation>
    </message>
    <message>
        <source>the far end answered without an SRTP key</source>
        <translation>l&apos;autre partie a répondu sans clé SRTP</translation>
    </message>
    <message>
        <source>answered with SRTP that cannot be used ({error})</source>
        <translation>a répondu avec un SRTP inutilisable ({error})</translation>
    </message>
    <message>
        <source>{route} {what}.</source>
        <translation>{route} {what}.</translation>
    </message>
    <message>
        <source>The emergency call is connected but has no audio: {route} answered with SRTP that cannot be used ({error}). Stay on the line; the answering point has your location and callback number.</source>
        <translation>L&apos;appel d&apos;urgence est connecté mais n&apos;a pas de son : {route} a répondu avec un SRTP inutilisable ({error}). Restez en ligne; le centre d&apos;urgence a votre emplacement et votre numéro de rappel.</translation>
    </message>
    <message>
        <source>This emergency call&apos;s audio is not encrypted: no route could do SRTP, and an emergency call is never refused for it.</source>
        <translation>Le son de cet appel d&apos;urgence n&apos;est pas chiffré : aucune route ne pouvait faire du SRTP, et un appel d&apos;urgence n&apos;est jamais refusé pour cela.</translation>
    </message>
    <message>
        <source>The number is busy.</source>
        <translation>Le numéro est occupé.</translation>
    </message>
    <message>
        <source>The far end hung up.</source>
        <translation>L&apos;autre partie a raccroché.</translation>
    </message>
    <message>
        <source>The registration test could not start ({error}).</source>
        <translation>Le test d&apos;enregistrement n&apos;a pas pu démarrer ({error}).</translation>
    </message>
    <message>
        <source>No proxy is set: enter the SIP proxy / SBC first.</source>
        <translation>Aucun proxy n&apos;est défini : entrez d&apos;abord le proxy SIP / SBC.</translation>
    </message>
    <message>
        <source>No SIP user is set: a registration needs one (trunks that authenticate by address do not register).</source>
        <translation>Aucun utilisateur SIP n&apos;est défini : un enregistrement en demande un (les troncs authentifiés par adresse ne s&apos;enregistrent pas).</translation>
    </message>
    <message>
        <source>The proxy {host} cannot be found ({error}); check its name and the network.</source>
        <translation>Le proxy {host} est introuvable ({error}); vérifiez son nom et le réseau.</translation>
    </message>
    <message>
        <source>{registrar} over {transport}</source>
        <translation>{registrar} en {transport}</translation>
    </message>
    <message>
        <source>{where} cannot be reached ({error}); check the proxy, the transport and the firewall.</source>
        <translation>{where} est injoignable ({error}); vérifiez le proxy, le transport et le pare-feu.</translation>
    </message>
    <message>
        <source>{where} did not answer within {seconds} s; check the proxy, the transport and the firewall.</source>
        <translation>{where} n&apos;a pas répondu en {seconds} s; vérifiez le proxy, le transport et le pare-feu.</translation>
    </message>
    <message>
        <source>Registered as {user} with {where}, then removed the test registration.</source>
        <translation>Enregistré comme {user} auprès de {where}, puis l&apos;enregistrement d&apos;essai a été retiré.</translation>
    </message>
    <message>
        <source>{where} refused the password ({status}); check the SIP user and type the password again.</source>
        <translation>{where} a refusé le mot de passe ({status}); vérifiez l&apos;utilisateur SIP et tapez de nouveau le mot de passe.</translation>
    </message>
    <message>
        <source>{where} wants a password ({status}); type it in SIP password.</source>
        <translation>{where} demande un mot de passe ({status}); tapez-le dans Mot de passe SIP.</translation>
    </message>
    <message>
        <source>{where} answered {status}.</source>
        <translation>{where} a répondu {status}.</translation>
    </message>
    <message>
        <source>SIP carrier settings complete</source>
        <translation>Paramètres du fournisseur SIP complets</translation>
    </message>
    <message>
        <source>All settings needed to place calls are set.</source>
        <translation>Tous les paramètres nécessaires pour faire des appels sont définis.</translation>
    </message>
    <message>
        <source>Open the carrier settings and fill in what is named.</source>
        <translation>Ouvrez les paramètres du fournisseur et remplissez ce qui est indiqué.</translation>
    </message>
    <message>
        <source>Emergency route</source>
        <translation>Route d&apos;urgence</translation>
    </message>
    <message>
        <source>Set carrier.sip.proxy (or the calling-plan proxy).</source>
        <translation>Définissez carrier.sip.proxy (ou le proxy du forfait d&apos;appels).</translation>
    </message>
    <message>
        <source>the SBC {host}</source>
        <translation>le SBC {host}</translation>
    </message>
    <message>
        <source>the fallback SBC {host}</source>
        <translation>le SBC de secours {host}</translation>
    </message>
    <message>
        <source>the calling-plan proxy {host}</source>
        <translation>le proxy du forfait d&apos;appels {host}</translation>
    </message>
    <message>
        <source>The SBC {host}</source>
        <translation>Le SBC {host}</translation>
    </message>
    <message>
        <source>The fallback SBC {host}</source>
        <translation>Le SBC de secours {host}</translation>
    </message>
    <message>
        <source>The calling-plan proxy {host}</source>
        <translation>Le proxy du forfait d&apos;appels {host}</translation>
    </message>
    <message>
        <source>the agent has a calling-plan number</source>
        <translation>l&apos;agent a un numéro de forfait d&apos;appels</translation>
    </message>
    <message>
        <source>no direct-routing rule matches the number</source>
        <translation>aucune règle de routage direct ne correspond au numéro</translation>
    </message>
    <message>
        <source>the direct-routing rule {pattern} matches</source>
        <translation>la règle de routage direct {pattern} correspond</translation>
    </message>
    <message>
        <source>the agent has a direct-routing number</source>
        <translation>l&apos;agent a un numéro en routage direct</translation>
    </message>
    <message>
        <source>Emergency route: none — {why}.</source>
        <translation>Route d&apos;urgence : aucune — {why}.</translation>
    </message>
    <message>
        <source>{routes}, then {route}</source>
        <translation>{routes}, puis {route}</translation>
    </message>
    <message>
        <source>Emergency route: direct offer via {routes} ({why}).</source>
        <translation>Route d&apos;urgence : offre directe par {routes} ({why}).</translation>
    </message>
    <message>
        <source>Emergency route: direct routing via {routes} ({why}).</source>
        <translation>Route d&apos;urgence : routage direct par {routes} ({why}).</translation>
    </message>
    <message>
        <source>a malformed a=crypto line (RFC 4568 wants: tag suite inline:key)</source>
        <translation>une ligne a=crypto mal formée (la RFC 4568 demande : tag suite inline:key)</translation>
    </message>
    <message>
        <source>the crypto suite {suite} is not supported (supported: {supported})</source>
        <translation>la suite de chiffrement {suite} n&apos;est pas prise en charge (prises en charge : {supported})</translation>
    </message>
    <message>
        <source>the {suite} key is not given inline (RFC 4568 §6.1)</source>
        <translation>la clé {suite} n&apos;est pas donnée inline (RFC 4568 §6.1)</translation>
    </message>
    <message>
        <source>the {suite} key has an MKI, which is not supported</source>
        <translation>la clé {suite} a un MKI, ce qui n&apos;est pas pris en charge</translation>
    </message>
    <message>
        <source>the {suite} key is not valid base64</source>
        <translation>la clé {suite} n&apos;est pas du base64 valide</translation>
    </message>
    <message>
        <source>the {suite} key is {length} bytes long, not {expected}</source>
        <translation>la clé {suite} fait {length} octets, et non {expected}</translation>
    </message>
    <message>
        <source>the far end answered without an a=crypto key</source>
        <translation>l&apos;autre partie a répondu sans clé a=crypto</translation>
    </message>
    <message>
        <source>the far end&apos;s a=crypto answer (tag {tag}, {suite}) matches nothing offered</source>
        <translation>la réponse a=crypto de l&apos;autre partie (tag {tag}, {suite}) ne correspond à rien de ce qui a été offert</translation>
    </message>
    <message>
        <source>the offer has no a=crypto key</source>
        <translation>l&apos;offre n&apos;a aucune clé a=crypto</translation>
    </message>
    <message>
        <source>The CA file {file} cannot be used to verify the SIP proxy ({error}); fix carrier.sip.tls_ca_file or empty it to use the system&apos;s certificate authorities.</source>
        <translation>Le fichier d&apos;AC {file} ne peut pas servir à vérifier le proxy SIP ({error}); corrigez carrier.sip.tls_ca_file ou videz-le pour utiliser les autorités de certification du système.</translation>
    </message>
    <message>
        <source>The TLS listener&apos;s key password cannot be read: {error}</source>
        <translation>Le mot de passe de la clé de l&apos;écoute TLS ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <source>The TLS key {file} is encrypted and no password is stored as {secret}: store it in the keyring (see the README), or use an unencrypted key.</source>
        <translation>La clé TLS {file} est chiffrée et aucun mot de passe n&apos;est enregistré sous {secret} : enregistrez-le dans le trousseau (voir le README), ou utilisez une clé non chiffrée.</translation>
    </message>
    <message>
        <source>the key does not belong to the certificate</source>
        <translation>la clé n&apos;appartient pas au certificat</translation>
    </message>
    <message>
        <source>the password stored as {secret} does not open the key</source>
        <translation>le mot de passe enregistré sous {secret} n&apos;ouvre pas la clé</translation>
    </message>
    <message>
        <source>they are not a PEM certificate and key ({error})</source>
        <translation>ce ne sont pas un certificat et une clé PEM ({error})</translation>
    </message>
    <message>
        <source>The TLS listener cannot use its certificate: {error}. Fix carrier.sip.tls_certificate_file and carrier.sip.tls_key_file.</source>
        <translation>L&apos;écoute TLS ne peut pas utiliser son certificat : {error}. Corrigez carrier.sip.tls_certificate_file et carrier.sip.tls_key_file.</translation>
    </message>
    <message>
        <source>The TLS certificate or key cannot be read ({error}); fix carrier.sip.tls_certificate_file and carrier.sip.tls_key_file.</source>
        <translation>Le certificat ou la clé TLS ne peut pas être lu ({error}); corrigez carrier.sip.tls_certificate_file et carrier.sip.tls_key_file.</translation>
    </message>
    <message>
        <source>The CA file {file} cannot be used to check callers&apos; certificates ({error}); fix carrier.sip.tls_ca_file.</source>
        <translation>Le fichier d&apos;AC {file} ne peut pas servir à vérifier les certificats des appelants ({error}); corrigez carrier.sip.tls_ca_file.</translation>
    </message>
</context>
<context>
    <name>SipSettings</name>
    <message>
        <source>SIP password</source>
        <translation>Mot de passe SIP</translation>
    </message>
    <message>
        <source>A password for {name} is stored in the system keyring.</source>
        <translation>Un mot de passe pour {name} est enregistré dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No password is stored yet for {name}; type it here if the carrier asks for one (digest authentication).</source>
        <translation>Aucun mot de passe n&apos;est encore enregistré pour {name}; tapez-le ici si le fournisseur en demande un (authentification digest).</translation>
    </message>
    <message>
        <source>No SIP user is set, so no password is used (trunks that authenticate by address). Set carrier.sip.user first if the carrier wants one.</source>
        <translation>Aucun utilisateur SIP n&apos;est défini; aucun mot de passe n&apos;est donc utilisé (liaisons authentifiées par adresse). Définissez d&apos;abord carrier.sip.user si le fournisseur en veut un.</translation>
    </message>
    <message>
        <source>Test registration</source>
        <translation>Tester l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Register once with these settings (nothing is saved) and remove the test registration again.</source>
        <translation>S&apos;enregistrer une fois avec ces paramètres (rien n&apos;est enregistré sur le poste) et retirer ensuite l&apos;enregistrement d&apos;essai.</translation>
    </message>
    <message>
        <source>Registration test result</source>
        <translation>Résultat de l&apos;essai d&apos;enregistrement</translation>
    </message>
    <message>
        <source>Fix the SIP settings marked in red first; the test uses the values shown here.</source>
        <translation>Corrigez d&apos;abord les paramètres SIP en rouge; l&apos;essai utilise les valeurs affichées ici.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>The SIP password cannot be read: {error}</source>
        <translation>Le mot de passe SIP ne peut pas être lu : {error}</translation>
    </message>
    <message>
        <source>The registration test failed unexpectedly ({error}); see the log.</source>
        <translation>L&apos;essai d&apos;enregistrement a échoué de façon inattendue ({error}); voir le journal.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Spoken prompts are unavailable: the pyttsx3 package is missing (reinstall the softphone).</source>
        <translation>Les messages vocaux ne sont pas disponibles : le paquet pyttsx3 est absent (réinstallez le téléphone logiciel).</translation>
    </message>
    <message>
        <source>The speech engine produced an unexpected audio format.</source>
        <translation>Le moteur vocal a produit un format audio inattendu.</translation>
    </message>
    <message>
        <source>Spoken prompts are unavailable ({error}): install espeak-ng (Debian: {command}).</source>
        <translation>Les messages vocaux ne sont pas disponibles ({error}) : installez espeak-ng (Debian : {command}).</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database file was damaged; it was erased and a new one was started (presence and history start empty).</source>
        <translation>Le fichier de base de données était endommagé; il a été effacé et un nouveau a été créé (la présence et l&apos;historique repartent à vide).</translation>
    </message>
    <message>
        <source>Cannot write to {path} ({error}). Presence, the callback lease and call history are kept in memory only until the softphone restarts: make the profile folder writable. Calls are not affected.</source>
        <translation>Impossible d&apos;écrire dans {path} ({error}). La présence, la réservation du numéro de rappel et l&apos;historique des appels ne sont gardés en mémoire que jusqu&apos;au redémarrage du téléphone logiciel : rendez le dossier du profil accessible en écriture. Les appels ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Could not save to {path} ({error}); check that the profile folder is writable and the disk is not full.</source>
        <translation>Impossible d&apos;enregistrer dans {path} ({error}); vérifiez que le dossier du profil est accessible en écriture et que le disque n&apos;est pas plein.</translation>
    </message>
    <message>
        <source>it is damaged and could not be erased: {error}</source>
        <translation>il est endommagé et n&apos;a pas pu être effacé : {error}</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>line {line}: {end} closes a {start} that was never opened</source>
        <translation>ligne {line} : {end} ferme une balise {start} qui n&apos;a jamais été ouverte</translation>
    </message>
    <message>
        <source>line {line}: {end} comes before the {start} opened on line {opened} is closed; add {missing} first</source>
        <translation>ligne {line} : {end} arrive avant la fermeture de la balise {start} ouverte à la ligne {opened}; ajoutez d&apos;abord {missing}</translation>
    </message>
    <message>
        <source>line {line}: {start} is never closed; add {end}</source>
        <translation>ligne {line} : la balise {start} n&apos;est jamais fermée; ajoutez {end}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>Corps HTML</translation>
    </message>
    <message>
        <source>Plain-text body</source>
        <translation>Corps en texte brut</translation>
    </message>
    <message>
        <source>{part}, line {line}</source>
        <translation>{part}, ligne {line}</translation>
    </message>
    <message>
        <source>{where}: {token} is not a placeholder; write a name such as {example}</source>
        <translation>{where} : {token} n&apos;est pas un espace réservé; écrivez un nom comme {example}</translation>
    </message>
    <message>
        <source>{where}: unknown placeholder {placeholder}{suggestion}</source>
        <translation>{where} : espace réservé inconnu {placeholder}{suggestion}</translation>
    </message>
    <message>
        <source>{where}: {start} is not closed; end the placeholder with {end}</source>
        <translation>{where} : {start} n&apos;est pas fermé; terminez l&apos;espace réservé par {end}</translation>
    </message>
    <message>
        <source>{where}: {end} has no opening {start}</source>
        <translation>{where} : {end} n&apos;a pas de {start} d&apos;ouverture</translation>
    </message>
    <message>
        <source>{part}: must not be empty</source>
        <translation>{part} : ne doit pas être vide</translation>
    </message>
    <message>
        <source>; did you mean {placeholder}?</source>
        <translation>; vouliez-vous dire {placeholder}?</translation>
    </message>
    <message>
        <source>; the placeholders are listed beside the editor</source>
        <translation>; les espaces réservés sont énumérés à côté de l&apos;éditeur</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Presence</source>
        <translation>Présence</translation>
    </message>
    <message>
        <source>Dial…</source>
        <translation>Composer…</translation>
    </message>
    <message>
        <source>Show Softphone</source>
        <translation>Afficher le téléphone logiciel</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Presence: {status} (emergency call)</source>
        <translation>Présence : {status} (appel d&apos;urgence)</translation>
    </message>
    <message>
        <source>Presence: {status}</source>
        <translation>Présence : {status}</translation>
    </message>
    <message>
        <source>Softphone: {status}</source>
        <translation>Téléphone logiciel : {status}</translation>
    </message>
    <message>
        <source>Callback mode: {number}, {time}</source>
        <translation>Mode rappel : {number}, {time}</translation>
    </message>
    <message>
        <source>Callback mode, {time}</source>
        <translation>Mode rappel, {time}</translation>
    </message>
    <message>
        <source>{time} (paused)</source>
        <translation>{time} (en pause)</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} restant</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Composer</translation>
    </message>
    <message>
        <source>Number or tel: link:</source>
        <translation>Numéro ou lien tel: :</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Appeler</translation>
    </message>
</context>
</TS>
