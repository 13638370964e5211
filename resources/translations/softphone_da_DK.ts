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
        <translation>Softphonen stoppede, mens den tog imod opkaldet; ringer op igen på en ny.</translation>
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
        <translation>Kontrolsoklen svarede noget, der ikke er softphonens protokol; se softphonens vindue.</translation>
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
        <translation>Kan ikke have softphonens kontrolsokkel i {folder}: {problem}. Fjern den (en anden konto kan have oprettet den), eller sæt {variable} til en mappe, som kun du kan åbne.</translation>
    </message>
    <message>
        <source>The control socket&apos;s path {path} is too long for the system; set {variable} to a shorter private folder.</source>
        <translation>Kontrolsoklens sti {path} er for lang til systemet; sæt {variable} til en kortere privat mappe.</translation>
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
        <translation>Kan ikke åbne kontrolsoklen {path}: {error}</translation>
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
        <translation>Kontrolsoklen {path} tilhører en proces, der ejes af en anden bruger (uid {uid}); intet blev sendt til den. Fjern soklen, og start softphonen igen, og fortæl det til IT: en anden konto prøver måske at opsnappe opkald.</translation>
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
        <source>Custom statuses</source>
        <translation>Egne statusser</translation>
    </message>
    <message>
        <source>Extra presence statuses the agent can pick, such as Lunch or Training.</source>
        <translation>Ekstra tilstedeværelsesstatusser, som agenten kan vælge, f.eks. Frokost eller Kursus.</translation>
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
