<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>NetworkReportPanel</name>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="184"/>
        <source>The end date is before the start date; change one of them.</source>
        <translation>Loppupäivä on ennen alkupäivää; muuta jompaakumpaa.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="193"/>
        <source>The network figures could not be read: %1</source>
        <translation>Verkoston lukuja ei voitu lukea: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="208"/>
        <source>No branch logged any help sessions in this period.</source>
        <translation>Yksikään toimipiste ei kirjannut ohjauksia tällä jaksolla.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="210"/>
        <source>Previous period</source>
        <translation>Edellinen jakso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="210"/>
        <source>A year earlier</source>
        <translation>Vuotta aiemmin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="211"/>
        <source>Sessions</source>
        <translation>Ohjaukset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="211"/>
        <source>Hours of help</source>
        <translation>Ohjausta tunteina</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="211"/>
        <source>Solved</source>
        <translation>Ratkesi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="218"/>
        <source>Branches that sent counts</source>
        <translation>Tilastot lähettäneet toimipisteet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="220"/>
        <source>Did not send: %1</source>
        <translation>Ei lähettänyt: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="226"/>
        <source>and %1 more</source>
        <translation>ja %1 muuta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="228"/>
        <source>No counts for this period from: %1</source>
        <translation>Tältä jaksolta ei tilastoja: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="232"/>
        <source>This period</source>
        <translation>Tämä jakso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="239"/>
        <source>There is no central database at %1 yet. Collect the counts from the share to see the network&apos;s figures.</source>
        <translation>Kohteessa %1 ei ole vielä keskustietokantaa. Kerää tilastot jaetusta kansiosta, niin näet verkoston luvut.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="252"/>
        <source>There is no central database at %1 yet; collect the share first.</source>
        <translation>Kohteessa %1 ei ole vielä keskustietokantaa; kerää ensin tilastot jaetusta kansiosta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="263"/>
        <source>Network report</source>
        <translation>Verkostoraportti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="264"/>
        <source>Report &amp;language:</source>
        <translation>Raportin &amp;kieli:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="265"/>
        <source>Save as &amp;PDF…</source>
        <translation>Tallenna &amp;PDF:nä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="266"/>
        <source>Save as &amp;CSV…</source>
        <translation>Tallenna &amp;CSV:nä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="267"/>
        <source>Report progress</source>
        <translation>Raportin eteneminen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="268"/>
        <source>Sessions by service</source>
        <translation>Ohjaukset palveluittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="269"/>
        <source>Sessions over time</source>
        <translation>Ohjaukset ajan mittaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="270"/>
        <source>Busy hours (weekday × hour)</source>
        <translation>Kiireisimmät ajat (viikonpäivä × tunti)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="271"/>
        <source>Sessions by service in the network</source>
        <translation>Verkoston ohjaukset palveluittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="272"/>
        <source>Sessions over time in the network</source>
        <translation>Verkoston ohjaukset ajan mittaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="273"/>
        <source>Busy hours in the network</source>
        <translation>Verkoston kiireisimmät ajat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="275"/>
        <source>No sessions in this period</source>
        <translation>Ei ohjauksia tällä jaksolla</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="104"/>
        <source>Q%1 %2</source>
        <translation>%1. neljännes %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="131"/>
        <source>Month</source>
        <translation>Kuukausi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="131"/>
        <source>Quarter</source>
        <translation>Neljännes</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="131"/>
        <source>Year</source>
        <translation>Vuosi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="131"/>
        <source>Custom dates</source>
        <translation>Omat päivämäärät</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="134"/>
        <source>&amp;Period:</source>
        <translation>&amp;Jakso:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="135"/>
        <source>&amp;Which:</source>
        <translation>&amp;Mikä:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="136"/>
        <source>&amp;From:</source>
        <translation>&amp;Alkaen:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="137"/>
        <source>&amp;To:</source>
        <translation>&amp;Päättyen:</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="54"/>
        <source>PDF document (*.pdf)</source>
        <extracomment>Open the written file with the system viewer; tests switch this off.</extracomment>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="56"/>
        <source>CSV file, all tables in one (*.csv);;ZIP of CSV files, one per table (*.zip)</source>
        <translation>CSV-tiedosto, kaikki taulukot yhdessä (*.csv);;ZIP-paketti, jokainen taulukko omana CSV-tiedostonaan (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="58"/>
        <source>Save the report</source>
        <translation>Tallenna raportti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="69"/>
        <source>Making the report…</source>
        <translation>Raporttia laaditaan…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="91"/>
        <source>Saved %1</source>
        <translation>Tallennettu: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="99"/>
        <source>The report could not be saved: %1</source>
        <translation>Raporttia ei voitu tallentaa: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="187"/>
        <source>The end date is before the start date; change one of them.</source>
        <extracomment>Report languages by their own names (never translated).</extracomment>
        <translation>Loppupäivä on ennen alkupäivää; muuta jompaakumpaa.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="217"/>
        <source>The figures could not be read: %1</source>
        <translation>Lukuja ei voitu lukea: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="226"/>
        <source>Previous period</source>
        <translation>Edellinen jakso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="226"/>
        <source>A year earlier</source>
        <translation>Vuotta aiemmin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="227"/>
        <source>Sessions</source>
        <translation>Ohjaukset</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="227"/>
        <source>Hours of help</source>
        <translation>Ohjausta tunteina</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="227"/>
        <source>Average duration (min)</source>
        <translation>Keskimääräinen kesto (min)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="227"/>
        <source>Solved</source>
        <translation>Ratkesi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="234"/>
        <source>This period</source>
        <translation>Tämä jakso</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="260"/>
        <source>Statistics reports</source>
        <translation>Tilastoraportit</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="261"/>
        <source>Report &amp;language:</source>
        <translation>Raportin &amp;kieli:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="262"/>
        <source>Save as &amp;PDF…</source>
        <translation>Tallenna &amp;PDF:nä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="263"/>
        <source>Save as &amp;CSV…</source>
        <translation>Tallenna &amp;CSV:nä…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="264"/>
        <source>Report progress</source>
        <translation>Raportin eteneminen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="265"/>
        <source>Figures of the period</source>
        <translation>Jakson luvut</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="266"/>
        <source>No help sessions were logged in this period.</source>
        <translation>Jaksolla ei kirjattu yhtään ohjausta.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="267"/>
        <location filename="../../desk/ui/reports/page.py" line="270"/>
        <source>Sessions by service</source>
        <translation>Ohjaukset palveluittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="268"/>
        <location filename="../../desk/ui/reports/page.py" line="271"/>
        <source>Sessions over time</source>
        <translation>Ohjaukset ajan mittaan</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="269"/>
        <source>Busy hours (weekday × hour)</source>
        <translation>Kiireisimmät ajat (viikonpäivä × tunti)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="272"/>
        <source>Busy hours</source>
        <translation>Kiireisimmät ajat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="274"/>
        <source>No sessions in this period</source>
        <translation>Ei ohjauksia tällä jaksolla</translation>
    </message>
</context>
</TS>
