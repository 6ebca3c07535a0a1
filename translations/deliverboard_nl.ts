<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL">
<context>
    <name>AudienceWorker</name>
    <message>
        <source>Cancelled.</source>
        <translation>Geannuleerd.</translation>
    </message>
    <message>
        <source>The statuses are not evaluated yet.</source>
        <translation>De statussen zijn nog niet geëvalueerd.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>%1 of %2 · %3 lines</source>
        <translation>%1 van %2 · %3 regels</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · nog %n s</numerusform>
            <numerusform> · nog %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Soft bounce</source>
        <translation>Soft bounce</translation>
    </message>
    <message>
        <source>Hard bounce</source>
        <translation>Hard bounce</translation>
    </message>
    <message>
        <source>Spam block</source>
        <translation>Spamblokkade</translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation>DNS-opzoeking</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begroeting</translation>
    </message>
    <message>
        <source>HELO</source>
        <translation>HELO</translation>
    </message>
    <message>
        <source>STARTTLS</source>
        <translation>STARTTLS</translation>
    </message>
    <message>
        <source>AUTH</source>
        <translation>AUTH</translation>
    </message>
    <message>
        <source>MAIL FROM</source>
        <translation>MAIL FROM</translation>
    </message>
    <message>
        <source>RCPT TO</source>
        <translation>RCPT TO</translation>
    </message>
    <message>
        <source>DATA</source>
        <translation>DATA</translation>
    </message>
    <message>
        <source>End of data</source>
        <translation>Einde van de data</translation>
    </message>
    <message>
        <source>After acceptance</source>
        <translation>Na acceptatie</translation>
    </message>
    <message>
        <source>Local delivery</source>
        <translation>Lokale aflevering</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>verzonden</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>uitgesteld</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>geweigerd</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>verlopen</translation>
    </message>
    <message>
        <source>en</source>
        <comment>two-letter code of this translation&apos;s language</comment>
        <translation>nl</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Overig</translation>
    </message>
</context>
<context>
    <name>ReturnedMailText</name>
    <message>
        <source>Delivery status notification</source>
        <translation>Afleverstatusrapport</translation>
    </message>
    <message>
        <source>Bounce message</source>
        <translation>Bouncebericht</translation>
    </message>
    <message>
        <source>Complaint (feedback report)</source>
        <translation>Klacht (feedbackrapport)</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>Automatisch antwoord</translation>
    </message>
    <message>
        <source>Unrecognised mail</source>
        <translation>Niet herkende mail</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Soort: %1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Ontvanger: %1</translation>
    </message>
    <message>
        <source>Action: delayed (a warning: the sending server was still retrying; it does not change the outcome)</source>
        <translation>Actie: vertraagd (een waarschuwing: de verzendende server probeerde het nog opnieuw; de uitkomst verandert niet)</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Actie: %1</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Klasse: %1</translation>
    </message>
    <message>
        <source>Reason: %1 (%2)</source>
        <translation>Reden: %1 (%2)</translation>
    </message>
    <message>
        <source>Code: %1  Enhanced: %2</source>
        <translation>Code: %1  Uitgebreid: %2</translation>
    </message>
    <message>
        <source>Diagnostic: %1</source>
        <translation>Diagnose: %1</translation>
    </message>
    <message>
        <source>Original Message-ID: %1</source>
        <translation>Oorspronkelijke Message-ID: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Bestand: %1</translation>
    </message>
