<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>NetworkPage</name>
    <message>
        <source>Choose the share folder</source>
        <extracomment>Marks a filter choice that is a library organisation (the rest are municipality codes). Totals per Statistics Finland municipality code ("" for branches whose files do not say). Shows only the branches of one municipality (data: its code) or one library organisation (data: ORGANISATION_PREFIX + its name) in the branch table (None: every branch). Where the reports area puts the network-report export panel.</extracomment>
        <translation>Valitse jaettu kansio</translation>
    </message>
    <message>
        <source>Central database file</source>
        <translation>Keskustietokannan tiedosto</translation>
    </message>
    <message>
        <source>Central database (*.sqlite3)</source>
        <translation>Keskustietokanta (*.sqlite3)</translation>
    </message>
    <message>
        <source>Share not found: %1. Check the path.</source>
        <translation>Jaettua kansiota ei löydy: %1. Tarkista polku.</translation>
    </message>
    <message>
        <source>Collecting…</source>
        <translation>Kerätään…</translation>
    </message>
    <message>
        <source>%1 of %2 files</source>
        <translation>%1/%2 tiedostoa</translation>
    </message>
    <message>
        <source>Collected %1 files: %2 new, %3 replaced, %4 unchanged, %5 skipped.</source>
        <translation>Kerättiin %1 tiedostoa: %2 uutta, %3 korvattua, %4 ennallaan, %5 ohitettua.</translation>
    </message>
    <message>
        <source>Collecting failed: %1</source>
        <translation>Keruu epäonnistui: %1</translation>
    </message>
    <message>
        <source>Nothing collected yet.</source>
        <translation>Mitään ei ole vielä kerätty.</translation>
    </message>
    <message>
        <source>Network: %1 sessions, %2 minutes</source>
        <translation>Koko verkosto: %1 neuvontaa, %2 minuuttia</translation>
    </message>
    <message>
        <source>All branches</source>
        <translation>Kaikki toimipisteet</translation>
    </message>
    <message>
        <source>%1 (library organisation)</source>
        <translation>%1 (kirjasto-organisaatio)</translation>
    </message>
    <message>
        <source>not in a branch folder</source>
        <translation>ei toimipisteen kansiossa</translation>
    </message>
    <message>
        <source>not in a device folder</source>
        <translation>ei laitteen kansiossa</translation>
    </message>
    <message>
        <source>not a counts file (the name must be YYYY-MM.json)</source>
        <translation>ei tilastotiedosto (nimen pitää olla VVVV-KK.json)</translation>
    </message>
    <message>
        <source>not readable JSON (damaged or not a counts file)</source>
        <translation>ei luettavaa JSONia (vioittunut tai ei tilastotiedosto)</translation>
    </message>
    <message>
        <source>not a Digituki Desk counts file</source>
        <translation>ei Digituki Deskin tilastotiedosto</translation>
    </message>
    <message>
        <source>its SHA-256 does not match its content (damaged or edited)</source>
        <translation>SHA-256-tarkiste ei vastaa sisältöä (vioittunut tai muokattu)</translation>
    </message>
    <message>
        <source>made by a newer version of the app (format %1); update the app</source>
        <translation>tehty sovelluksen uudemmalla versiolla (muoto %1); päivitä sovellus</translation>
    </message>
    <message>
        <source>its contents do not match its folder and name</source>
        <translation>sisältö ei vastaa kansiota ja nimeä</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ei voi lukea: %1</translation>
    </message>
    <message>
        <source>Service codes not in the catalogue (counted as they are): %1.</source>
        <translation>Palvelukoodit, joita ei ole luettelossa (laskettu sellaisinaan): %1.</translation>
    </message>
    <message>
        <source>The share %1 cannot be read: %2</source>
        <translation>Jaettua kansiota %1 ei voi lukea: %2</translation>
    </message>
    <message>
        <source>%1 has no digituki-desk/counts/v1 folder: is it the right share? Nothing was changed. To empty the central database on purpose, tick the box and collect again.</source>
        <translation>Kansiossa %1 ei ole kansiota digituki-desk/counts/v1: onko se oikea jaettu kansio? Mitään ei muutettu. Jos haluat tyhjentää keskustietokannan tarkoituksella, valitse ruutu ja kerää uudelleen.</translation>
    </message>
    <message>
        <source>%1 has %3 counts files where %4 were collected before. Nothing was changed. If the files were removed on purpose, tick the box and collect again.</source>
        <translation>Kansiossa %1 on %3 tilastotiedostoa, kun aiemmin kerättiin %4. Mitään ei muutettu. Jos tiedostot poistettiin tarkoituksella, valitse ruutu ja kerää uudelleen.</translation>
    </message>
    <message>
        <source>Not known</source>
        <translation>Ei tiedossa</translation>
    </message>
    <message>
        <source>a link or other entry that is not a regular file; never followed</source>
        <translation>linkki tai muu kohde, joka ei ole tavallinen tiedosto; sitä ei seurata</translation>
    </message>
    <message>
        <source>larger than a counts file may be (%1 bytes)</source>
        <translation>suurempi kuin tilastotiedosto saa olla (%1 tavua)</translation>
    </message>
    <message>
        <source>does not follow the schema (at %1)</source>
        <translation>ei noudata skeemaa (kohdassa %1)</translation>
    </message>
    <message>
        <source>names the key %1 twice</source>
        <translation>sisältää avaimen %1 kahdesti</translation>
    </message>
    <message>
        <source>has a day %1 outside its month %2</source>
        <translation>sisältää päivän %1, joka ei kuulu kuukauteen %2</translation>
    </message>
    <message>
        <source>the same device's month is also under branch %1; counted once, there</source>
        <translation>saman laitteen kuukausi on myös toimipisteen %1 alla; laskettu kerran, siellä</translation>
    </message>
    <message>
        <source>could not be checked: %1</source>
        <translation>ei voitu tarkistaa: %1</translation>
    </message>
    <message numerus="yes">
        <source>Files skipped (%n)</source>
        <translation>
            <numerusform>Ohitetut tiedostot (%n)</numerusform>
            <numerusform>Ohitetut tiedostot (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Counts from every branch</source>
        <translation>Kaikkien toimipisteiden tilastot</translation>
    </message>
    <message>
        <source>Collect the counts files every branch has sent to the share into a central database, then see each branch and region for a period. Files that fail their check are skipped and listed with the reason; nothing is counted twice.</source>
        <translation>Kerää toimipisteiden jaettuun kansioon lähettämät tilastotiedostot keskustietokantaan ja katso jokaisen toimipisteen ja alueen luvut valitulta jaksolta. Tarkistuksessa hylätyt tiedostot ohitetaan ja luetellaan syineen; mitään ei lasketa kahteen kertaan.</translation>
    </message>
    <message>
        <source>Share and central database</source>
        <translation>Jaettu kansio ja keskustietokanta</translation>
    </message>
    <message>
        <source>&amp;Share folder:</source>
        <translation>&amp;Jaettu kansio:</translation>
    </message>
    <message>
        <source>Central &amp;database:</source>
        <translation>Keskus&amp;tietokanta:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <source>Choose the central database file</source>
        <translation>Valitse keskustietokannan tiedosto</translation>
    </message>
    <message>
        <source>Share folder</source>
        <translation>Jaettu kansio</translation>
    </message>
    <message>
        <source>&amp;Collect counts</source>
        <translation>&amp;Kerää tilastot</translation>
    </message>
    <message>
        <source>Collect counts from the share</source>
        <translation>Kerää tilastot jaetusta kansiosta</translation>
    </message>
    <message>
        <source>Also remove counts of files no longer on the share</source>
        <translation>Poista myös niiden tiedostojen tilastot, joita ei enää ole jaetussa kansiossa</translation>
    </message>
    <message>
        <source>Needed only when the counts folder is gone or far fewer files are found than before; without it such a collection is refused and nothing is removed.</source>
        <translation>Tarvitaan vain, kun tilastokansio puuttuu tai tiedostoja löytyy paljon aiempaa vähemmän; ilman tätä keruu hylätään eikä mitään poisteta.</translation>
    </message>
    <message>
        <source>Collection progress</source>
        <translation>Keruun eteneminen</translation>
    </message>
    <message>
        <source>&amp;Branches</source>
        <translation>T&amp;oimipisteet</translation>
    </message>
    <message>
        <source>&amp;Regions</source>
        <translation>A&amp;lueet</translation>
    </message>
    <message>
        <source>Branches</source>
        <translation>Toimipisteet</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Alueet</translation>
    </message>
    <message>
        <source>M&amp;unicipalities</source>
        <translation>K&amp;unnat</translation>
    </message>
    <message>
        <source>Municipalities</source>
        <translation>Kunnat</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <source>Library organisation</source>
        <translation>Kirjasto-organisaatio</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>Tapahtumat</translation>
    </message>
    <message>
        <source>Files skipped</source>
        <translation>Ohitetut tiedostot</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <source>Devices</source>
        <translation>Laitteet</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Viimeksi lähetetty</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Neuvonnat</translation>
    </message>
    <message>
        <source>Show &amp;branches of:</source>
        <translation>Näytä &amp;toimipisteet:</translation>
    </message>
    <message>
        <source>Show the branches of a municipality or a library organisation</source>
        <translation>Näytä kunnan tai kirjasto-organisaation toimipisteet</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuutit</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <source>share not found</source>
        <translation>jaettua kansiota ei löydy</translation>
    </message>
    <message>
        <source>no permission to write to the share</source>
        <translation>ei oikeutta kirjoittaa jaettuun kansioon</translation>
    </message>
    <message>
        <source>the share is full</source>
        <translation>jaettu kansio on täynnä</translation>
    </message>
    <message>
        <source>a file on the share is in use</source>
        <translation>tiedosto jaetussa kansiossa on käytössä</translation>
    </message>
    <message>
        <source>the file read back from the share was not what was written</source>
        <translation>jaetusta kansiosta luettu tiedosto ei vastannut kirjoitettua</translation>
    </message>
    <message>
        <source>the branch id is not set (Settings)</source>
        <translation>toimipisteen tunnusta ei ole asetettu (Asetukset)</translation>
    </message>
    <message>
        <source>a link or other odd entry on the share was refused (never followed)</source>
        <translation>jaetussa kansiossa oleva linkki tai muu outo kohde hylättiin (sitä ei seurata)</translation>
    </message>
    <message>
        <source>a file on the share is larger than allowed</source>
        <translation>jaetussa kansiossa oleva tiedosto on sallittua suurempi</translation>
    </message>
    <message>
        <source>the counts file to send failed its check and was not written</source>
        <translation>lähetettävä tilastotiedosto ei läpäissyt tarkistusta, eikä sitä kirjoitettu</translation>
    </message>
    <message>
        <source>the share could not be written</source>
        <translation>jaettuun kansioon ei voitu kirjoittaa</translation>
    </message>
    <message>
        <source>Check that this PC is on the library network and that the shared network folder in Settings is right. If it is, ask your IT whether the share is down.</source>
        <translation>Tarkista, että tämä työasema on kirjaston verkossa ja että yhteinen verkkokansio on Asetuksissa oikein. Jos on, kysy IT-tuelta, onko verkkokansio poissa käytöstä.</translation>
    </message>
    <message>
        <source>Ask your IT to give this PC's user the right to write to the shared network folder.</source>
        <translation>Pyydä IT-tukea antamaan tämän työaseman käyttäjälle oikeus kirjoittaa yhteiseen verkkokansioon.</translation>
    </message>
    <message>
        <source>Ask your IT to free space on the shared network folder.</source>
        <translation>Pyydä IT-tukea vapauttamaan tilaa yhteisestä verkkokansiosta.</translation>
    </message>
    <message>
        <source>Another program has the file open. Nothing needs doing: the next try usually works.</source>
        <translation>Toinen ohjelma pitää tiedostoa auki. Mitään ei tarvitse tehdä: seuraava yritys yleensä onnistuu.</translation>
    </message>
    <message>
        <source>Set the branch id in Settings, then send again.</source>
        <translation>Aseta toimipisteen tunnus Asetuksissa ja lähetä sitten uudelleen.</translation>
    </message>
    <message>
        <source>Someone has put a link in this PC's folder on the share. Tell your IT or coordinator.</source>
        <translation>Joku on lisännyt linkin tämän työaseman kansioon yhteisessä verkkokansiossa. Kerro IT-tuelle tai koordinaattorille.</translation>
    </message>
    <message>
        <source>Tell your coordinator: a file in this PC's folder on the share is not one the app wrote.</source>
        <translation>Kerro koordinaattorille: tämän työaseman kansiossa yhteisessä verkkokansiossa on tiedosto, jota sovellus ei ole kirjoittanut.</translation>
    </message>
    <message>
        <source>Tell your coordinator or IT; the log (desk.log) says which month and why.</source>
        <translation>Kerro koordinaattorille tai IT-tuelle; loki (desk.log) kertoo, mikä kuukausi ja miksi.</translation>
    </message>
    <message>
        <source>Nothing on this PC is lost: counts wait here and are sent when the share works again. The app tries again by itself.</source>
        <translation>Tältä työasemalta ei katoa mitään: tilastot odottavat täällä ja lähtevät, kun verkkokansio taas toimii. Sovellus yrittää uudelleen itse.</translation>
    </message>
    <message>
        <source>If this goes on, tell your IT.</source>
        <translation>Jos tämä jatkuu, kerro IT-tuelle.</translation>
    </message>
    <message>
        <source>the service catalogue on the share cannot be read</source>
        <translation>jaetun kansion palveluluetteloa ei voi lukea</translation>
    </message>
    <message>
        <source>the service catalogue on the share is too large</source>
        <translation>jaetun kansion palveluluettelo on liian suuri</translation>
    </message>
    <message>
        <source>the service catalogue on the share is not valid</source>
        <translation>jaetun kansion palveluluettelo ei ole kelvollinen</translation>
    </message>
    <message>
        <source>the service catalogue on the share jumps from version %2 to %1</source>
        <translation>jaetun kansion palveluluettelo hyppää versiosta %2 versioon %1</translation>
    </message>
    <message>
        <source>the service catalogue on the share drops the code %1 without a successor</source>
        <translation>jaetun kansion palveluluettelosta puuttuu koodi %1 ilman korvaajaa</translation>
    </message>
    <message>
        <source>the service catalogue on the share has a label that is not plain text (%1)</source>
        <translation>jaetun kansion palveluluettelossa on nimi, joka ei ole pelkkää tekstiä (%1)</translation>
    </message>
    <message>
        <source>Catalogue not used: %1.</source>
        <translation>Palveluluetteloa ei otettu käyttöön: %1.</translation>
    </message>
    <message>
        <source>Last sent %1.</source>
        <translation>Viimeksi lähetetty %1.</translation>
    </message>
    <message>
        <source>Send counts now</source>
        <translation>Lähetä tilastot nyt</translation>
    </message>
    <message>
        <source>Click or press Enter to send counts now</source>
        <translation>Lähetä tilastot nyt napsauttamalla tai Enter-näppäimellä</translation>
    </message>
    <message>
        <source>&amp;Counts</source>
        <translation>&amp;Tilastot</translation>
    </message>
    <message>
        <source>no access rights</source>
        <translation>ei käyttöoikeutta</translation>
    </message>
    <message>
        <source>the file or folder does not exist</source>
        <translation>tiedostoa tai kansiota ei ole</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <source>the disk is read-only</source>
        <translation>levy on vain luku -tilassa</translation>
    </message>
    <message>
        <source>the network connection failed</source>
        <translation>verkkoyhteys katkesi</translation>
    </message>
    <message>
        <source>the file is in use</source>
        <translation>tiedosto on käytössä</translation>
    </message>
    <message>
        <source>the name is too long</source>
        <translation>nimi on liian pitkä</translation>
    </message>
    <message>
        <source>the system refused (details in the tooltip)</source>
        <translation>järjestelmä esti (tiedot työkaluvihjeessä)</translation>
    </message>
</context>
</TS>