<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>DayPanel</name>
    <message>
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <source>{0}: {1} sessions, {2}</source>
        <translation>{0}: {1} neuvontaa, {2}</translation>
    </message>
    <message>
        <source>This week: {0} sessions, {1}</source>
        <translation>Tällä viikolla: {0} neuvontaa, {1}</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <source>Day shown</source>
        <translation>Näytettävä päivä</translation>
    </message>
    <message>
        <source>Back to today</source>
        <translation>Takaisin tähän päivään</translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation>Kirjatut neuvonnat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <source>No sessions logged on this day yet.</source>
        <translation>Tälle päivälle ei ole vielä kirjattu neuvontoja.</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Mu&amp;okkaa…</translation>
    </message>
    <message>
        <source>Edit the selected session</source>
        <translation>Muokkaa valittua neuvontaa</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <source>Delete the selected session</source>
        <translation>Poista valittu neuvonta</translation>
    </message>
    <message>
        <source>Print referral &amp;slip</source>
        <translation>&amp;Tulosta ohjauslappu</translation>
    </message>
    <message>
        <source>Print the referral slip of the selected session's partner</source>
        <translation>Tulosta valitun neuvonnan kumppanin ohjauslappu</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <source>Service order saved: the numbers 1–9 stay as shown.</source>
        <extracomment>What Ctrl+Z undoes: a delete or a discarded card (restore), a finish (reopen), a past entry (delete). The open "Referred to" chooser, if any.</extracomment>
        <translation>Palvelujen järjestys tallennettu: numerot 1–9 pysyvät näin.</translation>
    </message>
    <message>
        <source>Optional details of the selected session</source>
        <translation>Valitun neuvonnan vapaaehtoiset tiedot</translation>
    </message>
    <message>
        <source>Optional details of the next session (channel and visit are remembered)</source>
        <translation>Seuraavan neuvonnan vapaaehtoiset tiedot (kanava ja käyntitapa muistetaan)</translation>
    </message>
    <message>
        <source>Log help sessions</source>
        <translation>Kirjaa neuvonnat</translation>
    </message>
    <message>
        <source>Start a session: choose the service</source>
        <translation>Aloita neuvonta: valitse palvelu</translation>
    </message>
    <message>
        <source>Logged sessions</source>
        <translation>Kirjatut neuvonnat</translation>
    </message>
    <message>
        <source>Log a past session</source>
        <translation>Kirjaa jälkikäteen</translation>
    </message>
    <message>
        <source>Group events</source>
        <translation>Ryhmätapahtumat</translation>
    </message>
    <message>
        <source>Logged sessions, past session or group events</source>
        <translation>Kirjatut neuvonnat, jälkikäteen kirjaaminen tai ryhmätapahtumat</translation>
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
        <translation>Valitse vähintään yksi palvelu.</translation>
    </message>
    <message>
        <source>The same service is chosen twice.</source>
        <translation>Sama palvelu on valittu kahdesti.</translation>
    </message>
    <message>
        <source>That service is not in the catalogue.</source>
        <translation>Palvelua ei ole palveluluettelossa.</translation>
    </message>
    <message>
        <source>The start time is in the future. Sessions can only be logged once they have begun.</source>
        <translation>Aloitusaika on tulevaisuudessa. Neuvonnan voi kirjata vasta, kun se on alkanut.</translation>
    </message>
    <message>
        <source>The duration must be at least one minute.</source>
        <translation>Keston pitää olla vähintään minuutti.</translation>
    </message>
    <message>
        <source>The duration cannot be over 8 hours. Log a long day as separate sessions.</source>
        <translation>Kesto voi olla enintään 8 tuntia. Kirjaa pitkä päivä erillisinä neuvontoina.</translation>
    </message>
    <message>
        <source>Choose how the session ended.</source>
        <translation>Valitse, miten neuvonta päättyi.</translation>
    </message>
    <message>
        <source>A referral target is only for referred sessions.</source>
        <translation>Jatko-ohjauksen kohde valitaan vain eteenpäin ohjatuille.</translation>
    </message>
    <message>
        <source>The partner is not in the partner directory's code form.</source>
        <translation>Kumppanin tunnus ei ole kumppanihakemiston tunnusmuodossa.</translation>
    </message>
    <message>
        <source>Between 1 and 50 sessions can be saved at once.</source>
        <translation>Kerralla voi tallentaa 1–50 neuvontaa.</translation>
    </message>
    <message>
        <source>The entry could not be saved.</source>
        <translation>Kirjausta ei voitu tallentaa.</translation>
    </message>
    <message>
        <source>Choose at least one service the event covered.</source>
        <translation>Valitse ainakin yksi palvelu, jota tapahtuma käsitteli.</translation>
    </message>
    <message>
        <source>An event needs at least one participant.</source>
        <translation>Tapahtumassa on oltava ainakin yksi osallistuja.</translation>
    </message>
    <message>
        <source>A participant count cannot be over 9999.</source>
        <translation>Osallistujamäärä voi olla enintään 9999.</translation>
    </message>
    <message>
        <source>Choose the partner from the list.</source>
        <translation>Valitse kumppani luettelosta.</translation>
    </message>
    <message>
        <source>The date must be between 2000 and 2100.</source>
        <translation>Päivämäärän on oltava vuosien 2000 ja 2100 välillä.</translation>
    </message>
    <message>
        <source>Done – solved</source>
        <translation>Valmis – ratkesi</translation>
    </message>
    <message>
        <source>Partly solved</source>
        <translation>Ratkesi osittain</translation>
    </message>
    <message>
        <source>Referred…</source>
        <translation>Ohjattiin…</translation>
    </message>
    <message>
        <source>Not solved</source>
        <translation>Ei ratkennut</translation>
    </message>
    <message>
        <source>There is no day {0}.</source>
        <translation>Päivää {0} ei ole.</translation>
    </message>
    <message>
        <source>Write the day as 30.11.2026 (day, month, year).</source>
        <translation>Kirjoita päivä muodossa 30.11.2026 (päivä, kuukausi, vuosi).</translation>
    </message>
    <message>
        <source>There is no time {0}.</source>
        <translation>Kellonaikaa {0} ei ole.</translation>
    </message>
    <message>
        <source>Write the start time as 14.05 (hours and minutes).</source>
        <translation>Kirjoita alkamisaika muodossa 14.05 (tunnit ja minuutit).</translation>
    </message>