</context>
<context>
    <name>StatusExplanation</name>
    <message>
        <source>first</source>
        <translation>eerste</translation>
    </message>
    <message>
        <source>second</source>
        <translation>tweede</translation>
    </message>
    <message>
        <source>third</source>
        <translation>derde</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierde</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>vijfde</translation>
    </message>
    <message>
        <source>sixth</source>
        <translation>zesde</translation>
    </message>
    <message>
        <source>seventh</source>
        <translation>zevende</translation>
    </message>
    <message>
        <source>eighth</source>
        <translation>achtste</translation>
    </message>
    <message>
        <source>ninth</source>
        <translation>negende</translation>
    </message>
    <message>
        <source>tenth</source>
        <translation>tiende</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1e</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <source>Active: no bounce, complaint or unsubscribe counts against it.</source>
        <translation>Actief: geen bounce, klacht of afmelding telt tegen dit adres.</translation>
    </message>
    <message>
        <source>Active: %1 hard and %2 soft bounce(s) so far (%3 in a row), below the preset&apos;s limits.</source>
        <translation>Actief: tot nu toe %1 hard en %2 soft bounce(s) (%3 op rij), onder de grenzen van het preset.</translation>
    </message>
    <message>
        <source> at %1, a major provider</source>
        <translation> bij %1, een grote provider</translation>
    </message>
    <message>
        <source> at a provider that is not a major one</source>
        <translation> bij een provider die geen grote is</translation>
    </message>
    <message>
        <source>Error since %1: %2%3%4, in %5.</source>
        <translation>Fout sinds %1: %2%3%4, in %5.</translation>
    </message>
    <message>
        <source>spam bounce, counted as hard</source>
        <translation>spam-bounce, geteld als hard bounce</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <translation>hard bounce</translation>
    </message>
    <message>
        <source>Error since %1: %2 %3%4%5, in %6.</source>
        <translation>Fout sinds %1: %2 %3%4%5, in %6.</translation>
    </message>
    <message>
        <source>hard or spam bounce (this one spam)</source>
        <translation>hard of spam-bounce (deze een spam-bounce)</translation>
    </message>
    <message>
        <source>Error since %1: %2 consecutive soft bounce%3, in %4.</source>
        <translation>Fout sinds %1: %2 soft bounce op rij%3, in %4.</translation>
    </message>
    <message>
        <source>Error since %1: %2 soft bounce%3, in %4.</source>
        <translation>Fout sinds %1: %2 soft bounce%3, in %4.</translation>
    </message>
    <message>
        <source>Opt-out since %1: complaint (reported as spam) about %2.</source>
        <translation>Afgemeld sinds %1: klacht (als spam gemeld) over %2.</translation>
    </message>
    <message>
        <source>Opt-out since %1: unsubscribed from %2.</source>
        <translation>Afgemeld sinds %1: afgemeld voor %2.</translation>
    </message>
    <message>
        <source>Error since %1: marked Error in the audience (recipients.csv) of %2.</source>
        <translation>Fout sinds %1: als Error gemarkeerd in de doelgroep (recipients.csv) van %2.</translation>
    </message>
    <message>
        <source>Opt-out since %1: marked Opt-out in the audience (recipients.csv) of %2.</source>
        <translation>Afgemeld sinds %1: als Opt-out gemarkeerd in de doelgroep (recipients.csv) van %2.</translation>
    </message>
    <message>
        <source>Active since %1: delivered in %2 after being an error; every count restarted.</source>
        <translation>Actief sinds %1: afgeleverd in %2 na een fout; alle tellingen beginnen opnieuw.</translation>
    </message>
    <message>
        <source>Active since %1: reactivated by hand.</source>
        <translation>Actief sinds %1: met de hand geheractiveerd.</translation>
    </message>
    <message>
        <source>Active since %1: reactivated by hand (%2).</source>
        <translation>Actief sinds %1: met de hand geheractiveerd (%2).</translation>
    </message>
    <message>
        <source>Opt-out since %1: suppressed by hand.</source>
        <translation>Afgemeld sinds %1: met de hand uitgesloten.</translation>
    </message>
    <message>
        <source>Opt-out since %1: suppressed by hand (%2).</source>
        <translation>Afgemeld sinds %1: met de hand uitgesloten (%2).</translation>
    </message>
