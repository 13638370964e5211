<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_PR" sourcelanguage="en_US">
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
        <translation>Calle</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Floor / room</source>
        <translation>Piso / oficina</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Ciudad / pueblo</translation>
    </message>
    <message>
        <source>State / region</source>
        <translation>Estado / región</translation>
    </message>
    <message>
        <source>Postcode</source>
        <translation>Código postal</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>five digits such as {example}</source>
        <translation>cinco dígitos como {example}</translation>
    </message>
    <message>
        <source>letter-digit-letter digit-letter-digit such as {example}</source>
        <translation>letra-dígito-letra dígito-letra-dígito como {example}</translation>
    </message>
    <message>
        <source>four digits such as {example}</source>
        <translation>cuatro dígitos como {example}</translation>
    </message>
    <message>
        <source>a UK postcode such as {example}</source>
        <translation>un código postal del Reino Unido como {example}</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field} es obligatorio.</translation>
    </message>
    <message>
        <source>Country must be a two-letter code such as US, GB or DK.</source>
        <translation>El país debe ser un código de dos letras como US, GB o DK.</translation>
    </message>
    <message>
        <source>State / region is required in this country.</source>
        <translation>El estado o región es obligatorio en este país.</translation>
    </message>
    <message>
        <source>Postcode is required in this country.</source>
        <translation>El código postal es obligatorio en este país.</translation>
    </message>
    <message>
        <source>Postcode &apos;{postcode}&apos; is not valid here: use {form}.</source>
        <translation>El código postal &apos;{postcode}&apos; no es válido aquí: use {form}.</translation>
    </message>
    <message>
        <source>The address cannot be confirmed: {problems}</source>
        <translation>No se puede confirmar la dirección: {problems}</translation>
    </message>
</context>
<context>
    <name>AddressDialog</name>
    <message>
        <source>e.g. 3rd floor, room 301</source>
        <translation>p. ej. piso 3, oficina 301</translation>
    </message>
    <message>
        <source>Confirm address</source>
        <translation>Confirmar dirección</translation>
    </message>
    <message>
        <source>Please complete the marked fields.</source>
        <translation>Complete los campos marcados.</translation>
    </message>
    <message>
        <source>Confirm where you are</source>
        <translation>Confirme dónde está</translation>
    </message>
    <message>
        <source>Confirm the address where you are working now, so an answering point can send help to you.</source>
        <translation>Confirme la dirección donde está trabajando ahora, para que un centro de emergencias pueda enviarle ayuda.</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Más tarde</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>Cannot create the profile folder {folder}: {error}. Nothing will be saved.</source>
        <translation>No se puede crear la carpeta del perfil {folder}: {error}. No se guardará nada.</translation>
    </message>
    <message>
        <source>The workstation&apos;s networks could not be read ({error}); the callback site is chosen without them.</source>
        <translation>No se pudieron leer las redes de la estación de trabajo ({error}); el sitio de devolución de llamada se elige sin ellas.</translation>
    </message>
    <message>
        <source>{error}. Command-line control is unavailable.</source>
        <translation>{error}. El control desde la línea de comandos no está disponible.</translation>
    </message>
    <message>
        <source>Audio devices</source>
        <translation>Dispositivos de audio</translation>
    </message>
    <message>
        <source>An emergency call is up: end it before quitting the softphone.</source>
        <translation>Hay una llamada de emergencia en curso: termínela antes de salir del softphone.</translation>
    </message>
</context>
<context>
    <name>Assistant</name>
    <message>
        <source>Welcome</source>
        <translation>Bienvenida</translation>
    </message>
    <message>
        <source>Where you are</source>
        <translation>Dónde está</translation>
    </message>
    <message>
        <source>Headset</source>
        <translation>Auriculares</translation>
    </message>
    <message>
        <source>What your admin still has to set</source>
        <translation>Lo que su administrador aún debe configurar</translation>
    </message>
    <message>
        <source>Test call</source>
        <translation>Llamada de prueba</translation>
    </message>
    <message>
        <source>Set up the softphone</source>
        <translation>Configurar el softphone</translation>
    </message>
    <message>
        <source>Set-up steps</source>
        <translation>Pasos de configuración</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Número a llamar</translation>
    </message>
    <message>
        <source>A number to call now, 911 in an emergency</source>
        <translation>Un número para llamar ahora, el 911 en una emergencia</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Siguiente</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Call &amp;now:</source>
        <translation>Llamar &amp;ahora:</translation>
    </message>
    <message>
        <source>The set-up assistant will open again at the next start: {error}</source>
        <translation>El asistente de configuración se abrirá de nuevo en el próximo inicio: {error}</translation>
    </message>
    <message>
        <source>Welcome to the softphone</source>
        <translation>Bienvenido al softphone</translation>
    </message>
    <message>
        <source>A few minutes to be ready for an emergency call: confirm where you are, test your headset, see what your admin still has to set, and make a test call.</source>
        <translation>Unos minutos para estar listo para una llamada de emergencia: confirme dónde está, pruebe sus auriculares, vea lo que su administrador aún debe configurar y haga una llamada de prueba.</translation>
    </message>
    <message>
        <source>Emergency numbers work at any time, also while this assistant is open: type one in the number field of the main window, or in the field at the bottom of this window, and it is dialled at once.</source>
        <translation>Los números de emergencia funcionan siempre, también con este asistente abierto: escriba uno en el campo de número de la ventana principal, o en el campo al pie de esta ventana, y se marca de inmediato.</translation>
    </message>
    <message>
        <source>You can close the assistant whenever you like and open it again from the readiness panel (the emergency calling sign in the status bar).</source>
        <translation>Puede cerrar el asistente cuando quiera y abrirlo de nuevo desde el panel de preparación (el indicador de llamadas de emergencia en la barra de estado).</translation>
    </message>
    <message>
        <source>The answering point receives this address with every emergency call, so help can be sent to you. Check it, complete it (floor and room help responders find you inside the building) and confirm it.</source>
        <translation>El centro de emergencias recibe esta dirección con cada llamada de emergencia, para que se le pueda enviar ayuda. Revísela, complétela (el piso y la oficina ayudan a los rescatistas a encontrarle dentro del edificio) y confírmela.</translation>
    </message>
    <message>
        <source>Your headset</source>
        <translation>Sus auriculares</translation>
    </message>
    <message>
        <source>Plug in your headset and pick it below. Press Play test tone: you should hear a short beep. Then speak: the microphone level should move. Your choice is remembered and used again whenever the headset is plugged in.</source>
        <translation>Conecte sus auriculares y elíjalos abajo. Oprima Reproducir tono de prueba: debería oír un pitido corto. Luego hable: el nivel del micrófono debería moverse. Su elección se recuerda y se usa de nuevo cada vez que conecte los auriculares.</translation>
    </message>
    <message>
        <source>Audio devices cannot be chosen on this computer; calls still go out.</source>
        <translation>No se pueden elegir dispositivos de audio en esta computadora; las llamadas salen de todos modos.</translation>
    </message>
    <message>
        <source>Your admin has set up everything emergency calling needs from this softphone.</source>
        <translation>Su administrador configuró todo lo que necesitan las llamadas de emergencia desde este softphone.</translation>
    </message>
    <message>
        <source>These are not set yet. Emergency numbers are still dialled, but until they are fixed help may not reach you as it should:</source>
        <translation>Esto aún no está configurado. Los números de emergencia se siguen marcando, pero hasta que se corrija es posible que la ayuda no le llegue como debe:</translation>
    </message>
    <message>
        <source>Who to ask: {contact}</source>
        <translation>A quién preguntar: {contact}</translation>
    </message>
    <message>
        <source>Who to ask: your supervisor or IT department. (Your admin can put their name here: Settings › Agent › Who to ask.)</source>
        <translation>A quién preguntar: su supervisor o el departamento de informática. (Su administrador puede poner su nombre aquí: Configuración › Agente › A quién preguntar.)</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Llamar al {number}</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>A test call</source>
        <translation>Una llamada de prueba</translation>
    </message>
    <message>
        <source>933 is the address test line in the United States: a free call, not an emergency call, that reads back the number and the address an answering point would receive from you. Listen, and check that both are right.</source>
        <translation>El 933 es la línea de prueba de dirección en los Estados Unidos: una llamada gratis, no de emergencia, que le lee el número y la dirección que un centro de emergencias recibiría de usted. Escuche y compruebe que ambos estén correctos.</translation>
    </message>
    <message>
        <source>The 933 test line exists in the United States and Puerto Rico only, so there is nothing to call from here. Your admin can tell you how emergency calls are tested where you work.</source>
        <translation>La línea de prueba 933 solo existe en los Estados Unidos y Puerto Rico, así que no hay nada que llamar desde aquí. Su administrador puede decirle cómo se prueban las llamadas de emergencia donde usted trabaja.</translation>
    </message>
    <message>
        <source>The test call was not placed; the main window says why.</source>
        <translation>No se hizo la llamada de prueba; la ventana principal dice por qué.</translation>
    </message>
    <message>
        <source>Calling the test line…</source>
        <translation>Llamando a la línea de prueba…</translation>
    </message>
    <message>
        <source>Ringing…</source>
        <translation>Sonando…</translation>
    </message>
    <message>
        <source>Connected: listen to what the test line read back.</source>
        <translation>Conectada: escuche lo que leyó la línea de prueba.</translation>
    </message>
    <message>
        <source>The test call has ended.</source>
        <translation>La llamada de prueba terminó.</translation>
    </message>
    <message>
        <source>The test call failed: {reason}</source>
        <translation>La llamada de prueba falló: {reason}</translation>
    </message>
    <message>
        <source>The test line said: “{words}”</source>
        <translation>La línea de prueba dijo: “{words}”</translation>
    </message>
</context>
<context>
    <name>Audio</name>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Altavoz</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Timbre</translation>
    </message>
    <message>
        <source>No audio devices found. Calls still go out, but without sound on this computer: plug in a headset, or check that the sound system is running.</source>
        <translation>No se encontraron dispositivos de audio. Las llamadas salen de todos modos, pero sin sonido en esta computadora: conecte unos auriculares, o verifique que el sistema de sonido esté funcionando.</translation>
    </message>
    <message>
        <source>The audio devices have not been listed yet.</source>
        <translation>Todavía no se han detectado los dispositivos de audio.</translation>
    </message>
    <message>
        <source>Microphone available</source>
        <translation>Micrófono disponible</translation>
    </message>
    <message>
        <source>Speaker available</source>
        <translation>Altavoz disponible</translation>
    </message>
    <message>
        <source>Using &apos;{device}&apos;.</source>
        <translation>Usando “{device}”.</translation>
    </message>
    <message>
        <source>Plug in a headset, or check that the sound system runs.</source>
        <translation>Conecte unos auriculares, o verifique que el sistema de sonido esté funcionando.</translation>
    </message>
    <message>
        <source>{fix} The softphone notices within {seconds} s once it answers again.</source>
        <translation>{fix} El softphone lo detecta en {seconds} s en cuanto vuelva a responder.</translation>
    </message>
    <message>
        <source>The sound system does not answer new starts: the devices in use keep working, devices plugged in now are not seen. {fix}</source>
        <translation>El sistema de sonido no responde a nuevos inicios: los dispositivos en uso siguen funcionando, pero los que se conecten ahora no se ven. {fix}</translation>
    </message>
    <message>
        <source>The sound system answers new starts again.</source>
        <translation>El sistema de sonido vuelve a responder a nuevos inicios.</translation>
    </message>
    <message>
        <source>this softphone (process {pid})</source>
        <translation>este softphone (proceso {pid})</translation>
    </message>
    <message>
        <source>{name} (process {pid})</source>
        <translation>{name} (proceso {pid})</translation>
    </message>
    <message>
        <source>Running programs use the JACK lock in {folder}, so the softphone leaves it alone: close {programs}.</source>
        <translation>Hay programas en ejecución que usan el bloqueo de JACK en {folder}, así que el softphone no lo toca: cierre {programs}.</translation>
    </message>
    <message>
        <source>{fix} Then restart the softphone: PortAudio cannot be restarted inside it.</source>
        <translation>{fix} Luego reinicie el softphone: PortAudio no se puede reiniciar dentro de él.</translation>
    </message>
    <message>
        <source>The sound system answers again.</source>
        <translation>El sistema de sonido vuelve a responder.</translation>
    </message>
    <message>
        <source>it is no longer listed by the sound system</source>
        <translation>el sistema de sonido ya no lo muestra</translation>
    </message>
    <message>
        <source>it stopped working</source>
        <translation>dejó de funcionar</translation>
    </message>
    <message>
        <source>Audio device &apos;{device}&apos; stopped working.</source>
        <translation>El dispositivo de audio “{device}” dejó de funcionar.</translation>
    </message>
    <message>
        <source>{role}: back on &apos;{device}&apos;.</source>
        <translation>{role}: de vuelta en “{device}”.</translation>
    </message>
    <message>
        <source>{rate} Hz does not divide into 20 ms frames; use a rate that is a multiple of 50 Hz such as 8000, 16000, 44100 or 48000</source>
        <translation>{rate} Hz no se divide en tramas de 20 ms; use una frecuencia que sea múltiplo de 50 Hz, como 8000, 16000, 44100 o 48000</translation>
    </message>
    <message>
        <source>it failed to open</source>
        <translation>no se pudo abrir</translation>
    </message>
    <message>
        <source>{why}; using &apos;{device}&apos; instead.</source>
        <translation>{why}; se usa “{device}” en su lugar.</translation>
    </message>
    <message>
        <source>Microphone &apos;{device}&apos; is not connected</source>
        <translation>El micrófono “{device}” no está conectado</translation>
    </message>
    <message>
        <source>Speaker &apos;{device}&apos; is not connected</source>
        <translation>El altavoz “{device}” no está conectado</translation>
    </message>
    <message>
        <source>Ringer &apos;{device}&apos; is not connected</source>
        <translation>El dispositivo del timbre “{device}” no está conectado</translation>
    </message>
    <message>
        <source>Microphone &apos;{device}&apos; cannot be used ({why})</source>
        <translation>El micrófono “{device}” no se puede usar ({why})</translation>
    </message>
    <message>
        <source>Speaker &apos;{device}&apos; cannot be used ({why})</source>
        <translation>El altavoz “{device}” no se puede usar ({why})</translation>
    </message>
    <message>
        <source>Ringer &apos;{device}&apos; cannot be used ({why})</source>
        <translation>El dispositivo del timbre “{device}” no se puede usar ({why})</translation>
    </message>
    <message>
        <source>The system default microphone &apos;{device}&apos; cannot be used ({why})</source>
        <translation>El micrófono predeterminado del sistema, “{device}”, no se puede usar ({why})</translation>
    </message>
    <message>
        <source>The system default speaker &apos;{device}&apos; cannot be used ({why})</source>
        <translation>El altavoz predeterminado del sistema, “{device}”, no se puede usar ({why})</translation>
    </message>
    <message>
        <source>The system default ringer &apos;{device}&apos; cannot be used ({why})</source>
        <translation>El dispositivo del timbre predeterminado del sistema, “{device}”, no se puede usar ({why})</translation>
    </message>
    <message>
        <source>There is no other microphone to use{detail}: calls still connect, but the other party hears silence. {fix}</source>
        <translation>No hay otro micrófono que usar{detail}: las llamadas se siguen conectando, pero la otra persona solo escucha silencio. {fix}</translation>
    </message>
    <message>
        <source>{why}, and there is no other microphone to use{detail}: calls still connect, but the other party hears silence. {fix}</source>
        <translation>{why}, y no hay otro micrófono que usar{detail}: las llamadas se siguen conectando, pero la otra persona solo escucha silencio. {fix}</translation>
    </message>
    <message>
        <source>There is no other speaker to use{detail}: calls still connect, but you will not hear the other party. {fix}</source>
        <translation>No hay otro altavoz que usar{detail}: las llamadas se siguen conectando, pero usted no escuchará a la otra persona. {fix}</translation>
    </message>
    <message>
        <source>{why}, and there is no other speaker to use{detail}: calls still connect, but you will not hear the other party. {fix}</source>
        <translation>{why}, y no hay otro altavoz que usar{detail}: las llamadas se siguen conectando, pero usted no escuchará a la otra persona. {fix}</translation>
    </message>
    <message>
        <source>There is no other ringer to use{detail}: calls still connect, but incoming calls ring on screen only. {fix}</source>
        <translation>No hay otro dispositivo del timbre que usar{detail}: las llamadas se siguen conectando, pero las llamadas entrantes solo suenan en la pantalla. {fix}</translation>
    </message>
    <message>
        <source>{why}, and there is no other ringer to use{detail}: calls still connect, but incoming calls ring on screen only. {fix}</source>
        <translation>{why}, y no hay otro dispositivo del timbre que usar{detail}: las llamadas se siguen conectando, pero las llamadas entrantes solo suenan en la pantalla. {fix}</translation>
    </message>
    <message>
        <source>Plug in a headset to fix this.</source>
        <translation>Conecte unos auriculares para resolverlo.</translation>
    </message>
    <message>
        <source>Audio device connected: {device}.</source>
        <translation>Dispositivo de audio conectado: {device}.</translation>
    </message>
    <message>
        <source>Audio device disconnected: {device}.</source>
        <translation>Dispositivo de audio desconectado: {device}.</translation>
    </message>
    <message>
        <source>A program killed while it started its audio probably left a stale JACK lock in {folder}: close the programs that use sound and remove that folder (rm -rf {folder}).</source>
        <translation>Un programa que se cerró a la fuerza mientras iniciaba su audio probablemente dejó un bloqueo de JACK obsoleto en {folder}: cierre los programas que usan sonido y elimine esa carpeta (rm -rf {folder}).</translation>
    </message>
    <message>
        <source>Restart the sound system (or the computer).</source>
        <translation>Reinicie el sistema de sonido (o la computadora).</translation>
    </message>
    <message>
        <source>The sound system did not answer within {seconds} s (PortAudio {what} did not return). Calls still go out, but without sound on this computer.</source>
        <translation>El sistema de sonido no respondió en {seconds} s (PortAudio no terminó: {what}). Las llamadas salen de todos modos, pero sin sonido en esta computadora.</translation>
    </message>
    <message>
        <source>stream close</source>
        <translation>cierre del flujo</translation>
    </message>
    <message>
        <source>PortAudio has not been loaded yet.</source>
        <translation>PortAudio todavía no se ha cargado.</translation>
    </message>
    <message>
        <source>PortAudio {what} did not return within {seconds} s; it is not asked again in this process</source>
        <translation>PortAudio no terminó en {seconds} s ({what}); no se le vuelve a pedir nada en este proceso</translation>
    </message>
    <message>
        <source>start</source>
        <translation>inicio</translation>
    </message>
    <message>
        <source>The PortAudio library is missing ({error}). Calls still go out, but without sound on this computer: install it (Debian/Ubuntu: apt install libportaudio2).</source>
        <translation>Falta la biblioteca PortAudio ({error}). Las llamadas salen de todos modos, pero sin sonido en esta computadora: instálela (Debian/Ubuntu: apt install libportaudio2).</translation>
    </message>
    <message>
        <source>restart</source>
        <translation>reinicio</translation>
    </message>
    <message>
        <source>The sound system failed to restart ({error}).</source>
        <translation>El sistema de sonido no se pudo reiniciar ({error}).</translation>
    </message>
    <message>
        <source>device list</source>
        <translation>lista de dispositivos</translation>
    </message>
    <message>
        <source>The sound system cannot be queried ({error}).</source>
        <translation>No se puede consultar el sistema de sonido ({error}).</translation>
    </message>
    <message>
        <source>there is no sound system to open devices with</source>
        <translation>no hay un sistema de sonido con el que abrir dispositivos</translation>
    </message>
    <message>
        <source>opening &apos;{device}&apos;</source>
        <translation>apertura de “{device}”</translation>
    </message>
    <message>
        <source>&apos;{device}&apos; could not be opened ({error})</source>
        <translation>“{device}” no se pudo abrir ({error})</translation>
    </message>
    <message>
        <source>&apos;{device}&apos; could not be started ({error})</source>
        <translation>“{device}” no se pudo iniciar ({error})</translation>
    </message>
    <message>
        <source>&apos;{device}&apos; refused every sample rate tried ({rates})</source>
        <translation>“{device}” rechazó todas las frecuencias de muestreo probadas ({rates})</translation>
    </message>
    <message>
        <source>The softphone is closing.</source>
        <translation>El softphone se está cerrando.</translation>
    </message>
    <message>
        <source>The audio devices cannot be listed: the helper process did not start ({error}). Reinstall the softphone.</source>
        <translation>No se pueden detectar los dispositivos de audio: el proceso auxiliar no se inició ({error}). Reinstale el softphone.</translation>
    </message>
    <message>
        <source>The audio devices cannot be listed: the helper process ended with status {status}. Calls still go out, but without sound on this computer.</source>
        <translation>No se pueden detectar los dispositivos de audio: el proceso auxiliar terminó con el estado {status}. Las llamadas salen de todos modos, pero sin sonido en esta computadora.</translation>
    </message>
</context>
<context>
    <name>Autostart</name>
    <message>
        <source>Could not create the start-at-login entry {entry}: {error}. Check that the folder is writable, or change the setting {option}.</source>
        <translation>No se pudo crear la entrada de inicio al iniciar sesión {entry}: {error}. Verifique que se pueda escribir en la carpeta o cambie la opción {option}.</translation>
    </message>
    <message>
        <source>Could not remove the start-at-login entry {entry}: {error}. Check that the folder is writable, or change the setting {option}.</source>
        <translation>No se pudo eliminar la entrada de inicio al iniciar sesión {entry}: {error}. Verifique que se pueda escribir en la carpeta o cambie la opción {option}.</translation>
    </message>
    <message>
        <source>The Run registry key exists only on Windows.</source>
        <translation>La clave del registro Run solo existe en Windows.</translation>
    </message>
</context>
<context>
    <name>CallbackBanner</name>
    <message>
        <source>&amp;End callback mode…</source>
        <translation>Ter&amp;minar el modo de devolución de llamada…</translation>
    </message>
    <message>
        <source>Asks first; afterwards a call from the answering point is an ordinary call.</source>
        <translation>Pregunta primero; después, una llamada del centro de emergencias es una llamada común.</translation>
    </message>
    <message>
        <source>Callback mode</source>
        <translation>Modo de devolución de llamada</translation>
    </message>
    <message>
        <source>Callback mode: the answering point can call you back on {number}</source>
        <translation>Modo de devolución de llamada: el centro de emergencias puede devolverle la llamada al {number}</translation>
    </message>
    <message>
        <source>{time} (paused during the emergency call)</source>
        <translation>{time} (en pausa durante la llamada de emergencia)</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>End callback mode</source>
        <translation>Terminar el modo de devolución de llamada</translation>
    </message>
    <message>
        <source>End callback mode now? Until the countdown ends, a call from the answering point on this number rings through Do not disturb and busy lines. After you end it, it is an ordinary call.</source>
        <translation>¿Terminar el modo de devolución de llamada ahora? Hasta que termine la cuenta regresiva, una llamada del centro de emergencias a este número suena aunque esté en No molestar o con las líneas ocupadas. Después será una llamada común.</translation>
    </message>
</context>
<context>
    <name>CallbackSettings</name>
    <message>
        <source>Shared store password</source>
        <translation>Contraseña del registro compartido</translation>
    </message>
    <message>
        <source>A password for {name} is stored in the system keyring.</source>
        <translation>Hay una contraseña para {name} guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No password is stored yet for {name}; type the database password of the user in callback.shared_store.</source>
        <translation>Aún no hay contraseña guardada para {name}; escriba la contraseña de la base de datos del usuario de callback.shared_store.</translation>
    </message>
    <message>
        <source>No shared store is set (callback.shared_store), so no password is used.</source>
        <translation>No hay registro compartido configurado (callback.shared_store), así que no se usa contraseña.</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Site</source>
        <translation>Sitio</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Estación de trabajo</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Vence</translation>
    </message>
    <message>
        <source>paused (emergency call up)</source>
        <translation>en pausa (llamada de emergencia en curso)</translation>
    </message>
    <message>
        <source>(default pool)</source>
        <translation>(grupo predeterminado)</translation>
    </message>
    <message>
        <source>Live callback leases</source>
        <translation>Reservas de devolución de llamada activas</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualizar</translation>
    </message>
    <message>
        <source>Live callback leases (read-only):</source>
        <translation>Reservas de devolución de llamada activas (solo lectura):</translation>
    </message>
    <message>
        <source>Reading the leases…</source>
        <translation>Leyendo las reservas…</translation>
    </message>
    <message numerus="yes">
        <source>%n live lease(s).</source>
        <translation>
            <numerusform>%n reserva activa.</numerusform>
            <numerusform>%n reservas activas.</numerusform>
        </translation>
    </message>
    <message>
        <source>No callback number is leased.</source>
        <translation>No hay ningún número de devolución de llamada reservado.</translation>
    </message>
