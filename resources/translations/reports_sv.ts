<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>NetworkReportPanel</name>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="184"/>
        <source>The end date is before the start date; change one of them.</source>
        <translation>Slutdatumet är före startdatumet; ändra något av dem.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="193"/>
        <source>The network figures could not be read: %1</source>
        <translation>Nätverkets siffror kunde inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="208"/>
        <source>No branch logged any help sessions in this period.</source>
        <translation>Inget verksamhetsställe registrerade stödtillfällen under perioden.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="210"/>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="210"/>
        <source>A year earlier</source>
        <translation>Ett år tidigare</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="211"/>
        <source>Sessions</source>
        <translation>Stödtillfällen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="211"/>
        <source>Hours of help</source>
        <translation>Timmar av stöd</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="211"/>
        <source>Solved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="218"/>
        <source>Branches that sent counts</source>
        <translation>Verksamhetsställen som skickat statistik</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="220"/>
        <source>Did not send: %1</source>
        <translation>Skickade inte: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="226"/>
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="228"/>
        <source>No counts for this period from: %1</source>
        <translation>Ingen statistik för perioden från: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="232"/>
        <source>This period</source>
        <translation>Denna period</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="239"/>
        <source>There is no central database at %1 yet. Collect the counts from the share to see the network&apos;s figures.</source>
        <translation>Det finns ännu ingen central databas i %1. Samla in statistiken från den delade mappen för att se nätverkets siffror.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="252"/>
        <source>There is no central database at %1 yet; collect the share first.</source>
        <translation>Det finns ännu ingen central databas i %1; samla in siffrorna från den delade mappen först.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="263"/>
        <source>Network report</source>
        <translation>Nätverksrapport</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="264"/>
        <source>Report &amp;language:</source>
        <translation>Rapportens &amp;språk:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="265"/>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="266"/>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="267"/>
        <source>Report progress</source>
        <translation>Rapportens förlopp</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="268"/>
        <source>Sessions by service</source>
        <translation>Stödtillfällen per tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="269"/>
        <source>Sessions over time</source>
        <translation>Stödtillfällen över tid</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="270"/>
        <source>Busy hours (weekday × hour)</source>
        <translation>De mest hektiska tiderna (veckodag × timme)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="271"/>
        <source>Sessions by service in the network</source>
        <translation>Nätverkets stödtillfällen per tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="272"/>
        <source>Sessions over time in the network</source>
        <translation>Nätverkets stödtillfällen över tid</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="273"/>
        <source>Busy hours in the network</source>
        <translation>De mest hektiska tiderna i nätverket</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/network_panel.py" line="275"/>
        <source>No sessions in this period</source>
        <translation>Inga stödtillfällen under perioden</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="104"/>
        <source>Q%1 %2</source>
        <translation>Kvartal %1 %2</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="131"/>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="131"/>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="131"/>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="131"/>
        <source>Custom dates</source>
        <translation>Egna datum</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="134"/>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="135"/>
        <source>&amp;Which:</source>
        <translation>&amp;Vilken:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="136"/>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/period_picker.py" line="137"/>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="54"/>
        <source>PDF document (*.pdf)</source>
        <extracomment>Open the written file with the system viewer; tests switch this off.</extracomment>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="56"/>
        <source>CSV file, all tables in one (*.csv);;ZIP of CSV files, one per table (*.zip)</source>
        <translation>CSV-fil, alla tabeller i en (*.csv);;ZIP-arkiv, en CSV-fil per tabell (*.zip)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="58"/>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="69"/>
        <source>Making the report…</source>
        <translation>Rapporten skapas…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="91"/>
        <source>Saved %1</source>
        <translation>Sparad: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/export.py" line="99"/>
        <source>The report could not be saved: %1</source>
        <translation>Rapporten kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="187"/>
        <source>The end date is before the start date; change one of them.</source>
        <extracomment>Report languages by their own names (never translated).</extracomment>
        <translation>Slutdatumet är före startdatumet; ändra något av dem.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="217"/>
        <source>The figures could not be read: %1</source>
        <translation>Siffrorna kunde inte läsas: %1</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="226"/>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="226"/>
        <source>A year earlier</source>
        <translation>Ett år tidigare</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="227"/>
        <source>Sessions</source>
        <translation>Stödtillfällen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="227"/>
        <source>Hours of help</source>
        <translation>Timmar av stöd</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="227"/>
        <source>Average duration (min)</source>
        <translation>Genomsnittlig längd (min)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="227"/>
        <source>Solved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="234"/>
        <source>This period</source>
        <translation>Denna period</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="260"/>
        <source>Statistics reports</source>
        <translation>Statistikrapporter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="261"/>
        <source>Report &amp;language:</source>
        <translation>Rapportens &amp;språk:</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="262"/>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="263"/>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="264"/>
        <source>Report progress</source>
        <translation>Rapportens förlopp</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="265"/>
        <source>Figures of the period</source>
        <translation>Periodens siffror</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="266"/>
        <source>No help sessions were logged in this period.</source>
        <translation>Inga stödtillfällen registrerades under perioden.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="267"/>
        <location filename="../../desk/ui/reports/page.py" line="270"/>
        <source>Sessions by service</source>
        <translation>Stödtillfällen per tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="268"/>
        <location filename="../../desk/ui/reports/page.py" line="271"/>
        <source>Sessions over time</source>
        <translation>Stödtillfällen över tid</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="269"/>
        <source>Busy hours (weekday × hour)</source>
        <translation>De mest hektiska tiderna (veckodag × timme)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="272"/>
        <source>Busy hours</source>
        <translation>De mest hektiska tiderna</translation>
    </message>
    <message>
        <location filename="../../desk/ui/reports/page.py" line="274"/>
        <source>No sessions in this period</source>
        <translation>Inga stödtillfällen under perioden</translation>
    </message>
</context>
</TS>
