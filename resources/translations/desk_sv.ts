<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>DayPanel</name>
    <message>
        <source>Today</source>
        <translation>I dag</translation>
    </message>
    <message>
        <source>{0}: {1} sessions, {2}</source>
        <translation>{0}: {1} tillfällen, {2}</translation>
    </message>
    <message>
        <source>This week: {0} sessions, {1}</source>
        <translation>Denna vecka: {0} tillfällen, {1}</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Visad dag</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Tillbaka till i dag</translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation>Loggade tillfällen</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <source>No sessions logged on this day yet.</source>
        <translation>Inga tillfällen har loggats den här dagen ännu.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit the selected session</source>
        <translation>Redigera det valda tillfället</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>R&amp;adera</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Radera det valda tillfället</translation>
    </message>
    <message>
        <source>Print referral &amp;slip</source>
        <translation>&amp;Skriv ut hänvisningslapp</translation>
    </message>
    <message>
        <source>Print the referral slip of the selected session's partner</source>
        <translation>Skriv ut hänvisningslappen för det valda stödtillfällets samarbetspartner</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Service order saved: the numbers 1–9 stay as shown.</source>
        <extracomment>What Ctrl+Z undoes: a delete or a discarded card (restore), a finish (reopen), a past entry (delete). The open "Referred to" chooser, if any.</extracomment>
        <translation>Tjänsternas ordning sparad: siffrorna 1–9 förblir som de visas.</translation>
    </message>
    <message>
        <source>Optional details of the selected session</source>
        <translation>Frivilliga uppgifter om det valda tillfället</translation>
    </message>
    <message>
        <source>Optional details of the next session (channel and visit are remembered)</source>
        <translation>Frivilliga uppgifter om nästa tillfälle (kanal och besökssätt kommer ihåg)</translation>
    </message>
    <message>
        <source>Log help sessions</source>
        <translation>Logga hjälptillfällen</translation>
    </message>
    <message>
        <source>Start a session: choose the service</source>
        <translation>Starta ett tillfälle: välj tjänst</translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation>Loggade tillfällen</translation>
    </message>
    <message>
        <source>Log a past session</source>
        <translation>Logga i efterhand</translation>
    </message>
    <message>
        <source>Group events</source>
        <translation>Gruppevenemang</translation>
    </message>
    <message>
        <source>Logged sessions, past session or group events</source>
        <translation>Loggade tillfällen, logga i efterhand eller gruppevenemang</translation>
    </message>
</context>
<context>
    <name>DeskTexts</name>
    <message>
        <source>{0} min</source>
        <extracomment>The duration quick picks of the after-the-fact form, in minutes.</extracomment>
        <translation>{0} min</translation>
    </message>
    <message>
        <source>{0} h</source>
        <translation>{0} h</translation>
    </message>
    <message>
        <source>Choose at least one service.</source>
        <translation>Välj minst en tjänst.</translation>
    </message>
    <message>
        <source>The same service is chosen twice.</source>
        <translation>Samma tjänst är vald två gånger.</translation>
    </message>
    <message>
        <source>That service is not in the catalogue.</source>
        <translation>Tjänsten finns inte i tjänstekatalogen.</translation>
    </message>
    <message>
        <source>The start time is in the future. Sessions can only be logged once they have begun.</source>
        <translation>Starttiden ligger i framtiden. Ett tillfälle kan loggas först när det har börjat.</translation>
    </message>
    <message>
        <source>The duration must be at least one minute.</source>
        <translation>Längden måste vara minst en minut.</translation>
    </message>
    <message>
        <source>The duration cannot be over 8 hours. Log a long day as separate sessions.</source>
        <translation>Längden kan vara högst 8 timmar. Logga en lång dag som separata tillfällen.</translation>
    </message>
    <message>
        <source>Choose how the session ended.</source>
        <translation>Välj hur tillfället slutade.</translation>
    </message>
    <message>
        <source>A referral target is only for referred sessions.</source>
        <translation>Hänvisningsmål väljs bara för hänvisade tillfällen.</translation>
    </message>
    <message>
        <source>The partner is not in the partner directory's code form.</source>
        <translation>Samarbetspartnerns kod har inte partnerkatalogens kodform.</translation>
    </message>
    <message>
        <source>Between 1 and 50 sessions can be saved at once.</source>
        <translation>Högst 50 tillfällen (minst 1) kan sparas på en gång.</translation>
    </message>
    <message>
        <source>The entry could not be saved.</source>
        <translation>Posten kunde inte sparas.</translation>
    </message>
    <message>
        <source>Choose at least one service the event covered.</source>
        <translation>Välj minst en tjänst som evenemanget gällde.</translation>
    </message>
    <message>
        <source>An event needs at least one participant.</source>
        <translation>Ett evenemang behöver minst en deltagare.</translation>
    </message>
    <message>
        <source>A participant count cannot be over 9999.</source>
        <translation>Antalet deltagare kan inte vara över 9999.</translation>
    </message>
    <message>
        <source>Choose the partner from the list.</source>
        <translation>Välj samarbetspartnern i listan.</translation>
    </message>
    <message>
        <source>The date must be between 2000 and 2100.</source>
        <translation>Datumet måste ligga mellan år 2000 och 2100.</translation>
    </message>
    <message>
        <source>Done – solved</source>
        <translation>Klar – löst</translation>
    </message>
    <message>
        <source>Partly solved</source>
        <translation>Delvis löst</translation>
    </message>
    <message>
        <source>Referred…</source>
        <translation>Hänvisad…</translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation>Inte löst</translation>
    </message>
    <message>
        <source>There is no day {0}.</source>
        <translation>Dagen {0} finns inte.</translation>
    </message>
    <message>
        <source>Write the day as 30.11.2026 (day, month, year).</source>
        <translation>Skriv dagen som 30.11.2026 (dag, månad, år).</translation>
    </message>
    <message>
        <source>There is no time {0}.</source>
        <translation>Klockslaget {0} finns inte.</translation>
    </message>
    <message>
        <source>Write the start time as 14.05 (hours and minutes).</source>
        <translation>Skriv starttiden som 14.05 (timmar och minuter).</translation>
    </message>