</context>
<context>
    <name>CallbackStore</name>
    <message>
        <source>{where} did not answer within {seconds} s</source>
        <translation>{where} no respondió en {seconds} s</translation>
    </message>
    <message>
        <source>check that the database server is up and reachable from this workstation</source>
        <translation>verifique que el servidor de base de datos esté funcionando y se pueda alcanzar desde esta estación de trabajo</translation>
    </message>
    <message>
        <source>nothing accepts connections at {host}:{port}</source>
        <translation>nada acepta conexiones en {host}:{port}</translation>
    </message>
    <message>
        <source>start the database server, or correct the host and port in {setting}</source>
        <translation>inicie el servidor de base de datos, o corrija el host y el puerto en {setting}</translation>
    </message>
    <message>
        <source>the database refused the password of {user}</source>
        <translation>la base de datos rechazó la contraseña de {user}</translation>
    </message>
    <message>
        <source>store the right password in the keyring as {secret} (Settings › Emergency › Callback numbers, &apos;Shared store password&apos;)</source>
        <translation>guarde la contraseña correcta en el llavero como {secret} (Configuración › Emergencia › Números de devolución de llamada, “Contraseña del registro compartido”)</translation>
    </message>
    <message>
        <source>check the user and database name in {setting}</source>
        <translation>verifique el usuario y el nombre de la base de datos en {setting}</translation>
    </message>
    <message>
        <source>the TLS connection to {where} failed ({error})</source>
        <translation>la conexión TLS con {where} falló ({error})</translation>
    </message>
    <message>
        <source>check the server certificate and sslrootcert in {setting}</source>
        <translation>verifique el certificado del servidor y sslrootcert en {setting}</translation>
    </message>
    <message>
        <source>the host name {host} is not known</source>
        <translation>el nombre de host {host} es desconocido</translation>
    </message>
    <message>
        <source>check the host in {setting}</source>
        <translation>verifique el host en {setting}</translation>
    </message>
    <message>
        <source>check {setting} and that the database server is running</source>
        <translation>verifique {setting} y que el servidor de base de datos esté funcionando</translation>
    </message>
    <message>
        <source>The shared callback store cannot be used: {reason}; {fix}.</source>
        <translation>El registro compartido de devoluciones de llamada no se puede usar: {reason}; {fix}.</translation>
    </message>
    <message>
        <source>the keyring failed ({error})</source>
        <translation>el llavero falló ({error})</translation>
    </message>
    <message>
        <source>The password could not be read from the keyring: {error}</source>
        <translation>No se pudo leer la contraseña del llavero: {error}</translation>
    </message>
    <message>
        <source>Connecting to the shared callback store.</source>
        <translation>Conectando con el registro compartido de devoluciones de llamada.</translation>
    </message>
    <message>
        <source>{problem} This call gives the answering point {number}, chosen in advance, without the store confirming that no other agent holds it; it is recorded when the store is back.</source>
        <translation>{problem} Esta llamada le da al centro de emergencias el {number}, elegido por adelantado, sin que el registro confirme que ningún otro agente lo tiene; se registrará cuando el registro vuelva.</translation>
    </message>
    <message>
        <source>Shared callback store reachable</source>
        <translation>Registro compartido de devoluciones de llamada disponible</translation>
    </message>
    <message>
        <source>Connected to {where}.</source>
        <translation>Conectado a {where}.</translation>
    </message>
    <message>
        <source>Connected to {where}. The connection is not verified (sslmode={sslmode}): another host could pose as the store.</source>
        <translation>Conectado a {where}. La conexión no está verificada (sslmode={sslmode}): otro host podría hacerse pasar por el registro.</translation>
    </message>
    <message>
        <source>Add sslmode=verify-full and sslrootcert to callback.shared_store.</source>
        <translation>Agregue sslmode=verify-full y sslrootcert a callback.shared_store.</translation>
    </message>
    <message>
        <source>Until it is reachable, emergency calls use the number chosen in advance or your own number. Fix callback.shared_store or the database.</source>
        <translation>Hasta que esté disponible, las llamadas de emergencia usan el número elegido por adelantado o su propio número. Corrija callback.shared_store o la base de datos.</translation>
    </message>
    <message>
        <source>The shared callback store stopped working ({error}): restart the softphone. Until then emergency calls use the number chosen in advance, or your own number.</source>
        <translation>El registro compartido de devoluciones de llamada dejó de funcionar ({error}): reinicie el softphone. Mientras tanto, las llamadas de emergencia usan el número elegido por adelantado, o su propio número.</translation>
    </message>
    <message>
        <source>The shared callback store cannot be used: {error}.</source>
        <translation>El registro compartido de devoluciones de llamada no se puede usar: {error}.</translation>
    </message>
    <message>
        <source>{number} was also given to an answering point by {agent} at {workstation} (chosen while the shared store could not decide in time). Callbacks to it now reach you; they are told.</source>
        <translation>El {number} también se le dio a un centro de emergencias por {agent} en {workstation} (elegido mientras el registro compartido no pudo decidir a tiempo). Las devoluciones de llamada a ese número ahora le llegan a usted; se les avisa.</translation>
    </message>
    <message>
        <source>Your callback number {number} was given to a later emergency call by {agent} at {workstation} (every number of the pool was in use): callbacks to it now reach them, so callback mode has ended.</source>
        <translation>Su número de devolución de llamada {number} se le dio a una llamada de emergencia posterior por {agent} en {workstation} (todos los números del grupo estaban en uso): las devoluciones de llamada a ese número ahora le llegan a esa persona, así que el modo de devolución de llamada terminó.</translation>
    </message>
    <message>
        <source>the shared callback store&apos;s schema is version {found}, newer than this softphone knows ({latest}): update the softphone on this workstation</source>
        <translation>el esquema del registro compartido de devoluciones de llamada es la versión {found}, más reciente de la que conoce este softphone ({latest}): actualice el softphone en esta estación de trabajo</translation>
    </message>
</context>
<context>
    <name>CallsPanel</name>
    <message>
        <source>dialing</source>
        <translation>marcando</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonando</translation>
    </message>
    <message>
        <source>queued</source>
        <translation>en cola</translation>
    </message>
    <message>
        <source>connected</source>
        <translation>conectada</translation>
    </message>
    <message>
        <source>on hold</source>
        <translation>en espera</translation>
    </message>
    <message>
        <source>ended</source>
        <translation>terminada</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fallida</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Transfer…</source>
        <translation>Transferir…</translation>
    </message>
    <message>
        <source>Hang up</source>
        <translation>Colgar</translation>
    </message>
    <message>
        <source>The other side said</source>
        <translation>La otra parte dijo</translation>
    </message>
    <message>
        <source>Emergency callback</source>
        <translation>Devolución de llamada de emergencia</translation>
    </message>
    <message>
        <source>Emergency call</source>
        <translation>Llamada de emergencia</translation>
    </message>
    <message>
        <source>TEST CALL (address test line) {title}</source>
        <translation>LLAMADA DE PRUEBA (línea de prueba de dirección) {title}</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reanudar</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Poner en espera</translation>
    </message>
    <message>
        <source>Calls</source>
        <translation>Llamadas</translation>
    </message>
    <message>
        <source>No calls</source>
        <translation>No hay llamadas</translation>
    </message>
    <message>
        <source>Transfer</source>
        <translation>Transferir</translation>
    </message>
    <message>
        <source>Transfer the call to:</source>
        <translation>Transferir la llamada a:</translation>
    </message>
</context>
<context>
    <name>Carrier</name>
    <message>
        <source>The {carrier} carrier cannot put calls on hold.</source>
        <translation>El proveedor {carrier} no puede poner llamadas en espera.</translation>
    </message>
    <message>
        <source>The {carrier} carrier cannot transfer calls.</source>
        <translation>El proveedor {carrier} no puede transferir llamadas.</translation>
    </message>
    <message>
        <source>The {carrier} carrier cannot send keypad tones.</source>
        <translation>El proveedor {carrier} no puede enviar tonos del teclado.</translation>
    </message>
    <message>
        <source>No carrier adapter called &apos;{name}&apos;. Set {option} to one of: {adapters}.</source>
        <translation>No hay ningún adaptador de proveedor llamado &apos;{name}&apos;. Configure {option} con uno de estos: {adapters}.</translation>
    </message>
    <message>
        <source>The carrier adapter &apos;{name}&apos; could not be loaded ({error}); reinstall the softphone or the adapter&apos;s package.</source>
        <translation>No se pudo cargar el adaptador de proveedor &apos;{name}&apos; ({error}); reinstale el softphone o el paquete del adaptador.</translation>
    </message>
    <message>
        <source>&apos;{target}&apos; is not a carrier adapter (it must subclass Carrier).</source>
        <translation>&apos;{target}&apos; no es un adaptador de proveedor (debe heredar de Carrier).</translation>
    </message>
    <message>
        <source>the carrier adapter &apos;{name}&apos; set in {origin} cannot be used ({error})</source>
        <translation>el adaptador de proveedor &apos;{name}&apos; configurado en {origin} no se puede usar ({error})</translation>
    </message>
    <message>
        <source>No calls can be placed: {error} ({option} is set in {origin}.) Until this is fixed, use another phone.</source>
        <translation>No se pueden hacer llamadas: {error} ({option} está configurado en {origin}.) Hasta que se corrija, use otro teléfono.</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>Emergency calls reach an emergency service</source>
        <translation>Las llamadas de emergencia llegan a un servicio de emergencias</translation>
    </message>
    <message>
        <source>Emergency calls go to {route}.</source>
        <translation>Las llamadas de emergencia van a {route}.</translation>
    </message>
    <message>
        <source>An admin sets up the production carrier (carrier.adapter and its settings) and fixes any settings problem named; then restart the softphone.</source>
        <translation>Un administrador configura el proveedor de producción (carrier.adapter y su configuración) y corrige cualquier problema de configuración indicado; luego reinicie el softphone.</translation>
    </message>
    <message>
        <source>Emergency calls from this softphone do not reach emergency services: use another phone.</source>
        <translation>Las llamadas de emergencia desde este softphone no llegan a los servicios de emergencia: use otro teléfono.</translation>
    </message>
    <message>
        <source>Callback number available</source>
        <translation>Número de devolución de llamada disponible</translation>
    </message>
    <message>
        <source>A callback number is leased now.</source>
        <translation>Hay un número de devolución de llamada reservado ahora.</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s) in {pool}.</source>
        <translation>
            <numerusform>%n número en {pool}.</numerusform>
            <numerusform>%n números en {pool}.</numerusform>
        </translation>
    </message>
    <message>
        <source>No pool: your own number will be the callback number.</source>
        <translation>Sin grupo: su propio número será el número de devolución de llamada.</translation>
    </message>
    <message>
        <source>Ask your admin to set callback.pool so the answering point reaches you on a dedicated number.</source>
        <translation>Pida a su administrador que configure callback.pool para que el centro de emergencias le localice en un número dedicado.</translation>
    </message>
    <message>
        <source>No callback pool and no caller ID number.</source>
        <translation>No hay grupo de devolución de llamada ni número de identificador de llamadas.</translation>
    </message>
    <message>
        <source>Set callback.pool or outbound.caller_id in the admin settings.</source>
        <translation>Configure callback.pool u outbound.caller_id en la configuración de administración.</translation>
    </message>
    <message>
        <source>Outbound profile configured</source>
        <translation>Perfil de llamadas salientes configurado</translation>
    </message>
    <message>
        <source>Carrier: {carrier}; caller ID: set. Emergency calls go to {route}.</source>
        <translation>Proveedor: {carrier}; identificador de llamadas: configurado. Las llamadas de emergencia van a {route}.</translation>
    </message>
    <message>
        <source>Carrier: {carrier}; caller ID: not set. Emergency calls go to {route}.</source>
        <translation>Proveedor: {carrier}; identificador de llamadas: sin configurar. Las llamadas de emergencia van a {route}.</translation>
    </message>
    <message>
        <source>Set outbound.caller_id (the agent&apos;s number) in the admin settings.</source>
        <translation>Configure outbound.caller_id (el número del agente) en la configuración de administración.</translation>
    </message>
    <message>
        <source>Settings files valid</source>
        <translation>Archivos de configuración válidos</translation>
    </message>
    <message>
        <source>The settings files have no errors.</source>
        <translation>Los archivos de configuración no tienen errores.</translation>
    </message>
    <message>
        <source>Correct the file named above and restart the softphone; until then each setting in error uses its default.</source>
        <translation>Corrija el archivo indicado arriba y reinicie el softphone; mientras tanto, cada opción con error usa su valor predeterminado.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>done</source>
        <translation>hecho</translation>
    </message>
    <message>
        <source>refused: the softphone said why (on stderr)</source>
        <translation>rechazado: el softphone dijo por qué (en stderr)</translation>
    </message>
    <message>
        <source>usage: the command line was wrong</source>
        <translation>uso: la línea de comandos era incorrecta</translation>
    </message>
    <message>
        <source>not running: no softphone runs for this profile, nothing was done</source>
        <translation>no está en ejecución: ningún softphone se ejecuta para este perfil, no se hizo nada</translation>
    </message>
    <message>
        <source>unreachable: the softphone could not be started or reached, nothing was done</source>
        <translation>inalcanzable: no se pudo iniciar ni contactar el softphone, no se hizo nada</translation>
    </message>
    <message>
        <source>no answer: the request was sent but not confirmed; check the window</source>
        <translation>sin respuesta: la solicitud se envió pero no se confirmó; revise la ventana</translation>
    </message>
    <message>
        <source>start the softphone (the default with no command), or bring it to the front</source>
        <translation>iniciar el softphone (lo predeterminado sin comando) o traerlo al frente</translation>
    </message>
    <message>
        <source>dial a number or a tel:/sip: link (also just: softphone tel:911); starts the softphone if needed; prints the call</source>
        <translation>marcar un número o un enlace tel:/sip: (también solo: softphone tel:911); inicia el softphone si hace falta; muestra la llamada</translation>
    </message>
    <message>
        <source>end a call: the emergency call first, else the current one</source>
        <translation>terminar una llamada: primero la de emergencia, si no, la actual</translation>
    </message>
    <message>
        <source>answer the ringing call</source>
        <translation>contestar la llamada que está sonando</translation>
    </message>
    <message>
        <source>show or set presence</source>
        <translation>mostrar o configurar la presencia</translation>
    </message>
    <message>
        <source>presence, calls, callback lease, readiness, problems; exit 3 if not running</source>
        <translation>presencia, llamadas, reserva de devolución de llamada, preparación, problemas; sale con 3 si no está en ejecución</translation>
    </message>
    <message>
        <source>trainer drills on the simulated answering point: drop, callback, incoming</source>
        <translation>simulacros de capacitación en el centro de emergencias simulado: drop, callback, incoming</translation>
    </message>
    <message>
        <source>where this workstation is and whether emergency calling works there</source>
        <translation>dónde está esta estación de trabajo y si las llamadas de emergencia funcionan allí</translation>
    </message>
    <message>
        <source>end callback mode now and release the callback number (as the window&apos;s End callback mode, confirmed)</source>
        <translation>terminar ahora el modo de devolución de llamada y liberar el número de devolución de llamada (como «Terminar el modo de devolución de llamada» de la ventana, confirmado)</translation>
    </message>
    <message>
        <source>quit the running softphone (refused during an emergency call)</source>
        <translation>salir del softphone en ejecución (se rechaza durante una llamada de emergencia)</translation>
    </message>
    <message>
        <source>the audio devices and which are selected</source>
        <translation>los dispositivos de audio y cuáles están seleccionados</translation>
    </message>
    <message>
        <source>the live callback leases: number, site, agent, workstation, expiry (from the shared store, if one is set; no running softphone needed)</source>
        <translation>las reservas de devolución de llamada activas: número, sede, agente, estación de trabajo, vencimiento (del registro compartido, si hay uno configurado; no hace falta un softphone en ejecución)</translation>
    </message>
    <message>
        <source>send the emergency contacts&apos; test email; exit 0 only if delivered</source>
        <translation>enviar el correo de prueba a los contactos de emergencia; sale con 0 solo si se entregó</translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos posicionales</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>{program}: error: {message}
</source>
        <translation>{program}: error: {message}
</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>mostrar este mensaje de ayuda y salir</translation>
    </message>
    <message>
        <source>Contact-center softphone with emergency calling.</source>
        <translation>Softphone de centro de contacto con llamadas de emergencia.</translation>
    </message>
    <message>
        <source>folder with this instance&apos;s settings and data (or ${variable})</source>
        <translation>carpeta con la configuración y los datos de esta instancia (o ${variable})</translation>
    </message>
    <message>
        <source>show the version and exit</source>
        <translation>mostrar la versión y salir</translation>
    </message>
    <message>
        <source>log debugging detail</source>
        <translation>registrar detalles de depuración</translation>
    </message>
    <message>
        <source>{text}

example: {example}</source>
        <translation>{text}

ejemplo: {example}</translation>
    </message>
    <message>
        <source>machine-readable output</source>
        <translation>salida legible por máquina</translation>
    </message>
    <message>
        <source>start without showing the window (in the tray)</source>
        <translation>iniciar sin mostrar la ventana (en la bandeja del sistema)</translation>
    </message>
    <message>
        <source>the call&apos;s id (see status)</source>
        <translation>el id de la llamada (vea status)</translation>
    </message>
    <message>
        <source>e.g. {statuses}</source>
        <translation>p. ej. {statuses}</translation>
    </message>
    <message>
        <source>incoming: the caller&apos;s number</source>
        <translation>incoming: el número de quien llama</translation>
    </message>
    <message>
        <source>incoming: the number called</source>
        <translation>incoming: el número marcado</translation>
    </message>
    <message>
        <source>incoming: marked as a PSAP callback by the carrier</source>
        <translation>incoming: marcada por el proveedor como devolución de llamada del centro de emergencias</translation>
    </message>
    <message>
        <source>evaluate this position instead (offline, no running softphone needed)</source>
        <translation>evaluar esta posición en su lugar (sin conexión, no hace falta un softphone en ejecución)</translation>
    </message>
    <message>
        <source>the following arguments are required: {names}</source>
        <translation>se requieren los siguientes argumentos: {names}</translation>
    </message>
    <message>
        <source>unrecognized arguments: {names}</source>
        <translation>argumentos no reconocidos: {names}</translation>
    </message>
    <message>
        <source>argument {name}: invalid choice: {value} (choose from {choices})</source>
        <translation>argumento {name}: opción no válida: {value} (elija entre {choices})</translation>
    </message>
    <message>
        <source>argument {name}: expected one argument</source>
        <translation>argumento {name}: se esperaba un argumento</translation>
    </message>
    <message>
        <source>commands, with an example each:
{examples}

exit status:
{codes}</source>
        <translation>comandos, con un ejemplo cada uno:
{examples}

estado de salida:
{codes}</translation>
    </message>
    <message>
        <source>The softphone stopped while taking the call; dialling again on a new one.</source>
        <translation>El softphone se detuvo mientras tomaba la llamada; se vuelve a marcar en una nueva instancia.</translation>
    </message>
    <message>
        <source>No softphone is running for this profile.</source>
        <translation>No hay ningún softphone en ejecución para este perfil.</translation>
    </message>
    <message>
        <source>Softphone: not running</source>
        <translation>Softphone: no está en ejecución</translation>
    </message>
    <message>
        <source>No softphone is running for this profile; start it with {start} (or dial: {dial} starts it).</source>
        <translation>No hay ningún softphone en ejecución para este perfil; inícielo con {start} (o marque: {dial} lo inicia).</translation>
    </message>
    <message>
        <source>The softphone could not start (exit status {code}); its log says why ({logs}).</source>
        <translation>El softphone no pudo iniciar (estado de salida {code}); su registro dice por qué ({logs}).</translation>
    </message>
    <message>
        <source>The softphone did not start within {seconds} s; its log says why ({logs}).</source>
        <translation>El softphone no inició en {seconds} s; su registro dice por qué ({logs}).</translation>
    </message>
    <message>
        <source>The softphone refused the command.</source>
        <translation>El softphone rechazó el comando.</translation>
    </message>
    <message>
        <source>The softphone did not confirm that the carrier has the call; check its window.</source>
        <translation>El softphone no confirmó que el proveedor tiene la llamada; revise su ventana.</translation>
    </message>
    <message>
        <source>The softphone (process {pid}) said it would quit but still runs after {seconds} s.</source>
        <translation>El softphone (proceso {pid}) dijo que iba a salir, pero sigue en ejecución después de {seconds} s.</translation>
    </message>
    <message>
        <source>Presence: {status} (locked: emergency call)</source>
        <translation>Presencia: {status} (bloqueada: llamada de emergencia)</translation>
    </message>
    <message>
        <source>Presence: {status}</source>
        <translation>Presencia: {status}</translation>
    </message>
    <message>
        <source>Carrier: {carrier}</source>
        <translation>Proveedor: {carrier}</translation>
    </message>
    <message>
        <source>Call {id}: {call} {remote} — {state}</source>
        <translation>Llamada {id}: {call} {remote} — {state}</translation>
    </message>
    <message>
        <source>(interrupted)</source>
        <translation>(interrumpida)</translation>
    </message>
    <message numerus="yes">
        <source>Callback mode: {number}, %n minute(s) left (paused)</source>
        <translation>
            <numerusform>Modo de devolución de llamada: {number}, queda %n minuto (en pausa)</numerusform>
            <numerusform>Modo de devolución de llamada: {number}, quedan %n minutos (en pausa)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Callback mode: {number}, %n minute(s) left</source>
        <translation>
            <numerusform>Modo de devolución de llamada: {number}, queda %n minuto</numerusform>
            <numerusform>Modo de devolución de llamada: {number}, quedan %n minutos</numerusform>
        </translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FALLO</translation>
    </message>
    <message>
        <source>Problem: {problem}</source>
        <translation>Problema: {problem}</translation>
    </message>
    <message>
        <source>outgoing call</source>
        <translation>llamada saliente</translation>
    </message>
    <message>
        <source>outgoing emergency call</source>
        <translation>llamada de emergencia saliente</translation>
    </message>
    <message>
        <source>outgoing test call</source>
        <translation>llamada de prueba saliente</translation>
    </message>
    <message>
        <source>incoming call</source>
        <translation>llamada entrante</translation>
    </message>
    <message>
        <source>emergency callback</source>
        <translation>devolución de llamada de emergencia</translation>
    </message>
    <message>
        <source>incoming test call</source>
        <translation>llamada de prueba entrante</translation>
    </message>
