<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_PR" sourcelanguage="en_US">
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
</context>
</TS>
