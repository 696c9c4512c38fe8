<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="144" />
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="145" />
        <source>{0}: {1} sessions, {2}</source>
        <translation>{0}: {1} tillfällen, {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="148" />
        <source>This week: {0} sessions, {1}</source>
        <translation>Denna vecka: {0} tillfällen, {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="156" />
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="157" />
        <source>Day shown</source>
        <translation>Visad dag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="159" />
        <source>Back to today</source>
        <translation>Tillbaka till i dag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="160" />
        <source>Logged sessions</source>
        <translation>Loggade tillfällen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="162" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="162" />
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="162" />
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="162" />
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="162" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="164" />
        <source>No sessions logged on this day yet.</source>
        <translation>Inga tillfällen har loggats den här dagen ännu.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="165" />
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="166" />
        <source>Edit the selected session</source>
        <translation>Redigera det valda tillfället</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="167" />
        <source>De&amp;lete</source>
        <translation>R&amp;adera</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="168" />
        <source>Delete the selected session</source>
        <translation>Radera det valda tillfället</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="282" />
        <source>Service order saved: the numbers 1–9 stay as shown.</source>
        <extracomment>What Ctrl+Z undoes: a delete or a discarded card (restore), a finish (reopen), a past entry (delete).</extracomment>
        <translation>Tjänsternas ordning sparad: siffrorna 1–9 förblir som de visas.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="504" />
        <source>Optional details of the selected session</source>
        <translation>Frivilliga uppgifter om det valda tillfället</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="507" />
        <source>Optional details of the next session (channel and visit are remembered)</source>
        <translation>Frivilliga uppgifter om nästa tillfälle (kanal och besökssätt kommer ihåg)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="512" />
        <source>Log help sessions</source>
        <translation>Logga hjälptillfällen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="513" />
        <source>Start a session: choose the service</source>
        <translation>Starta ett tillfälle: välj tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="514" />
        <source>Logged sessions</source>
        <translation>Loggade tillfällen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="515" />
        <source>Log a past session</source>
        <translation>Logga i efterhand</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="516" />
        <source>Logged sessions or past session</source>
        <translation>Loggade tillfällen eller loggning i efterhand</translation>
    </message>
</context>
<context>
    <name>DeskTexts</name>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="44" />
        <source>{0} min</source>
        <extracomment>The duration quick picks of the after-the-fact form, in minutes.</extracomment>
        <translation>{0} min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="49" />
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="67" />
        <source>Choose at least one service.</source>
        <translation>Välj minst en tjänst.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="68" />
        <source>The same service is chosen twice.</source>
        <translation>Samma tjänst är vald två gånger.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="69" />
        <source>That service is not in the catalogue.</source>
        <translation>Tjänsten finns inte i tjänstekatalogen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="70" />
        <source>The start time is in the future. Sessions can only be logged once they have begun.</source>
        <translation>Starttiden ligger i framtiden. Ett tillfälle kan loggas först när det har börjat.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="73" />
        <source>The duration must be at least one minute.</source>
        <translation>Längden måste vara minst en minut.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="74" />
        <source>The duration cannot be over 8 hours. Log a long day as separate sessions.</source>
        <translation>Längden kan vara högst 8 timmar. Logga en lång dag som separata tillfällen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="77" />
        <source>Choose how the session ended.</source>
        <translation>Välj hur tillfället slutade.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="78" />
        <source>A referral target is only for referred sessions.</source>
        <translation>Hänvisningsmål väljs bara för hänvisade tillfällen.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="82" />
        <source>The entry could not be saved.</source>
        <translation>Posten kunde inte sparas.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="88" />
        <source>Done – solved</source>
        <translation>Klar – löst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="89" />
        <source>Partly solved</source>
        <translation>Delvis löst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="90" />
        <source>Referred…</source>
        <translation>Hänvisad…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="91" />
        <source>Not solved</source>
        <translation>Inte löst</translation>
    </message>
</context>
<context>
    <name>DetailsBar</name>
    <message>
        <location filename="../../desk/ui/desk/details_bar.py" line="102" />
        <source>Channel</source>
        <extracomment>(field of SessionDetails, its code enum, whether "not recorded" is a choice)</extracomment>
        <translation>Kanal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/details_bar.py" line="103" />
        <source>Visit</source>
        <translation>Besök</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/details_bar.py" line="104" />
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/details_bar.py" line="105" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/details_bar.py" line="106" />
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/details_bar.py" line="111" />
        <source>not recorded</source>
        <translation>inte angivet</translation>
    </message>
</context>
<context>
    <name>Logbook</name>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="112" />
        <source>Started: {0}</source>
        <translation>Startat: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="113" />
        <source>Deleted: {0}</source>
        <translation>Raderat: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="114" />
        <source>Restored: {0}</source>
        <translation>Återställt: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="115" />
        <source>Changed: {0}</source>
        <translation>Ändrat: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="116" />
        <source>Running again: {0}</source>
        <translation>Pågår igen: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="117" />
        <source>Removed: {0}. Undo with Ctrl+Z.</source>
        <translation>Borttaget: {0}. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="125" />
        <source>Saved: {0} – {1}, {2}</source>
        <translation>Sparat: {0} – {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="133" />
        <source>Nothing was saved: {0}</source>
        <translation>Inget sparades: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="134" />
        <source>Not saved.</source>
        <translation>Inte sparat.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../desk/ui/desk/undo_banner.py" line="58" />
        <source>Undo with Ctrl+Z.</source>
        <translation>Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/undo_banner.py" line="79" />
        <source>Undo (Ctrl+Z)</source>
        <translation>Ångra (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/undo_banner.py" line="80" />
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
</context>
<context>
    <name>OpenSessionCard</name>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="166" />
        <source>Running for {0} min</source>
        <extracomment>The keys that finish the selected running session (the newest unless staff picked another card).</extracomment>
        <translation>Pågått {0} min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="179" />
        <source>Selected session</source>
        <translation>Valt tillfälle</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="201" />
        <source>Started at {0}</source>
        <translation>Började kl. {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="206" />
        <source>+ service</source>
        <translation>+ tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="207" />
        <source>Add another service this customer needed help with</source>
        <translation>Lägg till en annan tjänst som kunden behövde hjälp med</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="208" />
        <source>Add a service to: {0}</source>
        <translation>Lägg till tjänst: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="209" />
        <source>Remove this session (started by mistake)</source>
        <translation>Ta bort tillfället (startat av misstag)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="210" />
        <source>Remove session: {0}</source>
        <translation>Ta bort tillfälle: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="213" />
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
</context>
<context>
    <name>OpenSessionsPanel</name>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="390" />
        <source>Running now</source>
        <extracomment>(code, label) of the services offered as extra services on the cards.</extracomment>
        <translation>Pågår nu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="391" />
        <source>No session is running. Choose a service on the left to start the timer.</source>
        <translation>Inget tillfälle pågår. Välj en tjänst till vänster så startar tidtagningen.</translation>
    </message>
</context>
<context>
    <name>PastSessionForm</name>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="131" />
        <location filename="../../desk/ui/desk/past_form.py" line="282" />
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="195" />
        <source>There is no day {0}.</source>
        <translation>Dagen {0} finns inte.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="197" />
        <source>Write the day as 30.11.2026 (day, month, year).</source>
        <translation>Skriv dagen som 30.11.2026 (dag, månad, år).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="200" />
        <source>There is no time {0}.</source>
        <translation>Klockslaget {0} finns inte.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="202" />
        <source>Write the start time as 14.05 (hours and minutes).</source>
        <translation>Skriv starttiden som 14.05 (timmar och minuter).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="257" />
        <source>&amp;Service</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="258" />
        <source>&amp;Extra service</source>
        <translation>&amp;Extra tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="259" />
        <source>&amp;Duration</source>
        <translation>&amp;Längd</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="260" />
        <source>&amp;Outcome</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="261" />
        <source>&amp;Referred to</source>
        <translation>&amp;Hänvisad till</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="262" />
        <source>Sta&amp;rted</source>
        <translation>&amp;Började</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="266" />
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="267" />
        <source>Extra service</source>
        <translation>Extra tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="268" />
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="269" />
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="270" />
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="271" />
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="272" />
        <source>e.g. 30.11.2026</source>
        <translation>t.ex. 30.11.2026</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="273" />
        <source>e.g. 14.05</source>
        <translation>t.ex. 14.05</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="275" />
        <source>Duration in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="276" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="279" />
        <source>{0} minutes</source>
        <translation>{0} minuter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="280" />
        <source>&amp;Log this session</source>
        <translation>&amp;Logga tillfället</translation>
    </message>
</context>
<context>
    <name>ServiceButton</name>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="57" />
        <source>Starts a session. Shortcut: {0}</source>
        <translation>Startar ett tillfälle. Kortkommando: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="57" />
        <source>Starts a session.</source>
        <translation>Startar ett tillfälle.</translation>
    </message>
</context>
<context>
    <name>ServiceGrid</name>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="149" />
        <source>Move to the first place</source>
        <translation>Flytta först</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="150" />
        <source>Move one place earlier</source>
        <translation>Flytta ett steg tidigare</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="151" />
        <source>Move one place later</source>
        <translation>Flytta ett steg senare</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="157" />
        <source>Order by use in the last 90 days (then keep it)</source>
        <translation>Ordna efter användning de senaste 90 dagarna (och behåll ordningen)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="206" />
        <source>&amp;Find a service (or just start typing)</source>
        <translation>&amp;Sök tjänst (eller börja bara skriva)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="207" />
        <source>e.g. Kela, bank, e-mail</source>
        <translation>t.ex. FPA, bank, e-post</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="208" />
        <source>Find a service</source>
        <translation>Sök tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="209" />
        <source>No service matches. Press Esc to clear the search.</source>
        <translation>Ingen tjänst matchar. Töm sökningen med Esc.</translation>
    </message>
</context>
<context>
    <name>SessionEditDialog</name>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="59" />
        <source>Edit session</source>
        <translation>Redigera tillfälle</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="67" />
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="79" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="85" />
        <source>not recorded</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="97" />
        <source>&amp;Service</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="98" />
        <source>E&amp;xtra service</source>
        <translation>E&amp;xtra tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="99" />
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="100" />
        <source>Sta&amp;rt time</source>
        <translation>Sta&amp;rttid</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="101" />
        <source>D&amp;uration</source>
        <translation>L&amp;ängd</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="102" />
        <source>&amp;Outcome</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="103" />
        <source>&amp;Referred to</source>
        <translation>&amp;Hänvisad till</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="104" />
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="105" />
        <source>&amp;Visit</source>
        <translation>&amp;Besök</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="106" />
        <source>&amp;Age</source>
        <translation>Ål&amp;der</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="107" />
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="108" />
        <source>De&amp;vice</source>
        <translation>&amp;Enhet</translation>
    </message>
</context>
</TS>