</context>
<context>
    <name>Control</name>
    <message>
        <source>The softphone closed the connection ({error}).</source>
        <translation>El softphone cerró la conexión ({error}).</translation>
    </message>
    <message>
        <source>The running softphone did not answer in time; check its window before trying again.</source>
        <translation>El softphone en ejecución no respondió a tiempo; revise su ventana antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The connection to the softphone broke ({error}); check its window before trying again.</source>
        <translation>Se cortó la conexión con el softphone ({error}); revise su ventana antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The softphone closed the connection without answering; check its window before trying again.</source>
        <translation>El softphone cerró la conexión sin responder; revise su ventana antes de volver a intentarlo.</translation>
    </message>
    <message>
        <source>The control socket answered something that is not the softphone&apos;s protocol; check the softphone&apos;s window.</source>
        <translation>El socket de control respondió algo que no es el protocolo del softphone; revise la ventana del softphone.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be {types}, not true/false.</source>
        <translation>&apos;{name}&apos; debe ser {types}, no true/false.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; must be {types}, not {found}.</source>
        <translation>&apos;{name}&apos; debe ser {types}, no {found}.</translation>
    </message>
    <message>
        <source>&apos;{name}&apos; is longer than {count} characters.</source>
        <translation>&apos;{name}&apos; tiene más de {count} caracteres.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true o false</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>un número entero</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>Malformed request: expected {shape}.</source>
        <translation>Solicitud mal formada: se esperaba {shape}.</translation>
    </message>
    <message>
        <source>Unknown command &apos;{command}&apos;. Known: {known}.</source>
        <translation>Comando desconocido &apos;{command}&apos;. Conocidos: {known}.</translation>
    </message>
    <message>
        <source>Malformed request: &apos;args&apos; must be an object.</source>
        <translation>Solicitud mal formada: &apos;args&apos; debe ser un objeto.</translation>
    </message>
    <message>
        <source>Wrong arguments for &apos;{command}&apos;: {error}</source>
        <translation>Argumentos incorrectos para &apos;{command}&apos;: {error}</translation>
    </message>
    <message>
        <source>An incoming drill needs the caller&apos;s number.</source>
        <translation>Un simulacro de llamada entrante necesita el número de quien llama.</translation>
    </message>
    <message>
        <source>Unknown drill &apos;{name}&apos;: use {drills}.</source>
        <translation>Simulacro desconocido &apos;{name}&apos;: use {drills}.</translation>
    </message>
    <message>
        <source>An emergency call is up: end it before ending callback mode.</source>
        <translation>Hay una llamada de emergencia en curso: termínela antes de terminar el modo de devolución de llamada.</translation>
    </message>
    <message>
        <source>No callback number is leased.</source>
        <translation>No hay ningún número de devolución de llamada reservado.</translation>
    </message>
    <message>
        <source>Callback mode ended.</source>
        <translation>El modo de devolución de llamada terminó.</translation>
    </message>
    <message>
        <source>{folder} cannot be read ({error})</source>
        <translation>No se puede leer {folder} ({error})</translation>
    </message>
    <message>
        <source>{folder} is a symbolic link</source>
        <translation>{folder} es un enlace simbólico</translation>
    </message>
    <message>
        <source>{folder} is not a folder</source>
        <translation>{folder} no es una carpeta</translation>
    </message>
    <message>
        <source>{folder} belongs to another user (uid {uid})</source>
        <translation>{folder} pertenece a otro usuario (uid {uid})</translation>
    </message>
    <message>
        <source>{folder} is open to other users (mode {mode})</source>
        <translation>{folder} está abierta a otros usuarios (modo {mode})</translation>
    </message>
    <message>
        <source>Cannot create {folder}: {error}. Make the folder writable, or set {variable} to a private folder.</source>
        <translation>No se puede crear {folder}: {error}. Haga que se pueda escribir en la carpeta o configure {variable} con una carpeta privada.</translation>
    </message>
    <message>
        <source>Cannot keep the softphone&apos;s control socket in {folder}: {problem}. Remove it (another account may have made it) or set {variable} to a folder only you can open.</source>
        <translation>No se puede tener el socket de control del softphone en {folder}: {problem}. Elimínela (puede que otra cuenta la haya creado) o configure {variable} con una carpeta que solo usted pueda abrir.</translation>
    </message>
    <message>
        <source>The control socket&apos;s path {path} is too long for the system; set {variable} to a shorter private folder.</source>
        <translation>La ruta del socket de control {path} es demasiado larga para el sistema; configure {variable} con una carpeta privada más corta.</translation>
    </message>
    <message>
        <source>The softphone is quitting; the request was not carried out.</source>
        <translation>El softphone está saliendo; la solicitud no se llevó a cabo.</translation>
    </message>
    <message>
        <source>Request too large: at most {count} bytes.</source>
        <translation>Solicitud demasiado grande: {count} bytes como máximo.</translation>
    </message>
    <message>
        <source>{name} is not a number JSON allows</source>
        <translation>{name} no es un número que JSON permita</translation>
    </message>
    <message>
        <source>Cannot open the control socket {path}: {error}</source>
        <translation>No se puede abrir el socket de control {path}: {error}</translation>
    </message>
    <message>
        <source>The softphone could not carry out the request (an internal error, described in its log).</source>
        <translation>El softphone no pudo llevar a cabo la solicitud (un error interno, descrito en su registro).</translation>
    </message>
    <message>
        <source>The softphone is busy with other requests; try again.</source>
        <translation>El softphone está ocupado con otras solicitudes; vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>Closed: too many connections to the softphone at once.</source>
        <translation>Cerrada: demasiadas conexiones al softphone a la vez.</translation>
    </message>
    <message>
        <source>Malformed request: nested too deeply.</source>
        <translation>Solicitud mal formada: anidada a demasiada profundidad.</translation>
    </message>
    <message>
        <source>Malformed request: not JSON ({error}).</source>
        <translation>Solicitud mal formada: no es JSON ({error}).</translation>
    </message>
    <message>
        <source>Request incomplete after {seconds} s: send one JSON object on one line, ending with a newline.</source>
        <translation>Solicitud incompleta después de {seconds} s: envíe un solo objeto JSON en una línea, terminada con un salto de línea.</translation>
    </message>
    <message>
        <source>No softphone answers at {path} ({error}).</source>
        <translation>Ningún softphone responde en {path} ({error}).</translation>
    </message>
    <message>
        <source>The control socket {path} belongs to a process of another user (uid {uid}); nothing was sent to it. Remove the socket and start the softphone again, and tell IT: another account may be trying to intercept calls.</source>
        <translation>El socket de control {path} pertenece a un proceso de otro usuario (uid {uid}); no se le envió nada. Elimine el socket, inicie el softphone de nuevo y avise al departamento de informática: puede que otra cuenta esté intentando interceptar llamadas.</translation>
    </message>
    <message>
        <source>No softphone is listening ({path} is missing or unreadable).</source>
        <translation>Ningún softphone está escuchando ({path} falta o no se puede leer).</translation>
    </message>
    <message>
        <source>No softphone answers on {address} ({error}).</source>
        <translation>Ningún softphone responde en {address} ({error}).</translation>
    </message>
    <message>
        <source>The answer on the control port was not signed with this user&apos;s key: another program holds the port. Nothing can be assumed about the request; check the softphone&apos;s window.</source>
        <translation>La respuesta en el puerto de control no estaba firmada con la clave de este usuario: otro programa ocupa el puerto. No se puede suponer nada sobre la solicitud; revise la ventana del softphone.</translation>
    </message>
    <message>
        <source>Refused: the request was not signed with this user&apos;s key.</source>
        <translation>Rechazada: la solicitud no estaba firmada con la clave de este usuario.</translation>
    </message>
    <message>
        <source>Refused: the request was a replay.</source>
        <translation>Rechazada: la solicitud era una repetición.</translation>
    </message>
</context>
<context>
    <name>Countries</name>
    <message>
        <source>United States</source>
        <translation>Estados Unidos</translation>
    </message>
    <message>
        <source>Canada</source>
        <translation>Canadá</translation>
    </message>
    <message>
        <source>Puerto Rico</source>
        <translation>Puerto Rico</translation>
    </message>
    <message>
        <source>United Kingdom</source>
        <translation>Reino Unido</translation>
    </message>
    <message>
        <source>Denmark</source>
        <translation>Dinamarca</translation>
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
        <translation>Softphone: error inesperado</translation>
    </message>
    <message numerus="yes">
        <source>This happened %n time(s).</source>
        <translation>
            <numerusform>Esto pasó %n vez.</numerusform>
            <numerusform>Esto pasó %n veces.</numerusform>
        </translation>
    </message>
    <message>
        <source>Something went wrong inside the softphone. It keeps running, and emergency calls still work.

{summary}{repeated}

The details are in the log in {folder}; if this happens again, send that folder to IT.</source>
        <translation>Algo falló dentro del softphone. Sigue funcionando y las llamadas de emergencia siguen funcionando.

{summary}{repeated}

Los detalles están en el registro en {folder}; si vuelve a pasar, envíe esa carpeta a informática.</translation>
    </message>
</context>
<context>
    <name>DesktopShell</name>
    <message>
        <source>The softphone keeps running here: calls and emergency callbacks still ring. Use Quit in this menu to end it.</source>
        <translation>El softphone sigue funcionando aquí: las llamadas y las devoluciones de llamada de emergencia siguen sonando. Use Salir en este menú para cerrarlo.</translation>
    </message>
    <message>
        <source>Softphone</source>
        <translation>Softphone</translation>
    </message>
    <message>
        <source>Emergency callback</source>
        <translation>Devolución de llamada de emergencia</translation>
    </message>
    <message>
        <source>The answering point is calling you back.</source>
        <translation>El centro de emergencias le está devolviendo la llamada.</translation>
    </message>
</context>
<context>
    <name>DevicePanel</name>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Altavoz</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Timbre</translation>
    </message>
    <message>
        <source>Microphone level</source>
        <translation>Nivel del micrófono</translation>
    </message>
    <message>
        <source>Call volume</source>
        <translation>Volumen de llamada</translation>
    </message>
    <message>
        <source>Ringer volume</source>
        <translation>Volumen del timbre</translation>
    </message>
    <message>
        <source>Mute microphone</source>
        <translation>Silenciar micrófono</translation>
    </message>
    <message>
        <source>Play test tone</source>
        <translation>Reproducir tono de prueba</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Predeterminado del sistema</translation>
    </message>
    <message>
        <source>{device} (not connected)</source>
        <translation>{device} (no conectado)</translation>
    </message>
    <message>
        <source>In use: {device} ({rate} Hz)</source>
        <translation>En uso: {device} ({rate} Hz)</translation>
    </message>
    <message>
        <source>Will use: {device}</source>
        <translation>Usará: {device}</translation>
    </message>
</context>
<context>
    <name>DialPad</name>
    <message>
        <source>Number, or paste a tel: link</source>
        <translation>Número, o pegue un enlace tel:</translation>
    </message>
    <message>
        <source>Number to call</source>
        <translation>Número a llamar</translation>
    </message>
    <message>
        <source>Type or paste a number, then press Enter to call.</source>
        <translation>Escriba o pegue un número y oprima Intro para llamar.</translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation>Tecla {key}</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
    <message>
        <source>Call the number typed</source>
        <translation>Llamar al número escrito</translation>
    </message>
