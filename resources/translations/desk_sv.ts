<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="140" />
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="141" />
        <source>{0}: {1} sessions, {2}</source>
        <translation>{0}: {1} tillfällen, {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="144" />
        <source>This week: {0} sessions, {1}</source>
        <translation>Denna vecka: {0} tillfällen, {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="152" />
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="153" />
        <source>Day shown</source>
        <translation>Visad dag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="155" />
        <source>Back to today</source>
        <translation>Tillbaka till i dag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="156" />
        <source>Logged sessions</source>
        <translation>Loggade tillfällen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="158" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="158" />
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="158" />
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="158" />
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="158" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="160" />
        <source>No sessions logged on this day yet.</source>
        <translation>Inga tillfällen har loggats den här dagen ännu.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="161" />
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="162" />
        <source>Edit the selected session</source>
        <translation>Redigera det valda tillfället</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="163" />
        <source>De&amp;lete</source>
        <translation>R&amp;adera</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="164" />
        <source>Delete the selected session</source>
        <translation>Radera det valda tillfället</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="419" />
        <source>Optional details of the selected session (remembered on this PC)</source>
        <translation>Frivilliga detaljer om det valda tillfället (sparas på den här datorn)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="421" />
        <source>Optional details (remembered on this PC)</source>
        <translation>Frivilliga detaljer (sparas på den här datorn)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="425" />
        <source>Log help sessions</source>
        <translation>Logga hjälptillfällen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="426" />
        <source>Start a session: choose the service</source>
        <translation>Starta ett tillfälle: välj tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="427" />
        <source>Logged sessions</source>
        <translation>Loggade tillfällen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="428" />
        <source>Log a past session</source>
        <translation>Logga i efterhand</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="429" />
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
        <location filename="../../desk/ui/desk/logbook.py" line="104" />
        <source>Started: {0}</source>
        <translation>Startat: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="105" />
        <source>Deleted: {0}</source>
        <translation>Raderat: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="106" />
        <source>Restored: {0}</source>
        <translation>Återställt: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="107" />
        <source>Changed: {0}</source>
        <translation>Ändrat: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="111" />
        <source>Saved: {0}, {1}</source>
        <translation>Sparat: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="119" />
        <source>Nothing was saved: {0}</source>
        <translation>Inget sparades: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="120" />
        <source>Not saved.</source>
        <translation>Inte sparat.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../desk/ui/desk/undo_banner.py" line="50" />
        <source>Undo (Ctrl+Z)</source>
        <translation>Ångra (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/undo_banner.py" line="51" />
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
</context>
<context>
    <name>OpenSessionCard</name>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="145" />
        <source>Running for {0} min</source>
        <translation>Pågått {0} min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="151" />
        <source>Selected session</source>
        <translation>Valt tillfälle</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="168" />
        <source>Started at {0}</source>
        <translation>Började kl. {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="172" />
        <source>+ service</source>
        <translation>+ tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="173" />
        <source>Add another service this customer needed help with</source>
        <translation>Lägg till en annan tjänst som kunden behövde hjälp med</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="174" />
        <source>Add a service to: {0}</source>
        <translation>Lägg till tjänst: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="175" />
        <source>Remove this session (started by mistake)</source>
        <translation>Ta bort tillfället (startat av misstag)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="176" />
        <source>Remove session: {0}</source>
        <translation>Ta bort tillfälle: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="179" />
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
</context>
<context>
    <name>OpenSessionsPanel</name>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="281" />
        <source>Running now</source>
        <extracomment>(code, label) of the services offered as extra services on the cards.</extracomment>
        <translation>Pågår nu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="282" />
        <source>No session is running. Choose a service on the left to start the timer.</source>
        <translation>Inget tillfälle pågår. Välj en tjänst till vänster så startar tidtagningen.</translation>
    </message>
</context>
<context>
    <name>PastSessionForm</name>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="121" />
        <location filename="../../desk/ui/desk/past_form.py" line="221" />
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="197" />
        <source>&amp;Service</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="198" />
        <source>&amp;Extra service</source>
        <translation>&amp;Extra tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="199" />
        <source>&amp;Duration</source>
        <translation>&amp;Längd</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="200" />
        <source>&amp;Outcome</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="201" />
        <source>&amp;Referred to</source>
        <translation>&amp;Hänvisad till</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="202" />
        <source>Sta&amp;rted</source>
        <translation>&amp;Började</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="206" />
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="207" />
        <source>Extra service</source>
        <translation>Extra tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="208" />
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="209" />
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="210" />
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="211" />
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="214" />
        <source>Duration in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="215" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="218" />
        <source>{0} minutes</source>
        <translation>{0} minuter</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="219" />
        <source>&amp;Log this session</source>
        <translation>&amp;Logga tillfället</translation>
    </message>
</context>
<context>
    <name>ServiceGrid</name>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="165" />
        <source>&amp;Find a service (or just start typing)</source>
        <translation>&amp;Sök tjänst (eller börja bara skriva)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="166" />
        <source>e.g. Kela, bank, e-mail</source>
        <translation>t.ex. FPA, bank, e-post</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="167" />
        <source>Find a service</source>
        <translation>Sök tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="168" />
        <source>No service matches. Press Esc to clear the search.</source>
        <translation>Ingen tjänst matchar. Töm sökningen med Esc.</translation>
    </message>
</context>
<context>
    <name>SessionEditDialog</name>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="57" />
        <source>Edit session</source>
        <translation>Redigera tillfälle</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="65" />
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="77" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="83" />
        <source>not recorded</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="95" />
        <source>&amp;Service</source>
        <translation>&amp;Tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="96" />
        <source>E&amp;xtra service</source>
        <translation>E&amp;xtra tjänst</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="97" />
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="98" />
        <source>Sta&amp;rt time</source>
        <translation>Sta&amp;rttid</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="99" />
        <source>D&amp;uration</source>
        <translation>L&amp;ängd</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="100" />
        <source>&amp;Outcome</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="101" />
        <source>&amp;Referred to</source>
        <translation>&amp;Hänvisad till</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="102" />
        <source>&amp;Channel</source>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="103" />
        <source>&amp;Visit</source>
        <translation>&amp;Besök</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="104" />
        <source>&amp;Age</source>
        <translation>Ål&amp;der</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="105" />
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="106" />
        <source>De&amp;vice</source>
        <translation>&amp;Enhet</translation>
    </message>
</context>
</TS>