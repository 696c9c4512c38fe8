<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>NetworkPage</name>
    <message>
        <source>Choose the share folder</source>
        <extracomment>Where the reports area puts the network-report export panel.</extracomment>
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
        <translation>Koko verkosto: %1 käyntiä, %2 minuuttia</translation>
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
        <source>does not follow the schema (%1)</source>
        <translation>ei noudata skeemaa (%1)</translation>
    </message>
    <message>
        <source>has days outside its month %1</source>
        <translation>sisältää päiviä kuukautensa %1 ulkopuolelta</translation>
    </message>
    <message>
        <source>its contents do not match its folder and name</source>
        <translation>sisältö ei vastaa kansiota ja nimeä</translation>
    </message>
    <message>
        <source>cannot be read: %1</source>
        <translation>ei voi lukea: %1</translation>
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
        <translation>Käynnit</translation>
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
        <source>the share could not be written</source>
        <translation>jaettuun kansioon ei voitu kirjoittaa</translation>
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
</context>
</TS>