</context>
<context>
    <name>DialPlan</name>
    <message>
        <source>Nothing to dial: type a number such as 911 or +15551234567.</source>
        <translation>Nada que marcar: escriba un número como 911 o +17875551234.</translation>
    </message>
    <message>
        <source>&apos;{text}&apos; is not a phone number: use digits (and * or #), with + in front for an international number, or a tel: or sip: link.</source>
        <translation>&apos;{text}&apos; no es un número de teléfono: use dígitos (y * o #), con + delante de un número internacional, o un enlace tel: o sip:.</translation>
    </message>
</context>
<context>
    <name>Drills</name>
    <message>
        <source>Drills run only on the simulated carrier; this softphone uses &apos;{carrier}&apos;, which may reach real emergency services.</source>
        <translation>Los simulacros solo funcionan con el proveedor simulado; este softphone usa &apos;{carrier}&apos;, que puede llegar a servicios de emergencia reales.</translation>
    </message>
    <message>
        <source>There is no emergency call to drop: dial 911 first.</source>
        <translation>No hay ninguna llamada de emergencia que cortar: marque primero el 911.</translation>
    </message>
    <message>
        <source>The answering point dropped the emergency call.</source>
        <translation>El centro de emergencias cortó la llamada de emergencia.</translation>
    </message>
    <message>
        <source>The answering point is calling back.</source>
        <translation>El centro de emergencias está devolviendo la llamada.</translation>
    </message>
    <message>
        <source>An inbound call from {caller} arrived.</source>
        <translation>Entró una llamada de {caller}.</translation>
    </message>
</context>
<context>
    <name>Emergency</name>
    <message>
        <source>Saving the callback number</source>
        <translation>Guardando el número de devolución de llamada</translation>
    </message>
    <message>
        <source>Notifying your emergency contacts</source>
        <translation>Avisando a sus contactos de emergencia</translation>
    </message>
    <message>
        <source>Putting your other calls on hold</source>
        <translation>Poniendo sus otras llamadas en espera</translation>
    </message>
    <message>
        <source>Switching presence to Do not disturb</source>
        <translation>Cambiando la presencia a No molestar</translation>
    </message>
    <message>
        <source>Pausing the callback countdown</source>
        <translation>Pausando la cuenta regresiva de devolución de llamada</translation>
    </message>
    <message>
        <source>Remembering the emergency call across a restart</source>
        <translation>Recordando la llamada de emergencia tras un reinicio</translation>
    </message>
    <message>
        <source>Updating the emergency marker</source>
        <translation>Actualizando el marcador de emergencia</translation>
    </message>
    <message>
        <source>Restoring your presence</source>
        <translation>Restaurando su presencia</translation>
    </message>
    <message>
        <source>Starting the callback countdown</source>
        <translation>Iniciando la cuenta regresiva de devolución de llamada</translation>
    </message>
    <message>
        <source>Clearing the emergency marker</source>
        <translation>Borrando el marcador de emergencia</translation>
    </message>
    <message>
        <source>Could not read the emergency marker ({error}); if an emergency call was interrupted, set your presence again after it is over.</source>
        <translation>No se pudo leer el marcador de emergencia ({error}); si se interrumpió una llamada de emergencia, vuelva a configurar su presencia cuando termine.</translation>
    </message>
    <message>
        <source>The softphone restarted during this emergency call. If the answering point is still on the line, stay with them; press End call when the call is over.</source>
        <translation>El softphone se reinició durante esta llamada de emergencia. Si el centro de emergencias sigue en la línea, quédese con ellos; oprima Terminar llamada cuando la llamada termine.</translation>
    </message>
    <message>
        <source>Keeping presence on Do not disturb</source>
        <translation>Manteniendo la presencia en No molestar</translation>
    </message>
    <message>
        <source>{step} failed: {error}</source>
        <translation>{step} falló: {error}</translation>
    </message>
</context>
<context>
    <name>EmergencyView</name>
    <message>
        <source>Calling…</source>
        <translation>Llamando…</translation>
    </message>
    <message>
        <source>Ringing at the answering point…</source>
        <translation>Sonando en el centro de emergencias…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Conectada</translation>
    </message>
    <message>
        <source>Interrupted by a restart</source>
        <translation>Interrumpida por un reinicio</translation>
    </message>
    <message>
        <source>Ended</source>
        <translation>Terminada</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fallida</translation>
    </message>
    <message>
        <source>this computer&apos;s location service</source>
        <translation>el servicio de ubicación de esta computadora</translation>
    </message>
    <message>
        <source>the network address</source>
        <translation>la dirección de red</translation>
    </message>
    <message>
        <source>the address you confirmed</source>
        <translation>la dirección que usted confirmó</translation>
    </message>
    <message>
        <source>Emergency call in progress</source>
        <translation>Llamada de emergencia en curso</translation>
    </message>
    <message>
        <source>Call time</source>
        <translation>Duración de la llamada</translation>
    </message>
    <message>
        <source>Call state</source>
        <translation>Estado de la llamada</translation>
    </message>
    <message>
        <source>The answering point was told</source>
        <translation>Se informó al centro de emergencias</translation>
    </message>
    <message>
        <source>What went wrong around the call</source>
        <translation>Lo que falló alrededor de la llamada</translation>
    </message>
    <message>
        <source>The answering point said</source>
        <translation>El centro de emergencias dijo</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
    <message>
        <source>Headset</source>
        <translation>Auriculares</translation>
    </message>
    <message>
        <source>End call</source>
        <translation>Terminar llamada</translation>
    </message>
    <message>
        <source>End the emergency call</source>
        <translation>Terminar la llamada de emergencia</translation>
    </message>
    <message>
        <source>⚠  EMERGENCY CALLBACK IN PROGRESS  ⚠</source>
        <translation>⚠  DEVOLUCIÓN DE LLAMADA DE EMERGENCIA EN CURSO  ⚠</translation>
    </message>
    <message>
        <source>⚠  EMERGENCY CALL IN PROGRESS  ⚠</source>
        <translation>⚠  LLAMADA DE EMERGENCIA EN CURSO  ⚠</translation>
    </message>
    <message>
        <source>Your callback number: {number}</source>
        <translation>Su número de devolución de llamada: {number}</translation>
    </message>
    <message>
        <source>Location sent: {place} (source: {source})</source>
        <translation>Ubicación enviada: {place} (fuente: {source})</translation>
    </message>
    <message>
        <source>Location sent: none known — tell the dispatcher where you are.</source>
        <translation>Ubicación enviada: ninguna conocida — dígale al despachador dónde está.</translation>
    </message>
    <message>
        <source>From: {number}</source>
        <translation>De: {number}</translation>
    </message>
    <message>
        <source>Calling: {number}</source>
        <translation>Llamando a: {number}</translation>
    </message>
    <message>
        <source>Answering point: “{words}”</source>
        <translation>Centro de emergencias: “{words}”</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source>Incoming</source>
        <translation>Entrante</translation>
    </message>
    <message>
        <source>Outgoing</source>
        <translation>Saliente</translation>
    </message>
</context>
<context>
    <name>InboundRouting</name>
    <message>
        <source>emergency callback from the answering point</source>
        <translation>devolución de llamada de emergencia del centro de emergencias</translation>
    </message>
    <message>
        <source>refused by the routing rule &apos;{rule}&apos;</source>
        <translation>rechazada por la regla de enrutamiento &apos;{rule}&apos;</translation>
    </message>
    <message>
        <source>all lines busy: queued</source>
        <translation>todas las líneas ocupadas: en cola</translation>
    </message>
    <message>
        <source>all lines busy</source>
        <translation>todas las líneas ocupadas</translation>
    </message>
    <message>
        <source>refused: presence is do not disturb</source>
        <translation>rechazada: presencia en No molestar</translation>
    </message>
    <message>
        <source>refused: presence is away</source>
        <translation>rechazada: presencia en Ausente</translation>
    </message>
    <message>
        <source>refused: presence is offline</source>
        <translation>rechazada: presencia en Desconectado</translation>
    </message>
    <message>
        <source>ringing</source>
        <translation>sonando</translation>
    </message>
</context>
<context>
    <name>IncomingCallPrompt</name>
    <message>
        <source>Emergency callback</source>
        <translation>Devolución de llamada de emergencia</translation>
    </message>
    <message>
        <source>⚠  EMERGENCY CALLBACK  ⚠
The answering point is calling you back.</source>
        <translation>⚠  DEVOLUCIÓN DE LLAMADA DE EMERGENCIA  ⚠
El centro de emergencias le está devolviendo la llamada.</translation>
    </message>
    <message>
        <source>Incoming call</source>
        <translation>Llamada entrante</translation>
    </message>
    <message>
        <source>Incoming call from {number}</source>
        <translation>Llamada entrante de {number}</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Contestar</translation>
    </message>
    <message>
        <source>Answer the call</source>
        <translation>Contestar la llamada</translation>
    </message>
    <message>
        <source>Decline</source>
        <translation>Rechazar</translation>
    </message>
    <message>
        <source>Decline the call</source>
        <translation>Rechazar la llamada</translation>
    </message>
</context>
<context>
    <name>Keyring</name>
    <message>
        <source>No secure keyring is available (found {name}). Passwords cannot be stored: on Linux install and unlock a Secret Service keyring (GNOME Keyring or KWallet); on Windows and macOS the system keyring is used automatically.</source>
        <translation>No hay ningún llavero seguro disponible (se encontró {name}). No se pueden guardar contraseñas: en Linux instale y desbloquee un llavero Secret Service (GNOME Keyring o KWallet); en Windows y macOS se usa automáticamente el llavero del sistema.</translation>
    </message>
    <message>
        <source>The keyring refused to read a password ({error}); unlock it and try again.</source>
        <translation>El llavero se negó a leer una contraseña ({error}); desbloquéelo y vuelva a intentarlo.</translation>
    </message>
    <message>
        <source>The keyring refused to store the password ({error}); unlock it and try again.</source>
        <translation>El llavero se negó a guardar la contraseña ({error}); desbloquéelo y vuelva a intentarlo.</translation>
    </message>
</context>
<context>
    <name>KeyringPassword</name>
    <message>
        <source>checking the keyring…</source>
        <translation>revisando el llavero…</translation>
    </message>
    <message>
        <source>type to replace the stored password</source>
        <translation>escriba para reemplazar la contraseña guardada</translation>
    </message>
    <message>
        <source>cannot be stored here</source>
        <translation>no se puede guardar aquí</translation>
    </message>
</context>
<context>
    <name>Languages</name>
    <message>
        <source>The {language} translations are missing from this installation, so the softphone speaks English; reinstall it (IT: build the translations with python packaging/translations.py build).</source>
        <translation>Las traducciones al {language} no están en esta instalación, así que el softphone aparece en inglés; reinstálelo (TI: compile las traducciones con python packaging/translations.py build).</translation>
    </message>
    <message>
        <source>The translations file {file} is damaged ({error}); rebuild the translations (python packaging/translations.py build).</source>
        <translation>El archivo de traducciones {file} está dañado ({error}); vuelva a compilar las traducciones (python packaging/translations.py build).</translation>
    </message>
    <message>
        <source>it is not a Qt translation file (.qm)</source>
        <translation>no es un archivo de traducción de Qt (.qm)</translation>
    </message>
    <message>
        <source>unknown message tag {tag}</source>
        <translation>etiqueta de mensaje desconocida {tag}</translation>
    </message>
    <message>
        <source>The system&apos;s language</source>
        <translation>Idioma del sistema</translation>
    </message>
    <message>
        <source>The agent&apos;s language</source>
        <translation>El idioma del agente</translation>
    </message>
</context>
<context>
    <name>Launcher</name>
    <message>
        <source>The softphone is already running for this profile; it was brought to the front.</source>
        <translation>El softphone ya está en ejecución para este perfil; se trajo al frente.</translation>
    </message>
    <message>
        <source>The softphone is already running for this profile.</source>
        <translation>El softphone ya está en ejecución para este perfil.</translation>
    </message>
    <message>
        <source>Another softphone (process {pid}) holds this profile but does not answer; end it and start again.</source>
        <translation>Otro softphone (proceso {pid}) tiene este perfil pero no responde; ciérrelo y vuelva a iniciar.</translation>
    </message>
    <message>
        <source>{error} Starting without command-line control.</source>
        <translation>{error} Iniciando sin control desde la línea de comandos.</translation>
    </message>
    <message>
        <source>The window could not be shown ({platform} failed); the softphone runs without one. End calls with {hangup}; check the display and restart the softphone.</source>
        <translation>No se pudo mostrar la ventana (falló {platform}); el softphone funciona sin ella. Termine las llamadas con {hangup}; revise la pantalla y reinicie el softphone.</translation>
    </message>
    <message>
        <source>The window could not be shown ({error}); the softphone runs without one. End calls with {hangup}; reinstall the softphone if this persists.</source>
        <translation>No se pudo mostrar la ventana ({error}); el softphone funciona sin ella. Termine las llamadas con {hangup}; reinstale el softphone si vuelve a ocurrir.</translation>
    </message>
</context>
<context>
    <name>Leases</name>
    <message>
        <source>the {site} pool</source>
        <translation>el grupo {site}</translation>
    </message>
    <message>
        <source>the callback pool</source>
        <translation>el grupo de devolución de llamada</translation>
    </message>
    <message>
        <source>Every number of {pool} is in use, so this call reuses the oldest lease, {number}, until now held by {agent} at {workstation}. If the answering point of that earlier call calls back, it reaches you: answer and tell them. Ask your admin to add numbers to the pool.</source>
        <translation>Todos los números de {pool} están en uso, así que esta llamada reutiliza la reserva más antigua, {number}, que hasta ahora tenía {agent} en {workstation}. Si el centro de emergencias de aquella llamada devuelve la llamada, le llegará a usted: conteste e infórmeles. Pida a su administrador que añada números al grupo.</translation>
    </message>
    <message>
        <source>The shared callback store has not answered, so no number of {pool} could be chosen: your own number is the callback number.</source>
        <translation>El registro compartido de devoluciones de llamada no ha respondido, así que no se pudo elegir un número de {pool}: su propio número es el número de devolución de llamada.</translation>
    </message>
    <message>
        <source>No callback number pool is configured, so your own number is the callback number. Ask your admin to set callback.pool.</source>
        <translation>No hay un grupo de números de devolución de llamada configurado, así que su propio número es el número de devolución de llamada. Pida a su administrador que configure callback.pool.</translation>
    </message>
    <message>
        <source>The shared callback store has not answered, so {number} was chosen here without knowing whether another agent holds it; it is recorded when the store answers. Ask your admin to set outbound.caller_id as the last resort.</source>
        <translation>El registro compartido de devoluciones de llamada no ha respondido, así que se eligió {number} aquí sin saber si otro agente lo tiene; se registrará cuando el registro responda. Pida a su administrador que configure outbound.caller_id como último recurso.</translation>
    </message>
    <message>
        <source>No callback number is configured: the answering point cannot call back. Ask your admin to set callback.pool or outbound.caller_id.</source>
        <translation>No hay ningún número de devolución de llamada configurado: el centro de emergencias no puede devolver la llamada. Pida a su administrador que configure callback.pool u outbound.caller_id.</translation>
    </message>
</context>
<context>
    <name>Location</name>
    <message>
        <source>just now</source>
        <translation>ahora mismo</translation>
    </message>
    <message>
        <source>{count} s ago</source>
        <translation>hace {count} s</translation>
    </message>
    <message>
        <source>{count} min ago</source>
        <translation>hace {count} min</translation>
    </message>
    <message>
        <source>{count} h ago</source>
        <translation>hace {count} h</translation>
    </message>
    <message>
        <source>Waiting for the system&apos;s first position.</source>
        <translation>Esperando la primera posición del sistema.</translation>
    </message>
    <message>
        <source>Please confirm where you are: no address is confirmed for this network.</source>
        <translation>Confirme dónde está: no hay ninguna dirección confirmada para esta red.</translation>
    </message>
    <message>
        <source>Please confirm where you are: you are about {distance} m from the address you confirmed.</source>
        <translation>Confirme dónde está: está a unos {distance} m de la dirección que confirmó.</translation>
    </message>
    <message>
        <source>The system reported an impossible position; it was ignored.</source>
        <translation>El sistema informó una posición imposible; se ignoró.</translation>
    </message>
    <message>
        <source>The confirmed address is kept until restart only: {error}</source>
        <translation>La dirección confirmada solo se guarda hasta el reinicio: {error}</translation>
    </message>
    <message>
        <source>Location enabled</source>
        <translation>Ubicación activada</translation>
    </message>
    <message>
        <source>The system refused access to its location: location services are off or the softphone is not allowed to use them.</source>
        <translation>El sistema negó el acceso a su ubicación: los servicios de ubicación están apagados o el softphone no tiene permiso para usarlos.</translation>
    </message>
    <message>
        <source>The system&apos;s location service stopped (turned off?).</source>
        <translation>El servicio de ubicación del sistema se detuvo (¿se apagó?).</translation>
    </message>
    <message>
        <source>The system has no position yet (no satellite, Wi-Fi or network position); still trying.</source>
        <translation>El sistema aún no tiene posición (ni por satélite, Wi-Fi ni red); sigue intentándolo.</translation>
    </message>
    <message>
        <source>The system&apos;s location service failed.</source>
        <translation>Falló el servicio de ubicación del sistema.</translation>
    </message>
    <message>
        <source>Using the system&apos;s location is turned off in the settings.</source>
        <translation>El uso de la ubicación del sistema está desactivado en la configuración.</translation>
    </message>
    <message>
        <source>This computer has no location service (on Linux install and start geoclue).</source>
        <translation>Esta computadora no tiene servicio de ubicación (en Linux instale e inicie geoclue).</translation>
    </message>
    <message>
        <source>Turn on &apos;Use the system&apos;s location&apos; (location.os_positioning).</source>
        <translation>Active &apos;Usar la ubicación del sistema&apos; (location.os_positioning).</translation>
    </message>
    <message>
        <source>The system&apos;s location is not available.</source>
        <translation>La ubicación del sistema no está disponible.</translation>
    </message>
    <message>
        <source>Turn on location services for this computer and allow the softphone to use them (Windows: Settings &gt; Privacy &gt; Location; macOS: System Settings &gt; Privacy &gt; Location Services; Linux: GNOME Settings &gt; Privacy &gt; Location, geoclue).</source>
        <translation>Active los servicios de ubicación de esta computadora y permita que el softphone los use (Windows: Configuración &gt; Privacidad &gt; Ubicación; macOS: Configuración del Sistema &gt; Privacidad &gt; Localización; Linux: Configuración de GNOME &gt; Privacidad &gt; Ubicación, geoclue).</translation>
    </message>
    <message>
        <source>System position {age} (±{accuracy} m).</source>
        <translation>Posición del sistema {age} (±{accuracy} m).</translation>
    </message>
    <message>
        <source>System position {age}.</source>
        <translation>Posición del sistema {age}.</translation>
    </message>
    <message>
        <source>Location in a supported country</source>
        <translation>Ubicación en un país disponible</translation>
    </message>
    <message>
        <source>The country you are in is unknown. Emergency numbers are still dialled, but support here cannot be confirmed.</source>
        <translation>Se desconoce el país donde está. Los números de emergencia se siguen marcando, pero no se puede confirmar que aquí estén disponibles.</translation>
    </message>
    <message>
        <source>Turn on location services, or confirm your address.</source>
        <translation>Active los servicios de ubicación o confirme su dirección.</translation>
    </message>
    <message>
        <source>You appear to be in {country}, where emergency calling through this softphone is not supported. Emergency numbers are still dialled, but help may not be sent.</source>
        <translation>Parece que está en {country}, donde las llamadas de emergencia por este softphone no están disponibles. Los números de emergencia se siguen marcando, pero es posible que no se envíe ayuda.</translation>
    </message>
    <message>
        <source>Keep a local phone for emergencies while you work here.</source>
        <translation>Tenga a mano un teléfono local para emergencias mientras trabaje aquí.</translation>
    </message>
    <message>
        <source>{country}: emergency calling is supported.</source>
        <translation>{country}: las llamadas de emergencia están disponibles.</translation>
    </message>
    <message>
        <source>Address confirmed for this network</source>
        <translation>Dirección confirmada para esta red</translation>
    </message>
    <message>
        <source>Confirmed {age}: {address}.</source>
        <translation>Confirmada {age}: {address}.</translation>
    </message>
    <message>
        <source>Open the readiness panel and confirm your address (street, number, floor or room).</source>
        <translation>Abra el panel de preparación y confirme su dirección (calle, número, piso u oficina).</translation>
    </message>
    <message>
        <source>{latitude}, {longitude} is not a position; give decimal degrees such as {example}.</source>
        <translation>{latitude}, {longitude} no es una posición; indique grados decimales como {example}.</translation>
    </message>
    <message>
        <source>Latitude {latitude} is out of range: it must be between -90 (south) and 90 (north) degrees.</source>
        <translation>La latitud {latitude} está fuera de rango: debe estar entre -90 (sur) y 90 (norte) grados.</translation>
    </message>
    <message>
        <source>Longitude {longitude} is out of range: it must be between -180 (west) and 180 (east) degrees.</source>
        <translation>La longitud {longitude} está fuera de rango: debe estar entre -180 (oeste) y 180 (este) grados.</translation>
    </message>
    <message>
        <source>The country boundary data cannot be loaded ({error}); reinstall the softphone.</source>
        <translation>No se pueden cargar los datos de fronteras de los países ({error}); reinstale el softphone.</translation>
    </message>
    <message>
        <source>No IP-based location: the lookup service could not be reached ({status}).</source>
        <translation>Sin ubicación por IP: no se pudo contactar el servicio de búsqueda ({status}).</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>sin respuesta</translation>
    </message>
    <message>
        <source>No IP-based location: no answer within {seconds} s (no network?).</source>
        <translation>Sin ubicación por IP: ninguna respuesta en {seconds} s (¿no hay red?).</translation>
    </message>
    <message>
        <source>No IP-based location: the lookup failed ({error}).</source>
        <translation>Sin ubicación por IP: la búsqueda falló ({error}).</translation>
    </message>
    <message>
        <source>The presentity {entity} is not a URI such as {example}.</source>
        <translation>La entidad de presencia {entity} no es un URI como {example}.</translation>
    </message>
    <message>
        <source>The location has neither an address nor coordinates; there is nothing to send. Confirm the address in the readiness panel.</source>
        <translation>La ubicación no tiene dirección ni coordenadas; no hay nada que enviar. Confirme la dirección en el panel de preparación.</translation>
    </message>
    <message>
        <source>The address&apos;s country {country} is not a two-letter ISO 3166-1 code such as {examples}; correct it in the address.</source>
        <translation>El país de la dirección {country} no es un código ISO 3166-1 de dos letras como {examples}; corríjalo en la dirección.</translation>
    </message>
    <message>
        <source>The coordinates {latitude}, {longitude} are not a position: latitude must be within −90…90 and longitude within −180…180 degrees.</source>
        <translation>Las coordenadas {latitude}, {longitude} no son una posición: la latitud debe estar entre −90 y 90 y la longitud entre −180 y 180 grados.</translation>
    </message>
    <message>
        <source>{text} is not a position: give {form} in decimal degrees, e.g. {example}.</source>
        <translation>{text} no es una posición: indique {form} en grados decimales, p. ej. {example}.</translation>
    </message>
    <message>
        <source>Location unknown: no system position, no IP estimate and no confirmed address.</source>
        <translation>Ubicación desconocida: no hay posición del sistema, estimación por IP ni dirección confirmada.</translation>
    </message>
    <message>
        <source>emergency calling supported</source>
        <translation>llamadas de emergencia disponibles</translation>
    </message>
    <message>
        <source>emergency calling NOT supported</source>
        <translation>llamadas de emergencia NO disponibles</translation>
    </message>
    <message>
        <source>support unknown</source>
        <translation>disponibilidad desconocida</translation>
    </message>
    <message>
        <source>the system&apos;s position</source>
        <translation>la posición del sistema</translation>
    </message>
    <message>
        <source>an estimate from the IP address</source>
        <translation>una estimación a partir de la dirección IP</translation>
    </message>
    <message>
        <source>the confirmed address</source>
        <translation>la dirección confirmada</translation>
    </message>
    <message>
        <source>given on the command line</source>
        <translation>indicada en la línea de comandos</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>{place} (source: {source}, {seconds} s old); country: {country}; {supported}.</source>
        <translation>{place} (fuente: {source}, de hace {seconds} s); país: {country}; {supported}.</translation>
    </message>
</context>
<context>
    <name>Logs</name>
    <message>
        <source>Cannot write logs to {folder} ({error}); logging to the console only.</source>
        <translation>No se puede escribir el registro en {folder} ({error}); se registra solo en la consola.</translation>
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
        <translation>&amp;Presencia:</translation>
    </message>
    <message>
        <source>Call history</source>
        <translation>Historial de llamadas</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Trainer</source>
        <translation>Entre&amp;namiento</translation>
    </message>
    <message>
        <source>Answering point drops the emergency call</source>
        <translation>El centro de emergencias corta la llamada de emergencia</translation>
    </message>
    <message>
        <source>Answering point calls back</source>
        <translation>El centro de emergencias devuelve la llamada</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Configuración</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Configuración…</translation>
    </message>
    <message>
        <source>Audio devices…</source>
        <translation>Dispositivos de audio…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Emergency calling readiness…</source>
        <translation>Preparación para llamadas de emergencia…</translation>
    </message>
    <message>
        <source>About Softphone</source>
        <translation>Acerca de Softphone</translation>
    </message>
    <message>
        <source>Softphone {version}

Emergency numbers: libphonenumber data (Apache-2.0).
Country boundaries © OpenStreetMap contributors, available under the Open Database License (timezonefinder data).</source>
        <translation>Softphone {version}

Números de emergencia: datos de libphonenumber (Apache-2.0).
Fronteras de países © colaboradores de OpenStreetMap, disponibles bajo la Open Database License (datos de timezonefinder).</translation>
    </message>
    <message>
        <source>Emergency call failed</source>
        <translation>La llamada de emergencia falló</translation>
    </message>
</context>
<context>
    <name>NoticeBar</name>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the messages</source>
        <translation>Descartar los mensajes</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Mensajes</translation>
    </message>
</context>
<context>
    <name>Notification</name>
    <message>
        <source>not known</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>the operating system&apos;s positioning</source>
        <translation>la ubicación del sistema operativo</translation>
    </message>
    <message>
        <source>the network address (approximate)</source>
        <translation>la dirección de red (aproximada)</translation>
    </message>
    <message>
        <source>the address configured for this workstation</source>
        <translation>la dirección configurada para esta estación de trabajo</translation>
    </message>
    <message>
        <source>PLACED</source>
        <translation>REALIZADA</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FALLIDA</translation>
    </message>
    <message>
        <source>The call was placed: the carrier is connecting it to the emergency services, who are handling it.</source>
        <translation>La llamada se realizó: el proveedor la está conectando con los servicios de emergencia, que la están atendiendo.</translation>
    </message>
    <message>
        <source>The call FAILED: the carrier refused it at once ({reason}). The agent was told to use another phone; make sure the emergency services are called.</source>
        <translation>La llamada FALLÓ: el proveedor la rechazó de inmediato ({reason}). Se le indicó al agente que use otro teléfono; asegúrese de que se llame a los servicios de emergencia.</translation>
    </message>
    <message>
        <source>none assigned</source>
        <translation>ninguno asignado</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>desconocido</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <source>NO: emergency calling is not supported there; the call may not reach an answering point</source>
        <translation>NO: las llamadas de emergencia no están disponibles allí; es posible que la llamada no llegue a un centro de emergencias</translation>
    </message>
</context>
<context>
    <name>NotificationTemplate</name>
    <message>
        <source>PLACED, or FAILED when the carrier refused the call at once</source>
        <translation>PLACED, o FAILED cuando el proveedor rechazó la llamada de inmediato</translation>
    </message>
    <message>
        <source>whether the call went out: placed, or failed and why</source>
        <translation>si la llamada salió: hecha, o fallida y por qué</translation>
    </message>
    <message>
        <source>the agent&apos;s name</source>
        <translation>el nombre del agente</translation>
    </message>
    <message>
        <source>the agent&apos;s user id</source>
        <translation>el id de usuario del agente</translation>
    </message>
    <message>
        <source>the workstation&apos;s name</source>
        <translation>el nombre de la estación de trabajo</translation>
    </message>
    <message>
        <source>when the call was placed, local time with time zone</source>
        <translation>cuándo se hizo la llamada, hora local con zona horaria</translation>
    </message>
    <message>
        <source>when the call was placed, in UTC</source>
        <translation>cuándo se hizo la llamada, en UTC</translation>
    </message>
    <message>
        <source>the emergency number dialled</source>
        <translation>el número de emergencia marcado</translation>
    </message>
    <message>
        <source>the temporary callback number the answering point can call</source>
        <translation>el número temporal de devolución de llamada al que puede llamar el centro de emergencias</translation>
    </message>
    <message>
        <source>when the callback number&apos;s lease ends, with time zone</source>
        <translation>cuándo termina la reserva del número de devolución de llamada, con zona horaria</translation>
    </message>
    <message>
        <source>what is wrong with the callback number, e.g. every number of the pool was in use and an earlier caller&apos;s was reused; &apos;none&apos; otherwise</source>
        <translation>qué pasa con el número de devolución de llamada, p. ej., todos los números del grupo estaban en uso y se reutilizó el de alguien que llamó antes; si no, &apos;none&apos;</translation>
    </message>
    <message>
        <source>the location in one line: address and/or coordinates</source>
        <translation>la ubicación en una línea: dirección y/o coordenadas</translation>
    </message>
    <message>
        <source>the street address, if known</source>
        <translation>la dirección física, si se conoce</translation>
    </message>
    <message>
        <source>latitude and longitude, if known</source>
        <translation>latitud y longitud, si se conocen</translation>
    </message>
    <message>
        <source>how accurate the coordinates are</source>
        <translation>qué tan precisas son las coordenadas</translation>
    </message>
    <message>
        <source>where the location came from</source>
        <translation>de dónde vino la ubicación</translation>
    </message>
    <message>
        <source>when the location was determined, with time zone</source>
        <translation>cuándo se determinó la ubicación, con zona horaria</translation>
    </message>
    <message>
        <source>the country of the location, if known</source>
        <translation>el país de la ubicación, si se conoce</translation>
    </message>
    <message>
        <source>whether emergency calling is supported in that country</source>
        <translation>si las llamadas de emergencia funcionan en ese país</translation>
    </message>
    <message>
        <source>who called</source>
        <translation>quién llamó</translation>
    </message>
    <message>
        <source>where</source>
        <translation>dónde</translation>
    </message>
    <message>
        <source>when</source>
        <translation>cuándo</translation>
    </message>
    <message>
        <source>the callback number</source>
        <translation>el número de devolución de llamada</translation>
    </message>
    <message>
        <source>whether the call went out</source>
        <translation>si la llamada salió</translation>
    </message>
    <message>
        <source>add {placeholder} as text a reader sees</source>
        <translation>agregue {placeholder} como texto que el lector vea</translation>
    </message>
    <message>
        <source>add {placeholder}</source>
        <translation>agregue {placeholder}</translation>
    </message>
    <message>
        <source>{part}: says nothing about {fact}; {add}. Every notification must say who called, where, when, the callback number and whether the call went out, so that the contacts can act on it.</source>
        <translation>{part}: no dice nada sobre «{fact}»; {add}. Cada aviso debe decir quién llamó, dónde, cuándo, el número de devolución de llamada y si la llamada salió, para que los contactos puedan actuar.</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>the admin settings lack the mail server (SMTP host) and the sender address</source>
        <translation>a la configuración de administración le falta el servidor de correo (host SMTP) y la dirección del remitente</translation>
    </message>
    <message>
        <source>the admin settings lack the mail server (SMTP host)</source>
        <translation>a la configuración de administración le falta el servidor de correo (host SMTP)</translation>
    </message>
    <message>
        <source>the admin settings lack the sender address</source>
        <translation>a la configuración de administración le falta la dirección del remitente</translation>
    </message>
    <message>
        <source>No emergency contacts configured</source>
        <translation>No hay contactos de emergencia configurados</translation>
    </message>
    <message>
        <source>Notifying emergency contacts…</source>
        <translation>Avisando a los contactos de emergencia…</translation>
    </message>
    <message>
        <source>Contacts notified</source>
        <translation>Contactos avisados</translation>
    </message>
    <message>
        <source>Notification pending (retrying): {reason}</source>
        <translation>Aviso pendiente (reintentando): {reason}</translation>
    </message>
    <message>
        <source>Notification could not be saved ({reason}): it is being sent from memory now and is lost if the softphone stops before it goes. Free space in the profile folder.</source>
        <translation>No se pudo guardar el aviso ({reason}): se está enviando desde la memoria y se perderá si el softphone se detiene antes de enviarlo. Libere espacio en la carpeta del perfil.</translation>
    </message>
    <message>
        <source>no outbox file</source>
        <translation>no hay archivo de bandeja de salida</translation>
    </message>
    <message>
        <source>No emergency contacts configured: set the Emergency Call Notification recipients</source>
        <translation>No hay contactos de emergencia configurados: configure los destinatarios del aviso de llamada de emergencia</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s) via {server}</source>
        <translation>
            <numerusform>%n destinatario vía {server}</numerusform>
            <numerusform>%n destinatarios vía {server}</numerusform>
        </translation>
    </message>
    <message>
        <source>Emergency contacts&apos; mailbox settings complete</source>
        <translation>Configuración de correo de los contactos de emergencia completa</translation>
    </message>
    <message>
        <source>An admin completes Settings › Emergency › Contacts and template; emergency calls go out regardless.</source>
        <translation>Un administrador completa Configuración › Emergencia › Contactos y plantilla; las llamadas de emergencia salen de todos modos.</translation>
    </message>
    <message>
        <source>internal error, see the log</source>
        <translation>error interno, vea el registro</translation>
    </message>
    <message numerus="yes">
        <source>%n emergency notification(s) NOT delivered within {hours} h and erased; tell your contacts yourself</source>
        <translation>
            <numerusform>%n aviso de llamada de emergencia NO entregado en {hours} h y borrado; avise usted mismo a sus contactos</numerusform>
            <numerusform>%n avisos de llamada de emergencia NO entregados en {hours} h y borrados; avise usted mismo a sus contactos</numerusform>
        </translation>
    </message>
    <message>
        <source>{recipient} refused ({why})</source>
        <translation>{recipient} rechazó ({why})</translation>
    </message>
    <message>
        <source>Notification NOT delivered after {hours} h ({reason}); tell your contacts yourself</source>
        <translation>Aviso NO entregado después de {hours} h ({reason}); avise usted mismo a sus contactos</translation>
    </message>
    <message>
        <source>no password is stored for the mail server user {user}; enter it in the admin settings</source>
        <translation>no hay contraseña guardada para el usuario {user} del servidor de correo; escríbala en la configuración de administración</translation>
    </message>
    <message>
        <source>the mail library could not be loaded ({error}); reinstall the softphone</source>
        <translation>no se pudo cargar la biblioteca de correo ({error}); reinstale el softphone</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>el disco está lleno</translation>
    </message>
    <message>
        <source>The notification outbox was damaged; it was erased (it may have held an email&apos;s details) and a new one was started. Notifications queued before may be lost: tell your contacts yourself if you placed an emergency call recently.</source>
        <translation>La bandeja de salida de avisos estaba dañada; se borró (pudo haber contenido los detalles de un correo) y se creó una nueva. Los avisos en cola antes pueden haberse perdido: avise usted mismo a sus contactos si hizo una llamada de emergencia recientemente.</translation>
    </message>
    <message>
        <source>Cannot write the notification outbox {path} ({error}); notifications are kept in memory and are lost if the softphone stops before they are sent. Make the profile folder writable.</source>
        <translation>No se puede escribir en la bandeja de salida de avisos {path} ({error}); los avisos se guardan en memoria y se perderán si el softphone se detiene antes de enviarlos. Haga que la carpeta del perfil admita escritura.</translation>
    </message>
    <message>
        <source>the CA certificates file {file} does not exist; fix {option} in the admin settings</source>
        <translation>el archivo de certificados de CA {file} no existe; corrija {option} en la configuración de administración</translation>
    </message>
    <message>
        <source>the CA certificates file {file} cannot be used ({error}); it must be a PEM file of certificates</source>
        <translation>el archivo de certificados de CA {file} no se puede usar ({error}); debe ser un archivo PEM de certificados</translation>
    </message>
    <message>
        <source>the mail server {server} does not offer STARTTLS; choose TLS (port 465) or ask the mail admin to enable STARTTLS</source>
        <translation>el servidor de correo {server} no ofrece STARTTLS; elija TLS (puerto 465) o pida al administrador del correo que active STARTTLS</translation>
    </message>
    <message>
        <source>the mail server refused every recipient: {refused}</source>
        <translation>el servidor de correo rechazó a todos los destinatarios: {refused}</translation>
    </message>
    <message>
        <source>the mail server refused the user name or password ({reply}); check them in the admin settings</source>
        <translation>el servidor de correo rechazó el nombre de usuario o la contraseña ({reply}); revíselos en la configuración de administración</translation>
    </message>
    <message>
        <source>the mail server refused the sender address {sender} ({reply})</source>
        <translation>el servidor de correo rechazó la dirección del remitente {sender} ({reply})</translation>
    </message>
    <message>
        <source>the mail server refused the message ({reply})</source>
        <translation>el servidor de correo rechazó el mensaje ({reply})</translation>
    </message>
    <message>
        <source>the mail server {server} does not offer login (AUTH) on this connection; check the security setting, or clear the user name if it needs no login</source>
        <translation>el servidor de correo {server} no ofrece inicio de sesión (AUTH) en esta conexión; revise la opción de seguridad o borre el nombre de usuario si no necesita inicio de sesión</translation>
    </message>
    <message>
        <source>the mail server {server} closed the connection unexpectedly</source>
        <translation>el servidor de correo {server} cerró la conexión inesperadamente</translation>
    </message>
    <message>
        <source>the mail server answered {reply}</source>
        <translation>el servidor de correo respondió {reply}</translation>
    </message>
    <message>
        <source>the certificate of the mail server {server} is not trusted ({reason}); set {option} to the company&apos;s CA or fix the host name</source>
        <translation>el certificado del servidor de correo {server} no es de confianza ({reason}); configure {option} con la CA de la empresa o corrija el nombre del host</translation>
    </message>
    <message>
        <source>the secure connection to {server} failed ({reason}); check that the security setting matches the port (STARTTLS: 587, TLS: 465)</source>
        <translation>falló la conexión segura con {server} ({reason}); verifique que la opción de seguridad corresponda al puerto (STARTTLS: 587, TLS: 465)</translation>
    </message>
    <message>
        <source>the mail server name &apos;{host}&apos; cannot be found; check the host name</source>
        <translation>no se encuentra el nombre del servidor de correo &apos;{host}&apos;; revise el nombre del host</translation>
    </message>
    <message>
        <source>{server} refused the connection; is the mail server running and the port right?</source>
        <translation>{server} rechazó la conexión; ¿está funcionando el servidor de correo y es correcto el puerto?</translation>
    </message>
    <message>
        <source>the mail server {server} did not answer within {seconds} s</source>
        <translation>el servidor de correo {server} no respondió en {seconds} s</translation>
    </message>
    <message>
        <source>cannot reach the mail server {server} ({error})</source>
        <translation>no se puede contactar el servidor de correo {server} ({error})</translation>
    </message>
    <message>
        <source>sending failed ({error})</source>
        <translation>falló el envío ({error})</translation>
    </message>
    <message>
        <source>This is a TEST of the emergency call notification. No emergency call was placed.</source>
        <translation>Esto es una PRUEBA del aviso de llamada de emergencia. No se hizo ninguna llamada de emergencia.</translation>
    </message>
    <message>
        <source>There are no recipients: set the Emergency Call Notification recipients first.</source>
        <translation>No hay destinatarios: configure primero los destinatarios del aviso de llamada de emergencia.</translation>
    </message>
    <message>
        <source>The template cannot be used: {error}.</source>
        <translation>La plantilla no se puede usar: {error}.</translation>
    </message>
    <message>
        <source>[TEST] {subject}</source>
        <translation>[PRUEBA] {subject}</translation>
    </message>
    <message>
        <source>The test email was not sent: {error}.</source>
        <translation>No se envió el correo de prueba: {error}.</translation>
    </message>
    <message>
        <source>{server} accepted the test email for {accepted} but refused {refused}.</source>
        <translation>{server} aceptó el correo de prueba para {accepted}, pero rechazó {refused}.</translation>
    </message>
    <message>
        <source>{server} accepted the test email for {accepted}.</source>
        <translation>{server} aceptó el correo de prueba para {accepted}.</translation>
    </message>
    <message>
        <source>The test email was not sent: {error}</source>
        <translation>No se envió el correo de prueba: {error}</translation>
    </message>
    <message>
        <source>Settings: {problem}</source>
        <translation>Configuración: {problem}</translation>
    </message>
</context>
<context>
    <name>NotifySettings</name>
    <message>
        <source>STARTTLS (recommended)</source>
        <translation>STARTTLS (recomendado)</translation>
    </message>
    <message>
        <source>TLS (implicit, port 465)</source>
        <translation>TLS (implícito, puerto 465)</translation>
    </message>
    <message>
        <source>None (unencrypted)</source>
        <translation>Ninguno (sin cifrar)</translation>
    </message>
    <message>
        <source>Mail server password</source>
        <translation>Contraseña del servidor de correo</translation>
    </message>
    <message>
        <source>A password is stored in the system keyring.</source>
        <translation>Hay una contraseña guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No password is stored yet; type it here if the server needs a login.</source>
        <translation>Aún no hay contraseña guardada; escríbala aquí si el servidor pide iniciar sesión.</translation>
    </message>
    <message>
        <source>Without encryption the notification, with the agent&apos;s location, and the password cross the network readable. Use it only on a network you trust, and prefer STARTTLS or TLS.</source>
        <translation>Sin cifrado, el aviso, con la ubicación del agente, y la contraseña viajan legibles por la red. Úselo solo en una red de confianza y prefiera STARTTLS o TLS.</translation>
    </message>
    <message>
        <source>Send test email</source>
        <translation>Enviar correo de prueba</translation>
    </message>
    <message>
        <source>Test email result</source>
        <translation>Resultado del correo de prueba</translation>
    </message>
    <message>
        <source>Fix the notification settings marked in red first; the test uses the values shown here.</source>
        <translation>Corrija primero las opciones del aviso marcadas en rojo; la prueba usa los valores que se muestran aquí.</translation>
    </message>
    <message>
        <source>Sending to {recipients}…</source>
        <translation>Enviando a {recipients}…</translation>
    </message>
    <message>
        <source>Sending to nobody…</source>
        <translation>Enviando a nadie…</translation>
    </message>
    <message>
        <source>The test email was not sent: {error}</source>
        <translation>No se envió el correo de prueba: {error}</translation>
    </message>
    <message>
        <source>The test email failed unexpectedly ({error}); see the log.</source>
        <translation>El correo de prueba falló de forma inesperada ({error}); vea el registro.</translation>
    </message>
    <message>
        <source>Preview of the HTML body</source>
        <translation>Vista previa del cuerpo HTML</translation>
    </message>
    <message>
        <source>Preview of the plain-text body</source>
        <translation>Vista previa del cuerpo en texto sin formato</translation>
    </message>
    <message>
        <source>Template bodies</source>
        <translation>Cuerpos de la plantilla</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>Cuerpo HTML</translation>
    </message>
    <message>
        <source>Plain-text body</source>
        <translation>Cuerpo en texto sin formato</translation>
    </message>
    <message>
        <source>Edit a copy of the shipped template</source>
        <translation>Editar una copia de la plantilla incluida</translation>
    </message>
    <message>
        <source>Use the shipped template</source>
        <translation>Usar la plantilla incluida</translation>
    </message>
    <message>
        <source>Empty fields use the shipped template, including its future updates.</source>
        <translation>Los campos vacíos usan la plantilla incluida, con sus futuras actualizaciones.</translation>
    </message>
    <message>
        <source>Set by your IT department in the fleet settings file.</source>
        <translation>Lo fijó su departamento de informática en el archivo de flota.</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>Marcadores</translation>
    </message>
    <message>
        <source>Double-click to insert at the cursor of the body shown.</source>
        <translation>Haga doble clic para insertar en el cursor del cuerpo que se muestra.</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vista previa</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>Plain text</source>
        <translation>Texto sin formato</translation>
    </message>
    <message>
        <source>Placeholders (double-click to insert):</source>
        <translation>Marcadores (doble clic para insertar):</translation>
    </message>
    <message>
        <source>Preview with sample values:</source>
        <translation>Vista previa con valores de ejemplo:</translation>
    </message>
    <message>
        <source>No preview: {error}</source>
        <translation>Sin vista previa: {error}</translation>
    </message>
    <message>
        <source>Subject: {subject}</source>
        <translation>Asunto: {subject}</translation>
    </message>
</context>
<context>
    <name>OptionEditors</name>
    <message>
        <source>{adapter} (not installed)</source>
        <translation>{adapter} (no instalado)</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>Sin configurar</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add a row at the end</source>
        <translation>Añadir una fila al final</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the selected row</source>
        <translation>Quitar la fila seleccionada</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the selected row up</source>
        <translation>Subir la fila seleccionada</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the selected row down</source>
        <translation>Bajar la fila seleccionada</translation>
    </message>
    <message>
        <source>Nobody will be notified.</source>
        <translation>No se avisará a nadie.</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s): {addresses}</source>
        <translation>
            <numerusform>%n destinatario: {addresses}</numerusform>
            <numerusform>%n destinatarios: {addresses}</numerusform>
        </translation>
    </message>
    <message>
        <source>{recipients}. Listed more than once (each gets one email): {duplicates}.</source>
        <translation>{recipients}. Aparecen más de una vez (cada uno recibe un solo correo): {duplicates}.</translation>
    </message>
    <message>
        <source>{recipients}.</source>
        <translation>{recipients}.</translation>
    </message>
    <message>
        <source>{description}
