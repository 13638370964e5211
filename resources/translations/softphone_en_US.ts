<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US" sourcelanguage="en_US">
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
</TS>
