<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>NetworkReportPanel</name>
    <message>
        <source>The network figures could not be read: %1</source>
        <extracomment>Every branch, or one municipality's or library organisation's (data: a NetworkScope).</extracomment>
        <translation>Verkoston lukuja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>No branch logged any help sessions in this period.</source>
        <translation>Yksikään toimipiste ei kirjannut neuvontoja tällä jaksolla.</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Edellinen jakso</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Vuotta aiemmin</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Neuvonnat</translation>
    </message>
    <message>
        <source>Hours of help</source>
        <translation>Neuvontaa tunteina</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Ratkesi</translation>
    </message>
    <message>
        <source>Branches that sent counts</source>
        <translation>Tilastot lähettäneet toimipisteet</translation>
    </message>
    <message>
        <source>Did not send: %1</source>
        <translation>Ei lähettänyt: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>ja %1 muuta</translation>
    </message>
    <message>
        <source>No counts for this period from: %1</source>
        <translation>Tältä jaksolta ei tilastoja: %1</translation>
    </message>
    <message>
        <source>Municipality: %1</source>
        <translation>Kunta: %1</translation>
    </message>
    <message>
        <source>Library organisation: %1</source>
        <translation>Kirjasto-organisaatio: %1</translation>
    </message>
    <message>
        <source>The whole network</source>
        <translation>Koko verkosto</translation>
    </message>
    <message>
        <source>There is no central database at %1 yet. Collect the counts from the share to see the network's figures.</source>
        <translation>Kohteessa %1 ei ole vielä keskustietokantaa. Kerää tilastot jaetusta kansiosta, niin näet verkoston luvut.</translation>
    </message>
    <message>
        <source>There is no central database at %1 yet; collect the share first.</source>
        <translation>Kohteessa %1 ei ole vielä keskustietokantaa; kerää ensin tilastot jaetusta kansiosta.</translation>
    </message>
    <message>
        <source>Network report</source>
        <translation>Verkostoraportti</translation>
    </message>
    <message>
        <source>Report c&amp;overs:</source>
        <translation>Raportti &amp;kattaa:</translation>
    </message>
    <message>
        <source>Branches the network report covers</source>
        <translation>Toimipisteet, jotka verkostoraportti kattaa</translation>
    </message>
    <message>
        <source>Sessions by service in the network</source>
        <translation>Verkoston neuvonnat palveluittain</translation>
    </message>
    <message>
        <source>Sessions over time in the network</source>
        <translation>Verkoston neuvonnat ajan mittaan</translation>
    </message>
    <message>
        <source>Busy hours in the network</source>
        <translation>Verkoston kiireisimmät ajat</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Q%1 %2</source>
        <translation>%1. neljännes %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Neljännes</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Omat päivämäärät</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Jakso:</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Mikä:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Päättyen:</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>This period</source>
        <translation>Tämä jakso</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Vuotta aiemmin</translation>
    </message>
    <message>
        <source>Sessions by service</source>
        <translation>Neuvonnat palveluittain</translation>
    </message>
    <message>
        <source>Sessions over time</source>
        <translation>Neuvonnat ajan mittaan</translation>
    </message>
    <message>
        <source>Busy hours (weekday × hour)</source>
        <translation>Kiireisimmät ajat (viikonpäivä × tunti)</translation>
    </message>
    <message>
        <source>Busy hours</source>
        <translation>Kiireisimmät ajat</translation>
    </message>
    <message>
        <source>Sessions by hour:</source>
        <translation>Neuvontoja tunneittain:</translation>
    </message>
    <message>
        <source>No sessions in this period</source>
        <translation>Ei neuvontoja tällä jaksolla</translation>
    </message>
</context>
<context>
    <name>ReportControls</name>
    <message>
        <source>The end date is before the start date; change one of them.</source>
        <extracomment>Report languages by their own names (never translated).</extracomment>
        <translation>Loppupäivä on ennen alkupäivää; muuta jompaakumpaa.</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Raportin &amp;kieli:</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Tallenna &amp;PDF:nä…</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>Tallenna E&amp;xcel-tiedostona…</translation>
    </message>
    <message>
        <source>An Excel workbook: one sheet per table, numbers as numbers</source>
        <translation>Excel-työkirja: jokainen taulukko omalla välilehdellään, luvut lukuina</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Tallenna &amp;CSV:nä…</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Raportin eteneminen</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>Open the written file with the system viewer; tests switch this off.</extracomment>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file, every figure in long format (*.csv);;ZIP of CSV files, one per table (*.zip)</source>
        <translation>CSV-tiedosto, kaikki luvut pitkässä muodossa (*.csv);;ZIP-paketti CSV-tiedostoja, yksi taulukkoa kohti (*.zip)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Raporttia laaditaan…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Raporttia ei voitu tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>The figures could not be read: %1</source>
        <extracomment>True until the first figures are shown: an empty current month then gives way to the last whole one.</extracomment>
        <translation>Lukuja ei voitu lukea: %1</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Edellinen jakso</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Vuotta aiemmin</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Neuvonnat</translation>
    </message>
    <message>
        <source>Hours of help</source>
        <translation>Neuvontaa tunteina</translation>
    </message>
    <message>
        <source>Average duration (min)</source>
        <translation>Keskimääräinen kesto (min)</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Ratkesi</translation>
    </message>
    <message>
        <source>Statistics reports</source>
        <translation>Tilastoraportit</translation>
    </message>
    <message>
        <source>Figures of the period</source>
        <translation>Jakson luvut</translation>
    </message>
    <message>
        <source>No help sessions were logged in this period.</source>
        <translation>Jaksolla ei kirjattu yhtään neuvontaa.</translation>
    </message>
</context>
</TS>