Written as in settings.toml: {form}</source>
        <translation>{description}
Se escribe como en settings.toml: {form}</translation>
    </message>
    <message>
        <source>this is not a value as settings.toml writes it ({error}); expected {form}</source>
        <translation>esto no es un valor como lo escribe settings.toml ({error}); se esperaba {form}</translation>
    </message>
</context>
<context>
    <name>Options</name>
    <message>
        <source>Agent name</source>
        <translation>Nombre del agente</translation>
    </message>
    <message>
        <source>The agent&apos;s full name, used in notifications.</source>
        <translation>El nombre completo del agente, usado en los avisos.</translation>
    </message>
    <message>
        <source>User id</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <source>The agent&apos;s user id; empty means the operating-system login name.</source>
        <translation>El usuario del agente; vacío significa el nombre de inicio de sesión del sistema operativo.</translation>
    </message>
    <message>
        <source>Workstation</source>
        <translation>Estación de trabajo</translation>
    </message>
    <message>
        <source>A name for this workstation; empty means the host name.</source>
        <translation>Un nombre para esta estación de trabajo; vacío significa el nombre del equipo.</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <source>Where the agent works when no location is known; drives which numbers are emergency numbers.</source>
        <translation>Dónde trabaja el agente cuando no se conoce la ubicación; decide qué números son de emergencia.</translation>
    </message>
    <message>
        <source>Who to ask</source>
        <translation>A quién preguntar</translation>
    </message>
    <message>
        <source>Who agents ask about what only an admin can set: a name, a phone extension or an email address, shown by the set-up assistant beside what is missing.</source>
        <translation>A quién preguntan los agentes sobre lo que solo un administrador puede configurar: un nombre, una extensión o una dirección de correo, que el asistente de configuración muestra junto a lo que falta.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>The language of the window, its messages and the command line: en_US, da_DK, fr_CA or es_PR; empty follows the system&apos;s language. A change applies at once, during a call too.</source>
        <translation>El idioma de la ventana, sus mensajes y la línea de comandos: en_US, da_DK, fr_CA o es_PR; vacío sigue el idioma del sistema. Un cambio se aplica de inmediato, también durante una llamada.</translation>
    </message>
    <message>
        <source>Caller ID number</source>
        <translation>Número de identificador de llamadas</translation>
    </message>
    <message>
        <source>The agent&apos;s own number: presented on outgoing calls, and the callback number of last resort when the callback pool is empty.</source>
        <translation>El número propio del agente: se presenta en las llamadas salientes y es el número de devolución de llamada de último recurso cuando el grupo de devolución de llamada está vacío.</translation>
    </message>
    <message>
        <source>a carrier adapter name such as simulated</source>
        <translation>un nombre de adaptador de proveedor, por ejemplo simulated</translation>
    </message>
    <message>
        <source>Carrier adapter</source>
        <translation>Adaptador de proveedor</translation>
    </message>
    <message>
        <source>Which carrier adapter places calls, by entry-point name (group `softphone.carriers`).</source>
        <translation>Qué adaptador de proveedor hace las llamadas, por su nombre de punto de entrada (grupo `softphone.carriers`).</translation>
    </message>
    <message>
        <source>up to two digits, such as 9</source>
        <translation>hasta dos dígitos, por ejemplo 9</translation>
    </message>
    <message>
        <source>Outside-line prefix</source>
        <translation>Prefijo de línea externa</translation>
    </message>
    <message>
        <source>Digits dialled to reach an outside line (e.g. 9). Emergency numbers work with and without it (Kari&apos;s Law).</source>
        <translation>Dígitos que se marcan para obtener una línea externa (p. ej., 9). Los números de emergencia funcionan con y sin él (Ley de Kari).</translation>
    </message>
    <message>
        <source>Simulated answer delay (s)</source>
        <translation>Demora de respuesta simulada (s)</translation>
    </message>
    <message>
        <source>Seconds the simulated answering point rings before it answers.</source>
        <translation>Segundos que suena el centro de emergencias simulado antes de contestar.</translation>
    </message>
    <message>
        <source>Simulated spoken greeting</source>
        <translation>Saludo hablado simulado</translation>
    </message>
    <message>
        <source>Whether the simulated answering point speaks its greeting (pyttsx3/espeak-ng).</source>
        <translation>Si el centro de emergencias simulado dice su saludo en voz alta (pyttsx3/espeak-ng).</translation>
    </message>
    <message>
        <source>Simulated carrier can hold</source>
        <translation>El proveedor simulado puede poner en espera</translation>
    </message>
    <message>
        <source>Whether the simulated carrier supports hold; without it, other calls are ended when an emergency call starts.</source>
        <translation>Si el proveedor simulado permite poner en espera; si no, las demás llamadas terminan cuando empieza una llamada de emergencia.</translation>
    </message>
    <message>
        <source>SIP transport</source>
        <translation>Transporte SIP</translation>
    </message>
    <message>
        <source>How SIP travels to the proxy: udp, tcp, or tls (TLS verifies the proxy&apos;s certificate against the system&apos;s or the configured CA file).</source>
        <translation>Cómo viaja SIP hasta el proxy: udp, tcp o tls (TLS verifica el certificado del proxy con las autoridades del sistema o con el archivo CA configurado).</translation>
    </message>
    <message>
        <source>SIP proxy / SBC</source>
        <translation>Proxy SIP / SBC</translation>
    </message>
    <message>
        <source>The primary proxy or session border controller; direct-routing calls go here first.</source>
        <translation>El proxy principal o controlador de borde de sesión (SBC); las llamadas de enrutamiento directo pasan primero por aquí.</translation>
    </message>
    <message>
        <source>Fallback SBC</source>
        <translation>SBC de respaldo</translation>
    </message>
    <message>
        <source>A second SBC tried when the primary fails or does not answer in time.</source>
        <translation>Un segundo SBC que se prueba cuando el principal falla o no contesta a tiempo.</translation>
    </message>
    <message>
        <source>Calling-plan (direct offer) proxy</source>
        <translation>Proxy del plan de llamadas (oferta directa)</translation>
    </message>
    <message>
        <source>The provider&apos;s own proxy for calling-plan numbers; the last fallback of a direct-routing call, and the path of a calling-plan call.</source>
        <translation>El proxy propio del proveedor para los números del plan de llamadas; el último respaldo de una llamada de enrutamiento directo y la ruta de una llamada del plan de llamadas.</translation>
    </message>
    <message>
        <source>a SIP domain such as trunk.example.com</source>
        <translation>un dominio SIP, por ejemplo trunk.example.com</translation>
    </message>
    <message>
        <source>SIP domain</source>
        <translation>Dominio SIP</translation>
    </message>
    <message>
        <source>The domain of the SIP account: in From, To and the Request-URI.</source>
        <translation>El dominio de la cuenta SIP: en From, To y la Request-URI.</translation>
    </message>
    <message>
        <source>a SIP user name</source>
        <translation>un nombre de usuario SIP</translation>
    </message>
    <message>
        <source>SIP user</source>
        <translation>Usuario SIP</translation>
    </message>
    <message>
        <source>The SIP account&apos;s user name; its password is read from the keyring as `sip:&lt;user&gt;@&lt;domain&gt;`. Empty for trunks that authenticate by IP address.</source>
        <translation>El nombre de usuario de la cuenta SIP; su contraseña se lee del llavero como `sip:&lt;user&gt;@&lt;domain&gt;`. Vacío para troncales que se autentican por dirección IP.</translation>
    </message>
    <message>
        <source>Register with the proxy</source>
        <translation>Registrarse en el proxy</translation>
    </message>
    <message>
        <source>Send REGISTER to the proxy so that it knows where to send inbound calls; trunks that authenticate by IP address need no registration.</source>
        <translation>Enviar REGISTER al proxy para que sepa adónde enviar las llamadas entrantes; las troncales que se autentican por dirección IP no necesitan registro.</translation>
    </message>
    <message>
        <source>Registration interval (s)</source>
        <translation>Intervalo de registro (s)</translation>
    </message>
    <message>
        <source>How long a registration lasts before it is refreshed.</source>
        <translation>Cuánto dura un registro antes de renovarse.</translation>
    </message>
    <message>
        <source>Emergency Request-URI</source>
        <translation>Request-URI de emergencia</translation>
    </message>
    <message>
        <source>How an emergency call addresses the answering point: `number@domain` (sip:911@domain), `tel` (tel:911) or `urn:service:sos` (RFC 5031).</source>
        <translation>Cómo una llamada de emergencia se dirige al centro de emergencias: `number@domain` (sip:911@domain), `tel` (tel:911) o `urn:service:sos` (RFC 5031).</translation>
    </message>
    <message>
        <source>Callback identity header</source>
        <translation>Encabezado de identidad de devolución de llamada</translation>
    </message>
    <message>
        <source>Where an emergency call asserts the callback number: a P-Asserted-Identity header, or the From header.</source>
        <translation>Dónde una llamada de emergencia indica el número de devolución de llamada: un encabezado P-Asserted-Identity o el encabezado From.</translation>
    </message>
    <message>
        <source>Send Priority: emergency</source>
        <translation>Enviar Priority: emergency</translation>
    </message>
    <message>
        <source>Whether emergency calls carry a `Priority: emergency` header.</source>
        <translation>Si las llamadas de emergencia llevan un encabezado `Priority: emergency`.</translation>
    </message>
    <message>
        <source>Route answer timeout (s)</source>
        <translation>Tiempo de espera de respuesta de la ruta (s)</translation>
    </message>
    <message>
        <source>How long a proxy may stay silent after an INVITE before the next route is tried.</source>
        <translation>Cuánto tiempo puede un proxy quedarse callado después de un INVITE antes de probar la ruta siguiente.</translation>
    </message>
    <message>
        <source>Agent number kind</source>
        <translation>Tipo de número del agente</translation>
    </message>
    <message>
        <source>Whether the agent&apos;s number is a direct-routing number (through the SBC), a calling-plan number (the provider&apos;s direct offer), or the account has both.</source>
        <translation>Si el número del agente es de enrutamiento directo (a través del SBC), del plan de llamadas (la oferta directa del proveedor) o si la cuenta tiene ambos.</translation>
    </message>
    <message>
        <source>Direct-routing numbers</source>
        <translation>Números de enrutamiento directo</translation>
    </message>
    <message>
        <source>With both number kinds: dialled numbers (globs such as `+1*` or `911`) that go through direct routing; everything else, emergency calls included, takes the calling-plan path.</source>
        <translation>Con ambos tipos de número: los números marcados (patrones como `+1*` o `911`) que van por enrutamiento directo; todo lo demás, incluidas las llamadas de emergencia, toma la ruta del plan de llamadas.</translation>
    </message>
    <message>
        <source>an IP address of this computer</source>
        <translation>una dirección IP de esta computadora</translation>
    </message>
    <message>
        <source>Local SIP address</source>
        <translation>Dirección SIP local</translation>
    </message>
    <message>
        <source>The address this softphone binds and advertises; empty picks the one that reaches the proxy.</source>
        <translation>La dirección que este softphone usa y anuncia; vacío elige la que llega al proxy.</translation>
    </message>
    <message>
        <source>Local SIP port</source>
        <translation>Puerto SIP local</translation>
    </message>
    <message>
        <source>The port inbound SIP arrives on (0 picks a free one).</source>
        <translation>El puerto por el que llega el SIP entrante (0 elige uno libre).</translation>
    </message>
    <message>
        <source>TLS CA file</source>
        <translation>Archivo CA de TLS</translation>
    </message>
    <message>
        <source>A PEM file of certificate authorities to verify the proxy with; empty uses the system&apos;s.</source>
        <translation>Un archivo PEM de autoridades de certificación para verificar el proxy; vacío usa las del sistema.</translation>
    </message>
    <message>
        <source>TLS certificate file</source>
        <translation>Archivo de certificado TLS</translation>
    </message>
    <message>
        <source>With the tls transport: a PEM certificate (chain) for this softphone; when set, it also listens for TLS on the local SIP port, so a trunk can send calls (PSAP callbacks) without a registration.</source>
        <translation>Con el transporte tls: un certificado PEM (cadena) para este softphone; si se configura, también escucha TLS en el puerto SIP local, para que una troncal pueda enviar llamadas (devoluciones de llamada del centro de emergencias) sin registro.</translation>
    </message>
    <message>
        <source>TLS key file</source>
        <translation>Archivo de clave TLS</translation>
    </message>
    <message>
        <source>The PEM private key of the TLS certificate; if it is encrypted, its password is read from the keyring as `sip-tls-key:&lt;this path&gt;`.</source>
        <translation>La clave privada PEM del certificado TLS; si está cifrada, su contraseña se lee del llavero como `sip-tls-key:&lt;this path&gt;`.</translation>
    </message>
    <message>
        <source>Media security (SRTP)</source>
        <translation>Seguridad de medios (SRTP)</translation>
    </message>
    <message>
        <source>`required`: offer SRTP only (RTP/SAVP) and leave a route that cannot do it for the next; an emergency call&apos;s last route may still go plain, with a warning. `preferred`: offer SRTP keys on plain RTP/AVP and encrypt when the far end takes them. `off`: plain RTP.</source>
        <translation>`required`: ofrecer solo SRTP (RTP/SAVP) y dejar una ruta que no pueda hacerlo por la siguiente; la última ruta de una llamada de emergencia aún puede ir sin cifrar, con un aviso. `preferred`: ofrecer claves SRTP sobre RTP/AVP normal y cifrar cuando el otro extremo las acepte. `off`: RTP normal.</translation>
    </message>
    <message>
        <source>Trusted SIP peers</source>
        <translation>Pares SIP de confianza</translation>
    </message>
    <message>
        <source>Addresses, networks (`192.0.2.0/24`) or host names that may call this softphone besides the proxies and the registrar, e.g. a trunk that sends PSAP callbacks. Requests from anywhere else are ignored.</source>
        <translation>Direcciones, redes (`192.0.2.0/24`) o nombres de host que pueden llamar a este softphone además de los proxies y el registrador, p. ej., una troncal que envía devoluciones de llamada del centro de emergencias. Las solicitudes de cualquier otro lugar se ignoran.</translation>
    </message>
    <message>
        <source>Ring timeout (s)</source>
        <translation>Tiempo de timbre (s)</translation>
    </message>
    <message>
        <source>How long an inbound call may ring unanswered before the caller is told to try later (480).</source>
        <translation>Cuánto tiempo puede sonar sin respuesta una llamada entrante antes de decirle a quien llama que intente más tarde (480).</translation>
    </message>
    <message>
        <source>Callback number pool</source>
        <translation>Grupo de números de devolución de llamada</translation>
    </message>
    <message>
        <source>Numbers that can be leased to an agent as a temporary emergency callback number.</source>
        <translation>Números que se pueden reservar para un agente como número temporal de devolución de llamada de emergencia.</translation>
    </message>
    <message>
        <source>Callback lease (minutes)</source>
        <translation>Reserva de devolución de llamada (minutos)</translation>
    </message>
    <message>
        <source>How long a callback number stays leased after an emergency call.</source>
        <translation>Cuánto tiempo sigue reservado un número de devolución de llamada después de una llamada de emergencia.</translation>
    </message>
    <message>
        <source>Sites and their callback numbers</source>
        <translation>Sitios y sus números de devolución de llamada</translation>
    </message>
    <message>
        <source>Where agents work: each site&apos;s civic address (its numbers are registered with it at the carrier), its callback pool and optionally the networks that identify it. An agent draws from the pool of the site they are at (confirmed address, else network), else from callback.pool.</source>
        <translation>Dónde trabajan los agentes: la dirección física de cada sitio (sus números están registrados con ella en el proveedor), su grupo de devolución de llamada y, opcionalmente, las redes que lo identifican. Un agente toma un número del grupo del sitio donde está (dirección confirmada o, si no, red); si no, de callback.pool.</translation>
    </message>
    <message>
        <source>Shared callback store</source>
        <translation>Almacén compartido de devolución de llamada</translation>
    </message>
    <message>
        <source>PostgreSQL connection URI of the contact center&apos;s callback-number registry, shared by every agent (the password is kept in the keyring); empty keeps the leases on this workstation only.</source>
        <translation>URI de conexión PostgreSQL del registro de números de devolución de llamada del centro de contacto, compartido por todos los agentes (la contraseña se guarda en el llavero); vacío mantiene las reservas solo en esta estación de trabajo.</translation>
    </message>
    <message>
        <source>Unassigned callback route</source>
        <translation>Ruta de devoluciones de llamada sin asignar</translation>
    </message>
    <message>
        <source>Where a call to a pool number that no agent holds goes, e.g. the security desk (written to the shared store for the SIP proxy&apos;s routing).</source>
        <translation>Adónde va una llamada a un número del grupo que ningún agente tiene, p. ej., el puesto de seguridad (se escribe en el almacén compartido para el enrutamiento del proxy SIP).</translation>
    </message>
    <message>
        <source>Callback claim deadline (ms)</source>
        <translation>Plazo para obtener un número de devolución de llamada (ms)</translation>
    </message>
    <message>
        <source>How long an emergency call may wait for the shared store to hand out a number before it goes out with the number chosen in advance.</source>
        <translation>Cuánto tiempo puede esperar una llamada de emergencia a que el almacén compartido le asigne un número antes de salir con el número elegido de antemano.</translation>
    </message>
    <message>
        <source>Concurrent calls</source>
        <translation>Llamadas simultáneas</translation>
    </message>
    <message>
        <source>How many calls the agent can have at once; a PSAP callback is never refused by it.</source>
        <translation>Cuántas llamadas puede tener el agente a la vez; una devolución de llamada del centro de emergencias nunca se rechaza por eso.</translation>
    </message>
    <message>
        <source>Queue calls when busy</source>
        <translation>Poner llamadas en cola cuando esté ocupado</translation>
    </message>
    <message>
        <source>Hold inbound calls in a queue while at capacity instead of refusing them.</source>
        <translation>Mantener las llamadas entrantes en cola mientras no haya capacidad en vez de rechazarlas.</translation>
    </message>
    <message>
        <source>Queue timeout (s)</source>
        <translation>Tiempo máximo en cola (s)</translation>
    </message>
    <message>
        <source>How long a queued inbound call waits for a free line before it is refused.</source>
        <translation>Cuánto tiempo espera una llamada entrante en cola por una línea libre antes de rechazarse.</translation>
    </message>
    <message>
        <source>Routing rules</source>
        <translation>Reglas de enrutamiento</translation>
    </message>
    <message>
        <source>Inbound rules by caller number, first match wins; a PSAP callback bypasses them.</source>
        <translation>Reglas de llamadas entrantes según el número de quien llama; gana la primera que coincida; una devolución de llamada del centro de emergencias las omite.</translation>
    </message>
    <message>
        <source>Custom statuses</source>
        <translation>Estados personalizados</translation>
    </message>
    <message>
        <source>Extra presence statuses the agent can pick, such as Lunch or Training.</source>
        <translation>Estados de presencia adicionales que el agente puede elegir, como Almuerzo o Adiestramiento.</translation>
    </message>
    <message>
        <source>Use the system&apos;s location</source>
        <translation>Usar la ubicación del sistema</translation>
    </message>
    <message>
        <source>Ask the operating system where the workstation is (Location Services, geoclue).</source>
        <translation>Preguntar al sistema operativo dónde está la estación de trabajo (Servicios de ubicación, geoclue).</translation>
    </message>
    <message>
        <source>Location refresh (minutes)</source>
        <translation>Actualización de la ubicación (minutos)</translation>
    </message>
    <message>
        <source>How often the position is refreshed in the background; also on every network change.</source>
        <translation>Con qué frecuencia se actualiza la posición en segundo plano; también en cada cambio de red.</translation>
    </message>
    <message>
        <source>Oldest usable fix (minutes)</source>
        <translation>Posición más antigua utilizable (minutos)</translation>
    </message>
    <message>
        <source>A system position older than this is no longer used; the next fallback is.</source>
        <translation>Una posición del sistema más antigua que esto ya no se usa; se usa la siguiente alternativa.</translation>
    </message>
    <message>
        <source>Estimate location from the IP address</source>
        <translation>Estimar la ubicación por la dirección IP</translation>
    </message>
    <message>
        <source>When the system has no position, ask an IP geolocation service (needs a network; gives up after 2 s).</source>
        <translation>Cuando el sistema no tiene posición, consultar un servicio de geolocalización por IP (necesita red; se rinde después de 2 s).</translation>
    </message>
    <message>
        <source>Moved-away distance (m)</source>
        <translation>Distancia de traslado (m)</translation>
    </message>
    <message>
        <source>Ask the agent to confirm their address when the position is farther than this from where the address was confirmed (RAY BAUM&apos;s Act).</source>
        <translation>Pedir al agente que confirme su dirección cuando la posición esté más lejos que esto del lugar donde se confirmó la dirección (Ley RAY BAUM).</translation>
    </message>
    <message>
        <source>Registered address: street</source>
        <translation>Dirección registrada: calle</translation>
    </message>
    <message>
        <source>The site&apos;s registered street, offered to the agent to confirm.</source>
        <translation>La calle registrada del sitio, que se ofrece al agente para confirmar.</translation>
    </message>
    <message>
        <source>Registered address: number</source>
        <translation>Dirección registrada: número</translation>
    </message>
    <message>
        <source>The site&apos;s house or building number.</source>
        <translation>El número de la casa o del edificio del sitio.</translation>
    </message>
    <message>
        <source>Registered address: floor/room</source>
        <translation>Dirección registrada: piso/oficina</translation>
    </message>
    <message>
        <source>Floor, room or desk, so responders find the agent inside the building.</source>
        <translation>Piso, oficina o escritorio, para que el personal de emergencia encuentre al agente dentro del edificio.</translation>
    </message>
    <message>
        <source>Registered address: city</source>
        <translation>Dirección registrada: ciudad</translation>
    </message>
    <message>
        <source>The site&apos;s city.</source>
        <translation>La ciudad del sitio.</translation>
    </message>
    <message>
        <source>Registered address: state/region</source>
        <translation>Dirección registrada: estado/región</translation>
    </message>
    <message>
        <source>State, province or region (required in the US and Canada).</source>
        <translation>Estado, provincia o región (obligatorio en EE. UU. y Canadá).</translation>
    </message>
    <message>
        <source>Registered address: postcode</source>
        <translation>Dirección registrada: código postal</translation>
    </message>
    <message>
        <source>ZIP or postal code.</source>
        <translation>Código ZIP o postal.</translation>
    </message>
    <message>
        <source>Registered address: country</source>
        <translation>Dirección registrada: país</translation>
    </message>
    <message>
        <source>ISO 3166-1 alpha-2 country of the site, e.g. US.</source>
        <translation>País del sitio en código ISO 3166-1 alfa-2, p. ej., US.</translation>
    </message>
    <message>
        <source>Emergency Call Notification recipients</source>
        <translation>Destinatarios del aviso de llamada de emergencia</translation>
    </message>
    <message>
        <source>Who is emailed the moment this agent places an emergency call (a supervisor, the security desk): addresses separated by semicolons.</source>
        <translation>A quién se le envía un correo electrónico en el momento en que este agente hace una llamada de emergencia (un supervisor, el puesto de seguridad): direcciones separadas por punto y coma.</translation>
    </message>
    <message>
        <source>a host name such as mail.example.com</source>
        <translation>un nombre de host, por ejemplo mail.example.com</translation>
    </message>
    <message>
        <source>Mail server (SMTP)</source>
        <translation>Servidor de correo (SMTP)</translation>
    </message>
    <message>
        <source>The mail server that sends the notification.</source>
        <translation>El servidor de correo que envía el aviso.</translation>
    </message>
    <message>
        <source>Mail server port</source>
        <translation>Puerto del servidor de correo</translation>
    </message>
    <message>
        <source>0 means the standard port for the security chosen: 587 for STARTTLS, 465 for TLS, 25 for none.</source>
        <translation>0 significa el puerto estándar de la seguridad elegida: 587 para STARTTLS, 465 para TLS, 25 para ninguna.</translation>
    </message>
    <message>
        <source>Connection security</source>
        <translation>Seguridad de la conexión</translation>
    </message>
    <message>
        <source>starttls (recommended), tls (implicit TLS, often port 465) or none (unencrypted: the message and the password cross the network readable).</source>
        <translation>starttls (recomendado), tls (TLS implícito, a menudo el puerto 465) o none (sin cifrar: el mensaje y la contraseña cruzan la red legibles).</translation>
    </message>
    <message>
        <source>Mail server user name</source>
        <translation>Nombre de usuario del servidor de correo</translation>
    </message>
    <message>
        <source>Empty to send without logging in. The password is kept in the system keyring.</source>
        <translation>Vacío para enviar sin iniciar sesión. La contraseña se guarda en el llavero del sistema.</translation>
    </message>
    <message>
        <source>Sender address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <source>The From address of the notification, such as softphone@example.com.</source>
        <translation>La dirección From del aviso, por ejemplo softphone@example.com.</translation>
    </message>
    <message>
        <source>Extra CA certificates file</source>
        <translation>Archivo de certificados CA adicionales</translation>
    </message>
    <message>
        <source>A PEM file of CA certificates to trust for the mail server in addition to the system&apos;s (e.g. the company&apos;s internal CA); empty for the system&apos;s only.</source>
        <translation>Un archivo PEM de certificados CA en los que confiar para el servidor de correo además de los del sistema (p. ej., la CA interna de la empresa); vacío para usar solo los del sistema.</translation>
    </message>
    <message>
        <source>Notification language</source>
        <translation>Idioma del aviso</translation>
    </message>
    <message>
        <source>The language of the email the emergency contacts receive: en_US, da_DK, fr_CA or es_PR (the shipped template exists in each); empty: the agent&apos;s language. A subject or body set here is sent as written.</source>
        <translation>El idioma del correo electrónico que reciben los contactos de emergencia: en_US, da_DK, fr_CA o es_PR (la plantilla incluida existe en cada uno); vacío: el idioma del agente. Un asunto o cuerpo configurado aquí se envía tal como está escrito.</translation>
    </message>
    <message>
        <source>Notification subject</source>
        <translation>Asunto del aviso</translation>
    </message>
    <message>
        <source>The subject line; {{placeholders}} are filled in when the call is placed. Empty: the shipped template&apos;s.</source>
        <translation>La línea de asunto; los {{placeholders}} se completan cuando se hace la llamada. Vacío: el de la plantilla incluida.</translation>
    </message>
    <message>
        <source>Notification body (HTML)</source>
        <translation>Cuerpo del aviso (HTML)</translation>
    </message>
    <message>
        <source>The HTML body; placeholder values are escaped for HTML. Empty: the shipped template&apos;s (softphone/resources/templates).</source>
        <translation>El cuerpo HTML; los valores de los marcadores se escapan para HTML. Vacío: el de la plantilla incluida (softphone/resources/templates).</translation>
    </message>
    <message>
        <source>Notification body (plain text)</source>
        <translation>Cuerpo del aviso (texto sin formato)</translation>
    </message>
    <message>
        <source>The plain-text alternative, for mail readers that do not show HTML. Empty: the shipped template&apos;s.</source>
        <translation>La alternativa en texto sin formato, para lectores de correo que no muestran HTML. Vacío: la de la plantilla incluida.</translation>
    </message>
    <message>
        <source>Microphone</source>
        <translation>Micrófono</translation>
    </message>
    <message>
        <source>The microphone for calls, by its name as the device list shows it; empty means the system default. Used again whenever it is connected.</source>
        <translation>El micrófono para las llamadas, por su nombre tal como lo muestra la lista de dispositivos; vacío significa el predeterminado del sistema. Se vuelve a usar cada vez que se conecta.</translation>
    </message>
    <message>
        <source>Speaker</source>
        <translation>Altavoz</translation>
    </message>
    <message>
        <source>Where call audio and the test tone play, by device name; empty means the system default.</source>
        <translation>Dónde suenan el audio de las llamadas y el tono de prueba, por nombre de dispositivo; vacío significa el predeterminado del sistema.</translation>
    </message>
    <message>
        <source>Ringer</source>
        <translation>Timbre</translation>
    </message>
    <message>
        <source>Where the ring tone of incoming calls plays, by device name; empty means the system default.</source>
        <translation>Dónde suena el timbre de las llamadas entrantes, por nombre de dispositivo; vacío significa el predeterminado del sistema.</translation>
    </message>
    <message>
        <source>Speaker volume (%)</source>
        <translation>Volumen del altavoz (%)</translation>
    </message>
    <message>
        <source>Loudness of call audio and the test tone; above 100 boosts quiet calls.</source>
        <translation>Volumen del audio de las llamadas y del tono de prueba; más de 100 amplifica las llamadas bajas.</translation>
    </message>
    <message>
        <source>Microphone volume (%)</source>
        <translation>Volumen del micrófono (%)</translation>
    </message>
    <message>
        <source>Gain applied to the microphone before it is sent.</source>
        <translation>Ganancia aplicada al micrófono antes de enviarlo.</translation>
    </message>
    <message>
        <source>Ringer volume (%)</source>
        <translation>Volumen del timbre (%)</translation>
    </message>
    <message>
        <source>Loudness of the ring tone.</source>
        <translation>Volumen del timbre.</translation>
    </message>
    <message>
        <source>Device sample rate</source>
        <translation>Frecuencia de muestreo del dispositivo</translation>
    </message>
    <message>
        <source>The rate audio devices are opened at first; a device that refuses it is opened at its own rate.</source>
        <translation>La frecuencia con la que se abren primero los dispositivos de audio; un dispositivo que la rechaza se abre con su propia frecuencia.</translation>
    </message>
    <message>
        <source>Device re-scan interval (s)</source>
        <translation>Intervalo para volver a buscar dispositivos (s)</translation>
    </message>
    <message>
        <source>Where the sound system cannot announce devices plugged in or out (no PulseAudio or PipeWire), how often the list is re-read while no call is up.</source>
        <translation>Donde el sistema de sonido no puede avisar de los dispositivos que se conectan o desconectan (sin PulseAudio ni PipeWire), con qué frecuencia se vuelve a leer la lista mientras no haya una llamada.</translation>
    </message>
    <message>
        <source>Start at login</source>
        <translation>Iniciar al iniciar sesión</translation>
    </message>
    <message>
        <source>Start the softphone in the tray when the agent logs in, so that click-to-call and emergency callbacks work before anyone opens it (XDG autostart on Linux, the Run registry key on Windows, a LaunchAgent on macOS).</source>
        <translation>Iniciar el softphone en la bandeja del sistema cuando el agente inicia sesión, para que hacer clic para llamar y las devoluciones de llamada de emergencia funcionen antes de que alguien lo abra (inicio automático XDG en Linux, la clave de registro Run en Windows, un LaunchAgent en macOS).</translation>
    </message>
