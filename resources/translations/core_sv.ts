<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="sv" sourcelanguage="en">
<context>
    <name>BackupWarningLabel</name>
    <message>
        <source>Warning: today's backup failed; the desk works on</source>
        <translation>Varning: dagens säkerhetskopiering misslyckades; arbetsstationen fungerar ändå</translation>
    </message>
</context>
<context>
    <name>BranchPartnersBox</name>
    <message>
        <source>The file of this branch's partners cannot be used; fix or delete it: %1</source>
        <translation>Filen med verksamhetsställets egna samarbetspartner kan inte användas; rätta eller radera den: %1</translation>
    </message>
    <message>
        <source>Partner %1 added.</source>
        <translation>Samarbetspartnern %1 lades till.</translation>
    </message>
    <message>
        <source>Partner %1 saved.</source>
        <translation>Samarbetspartnern %1 sparades.</translation>
    </message>
    <message>
        <source>Partner %1 removed.</source>
        <translation>Samarbetspartnern %1 togs bort.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>This branch's partners</source>
        <translation>Verksamhetsställets egna samarbetspartner</translation>
    </message>
    <message>
        <source>Partner organisations of your branch for referrals, guides and events, kept on this PC. An entry replaces the coordinator's or the national one with the same code. Organisations only: never a person's name or contact.</source>
        <translation>Ditt verksamhetsställes samarbetsorganisationer för hänvisningar, anvisningar och evenemang, sparade på den här arbetsstationen. En post ersätter koordinatorns eller den nationella posten med samma kod. Endast organisationer: aldrig en persons namn eller kontaktuppgifter.</translation>
    </message>
    <message>
        <source>&amp;Add partner…</source>
        <translation>&amp;Lägg till samarbetspartner…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <source>Edit the chosen partner</source>
        <translation>Redigera den valda samarbetspartnern</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <source>Remove the chosen partner</source>
        <translation>Ta bort den valda samarbetspartnern</translation>
    </message>
</context>
<context>
    <name>DamagedDatabaseDialog</name>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>Good backups, newest first</source>
        <translation>Felfria säkerhetskopior, nyaste först</translation>
    </message>
    <message>
        <source>These backups passed the integrity check, newest first. Restore one? The damaged file is kept aside, renamed.</source>
        <translation>Dessa säkerhetskopior klarade integritetskontrollen, nyaste först. Vill du återställa en av dem? Den skadade filen sparas med ett nytt namn.</translation>
    </message>
    <message>
        <source>No good backup was found. You can keep the damaged file aside, renamed, and start a new empty database; IT can try to recover the damaged file later.</source>
        <translation>Ingen felfri säkerhetskopia hittades. Du kan spara den skadade filen med ett nytt namn och börja med en ny tom databas; IT kan senare försöka rädda den skadade filen.</translation>
    </message>
    <message>
        <source>Restore the selected backup</source>
        <translation>Återställ vald säkerhetskopia</translation>
    </message>
    <message>
        <source>Keep the damaged file aside and start anew</source>
        <translation>Spara den skadade filen och börja om</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>before an upgrade</source>
        <translation>före en uppdatering</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>daglig</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n tillfälle</numerusform>
            <numerusform>%n tillfällen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FirstRunDialog</name>
    <message>
        <source>Welcome to Digituki Desk</source>
        <translation>Välkommen till Digituki Desk</translation>
    </message>
    <message>
        <source>for example Kallion kirjasto</source>
        <translation>till exempel Vasa stadsbibliotek</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(inte angiven)</translation>
    </message>
    <message>
        <source>Which library branch is this PC at? Nothing about customers is ever asked or stored.</source>
        <translation>Vid vilket bibliotek står den här datorn? Ingenting om kunderna frågas eller sparas någonsin.</translation>
    </message>
    <message>
        <source>The id names this branch's folder on the share: a-z, 0-9 and hyphens.</source>
        <translation>Koden är namnet på bibliotekets mapp i nätverksmappen: a–z, 0–9 och bindestreck.</translation>
    </message>
    <message>
        <source>Counts are kept in a local folder on this PC until a shared network folder is set in Settings:</source>
        <translation>Statistiken sparas i en mapp på den här datorn tills en gemensam nätverksmapp anges i inställningarna:</translation>
    </message>
    <message>
        <source>Anonymised counts are sent to the shared network folder:</source>
        <translation>Anonym statistik skickas till den gemensamma nätverksmappen:</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Bibliotekets namn</translation>
    </message>
    <message>
        <source>Branch id</source>
        <translation>Bibliotekets kod</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Börja</translation>
    </message>
    <message>
        <source>Quit Digituki Desk?</source>
        <translation>Avsluta Digituki Desk?</translation>
    </message>
    <message>
        <source>Quit without setting up this PC?</source>
        <translation>Avsluta utan att ställa in den här datorn?</translation>
    </message>
    <message>
        <source>Nothing is lost: nothing has been saved yet, and this window opens again at the next start.</source>
        <translation>Ingenting går förlorat: ingenting har sparats ännu, och det här fönstret öppnas igen nästa gång programmet startas.</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Avsluta</translation>
    </message>
    <message>
        <source>Continue setting up</source>
        <translation>Fortsätt inställningen</translation>
    </message>
    <message>
        <source>Give the branch a name.</source>
        <translation>Ge biblioteket ett namn.</translation>
    </message>
    <message>
        <source>The id may hold only a-z, 0-9 and hyphens.</source>
        <translation>Koden får bara innehålla a–z, 0–9 och bindestreck.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Branch not set</source>
        <extracomment>The size the window opens at the first time, when the screen has room for it. Title bar and borders a window manager adds around the window (before it is shown Qt cannot know them). The sync controller starts after the Desk page's first lists, and at the latest this long after attach().</extracomment>
        <translation>Biblioteket är inte angivet</translation>
    </message>
    <message>
        <source>Desk</source>
        <translation>Rådgivning</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapporter</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Nätverk</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Sidor</translation>
    </message>
    <message>
        <source>Opening the database…</source>
        <translation>Databasen öppnas…</translation>
    </message>
