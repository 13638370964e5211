<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en_US">
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
        <translation>Gade</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Husnummer</translation>
    </message>
    <message>
        <source>Floor / room</source>
        <translation>Etage / lokale</translation>
    </message>
    <message>
        <source>City</source>
        <translation>By</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Stat / region</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Postnummer</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>five digits such as {example}</source>
        <translation>fem cifre som {example}</translation>
    </message>
    <message>
        <source>letter-digit-letter digit-letter-digit such as {example}</source>
        <translation>bogstav-ciffer-bogstav ciffer-bogstav-ciffer som {example}</translation>
    </message>
    <message>
        <source>four digits such as {example}</source>
        <translation>fire cifre som {example}</translation>
    </message>
    <message>
        <source>a UK postcode such as {example}</source>
        <translation>et britisk postnummer som {example}</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} skal udfyldes.</translation>
    </message>
    <message>
        <source>Country must be a two-letter code such as US, GB or DK.</source>
        <translation>Land skal være en kode på to bogstaver som US, GB eller DK.</translation>
    </message>
    <message>
        <source>State / region is required in this country.</source>
        <translation>Stat / region skal udfyldes i dette land.</translation>
    </message>
    <message>
        <source>Postcode is required in this country.</source>
        <translation>Postnummer skal udfyldes i dette land.</translation>
    </message>
    <message>
        <source>Postcode &apos;{postcode}&apos; is not valid here: use {form}.</source>
        <translation>Postnummeret &apos;{postcode}&apos; er ikke gyldigt her: brug {form}.</translation>
    </message>
    <message>
        <source>The address cannot be confirmed: {problems}</source>
        <translation>Adressen kan ikke bekræftes: {problems}</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>e.g. 3rd floor, room 301</source>
        <translation>f.eks. 3. sal, lokale 301</translation>
    </message>
    <message>
        <source>Confirm address</source>
        <translation>Bekræft adresse</translation>
    </message>
    <message>
        <source>Please complete the marked fields.</source>
        <translation>Udfyld de markerede felter.</translation>
    </message>
    <message>
        <source>Confirm where you are</source>
        <translation>Bekræft, hvor du er</translation>
    </message>
    <message>
        <source>Confirm the address where you are working now, so an answering point can send help to you.</source>
        <translation>Bekræft adressen, hvor du arbejder nu, så en alarmcentral kan sende hjælp til dig.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Senere</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot create the profile folder {folder}: {error}. Nothing will be saved.</source>
        <translation>Kan ikke oprette profilmappen {folder}: {error}. Intet vil blive gemt.</translation>
    </message>
    <message>
        <source>The workstation&apos;s networks could not be read ({error}); the callback site is chosen without them.</source>
        <translation>Arbejdsstationens netværk kunne ikke læses ({error}); stedet for genopkaldsnummeret vælges uden dem.</translation>
    </message>
    <message>
        <source>{error}. Command-line control is unavailable.</source>
        <translation>{error}. Kontrol fra kommandolinjen er ikke tilgængelig.</translation>
    </message>
    <message>
        <source>Audio devices</source>
        <translation>Lydenheder</translation>
    </message>
    <message>
        <source>An emergency call is up: end it before quitting the softphone.</source>
        <translation>Et nødopkald er i gang: afslut det, før du lukker softphonen.</translation>
    </message>
</context>
<context>
    <name>Assistant</name>
    <message>
        <source>Welcome</source>
        <translation>Velkommen</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Hvor du er</translation>
    </message>
    <message>
        <source>Headset</source>
        <translation>Headset</translation>
    </message>
    <message>
        <source>What your admin still has to set</source>
        <translation>Hvad din administrator mangler at angive</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Testopkald</translation>
    </message>
    <message>
        <source>Set up the softphone</source>
        <translation>Opsæt softphonen</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>Opsætningstrin</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Nummer der skal ringes til</translation>
    </message>
    <message>
        <source>A number to call now, 911 in an emergency</source>
        <translation>Et nummer at ringe til nu, 112 i en nødsituation</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ring op</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Tilbage</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Næste</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Call &amp;now:</source>
        <translation>Ring op &amp;nu:</translation>
    </message>
    <message>
        <source>The set-up assistant will open again at the next start: {error}</source>
        <translation>Opsætningsguiden åbner igen ved næste start: {error}</translation>
    </message>
    <message>
        <source>Welcome to the softphone</source>
        <translation>Velkommen til softphonen</translation>
    </message>
    <message>
        <source>A few minutes to be ready for an emergency call: confirm where you are, test your headset, see what your admin still has to set, and make a test call.</source>
        <translation>Et par minutter for at være klar til et nødopkald: bekræft, hvor du er, test dit headset, se hvad din administrator mangler at angive, og foretag et testopkald.</translation>
    </message>
    <message>
        <source>Emergency numbers work at any time, also while this assistant is open: type one in the number field of the main window, or in the field at the bottom of this window, and it is dialled at once.</source>
        <translation>Nødnumre virker altid, også mens denne guide er åben: skriv et i nummerfeltet i hovedvinduet eller i feltet nederst i dette vindue, så ringes det op med det samme.</translation>
    </message>
    <message>
        <source>You can close the assistant whenever you like and open it again from the readiness panel (the emergency calling sign in the status bar).</source>
        <translation>Du kan lukke guiden, når du vil, og åbne den igen fra parathedspanelet (nødopkaldsmærket i statuslinjen).</translation>
    </message>
    <message>
        <source>The answering point receives this address with every emergency call, so help can be sent to you. Check it, complete it (floor and room help responders find you inside the building) and confirm it.</source>
        <translation>Alarmcentralen modtager denne adresse med hvert nødopkald, så der kan sendes hjælp til dig. Kontrollér den, udfyld den (etage og lokale hjælper redningsfolk med at finde dig i bygningen), og bekræft den.</translation>
    </message>
    <message>
        <source>Your headset</source>
        <translation>Dit headset</translation>
    </message>
    <message>
        <source>Plug in your headset and pick it below. Press Play test tone: you should hear a short beep. Then speak: the microphone level should move. Your choice is remembered and used again whenever the headset is plugged in.</source>
        <translation>Tilslut dit headset, og vælg det nedenfor. Tryk på Afspil testtone: du bør høre et kort bip. Tal derefter: mikrofonniveauet bør bevæge sig. Dit valg huskes og bruges igen, hver gang headsettet tilsluttes.</translation>
    </message>
    <message>
        <source>Audio devices cannot be chosen on this computer; calls still go out.</source>
        <translation>Lydenheder kan ikke vælges på denne computer; opkald går stadig ud.</translation>
    </message>
    <message>
        <source>Your admin has set up everything emergency calling needs from this softphone.</source>
        <translation>Din administrator har sat alt op, som nødopkald fra denne softphone kræver.</translation>
    </message>
    <message>
        <source>These are not set yet. Emergency numbers are still dialled, but until they are fixed help may not reach you as it should:</source>
        <translation>Disse er ikke angivet endnu. Nødnumre ringes stadig op, men indtil de er rettet, når hjælpen måske ikke frem til dig, som den skal:</translation>
    </message>
    <message>
        <source>Who to ask: {contact}</source>
        <translation>Hvem du kan spørge: {contact}</translation>
    </message>
    <message>
        <source>Who to ask: your supervisor or IT department. (Your admin can put their name here: Settings › Agent › Who to ask.)</source>
        <translation>Hvem du kan spørge: din leder eller IT-afdeling. (Din administrator kan skrive sit navn her: Indstillinger › Agent › Hvem du kan spørge.)</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Ring til {number}</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Læg på</translation>
    </message>
    <message>
        <source>A test call</source>
        <translation>Et testopkald</translation>
    </message>
    <message>
        <source>933 is the address test line in the United States: a free call, not an emergency call, that reads back the number and the address an answering point would receive from you. Listen, and check that both are right.</source>
        <translation>933 er adressetestlinjen i USA: et gratis opkald, ikke et nødopkald, der læser nummeret og adressen op, som en alarmcentral ville modtage fra dig. Lyt, og kontrollér, at begge er rigtige.</translation>
    </message>
    <message>
        <source>The 933 test line exists in the United States and Puerto Rico only, so there is nothing to call from here. Your admin can tell you how emergency calls are tested where you work.</source>
        <translation>Testlinjen 933 findes kun i USA og Puerto Rico, så der er intet at ringe til herfra. Din administrator kan fortælle dig, hvordan nødopkald testes, der hvor du arbejder.</translation>
    </message>
    <message>
        <source>The test call was not placed; the main window says why.</source>
        <translation>Testopkaldet blev ikke foretaget; hovedvinduet siger hvorfor.</translation>
    </message>
    <message>
        <source>Calling the test line…</source>
        <translation>Ringer til testlinjen…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Ringer…</translation>
    </message>
    <message>
        <source>Connected: listen to what the test line read back.</source>
        <translation>Forbundet: lyt til det, testlinjen læste op.</translation>
    </message>
    <message>
        <source>The test call has ended.</source>
        <translation>Testopkaldet er afsluttet.</translation>
    </message>
    <message>
        <source>The test call failed: {reason}</source>
        <translation>Testopkaldet mislykkedes: {reason}</translation>
    </message>
    <message>
        <source>The test line said: “{words}”</source>
        <translation>Testlinjen sagde: „{words}“</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Højttaler</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Ringetone</translation>
    </message>
    <message>
        <source>No audio devices found. Calls still go out, but without sound on this computer: plug in a headset, or check that the sound system is running.</source>
        <translation>Der blev ikke fundet nogen lydenheder. Opkald går stadig ud, men uden lyd på denne computer: sæt et headset i, eller kontrollér, at lydsystemet kører.</translation>
    </message>
    <message>
        <source>The audio devices have not been listed yet.</source>
        <translation>Lydenhederne er ikke blevet fundet endnu.</translation>
    </message>
    <message>
        <source>Microphone available</source>
        <translation>Mikrofon til rådighed</translation>
    </message>
    <message>
        <source>Speaker available</source>
        <translation>Højttaler til rådighed</translation>
    </message>
    <message>
        <source>Using &apos;{device}&apos;.</source>
        <translation>Bruger „{device}“.</translation>
    </message>
    <message>
        <source>Plug in a headset, or check that the sound system runs.</source>
        <translation>Sæt et headset i, eller kontrollér, at lydsystemet kører.</translation>
    </message>
    <message>
        <source>{fix} The softphone notices within {seconds} s once it answers again.</source>
        <translation>{fix} Softphonen opdager det inden for {seconds} s, når det svarer igen.</translation>
    </message>
    <message>
        <source>The sound system does not answer new starts: the devices in use keep working, devices plugged in now are not seen. {fix}</source>
        <translation>Lydsystemet svarer ikke på nye start: enhederne i brug virker stadig, men enheder, der sættes i nu, bliver ikke set. {fix}</translation>
    </message>
    <message>
        <source>The sound system answers new starts again.</source>
        <translation>Lydsystemet svarer på nye start igen.</translation>
    </message>
    <message>
        <source>this softphone (process {pid})</source>
        <translation>denne softphone (proces {pid})</translation>
    </message>
    <message>
        <source>{name} (process {pid})</source>
        <translation>{name} (proces {pid})</translation>
    </message>
    <message>
        <source>Running programs use the JACK lock in {folder}, so the softphone leaves it alone: close {programs}.</source>
        <translation>Kørende programmer bruger JACK-låsen i {folder}, så softphonen lader den være: luk {programs}.</translation>
    </message>
    <message>
        <source>{fix} Then restart the softphone: PortAudio cannot be restarted inside it.</source>
        <translation>{fix} Genstart derefter softphonen: PortAudio kan ikke genstartes inde i den.</translation>
    </message>
    <message>
        <source>The sound system answers again.</source>
        <translation>Lydsystemet svarer igen.</translation>
    </message>
    <message>
        <source>it is no longer listed by the sound system</source>
        <translation>lydsystemet viser den ikke længere</translation>
    </message>
    <message>
        <source>it stopped working</source>
        <translation>den holdt op med at virke</translation>
    </message>
    <message>
        <source>Audio device &apos;{device}&apos; stopped working.</source>
        <translation>Lydenheden „{device}“ holdt op med at virke.</translation>
    </message>
    <message>
        <source>{role}: back on &apos;{device}&apos;.</source>
        <translation>{role}: tilbage på „{device}“.</translation>
    </message>
    <message>
        <source>{rate} Hz does not divide into 20 ms frames; use a rate that is a multiple of 50 Hz such as 8000, 16000, 44100 or 48000</source>
        <translation>{rate} Hz kan ikke deles i rammer på 20 ms; brug en frekvens, der er et multiplum af 50 Hz, f.eks. 8000, 16000, 44100 eller 48000</translation>
    </message>
    <message>
        <source>it failed to open</source>
        <translation>den kunne ikke åbnes</translation>
    </message>
    <message>
        <source>{why}; using &apos;{device}&apos; instead.</source>
        <translation>{why}; bruger „{device}“ i stedet.</translation>
    </message>
    <message>
        <source>Microphone &apos;{device}&apos; is not connected</source>
        <translation>Mikrofonen „{device}“ er ikke tilsluttet</translation>
    </message>
    <message>
        <source>Speaker &apos;{device}&apos; is not connected</source>
        <translation>Højttaleren „{device}“ er ikke tilsluttet</translation>
    </message>
    <message>
        <source>Ringer &apos;{device}&apos; is not connected</source>
        <translation>Ringeenheden „{device}“ er ikke tilsluttet</translation>
    </message>
    <message>
        <source>Microphone &apos;{device}&apos; cannot be used ({why})</source>
        <translation>Mikrofonen „{device}“ kan ikke bruges ({why})</translation>
    </message>
    <message>
        <source>Speaker &apos;{device}&apos; cannot be used ({why})</source>
        <translation>Højttaleren „{device}“ kan ikke bruges ({why})</translation>
    </message>
    <message>
        <source>Ringer &apos;{device}&apos; cannot be used ({why})</source>
        <translation>Ringeenheden „{device}“ kan ikke bruges ({why})</translation>
    </message>
    <message>
        <source>The system default microphone &apos;{device}&apos; cannot be used ({why})</source>
        <translation>Systemets standardmikrofon „{device}“ kan ikke bruges ({why})</translation>
    </message>
    <message>
        <source>The system default speaker &apos;{device}&apos; cannot be used ({why})</source>
        <translation>Systemets standardhøjttaler „{device}“ kan ikke bruges ({why})</translation>
    </message>
    <message>
        <source>The system default ringer &apos;{device}&apos; cannot be used ({why})</source>
        <translation>Systemets standardringeenhed „{device}“ kan ikke bruges ({why})</translation>
    </message>
    <message>
        <source>There is no other microphone to use{detail}: calls still connect, but the other party hears silence. {fix}</source>
        <translation>Der er ingen anden mikrofon at bruge{detail}: opkald forbindes stadig, men den anden part hører stilhed. {fix}</translation>
    </message>
    <message>
        <source>{why}, and there is no other microphone to use{detail}: calls still connect, but the other party hears silence. {fix}</source>
        <translation>{why}, og der er ingen anden mikrofon at bruge{detail}: opkald forbindes stadig, men den anden part hører stilhed. {fix}</translation>
    </message>
    <message>
        <source>There is no other speaker to use{detail}: calls still connect, but you will not hear the other party. {fix}</source>
        <translation>Der er ingen anden højttaler at bruge{detail}: opkald forbindes stadig, men du kan ikke høre den anden part. {fix}</translation>
    </message>
    <message>
        <source>{why}, and there is no other speaker to use{detail}: calls still connect, but you will not hear the other party. {fix}</source>
        <translation>{why}, og der er ingen anden højttaler at bruge{detail}: opkald forbindes stadig, men du kan ikke høre den anden part. {fix}</translation>
    </message>
    <message>
        <source>There is no other ringer to use{detail}: calls still connect, but incoming calls ring on screen only. {fix}</source>
        <translation>Der er ingen anden ringeenhed at bruge{detail}: opkald forbindes stadig, men indgående opkald ringer kun på skærmen. {fix}</translation>
    </message>
    <message>
        <source>{why}, and there is no other ringer to use{detail}: calls still connect, but incoming calls ring on screen only. {fix}</source>
        <translation>{why}, og der er ingen anden ringeenhed at bruge{detail}: opkald forbindes stadig, men indgående opkald ringer kun på skærmen. {fix}</translation>
    </message>
    <message>
        <source>Plug in a headset to fix this.</source>
        <translation>Sæt et headset i for at løse det.</translation>
    </message>
    <message>
        <source>Audio device connected: {device}.</source>
        <translation>Lydenhed tilsluttet: {device}.</translation>
    </message>
    <message>
        <source>Audio device disconnected: {device}.</source>
        <translation>Lydenhed frakoblet: {device}.</translation>
    </message>
    <message>
        <source>A program killed while it started its audio probably left a stale JACK lock in {folder}: close the programs that use sound and remove that folder (rm -rf {folder}).</source>
        <translation>Et program, der blev dræbt, mens det startede sin lyd, har sandsynligvis efterladt en forældet JACK-lås i {folder}: luk de programmer, der bruger lyd, og fjern mappen (rm -rf {folder}).</translation>
    </message>
    <message>
        <source>Restart the sound system (or the computer).</source>
        <translation>Genstart lydsystemet (eller computeren).</translation>
    </message>
    <message>
        <source>The sound system did not answer within {seconds} s (PortAudio {what} did not return). Calls still go out, but without sound on this computer.</source>
        <translation>Lydsystemet svarede ikke inden for {seconds} s (PortAudio – {what} – vendte ikke tilbage). Opkald går stadig ud, men uden lyd på denne computer.</translation>
    </message>
    <message>
        <source>stream close</source>
        <translation>lukning af strøm</translation>
    </message>
    <message>
        <source>PortAudio has not been loaded yet.</source>
        <translation>PortAudio er ikke indlæst endnu.</translation>
    </message>
    <message>
        <source>PortAudio {what} did not return within {seconds} s; it is not asked again in this process</source>
        <translation>PortAudio – {what} – vendte ikke tilbage inden for {seconds} s; det bliver ikke spurgt igen i denne proces</translation>
    </message>
    <message>
        <source>start</source>
        <translation>start</translation>
    </message>
    <message>
        <source>The PortAudio library is missing ({error}). Calls still go out, but without sound on this computer: install it (Debian/Ubuntu: apt install libportaudio2).</source>
        <translation>PortAudio-biblioteket mangler ({error}). Opkald går stadig ud, men uden lyd på denne computer: installer det (Debian/Ubuntu: apt install libportaudio2).</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>genstart</translation>
    </message>
    <message>
        <source>The sound system failed to restart ({error}).</source>
        <translation>Lydsystemet kunne ikke genstarte ({error}).</translation>
    </message>
    <message>
        <source>device list</source>
        <translation>enhedsliste</translation>
    </message>
    <message>
        <source>The sound system cannot be queried ({error}).</source>
        <translation>Lydsystemet kan ikke forespørges ({error}).</translation>
    </message>
    <message>
        <source>there is no sound system to open devices with</source>
        <translation>der er intet lydsystem at åbne enheder med</translation>
    </message>
    <message>
        <source>opening &apos;{device}&apos;</source>
        <translation>åbning af „{device}“</translation>
    </message>
    <message>
        <source>&apos;{device}&apos; could not be opened ({error})</source>
        <translation>„{device}“ kunne ikke åbnes ({error})</translation>
    </message>
    <message>
        <source>&apos;{device}&apos; could not be started ({error})</source>
        <translation>„{device}“ kunne ikke startes ({error})</translation>
    </message>
    <message>
        <source>&apos;{device}&apos; refused every sample rate tried ({rates})</source>
        <translation>„{device}“ afviste alle de afprøvede samplingfrekvenser ({rates})</translation>
    </message>
    <message>
        <source>The softphone is closing.</source>
        <translation>Softphonen lukker.</translation>
    </message>
    <message>
        <source>The audio devices cannot be listed: the helper process did not start ({error}). Reinstall the softphone.</source>
        <translation>Lydenhederne kan ikke findes: hjælpeprocessen startede ikke ({error}). Installer softphonen igen.</translation>
    </message>
    <message>
        <source>The audio devices cannot be listed: the helper process ended with status {status}. Calls still go out, but without sound on this computer.</source>
        <translation>Lydenhederne kan ikke findes: hjælpeprocessen sluttede med status {status}. Opkald går stadig ud, men uden lyd på denne computer.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not create the start-at-login entry {entry}: {error}. Check that the folder is writable, or change the setting {option}.</source>
        <translation>Kunne ikke oprette posten til start ved login {entry}: {error}. Kontrollér, at der kan skrives i mappen, eller ændr indstillingen {option}.</translation>
    </message>
    <message>
        <source>Could not remove the start-at-login entry {entry}: {error}. Check that the folder is writable, or change the setting {option}.</source>
        <translation>Kunne ikke fjerne posten til start ved login {entry}: {error}. Kontrollér, at der kan skrives i mappen, eller ændr indstillingen {option}.</translation>
    </message>
    <message>
        <source>The Run registry key exists only on Windows.</source>
        <translation>Registreringsnøglen Run findes kun på Windows.</translation>
    </message>
</context>
<context>
    <name>CallbackBanner</name>
    <message>
        <source>&amp;End callback mode…</source>
        <translation>&amp;Afslut genopkaldstilstand…</translation>
    </message>
    <message>
        <source>Asks first; afterwards a call from the answering point is an ordinary call.</source>
        <translation>Spørger først; derefter er et opkald fra alarmcentralen et almindeligt opkald.</translation>
    </message>
    <message>
        <source>Callback mode</source>
        <translation>Genopkaldstilstand</translation>
    </message>
    <message>
        <source>Callback mode: the answering point can call you back on {number}</source>
        <translation>Genopkaldstilstand: alarmcentralen kan ringe dig op på {number}</translation>
    </message>
    <message>
        <source>{time} (paused during the emergency call)</source>
        <translation>{time} (sat på pause under nødopkaldet)</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} tilbage</translation>
    </message>
    <message>
        <source>End callback mode</source>
        <translation>Afslut genopkaldstilstand</translation>
    </message>
    <message>
        <source>End callback mode now? Until the countdown ends, a call from the answering point on this number rings through Do not disturb and busy lines. After you end it, it is an ordinary call.</source>
        <translation>Afslut genopkaldstilstand nu? Indtil nedtællingen er slut, ringer et opkald fra alarmcentralen på dette nummer igennem Forstyr ikke og optagne linjer. Når du har afsluttet den, er det et almindeligt opkald.</translation>
    </message>
</context>
<context>
    <name>CallbackSettings</name>
    <message>
        <source>Shared store password</source>
        <translation>Adgangskode til det fælles lager</translation>
    </message>
    <message>
        <source>A password for {name} is stored in the system keyring.</source>
        <translation>En adgangskode til {name} er gemt i systemets nøglering.</translation>
    </message>
    <message>
        <source>No password is stored yet for {name}; type the database password of the user in callback.shared_store.</source>
        <translation>Der er endnu ikke gemt nogen adgangskode til {name}; skriv databaseadgangskoden for brugeren i callback.shared_store.</translation>
    </message>
    <message>
        <source>No shared store is set (callback.shared_store), so no password is used.</source>
        <translation>Der er ikke angivet noget fælles lager (callback.shared_store), så der bruges ingen adgangskode.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sted</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbejdsstation</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Udløber</translation>
    </message>
    <message>
        <source>paused (emergency call up)</source>
        <translation>sat på pause (nødopkald i gang)</translation>
    </message>
    <message>
        <source>(default pool)</source>
        <translation>(standardpulje)</translation>
    </message>
    <message>
        <source>Live callback leases</source>
        <translation>Aktive genopkaldsreservationer</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Opdatér</translation>
    </message>
    <message>
        <source>Live callback leases (read-only):</source>
        <translation>Aktive genopkaldsreservationer (skrivebeskyttet):</translation>
    </message>
    <message>
        <source>Reading the leases…</source>
        <translation>Læser reservationerne…</translation>
    </message>
    <message numerus="yes">
        <source>%n live lease(s).</source>
        <translation>
            <numerusform>%n aktiv reservation.</numerusform>
            <numerusform>%n aktive reservationer.</numerusform>
        </translation>
    </message>
    <message>
        <source>No callback number is leased.</source>
        <translation>Intet genopkaldsnummer er reserveret.</translation>
    </message>
