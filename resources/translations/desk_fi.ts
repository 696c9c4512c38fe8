<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="144" />
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="145" />
        <source>{0}: {1} sessions, {2}</source>
        <translation>{0}: {1} neuvontaa, {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="148" />
        <source>This week: {0} sessions, {1}</source>
        <translation>Tällä viikolla: {0} neuvontaa, {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="156" />
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="157" />
        <source>Day shown</source>
        <translation>Näytettävä päivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="159" />
        <source>Back to today</source>
        <translation>Takaisin tähän päivään</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="160" />
        <source>Logged sessions</source>
        <translation>Kirjatut neuvonnat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="162" />
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="162" />
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="162" />
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="162" />
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="162" />
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="164" />
        <source>No sessions logged on this day yet.</source>
        <translation>Tälle päivälle ei ole vielä kirjattu neuvontoja.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="165" />
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="166" />
        <source>Edit the selected session</source>
        <translation>Muokkaa valittua neuvontaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="167" />
        <source>De&amp;lete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="168" />
        <source>Delete the selected session</source>
        <translation>Poista valittu neuvonta</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="282" />
        <source>Service order saved: the numbers 1–9 stay as shown.</source>
        <extracomment>What Ctrl+Z undoes: a delete or a discarded card (restore), a finish (reopen), a past entry (delete).</extracomment>
        <translation>Palvelujen järjestys tallennettu: numerot 1–9 pysyvät näin.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="504" />
        <source>Optional details of the selected session</source>
        <translation>Valitun neuvonnan vapaaehtoiset tiedot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="507" />
        <source>Optional details of the next session (channel and visit are remembered)</source>
        <translation>Seuraavan neuvonnan vapaaehtoiset tiedot (kanava ja käyntitapa muistetaan)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="512" />
        <source>Log help sessions</source>
        <translation>Kirjaa neuvonnat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="513" />
        <source>Start a session: choose the service</source>
        <translation>Aloita neuvonta: valitse palvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="514" />
        <source>Logged sessions</source>
        <translation>Kirjatut neuvonnat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="515" />
        <source>Log a past session</source>
        <translation>Kirjaa jälkikäteen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="516" />
        <source>Logged sessions or past session</source>
        <translation>Kirjatut neuvonnat tai jälkikäteen kirjaus</translation>
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
        <translation>Valitse vähintään yksi palvelu.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="68" />
        <source>The same service is chosen twice.</source>
        <translation>Sama palvelu on valittu kahdesti.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="69" />
        <source>That service is not in the catalogue.</source>
        <translation>Palvelua ei ole palveluluettelossa.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="70" />
        <source>The start time is in the future. Sessions can only be logged once they have begun.</source>
        <translation>Aloitusaika on tulevaisuudessa. Neuvonnan voi kirjata vasta, kun se on alkanut.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="73" />
        <source>The duration must be at least one minute.</source>
        <translation>Keston pitää olla vähintään minuutti.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="74" />
        <source>The duration cannot be over 8 hours. Log a long day as separate sessions.</source>
        <translation>Kesto voi olla enintään 8 tuntia. Kirjaa pitkä päivä erillisinä neuvontoina.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="77" />
        <source>Choose how the session ended.</source>
        <translation>Valitse, miten neuvonta päättyi.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="78" />
        <source>A referral target is only for referred sessions.</source>
        <translation>Ohjauskohde valitaan vain eteenpäin ohjatuille.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="82" />
        <source>The entry could not be saved.</source>
        <translation>Kirjausta ei voitu tallentaa.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="88" />
        <source>Done – solved</source>
        <translation>Valmis – ratkesi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="89" />
        <source>Partly solved</source>
        <translation>Ratkesi osittain</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="90" />
        <source>Referred…</source>
        <translation>Ohjattiin…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/texts.py" line="91" />
        <source>Not solved</source>
        <translation>Ei ratkennut</translation>
    </message>
</context>
<context>
    <name>DetailsBar</name>
    <message>
        <location filename="../../desk/ui/desk/details_bar.py" line="102" />
        <source>Channel</source>
        <extracomment>(field of SessionDetails, its code enum, whether "not recorded" is a choice)</extracomment>
        <translation>Kanava</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/details_bar.py" line="103" />
        <source>Visit</source>
        <translation>Käynti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/details_bar.py" line="104" />
        <source>Age</source>
        <translation>Ikä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/details_bar.py" line="105" />
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/details_bar.py" line="106" />
        <source>Device</source>
        <translation>Laite</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/details_bar.py" line="111" />
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
</context>
<context>
    <name>Logbook</name>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="112" />
        <source>Started: {0}</source>
        <translation>Aloitettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="113" />
        <source>Deleted: {0}</source>
        <translation>Poistettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="114" />
        <source>Restored: {0}</source>
        <translation>Palautettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="115" />
        <source>Changed: {0}</source>
        <translation>Muutettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="116" />
        <source>Running again: {0}</source>
        <translation>Käynnissä taas: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="117" />
        <source>Removed: {0}. Undo with Ctrl+Z.</source>
        <translation>Poistettu: {0}. Kumoa painamalla Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="125" />
        <source>Saved: {0} – {1}, {2}</source>
        <translation>Tallennettu: {0} – {1}, {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="133" />
        <source>Nothing was saved: {0}</source>
        <translation>Mitään ei tallennettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="134" />
        <source>Not saved.</source>
        <translation>Ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../desk/ui/desk/undo_banner.py" line="58" />
        <source>Undo with Ctrl+Z.</source>
        <translation>Kumoa painamalla Ctrl+Z.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/undo_banner.py" line="79" />
        <source>Undo (Ctrl+Z)</source>
        <translation>Kumoa (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/undo_banner.py" line="80" />
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
</context>
<context>
    <name>OpenSessionCard</name>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="166" />
        <source>Running for {0} min</source>
        <extracomment>The keys that finish the selected running session (the newest unless staff picked another card).</extracomment>
        <translation>Kestänyt {0} min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="179" />
        <source>Selected session</source>
        <translation>Valittu neuvonta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="201" />
        <source>Started at {0}</source>
        <translation>Alkoi klo {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="206" />
        <source>+ service</source>
        <translation>+ palvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="207" />
        <source>Add another service this customer needed help with</source>
        <translation>Lisää toinen palvelu, jossa asiakas tarvitsi apua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="208" />
        <source>Add a service to: {0}</source>
        <translation>Lisää palvelu: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="209" />
        <source>Remove this session (started by mistake)</source>
        <translation>Poista tämä neuvonta (aloitettu vahingossa)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="210" />
        <source>Remove session: {0}</source>
        <translation>Poista neuvonta: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="213" />
        <source>Referred to</source>
        <translation>Ohjattiin</translation>
    </message>
</context>
<context>
    <name>OpenSessionsPanel</name>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="390" />
        <source>Running now</source>
        <extracomment>(code, label) of the services offered as extra services on the cards.</extracomment>
        <translation>Käynnissä nyt</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="391" />
        <source>No session is running. Choose a service on the left to start the timer.</source>
        <translation>Yhtään neuvontaa ei ole käynnissä. Valitse palvelu vasemmalta, niin ajanotto alkaa.</translation>
    </message>
</context>
<context>
    <name>PastSessionForm</name>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="131" />
        <location filename="../../desk/ui/desk/past_form.py" line="282" />
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="195" />
        <source>There is no day {0}.</source>
        <translation>Päivää {0} ei ole.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="197" />
        <source>Write the day as 30.11.2026 (day, month, year).</source>
        <translation>Kirjoita päivä muodossa 30.11.2026 (päivä, kuukausi, vuosi).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="200" />
        <source>There is no time {0}.</source>
        <translation>Kellonaikaa {0} ei ole.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="202" />
        <source>Write the start time as 14.05 (hours and minutes).</source>
        <translation>Kirjoita alkamisaika muodossa 14.05 (tunnit ja minuutit).</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="257" />
        <source>&amp;Service</source>
        <translation>&amp;Palvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="258" />
        <source>&amp;Extra service</source>
        <translation>&amp;Lisäpalvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="259" />
        <source>&amp;Duration</source>
        <translation>&amp;Kesto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="260" />
        <source>&amp;Outcome</source>
        <translation>&amp;Tulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="261" />
        <source>&amp;Referred to</source>
        <translation>&amp;Ohjattiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="262" />
        <source>Sta&amp;rted</source>
        <translation>&amp;Alkoi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="266" />
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="267" />
        <source>Extra service</source>
        <translation>Lisäpalvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="268" />
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="269" />
        <source>Referred to</source>
        <translation>Ohjattiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="270" />
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="271" />
        <source>Start time</source>
        <translation>Aloitusaika</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="272" />
        <source>e.g. 30.11.2026</source>
        <translation>esim. 30.11.2026</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="273" />
        <source>e.g. 14.05</source>
        <translation>esim. 14.05</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="275" />
        <source>Duration in minutes</source>
        <translation>Kesto minuutteina</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="276" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="279" />
        <source>{0} minutes</source>
        <translation>{0} minuuttia</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="280" />
        <source>&amp;Log this session</source>
        <translation>&amp;Kirjaa neuvonta</translation>
    </message>
</context>
<context>
    <name>ServiceButton</name>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="57" />
        <source>Starts a session. Shortcut: {0}</source>
        <translation>Aloittaa neuvonnan. Pikanäppäin: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="57" />
        <source>Starts a session.</source>
        <translation>Aloittaa neuvonnan.</translation>
    </message>
</context>
<context>
    <name>ServiceGrid</name>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="149" />
        <source>Move to the first place</source>
        <translation>Siirrä ensimmäiseksi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="150" />
        <source>Move one place earlier</source>
        <translation>Siirrä yksi paikka aiemmaksi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="151" />
        <source>Move one place later</source>
        <translation>Siirrä yksi paikka myöhemmäksi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="157" />
        <source>Order by use in the last 90 days (then keep it)</source>
        <translation>Järjestä 90 päivän käytön mukaan (ja pidä järjestys)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="206" />
        <source>&amp;Find a service (or just start typing)</source>
        <translation>&amp;Etsi palvelua (tai ala vain kirjoittaa)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="207" />
        <source>e.g. Kela, bank, e-mail</source>
        <translation>esim. Kela, pankki, sähköposti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="208" />
        <source>Find a service</source>
        <translation>Etsi palvelua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="209" />
        <source>No service matches. Press Esc to clear the search.</source>
        <translation>Mikään palvelu ei vastaa hakua. Tyhjennä haku Esc-näppäimellä.</translation>
    </message>
</context>
<context>
    <name>SessionEditDialog</name>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="59" />
        <source>Edit session</source>
        <translation>Muokkaa neuvontaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="67" />
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="79" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="85" />
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="97" />
        <source>&amp;Service</source>
        <translation>&amp;Palvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="98" />
        <source>E&amp;xtra service</source>
        <translation>&amp;Lisäpalvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="99" />
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="100" />
        <source>Sta&amp;rt time</source>
        <translation>&amp;Aloitusaika</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="101" />
        <source>D&amp;uration</source>
        <translation>&amp;Kesto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="102" />
        <source>&amp;Outcome</source>
        <translation>&amp;Tulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="103" />
        <source>&amp;Referred to</source>
        <translation>&amp;Ohjattiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="104" />
        <source>&amp;Channel</source>
        <translation>Ka&amp;nava</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="105" />
        <source>&amp;Visit</source>
        <translation>Kä&amp;ynti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="106" />
        <source>&amp;Age</source>
        <translation>&amp;Ikä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="107" />
        <source>&amp;Language</source>
        <translation>K&amp;ieli</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="108" />
        <source>De&amp;vice</source>
        <translation>La&amp;ite</translation>
    </message>
</context>
</TS>