</context>
<context>
    <name>DetailsBar</name>
    <message>
        <source>Channel</source>
        <extracomment>(field of SessionDetails, its code enum, whether "not recorded" is a choice), as desk.domain.details declares them The codes offered for a new session (retired ones, like the old under-65 band, are left out).</extracomment>
        <translation>Kanava</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Käyntitapa</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Ikä</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <source>Helped by</source>
        <translation>Auttaja</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
</context>
<context>
    <name>EventsBook</name>
    <message>
        <source>{0} {1}, {2} participants</source>
        <translation>{0} klo {1}, {2} osallistujaa</translation>
    </message>
    <message>
        <source>Event saved: {0}</source>
        <translation>Tapahtuma tallennettu: {0}</translation>
    </message>
    <message>
        <source>Event changed: {0}</source>
        <translation>Tapahtuma muutettu: {0}</translation>
    </message>
    <message>
        <source>Event deleted: {0}</source>
        <translation>Tapahtuma poistettu: {0}</translation>
    </message>
    <message>
        <source>Event restored: {0}</source>
        <translation>Tapahtuma palautettu: {0}</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>Mitään ei tallennettu: {0}</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>EventsPanel</name>
    <message>
        <source>none</source>
        <extracomment>How far back the list of events goes.</extracomment>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <source>{0} ({1} + {2})</source>
        <translation>{0} ({1} + {2})</translation>
    </message>
    <message>
        <source>Save &amp;changes</source>
        <translation>&amp;Tallenna muutokset</translation>
    </message>
    <message>
        <source>&amp;Log this event</source>
        <translation>&amp;Kirjaa tapahtuma</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel edit</source>
        <translation>Peru muokkaus</translation>
    </message>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Laji</translation>
    </message>
    <message>
        <source>Or&amp;ganiser</source>
        <translation>&amp;Järjestäjä</translation>
    </message>
    <message>
        <source>Pa&amp;rtner</source>
        <translation>Kumppa&amp;ni</translation>
    </message>
    <message>
        <source>Conten&amp;t</source>
        <translation>S&amp;isältö</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Palvelu</translation>
    </message>
    <message>
        <source>E&amp;xtra service</source>
        <translation>Lis&amp;äpalvelu</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Milloin</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>K&amp;esto</translation>
    </message>
    <message>
        <source>Under &amp;18</source>
        <translation>Alle &amp;18</translation>
    </message>
    <message>
        <source>18 and o&amp;ver</source>
        <translation>18 tai &amp;yli</translation>
    </message>
    <message>
        <source>Hel&amp;ped by</source>
        <translation>A&amp;uttaja</translation>
    </message>
    <message>
        <source>Kind of event</source>
        <translation>Tapahtuman laji</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Järjestäjä</translation>
    </message>
    <message>
        <source>Partner</source>
        <translation>Kumppani</translation>
    </message>
    <message>
        <source>Content category of the library statistics</source>
        <translation>Kirjastotilaston sisältöluokka</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Extra service</source>
        <translation>Lisäpalvelu</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Aloitusaika</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Kesto minuutteina</translation>
    </message>
    <message>
        <source>Helped by</source>
        <translation>Auttaja</translation>
    </message>
    <message>
        <source>Participants under 18</source>
        <translation>Alle 18-vuotiaat osallistujat</translation>
    </message>
    <message>
        <source>Participants 18 and over</source>
        <translation>18 vuotta täyttäneet osallistujat</translation>
    </message>
    <message>
        <source>Events of the last month</source>
        <translation>Viimeisen kuukauden tapahtumat</translation>
    </message>
    <message>
        <source>e.g. 30.11.2026</source>
        <translation>esim. 30.11.2026</translation>
    </message>
    <message>
        <source>e.g. 14.05</source>
        <translation>esim. 14.05</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Milloin</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Tapahtuma</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Osallistujat</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <source>All participants (under 18 + 18 and over)</source>
        <translation>Kaikki osallistujat (alle 18 + 18 tai yli)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>Mu&amp;okkaa…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Poi&amp;sta</translation>
    </message>
    <message>
        <source>Edit the selected event</source>
        <translation>Muokkaa valittua tapahtumaa</translation>
    </message>
    <message>
        <source>Delete the selected event</source>
        <translation>Poista valittu tapahtuma</translation>
    </message>