</context>
<context>
    <name>CallbackStore</name>
    <message>
        <source>{where} did not answer within {seconds} s</source>
        <translation>{where} svarede ikke inden for {seconds} s</translation>
    </message>
    <message>
        <source>check that the database server is up and reachable from this workstation</source>
        <translation>kontrollér, at databaseserveren kører og kan nås fra denne arbejdsstation</translation>
    </message>
    <message>
        <source>nothing accepts connections at {host}:{port}</source>
        <translation>intet modtager forbindelser på {host}:{port}</translation>
    </message>
    <message>
        <source>start the database server, or correct the host and port in {setting}</source>
        <translation>start databaseserveren, eller ret værten og porten i {setting}</translation>
    </message>
    <message>
        <source>the database refused the password of {user}</source>
        <translation>databasen afviste adgangskoden for {user}</translation>
    </message>
    <message>
        <source>store the right password in the keyring as {secret} (Settings › Emergency › Callback numbers, &apos;Shared store password&apos;)</source>
        <translation>gem den rigtige adgangskode i nøgleringen som {secret} (Indstillinger › Nødopkald › Genopkaldsnumre, „Adgangskode til det fælles lager“)</translation>
    </message>
    <message>
        <source>check the user and database name in {setting}</source>
        <translation>kontrollér brugeren og databasenavnet i {setting}</translation>
    </message>
    <message>
        <source>the TLS connection to {where} failed ({error})</source>
        <translation>TLS-forbindelsen til {where} mislykkedes ({error})</translation>
    </message>
    <message>
        <source>check the server certificate and sslrootcert in {setting}</source>
        <translation>kontrollér servercertifikatet og sslrootcert i {setting}</translation>
    </message>
    <message>
        <source>the host name {host} is not known</source>
        <translation>værtsnavnet {host} er ukendt</translation>
    </message>
    <message>
        <source>check the host in {setting}</source>
        <translation>kontrollér værten i {setting}</translation>
    </message>
    <message>
        <source>check {setting} and that the database server is running</source>
        <translation>kontrollér {setting}, og at databaseserveren kører</translation>
    </message>
    <message>
        <source>The shared callback store cannot be used: {reason}; {fix}.</source>
        <translation>Det fælles genopkaldslager kan ikke bruges: {reason}; {fix}.</translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation>nøgleringen fejlede ({error})</translation>
    </message>
    <message>
        <source>The password could not be read from the keyring: {error}</source>
        <translation>Adgangskoden kunne ikke læses fra nøgleringen: {error}</translation>
    </message>
    <message>
        <source>Connecting to the shared callback store.</source>
        <translation>Forbinder til det fælles genopkaldslager.</translation>
    </message>
    <message>
        <source>{problem} This call gives the answering point {number}, chosen in advance, without the store confirming that no other agent holds it; it is recorded when the store is back.</source>
        <translation>{problem} Dette opkald giver alarmcentralen {number}, valgt på forhånd, uden at lageret har bekræftet, at ingen anden agent har det; det registreres, når lageret er tilbage.</translation>
    </message>
    <message>
        <source>Shared callback store reachable</source>
        <translation>Det fælles genopkaldslager kan nås</translation>
    </message>
    <message>
        <source>Connected to {where}.</source>
        <translation>Forbundet til {where}.</translation>
    </message>
    <message>
        <source>Connected to {where}. The connection is not verified (sslmode={sslmode}): another host could pose as the store.</source>
        <translation>Forbundet til {where}. Forbindelsen er ikke verificeret (sslmode={sslmode}): en anden vært kunne udgive sig for at være lageret.</translation>
    </message>
    <message>
        <source>Add sslmode=verify-full and sslrootcert to callback.shared_store.</source>
        <translation>Tilføj sslmode=verify-full og sslrootcert til callback.shared_store.</translation>
    </message>
    <message>
        <source>Until it is reachable, emergency calls use the number chosen in advance or your own number. Fix callback.shared_store or the database.</source>
        <translation>Indtil det kan nås, bruger nødopkald nummeret, der er valgt på forhånd, eller dit eget nummer. Ret callback.shared_store eller databasen.</translation>
    </message>
    <message>
        <source>The shared callback store stopped working ({error}): restart the softphone. Until then emergency calls use the number chosen in advance, or your own number.</source>
        <translation>Det fælles genopkaldslager holdt op med at virke ({error}): genstart softphonen. Indtil da bruger nødopkald nummeret, der er valgt på forhånd, eller dit eget nummer.</translation>
    </message>
    <message>
        <source>The shared callback store cannot be used: {error}.</source>
        <translation>Det fælles genopkaldslager kan ikke bruges: {error}.</translation>
    </message>
    <message>
        <source>{number} was also given to an answering point by {agent} at {workstation} (chosen while the shared store could not decide in time). Callbacks to it now reach you; they are told.</source>
        <translation>{number} blev også givet til en alarmcentral af {agent} på {workstation} (valgt, mens det fælles lager ikke kunne nå at afgøre det). Genopkald til nummeret når nu dig; de får besked.</translation>
    </message>
    <message>
        <source>Your callback number {number} was given to a later emergency call by {agent} at {workstation} (every number of the pool was in use): callbacks to it now reach them, so callback mode has ended.</source>
        <translation>Dit genopkaldsnummer {number} blev givet til et senere nødopkald af {agent} på {workstation} (alle numre i puljen var i brug): genopkald til det når nu dem, så genopkaldstilstanden er afsluttet.</translation>
    </message>
    <message>
        <source>the shared callback store&apos;s schema is version {found}, newer than this softphone knows ({latest}): update the softphone on this workstation</source>
        <translation>det fælles genopkaldslagers skema er version {found}, nyere end denne softphone kender ({latest}): opdater softphonen på denne arbejdsstation</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>dialing</source>
        <translation>ringer op</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>ringer</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>i kø</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>forbundet</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>parkeret</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>afsluttet</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>mislykkedes</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>afbrudt</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Besvar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Viderestil…</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Læg på</translation>
    </message>
    <message>
        <source>The other side said</source>
        <translation>Den anden part sagde</translation>
    </message>
    <message>
        <source>Emergency callback</source>
        <translation>Genopkald fra alarmcentralen</translation>
    </message>
    <message>
        <source>Emergency call</source>
        <translation>Nødopkald</translation>
    </message>
    <message>
        <source>TEST CALL (address test line) {title}</source>
        <translation>TESTOPKALD (adressetestlinje) {title}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Genoptag</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Parkér</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Opkald</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>Ingen opkald</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Viderestil</translation>
    </message>
    <message>
        <source>Transfer the call to:</source>
        <translation>Viderestil opkaldet til:</translation>
    </message>
</context>
<context>
    <name>Carrier</name>
    <message>
        <source>The {carrier} carrier cannot put calls on hold.</source>
        <translation>Udbyderen {carrier} kan ikke parkere opkald.</translation>
    </message>
    <message>
        <source>The {carrier} carrier cannot transfer calls.</source>
        <translation>Udbyderen {carrier} kan ikke viderestille opkald.</translation>
    </message>
    <message>
        <source>The {carrier} carrier cannot send keypad tones.</source>
        <translation>Udbyderen {carrier} kan ikke sende tastetoner.</translation>
    </message>
    <message>
        <source>No carrier adapter called &apos;{name}&apos;. Set {option} to one of: {adapters}.</source>
        <translation>Der er ingen udbyderadapter, der hedder &apos;{name}&apos;. Sæt {option} til en af: {adapters}.</translation>
    </message>
    <message>
        <source>The carrier adapter &apos;{name}&apos; could not be loaded ({error}); reinstall the softphone or the adapter&apos;s package.</source>
        <translation>Udbyderadapteren &apos;{name}&apos; kunne ikke indlæses ({error}); installer softphonen eller adapterens pakke igen.</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a carrier adapter (it must subclass Carrier).</source>
        <translation>&apos;{target}&apos; er ikke en udbyderadapter (den skal nedarve fra Carrier).</translation>
    </message>
    <message>
        <source>the carrier adapter &apos;{name}&apos; set in {origin} cannot be used ({error})</source>
        <translation>udbyderadapteren &apos;{name}&apos;, der er angivet i {origin}, kan ikke bruges ({error})</translation>
    </message>
    <message>
        <source>No calls can be placed: {error} ({option} is set in {origin}.) Until this is fixed, use another phone.</source>
        <translation>Der kan ikke foretages opkald: {error} ({option} er angivet i {origin}.) Brug en anden telefon, indtil det er rettet.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Emergency calls reach an emergency service</source>
        <translation>Nødopkald når frem til en alarmcentral</translation>
    </message>
    <message>
        <source>Emergency calls go to {route}.</source>
        <translation>Nødopkald går til {route}.</translation>
    </message>
    <message>
        <source>An admin sets up the production carrier (carrier.adapter and its settings) and fixes any settings problem named; then restart the softphone.</source>
        <translation>En administrator opsætter produktionsudbyderen (carrier.adapter og dens indstillinger) og retter de nævnte indstillingsproblemer; genstart derefter softphonen.</translation>
    </message>
    <message>
        <source>Emergency calls from this softphone do not reach emergency services: use another phone.</source>
        <translation>Nødopkald fra denne softphone når ikke frem til alarmcentralen: brug en anden telefon.</translation>
    </message>
    <message>
        <source>Callback number available</source>
        <translation>Genopkaldsnummer til rådighed</translation>
    </message>
    <message>
        <source>A callback number is leased now.</source>
        <translation>Et genopkaldsnummer er reserveret nu.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in {pool}.</source>
        <translation>
            <numerusform>%n nummer i {pool}.</numerusform>
            <numerusform>%n numre i {pool}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pool: your own number will be the callback number.</source>
        <translation>Ingen pulje: dit eget nummer bliver genopkaldsnummeret.</translation>
    </message>
    <message>
        <source>Ask your admin to set callback.pool so the answering point reaches you on a dedicated number.</source>
        <translation>Bed din administrator om at angive callback.pool, så alarmcentralen kan nå dig på et dedikeret nummer.</translation>
    </message>
    <message>
        <source>No callback pool and no caller ID number.</source>
        <translation>Ingen genopkaldspulje og intet nummer til nummervisning.</translation>
    </message>
    <message>
        <source>Set callback.pool or outbound.caller_id in the admin settings.</source>
        <translation>Angiv callback.pool eller outbound.caller_id i administratorindstillingerne.</translation>
    </message>
    <message>
        <source>Outbound profile configured</source>
        <translation>Udgående profil konfigureret</translation>
    </message>
    <message>
        <source>Carrier: {carrier}; caller ID: set. Emergency calls go to {route}.</source>
        <translation>Udbyder: {carrier}; nummervisning: angivet. Nødopkald går til {route}.</translation>
    </message>
    <message>
        <source>Carrier: {carrier}; caller ID: not set. Emergency calls go to {route}.</source>
        <translation>Udbyder: {carrier}; nummervisning: ikke angivet. Nødopkald går til {route}.</translation>
    </message>
    <message>
        <source>Set outbound.caller_id (the agent&apos;s number) in the admin settings.</source>
        <translation>Angiv outbound.caller_id (agentens nummer) i administratorindstillingerne.</translation>
    </message>
    <message>
        <source>Settings files valid</source>
        <translation>Indstillingsfiler gyldige</translation>
    </message>
    <message>
        <source>The settings files have no errors.</source>
        <translation>Indstillingsfilerne har ingen fejl.</translation>
    </message>
    <message>
        <source>Correct the file named above and restart the softphone; until then each setting in error uses its default.</source>
        <translation>Ret filen nævnt ovenfor og genstart softphonen; indtil da bruger hver fejlbehæftet indstilling sin standardværdi.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>done</source>
        <translation>udført</translation>
    </message>
    <message>
        <source>refused: the softphone said why (on stderr)</source>
        <translation>afvist: softphonen sagde hvorfor (på stderr)</translation>
    </message>
    <message>
        <source>usage: the command line was wrong</source>
        <translation>brug: kommandolinjen var forkert</translation>
    </message>
    <message>
        <source>not running: no softphone runs for this profile, nothing was done</source>
        <translation>kører ikke: ingen softphone kører for denne profil, intet blev gjort</translation>
    </message>
    <message>
        <source>unreachable: the softphone could not be started or reached, nothing was done</source>
        <translation>kan ikke nås: softphonen kunne ikke startes eller nås, intet blev gjort</translation>
    </message>
    <message>
        <source>no answer: the request was sent but not confirmed; check the window</source>
        <translation>intet svar: anmodningen blev sendt, men ikke bekræftet; se vinduet</translation>
    </message>
    <message>
        <source>start the softphone (the default with no command), or bring it to the front</source>
        <translation>start softphonen (standard uden kommando), eller hent den frem</translation>
    </message>
    <message>
        <source>dial a number or a tel:/sip: link (also just: softphone tel:911); starts the softphone if needed; prints the call</source>
        <translation>ring til et nummer eller et tel:/sip:-link (også bare: softphone tel:911); starter softphonen om nødvendigt; viser opkaldet</translation>
    </message>
    <message>
        <source>end a call: the emergency call first, else the current one</source>
        <translation>afslut et opkald: nødopkaldet først, ellers det aktuelle</translation>
    </message>
    <message>
        <source>answer the ringing call</source>
        <translation>besvar opkaldet, der ringer</translation>
    </message>
    <message>
        <source>show or set presence</source>
        <translation>vis eller angiv tilstedeværelse</translation>
    </message>
    <message>
        <source>presence, calls, callback lease, readiness, problems; exit 3 if not running</source>
        <translation>tilstedeværelse, opkald, genopkaldsreservation, parathed, problemer; afslutter med 3, hvis den ikke kører</translation>
    </message>
    <message>
        <source>trainer drills on the simulated answering point: drop, callback, incoming</source>
        <translation>træningsøvelser på den simulerede alarmcentral: drop, callback, incoming</translation>
    </message>
    <message>
        <source>where this workstation is and whether emergency calling works there</source>
        <translation>hvor denne arbejdsstation er, og om nødopkald virker der</translation>
    </message>
    <message>
        <source>end callback mode now and release the callback number (as the window&apos;s End callback mode, confirmed)</source>
        <translation>afslut genopkaldstilstand nu, og frigiv genopkaldsnummeret (som vinduets Afslut genopkaldstilstand, bekræftet)</translation>
    </message>
    <message>
        <source>quit the running softphone (refused during an emergency call)</source>
        <translation>luk den kørende softphone (afvises under et nødopkald)</translation>
    </message>
    <message>
        <source>the audio devices and which are selected</source>
        <translation>lydenhederne, og hvilke der er valgt</translation>
    </message>
    <message>
        <source>the live callback leases: number, site, agent, workstation, expiry (from the shared store, if one is set; no running softphone needed)</source>
        <translation>de aktive genopkaldsreservationer: nummer, site, agent, arbejdsstation, udløb (fra det fælles lager, hvis et er angivet; ingen kørende softphone nødvendig)</translation>
    </message>
    <message>
        <source>send the emergency contacts&apos; test email; exit 0 only if delivered</source>
        <translation>send test-e-mailen til nødkontakterne; afslutter kun med 0, hvis den blev leveret</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>positionelle argumenter</translation>
    </message>
    <message>
        <source>options</source>
        <translation>tilvalg</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>brug: </translation>
    </message>
    <message>
        <source>{program}: error: {message}
</source>
        <translation>{program}: fejl: {message}
</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>vis denne hjælpetekst, og afslut</translation>
    </message>
    <message>
        <source>Contact-center softphone with emergency calling.</source>
        <translation>Softphone til kontaktcentre med nødopkald.</translation>
    </message>
    <message>
        <source>folder with this instance&apos;s settings and data (or ${variable})</source>
        <translation>mappe med denne instans’ indstillinger og data (eller ${variable})</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>vis versionen, og afslut</translation>
    </message>
    <message>
        <source>log debugging detail</source>
        <translation>log fejlsøgningsdetaljer</translation>
    </message>
    <message>
        <source>{text}

example: {example}</source>
        <translation>{text}

eksempel: {example}</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>maskinlæsbart output</translation>
    </message>
    <message>
        <source>start without showing the window (in the tray)</source>
        <translation>start uden at vise vinduet (i systembakken)</translation>
    </message>
    <message>
        <source>the call&apos;s id (see status)</source>
        <translation>opkaldets id (se status)</translation>
    </message>
    <message>
        <source>e.g. {statuses}</source>
        <translation>f.eks. {statuses}</translation>
    </message>
    <message>
        <source>incoming: the caller&apos;s number</source>
        <translation>incoming: den opkaldendes nummer</translation>
    </message>
    <message>
        <source>incoming: the number called</source>
        <translation>incoming: det kaldte nummer</translation>
    </message>
    <message>
        <source>incoming: marked as a PSAP callback by the carrier</source>
        <translation>incoming: markeret af udbyderen som genopkald fra alarmcentralen</translation>
    </message>
    <message>
        <source>evaluate this position instead (offline, no running softphone needed)</source>
        <translation>vurder denne position i stedet (offline, ingen kørende softphone nødvendig)</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>følgende argumenter er påkrævet: {names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {names}</source>
        <translation>ukendte argumenter: {names}</translation>
    </message>
    <message>
        <source>argument {name}: invalid choice: {value} (choose from {choices})</source>
        <translation>argument {name}: ugyldigt valg: {value} (vælg mellem {choices})</translation>
    </message>
    <message>
        <source>argument {name}: expected one argument</source>
        <translation>argument {name}: forventede ét argument</translation>
    </message>
    <message>
        <source>commands, with an example each:
{examples}

exit status:
{codes}</source>
        <translation>kommandoer, med et eksempel hver:
{examples}

afslutningsstatus:
{codes}</translation>
    </message>
    <message>
        <source>The softphone stopped while taking the call; dialling again on a new one.</source>
        <translation>Softphonen stoppede, mens den tog imod opkaldet; ringer op igen fra en ny instans.</translation>
    </message>
    <message>
        <source>No softphone is running for this profile.</source>
        <translation>Ingen softphone kører for denne profil.</translation>
    </message>
    <message>
        <source>Softphone: not running</source>
        <translation>Softphone: kører ikke</translation>
    </message>
    <message>
        <source>No softphone is running for this profile; start it with {start} (or dial: {dial} starts it).</source>
        <translation>Ingen softphone kører for denne profil; start den med {start} (eller ring op: {dial} starter den).</translation>
    </message>
    <message>
        <source>The softphone could not start (exit status {code}); its log says why ({logs}).</source>
        <translation>Softphonen kunne ikke starte (afslutningsstatus {code}); dens log siger hvorfor ({logs}).</translation>
    </message>
    <message>
        <source>The softphone did not start within {seconds} s; its log says why ({logs}).</source>
        <translation>Softphonen startede ikke inden for {seconds} s; dens log siger hvorfor ({logs}).</translation>
    </message>
    <message>
        <source>The softphone refused the command.</source>
        <translation>Softphonen afviste kommandoen.</translation>
    </message>
    <message>
        <source>The softphone did not confirm that the carrier has the call; check its window.</source>
        <translation>Softphonen bekræftede ikke, at udbyderen har opkaldet; se dens vindue.</translation>
    </message>
    <message>
        <source>The softphone (process {pid}) said it would quit but still runs after {seconds} s.</source>
        <translation>Softphonen (proces {pid}) sagde, at den ville lukke, men kører stadig efter {seconds} s.</translation>
    </message>
    <message>
        <source>Presence: {status} (locked: emergency call)</source>
        <translation>Tilstedeværelse: {status} (låst: nødopkald)</translation>
    </message>
    <message>
        <source>Presence: {status}</source>
        <translation>Tilstedeværelse: {status}</translation>
    </message>
    <message>
        <source>Carrier: {carrier}</source>
        <translation>Udbyder: {carrier}</translation>
    </message>
    <message>
        <source>Call {id}: {call} {remote} — {state}</source>
        <translation>Opkald {id}: {call} {remote} — {state}</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(afbrudt)</translation>
    </message>
    <message numerus="yes">
        <source>Callback mode: {number}, %n minute(s) left (paused)</source>
        <translation>
            <numerusform>Genopkaldstilstand: {number}, %n minut tilbage (på pause)</numerusform>
            <numerusform>Genopkaldstilstand: {number}, %n minutter tilbage (på pause)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Callback mode: {number}, %n minute(s) left</source>
        <translation>
            <numerusform>Genopkaldstilstand: {number}, %n minut tilbage</numerusform>
            <numerusform>Genopkaldstilstand: {number}, %n minutter tilbage</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEJL</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problem: {problem}</translation>
    </message>
    <message>
        <source>outgoing call</source>
        <translation>udgående opkald</translation>
    </message>
    <message>
        <source>outgoing emergency call</source>
        <translation>udgående nødopkald</translation>
    </message>
    <message>
        <source>outgoing test call</source>
        <translation>udgående testopkald</translation>
    </message>
    <message>
        <source>incoming call</source>
        <translation>indgående opkald</translation>
    </message>
    <message>
        <source>emergency callback</source>
        <translation>genopkald fra alarmcentralen</translation>
    </message>
    <message>
        <source>incoming test call</source>
        <translation>indgående testopkald</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <source>The softphone closed the connection ({error}).</source>
        <translation>Softphonen lukkede forbindelsen ({error}).</translation>
    </message>
    <message>
        <source>The running softphone did not answer in time; check its window before trying again.</source>
        <translation>Den kørende softphone svarede ikke i tide; se dens vindue, før du prøver igen.</translation>
    </message>
    <message>
        <source>The connection to the softphone broke ({error}); check its window before trying again.</source>
        <translation>Forbindelsen til softphonen blev afbrudt ({error}); se dens vindue, før du prøver igen.</translation>
    </message>
    <message>
        <source>The softphone closed the connection without answering; check its window before trying again.</source>
        <translation>Softphonen lukkede forbindelsen uden at svare; se dens vindue, før du prøver igen.</translation>
    </message>
    <message>
        <source>The control socket answered something that is not the softphone&apos;s protocol; check the softphone&apos;s window.</source>
        <translation>Kontrolsocketen svarede noget, der ikke er softphonens protokol; se softphonens vindue.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be {types}, not true/false.</source>
        <translation>&apos;{name}&apos; skal være {types}, ikke true/false.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be {types}, not {found}.</source>
        <translation>&apos;{name}&apos; skal være {types}, ikke {found}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is longer than {count} characters.</source>
        <translation>&apos;{name}&apos; er længere end {count} tegn.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>tekst</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true eller false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>et heltal</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} eller {second}</translation>
    </message>
    <message>
        <source>Malformed request: expected {shape}.</source>
        <translation>Forkert udformet anmodning: forventede {shape}.</translation>
    </message>
    <message>
        <source>Unknown command &apos;{command}&apos;. Known: {known}.</source>
        <translation>Ukendt kommando &apos;{command}&apos;. Kendte: {known}.</translation>
    </message>
    <message>
        <source>Malformed request: &apos;args&apos; must be an object.</source>
        <translation>Forkert udformet anmodning: &apos;args&apos; skal være et objekt.</translation>
    </message>
    <message>
        <source>Wrong arguments for &apos;{command}&apos;: {error}</source>
        <translation>Forkerte argumenter til &apos;{command}&apos;: {error}</translation>
    </message>
    <message>
        <source>An incoming drill needs the caller&apos;s number.</source>
        <translation>En indgående øvelse kræver den opkaldendes nummer.</translation>
    </message>
    <message>
        <source>Unknown drill &apos;{name}&apos;: use {drills}.</source>
        <translation>Ukendt øvelse &apos;{name}&apos;: brug {drills}.</translation>
    </message>
    <message>
        <source>An emergency call is up: end it before ending callback mode.</source>
        <translation>Et nødopkald er i gang: afslut det, før du afslutter genopkaldstilstanden.</translation>
    </message>
    <message>
        <source>No callback number is leased.</source>
        <translation>Intet genopkaldsnummer er reserveret.</translation>
    </message>
    <message>
        <source>Callback mode ended.</source>
        <translation>Genopkaldstilstanden er afsluttet.</translation>
    </message>
    <message>
        <source>{folder} cannot be read ({error})</source>
        <translation>{folder} kan ikke læses ({error})</translation>
    </message>
    <message>
        <source>{folder} is a symbolic link</source>
        <translation>{folder} er et symbolsk link</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} er ikke en mappe</translation>
    </message>
    <message>
        <source>{folder} belongs to another user (uid {uid})</source>
        <translation>{folder} tilhører en anden bruger (uid {uid})</translation>
    </message>
    <message>
        <source>{folder} is open to other users (mode {mode})</source>
        <translation>{folder} er åben for andre brugere (tilstand {mode})</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {error}. Make the folder writable, or set {variable} to a private folder.</source>
        <translation>Kan ikke oprette {folder}: {error}. Gør det muligt at skrive i mappen, eller sæt {variable} til en privat mappe.</translation>
    </message>
    <message>
        <source>Cannot keep the softphone&apos;s control socket in {folder}: {problem}. Remove it (another account may have made it) or set {variable} to a folder only you can open.</source>
        <translation>Kan ikke placere softphonens kontrolsocket i {folder}: {problem}. Fjern den (en anden konto kan have oprettet den), eller sæt {variable} til en mappe, som kun du kan åbne.</translation>
    </message>
    <message>
        <source>The control socket&apos;s path {path} is too long for the system; set {variable} to a shorter private folder.</source>
        <translation>Kontrolsocketens sti {path} er for lang til systemet; sæt {variable} til en kortere privat mappe.</translation>
    </message>
    <message>
        <source>The softphone is quitting; the request was not carried out.</source>
        <translation>Softphonen er ved at lukke; anmodningen blev ikke udført.</translation>
    </message>
    <message>
        <source>Request too large: at most {count} bytes.</source>
        <translation>Anmodningen er for stor: højst {count} byte.</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} er ikke et tal, som JSON tillader</translation>
    </message>
    <message>
        <source>Cannot open the control socket {path}: {error}</source>
        <translation>Kan ikke åbne kontrolsocketen {path}: {error}</translation>
    </message>
    <message>
        <source>The softphone could not carry out the request (an internal error, described in its log).</source>
        <translation>Softphonen kunne ikke udføre anmodningen (en intern fejl, som er beskrevet i dens log).</translation>
    </message>
    <message>
        <source>The softphone is busy with other requests; try again.</source>
        <translation>Softphonen er optaget af andre anmodninger; prøv igen.</translation>
    </message>
    <message>
        <source>Closed: too many connections to the softphone at once.</source>
        <translation>Lukket: for mange forbindelser til softphonen på én gang.</translation>
    </message>
    <message>
        <source>Malformed request: nested too deeply.</source>
        <translation>Forkert udformet anmodning: indlejret for dybt.</translation>
    </message>
    <message>
        <source>Malformed request: not JSON ({error}).</source>
        <translation>Forkert udformet anmodning: ikke JSON ({error}).</translation>
    </message>
    <message>
        <source>Request incomplete after {seconds} s: send one JSON object on one line, ending with a newline.</source>
        <translation>Anmodningen er ufuldstændig efter {seconds} s: send ét JSON-objekt på én linje, afsluttet med et linjeskift.</translation>
    </message>
    <message>
        <source>No softphone answers at {path} ({error}).</source>
        <translation>Ingen softphone svarer på {path} ({error}).</translation>
    </message>
    <message>
        <source>The control socket {path} belongs to a process of another user (uid {uid}); nothing was sent to it. Remove the socket and start the softphone again, and tell IT: another account may be trying to intercept calls.</source>
        <translation>Kontrolsocketen {path} tilhører en proces, der ejes af en anden bruger (uid {uid}); intet blev sendt til den. Fjern socketen, og start softphonen igen, og fortæl det til IT: en anden konto prøver måske at opsnappe opkald.</translation>
    </message>
    <message>
        <source>No softphone is listening ({path} is missing or unreadable).</source>
        <translation>Ingen softphone lytter ({path} mangler eller kan ikke læses).</translation>
    </message>
    <message>
        <source>No softphone answers on {address} ({error}).</source>
        <translation>Ingen softphone svarer på {address} ({error}).</translation>
    </message>
    <message>
        <source>The answer on the control port was not signed with this user&apos;s key: another program holds the port. Nothing can be assumed about the request; check the softphone&apos;s window.</source>
        <translation>Svaret på kontrolporten var ikke signeret med denne brugers nøgle: et andet program har porten. Intet kan antages om anmodningen; se softphonens vindue.</translation>
    </message>
    <message>
        <source>Refused: the request was not signed with this user&apos;s key.</source>
        <translation>Afvist: anmodningen var ikke signeret med denne brugers nøgle.</translation>
    </message>
    <message>
        <source>Refused: the request was a replay.</source>
        <translation>Afvist: anmodningen var en gentagelse.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>United States</source>
        <translation>USA</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canada</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Storbritannien</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Danmark</translation>
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
        <translation>Softphone: uventet fejl</translation>
    </message>
    <message numerus="yes">
        <source>This happened %n time(s).</source>
        <translation>
            <numerusform>Dette skete %n gang.</numerusform>
            <numerusform>Dette skete %n gange.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong inside the softphone. It keeps running, and emergency calls still work.