</context>
<context>
    <name>Phone</name>
    <message>
        <source>The carrier could not start: {error}</source>
        <translation>El proveedor no pudo iniciar: {error}</translation>
    </message>
    <message>
        <source>That call has already ended.</source>
        <translation>Esa llamada ya terminó.</translation>
    </message>
    <message>
        <source>End the emergency call before placing another call.</source>
        <translation>Termine la llamada de emergencia antes de hacer otra llamada.</translation>
    </message>
    <message>
        <source>The emergency call could not be placed: {error} Use another phone to call emergency services now.</source>
        <translation>No se pudo hacer la llamada de emergencia: {error} Use otro teléfono para llamar a los servicios de emergencia ahora.</translation>
    </message>
    <message>
        <source>Test call to the address test line: no emergency services, no Do not disturb, no notification.</source>
        <translation>Llamada de prueba a la línea de prueba de dirección: sin servicios de emergencia, sin No molestar, sin aviso.</translation>
    </message>
    <message>
        <source>No location was sent with the call: the location source failed ({error}).</source>
        <translation>No se envió ninguna ubicación con la llamada: la fuente de ubicación falló ({error}).</translation>
    </message>
    <message>
        <source>Put on hold because an emergency call started.</source>
        <translation>Puesta en espera porque comenzó una llamada de emergencia.</translation>
    </message>
    <message>
        <source>ended because an emergency call started</source>
        <translation>terminada porque comenzó una llamada de emergencia</translation>
    </message>
    <message>
        <source>The carrier reported a problem hanging up: {error}</source>
        <translation>El proveedor informó un problema al colgar: {error}</translation>
    </message>
    <message>
        <source>ended by you</source>
        <translation>terminada por usted</translation>
    </message>
    <message>
        <source>Only a ringing inbound call can be answered.</source>
        <translation>Solo se puede contestar una llamada entrante que esté sonando.</translation>
    </message>
    <message>
        <source>End the emergency call before answering another call.</source>
        <translation>Termine la llamada de emergencia antes de contestar otra llamada.</translation>
    </message>
    <message>
        <source>An emergency callback cannot be declined: answer it.</source>
        <translation>Una devolución de llamada de emergencia no se puede rechazar: contéstela.</translation>
    </message>
    <message>
        <source>Only a ringing call can be declined; hang up instead.</source>
        <translation>Solo se puede rechazar una llamada que esté sonando; cuelgue en su lugar.</translation>
    </message>
    <message>
        <source>declined by you</source>
        <translation>rechazada por usted</translation>
    </message>
    <message>
        <source>An emergency call cannot be put on hold.</source>
        <translation>Una llamada de emergencia no se puede poner en espera.</translation>
    </message>
    <message>
        <source>Other calls stay on hold while an emergency call is up.</source>
        <translation>Las demás llamadas siguen en espera mientras haya una llamada de emergencia.</translation>
    </message>
    <message>
        <source>An emergency call cannot be transferred.</source>
        <translation>Una llamada de emergencia no se puede transferir.</translation>
    </message>
    <message>
        <source>There is no call to act on.</source>
        <translation>No hay ninguna llamada sobre la cual actuar.</translation>
    </message>
    <message>
        <source>Pausing the callback countdown failed: {error}</source>
        <translation>No se pudo pausar la cuenta regresiva de devolución de llamada: {error}</translation>
    </message>
    <message>
        <source>no line became free in time</source>
        <translation>ninguna línea se liberó a tiempo</translation>
    </message>
    <message>
        <source>answered, {reason}</source>
        <translation>contestada, {reason}</translation>
    </message>
    <message>
        <source>The emergency call failed: {reason} Dial again, or use another phone to call emergency services.</source>
        <translation>La llamada de emergencia falló: {reason} Marque de nuevo o use otro teléfono para llamar a los servicios de emergencia.</translation>
    </message>
    <message>
        <source>Restarting the callback countdown failed: {error}</source>
        <translation>No se pudo reiniciar la cuenta regresiva de devolución de llamada: {error}</translation>
    </message>
    <message>
        <source>The call history could not be saved: {error}</source>
        <translation>No se pudo guardar el historial de llamadas: {error}</translation>
    </message>
</context>
<context>
    <name>Presence</name>
    <message>
        <source>Presence stays on Do not disturb while an emergency call is up; it returns to your previous status when the call ends.</source>
        <translation>La presencia se mantiene en No molestar mientras haya una llamada de emergencia; vuelve a su estado anterior cuando termine la llamada.</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Busy</source>
        <translation>Ocupado</translation>
    </message>
    <message>
        <source>Away</source>
        <translation>Ausente</translation>
    </message>
    <message>
        <source>Do not disturb</source>
        <translation>No molestar</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>Desconectado</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Do not disturb while an emergency call is up; your status comes back afterwards.</source>
        <translation>No molestar mientras haya una llamada de emergencia; su estado vuelve después.</translation>
    </message>
    <message>
        <source>Your presence</source>
        <translation>Su presencia</translation>
    </message>
</context>
<context>
    <name>ReachBanner</name>
    <message>
        <source>Emergency calling warning</source>
        <translation>Advertencia sobre llamadas de emergencia</translation>
    </message>
</context>
<context>
    <name>ReadinessIndicator</name>
    <message>
        <source>● Emergency calling NOT supported here</source>
        <translation>● Llamadas de emergencia NO disponibles aquí</translation>
    </message>
    <message numerus="yes">
        <source>● Emergency calling: %n problem(s)</source>
        <translation>
            <numerusform>● Llamadas de emergencia: %n problema</numerusform>
            <numerusform>● Llamadas de emergencia: %n problemas</numerusform>
        </translation>
    </message>
    <message>
        <source>● Emergency calling ready</source>
        <translation>● Llamadas de emergencia listas</translation>
    </message>
    <message>
        <source>Click for details and fixes.</source>
        <translation>Haga clic para ver detalles y soluciones.</translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message>
        <source>Emergency calling readiness</source>
        <translation>Preparación para llamadas de emergencia</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>How to fix</source>
        <translation>Cómo corregirlo</translation>
    </message>
    <message>
        <source>Readiness checks</source>
        <translation>Comprobaciones de preparación</translation>
    </message>
    <message>
        <source>Confirm my &amp;address…</source>
        <translation>Confirmar mi &amp;dirección…</translation>
    </message>
    <message>
        <source>Set-up a&amp;ssistant…</source>
        <translation>A&amp;sistente de configuración…</translation>
    </message>
    <message>
        <source>Confirm your address, test your headset, see what your admin still has to set and make a test call.</source>
        <translation>Confirme su dirección, pruebe sus auriculares, vea lo que su administrador aún debe configurar y haga una llamada de prueba.</translation>
    </message>
    <message>
        <source>Check a&amp;gain</source>
        <translation>Comprobar de &amp;nuevo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>Everything needed for emergency calls is in place.</source>
        <translation>Todo lo necesario para las llamadas de emergencia está listo.</translation>
    </message>
    <message numerus="yes">
        <source>%n of {total} checks failed. Emergency numbers are always dialled; fix these so help can reach you.</source>
        <translation>
            <numerusform>Falló %n de {total} comprobaciones. Los números de emergencia siempre se marcan; corríjala para que la ayuda pueda llegarle.</numerusform>
            <numerusform>Fallaron %n de {total} comprobaciones. Los números de emergencia siempre se marcan; corríjalas para que la ayuda pueda llegarle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingTypes</name>
    <message numerus="yes">
        <source>a table of %n key(s)</source>
        <translation>
            <numerusform>una tabla de %n clave</numerusform>
            <numerusform>una tabla de %n claves</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>una lista de %n elemento</numerusform>
            <numerusform>una lista de %n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>the value is {length} characters long; at most {maximum} are allowed</source>
        <translation>el valor tiene {length} caracteres; se permiten como máximo {maximum}</translation>
    </message>
    <message>
        <source>contains the invisible control character {character}; remove it</source>
        <translation>contiene el carácter de control invisible {character}; elimínelo</translation>
    </message>
    <message>
        <source>lists {items}; at most {maximum} are allowed</source>
        <translation>enumera {items}; se permiten como máximo {maximum}</translation>
    </message>
    <message>
        <source>{value} is not valid: {hint}</source>
        <translation>{value} no es válido: {hint}</translation>
    </message>
    <message>
        <source>expected text, got {kind}</source>
        <translation>se esperaba texto, se recibió {kind}</translation>
    </message>
    <message>
        <source>a host name or IP address with an optional port, such as sbc1.example.com:5060</source>
        <translation>un nombre de host o una dirección IP con un puerto opcional, por ejemplo sbc1.example.com:5060</translation>
    </message>
    <message>
        <source>{value}: the port {port} is outside 1–65535</source>
        <translation>{value}: el puerto {port} está fuera de 1–65535</translation>
    </message>
    <message>
        <source>expected true or false, got {value}</source>
        <translation>se esperaba true o false, se recibió {value}</translation>
    </message>
    <message>
        <source>expected a whole number, got {value}</source>
        <translation>se esperaba un número entero, se recibió {value}</translation>
    </message>
    <message>
        <source>expected a number, got {value}</source>
        <translation>se esperaba un número, se recibió {value}</translation>
    </message>
    <message>
        <source>{value} is outside {range}</source>
        <translation>{value} está fuera de {range}</translation>
    </message>
    <message>
        <source>{value} is not one of {choices}</source>
        <translation>{value} no es uno de {choices}</translation>
    </message>
    <message>
        <source>expected a phone number as text, got {value}</source>
        <translation>se esperaba un número de teléfono como texto, se recibió {value}</translation>
    </message>
    <message>
        <source>{value} is not a phone number in E.164 form such as +15551234567</source>
        <translation>{value} no es un número de teléfono en formato E.164, como +15551234567</translation>
    </message>
    <message>
        <source>item {index}</source>
        <translation>elemento {index}</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n elemento</numerusform>
            <numerusform>%n elementos</numerusform>
        </translation>
    </message>
    <message>
        <source>expected a list such as {example}, got {value}</source>
        <translation>se esperaba una lista como {example}, se recibió {value}</translation>
    </message>
    <message>
        <source>{item}: {error}</source>
        <translation>{item}: {error}</translation>
    </message>
    <message>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <source>number {index}</source>
        <translation>número {index}</translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n número</numerusform>
            <numerusform>%n números</numerusform>
        </translation>
    </message>
    <message>
        <source>it is empty; enter a number such as +15551230001 or remove the row</source>
        <translation>está vacío; escriba un número como +15551230001 o elimine la fila</translation>
    </message>
    <message>
        <source>{number} is listed twice; list each number once</source>
        <translation>{number} aparece dos veces; ponga cada número una sola vez</translation>
    </message>
    <message>
        <source>Entry</source>
        <translation>Entrada</translation>
    </message>
    <message>
        <source>expected text, got {value}</source>
        <translation>se esperaba texto, se recibió {value}</translation>
    </message>
    <message>
        <source>it is empty; type something or remove the row</source>
        <translation>está vacía; escriba algo o elimine la fila</translation>
    </message>
    <message>
        <source>Address, network or host</source>
        <translation>Dirección, red o host</translation>
    </message>
    <message>
        <source>peer {index}</source>
        <translation>par {index}</translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n par</numerusform>
            <numerusform>%n pares</numerusform>
        </translation>
    </message>
    <message>
        <source>{value} is not an IP address, a network such as 192.0.2.0/24, or a host name</source>
        <translation>{value} no es una dirección IP, una red como 192.0.2.0/24 ni un nombre de host</translation>
    </message>
    <message>
        <source>{value} is not an ISO 3166-1 alpha-2 country code such as US, GB or DK</source>
        <translation>{value} no es un código de país ISO 3166-1 alfa-2 como US, GB o DK</translation>
    </message>
    <message>
        <source>the caller pattern is empty; write one such as +1900* or 555????</source>
        <translation>el patrón de quien llama está vacío; escriba uno como +1900* o 555????</translation>
    </message>
    <message>
        <source>&apos;{pattern}&apos; contains a space; caller numbers have none (write {fixed})</source>
        <translation>&apos;{pattern}&apos; contiene un espacio; los números de quien llama no tienen (escriba {fixed})</translation>
    </message>
    <message>
        <source>&apos;{pattern}&apos; has an unclosed [ ]; write a range as [0-4]</source>
        <translation>&apos;{pattern}&apos; tiene un [ ] sin cerrar; escriba un rango como [0-4]</translation>
    </message>
    <message>
        <source>Caller pattern</source>
        <translation>Patrón de quien llama</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>accept</source>
        <translation>aceptar</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>rechazar</translation>
    </message>
    <message>
        <source>rule {index}</source>
        <translation>regla {index}</translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n regla</numerusform>
            <numerusform>%n reglas</numerusform>
        </translation>
    </message>
    <message>
        <source>a rule must have exactly the keys &apos;match&apos; and &apos;action&apos;</source>
        <translation>una regla debe tener exactamente las claves &apos;match&apos; y &apos;action&apos;</translation>
    </message>
    <message>
        <source>&apos;match&apos; must be a caller pattern such as &quot;+1900*&quot;</source>
        <translation>&apos;match&apos; debe ser un patrón de quien llama como &quot;+1900*&quot;</translation>
    </message>
    <message>
        <source>&apos;action&apos; must be one of {choices}</source>
        <translation>&apos;action&apos; debe ser uno de {choices}</translation>
    </message>
    <message>
        <source>the address is empty</source>
        <translation>la dirección está vacía</translation>
    </message>
    <message>
        <source>{value} is longer than an address can be (254 characters)</source>
        <translation>{value} es más larga de lo que puede ser una dirección (254 caracteres)</translation>
    </message>
    <message>
        <source>&apos;{address}&apos;: write only the address, without a name or &lt;&gt;, such as security@example.com</source>
        <translation>&apos;{address}&apos;: escriba solo la dirección, sin nombre ni &lt;&gt;, como security@example.com</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; contains a space; write only the address, such as security@example.com</source>
        <translation>&apos;{address}&apos; contiene un espacio; escriba solo la dirección, como security@example.com</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; has no @; an address looks like security@example.com</source>
        <translation>&apos;{address}&apos; no tiene @; una dirección se ve así: security@example.com</translation>
    </message>
    <message>
        <source>&apos;{address}&apos; has more than one @; an address looks like security@example.com</source>
        <translation>&apos;{address}&apos; tiene más de una @; una dirección se ve así: security@example.com</translation>
    </message>
    <message>
        <source>&apos;{address}&apos;: the part before @ is not valid (letters, digits and . _ + - only, no dot at the start or end, no two dots in a row)</source>
        <translation>&apos;{address}&apos;: la parte antes de la @ no es válida (solo letras, dígitos y . _ + -, sin punto al principio ni al final, nunca dos puntos seguidos)</translation>
    </message>
    <message>
        <source>&apos;{address}&apos;: &apos;{domain}&apos; is not a mail domain such as example.com</source>
        <translation>&apos;{address}&apos;: &apos;{domain}&apos; no es un dominio de correo como example.com</translation>
    </message>
    <message>
        <source>expected addresses separated by semicolons, such as &quot;a@example.com; b@example.com&quot;, got {value}</source>
        <translation>se esperaban direcciones separadas por punto y coma, como &quot;a@example.com; b@example.com&quot;, se recibió {value}</translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n destinatario</numerusform>
            <numerusform>%n destinatarios</numerusform>
        </translation>
    </message>
    <message>
        <source>expected an email address as text, got {value}</source>
        <translation>se esperaba una dirección de correo electrónico como texto, se recibió {value}</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <source>address {index}</source>
        <translation>dirección {index}</translation>
    </message>
    <message>
        <source>must be a single line</source>
        <translation>debe ser una sola línea</translation>
    </message>
    <message>
        <source>expected a list of sites, written as [[callback.sites]] tables with name, address, pool and optional networks</source>
        <translation>se esperaba una lista de sitios, escrita como tablas [[callback.sites]] con name, address, pool y, opcionalmente, networks</translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n sitio</numerusform>
            <numerusform>%n sitios</numerusform>
        </translation>
    </message>
    <message>
        <source>site {index} must be a table with name, address and pool</source>
        <translation>el sitio {index} debe ser una tabla con name, address y pool</translation>
    </message>
    <message>
        <source>site {index} has no name; give it one such as &quot;Denver&quot;</source>
        <translation>el sitio {index} no tiene nombre; póngale uno como &quot;Denver&quot;</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: unknown key(s) {unknown}; a site has {keys}</source>
        <translation>sitio &apos;{site}&apos;: clave(s) desconocida(s) {unknown}; un sitio tiene {keys}</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos; is defined twice; give each site its own name</source>
        <translation>el sitio &apos;{site}&apos; está definido dos veces; dele a cada sitio su propio nombre</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos; has no address: its numbers are registered at the carrier with the site&apos;s civic address, so give it an [address] table with street, city and country</source>
        <translation>el sitio &apos;{site}&apos; no tiene dirección: sus números están registrados en el proveedor con la dirección física del sitio, así que dele una tabla [address] con street, city y country</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: the address takes text fields {fields}</source>
        <translation>sitio &apos;{site}&apos;: la dirección lleva los campos de texto {fields}</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: the address has no {fields}; responders need a dispatchable address</source>
        <translation>sitio &apos;{site}&apos;: a la dirección le falta {fields}; el personal de emergencia necesita una dirección a la que pueda acudir</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: pool: {error}</source>
        <translation>sitio &apos;{site}&apos;: pool: {error}</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos; has no numbers: add its callback numbers to pool</source>
        <translation>el sitio &apos;{site}&apos; no tiene números: agregue sus números de devolución de llamada a pool</translation>
    </message>
    <message>
        <source>{number} is in the pools of site &apos;{first}&apos; and site &apos;{site}&apos;; a number is registered with one address, so list it in one site only</source>
        <translation>{number} está en los grupos del sitio &apos;{first}&apos; y del sitio &apos;{site}&apos;; un número se registra con una sola dirección, así que póngalo en un solo sitio</translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: networks must be a list such as [&quot;10.20.0.0/16&quot;]</source>
        <translation>sitio &apos;{site}&apos;: networks debe ser una lista como [&quot;10.20.0.0/16&quot;]</translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n red</numerusform>
            <numerusform>%n redes</numerusform>
        </translation>
    </message>
    <message>
        <source>site &apos;{site}&apos;: {value} is not a network such as 10.20.0.0/16</source>
        <translation>sitio &apos;{site}&apos;: {value} no es una red como 10.20.0.0/16</translation>
    </message>
    <message>
        <source>expected a number or a SIP URI as text, got {value}</source>
        <translation>se esperaba un número o una URI SIP como texto, se recibió {value}</translation>
    </message>
    <message>
        <source>{value} is neither an E.164 number such as +15551234567 nor a SIP URI such as sip:security@pbx.example.com</source>
        <translation>{value} no es ni un número E.164 como +15551234567 ni una URI SIP como sip:security@pbx.example.com</translation>
    </message>
    <message>
        <source>expected a connection URI as text, got {value}</source>
        <translation>se esperaba una URI de conexión como texto, se recibió {value}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a PostgreSQL connection URI such as {example}</source>
        <translation>&apos;{value}&apos; no es una URI de conexión PostgreSQL como {example}</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; cannot be read ({error}); write it like {example}</source>
        <translation>&apos;{value}&apos; no se puede leer ({error}); escríbala como {example}</translation>
    </message>
    <message>
        <source>the URI holds a password: remove it and store the password in the keyring instead (Settings › Emergency › Callback numbers, &apos;Shared store password&apos;)</source>
        <translation>la URI contiene una contraseña: quítela y guarde la contraseña en el llavero (Configuración › Emergencia › Números de devolución de llamada, &apos;Contraseña del almacén compartido&apos;)</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; needs a user, a host and a database name, like {example}</source>
        <translation>&apos;{value}&apos; necesita un usuario, un host y un nombre de base de datos, como {example}</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>the &apos;{adapter}&apos; carrier (proxy {proxy}), saved {when} in {path}</source>
        <translation>el proveedor &apos;{adapter}&apos; (proxy {proxy}), guardado el {when} en {path}</translation>
    </message>
    <message>
        <source>the &apos;{adapter}&apos; carrier, saved {when} in {path}</source>
        <translation>el proveedor &apos;{adapter}&apos;, guardado el {when} en {path}</translation>
    </message>
    <message>
        <source>The saved copy of the carrier settings that last worked, {path}, is damaged and cannot be used; it is rewritten the next time the carrier starts on valid settings.</source>
        <translation>La copia guardada de la última configuración del proveedor que funcionó, {path}, está dañada y no se puede usar; se volverá a escribir la próxima vez que el proveedor arranque con una configuración válida.</translation>
    </message>
    <message>
        <source>{path}: unknown setting &apos;{key}&apos; is ignored (kept in the file); correct or remove it.</source>
        <translation>{path}: la opción desconocida &apos;{key}&apos; se ignora (se conserva en el archivo); corríjala o elimínela.</translation>
    </message>
    <message>
        <source>{path}: {key}: {error}. Using the default ({default}) until it is fixed.</source>
        <translation>{path}: {key}: {error}. Se usa el valor predeterminado ({default}) hasta que se corrija.</translation>
    </message>
    <message numerus="yes">
        <source>{path}: %n more problem(s) like these; fix the ones above and restart to see the rest.</source>
        <translation>
            <numerusform>{path}: %n problema más como estos; corrija los de arriba y reinicie para ver el resto.</numerusform>
            <numerusform>{path}: %n problemas más como estos; corrija los de arriba y reinicie para ver el resto.</numerusform>
        </translation>
    </message>
    <message>
        <source>{path}: &apos;version&apos; must be a whole number such as {version}, not {value}; the file was read as version {version}: set version = {version}.</source>
        <translation>{path}: &apos;version&apos; debe ser un número entero como {version}, no {value}; el archivo se leyó como versión {version}: ponga version = {version}.</translation>
    </message>
    <message>
        <source>{path} was written for a newer softphone (settings version {value}; this one reads version {version}): the settings it knows are used and the others ignored; update the softphone on this workstation.</source>
        <translation>{path} se escribió para un softphone más nuevo (versión de configuración {value}; este lee la versión {version}): se usan las opciones que conoce y se ignoran las demás; actualice el softphone en esta estación de trabajo.</translation>
    </message>
    <message>
        <source>the settings files have the problems named above</source>
        <translation>los archivos de configuración tienen los problemas indicados arriba</translation>
    </message>
    <message>
        <source>Because {reason}, the carrier settings that last worked are in use instead of those in the files: {saved}. Fix the problems named and restart the softphone to use the files&apos; carrier settings.</source>
        <translation>Como {reason}, se usa la última configuración del proveedor que funcionó en lugar de la de los archivos: {saved}. Corrija los problemas indicados y reinicie el softphone para usar la configuración del proveedor de los archivos.</translation>
    </message>
    <message>
        <source>Cannot keep a copy of the working carrier settings in {path} ({error}): a broken settings file could then demote the carrier; make the profile folder writable.</source>
        <translation>No se puede guardar una copia de la configuración del proveedor que funciona en {path} ({error}): un archivo de configuración dañado podría entonces degradar el proveedor; permita escribir en la carpeta del perfil.</translation>
    </message>
    <message>
        <source>the default</source>
        <translation>el valor predeterminado</translation>
    </message>
    <message>
        <source>&apos;{key}&apos; is not a setting of this softphone</source>
        <translation>&apos;{key}&apos; no es una opción de este softphone</translation>
    </message>
    <message>
        <source>{option} ({key}): {error}</source>
        <translation>{option} ({key}): {error}</translation>
    </message>
    <message>
        <source>{option} ({key}) is set by the fleet settings file {path} and can only be changed there</source>
        <translation>{option} ({key}) lo fija el archivo de flota {path} y solo se puede cambiar allí</translation>
    </message>
    <message>
        <source>The earlier settings file was kept as {path}.</source>
        <translation>El archivo de configuración anterior se guardó como {path}.</translation>
    </message>
    <message>
        <source>Cannot save settings to {path}: {error}. Check that the profile folder exists and is writable, and that {name} is a file (not a folder or a link).</source>
        <translation>No se puede guardar la configuración en {path}: {error}. Verifique que la carpeta del perfil exista y se pueda escribir en ella, y que {name} sea un archivo (no una carpeta ni un enlace).</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>Search settings by name or description</source>
        <translation>Buscar opciones por nombre o descripción</translation>
    </message>
    <message>
        <source>Search settings</source>
        <translation>Buscar opciones</translation>
    </message>
    <message>
        <source>Export as fleet file…</source>
        <translation>Exportar como archivo de flota…</translation>
    </message>
    <message>
        <source>Write the admin settings shown here as a fleet settings file for IT to deploy to every workstation.</source>
        <translation>Escribir la configuración de administración que se muestra aquí como un archivo de flota para que informática lo instale en todas las estaciones de trabajo.</translation>
    </message>
    <message>
        <source>No setting matches “{text}”.</source>
        <translation>Ninguna opción coincide con “{text}”.</translation>
    </message>
    <message>
        <source>{option} ({key}): {error}</source>
        <translation>{option} ({key}): {error}</translation>
    </message>
    <message>
        <source>Nothing can be saved until these are fixed: {settings}.</source>
        <translation>No se puede guardar nada hasta corregir esto: {settings}.</translation>
    </message>
    <message>
        <source>Export as fleet file</source>
        <translation>Exportar como archivo de flota</translation>
    </message>
    <message>
        <source>Settings files (*.toml)</source>
        <translation>Archivos de configuración (*.toml)</translation>
    </message>
    <message>
        <source>The fleet file was not written: fix {settings} first, or every workstation would get the mistake.</source>
        <translation>No se escribió el archivo de flota: corrija primero {settings}, o todas las estaciones de trabajo recibirían el error.</translation>
    </message>
    <message>
        <source>The fleet file was not written to {path}: {error}. Choose a folder you can write to.</source>
        <translation>No se escribió el archivo de flota en {path}: {error}. Elija una carpeta donde pueda escribir.</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %n admin setting(s) to {path}. Deploy it as the fleet settings file; every workstation reads it at start and locks these values.</source>
        <translation>
            <numerusform>Se escribió %n opción de administración en {path}. Instálelo como archivo de flota; cada estación de trabajo lo lee al iniciar y bloquea estos valores.</numerusform>
            <numerusform>Se escribieron %n opciones de administración en {path}. Instálelo como archivo de flota; cada estación de trabajo lo lee al iniciar y bloquea estos valores.</numerusform>
        </translation>
    </message>
    <message>
        <source>Storing the password in the system keyring…</source>
        <translation>Guardando la contraseña en el llavero del sistema…</translation>
    </message>
    <message>
        <source>Nothing was saved: {error}</source>
        <translation>No se guardó nada: {error}</translation>
    </message>
    <message>
        <source>The settings were not saved: {error}</source>
        <translation>No se guardó la configuración: {error}</translation>
    </message>