</context>
<context>
    <name>Logbook</name>
    <message>
        <source>Saved: {0} × {1}, {2} each</source>
        <translation>Tallennettu: {0} × {1}, kukin {2}</translation>
    </message>
    <message>
        <source>Removed: {0} × {1}, {2} each</source>
        <translation>Poistettu: {0} × {1}, kukin {2}</translation>
    </message>
    <message>
        <source>Restored: {0} × {1}, {2} each</source>
        <translation>Palautettu: {0} × {1}, kukin {2}</translation>
    </message>
    <message>
        <source>Started: {0}</source>
        <translation>Aloitettu: {0}</translation>
    </message>
    <message>
        <source>Deleted: {0}</source>
        <translation>Poistettu: {0}</translation>
    </message>
    <message>
        <source>Restored: {0}</source>
        <translation>Palautettu: {0}</translation>
    </message>
    <message>
        <source>Changed: {0}</source>
        <translation>Muutettu: {0}</translation>
    </message>
    <message>
        <source>Running again: {0}</source>
        <translation>Käynnissä taas: {0}</translation>
    </message>
    <message>
        <source>Removed: {0}. Undo with Ctrl+Z.</source>
        <translation>Poistettu: {0}. Kumoa painamalla Ctrl+Z.</translation>
    </message>
    <message>
        <source>Saved: {0} – {1}, {2}</source>
        <translation>Tallennettu: {0} – {1}, {2}</translation>
    </message>
    <message>
        <source>Nothing was saved: {0}</source>
        <translation>Mitään ei tallennettu: {0}</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>Ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <source>Undo with Ctrl+Z.</source>
        <translation>Kumoa painamalla Ctrl+Z.</translation>
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation>Kumoa (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
</context>
<context>
    <name>OpenSessionCard</name>
    <message>
        <source>Running for {0} min</source>
        <extracomment>The keys that finish the selected running session (the newest unless staff picked another card).</extracomment>
        <translation>Kestänyt {0} min</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Valittu neuvonta</translation>
    </message>
    <message>
        <source>Started at {0}</source>
        <translation>Alkoi klo {0}</translation>
    </message>
    <message>
        <source>+ service</source>
        <translation>+ palvelu</translation>
    </message>
    <message>
        <source>Add another service this customer needed help with</source>
        <translation>Lisää toinen palvelu, jossa asiakas tarvitsi apua</translation>
    </message>
    <message>
        <source>Add a service to: {0}</source>
        <translation>Lisää palvelu: {0}</translation>
    </message>
    <message>
        <source>Remove this session (started by mistake)</source>
        <translation>Poista tämä neuvonta (aloitettu vahingossa)</translation>
    </message>
    <message>
        <source>Remove session: {0}</source>
        <translation>Poista neuvonta: {0}</translation>
    </message>
</context>
<context>
    <name>OpenSessionsPanel</name>
    <message>
        <source>Running now</source>
        <extracomment>(code, label) of the services offered as extra services on the cards.</extracomment>
        <translation>Käynnissä nyt</translation>
    </message>
    <message>
        <source>No session is running. Choose a service on the left to start the timer.</source>
        <translation>Yhtään neuvontaa ei ole käynnissä. Valitse palvelu vasemmalta, niin ajanotto alkaa.</translation>
    </message>
</context>
<context>
    <name>PastSessionForm</name>
    <message>
        <source>none</source>
        <extracomment>The directory's partners for the chosen service first, then the coarse targets. The partners offered for a service (the page gives the directory's; none until then). How many identical sessions one save logs ("3 × printing, 5 min each"), each a separate entry.</extracomment>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>&amp;Log {0} sessions</source>
        <translation>&amp;Kirjaa {0} neuvontaa</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Palvelu</translation>
    </message>
    <message>
        <source>&amp;Extra service</source>
        <translation>&amp;Lisäpalvelu</translation>
    </message>
    <message>
        <source>&amp;Duration</source>
        <translation>&amp;Kesto</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Tulos</translation>
    </message>
    <message>
        <source>&amp;Referred to</source>
        <translation>&amp;Ohjattiin</translation>
    </message>
    <message>
        <source>Sta&amp;rted</source>
        <translation>&amp;Alkoi</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <source>Extra service</source>
        <translation>Lisäpalvelu</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Ohjattiin</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Aloitusaika</translation>
    </message>
    <message>
        <source>e.g. 30.11.2026</source>
        <translation>esim. 30.11.2026</translation>
    </message>
    <message>
        <source>e.g. 14.05</source>
        <translation>esim. 14.05</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Kesto minuutteina</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} minuuttia</translation>
    </message>
    <message>
        <source>&amp;Number</source>
        <translation>&amp;Määrä</translation>
    </message>
    <message>
        <source>Number of identical sessions to log</source>
        <translation>Kirjattavien samanlaisten neuvontojen määrä</translation>
    </message>
    <message>
        <source>Log several identical quick sessions at once, each a separate entry</source>
        <translation>Kirjaa kerralla useita samanlaisia lyhyitä neuvontoja, kukin omana merkintänään</translation>
    </message>
    <message>
        <source>&amp;Log this session</source>
        <translation>&amp;Kirjaa neuvonta</translation>
    </message>
