<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA" sourcelanguage="en_US">
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
</context>
</TS>
