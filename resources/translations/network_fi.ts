<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>NetworkPage</name>
    <message>
        <location filename="../../desk/ui/network/page.py" line="227"/>
        <location filename="../../desk/ui/network/page.py" line="411"/>
        <source>Choose the share folder</source>
        <extracomment>Where the reports area puts the network-report export panel.</extracomment>
        <translation>Valitse jaettu kansio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="234"/>
        <location filename="../../desk/ui/network/page.py" line="415"/>
        <source>Central database file</source>
        <translation>Keskustietokannan tiedosto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="236"/>
        <source>Central database (*.sqlite3)</source>
        <translation>Keskustietokanta (*.sqlite3)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="247"/>
        <location filename="../../desk/ui/network/page.py" line="283"/>
        <source>Share not found: %1. Check the path.</source>
        <translation>Jaettua kansiota ei löydy: %1. Tarkista polku.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="253"/>
        <source>Collecting…</source>
        <translation>Kerätään…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="265"/>
        <source>%1 of %2 files</source>
        <translation>%1/%2 tiedostoa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="270"/>
        <source>Collected %1 files: %2 new, %3 replaced, %4 unchanged, %5 skipped.</source>
        <translation>Kerättiin %1 tiedostoa: %2 uutta, %3 korvattua, %4 ennallaan, %5 ohitettua.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="285"/>
        <source>Collecting failed: %1</source>
        <translation>Keruu epäonnistui: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="307"/>
        <source>Nothing collected yet.</source>
        <translation>Mitään ei ole vielä kerätty.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="312"/>
        <source>Network: %1 sessions, %2 minutes</source>
        <translation>Koko verkosto: %1 käyntiä, %2 minuuttia</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="366"/>
        <source>not in a branch folder</source>
        <translation>ei toimipisteen kansiossa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="367"/>
        <source>not in a device folder</source>
        <translation>ei laitteen kansiossa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="369"/>
        <source>not a counts file (the name must be YYYY-MM.json)</source>
        <translation>ei tilastotiedosto (nimen pitää olla VVVV-KK.json)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="372"/>
        <source>not readable JSON (damaged or not a counts file)</source>
        <translation>ei luettavaa JSONia (vioittunut tai ei tilastotiedosto)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="374"/>
        <source>not a Digituki Desk counts file</source>
        <translation>ei Digituki Deskin tilastotiedosto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="376"/>
        <source>its SHA-256 does not match its content (damaged or edited)</source>
        <translation>SHA-256-tarkiste ei vastaa sisältöä (vioittunut tai muokattu)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="382"/>
        <source>made by a newer version of the app (format %1); update the app</source>
        <translation>tehty sovelluksen uudemmalla versiolla (muoto %1); päivitä sovellus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="383"/>
        <source>does not follow the schema (%1)</source>
        <translation>ei noudata skeemaa (%1)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="384"/>
        <source>has days outside its month %1</source>
        <translation>sisältää päiviä kuukautensa %1 ulkopuolelta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="385"/>
        <source>its contents do not match its folder and name</source>
        <translation>sisältö ei vastaa kansiota ja nimeä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="386"/>
        <source>cannot be read: %1</source>
        <translation>ei voi lukea: %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../../desk/ui/network/page.py" line="395"/>
        <source>Files skipped (%n)</source>
        <translation>
            <numerusform>Ohitetut tiedostot (%n)</numerusform>
            <numerusform>Ohitetut tiedostot (%n)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="399"/>
        <source>Counts from every branch</source>
        <translation>Kaikkien toimipisteiden tilastot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="402"/>
        <source>Collect the counts files every branch has sent to the share into a central database, then see each branch and region for a period. Files that fail their check are skipped and listed with the reason; nothing is counted twice.</source>
        <translation>Kerää toimipisteiden jaettuun kansioon lähettämät tilastotiedostot keskustietokantaan ja katso jokaisen toimipisteen ja alueen luvut valitulta jaksolta. Tarkistuksessa hylätyt tiedostot ohitetaan ja luetellaan syineen; mitään ei lasketa kahteen kertaan.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="407"/>
        <source>Share and central database</source>
        <translation>Jaettu kansio ja keskustietokanta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="408"/>
        <source>&amp;Share folder:</source>
        <translation>&amp;Jaettu kansio:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="409"/>
        <source>Central &amp;database:</source>
        <translation>Keskus&amp;tietokanta:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="410"/>
        <location filename="../../desk/ui/network/page.py" line="412"/>
        <source>Choose…</source>
        <translation>Valitse…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="413"/>
        <source>Choose the central database file</source>
        <translation>Valitse keskustietokannan tiedosto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="414"/>
        <source>Share folder</source>
        <translation>Jaettu kansio</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="416"/>
        <source>&amp;Collect counts</source>
        <translation>&amp;Kerää tilastot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="417"/>
        <source>Collect counts from the share</source>
        <translation>Kerää tilastot jaetusta kansiosta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="418"/>
        <source>Collection progress</source>
        <translation>Keruun eteneminen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="419"/>
        <source>&amp;Branches</source>
        <translation>T&amp;oimipisteet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="420"/>
        <source>&amp;Regions</source>
        <translation>A&amp;lueet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="421"/>
        <location filename="../../desk/ui/network/page.py" line="435"/>
        <source>Branches</source>
        <translation>Toimipisteet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="422"/>
        <source>Regions</source>
        <translation>Alueet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="423"/>
        <source>Files skipped</source>
        <translation>Ohitetut tiedostot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="426"/>
        <source>Branch</source>
        <translation>Toimipiste</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="427"/>
        <location filename="../../desk/ui/network/page.py" line="435"/>
        <source>Region</source>
        <translation>Alue</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="428"/>
        <source>Devices</source>
        <translation>Laitteet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="429"/>
        <source>Last sync</source>
        <translation>Viimeksi lähetetty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="430"/>
        <location filename="../../desk/ui/network/page.py" line="435"/>
        <source>Sessions</source>
        <translation>Käynnit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="431"/>
        <location filename="../../desk/ui/network/page.py" line="435"/>
        <source>Minutes</source>
        <translation>Minuutit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="437"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/page.py" line="437"/>
        <source>Reason</source>
        <translation>Syy</translation>
    </message>
