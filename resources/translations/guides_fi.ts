<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../desk/ui/guides/customer_window.py" line="74" />
        <source>Guide for the customer</source>
        <translation>Ohje asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/customer_window.py" line="75" />
        <source>◀ Back</source>
        <translation>◀ Takaisin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/customer_window.py" line="76" />
        <source>Previous step</source>
        <translation>Edellinen vaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/customer_window.py" line="77" />
        <source>Done, next ▶</source>
        <translation>Valmis, seuraava ▶</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/customer_window.py" line="78" />
        <source>Mark the step done and show the next</source>
        <translation>Merkitse vaihe tehdyksi ja näytä seuraava</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/customer_window.py" line="79" />
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="156" />
        <source>Guide &amp;language:</source>
        <translation>Ohjeen &amp;kieli:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="157" />
        <source>Guide language</source>
        <translation>Ohjeen kieli</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="158" />
        <source>Show to &amp;customer</source>
        <translation>Näytä &amp;asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="159" />
        <source>Open a large-text window for the customer that follows the current step</source>
        <translation>Avaa asiakkaalle isotekstinen ikkuna, joka seuraa nykyistä vaihetta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="160" />
        <source>&amp;Print for customer</source>
        <translation>&amp;Tulosta asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="161" />
        <source>Make a large-type PDF of this guide to print and take home</source>
        <translation>Tee ohjeesta isokirjaiminen PDF, jonka asiakas voi viedä kotiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="162" />
        <source>Steps done</source>
        <translation>Tehdyt vaiheet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="163" />
        <source>Guide text and steps</source>
        <translation>Ohjeen teksti ja vaiheet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="164" />
        <source>Choose a guide from the list, or type a few letters to search.</source>
        <translation>Valitse ohje luettelosta tai hae kirjoittamalla muutama kirjain.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="225" />
        <source>Services: %1 · Reviewed %2 (%3)</source>
        <translation>Palvelut: %1 · Tarkistettu %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="231" />
        <source>⚠ Review due: check this guide against the official instructions</source>
        <translation>⚠ Tarkistus myöhässä: vertaa ohjetta virallisiin ohjeisiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="235" />
        <source>%1 (replaces: %2)</source>
        <translation>%1 (korvaa: %2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="247" />
        <source>this month</source>
        <translation>tässä kuussa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="249" />
        <source>1 month ago</source>
        <translation>1 kk sitten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="250" />
        <source>%1 months ago</source>
        <translation>%1 kk sitten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="255" />
        <source>From the coordinator's pack</source>
        <translation>Koordinaattorin ohjepaketista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="257" />
        <source>From this branch's folder</source>
        <translation>Oman kirjaston kansiosta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="258" />
        <source>Shipped with the app</source>
        <translation>Sovelluksen mukana</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="365" />
        <source>%1 of %2 steps done</source>
        <translation>%1/%2 vaihetta tehty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="381" />
        <source>✔ Recorded as used on the open session.</source>
        <translation>✔ Kirjattu käytetyksi avoimeen asiointiin.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="383" />
        <source>A session is open; this guide will be recorded on it.</source>
        <translation>Asiointi on auki; ohje kirjataan siihen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="387" />
        <source>Start a session: %1</source>
        <translation>Aloita asiointi: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="388" />
        <source>Start a session for this guide's service</source>
        <translation>Aloita asiointi tämän ohjeen palvelulle</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="389" />
        <source>No session is open. Start one to count this help.</source>
        <translation>Asiointia ei ole auki. Aloita asiointi, niin tämä apu tulee tilastoon.</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="165" />
        <source>Step-by-step guides</source>
        <translation>Vaiheittaiset ohjeet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="166" />
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="167" />
        <source>Type a few letters, e.g. pankki or kela</source>
        <translation>Kirjoita muutama kirjain, esim. pankki tai kela</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="168" />
        <source>Search guides</source>
        <translation>Hae ohjeita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="169" />
        <source>Show problems</source>
        <translation>Näytä ongelmat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="170" />
        <source>Show the problems of the skipped guide files</source>
        <translation>Näytä ohitettujen ohjetiedostojen ongelmat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="171" />
        <source>Problems in guide files</source>
        <translation>Ohjetiedostojen ongelmat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="172" />
        <source>Show changes</source>
        <translation>Näytä muutokset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="173" />
        <source>Show which guides the coordinator's pack changed</source>
        <translation>Näytä, mitkä ohjeet koordinaattorin paketti muutti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="174" />
        <source>Guides the coordinator's pack changed</source>
        <translation>Koordinaattorin paketin muuttamat ohjeet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="193" />
        <source>Loading guides…</source>
        <translation>Ladataan ohjeita…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="217" />
        <source>Guides could not be loaded: %1</source>
        <translation>Ohjeita ei voitu ladata: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="242" />
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="243" />
        <source>Branch</source>
        <translation>Oma kirjasto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="244" />
        <source>Shipped</source>
        <translation>Sovellus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="250" />
        <source>new</source>
        <translation>uusi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="251" />
        <source>Added by the latest pack.</source>
        <translation>Lisätty uusimmassa paketissa.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="253" />
        <source>changed</source>
        <translation>muutettu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="254" />
        <source>Changed by the latest pack.</source>
        <translation>Muutettu uusimmassa paketissa.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="256" />
        <source>replaces shipped</source>
        <translation>korvaa sovelluksen ohjeen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="257" />
        <source>It replaces the guide shipped with the app; check that it says what it should.</source>
        <translation>Se korvaa sovelluksen mukana tulleen ohjeen; tarkista, että se sanoo, mitä pitää.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="273" />
        <source>The coordinator's guide pack was taken into use %1: %2 added, %3 changed, %4 removed.</source>
        <translation>Koordinaattorin ohjepaketti otettiin käyttöön %1: %2 lisätty, %3 muutettu, %4 poistettu.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="280" />
        <source>Its signature was verified.</source>
        <translation>Sen allekirjoitus tarkistettiin.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="282" />
        <source>⚠ %1 of its guides replace guides shipped with the app.</source>
        <translation>⚠ %1 sen ohjeista korvaa sovelluksen mukana tulleita ohjeita.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="286" />
        <source>Added: %1</source>
        <translation>Lisätty: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="288" />
        <source>Changed: %1</source>
        <translation>Muutettu: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="291" />
        <source>Removed: %1</source>
        <translation>Poistettu: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="294" />
        <source>Replaces a shipped guide: %1</source>
        <translation>Korvaa sovelluksen ohjeen: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="325" />
        <source>⚠ %1 guide files have problems and were skipped. The other guides work normally.</source>
        <translation>⚠ %1 ohjetiedostossa on virheitä, joten ne ohitettiin. Muut ohjeet toimivat normaalisti.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="329" />
        <source>The coordinator's new guide pack was not taken into use; the last good pack is used.</source>
        <translation>Koordinaattorin uutta ohjepakettia ei otettu käyttöön; käytössä on viimeisin toimiva paketti.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="338" />
        <source>%1 guides.</source>
        <translation>%1 ohjetta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="342" />
        <source>The coordinator's guide pack was updated.</source>
        <translation>Koordinaattorin ohjepaketti päivitettiin.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="344" />
        <source>The share cannot be reached; the last copied guide pack is used.</source>
        <translation>Jaettuun kansioon ei saada yhteyttä; käytössä on viimeksi kopioitu ohjepaketti.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="346" />
        <source>The guide pack could not be copied; the last copied pack is used.</source>
        <translation>Ohjepakettia ei voitu kopioida; käytössä on viimeksi kopioitu paketti.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="348" />
        <source>(simple search)</source>
        <translation>(yksinkertainen haku)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="370" />
        <source>No guide matches “%1”.</source>
        <translation>Hakuun ”%1” ei löytynyt ohjetta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="424" />
        <source>The guide could not be recorded: %1</source>
        <translation>Ohjetta ei voitu kirjata: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="492" />
        <source>Handout ready for printing: %1</source>
        <translation>Asiakkaan ohje on valmis tulostettavaksi: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="498" />
        <source>The handout could not be made: %1</source>
        <translation>Asiakkaan ohjetta ei voitu tehdä: %1</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <location filename="../../desk/ui/guides/library_tree.py" line="48" />
        <source>Guide</source>
        <extracomment>A guide's source column: the short text and a longer explanation for its tooltip.</extracomment>
        <translation>Ohje</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_tree.py" line="48" />
        <source>Reviewed</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_tree.py" line="48" />
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_tree.py" line="49" />
        <source>Guides</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_tree.py" line="58" />
        <source>⚠ review due (%1)</source>
        <translation>⚠ tarkistus myöhässä (%1)</translation>
    </message>
</context>
</TS>