</context>
<context>
    <name>DetailsBar</name>
    <message>
        <source>Channel</source>
        <extracomment>(field of SessionDetails, its code enum, whether "not recorded" is a choice), as desk.domain.details declares them The codes offered for a new session (retired ones, like the old under-65 band, are left out).</extracomment>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Besökssätt</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ålder</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Enhet</translation>
    </message>
    <message>
        <source>Helped by</source>
        <translation>Hjälpt av</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte angivet</translation>
    </message>
</context>
<context>
    <name>EventsBook</name>
    <message>
        <source>{0} {1}, {2} participants</source>
        <translation>{0} kl. {1}, {2} deltagare</translation>
    </message>
    <message>
        <source>Event saved: {0}</source>
        <translation>Evenemanget sparat: {0}</translation>
    </message>
    <message>
        <source>Event changed: {0}</source>
        <translation>Evenemanget ändrat: {0}</translation>
    </message>
    <message>
        <source>Event deleted: {0}</source>
        <translation>Evenemanget raderat: {0}</translation>
    </message>
    <message>
        <source>Event restored: {0}</source>
        <translation>Evenemanget återställt: {0}</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>Inget sparades: {0}</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Inte sparat.</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>none</source>
        <extracomment>How far back the list of events goes.</extracomment>
        <translation>ingen</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>{0} ({1} + {2})</source>
        <translation>{0} ({1} + {2})</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>&amp;Spara ändringar</translation>
    </message>
    <message>
        <source>&amp;Log this event</source>
        <translation>Lo&amp;gga evenemanget</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Avbryt redigeringen</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Typ</translation>
    </message>
    <message>
        <source>Or&amp;ganiser</source>
        <translation>&amp;Arrangör</translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation>&amp;Partner</translation>
    </message>
    <message>
        <source>Conten&amp;t</source>
        <translation>&amp;Innehåll</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>T&amp;jänst</translation>
    </message>
    <message>
        <source>E&amp;xtra service</source>
        <translation>E&amp;xtra tjänst</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;När</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Längd</translation>
    </message>
    <message>
        <source>Under &amp;18</source>
        <translation>Under &amp;18</translation>
    </message>
    <message>
        <source>18 and o&amp;ver</source>
        <translation>18 och &amp;äldre</translation>
    </message>
    <message>
        <source>Hel&amp;ped by</source>
        <translation>Hjälpt a&amp;v</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Typ av evenemang</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Arrangör</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Samarbetspartner</translation>
    </message>
    <message>
        <source>Content category of the library statistics</source>
        <translation>Innehållskategori i biblioteksstatistiken</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Extra service</source>
        <translation>Extra tjänst</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source>Helped by</source>
        <translation>Hjälpt av</translation>
    </message>
    <message>
        <source>Participants under 18</source>
        <translation>Deltagare under 18</translation>
    </message>
    <message>
        <source>Participants 18 and over</source>
        <translation>Deltagare 18 och äldre</translation>
    </message>
    <message>
        <source>Events of the last month</source>
        <translation>Evenemang den senaste månaden</translation>
    </message>
    <message>
        <source>e.g. 30.11.2026</source>
        <translation>t.ex. 30.11.2026</translation>
    </message>
    <message>
        <source>e.g. 14.05</source>
        <translation>t.ex. 14.05</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>When</source>
        <translation>När</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Evenemang</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Deltagare</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Längd</translation>
    </message>
    <message>
        <source>All participants (under 18 + 18 and over)</source>
        <translation>Alla deltagare (under 18 + 18 och äldre)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ra&amp;dera</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Redigera det valda evenemanget</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Radera det valda evenemanget</translation>
    </message>