</context>
<context>
    <name>PartnerDialog</name>
    <message>
        <source>Partner organisation</source>
        <translation>Samarbetsorganisation</translation>
    </message>
    <message>
        <source>Organisations only: never a person's name or contact details. The form has no field for them; give the organisation's public phone number and web address.</source>
        <translation>Endast organisationer: aldrig en persons namn eller kontaktuppgifter. Formuläret har inget fält för dem; ange organisationens offentliga telefonnummer och webbadress.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <source>for example seniorsurf-kallio</source>
        <translation>till exempel seniorsurf-kallio</translation>
    </message>
    <message>
        <source>Name in Finnish</source>
        <translation>Namn på finska</translation>
    </message>
    <message>
        <source>Name in Swedish</source>
        <translation>Namn på svenska</translation>
    </message>
    <message>
        <source>Name in English</source>
        <translation>Namn på engelska</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Helps with</source>
        <translation>Hjälper med</translation>
    </message>
    <message>
        <source>Space ticks the service under the cursor</source>
        <translation>Mellanslag kryssar för tjänsten vid markören</translation>
    </message>
    <message>
        <source>Finnish</source>
        <translation>finska</translation>
    </message>
    <message>
        <source>Swedish</source>
        <translation>svenska</translation>
    </message>
    <message>
        <source>English</source>
        <translation>engelska</translation>
    </message>
    <message>
        <source>other</source>
        <translation>annan</translation>
    </message>
    <message>
        <source>Serves in %1</source>
        <translation>Betjänar på %1</translation>
    </message>
    <message>
        <source>other languages</source>
        <translation>andra språk</translation>
    </message>
    <message>
        <source>Languages</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Where (address)</source>
        <translation>Var (adress)</translation>
    </message>
    <message>
        <source>Only by phone or online</source>
        <translation>Endast per telefon eller på nätet</translation>
    </message>
    <message>
        <source>When (opening hours)</source>
        <translation>När (öppettider)</translation>
    </message>
    <message>
        <source>for example Wed 12–14</source>
        <translation>till exempel ons 12–14</translation>
    </message>
    <message>
        <source>Public phone number</source>
        <translation>Offentligt telefonnummer</translation>
    </message>
    <message>
        <source>Web address</source>
        <translation>Webbadress</translation>
    </message>
    <message>
        <source>Municipalities served</source>
        <translation>Kommuner som betjänas</translation>
    </message>
    <message>
        <source>codes such as 091, 049, or "all"</source>
        <translation>kommunkoder, t.ex. 091, 049, eller "all" (hela landet)</translation>
    </message>
    <message>
        <source>authority</source>
        <translation>myndighet</translation>
    </message>
    <message>
        <source>municipality</source>
        <translation>kommun</translation>
    </message>
    <message>
        <source>wellbeing services county</source>
        <translation>välfärdsområde</translation>
    </message>
    <message>
        <source>bank</source>
        <translation>bank</translation>
    </message>
    <message>
        <source>association</source>
        <translation>förening</translation>
    </message>
    <message>
        <source>peer helpers</source>
        <translation>kamratstöd</translation>
    </message>
    <message>
        <source>adult-education centre</source>
        <translation>medborgarinstitut</translation>
    </message>
    <message>
        <source>'code': '%1' is already one of this branch's entries</source>
        <translation>'code': '%1' finns redan bland verksamhetsställets samarbetspartner</translation>
    </message>
    <message>
        <source>Not saved:</source>
        <translation>Inte sparat:</translation>
    </message>
