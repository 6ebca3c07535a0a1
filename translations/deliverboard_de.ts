<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AudienceWorker</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The statuses are not evaluated yet.</source>
        <translation>Die Status sind noch nicht ausgewertet.</translation>
    </message>
</context>
<context>
    <name>ImportController</name>
    <message>
        <source>%1 of %2 · %3 lines</source>
        <translation>%1 von %2 · %3 Zeilen</translation>
    </message>
    <message>
        <source> · %1/s</source>
        <translation> · %1/s</translation>
    </message>
    <message numerus="yes">
        <source> · %n s left</source>
        <translation>
            <numerusform> · noch %n s</numerusform>
            <numerusform> · noch %n s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Soft bounce</source>
        <translation>Soft Bounce</translation>
    </message>
    <message>
        <source>Hard bounce</source>
        <translation>Hard Bounce</translation>
    </message>
    <message>
        <source>Spam block</source>
        <translation>Spam-Sperre</translation>
    </message>
    <message>
        <source>DNS lookup</source>
        <translation>DNS-Abfrage</translation>
    </message>
    <message>
        <source>Connect</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Greeting</source>
        <translation>Begrüßung</translation>
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
        <translation>Ende der Daten</translation>
    </message>
    <message>
        <source>After acceptance</source>
        <translation>Nach Annahme</translation>
    </message>
    <message>
        <source>Local delivery</source>
        <translation>Lokale Zustellung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>zugestellt</translation>
    </message>
    <message>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <source>bounced</source>
        <translation>abgewiesen</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>en</source>
        <comment>two-letter code of this translation&apos;s language</comment>
        <translation>de</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Andere</translation>
    </message>
</context>
<context>
    <name>ReturnedMailText</name>
    <message>
        <source>Delivery status notification</source>
        <translation>Zustellstatusbericht</translation>
    </message>
    <message>
        <source>Bounce message</source>
        <translation>Unzustellbarkeitsnachricht</translation>
    </message>
    <message>
        <source>Complaint (feedback report)</source>
        <translation>Beschwerde (Feedback-Bericht)</translation>
    </message>
    <message>
        <source>Auto-reply</source>
        <translation>Automatische Antwort</translation>
    </message>
    <message>
        <source>Unrecognised mail</source>
        <translation>Nicht erkannte Mail</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Recipient: %1</source>
        <translation>Empfänger: %1</translation>
    </message>
    <message>
        <source>Action: delayed (a warning: the sending server was still retrying; it does not change the outcome)</source>
        <translation>Aktion: verzögert (eine Warnung: der sendende Server versuchte es noch weiter; das Ergebnis ändert sich dadurch nicht)</translation>
    </message>
    <message>
        <source>Action: %1</source>
        <translation>Aktion: %1</translation>
    </message>
    <message>
        <source>Class: %1</source>
        <translation>Klasse: %1</translation>
    </message>
    <message>
        <source>Reason: %1 (%2)</source>
        <translation>Grund: %1 (%2)</translation>
    </message>
    <message>
        <source>Code: %1  Enhanced: %2</source>
        <translation>Code: %1  Erweitert: %2</translation>
    </message>
    <message>
        <source>Diagnostic: %1</source>
        <translation>Diagnose: %1</translation>
    </message>
    <message>
        <source>Original Message-ID: %1</source>
        <translation>Ursprüngliche Message-ID: %1</translation>
    </message>
    <message>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
</context>
<context>
    <name>StatusExplanation</name>
    <message>
        <source>first</source>
        <translation>erster</translation>
    </message>
    <message>
        <source>second</source>
        <translation>zweiter</translation>
    </message>
    <message>
        <source>third</source>
        <translation>dritter</translation>
    </message>
    <message>
        <source>fourth</source>
        <translation>vierter</translation>
    </message>
    <message>
        <source>fifth</source>
        <translation>fünfter</translation>
    </message>
    <message>
        <source>sixth</source>
        <translation>sechster</translation>
    </message>
    <message>
        <source>seventh</source>
        <translation>siebter</translation>
    </message>
    <message>
        <source>eighth</source>
        <translation>achter</translation>
    </message>
    <message>
        <source>ninth</source>
        <translation>neunter</translation>
    </message>
    <message>
        <source>tenth</source>
        <translation>zehnter</translation>
    </message>
    <message>
        <source>%1th</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>Active: no bounce, complaint or unsubscribe counts against it.</source>
        <translation>Aktiv: kein Bounce, keine Beschwerde und keine Abmeldung spricht dagegen.</translation>
    </message>
    <message>
        <source>Active: %1 hard and %2 soft bounce(s) so far (%3 in a row), below the preset&apos;s limits.</source>
        <translation>Aktiv: bisher %1 Hard und %2 Soft Bounce(s) (%3 in Folge), unter den Grenzen des Presets.</translation>
    </message>
    <message>
        <source> at %1, a major provider</source>
        <translation> bei %1, einem großen Provider</translation>
    </message>
    <message>
        <source> at a provider that is not a major one</source>
        <translation> bei einem Provider, der kein großer ist</translation>
    </message>
    <message>
        <source>Error since %1: %2%3%4, in %5.</source>
        <translation>Fehler seit %1: %2%3%4, in %5.</translation>
    </message>
    <message>
        <source>spam bounce, counted as hard</source>
        <translation>Spam-Bounce, gezählt als Hard Bounce</translation>
    </message>
    <message>
        <source>hard bounce</source>
        <translation>Hard Bounce</translation>
    </message>
    <message>
        <source>Error since %1: %2 %3%4%5, in %6.</source>
        <translation>Fehler seit %1: %2 %3%4%5, in %6.</translation>
    </message>
    <message>
        <source>hard or spam bounce (this one spam)</source>
        <translation>Hard oder Spam-Bounce (dieser ein Spam-Bounce)</translation>
    </message>
    <message>
        <source>Error since %1: %2 consecutive soft bounce%3, in %4.</source>
        <translation>Fehler seit %1: %2 Soft Bounce in Folge%3, in %4.</translation>
    </message>
    <message>
        <source>Error since %1: %2 soft bounce%3, in %4.</source>
        <translation>Fehler seit %1: %2 Soft Bounce%3, in %4.</translation>
    </message>
    <message>
        <source>Opt-out since %1: complaint (reported as spam) about %2.</source>
        <translation>Abgemeldet seit %1: Beschwerde (als Spam gemeldet) über %2.</translation>
    </message>
    <message>
        <source>Opt-out since %1: unsubscribed from %2.</source>
        <translation>Abgemeldet seit %1: von %2 abgemeldet.</translation>
    </message>
    <message>
        <source>Error since %1: marked Error in the audience (recipients.csv) of %2.</source>
        <translation>Fehler seit %1: im Verteiler (recipients.csv) von %2 als Error markiert.</translation>
    </message>
    <message>
        <source>Opt-out since %1: marked Opt-out in the audience (recipients.csv) of %2.</source>
        <translation>Abgemeldet seit %1: im Verteiler (recipients.csv) von %2 als Opt-out markiert.</translation>
    </message>
    <message>
        <source>Active since %1: delivered in %2 after being an error; every count restarted.</source>
        <translation>Aktiv seit %1: in %2 zugestellt, nachdem die Adresse ein Fehler war; alle Zählungen beginnen neu.</translation>
    </message>
    <message>
        <source>Active since %1: reactivated by hand.</source>
        <translation>Aktiv seit %1: von Hand reaktiviert.</translation>
    </message>
    <message>
        <source>Active since %1: reactivated by hand (%2).</source>
        <translation>Aktiv seit %1: von Hand reaktiviert (%2).</translation>
    </message>
    <message>
        <source>Opt-out since %1: suppressed by hand.</source>
        <translation>Abgemeldet seit %1: von Hand gesperrt.</translation>
    </message>
    <message>
        <source>Opt-out since %1: suppressed by hand (%2).</source>
        <translation>Abgemeldet seit %1: von Hand gesperrt (%2).</translation>
    </message>