</context>
<context>
    <name>SettingsFiles</name>
    <message>
        <source>{path} is a link to {target}, which does not exist; point the link at the settings file or remove it, then restart.</source>
        <translation>{path} es un enlace a {target}, que no existe; haga que el enlace apunte al archivo de configuración o elimínelo y luego reinicie.</translation>
    </message>
    <message>
        <source>{path} is not a regular file (it is a pipe, socket or device); replace it with a settings file, then restart.</source>
        <translation>{path} no es un archivo normal (es una tubería, un socket o un dispositivo); reemplácelo por un archivo de configuración y luego reinicie.</translation>
    </message>
    <message>
        <source>{path} can be changed by every user of this computer, so it was not used; make it writable by its owner only ({command}), then restart.</source>
        <translation>{path} lo puede cambiar cualquier usuario de esta computadora, así que no se usó; haga que solo su dueño pueda escribir en él ({command}) y luego reinicie.</translation>
    </message>
    <message>
        <source>{path} is a symbolic link that leads back to itself; remove the link and put the settings file there, then restart.</source>
        <translation>{path} es un enlace simbólico que apunta a sí mismo; elimine el enlace, ponga ahí el archivo de configuración y luego reinicie.</translation>
    </message>
    <message>
        <source>{path} cannot be reached: a part of its folder path is a file, not a folder; fix the folder, then restart.</source>
        <translation>No se puede llegar a {path}: una parte de la ruta de carpetas es un archivo, no una carpeta; corrija la carpeta y luego reinicie.</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied); make it readable by the agent&apos;s account, then restart.</source>
        <translation>{path} no se puede leer (permiso denegado); haga que la cuenta del agente pueda leerlo y luego reinicie.</translation>
    </message>
    <message>
        <source>{path} is a folder, not a settings file; move the folder away (the settings file goes in its place), then restart.</source>
        <translation>{path} es una carpeta, no un archivo de configuración; mueva la carpeta a otro lugar (el archivo de configuración va en su lugar) y luego reinicie.</translation>
    </message>
    <message>
        <source>{path} cannot be read ({error}); check the disk, then restart.</source>
        <translation>{path} no se puede leer ({error}); revise el disco y luego reinicie.</translation>
    </message>
    <message>
        <source>{path} is {size} MB; a settings file is at most {limit} MB, so it was not read; remove what does not belong in it, then restart.</source>
        <translation>{path} ocupa {size} MB; un archivo de configuración ocupa como máximo {limit} MB, así que no se leyó; quite lo que no debe estar en él y luego reinicie.</translation>
    </message>
    <message>
        <source>{path} is saved as UTF-16; save it as UTF-8 (in Notepad: Save as, Encoding UTF-8), then restart.</source>
        <translation>{path} está guardado como UTF-16; guárdelo como UTF-8 (en el Bloc de notas: Guardar como, Codificación UTF-8) y luego reinicie.</translation>
    </message>
    <message>
        <source>{path} is not UTF-8 text: byte {byte} on line {line} is not valid UTF-8 (the file may be binary, or saved in another encoding such as Windows-1252); save it as UTF-8, then restart.</source>
        <translation>{path} no es texto UTF-8: el byte {byte} de la línea {line} no es UTF-8 válido (el archivo puede ser binario o estar guardado en otra codificación como Windows-1252); guárdelo como UTF-8 y luego reinicie.</translation>
    </message>
    <message>
        <source>{path} is not valid TOML ({error}). The softphone is using defaults for everything in it and has not changed the file: fix that line and restart.</source>
        <translation>{path} no es TOML válido ({error}). El softphone usa los valores predeterminados para todo lo que contiene y no ha cambiado el archivo: corrija esa línea y reinicie.</translation>
    </message>
    <message>
        <source>{path} nests tables or lists more than {depth} levels deep, which no setting does; remove the nesting, then restart.</source>
        <translation>{path} anida tablas o listas a más de {depth} niveles, algo que ninguna opción hace; quite el anidamiento y luego reinicie.</translation>
    </message>
</context>
<context>
    <name>SettingsPages</name>
    <message>
        <source>Admin</source>
        <translation>Administración</translation>
    </message>
    <message>
        <source>For IT and supervisors; written by Export as fleet file.</source>
        <translation>Para informática y supervisores; lo escribe Exportar como archivo de flota.</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agente</translation>
    </message>
    <message>
        <source>Calls and routing</source>
        <translation>Llamadas y enrutamiento</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Emergencia</translation>
    </message>
    <message>
        <source>Callback numbers</source>
        <translation>Números de devolución de llamada</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ubicación</translation>
    </message>
    <message>
        <source>Contacts and template</source>
        <translation>Contactos y plantilla</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Start-up</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Outgoing calls</source>
        <translation>Llamadas salientes</translation>
    </message>
    <message>
        <source>Simulated carrier (training)</source>
        <translation>Proveedor simulado (práctica)</translation>
    </message>
    <message>
        <source>SIP carrier (production trunk)</source>
        <translation>Proveedor SIP (troncal de producción)</translation>
    </message>
    <message>
        <source>Dialling</source>
        <translation>Marcación</translation>
    </message>
    <message>
        <source>Inbound calls</source>
        <translation>Llamadas entrantes</translation>
    </message>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Registered address of the site</source>
        <translation>Dirección registrada del sitio</translation>
    </message>
    <message>
        <source>Emergency contacts</source>
        <translation>Contactos de emergencia</translation>
    </message>
    <message>
        <source>Mail server for the emergency contacts</source>
        <translation>Servidor de correo para los contactos de emergencia</translation>
    </message>
    <message>
        <source>Emergency Call Notification Template</source>
        <translation>Plantilla del aviso de llamada de emergencia</translation>
    </message>
    <message>
        <source>Audio devices</source>
        <translation>Dispositivos de audio</translation>
    </message>
    <message>
        <source>Settings tagged Admin are for IT and supervisors: they decide how emergency calls are placed and who is told about them. Values your IT department fixed for all workstations are greyed out.</source>
        <translation>Las opciones marcadas Administración son para informática y supervisores: deciden cómo se hacen las llamadas de emergencia y a quién se avisa. Los valores que su departamento de informática fijó para todas las estaciones aparecen en gris.</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vacío</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Cambiado</translation>
    </message>
    <message>
        <source>Differs from the default ({value}).</source>
        <translation>Difiere del valor predeterminado ({value}).</translation>
    </message>
    <message>
        <source>Differs from the default</source>
        <translation>Difiere del valor predeterminado</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Back to the default ({value}).</source>
        <translation>Volver al valor predeterminado ({value}).</translation>
    </message>
    <message>
        <source>Reset {option} to the default</source>
        <translation>Restablecer {option} al valor predeterminado</translation>
    </message>
    <message>
        <source>Set by your IT department in the fleet settings file; it can only be changed there.</source>
        <translation>Lo fijó su departamento de informática en el archivo de flota; solo se puede cambiar allí.</translation>
    </message>
    <message>
        <source>Settings sections</source>
        <translation>Secciones de la configuración</translation>
    </message>
</context>
<context>
    <name>SimulatedCarrier</name>
    <message>
        <source>Emergency services simulator. This is a drill: no real emergency service is connected. What is the address of your emergency?</source>
        <translation>Simulador de servicios de emergencia. Esto es un simulacro: no hay ningún servicio de emergencia real conectado. ¿Cuál es la dirección de su emergencia?</translation>
    </message>
    <message>
        <source>This is the emergency services simulator calling you back. This is a drill. Are you still safe?</source>
        <translation>Le habla el simulador de servicios de emergencia devolviéndole la llamada. Esto es un simulacro. ¿Sigue a salvo?</translation>
    </message>
    <message>
        <source>not provided</source>
        <translation>no indicado</translation>
    </message>
    <message>
        <source>This is the address test line, not an emergency service. Your caller I D is {caller}. Your callback number is {callback}. Your location is {place}.</source>
        <translation>Esta es la línea de prueba de dirección, no un servicio de emergencia. Su identificador de llamadas es {caller}. Su número de devolución de llamada es {callback}. Su ubicación es {place}.</translation>
    </message>
    <message>
        <source>This softphone uses the simulated carrier: a training answering point answers instead of an emergency service.</source>
        <translation>Este softphone usa el proveedor simulado: contesta un centro de emergencias de práctica en lugar de un servicio de emergencia.</translation>
    </message>
    <message>
        <source>The simulated carrier was not started.</source>
        <translation>El proveedor simulado no se inició.</translation>
    </message>
    <message>
        <source>The simulated answering point cannot speak: {error}</source>
        <translation>El centro de emergencias simulado no puede hablar: {error}</translation>
    </message>
    <message>
        <source>That call is no longer ringing.</source>
        <translation>Esa llamada ya no está sonando.</translation>
    </message>
    <message>
        <source>The simulated carrier is set up without hold (carrier.simulated.can_hold = false).</source>
        <translation>El proveedor simulado está configurado sin espera (carrier.simulated.can_hold = false).</translation>
    </message>
    <message>
        <source>transferred to {target}</source>
        <translation>transferida a {target}</translation>
    </message>
    <message>
        <source>That call has ended.</source>
        <translation>Esa llamada terminó.</translation>
    </message>
    <message>
        <source>the simulated answering point (a drill: no real emergency service is reached)</source>
        <translation>el centro de emergencias simulado (un simulacro: no se llega a ningún servicio de emergencia real)</translation>
    </message>
    <message>
        <source>the answering point&apos;s line dropped (drill)</source>
        <translation>se cortó la línea del centro de emergencias (simulacro)</translation>
    </message>
    <message>
        <source>The simulated answering point has no callback number to call: place an emergency call first.</source>
        <translation>El centro de emergencias simulado no tiene un número de devolución de llamada: haga primero una llamada de emergencia.</translation>
    </message>
