<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>CustomerWindow</name>
    <message>
        <location filename="../../desk/ui/guides/customer_window.py" line="72" />
        <source>Guide for the customer</source>
        <translation>Ohje asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/customer_window.py" line="73" />
        <source>◀ Back</source>
        <translation>◀ Takaisin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/customer_window.py" line="74" />
        <source>Previous step</source>
        <translation>Edellinen vaihe</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/customer_window.py" line="75" />
        <source>Done, next ▶</source>
        <translation>Valmis, seuraava ▶</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/customer_window.py" line="76" />
        <source>Mark the step done and show the next</source>
        <translation>Merkitse vaihe tehdyksi ja näytä seuraava</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/customer_window.py" line="77" />
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="147" />
        <source>Guide &amp;language:</source>
        <translation>Ohjeen &amp;kieli:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="148" />
        <source>Guide language</source>
        <translation>Ohjeen kieli</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="149" />
        <source>Show to &amp;customer</source>
        <translation>Näytä &amp;asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="150" />
        <source>Open a large-text window for the customer that follows the current step</source>
        <translation>Avaa asiakkaalle isotekstinen ikkuna, joka seuraa nykyistä vaihetta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="151" />
        <source>&amp;Print for customer</source>
        <translation>&amp;Tulosta asiakkaalle</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="152" />
        <source>Make a large-type PDF of this guide to print and take home</source>
        <translation>Tee ohjeesta isokirjaiminen PDF, jonka asiakas voi viedä kotiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="153" />
        <source>Steps done</source>
        <translation>Tehdyt vaiheet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="154" />
        <source>Guide text and steps</source>
        <translation>Ohjeen teksti ja vaiheet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="155" />
        <source>Choose a guide from the list, or type a few letters to search.</source>
        <translation>Valitse ohje luettelosta tai hae kirjoittamalla muutama kirjain.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="216" />
        <source>Services: %1 · Reviewed %2 (%3)</source>
        <translation>Palvelut: %1 · Tarkistettu %2 (%3)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="222" />
        <source>⚠ Review due: check this guide against the official instructions</source>
        <translation>⚠ Tarkistus myöhässä: vertaa ohjetta virallisiin ohjeisiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="226" />
        <source>%1 (replaces: %2)</source>
        <translation>%1 (korvaa: %2)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="232" />
        <source>this month</source>
        <translation>tässä kuussa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="234" />
        <source>1 month ago</source>
        <translation>1 kk sitten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="235" />
        <source>%1 months ago</source>
        <translation>%1 kk sitten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="240" />
        <source>From the coordinator's pack</source>
        <translation>Koordinaattorin ohjepaketista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="242" />
        <source>From this branch's folder</source>
        <translation>Oman kirjaston kansiosta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="243" />
        <source>Shipped with the app</source>
        <translation>Sovelluksen mukana</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="350" />
        <source>%1 of %2 steps done</source>
        <translation>%1/%2 vaihetta tehty</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="366" />
        <source>✔ Recorded as used on the open session.</source>
        <translation>✔ Kirjattu käytetyksi avoimeen asiointiin.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="368" />
        <source>A session is open; this guide will be recorded on it.</source>
        <translation>Asiointi on auki; ohje kirjataan siihen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="372" />
        <source>Start a session: %1</source>
        <translation>Aloita asiointi: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="373" />
        <source>Start a session for this guide's service</source>
        <translation>Aloita asiointi tämän ohjeen palvelulle</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/viewer.py" line="374" />
        <source>No session is open. Start one to count this help.</source>
        <translation>Asiointia ei ole auki. Aloita asiointi, niin tämä apu tulee tilastoon.</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="140" />
        <source>Step-by-step guides</source>
        <translation>Vaiheittaiset ohjeet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="141" />
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="142" />
        <source>Type a few letters, e.g. pankki or kela</source>
        <translation>Kirjoita muutama kirjain, esim. pankki tai kela</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="143" />
        <source>Search guides</source>
        <translation>Hae ohjeita</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="144" />
        <source>Show problems</source>
        <translation>Näytä ongelmat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="145" />
        <source>Show the problems of the skipped guide files</source>
        <translation>Näytä ohitettujen ohjetiedostojen ongelmat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="146" />
        <source>Problems in guide files</source>
        <translation>Ohjetiedostojen ongelmat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="164" />
        <source>Loading guides…</source>
        <translation>Ladataan ohjeita…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="187" />
        <source>Guides could not be loaded: %1</source>
        <translation>Ohjeita ei voitu ladata: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="205" />
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="206" />
        <source>Branch</source>
        <translation>Oma kirjasto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="207" />
        <source>Shipped</source>
        <translation>Sovellus</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="235" />
        <source>⚠ %1 guide files have problems and were skipped. The other guides work normally.</source>
        <translation>⚠ %1 ohjetiedostossa on virheitä, joten ne ohitettiin. Muut ohjeet toimivat normaalisti.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="239" />
        <source>The coordinator's new guide pack was not taken into use; the last good pack is used.</source>
        <translation>Koordinaattorin uutta ohjepakettia ei otettu käyttöön; käytössä on viimeisin toimiva paketti.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="248" />
        <source>%1 guides.</source>
        <translation>%1 ohjetta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="252" />
        <source>The coordinator's guide pack was updated.</source>
        <translation>Koordinaattorin ohjepaketti päivitettiin.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="254" />
        <source>The share cannot be reached; the last copied guide pack is used.</source>
        <translation>Jaettuun kansioon ei saada yhteyttä; käytössä on viimeksi kopioitu ohjepaketti.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="256" />
        <source>The guide pack could not be copied; the last copied pack is used.</source>
        <translation>Ohjepakettia ei voitu kopioida; käytössä on viimeksi kopioitu paketti.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="258" />
        <source>(simple search)</source>
        <translation>(yksinkertainen haku)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="280" />
        <source>No guide matches “%1”.</source>
        <translation>Hakuun ”%1” ei löytynyt ohjetta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="334" />
        <source>The guide could not be recorded: %1</source>
        <translation>Ohjetta ei voitu kirjata: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="402" />
        <source>Handout ready for printing: %1</source>
        <translation>Asiakkaan ohje on valmis tulostettavaksi: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/page.py" line="408" />
        <source>The handout could not be made: %1</source>
        <translation>Asiakkaan ohjetta ei voitu tehdä: %1</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <location filename="../../desk/ui/guides/library_tree.py" line="38" />
        <source>Guide</source>
        <translation>Ohje</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_tree.py" line="38" />
        <source>Reviewed</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_tree.py" line="38" />
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_tree.py" line="39" />
        <source>Guides</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/guides/library_tree.py" line="48" />
        <source>⚠ review due (%1)</source>
        <translation>⚠ tarkistus myöhässä (%1)</translation>
    </message>
</context>
</TS>