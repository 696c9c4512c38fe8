<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>BackupWarningLabel</name>
    <message>
        <source>Warning: today's backup failed; the desk works on</source>
        <translation>Varoitus: tämän päivän varmuuskopiointi epäonnistui; työpiste toimii silti</translation>
    </message>
</context>
<context>
    <name>BranchPartnersBox</name>
    <message>
        <source>The file of this branch's partners cannot be used; fix or delete it: %1</source>
        <translation>Toimipisteen omien kumppanien tiedostoa ei voi käyttää; korjaa tai poista se: %1</translation>
    </message>
    <message>
        <source>Partner %1 added.</source>
        <translation>Kumppani %1 lisättiin.</translation>
    </message>
    <message>
        <source>Partner %1 saved.</source>
        <translation>Kumppani %1 tallennettiin.</translation>
    </message>
    <message>
        <source>Partner %1 removed.</source>
        <translation>Kumppani %1 poistettiin.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>This branch's partners</source>
        <translation>Toimipisteen omat kumppanit</translation>
    </message>
    <message>
        <source>Partner organisations of your branch for referrals, guides and events, kept on this PC. An entry replaces the coordinator's or the national one with the same code. Organisations only: never a person's name or contact.</source>
        <translation>Toimipisteesi kumppaniorganisaatiot jatko-ohjauksia, ohjeita ja tapahtumia varten, tallennettuina tälle työasemalle. Merkintä korvaa koordinaattorin tai valtakunnallisen merkinnän, jolla on sama tunnus. Vain organisaatioita: ei koskaan henkilön nimeä tai yhteystietoja.</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Lisää kumppani…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <source>Edit the chosen partner</source>
        <translation>Muokkaa valittua kumppania</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Remove the chosen partner</source>
        <translation>Poista valittu kumppani</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Tietokanta on vioittunut</translation>
    </message>
    <message>
        <source>Good backups, newest first</source>
        <translation>Ehjät varmuuskopiot, uusin ensin</translation>
    </message>
    <message>
        <source>These backups passed the integrity check, newest first. Restore one? The damaged file is kept aside, renamed.</source>
        <translation>Nämä varmuuskopiot läpäisivät eheystarkistuksen, uusin ensin. Palautetaanko jokin niistä? Vioittunut tiedosto säilytetään uudelleennimettynä.</translation>
    </message>
    <message>
        <source>No good backup was found. You can keep the damaged file aside, renamed, and start a new empty database; IT can try to recover the damaged file later.</source>
        <translation>Ehjää varmuuskopiota ei löytynyt. Voit siirtää vioittuneen tiedoston talteen uudelleennimettynä ja aloittaa uuden tyhjän tietokannan; IT-tuki voi myöhemmin yrittää pelastaa vioittuneen tiedoston.</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Palauta valittu varmuuskopio</translation>
    </message>
    <message>
        <source>Keep the damaged file aside and start anew</source>
        <translation>Siirrä vioittunut tiedosto talteen ja aloita alusta</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>ennen päivitystä</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>päivittäinen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n neuvonta</numerusform>
            <numerusform>%n neuvontaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Digituki Desk</source>
        <translation>Tervetuloa Digituki Deskiin</translation>
    </message>
    <message>
        <source>for example Kallion kirjasto</source>
        <translation>esimerkiksi Kallion kirjasto</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(ei asetettu)</translation>
    </message>
    <message>
        <source>Which library branch is this PC at? Nothing about customers is ever asked or stored.</source>
        <translation>Missä kirjastossa tämä tietokone on? Asiakkaista ei koskaan kysytä eikä tallenneta mitään.</translation>
    </message>
    <message>
        <source>The id names this branch's folder on the share: a-z, 0-9 and hyphens.</source>
        <translation>Tunnus on kirjaston kansion nimi verkkokansiossa: merkit a–z, 0–9 ja yhdysviiva.</translation>
    </message>
    <message>
        <source>Counts are kept in a local folder on this PC until a shared network folder is set in Settings:</source>
        <translation>Tilastot säilytetään tämän tietokoneen kansiossa, kunnes yhteinen verkkokansio asetetaan asetuksissa:</translation>
    </message>
    <message>
        <source>Anonymised counts are sent to the shared network folder:</source>
        <translation>Nimettömät tilastot lähetetään yhteiseen verkkokansioon:</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Kirjaston nimi</translation>
    </message>
    <message>
        <source>Branch id</source>
        <translation>Kirjaston tunnus</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Aloita</translation>
    </message>
    <message>
        <source>Quit Digituki Desk?</source>
        <translation>Lopetetaanko Digituki Desk?</translation>
    </message>
    <message>
        <source>Quit without setting up this PC?</source>
        <translation>Lopetetaanko määrittämättä tätä tietokonetta?</translation>
    </message>
    <message>
        <source>Nothing is lost: nothing has been saved yet, and this window opens again at the next start.</source>
        <translation>Mitään ei katoa: mitään ei ole vielä tallennettu, ja tämä ikkuna avautuu uudelleen seuraavalla käynnistyskerralla.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Lopeta</translation>
    </message>
    <message>
        <source>Continue setting up</source>
        <translation>Jatka määrittämistä</translation>
    </message>
    <message>
        <source>Give the branch a name.</source>
        <translation>Anna kirjastolle nimi.</translation>
    </message>
    <message>
        <source>The id may hold only a-z, 0-9 and hyphens.</source>
        <translation>Tunnuksessa saa olla vain merkkejä a–z, 0–9 ja yhdysviivoja.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Branch not set</source>
        <extracomment>The size the window opens at the first time, when the screen has room for it. Title bar and borders a window manager adds around the window (before it is shown Qt cannot know them). The sync controller starts after the Desk page's first lists, and at the latest this long after attach().</extracomment>
        <translation>Kirjastoa ei ole asetettu</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Neuvonta</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Raportit</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Verkosto</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sivut</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Avataan tietokantaa…</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Partner organisation</source>
        <translation>Kumppaniorganisaatio</translation>
    </message>
    <message>
        <source>Organisations only: never a person's name or contact details. The form has no field for them; give the organisation's public phone number and web address.</source>
        <translation>Vain organisaatioita: ei koskaan henkilön nimeä tai yhteystietoja. Lomakkeessa ei ole niille kenttää; anna organisaation julkinen puhelinnumero ja verkko-osoite.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Tunnus</translation>
    </message>
    <message>
        <source>for example seniorsurf-kallio</source>
        <translation>esimerkiksi seniorsurf-kallio</translation>
    </message>
    <message>
        <source>Name in Finnish</source>
        <translation>Nimi suomeksi</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Nimi ruotsiksi</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Nimi englanniksi</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Auttaa asioissa</translation>
    </message>
    <message>
        <source>Space ticks the service under the cursor</source>
        <translation>Välilyönti valitsee kohdistimen kohdalla olevan palvelun</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>suomi</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>ruotsi</translation>
    </message>
    <message>
        <source>English</source>
        <translation>englanti</translation>
    </message>
    <message>
        <source>other</source>
        <translation>muu</translation>
    </message>
    <message>
        <source>Serves in %1</source>
        <translation>Palvelee kielellä %1</translation>
    </message>
    <message>
        <source>other languages</source>
        <translation>muut kielet</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Kielet</translation>
    </message>
    <message>
        <source>Where (address)</source>
        <translation>Missä (osoite)</translation>
    </message>
    <message>
        <source>Only by phone or online</source>
        <translation>Vain puhelimitse tai verkossa</translation>
    </message>
    <message>
        <source>When (opening hours)</source>
        <translation>Milloin (aukioloajat)</translation>
    </message>
    <message>
        <source>for example Wed 12–14</source>
        <translation>esimerkiksi ke 12–14</translation>
    </message>
    <message>
        <source>Public phone number</source>
        <translation>Julkinen puhelinnumero</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Verkko-osoite</translation>
    </message>
    <message>
        <source>Municipalities served</source>
        <translation>Palvellut kunnat</translation>
    </message>
    <message>
        <source>codes such as 091, 049, or "all"</source>
        <translation>kuntanumerot, esim. 091, 049, tai "all" (koko maa)</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>viranomainen</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kunta</translation>
    </message>
    <message>
        <source>wellbeing services county</source>
        <translation>hyvinvointialue</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>pankki</translation>
    </message>
    <message>
        <source>association</source>
        <translation>yhdistys</translation>
    </message>
    <message>
        <source>peer helpers</source>
        <translation>vertaistukijat</translation>
    </message>
    <message>
        <source>adult-education centre</source>
        <translation>kansalaisopisto</translation>
    </message>
    <message>
        <source>'code': '%1' is already one of this branch's entries</source>
        <translation>'code': '%1' on jo tämän toimipisteen kumppaneissa</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Ei tallennettu:</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Branch id</source>
        <translation>Kirjaston tunnus</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Kirjaston nimi</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Municipality code (Statistics Finland)</source>
        <extracomment>Statistics Finland's three-digit municipality code ("091" Helsinki): the annual return is per municipality.</extracomment>
        <translation>Kuntanumero (Tilastokeskus)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Library organisation</source>
        <extracomment>The municipal library organisation the official statistics are reported for (e.g. "Helsingin kaupunginkirjasto").</extracomment>
        <translation>Kirjasto-organisaatio</translation>
    </message>
    <message>
        <source>Shared network folder</source>
        <translation>Yhteinen verkkokansio</translation>
    </message>
    <message>
        <source>Send counts automatically</source>
        <translation>Lähetä tilastot automaattisesti</translation>
    </message>
    <message>
        <source>Send counts every (minutes)</source>
        <translation>Lähetysväli (minuuttia)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Hide demographic counts below</source>
        <translation>Piilota taustatietojen luvut, jotka ovat alle</translation>
    </message>
    <message>
        <source>Branch's own guide folder</source>
        <translation>Kirjaston oma ohjekansio</translation>
    </message>
    <message>
        <source>Desk page service order (codes, comma-separated)</source>
        <extracomment>The Desk page's service buttons in this order (shortcuts 1-9 are the first nine); the rest follow the catalogue.</extracomment>
        <translation>Neuvontasivun palvelujen järjestys (koodit pilkuin eroteltuina)</translation>
    </message>
    <message>
        <source>More partners of group events (code=Name; code=Name)</source>
        <extracomment>Read from the site config only (desk.guides.signing.site_public_key): IT names the coordinator's key. Settings that only IT sets in the site config; the Settings page does not show them. Partners the coordinator adds to the built-in list of group events' partners (code=Name; code=Name).</extracomment>
        <translation>Lisää ryhmätapahtumien kumppaneita (koodi=Nimi; koodi=Nimi)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Choose a folder</source>
        <translation>Valitse kansio</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be reached now.</source>
        <translation>Kansiota %1 ei ole olemassa, tai siihen ei saada nyt yhteyttä.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 on tiedosto eikä kansio.</translation>
    </message>
    <message>
        <source>This PC cannot write into %1.</source>
        <translation>Tämä tietokone ei voi kirjoittaa kansioon %1.</translation>
    </message>
    <message>
        <source>Counts are sent once the folder works; you can still save it.</source>
        <translation>Tilastot lähetetään, kun kansio toimii; voit silti tallentaa sen.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Ei tallennettu: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Asetukset tallennettu.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Asetukset</translation>
    </message>
    <message>
        <source>Library branch</source>
        <translation>Kirjasto</translation>
    </message>
    <message>
        <source>Sending counts</source>
        <translation>Tilastojen lähetys</translation>
    </message>
    <message>
        <source>Language and reports</source>
        <translation>Kieli ja raportit</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Selaa: %1</translation>
    </message>
    <message>
        <source>not set: counts stay in %1</source>
        <translation>ei asetettu: tilastot jäävät kansioon %1</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Tallenna asetukset</translation>
    </message>
    <message>
        <source>Set by your IT and locked: %1. %2</source>
        <translation>IT-tuen asettamia ja lukittuja: %1. %2</translation>
    </message>
    <message>
        <source>Data folder: %1
