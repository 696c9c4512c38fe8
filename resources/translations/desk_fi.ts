<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="fi" sourcelanguage="en">
<context>
    <name>DayPanel</name>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="140" />
        <source>Today</source>
        <translation>Tänään</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="141" />
        <source>{0}: {1} sessions, {2}</source>
        <translation>{0}: {1} neuvontaa, {2}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="144" />
        <source>This week: {0} sessions, {1}</source>
        <translation>Tällä viikolla: {0} neuvontaa, {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="152" />
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="153" />
        <source>Day shown</source>
        <translation>Näytettävä päivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="155" />
        <source>Back to today</source>
        <translation>Takaisin tähän päivään</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="156" />
        <source>Logged sessions</source>
        <translation>Kirjatut neuvonnat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="158" />
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="158" />
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="158" />
        <source>Duration</source>
        <translation>Kesto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="158" />
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="158" />
        <source>Details</source>
        <translation>Lisätiedot</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="160" />
        <source>No sessions logged on this day yet.</source>
        <translation>Tälle päivälle ei ole vielä kirjattu neuvontoja.</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="161" />
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="162" />
        <source>Edit the selected session</source>
        <translation>Muokkaa valittua neuvontaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="163" />
        <source>De&amp;lete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/day_panel.py" line="164" />
        <source>Delete the selected session</source>
        <translation>Poista valittu neuvonta</translation>
    </message>
</context>
<context>
    <name>DeskPage</name>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="419" />
        <source>Optional details of the selected session (remembered on this PC)</source>
        <translation>Valitun neuvonnan lisätiedot, vapaaehtoiset (muistetaan tällä koneella)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="421" />
        <source>Optional details (remembered on this PC)</source>
        <translation>Vapaaehtoiset lisätiedot (muistetaan tällä koneella)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="425" />
        <source>Log help sessions</source>
        <translation>Kirjaa neuvonnat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="426" />
        <source>Start a session: choose the service</source>
        <translation>Aloita neuvonta: valitse palvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="427" />
        <source>Logged sessions</source>
        <translation>Kirjatut neuvonnat</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="428" />
        <source>Log a past session</source>
        <translation>Kirjaa jälkikäteen</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/page.py" line="429" />
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
        <location filename="../../desk/ui/desk/logbook.py" line="104" />
        <source>Started: {0}</source>
        <translation>Aloitettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="105" />
        <source>Deleted: {0}</source>
        <translation>Poistettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="106" />
        <source>Restored: {0}</source>
        <translation>Palautettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="107" />
        <source>Changed: {0}</source>
        <translation>Muutettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="111" />
        <source>Saved: {0}, {1}</source>
        <translation>Tallennettu: {0}, {1}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="119" />
        <source>Nothing was saved: {0}</source>
        <translation>Mitään ei tallennettu: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/logbook.py" line="120" />
        <source>Not saved.</source>
        <translation>Ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>MessageBanner</name>
    <message>
        <location filename="../../desk/ui/desk/undo_banner.py" line="50" />
        <source>Undo (Ctrl+Z)</source>
        <translation>Kumoa (Ctrl+Z)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/undo_banner.py" line="51" />
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
</context>
<context>
    <name>OpenSessionCard</name>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="145" />
        <source>Running for {0} min</source>
        <translation>Kestänyt {0} min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="151" />
        <source>Selected session</source>
        <translation>Valittu neuvonta</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="168" />
        <source>Started at {0}</source>
        <translation>Alkoi klo {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="172" />
        <source>+ service</source>
        <translation>+ palvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="173" />
        <source>Add another service this customer needed help with</source>
        <translation>Lisää toinen palvelu, jossa asiakas tarvitsi apua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="174" />
        <source>Add a service to: {0}</source>
        <translation>Lisää palvelu: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="175" />
        <source>Remove this session (started by mistake)</source>
        <translation>Poista tämä neuvonta (aloitettu vahingossa)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="176" />
        <source>Remove session: {0}</source>
        <translation>Poista neuvonta: {0}</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="179" />
        <source>Referred to</source>
        <translation>Ohjattiin</translation>
    </message>
</context>
<context>
    <name>OpenSessionsPanel</name>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="281" />
        <source>Running now</source>
        <extracomment>(code, label) of the services offered as extra services on the cards.</extracomment>
        <translation>Käynnissä nyt</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/open_sessions.py" line="282" />
        <source>No session is running. Choose a service on the left to start the timer.</source>
        <translation>Yhtään neuvontaa ei ole käynnissä. Valitse palvelu vasemmalta, niin ajanotto alkaa.</translation>
    </message>
</context>
<context>
    <name>PastSessionForm</name>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="121" />
        <location filename="../../desk/ui/desk/past_form.py" line="221" />
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="197" />
        <source>&amp;Service</source>
        <translation>&amp;Palvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="198" />
        <source>&amp;Extra service</source>
        <translation>&amp;Lisäpalvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="199" />
        <source>&amp;Duration</source>
        <translation>&amp;Kesto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="200" />
        <source>&amp;Outcome</source>
        <translation>&amp;Tulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="201" />
        <source>&amp;Referred to</source>
        <translation>&amp;Ohjattiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="202" />
        <source>Sta&amp;rted</source>
        <translation>&amp;Alkoi</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="206" />
        <source>Service</source>
        <translation>Palvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="207" />
        <source>Extra service</source>
        <translation>Lisäpalvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="208" />
        <source>Outcome</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="209" />
        <source>Referred to</source>
        <translation>Ohjattiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="210" />
        <source>Day</source>
        <translation>Päivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="211" />
        <source>Start time</source>
        <translation>Aloitusaika</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="214" />
        <source>Duration in minutes</source>
        <translation>Kesto minuutteina</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="215" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="218" />
        <source>{0} minutes</source>
        <translation>{0} minuuttia</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/past_form.py" line="219" />
        <source>&amp;Log this session</source>
        <translation>&amp;Kirjaa neuvonta</translation>
    </message>
</context>
<context>
    <name>ServiceGrid</name>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="165" />
        <source>&amp;Find a service (or just start typing)</source>
        <translation>&amp;Etsi palvelua (tai ala vain kirjoittaa)</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="166" />
        <source>e.g. Kela, bank, e-mail</source>
        <translation>esim. Kela, pankki, sähköposti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="167" />
        <source>Find a service</source>
        <translation>Etsi palvelua</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/service_grid.py" line="168" />
        <source>No service matches. Press Esc to clear the search.</source>
        <translation>Mikään palvelu ei vastaa hakua. Tyhjennä haku Esc-näppäimellä.</translation>
    </message>
</context>
<context>
    <name>SessionEditDialog</name>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="57" />
        <source>Edit session</source>
        <translation>Muokkaa neuvontaa</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="65" />
        <source>none</source>
        <translation>ei mitään</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="77" />
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="83" />
        <source>not recorded</source>
        <translation>ei kirjattu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="95" />
        <source>&amp;Service</source>
        <translation>&amp;Palvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="96" />
        <source>E&amp;xtra service</source>
        <translation>&amp;Lisäpalvelu</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="97" />
        <source>&amp;Day</source>
        <translation>&amp;Päivä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="98" />
        <source>Sta&amp;rt time</source>
        <translation>&amp;Aloitusaika</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="99" />
        <source>D&amp;uration</source>
        <translation>&amp;Kesto</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="100" />
        <source>&amp;Outcome</source>
        <translation>&amp;Tulos</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="101" />
        <source>&amp;Referred to</source>
        <translation>&amp;Ohjattiin</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="102" />
        <source>&amp;Channel</source>
        <translation>Ka&amp;nava</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="103" />
        <source>&amp;Visit</source>
        <translation>Kä&amp;ynti</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="104" />
        <source>&amp;Age</source>
        <translation>&amp;Ikä</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="105" />
        <source>&amp;Language</source>
        <translation>K&amp;ieli</translation>
    </message>
    <message>
        <location filename="../../desk/ui/desk/edit_dialog.py" line="106" />
        <source>De&amp;vice</source>
        <translation>La&amp;ite</translation>
    </message>
</context>
</TS>