{summary}{repeated}

The details are in the log in {folder}; if this happens again, send that folder to IT.</source>
        <translation>Noget gik galt i softphonen. Den kører videre, og nødopkald virker stadig.

{summary}{repeated}

Detaljerne står i loggen i {folder}; hvis det sker igen, så send den mappe til IT.</translation>
    </message>
</context>
<context>
    <name>DesktopShell</name>
    <message>
        <source>The softphone keeps running here: calls and emergency callbacks still ring. Use Quit in this menu to end it.</source>
        <translation>Softphonen kører videre her: opkald og genopkald fra alarmcentralen ringer stadig. Brug Afslut i denne menu for at afslutte den.</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>Emergency callback</source>
        <translation>Genopkald fra alarmcentralen</translation>
    </message>
    <message>
        <source>The answering point is calling you back.</source>
        <translation>Alarmcentralen ringer dig op igen.</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Højttaler</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Ringetone</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Mikrofonniveau</translation>
    </message>
    <message>
        <source>Call volume</source>
        <translation>Opkaldslydstyrke</translation>
    </message>
    <message>
        <source>Ringer volume</source>
        <translation>Ringelydstyrke</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Slå mikrofonen fra</translation>
    </message>
    <message>
        <source>Play test tone</source>
        <translation>Afspil testtone</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>{device} (not connected)</source>
        <translation>{device} (ikke tilsluttet)</translation>
    </message>
    <message>
        <source>In use: {device} ({rate} Hz)</source>
        <translation>I brug: {device} ({rate} Hz)</translation>
    </message>
    <message>
        <source>Will use: {device}</source>
        <translation>Vil bruge: {device}</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Number, or paste a tel: link</source>
        <translation>Nummer, eller indsæt et tel:-link</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Nummer der skal ringes til</translation>
    </message>
    <message>
        <source>Type or paste a number, then press Enter to call.</source>
        <translation>Skriv eller indsæt et nummer, og tryk derefter på Enter for at ringe.</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Tast {key}</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ring op</translation>
    </message>
    <message>
        <source>Call the number typed</source>
        <translation>Ring til det indtastede nummer</translation>
    </message>