</context>
<context>
    <name>ReferralChooser</name>
    <message>
        <source>by phone or online</source>
        <translation>puhelimitse tai verkossa</translation>
    </message>
    <message>
        <source>Referred to</source>
        <translation>Ohjattiin</translation>
    </message>
    <message>
        <source>Where was the customer referred? ({0})</source>
        <translation>Minne asiakas ohjattiin? ({0})</translation>
    </message>
    <message>
        <source>Referred to: {0}</source>
        <translation>Ohjattiin: {0}</translation>
    </message>
    <message>
        <source>&amp;Print referral slip</source>
        <translation>&amp;Tulosta ohjauslappu</translation>
    </message>
    <message>
        <source>Print a referral slip for the customer</source>
        <translation>Tulosta asiakkaalle ohjauslappu</translation>
    </message>
    <message>
        <source>Refer</source>
        <translation>Ohjaa</translation>
    </message>
    <message>
        <source>Help with this service</source>
        <translation>Auttavat tässä palvelussa</translation>
    </message>
    <message>
        <source>Other partners</source>
        <translation>Muut kumppanit</translation>
    </message>
    <message>
        <source>Other / not listed</source>
        <translation>Muu / ei listassa</translation>
    </message>
</context>
<context>
    <name>ServiceButton</name>
    <message>
        <source>Starts a session. Shortcut: {0}</source>
        <translation>Aloittaa neuvonnan. Pikanäppäin: {0}</translation>
    </message>
    <message>
        <source>Starts a session.</source>
        <translation>Aloittaa neuvonnan.</translation>
    </message>
