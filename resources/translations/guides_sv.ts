<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>CustomerWindow</name>
    <message>
        <source>Guide for the customer</source>
        <translation>Anvisning för kunden</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Tillbaka</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Föregående steg</translation>
    </message>
    <message>
        <source>Done, next ▶</source>
        <translation>Klart, nästa ▶</translation>
    </message>
    <message>
        <source>Mark the step done and show the next</source>
        <translation>Markera steget som klart och visa nästa</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <source>Guide &amp;language:</source>
        <translation>Anvisningens &amp;språk:</translation>
    </message>
    <message>
        <source>Guide language</source>
        <translation>Anvisningens språk</translation>
    </message>
    <message>
        <source>Show to &amp;customer</source>
        <translation>Visa för &amp;kunden</translation>
    </message>
    <message>
        <source>Open a large-text window for the customer that follows the current step</source>
        <translation>Öppna ett fönster med stor text för kunden som följer det aktuella steget</translation>
    </message>
    <message>
        <source>&amp;Print for customer</source>
        <translation>Skriv &amp;ut åt kunden</translation>
    </message>
    <message>
        <source>Make a large-type PDF of this guide to print and take home</source>
        <translation>Gör en PDF med stor text av anvisningen som kunden kan ta hem</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Klara steg</translation>
    </message>
    <message>
        <source>Guide text and steps</source>
        <translation>Anvisningens text och steg</translation>
    </message>
    <message>
        <source>Choose a guide from the list, or type a few letters to search.</source>
        <translation>Välj en anvisning i listan eller sök genom att skriva några bokstäver.</translation>
    </message>
    <message>
        <source>Services: %1 · Reviewed %2 (%3)</source>
        <translation>Tjänster: %1 · Granskad %2 (%3)</translation>
    </message>
    <message>
        <source>⚠ Review due: check this guide against the official instructions</source>
        <translation>⚠ Granskning försenad: jämför anvisningen med de officiella anvisningarna</translation>
    </message>
    <message>
        <source>%1 (replaces: %2)</source>
        <translation>%1 (ersätter: %2)</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>denna månad</translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation>för 1 mån sedan</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>för %1 mån sedan</translation>
    </message>
    <message>
        <source>From the coordinator's pack</source>
        <translation>Från koordinatorns anvisningspaket</translation>
    </message>
    <message>
        <source>From this branch's folder</source>
        <translation>Från bibliotekets egen mapp</translation>
    </message>
    <message>
        <source>Shipped with the app</source>
        <translation>Medföljer appen</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1 av %2 steg klara</translation>
    </message>
    <message>
        <source>✔ Recorded as used on the open session.</source>
        <translation>✔ Registrerad som använd i det öppna stödtillfället.</translation>
    </message>
    <message>
        <source>A session is open; this guide will be recorded on it.</source>
        <translation>Ett stödtillfälle är öppet; anvisningen registreras i det.</translation>
    </message>
    <message>
        <source>Start a session: %1</source>
        <translation>Starta ett stödtillfälle: %1</translation>
    </message>
    <message>
        <source>Start a session for this guide's service</source>
        <translation>Starta ett stödtillfälle för anvisningens tjänst</translation>
    </message>
    <message>
        <source>No session is open. Start one to count this help.</source>
        <translation>Inget stödtillfälle är öppet. Starta ett så att hjälpen räknas.</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Step-by-step guides</source>
        <translation>Steg-för-steg-anvisningar</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Sök:</translation>
    </message>
    <message>
        <source>Type a few letters, e.g. pankki or kela</source>
        <translation>Skriv några bokstäver, t.ex. bank eller fpa</translation>
    </message>
    <message>
        <source>Search guides</source>
        <translation>Sök anvisningar</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Visa problemen</translation>
    </message>
    <message>
        <source>Show the problems of the skipped guide files</source>
        <translation>Visa problemen i de överhoppade anvisningsfilerna</translation>
    </message>
    <message>
        <source>Problems in guide files</source>
        <translation>Problem i anvisningsfiler</translation>
    </message>
    <message>
        <source>Divider between the guide list and the guide</source>
        <translation>Avdelare mellan anvisningslistan och anvisningen</translation>
    </message>
    <message>
        <source>Drag, or press Tab to here and use the left and right arrow keys, to widen either side</source>
        <translation>Dra, eller gå hit med Tabb och använd vänster- och högerpilen, för att göra endera sidan bredare</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Visa ändringar</translation>
    </message>
    <message>
        <source>Show which guides the coordinator's pack changed</source>
        <translation>Visa vilka anvisningar koordinatorns paket ändrade</translation>
    </message>
    <message>
        <source>Guides the coordinator's pack changed</source>
        <translation>Anvisningar som koordinatorns paket ändrade</translation>
    </message>
    <message>
        <source>Loading guides…</source>
        <translation>Anvisningarna laddas…</translation>
    </message>
    <message>
        <source>Guides could not be loaded: %1</source>
        <translation>Anvisningarna kunde inte laddas: %1</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Eget bibliotek</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Appen</translation>
    </message>
    <message>
        <source>new</source>
        <translation>ny</translation>
    </message>
    <message>
        <source>Added by the latest pack.</source>
        <translation>Tillagd i det senaste paketet.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>ändrad</translation>
    </message>
    <message>
        <source>Changed by the latest pack.</source>
        <translation>Ändrad i det senaste paketet.</translation>
    </message>
    <message>
        <source>replaces shipped</source>
        <translation>ersätter appens anvisning</translation>
    </message>
    <message>
        <source>It replaces the guide shipped with the app; check that it says what it should.</source>
        <translation>Den ersätter anvisningen som följer med appen; kontrollera att den säger det den ska.</translation>
    </message>
    <message>
        <source>The coordinator's guide pack was taken into use %1: %2 added, %3 changed, %4 removed.</source>
        <translation>Koordinatorns anvisningspaket togs i bruk %1: %2 tillagda, %3 ändrade, %4 borttagna.</translation>
    </message>
    <message>
        <source>Its signature was verified.</source>
        <translation>Dess signatur kontrollerades.</translation>
    </message>
    <message>
        <source>⚠ %1 of its guides replace guides shipped with the app.</source>
        <translation>⚠ %1 av dess anvisningar ersätter anvisningar som följer med appen.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Tillagd: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Ändrad: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Borttagen: %1</translation>
    </message>
    <message>
        <source>Replaces a shipped guide: %1</source>
        <translation>Ersätter en anvisning som följer med appen: %1</translation>
    </message>
    <message>
        <source>⚠ %1 guide files have problems and were skipped. The other guides work normally.</source>
        <translation>⚠ %1 anvisningsfiler har fel och hoppades över. De andra anvisningarna fungerar normalt.</translation>
    </message>
    <message>
        <source>The coordinator's new guide pack was not taken into use; the last good pack is used.</source>
        <translation>Koordinatorns nya anvisningspaket togs inte i bruk; det senaste fungerande paketet används.</translation>
    </message>
    <message>
        <source>%1 guides.</source>
        <translation>%1 anvisningar.</translation>
    </message>
    <message>
        <source>The coordinator's guide pack was updated.</source>
        <translation>Koordinatorns anvisningspaket uppdaterades.</translation>
    </message>
    <message>
        <source>The share cannot be reached; the last copied guide pack is used.</source>
        <translation>Den delade mappen går inte att nå; det senast kopierade anvisningspaketet används.</translation>
    </message>
    <message>
        <source>The guide pack could not be copied; the last copied pack is used.</source>
        <translation>Anvisningspaketet kunde inte kopieras; det senast kopierade paketet används.</translation>
    </message>
    <message>
        <source>(simple search)</source>
        <translation>(enkel sökning)</translation>
    </message>
    <message>
        <source>No guide matches “%1”.</source>
        <translation>Ingen anvisning matchar ”%1”.</translation>
    </message>
    <message>
        <source>1 guide matches “%1”.</source>
        <translation>1 anvisning matchar “%1”.</translation>
    </message>
    <message>
        <source>%1 guides match “%2”.</source>
        <translation>%1 anvisningar matchar “%2”.</translation>
    </message>
    <message>
        <source>The guide could not be recorded: %1</source>
        <translation>Anvisningen kunde inte registreras: %1</translation>
    </message>
    <message>
        <source>Handout ready for printing: %1</source>
        <translation>Kundens anvisning är klar att skriva ut: %1</translation>
    </message>
    <message>
        <source>The handout could not be made: %1</source>
        <translation>Kundens anvisning kunde inte göras: %1</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>Guide</source>
        <extracomment>A guide's source column: the short text and a longer explanation for its tooltip. Column widths are fitted to this many rows, not to all of a 1,000-guide library.</extracomment>
        <translation>Anvisning</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Granskad</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <source>⚠ review due (%1)</source>
        <translation>⚠ granskning försenad (%1)</translation>
    </message>
</context>
<context>
    <name>PartnerBox</name>
    <message>
        <source>Open web page</source>
        <translation>Öppna webbsidan</translation>
    </message>
    <message>
        <source>Not in the partner directory.</source>
        <translation>Finns inte i katalogen över samarbetspartner.</translation>
    </message>
    <message>
        <source>Open the web page of %1</source>
        <translation>Öppna webbsidan för %1</translation>
    </message>
</context>
</TS>