</context>
<context>
    <name>DialPlan</name>
    <message>
        <source>Nothing to dial: type a number such as 911 or +15551234567.</source>
        <translation>Intet at ringe til: skriv et nummer som 112 eller +4533123456.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a phone number: use digits (and * or #), with + in front for an international number, or a tel: or sip: link.</source>
        <translation>&apos;{text}&apos; er ikke et telefonnummer: brug cifre (og * eller #), med + foran et internationalt nummer, eller et tel:- eller sip:-link.</translation>
    </message>
</context>
<context>
    <name>Drills</name>
    <message>
        <source>Drills run only on the simulated carrier; this softphone uses &apos;{carrier}&apos;, which may reach real emergency services.</source>
        <translation>Øvelser kører kun på den simulerede udbyder; denne softphone bruger &apos;{carrier}&apos;, som kan nå en rigtig alarmcentral.</translation>
    </message>
    <message>
        <source>There is no emergency call to drop: dial 911 first.</source>
        <translation>Der er intet nødopkald at afbryde: ring 112 først.</translation>
    </message>
    <message>
        <source>The answering point dropped the emergency call.</source>
        <translation>Alarmcentralen afbrød nødopkaldet.</translation>
    </message>
    <message>
        <source>The answering point is calling back.</source>
        <translation>Alarmcentralen ringer tilbage.</translation>
    </message>
    <message>
        <source>An inbound call from {caller} arrived.</source>
        <translation>Et indgående opkald fra {caller} er kommet.</translation>
    </message>
</context>
<context>
    <name>Emergency</name>
    <message>
        <source>Saving the callback number</source>
        <translation>Gemmer genopkaldsnummeret</translation>
    </message>
    <message>
        <source>Notifying your emergency contacts</source>
        <translation>Underretter dine nødkontakter</translation>
    </message>
    <message>
        <source>Putting your other calls on hold</source>
        <translation>Parkerer dine andre opkald</translation>
    </message>
    <message>
        <source>Switching presence to Do not disturb</source>
        <translation>Skifter tilstedeværelse til Forstyr ikke</translation>
    </message>
    <message>
        <source>Pausing the callback countdown</source>
        <translation>Sætter nedtællingen til genopkald på pause</translation>
    </message>
    <message>
        <source>Remembering the emergency call across a restart</source>
        <translation>Husker nødopkaldet hen over en genstart</translation>
    </message>
    <message>
        <source>Updating the emergency marker</source>
        <translation>Opdaterer nødmarkøren</translation>
    </message>
    <message>
        <source>Restoring your presence</source>
        <translation>Gendanner din tilstedeværelse</translation>
    </message>
    <message>
        <source>Starting the callback countdown</source>
        <translation>Starter nedtællingen til genopkald</translation>
    </message>
    <message>
        <source>Clearing the emergency marker</source>
        <translation>Fjerner nødmarkøren</translation>
    </message>
    <message>
        <source>Could not read the emergency marker ({error}); if an emergency call was interrupted, set your presence again after it is over.</source>
        <translation>Kunne ikke læse nødmarkøren ({error}); hvis et nødopkald blev afbrudt, så indstil din tilstedeværelse igen, når det er overstået.</translation>
    </message>
    <message>
        <source>The softphone restarted during this emergency call. If the answering point is still on the line, stay with them; press End call when the call is over.</source>
        <translation>Softphonen genstartede under dette nødopkald. Hvis alarmcentralen stadig er på linjen, så bliv hos dem; tryk på Afslut opkald, når opkaldet er slut.</translation>
    </message>
    <message>
        <source>Keeping presence on Do not disturb</source>
        <translation>Holder tilstedeværelsen på Forstyr ikke</translation>
    </message>
    <message>
        <source>{step} failed: {error}</source>
        <translation>{step} mislykkedes: {error}</translation>
    </message>
</context>
<context>
    <name>EmergencyView</name>
    <message>
        <source>Calling…</source>
        <translation>Ringer op…</translation>
    </message>
    <message>
        <source>Ringing at the answering point…</source>
        <translation>Det ringer hos alarmcentralen…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Forbundet</translation>
    </message>
    <message>
        <source>Interrupted by a restart</source>
        <translation>Afbrudt af en genstart</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Afsluttet</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Mislykkedes</translation>
    </message>
    <message>
        <source>this computer&apos;s location service</source>
        <translation>denne computers placeringstjeneste</translation>
    </message>
    <message>
        <source>the network address</source>
        <translation>netværksadressen</translation>
    </message>
    <message>
        <source>the address you confirmed</source>
        <translation>den adresse, du bekræftede</translation>
    </message>
    <message>
        <source>Emergency call in progress</source>
        <translation>Nødopkald i gang</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>Opkaldstid</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Opkaldsstatus</translation>
    </message>
    <message>
        <source>The answering point was told</source>
        <translation>Alarmcentralen fik oplyst</translation>
    </message>
    <message>
        <source>What went wrong around the call</source>
        <translation>Hvad der gik galt omkring opkaldet</translation>
    </message>
    <message>
        <source>The answering point said</source>
        <translation>Alarmcentralen sagde</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Nødkontakter</translation>
    </message>
    <message>
        <source>Headset</source>
        <translation>Headset</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Afslut opkald</translation>
    </message>
    <message>
        <source>End the emergency call</source>
        <translation>Afslut nødopkaldet</translation>
    </message>
    <message>
        <source>⚠  EMERGENCY CALLBACK IN PROGRESS  ⚠</source>
        <translation>⚠  GENOPKALD FRA ALARMCENTRALEN I GANG  ⚠</translation>
    </message>
    <message>
        <source>⚠  EMERGENCY CALL IN PROGRESS  ⚠</source>
        <translation>⚠  NØDOPKALD I GANG  ⚠</translation>
    </message>
    <message>
        <source>Your callback number: {number}</source>
        <translation>Dit genopkaldsnummer: {number}</translation>
    </message>
    <message>
        <source>Location sent: {place} (source: {source})</source>
        <translation>Placering sendt: {place} (kilde: {source})</translation>
    </message>
    <message>
        <source>Location sent: none known — tell the dispatcher where you are.</source>
        <translation>Placering sendt: ingen kendt — fortæl vagtcentralen, hvor du er.</translation>
    </message>
    <message>
        <source>From: {number}</source>
        <translation>Fra: {number}</translation>
    </message>
    <message>
        <source>Calling: {number}</source>
        <translation>Ringer til: {number}</translation>
    </message>
    <message>
        <source>Answering point: “{words}”</source>
        <translation>Alarmcentralen: „{words}“</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Hvornår</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Retning</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Varighed</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Opkaldshistorik</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Indgående</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Udgående</translation>
    </message>
</context>
<context>
    <name>InboundRouting</name>
    <message>
        <source>emergency callback from the answering point</source>
        <translation>genopkald fra alarmcentralen</translation>
    </message>
    <message>
        <source>refused by the routing rule &apos;{rule}&apos;</source>
        <translation>afvist af omstillingsreglen &apos;{rule}&apos;</translation>
    </message>
    <message>
        <source>all lines busy: queued</source>
        <translation>alle linjer optaget: sat i kø</translation>
    </message>
    <message>
        <source>all lines busy</source>
        <translation>alle linjer optaget</translation>
    </message>
    <message>
        <source>refused: presence is do not disturb</source>
        <translation>afvist: tilstedeværelse er Forstyr ikke</translation>
    </message>
    <message>
        <source>refused: presence is away</source>
        <translation>afvist: tilstedeværelse er Ikke til stede</translation>
    </message>
    <message>
        <source>refused: presence is offline</source>
        <translation>afvist: tilstedeværelse er Offline</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>ringer</translation>
    </message>
</context>
<context>
    <name>IncomingCallPrompt</name>
    <message>
        <source>Emergency callback</source>
        <translation>Genopkald fra alarmcentralen</translation>
    </message>
    <message>
        <source>⚠  EMERGENCY CALLBACK  ⚠
The answering point is calling you back.</source>
        <translation>⚠  GENOPKALD FRA ALARMCENTRALEN  ⚠
Alarmcentralen ringer dig op igen.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Indgående opkald</translation>
    </message>
    <message>
        <source>Incoming call from {number}</source>
        <translation>Indgående opkald fra {number}</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Besvar</translation>
    </message>
    <message>
        <source>Answer the call</source>
        <translation>Besvar opkaldet</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Afvis</translation>
    </message>
    <message>
        <source>Decline the call</source>
        <translation>Afvis opkaldet</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>No secure keyring is available (found {name}). Passwords cannot be stored: on Linux install and unlock a Secret Service keyring (GNOME Keyring or KWallet); on Windows and macOS the system keyring is used automatically.</source>
        <translation>Der er ingen sikker nøglering (fandt {name}). Adgangskoder kan ikke gemmes: installer og lås en Secret Service-nøglering op på Linux (GNOME Keyring eller KWallet); på Windows og macOS bruges systemets nøglering automatisk.</translation>
    </message>
    <message>
        <source>The keyring refused to read a password ({error}); unlock it and try again.</source>
        <translation>Nøgleringen nægtede at læse en adgangskode ({error}); lås den op, og prøv igen.</translation>
    </message>
    <message>
        <source>The keyring refused to store the password ({error}); unlock it and try again.</source>
        <translation>Nøgleringen nægtede at gemme adgangskoden ({error}); lås den op, og prøv igen.</translation>
    </message>
</context>
<context>
    <name>KeyringPassword</name>
    <message>
        <source>checking the keyring…</source>
        <translation>kontrollerer nøgleringen…</translation>
    </message>
    <message>
        <source>type to replace the stored password</source>
        <translation>skriv for at erstatte den gemte adgangskode</translation>
    </message>
    <message>
        <source>cannot be stored here</source>
        <translation>kan ikke gemmes her</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>The {language} translations are missing from this installation, so the softphone speaks English; reinstall it (IT: build the translations with python packaging/translations.py build).</source>
        <translation>Oversættelserne til {language} mangler i denne installation, så softphonen taler engelsk; installer den igen (IT: byg oversættelserne med python packaging/translations.py build).</translation>
    </message>
    <message>
        <source>The translations file {file} is damaged ({error}); rebuild the translations (python packaging/translations.py build).</source>
        <translation>Oversættelsesfilen {file} er beskadiget ({error}); byg oversættelserne igen (python packaging/translations.py build).</translation>
    </message>
    <message>
        <source>it is not a Qt translation file (.qm)</source>
        <translation>det er ikke en Qt-oversættelsesfil (.qm)</translation>
    </message>
    <message>
        <source>unknown message tag {tag}</source>
        <translation>ukendt meddelelsesmærke {tag}</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Systemets sprog</translation>
    </message>
    <message>
        <source>The agent&apos;s language</source>
        <translation>Agentens sprog</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The softphone is already running for this profile; it was brought to the front.</source>
        <translation>Softphonen kører allerede for denne profil; den blev hentet frem.</translation>
    </message>
    <message>
        <source>The softphone is already running for this profile.</source>
        <translation>Softphonen kører allerede for denne profil.</translation>
    </message>
    <message>
        <source>Another softphone (process {pid}) holds this profile but does not answer; end it and start again.</source>
        <translation>En anden softphone (proces {pid}) har denne profil, men svarer ikke; afslut den, og start igen.</translation>
    </message>
    <message>
        <source>{error} Starting without command-line control.</source>
        <translation>{error} Starter uden kontrol fra kommandolinjen.</translation>
    </message>
    <message>
        <source>The window could not be shown ({platform} failed); the softphone runs without one. End calls with {hangup}; check the display and restart the softphone.</source>
        <translation>Vinduet kunne ikke vises ({platform} fejlede); softphonen kører uden vindue. Afslut opkald med {hangup}; kontrollér skærmen, og start softphonen igen.</translation>
    </message>
    <message>
        <source>The window could not be shown ({error}); the softphone runs without one. End calls with {hangup}; reinstall the softphone if this persists.</source>
        <translation>Vinduet kunne ikke vises ({error}); softphonen kører uden vindue. Afslut opkald med {hangup}; geninstallér softphonen, hvis det sker igen.</translation>
    </message>
</context>
<context>
    <name>Leases</name>
    <message>
        <source>the {site} pool</source>
        <translation>puljen {site}</translation>
    </message>
    <message>
        <source>the callback pool</source>
        <translation>genopkaldspuljen</translation>
    </message>
    <message>
        <source>Every number of {pool} is in use, so this call reuses the oldest lease, {number}, until now held by {agent} at {workstation}. If the answering point of that earlier call calls back, it reaches you: answer and tell them. Ask your admin to add numbers to the pool.</source>
        <translation>Alle numre i {pool} er i brug, så dette opkald genbruger den ældste reservation, {number}, som indtil nu var hos {agent} på {workstation}. Hvis alarmcentralen fra det tidligere opkald ringer tilbage, når den dig: svar og fortæl dem det. Bed din administrator om at tilføje numre til puljen.</translation>
    </message>
    <message>
        <source>The shared callback store has not answered, so no number of {pool} could be chosen: your own number is the callback number.</source>
        <translation>Det fælles genopkaldslager har ikke svaret, så der kunne ikke vælges et nummer fra {pool}: dit eget nummer er genopkaldsnummeret.</translation>
    </message>
    <message>
        <source>No callback number pool is configured, so your own number is the callback number. Ask your admin to set callback.pool.</source>
        <translation>Der er ikke konfigureret en pulje af genopkaldsnumre, så dit eget nummer er genopkaldsnummeret. Bed din administrator om at angive callback.pool.</translation>
    </message>
    <message>
        <source>The shared callback store has not answered, so {number} was chosen here without knowing whether another agent holds it; it is recorded when the store answers. Ask your admin to set outbound.caller_id as the last resort.</source>
        <translation>Det fælles genopkaldslager har ikke svaret, så {number} blev valgt her uden at vide, om en anden agent har det; det registreres, når lageret svarer. Bed din administrator om at angive outbound.caller_id som sidste udvej.</translation>
    </message>
    <message>
        <source>No callback number is configured: the answering point cannot call back. Ask your admin to set callback.pool or outbound.caller_id.</source>
        <translation>Der er ikke konfigureret noget genopkaldsnummer: alarmcentralen kan ikke ringe tilbage. Bed din administrator om at angive callback.pool eller outbound.caller_id.</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>just now</source>
        <translation>lige nu</translation>
    </message>
    <message>
        <source>{count} s ago</source>
        <translation>for {count} s siden</translation>
    </message>
    <message>
        <source>{count} min ago</source>
        <translation>for {count} min siden</translation>
    </message>
    <message>
        <source>{count} h ago</source>
        <translation>for {count} t siden</translation>
    </message>
    <message>
        <source>Waiting for the system&apos;s first position.</source>
        <translation>Venter på systemets første position.</translation>
    </message>
    <message>
        <source>Please confirm where you are: no address is confirmed for this network.</source>
        <translation>Bekræft, hvor du er: der er ingen bekræftet adresse for dette netværk.</translation>
    </message>
    <message>
        <source>Please confirm where you are: you are about {distance} m from the address you confirmed.</source>
        <translation>Bekræft, hvor du er: du er omkring {distance} m fra den adresse, du bekræftede.</translation>
    </message>
    <message>
        <source>The system reported an impossible position; it was ignored.</source>
        <translation>Systemet meldte en umulig position; den blev ignoreret.</translation>
    </message>
    <message>
        <source>The confirmed address is kept until restart only: {error}</source>
        <translation>Den bekræftede adresse gemmes kun indtil genstart: {error}</translation>
    </message>
    <message>
        <source>Location enabled</source>
        <translation>Placering slået til</translation>
    </message>
    <message>
        <source>The system refused access to its location: location services are off or the softphone is not allowed to use them.</source>
        <translation>Systemet nægtede adgang til sin placering: placeringstjenester er slået fra, eller softphonen har ikke tilladelse til at bruge dem.</translation>
    </message>
    <message>
        <source>The system&apos;s location service stopped (turned off?).</source>
        <translation>Systemets placeringstjeneste stoppede (slået fra?).</translation>
    </message>
    <message>
        <source>The system has no position yet (no satellite, Wi-Fi or network position); still trying.</source>
        <translation>Systemet har endnu ingen position (ingen satellit-, Wi-Fi- eller netværksposition); prøver stadig.</translation>
    </message>
    <message>
        <source>The system&apos;s location service failed.</source>
        <translation>Systemets placeringstjeneste fejlede.</translation>
    </message>
    <message>
        <source>Using the system&apos;s location is turned off in the settings.</source>
        <translation>Brug af systemets placering er slået fra i indstillingerne.</translation>
    </message>
    <message>
        <source>This computer has no location service (on Linux install and start geoclue).</source>
        <translation>Denne computer har ingen placeringstjeneste (installer og start geoclue på Linux).</translation>
    </message>
    <message>
        <source>Turn on &apos;Use the system&apos;s location&apos; (location.os_positioning).</source>
        <translation>Slå &apos;Brug systemets placering&apos; til (location.os_positioning).</translation>
    </message>
    <message>
        <source>The system&apos;s location is not available.</source>
        <translation>Systemets placering er ikke tilgængelig.</translation>
    </message>
    <message>
        <source>Turn on location services for this computer and allow the softphone to use them (Windows: Settings &gt; Privacy &gt; Location; macOS: System Settings &gt; Privacy &gt; Location Services; Linux: GNOME Settings &gt; Privacy &gt; Location, geoclue).</source>
        <translation>Slå placeringstjenester til for denne computer, og tillad softphonen at bruge dem (Windows: Indstillinger &gt; Beskyttelse af personlige oplysninger &gt; Placering; macOS: Systemindstillinger &gt; Anonymitet &gt; Lokalitetstjenester; Linux: GNOME-indstillinger &gt; Privatliv &gt; Placering, geoclue).</translation>
    </message>
    <message>
        <source>System position {age} (±{accuracy} m).</source>
        <translation>Systemets position {age} (±{accuracy} m).</translation>
    </message>
    <message>
        <source>System position {age}.</source>
        <translation>Systemets position {age}.</translation>
    </message>
    <message>
        <source>Location in a supported country</source>
        <translation>Placering i et understøttet land</translation>
    </message>
    <message>
        <source>The country you are in is unknown. Emergency numbers are still dialled, but support here cannot be confirmed.</source>
        <translation>Landet, du er i, er ukendt. Nødnumre ringes stadig op, men understøttelse her kan ikke bekræftes.</translation>
    </message>
    <message>
        <source>Turn on location services, or confirm your address.</source>
        <translation>Slå placeringstjenester til, eller bekræft din adresse.</translation>
    </message>
    <message>
        <source>You appear to be in {country}, where emergency calling through this softphone is not supported. Emergency numbers are still dialled, but help may not be sent.</source>
        <translation>Du ser ud til at være i {country}, hvor nødopkald gennem denne softphone ikke understøttes. Nødnumre ringes stadig op, men der bliver måske ikke sendt hjælp.</translation>
    </message>
    <message>
        <source>Keep a local phone for emergencies while you work here.</source>
        <translation>Hav en lokal telefon til nødsituationer, mens du arbejder her.</translation>
    </message>
    <message>
        <source>{country}: emergency calling is supported.</source>
        <translation>{country}: nødopkald understøttes.</translation>
    </message>
    <message>
        <source>Address confirmed for this network</source>
        <translation>Adresse bekræftet for dette netværk</translation>
    </message>
    <message>
        <source>Confirmed {age}: {address}.</source>
        <translation>Bekræftet {age}: {address}.</translation>
    </message>
    <message>
        <source>Open the readiness panel and confirm your address (street, number, floor or room).</source>
        <translation>Åbn parathedspanelet, og bekræft din adresse (gade, nummer, etage eller lokale).</translation>
    </message>
    <message>
        <source>{latitude}, {longitude} is not a position; give decimal degrees such as {example}.</source>
        <translation>{latitude}, {longitude} er ikke en position; angiv decimalgrader som {example}.</translation>
    </message>
    <message>
        <source>Latitude {latitude} is out of range: it must be between -90 (south) and 90 (north) degrees.</source>
        <translation>Breddegraden {latitude} er uden for området: den skal være mellem -90 (syd) og 90 (nord) grader.</translation>
    </message>
    <message>
        <source>Longitude {longitude} is out of range: it must be between -180 (west) and 180 (east) degrees.</source>
        <translation>Længdegraden {longitude} er uden for området: den skal være mellem -180 (vest) og 180 (øst) grader.</translation>
    </message>
    <message>
        <source>The country boundary data cannot be loaded ({error}); reinstall the softphone.</source>
        <translation>Landegrænsedataene kan ikke indlæses ({error}); installer softphonen igen.</translation>
    </message>
    <message>
        <source>No IP-based location: the lookup service could not be reached ({status}).</source>
        <translation>Ingen IP-baseret placering: opslagstjenesten kunne ikke nås ({status}).</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>intet svar</translation>
    </message>
    <message>
        <source>No IP-based location: no answer within {seconds} s (no network?).</source>
        <translation>Ingen IP-baseret placering: intet svar inden for {seconds} s (intet netværk?).</translation>
    </message>
    <message>
        <source>No IP-based location: the lookup failed ({error}).</source>
        <translation>Ingen IP-baseret placering: opslaget mislykkedes ({error}).</translation>
    </message>
    <message>
        <source>The presentity {entity} is not a URI such as {example}.</source>
        <translation>Presentity {entity} er ikke en URI som {example}.</translation>
    </message>
    <message>
        <source>The location has neither an address nor coordinates; there is nothing to send. Confirm the address in the readiness panel.</source>
        <translation>Placeringen har hverken en adresse eller koordinater; der er intet at sende. Bekræft adressen i parathedspanelet.</translation>
    </message>
    <message>
        <source>The address&apos;s country {country} is not a two-letter ISO 3166-1 code such as {examples}; correct it in the address.</source>
        <translation>Adressens land {country} er ikke en ISO 3166-1-kode på to bogstaver som {examples}; ret det i adressen.</translation>
    </message>
    <message>
        <source>The coordinates {latitude}, {longitude} are not a position: latitude must be within −90…90 and longitude within −180…180 degrees.</source>
        <translation>Koordinaterne {latitude}, {longitude} er ikke en position: breddegraden skal være inden for −90…90 og længdegraden inden for −180…180 grader.</translation>
    </message>
    <message>
        <source>{text} is not a position: give {form} in decimal degrees, e.g. {example}.</source>
        <translation>{text} er ikke en position: angiv {form} i decimalgrader, f.eks. {example}.</translation>
    </message>
    <message>
        <source>Location unknown: no system position, no IP estimate and no confirmed address.</source>
        <translation>Placering ukendt: ingen systemposition, intet IP-skøn og ingen bekræftet adresse.</translation>
    </message>
    <message>
        <source>emergency calling supported</source>
        <translation>nødopkald understøttet</translation>
    </message>
    <message>
        <source>emergency calling NOT supported</source>
        <translation>nødopkald IKKE understøttet</translation>
    </message>
    <message>
        <source>support unknown</source>
        <translation>understøttelse ukendt</translation>
    </message>
    <message>
        <source>the system&apos;s position</source>
        <translation>systemets position</translation>
    </message>
    <message>
        <source>an estimate from the IP address</source>
        <translation>et skøn ud fra IP-adressen</translation>
    </message>
    <message>
        <source>the confirmed address</source>
        <translation>den bekræftede adresse</translation>
    </message>
    <message>
        <source>given on the command line</source>
        <translation>angivet på kommandolinjen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>{place} (source: {source}, {seconds} s old); country: {country}; {supported}.</source>
        <translation>{place} (kilde: {source}, {seconds} s gammel); land: {country}; {supported}.</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <source>Cannot write logs to {folder} ({error}); logging to the console only.</source>
        <translation>Kan ikke skrive log i {folder} ({error}); logger kun til konsollen.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>&amp;Presence:</source>
        <translation>&amp;Tilstedeværelse:</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Opkaldshistorik</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Tele&amp;fon</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afslut</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>T&amp;ræner</translation>
    </message>
    <message>
        <source>Answering point drops the emergency call</source>
        <translation>Alarmcentralen afbryder nødopkaldet</translation>
    </message>
    <message>
        <source>Answering point calls back</source>
        <translation>Alarmcentralen ringer tilbage</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Indstillinger</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Indstillinger…</translation>
    </message>
    <message>
        <source>Audio devices…</source>
        <translation>Lydenheder…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hjælp</translation>
    </message>
    <message>
        <source>Emergency calling readiness…</source>
        <translation>Parathed til nødopkald…</translation>
    </message>
    <message>
        <source>About Softphone</source>
        <translation>Om Softphone</translation>
    </message>
    <message>
        <source>Softphone {version}

Emergency numbers: libphonenumber data (Apache-2.0).
Country boundaries © OpenStreetMap contributors, available under the Open Database License (timezonefinder data).</source>
        <translation>Softphone {version}

Nødnumre: data fra libphonenumber (Apache-2.0).
Landegrænser © OpenStreetMap-bidragydere, tilgængelige under Open Database License (data fra timezonefinder).</translation>
    </message>
    <message>
        <source>Emergency call failed</source>
        <translation>Nødopkaldet mislykkedes</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Dismiss the messages</source>
        <translation>Luk meddelelserne</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Meddelelser</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>not known</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>the operating system&apos;s positioning</source>
        <translation>styresystemets placeringstjeneste</translation>
    </message>
    <message>
        <source>the network address (approximate)</source>
        <translation>netværksadressen (omtrentlig)</translation>
    </message>
    <message>
        <source>the address configured for this workstation</source>
        <translation>adressen, der er angivet for denne arbejdsstation</translation>
    </message>
    <message>
        <source>PLACED</source>
        <translation>FORETAGET</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>MISLYKKEDES</translation>
    </message>
    <message>
        <source>The call was placed: the carrier is connecting it to the emergency services, who are handling it.</source>
        <translation>Opkaldet blev foretaget: udbyderen forbinder det til alarmcentralen, som tager sig af det.</translation>
    </message>
    <message>
        <source>The call FAILED: the carrier refused it at once ({reason}). The agent was told to use another phone; make sure the emergency services are called.</source>
        <translation>Opkaldet MISLYKKEDES: udbyderen afviste det med det samme ({reason}). Agenten fik besked på at bruge en anden telefon; sørg for, at alarmcentralen bliver ringet op.</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>intet tildelt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>ukendt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>NO: emergency calling is not supported there; the call may not reach an answering point</source>
        <translation>NEJ: nødopkald understøttes ikke der; opkaldet når måske ikke frem til en alarmcentral</translation>
    </message>
</context>
<context>
    <name>NotificationTemplate</name>
    <message>
        <source>PLACED, or FAILED when the carrier refused the call at once</source>
        <translation>PLACED, eller FAILED når udbyderen afviste opkaldet med det samme</translation>
    </message>
    <message>
        <source>whether the call went out: placed, or failed and why</source>
        <translation>om opkaldet gik ud: foretaget, eller mislykkedes og hvorfor</translation>
    </message>
    <message>
        <source>the agent&apos;s name</source>
        <translation>agentens navn</translation>
    </message>
    <message>
        <source>the agent&apos;s user id</source>
        <translation>agentens bruger-id</translation>
    </message>
    <message>
        <source>the workstation&apos;s name</source>
        <translation>arbejdsstationens navn</translation>
    </message>
    <message>
        <source>when the call was placed, local time with time zone</source>
        <translation>hvornår opkaldet blev foretaget, lokal tid med tidszone</translation>
    </message>
    <message>
        <source>when the call was placed, in UTC</source>
        <translation>hvornår opkaldet blev foretaget, i UTC</translation>
    </message>
    <message>
        <source>the emergency number dialled</source>
        <translation>det nødnummer, der blev ringet til</translation>
    </message>
    <message>
        <source>the temporary callback number the answering point can call</source>
        <translation>det midlertidige genopkaldsnummer, som alarmcentralen kan ringe til</translation>
    </message>
    <message>
        <source>when the callback number&apos;s lease ends, with time zone</source>
        <translation>hvornår reservationen af genopkaldsnummeret udløber, med tidszone</translation>
    </message>
    <message>
        <source>what is wrong with the callback number, e.g. every number of the pool was in use and an earlier caller&apos;s was reused; &apos;none&apos; otherwise</source>
        <translation>hvad der er galt med genopkaldsnummeret, f.eks. at alle puljens numre var i brug, og en tidligere opkalders blev genbrugt; ellers &apos;none&apos;</translation>
    </message>
    <message>
        <source>the location in one line: address and/or coordinates</source>
        <translation>placeringen på én linje: adresse og/eller koordinater</translation>
    </message>
    <message>
        <source>the street address, if known</source>
        <translation>gadeadressen, hvis den kendes</translation>
    </message>
    <message>
        <source>latitude and longitude, if known</source>
        <translation>bredde- og længdegrad, hvis de kendes</translation>
    </message>
    <message>
        <source>how accurate the coordinates are</source>
        <translation>hvor nøjagtige koordinaterne er</translation>
    </message>
    <message>
        <source>where the location came from</source>
        <translation>hvor placeringen kom fra</translation>
    </message>
    <message>
        <source>when the location was determined, with time zone</source>
        <translation>hvornår placeringen blev fastslået, med tidszone</translation>
    </message>
    <message>
        <source>the country of the location, if known</source>
        <translation>placeringens land, hvis det kendes</translation>
    </message>
    <message>
        <source>whether emergency calling is supported in that country</source>
        <translation>om nødopkald understøttes i det land</translation>
    </message>
    <message>
        <source>who called</source>
        <translation>hvem der ringede</translation>
    </message>
    <message>
        <source>where</source>
        <translation>hvor</translation>
    </message>
    <message>
        <source>when</source>
        <translation>hvornår</translation>
    </message>
    <message>
        <source>the callback number</source>
        <translation>genopkaldsnummeret</translation>
    </message>
    <message>
        <source>whether the call went out</source>
        <translation>om opkaldet gik ud</translation>
    </message>
    <message>
        <source>add {placeholder} as text a reader sees</source>
        <translation>tilføj {placeholder} som tekst, en læser ser</translation>
    </message>
    <message>
        <source>add {placeholder}</source>
        <translation>tilføj {placeholder}</translation>
    </message>
    <message>
        <source>{part}: says nothing about {fact}; {add}. Every notification must say who called, where, when, the callback number and whether the call went out, so that the contacts can act on it.</source>
        <translation>{part}: siger intet om {fact}; {add}. Hver underretning skal sige, hvem der ringede, hvor, hvornår, genopkaldsnummeret og om opkaldet gik ud, så kontakterne kan handle på den.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>the admin settings lack the mail server (SMTP host) and the sender address</source>
        <translation>administratorindstillingerne mangler mailserveren (SMTP-vært) og afsenderadressen</translation>
    </message>
    <message>
        <source>the admin settings lack the mail server (SMTP host)</source>
        <translation>administratorindstillingerne mangler mailserveren (SMTP-vært)</translation>
    </message>
    <message>
        <source>the admin settings lack the sender address</source>
        <translation>administratorindstillingerne mangler afsenderadressen</translation>
    </message>
    <message>
        <source>No emergency contacts configured</source>
        <translation>Ingen nødkontakter konfigureret</translation>
    </message>
    <message>
        <source>Notifying emergency contacts…</source>
        <translation>Underretter nødkontakter…</translation>
    </message>
    <message>
        <source>Contacts notified</source>
        <translation>Kontakter underrettet</translation>
    </message>
    <message>
        <source>Notification pending (retrying): {reason}</source>
        <translation>Underretning afventer (prøver igen): {reason}</translation>
    </message>
    <message>
        <source>Notification could not be saved ({reason}): it is being sent from memory now and is lost if the softphone stops before it goes. Free space in the profile folder.</source>
        <translation>Underretningen kunne ikke gemmes ({reason}): den sendes nu fra hukommelsen og går tabt, hvis softphonen stopper, før den er sendt. Frigør plads i profilmappen.</translation>
    </message>
    <message>
        <source>no outbox file</source>
        <translation>ingen udbakkefil</translation>
    </message>
    <message>
        <source>No emergency contacts configured: set the Emergency Call Notification recipients</source>
        <translation>Ingen nødkontakter konfigureret: angiv modtagerne af underretningen om nødopkald</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) via {server}</source>
        <translation>
            <numerusform>%n modtager via {server}</numerusform>
            <numerusform>%n modtagere via {server}</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency contacts&apos; mailbox settings complete</source>
        <translation>Indstillinger for nødkontakternes e-mail er komplette</translation>
    </message>
    <message>
        <source>An admin completes Settings › Emergency › Contacts and template; emergency calls go out regardless.</source>
        <translation>En administrator udfylder Indstillinger › Nødopkald › Kontakter og skabelon; nødopkald går ud uanset.</translation>
    </message>
    <message>
        <source>internal error, see the log</source>
        <translation>intern fejl, se loggen</translation>
    </message>
    <message numerus="yes">
        <source>%n emergency notification(s) NOT delivered within {hours} h and erased; tell your contacts yourself</source>
        <translation>
            <numerusform>%n underretning om nødopkald blev IKKE leveret inden for {hours} t og blev slettet; fortæl selv dine kontakter det</numerusform>
            <numerusform>%n underretninger om nødopkald blev IKKE leveret inden for {hours} t og blev slettet; fortæl selv dine kontakter det</numerusform>
        </translation>
    </message>
    <message>
        <source>{recipient} refused ({why})</source>
        <translation>{recipient} afviste ({why})</translation>
    </message>
    <message>
        <source>Notification NOT delivered after {hours} h ({reason}); tell your contacts yourself</source>
        <translation>Underretningen blev IKKE leveret efter {hours} t ({reason}); fortæl selv dine kontakter det</translation>
    </message>
    <message>
        <source>no password is stored for the mail server user {user}; enter it in the admin settings</source>
        <translation>der er ikke gemt nogen adgangskode til mailserverbrugeren {user}; angiv den i administratorindstillingerne</translation>
    </message>
    <message>
        <source>the mail library could not be loaded ({error}); reinstall the softphone</source>
        <translation>mailbiblioteket kunne ikke indlæses ({error}); installer softphonen igen</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken er fuld</translation>
    </message>
    <message>
        <source>The notification outbox was damaged; it was erased (it may have held an email&apos;s details) and a new one was started. Notifications queued before may be lost: tell your contacts yourself if you placed an emergency call recently.</source>
        <translation>Udbakken for underretninger var beskadiget; den blev slettet (den kan have indeholdt oplysninger fra en e-mail), og en ny blev startet. Underretninger i kø før kan være gået tabt: fortæl selv dine kontakter det, hvis du for nylig har foretaget et nødopkald.</translation>
    </message>
    <message>
        <source>Cannot write the notification outbox {path} ({error}); notifications are kept in memory and are lost if the softphone stops before they are sent. Make the profile folder writable.</source>
        <translation>Kan ikke skrive til udbakken for underretninger {path} ({error}); underretninger gemmes i hukommelsen og går tabt, hvis softphonen stopper, før de er sendt. Gør profilmappen skrivbar.</translation>
    </message>
    <message>
        <source>the CA certificates file {file} does not exist; fix {option} in the admin settings</source>
        <translation>CA-certifikatfilen {file} findes ikke; ret {option} i administratorindstillingerne</translation>
    </message>
    <message>
        <source>the CA certificates file {file} cannot be used ({error}); it must be a PEM file of certificates</source>
        <translation>CA-certifikatfilen {file} kan ikke bruges ({error}); den skal være en PEM-fil med certifikater</translation>
    </message>
    <message>
        <source>the mail server {server} does not offer STARTTLS; choose TLS (port 465) or ask the mail admin to enable STARTTLS</source>
        <translation>mailserveren {server} tilbyder ikke STARTTLS; vælg TLS (port 465), eller bed mailadministratoren om at slå STARTTLS til</translation>
    </message>
    <message>
        <source>the mail server refused every recipient: {refused}</source>
        <translation>mailserveren afviste alle modtagere: {refused}</translation>
    </message>
    <message>
        <source>the mail server refused the user name or password ({reply}); check them in the admin settings</source>
        <translation>mailserveren afviste brugernavnet eller adgangskoden ({reply}); kontrollér dem i administratorindstillingerne</translation>
    </message>
    <message>
        <source>the mail server refused the sender address {sender} ({reply})</source>
        <translation>mailserveren afviste afsenderadressen {sender} ({reply})</translation>
    </message>
    <message>
        <source>the mail server refused the message ({reply})</source>
        <translation>mailserveren afviste beskeden ({reply})</translation>
    </message>
    <message>
        <source>the mail server {server} does not offer login (AUTH) on this connection; check the security setting, or clear the user name if it needs no login</source>
        <translation>mailserveren {server} tilbyder ikke login (AUTH) på denne forbindelse; kontrollér sikkerhedsindstillingen, eller ryd brugernavnet, hvis den ikke kræver login</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection unexpectedly</source>
        <translation>mailserveren {server} lukkede forbindelsen uventet</translation>
    </message>
    <message>
        <source>the mail server answered {reply}</source>
        <translation>mailserveren svarede {reply}</translation>
    </message>
    <message>
        <source>the certificate of the mail server {server} is not trusted ({reason}); set {option} to the company&apos;s CA or fix the host name</source>
        <translation>certifikatet for mailserveren {server} er ikke betroet ({reason}); sæt {option} til virksomhedens CA, eller ret værtsnavnet</translation>
    </message>
    <message>
        <source>the secure connection to {server} failed ({reason}); check that the security setting matches the port (STARTTLS: 587, TLS: 465)</source>
        <translation>den sikre forbindelse til {server} mislykkedes ({reason}); kontrollér, at sikkerhedsindstillingen passer til porten (STARTTLS: 587, TLS: 465)</translation>
    </message>
    <message>
        <source>the mail server name &apos;{host}&apos; cannot be found; check the host name</source>
        <translation>mailservernavnet &apos;{host}&apos; kan ikke findes; kontrollér værtsnavnet</translation>
    </message>
    <message>
        <source>{server} refused the connection; is the mail server running and the port right?</source>
        <translation>{server} afviste forbindelsen; kører mailserveren, og er porten rigtig?</translation>
    </message>
    <message>
        <source>the mail server {server} did not answer within {seconds} s</source>
        <translation>mailserveren {server} svarede ikke inden for {seconds} s</translation>
    </message>
    <message>
        <source>cannot reach the mail server {server} ({error})</source>
        <translation>kan ikke nå mailserveren {server} ({error})</translation>
    </message>
    <message>
        <source>sending failed ({error})</source>
        <translation>afsendelsen mislykkedes ({error})</translation>
    </message>
    <message>
        <source>This is a TEST of the emergency call notification. No emergency call was placed.</source>
        <translation>Dette er en TEST af underretningen om nødopkald. Der blev ikke foretaget noget nødopkald.</translation>
    </message>
    <message>
        <source>There are no recipients: set the Emergency Call Notification recipients first.</source>
        <translation>Der er ingen modtagere: angiv først modtagerne af underretningen om nødopkald.</translation>
    </message>
    <message>
        <source>The template cannot be used: {error}.</source>
        <translation>Skabelonen kan ikke bruges: {error}.</translation>
    </message>
    <message>
        <source>[TEST] {subject}</source>
        <translation>[TEST] {subject}</translation>
    </message>
    <message>
        <source>The test email was not sent: {error}.</source>
        <translation>Test-e-mailen blev ikke sendt: {error}.</translation>
    </message>
    <message>
        <source>{server} accepted the test email for {accepted} but refused {refused}.</source>
        <translation>{server} modtog test-e-mailen til {accepted}, men afviste {refused}.</translation>
    </message>
    <message>
        <source>{server} accepted the test email for {accepted}.</source>
        <translation>{server} modtog test-e-mailen til {accepted}.</translation>
    </message>
    <message>
        <source>The test email was not sent: {error}</source>
        <translation>Test-e-mailen blev ikke sendt: {error}</translation>
    </message>
    <message>
        <source>Settings: {problem}</source>
        <translation>Indstillinger: {problem}</translation>
    </message>
</context>
<context>
    <name>NotifySettings</name>
    <message>
        <source>STARTTLS (recommended)</source>
        <translation>STARTTLS (anbefalet)</translation>
    </message>
    <message>
        <source>TLS (implicit, port 465)</source>
        <translation>TLS (implicit, port 465)</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Ingen (ukrypteret)</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Adgangskode til mailserveren</translation>
    </message>
    <message>
        <source>A password is stored in the system keyring.</source>
        <translation>En adgangskode er gemt i systemets nøglering.</translation>
    </message>
    <message>
        <source>No password is stored yet; type it here if the server needs a login.</source>
        <translation>Der er endnu ikke gemt nogen adgangskode; skriv den her, hvis serveren kræver login.</translation>
    </message>
    <message>
        <source>Without encryption the notification, with the agent&apos;s location, and the password cross the network readable. Use it only on a network you trust, and prefer STARTTLS or TLS.</source>
        <translation>Uden kryptering sendes underretningen med agentens placering og adgangskoden læsbart over netværket. Brug det kun på et netværk, du stoler på, og foretræk STARTTLS eller TLS.</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Send test-e-mail</translation>
    </message>
    <message>
        <source>Test email result</source>
        <translation>Resultat af test-e-mail</translation>
    </message>
    <message>
        <source>Fix the notification settings marked in red first; the test uses the values shown here.</source>
        <translation>Ret først underretningsindstillingerne markeret med rødt; testen bruger værdierne vist her.</translation>
    </message>
    <message>
        <source>Sending to {recipients}…</source>
        <translation>Sender til {recipients}…</translation>
    </message>
    <message>
        <source>Sending to nobody…</source>
        <translation>Sender til ingen…</translation>
    </message>
    <message>
        <source>The test email was not sent: {error}</source>
        <translation>Test-e-mailen blev ikke sendt: {error}</translation>
    </message>
    <message>
        <source>The test email failed unexpectedly ({error}); see the log.</source>
        <translation>Test-e-mailen mislykkedes uventet ({error}); se loggen.</translation>
    </message>
    <message>
        <source>Preview of the HTML body</source>
        <translation>Forhåndsvisning af HTML-brødteksten</translation>
    </message>
    <message>
        <source>Preview of the plain-text body</source>
        <translation>Forhåndsvisning af brødteksten som ren tekst</translation>
    </message>
    <message>
        <source>Template bodies</source>
        <translation>Skabelonens brødtekster</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>HTML-brødtekst</translation>
    </message>
    <message>
        <source>Plain-text body</source>
        <translation>Brødtekst som ren tekst</translation>
    </message>
    <message>
        <source>Edit a copy of the shipped template</source>
        <translation>Redigér en kopi af den medfølgende skabelon</translation>
    </message>
    <message>
        <source>Use the shipped template</source>
        <translation>Brug den medfølgende skabelon</translation>
    </message>
    <message>
        <source>Empty fields use the shipped template, including its future updates.</source>
        <translation>Tomme felter bruger den medfølgende skabelon, også dens fremtidige opdateringer.</translation>
    </message>
    <message>
        <source>Set by your IT department in the fleet settings file.</source>
        <translation>Angivet af din IT-afdeling i den fælles indstillingsfil.</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Pladsholdere</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor of the body shown.</source>
        <translation>Dobbeltklik for at indsætte ved markøren i den viste brødtekst.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Forhåndsvisning</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Ren tekst</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Pladsholdere (dobbeltklik for at indsætte):</translation>
    </message>
    <message>
        <source>Preview with sample values:</source>
        <translation>Forhåndsvisning med eksempelværdier:</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Ingen forhåndsvisning: {error}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Emne: {subject}</translation>
    </message>
</context>
<context>
    <name>OptionEditors</name>
    <message>
        <source>{adapter} (not installed)</source>
        <translation>{adapter} (ikke installeret)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Ikke angivet</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Tilføj</translation>
    </message>
    <message>
        <source>Add a row at the end</source>
        <translation>Tilføj en række til sidst</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Fjern</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Fjern den valgte række</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Flyt op</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Flyt den valgte række op</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Flyt ned</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Flyt den valgte række ned</translation>
    </message>
    <message>
        <source>Nobody will be notified.</source>
        <translation>Ingen får besked.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s): {addresses}</source>
        <translation>
            <numerusform>%n modtager: {addresses}</numerusform>
            <numerusform>%n modtagere: {addresses}</numerusform>
        </translation>
    </message>
    <message>
        <source>{recipients}. Listed more than once (each gets one email): {duplicates}.</source>
        <translation>{recipients}. Angivet mere end én gang (hver får én e-mail): {duplicates}.</translation>
    </message>
    <message>
        <source>{recipients}.</source>
        <translation>{recipients}.</translation>
    </message>
    <message>
        <source>{description}
