<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
<context>
    <name>CallbackSettings</name>
    <message numerus="yes">
        <source>%n live lease(s).</source>
        <translation>
            <numerusform>%n live lease.</numerusform>
            <numerusform>%n live leases.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message numerus="yes">
        <source>%n number(s) in {pool}.</source>
        <translation>
            <numerusform>%n number in {pool}.</numerusform>
            <numerusform>%n numbers in {pool}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message numerus="yes">
        <source>Callback mode: {number}, %n minute(s) left (paused)</source>
        <translation>
            <numerusform>Callback mode: {number}, %n minute left (paused)</numerusform>
            <numerusform>Callback mode: {number}, %n minutes left (paused)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Callback mode: {number}, %n minute(s) left</source>
        <translation>
            <numerusform>Callback mode: {number}, %n minute left</numerusform>
            <numerusform>Callback mode: {number}, %n minutes left</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashDialog</name>
    <message numerus="yes">
        <source>This happened %n time(s).</source>
        <translation>
            <numerusform>This happened %n time.</numerusform>
            <numerusform>This happened %n times.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message numerus="yes">
        <source>%n recipient(s) via {server}</source>
        <translation>
            <numerusform>%n recipient via {server}</numerusform>
            <numerusform>%n recipients via {server}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n emergency notification(s) NOT delivered within {hours} h and erased; tell your contacts yourself</source>
        <translation>
            <numerusform>%n emergency notification NOT delivered within {hours} h and erased; tell your contacts yourself</numerusform>
            <numerusform>%n emergency notifications NOT delivered within {hours} h and erased; tell your contacts yourself</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OptionEditors</name>
    <message numerus="yes">
        <source>%n recipient(s): {addresses}</source>
        <translation>
            <numerusform>%n recipient: {addresses}</numerusform>
            <numerusform>%n recipients: {addresses}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessIndicator</name>
    <message numerus="yes">
        <source>● Emergency calling: %n problem(s)</source>
        <translation>
            <numerusform>● Emergency calling: %n problem</numerusform>
            <numerusform>● Emergency calling: %n problems</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReadinessPanel</name>
    <message numerus="yes">
        <source>%n of {total} checks failed. Emergency numbers are always dialled; fix these so help can reach you.</source>
        <translation>
            <numerusform>%n of {total} checks failed. Emergency numbers are always dialled; fix these so help can reach you.</numerusform>
            <numerusform>%n of {total} checks failed. Emergency numbers are always dialled; fix these so help can reach you.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingTypes</name>
    <message numerus="yes">
        <source>a table of %n key(s)</source>
        <translation>
            <numerusform>a table of %n key</numerusform>
            <numerusform>a table of %n keys</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>a list of %n item(s)</source>
        <translation>
            <numerusform>a list of %n item</numerusform>
            <numerusform>a list of %n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n number(s)</source>
        <translation>
            <numerusform>%n number</numerusform>
            <numerusform>%n numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n peer(s)</source>
        <translation>
            <numerusform>%n peer</numerusform>
            <numerusform>%n peers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rule(s)</source>
        <translation>
            <numerusform>%n rule</numerusform>
            <numerusform>%n rules</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n recipient(s)</source>
        <translation>
            <numerusform>%n recipient</numerusform>
            <numerusform>%n recipients</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n site(s)</source>
        <translation>
            <numerusform>%n site</numerusform>
            <numerusform>%n sites</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n network(s)</source>
        <translation>
            <numerusform>%n network</numerusform>
            <numerusform>%n networks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message numerus="yes">
        <source>{path}: %n more problem(s) like these; fix the ones above and restart to see the rest.</source>
        <translation>
            <numerusform>{path}: %n more problem like these; fix the ones above and restart to see the rest.</numerusform>
            <numerusform>{path}: %n more problems like these; fix the ones above and restart to see the rest.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source>Wrote %n admin setting(s) to {path}. Deploy it as the fleet settings file; every workstation reads it at start and locks these values.</source>
        <translation>
            <numerusform>Wrote %n admin setting to {path}. Deploy it as the fleet settings file; every workstation reads it at start and locks these values.</numerusform>
            <numerusform>Wrote %n admin settings to {path}. Deploy it as the fleet settings file; every workstation reads it at start and locks these values.</numerusform>
        </translation>
    </message>
</context>
</TS>