Settings file: %2</source>
        <translation>Tietokansio: %1
Asetustiedosto: %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database is damaged</source>
        <translation>Tietokanta on vioittunut</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Tietokantaa ei voi avata</translation>
    </message>
    <message>
        <source>Settings file problem</source>
        <translation>Ongelma asetustiedostossa</translation>
    </message>
    <message>
        <source>These settings were ignored:</source>
        <translation>Nämä asetukset ohitettiin:</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sending counts…</source>
        <translation>Lähetetään tilastoja…</translation>
    </message>
    <message>
        <source>Counts not sent: %1.</source>
        <translation>Tilastoja ei lähetetty: %1.</translation>
    </message>
    <message>
        <source>Counts not sent</source>
        <translation>Tilastoja ei lähetetty</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Yritä nyt uudelleen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <source>Next try %1.</source>
        <translation>Uusi yritys %1.</translation>
    </message>
    <message>
        <source>Counts not sent yet</source>
        <translation>Tilastoja ei ole vielä lähetetty</translation>
    </message>
    <message>
        <source>Counts sent %1</source>
        <translation>Tilastot lähetetty %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) waiting</source>
        <translation>
            <numerusform>%n kuukausi odottaa</numerusform>
            <numerusform>%n kuukautta odottaa</numerusform>
        </translation>
    </message>
    <message>
        <source>local folder only (no share set)</source>
        <translation>vain paikallinen kansio (verkkokansiota ei asetettu)</translation>
    </message>
    <message>
        <source>Press to see what to do</source>
        <translation>Paina, niin näet mitä tehdä</translation>
    </message>
</context>
</TS>