Written as in settings.toml: {form}</source>
        <translation>{description}
Skrives som i settings.toml: {form}</translation>
    </message>
    <message>
        <source>this is not a value as settings.toml writes it ({error}); expected {form}</source>
        <translation>dette er ikke en værdi, som settings.toml skriver den ({error}); forventet {form}</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Agent name</source>
        <translation>Agentens navn</translation>
    </message>
    <message>
        <source>The agent&apos;s full name, used in notifications.</source>
        <translation>Agentens fulde navn, bruges i underretninger.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Bruger-id</translation>
    </message>
    <message>
        <source>The agent&apos;s user id; empty means the operating-system login name.</source>
        <translation>Agentens bruger-id; tom betyder styresystemets login-navn.</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Arbejdsstation</translation>
    </message>
    <message>
        <source>A name for this workstation; empty means the host name.</source>
        <translation>Et navn til denne arbejdsstation; tom betyder værtsnavnet.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Where the agent works when no location is known; drives which numbers are emergency numbers.</source>
        <translation>Hvor agenten arbejder, når ingen placering kendes; afgør, hvilke numre der er nødnumre.</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>Hvem du kan spørge</translation>
    </message>
    <message>
        <source>Who agents ask about what only an admin can set: a name, a phone extension or an email address, shown by the set-up assistant beside what is missing.</source>
        <translation>Hvem agenter spørger om det, kun en administrator kan angive: et navn, et lokalnummer eller en e-mailadresse, vist af opsætningsguiden ved siden af det, der mangler.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>The language of the window, its messages and the command line: en_US, da_DK, fr_CA or es_PR; empty follows the system&apos;s language. A change applies at once, during a call too.</source>
        <translation>Sproget i vinduet, dets meddelelser og kommandolinjen: en_US, da_DK, fr_CA eller es_PR; tom følger systemets sprog. En ændring gælder med det samme, også under et opkald.</translation>
    </message>
    <message>
        <source>Caller ID number</source>
        <translation>Nummer til nummervisning</translation>
    </message>
    <message>
        <source>The agent&apos;s own number: presented on outgoing calls, and the callback number of last resort when the callback pool is empty.</source>
        <translation>Agentens eget nummer: vises ved udgående opkald og er genopkaldsnummeret i sidste instans, når genopkaldspuljen er tom.</translation>
    </message>
    <message>
        <source>a carrier adapter name such as simulated</source>
        <translation>navnet på en udbyderadapter, f.eks. simulated</translation>
    </message>
    <message>
        <source>Carrier adapter</source>
        <translation>Udbyderadapter</translation>
    </message>
    <message>
        <source>Which carrier adapter places calls, by entry-point name (group `softphone.carriers`).</source>
        <translation>Hvilken udbyderadapter der foretager opkald, angivet ved entry-point-navn (gruppen `softphone.carriers`).</translation>
    </message>
    <message>
        <source>up to two digits, such as 9</source>
        <translation>højst to cifre, f.eks. 9</translation>
    </message>
    <message>
        <source>Outside-line prefix</source>
        <translation>Præfiks for udgående linje</translation>
    </message>
    <message>
        <source>Digits dialled to reach an outside line (e.g. 9). Emergency numbers work with and without it (Kari&apos;s Law).</source>
        <translation>Cifre, der tastes for at få en udgående linje (f.eks. 9). Nødnumre virker både med og uden (Kari&apos;s Law).</translation>
    </message>
    <message>
        <source>Simulated answer delay (s)</source>
        <translation>Simuleret svarforsinkelse (s)</translation>
    </message>
    <message>
        <source>Seconds the simulated answering point rings before it answers.</source>
        <translation>Sekunder, den simulerede alarmcentral ringer, før den svarer.</translation>
    </message>
    <message>
        <source>Simulated spoken greeting</source>
        <translation>Simuleret talt velkomst</translation>
    </message>
    <message>
        <source>Whether the simulated answering point speaks its greeting (pyttsx3/espeak-ng).</source>
        <translation>Om den simulerede alarmcentral siger sin velkomst højt (pyttsx3/espeak-ng).</translation>
    </message>
    <message>
        <source>Simulated carrier can hold</source>
        <translation>Simuleret udbyder kan parkere</translation>
    </message>
    <message>
        <source>Whether the simulated carrier supports hold; without it, other calls are ended when an emergency call starts.</source>
        <translation>Om den simulerede udbyder understøtter parkering; uden den afsluttes andre opkald, når et nødopkald starter.</translation>
    </message>
    <message>
        <source>SIP transport</source>
        <translation>SIP-transport</translation>
    </message>
    <message>
        <source>How SIP travels to the proxy: udp, tcp, or tls (TLS verifies the proxy&apos;s certificate against the system&apos;s or the configured CA file).</source>
        <translation>Hvordan SIP sendes til proxyen: udp, tcp eller tls (TLS kontrollerer proxyens certifikat mod systemets eller den angivne CA-fil).</translation>
    </message>
    <message>
        <source>SIP proxy / SBC</source>
        <translation>SIP-proxy / SBC</translation>
    </message>
    <message>
        <source>The primary proxy or session border controller; direct-routing calls go here first.</source>
        <translation>Den primære proxy eller session border controller; opkald via direkte routing går hertil først.</translation>
    </message>
    <message>
        <source>Fallback SBC</source>
        <translation>Reserve-SBC</translation>
    </message>
    <message>
        <source>A second SBC tried when the primary fails or does not answer in time.</source>
        <translation>En anden SBC, der prøves, når den primære fejler eller ikke svarer i tide.</translation>
    </message>
    <message>
        <source>Calling-plan (direct offer) proxy</source>
        <translation>Proxy for opkaldsplan (direkte tilbud)</translation>
    </message>
    <message>
        <source>The provider&apos;s own proxy for calling-plan numbers; the last fallback of a direct-routing call, and the path of a calling-plan call.</source>
        <translation>Udbyderens egen proxy til numre med opkaldsplan; den sidste reserve for et opkald via direkte routing og vejen for et opkald med opkaldsplan.</translation>
    </message>
    <message>
        <source>a SIP domain such as trunk.example.com</source>
        <translation>et SIP-domæne, f.eks. trunk.example.com</translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation>SIP-domæne</translation>
    </message>
    <message>
        <source>The domain of the SIP account: in From, To and the Request-URI.</source>
        <translation>SIP-kontoens domæne: i From, To og Request-URI.</translation>
    </message>
    <message>
        <source>a SIP user name</source>
        <translation>et SIP-brugernavn</translation>
    </message>
    <message>
        <source>SIP user</source>
        <translation>SIP-bruger</translation>
    </message>
    <message>
        <source>The SIP account&apos;s user name; its password is read from the keyring as `sip:&lt;user&gt;@&lt;domain&gt;`. Empty for trunks that authenticate by IP address.</source>
        <translation>SIP-kontoens brugernavn; adgangskoden læses fra nøgleringen som `sip:&lt;user&gt;@&lt;domain&gt;`. Tom for trunks, der godkender via IP-adresse.</translation>
    </message>
    <message>
        <source>Register with the proxy</source>
        <translation>Registrér hos proxyen</translation>
    </message>
    <message>
        <source>Send REGISTER to the proxy so that it knows where to send inbound calls; trunks that authenticate by IP address need no registration.</source>
        <translation>Send REGISTER til proxyen, så den ved, hvor indgående opkald skal sendes hen; trunks, der godkender via IP-adresse, behøver ingen registrering.</translation>
    </message>
    <message>
        <source>Registration interval (s)</source>
        <translation>Registreringsinterval (s)</translation>
    </message>
    <message>
        <source>How long a registration lasts before it is refreshed.</source>
        <translation>Hvor længe en registrering varer, før den fornyes.</translation>
    </message>
    <message>
        <source>Emergency Request-URI</source>
        <translation>Request-URI for nødopkald</translation>
    </message>
    <message>
        <source>How an emergency call addresses the answering point: `number@domain` (sip:911@domain), `tel` (tel:911) or `urn:service:sos` (RFC 5031).</source>
        <translation>Hvordan et nødopkald adresserer alarmcentralen: `number@domain` (sip:911@domain), `tel` (tel:911) eller `urn:service:sos` (RFC 5031).</translation>
    </message>
    <message>
        <source>Callback identity header</source>
        <translation>Header for genopkaldsidentitet</translation>
    </message>
    <message>
        <source>Where an emergency call asserts the callback number: a P-Asserted-Identity header, or the From header.</source>
        <translation>Hvor et nødopkald angiver genopkaldsnummeret: en P-Asserted-Identity-header eller From-headeren.</translation>
    </message>
    <message>
        <source>Send Priority: emergency</source>
        <translation>Send Priority: emergency</translation>
    </message>
    <message>
        <source>Whether emergency calls carry a `Priority: emergency` header.</source>
        <translation>Om nødopkald har en `Priority: emergency`-header.</translation>
    </message>
    <message>
        <source>Route answer timeout (s)</source>
        <translation>Svartidsgrænse for rute (s)</translation>
    </message>
    <message>
        <source>How long a proxy may stay silent after an INVITE before the next route is tried.</source>
        <translation>Hvor længe en proxy må tie efter en INVITE, før den næste rute prøves.</translation>
    </message>
    <message>
        <source>Agent number kind</source>
        <translation>Type af agentnummer</translation>
    </message>
    <message>
        <source>Whether the agent&apos;s number is a direct-routing number (through the SBC), a calling-plan number (the provider&apos;s direct offer), or the account has both.</source>
        <translation>Om agentens nummer er et nummer med direkte routing (via SBC&apos;en), et nummer med opkaldsplan (udbyderens direkte tilbud), eller om kontoen har begge.</translation>
    </message>
    <message>
        <source>Direct-routing numbers</source>
        <translation>Numre med direkte routing</translation>
    </message>
    <message>
        <source>With both number kinds: dialled numbers (globs such as `+1*` or `911`) that go through direct routing; everything else, emergency calls included, takes the calling-plan path.</source>
        <translation>Med begge nummertyper: kaldte numre (mønstre som `+1*` eller `911`), der går via direkte routing; alt andet, nødopkald inklusive, tager vejen via opkaldsplanen.</translation>
    </message>
    <message>
        <source>an IP address of this computer</source>
        <translation>en IP-adresse på denne computer</translation>
    </message>
    <message>
        <source>Local SIP address</source>
        <translation>Lokal SIP-adresse</translation>
    </message>
    <message>
        <source>The address this softphone binds and advertises; empty picks the one that reaches the proxy.</source>
        <translation>Adressen, som denne softphone binder til og annoncerer; tom vælger den, der når proxyen.</translation>
    </message>
    <message>
        <source>Local SIP port</source>
        <translation>Lokal SIP-port</translation>
    </message>
    <message>
        <source>The port inbound SIP arrives on (0 picks a free one).</source>
        <translation>Porten, som indgående SIP ankommer på (0 vælger en ledig).</translation>
    </message>
    <message>
        <source>TLS CA file</source>
        <translation>TLS-CA-fil</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to verify the proxy with; empty uses the system&apos;s.</source>
        <translation>En PEM-fil med certifikatudstedere, som proxyen kontrolleres mod; tom bruger systemets.</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>TLS-certifikatfil</translation>
    </message>
    <message>
        <source>With the tls transport: a PEM certificate (chain) for this softphone; when set, it also listens for TLS on the local SIP port, so a trunk can send calls (PSAP callbacks) without a registration.</source>
        <translation>Med transporten tls: et PEM-certifikat (kæde) til denne softphone; når det er angivet, lytter den også efter TLS på den lokale SIP-port, så en trunk kan sende opkald (alarmcentralens genopkald) uden registrering.</translation>
    </message>
    <message>
        <source>TLS key file</source>
        <translation>TLS-nøglefil</translation>
    </message>
    <message>
        <source>The PEM private key of the TLS certificate; if it is encrypted, its password is read from the keyring as `sip-tls-key:&lt;this path&gt;`.</source>
        <translation>TLS-certifikatets private PEM-nøgle; er den krypteret, læses adgangskoden fra nøgleringen som `sip-tls-key:&lt;this path&gt;`.</translation>
    </message>
    <message>
        <source>Media security (SRTP)</source>
        <translation>Mediesikkerhed (SRTP)</translation>
    </message>
    <message>
        <source>`required`: offer SRTP only (RTP/SAVP) and leave a route that cannot do it for the next; an emergency call&apos;s last route may still go plain, with a warning. `preferred`: offer SRTP keys on plain RTP/AVP and encrypt when the far end takes them. `off`: plain RTP.</source>
        <translation>`required`: tilbyd kun SRTP (RTP/SAVP), og forlad en rute, der ikke kan det, til fordel for den næste; et nødopkalds sidste rute kan stadig gå ukrypteret, med en advarsel. `preferred`: tilbyd SRTP-nøgler på almindelig RTP/AVP, og kryptér, når modparten tager imod dem. `off`: almindelig RTP.</translation>
    </message>
    <message>
        <source>Trusted SIP peers</source>
        <translation>Betroede SIP-modparter</translation>
    </message>
    <message>
        <source>Addresses, networks (`192.0.2.0/24`) or host names that may call this softphone besides the proxies and the registrar, e.g. a trunk that sends PSAP callbacks. Requests from anywhere else are ignored.</source>
        <translation>Adresser, netværk (`192.0.2.0/24`) eller værtsnavne, der må ringe til denne softphone ud over proxyerne og registratoren, f.eks. en trunk, der sender alarmcentralens genopkald. Forespørgsler fra alle andre steder ignoreres.</translation>
    </message>
    <message>
        <source>Ring timeout (s)</source>
        <translation>Ringetid (s)</translation>
    </message>
    <message>
        <source>How long an inbound call may ring unanswered before the caller is told to try later (480).</source>
        <translation>Hvor længe et indgående opkald må ringe ubesvaret, før den, der ringer, får besked om at prøve senere (480).</translation>
    </message>
    <message>
        <source>Callback number pool</source>
        <translation>Pulje af genopkaldsnumre</translation>
    </message>
    <message>
        <source>Numbers that can be leased to an agent as a temporary emergency callback number.</source>
        <translation>Numre, der kan reserveres til en agent som midlertidigt genopkaldsnummer ved nødopkald.</translation>
    </message>
    <message>
        <source>Callback lease (minutes)</source>
        <translation>Genopkaldsreservation (minutter)</translation>
    </message>
    <message>
        <source>How long a callback number stays leased after an emergency call.</source>
        <translation>Hvor længe et genopkaldsnummer forbliver reserveret efter et nødopkald.</translation>
    </message>
    <message>
        <source>Sites and their callback numbers</source>
        <translation>Steder og deres genopkaldsnumre</translation>
    </message>
    <message>
        <source>Where agents work: each site&apos;s civic address (its numbers are registered with it at the carrier), its callback pool and optionally the networks that identify it. An agent draws from the pool of the site they are at (confirmed address, else network), else from callback.pool.</source>
        <translation>Hvor agenterne arbejder: hvert steds adresse (dets numre er registreret med den hos udbyderen), dets genopkaldspulje og eventuelt de netværk, der kendetegner det. En agent får et nummer fra puljen for det sted, agenten er på (bekræftet adresse, ellers netværk), ellers fra callback.pool.</translation>
    </message>
    <message>
        <source>Shared callback store</source>
        <translation>Fælles genopkaldslager</translation>
    </message>
    <message>
        <source>PostgreSQL connection URI of the contact center&apos;s callback-number registry, shared by every agent (the password is kept in the keyring); empty keeps the leases on this workstation only.</source>
        <translation>PostgreSQL-forbindelses-URI til kontaktcentrets register over genopkaldsnumre, fælles for alle agenter (adgangskoden gemmes i nøgleringen); tom holder reservationerne på denne arbejdsstation alene.</translation>
    </message>
    <message>
        <source>Unassigned callback route</source>
        <translation>Rute for ikke-tildelte genopkald</translation>
    </message>
    <message>
        <source>Where a call to a pool number that no agent holds goes, e.g. the security desk (written to the shared store for the SIP proxy&apos;s routing).</source>
        <translation>Hvor et opkald til et puljenummer, som ingen agent har, går hen, f.eks. sikkerhedsskranken (skrives til det fælles lager til SIP-proxyens routing).</translation>
    </message>
    <message>
        <source>Callback claim deadline (ms)</source>
        <translation>Frist for at få et genopkaldsnummer (ms)</translation>
    </message>
    <message>
        <source>How long an emergency call may wait for the shared store to hand out a number before it goes out with the number chosen in advance.</source>
        <translation>Hvor længe et nødopkald må vente på, at det fælles lager udleverer et nummer, før det går ud med det nummer, der er valgt på forhånd.</translation>
    </message>
    <message>
        <source>Concurrent calls</source>
        <translation>Samtidige opkald</translation>
    </message>
    <message>
        <source>How many calls the agent can have at once; a PSAP callback is never refused by it.</source>
        <translation>Hvor mange opkald agenten kan have på én gang; et genopkald fra alarmcentralen afvises aldrig på grund af det.</translation>
    </message>
    <message>
        <source>Queue calls when busy</source>
        <translation>Sæt opkald i kø ved optaget</translation>
    </message>
    <message>
        <source>Hold inbound calls in a queue while at capacity instead of refusing them.</source>
        <translation>Hold indgående opkald i kø, mens kapaciteten er opbrugt, i stedet for at afvise dem.</translation>
    </message>
    <message>
        <source>Queue timeout (s)</source>
        <translation>Kø-tidsgrænse (s)</translation>
    </message>
    <message>
        <source>How long a queued inbound call waits for a free line before it is refused.</source>
        <translation>Hvor længe et indgående opkald i kø venter på en ledig linje, før det afvises.</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Routingregler</translation>
    </message>
    <message>
        <source>Inbound rules by caller number, first match wins; a PSAP callback bypasses them.</source>
        <translation>Regler for indgående opkald efter den kaldendes nummer, første match gælder; et genopkald fra alarmcentralen går uden om dem.</translation>
    </message>
    <message>
        <source>Custom statuses</source>
        <translation>Egne statusser</translation>
    </message>
    <message>
        <source>Extra presence statuses the agent can pick, such as Lunch or Training.</source>
        <translation>Ekstra tilstedeværelsesstatusser, som agenten kan vælge, f.eks. Frokost eller Kursus.</translation>
    </message>
    <message>
        <source>Use the system&apos;s location</source>
        <translation>Brug systemets placering</translation>
    </message>
    <message>
        <source>Ask the operating system where the workstation is (Location Services, geoclue).</source>
        <translation>Spørg styresystemet, hvor arbejdsstationen er (Lokalitetstjenester, geoclue).</translation>
    </message>
    <message>
        <source>Location refresh (minutes)</source>
        <translation>Opdatering af placering (minutter)</translation>
    </message>
    <message>
        <source>How often the position is refreshed in the background; also on every network change.</source>
        <translation>Hvor ofte positionen opdateres i baggrunden; også ved hver netværksændring.</translation>
    </message>
    <message>
        <source>Oldest usable fix (minutes)</source>
        <translation>Ældste brugbare position (minutter)</translation>
    </message>
    <message>
        <source>A system position older than this is no longer used; the next fallback is.</source>
        <translation>En systemposition, der er ældre end dette, bruges ikke længere; den næste reserve bruges i stedet.</translation>
    </message>
    <message>
        <source>Estimate location from the IP address</source>
        <translation>Anslå placering ud fra IP-adressen</translation>
    </message>
    <message>
        <source>When the system has no position, ask an IP geolocation service (needs a network; gives up after 2 s).</source>
        <translation>Når systemet ikke har nogen position, så spørg en IP-geolokaliseringstjeneste (kræver netværk; giver op efter 2 s).</translation>
    </message>
    <message>
        <source>Moved-away distance (m)</source>
        <translation>Afstand for flytning (m)</translation>
    </message>
    <message>
        <source>Ask the agent to confirm their address when the position is farther than this from where the address was confirmed (RAY BAUM&apos;s Act).</source>
        <translation>Bed agenten bekræfte sin adresse, når positionen er længere end dette fra det sted, hvor adressen blev bekræftet (RAY BAUM&apos;s Act).</translation>
    </message>
    <message>
        <source>Registered address: street</source>
        <translation>Registreret adresse: gade</translation>
    </message>
    <message>
        <source>The site&apos;s registered street, offered to the agent to confirm.</source>
        <translation>Stedets registrerede gade, som agenten får tilbudt at bekræfte.</translation>
    </message>
    <message>
        <source>Registered address: number</source>
        <translation>Registreret adresse: nummer</translation>
    </message>
    <message>
        <source>The site&apos;s house or building number.</source>
        <translation>Stedets husnummer eller bygningsnummer.</translation>
    </message>
    <message>
        <source>Registered address: floor/room</source>
        <translation>Registreret adresse: etage/lokale</translation>
    </message>
    <message>
        <source>Floor, room or desk, so responders find the agent inside the building.</source>
        <translation>Etage, lokale eller skrivebord, så redningsfolk finder agenten inde i bygningen.</translation>
    </message>
    <message>
        <source>Registered address: city</source>
        <translation>Registreret adresse: by</translation>
    </message>
    <message>
        <source>The site&apos;s city.</source>
        <translation>Stedets by.</translation>
    </message>
    <message>
        <source>Registered address: state/region</source>
        <translation>Registreret adresse: stat/region</translation>
    </message>
    <message>
        <source>State, province or region (required in the US and Canada).</source>
        <translation>Stat, provins eller region (kræves i USA og Canada).</translation>
    </message>
    <message>
        <source>Registered address: postcode</source>
        <translation>Registreret adresse: postnummer</translation>
    </message>
    <message>
        <source>ZIP or postal code.</source>
        <translation>ZIP-kode eller postnummer.</translation>
    </message>
    <message>
        <source>Registered address: country</source>
        <translation>Registreret adresse: land</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country of the site, e.g. US.</source>
        <translation>Stedets land som ISO 3166-1 alpha-2-kode, f.eks. US.</translation>
    </message>
    <message>
        <source>Emergency Call Notification recipients</source>
        <translation>Modtagere af underretning om nødopkald</translation>
    </message>
    <message>
        <source>Who is emailed the moment this agent places an emergency call (a supervisor, the security desk): addresses separated by semicolons.</source>
        <translation>Hvem der får en e-mail, i samme øjeblik denne agent foretager et nødopkald (en leder, sikkerhedsskranken): adresser adskilt med semikolon.</translation>
    </message>
    <message>
        <source>a host name such as mail.example.com</source>
        <translation>et værtsnavn, f.eks. mail.example.com</translation>
    </message>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>Mailserver (SMTP)</translation>
    </message>
    <message>
        <source>The mail server that sends the notification.</source>
        <translation>Mailserveren, der sender underretningen.</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Mailserverens port</translation>
    </message>
    <message>
        <source>0 means the standard port for the security chosen: 587 for STARTTLS, 465 for TLS, 25 for none.</source>
        <translation>0 betyder standardporten for den valgte sikkerhed: 587 for STARTTLS, 465 for TLS, 25 for ingen.</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Forbindelsessikkerhed</translation>
    </message>
    <message>
        <source>starttls (recommended), tls (implicit TLS, often port 465) or none (unencrypted: the message and the password cross the network readable).</source>
        <translation>starttls (anbefales), tls (implicit TLS, ofte port 465) eller none (ukrypteret: beskeden og adgangskoden sendes læseligt over netværket).</translation>
    </message>
    <message>
        <source>Mail server user name</source>
        <translation>Brugernavn til mailserveren</translation>
    </message>
    <message>
        <source>Empty to send without logging in. The password is kept in the system keyring.</source>
        <translation>Tom for at sende uden at logge ind. Adgangskoden gemmes i systemets nøglering.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Afsenderadresse</translation>
    </message>
    <message>
        <source>The From address of the notification, such as softphone@example.com.</source>
        <translation>Underretningens From-adresse, f.eks. softphone@example.com.</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Fil med ekstra CA-certifikater</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust for the mail server in addition to the system&apos;s (e.g. the company&apos;s internal CA); empty for the system&apos;s only.</source>
        <translation>En PEM-fil med CA-certifikater, der skal have tillid til mailserveren ud over systemets (f.eks. virksomhedens interne CA); tom for kun systemets.</translation>
    </message>
    <message>
        <source>Notification language</source>
        <translation>Underretningens sprog</translation>
    </message>
    <message>
        <source>The language of the email the emergency contacts receive: en_US, da_DK, fr_CA or es_PR (the shipped template exists in each); empty: the agent&apos;s language. A subject or body set here is sent as written.</source>
        <translation>Sproget i den e-mail, nødkontakterne modtager: en_US, da_DK, fr_CA eller es_PR (den medfølgende skabelon findes på hvert af dem); tom: agentens sprog. Et emne eller en brødtekst, der er angivet her, sendes, som det er skrevet.</translation>
    </message>
    <message>
        <source>Notification subject</source>
        <translation>Underretningens emne</translation>
    </message>
    <message>
        <source>The subject line; {{placeholders}} are filled in when the call is placed. Empty: the shipped template&apos;s.</source>
        <translation>Emnelinjen; {{placeholders}} udfyldes, når opkaldet foretages. Tom: den medfølgende skabelons.</translation>
    </message>
    <message>
        <source>Notification body (HTML)</source>
        <translation>Underretningens brødtekst (HTML)</translation>
    </message>
    <message>
        <source>The HTML body; placeholder values are escaped for HTML. Empty: the shipped template&apos;s (softphone/resources/templates).</source>
        <translation>HTML-brødteksten; pladsholdernes værdier escapes til HTML. Tom: den medfølgende skabelons (softphone/resources/templates).</translation>
    </message>
    <message>
        <source>Notification body (plain text)</source>
        <translation>Underretningens brødtekst (ren tekst)</translation>
    </message>
    <message>
        <source>The plain-text alternative, for mail readers that do not show HTML. Empty: the shipped template&apos;s.</source>
        <translation>Alternativet i ren tekst til mailprogrammer, der ikke viser HTML. Tom: den medfølgende skabelons.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Mikrofon</translation>
    </message>
    <message>
        <source>The microphone for calls, by its name as the device list shows it; empty means the system default. Used again whenever it is connected.</source>
        <translation>Mikrofonen til opkald, angivet ved navnet, som enhedslisten viser det; tom betyder systemets standard. Bruges igen, hver gang den tilsluttes.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Højttaler</translation>
    </message>
    <message>
        <source>Where call audio and the test tone play, by device name; empty means the system default.</source>
        <translation>Hvor opkaldslyd og testtonen afspilles, angivet ved enhedsnavn; tom betyder systemets standard.</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Ringetone</translation>
    </message>
    <message>
        <source>Where the ring tone of incoming calls plays, by device name; empty means the system default.</source>
        <translation>Hvor ringetonen for indgående opkald afspilles, angivet ved enhedsnavn; tom betyder systemets standard.</translation>
    </message>
    <message>
        <source>Speaker volume (%)</source>
        <translation>Højttalerlydstyrke (%)</translation>
    </message>
    <message>
        <source>Loudness of call audio and the test tone; above 100 boosts quiet calls.</source>
        <translation>Lydstyrken på opkaldslyd og testtonen; over 100 forstærker svage opkald.</translation>
    </message>
    <message>
        <source>Microphone volume (%)</source>
        <translation>Mikrofonlydstyrke (%)</translation>
    </message>
    <message>
        <source>Gain applied to the microphone before it is sent.</source>
        <translation>Forstærkning af mikrofonen, før lyden sendes.</translation>
    </message>
    <message>
        <source>Ringer volume (%)</source>
        <translation>Ringetonens lydstyrke (%)</translation>
    </message>
    <message>
        <source>Loudness of the ring tone.</source>
        <translation>Ringetonens lydstyrke.</translation>
    </message>
    <message>
        <source>Device sample rate</source>
        <translation>Enhedens samplingfrekvens</translation>
    </message>
    <message>
        <source>The rate audio devices are opened at first; a device that refuses it is opened at its own rate.</source>
        <translation>Den frekvens, lydenheder først åbnes med; en enhed, der afviser den, åbnes med sin egen frekvens.</translation>
    </message>
    <message>
        <source>Device re-scan interval (s)</source>
        <translation>Interval for ny enhedsscanning (s)</translation>
    </message>
    <message>
        <source>Where the sound system cannot announce devices plugged in or out (no PulseAudio or PipeWire), how often the list is re-read while no call is up.</source>
        <translation>Hvor lydsystemet ikke kan melde om enheder, der tilsluttes eller fjernes (ingen PulseAudio eller PipeWire): hvor ofte listen læses igen, mens der ikke er noget opkald.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Start ved login</translation>
    </message>
    <message>
        <source>Start the softphone in the tray when the agent logs in, so that click-to-call and emergency callbacks work before anyone opens it (XDG autostart on Linux, the Run registry key on Windows, a LaunchAgent on macOS).</source>
        <translation>Start softphonen i systembakken, når agenten logger ind, så klik-for-at-ringe og genopkald efter nødopkald virker, før nogen åbner den (XDG autostart på Linux, registreringsnøglen Run på Windows, en LaunchAgent på macOS).</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The carrier could not start: {error}</source>
        <translation>Udbyderen kunne ikke starte: {error}</translation>
    </message>
    <message>
        <source>That call has already ended.</source>
        <translation>Det opkald er allerede afsluttet.</translation>
    </message>
    <message>
        <source>End the emergency call before placing another call.</source>
        <translation>Afslut nødopkaldet, før du foretager et andet opkald.</translation>
    </message>
    <message>
        <source>The emergency call could not be placed: {error} Use another phone to call emergency services now.</source>
        <translation>Nødopkaldet kunne ikke foretages: {error} Brug en anden telefon til at ringe til alarmcentralen nu.</translation>
    </message>
    <message>
        <source>Test call to the address test line: no emergency services, no Do not disturb, no notification.</source>
        <translation>Testopkald til adressetestlinjen: ingen alarmcentral, intet Forstyr ikke, ingen underretning.</translation>
    </message>
    <message>
        <source>No location was sent with the call: the location source failed ({error}).</source>
        <translation>Der blev ikke sendt nogen placering med opkaldet: placeringskilden fejlede ({error}).</translation>
    </message>
    <message>
        <source>Put on hold because an emergency call started.</source>
        <translation>Parkeret, fordi et nødopkald startede.</translation>
    </message>
    <message>
        <source>ended because an emergency call started</source>
        <translation>afsluttet, fordi et nødopkald startede</translation>
    </message>
    <message>
        <source>The carrier reported a problem hanging up: {error}</source>
        <translation>Udbyderen meldte et problem ved afslutning af opkaldet: {error}</translation>
    </message>
    <message>
        <source>ended by you</source>
        <translation>afsluttet af dig</translation>
    </message>
    <message>
        <source>Only a ringing inbound call can be answered.</source>
        <translation>Kun et indgående opkald, der ringer, kan besvares.</translation>
    </message>
    <message>
        <source>End the emergency call before answering another call.</source>
        <translation>Afslut nødopkaldet, før du besvarer et andet opkald.</translation>
    </message>
    <message>
        <source>An emergency callback cannot be declined: answer it.</source>
        <translation>Et genopkald fra alarmcentralen kan ikke afvises: besvar det.</translation>
    </message>
    <message>
        <source>Only a ringing call can be declined; hang up instead.</source>
        <translation>Kun et opkald, der ringer, kan afvises; læg på i stedet.</translation>
    </message>
    <message>
        <source>declined by you</source>
        <translation>afvist af dig</translation>
    </message>
    <message>
        <source>An emergency call cannot be put on hold.</source>
        <translation>Et nødopkald kan ikke parkeres.</translation>
    </message>
    <message>
        <source>Other calls stay on hold while an emergency call is up.</source>
        <translation>Andre opkald forbliver parkeret, mens et nødopkald er i gang.</translation>
    </message>
    <message>
        <source>An emergency call cannot be transferred.</source>
        <translation>Et nødopkald kan ikke viderestilles.</translation>
    </message>
    <message>
        <source>There is no call to act on.</source>
        <translation>Der er intet opkald at handle på.</translation>
    </message>
    <message>
        <source>Pausing the callback countdown failed: {error}</source>
        <translation>Pause af nedtællingen til genopkald mislykkedes: {error}</translation>
    </message>
    <message>
        <source>no line became free in time</source>
        <translation>ingen linje blev ledig i tide</translation>
    </message>
    <message>
        <source>answered, {reason}</source>
        <translation>besvaret, {reason}</translation>
    </message>
    <message>
        <source>The emergency call failed: {reason} Dial again, or use another phone to call emergency services.</source>
        <translation>Nødopkaldet mislykkedes: {reason} Ring igen, eller brug en anden telefon til at ringe til alarmcentralen.</translation>
    </message>
    <message>
        <source>Restarting the callback countdown failed: {error}</source>
        <translation>Genstart af nedtællingen til genopkald mislykkedes: {error}</translation>
    </message>
    <message>
        <source>The call history could not be saved: {error}</source>
        <translation>Opkaldshistorikken kunne ikke gemmes: {error}</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Presence stays on Do not disturb while an emergency call is up; it returns to your previous status when the call ends.</source>
        <translation>Tilstedeværelsen forbliver på Forstyr ikke, mens et nødopkald er i gang; den vender tilbage til din tidligere status, når opkaldet slutter.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Ledig</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Optaget</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ikke til stede</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>Forstyr ikke</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Offline</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Tilstedeværelse</translation>
    </message>
    <message>
        <source>Do not disturb while an emergency call is up; your status comes back afterwards.</source>
        <translation>Forstyr ikke, mens et nødopkald er i gang; din status vender tilbage bagefter.</translation>
    </message>
    <message>
        <source>Your presence</source>
        <translation>Din tilstedeværelse</translation>
    </message>