</context>
<context>
    <name>Setting</name>
    <message>
        <source>Branch id</source>
        <translation>Bibliotekets kod</translation>
    </message>
    <message>
        <source>Branch name</source>
        <translation>Bibliotekets namn</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <source>Municipality code (Statistics Finland)</source>
        <extracomment>Statistics Finland's three-digit municipality code ("091" Helsinki): the annual return is per municipality.</extracomment>
        <translation>Kommunnummer (Statistikcentralen)</translation>
    </message>
    <message>
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <source>Library organisation</source>
        <extracomment>The municipal library organisation the official statistics are reported for (e.g. "Helsingin kaupunginkirjasto").</extracomment>
        <translation>Biblioteksorganisation</translation>
    </message>
    <message>
        <source>Shared network folder</source>
        <translation>Gemensam nätverksmapp</translation>
    </message>
    <message>
        <source>Send counts automatically</source>
        <translation>Skicka statistiken automatiskt</translation>
    </message>
    <message>
        <source>Send counts every (minutes)</source>
        <translation>Skicka med intervallet (minuter)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <source>Hide demographic counts below</source>
        <translation>Dölj bakgrundsuppgifter under</translation>
    </message>
    <message>
        <source>Branch's own guide folder</source>
        <translation>Bibliotekets egen anvisningsmapp</translation>
    </message>
    <message>
        <source>Desk page service order (codes, comma-separated)</source>
        <extracomment>The Desk page's service buttons in this order (shortcuts 1-9 are the first nine); the rest follow the catalogue.</extracomment>
        <translation>Rådgivningssidans ordning av tjänster (koder åtskilda med kommatecken)</translation>
    </message>
    <message>
        <source>More partners of group events (code=Name; code=Name)</source>
        <extracomment>Read from the site config only (desk.guides.signing.site_public_key): IT names the coordinator's key. Settings that only IT sets in the site config; the Settings page does not show them. Partners the coordinator adds to the built-in list of group events' partners (code=Name; code=Name).</extracomment>
        <translation>Fler samarbetspartner för gruppevenemang (kod=Namn; kod=Namn)</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <source>Choose a folder</source>
        <translation>Välj en mapp</translation>
    </message>
    <message>
        <source>The folder %1 does not exist or cannot be reached now.</source>
        <translation>Mappen %1 finns inte eller kan inte nås just nu.</translation>
    </message>
    <message>
        <source>%1 is a file, not a folder.</source>
        <translation>%1 är en fil, inte en mapp.</translation>
    </message>
    <message>
        <source>This PC cannot write into %1.</source>
        <translation>Den här datorn kan inte skriva i %1.</translation>
    </message>
    <message>
        <source>Counts are sent once the folder works; you can still save it.</source>
        <translation>Statistiken skickas när mappen fungerar; du kan ändå spara den.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Inte sparat: %1</translation>
    </message>
    <message>
        <source>Settings saved.</source>
        <translation>Inställningarna har sparats.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Inställningar</translation>
    </message>
    <message>
        <source>Library branch</source>
        <translation>Bibliotek</translation>
    </message>
    <message>
        <source>Sending counts</source>
        <translation>Sändning av statistik</translation>
    </message>
    <message>
        <source>Language and reports</source>
        <translation>Språk och rapporter</translation>
    </message>
    <message>
        <source>Guides</source>
        <translation>Anvisningar</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>Bläddra: %1</translation>
    </message>
    <message>
        <source>not set: counts stay in %1</source>
        <translation>inte angiven: statistiken stannar i %1</translation>
    </message>
    <message>
        <source>Save settings</source>
        <translation>Spara inställningarna</translation>
    </message>
    <message>
        <source>Set by your IT and locked: %1. %2</source>
        <translation>Angivna och låsta av IT-stödet: %1. %2</translation>
    </message>
    <message>
        <source>Data folder: %1
Settings file: %2</source>
        <translation>Datamapp: %1
Inställningsfil: %2</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>The database is damaged</source>
        <translation>Databasen är skadad</translation>
    </message>
    <message>
        <source>The database cannot be opened</source>
        <translation>Databasen kan inte öppnas</translation>
    </message>
    <message>
        <source>Settings file problem</source>
        <translation>Problem i inställningsfilen</translation>
    </message>
    <message>
        <source>These settings were ignored:</source>
        <translation>Dessa inställningar ignorerades:</translation>
    </message>
</context>
<context>
    <name>SyncStatusLabel</name>
    <message>
        <source>Sending counts…</source>
        <translation>Skickar statistik…</translation>
    </message>
    <message>
        <source>Counts not sent: %1.</source>
        <translation>Statistiken skickades inte: %1.</translation>
    </message>
    <message>
        <source>Counts not sent</source>
        <translation>Statistiken skickades inte</translation>
    </message>
    <message>
        <source>Try again now</source>
        <translation>Försök igen nu</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <source>Next try %1.</source>
        <translation>Nytt försök %1.</translation>
    </message>
    <message>
        <source>Counts not sent yet</source>
        <translation>Statistiken har inte skickats ännu</translation>
    </message>
    <message>
        <source>Counts sent %1</source>
        <translation>Statistiken skickad %1</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) waiting</source>
        <translation>
            <numerusform>%n månad väntar</numerusform>
            <numerusform>%n månader väntar</numerusform>
        </translation>
    </message>
    <message>
        <source>local folder only (no share set)</source>
        <translation>endast lokal mapp (ingen nätverksmapp angiven)</translation>
    </message>
    <message>
        <source>Press to see what to do</source>
        <translation>Tryck för att se vad du kan göra</translation>
    </message>
</context>
</TS>