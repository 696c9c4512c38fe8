<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="18" />
        <location filename="../../desk/ui/settings/first_run.py" line="29" />
        <source>Welcome to Digituki Desk</source>
        <translation>Välkommen till Digituki Desk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="20" />
        <source>for example Kallion kirjasto</source>
        <translation>till exempel Vasa stadsbibliotek</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="23" />
        <source>(not set)</source>
        <translation>(inte angiven)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="30" />
        <source>Which library branch is this PC at? Nothing about customers is ever asked or stored.</source>
        <translation>Vid vilket bibliotek står den här datorn? Ingenting om kunderna frågas eller sparas någonsin.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="32" />
        <source>The id names this branch's folder on the share: a-z, 0-9 and hyphens.</source>
        <translation>Koden är namnet på bibliotekets mapp i nätverksmappen: a–z, 0–9 och bindestreck.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="36" />
        <source>Counts are kept in a local folder on this PC until a shared network folder is set in Settings:</source>
        <translation>Statistiken sparas i en mapp på den här datorn tills en gemensam nätverksmapp anges i inställningarna:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="39" />
        <source>Anonymised counts are sent to the shared network folder:</source>
        <translation>Anonym statistik skickas till den gemensamma nätverksmappen:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="46" />
        <source>Branch name</source>
        <translation>Bibliotekets namn</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="47" />
        <source>Branch id</source>
        <translation>Bibliotekets kod</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="49" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="51" />
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="77" />
        <source>Give the branch a name.</source>
        <translation>Ge biblioteket ett namn.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="80" />
        <source>The id may hold only a-z, 0-9 and hyphens.</source>
        <translation>Koden får bara innehålla a–z, 0–9 och bindestreck.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/ui/main_window.py" line="268" />
        <source>Branch not set</source>
        <extracomment>The size the window opens at the first time, when the screen has room for it. Title bar and borders a window manager adds around the window (before it is shown Qt cannot know them).</extracomment>
        <translation>Biblioteket är inte angivet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="273" />
        <source>Desk</source>
        <translation>Rådgivning</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="273" />
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="273" />
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="273" />
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="273" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="279" />
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="283" />
        <source>Opening the database…</source>
        <translation>Databasen öppnas…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="147" />
        <source>Choose a folder</source>
        <translation>Välj en mapp</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="190" />
        <location filename="../../desk/ui/settings/page.py" line="195" />
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="197" />
        <source>Settings saved.</source>
        <translation>Inställningarna har sparats.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="205" />
        <source>Branch id</source>
        <translation>Bibliotekets kod</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="206" />
        <source>Branch name</source>
        <translation>Bibliotekets namn</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="207" />
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="208" />
        <source>Shared network folder</source>
        <translation>Gemensam nätverksmapp</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="209" />
        <source>Send counts automatically</source>
        <translation>Skicka statistiken automatiskt</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="210" />
        <source>Send counts every (minutes)</source>
        <translation>Skicka med intervallet (minuter)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="211" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="212" />
        <source>Hide demographic counts below</source>
        <translation>Dölj bakgrundsuppgifter under</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="213" />
        <source>Branch's own guide folder</source>
        <translation>Bibliotekets egen guidemapp</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="214" />
        <source>Desk page service order (codes, comma-separated)</source>
        <translation>Rådgivningssidans ordning av tjänster (koder åtskilda med kommatecken)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="216" />
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="218" />
        <source>Library branch</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="219" />
        <source>Sending counts</source>
        <translation>Sändning av statistik</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="220" />
        <source>Language and reports</source>
        <translation>Språk och rapporter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="221" />
        <source>Guides</source>
        <translation>Guider</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="231" />
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="232" />
        <source>Browse for %1</source>
        <translation>Bläddra: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="236" />
        <source>not set: counts stay in %1</source>
        <translation>inte angiven: statistiken stannar i %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="238" />
        <source>Save settings</source>
        <translation>Spara inställningarna</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="243" />
        <source>Set by your IT and locked: %1. %2</source>
        <translation>Angivna och låsta av IT-stödet: %1. %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="248" />
        <source>Data folder: %1
Settings file: %2</source>
        <translation>Datamapp: %1
Inställningsfil: %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desk/ui/startup.py" line="61" />
        <location filename="../../desk/ui/startup.py" line="65" />
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <location filename="../../desk/ui/startup.py" line="66" />
        <source>Restore the newest backup? The damaged file is kept.</source>
        <translation>Återställa den senaste säkerhetskopian? Den skadade filen sparas.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/startup.py" line="73" />
        <source>The database cannot be opened</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <location filename="../../desk/ui/startup.py" line="115" />
        <source>Settings file problem</source>
        <translation>Problem i inställningsfilen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/startup.py" line="116" />
        <source>These settings were ignored:</source>
        <translation>Dessa inställningar ignorerades:</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../desk/ui/status.py" line="53" />
        <source>Sending counts…</source>
        <translation>Skickar statistik…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/status.py" line="55" />
        <source>Counts not sent: %1.</source>
        <translation>Statistiken skickades inte: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/status.py" line="57" />
        <source>Next try %1.</source>
        <translation>Nytt försök %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/status.py" line="61" />
        <source>Counts not sent yet</source>
        <translation>Statistiken har inte skickats ännu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/status.py" line="63" />
        <source>Counts sent %1</source>
        <translation>Statistiken skickad %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/status.py" line="65" />
        <source>%n month(s) waiting</source>
        <translation>
            <numerusform>%n månad väntar</numerusform>
            <numerusform>%n månader väntar</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/status.py" line="67" />
        <source>local folder only (no share set)</source>
        <translation>endast lokal mapp (ingen nätverksmapp angiven)</translation>
    </message>
</context>
</TS>