</context>
<context>
    <name>SyncTexts</name>
    <message>
        <location filename="../../desk/ui/network/sync_texts.py" line="11"/>
        <source>share not found</source>
        <translation>jaettua kansiota ei löydy</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/sync_texts.py" line="12"/>
        <source>no permission to write to the share</source>
        <translation>ei oikeutta kirjoittaa jaettuun kansioon</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/sync_texts.py" line="13"/>
        <source>the share is full</source>
        <translation>jaettu kansio on täynnä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/sync_texts.py" line="14"/>
        <source>a file on the share is in use</source>
        <translation>tiedosto jaetussa kansiossa on käytössä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/sync_texts.py" line="15"/>
        <source>the file read back from the share was not what was written</source>
        <translation>jaetusta kansiosta luettu tiedosto ei vastannut kirjoitettua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/sync_texts.py" line="18"/>
        <source>the branch id is not set (Settings)</source>
        <translation>toimipisteen tunnusta ei ole asetettu (Asetukset)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/sync_texts.py" line="19"/>
        <source>the share could not be written</source>
        <translation>jaettuun kansioon ei voitu kirjoittaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/sync_texts.py" line="26"/>
        <source>Last sent %1.</source>
        <translation>Viimeksi lähetetty %1.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/sync_texts.py" line="31"/>
        <source>Send counts now</source>
        <translation>Lähetä tilastot nyt</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/sync_texts.py" line="36"/>
        <source>Click or press Enter to send counts now</source>
        <translation>Lähetä tilastot nyt napsauttamalla tai Enter-näppäimellä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/network/sync_texts.py" line="41"/>
        <source>&amp;Counts</source>
        <translation>&amp;Tilastot</translation>
    </message>
</context>
</TS>