</context>
<context>
    <name>TableViewExport</name>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Enhanced</source>
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
    </message>
    <message>
        <source>Last reply</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>TaskProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::AddressDetailPanel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <source>Counts:</source>
        <translation>Anzahlen:</translation>
    </message>
    <message>
        <source>&amp;Reactivate...</source>
        <translation>&amp;Reaktivieren...</translation>
    </message>
    <message>
        <source>Make the address active by hand, with a note; later campaigns count from now.</source>
        <translation>Die Adresse manuell auf Aktiv setzen, mit einer Notiz; spätere Kampagnen zählen ab jetzt.</translation>
    </message>
    <message>
        <source>&amp;Suppress...</source>
        <translation>&amp;Sperren...</translation>
    </message>
    <message>
        <source>Make the address opt-out by hand, with a note.</source>
        <translation>Die Adresse manuell auf Abgemeldet setzen, mit einer Notiz.</translation>
    </message>
    <message>
        <source>History across campaigns:</source>
        <translation>Verlauf über alle Kampagnen:</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Manual actions:</source>
        <translation>Manuelle Aktionen:</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Select an address to see its history.</source>
        <translation>Wählen Sie eine Adresse, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>%1 since %2</source>
        <translation>%1 seit %2</translation>
    </message>
    <message>
        <source>%1 hard or spam, %2 soft (%3 in a row), %4 campaign(s) in a row without an open or click</source>
        <translation>%1 Hard oder Spam, %2 Soft (%3 in Folge), %4 Kampagne(n) in Folge ohne Öffnung oder Klick</translation>
    </message>
    <message>
        <source>Not sent (audience: %1)</source>
        <translation>Nicht gesendet (Verteiler: %1)</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <source>%1; %2</source>
        <translation>%1; %2</translation>
    </message>
    <message>
        <source>Reactivated</source>
        <translation>Reaktiviert</translation>
    </message>
    <message>
        <source>Suppressed</source>
        <translation>Gesperrt</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::AsOfControl</name>
    <message>
        <source>As of:</source>
        <translation>Stand:</translation>
    </message>
    <message>
        <source>Newest log time</source>
        <translation>Neueste Logzeit</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Chosen time</source>
        <translation>Gewählte Zeit</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::AudienceDialog</name>
    <message>
        <source>Skipped audience members</source>
        <translation>Übersprungene Verteilermitglieder</translation>
    </message>
    <message>
        <source>Audience members not attempted</source>
        <translation>Nicht versuchte Verteilermitglieder</translation>
    </message>
    <message>
        <source>%1 members of %2 were not sent to: their status in recipients.csv is Error or Opt-out.</source>
        <translation>%1 Mitglieder von %2 wurden nicht angeschrieben: Ihr Status in recipients.csv ist Error oder Opt-out.</translation>
    </message>
    <message>
        <source>%1 active members of %2 do not appear in the logs.</source>
        <translation>%1 aktive Mitglieder von %2 kommen in den Logs nicht vor.</translation>
    </message>
    <message>
        <source>The members cannot be read: %1</source>
        <translation>Die Mitglieder können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Reading the members of %1…</source>
        <translation>Mitglieder von %1 werden gelesen…</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::AudienceModel</name>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
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
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Last campaign</source>
        <translation>Letzte Kampagne</translation>
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
        <translation>Ohne Öffnungen</translation>
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
        <translation>Ein anderes Status-Preset in der Vorschau prüfen und anwenden.</translation>
    </message>
    <message>
        <source>&amp;Undo Preset Change</source>
        <translation>Preset-Änderung &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Suppression list (generic CSV)...</source>
        <translation>Sperrliste (allgemeines CSV)...</translation>
    </message>
    <message>
        <source>Suppression list for Mailchimp...</source>
        <translation>Sperrliste für Mailchimp...</translation>
    </message>
    <message>
        <source>Suppression list for listmonk...</source>
        <translation>Sperrliste für listmonk...</translation>
    </message>
    <message>
        <source>Inactive addresses (suggested)...</source>
        <translation>Inaktive Adressen (Vorschlag)...</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Search addresses</source>
        <translation>Adressen suchen</translation>
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
        <translation>Grund:</translation>
    </message>
    <message>
        <source>Addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>Suggest after:</source>
        <translation>Vorschlagen nach:</translation>
    </message>
    <message>
        <source> campaigns</source>
        <translation> Kampagnen</translation>
    </message>
    <message>
        <source>Kept in the store: the command-line tool uses it too.</source>
        <translation>Wird im Speicher abgelegt: Auch das Kommandozeilenwerkzeug verwendet diesen Wert.</translation>
    </message>
    <message>
        <source>Inactive (suggested)</source>
        <translation>Inaktiv (Vorschlag)</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Addresses affected</source>
        <translation>Betroffene Adressen</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>Sender problems</source>
        <translation>Absenderprobleme</translation>
    </message>
    <message>
        <source>Cancelled; the statuses shown are from before.</source>
        <translation>Abgebrochen; die angezeigten Status sind die bisherigen.</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <source>Exported %1 address(es).</source>
        <translation>%1 Adresse(n) exportiert.</translation>
    </message>
    <message>
        <source>Evaluating every address...</source>
        <translation>Alle Adressen werden ausgewertet...</translation>
    </message>
    <message>
        <source>Preset: %1 (%2)</source>
        <translation>Preset: %1 (%2)</translation>
    </message>
    <message>
        <source>Any ISP</source>
        <translation>Alle Provider</translation>
    </message>
    <message>
        <source>Any reason</source>
        <translation>Alle Gründe</translation>
    </message>
    <message>
        <source>Failures the sender caused (blocklisted IP or domain, authentication, rate limits) do not count against these addresses under the preset %1. Fix them at the sender&apos;s side:</source>
        <translation>Vom Absender verursachte Fehlschläge (IP oder Domain auf einer Blocklist, Authentifizierung, Ratenlimits) zählen unter dem Preset %1 nicht gegen diese Adressen. Beheben Sie sie auf Absenderseite:</translation>
    </message>
    <message>
        <source>The preset in force counts failures the sender caused against the addresses. A preset with ignore_sender_blamed (Deliverboard) lists them here instead.</source>
        <translation>Das geltende Preset rechnet vom Absender verursachte Fehlschläge den Adressen an. Ein Preset mit ignore_sender_blamed (Deliverboard) listet sie stattdessen hier auf.</translation>
    </message>
    <message>
        <source>Filtering...</source>
        <translation>Wird gefiltert...</translation>
    </message>
    <message>
        <source>%1 of %2 addresses</source>
        <translation>%1 von %2 Adressen</translation>
    </message>
    <message>
        <source>Reactivate Address</source>
        <translation>Adresse reaktivieren</translation>
    </message>
    <message>
        <source>Suppress Address</source>
        <translation>Adresse sperren</translation>
    </message>
    <message>
        <source>Why (kept with the address):</source>
        <translation>Warum (wird bei der Adresse gespeichert):</translation>
    </message>
    <message>
        <source>inactive</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>suppression</source>
        <translation>sperrliste</translation>
    </message>
    <message>
        <source>Export Addresses</source>
        <translation>Adressen exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>&amp;Edit Preset...</source>
        <translation>Vorgabe &amp;bearbeiten...</translation>
    </message>
    <message>
        <source>Make a custom status preset from the one in force or a built-in one.</source>
        <translation>Eine eigene Statusvorgabe aus der geltenden oder einer mitgelieferten erstellen.</translation>
    </message>
    <message>
        <source>or &amp;after:</source>
        <translation>oder &amp;nach:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>no day limit</source>
        <translation>keine Tagesgrenze</translation>
    </message>
    <message>
        <source>Days without an open or click, counted back from the newest campaign with events. Kept in the store: the command-line tool uses it too.</source>
        <translation>Tage ohne Öffnen oder Klick, zurückgezählt von der neuesten Kampagne mit Ereignissen. Im Speicher abgelegt: das Kommandozeilenwerkzeug verwendet ihn ebenfalls.</translation>
    </message>
    <message>
        <source>They are only suggested for a re-engagement or sunset list; their status stays as it is.</source>
        <translation>Sie werden nur für eine Reaktivierungs- oder Abschiedsliste vorgeschlagen; ihr Status bleibt, wie er ist.</translation>
    </message>
    <message>
        <source>%1 active address(es) had no open or click in the last %2 campaigns sent to them, or for %3 days.</source>
        <translation>%1 aktive Adresse(n) hatten in den letzten %2 an sie gesendeten Kampagnen oder seit %3 Tagen kein Öffnen und keinen Klick.</translation>
    </message>
    <message>
        <source>%1 active address(es) were sent %2 campaigns in a row without an open or click.</source>
        <translation>%1 aktive Adresse(n) erhielten %2 Kampagnen in Folge ohne Öffnen oder Klick.</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::CampaignLimitsDialog</name>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Report Limits for %1</source>
        <translation>Berichtsgrenzen für %1</translation>
    </message>
    <message>
        <source>%1, %2 attempts</source>
        <translation>%1, %2 Versuche</translation>
    </message>
    <message>
        <source>campaign.json:</source>
        <translation>campaign.json:</translation>
    </message>
    <message>
        <source>retry window %1, maximum attempts %2</source>
        <translation>Wiederholungsfenster %1, höchstens %2 Versuche</translation>
    </message>
    <message>
        <source>Store-wide overrides:</source>
        <translation>Für den ganzen Speicher:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>No override</source>
        <translation>Keine Abweichung</translation>
    </message>
    <message>
        <source>&amp;Retry window:</source>
        <translation>&amp;Wiederholungsfenster:</translation>
    </message>
    <message>
        <source>&amp;Maximum attempts:</source>
        <translation>&amp;Höchstzahl Versuche:</translation>
    </message>
    <message>
        <source>Use &amp;Campaign&apos;s Own</source>
        <translation>&amp;Eigene der Kampagne verwenden</translation>
    </message>
    <message>
        <source>Count this campaign with the limits in its campaign.json, whatever the store-wide overrides say.</source>
        <translation>Diese Kampagne mit den Grenzen aus ihrer campaign.json zählen, was auch immer für den ganzen Speicher gilt.</translation>
    </message>
    <message>
        <source>The limits decide when a deferred message counts as a soft bounce. They are kept in the store, so the command-line tool reports the same figures.</source>
        <translation>Die Grenzen entscheiden, wann eine zurückgestellte Nachricht als Soft Bounce zählt. Sie werden im Speicher abgelegt, daher meldet das Kommandozeilenwerkzeug dieselben Zahlen.</translation>
    </message>
    <message>
        <source>In force for this campaign: a retry window of %1 and at most %2 attempt(s).</source>
        <translation>Für diese Kampagne gilt: ein Wiederholungsfenster von %1 und höchstens %2 Versuch(e).</translation>
    </message>
    <message>
        <source>No campaign named %1 in the store.</source>
        <translation>Keine Kampagne namens %1 im Speicher.</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::CampaignListView</name>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>First send</source>
        <translation>Erster Versand</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Gebounct</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>&amp;Rename...</source>
        <translation>&amp;Umbenennen...</translation>
    </message>
    <message>
        <source>Re&amp;move from Store...</source>
        <translation>Aus dem Speicher &amp;entfernen...</translation>
    </message>
    <message>
        <source>Rename Campaign</source>
        <translation>Kampagne umbenennen</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Neuer Name:</translation>
    </message>
    <message>
        <source>Remove Campaign</source>
        <translation>Kampagne entfernen</translation>
    </message>
    <message>
        <source>Remove the campaign &quot;%1&quot; and all its imported data from the store? The log files are not touched.</source>
        <translation>Die Kampagne „%1“ und alle importierten Daten aus dem Speicher entfernen? Die Logdateien bleiben unverändert.</translation>
    </message>
    <message>
        <source>First send: %1 · sent %2 · delivered %3 · bounced %4 · complaints %5</source>
        <translation>Erster Versand: %1 · gesendet %2 · zugestellt %3 · gebounct %4 · Beschwerden %5</translation>
    </message>
    <message>
        <source>Report &amp;Limits...</source>
        <translation>Berichts&amp;grenzen...</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::DashboardView</name>
    <message>
        <source>No campaign open</source>
        <translation>Keine Kampagne geöffnet</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Zustellung</translation>
    </message>
    <message>
        <source>Soft bounces</source>
        <translation>Soft Bounces</translation>
    </message>
    <message>
        <source>Hard bounces</source>
        <translation>Hard Bounces</translation>
    </message>
    <message>
        <source>Spam blocks</source>
        <translation>Spam-Sperren</translation>
    </message>
    <message>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Auto-replies</source>
        <translation>Automatische Antworten</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Not attempted</source>
        <translation>Nicht versucht</translation>
    </message>
    <message>
        <source>Error codes by ISP</source>
        <translation>Fehlercodes nach Provider</translation>
    </message>
    <message>
        <source>The report could not be computed: %1</source>
        <translation>Der Bericht konnte nicht berechnet werden: %1</translation>
    </message>
    <message>
        <source>As of %1 · retry window %2 h · at most %3 attempts</source>
        <translation>Stand %1 · Wiederholungsfenster %2 h · höchstens %3 Versuche</translation>
    </message>
    <message>
        <source>of %1 in the audience</source>
        <translation>von %1 im Verteiler</translation>
    </message>
    <message>
        <source>audience: error or opt-out</source>
        <translation>Verteiler: Fehler oder Abmeldung</translation>
    </message>
    <message>
        <source>audience: not in the logs</source>
        <translation>Verteiler: nicht in den Logs</translation>
    </message>
    <message>
        <source>List the recipients who complained.</source>
        <translation>Die Empfänger auflisten, die sich beschwert haben.</translation>
    </message>
    <message>
        <source>List the recipients who sent an auto-reply.</source>
        <translation>Die Empfänger auflisten, die automatisch geantwortet haben.</translation>
    </message>
    <message>
        <source>List the audience members not sent to.</source>
        <translation>Die nicht angeschriebenen Verteilermitglieder auflisten.</translation>
    </message>
    <message>
        <source>List the active audience members the logs never mention.</source>
        <translation>Die aktiven Verteilermitglieder auflisten, die in den Logs nie vorkommen.</translation>
    </message>
    <message>
        <source>Show the returned mail that names no recipient of this campaign.</source>
        <translation>Die zurückgekommenen Mails anzeigen, die keinen Empfänger dieser Kampagne nennen.</translation>
    </message>
    <message>
        <source>Engagement (of delivered): opened %1 (%2) · clicked %3 (%4) · unsubscribed %5 (%6)</source>
        <translation>Interaktion (von zugestellten): geöffnet %1 (%2) · geklickt %3 (%4) · abgemeldet %5 (%6)</translation>
    </message>
    <message>
        <source>Returned mail that matched no recipient: %1</source>
        <translation>Zurückgekommene Mails ohne passenden Empfänger: %1</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::DrilldownView</name>
    <message>
        <source>Search addresses (Ctrl+F)</source>
        <translation>Adressen suchen (Strg+F)</translation>
    </message>
    <message>
        <source>%1 messages</source>
        <translation>%1 Nachrichten</translation>
    </message>
    <message>
        <source>Messages cannot be read: %1</source>
        <translation>Die Nachrichten können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Counting messages…</source>
        <translation>Nachrichten werden gezählt…</translation>
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
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Share of ISP</source>
        <translation>Anteil am Provider</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
    <message>
        <source>Double-click a row to list its messages.</source>
        <translation>Doppelklick auf eine Zeile zeigt ihre Nachrichten.</translation>
    </message>
    <message>
        <source>Help page</source>
        <translation>Hilfeseite</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::ExportBouncesDialog</name>
    <message>
        <source>Export Bounced Addresses</source>
        <translation>Gebouncte Adressen exportieren</translation>
    </message>
    <message>
        <source>Bounces to export</source>
        <translation>Zu exportierende Bounces</translation>
    </message>
    <message>
        <source>Only messages matching the table&apos;s other filters (ISP, code, stage, reason, search)</source>
        <translation>Nur Nachrichten, die den übrigen Tabellenfiltern entsprechen (Provider, Code, Phase, Grund, Suche)</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::FilterChips</name>
    <message>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <source>Remove filter %1</source>
        <translation>Filter %1 entfernen</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
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
        <translation>Phase: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Grund: %1</translation>
    </message>
    <message>
        <source>Address contains: %1</source>
        <translation>Adresse enthält: %1</translation>
    </message>
    <message>
        <source>All messages</source>
        <translation>Alle Nachrichten</translation>
    </message>
    <message>
        <source>Complained</source>
        <translation>Beschwert</translation>
    </message>
    <message>
        <source>Auto-replied</source>
        <translation>Automatisch geantwortet</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::IspBarsChart</name>
    <message>
        <source>Outcomes by ISP</source>
        <translation>Ergebnisse nach Provider</translation>
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
        <translation>Response</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Stop the import; what was imported so far is kept.</source>
        <translation>Import anhalten; bereits Importiertes bleibt erhalten.</translation>
    </message>
    <message>
        <source>Rename Campaign</source>
        <translation>Kampagne umbenennen</translation>
    </message>
    <message>
        <source>Remove Campaign</source>
        <translation>Kampagne entfernen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open Campaign Folder...</source>
        <translation>Kampagnen&amp;ordner öffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>Open &amp;Store...</source>
        <translation>&amp;Speicher öffnen...</translation>
    </message>
    <message>
        <source>&amp;New Store...</source>
        <translation>&amp;Neuer Speicher...</translation>
    </message>
    <message>
        <source>&amp;Export Bounces...</source>
        <translation>Bounces &amp;exportieren...</translation>
    </message>
    <message>
        <source>Se&amp;ttings...</source>
        <translation>&amp;Einstellungen...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find Messages...</source>
        <translation>Nachrichten &amp;suchen...</translation>
    </message>
    <message>
        <source>Res&amp;ponse</source>
        <translation>Res&amp;ponse</translation>
    </message>
    <message>
        <source>&amp;Messages</source>
        <translation>&amp;Nachrichten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Deliverboard</source>
        <translation>Ü&amp;ber Deliverboard</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>Wait for the import to finish before switching stores.</source>
        <translation>Bitte warten, bis der Import fertig ist, bevor der Speicher gewechselt wird.</translation>
    </message>
    <message>
        <source>Open Store</source>
        <translation>Speicher öffnen</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened: %2</source>
        <translation>Der Speicher %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Store: %1</source>
        <translation>Speicher: %1</translation>
    </message>
    <message>
        <source>Deliverboard stores (*.sqlite *.db);;All files (*)</source>
        <translation>Deliverboard-Speicher (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>New Store</source>
        <translation>Neuer Speicher</translation>
    </message>
    <message>
        <source>Open Campaign Folder</source>
        <translation>Kampagnenordner öffnen</translation>
    </message>
    <message>
        <source>%1 is not a folder.</source>
        <translation>%1 ist kein Ordner.</translation>
    </message>
    <message>
        <source>An import is already running.</source>
        <translation>Es läuft bereits ein Import.</translation>
    </message>
    <message>
        <source>Importing %1...</source>
        <translation>Importiere %1...</translation>
    </message>
    <message numerus="yes">
        <source>Importing %n files...</source>
        <translation>
            <numerusform>Importiere %n Datei...</numerusform>
            <numerusform>Importiere %n Dateien...</numerusform>
        </translation>
    </message>
    <message>
        <source>Import failed: %1</source>
        <translation>Import fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Import cancelled; what was imported so far is kept.</source>
        <translation>Import abgebrochen; bereits Importiertes bleibt erhalten.</translation>
    </message>
    <message>
        <source>Up to date: no new log lines.</source>
        <translation>Aktuell: keine neuen Logzeilen.</translation>
    </message>
    <message>
        <source>%1 – Deliverboard</source>
        <translation>%1 – Deliverboard</translation>
    </message>
    <message>
        <source>No campaign is open.</source>
        <translation>Keine Kampagne ist geöffnet.</translation>
    </message>
    <message>
        <source>-bounces</source>
        <translation>-bounces</translation>
    </message>
    <message>
        <source>Export Bounces</source>
        <translation>Bounces exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>About Deliverboard</source>
        <translation>Über Deliverboard</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Deliverboard %1&lt;/h3&gt;&lt;p&gt;What happened to every message of your email campaign: the Response page from your own MTA logs.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Deliverboard %1&lt;/h3&gt;&lt;p&gt;Was mit jeder Nachricht Ihrer E-Mail-Kampagne geschah: die Response-Seite aus Ihren eigenen MTA-Logs.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Export &amp;Table View...</source>
        <translation>&amp;Tabellenansicht exportieren...</translation>
    </message>
    <message>
        <source>-messages</source>
        <translation>-nachrichten</translation>
    </message>
    <message>
        <source>Export Table View</source>
        <translation>Tabellenansicht exportieren</translation>
    </message>
    <message>
        <source>Imported %1 lines (files read: %2).</source>
        <translation>%1 Zeilen importiert (gelesene Dateien: %2).</translation>
    </message>
    <message>
        <source>Unmatched Returned Mail</source>
        <translation>Nicht zugeordnete zurückgekommene Mails</translation>
    </message>
    <message>
        <source>%1 returned mails of %2 name no recipient of the campaign (up to 1,000 are listed).</source>
        <translation>%1 zurückgekommene Mails von %2 nennen keinen Empfänger der Kampagne (höchstens 1.000 werden aufgelistet).</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Verteiler</translation>
    </message>
    <message>
        <source>&amp;Audience</source>
        <translation>&amp;Verteiler</translation>
    </message>
    <message>
        <source>Every address&apos;s status across all campaigns.</source>
        <translation>Der Status jeder Adresse über alle Kampagnen.</translation>
    </message>
    <message>
        <source>Opening the store %1…</source>
        <translation>Speicher %1 wird geöffnet…</translation>
    </message>
    <message>
        <source>The store %1 cannot be opened.</source>
        <translation>Der Speicher %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>The import was not started: the store cannot be opened.</source>
        <translation>Der Import wurde nicht gestartet: Der Speicher kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Opening the store; the import starts next…</source>
        <translation>Speicher wird geöffnet; danach beginnt der Import…</translation>
    </message>
    <message>
        <source>addresses</source>
        <translation>Adressen</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Exported %1 %2 to %3</source>
        <translation>%1 %2 nach %3 exportiert</translation>
    </message>
    <message>
        <source>%1 cancelled; no file was written.</source>
        <translation>%1 abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1 läuft…</translation>
    </message>
    <message>
        <source>Writing %1 to %2…</source>
        <translation>%1 werden in %2 geschrieben…</translation>
    </message>
    <message>
        <source>Renaming %1…</source>
        <translation>%1 wird umbenannt…</translation>
    </message>
    <message>
        <source>Renamed to %1.</source>
        <translation>Umbenannt in %1.</translation>
    </message>
    <message>
        <source>Removal of %1 cancelled; nothing was removed.</source>
        <translation>Entfernen von %1 abgebrochen; es wurde nichts entfernt.</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 entfernt.</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <source>Reading the returned mail of %1…</source>
        <translation>Zurückgekommene Mails von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>The returned mail cannot be read: %1</source>
        <translation>Die zurückgekommenen Mails können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Report Limits</source>
        <translation>Berichtsgrenzen</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::MessageDetailPanel</name>
    <message>
        <source>Recipient:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
    <message>
        <source>ISP:</source>
        <translation>Provider:</translation>
    </message>
    <message>
        <source>Open the ISP&apos;s help page</source>
        <translation>Hilfeseite des Providers öffnen</translation>
    </message>
    <message>
        <source>Last reply:</source>
        <translation>Letzte Antwort:</translation>
    </message>
    <message>
        <source>Queue / Message-ID:</source>
        <translation>Queue / Message-ID:</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
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
        <translation>Erweitert</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Raw log lines of this message</source>
        <translation>Rohe Logzeilen dieser Nachricht</translation>
    </message>
    <message>
        <source>Select a message to see its history.</source>
        <translation>Wählen Sie eine Nachricht, um ihren Verlauf zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 · attempts: %2</source>
        <translation>%1 · Versuche: %2</translation>
    </message>
    <message>
        <source>No returned mail for this message.</source>
        <translation>Keine zurückgekommene Mail zu dieser Nachricht.</translation>
    </message>
    <message>
        <source>Returned mail</source>
        <translation>Zurückgekommene Mails</translation>
    </message>
    <message>
        <source>Returned mail: %1</source>
        <translation>Zurückgekommene Mails: %1</translation>
    </message>
    <message>
        <source>Engagement:</source>
        <translation>Interaktion:</translation>
    </message>
    <message>
        <source>none recorded</source>
        <translation>keine erfasst</translation>
    </message>
    <message>
        <source>opens: %1</source>
        <translation>Öffnungen: %1</translation>
    </message>
    <message>
        <source>clicks: %1</source>
        <translation>Klicks: %1</translation>
    </message>
    <message>
        <source>unsubscribed %1</source>
        <translation>abgemeldet %1</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>complained</source>
        <translation>beschwert</translation>
    </message>
    <message>
        <source>last %1</source>
        <translation>zuletzt %1</translation>
    </message>
    <message>
        <source>returned mail: %1</source>
        <translation>zurückgekommene Mail: %1</translation>
    </message>
    <message>
        <source>Reading the history of this message…</source>
        <translation>Verlauf dieser Nachricht wird gelesen…</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>The history of this message cannot be read: %1</source>
        <translation>Der Verlauf dieser Nachricht kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::MessageTableModel</name>
    <message>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>ISP</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Last attempt</source>
        <translation>Letzter Versuch</translation>
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
        <translation>Ergebnisse</translation>
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
        <translation>nie</translation>
    </message>
    <message>
        <source>Edit Status Preset</source>
        <translation>Statusvorgabe bearbeiten</translation>
    </message>
    <message>
        <source>The preset in force (%1)</source>
        <translation>Die geltende Vorgabe (%1)</translation>
    </message>
    <message>
        <source>Built-in: %1</source>
        <translation>Mitgeliefert: %1</translation>
    </message>
    <message>
        <source>Start &amp;from:</source>
        <translation>Ausgangs&amp;punkt:</translation>
    </message>
    <message>
        <source>&amp;Open JSON...</source>
        <translation>JSON ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;Kennung:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>An address becomes an error at the</source>
        <translation>Eine Adresse wird zum Fehler beim</translation>
    </message>
    <message>
        <source>nth hard or spam bounce at a &amp;major ISP:</source>
        <translation>n-ten Hard- oder Spam-Bounce bei einem &amp;großen Anbieter:</translation>
    </message>
    <message>
        <source>nth hard or spam bounce &amp;elsewhere:</source>
        <translation>n-ten Hard- oder Spam-Bounce &amp;anderswo:</translation>
    </message>
    <message>
        <source>nth sof&amp;t bounce:</source>
        <translation>n-ten Sof&amp;t Bounce:</translation>
    </message>
    <message>
        <source>Ma&amp;jor ISPs</source>
        <translation>G&amp;roße Anbieter</translation>
    </message>
    <message>
        <source>Resets</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>A deli&amp;very resets the soft count</source>
        <translation>Eine &amp;Zustellung setzt die Soft-Zählung zurück</translation>
    </message>
    <message>
        <source>A delivery resets the &amp;hard count</source>
        <translation>Eine Zustellung setzt die &amp;Hard-Zählung zurück</translation>
    </message>
    <message>
        <source>A soft bounce resets the hard &amp;count</source>
        <translation>Ein &amp;Soft Bounce setzt die Hard-Zählung zurück</translation>
    </message>
    <message>
        <source>A hard or spam bounce resets the soft co&amp;unt</source>
        <translation>Ein Hard- oder Spam-Bounce setzt die Soft-Zählung z&amp;urück</translation>
    </message>
    <message>
        <source>Opt-out and blame</source>
        <translation>Abmeldung und Verursacher</translation>
    </message>
    <message>
        <source>A comp&amp;laint opts the address out</source>
        <translation>Eine Besch&amp;werde meldet die Adresse ab</translation>
    </message>
    <message>
        <source>An unsu&amp;bscribe opts the address out</source>
        <translation>Eine Abbest&amp;ellung meldet die Adresse ab</translation>
    </message>
    <message>
        <source>Failures the &amp;sender caused (blocklists, authentication, rate limits) count against nobody</source>
        <translation>Fehler, die der Absen&amp;der verursacht hat (Sperrlisten, Authentifizierung, Ratenbegrenzung), zählen gegen niemanden</translation>
    </message>
    <message>
        <source>Save &amp;As...</source>
        <translation>Spe&amp;ichern unter...</translation>
    </message>
    <message>
        <source>&amp;Preview and Apply...</source>
        <translation>&amp;Vorschau und Anwenden...</translation>
    </message>
    <message>
        <source>%1 (custom)</source>
        <translation>%1 (eigene)</translation>
    </message>
    <message>
        <source>edited preset</source>
        <translation>bearbeitete Vorgabe</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Open Status Preset</source>
        <translation>Statusvorgabe öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Save Status Preset</source>
        <translation>Statusvorgabe speichern</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::PresetPreviewDialog</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Opt-out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Status Preset</source>
        <translation>Status-Preset</translation>
    </message>
    <message>
        <source>In force: %1</source>
        <translation>In Kraft: %1</translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation>&amp;Kandidat:</translation>
    </message>
    <message>
        <source>Custom JSON file...</source>
        <translation>Eigene JSON-Datei...</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>Choose a preset and preview what it would change.</source>
        <translation>Wählen Sie ein Preset und prüfen Sie in der Vorschau, was es ändern würde.</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
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
        <translation>Grund</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Why (new preset)</source>
        <translation>Warum (neues Preset)</translation>
    </message>
    <message>
        <source>&amp;Apply Preset</source>
        <translation>Preset &amp;anwenden</translation>
    </message>
    <message>
        <source>Custom Preset</source>
        <translation>Eigenes Preset</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Evaluating every address under %1...</source>
        <translation>Alle Adressen werden unter %1 ausgewertet...</translation>
    </message>
    <message>
        <source>%1 instead of %2: %3 of %4 addresses would change status.</source>
        <translation>%1 statt %2: %3 von %4 Adressen würden den Status wechseln.</translation>
    </message>
    <message>
        <source>Edited preset</source>
        <translation>Bearbeitete Vorgabe</translation>
    </message>
    <message>
        <source>Edited: %1</source>
        <translation>Bearbeitet: %1</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::ProblemsDock</name>
    <message>
        <source>Import Problems</source>
        <translation>Importprobleme</translation>
    </message>
    <message>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Ignored: %1</source>
        <translation>Ignoriert: %1</translation>
    </message>
    <message>
        <source>No problems in the last import.</source>
        <translation>Keine Probleme beim letzten Import.</translation>
    </message>
    <message>
        <source>%1 problems; the first %2 are listed.</source>
        <translation>%1 Probleme; die ersten %2 sind aufgeführt.</translation>
    </message>
    <message>
        <source>No problems recorded for this campaign.</source>
        <translation>Für diese Kampagne sind keine Probleme verzeichnet.</translation>
    </message>
    <message>
        <source>Problems in the last import: %1</source>
        <translation>Probleme beim letzten Import: %1</translation>
    </message>
    <message>
        <source>Problems recorded for this campaign: %1</source>
        <translation>Für diese Kampagne verzeichnete Probleme: %1</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source> h</source>
        <translation> h</translation>
    </message>
    <message>
        <source>Campaign&apos;s own</source>
        <translation>Wie in der Kampagne</translation>
    </message>
    <message>
        <source>&amp;Retry window:</source>
        <translation>&amp;Wiederholungsfenster:</translation>
    </message>
    <message>
        <source>&amp;Maximum attempts:</source>
        <translation>&amp;Maximale Versuche:</translation>
    </message>
    <message>
        <source> campaigns</source>
        <translation> Kampagnen</translation>
    </message>
    <message>
        <source>&amp;Inactive after:</source>
        <translation>&amp;Inaktiv nach:</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <source>No day limit</source>
        <translation>Keine Tagesgrenze</translation>
    </message>
    <message>
        <source>or after &amp;days:</source>
        <translation>oder nach &amp;Tagen:</translation>
    </message>
    <message>
        <source>Edit Status &amp;Preset...</source>
        <translation>Status&amp;vorgabe bearbeiten...</translation>
    </message>
    <message>
        <source>Status preset:</source>
        <translation>Statusvorgabe:</translation>
    </message>
    <message>
        <source>A new language applies when Deliverboard is started again. The limits decide when a deferred message counts as a soft bounce. An active address without an open or click in that many campaigns delivered to it, or for that many days before the newest campaign with events, is suggested as inactive. Both are kept in the store, so the command-line tool uses them too.</source>
        <translation>Eine neue Sprache gilt nach dem nächsten Start von Deliverboard. Die Grenzen entscheiden, wann eine zurückgestellte Nachricht als Soft Bounce zählt. Eine aktive Adresse ohne Öffnen oder Klick in so vielen an sie zugestellten Kampagnen oder so vielen Tagen vor der neuesten Kampagne mit Ereignissen wird als inaktiv vorgeschlagen. Beides wird im Speicher abgelegt, daher verwendet das Kommandozeilenwerkzeug es ebenfalls.</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::StageFunnelChart</name>
    <message>
        <source>Bounces by SMTP stage</source>
        <translation>Bounces nach SMTP-Phase</translation>
    </message>
    <message>
        <source>Bounces</source>
        <translation>Bounces</translation>
    </message>
    <message>
        <source>%1: %2 bounces</source>
        <translation>%1: %2 Bounces</translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::TimelineChart</name>
    <message>
        <source>Attempts over time</source>
        <translation>Versuche im Zeitverlauf</translation>
    </message>
    <message>
        <source>%1 – %2
Delivered: %3
Deferred: %4
Bounced: %5</source>
        <translation>%1 – %2
Zugestellt: %3
Zurückgestellt: %4
Abgewiesen: %5</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Deferred</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Abgewiesen</translation>
    </message>
    <message>
        <source>No attempts yet.</source>
        <translation>Noch keine Versuche.</translation>
    </message>
    <message numerus="yes">
        <source>One point per %n minutes; hover a point for its figures.</source>
        <translation>
            <numerusform>Ein Punkt pro %n Minute; für die Zahlen mit der Maus auf einen Punkt zeigen.</numerusform>
            <numerusform>Ein Punkt pro %n Minuten; für die Zahlen mit der Maus auf einen Punkt zeigen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>deliverboard::ui::WelcomePanel</name>
    <message>
        <source>What happened to every message of your campaign?</source>
        <translation>Was ist mit jeder Nachricht Ihrer Kampagne passiert?</translation>
    </message>
    <message>
        <source>Open a campaign folder: your MTA&apos;s logs (Postfix, Exim or PowerMTA, also rotated and .gz), the mail that came back (DSN bounces, ARF complaints, auto-replies) and, if you have them, recipients.csv and events.csv. Deliverboard imports it into its local store and shows sent, delivered, bounced and why, by ISP.</source>
        <translation>Öffnen Sie einen Kampagnenordner: die Logs Ihres MTA (Postfix, Exim oder PowerMTA, auch rotiert und als .gz), die zurückgekommenen Mails (DSN-Bounces, ARF-Beschwerden, automatische Antworten) und, falls vorhanden, recipients.csv und events.csv. Deliverboard importiert ihn in seinen lokalen Speicher und zeigt nach Provider, was gesendet, zugestellt und gebounct wurde und warum.</translation>
    </message>
    <message>
        <source>You can also drop a folder or log files onto this window.</source>
        <translation>Sie können auch einen Ordner oder Logdateien auf dieses Fenster ziehen.</translation>
    </message>
    <message>
        <source>Open Campaign Folder...</source>
        <translation>Kampagnenordner öffnen...</translation>
    </message>
    <message>
        <source>Choose a campaign folder to import (Ctrl+O).</source>
        <translation>Einen Kampagnenordner zum Importieren wählen (Strg+O).</translation>
    </message>
    <message>
        <source>Open the Demo Campaign</source>
        <translation>Demo-Kampagne öffnen</translation>
    </message>
    <message>
        <source>A generated campaign of 3,000 recipients that shows every figure.</source>
        <translation>Eine erzeugte Kampagne mit 3.000 Empfängern, die jede Kennzahl zeigt.</translation>
    </message>
    <message>
        <source>Recent campaign folders</source>
        <translation>Zuletzt geöffnete Kampagnenordner</translation>
    </message>
    <message>
        <source>Importing %1 ... The figures appear here as soon as the first lines are stored.</source>
        <translation>%1 wird importiert ... Die Zahlen erscheinen hier, sobald die ersten Zeilen gespeichert sind.</translation>
    </message>
    <message>
        <source>Choose a campaign in the list on the left, or open another folder.</source>
        <translation>Wählen Sie links eine Kampagne aus oder öffnen Sie einen anderen Ordner.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>What happened to every message of your campaign.</source>
        <translation>Was mit jeder Nachricht Ihrer Kampagne geschah.</translation>
    </message>
    <message>
        <source>Campaign folders or log files to open.</source>
        <translation>Zu öffnende Kampagnenordner oder Logdateien.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Öffnen</translation>
    </message>
    <message>
        <source>No such file or folder: %1</source>
        <translation>Datei oder Ordner nicht gefunden: %1</translation>
    </message>
</context>
</TS>
