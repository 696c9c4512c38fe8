<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>CustomerWindow</name>
    <message>
        <source>Guide for the customer</source>
        <translation>Ohje asiakkaalle</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Takaisin</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Edellinen vaihe</translation>
    </message>
    <message>
        <source>Done, next ▶</source>
        <translation>Valmis, seuraava ▶</translation>
    </message>
    <message>
        <source>Mark the step done and show the next</source>
        <translation>Merkitse vaihe tehdyksi ja näytä seuraava</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
</context>
<context>
    <name>GuideViewer</name>
    <message>
        <source>Guide &amp;language:</source>
        <translation>Ohjeen &amp;kieli:</translation>
    </message>
    <message>
        <source>Guide language</source>
        <translation>Ohjeen kieli</translation>
    </message>
    <message>
        <source>Show to &amp;customer</source>
        <translation>Näytä &amp;asiakkaalle</translation>
    </message>
    <message>
        <source>Open a large-text window for the customer that follows the current step</source>
        <translation>Avaa asiakkaalle isotekstinen ikkuna, joka seuraa nykyistä vaihetta</translation>
    </message>
    <message>
        <source>&amp;Print for customer</source>
        <translation>&amp;Tulosta asiakkaalle</translation>
    </message>
    <message>
        <source>Make a large-type PDF of this guide to print and take home</source>
        <translation>Tee ohjeesta isokirjaiminen PDF, jonka asiakas voi viedä kotiin</translation>
    </message>
    <message>
        <source>Steps done</source>
        <translation>Tehdyt vaiheet</translation>
    </message>
    <message>
        <source>Guide text and steps</source>
        <translation>Ohjeen teksti ja vaiheet</translation>
    </message>
    <message>
        <source>Choose a guide from the list, or type a few letters to search.</source>
        <translation>Valitse ohje luettelosta tai hae kirjoittamalla muutama kirjain.</translation>
    </message>
    <message>
        <source>Services: %1 · Reviewed %2 (%3)</source>
        <translation>Palvelut: %1 · Tarkistettu %2 (%3)</translation>
    </message>
    <message>
        <source>⚠ Review due: check this guide against the official instructions</source>
        <translation>⚠ Tarkistus myöhässä: vertaa ohjetta virallisiin ohjeisiin</translation>
    </message>
    <message>
        <source>%1 (replaces: %2)</source>
        <translation>%1 (korvaa: %2)</translation>
    </message>
    <message>
        <source>this month</source>
        <translation>tässä kuussa</translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation>1 kk sitten</translation>
    </message>
    <message>
        <source>%1 months ago</source>
        <translation>%1 kk sitten</translation>
    </message>
    <message>
        <source>From the coordinator's pack</source>
        <translation>Koordinaattorin ohjepaketista</translation>
    </message>
    <message>
        <source>From this branch's folder</source>
        <translation>Oman kirjaston kansiosta</translation>
    </message>
    <message>
        <source>Shipped with the app</source>
        <translation>Sovelluksen mukana</translation>
    </message>
    <message>
        <source>%1 of %2 steps done</source>
        <translation>%1/%2 vaihetta tehty</translation>
    </message>
    <message>
        <source>✔ Recorded as used on the open session.</source>
        <translation>✔ Kirjattu käytetyksi avoimeen neuvontaan.</translation>
    </message>
    <message>
        <source>A session is open; this guide will be recorded on it.</source>
        <translation>Neuvonta on auki; ohje kirjataan siihen.</translation>
    </message>
    <message>
        <source>Start a session: %1</source>
        <translation>Aloita neuvonta: %1</translation>
    </message>
    <message>
        <source>Start a session for this guide's service</source>
        <translation>Aloita neuvonta tämän ohjeen palvelulle</translation>
    </message>
    <message>
        <source>No session is open. Start one to count this help.</source>
        <translation>Neuvontaa ei ole auki. Aloita neuvonta, niin tämä apu tulee tilastoon.</translation>
    </message>