</context>
<context>
    <name>TableViewExport</name>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Uitgebreid</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Laatste poging</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Laatste antwoord</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wordt geannuleerd…</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::AddressDetailPanel</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Waarom:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Aantallen:</translation>
    </message>
    <message>
        <source>&amp;Reactivate...</source>
        <translation>&amp;Heractiveren...</translation>
    </message>
    <message>
        <source>Make the address active by hand, with a note; later campaigns count from now.</source>
        <translation>Het adres handmatig op Actief zetten, met een notitie; latere campagnes tellen vanaf nu.</translation>
    </message>
    <message>
        <source>&amp;Suppress...</source>
        <translation>&amp;Uitsluiten...</translation>
    </message>
    <message>
        <source>Make the address opt-out by hand, with a note.</source>
        <translation>Het adres handmatig op Afgemeld zetten, met een notitie.</translation>
    </message>
    <message>
        <source>History across campaigns:</source>
        <translation>Geschiedenis over alle campagnes:</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Manual actions:</source>
        <translation>Handmatige acties:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Actie</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notitie</translation>
    </message>
    <message>
        <source>Select an address to see its history.</source>
        <translation>Kies een adres om de geschiedenis te zien.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 sinds %2</translation>
    </message>
    <message>
        <source>%1 hard or spam, %2 soft (%3 in a row), %4 campaign(s) in a row without an open or click</source>
        <translation>%1 hard of spam, %2 soft (%3 op rij), %4 campagne(s) op rij zonder opening of klik</translation>
    </message>
    <message>
        <source>Not sent (audience: %1)</source>
        <translation>Niet verzonden (doelgroep: %1)</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Niet geprobeerd</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Geheractiveerd</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Uitgesloten</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::AsOfControl</name>
    <message>
        <source>As of:</source>
        <translation>Stand per:</translation>
    </message>
    <message>
        <source>Newest log time</source>
        <translation>Nieuwste logtijd</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Nu</translation>
    </message>
    <message>
        <source>Chosen time</source>
        <translation>Gekozen tijd</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::AudienceDialog</name>
    <message>
        <source>Skipped audience members</source>
        <translation>Overgeslagen leden van de doelgroep</translation>
    </message>
    <message>
        <source>Audience members not attempted</source>
        <translation>Niet geprobeerde leden van de doelgroep</translation>
    </message>
    <message>
        <source>%1 members of %2 were not sent to: their status in recipients.csv is Error or Opt-out.</source>
        <translation>%1 leden van %2 zijn niet aangeschreven: hun status in recipients.csv is Error of Opt-out.</translation>
    </message>
    <message>
        <source>%1 active members of %2 do not appear in the logs.</source>
        <translation>%1 actieve leden van %2 komen niet in de logs voor.</translation>
    </message>
    <message>
        <source>The members cannot be read: %1</source>
        <translation>De leden kunnen niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Reading the members of %1…</source>
        <translation>Leden van %1 worden gelezen…</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::AudienceModel</name>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::AudienceTableModel</name>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Sinds</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Waarom</translation>
    </message>
    <message>
        <source>Last campaign</source>
        <translation>Laatste campagne</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hard</translation>
    </message>
    <message>
        <source>Soft</source>
        <translation>Soft</translation>
    </message>
    <message>
        <source>Without opens</source>
        <translation>Zonder openingen</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::AudienceView</name>
    <message>
        <source>&amp;Preset...</source>
        <translation>&amp;Preset...</translation>
    </message>
    <message>
        <source>Preview another status preset and apply it.</source>
        <translation>Een ander statuspreset vooraf bekijken en toepassen.</translation>
    </message>
    <message>
        <source>&amp;Undo Preset Change</source>
        <translation>Presetwijziging &amp;ongedaan maken</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xporteren</translation>
    </message>
    <message>
        <source>Suppression list (generic CSV)...</source>
        <translation>Uitsluitingslijst (generieke CSV)...</translation>
    </message>
    <message>
        <source>Suppression list for Mailchimp...</source>
        <translation>Uitsluitingslijst voor Mailchimp...</translation>
    </message>
    <message>
        <source>Suppression list for listmonk...</source>
        <translation>Uitsluitingslijst voor listmonk...</translation>
    </message>
    <message>
        <source>Inactive addresses (suggested)...</source>
        <translation>Inactieve adressen (voorgesteld)...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Search addresses</source>
        <translation>Adressen zoeken</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>ISP:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Suggest after:</source>
        <translation>Voorstellen na:</translation>
    </message>
    <message>
        <source> campaigns</source>
        <translation> campagnes</translation>
    </message>
    <message>
        <source>Kept in the store: the command-line tool uses it too.</source>
        <translation>Wordt in de opslag bewaard: het opdrachtregelprogramma gebruikt deze waarde ook.</translation>
    </message>
    <message>
        <source>Inactive (suggested)</source>
        <translation>Inactief (voorgesteld)</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Addresses affected</source>
        <translation>Getroffen adressen</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Mislukkingen</translation>
    </message>
    <message>
        <source>Sender problems</source>
        <translation>Afzenderproblemen</translation>
    </message>
    <message>
        <source>Cancelled; the statuses shown are from before.</source>
        <translation>Geannuleerd; de getoonde statussen zijn die van eerder.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>Exported %1 address(es).</source>
        <translation>%1 adres(sen) geëxporteerd.</translation>
    </message>
    <message>
        <source>Evaluating every address...</source>
        <translation>Alle adressen worden geëvalueerd...</translation>
    </message>
    <message>
        <source>Preset: %1 (%2)</source>
        <translation>Preset: %1 (%2)</translation>
    </message>
    <message>
        <source>Any ISP</source>
        <translation>Alle providers</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Alle redenen</translation>
    </message>
    <message>
        <source>Failures the sender caused (blocklisted IP or domain, authentication, rate limits) do not count against these addresses under the preset %1. Fix them at the sender&apos;s side:</source>
        <translation>Door de afzender veroorzaakte mislukkingen (IP of domein op een blocklist, authenticatie, snelheidslimieten) tellen onder het preset %1 niet mee tegen deze adressen. Los ze op aan de kant van de afzender:</translation>
    </message>
    <message>
        <source>The preset in force counts failures the sender caused against the addresses. A preset with ignore_sender_blamed (Deliverboard) lists them here instead.</source>
        <translation>Het geldende preset rekent door de afzender veroorzaakte mislukkingen aan de adressen toe. Een preset met ignore_sender_blamed (Deliverboard) toont ze in plaats daarvan hier.</translation>
    </message>
    <message>
        <source>Filtering...</source>
        <translation>Bezig met filteren...</translation>
    </message>
    <message>
        <source>%1 of %2 addresses</source>
        <translation>%1 van %2 adressen</translation>
    </message>
    <message>
        <source>Reactivate Address</source>
        <translation>Adres heractiveren</translation>
    </message>
    <message>
        <source>Suppress Address</source>
        <translation>Adres uitsluiten</translation>
    </message>
    <message>
        <source>Why (kept with the address):</source>
        <translation>Waarom (wordt bij het adres bewaard):</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inactief</translation>
    </message>
    <message>
        <source>suppression</source>
        <translation>uitsluitingslijst</translation>
    </message>
    <message>
        <source>Export Addresses</source>
        <translation>Adressen exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Edit Preset...</source>
        <translation>Voorinstelling &amp;bewerken...</translation>
    </message>
    <message>
        <source>Make a custom status preset from the one in force or a built-in one.</source>
        <translation>Een eigen statusvoorinstelling maken van de geldende of een ingebouwde.</translation>
    </message>
    <message>
        <source>or &amp;after:</source>
        <translation>of &amp;na:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>no day limit</source>
        <translation>geen dagengrens</translation>
    </message>
    <message>
        <source>Days without an open or click, counted back from the newest campaign with events. Kept in the store: the command-line tool uses it too.</source>
        <translation>Dagen zonder opening of klik, teruggeteld vanaf de nieuwste campagne met gebeurtenissen. Bewaard in de opslag: het opdrachtregelprogramma gebruikt het ook.</translation>
    </message>
    <message>
        <source>They are only suggested for a re-engagement or sunset list; their status stays as it is.</source>
        <translation>Ze worden alleen voorgesteld voor een heractiverings- of afscheidslijst; hun status blijft zoals hij is.</translation>
    </message>
    <message>
        <source>%1 active address(es) had no open or click in the last %2 campaigns sent to them, or for %3 days.</source>
        <translation>%1 actieve adres(sen) hadden geen opening of klik in de laatste %2 campagnes die ze kregen, of gedurende %3 dagen.</translation>
    </message>
    <message>
        <source>%1 active address(es) were sent %2 campaigns in a row without an open or click.</source>
        <translation>%1 actieve adres(sen) kregen %2 campagnes op rij zonder opening of klik.</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::CampaignLimitsDialog</name>
    <message>
        <source>%1 h</source>
        <translation>%1 u</translation>
    </message>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Report Limits for %1</source>
        <translation>Rapportgrenzen voor %1</translation>
    </message>
    <message>
        <source>%1, %2 attempts</source>
        <translation>%1, %2 pogingen</translation>
    </message>
    <message>
        <source>campaign.json:</source>
        <translation>campaign.json:</translation>
    </message>
    <message>
        <source>retry window %1, maximum attempts %2</source>
        <translation>herhaalvenster %1, hoogstens %2 pogingen</translation>
    </message>
    <message>
        <source>Store-wide overrides:</source>
        <translation>Voor de hele opslag:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <source>No override</source>
        <translation>Geen afwijking</translation>
    </message>
    <message>
        <source>&amp;Retry window:</source>
        <translation>&amp;Herhaalvenster:</translation>
    </message>
    <message>
        <source>&amp;Maximum attempts:</source>
        <translation>&amp;Maximum aantal pogingen:</translation>
    </message>
    <message>
        <source>Use &amp;Campaign&apos;s Own</source>
        <translation>&amp;Eigen waarden van de campagne</translation>
    </message>
    <message>
        <source>Count this campaign with the limits in its campaign.json, whatever the store-wide overrides say.</source>
        <translation>Deze campagne tellen met de grenzen uit haar campaign.json, wat er ook voor de hele opslag geldt.</translation>
    </message>
    <message>
        <source>The limits decide when a deferred message counts as a soft bounce. They are kept in the store, so the command-line tool reports the same figures.</source>
        <translation>De grenzen bepalen wanneer een uitgesteld bericht als soft bounce telt. Ze worden in de opslag bewaard, zodat het opdrachtregelprogramma dezelfde cijfers meldt.</translation>
    </message>
    <message>
        <source>In force for this campaign: a retry window of %1 and at most %2 attempt(s).</source>
        <translation>Geldt voor deze campagne: een herhaalvenster van %1 en hoogstens %2 poging(en).</translation>
    </message>
    <message>
        <source>No campaign named %1 in the store.</source>
        <translation>Geen campagne met de naam %1 in de opslag.</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::CampaignListView</name>
    <message>
        <source>Campaign</source>
        <translation>Campagne</translation>
    </message>
    <message>
        <source>First send</source>
        <translation>Eerste verzending</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Gebounced</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Hernoemen...</translation>
    </message>
    <message>
        <source>Re&amp;move from Store...</source>
        <translation>Uit de opslag &amp;verwijderen...</translation>
    </message>
    <message>
        <source>Rename Campaign</source>
        <translation>Campagne hernoemen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nieuwe naam:</translation>
    </message>
    <message>
        <source>Remove Campaign</source>
        <translation>Campagne verwijderen</translation>
    </message>
    <message>
        <source>Remove the campaign &quot;%1&quot; and all its imported data from the store? The log files are not touched.</source>
        <translation>De campagne &quot;%1&quot; en alle geïmporteerde gegevens uit de opslag verwijderen? De logbestanden blijven ongewijzigd.</translation>
    </message>
    <message>
        <source>First send: %1 · sent %2 · delivered %3 · bounced %4 · complaints %5</source>
        <translation>Eerste verzending: %1 · verzonden %2 · afgeleverd %3 · gebounced %4 · klachten %5</translation>
    </message>
    <message>
        <source>Report &amp;Limits...</source>
        <translation>Rapport&amp;grenzen...</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::DashboardView</name>
    <message>
        <source>No campaign open</source>
        <translation>Geen campagne geopend</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Verzonden</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Bezig</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Soft bounces</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard bounces</translation>
    </message>
    <message>
        <source>Spam blocks</source>
        <translation>Spamblokkades</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Klachten</translation>
    </message>
    <message>
        <source>Auto-replies</source>
        <translation>Automatische antwoorden</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Overgeslagen</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Niet geprobeerd</translation>
    </message>
    <message>
        <source>Error codes by ISP</source>
        <translation>Foutcodes per provider</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>Het rapport kon niet worden berekend: %1</translation>
    </message>
    <message>
        <source>As of %1 · retry window %2 h · at most %3 attempts</source>
        <translation>Stand per %1 · herhaalvenster %2 u · hoogstens %3 pogingen</translation>
    </message>
    <message>
        <source>of %1 in the audience</source>
        <translation>van %1 in de doelgroep</translation>
    </message>
    <message>
        <source>audience: error or opt-out</source>
        <translation>doelgroep: fout of afgemeld</translation>
    </message>
    <message>
        <source>audience: not in the logs</source>
        <translation>doelgroep: niet in de logs</translation>
    </message>
    <message>
        <source>List the recipients who complained.</source>
        <translation>De ontvangers tonen die geklaagd hebben.</translation>
    </message>
    <message>
        <source>List the recipients who sent an auto-reply.</source>
        <translation>De ontvangers tonen die automatisch geantwoord hebben.</translation>
    </message>
    <message>
        <source>List the audience members not sent to.</source>
        <translation>De niet aangeschreven leden van de doelgroep tonen.</translation>
    </message>
    <message>
        <source>List the active audience members the logs never mention.</source>
        <translation>De actieve leden van de doelgroep tonen die nooit in de logs voorkomen.</translation>
    </message>
    <message>
        <source>Show the returned mail that names no recipient of this campaign.</source>
        <translation>De teruggekomen mail tonen die geen ontvanger van deze campagne noemt.</translation>
    </message>
    <message>
        <source>Engagement (of delivered): opened %1 (%2) · clicked %3 (%4) · unsubscribed %5 (%6)</source>
        <translation>Betrokkenheid (van afgeleverd): geopend %1 (%2) · geklikt %3 (%4) · afgemeld %5 (%6)</translation>
    </message>
    <message>
        <source>Returned mail that matched no recipient: %1</source>
        <translation>Teruggekomen mail zonder bijpassende ontvanger: %1</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::DrilldownView</name>
    <message>
        <source>Search addresses (Ctrl+F)</source>
        <translation>Adressen zoeken (Ctrl+F)</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 berichten</translation>
    </message>
    <message>
        <source>Messages cannot be read: %1</source>
        <translation>De berichten kunnen niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Counting messages…</source>
        <translation>Berichten worden geteld…</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::ErrorCodesTable</name>
    <message>
        <source>ISP</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Uitgebreid</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Aantal</translation>
    </message>
    <message>
        <source>Share of ISP</source>
        <translation>Aandeel van provider</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Help</translation>
    </message>
    <message>
        <source>Double-click a row to list its messages.</source>
        <translation>Dubbelklik op een rij om de berichten te tonen.</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Helppagina</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::ExportBouncesDialog</name>
    <message>
        <source>Export Bounced Addresses</source>
        <translation>Gebouncede adressen exporteren</translation>
    </message>
    <message>
        <source>Bounces to export</source>
        <translation>Te exporteren bounces</translation>
    </message>
    <message>
        <source>Only messages matching the table&apos;s other filters (ISP, code, stage, reason, search)</source>
        <translation>Alleen berichten die aan de overige tabelfilters voldoen (provider, code, fase, reden, zoekopdracht)</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exporteren...</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::FilterChips</name>
    <message>
        <source>Remove this filter</source>
        <translation>Dit filter verwijderen</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 verwijderen</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Resultaat: %1</translation>
    </message>
    <message>
        <source>ISP: %1</source>
        <translation>Provider: %1</translation>
    </message>
    <message>
        <source>Code: %1</source>
        <translation>Code: %1</translation>
    </message>
    <message>
        <source>Stage: %1</source>
        <translation>Fase: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Reden: %1</translation>
    </message>
    <message>
        <source>Address contains: %1</source>
        <translation>Adres bevat: %1</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle berichten</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Geklaagd</translation>
    </message>
    <message>
        <source>Auto-replied</source>
        <translation>Automatisch geantwoord</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::IspBarsChart</name>
    <message>
        <source>Outcomes by ISP</source>
        <translation>Resultaten per provider</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::MainWindow</name>
    <message>
        <source>Deliverboard</source>
        <translation>Deliverboard</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respons</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Berichten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>Stop the import; what was imported so far is kept.</source>
        <translation>Import stoppen; wat al is geïmporteerd blijft bewaard.</translation>
    </message>
    <message>
        <source>Rename Campaign</source>
        <translation>Campagne hernoemen</translation>
    </message>
    <message>
        <source>Remove Campaign</source>
        <translation>Campagne verwijderen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open Campaign Folder...</source>
        <translation>Campagnemap &amp;openen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>Open &amp;Store...</source>
        <translation>Op&amp;slag openen...</translation>
    </message>
    <message>
        <source>&amp;New Store...</source>
        <translation>&amp;Nieuwe opslag...</translation>
    </message>
    <message>
        <source>&amp;Export Bounces...</source>
        <translation>Bounces &amp;exporteren...</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>I&amp;nstellingen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Afsluiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Vernieuwen</translation>
    </message>
    <message>
        <source>&amp;Find Messages...</source>
        <translation>Berichten &amp;zoeken...</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>Res&amp;pons</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Berichten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About Deliverboard</source>
        <translation>&amp;Over Deliverboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Over &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Lijst &amp;wissen</translation>
    </message>
    <message>
        <source>Wait for the import to finish before switching stores.</source>
        <translation>Wacht tot de import klaar is voordat u van opslag wisselt.</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Opslag openen</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>De opslag %1 kan niet worden geopend: %2</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Opslag: %1</translation>
    </message>
    <message>
        <source>Deliverboard stores (*.sqlite *.db);;All files (*)</source>
        <translation>Deliverboard-opslag (*.sqlite *.db);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>Nieuwe opslag</translation>
    </message>
    <message>
        <source>Open Campaign Folder</source>
        <translation>Campagnemap openen</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 is geen map.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Er loopt al een import.</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>%1 importeren...</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files...</source>
        <translation>
            <numerusform>%n bestand importeren...</numerusform>
            <numerusform>%n bestanden importeren...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import mislukt: %1</translation>
    </message>
    <message>
        <source>Import cancelled; what was imported so far is kept.</source>
        <translation>Import geannuleerd; wat al is geïmporteerd blijft bewaard.</translation>
    </message>
    <message>
        <source>Up to date: no new log lines.</source>
        <translation>Actueel: geen nieuwe logregels.</translation>
    </message>
    <message>
        <source>%1 – Deliverboard</source>
        <translation>%1 – Deliverboard</translation>
    </message>
    <message>
        <source>No campaign is open.</source>
        <translation>Er is geen campagne geopend.</translation>
    </message>
    <message>
        <source>-bounces</source>
        <translation>-bounces</translation>
    </message>
    <message>
        <source>Export Bounces</source>
        <translation>Bounces exporteren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-bestanden (*.csv)</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>De export is mislukt: %1</translation>
    </message>
    <message>
        <source>About Deliverboard</source>
        <translation>Over Deliverboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Deliverboard %1&lt;/h3&gt;&lt;p&gt;What happened to every message of your email campaign: the Response page from your own MTA logs.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Deliverboard %1&lt;/h3&gt;&lt;p&gt;Wat er met elk bericht van uw e-mailcampagne is gebeurd: de responspagina uit uw eigen MTA-logs.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;Table View...</source>
        <translation>&amp;Tabelweergave exporteren...</translation>
    </message>
    <message>
        <source>-messages</source>
        <translation>-berichten</translation>
    </message>
    <message>
        <source>Export Table View</source>
        <translation>Tabelweergave exporteren</translation>
    </message>
    <message>
        <source>Imported %1 lines (files read: %2).</source>
        <translation>%1 regels geïmporteerd (gelezen bestanden: %2).</translation>
    </message>
    <message>
        <source>Unmatched Returned Mail</source>
        <translation>Niet toegewezen teruggekomen mail</translation>
    </message>
    <message>
        <source>%1 returned mails of %2 name no recipient of the campaign (up to 1,000 are listed).</source>
        <translation>%1 teruggekomen mails van %2 noemen geen ontvanger van de campagne (hooguit 1.000 worden getoond).</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Doelgroep</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Doelgroep</translation>
    </message>
    <message>
        <source>Every address&apos;s status across all campaigns.</source>
        <translation>De status van elk adres over alle campagnes.</translation>
    </message>
    <message>
        <source>Opening the store %1…</source>
        <translation>Opslag %1 wordt geopend…</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened.</source>
        <translation>De opslag %1 kan niet worden geopend.</translation>
    </message>
    <message>
        <source>The import was not started: the store cannot be opened.</source>
        <translation>De import is niet gestart: de opslag kan niet worden geopend.</translation>
    </message>
    <message>
        <source>Opening the store; the import starts next…</source>
        <translation>Opslag wordt geopend; daarna start de import…</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>adressen</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>berichten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3</source>
        <translation>%1 %2 geëxporteerd naar %3</translation>
    </message>
    <message>
        <source>%1 cancelled; no file was written.</source>
        <translation>%1 geannuleerd; er is geen bestand geschreven.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Exporteren naar %1…</translation>
    </message>
    <message>
        <source>Writing %1 to %2…</source>
        <translation>%1 worden naar %2 geschreven…</translation>
    </message>
    <message>
        <source>Renaming %1…</source>
        <translation>%1 wordt hernoemd…</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>Hernoemd naar %1.</translation>
    </message>
    <message>
        <source>Removal of %1 cancelled; nothing was removed.</source>
        <translation>Verwijderen van %1 geannuleerd; er is niets verwijderd.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 verwijderd.</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 wordt verwijderd…</translation>
    </message>
    <message>
        <source>Reading the returned mail of %1…</source>
        <translation>Teruggekomen mail van %1 wordt gelezen…</translation>
    </message>
    <message>
        <source>The returned mail cannot be read: %1</source>
        <translation>De teruggekomen mail kan niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>Report Limits</source>
        <translation>Rapportgrenzen</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::MessageDetailPanel</name>
    <message>
        <source>Recipient:</source>
        <translation>Ontvanger:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Resultaat:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Reden:</translation>
    </message>
    <message>
        <source>ISP:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Open the ISP&apos;s help page</source>
        <translation>Helppagina van de provider openen</translation>
    </message>
    <message>
        <source>Last reply:</source>
        <translation>Laatste antwoord:</translation>
    </message>
    <message>
        <source>Queue / Message-ID:</source>
        <translation>Queue / Message-ID:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Relay</source>
        <translation>Relay</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Uitgebreid</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwoord</translation>
    </message>
    <message>
        <source>Raw log lines of this message</source>
        <translation>Ruwe logregels van dit bericht</translation>
    </message>
    <message>
        <source>Select a message to see its history.</source>
        <translation>Kies een bericht om de geschiedenis te zien.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · attempts: %2</source>
        <translation>%1 · pogingen: %2</translation>
    </message>
    <message>
        <source>No returned mail for this message.</source>
        <translation>Geen teruggekomen mail voor dit bericht.</translation>
    </message>
    <message>
        <source>Returned mail</source>
        <translation>Teruggekomen mail</translation>
    </message>
    <message>
        <source>Returned mail: %1</source>
        <translation>Teruggekomen mail: %1</translation>
    </message>
    <message>
        <source>Engagement:</source>
        <translation>Interactie:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>niets vastgelegd</translation>
    </message>
    <message>
        <source>opens: %1</source>
        <translation>geopend: %1</translation>
    </message>
    <message>
        <source>clicks: %1</source>
        <translation>klikken: %1</translation>
    </message>
    <message>
        <source>unsubscribed %1</source>
        <translation>afgemeld %1</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>afgemeld</translation>
    </message>
    <message>
        <source>complained</source>
        <translation>geklaagd</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>laatst %1</translation>
    </message>
    <message>
        <source>returned mail: %1</source>
        <translation>teruggekomen mail: %1</translation>
    </message>
    <message>
        <source>Reading the history of this message…</source>
        <translation>Geschiedenis van dit bericht wordt gelezen…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>The history of this message cannot be read: %1</source>
        <translation>De geschiedenis van dit bericht kan niet worden gelezen: %1</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::MessageTableModel</name>
    <message>
        <source>Recipient</source>
        <translation>Ontvanger</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Resultaat</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Pogingen</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Fase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Laatste poging</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::OutcomeDonut</name>
    <message>
        <source>Outcomes</source>
        <translation>Resultaten</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1: %2 (%3)</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::PresetEditorDialog</name>
    <message>
        <source>never</source>
        <translation>nooit</translation>
    </message>
    <message>
        <source>Edit Status Preset</source>
        <translation>Statusvoorinstelling bewerken</translation>
    </message>
    <message>
        <source>The preset in force (%1)</source>
        <translation>De geldende voorinstelling (%1)</translation>
    </message>
    <message>
        <source>Built-in: %1</source>
        <translation>Ingebouwd: %1</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>&amp;Uitgangspunt:</translation>
    </message>
    <message>
        <source>&amp;Open JSON...</source>
        <translation>JSON &amp;openen...</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Id:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Naam:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschrijving:</translation>
    </message>
    <message>
        <source>An address becomes an error at the</source>
        <translation>Een adres wordt een fout bij de</translation>
    </message>
    <message>
        <source>nth hard or spam bounce at a &amp;major ISP:</source>
        <translation>n-de hard- of spambounce bij een &amp;grote provider:</translation>
    </message>
    <message>
        <source>nth hard or spam bounce &amp;elsewhere:</source>
        <translation>n-de hard- of spambounce &amp;elders:</translation>
    </message>
    <message>
        <source>nth sof&amp;t bounce:</source>
        <translation>n-de sof&amp;t bounce:</translation>
    </message>
    <message>
        <source>Ma&amp;jor ISPs</source>
        <translation>Grote &amp;providers</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>Terugzetten</translation>
    </message>
    <message>
        <source>A deli&amp;very resets the soft count</source>
        <translation>Een &amp;aflevering zet de softtelling terug</translation>
    </message>
    <message>
        <source>A delivery resets the &amp;hard count</source>
        <translation>Een aflevering zet de &amp;hardtelling terug</translation>
    </message>
    <message>
        <source>A soft bounce resets the hard &amp;count</source>
        <translation>Een soft bounce zet de hardte&amp;lling terug</translation>
    </message>
    <message>
        <source>A hard or spam bounce resets the soft co&amp;unt</source>
        <translation>Een hard- of spambounce zet de softtelling te&amp;rug</translation>
    </message>
    <message>
        <source>Opt-out and blame</source>
        <translation>Afmelding en veroorzaker</translation>
    </message>
    <message>
        <source>A comp&amp;laint opts the address out</source>
        <translation>Een &amp;klacht meldt het adres af</translation>
    </message>
    <message>
        <source>An unsu&amp;bscribe opts the address out</source>
        <translation>Een uits&amp;chrijving meldt het adres af</translation>
    </message>
    <message>
        <source>Failures the &amp;sender caused (blocklists, authentication, rate limits) count against nobody</source>
        <translation>Fouten die de af&amp;zender veroorzaakte (blokkeerlijsten, authenticatie, snelheidslimieten) tellen tegen niemand</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Op&amp;slaan als...</translation>
    </message>
    <message>
        <source>&amp;Preview and Apply...</source>
        <translation>&amp;Voorbeeld en toepassen...</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (eigen)</translation>
    </message>
    <message>
        <source>edited preset</source>
        <translation>bewerkte voorinstelling</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Status Preset</source>
        <translation>Statusvoorinstelling openen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Save Status Preset</source>
        <translation>Statusvoorinstelling opslaan</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::PresetPreviewDialog</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Afgemeld</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Status Preset</source>
        <translation>Statuspreset</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>Van kracht: %1</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidaat:</translation>
    </message>
    <message>
        <source>Custom JSON file...</source>
        <translation>Eigen JSON-bestand...</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Voorbeeld</translation>
    </message>
    <message>
        <source>Choose a preset and preview what it would change.</source>
        <translation>Kies een preset en bekijk vooraf wat het zou veranderen.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Van</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Naar</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Reden</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Why (new preset)</source>
        <translation>Waarom (nieuw preset)</translation>
    </message>
    <message>
        <source>&amp;Apply Preset</source>
        <translation>Preset &amp;toepassen</translation>
    </message>
    <message>
        <source>Custom Preset</source>
        <translation>Eigen preset</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Evaluating every address under %1...</source>
        <translation>Alle adressen worden onder %1 geëvalueerd...</translation>
    </message>
    <message>
        <source>%1 instead of %2: %3 of %4 addresses would change status.</source>
        <translation>%1 in plaats van %2: %3 van %4 adressen zouden van status veranderen.</translation>
    </message>
    <message>
        <source>Edited preset</source>
        <translation>Bewerkte voorinstelling</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Bewerkt: %1</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::ProblemsDock</name>
    <message>
        <source>Import Problems</source>
        <translation>Importproblemen</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Geen problemen.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Probleem</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Genegeerd: %1</translation>
    </message>
    <message>
        <source>No problems in the last import.</source>
        <translation>Geen problemen bij de laatste import.</translation>
    </message>
    <message>
        <source>%1 problems; the first %2 are listed.</source>
        <translation>%1 problemen; de eerste %2 staan in de lijst.</translation>
    </message>
    <message>
        <source>No problems recorded for this campaign.</source>
        <translation>Voor deze campagne zijn geen problemen vastgelegd.</translation>
    </message>
    <message>
        <source>Problems in the last import: %1</source>
        <translation>Problemen bij de laatste import: %1</translation>
    </message>
    <message>
        <source>Problems recorded for this campaign: %1</source>
        <translation>Vastgelegde problemen voor deze campagne: %1</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Instellingen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systeemtaal</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Taal:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> u</translation>
    </message>
    <message>
        <source>Campaign&apos;s own</source>
        <translation>Van de campagne</translation>
    </message>
    <message>
        <source>&amp;Retry window:</source>
        <translation>&amp;Herhaalvenster:</translation>
    </message>
    <message>
        <source>&amp;Maximum attempts:</source>
        <translation>&amp;Maximumaantal pogingen:</translation>
    </message>
    <message>
        <source> campaigns</source>
        <translation> campagnes</translation>
    </message>
    <message>
        <source>&amp;Inactive after:</source>
        <translation>&amp;Inactief na:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> dagen</translation>
    </message>
    <message>
        <source>No day limit</source>
        <translation>Geen dagengrens</translation>
    </message>
    <message>
        <source>or after &amp;days:</source>
        <translation>of na &amp;dagen:</translation>
    </message>
    <message>
        <source>Edit Status &amp;Preset...</source>
        <translation>Status&amp;voorinstelling bewerken...</translation>
    </message>
    <message>
        <source>Status preset:</source>
        <translation>Statusvoorinstelling:</translation>
    </message>
    <message>
        <source>A new language applies when Deliverboard is started again. The limits decide when a deferred message counts as a soft bounce. An active address without an open or click in that many campaigns delivered to it, or for that many days before the newest campaign with events, is suggested as inactive. Both are kept in the store, so the command-line tool uses them too.</source>
        <translation>Een nieuwe taal geldt zodra Deliverboard opnieuw wordt gestart. De grenzen bepalen wanneer een uitgesteld bericht als soft bounce telt. Een actief adres zonder opening of klik in zoveel afgeleverde campagnes, of zoveel dagen voor de nieuwste campagne met gebeurtenissen, wordt als inactief voorgesteld. Beide worden in de opslag bewaard, zodat het opdrachtregelprogramma ze ook gebruikt.</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::StageFunnelChart</name>
    <message>
        <source>Bounces by SMTP stage</source>
        <translation>Bounces per SMTP-fase</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>%1: %2 bounces</source>
        <translation>%1: %2 bounces</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::TimelineChart</name>
    <message>
        <source>Attempts over time</source>
        <translation>Pogingen in de tijd</translation>
    </message>
    <message>
        <source>%1 – %2
