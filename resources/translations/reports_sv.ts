<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>NetworkReportPanel</name>
    <message>
        <source>The network figures could not be read: %1</source>
        <extracomment>Every branch, or one municipality's or library organisation's (data: a NetworkScope).</extracomment>
        <translation>Nätverkets siffror kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>No branch logged any help sessions in this period.</source>
        <translation>Inget verksamhetsställe registrerade stödtillfällen under perioden.</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Ett år tidigare</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Stödtillfällen</translation>
    </message>
    <message>
        <source>Hours of help</source>
        <translation>Timmar av stöd</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Branches that sent counts</source>
        <translation>Verksamhetsställen som skickat statistik</translation>
    </message>
    <message>
        <source>Did not send: %1</source>
        <translation>Skickade inte: %1</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>och %1 till</translation>
    </message>
    <message>
        <source>No counts for this period from: %1</source>
        <translation>Ingen statistik för perioden från: %1</translation>
    </message>
    <message>
        <source>Municipality: %1</source>
        <translation>Kommun: %1</translation>
    </message>
    <message>
        <source>Library organisation: %1</source>
        <translation>Biblioteksorganisation: %1</translation>
    </message>
    <message>
        <source>The whole network</source>
        <translation>Hela nätverket</translation>
    </message>
    <message>
        <source>There is no central database at %1 yet. Collect the counts from the share to see the network's figures.</source>
        <translation>Det finns ännu ingen central databas i %1. Samla in statistiken från den delade mappen för att se nätverkets siffror.</translation>
    </message>
    <message>
        <source>There is no central database at %1 yet; collect the share first.</source>
        <translation>Det finns ännu ingen central databas i %1; samla in siffrorna från den delade mappen först.</translation>
    </message>
    <message>
        <source>Network report</source>
        <translation>Nätverksrapport</translation>
    </message>
    <message>
        <source>Report c&amp;overs:</source>
        <translation>Rapporten &amp;omfattar:</translation>
    </message>
    <message>
        <source>Branches the network report covers</source>
        <translation>Verksamhetsställen som nätverksrapporten omfattar</translation>
    </message>
    <message>
        <source>Sessions by service in the network</source>
        <translation>Nätverkets stödtillfällen per tjänst</translation>
    </message>
    <message>
        <source>Sessions over time in the network</source>
        <translation>Nätverkets stödtillfällen över tid</translation>
    </message>
    <message>
        <source>Busy hours in the network</source>
        <translation>De mest hektiska tiderna i nätverket</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <source>Q%1 %2</source>
        <translation>Kvartal %1 %2</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Månad</translation>
    </message>
    <message>
        <source>Quarter</source>
        <translation>Kvartal</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>År</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>Egna datum</translation>
    </message>
    <message>
        <source>&amp;Period:</source>
        <translation>&amp;Period:</translation>
    </message>
    <message>
        <source>&amp;Which:</source>
        <translation>&amp;Vilken:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Från:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Till:</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>This period</source>
        <translation>Denna period</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Ett år tidigare</translation>
    </message>
    <message>
        <source>Sessions by service</source>
        <translation>Stödtillfällen per tjänst</translation>
    </message>
    <message>
        <source>Sessions over time</source>
        <translation>Stödtillfällen över tid</translation>
    </message>
    <message>
        <source>Busy hours (weekday × hour)</source>
        <translation>De mest hektiska tiderna (veckodag × timme)</translation>
    </message>
    <message>
        <source>Busy hours</source>
        <translation>De mest hektiska tiderna</translation>
    </message>
    <message>
        <source>Sessions by hour:</source>
        <translation>Stödtillfällen per timme:</translation>
    </message>
    <message>
        <source>No sessions in this period</source>
        <translation>Inga stödtillfällen under perioden</translation>
    </message>
</context>
<context>
    <name>ReportControls</name>
    <message>
        <source>The end date is before the start date; change one of them.</source>
        <extracomment>Report languages by their own names (never translated).</extracomment>
        <translation>Slutdatumet är före startdatumet; ändra något av dem.</translation>
    </message>
    <message>
        <source>Report &amp;language:</source>
        <translation>Rapportens &amp;språk:</translation>
    </message>
    <message>
        <source>Save as &amp;PDF…</source>
        <translation>Spara som &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as E&amp;xcel…</source>
        <translation>Spara som E&amp;xcel…</translation>
    </message>
    <message>
        <source>An Excel workbook: one sheet per table, numbers as numbers</source>
        <translation>En Excel-arbetsbok: varje tabell på ett eget blad, tal som tal</translation>
    </message>
    <message>
        <source>Save as &amp;CSV…</source>
        <translation>Spara som &amp;CSV…</translation>
    </message>
    <message>
        <source>Report progress</source>
        <translation>Rapportens förlopp</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <source>PDF document (*.pdf)</source>
        <extracomment>Open the written file with the system viewer; tests switch this off.</extracomment>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file, every figure in long format (*.csv);;ZIP of CSV files, one per table (*.zip)</source>
        <translation>CSV-fil, alla siffror i långt format (*.csv);;ZIP-arkiv med CSV-filer, en per tabell (*.zip)</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Spara rapporten</translation>
    </message>
    <message>
        <source>Making the report…</source>
        <translation>Rapporten skapas…</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>Sparad: %1</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Rapporten kunde inte sparas: %1</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <source>The figures could not be read: %1</source>
        <extracomment>True until the first figures are shown: an empty current month then gives way to the last whole one.</extracomment>
        <translation>Siffrorna kunde inte läsas: %1</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Föregående period</translation>
    </message>
    <message>
        <source>A year earlier</source>
        <translation>Ett år tidigare</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Stödtillfällen</translation>
    </message>
    <message>
        <source>Hours of help</source>
        <translation>Timmar av stöd</translation>
    </message>
    <message>
        <source>Average duration (min)</source>
        <translation>Genomsnittlig längd (min)</translation>
    </message>
    <message>
        <source>Solved</source>
        <translation>Löst</translation>
    </message>
    <message>
        <source>Statistics reports</source>
        <translation>Statistikrapporter</translation>
    </message>
    <message>
        <source>Figures of the period</source>
        <translation>Periodens siffror</translation>
    </message>
    <message>
        <source>No help sessions were logged in this period.</source>
        <translation>Inga stödtillfällen registrerades under perioden.</translation>
    </message>
</context>
</TS>