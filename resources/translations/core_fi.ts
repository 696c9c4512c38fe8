<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>FirstRunDialog</name>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="18" />
        <location filename="../../desk/ui/settings/first_run.py" line="29" />
        <source>Welcome to Digituki Desk</source>
        <translation>Tervetuloa Digituki Deskiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="20" />
        <source>for example Kallion kirjasto</source>
        <translation>esimerkiksi Kallion kirjasto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="23" />
        <source>(not set)</source>
        <translation>(ei asetettu)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="30" />
        <source>Which library branch is this PC at? Nothing about customers is ever asked or stored.</source>
        <translation>Missä kirjastossa tämä tietokone on? Asiakkaista ei koskaan kysytä eikä tallenneta mitään.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="32" />
        <source>The id names this branch's folder on the share: a-z, 0-9 and hyphens.</source>
        <translation>Tunnus on kirjaston kansion nimi verkkokansiossa: merkit a–z, 0–9 ja yhdysviiva.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="36" />
        <source>Counts are kept in a local folder on this PC until a shared network folder is set in Settings:</source>
        <translation>Tilastot säilytetään tämän tietokoneen kansiossa, kunnes yhteinen verkkokansio asetetaan asetuksissa:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="39" />
        <source>Anonymised counts are sent to the shared network folder:</source>
        <translation>Nimettömät tilastot lähetetään yhteiseen verkkokansioon:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="46" />
        <source>Branch name</source>
        <translation>Kirjaston nimi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="47" />
        <source>Branch id</source>
        <translation>Kirjaston tunnus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="49" />
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="51" />
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="77" />
        <source>Give the branch a name.</source>
        <translation>Anna kirjastolle nimi.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/first_run.py" line="80" />
        <source>The id may hold only a-z, 0-9 and hyphens.</source>
        <translation>Tunnuksessa saa olla vain merkkejä a–z, 0–9 ja yhdysviivoja.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../desk/ui/main_window.py" line="268" />
        <source>Branch not set</source>
        <extracomment>The size the window opens at the first time, when the screen has room for it. Title bar and borders a window manager adds around the window (before it is shown Qt cannot know them).</extracomment>
        <translation>Kirjastoa ei ole asetettu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="273" />
        <source>Desk</source>
        <translation>Neuvonta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="273" />
        <source>Guides</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="273" />
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="273" />
        <source>Network</source>
        <translation>Verkosto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="273" />
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="279" />
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/main_window.py" line="283" />
        <source>Opening the database…</source>
        <translation>Avataan tietokantaa…</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="147" />
        <source>Choose a folder</source>
        <translation>Valitse kansio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="190" />
        <location filename="../../desk/ui/settings/page.py" line="195" />
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="197" />
        <source>Settings saved.</source>
        <translation>Asetukset tallennettu.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="205" />
        <source>Branch id</source>
        <translation>Kirjaston tunnus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="206" />
        <source>Branch name</source>
        <translation>Kirjaston nimi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="207" />
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="208" />
        <source>Shared network folder</source>
        <translation>Yhteinen verkkokansio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="209" />
        <source>Send counts automatically</source>
        <translation>Lähetä tilastot automaattisesti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="210" />
        <source>Send counts every (minutes)</source>
        <translation>Lähetysväli (minuuttia)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="211" />
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="212" />
        <source>Hide demographic counts below</source>
        <translation>Piilota taustatietojen luvut, jotka ovat alle</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="213" />
        <source>Branch's own guide folder</source>
        <translation>Kirjaston oma ohjekansio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="214" />
        <source>Desk page service order (codes, comma-separated)</source>
        <translation>Neuvontasivun palvelujen järjestys (koodit pilkuin eroteltuina)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="216" />
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="218" />
        <source>Library branch</source>
        <translation>Kirjasto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="219" />
        <source>Sending counts</source>
        <translation>Tilastojen lähetys</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="220" />
        <source>Language and reports</source>
        <translation>Kieli ja raportit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="221" />
        <source>Guides</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="231" />
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="232" />
        <source>Browse for %1</source>
        <translation>Selaa: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="236" />
        <source>not set: counts stay in %1</source>
        <translation>ei asetettu: tilastot jäävät kansioon %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="238" />
        <source>Save settings</source>
        <translation>Tallenna asetukset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="243" />
        <source>Set by your IT and locked: %1. %2</source>
        <translation>IT-tuen asettamia ja lukittuja: %1. %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/settings/page.py" line="248" />
        <source>Data folder: %1
Settings file: %2</source>
        <translation>Tietokansio: %1
Asetustiedosto: %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <location filename="../../desk/ui/startup.py" line="61" />
        <location filename="../../desk/ui/startup.py" line="65" />
        <source>The database is damaged</source>
        <translation>Tietokanta on vioittunut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/startup.py" line="66" />
        <source>Restore the newest backup? The damaged file is kept.</source>
        <translation>Palautetaanko uusin varmuuskopio? Vioittunut tiedosto säilytetään.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/startup.py" line="73" />
        <source>The database cannot be opened</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
    <message>
        <location filename="../../desk/ui/startup.py" line="115" />
        <source>Settings file problem</source>
        <translation>Ongelma asetustiedostossa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/startup.py" line="116" />
        <source>These settings were ignored:</source>
        <translation>Nämä asetukset ohitettiin:</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <location filename="../../desk/ui/status.py" line="53" />
        <source>Sending counts…</source>
        <translation>Lähetetään tilastoja…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/status.py" line="55" />
        <source>Counts not sent: %1.</source>
        <translation>Tilastoja ei lähetetty: %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/status.py" line="57" />
        <source>Next try %1.</source>
        <translation>Uusi yritys %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/status.py" line="61" />
        <source>Counts not sent yet</source>
        <translation>Tilastoja ei ole vielä lähetetty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/status.py" line="63" />
        <source>Counts sent %1</source>
        <translation>Tilastot lähetetty %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/status.py" line="65" />
        <source>%n month(s) waiting</source>
        <translation>
            <numerusform>%n kuukausi odottaa</numerusform>
            <numerusform>%n kuukautta odottaa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/status.py" line="67" />
        <source>local folder only (no share set)</source>
        <translation>vain paikallinen kansio (verkkokansiota ei asetettu)</translation>
    </message>
</context>
</TS>