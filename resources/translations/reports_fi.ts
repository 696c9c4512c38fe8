<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>NetworkReportPanel</name>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="136" />
        <source>The network figures could not be read: %1</source>
        <translation>Verkoston lukuja ei voitu lukea: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="151" />
        <source>No branch logged any help sessions in this period.</source>
        <translation>Yksikään toimipiste ei kirjannut ohjauksia tällä jaksolla.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="153" />
        <source>Previous period</source>
        <translation>Edellinen jakso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="153" />
        <source>A year earlier</source>
        <translation>Vuotta aiemmin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="154" />
        <source>Sessions</source>
        <translation>Ohjaukset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="154" />
        <source>Hours of help</source>
        <translation>Ohjausta tunteina</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="154" />
        <source>Solved</source>
        <translation>Ratkesi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="161" />
        <source>Branches that sent counts</source>
        <translation>Tilastot lähettäneet toimipisteet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="163" />
        <source>Did not send: %1</source>
        <translation>Ei lähettänyt: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="169" />
        <source>and %1 more</source>
        <translation>ja %1 muuta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="171" />
        <source>No counts for this period from: %1</source>
        <translation>Tältä jaksolta ei tilastoja: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="186" />
        <source>There is no central database at %1 yet. Collect the counts from the share to see the network's figures.</source>
        <translation>Kohteessa %1 ei ole vielä keskustietokantaa. Kerää tilastot jaetusta kansiosta, niin näet verkoston luvut.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="200" />
        <source>There is no central database at %1 yet; collect the share first.</source>
        <translation>Kohteessa %1 ei ole vielä keskustietokantaa; kerää ensin tilastot jaetusta kansiosta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="211" />
        <source>Network report</source>
        <translation>Verkostoraportti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="179" />
        <source>Sessions by service in the network</source>
        <translation>Verkoston ohjaukset palveluittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="180" />
        <source>Sessions over time in the network</source>
        <translation>Verkoston ohjaukset ajan mittaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="181" />
        <source>Busy hours in the network</source>
        <translation>Verkoston kiireisimmät ajat</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="104" />
        <source>Q%1 %2</source>
        <translation>%1. neljännes %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="131" />
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="131" />
        <source>Quarter</source>
        <translation>Neljännes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="131" />
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="131" />
        <source>Custom dates</source>
        <translation>Omat päivämäärät</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="134" />
        <source>&amp;Period:</source>
        <translation>&amp;Jakso:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="135" />
        <source>&amp;Which:</source>
        <translation>&amp;Mikä:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="136" />
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="137" />
        <source>&amp;To:</source>
        <translation>&amp;Päättyen:</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <location filename="../../desk/ui/reports/figures.py" line="95" />
        <source>This period</source>
        <translation>Tämä jakso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/figures.py" line="95" />
        <source>A year earlier</source>
        <translation>Vuotta aiemmin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/figures.py" line="101" />
        <location filename="../../desk/ui/reports/figures.py" line="104" />
        <source>Sessions by service</source>
        <translation>Ohjaukset palveluittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/figures.py" line="101" />
        <location filename="../../desk/ui/reports/figures.py" line="104" />
        <source>Sessions over time</source>
        <translation>Ohjaukset ajan mittaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/figures.py" line="101" />
        <source>Busy hours (weekday × hour)</source>
        <translation>Kiireisimmät ajat (viikonpäivä × tunti)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/figures.py" line="104" />
        <source>Busy hours</source>
        <translation>Kiireisimmät ajat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/figures.py" line="110" />
        <source>No sessions in this period</source>
        <translation>Ei ohjauksia tällä jaksolla</translation>
    </message>
</context>
<context>
    <name>ReportControls</name>
    <message>
        <location filename="../../desk/ui/reports/controls.py" line="96" />
        <source>The end date is before the start date; change one of them.</source>
        <extracomment>Report languages by their own names (never translated).</extracomment>
        <translation>Loppupäivä on ennen alkupäivää; muuta jompaakumpaa.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/controls.py" line="105" />
        <source>Report &amp;language:</source>
        <translation>Raportin &amp;kieli:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/controls.py" line="106" />
        <source>Save as &amp;PDF…</source>
        <translation>Tallenna &amp;PDF:nä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/controls.py" line="107" />
        <source>Save as E&amp;xcel…</source>
        <translation>Tallenna E&amp;xcel-tiedostona…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/controls.py" line="108" />
        <source>An Excel workbook: one sheet per table, numbers as numbers</source>
        <translation>Excel-työkirja: jokainen taulukko omalla välilehdellään, luvut lukuina</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/controls.py" line="109" />
        <source>Save as &amp;CSV…</source>
        <translation>Tallenna &amp;CSV:nä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/controls.py" line="110" />
        <source>Report progress</source>
        <translation>Raportin eteneminen</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="54" />
        <source>PDF document (*.pdf)</source>
        <extracomment>Open the written file with the system viewer; tests switch this off.</extracomment>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="56" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="59" />
        <source>CSV file, every figure in long format (*.csv);;ZIP of CSV files, one per table (*.zip)</source>
        <translation>CSV-tiedosto, kaikki luvut pitkässä muodossa (*.csv);;ZIP-paketti CSV-tiedostoja, yksi taulukkoa kohti (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="62" />
        <source>Save the report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="73" />
        <source>Making the report…</source>
        <translation>Raporttia laaditaan…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="95" />
        <source>Saved %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="103" />
        <source>The report could not be saved: %1</source>
        <translation>Raporttia ei voitu tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="114" />
        <source>The figures could not be read: %1</source>
        <translation>Lukuja ei voitu lukea: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="123" />
        <source>Previous period</source>
        <translation>Edellinen jakso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="123" />
        <source>A year earlier</source>
        <translation>Vuotta aiemmin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="124" />
        <source>Sessions</source>
        <translation>Ohjaukset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="124" />
        <source>Hours of help</source>
        <translation>Ohjausta tunteina</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="124" />
        <source>Average duration (min)</source>
        <translation>Keskimääräinen kesto (min)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="124" />
        <source>Solved</source>
        <translation>Ratkesi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="150" />
        <source>Statistics reports</source>
        <translation>Tilastoraportit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="151" />
        <source>Figures of the period</source>
        <translation>Jakson luvut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="152" />
        <source>No help sessions were logged in this period.</source>
        <translation>Jaksolla ei kirjattu yhtään ohjausta.</translation>
    </message>
</context>
</TS>