</context>
<context>
    <name>ReachBanner</name>
    <message>
        <source>Emergency calling warning</source>
        <translation>Advarsel om nødopkald</translation>
    </message>
</context>
<context>
    <name>ReadinessIndicator</name>
    <message>
        <source>● Emergency calling NOT supported here</source>
        <translation>● Nødopkald understøttes IKKE her</translation>
    </message>
    <message numerus="yes">
        <source>● Emergency calling: %n problem(s)</source>
        <translation>
            <numerusform>● Nødopkald: %n problem</numerusform>
            <numerusform>● Nødopkald: %n problemer</numerusform>
        </translation>
    </message>
    <message>
        <source>● Emergency calling ready</source>
        <translation>● Nødopkald klar</translation>
    </message>
    <message>
        <source>Click for details and fixes.</source>
        <translation>Klik for detaljer og løsninger.</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Emergency calling readiness</source>
        <translation>Parathed til nødopkald</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Kontrol</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Fundet</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Sådan retter du det</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>Parathedskontroller</translation>
    </message>
    <message>
        <source>Confirm my &amp;address…</source>
        <translation>Bekræft min &amp;adresse…</translation>
    </message>
    <message>
        <source>Set-up a&amp;ssistant…</source>
        <translation>&amp;Opsætningsguide…</translation>
    </message>
    <message>
        <source>Confirm your address, test your headset, see what your admin still has to set and make a test call.</source>
        <translation>Bekræft din adresse, test dit headset, se hvad din administrator mangler at angive, og foretag et testopkald.</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Kontrollér &amp;igen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Luk</translation>
    </message>
    <message>
        <source>Everything needed for emergency calls is in place.</source>
        <translation>Alt, der skal til for nødopkald, er på plads.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} checks failed. Emergency numbers are always dialled; fix these so help can reach you.</source>
        <translation>
            <numerusform>%n af {total} kontroller mislykkedes. Nødnumre ringes altid op; ret dette, så hjælpen kan nå dig.</numerusform>
            <numerusform>%n af {total} kontroller mislykkedes. Nødnumre ringes altid op; ret dem, så hjælpen kan nå dig.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingTypes</name>
    <message numerus="yes">
        <source>a table of %n key(s)</source>
        <translation>
            <numerusform>en tabel med %n nøgle</numerusform>
            <numerusform>en tabel med %n nøgler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>en liste med %n element</numerusform>
            <numerusform>en liste med %n elementer</numerusform>
        </translation>
    </message>
    <message>
        <source>the value is {length} characters long; at most {maximum} are allowed</source>
        <translation>værdien er {length} tegn lang; højst {maximum} er tilladt</translation>
    </message>
    <message>
        <source>contains the invisible control character {character}; remove it</source>
        <translation>indeholder det usynlige kontroltegn {character}; fjern det</translation>
    </message>
    <message>
        <source>lists {items}; at most {maximum} are allowed</source>
        <translation>angiver {items}; højst {maximum} er tilladt</translation>
    </message>
    <message>
        <source>{value} is not valid: {hint}</source>
        <translation>{value} er ugyldig: {hint}</translation>
    </message>
    <message>
        <source>expected text, got {kind}</source>
        <translation>forventede tekst, fik {kind}</translation>
    </message>
    <message>
        <source>a host name or IP address with an optional port, such as sbc1.example.com:5060</source>
        <translation>et værtsnavn eller en IP-adresse med valgfri port, f.eks. sbc1.example.com:5060</translation>
    </message>
    <message>
        <source>{value}: the port {port} is outside 1–65535</source>
        <translation>{value}: porten {port} ligger uden for 1–65535</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>forventede true eller false, fik {value}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>forventede et heltal, fik {value}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>forventede et tal, fik {value}</translation>
    </message>
    <message>
        <source>{value} is outside {range}</source>
        <translation>{value} ligger uden for {range}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} er ikke en af {choices}</translation>
    </message>
    <message>
        <source>expected a phone number as text, got {value}</source>
        <translation>forventede et telefonnummer som tekst, fik {value}</translation>
    </message>
    <message>
        <source>{value} is not a phone number in E.164 form such as +15551234567</source>
        <translation>{value} er ikke et telefonnummer på E.164-form, f.eks. +15551234567</translation>
    </message>
    <message>
        <source>item {index}</source>
        <translation>element {index}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n element</numerusform>
            <numerusform>%n elementer</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a list such as {example}, got {value}</source>
        <translation>forventede en liste som {example}, fik {value}</translation>
    </message>
    <message>
        <source>{item}: {error}</source>
        <translation>{item}: {error}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <source>number {index}</source>
        <translation>nummer {index}</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n nummer</numerusform>
            <numerusform>%n numre</numerusform>
        </translation>
    </message>
    <message>
        <source>it is empty; enter a number such as +15551230001 or remove the row</source>
        <translation>den er tom; skriv et nummer, f.eks. +15551230001, eller fjern rækken</translation>
    </message>
    <message>
        <source>{number} is listed twice; list each number once</source>
        <translation>{number} står der to gange; angiv hvert nummer én gang</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Post</translation>
    </message>
    <message>
        <source>expected text, got {value}</source>
        <translation>forventede tekst, fik {value}</translation>
    </message>
    <message>
        <source>it is empty; type something or remove the row</source>
        <translation>den er tom; skriv noget, eller fjern rækken</translation>
    </message>
    <message>
        <source>Address, network or host</source>
        <translation>Adresse, netværk eller vært</translation>
    </message>
    <message>
        <source>peer {index}</source>
        <translation>modpart {index}</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n modpart</numerusform>
            <numerusform>%n modparter</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} is not an IP address, a network such as 192.0.2.0/24, or a host name</source>
        <translation>{value} er hverken en IP-adresse, et netværk som 192.0.2.0/24 eller et værtsnavn</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166-1 alpha-2 country code such as US, GB or DK</source>
        <translation>{value} er ikke en ISO 3166-1 alpha-2-landekode som US, GB eller DK</translation>
    </message>
    <message>
        <source>the caller pattern is empty; write one such as +1900* or 555????</source>
        <translation>mønsteret for den kaldende er tomt; skriv et, f.eks. +1900* eller 555????</translation>
    </message>
    <message>
        <source>&apos;{pattern}&apos; contains a space; caller numbers have none (write {fixed})</source>
        <translation>&apos;{pattern}&apos; indeholder et mellemrum; numre har ingen (skriv {fixed})</translation>
    </message>
    <message>
        <source>&apos;{pattern}&apos; has an unclosed [ ]; write a range as [0-4]</source>
        <translation>&apos;{pattern}&apos; har en [ ], der ikke er lukket; skriv et interval som [0-4]</translation>
    </message>
    <message>
        <source>Caller pattern</source>
        <translation>Mønster for kaldende</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Handling</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>acceptér</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>afvis</translation>
    </message>
    <message>
        <source>rule {index}</source>
        <translation>regel {index}</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n regel</numerusform>
            <numerusform>%n regler</numerusform>
        </translation>
    </message>
    <message>
        <source>a rule must have exactly the keys &apos;match&apos; and &apos;action&apos;</source>
        <translation>en regel skal have præcis nøglerne &apos;match&apos; og &apos;action&apos;</translation>
    </message>
    <message>
        <source>&apos;match&apos; must be a caller pattern such as &quot;+1900*&quot;</source>
        <translation>&apos;match&apos; skal være et mønster for kaldende, f.eks. &quot;+1900*&quot;</translation>
    </message>
    <message>
        <source>&apos;action&apos; must be one of {choices}</source>
        <translation>&apos;action&apos; skal være en af {choices}</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>adressen er tom</translation>
    </message>
    <message>
        <source>{value} is longer than an address can be (254 characters)</source>
        <translation>{value} er længere, end en adresse kan være (254 tegn)</translation>
    </message>
    <message>
        <source>&apos;{address}&apos;: write only the address, without a name or &lt;&gt;, such as security@example.com</source>
        <translation>&apos;{address}&apos;: skriv kun adressen, uden navn eller &lt;&gt;, f.eks. security@example.com</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; contains a space; write only the address, such as security@example.com</source>
        <translation>&apos;{address}&apos; indeholder et mellemrum; skriv kun adressen, f.eks. security@example.com</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; has no @; an address looks like security@example.com</source>
        <translation>&apos;{address}&apos; har intet @; en adresse ser ud som security@example.com</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; has more than one @; an address looks like security@example.com</source>
        <translation>&apos;{address}&apos; har mere end ét @; en adresse ser ud som security@example.com</translation>
    </message>
    <message>
        <source>&apos;{address}&apos;: the part before @ is not valid (letters, digits and . _ + - only, no dot at the start or end, no two dots in a row)</source>
        <translation>&apos;{address}&apos;: delen før @ er ugyldig (kun bogstaver, cifre og . _ + -, intet punktum i starten eller slutningen, aldrig to punktummer i træk)</translation>
    </message>
    <message>
        <source>&apos;{address}&apos;: &apos;{domain}&apos; is not a mail domain such as example.com</source>
        <translation>&apos;{address}&apos;: &apos;{domain}&apos; er ikke et maildomæne som example.com</translation>
    </message>
    <message>
        <source>expected addresses separated by semicolons, such as &quot;a@example.com; b@example.com&quot;, got {value}</source>
        <translation>forventede adresser adskilt med semikolon, f.eks. &quot;a@example.com; b@example.com&quot;, fik {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n modtager</numerusform>
            <numerusform>%n modtagere</numerusform>
        </translation>
    </message>
    <message>
        <source>expected an email address as text, got {value}</source>
        <translation>forventede en e-mailadresse som tekst, fik {value}</translation>
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
        <translation>skal være én linje</translation>
    </message>
    <message>
        <source>expected a list of sites, written as [[callback.sites]] tables with name, address, pool and optional networks</source>
        <translation>forventede en liste over steder, skrevet som [[callback.sites]]-tabeller med name, address, pool og eventuelt networks</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n sted</numerusform>
            <numerusform>%n steder</numerusform>
        </translation>
    </message>
    <message>
        <source>site {index} must be a table with name, address and pool</source>
        <translation>sted {index} skal være en tabel med name, address og pool</translation>
    </message>
    <message>
        <source>site {index} has no name; give it one such as &quot;Denver&quot;</source>
        <translation>sted {index} har intet navn; giv det et, f.eks. &quot;Denver&quot;</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: unknown key(s) {unknown}; a site has {keys}</source>
        <translation>sted &apos;{site}&apos;: ukendt(e) nøgle(r) {unknown}; et sted har {keys}</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos; is defined twice; give each site its own name</source>
        <translation>sted &apos;{site}&apos; er defineret to gange; giv hvert sted sit eget navn</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos; has no address: its numbers are registered at the carrier with the site&apos;s civic address, so give it an [address] table with street, city and country</source>
        <translation>sted &apos;{site}&apos; har ingen adresse: dets numre er registreret hos udbyderen med stedets adresse, så giv det en [address]-tabel med street, city og country</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: the address takes text fields {fields}</source>
        <translation>sted &apos;{site}&apos;: adressen har tekstfelterne {fields}</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: the address has no {fields}; responders need a dispatchable address</source>
        <translation>sted &apos;{site}&apos;: adressen mangler {fields}; redningsfolk har brug for en adresse, de kan køre ud til</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: pool: {error}</source>
        <translation>sted &apos;{site}&apos;: pool: {error}</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos; has no numbers: add its callback numbers to pool</source>
        <translation>sted &apos;{site}&apos; har ingen numre: føj dets genopkaldsnumre til pool</translation>
    </message>
    <message>
        <source>{number} is in the pools of site &apos;{first}&apos; and site &apos;{site}&apos;; a number is registered with one address, so list it in one site only</source>
        <translation>{number} er i puljerne for både sted &apos;{first}&apos; og sted &apos;{site}&apos;; et nummer er registreret med én adresse, så angiv det kun under ét sted</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: networks must be a list such as [&quot;10.20.0.0/16&quot;]</source>
        <translation>sted &apos;{site}&apos;: networks skal være en liste som [&quot;10.20.0.0/16&quot;]</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n netværk</numerusform>
            <numerusform>%n netværk</numerusform>
        </translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: {value} is not a network such as 10.20.0.0/16</source>
        <translation>sted &apos;{site}&apos;: {value} er ikke et netværk som 10.20.0.0/16</translation>
    </message>
    <message>
        <source>expected a number or a SIP URI as text, got {value}</source>
        <translation>forventede et nummer eller en SIP-URI som tekst, fik {value}</translation>
    </message>
    <message>
        <source>{value} is neither an E.164 number such as +15551234567 nor a SIP URI such as sip:security@pbx.example.com</source>
        <translation>{value} er hverken et E.164-nummer som +15551234567 eller en SIP-URI som sip:security@pbx.example.com</translation>
    </message>
    <message>
        <source>expected a connection URI as text, got {value}</source>
        <translation>forventede en forbindelses-URI som tekst, fik {value}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a PostgreSQL connection URI such as {example}</source>
        <translation>&apos;{value}&apos; er ikke en PostgreSQL-forbindelses-URI som {example}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; cannot be read ({error}); write it like {example}</source>
        <translation>&apos;{value}&apos; kan ikke læses ({error}); skriv den som {example}</translation>
    </message>
    <message>
        <source>the URI holds a password: remove it and store the password in the keyring instead (Settings › Emergency › Callback numbers, &apos;Shared store password&apos;)</source>
        <translation>URI&apos;en indeholder en adgangskode: fjern den, og gem adgangskoden i nøgleringen i stedet (Indstillinger › Nødopkald › Genopkaldsnumre, &apos;Adgangskode til fælles lager&apos;)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; needs a user, a host and a database name, like {example}</source>
        <translation>&apos;{value}&apos; skal have en bruger, en vært og et databasenavn, som {example}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>the &apos;{adapter}&apos; carrier (proxy {proxy}), saved {when} in {path}</source>
        <translation>udbyderen &apos;{adapter}&apos; (proxy {proxy}), gemt {when} i {path}</translation>
    </message>
    <message>
        <source>the &apos;{adapter}&apos; carrier, saved {when} in {path}</source>
        <translation>udbyderen &apos;{adapter}&apos;, gemt {when} i {path}</translation>
    </message>
    <message>
        <source>The saved copy of the carrier settings that last worked, {path}, is damaged and cannot be used; it is rewritten the next time the carrier starts on valid settings.</source>
        <translation>Den gemte kopi af de udbyderindstillinger, der sidst virkede, {path}, er beskadiget og kan ikke bruges; den skrives igen, næste gang udbyderen starter med gyldige indstillinger.</translation>
    </message>
    <message>
        <source>{path}: unknown setting &apos;{key}&apos; is ignored (kept in the file); correct or remove it.</source>
        <translation>{path}: den ukendte indstilling &apos;{key}&apos; ignoreres (den bliver i filen); ret eller fjern den.</translation>
    </message>
    <message>
        <source>{path}: {key}: {error}. Using the default ({default}) until it is fixed.</source>
        <translation>{path}: {key}: {error}. Standardværdien ({default}) bruges, indtil det er rettet.</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n more problem(s) like these; fix the ones above and restart to see the rest.</source>
        <translation>
            <numerusform>{path}: %n problem mere af samme slags; ret dem ovenfor, og genstart for at se resten.</numerusform>
            <numerusform>{path}: %n problemer mere af samme slags; ret dem ovenfor, og genstart for at se resten.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: &apos;version&apos; must be a whole number such as {version}, not {value}; the file was read as version {version}: set version = {version}.</source>
        <translation>{path}: &apos;version&apos; skal være et heltal som {version}, ikke {value}; filen blev læst som version {version}: angiv version = {version}.</translation>
    </message>
    <message>
        <source>{path} was written for a newer softphone (settings version {value}; this one reads version {version}): the settings it knows are used and the others ignored; update the softphone on this workstation.</source>
        <translation>{path} er skrevet til en nyere softphone (indstillingsversion {value}; denne læser version {version}): de indstillinger, den kender, bruges, og resten ignoreres; opdatér softphonen på denne arbejdsstation.</translation>
    </message>
    <message>
        <source>the settings files have the problems named above</source>
        <translation>indstillingsfilerne har de problemer, der er nævnt ovenfor</translation>
    </message>
    <message>
        <source>Because {reason}, the carrier settings that last worked are in use instead of those in the files: {saved}. Fix the problems named and restart the softphone to use the files&apos; carrier settings.</source>
        <translation>Fordi {reason}, bruges de udbyderindstillinger, der sidst virkede, i stedet for filernes: {saved}. Ret de nævnte problemer, og genstart softphonen for at bruge filernes udbyderindstillinger.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the working carrier settings in {path} ({error}): a broken settings file could then demote the carrier; make the profile folder writable.</source>
        <translation>Kan ikke gemme en kopi af de fungerende udbyderindstillinger i {path} ({error}): en ødelagt indstillingsfil kan så nedgradere udbyderen; gør profilmappen skrivbar.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>standardværdien</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting of this softphone</source>
        <translation>&apos;{key}&apos; er ikke en indstilling i denne softphone</translation>
    </message>
    <message>
        <source>{option} ({key}): {error}</source>
        <translation>{option} ({key}): {error}</translation>
    </message>
    <message>
        <source>{option} ({key}) is set by the fleet settings file {path} and can only be changed there</source>
        <translation>{option} ({key}) er angivet i den fælles indstillingsfil {path} og kan kun ændres der</translation>
    </message>
    <message>
        <source>The earlier settings file was kept as {path}.</source>
        <translation>Den tidligere indstillingsfil er gemt som {path}.</translation>
    </message>
    <message>
        <source>Cannot save settings to {path}: {error}. Check that the profile folder exists and is writable, and that {name} is a file (not a folder or a link).</source>
        <translation>Kan ikke gemme indstillingerne i {path}: {error}. Kontrollér, at profilmappen findes og er skrivbar, og at {name} er en fil (ikke en mappe eller et link).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Indstillinger</translation>
    </message>
    <message>
        <source>Search settings by name or description</source>
        <translation>Søg i indstillinger efter navn eller beskrivelse</translation>
    </message>
    <message>
        <source>Search settings</source>
        <translation>Søg i indstillinger</translation>
    </message>
    <message>
        <source>Export as fleet file…</source>
        <translation>Eksportér som fællesfil…</translation>
    </message>
    <message>
        <source>Write the admin settings shown here as a fleet settings file for IT to deploy to every workstation.</source>
        <translation>Skriv administratorindstillingerne vist her som en fælles indstillingsfil, som IT kan udrulle til alle arbejdsstationer.</translation>
    </message>
    <message>
        <source>No setting matches “{text}”.</source>
        <translation>Ingen indstilling passer til „{text}“.</translation>
    </message>
    <message>
        <source>{option} ({key}): {error}</source>
        <translation>{option} ({key}): {error}</translation>
    </message>
    <message>
        <source>Nothing can be saved until these are fixed: {settings}.</source>
        <translation>Intet kan gemmes, før disse er rettet: {settings}.</translation>
    </message>
    <message>
        <source>Export as fleet file</source>
        <translation>Eksportér som fællesfil</translation>
    </message>
    <message>
        <source>Settings files (*.toml)</source>
        <translation>Indstillingsfiler (*.toml)</translation>
    </message>
    <message>
        <source>The fleet file was not written: fix {settings} first, or every workstation would get the mistake.</source>
        <translation>Fællesfilen blev ikke skrevet: ret først {settings}, ellers ville alle arbejdsstationer få fejlen.</translation>
    </message>
    <message>
        <source>The fleet file was not written to {path}: {error}. Choose a folder you can write to.</source>
        <translation>Fællesfilen blev ikke skrevet til {path}: {error}. Vælg en mappe, du kan skrive i.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n admin setting(s) to {path}. Deploy it as the fleet settings file; every workstation reads it at start and locks these values.</source>
        <translation>
            <numerusform>Skrev %n administratorindstilling til {path}. Udrul den som fælles indstillingsfil; alle arbejdsstationer læser den ved start og låser disse værdier.</numerusform>
            <numerusform>Skrev %n administratorindstillinger til {path}. Udrul den som fælles indstillingsfil; alle arbejdsstationer læser den ved start og låser disse værdier.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing the password in the system keyring…</source>
        <translation>Gemmer adgangskoden i systemets nøglering…</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>Intet blev gemt: {error}</translation>
    </message>
    <message>
        <source>The settings were not saved: {error}</source>
        <translation>Indstillingerne blev ikke gemt: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsFiles</name>
    <message>
        <source>{path} is a link to {target}, which does not exist; point the link at the settings file or remove it, then restart.</source>
        <translation>{path} er et link til {target}, som ikke findes; lad linket pege på indstillingsfilen, eller fjern det, og genstart derefter.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a pipe, socket or device); replace it with a settings file, then restart.</source>
        <translation>{path} er ikke en almindelig fil (det er en pipe, en socket eller en enhed); erstat den med en indstillingsfil, og genstart derefter.</translation>
    </message>
    <message>
        <source>{path} can be changed by every user of this computer, so it was not used; make it writable by its owner only ({command}), then restart.</source>
        <translation>{path} kan ændres af alle brugere på denne computer, så den blev ikke brugt; gør den skrivbar kun for ejeren ({command}), og genstart derefter.</translation>
    </message>
    <message>
        <source>{path} is a symbolic link that leads back to itself; remove the link and put the settings file there, then restart.</source>
        <translation>{path} er et symbolsk link, der fører tilbage til sig selv; fjern linket, læg indstillingsfilen der, og genstart derefter.</translation>
    </message>
    <message>
        <source>{path} cannot be reached: a part of its folder path is a file, not a folder; fix the folder, then restart.</source>
        <translation>{path} kan ikke nås: en del af mappestien er en fil, ikke en mappe; ret mappen, og genstart derefter.</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied); make it readable by the agent&apos;s account, then restart.</source>
        <translation>{path} kan ikke læses (adgang nægtet); gør den læsbar for agentens konto, og genstart derefter.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a settings file; move the folder away (the settings file goes in its place), then restart.</source>
        <translation>{path} er en mappe, ikke en indstillingsfil; flyt mappen væk (indstillingsfilen skal ligge på dens plads), og genstart derefter.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); check the disk, then restart.</source>
        <translation>{path} kan ikke læses ({error}); kontrollér disken, og genstart derefter.</translation>
    </message>
    <message>
        <source>{path} is {size} MB; a settings file is at most {limit} MB, so it was not read; remove what does not belong in it, then restart.</source>
        <translation>{path} fylder {size} MB; en indstillingsfil er højst {limit} MB, så den blev ikke læst; fjern det, der ikke hører til i den, og genstart derefter.</translation>
    </message>
    <message>
        <source>{path} is saved as UTF-16; save it as UTF-8 (in Notepad: Save as, Encoding UTF-8), then restart.</source>
        <translation>{path} er gemt som UTF-16; gem den som UTF-8 (i Notesblok: Gem som, Kodning UTF-8), og genstart derefter.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text: byte {byte} on line {line} is not valid UTF-8 (the file may be binary, or saved in another encoding such as Windows-1252); save it as UTF-8, then restart.</source>
        <translation>{path} er ikke UTF-8-tekst: byte {byte} på linje {line} er ikke gyldig UTF-8 (filen kan være binær eller gemt i en anden kodning som Windows-1252); gem den som UTF-8, og genstart derefter.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML ({error}). The softphone is using defaults for everything in it and has not changed the file: fix that line and restart.</source>
        <translation>{path} er ikke gyldig TOML ({error}). Softphonen bruger standardværdier for alt i den og har ikke ændret filen: ret den linje, og genstart.</translation>
    </message>
    <message>
        <source>{path} nests tables or lists more than {depth} levels deep, which no setting does; remove the nesting, then restart.</source>
        <translation>{path} indlejrer tabeller eller lister mere end {depth} niveauer dybt, hvilket ingen indstilling gør; fjern indlejringen, og genstart derefter.</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>Admin</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>For IT and supervisors; written by Export as fleet file.</source>
        <translation>Til IT og ledere; skrives af Eksportér som fællesfil.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Calls and routing</source>
        <translation>Opkald og omstilling</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Nødopkald</translation>
    </message>
    <message>
        <source>Callback numbers</source>
        <translation>Genopkaldsnumre</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Placering</translation>
    </message>
    <message>
        <source>Contacts and template</source>
        <translation>Kontakter og skabelon</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Udbyder</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Lyd</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Opstart</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andet</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprog</translation>
    </message>
    <message>
        <source>Outgoing calls</source>
        <translation>Udgående opkald</translation>
    </message>
    <message>
        <source>Simulated carrier (training)</source>
        <translation>Simuleret udbyder (øvelse)</translation>
    </message>
    <message>
        <source>SIP carrier (production trunk)</source>
        <translation>SIP-udbyder (produktionstrunk)</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Opkaldsregler</translation>
    </message>
    <message>
        <source>Inbound calls</source>
        <translation>Indgående opkald</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Tilstedeværelse</translation>
    </message>
    <message>
        <source>Registered address of the site</source>
        <translation>Stedets registrerede adresse</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Nødkontakter</translation>
    </message>
    <message>
        <source>Mail server for the emergency contacts</source>
        <translation>Mailserver til nødkontakterne</translation>
    </message>
    <message>
        <source>Emergency Call Notification Template</source>
        <translation>Skabelon for underretning om nødopkald</translation>
    </message>
    <message>
        <source>Audio devices</source>
        <translation>Lydenheder</translation>
    </message>
    <message>
        <source>Settings tagged Admin are for IT and supervisors: they decide how emergency calls are placed and who is told about them. Values your IT department fixed for all workstations are greyed out.</source>
        <translation>Indstillinger mærket Administrator er til IT og ledere: de bestemmer, hvordan nødopkald foretages, og hvem der får besked om dem. Værdier, som din IT-afdeling har fastlagt for alle arbejdsstationer, er nedtonede.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>tom</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Ændret</translation>
    </message>
    <message>
        <source>Differs from the default ({value}).</source>
        <translation>Afviger fra standarden ({value}).</translation>
    </message>
    <message>
        <source>Differs from the default</source>
        <translation>Afviger fra standarden</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Nulstil</translation>
    </message>
    <message>
        <source>Back to the default ({value}).</source>
        <translation>Tilbage til standarden ({value}).</translation>
    </message>
    <message>
        <source>Reset {option} to the default</source>
        <translation>Nulstil {option} til standarden</translation>
    </message>
    <message>
        <source>Set by your IT department in the fleet settings file; it can only be changed there.</source>
        <translation>Angivet af din IT-afdeling i den fælles indstillingsfil; det kan kun ændres der.</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Indstillingsafsnit</translation>
    </message>