</context>
<context>
    <name>Sip</name>
    <message>
        <source>The SIP password cannot be read: {error}</source>
        <translation>No se puede leer la contraseña SIP: {error}</translation>
    </message>
    <message>
        <source>No SIP password is stored for {secret}: store it with the settings dialog, or clear carrier.sip.user for a trunk that authenticates by address.</source>
        <translation>No hay contraseña SIP guardada para {secret}: guárdela en la configuración, o deje vacío carrier.sip.user para un troncal que se autentica por dirección.</translation>
    </message>
    <message>
        <source>The keyring did not give the SIP password within {seconds} s (is it locked?).</source>
        <translation>El llavero no entregó la contraseña SIP en {seconds} s (¿está bloqueado?).</translation>
    </message>
    <message>
        <source>refused the SIP password stored for {secret} ({status}): enter the right one under Settings › Carrier › SIP password</source>
        <translation>rechazó la contraseña SIP guardada para {secret} ({status}): escriba la correcta en Configuración › Proveedor › Contraseña SIP</translation>
    </message>
    <message>
        <source>wants a password ({status}) and none is stored for {secret}: enter it under Settings › Carrier › SIP password</source>
        <translation>pide una contraseña ({status}) y no hay ninguna guardada para {secret}: escríbala en Configuración › Proveedor › Contraseña SIP</translation>
    </message>
    <message>
        <source>answered {status}</source>
        <translation>respondió {status}</translation>
    </message>
    <message>
        <source>Registration is on but no proxy is set; set carrier.sip.proxy.</source>
        <translation>El registro está activado, pero no hay proxy configurado; configure carrier.sip.proxy.</translation>
    </message>
    <message>
        <source>Registration is on but the registrar {host} cannot be found ({error}); check carrier.sip.proxy and the network.</source>
        <translation>El registro está activado, pero no se encuentra el servidor de registro {host} ({error}); verifique carrier.sip.proxy y la red.</translation>
    </message>
    <message>
        <source>The registrar {host} cannot be reached over {transport} ({error}); inbound calls, PSAP callbacks too, may not reach this softphone.</source>
        <translation>No se puede alcanzar el servidor de registro {host} por {transport} ({error}); las llamadas entrantes, incluidas las devoluciones de llamada del centro de emergencias, podrían no llegar a este softphone.</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>se agotó el tiempo</translation>
    </message>
    <message>
        <source>The registrar {host} {what}. Until this is fixed, inbound calls, PSAP callbacks too, may not reach this softphone.</source>
        <translation>El servidor de registro {host} {what}. Hasta que se corrija, las llamadas entrantes, incluidas las devoluciones de llamada del centro de emergencias, podrían no llegar a este softphone.</translation>
    </message>
    <message>
        <source>The registration with {host} lapsed; inbound calls may not arrive.</source>
        <translation>El registro con {host} venció; es posible que no lleguen llamadas entrantes.</translation>
    </message>
    <message>
        <source>Enter the number or SIP address to transfer the call to.</source>
        <translation>Escriba el número o la dirección SIP a la que transferir la llamada.</translation>
    </message>
    <message>
        <source>Keypad tones are 0–9, *, # and A–D; remove {digits}.</source>
        <translation>Los tonos del teclado son 0–9, *, # y A–D; quite {digits}.</translation>
    </message>
    <message>
        <source>The SIP carrier has no route for emergency calls: set carrier.sip.proxy (or the calling-plan proxy).</source>
        <translation>El proveedor SIP no tiene ruta para las llamadas de emergencia: configure carrier.sip.proxy (o el proxy del plan de llamadas).</translation>
    </message>
    <message>
        <source>The SIP carrier is not running; restart the softphone.</source>
        <translation>El proveedor SIP no está funcionando; reinicie el softphone.</translation>
    </message>
    <message>
        <source>The SIP carrier cannot listen on port {port} ({error}); set carrier.sip.local_port to a free port.</source>
        <translation>El proveedor SIP no puede escuchar en el puerto {port} ({error}); ponga carrier.sip.local_port en un puerto libre.</translation>
    </message>
    <message>
        <source>{error} Until then inbound TLS calls arrive only over the connection to the proxy.</source>
        <translation>{error} Mientras tanto, las llamadas TLS entrantes solo llegan por la conexión con el proxy.</translation>
    </message>
    <message>
        <source>The TLS listener cannot open port {port} ({error}); set carrier.sip.local_port to a free port.</source>
        <translation>La escucha TLS no puede abrir el puerto {port} ({error}); ponga carrier.sip.local_port en un puerto libre.</translation>
    </message>
    <message>
        <source>You hung up.</source>
        <translation>Usted colgó.</translation>
    </message>
    <message>
        <source>Set carrier.sip.direct_offer_proxy: a calling-plan number&apos;s calls go through the provider&apos;s proxy.</source>
        <translation>Configure carrier.sip.direct_offer_proxy: las llamadas de un número del plan de llamadas pasan por el proxy del proveedor.</translation>
    </message>
    <message>
        <source>Set carrier.sip.proxy to the SBC or proxy that places calls.</source>
        <translation>Ponga en carrier.sip.proxy el SBC o proxy que hace las llamadas.</translation>
    </message>
    <message>
        <source>The account has both number kinds: set carrier.sip.direct_offer_proxy for the calling-plan path emergency calls take.</source>
        <translation>La cuenta tiene ambos tipos de número: configure carrier.sip.direct_offer_proxy para la vía del plan de llamadas que toman las llamadas de emergencia.</translation>
    </message>
    <message>
        <source>Registration is on but carrier.sip.user is empty: set the SIP user.</source>
        <translation>El registro está activado, pero carrier.sip.user está vacío: configure el usuario SIP.</translation>
    </message>
    <message>
        <source>Only a connected call can be put on hold.</source>
        <translation>Solo una llamada conectada se puede poner en espera.</translation>
    </message>
    <message>
        <source>The far end did not answer the request to hold the call within {seconds} s; it stays connected.</source>
        <translation>El otro extremo no respondió en {seconds} s a la solicitud de poner la llamada en espera; sigue conectada.</translation>
    </message>
    <message>
        <source>The far end did not answer the request to resume the call within {seconds} s; it stays on hold.</source>
        <translation>El otro extremo no respondió en {seconds} s a la solicitud de reanudar la llamada; sigue en espera.</translation>
    </message>
    <message>
        <source>The far end refused to hold the call ({status}); it stays connected.</source>
        <translation>El otro extremo rechazó poner la llamada en espera ({status}); sigue conectada.</translation>
    </message>
    <message>
        <source>The far end refused to resume the call ({status}); it stays on hold.</source>
        <translation>El otro extremo rechazó reanudar la llamada ({status}); sigue en espera.</translation>
    </message>
    <message>
        <source>Only a connected call can be transferred.</source>
        <translation>Solo una llamada conectada se puede transferir.</translation>
    </message>
    <message>
        <source>The call was transferred.</source>
        <translation>La llamada fue transferida.</translation>
    </message>
    <message>
        <source>The transfer failed ({status}); the call is still yours.</source>
        <translation>La transferencia falló ({status}); la llamada sigue siendo suya.</translation>
    </message>
    <message>
        <source>Keypad tones need a connected call with audio.</source>
        <translation>Los tonos del teclado requieren una llamada conectada con audio.</translation>
    </message>
    <message>
        <source>The keypad tones were not sent: {error}.</source>
        <translation>No se enviaron los tonos del teclado: {error}.</translation>
    </message>
    <message>
        <source>The caller has already hung up.</source>
        <translation>La persona que llama ya colgó.</translation>
    </message>
    <message>
        <source>The call could not be answered: {error}.</source>
        <translation>No se pudo contestar la llamada: {error}.</translation>
    </message>
    <message>
        <source>This call&apos;s audio is not encrypted: the caller offered no usable SRTP key (an inbound call is never refused for it: it may be a PSAP calling back).</source>
        <translation>El audio de esta llamada no está cifrado: quien llama no ofreció ninguna clave SRTP utilizable (nunca se rechaza una llamada entrante por eso: puede ser el centro de emergencias devolviendo la llamada).</translation>
    </message>
    <message>
        <source>The call is connected but its audio failed: {error}.</source>
        <translation>La llamada está conectada, pero su audio falló: {error}.</translation>
    </message>
    <message>
        <source>Nobody answered within {seconds} s; the caller was told to try later.</source>
        <translation>Nadie contestó en {seconds} s; se le indicó a quien llamaba que intente más tarde.</translation>
    </message>
    <message>
        <source>The caller hung up before the call was answered.</source>
        <translation>Quien llamaba colgó antes de que se contestara la llamada.</translation>
    </message>
    <message>
        <source>The caller&apos;s network never confirmed the answer; the call was lost.</source>
        <translation>La red de quien llamaba nunca confirmó la respuesta; la llamada se perdió.</translation>
    </message>
    <message>
        <source>The caller hung up.</source>
        <translation>Quien llamaba colgó.</translation>
    </message>
    <message>
        <source>No callback number was available to assert on the call.</source>
        <translation>No había ningún número de devolución de llamada disponible para indicar en la llamada.</translation>
    </message>
    <message>
        <source>The call went without a location: {reason}.</source>
        <translation>La llamada salió sin ubicación: {reason}.</translation>
    </message>
    <message>
        <source>no location is known yet</source>
        <translation>todavía no se conoce ninguna ubicación</translation>
    </message>
    <message>
        <source>This softphone ignored a SIP request from an address that is not its proxy, registrar or a trusted peer. If PSAP callbacks or other calls come from another address, add it to carrier.sip.trusted_peers.</source>
        <translation>Este softphone ignoró una solicitud SIP de una dirección que no es su proxy, su servidor de registro ni un par de confianza. Si las devoluciones de llamada del centro de emergencias u otras llamadas vienen de otra dirección, agréguela a carrier.sip.trusted_peers.</translation>
    </message>
    <message>
        <source>The SIP carrier hit an internal error ({error}); the call may need to be placed again.</source>
        <translation>El proveedor SIP tuvo un error interno ({error}); quizás haya que volver a hacer la llamada.</translation>
    </message>
    <message>
        <source>The SIP route {host} cannot be found ({error}); check its name in the carrier settings and the network.</source>
        <translation>No se encuentra la ruta SIP {host} ({error}); verifique su nombre en la configuración del proveedor y la red.</translation>
    </message>
    <message>
        <source>The trusted SIP peer {host} cannot be found ({error}); its calls are ignored until it can. Check carrier.sip.trusted_peers.</source>
        <translation>No se encuentra el par SIP de confianza {host} ({error}); sus llamadas se ignoran hasta que se encuentre. Verifique carrier.sip.trusted_peers.</translation>
    </message>
    <message>
        <source>the RTP library could not be loaded ({error}); reinstall the softphone</source>
        <translation>no se pudo cargar la biblioteca RTP ({error}); reinstale el softphone</translation>
    </message>
    <message>
        <source>the far end sent no audio description (SDP)</source>
        <translation>el otro extremo no envió ninguna descripción de audio (SDP)</translation>
    </message>
    <message>
        <source>the far end offered no G.722 or G.711 audio (PCMU or PCMA)</source>
        <translation>el otro extremo no ofreció audio G.722 ni G.711 (PCMU o PCMA)</translation>
    </message>
    <message>
        <source>no free RTP port pair on {host} between {low} and {high}</source>
        <translation>no hay un par de puertos RTP libre en {host} entre {low} y {high}</translation>
    </message>
    <message>
        <source>the call&apos;s audio is not connected</source>
        <translation>el audio de la llamada no está conectado</translation>
    </message>
    <message>
        <source>the caller sent no audio description (SDP)</source>
        <translation>quien llama no envió ninguna descripción de audio (SDP)</translation>
    </message>
    <message>
        <source>the caller requires SRTP (RTP/SAVP) and carrier.sip.media_security is off</source>
        <translation>quien llama exige SRTP (RTP/SAVP) y carrier.sip.media_security está desactivado</translation>
    </message>
    <message>
        <source>the caller&apos;s SRTP keys cannot be used: {error}</source>
        <translation>no se pueden usar las claves SRTP de quien llama: {error}</translation>
    </message>
    <message>
        <source>no common audio codec with the caller ({error})</source>
        <translation>no hay un códec de audio en común con quien llama ({error})</translation>
    </message>
    <message>
        <source>The headset audio could not be opened ({error}); the call stays up.</source>
        <translation>No se pudo abrir el audio de los auriculares ({error}); la llamada continúa.</translation>
    </message>
    <message>
        <source>these are not keypad tones: {digits}</source>
        <translation>estos no son tonos del teclado: {digits}</translation>
    </message>
    <message>
        <source>the call has no audio ({error})</source>
        <translation>la llamada no tiene audio ({error})</translation>
    </message>
    <message>
        <source>the far end takes no keypad tones (its SDP offers no RFC 4733 telephone-event)</source>
        <translation>el otro extremo no acepta tonos del teclado (su SDP no ofrece telephone-event RFC 4733)</translation>
    </message>
    <message>
        <source>No SIP route is configured ({why}); set carrier.sip.proxy.</source>
        <translation>No hay ninguna ruta SIP configurada ({why}); configure carrier.sip.proxy.</translation>
    </message>
    <message>
        <source>No audio port could be opened ({error}); the call goes out without audio.</source>
        <translation>No se pudo abrir ningún puerto de audio ({error}); la llamada sale sin audio.</translation>
    </message>
    <message>
        <source>the location could not be encoded ({error})</source>
        <translation>no se pudo codificar la ubicación ({error})</translation>
    </message>
    <message>
        <source>could not be reached ({error})</source>
        <translation>no se pudo alcanzar ({error})</translation>
    </message>
    <message>
        <source>Every configured SIP route failed (last: {failure}); call again, and if it fails again use another phone.</source>
        <translation>Fallaron todas las rutas SIP configuradas (última: {failure}); vuelva a llamar, y si falla otra vez use otro teléfono.</translation>
    </message>
    <message>
        <source>did not answer within {seconds} s</source>
        <translation>no respondió en {seconds} s</translation>
    </message>
    <message>
        <source>{route} {what}; trying {next}.</source>
        <translation>{route} {what}; probando {next}.</translation>
    </message>
    <message>
        <source>{route} {what}; no other route is configured.</source>
        <translation>{route} {what}; no hay otra ruta configurada.</translation>
    </message>
    <message>
        <source>{route} {what}</source>
        <translation>{route} {what}</translation>
    </message>
    <message>
        <source>the far end answered without an SRTP key</source>
        <translation>el otro extremo respondió sin clave SRTP</translation>
    </message>
    <message>
        <source>answered with SRTP that cannot be used ({error})</source>
        <translation>respondió con SRTP que no se puede usar ({error})</translation>
    </message>
    <message>
        <source>{route} {what}.</source>
        <translation>{route} {what}.</translation>
    </message>
    <message>
        <source>The emergency call is connected but has no audio: {route} answered with SRTP that cannot be used ({error}). Stay on the line; the answering point has your location and callback number.</source>
        <translation>La llamada de emergencia está conectada pero no tiene audio: {route} respondió con SRTP que no se puede usar ({error}). Permanezca en la línea; el centro de emergencias tiene su ubicación y su número de devolución de llamada.</translation>
    </message>
    <message>
        <source>This emergency call&apos;s audio is not encrypted: no route could do SRTP, and an emergency call is never refused for it.</source>
        <translation>El audio de esta llamada de emergencia no está cifrado: ninguna ruta pudo usar SRTP, y una llamada de emergencia nunca se rechaza por eso.</translation>
    </message>
    <message>
        <source>The number is busy.</source>
        <translation>El número está ocupado.</translation>
    </message>
    <message>
        <source>The far end hung up.</source>
        <translation>El otro extremo colgó.</translation>
    </message>
    <message>
        <source>The registration test could not start ({error}).</source>
        <translation>No se pudo iniciar la prueba de registro ({error}).</translation>
    </message>
    <message>
        <source>No proxy is set: enter the SIP proxy / SBC first.</source>
        <translation>No hay proxy configurado: escriba primero el proxy SIP / SBC.</translation>
    </message>
    <message>
        <source>No SIP user is set: a registration needs one (trunks that authenticate by address do not register).</source>
        <translation>No hay usuario SIP configurado: un registro necesita uno (los troncales que se autentican por dirección no se registran).</translation>
    </message>
    <message>
        <source>The proxy {host} cannot be found ({error}); check its name and the network.</source>
        <translation>No se encuentra el proxy {host} ({error}); verifique su nombre y la red.</translation>
    </message>
    <message>
        <source>{registrar} over {transport}</source>
        <translation>{registrar} por {transport}</translation>
    </message>
    <message>
        <source>{where} cannot be reached ({error}); check the proxy, the transport and the firewall.</source>
        <translation>No se puede alcanzar {where} ({error}); verifique el proxy, el transporte y el cortafuegos.</translation>
    </message>
    <message>
        <source>{where} did not answer within {seconds} s; check the proxy, the transport and the firewall.</source>
        <translation>{where} no respondió en {seconds} s; verifique el proxy, el transporte y el cortafuegos.</translation>
    </message>
    <message>
        <source>Registered as {user} with {where}, then removed the test registration.</source>
        <translation>Registrado como {user} con {where}; luego se quitó el registro de prueba.</translation>
    </message>
    <message>
        <source>{where} refused the password ({status}); check the SIP user and type the password again.</source>
        <translation>{where} rechazó la contraseña ({status}); verifique el usuario SIP y escriba la contraseña otra vez.</translation>
    </message>
    <message>
        <source>{where} wants a password ({status}); type it in SIP password.</source>
        <translation>{where} pide una contraseña ({status}); escríbala en Contraseña SIP.</translation>
    </message>
    <message>
        <source>{where} answered {status}.</source>
        <translation>{where} respondió {status}.</translation>
    </message>
    <message>
        <source>SIP carrier settings complete</source>
        <translation>Configuración del proveedor SIP completa</translation>
    </message>
    <message>
        <source>All settings needed to place calls are set.</source>
        <translation>Está configurado todo lo necesario para hacer llamadas.</translation>
    </message>
    <message>
        <source>Open the carrier settings and fill in what is named.</source>
        <translation>Abra la configuración del proveedor y complete lo indicado.</translation>
    </message>
    <message>
        <source>Emergency route</source>
        <translation>Ruta de emergencia</translation>
    </message>
    <message>
        <source>Set carrier.sip.proxy (or the calling-plan proxy).</source>
        <translation>Configure carrier.sip.proxy (o el proxy del plan de llamadas).</translation>
    </message>
    <message>
        <source>the SBC {host}</source>
        <translation>el SBC {host}</translation>
    </message>
    <message>
        <source>the fallback SBC {host}</source>
        <translation>el SBC de respaldo {host}</translation>
    </message>
    <message>
        <source>the calling-plan proxy {host}</source>
        <translation>el proxy del plan de llamadas {host}</translation>
    </message>
    <message>
        <source>The SBC {host}</source>
        <translation>El SBC {host}</translation>
    </message>
    <message>
        <source>The fallback SBC {host}</source>
        <translation>El SBC de respaldo {host}</translation>
    </message>
    <message>
        <source>The calling-plan proxy {host}</source>
        <translation>El proxy del plan de llamadas {host}</translation>
    </message>
    <message>
        <source>the agent has a calling-plan number</source>
        <translation>el agente tiene un número del plan de llamadas</translation>
    </message>
    <message>
        <source>no direct-routing rule matches the number</source>
        <translation>ninguna regla de enrutamiento directo coincide con el número</translation>
    </message>
    <message>
        <source>the direct-routing rule {pattern} matches</source>
        <translation>la regla de enrutamiento directo {pattern} coincide</translation>
    </message>
    <message>
        <source>the agent has a direct-routing number</source>
        <translation>el agente tiene un número de enrutamiento directo</translation>
    </message>
    <message>
        <source>Emergency route: none — {why}.</source>
        <translation>Ruta de emergencia: ninguna — {why}.</translation>
    </message>
    <message>
        <source>{routes}, then {route}</source>
        <translation>{routes}, luego {route}</translation>
    </message>
    <message>
        <source>Emergency route: direct offer via {routes} ({why}).</source>
        <translation>Ruta de emergencia: oferta directa por {routes} ({why}).</translation>
    </message>
    <message>
        <source>Emergency route: direct routing via {routes} ({why}).</source>
        <translation>Ruta de emergencia: enrutamiento directo por {routes} ({why}).</translation>
    </message>
    <message>
        <source>a malformed a=crypto line (RFC 4568 wants: tag suite inline:key)</source>
        <translation>una línea a=crypto mal formada (RFC 4568 pide: tag suite inline:key)</translation>
    </message>
    <message>
        <source>the crypto suite {suite} is not supported (supported: {supported})</source>
        <translation>la suite de cifrado {suite} no es compatible (compatibles: {supported})</translation>
    </message>
    <message>
        <source>the {suite} key is not given inline (RFC 4568 §6.1)</source>
        <translation>la clave {suite} no se da inline (RFC 4568 §6.1)</translation>
    </message>
    <message>
        <source>the {suite} key has an MKI, which is not supported</source>
        <translation>la clave {suite} tiene un MKI, lo que no es compatible</translation>
    </message>
    <message>
        <source>the {suite} key is not valid base64</source>
        <translation>la clave {suite} no es base64 válido</translation>
    </message>
    <message>
        <source>the {suite} key is {length} bytes long, not {expected}</source>
        <translation>la clave {suite} mide {length} bytes, no {expected}</translation>
    </message>
    <message>
        <source>the far end answered without an a=crypto key</source>
        <translation>el otro extremo respondió sin clave a=crypto</translation>
    </message>
    <message>
        <source>the far end&apos;s a=crypto answer (tag {tag}, {suite}) matches nothing offered</source>
        <translation>la respuesta a=crypto del otro extremo (tag {tag}, {suite}) no coincide con nada de lo ofrecido</translation>
    </message>
    <message>
        <source>the offer has no a=crypto key</source>
        <translation>la oferta no tiene clave a=crypto</translation>
    </message>
    <message>
        <source>The CA file {file} cannot be used to verify the SIP proxy ({error}); fix carrier.sip.tls_ca_file or empty it to use the system&apos;s certificate authorities.</source>
        <translation>El archivo de CA {file} no se puede usar para verificar el proxy SIP ({error}); corrija carrier.sip.tls_ca_file o déjelo vacío para usar las autoridades de certificación del sistema.</translation>
    </message>
    <message>
        <source>The TLS listener&apos;s key password cannot be read: {error}</source>
        <translation>No se puede leer la contraseña de la clave de la escucha TLS: {error}</translation>
    </message>
    <message>
        <source>The TLS key {file} is encrypted and no password is stored as {secret}: store it in the keyring (see the README), or use an unencrypted key.</source>
        <translation>La clave TLS {file} está cifrada y no hay contraseña guardada como {secret}: guárdela en el llavero (vea el README), o use una clave sin cifrar.</translation>
    </message>
    <message>
        <source>the key does not belong to the certificate</source>
        <translation>la clave no corresponde al certificado</translation>
    </message>
    <message>
        <source>the password stored as {secret} does not open the key</source>
        <translation>la contraseña guardada como {secret} no abre la clave</translation>
    </message>
    <message>
        <source>they are not a PEM certificate and key ({error})</source>
        <translation>no son un certificado y una clave PEM ({error})</translation>
    </message>
    <message>
        <source>The TLS listener cannot use its certificate: {error}. Fix carrier.sip.tls_certificate_file and carrier.sip.tls_key_file.</source>
        <translation>La escucha TLS no puede usar su certificado: {error}. Corrija carrier.sip.tls_certificate_file y carrier.sip.tls_key_file.</translation>
    </message>
    <message>
        <source>The TLS certificate or key cannot be read ({error}); fix carrier.sip.tls_certificate_file and carrier.sip.tls_key_file.</source>
        <translation>No se puede leer el certificado o la clave TLS ({error}); corrija carrier.sip.tls_certificate_file y carrier.sip.tls_key_file.</translation>
    </message>
    <message>
        <source>The CA file {file} cannot be used to check callers&apos; certificates ({error}); fix carrier.sip.tls_ca_file.</source>
        <translation>El archivo de CA {file} no se puede usar para verificar los certificados de quienes llaman ({error}); corrija carrier.sip.tls_ca_file.</translation>
    </message>
</context>
<context>
    <name>SipSettings</name>
    <message>
        <source>SIP password</source>
        <translation>Contraseña SIP</translation>
    </message>
    <message>
        <source>A password for {name} is stored in the system keyring.</source>
        <translation>Hay una contraseña para {name} guardada en el llavero del sistema.</translation>
    </message>
    <message>
        <source>No password is stored yet for {name}; type it here if the carrier asks for one (digest authentication).</source>
        <translation>Aún no hay contraseña guardada para {name}; escríbala aquí si el proveedor la pide (autenticación digest).</translation>
    </message>
    <message>
        <source>No SIP user is set, so no password is used (trunks that authenticate by address). Set carrier.sip.user first if the carrier wants one.</source>
        <translation>No hay usuario SIP configurado, así que no se usa contraseña (troncales que autentican por dirección). Configure primero carrier.sip.user si el proveedor lo pide.</translation>
    </message>
    <message>
        <source>Test registration</source>
        <translation>Probar el registro</translation>
    </message>
    <message>
        <source>Register once with these settings (nothing is saved) and remove the test registration again.</source>
        <translation>Registrarse una vez con esta configuración (no se guarda nada) y quitar luego el registro de prueba.</translation>
    </message>
    <message>
        <source>Registration test result</source>
        <translation>Resultado de la prueba de registro</translation>
    </message>
    <message>
        <source>Fix the SIP settings marked in red first; the test uses the values shown here.</source>
        <translation>Corrija primero las opciones SIP marcadas en rojo; la prueba usa los valores que se muestran aquí.</translation>
    </message>
    <message>
        <source>Registering…</source>
        <translation>Registrando…</translation>
    </message>
    <message>
        <source>The SIP password cannot be read: {error}</source>
        <translation>No se puede leer la contraseña SIP: {error}</translation>
    </message>
    <message>
        <source>The registration test failed unexpectedly ({error}); see the log.</source>
        <translation>La prueba de registro falló de forma inesperada ({error}); vea el registro.</translation>
    </message>
</context>
<context>
    <name>Speech</name>
    <message>
        <source>Spoken prompts are unavailable: the pyttsx3 package is missing (reinstall the softphone).</source>
        <translation>Los mensajes hablados no están disponibles: falta el paquete pyttsx3 (reinstale el softphone).</translation>
    </message>
    <message>
        <source>The speech engine produced an unexpected audio format.</source>
        <translation>El motor de voz produjo un formato de audio inesperado.</translation>
    </message>
    <message>
        <source>Spoken prompts are unavailable ({error}): install espeak-ng (Debian: {command}).</source>
        <translation>Los mensajes hablados no están disponibles ({error}): instale espeak-ng (Debian: {command}).</translation>
    </message>
</context>
<context>
    <name>Storage</name>
    <message>
        <source>The database file was damaged; it was erased and a new one was started (presence and history start empty).</source>
        <translation>El archivo de la base de datos estaba dañado; se borró y se creó uno nuevo (la presencia y el historial empiezan vacíos).</translation>
    </message>
    <message>
        <source>Cannot write to {path} ({error}). Presence, the callback lease and call history are kept in memory only until the softphone restarts: make the profile folder writable. Calls are not affected.</source>
        <translation>No se puede escribir en {path} ({error}). La presencia, la reserva del número de devolución de llamada y el historial de llamadas se guardan solo en memoria hasta que el softphone se reinicie: haga que la carpeta del perfil admita escritura. Las llamadas no se ven afectadas.</translation>
    </message>
    <message>
        <source>Could not save to {path} ({error}); check that the profile folder is writable and the disk is not full.</source>
        <translation>No se pudo guardar en {path} ({error}); compruebe que la carpeta del perfil admita escritura y que el disco no esté lleno.</translation>
    </message>
    <message>
        <source>it is damaged and could not be erased: {error}</source>
        <translation>está dañado y no se pudo borrar: {error}</translation>
    </message>
</context>
<context>
    <name>Template</name>
    <message>
        <source>line {line}: {end} closes a {start} that was never opened</source>
        <translation>línea {line}: {end} cierra una etiqueta {start} que nunca se abrió</translation>
    </message>
    <message>
        <source>line {line}: {end} comes before the {start} opened on line {opened} is closed; add {missing} first</source>
        <translation>línea {line}: {end} aparece antes de que se cierre la etiqueta {start} abierta en la línea {opened}; agregue primero {missing}</translation>
    </message>
    <message>
        <source>line {line}: {start} is never closed; add {end}</source>
        <translation>línea {line}: la etiqueta {start} nunca se cierra; agregue {end}</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>HTML body</source>
        <translation>Cuerpo HTML</translation>
    </message>
    <message>
        <source>Plain-text body</source>
        <translation>Cuerpo en texto sin formato</translation>
    </message>
    <message>
        <source>{part}, line {line}</source>
        <translation>{part}, línea {line}</translation>
    </message>
    <message>
        <source>{where}: {token} is not a placeholder; write a name such as {example}</source>
        <translation>{where}: {token} no es un marcador; escriba un nombre como {example}</translation>
    </message>
    <message>
        <source>{where}: unknown placeholder {placeholder}{suggestion}</source>
        <translation>{where}: marcador desconocido {placeholder}{suggestion}</translation>
    </message>
    <message>
        <source>{where}: {start} is not closed; end the placeholder with {end}</source>
        <translation>{where}: {start} no está cerrado; termine el marcador con {end}</translation>
    </message>
    <message>
        <source>{where}: {end} has no opening {start}</source>
        <translation>{where}: {end} no tiene un {start} de apertura</translation>
    </message>
    <message>
        <source>{part}: must not be empty</source>
        <translation>{part}: no debe estar vacío</translation>
    </message>
    <message>
        <source>; did you mean {placeholder}?</source>
        <translation>; ¿quiso decir {placeholder}?</translation>
    </message>
    <message>
        <source>; the placeholders are listed beside the editor</source>
        <translation>; los marcadores aparecen junto al editor</translation>
    </message>
</context>
<context>
    <name>Tray</name>
    <message>
        <source>Presence</source>
        <translation>Presencia</translation>
    </message>
    <message>
        <source>Dial…</source>
        <translation>Marcar…</translation>
    </message>
    <message>
        <source>Show Softphone</source>
        <translation>Mostrar Softphone</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Presence: {status} (emergency call)</source>
        <translation>Presencia: {status} (llamada de emergencia)</translation>
    </message>
    <message>
        <source>Presence: {status}</source>
        <translation>Presencia: {status}</translation>
    </message>
    <message>
        <source>Softphone: {status}</source>
        <translation>Softphone: {status}</translation>
    </message>
    <message>
        <source>Callback mode: {number}, {time}</source>
        <translation>Modo de devolución de llamada: {number}, {time}</translation>
    </message>
    <message>
        <source>Callback mode, {time}</source>
        <translation>Modo de devolución de llamada, {time}</translation>
    </message>
    <message>
        <source>{time} (paused)</source>
        <translation>{time} (en pausa)</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message>
        <source>Dial</source>
        <translation>Marcar</translation>
    </message>
    <message>
        <source>Number or tel: link:</source>
        <translation>Número o enlace tel:</translation>
    </message>
    <message>
        <source>Call</source>
        <translation>Llamar</translation>
    </message>
</context>
</TS>