</context>
<context>
    <name>GuidesPage</name>
    <message>
        <source>Step-by-step guides</source>
        <translation>Vaiheittaiset ohjeet</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>&amp;Hae:</translation>
    </message>
    <message>
        <source>Type a few letters, e.g. pankki or kela</source>
        <translation>Kirjoita muutama kirjain, esim. pankki tai kela</translation>
    </message>
    <message>
        <source>Search guides</source>
        <translation>Hae ohjeita</translation>
    </message>
    <message>
        <source>Show problems</source>
        <translation>Näytä ongelmat</translation>
    </message>
    <message>
        <source>Show the problems of the skipped guide files</source>
        <translation>Näytä ohitettujen ohjetiedostojen ongelmat</translation>
    </message>
    <message>
        <source>Problems in guide files</source>
        <translation>Ohjetiedostojen ongelmat</translation>
    </message>
    <message>
        <source>Divider between the guide list and the guide</source>
        <translation>Ohjeluettelon ja ohjeen välinen jakaja</translation>
    </message>
    <message>
        <source>Drag, or press Tab to here and use the left and right arrow keys, to widen either side</source>
        <translation>Levennä kumpaa tahansa puolta vetämällä tai siirtymällä tähän sarkaimella ja käyttämällä vasenta ja oikeaa nuolinäppäintä</translation>
    </message>
    <message>
        <source>Show changes</source>
        <translation>Näytä muutokset</translation>
    </message>
    <message>
        <source>Show which guides the coordinator's pack changed</source>
        <translation>Näytä, mitkä ohjeet koordinaattorin paketti muutti</translation>
    </message>
    <message>
        <source>Guides the coordinator's pack changed</source>
        <translation>Koordinaattorin paketin muuttamat ohjeet</translation>
    </message>
    <message>
        <source>Loading guides…</source>
        <translation>Ladataan ohjeita…</translation>
    </message>
    <message>
        <source>Guides could not be loaded: %1</source>
        <translation>Ohjeita ei voitu ladata: %1</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <source>Branch</source>
        <translation>Oma kirjasto</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Sovellus</translation>
    </message>
    <message>
        <source>new</source>
        <translation>uusi</translation>
    </message>
    <message>
        <source>Added by the latest pack.</source>
        <translation>Lisätty uusimmassa paketissa.</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>muutettu</translation>
    </message>
    <message>
        <source>Changed by the latest pack.</source>
        <translation>Muutettu uusimmassa paketissa.</translation>
    </message>
    <message>
        <source>replaces shipped</source>
        <translation>korvaa sovelluksen ohjeen</translation>
    </message>
    <message>
        <source>It replaces the guide shipped with the app; check that it says what it should.</source>
        <translation>Se korvaa sovelluksen mukana tulleen ohjeen; tarkista, että se sanoo, mitä pitää.</translation>
    </message>
    <message>
        <source>The coordinator's guide pack was taken into use %1: %2 added, %3 changed, %4 removed.</source>
        <translation>Koordinaattorin ohjepaketti otettiin käyttöön %1: %2 lisätty, %3 muutettu, %4 poistettu.</translation>
    </message>
    <message>
        <source>Its signature was verified.</source>
        <translation>Sen allekirjoitus tarkistettiin.</translation>
    </message>
    <message>
        <source>⚠ %1 of its guides replace guides shipped with the app.</source>
        <translation>⚠ %1 sen ohjeista korvaa sovelluksen mukana tulleita ohjeita.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Lisätty: %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Muutettu: %1</translation>
    </message>
    <message>
        <source>Removed: %1</source>
        <translation>Poistettu: %1</translation>
    </message>
    <message>
        <source>Replaces a shipped guide: %1</source>
        <translation>Korvaa sovelluksen ohjeen: %1</translation>
    </message>
    <message>
        <source>⚠ %1 guide files have problems and were skipped. The other guides work normally.</source>
        <translation>⚠ %1 ohjetiedostossa on virheitä, joten ne ohitettiin. Muut ohjeet toimivat normaalisti.</translation>
    </message>
    <message>
        <source>The coordinator's new guide pack was not taken into use; the last good pack is used.</source>
        <translation>Koordinaattorin uutta ohjepakettia ei otettu käyttöön; käytössä on viimeisin toimiva paketti.</translation>
    </message>
    <message>
        <source>%1 guides.</source>
        <translation>%1 ohjetta.</translation>
    </message>
    <message>
        <source>The coordinator's guide pack was updated.</source>
        <translation>Koordinaattorin ohjepaketti päivitettiin.</translation>
    </message>
    <message>
        <source>The share cannot be reached; the last copied guide pack is used.</source>
        <translation>Jaettuun kansioon ei saada yhteyttä; käytössä on viimeksi kopioitu ohjepaketti.</translation>
    </message>
    <message>
        <source>The guide pack could not be copied; the last copied pack is used.</source>
        <translation>Ohjepakettia ei voitu kopioida; käytössä on viimeksi kopioitu paketti.</translation>
    </message>
    <message>
        <source>(simple search)</source>
        <translation>(yksinkertainen haku)</translation>
    </message>
    <message>
        <source>No guide matches “%1”.</source>
        <translation>Hakuun ”%1” ei löytynyt ohjetta.</translation>
    </message>
    <message>
        <source>1 guide matches “%1”.</source>
        <translation>1 ohje vastaa hakua “%1”.</translation>
    </message>
    <message>
        <source>%1 guides match “%2”.</source>
        <translation>%1 ohjetta vastaa hakua “%2”.</translation>
    </message>
    <message>
        <source>The guide could not be recorded: %1</source>
        <translation>Ohjetta ei voitu kirjata: %1</translation>
    </message>
    <message>
        <source>Handout ready for printing: %1</source>
        <translation>Asiakkaan ohje on valmis tulostettavaksi: %1</translation>
    </message>
    <message>
        <source>The handout could not be made: %1</source>
        <translation>Asiakkaan ohjetta ei voitu tehdä: %1</translation>
    </message>
</context>
<context>
    <name>LibraryTree</name>
    <message>
        <source>Guide</source>
        <extracomment>A guide's source column: the short text and a longer explanation for its tooltip. Column widths are fitted to this many rows, not to all of a 1,000-guide library.</extracomment>
        <translation>Ohje</translation>
    </message>
    <message>
        <source>Reviewed</source>
        <translation>Tarkistettu</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Ohjeet</translation>
    </message>
    <message>
        <source>⚠ review due (%1)</source>
        <translation>⚠ tarkistus myöhässä (%1)</translation>
    </message>
</context>
<context>
    <name>PartnerBox</name>
    <message>
        <source>Open web page</source>
        <translation>Avaa verkkosivu</translation>
    </message>
    <message>
        <source>Not in the partner directory.</source>
        <translation>Ei kumppanihakemistossa.</translation>
    </message>
    <message>
        <source>Open the web page of %1</source>
        <translation>Avaa kumppanin %1 verkkosivu</translation>
    </message>
</context>
</TS>