</context>
<context>
    <name>SimulatedCarrier</name>
    <message>
        <source>Emergency services simulator. This is a drill: no real emergency service is connected. What is the address of your emergency?</source>
        <translation>Simulator for alarmcentralen. Dette er en øvelse: ingen rigtig alarmcentral er forbundet. Hvad er adressen på din nødsituation?</translation>
    </message>
    <message>
        <source>This is the emergency services simulator calling you back. This is a drill. Are you still safe?</source>
        <translation>Det er simulatoren for alarmcentralen, der ringer dig op igen. Dette er en øvelse. Er du stadig i sikkerhed?</translation>
    </message>
    <message>
        <source>not provided</source>
        <translation>ikke oplyst</translation>
    </message>
    <message>
        <source>This is the address test line, not an emergency service. Your caller I D is {caller}. Your callback number is {callback}. Your location is {place}.</source>
        <translation>Dette er adressetestlinjen, ikke en alarmcentral. Dit nummer til nummervisning er {caller}. Dit genopkaldsnummer er {callback}. Din placering er {place}.</translation>
    </message>
    <message>
        <source>This softphone uses the simulated carrier: a training answering point answers instead of an emergency service.</source>
        <translation>Denne softphone bruger den simulerede udbyder: en øvelsesalarmcentral svarer i stedet for en rigtig alarmcentral.</translation>
    </message>
    <message>
        <source>The simulated carrier was not started.</source>
        <translation>Den simulerede udbyder blev ikke startet.</translation>
    </message>
    <message>
        <source>The simulated answering point cannot speak: {error}</source>
        <translation>Den simulerede alarmcentral kan ikke tale: {error}</translation>
    </message>
    <message>
        <source>That call is no longer ringing.</source>
        <translation>Det opkald ringer ikke længere.</translation>
    </message>
    <message>
        <source>The simulated carrier is set up without hold (carrier.simulated.can_hold = false).</source>
        <translation>Den simulerede udbyder er sat op uden parkering (carrier.simulated.can_hold = false).</translation>
    </message>
    <message>
        <source>transferred to {target}</source>
        <translation>viderestillet til {target}</translation>
    </message>
    <message>
        <source>That call has ended.</source>
        <translation>Det opkald er afsluttet.</translation>
    </message>
    <message>
        <source>the simulated answering point (a drill: no real emergency service is reached)</source>
        <translation>den simulerede alarmcentral (en øvelse: ingen rigtig alarmcentral nås)</translation>
    </message>
    <message>
        <source>the answering point&apos;s line dropped (drill)</source>
        <translation>alarmcentralens linje blev afbrudt (øvelse)</translation>
    </message>
    <message>
        <source>The simulated answering point has no callback number to call: place an emergency call first.</source>
        <translation>Den simulerede alarmcentral har intet genopkaldsnummer at ringe til: foretag først et nødopkald.</translation>
    </message>
