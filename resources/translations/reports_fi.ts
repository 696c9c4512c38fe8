<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>NetworkReportPanel</name>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="74" />
        <source>The end date is before the start date; change one of them.</source>
        <translation>Loppupäivä on ennen alkupäivää; muuta jompaakumpaa.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="84" />
        <source>There is no central database at %1 yet; collect the share first.</source>
        <translation>Kohteessa %1 ei ole vielä keskitietokantaa; kokoa ensin jaetun kansion luvut.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="100" />
        <source>Network report</source>
        <translation>Verkostoraportti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="101" />
        <source>Report &amp;language:</source>
        <translation>Raportin &amp;kieli:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="102" />
        <source>Save as &amp;PDF…</source>
        <translation>Tallenna &amp;PDF:nä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="103" />
        <source>Save as &amp;CSV…</source>
        <translation>Tallenna &amp;CSV:nä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="104" />
        <source>Report progress</source>
        <translation>Raportin eteneminen</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="101" />
        <source>Q%1 %2</source>
        <translation>%1. neljännes %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="128" />
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="128" />
        <source>Quarter</source>
        <translation>Neljännes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="128" />
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="128" />
        <source>Custom dates</source>
        <translation>Omat päivämäärät</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="131" />
        <source>&amp;Period:</source>
        <translation>&amp;Jakso:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="132" />
        <source>&amp;Which:</source>
        <translation>&amp;Mikä:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="133" />
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="134" />
        <source>&amp;To:</source>
        <translation>&amp;Päättyen:</translation>
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
        <source>CSV file, all tables in one (*.csv);;ZIP of CSV files, one per table (*.zip)</source>
        <translation>CSV-tiedosto, kaikki taulukot yhdessä (*.csv);;ZIP-paketti, jokainen taulukko omana CSV-tiedostonaan (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="58" />
        <source>Save the report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="69" />
        <source>Making the report…</source>
        <translation>Raporttia laaditaan…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="91" />
        <source>Saved %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="99" />
        <source>The report could not be saved: %1</source>
        <translation>Raporttia ei voitu tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="186" />
        <source>The end date is before the start date; change one of them.</source>
        <extracomment>Report languages by their own names (never translated).</extracomment>
        <translation>Loppupäivä on ennen alkupäivää; muuta jompaakumpaa.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="216" />
        <source>The figures could not be read: %1</source>
        <translation>Lukuja ei voitu lukea: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="225" />
        <source>Previous period</source>
        <translation>Edellinen jakso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="225" />
        <source>A year earlier</source>
        <translation>Vuotta aiemmin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="226" />
        <source>Sessions</source>
        <translation>Ohjaukset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="226" />
        <source>Hours of help</source>
        <translation>Ohjausta tunteina</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="226" />
        <source>Average duration (min)</source>
        <translation>Keskimääräinen kesto (min)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="226" />
        <source>Solved</source>
        <translation>Ratkesi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="233" />
        <source>This period</source>
        <translation>Tämä jakso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="259" />
        <source>Statistics reports</source>
        <translation>Tilastoraportit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="260" />
        <source>Report &amp;language:</source>
        <translation>Raportin &amp;kieli:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="261" />
        <source>Save as &amp;PDF…</source>
        <translation>Tallenna &amp;PDF:nä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="262" />
        <source>Save as &amp;CSV…</source>
        <translation>Tallenna &amp;CSV:nä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="263" />
        <source>Report progress</source>
        <translation>Raportin eteneminen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="264" />
        <source>Figures of the period</source>
        <translation>Jakson luvut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="265" />
        <source>No help sessions were logged in this period.</source>
        <translation>Jaksolla ei kirjattu yhtään ohjausta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="266" />
        <location filename="../../desk/ui/reports/page.py" line="269" />
        <source>Sessions by service</source>
        <translation>Ohjaukset palveluittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="267" />
        <location filename="../../desk/ui/reports/page.py" line="270" />
        <source>Sessions over time</source>
        <translation>Ohjaukset ajan mittaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="268" />
        <source>Busy hours (weekday × hour)</source>
        <translation>Kiireisimmät ajat (viikonpäivä × tunti)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="271" />
        <source>Busy hours</source>
        <translation>Kiireisimmät ajat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="273" />
        <source>No sessions in this period</source>
        <translation>Ei ohjauksia tällä jaksolla</translation>
    </message>
</context>
</TS>