Delivered: %3
Deferred: %4
Bounced: %5</source>
        <translation>%1 – %2
Afgeleverd: %3
Uitgesteld: %4
Gebounced: %5</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Afgeleverd</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Uitgesteld</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Gebounced</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Nog geen pogingen.</translation>
    </message>
    <message numerus="yes">
        <source>One point per %n minutes; hover a point for its figures.</source>
        <translation>
            <numerusform>Eén punt per %n minuut; wijs een punt aan voor de cijfers.</numerusform>
            <numerusform>Eén punt per %n minuten; wijs een punt aan voor de cijfers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::WelcomePanel</name>
    <message>
        <source>What happened to every message of your campaign?</source>
        <translation>Wat is er met elk bericht van uw campagne gebeurd?</translation>
    </message>
    <message>
        <source>Open a campaign folder: your MTA&apos;s logs (Postfix, Exim or PowerMTA, also rotated and .gz), the mail that came back (DSN bounces, ARF complaints, auto-replies) and, if you have them, recipients.csv and events.csv. Deliverboard imports it into its local store and shows sent, delivered, bounced and why, by ISP.</source>
        <translation>Open een campagnemap: de logs van uw MTA (Postfix, Exim of PowerMTA, ook geroteerd en als .gz), de teruggekomen mail (DSN-bounces, ARF-klachten, automatische antwoorden) en, als u ze hebt, recipients.csv en events.csv. Deliverboard importeert die in zijn lokale opslag en toont per provider wat verzonden, afgeleverd en gebounced is, en waarom.</translation>
    </message>
    <message>
        <source>You can also drop a folder or log files onto this window.</source>
        <translation>U kunt ook een map of logbestanden naar dit venster slepen.</translation>
    </message>
    <message>
        <source>Open Campaign Folder...</source>
        <translation>Campagnemap openen...</translation>
    </message>
    <message>
        <source>Choose a campaign folder to import (Ctrl+O).</source>
        <translation>Kies een campagnemap om te importeren (Ctrl+O).</translation>
    </message>
    <message>
        <source>Open the Demo Campaign</source>
        <translation>Democampagne openen</translation>
    </message>
    <message>
        <source>A generated campaign of 3,000 recipients that shows every figure.</source>
        <translation>Een gegenereerde campagne van 3.000 ontvangers die elk cijfer laat zien.</translation>
    </message>
    <message>
        <source>Recent campaign folders</source>
        <translation>Recente campagnemappen</translation>
    </message>
    <message>
        <source>Importing %1 ... The figures appear here as soon as the first lines are stored.</source>
        <translation>%1 wordt geïmporteerd ... De cijfers verschijnen hier zodra de eerste regels zijn opgeslagen.</translation>
    </message>
    <message>
        <source>Choose a campaign in the list on the left, or open another folder.</source>
        <translation>Kies links een campagne in de lijst, of open een andere map.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>What happened to every message of your campaign.</source>
        <translation>Wat er met elk bericht van uw campagne is gebeurd.</translation>
    </message>
    <message>
        <source>Campaign folders or log files to open.</source>
        <translation>Te openen campagnemappen of logbestanden.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Openen</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Bestand of map bestaat niet: %1</translation>
    </message>
</context>
</TS>