</context>
<context>
    <name>Sip</name>
    <message>
        <source>The SIP password cannot be read: {error}</source>
        <translation>SIP-adgangskoden kan ikke læses: {error}</translation>
    </message>
    <message>
        <source>No SIP password is stored for {secret}: store it with the settings dialog, or clear carrier.sip.user for a trunk that authenticates by address.</source>
        <translation>Der er ikke gemt nogen SIP-adgangskode til {secret}: gem den i indstillingerne, eller ryd carrier.sip.user for en trunk, der godkendes ud fra adressen.</translation>
    </message>
    <message>
        <source>The keyring did not give the SIP password within {seconds} s (is it locked?).</source>
        <translation>Nøgleringen gav ikke SIP-adgangskoden inden for {seconds} s (er den låst?).</translation>
    </message>
    <message>
        <source>refused the SIP password stored for {secret} ({status}): enter the right one under Settings › Carrier › SIP password</source>
        <translation>afviste SIP-adgangskoden gemt til {secret} ({status}): indtast den rigtige under Indstillinger › Udbyder › SIP-adgangskode</translation>
    </message>
    <message>
        <source>wants a password ({status}) and none is stored for {secret}: enter it under Settings › Carrier › SIP password</source>
        <translation>kræver en adgangskode ({status}), og der er ingen gemt til {secret}: indtast den under Indstillinger › Udbyder › SIP-adgangskode</translation>
    </message>
    <message>
        <source>answered {status}</source>
        <translation>svarede {status}</translation>
    </message>
    <message>
        <source>Registration is on but no proxy is set; set carrier.sip.proxy.</source>
        <translation>Registrering er slået til, men der er ikke angivet nogen proxy; angiv carrier.sip.proxy.</translation>
    </message>
    <message>
        <source>Registration is on but the registrar {host} cannot be found ({error}); check carrier.sip.proxy and the network.</source>
        <translation>Registrering er slået til, men registreringsserveren {host} kan ikke findes ({error}); kontrollér carrier.sip.proxy og netværket.</translation>
    </message>
    <message>
        <source>The registrar {host} cannot be reached over {transport} ({error}); inbound calls, PSAP callbacks too, may not reach this softphone.</source>
        <translation>Registreringsserveren {host} kan ikke nås via {transport} ({error}); indgående opkald, også genopkald fra alarmcentralen, når måske ikke frem til denne softphone.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>tidsgrænsen udløb</translation>
    </message>
    <message>
        <source>The registrar {host} {what}. Until this is fixed, inbound calls, PSAP callbacks too, may not reach this softphone.</source>
        <translation>Registreringsserveren {host} {what}. Indtil det er rettet, når indgående opkald, også genopkald fra alarmcentralen, måske ikke frem til denne softphone.</translation>
    </message>
    <message>
        <source>The registration with {host} lapsed; inbound calls may not arrive.</source>
        <translation>Registreringen hos {host} er udløbet; indgående opkald når måske ikke frem.</translation>
    </message>
    <message>
        <source>Enter the number or SIP address to transfer the call to.</source>
        <translation>Indtast nummeret eller SIP-adressen, som opkaldet skal viderestilles til.</translation>
    </message>
    <message>
        <source>Keypad tones are 0–9, *, # and A–D; remove {digits}.</source>
        <translation>Tastetoner er 0–9, *, # og A–D; fjern {digits}.</translation>
    </message>
    <message>
        <source>The SIP carrier has no route for emergency calls: set carrier.sip.proxy (or the calling-plan proxy).</source>
        <translation>SIP-udbyderen har ingen rute til nødopkald: angiv carrier.sip.proxy (eller opkaldsplanens proxy).</translation>
    </message>
    <message>
        <source>The SIP carrier is not running; restart the softphone.</source>
        <translation>SIP-udbyderen kører ikke; genstart softphonen.</translation>
    </message>
    <message>
        <source>The SIP carrier cannot listen on port {port} ({error}); set carrier.sip.local_port to a free port.</source>
        <translation>SIP-udbyderen kan ikke lytte på port {port} ({error}); sæt carrier.sip.local_port til en ledig port.</translation>
    </message>
    <message>
        <source>{error} Until then inbound TLS calls arrive only over the connection to the proxy.</source>
        <translation>{error} Indtil da kommer indgående TLS-opkald kun via forbindelsen til proxyen.</translation>
    </message>
    <message>
        <source>The TLS listener cannot open port {port} ({error}); set carrier.sip.local_port to a free port.</source>
        <translation>TLS-lytteren kan ikke åbne port {port} ({error}); sæt carrier.sip.local_port til en ledig port.</translation>
    </message>
    <message>
        <source>You hung up.</source>
        <translation>Du lagde på.</translation>
    </message>
    <message>
        <source>Set carrier.sip.direct_offer_proxy: a calling-plan number&apos;s calls go through the provider&apos;s proxy.</source>
        <translation>Angiv carrier.sip.direct_offer_proxy: opkald fra et opkaldsplansnummer går gennem udbyderens proxy.</translation>
    </message>
    <message>
        <source>Set carrier.sip.proxy to the SBC or proxy that places calls.</source>
        <translation>Sæt carrier.sip.proxy til den SBC eller proxy, der foretager opkald.</translation>
    </message>
    <message>
        <source>The account has both number kinds: set carrier.sip.direct_offer_proxy for the calling-plan path emergency calls take.</source>
        <translation>Kontoen har begge nummertyper: angiv carrier.sip.direct_offer_proxy til opkaldsplanens vej, som nødopkald tager.</translation>
    </message>
    <message>
        <source>Registration is on but carrier.sip.user is empty: set the SIP user.</source>
        <translation>Registrering er slået til, men carrier.sip.user er tom: angiv SIP-brugeren.</translation>
    </message>
    <message>
        <source>Only a connected call can be put on hold.</source>
        <translation>Kun et forbundet opkald kan parkeres.</translation>
    </message>
    <message>
        <source>The far end did not answer the request to hold the call within {seconds} s; it stays connected.</source>
        <translation>Modparten svarede ikke på anmodningen om at parkere opkaldet inden for {seconds} s; det forbliver forbundet.</translation>
    </message>
    <message>
        <source>The far end did not answer the request to resume the call within {seconds} s; it stays on hold.</source>
        <translation>Modparten svarede ikke på anmodningen om at genoptage opkaldet inden for {seconds} s; det forbliver parkeret.</translation>
    </message>
    <message>
        <source>The far end refused to hold the call ({status}); it stays connected.</source>
        <translation>Modparten afviste at parkere opkaldet ({status}); det forbliver forbundet.</translation>
    </message>
    <message>
        <source>The far end refused to resume the call ({status}); it stays on hold.</source>
        <translation>Modparten afviste at genoptage opkaldet ({status}); det forbliver parkeret.</translation>
    </message>
    <message>
        <source>Only a connected call can be transferred.</source>
        <translation>Kun et forbundet opkald kan viderestilles.</translation>
    </message>
    <message>
        <source>The call was transferred.</source>
        <translation>Opkaldet blev viderestillet.</translation>
    </message>
    <message>
        <source>The transfer failed ({status}); the call is still yours.</source>
        <translation>Viderestillingen mislykkedes ({status}); opkaldet er stadig dit.</translation>
    </message>
    <message>
        <source>Keypad tones need a connected call with audio.</source>
        <translation>Tastetoner kræver et forbundet opkald med lyd.</translation>
    </message>
    <message>
        <source>The keypad tones were not sent: {error}.</source>
        <translation>Tastetonerne blev ikke sendt: {error}.</translation>
    </message>
    <message>
        <source>The caller has already hung up.</source>
        <translation>Den, der ringer, har allerede lagt på.</translation>
    </message>
    <message>
        <source>The call could not be answered: {error}.</source>
        <translation>Opkaldet kunne ikke besvares: {error}.</translation>
    </message>
    <message>
        <source>This call&apos;s audio is not encrypted: the caller offered no usable SRTP key (an inbound call is never refused for it: it may be a PSAP calling back).</source>
        <translation>Lyden i dette opkald er ikke krypteret: den, der ringer, tilbød ingen brugbar SRTP-nøgle (et indgående opkald afvises aldrig af den grund: det kan være alarmcentralen, der ringer tilbage).</translation>
    </message>
    <message>
        <source>The call is connected but its audio failed: {error}.</source>
        <translation>Opkaldet er forbundet, men lyden svigtede: {error}.</translation>
    </message>
    <message>
        <source>Nobody answered within {seconds} s; the caller was told to try later.</source>
        <translation>Ingen svarede inden for {seconds} s; den, der ringede, fik besked om at prøve senere.</translation>
    </message>
    <message>
        <source>The caller hung up before the call was answered.</source>
        <translation>Den, der ringede, lagde på, før opkaldet blev besvaret.</translation>
    </message>
    <message>
        <source>The caller&apos;s network never confirmed the answer; the call was lost.</source>
        <translation>Den ringendes netværk bekræftede aldrig svaret; opkaldet gik tabt.</translation>
    </message>
    <message>
        <source>The caller hung up.</source>
        <translation>Den, der ringede, lagde på.</translation>
    </message>
    <message>
        <source>No callback number was available to assert on the call.</source>
        <translation>Der var intet genopkaldsnummer til rådighed at angive på opkaldet.</translation>
    </message>
    <message>
        <source>The call went without a location: {reason}.</source>
        <translation>Opkaldet gik ud uden en placering: {reason}.</translation>
    </message>
    <message>
        <source>no location is known yet</source>
        <translation>ingen placering er kendt endnu</translation>
    </message>
    <message>
        <source>This softphone ignored a SIP request from an address that is not its proxy, registrar or a trusted peer. If PSAP callbacks or other calls come from another address, add it to carrier.sip.trusted_peers.</source>
        <translation>Denne softphone ignorerede en SIP-anmodning fra en adresse, der hverken er dens proxy, registreringsserver eller en betroet modpart. Hvis genopkald fra alarmcentralen eller andre opkald kommer fra en anden adresse, så tilføj den til carrier.sip.trusted_peers.</translation>
    </message>
    <message>
        <source>The SIP carrier hit an internal error ({error}); the call may need to be placed again.</source>
        <translation>SIP-udbyderen ramte en intern fejl ({error}); opkaldet skal måske foretages igen.</translation>
    </message>
    <message>
        <source>The SIP route {host} cannot be found ({error}); check its name in the carrier settings and the network.</source>
        <translation>SIP-ruten {host} kan ikke findes ({error}); kontrollér navnet i udbyderindstillingerne og netværket.</translation>
    </message>
    <message>
        <source>The trusted SIP peer {host} cannot be found ({error}); its calls are ignored until it can. Check carrier.sip.trusted_peers.</source>
        <translation>Den betroede SIP-modpart {host} kan ikke findes ({error}); dens opkald ignoreres, indtil den kan. Kontrollér carrier.sip.trusted_peers.</translation>
    </message>
    <message>
        <source>the RTP library could not be loaded ({error}); reinstall the softphone</source>
        <translation>RTP-biblioteket kunne ikke indlæses ({error}); installer softphonen igen</translation>
    </message>
    <message>
        <source>the far end sent no audio description (SDP)</source>
        <translation>modparten sendte ingen lydbeskrivelse (SDP)</translation>
    </message>
    <message>
        <source>the far end offered no G.722 or G.711 audio (PCMU or PCMA)</source>
        <translation>modparten tilbød ingen G.722- eller G.711-lyd (PCMU eller PCMA)</translation>
    </message>
    <message>
        <source>no free RTP port pair on {host} between {low} and {high}</source>
        <translation>intet ledigt RTP-portpar på {host} mellem {low} og {high}</translation>
    </message>
    <message>
        <source>the call&apos;s audio is not connected</source>
        <translation>opkaldets lyd er ikke forbundet</translation>
    </message>
    <message>
        <source>the caller sent no audio description (SDP)</source>
        <translation>den, der ringer, sendte ingen lydbeskrivelse (SDP)</translation>
    </message>
    <message>
        <source>the caller requires SRTP (RTP/SAVP) and carrier.sip.media_security is off</source>
        <translation>den, der ringer, kræver SRTP (RTP/SAVP), og carrier.sip.media_security er slået fra</translation>
    </message>
    <message>
        <source>the caller&apos;s SRTP keys cannot be used: {error}</source>
        <translation>den ringendes SRTP-nøgler kan ikke bruges: {error}</translation>
    </message>
    <message>
        <source>no common audio codec with the caller ({error})</source>
        <translation>ingen fælles lydcodec med den, der ringer ({error})</translation>
    </message>
    <message>
        <source>The headset audio could not be opened ({error}); the call stays up.</source>
        <translation>Lyden i headsettet kunne ikke åbnes ({error}); opkaldet fortsætter.</translation>
    </message>
    <message>
        <source>these are not keypad tones: {digits}</source>
        <translation>disse er ikke tastetoner: {digits}</translation>
    </message>
    <message>
        <source>the call has no audio ({error})</source>
        <translation>opkaldet har ingen lyd ({error})</translation>
    </message>
    <message>
        <source>the far end takes no keypad tones (its SDP offers no RFC 4733 telephone-event)</source>
        <translation>modparten modtager ingen tastetoner (dens SDP tilbyder ingen RFC 4733 telephone-event)</translation>
    </message>
    <message>
        <source>No SIP route is configured ({why}); set carrier.sip.proxy.</source>
        <translation>Der er ikke konfigureret nogen SIP-rute ({why}); angiv carrier.sip.proxy.</translation>
    </message>
    <message>
        <source>No audio port could be opened ({error}); the call goes out without audio.</source>
        <translation>Der kunne ikke åbnes nogen lydport ({error}); opkaldet går ud uden lyd.</translation>
    </message>
    <message>
        <source>the location could not be encoded ({error})</source>
        <translation>placeringen kunne ikke kodes ({error})</translation>
    </message>
    <message>
        <source>could not be reached ({error})</source>
        <translation>kunne ikke nås ({error})</translation>
    </message>
    <message>
        <source>Every configured SIP route failed (last: {failure}); call again, and if it fails again use another phone.</source>
        <translation>Alle konfigurerede SIP-ruter mislykkedes (sidst: {failure}); ring igen, og hvis det mislykkes igen, så brug en anden telefon.</translation>
    </message>
    <message>
        <source>did not answer within {seconds} s</source>
        <translation>svarede ikke inden for {seconds} s</translation>
    </message>
    <message>
        <source>{route} {what}; trying {next}.</source>
        <translation>{route} {what}; prøver {next}.</translation>
    </message>
    <message>
        <source>{route} {what}; no other route is configured.</source>
        <translation>{route} {what}; der er ikke konfigureret nogen anden rute.</translation>
    </message>
    <message>
        <source>{route} {what}</source>
        <translation>{route} {what}</translation>
    </message>
    <message>
        <source>the far end answered without an SRTP key</source>
        <translation>modparten svarede uden en SRTP-nøgle</translation>
    </message>
    <message>
        <source>answered with SRTP that cannot be used ({error})</source>
        <translation>svarede med SRTP, der ikke kan bruges ({error})</translation>
    </message>
    <message>
        <source>{route} {what}.</source>
        <translation>{route} {what}.</translation>
    </message>
    <message>
        <source>The emergency call is connected but has no audio: {route} answered with SRTP that cannot be used ({error}). Stay on the line; the answering point has your location and callback number.</source>
        <translation>Nødopkaldet er forbundet, men har ingen lyd: {route} svarede med SRTP, der ikke kan bruges ({error}). Bliv på linjen; alarmcentralen har din placering og dit genopkaldsnummer.</translation>
    </message>
    <message>
        <source>This emergency call&apos;s audio is not encrypted: no route could do SRTP, and an emergency call is never refused for it.</source>
        <translation>Lyden i dette nødopkald er ikke krypteret: ingen rute kunne bruge SRTP, og et nødopkald afvises aldrig af den grund.</translation>
    </message>
    <message>
        <source>The number is busy.</source>
        <translation>Nummeret er optaget.</translation>
    </message>
    <message>
        <source>The far end hung up.</source>
        <translation>Modparten lagde på.</translation>
    </message>
    <message>
        <source>The registration test could not start ({error}).</source>
        <translation>Registreringstesten kunne ikke starte ({error}).</translation>
    </message>
    <message>
        <source>No proxy is set: enter the SIP proxy / SBC first.</source>
        <translation>Der er ikke angivet nogen proxy: indtast først SIP-proxyen / SBC.</translation>
    </message>
    <message>
        <source>No SIP user is set: a registration needs one (trunks that authenticate by address do not register).</source>
        <translation>Der er ikke angivet nogen SIP-bruger: en registrering kræver en (trunks, der godkendes ud fra adressen, registrerer sig ikke).</translation>
    </message>
    <message>
        <source>The proxy {host} cannot be found ({error}); check its name and the network.</source>
        <translation>Proxyen {host} kan ikke findes ({error}); kontrollér navnet og netværket.</translation>
    </message>
    <message>
        <source>{registrar} over {transport}</source>
        <translation>{registrar} via {transport}</translation>
    </message>
    <message>
        <source>{where} cannot be reached ({error}); check the proxy, the transport and the firewall.</source>
        <translation>{where} kan ikke nås ({error}); kontrollér proxyen, transporten og firewallen.</translation>
    </message>
    <message>
        <source>{where} did not answer within {seconds} s; check the proxy, the transport and the firewall.</source>
        <translation>{where} svarede ikke inden for {seconds} s; kontrollér proxyen, transporten og firewallen.</translation>
    </message>
    <message>
        <source>Registered as {user} with {where}, then removed the test registration.</source>
        <translation>Registreret som {user} hos {where}, derefter blev testregistreringen fjernet.</translation>
    </message>
    <message>
        <source>{where} refused the password ({status}); check the SIP user and type the password again.</source>
        <translation>{where} afviste adgangskoden ({status}); kontrollér SIP-brugeren, og skriv adgangskoden igen.</translation>
    </message>
    <message>
        <source>{where} wants a password ({status}); type it in SIP password.</source>
        <translation>{where} kræver en adgangskode ({status}); skriv den i SIP-adgangskode.</translation>
    </message>
    <message>
        <source>{where} answered {status}.</source>
        <translation>{where} svarede {status}.</translation>
    </message>
    <message>
        <source>SIP carrier settings complete</source>
        <translation>SIP-udbyderens indstillinger er komplette</translation>
    </message>
    <message>
        <source>All settings needed to place calls are set.</source>
        <translation>Alle indstillinger, der skal til for at foretage opkald, er angivet.</translation>
    </message>
    <message>
        <source>Open the carrier settings and fill in what is named.</source>
        <translation>Åbn udbyderindstillingerne, og udfyld det nævnte.</translation>
    </message>
    <message>
        <source>Emergency route</source>
        <translation>Nødopkaldsrute</translation>
    </message>
    <message>
        <source>Set carrier.sip.proxy (or the calling-plan proxy).</source>
        <translation>Angiv carrier.sip.proxy (eller opkaldsplanens proxy).</translation>
    </message>
    <message>
        <source>the SBC {host}</source>
        <translation>SBC&apos;en {host}</translation>
    </message>
    <message>
        <source>the fallback SBC {host}</source>
        <translation>reserve-SBC&apos;en {host}</translation>
    </message>
    <message>
        <source>the calling-plan proxy {host}</source>
        <translation>opkaldsplanens proxy {host}</translation>
    </message>
    <message>
        <source>The SBC {host}</source>
        <translation>SBC&apos;en {host}</translation>
    </message>
    <message>
        <source>The fallback SBC {host}</source>
        <translation>Reserve-SBC&apos;en {host}</translation>
    </message>
    <message>
        <source>The calling-plan proxy {host}</source>
        <translation>Opkaldsplanens proxy {host}</translation>
    </message>
    <message>
        <source>the agent has a calling-plan number</source>
        <translation>agenten har et opkaldsplansnummer</translation>
    </message>
    <message>
        <source>no direct-routing rule matches the number</source>
        <translation>ingen regel for direkte routing passer til nummeret</translation>
    </message>
    <message>
        <source>the direct-routing rule {pattern} matches</source>
        <translation>reglen for direkte routing {pattern} passer</translation>
    </message>
    <message>
        <source>the agent has a direct-routing number</source>
        <translation>agenten har et nummer med direkte routing</translation>
    </message>
    <message>
        <source>Emergency route: none — {why}.</source>
        <translation>Nødopkaldsrute: ingen — {why}.</translation>
    </message>
    <message>
        <source>{routes}, then {route}</source>
        <translation>{routes}, derefter {route}</translation>
    </message>
    <message>
        <source>Emergency route: direct offer via {routes} ({why}).</source>
        <translation>Nødopkaldsrute: direkte tilbud via {routes} ({why}).</translation>
    </message>
    <message>
        <source>Emergency route: direct routing via {routes} ({why}).</source>
        <translation>Nødopkaldsrute: direkte routing via {routes} ({why}).</translation>
    </message>
    <message>
        <source>a malformed a=crypto line (RFC 4568 wants: tag suite inline:key)</source>
        <translation>en fejlformet a=crypto-linje (RFC 4568 kræver: tag suite inline:key)</translation>
    </message>
    <message>
        <source>the crypto suite {suite} is not supported (supported: {supported})</source>
        <translation>krypteringssuiten {suite} understøttes ikke (understøttet: {supported})</translation>
    </message>
    <message>
        <source>the {suite} key is not given inline (RFC 4568 §6.1)</source>
        <translation>{suite}-nøglen er ikke angivet inline (RFC 4568 §6.1)</translation>
    </message>
    <message>
        <source>the {suite} key has an MKI, which is not supported</source>
        <translation>{suite}-nøglen har en MKI, hvilket ikke understøttes</translation>
    </message>
    <message>
        <source>the {suite} key is not valid base64</source>
        <translation>{suite}-nøglen er ikke gyldig base64</translation>
    </message>
    <message>
        <source>the {suite} key is {length} bytes long, not {expected}</source>
        <translation>{suite}-nøglen er {length} byte lang, ikke {expected}</translation>
    </message>
    <message>
        <source>the far end answered without an a=crypto key</source>
        <translation>modparten svarede uden en a=crypto-nøgle</translation>
    </message>
    <message>
        <source>the far end&apos;s a=crypto answer (tag {tag}, {suite}) matches nothing offered</source>
        <translation>modpartens a=crypto-svar (tag {tag}, {suite}) passer ikke til noget tilbudt</translation>
    </message>
    <message>
        <source>the offer has no a=crypto key</source>
        <translation>tilbuddet har ingen a=crypto-nøgle</translation>
    </message>
    <message>
        <source>The CA file {file} cannot be used to verify the SIP proxy ({error}); fix carrier.sip.tls_ca_file or empty it to use the system&apos;s certificate authorities.</source>
        <translation>CA-filen {file} kan ikke bruges til at verificere SIP-proxyen ({error}); ret carrier.sip.tls_ca_file, eller tøm den for at bruge systemets certifikatudstedere.</translation>
    </message>
    <message>
        <source>The TLS listener&apos;s key password cannot be read: {error}</source>
        <translation>Adgangskoden til TLS-lytterens nøgle kan ikke læses: {error}</translation>
    </message>
    <message>
        <source>The TLS key {file} is encrypted and no password is stored as {secret}: store it in the keyring (see the README), or use an unencrypted key.</source>
        <translation>TLS-nøglen {file} er krypteret, og der er ikke gemt nogen adgangskode som {secret}: gem den i nøgleringen (se README), eller brug en ukrypteret nøgle.</translation>
    </message>
    <message>
        <source>the key does not belong to the certificate</source>
        <translation>nøglen hører ikke til certifikatet</translation>
    </message>
    <message>
        <source>the password stored as {secret} does not open the key</source>
        <translation>adgangskoden gemt som {secret} åbner ikke nøglen</translation>
    </message>
    <message>
        <source>they are not a PEM certificate and key ({error})</source>
        <translation>de er ikke et PEM-certifikat og en PEM-nøgle ({error})</translation>
    </message>
    <message>
        <source>The TLS listener cannot use its certificate: {error}. Fix carrier.sip.tls_certificate_file and carrier.sip.tls_key_file.</source>
        <translation>TLS-lytteren kan ikke bruge sit certifikat: {error}. Ret carrier.sip.tls_certificate_file og carrier.sip.tls_key_file.</translation>
    </message>
    <message>
        <source>The TLS certificate or key cannot be read ({error}); fix carrier.sip.tls_certificate_file and carrier.sip.tls_key_file.</source>
        <translation>TLS-certifikatet eller -nøglen kan ikke læses ({error}); ret carrier.sip.tls_certificate_file og carrier.sip.tls_key_file.</translation>
    </message>
    <message>
        <source>The CA file {file} cannot be used to check callers&apos; certificates ({error}); fix carrier.sip.tls_ca_file.</source>
        <translation>CA-filen {file} kan ikke bruges til at kontrollere opkaldernes certifikater ({error}); ret carrier.sip.tls_ca_file.</translation>
    </message>
</context>
<context>
    <name>SipSettings</name>
    <message>
        <source>SIP password</source>
        <translation>SIP-adgangskode</translation>
    </message>
    <message>
        <source>A password for {name} is stored in the system keyring.</source>
        <translation>En adgangskode til {name} er gemt i systemets nøglering.</translation>
    </message>
    <message>
        <source>No password is stored yet for {name}; type it here if the carrier asks for one (digest authentication).</source>
        <translation>Der er endnu ikke gemt nogen adgangskode til {name}; skriv den her, hvis udbyderen beder om en (digest-godkendelse).</translation>
    </message>
    <message>
        <source>No SIP user is set, so no password is used (trunks that authenticate by address). Set carrier.sip.user first if the carrier wants one.</source>
        <translation>Der er ikke angivet nogen SIP-bruger, så der bruges ingen adgangskode (trunks der godkender efter adresse). Angiv først carrier.sip.user, hvis udbyderen vil have en.</translation>
    </message>
    <message>
        <source>Test registration</source>
        <translation>Test registrering</translation>
    </message>
    <message>
        <source>Register once with these settings (nothing is saved) and remove the test registration again.</source>
        <translation>Registrér én gang med disse indstillinger (intet gemmes), og fjern testregistreringen igen.</translation>
    </message>
    <message>
        <source>Registration test result</source>
        <translation>Resultat af registreringstest</translation>
    </message>
    <message>
        <source>Fix the SIP settings marked in red first; the test uses the values shown here.</source>
        <translation>Ret først SIP-indstillingerne markeret med rødt; testen bruger værdierne vist her.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registrerer…</translation>
    </message>
    <message>
        <source>The SIP password cannot be read: {error}</source>
        <translation>SIP-adgangskoden kan ikke læses: {error}</translation>
    </message>
    <message>
        <source>The registration test failed unexpectedly ({error}); see the log.</source>
        <translation>Registreringstesten mislykkedes uventet ({error}); se loggen.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Spoken prompts are unavailable: the pyttsx3 package is missing (reinstall the softphone).</source>
        <translation>Talte meddelelser er ikke tilgængelige: pakken pyttsx3 mangler (installer softphonen igen).</translation>
    </message>
    <message>
        <source>The speech engine produced an unexpected audio format.</source>
        <translation>Talemotoren leverede et uventet lydformat.</translation>
    </message>
    <message>
        <source>Spoken prompts are unavailable ({error}): install espeak-ng (Debian: {command}).</source>
        <translation>Talte meddelelser er ikke tilgængelige ({error}): installer espeak-ng (Debian: {command}).</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database file was damaged; it was erased and a new one was started (presence and history start empty).</source>
        <translation>Databasefilen var beskadiget; den blev slettet, og en ny blev startet (tilstedeværelse og historik starter tomme).</translation>
    </message>
    <message>
        <source>Cannot write to {path} ({error}). Presence, the callback lease and call history are kept in memory only until the softphone restarts: make the profile folder writable. Calls are not affected.</source>
        <translation>Kan ikke skrive til {path} ({error}). Tilstedeværelse, reservationen af genopkaldsnummeret og opkaldshistorikken gemmes kun i hukommelsen, indtil softphonen genstarter: gør profilmappen skrivbar. Opkald påvirkes ikke.</translation>
    </message>
    <message>
        <source>Could not save to {path} ({error}); check that the profile folder is writable and the disk is not full.</source>
        <translation>Kunne ikke gemme i {path} ({error}); kontrollér, at profilmappen er skrivbar, og at disken ikke er fuld.</translation>
    </message>
    <message>
        <source>it is damaged and could not be erased: {error}</source>
        <translation>den er beskadiget og kunne ikke slettes: {error}</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>line {line}: {end} closes a {start} that was never opened</source>
        <translation>linje {line}: {end} lukker en {start}, der aldrig blev åbnet</translation>
    </message>
    <message>
        <source>line {line}: {end} comes before the {start} opened on line {opened} is closed; add {missing} first</source>
        <translation>linje {line}: {end} kommer, før {start}, der blev åbnet i linje {opened}, er lukket; tilføj {missing} først</translation>
    </message>
    <message>
        <source>line {line}: {start} is never closed; add {end}</source>
        <translation>linje {line}: {start} bliver aldrig lukket; tilføj {end}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Emne</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>HTML-brødtekst</translation>
    </message>
    <message>
        <source>Plain-text body</source>
        <translation>Brødtekst som ren tekst</translation>
    </message>
    <message>
        <source>{part}, line {line}</source>
        <translation>{part}, linje {line}</translation>
    </message>
    <message>
        <source>{where}: {token} is not a placeholder; write a name such as {example}</source>
        <translation>{where}: {token} er ikke en pladsholder; skriv et navn som {example}</translation>
    </message>
    <message>
        <source>{where}: unknown placeholder {placeholder}{suggestion}</source>
        <translation>{where}: ukendt pladsholder {placeholder}{suggestion}</translation>
    </message>
    <message>
        <source>{where}: {start} is not closed; end the placeholder with {end}</source>
        <translation>{where}: {start} er ikke lukket; afslut pladsholderen med {end}</translation>
    </message>
    <message>
        <source>{where}: {end} has no opening {start}</source>
        <translation>{where}: {end} har ingen åbnende {start}</translation>
    </message>
    <message>
        <source>{part}: must not be empty</source>
        <translation>{part}: må ikke være tom</translation>
    </message>
    <message>
        <source>; did you mean {placeholder}?</source>
        <translation>; mente du {placeholder}?</translation>
    </message>
    <message>
        <source>; the placeholders are listed beside the editor</source>
        <translation>; pladsholderne står ved siden af editoren</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Presence</source>
        <translation>Tilstedeværelse</translation>
    </message>
    <message>
        <source>Dial…</source>
        <translation>Ring op…</translation>
    </message>
    <message>
        <source>Show Softphone</source>
        <translation>Vis Softphone</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Afslut</translation>
    </message>
    <message>
        <source>Presence: {status} (emergency call)</source>
        <translation>Tilstedeværelse: {status} (nødopkald)</translation>
    </message>
    <message>
        <source>Presence: {status}</source>
        <translation>Tilstedeværelse: {status}</translation>
    </message>
    <message>
        <source>Softphone: {status}</source>
        <translation>Softphone: {status}</translation>
    </message>
    <message>
        <source>Callback mode: {number}, {time}</source>
        <translation>Genopkaldstilstand: {number}, {time}</translation>
    </message>
    <message>
        <source>Callback mode, {time}</source>
        <translation>Genopkaldstilstand, {time}</translation>
    </message>
    <message>
        <source>{time} (paused)</source>
        <translation>{time} (på pause)</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>{time} tilbage</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Ring op</translation>
    </message>
    <message>
        <source>Number or tel: link:</source>
        <translation>Nummer eller tel:-link:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Ring op</translation>
    </message>
</context>
</TS>