</context>
<context>
    <name>ServiceGrid</name>
    <message>
        <source>Move to the first place</source>
        <translation>Siirrä ensimmäiseksi</translation>
    </message>
    <message>
        <source>Move one place earlier</source>
        <translation>Siirrä yksi paikka aiemmaksi</translation>
    </message>
    <message>
        <source>Move one place later</source>
        <translation>Siirrä yksi paikka myöhemmäksi</translation>
    </message>
    <message>
        <source>Order by use in the last 90 days (then keep it)</source>
        <translation>Järjestä 90 päivän käytön mukaan (ja pidä järjestys)</translation>
    </message>
    <message>
        <source>&amp;Find a service (or just start typing)</source>
        <translation>&amp;Etsi palvelua (tai ala vain kirjoittaa)</translation>
    </message>
    <message>
        <source>e.g. Kela, bank, e-mail</source>
        <translation>esim. Kela, pankki, sähköposti</translation>
    </message>
    <message>
        <source>Find a service</source>
        <translation>Etsi palvelua</translation>
    </message>
    <message>
        <source>No service matches. Press Esc to clear the search.</source>
        <translation>Mikään palvelu ei vastaa hakua. Tyhjennä haku Esc-näppäimellä.</translation>
    </message>
</context>
<context>
    <name>SessionEditDialog</name>
    <message>
        <source>Edit session</source>
        <translation>Muokkaa neuvontaa</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <source>{0} (no longer in the directory)</source>
        <extracomment>Partners for the session's main service first, then the coarse targets (desk.ui.desk.referral_combo).</extracomment>
        <translation>{0} (ei enää hakemistossa)</translation>
    </message>
    <message>
        <source>Hel&amp;ped by</source>
        <translation>A&amp;uttaja</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Palvelu</translation>
    </message>
    <message>
        <source>E&amp;xtra service</source>
        <translation>Lis&amp;äpalvelu</translation>
    </message>
    <message>
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <source>Sta&amp;rt time</source>
        <translation>&amp;Aloitusaika</translation>
    </message>
    <message>
        <source>D&amp;uration</source>
        <translation>K&amp;esto</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Tulos</translation>
    </message>
    <message>
        <source>&amp;Referred to</source>
        <translation>&amp;Ohjattiin</translation>
    </message>
    <message>
        <source>&amp;Channel</source>
        <extracomment>One choice per optional detail (desk.domain.details), by name.</extracomment>
        <translation>Ka&amp;nava</translation>
    </message>
    <message>
        <source>&amp;Visit</source>
        <translation>Kä&amp;ynti</translation>
    </message>
    <message>
        <source>&amp;Age</source>
        <translation>&amp;Ikä</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>K&amp;ieli</translation>
    </message>
    <message>
        <source>De&amp;vice</source>
        <translation>La&amp;ite</translation>
    </message>
</context>
<context>
    <name>SlipPrinter</name>
    <message>
        <source>The partner '%1' is no longer in the partner directory.</source>
        <translation>Kumppania '%1' ei ole enää kumppanihakemistossa.</translation>
    </message>
    <message>
        <source>Referral slip ready for printing: %1</source>
        <translation>Ohjauslappu valmis tulostettavaksi: %1</translation>
    </message>
    <message>
        <source>The referral slip could not be written: %1</source>
        <translation>Ohjauslappua ei voitu kirjoittaa: %1</translation>
    </message>
</context>
</TS>