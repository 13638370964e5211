<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="da_DK" sourcelanguage="en_US">
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
</context>
</TS>
