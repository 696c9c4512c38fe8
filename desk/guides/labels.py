"""Fixed texts that frame every guide (section names, house rules) in Finnish, Swedish and English.

These texts belong to the guide content rather than the app's interface, so the Qt-free handout
uses them too; the Guides page shows the same words.
"""

LABELS: dict[str, dict[str, str]] = {
    "fi": {
        "bring": "Ota mukaan",
        "steps": "Vaiheet",
        "customer": "Asiakas tekee itse",
        "customer_handout": "Teet tämän itse",
        "warning": "Huomio",
        "stop": "Pysähdy",
        "refer": "Kun apu ei riitä",
        "cleanup": "Lopuksi yhteiskäyttökoneella",
        "reviewed": "Tarkistettu",
        "source": "Virallinen ohje",
        "remember": "Muista",
        "handout_footer": "Digituki kirjastossa – tämä ohje ei sisällä henkilötietoja.",
        "step": "Vaihe",
        "of": "/",
        "house_rules": "Talon säännöt",
        "staff": "Vain henkilökunnalle",
        "staff_intro": "Henkilökunnalle",
    },
    "sv": {
        "bring": "Ta med",
        "steps": "Steg",
        "customer": "Kunden gör själv",
        "customer_handout": "Du gör detta själv",
        "warning": "Observera",
        "stop": "Stanna",
        "refer": "När hjälpen inte räcker",
        "cleanup": "Till sist på en gemensam dator",
        "reviewed": "Granskad",
        "source": "Officiell anvisning",
        "remember": "Kom ihåg",
        "handout_footer": "Digitalt stöd på biblioteket – anvisningen innehåller inga personuppgifter.",
        "step": "Steg",
        "of": "/",
        "house_rules": "Husets regler",
        "staff": "Endast för personalen",
        "staff_intro": "För personalen",
    },
    "en": {
        "bring": "Bring with you",
        "steps": "Steps",
        "customer": "Customer does this",
        "customer_handout": "You do this yourself",
        "warning": "Note",
        "stop": "Stop",
        "refer": "When this help is not enough",
        "cleanup": "Finally, on a shared computer",
        "reviewed": "Reviewed",
        "source": "Official instructions",
        "remember": "Remember",
        "handout_footer": "Digital support at the library – this handout holds no personal data.",
        "step": "Step",
        "of": "of",
        "house_rules": "House rules",
        "staff": "Staff only",
        "staff_intro": "For staff",
    },
}

#: The desk's house rules, shown above every guide for staff.
HOUSE_RULES: dict[str, tuple[str, ...]] = {
    "fi": (
        "Asiakas käyttää laitetta ja kirjautuu itse – tavoite on, että ensi kerralla hän pärjää omin avuin.",
        "Emme kysy, katso, näppäile emmekä säilytä tunnuksia, PIN-koodeja tai salasanoja.",
        "Emme maksa laskuja emmekä tee asiakkaan puolesta rahaan liittyviä toimia.",
        "Pankkiasioissa autamme vain tekniikassa; epävarmassa tilanteessa ohjaamme pankkiin tai viranomaiselle.",
        "Emme korjaa laitteita, asenna käyttöjärjestelmiä emmekä poista haittaohjelmia.",
        "Autamme osaamisemme ja aikamme rajoissa (noin 30 min, jos muita odottaa) ja luottamuksellisesti.",
        "Toisen puolesta asioidaan Suomi.fi-valtuuksilla, ei koskaan lainatuilla tunnuksilla.",
    ),
    "sv": (
        "Kunden använder enheten och loggar in själv – målet är att klara sig på egen hand nästa gång.",
        "Vi frågar inte efter, ser inte, skriver inte och sparar inte koder, PIN-koder eller lösenord.",
        "Vi betalar inga räkningar och gör inga penningärenden för kunden.",
        "I bankärenden hjälper vi bara med tekniken; vid osäkerhet hänvisar vi till banken eller myndigheten.",
        "Vi reparerar inga enheter, installerar inga operativsystem och tar inte bort skadeprogram.",
        "Vi hjälper inom ramen för vår kunskap och tid (cirka 30 min om andra väntar) och konfidentiellt.",
        "Ärenden för någon annan sköts med Suomi.fi-fullmakter, aldrig med lånade koder.",
    ),
    "en": (
        "The customer uses the device and logs in personally – the aim is that they manage alone next time.",
        "We never ask for, look at, type or keep codes, PINs or passwords.",
        "We pay no bills and make no money transactions for the customer.",
        "With banking we help with the technology only; when unsure we refer to the bank or the authority.",
        "We do not repair devices, install operating systems or remove malware.",
        "We help within our skills and time (about 30 min when others wait) and keep it confidential.",
        "Acting for someone else goes through Suomi.fi e-Authorizations, never borrowed codes.",
    ),
}

#: What the customer should remember, printed on every handout.
CUSTOMER_REMINDERS: dict[str, tuple[str, ...]] = {
    "fi": (
        "Tunnuksesi ja koodisi ovat vain sinun. Älä anna niitä kenellekään, ei edes läheiselle.",
        "Pankki tai viranomainen ei koskaan kysy tunnuksia puhelimessa, tekstiviestillä tai sähköpostilla.",
        "Jos joku toimii puolestasi, käyttäkää Suomi.fi-valtuuksia.",
    ),
    "sv": (
        "Dina koder är bara dina. Ge dem inte till någon, inte ens till en närstående.",
        "Banken eller en myndighet frågar aldrig efter koder per telefon, sms eller e-post.",
        "Om någon sköter ärenden för dig, använd Suomi.fi-fullmakter.",
    ),
    "en": (
        "Your codes are yours alone. Do not give them to anyone, not even someone close to you.",
        "A bank or authority never asks for your codes by phone, text message or e-mail.",
        "If someone acts for you, use Suomi.fi e-Authorizations.",
    ),
}


def label(key: str, language: str) -> str:
    """A fixed guide text in a language (English when the language is unknown)."""
    return LABELS.get(language, LABELS["en"])[key]
