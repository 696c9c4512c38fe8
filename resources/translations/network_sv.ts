<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>NetworkPage</name>
    <message>
        <source>Choose the share folder</source>
        <extracomment>Marks a filter choice that is a library organisation (the rest are municipality codes). Totals per Statistics Finland municipality code ("" for branches whose files do not say). Shows only the branches of one municipality (data: its code) or one library organisation (data: ORGANISATION_PREFIX + its name) in the branch table (None: every branch). Where the reports area puts the network-report export panel.</extracomment>
        <translation>Välj den delade mappen</translation>
    </message>
    <message>
        <source>Central database file</source>
        <translation>Centraldatabasens fil</translation>
    </message>
    <message>
        <source>Central database (*.sqlite3)</source>
        <translation>Centraldatabas (*.sqlite3)</translation>
    </message>
    <message>
        <source>Share not found: %1. Check the path.</source>
        <translation>Den delade mappen hittas inte: %1. Kontrollera sökvägen.</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation>Samlar in…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1 av %2 filer</translation>
    </message>
    <message>
        <source>Collected %1 files: %2 new, %3 replaced, %4 unchanged, %5 skipped.</source>
        <translation>Samlade in %1 filer: %2 nya, %3 ersatta, %4 oförändrade, %5 överhoppade.</translation>
    </message>
    <message>
        <source>Collecting failed: %1</source>
        <translation>Insamlingen misslyckades: %1</translation>
    </message>
    <message>
        <source>Nothing collected yet.</source>
        <translation>Inget har samlats in ännu.</translation>
    </message>
    <message>
        <source>Network: %1 sessions, %2 minutes</source>
        <translation>Hela nätverket: %1 stödtillfällen, %2 minuter</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Alla verksamhetsställen</translation>
    </message>
    <message>
        <source>%1 (library organisation)</source>
        <translation>%1 (biblioteksorganisation)</translation>
    </message>
    <message>
        <source>not in a branch folder</source>
        <translation>inte i ett verksamhetsställes mapp</translation>
    </message>
    <message>
        <source>not in a device folder</source>
        <translation>inte i en enhets mapp</translation>
    </message>
    <message>
        <source>not a counts file (the name must be YYYY-MM.json)</source>
        <translation>inte en statistikfil (namnet ska vara ÅÅÅÅ-MM.json)</translation>
    </message>
    <message>
        <source>not readable JSON (damaged or not a counts file)</source>
        <translation>inte läsbar JSON (skadad eller inte en statistikfil)</translation>
    </message>
    <message>
        <source>not a Digituki Desk counts file</source>
        <translation>inte en statistikfil från Digituki Desk</translation>
    </message>
    <message>
        <source>its SHA-256 does not match its content (damaged or edited)</source>
        <translation>SHA-256-kontrollsumman stämmer inte med innehållet (skadad eller redigerad)</translation>
    </message>
    <message>
        <source>made by a newer version of the app (format %1); update the app</source>
        <translation>gjord av en nyare version av appen (format %1); uppdatera appen</translation>
    </message>
    <message>
        <source>its contents do not match its folder and name</source>
        <translation>innehållet stämmer inte med mappen och namnet</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>kan inte läsas: %1</translation>
    </message>
    <message>
        <source>Service codes not in the catalogue (counted as they are): %1.</source>
        <translation>Tjänstekoder som inte finns i katalogen (räknade som de är): %1.</translation>
    </message>
    <message>
        <source>The share %1 cannot be read: %2</source>
        <translation>Den delade mappen %1 kan inte läsas: %2</translation>
    </message>
    <message>
        <source>%1 has no digituki-desk/counts/v1 folder: is it the right share? Nothing was changed. To empty the central database on purpose, tick the box and collect again.</source>
        <translation>%1 har ingen mapp digituki-desk/counts/v1: är det rätt delad mapp? Ingenting ändrades. Om du vill tömma centraldatabasen med avsikt, kryssa i rutan och samla in igen.</translation>
    </message>
    <message>
        <source>%1 has %3 counts files where %4 were collected before. Nothing was changed. If the files were removed on purpose, tick the box and collect again.</source>
        <translation>%1 har %3 statistikfiler där %4 samlades in tidigare. Ingenting ändrades. Om filerna togs bort med avsikt, kryssa i rutan och samla in igen.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Okänd</translation>
    </message>
    <message>
        <source>a link or other entry that is not a regular file; never followed</source>
        <translation>en länk eller annan post som inte är en vanlig fil; följs aldrig</translation>
    </message>
    <message>
        <source>larger than a counts file may be (%1 bytes)</source>
        <translation>större än en statistikfil får vara (%1 byte)</translation>
    </message>
    <message>
        <source>does not follow the schema (at %1)</source>
        <translation>följer inte schemat (vid %1)</translation>
    </message>
    <message>
        <source>names the key %1 twice</source>
        <translation>anger nyckeln %1 två gånger</translation>
    </message>
    <message>
        <source>has a day %1 outside its month %2</source>
        <translation>har en dag %1 utanför sin månad %2</translation>
    </message>
    <message>
        <source>the same device's month is also under branch %1; counted once, there</source>
        <translation>samma enhets månad finns också under verksamhetsstället %1; räknad en gång, där</translation>
    </message>
    <message>
        <source>could not be checked: %1</source>
        <translation>kunde inte kontrolleras: %1</translation>
    </message>
    <message numerus="yes">
        <source>Files skipped (%n)</source>
        <translation>
            <numerusform>Överhoppade filer (%n)</numerusform>
            <numerusform>Överhoppade filer (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts from every branch</source>
        <translation>Statistik från alla verksamhetsställen</translation>
    </message>
    <message>
        <source>Collect the counts files every branch has sent to the share into a central database, then see each branch and region for a period. Files that fail their check are skipped and listed with the reason; nothing is counted twice.</source>
        <translation>Samla in de statistikfiler som verksamhetsställena skickat till den delade mappen i en centraldatabas och se varje verksamhetsställe och region för en period. Filer som inte klarar kontrollen hoppas över och listas med orsak; inget räknas två gånger.</translation>
    </message>
    <message>
        <source>Share and central database</source>
        <translation>Delad mapp och centraldatabas</translation>
    </message>
    <message>
        <source>&amp;Share folder:</source>
        <translation>&amp;Delad mapp:</translation>
    </message>
    <message>
        <source>Central &amp;database:</source>
        <translation>Central&amp;databas:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Välj…</translation>
    </message>
    <message>
        <source>Choose the central database file</source>
        <translation>Välj centraldatabasens fil</translation>
    </message>
    <message>
        <source>Share folder</source>
        <translation>Delad mapp</translation>
    </message>
    <message>
        <source>&amp;Collect counts</source>
        <translation>&amp;Samla in statistik</translation>
    </message>
    <message>
        <source>Collect counts from the share</source>
        <translation>Samla in statistik från den delade mappen</translation>
    </message>
    <message>
        <source>Also remove counts of files no longer on the share</source>
        <translation>Ta också bort statistiken för filer som inte längre finns i den delade mappen</translation>
    </message>
    <message>
        <source>Needed only when the counts folder is gone or far fewer files are found than before; without it such a collection is refused and nothing is removed.</source>
        <translation>Behövs bara när statistikmappen saknas eller mycket färre filer hittas än tidigare; utan den avvisas insamlingen och ingenting tas bort.</translation>
    </message>
    <message>
        <source>Collection progress</source>
        <translation>Insamlingens förlopp</translation>
    </message>
    <message>
        <source>&amp;Branches</source>
        <translation>&amp;Verksamhetsställen</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>&amp;Regioner</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Verksamhetsställen</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regioner</translation>
    </message>
    <message>
        <source>M&amp;unicipalities</source>
        <translation>Ko&amp;mmuner</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kommuner</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Library organisation</source>
        <translation>Biblioteksorganisation</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Files skipped</source>
        <translation>Överhoppade filer</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Verksamhetsställe</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Enheter</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Senast skickat</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Stödtillfällen</translation>
    </message>
    <message>
        <source>Show &amp;branches of:</source>
        <translation>Visa &amp;verksamhetsställen för:</translation>
    </message>
    <message>
        <source>Show the branches of a municipality or a library organisation</source>
        <translation>Visa verksamhetsställena för en kommun eller en biblioteksorganisation</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuter</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Orsak</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>share not found</source>
        <translation>den delade mappen hittas inte</translation>
    </message>
    <message>
        <source>no permission to write to the share</source>
        <translation>ingen behörighet att skriva i den delade mappen</translation>
    </message>
    <message>
        <source>the share is full</source>
        <translation>den delade mappen är full</translation>
    </message>
    <message>
        <source>a file on the share is in use</source>
        <translation>en fil i den delade mappen används</translation>
    </message>
    <message>
        <source>the file read back from the share was not what was written</source>
        <translation>filen som lästes tillbaka från den delade mappen var inte den som skrevs</translation>
    </message>
    <message>
        <source>the branch id is not set (Settings)</source>
        <translation>verksamhetsställets id är inte angivet (Inställningar)</translation>
    </message>
    <message>
        <source>a link or other odd entry on the share was refused (never followed)</source>
        <translation>en länk eller annan udda post i den delade mappen avvisades (följs aldrig)</translation>
    </message>
    <message>
        <source>a file on the share is larger than allowed</source>
        <translation>en fil i den delade mappen är större än tillåtet</translation>
    </message>
    <message>
        <source>the counts file to send failed its check and was not written</source>
        <translation>statistikfilen som skulle skickas klarade inte kontrollen och skrevs inte</translation>
    </message>
    <message>
        <source>the share could not be written</source>
        <translation>det gick inte att skriva i den delade mappen</translation>
    </message>
    <message>
        <source>Check that this PC is on the library network and that the shared network folder in Settings is right. If it is, ask your IT whether the share is down.</source>
        <translation>Kontrollera att den här arbetsstationen är ansluten till bibliotekets nätverk och att den gemensamma nätverksmappen i Inställningar är rätt. Om den är det, fråga IT-stödet om mappen är ur funktion.</translation>
    </message>
    <message>
        <source>Ask your IT to give this PC's user the right to write to the shared network folder.</source>
        <translation>Be IT-stödet ge den här arbetsstationens användare rätt att skriva i den gemensamma nätverksmappen.</translation>
    </message>
    <message>
        <source>Ask your IT to free space on the shared network folder.</source>
        <translation>Be IT-stödet frigöra utrymme i den gemensamma nätverksmappen.</translation>
    </message>
    <message>
        <source>Another program has the file open. Nothing needs doing: the next try usually works.</source>
        <translation>Ett annat program har filen öppen. Du behöver inte göra något: nästa försök brukar lyckas.</translation>
    </message>
    <message>
        <source>Set the branch id in Settings, then send again.</source>
        <translation>Ange verksamhetsställets id i Inställningar och skicka sedan igen.</translation>
    </message>
    <message>
        <source>Someone has put a link in this PC's folder on the share. Tell your IT or coordinator.</source>
        <translation>Någon har lagt en länk i den här arbetsstationens mapp i nätverksmappen. Meddela IT-stödet eller koordinatorn.</translation>
    </message>
    <message>
        <source>Tell your coordinator: a file in this PC's folder on the share is not one the app wrote.</source>
        <translation>Meddela koordinatorn: i den här arbetsstationens mapp i nätverksmappen finns en fil som programmet inte har skrivit.</translation>
    </message>
    <message>
        <source>Tell your coordinator or IT; the log (desk.log) says which month and why.</source>
        <translation>Meddela koordinatorn eller IT-stödet; loggen (desk.log) visar vilken månad och varför.</translation>
    </message>
    <message>
        <source>Nothing on this PC is lost: counts wait here and are sent when the share works again. The app tries again by itself.</source>
        <translation>Ingenting på den här arbetsstationen går förlorat: statistiken väntar här och skickas när nätverksmappen fungerar igen. Programmet försöker igen på egen hand.</translation>
    </message>
    <message>
        <source>If this goes on, tell your IT.</source>
        <translation>Om det fortsätter, meddela IT-stödet.</translation>
    </message>
    <message>
        <source>the service catalogue on the share cannot be read</source>
        <translation>tjänstekatalogen i den delade mappen kan inte läsas</translation>
    </message>
    <message>
        <source>the service catalogue on the share is too large</source>
        <translation>tjänstekatalogen i den delade mappen är för stor</translation>
    </message>
    <message>
        <source>the service catalogue on the share is not valid</source>
        <translation>tjänstekatalogen i den delade mappen är inte giltig</translation>
    </message>
    <message>
        <source>the service catalogue on the share jumps from version %2 to %1</source>
        <translation>tjänstekatalogen i den delade mappen hoppar från version %2 till %1</translation>
    </message>
    <message>
        <source>the service catalogue on the share drops the code %1 without a successor</source>
        <translation>tjänstekatalogen i den delade mappen saknar koden %1 utan efterföljare</translation>
    </message>
    <message>
        <source>the service catalogue on the share has a label that is not plain text (%1)</source>
        <translation>tjänstekatalogen i den delade mappen har ett namn som inte är ren text (%1)</translation>
    </message>
    <message>
        <source>Catalogue not used: %1.</source>
        <translation>Tjänstekatalogen togs inte i bruk: %1.</translation>
    </message>
    <message>
        <source>Last sent %1.</source>
        <translation>Senast skickat %1.</translation>
    </message>
    <message>
        <source>Send counts now</source>
        <translation>Skicka statistiken nu</translation>
    </message>
    <message>
        <source>Click or press Enter to send counts now</source>
        <translation>Klicka eller tryck Enter för att skicka statistiken nu</translation>
    </message>
    <message>
        <source>&amp;Counts</source>
        <translation>&amp;Statistik</translation>
    </message>
    <message>
        <source>no access rights</source>
        <translation>ingen åtkomstbehörighet</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>filen eller mappen finns inte</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>disken är skrivskyddad</translation>
    </message>
    <message>
        <source>the network connection failed</source>
        <translation>nätverksanslutningen bröts</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>filen används</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>namnet är för långt</translation>
    </message>
    <message>
        <source>the system refused (details in the tooltip)</source>
        <translation>systemet nekade (detaljer i verktygstipset)</translation>
    </message>
</context>
</TS>