</context>
<context>
    <name>Logbook</name>
    <message>
        <source>Saved: {0} × {1}, {2} each</source>
        <translation>Sparat: {0} × {1}, {2} vardera</translation>
    </message>
    <message>
        <source>Removed: {0} × {1}, {2} each</source>
        <translation>Borttaget: {0} × {1}, {2} vardera</translation>
    </message>
    <message>
        <source>Restored: {0} × {1}, {2} each</source>
        <translation>Återställt: {0} × {1}, {2} vardera</translation>
    </message>
    <message>
        <source>Started: {0}</source>
        <translation>Startat: {0}</translation>
    </message>
    <message>
        <source>Deleted: {0}</source>
        <translation>Raderat: {0}</translation>
    </message>
    <message>
        <source>Restored: {0}</source>
        <translation>Återställt: {0}</translation>
    </message>
    <message>
        <source>Changed: {0}</source>
        <translation>Ändrat: {0}</translation>
    </message>
    <message>
        <source>Running again: {0}</source>
        <translation>Pågår igen: {0}</translation>
    </message>
    <message>
        <source>Removed: {0}. Undo with Ctrl+Z.</source>
        <translation>Borttaget: {0}. Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Saved: {0} – {1}, {2}</source>
        <translation>Sparat: {0} – {1}, {2}</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>Inget sparades: {0}</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Inte sparat.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Ångra med Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Ångra (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
</context>
<context>
    <name>OpenSessionCard</name>
    <message>
        <source>Running for {0} min</source>
        <extracomment>The keys that finish the selected running session (the newest unless staff picked another card).</extracomment>
        <translation>Pågått {0} min</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Valt tillfälle</translation>
    </message>
    <message>
        <source>Started at {0}</source>
        <translation>Började kl. {0}</translation>
    </message>
    <message>
        <source>+ service</source>
        <translation>+ tjänst</translation>
    </message>
    <message>
        <source>Add another service this customer needed help with</source>
        <translation>Lägg till en annan tjänst som kunden behövde hjälp med</translation>
    </message>
    <message>
        <source>Add a service to: {0}</source>
        <translation>Lägg till tjänst: {0}</translation>
    </message>
    <message>
        <source>Remove this session (started by mistake)</source>
        <translation>Ta bort tillfället (startat av misstag)</translation>
    </message>
    <message>
        <source>Remove session: {0}</source>
        <translation>Ta bort tillfälle: {0}</translation>
    </message>
</context>
<context>
    <name>OpenSessionsPanel</name>
    <message>
        <source>Running now</source>
        <extracomment>(code, label) of the services offered as extra services on the cards.</extracomment>
        <translation>Pågår nu</translation>
    </message>
    <message>
        <source>No session is running. Choose a service on the left to start the timer.</source>
        <translation>Inget tillfälle pågår. Välj en tjänst till vänster så startar tidtagningen.</translation>
    </message>
</context>
<context>
    <name>PastSessionForm</name>
    <message>
        <source>none</source>
        <extracomment>The directory's partners for the chosen service first, then the coarse targets. The partners offered for a service (the page gives the directory's; none until then). How many identical sessions one save logs ("3 × printing, 5 min each"), each a separate entry.</extracomment>
        <translation>ingen</translation>
    </message>
    <message>
        <source>&amp;Log {0} sessions</source>
        <translation>&amp;Logga {0} tillfällen</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>T&amp;jänst</translation>
    </message>
    <message>
        <source>&amp;Extra service</source>
        <translation>&amp;Extra tjänst</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Längd</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <source>&amp;Referred to</source>
        <translation>&amp;Hänvisad till</translation>
    </message>
    <message>
        <source>Sta&amp;rted</source>
        <translation>&amp;Började</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Tjänst</translation>
    </message>
    <message>
        <source>Extra service</source>
        <translation>Extra tjänst</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dag</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Starttid</translation>
    </message>
    <message>
        <source>e.g. 30.11.2026</source>
        <translation>t.ex. 30.11.2026</translation>
    </message>
    <message>
        <source>e.g. 14.05</source>
        <translation>t.ex. 14.05</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Längd i minuter</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} minuter</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Antal</translation>
    </message>
    <message>
        <source>Number of identical sessions to log</source>
        <translation>Antal likadana tillfällen att logga</translation>
    </message>
    <message>
        <source>Log several identical quick sessions at once, each a separate entry</source>
        <translation>Logga flera likadana korta tillfällen på en gång, vart och ett som en egen post</translation>
    </message>
    <message>
        <source>&amp;Log this session</source>
        <translation>&amp;Logga tillfället</translation>
    </message>
</context>
<context>
    <name>ReferralChooser</name>
    <message>
        <source>by phone or online</source>
        <translation>per telefon eller på nätet</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Hänvisad till</translation>
    </message>
    <message>
        <source>Where was the customer referred? ({0})</source>
        <translation>Vart hänvisades kunden? ({0})</translation>
    </message>
    <message>
        <source>Referred to: {0}</source>
        <translation>Hänvisad till: {0}</translation>
    </message>
    <message>
        <source>&amp;Print referral slip</source>
        <translation>&amp;Skriv ut hänvisningslapp</translation>
    </message>
    <message>
        <source>Print a referral slip for the customer</source>
        <translation>Skriv ut en hänvisningslapp åt kunden</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Hänvisa</translation>
    </message>
    <message>
        <source>Help with this service</source>
        <translation>Hjälper med den här tjänsten</translation>
    </message>
    <message>
        <source>Other partners</source>
        <translation>Andra samarbetspartner</translation>
    </message>
    <message>
        <source>Other / not listed</source>
        <translation>Annan / inte i listan</translation>
    </message>
</context>
<context>
    <name>ServiceButton</name>
    <message>
        <source>Starts a session. Shortcut: {0}</source>
        <translation>Startar ett tillfälle. Kortkommando: {0}</translation>
    </message>
    <message>
        <source>Starts a session.</source>
        <translation>Startar ett tillfälle.</translation>
    </message>
</context>
<context>
    <name>ServiceGrid</name>
    <message>
        <source>Move to the first place</source>
        <translation>Flytta först</translation>
    </message>
    <message>
        <source>Move one place earlier</source>
        <translation>Flytta ett steg tidigare</translation>
    </message>
    <message>
        <source>Move one place later</source>
        <translation>Flytta ett steg senare</translation>
    </message>
    <message>
        <source>Order by use in the last 90 days (then keep it)</source>
        <translation>Ordna efter användning de senaste 90 dagarna (och behåll ordningen)</translation>
    </message>
    <message>
        <source>&amp;Find a service (or just start typing)</source>
        <translation>&amp;Sök tjänst (eller börja bara skriva)</translation>
    </message>
    <message>
        <source>e.g. Kela, bank, e-mail</source>
        <translation>t.ex. FPA, bank, e-post</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Sök tjänst</translation>
    </message>
    <message>
        <source>No service matches. Press Esc to clear the search.</source>
        <translation>Ingen tjänst matchar. Töm sökningen med Esc.</translation>
    </message>
</context>
<context>
    <name>SessionEditDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Redigera tillfälle</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ingen</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>inte angivet</translation>
    </message>
    <message>
        <source>{0} (no longer in the directory)</source>
        <extracomment>Partners for the session's main service first, then the coarse targets (desk.ui.desk.referral_combo).</extracomment>
        <translation>{0} (inte längre i katalogen)</translation>
    </message>
    <message>
        <source>Hel&amp;ped by</source>
        <translation>Hjälpt a&amp;v</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>T&amp;jänst</translation>
    </message>
    <message>
        <source>E&amp;xtra service</source>
        <translation>E&amp;xtra tjänst</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Dag</translation>
    </message>
    <message>
        <source>Sta&amp;rt time</source>
        <translation>Sta&amp;rttid</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>&amp;Längd</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Resultat</translation>
    </message>
    <message>
        <source>&amp;Referred to</source>
        <translation>&amp;Hänvisad till</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <extracomment>One choice per optional detail (desk.domain.details), by name.</extracomment>
        <translation>&amp;Kanal</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>&amp;Besökssätt</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>Ål&amp;der</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>S&amp;pråk</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>&amp;Enhet</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>The partner '%1' is no longer in the partner directory.</source>
        <translation>Samarbetspartnern '%1' finns inte längre i partnerkatalogen.</translation>
    </message>
    <message>
        <source>Referral slip ready for printing: %1</source>
        <translation>Hänvisningslappen är klar för utskrift: %1</translation>
    </message>
    <message>
        <source>The referral slip could not be written: %1</source>
        <translation>Hänvisningslappen kunde inte skrivas: %1</translation>
    </message>
</context>
</TS>