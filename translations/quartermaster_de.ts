<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Tr</name>
    <message>
        <source>step %1 asks &quot;%2&quot;: answer with --answer %1=TEXT or --yes</source>
        <translation>Schritt %1 fragt „%2“: Antworten Sie mit --answer %1=TEXT oder --yes</translation>
    </message>
    <message>
        <source>no database connection for this run</source>
        <translation>keine Datenbankverbindung für diesen Lauf</translation>
    </message>
    <message>
        <source>the profile has no replica to run this check on</source>
        <translation>das Profil hat kein Replikat, auf dem diese Prüfung laufen könnte</translation>
    </message>
    <message>
        <source>%1 may not purge caches: the role lacks the %2 right. Nothing was purged.</source>
        <translation>%1 darf keine Caches leeren: Der Rolle fehlt das Recht %2. Es wurde nichts geleert.</translation>
    </message>
    <message>
        <source>the profile names no Varnish instance</source>
        <translation>das Profil nennt keine Varnish-Instanz</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for online stores: catalog, stock, orders, caches, runbooks.</source>
        <translation>Betriebskonsole für Onlineshops: Katalog, Bestand, Bestellungen, Caches, Runbooks.</translation>
    </message>
    <message>
        <source>Open the connection profile in FILE (profile.json).</source>
        <translation>Das Verbindungsprofil in DATEI öffnen (profile.json).</translation>
    </message>
    <message>
        <source>Headless check: wait until the window shows live data, save a screenshot to SHOT.png, exit 0 (1 after 60 s).</source>
        <translation>Prüfung ohne Bildschirm: warten, bis das Fenster Live-Daten zeigt, ein Bildschirmfoto nach SHOT.png speichern, mit 0 beenden (1 nach 60 s).</translation>
    </message>
    <message>
        <source>On exit, print the largest GUI-thread stall as JSON.</source>
        <translation>Beim Beenden den längsten Hänger des GUI-Threads als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Startup benchmark: print the time to the first paint and to connected as JSON, then exit.</source>
        <translation>Start-Benchmark: die Zeit bis zum ersten Zeichnen und bis zur Verbindung als JSON ausgeben, dann beenden.</translation>
    </message>
    <message>
        <source>With --check: then show each workspace for a few seconds and save SHOT-&lt;workspace&gt;.png.</source>
        <translation>Mit --check: danach jeden Arbeitsbereich einige Sekunden zeigen und als SHOT-&lt;Arbeitsbereich&gt;.png speichern.</translation>
    </message>
</context>
<context>
    <name>qm::Async</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>Der Vorgang wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>qm::AuditLogModel</name>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
</context>
<context>
    <name>qm::AuditPage</name>
    <message>
        <source>database role, e.g. oncall</source>
        <translation>Datenbankrolle, z. B. oncall</translation>
    </message>
    <message>
        <source>starts with, e.g. catalog.</source>
        <translation>beginnt mit, z. B. catalog.</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>enthält</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>beliebige Zeit</translation>
    </message>
    <message>
        <source>now</source>
        <translation>jetzt</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>A&amp;kteur:</translation>
    </message>
    <message>
        <source>Act&amp;ion:</source>
        <translation>Akt&amp;ion:</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action starts with</source>
        <translation>Aktion beginnt mit</translation>
    </message>
    <message>
        <source>Target contains</source>
        <translation>Ziel enthält</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Von Zeitpunkt</translation>
    </message>
    <message>
        <source>Until time</source>
        <translation>Bis Zeitpunkt</translation>
    </message>
    <message>
        <source>Entries at or after this time (the lowest value: any time).</source>
        <translation>Einträge ab diesem Zeitpunkt (der kleinste Wert: beliebige Zeit).</translation>
    </message>
    <message>
        <source>Entries before this time (the lowest value: up to now).</source>
        <translation>Einträge vor diesem Zeitpunkt (der kleinste Wert: bis jetzt).</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>Kein Profil geöffnet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>&amp;JSON exportieren…</translation>
    </message>
    <message>
        <source>Verif&amp;y chain</source>
        <translation>Kette p&amp;rüfen</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Abbreche&amp;n</translation>
    </message>
    <message>
        <source>Progress of the export or the verification</source>
        <translation>Fortschritt des Exports oder der Prüfung</translation>
    </message>
    <message>
        <source>Write every entry the filter finds, with the chain fields, to a CSV file.</source>
        <translation>Jeden Eintrag, den der Filter findet, mit den Kettenfeldern in eine CSV-Datei schreiben.</translation>
    </message>
    <message>
        <source>Write every entry the filter finds, with the chain fields, to a JSON file.</source>
        <translation>Jeden Eintrag, den der Filter findet, mit den Kettenfeldern in eine JSON-Datei schreiben.</translation>
    </message>
    <message>
        <source>Recompute the whole hash chain on the server, in ranges, and report the first entry that does not match.</source>
        <translation>Die ganze Hash-Kette auf dem Server abschnittsweise neu berechnen und den ersten Eintrag melden, der nicht passt.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Select an entry to see its plan and outcome.</source>
        <translation>Wählen Sie einen Eintrag, um seinen Plan und sein Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Ergebnis</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown, newest first; scroll for older ones.</source>
        <translation>
            <numerusform>%n Eintrag angezeigt, neueste zuerst; scrollen Sie für ältere.</numerusform>
            <numerusform>%n Einträge angezeigt, neueste zuerst; scrollen Sie für ältere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n Eintrag.</numerusform>
            <numerusform>%n Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Prüfprotokoll wird gelesen…</translation>
    </message>
    <message>
        <source>The role %1 may not read the audit log on this store. An administrator can grant it (the console&apos;s roles qm_merchandiser, qm_store_manager and qm_oncall may read it).</source>
        <translation>Die Rolle %1 darf das Prüfprotokoll in diesem Shop nicht lesen. Ein Administrator kann es ihr erlauben (die Konsolenrollen qm_merchandiser, qm_store_manager und qm_oncall dürfen es lesen).</translation>
    </message>
    <message>
        <source>The audit log is not readable with this role.</source>
        <translation>Das Prüfprotokoll ist mit dieser Rolle nicht lesbar.</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Das Prüfprotokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Entry %1 at %2 by %3: %4 on %5
Request: %6
Hash: %7
Previous hash: %8</source>
        <translation>Eintrag %1 um %2 von %3: %4 auf %5
Anfrage: %6
Hash: %7
Vorheriger Hash: %8</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(kein Ziel)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>(first entry)</source>
        <translation>(erster Eintrag)</translation>
    </message>
    <message>
        <source>Export the audit log to CSV</source>
        <translation>Prüfprotokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>Export the audit log to JSON</source>
        <translation>Prüfprotokoll als JSON exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 entries…</source>
        <translation>Export: %1 von %2 Einträgen…</translation>
    </message>
    <message>
        <source>Exporting: %1 entries…</source>
        <translation>Export: %1 Einträge…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%n Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>Der Export ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Verifying the chain: %1 entries checked…</source>
        <translation>Kette wird geprüft: %1 Einträge geprüft…</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Kette wird geprüft…</translation>
    </message>
    <message numerus="yes">
        <source>Chain OK: %n entries checked.</source>
        <translation>
            <numerusform>Kette in Ordnung: %n Eintrag geprüft.</numerusform>
            <numerusform>Kette in Ordnung: %n Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries.</source>
        <translation>
            <numerusform>Prüfung nach %n Eintrag abgebrochen.</numerusform>
            <numerusform>Prüfung nach %n Einträgen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN: entry %1 does not match its hash or its predecessor (%2 entries checked). Someone changed or removed audit entries outside the console.</source>
        <translation>Kette GEBROCHEN: Eintrag %1 passt nicht zu seinem Hash oder seinem Vorgänger (%2 Einträge geprüft). Jemand hat außerhalb der Konsole Audit-Einträge geändert oder entfernt.</translation>
    </message>
    <message>
        <source>The role %1 may not verify the audit chain on this store.</source>
        <translation>Die Rolle %1 darf die Audit-Kette in diesem Shop nicht prüfen.</translation>
    </message>
    <message>
        <source>Could not verify the chain: %1</source>
        <translation>Die Kette konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>Audit</source>
        <translation>Audit</translation>
    </message>
</context>
<context>
    <name>qm::AuditSpoolNotice</name>
    <message>
        <source>Re&amp;play</source>
        <translation>Erneut &amp;einspielen</translation>
    </message>
    <message>
        <source>Write the waiting entries into the audit log, each once. The log records you as the one who wrote them and keeps who spooled them.</source>
        <translation>Die wartenden Einträge ins Prüfprotokoll schreiben, jeden einmal. Das Protokoll vermerkt Sie als denjenigen, der sie geschrieben hat, und behält, wer sie zwischengespeichert hat.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries written while the database was down are waiting.</source>
        <translation>
            <numerusform>%n Audit-Eintrag, der geschrieben wurde, während die Datenbank nicht erreichbar war, wartet.</numerusform>
            <numerusform>%n Audit-Einträge, die geschrieben wurden, während die Datenbank nicht erreichbar war, warten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaying them needs the on-call or admin role (qmctl audit spool replay).</source>
        <translation>Zum Einspielen braucht es die Bereitschafts- oder Admin-Rolle (qmctl audit spool replay).</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n waiting audit entries…</source>
        <translation>
            <numerusform>%n wartender Audit-Eintrag wird geschrieben…</numerusform>
            <numerusform>%n wartende Audit-Einträge werden geschrieben…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spooled audit entries written to the audit log</source>
        <translation>
            <numerusform>%n zwischengespeicherter Audit-Eintrag ins Prüfprotokoll geschrieben</numerusform>
            <numerusform>%n zwischengespeicherte Audit-Einträge ins Prüfprotokoll geschrieben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were there already</source>
        <translation>
            <numerusform>%n war bereits vorhanden</numerusform>
            <numerusform>%n waren bereits vorhanden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log refused the replay: %1. %n entries are still waiting.</source>
        <translation>
            <numerusform>Das Prüfprotokoll hat das Einspielen abgelehnt: %1. %n Eintrag wartet noch.</numerusform>
            <numerusform>Das Prüfprotokoll hat das Einspielen abgelehnt: %1. %n Einträge warten noch.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replay stopped: %1. %n entries are still waiting.</source>
        <translation>
            <numerusform>Einspielen abgebrochen: %1. %n Eintrag wartet noch.</numerusform>
            <numerusform>Einspielen abgebrochen: %1. %n Einträge warten noch.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::Backend</name>
    <message>
        <source>Vendure</source>
        <translation>Vendure</translation>
    </message>
    <message>
        <source>Reference store</source>
        <translation>Referenz-Shop</translation>
    </message>
    <message>
        <source>Vendure has no price history: it keeps only the current price.</source>
        <translation>Vendure führt keine Preishistorie: Es speichert nur den aktuellen Preis.</translation>
    </message>
    <message>
        <source>Vendure holds no cart reservations: it allocates stock when an order is placed.</source>
        <translation>Vendure hält keine Warenkorb-Reservierungen: Es belegt Bestand, wenn eine Bestellung aufgegeben wird.</translation>
    </message>
    <message>
        <source>Vendure keeps its own stock movements: the console does not write them behind Vendure&apos;s back.</source>
        <translation>Vendure führt seine eigenen Bestandsbewegungen: Die Konsole schreibt sie nicht an Vendure vorbei.</translation>
    </message>
    <message>
        <source>Catalog changes on Vendure go through its Admin API, which this console build does not call yet.</source>
        <translation>Katalogänderungen an Vendure laufen über seine Admin-API, die diese Konsolenversion noch nicht aufruft.</translation>
    </message>
    <message>
        <source>Stock counts on Vendure go through its Admin API, which this console build does not call yet: adjust by the difference instead.</source>
        <translation>Inventurzählungen an Vendure laufen über seine Admin-API, die diese Konsolenversion dafür noch nicht aufruft: Korrigieren Sie stattdessen um die Differenz.</translation>
    </message>
    <message>
        <source>%1 cannot do this.</source>
        <translation>%1 kann das nicht.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>On Vendure the console edits a variant&apos;s price and name only: change this in Vendure&apos;s own admin.</source>
        <translation>Auf Vendure bearbeitet die Konsole nur Preis und Namen einer Variante: Ändern Sie das in Vendures eigener Verwaltung.</translation>
    </message>
</context>
<context>
    <name>qm::BulkEditDialog</name>
    <message>
        <source>Bulk edit</source>
        <translation>Massenänderung</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected product(s)</source>
        <translation>
            <numerusform>Das %n ausgewählte Produkt</numerusform>
            <numerusform>Die %n ausgewählten Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Every product the filter matches (%1%2)</source>
        <translation>Jedes Produkt, auf das der Filter passt (%1%2)</translation>
    </message>
    <message>
        <source>Change price by percent</source>
        <translation>Preis um Prozent ändern</translation>
    </message>
    <message>
        <source>Change price by amount</source>
        <translation>Preis um Betrag ändern</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Status setzen</translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>Kategorie setzen</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Tag hinzufügen</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Tag entfernen</translation>
    </message>
    <message>
        <source>Set currency</source>
        <translation>Währung setzen</translation>
    </message>
    <message>
        <source>Merge attributes (JSON)</source>
        <translation>Attribute zusammenführen (JSON)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Ä&amp;nderung</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Wert</translation>
    </message>
    <message>
        <source>&amp;Preview...</source>
        <translation>&amp;Vorschau...</translation>
    </message>
    <message>
        <source>&amp;Rounding</source>
        <translation>&amp;Rundung</translation>
    </message>
    <message>
        <source>To the cent</source>
        <translation>Auf den Cent</translation>
    </message>
    <message>
        <source>Nearest .99</source>
        <translation>Nächstes ,99</translation>
    </message>
    <message>
        <source>Nearest .95</source>
        <translation>Nächstes ,95</translation>
    </message>
    <message>
        <source>e.g. 5 or -10 (percent)</source>
        <translation>z. B. 5 oder -10 (Prozent)</translation>
    </message>
    <message>
        <source>e.g. 2.50 or -1</source>
        <translation>z. B. 2.50 oder -1</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegorie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>EUR</source>
        <translation>EUR</translation>
    </message>
    <message>
        <source>{&quot;material&quot;: &quot;oak&quot;}</source>
        <translation>{&quot;material&quot;: &quot;oak&quot;}</translation>
    </message>
    <message>
        <source>Enter a number such as 5, -10 or 2.50.</source>
        <translation>Geben Sie eine Zahl wie 5, -10 oder 2.50 ein.</translation>
    </message>
    <message>
        <source>A price cannot go down by more than 100 %.</source>
        <translation>Ein Preis kann nicht um mehr als 100 % sinken.</translation>
    </message>
    <message>
        <source>Enter a tag.</source>
        <translation>Geben Sie ein Tag ein.</translation>
    </message>
    <message>
        <source>A currency is a 3-letter ISO code, e.g. EUR.</source>
        <translation>Eine Währung ist ein ISO-Code aus 3 Buchstaben, z. B. EUR.</translation>
    </message>
    <message>
        <source>Attributes must be a JSON object, e.g. {&quot;material&quot;: &quot;oak&quot;}.</source>
        <translation>Attribute müssen ein JSON-Objekt sein, z. B. {&quot;material&quot;: &quot;oak&quot;}.</translation>
    </message>
</context>
<context>
    <name>qm::CacheKeyListModel</name>
    <message>
        <source>no expiry</source>
        <translation>läuft nicht ab</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>weg</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
</context>
<context>
    <name>qm::CacheKeyTreeModel</name>
    <message>
        <source>%1 more namespaces below this one are counted but not listed.</source>
        <translation>%1 weitere Namensräume darunter sind mitgezählt, aber nicht aufgeführt.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Namensraum</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
</context>
<context>
    <name>qm::CachePage</name>
    <message>
        <source>No profile open</source>
        <translation>Kein Profil geöffnet</translation>
    </message>
    <message>
        <source>Browse keys matching (glob), default *</source>
        <translation>Schlüssel durchsuchen, die passen auf (Glob), Standard *</translation>
    </message>
    <message>
        <source>Scan keys</source>
        <translation>Schlüssel durchsuchen</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Leeren…</translation>
    </message>
    <message>
        <source>Select a key to see the start of its value.</source>
        <translation>Wählen Sie einen Schlüssel, um den Anfang seines Werts zu sehen.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>No Varnish in this profile.</source>
        <translation>Dieses Profil enthält kein Varnish.</translation>
    </message>
    <message>
        <source>Ban list (newest first):</source>
        <translation>Bannliste (neueste zuerst):</translation>
    </message>
    <message>
        <source>Varnish</source>
        <translation>Varnish</translation>
    </message>
    <message>
        <source>Redis: %1</source>
        <translation>Redis: %1</translation>
    </message>
    <message>
        <source>Redis: %1 → %2</source>
        <translation>Redis: %1 → %2</translation>
    </message>
    <message>
        <source>Redis: %1 — %2</source>
        <translation>Redis: %1 — %2</translation>
    </message>
    <message>
        <source>Scanning… %1 keys</source>
        <translation>Durchsuche… %1 Schlüssel</translation>
    </message>
    <message>
        <source>%1 keys (SCAN may count a key twice while Redis resizes its table)</source>
        <translation>%1 Schlüssel (SCAN kann einen Schlüssel doppelt zählen, während Redis seine Tabelle umbaut)</translation>
    </message>
    <message>
        <source>Scan stopped: %1</source>
        <translation>Durchsuchen angehalten: %1</translation>
    </message>
    <message>
        <source>Stop scan</source>
        <translation>Durchsuchen anhalten</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Durchsuche…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <source> · showing the start</source>
        <translation> · Anfang wird angezeigt</translation>
    </message>
    <message>
        <source>%1: unreachable (%2)</source>
        <translation>%1: nicht erreichbar (%2)</translation>
    </message>
    <message>
        <source>%1: %2 objects, ban list length %3, hits %4, misses %5</source>
        <translation>%1: %2 Objekte, Länge der Bannliste %3, Treffer %4, Fehlschläge %5</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Not scanned yet: press Scan keys (or Enter in the filter) to count the keys by namespace with an incremental, paced SCAN.</source>
        <translation>Noch nicht durchsucht: „Schlüssel durchsuchen“ (oder Enter im Filter) zählt die Schlüssel je Namensraum mit einem schrittweisen, gedrosselten SCAN.</translation>
    </message>
    <message>
        <source>Purge Redis keys or Varnish pages, after a plan you confirm.</source>
        <translation>Redis-Schlüssel oder Varnish-Seiten leeren, nach einem Plan, den Sie bestätigen.</translation>
    </message>
    <message>
        <source>Purging is off until the console knows what your role may do.</source>
        <translation>Leeren ist aus, bis die Konsole weiß, was Ihre Rolle darf.</translation>
    </message>
    <message>
        <source>Your role may not purge caches (it lacks the %1 right): ask an on-call engineer.</source>
        <translation>Ihre Rolle darf keine Caches leeren (ihr fehlt das Recht %1): Bitten Sie jemanden aus der Rufbereitschaft.</translation>
    </message>
    <message>
        <source>Key pattern</source>
        <translation>Schlüsselmuster</translation>
    </message>
    <message>
        <source>Key tree</source>
        <translation>Schlüsselbaum</translation>
    </message>
    <message>
        <source>Value preview</source>
        <translation>Wertvorschau</translation>
    </message>
    <message>
        <source>Server statistics</source>
        <translation>Serverstatistik</translation>
    </message>
    <message>
        <source>Varnish bans</source>
        <translation>Varnish-Bans</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n element(s)%2

</source>
        <translation>
            <numerusform>%1 · %n Element%2

</numerusform>
            <numerusform>%1 · %n Elemente%2

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::CacheStatsCharts</name>
    <message>
        <source>Hit ratio</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Vorgänge</translation>
    </message>
    <message>
        <source>ops/s</source>
        <translation>Ops/s</translation>
    </message>
</context>
<context>
    <name>qm::CacheStatsModel</name>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s (total %2)</source>
        <translation>%1/s (gesamt %2)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Knoten</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Ops/s</source>
        <translation>Ops/s</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>Verdrängungen</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Schlüssel</translation>
    </message>
</context>
<context>
    <name>qm::CapacityPage</name>
    <message>
        <source>Orders per minute</source>
        <translation>Bestellungen pro Minute</translation>
    </message>
    <message>
        <source>Orders/min</source>
        <translation>Bestellungen/min</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Checkout mean</source>
        <translation>Checkout-Mittel</translation>
    </message>
    <message>
        <source>Payment failure rate</source>
        <translation>Quote fehlgeschlagener Zahlungen</translation>
    </message>
    <message>
        <source>Failed payments</source>
        <translation>Fehlgeschlagene Zahlungen</translation>
    </message>
    <message>
        <source>Order queue backlog</source>
        <translation>Rückstau der Bestell-Queue</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Wartende Nachrichten</translation>
    </message>
    <message>
        <source>DB connections</source>
        <translation>DB-Verbindungen</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Transactions per second</source>
        <translation>Transaktionen pro Sekunde</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Replikationsverzögerung</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU busy</source>
        <translation>CPU belegt</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Redis-Speicher</translation>
    </message>
    <message>
        <source>Used memory</source>
        <translation>Belegter Speicher</translation>
    </message>
    <message>
        <source>Redis hit ratio</source>
        <translation>Redis-Trefferquote</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Trefferquote</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>DB connections, TPS, replication lag, CPU, Redis memory and hit ratio</source>
        <translation>DB-Verbindungen, TPS, Replikationsverzögerung, CPU, Redis-Speicher und Trefferquote</translation>
    </message>
    <message>
        <source>15 min</source>
        <translation>15 min</translation>
    </message>
    <message>
        <source>1 h</source>
        <translation>1 h</translation>
    </message>
    <message>
        <source>6 h</source>
        <translation>6 h</translation>
    </message>
    <message>
        <source>24 h</source>
        <translation>24 h</translation>
    </message>
    <message>
        <source>7 d</source>
        <translation>7 T</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 T</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Die letzten %1 zeigen</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>Live</translation>
    </message>
    <message>
        <source>Follow the latest data (Home in a chart comes back here)</source>
        <translation>Den neuesten Daten folgen (Pos1 in einem Diagramm kehrt hierher zurück)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>Draw a forecast band and the time until each limit is reached</source>
        <translation>Ein Prognoseband und die Zeit bis zum Erreichen jeder Grenze zeichnen</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>PNG exportieren…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Save the last chart you clicked as an image</source>
        <translation>Das zuletzt angeklickte Diagramm als Bild speichern</translation>
    </message>
    <message>
        <source>Save the visible data of the last chart you clicked as CSV</source>
        <translation>Die sichtbaren Daten des zuletzt angeklickten Diagramms als CSV speichern</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Diagrammdaten als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>No data source configured.
Add a Prometheus URL to the profile, or open a profile so the console can sample PostgreSQL and Redis directly.</source>
        <translation>Keine Datenquelle eingerichtet.
Tragen Sie eine Prometheus-URL ins Profil ein oder öffnen Sie ein Profil, damit die Konsole PostgreSQL und Redis direkt abfragen kann.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <source>Updated %1 · %2</source>
        <translation>Aktualisiert %1 · %2</translation>
    </message>
    <message>
        <source>Source down: %1</source>
        <translation>Quelle ausgefallen: %1</translation>
    </message>
    <message>
        <source>%1 is above %2: %3 (since %4)</source>
        <translation>%1 liegt über %2: %3 (seit %4)</translation>
    </message>
    <message>
        <source>%1 is below %2: %3 (since %4)</source>
        <translation>%1 liegt unter %2: %3 (seit %4)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n limit(s) crossed:</source>
        <translation>
            <numerusform>⚠ %n Grenze überschritten:</numerusform>
            <numerusform>⚠ %n Grenzen überschritten:</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no limit to reach; forecast by %2.</source>
        <translation>%1: keine Grenze in Sicht; Prognose per %2.</translation>
    </message>
    <message>
        <source>Audit log annotations: %1</source>
        <translation>Anmerkungen aus dem Prüfprotokoll: %1</translation>
    </message>
    <message>
        <source>Audit entry #%1</source>
        <translation>Audit-Eintrag #%1</translation>
    </message>
    <message>
        <source>Audit entry #%1
When: %2
Who: %3
Action: %4 (%5)
Target: %6

Plan:
%7
Outcome:
%8</source>
        <translation>Audit-Eintrag #%1
Wann: %2
Wer: %3
Aktion: %4 (%5)
Ziel: %6

Plan:
%7
Ergebnis:
%8</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Es gibt kein Diagramm zum Exportieren.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Kapazität</translation>
    </message>
    <message>
        <source>Checkout latency (p95 and mean)</source>
        <translation>Checkout-Latenz (p95 und Mittelwert)</translation>
    </message>
    <message>
        <source>Checkout p95</source>
        <translation>Checkout p95</translation>
    </message>
    <message>
        <source>Orders/min vs expected, checkout p95 and mean, payment failures, queue backlog</source>
        <translation>Bestellungen/min gegenüber Erwartung, Checkout p95 und Mittelwert, Zahlungsfehler, Queue-Rückstau</translation>
    </message>
    <message>
        <source>Load test…</source>
        <translation>Lasttest…</translation>
    </message>
    <message>
        <source>Run the storefront simulator along a ramp of order rates and find the highest stable rate (sandbox and staging only)</source>
        <translation>Den Shop-Simulator entlang einer Rampe von Bestellraten fahren und die höchste stabile Rate finden (nur Sandbox und Staging)</translation>
    </message>
    <message>
        <source>%1 went above %2 at %3 (peak %4), back at %5</source>
        <translation>%1 stieg um %3 über %2 (Spitze %4), zurück um %5</translation>
    </message>
    <message>
        <source>%1 went below %2 at %3 (lowest %4), back at %5</source>
        <translation>%1 fiel um %3 unter %2 (Tiefstwert %4), zurück um %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier crossing(s)</source>
        <translation>
            <numerusform>… und %n frühere Überschreitung</numerusform>
            <numerusform>… und %n frühere Überschreitungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a sandbox or staging profile to run a load test.</source>
        <translation>Öffnen Sie ein Sandbox- oder Staging-Profil, um einen Lasttest auszuführen.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Wird vorbereitet…</translation>
    </message>
    <message>
        <source>no database connection</source>
        <translation>keine Datenbankverbindung</translation>
    </message>
    <message>
        <source>The load test is not in the audit log: %1</source>
        <translation>Der Lasttest steht nicht im Prüfprotokoll: %1</translation>
    </message>
</context>
<context>
    <name>qm::CatalogDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>qm::CatalogFilterBar</name>
    <message>
        <source>SKU starts with</source>
        <translation>SKU beginnt mit</translation>
    </message>
    <message>
        <source>SKU prefix</source>
        <translation>SKU-Präfix</translation>
    </message>
    <message>
        <source>Name contains (Ctrl+F)</source>
        <translation>Name enthält (Strg+F)</translation>
    </message>
    <message>
        <source>Name search</source>
        <translation>Namenssuche</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Jede Kategorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>Preis ab</translation>
    </message>
    <message>
        <source>Minimum price</source>
        <translation>Mindestpreis</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Maximum price</source>
        <translation>Höchstpreis</translation>
    </message>
    <message>
        <source>Any stock</source>
        <translation>Jeder Bestand</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>Auf Lager</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>Nicht auf Lager</translation>
    </message>
    <message>
        <source>Stock state</source>
        <translation>Bestandslage</translation>
    </message>
</context>
<context>
    <name>qm::CatalogPage</name>
    <message>
        <source>&amp;Bulk edit...</source>
        <translation>&amp;Massenänderung...</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>CSV &amp;importieren...</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>CSV e&amp;xportieren...</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Change many products at once, with a preview first (Ctrl+B)</source>
        <translation>Viele Produkte auf einmal ändern, zuerst mit Vorschau (Strg+B)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Pending changes discarded.</source>
        <translation>Ausstehende Änderungen verworfen.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unapplied change(s) from the last session.</source>
        <translation>
            <numerusform>%n nicht übernommene Änderung aus der letzten Sitzung wiederhergestellt.</numerusform>
            <numerusform>%n nicht übernommene Änderungen aus der letzten Sitzung wiederhergestellt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n had already been applied.</source>
        <translation>
            <numerusform> %n war bereits übernommen.</numerusform>
            <numerusform> %n waren bereits übernommen.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 Produkte</translation>
    </message>
    <message>
        <source>about %1 products</source>
        <translation>etwa %1 Produkte</translation>
    </message>
    <message numerus="yes">
        <source> | %n with pending changes</source>
        <translation>
            <numerusform> | %n mit ausstehenden Änderungen</numerusform>
            <numerusform> | %n mit ausstehenden Änderungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending changes (%1)</source>
        <translation>Ausstehende Änderungen (%1)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message numerus="yes">
        <source>Staged %n change(s) to %1: Apply (Ctrl+S) writes them.</source>
        <translation>
            <numerusform>%n Änderung an %1 vorgemerkt: Übernehmen (Strg+S) schreibt sie.</numerusform>
            <numerusform>%n Änderungen an %1 vorgemerkt: Übernehmen (Strg+S) schreibt sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n product(s)...</source>
        <translation>
            <numerusform>Übernehme %n Produkt...</numerusform>
            <numerusform>Übernehme %n Produkte...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Your changes are still pending; Apply again is safe (each change is applied at most once).</source>
        <translation>%1 Ihre Änderungen stehen weiter aus; erneutes Übernehmen ist sicher (jede Änderung wird höchstens einmal angewendet).</translation>
    </message>
    <message numerus="yes">
        <source>Applied changes to %n product(s).</source>
        <translation>
            <numerusform>Änderungen an %n Produkt übernommen.</numerusform>
            <numerusform>Änderungen an %n Produkten übernommen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was applied: %n product(s) had changed. Your choices are pending; press Apply to write them.</source>
        <translation>
            <numerusform>Nichts wurde übernommen: %n Produkt hatte sich geändert. Ihre Auswahl steht aus; drücken Sie Übernehmen, um sie zu schreiben.</numerusform>
            <numerusform>Nichts wurde übernommen: %n Produkte hatten sich geändert. Ihre Auswahl steht aus; drücken Sie Übernehmen, um sie zu schreiben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was applied: %n product(s) had changed meanwhile. Your changes are still pending.</source>
        <translation>
            <numerusform>Nichts wurde übernommen: %n Produkt hatte sich inzwischen geändert. Ihre Änderungen stehen weiter aus.</numerusform>
            <numerusform>Nichts wurde übernommen: %n Produkte hatten sich inzwischen geändert. Ihre Änderungen stehen weiter aus.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Produkte exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the filtered products to %1...</source>
        <translation>Exportiere die gefilterten Produkte nach %1...</translation>
    </message>
    <message>
        <source>Exported %1 products to %2 in %3 s.</source>
        <translation>%1 Produkte in %3 s nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Exporting every Vendure variant to %1...</source>
        <translation>Jede Vendure-Variante wird nach %1 exportiert...</translation>
    </message>
    <message>
        <source>Exported %1 variants to %2 in %3 s.</source>
        <translation>%1 Varianten in %3 s nach %2 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>Counting took longer than %n ms, so this is PostgreSQL&apos;s estimate.</source>
        <translation>
            <numerusform>Das Zählen hat länger als %n ms gedauert, daher ist das die Schätzung von PostgreSQL.</numerusform>
            <numerusform>Das Zählen hat länger als %n ms gedauert, daher ist das die Schätzung von PostgreSQL.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::ConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
</context>
<context>
    <name>qm::ConfirmPanel</name>
    <message>
        <source>I understand what this changes</source>
        <translation>Ich verstehe, was dies ändert</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Tippen Sie &lt;b&gt;%1&lt;/b&gt; zur Bestätigung ein:</translation>
    </message>
</context>
<context>
    <name>qm::ConflictDialog</name>
    <message>
        <source>Someone else changed these products</source>
        <translation>Jemand anderes hat diese Produkte geändert</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) changed in the database after you started editing. Nothing was applied. For each field you changed, keep yours or take theirs, then apply again.</source>
        <translation>
            <numerusform>%n Produkt wurde in der Datenbank geändert, nachdem Sie mit der Bearbeitung begonnen hatten. Nichts wurde übernommen. Behalten Sie für jedes geänderte Feld Ihren Wert oder übernehmen Sie den anderen, dann übernehmen Sie erneut.</numerusform>
            <numerusform>%n Produkte wurden in der Datenbank geändert, nachdem Sie mit der Bearbeitung begonnen hatten. Nichts wurde übernommen. Behalten Sie für jedes geänderte Feld Ihren Wert oder übernehmen Sie den anderen, dann übernehmen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Als Sie begannen</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Meins</translation>
    </message>
    <message>
        <source>Theirs (now)</source>
        <translation>Fremd (jetzt)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>Fremd</translation>
    </message>
    <message>
        <source>Use my choices</source>
        <translation>Meine Auswahl verwenden</translation>
    </message>
</context>
<context>
    <name>qm::ConnectionTester</name>
    <message>
        <source>replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primärserver</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), but database %3 has no console schema: connect and let the console install it, or run qmctl migrate.</source>
        <translation>Angemeldet als %1 (%2), aber die Datenbank %3 hat kein Konsolenschema: Verbinden Sie sich und lassen Sie die Konsole es installieren, oder führen Sie qmctl migrate aus.</translation>
    </message>
    <message>
        <source>%1 · signed in as %2 · PostgreSQL %3 · console schema present</source>
        <translation>%1 · angemeldet als %2 · PostgreSQL %3 · Konsolenschema vorhanden</translation>
    </message>
    <message>
        <source>Redis at %1 answered: %2</source>
        <translation>Redis auf %1 antwortete: %2</translation>
    </message>
    <message>
        <source>Redis answered PING in %1 ms</source>
        <translation>Redis hat PING in %1 ms beantwortet</translation>
    </message>
</context>
<context>
    <name>qm::Credentials</name>
    <message>
        <source>Password from the pgpass file %1 (%2).</source>
        <translation>Passwort aus der pgpass-Datei %1 (%2).</translation>
    </message>
    <message>
        <source>Asking for the password each time (%1; %2).</source>
        <translation>Das Passwort wird jedes Mal abgefragt (%1; %2).</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>pgpass file</source>
        <translation>pgpass-Datei</translation>
    </message>
    <message>
        <source>asked each time</source>
        <translation>jedes Mal abgefragt</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>eingegeben</translation>
    </message>
    <message>
        <source>no pgpass file at %1</source>
        <translation>keine pgpass-Datei unter %1</translation>
    </message>
    <message>
        <source>libpq ignores %1 because others may read it: run chmod 600 %1</source>
        <translation>libpq ignoriert %1, weil andere sie lesen dürfen: Führen Sie chmod 600 %1 aus</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 has no entry for %2@%3</source>
        <translation>%1 hat keinen Eintrag für %2@%3</translation>
    </message>
    <message>
        <source>no keychain: %1</source>
        <translation>kein Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>Password from the system keychain.</source>
        <translation>Passwort aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>the keychain has no password for %1</source>
        <translation>der Schlüsselbund hat kein Passwort für %1</translation>
    </message>
</context>
<context>
    <name>qm::ElevationDialog</name>
    <message>
        <source>Elevate to write on production</source>
        <translation>Rechte zum Schreiben in der Produktion erhöhen</translation>
    </message>
    <message>
        <source>Production opens read-only. Say why you need to change it: the reason goes to the audit log, and writing ends by itself when the time is up.</source>
        <translation>Die Produktion öffnet schreibgeschützt. Geben Sie an, warum Sie etwas ändern müssen: Die Begründung geht ins Prüfprotokoll, und das Schreiben endet von selbst, wenn die Zeit abgelaufen ist.</translation>
    </message>
    <message>
        <source>e.g. INC-1234: restock after the warehouse recount</source>
        <translation>z. B. INC-1234: Nachbestückung nach der Lagerinventur</translation>
    </message>
    <message>
        <source>Reason for the elevation</source>
        <translation>Begründung der Rechteerhöhung</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Elevation duration in minutes</source>
        <translation>Dauer der Rechteerhöhung in Minuten</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <source>&amp;Elevate</source>
        <translation>&amp;Erhöhen</translation>
    </message>
    <message>
        <source>Recording the reason in the audit log…</source>
        <translation>Begründung wird im Prüfprotokoll festgehalten…</translation>
    </message>
</context>
<context>
    <name>qm::EnvironmentBanner</name>
    <message>
        <source>Production: changes here reach real customers. Destructive actions ask you to type the target&apos;s name.</source>
        <translation>Produktion: Änderungen hier erreichen echte Kunden. Zerstörerische Aktionen verlangen, dass Sie den Namen des Ziels eintippen.</translation>
    </message>
    <message>
        <source>Staging: a rehearsal environment, not the live store.</source>
        <translation>Staging: eine Probeumgebung, nicht der echte Shop.</translation>
    </message>
    <message>
        <source>Development: a local or test store.</source>
        <translation>Entwicklung: ein lokaler Shop oder Testshop.</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>NICHT VERBUNDEN</translation>
    </message>
    <message>
        <source>Choose a connection profile (File ▸ Profiles…)</source>
        <translation>Wählen Sie ein Verbindungsprofil (Datei ▸ Profile…)</translation>
    </message>
    <message>
        <source>Vendure store: the console reads its own views beside Vendure&apos;s tables (%1) and writes through Vendure&apos;s Admin API (%2).</source>
        <translation>Vendure-Shop: Die Konsole liest ihre eigenen Views neben Vendures Tabellen (%1) und schreibt über Vendures Admin-API (%2).</translation>
    </message>
    <message>
        <source>The console&apos;s reference store (schema %1).</source>
        <translation>Der Referenz-Shop der Konsole (Schema %1).</translation>
    </message>
    <message>
        <source>Elevate…</source>
        <translation>Rechte erhöhen…</translation>
    </message>
    <message>
        <source>End elevation</source>
        <translation>Erhöhung beenden</translation>
    </message>
    <message>
        <source>Elevate to write on production</source>
        <translation>Rechte zum Schreiben in der Produktion erhöhen</translation>
    </message>
    <message>
        <source>Production is read-only. Give a reason to write for a limited time (View ▸ Elevate…, Ctrl+Shift+E).</source>
        <translation>Die Produktion ist schreibgeschützt. Geben Sie eine Begründung an, um für begrenzte Zeit zu schreiben (Ansicht ▸ Rechte erhöhen…, Strg+Umschalt+E).</translation>
    </message>
    <message>
        <source>End the elevation now</source>
        <translation>Die Rechteerhöhung jetzt beenden</translation>
    </message>
    <message>
        <source>Back to read-only now, before the time is up.</source>
        <translation>Jetzt zurück zu schreibgeschützt, bevor die Zeit abgelaufen ist.</translation>
    </message>
    <message>
        <source>ELEVATED %1:%2</source>
        <translation>ERHÖHT %1:%2</translation>
    </message>
    <message>
        <source>Writing is allowed until %1. Reason: %2</source>
        <translation>Schreiben ist bis %1 erlaubt. Begründung: %2</translation>
    </message>
    <message numerus="yes">
        <source>Elevated: %n minute(s) left</source>
        <translation>
            <numerusform>Erhöht: noch %n Minute</numerusform>
            <numerusform>Erhöht: noch %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>SCHREIBGESCHÜTZT</translation>
    </message>
    <message>
        <source>Production is read-only: every change is refused until you elevate with a reason.</source>
        <translation>Die Produktion ist schreibgeschützt: Jede Änderung wird abgelehnt, bis Sie die Rechte mit einer Begründung erhöhen.</translation>
    </message>
    <message>
        <source>Production is read-only</source>
        <translation>Die Produktion ist schreibgeschützt</translation>
    </message>
    <message>
        <source>⚠ UNVERIFIED TLS</source>
        <translation>⚠ TLS NICHT GEPRÜFT</translation>
    </message>
    <message>
        <source>Warning: connections are not verified: %1</source>
        <translation>Warnung: Die Verbindungen sind nicht geprüft: %1</translation>
    </message>
</context>
<context>
    <name>qm::FlowDialog</name>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Planning: finding exactly what this would change. Nothing is changed yet.</source>
        <translation>Planung: Es wird genau ermittelt, was dies ändern würde. Noch wird nichts geändert.</translation>
    </message>
    <message>
        <source>Verifying: checking what is left…</source>
        <translation>Prüfe: Was ist übrig…</translation>
    </message>
    <message>
        <source>Recording the audit entry…</source>
        <translation>Schreibe den Audit-Eintrag…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Starte…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Halte nach dem laufenden Stapel an…</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Shoppers&apos; round trip now: %1 ms</source>
        <translation>Antwortzeit für Kunden jetzt: %1 ms</translation>
    </message>
    <message>
        <source>  ·  slowing down: %1 ms between batches</source>
        <translation>  ·  bremst: %1 ms zwischen Stapeln</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Nicht erledigt: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Angehalten:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Erledigt.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Geprüft: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verification:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Prüfung:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Recording the plan in the audit log before anything runs…</source>
        <translation>Der Plan wird im Prüfprotokoll festgehalten, bevor etwas läuft …</translation>
    </message>
    <message>
        <source>Intent and outcome recorded in the audit log (request %1).</source>
        <translation>Absicht und Ergebnis stehen im Prüfprotokoll (Anfrage %1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit log refused the outcome&lt;/b&gt; (%1); it was kept in %2. Tell whoever keeps the audit log.</source>
        <translation>&lt;b&gt;Das Prüfprotokoll hat das Ergebnis abgelehnt&lt;/b&gt; (%1); es wurde in %2 aufbewahrt. Sagen Sie es der Person, die das Prüfprotokoll betreut.</translation>
    </message>
</context>
<context>
    <name>qm::HealthModel</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 s · %2</source>
        <translation>%1 s · %2</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Erreichbar</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Beeinträchtigt</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ausgefallen</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Replikationsverzögerung</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
</context>
<context>
    <name>qm::HealthMonitor</name>
    <message>
        <source>No answer within %1 s</source>
        <translation>Keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>qm::HealthStrip</name>
    <message>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <source>Primary %1</source>
        <translation>Primär %1</translation>
    </message>
    <message>
        <source>Primary down</source>
        <translation>Primär ausgefallen</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primär</translation>
    </message>
    <message>
        <source>Round trip %1 · WAL %2</source>
        <translation>Antwortzeit %1 · WAL %2</translation>
    </message>
    <message>
        <source>No primary</source>
        <translation>Kein Primärserver</translation>
    </message>
    <message>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>No server answers as the primary.</source>
        <translation>Kein Server antwortet als Primärserver.</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Replikat %1</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>%1 lag %2</source>
        <translation>%1 · Verzögerung %2</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 ausgefallen</translation>
    </message>
    <message>
        <source>Lag %1 · round trip %2</source>
        <translation>Verzögerung %1 · Antwortzeit %2</translation>
    </message>
    <message>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
    <message>
        <source>Redis down</source>
        <translation>Redis ausgefallen</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>PING round trip %1</source>
        <translation>PING-Antwortzeit %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Open a connection profile to see the servers&apos; health.</source>
        <translation>Öffnen Sie ein Verbindungsprofil, um den Zustand der Server zu sehen.</translation>
    </message>
</context>
<context>
    <name>qm::IdleLock</name>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Quartermaster is locked</source>
        <translation>Quartermaster ist gesperrt</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbank-Passwort</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>Datenbank-Pass&amp;wort:</translation>
    </message>
    <message numerus="yes">
        <source>The console locked itself after %n minute(s) without input on %1 (%2). Type the database password of %3 to go on: nothing was closed, and unsaved changes are kept.</source>
        <translation>
            <numerusform>Die Konsole hat sich nach %n Minute ohne Eingabe auf %1 (%2) gesperrt. Geben Sie das Datenbank-Passwort von %3 ein, um fortzufahren: Nichts wurde geschlossen, und ungespeicherte Änderungen bleiben erhalten.</numerusform>
            <numerusform>Die Konsole hat sich nach %n Minuten ohne Eingabe auf %1 (%2) gesperrt. Geben Sie das Datenbank-Passwort von %3 ein, um fortzufahren: Nichts wurde geschlossen, und ungespeicherte Änderungen bleiben erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the password with the database…</source>
        <translation>Passwort wird mit der Datenbank geprüft…</translation>
    </message>
    <message>
        <source>Wrong password for %1. The console stays locked.</source>
        <translation>Falsches Passwort für %1. Die Konsole bleibt gesperrt.</translation>
    </message>
    <message>
        <source>Could not check the password: %1 The console stays locked.</source>
        <translation>Das Passwort konnte nicht geprüft werden: %1 Die Konsole bleibt gesperrt.</translation>
    </message>
</context>
<context>
    <name>qm::ImportDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Durchsuchen...</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Import products from CSV</source>
        <translation>Produkte aus CSV importieren</translation>
    </message>
    <message>
        <source>CSV file: sku,name,price[,description,status,currency,category,tags,attributes]</source>
        <translation>CSV-Datei: sku,name,price[,description,status,currency,category,tags,attributes]</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Produkte importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Reading... %1 rows</source>
        <translation>Lese... %1 Zeilen</translation>
    </message>
    <message>
        <source>%1
Nothing or everything was imported. Press Import again to retry: the same request is applied at most once.</source>
        <translation>%1
Es wurde nichts oder alles importiert. Drücken Sie erneut Importieren: Dieselbe Anfrage wird höchstens einmal angewendet.</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>Angehalten: Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 neu, %2 geändert, %3 unverändert</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 rows: nothing was imported. Fix the file and check again.</source>
        <translation>
            <numerusform>%n Problem in %1 Zeilen: Nichts wurde importiert. Korrigieren Sie die Datei und prüfen Sie erneut.</numerusform>
            <numerusform>%n Probleme in %1 Zeilen: Nichts wurde importiert. Korrigieren Sie die Datei und prüfen Sie erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is fine: importing would make %1 (%2 price changes).</source>
        <translation>Die Datei ist in Ordnung: Der Import ergäbe %1 (%2 Preisänderungen).</translation>
    </message>
    <message>
        <source>This import had already been applied (%1): nothing was done twice.</source>
        <translation>Dieser Import war bereits angewendet (%1): Nichts wurde doppelt ausgeführt.</translation>
    </message>
    <message>
        <source>Imported: %1 in %2 s.</source>
        <translation>Importiert: %1 in %2 s.</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <source>What separates the columns. Auto reads it from the header line (spreadsheets in German or French write semicolons).</source>
        <translation>Was die Spalten trennt. „Automatisch“ liest es aus der Kopfzeile (Tabellenkalkulationen auf Deutsch oder Französisch schreiben Semikolons).</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Spaltentrenner</translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation>&amp;Trennzeichen</translation>
    </message>
    <message>
        <source>Columns separated by %1 (detected).</source>
        <translation>Spalten getrennt durch %1 (erkannt).</translation>
    </message>
    <message>
        <source>Columns separated by %1.</source>
        <translation>Spalten getrennt durch %1.</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation>%1 (%2): „%3“ -&gt; „%4“</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed in the store after the check: left as they are (listed).</source>
        <translation>
            <numerusform>%n Zeile wurde nach der Prüfung im Shop geändert: so belassen (aufgeführt).</numerusform>
            <numerusform>%n Zeilen wurden nach der Prüfung im Shop geändert: so belassen (aufgeführt).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::LoadTestDialog</name>
    <message>
        <source>Load test</source>
        <translation>Lasttest</translation>
    </message>
    <message>
        <source>Drives the storefront simulator along a ramp of order rates and reads each step back: the highest stable rate is the last step whose checkout p95 and error rate stay under the limits.</source>
        <translation>Fährt den Shop-Simulator entlang einer Rampe von Bestellraten und liest jeden Schritt zurück: Die höchste stabile Rate ist der letzte Schritt, dessen Checkout-p95 und Fehlerrate unter den Grenzen bleiben.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Each step:</source>
        <translation>Jeder Schritt:</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Checkout p95 limit:</source>
        <translation>Grenze Checkout p95:</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Error limit:</source>
        <translation>Fehlergrenze:</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Lauf abbrechen</translation>
    </message>
    <message>
        <source>Target/s</source>
        <translation>Ziel/s</translation>
    </message>
    <message>
        <source>Achieved/s</source>
        <translation>Erreicht/s</translation>
    </message>
    <message>
        <source>p50 ms</source>
        <translation>p50 ms</translation>
    </message>
    <message>
        <source>p95 ms</source>
        <translation>p95 ms</translation>
    </message>
    <message>
        <source>Errors %</source>
        <translation>Fehler %</translation>
    </message>
    <message>
        <source>DB conns</source>
        <translation>DB-Verb.</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Recording the load test in the audit log…</source>
        <translation>Der Lasttest wird im Prüfprotokoll vermerkt…</translation>
    </message>
    <message>
        <source>The audit log refused the load test, so it did not start: %1</source>
        <translation>Das Prüfprotokoll hat den Lasttest abgelehnt, daher wurde er nicht gestartet: %1</translation>
    </message>
    <message>
        <source>no answer from the database</source>
        <translation>keine Antwort von der Datenbank</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>broke: %1</source>
        <translation>gescheitert: %1</translation>
    </message>
    <message>
        <source>Cancelled: the simulator was stopped.</source>
        <translation>Abgebrochen: Der Simulator wurde gestoppt.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Fertig.</translation>
    </message>
    <message>
        <source>One step each: orders per second, or percentages of the recorded peak order rate</source>
        <translation>Ein Wert pro Schritt: Bestellungen pro Sekunde oder Prozentsätze der aufgezeichneten Spitzen-Bestellrate</translation>
    </message>
    <message>
        <source>orders/s</source>
        <translation>Bestellungen/s</translation>
    </message>
    <message>
        <source>% of the recorded peak</source>
        <translation>% der aufgezeichneten Spitze</translation>
    </message>
    <message>
        <source>Ramp:</source>
        <translation>Rampe:</translation>
    </message>
    <message>
        <source> orders/s</source>
        <translation> Bestellungen/s</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>aufgezeichnet</translation>
    </message>
    <message>
        <source>The peak a percentage ramp is based on; &quot;recorded&quot; uses the busiest minute in the store&apos;s history</source>
        <translation>Die Spitze, auf der eine prozentuale Rampe beruht; „aufgezeichnet“ verwendet die Minute mit den meisten Bestellungen im Verlauf des Shops</translation>
    </message>
    <message>
        <source>Looking up the recorded peak…</source>
        <translation>Die aufgezeichnete Spitze wird ermittelt…</translation>
    </message>
    <message>
        <source>Peak:</source>
        <translation>Spitze:</translation>
    </message>
    <message>
        <source>Checkout p99 target:</source>
        <translation>Ziel Checkout p99:</translation>
    </message>
    <message>
        <source>Orders and errors</source>
        <translation>Bestellungen und Fehler</translation>
    </message>
    <message>
        <source>Orders/s</source>
        <translation>Bestellungen/s</translation>
    </message>
    <message>
        <source>Errors/s</source>
        <translation>Fehler/s</translation>
    </message>
    <message>
        <source>Checkout latency</source>
        <translation>Checkout-Dauer</translation>
    </message>
    <message>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <source>DB connections</source>
        <translation>DB-Verbindungen</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Redis-Speicher</translation>
    </message>
    <message>
        <source>Redis ops</source>
        <translation>Redis-Operationen</translation>
    </message>
    <message>
        <source>Redis ops/s</source>
        <translation>Redis-Operationen/s</translation>
    </message>
    <message>
        <source>Typed by hand (instead of the recorded peak).</source>
        <translation>Von Hand eingegeben (statt der aufgezeichneten Spitze).</translation>
    </message>
    <message>
        <source>No recorded peak: %1</source>
        <translation>Keine aufgezeichnete Spitze: %1</translation>
    </message>
    <message>
        <source>Recorded peak %1 orders/s%2: %3</source>
        <translation>Aufgezeichnete Spitze %1 Bestellungen/s%2: %3</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> am %1</translation>
    </message>
    <message>
        <source>max_connections (%1)</source>
        <translation>max_connections (%1)</translation>
    </message>
    <message>
        <source>maxmemory (%1 MB)</source>
        <translation>maxmemory (%1 MB)</translation>
    </message>
    <message>
        <source>typed by hand</source>
        <translation>von Hand eingegeben</translation>
    </message>
    <message>
        <source>A percentage ramp needs a peak: none was recorded yet, so type one.</source>
        <translation>Eine prozentuale Rampe braucht eine Spitze: Es wurde noch keine aufgezeichnet, geben Sie also eine ein.</translation>
    </message>
    <message>
        <source>First to saturate: nothing measured against a limit.</source>
        <translation>Zuerst ausgelastet: Nichts wurde an einer Grenze gemessen.</translation>
    </message>
    <message>
        <source>First to saturate: %1 at %2 orders/s.</source>
        <translation>Zuerst ausgelastet: %1 bei %2 Bestellungen/s.</translation>
    </message>
    <message>
        <source>Nothing reached its limit; closest: %1 at %2 orders/s.</source>
        <translation>Nichts hat seine Grenze erreicht; am nächsten: %1 bei %2 Bestellungen/s.</translation>
    </message>
</context>
<context>
    <name>qm::MainWindow</name>
    <message>
        <source>Not connected. Open a profile with File ▸ Profiles…</source>
        <translation>Nicht verbunden. Öffnen Sie ein Profil über Datei ▸ Profile…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profile…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>Neu &amp;verbinden</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Trennen</translation>
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
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About Quartermaster</source>
        <translation>Ü&amp;ber Quartermaster</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>About Quartermaster</source>
        <translation>Über Quartermaster</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quartermaster %1&lt;/h3&gt;&lt;p&gt;An operations console for online stores: catalog, stock, orders, caches and runbooks over PostgreSQL, Redis, Varnish and Prometheus.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quartermaster %1&lt;/h3&gt;&lt;p&gt;Eine Betriebskonsole für Onlineshops: Katalog, Bestand, Bestellungen, Caches und Runbooks über PostgreSQL, Redis, Varnish und Prometheus.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking up the credentials for %1…</source>
        <translation>Suche die Zugangsdaten für %1…</translation>
    </message>
    <message>
        <source>Password typed for this session.</source>
        <translation>Für diese Sitzung eingegebenes Passwort.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Passwort für %1</translation>
    </message>
    <message>
        <source>%1

Password for %2 on %3:</source>
        <translation>%1

Passwort für %2 auf %3:</translation>
    </message>
    <message>
        <source>Password typed for this session (%1)</source>
        <translation>Für diese Sitzung eingegebenes Passwort (%1)</translation>
    </message>
    <message>
        <source>Not connected: no password given. Set up a pgpass file or the keychain in File ▸ Profiles…, or reconnect and type it.</source>
        <translation>Nicht verbunden: kein Passwort angegeben. Richten Sie unter Datei ▸ Profile… eine pgpass-Datei oder den Schlüsselbund ein, oder verbinden Sie neu und tippen Sie es ein.</translation>
    </message>
    <message>
        <source>%1@%2 · password: %3</source>
        <translation>%1@%2 · Passwort: %3</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Mit %1 verbunden als %2.</translation>
    </message>
    <message>
        <source>Not connected: %1 The console retries when the primary answers.</source>
        <translation>Nicht verbunden: %1 Die Konsole versucht es erneut, sobald der Primärserver antwortet.</translation>
    </message>
    <message>
        <source>Quartermaster</source>
        <translation>Quartermaster</translation>
    </message>
    <message>
        <source>%1 (%2) — Quartermaster</source>
        <translation>%1 (%2) — Quartermaster</translation>
    </message>
    <message>
        <source>%1 may: %2</source>
        <translation>%1 darf: %2</translation>
    </message>
    <message>
        <source>Waiting for the password of %1 (%2)</source>
        <translation>Warte auf das Passwort von %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Hauptfenster</translation>
    </message>
    <message>
        <source>&amp;Elevate…</source>
        <translation>Rechte &amp;erhöhen…</translation>
    </message>
    <message>
        <source>E&amp;nd elevation</source>
        <translation>Erhöhung &amp;beenden</translation>
    </message>
    <message>
        <source>Choose &amp;columns…</source>
        <translation>&amp;Spalten auswählen…</translation>
    </message>
    <message>
        <source>This workspace has no table whose columns can be chosen.</source>
        <translation>Dieser Arbeitsbereich hat keine Tabelle, deren Spalten sich auswählen lassen.</translation>
    </message>
    <message>
        <source>&amp;User guide…</source>
        <translation>Benutzer&amp;handbuch…</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Sperre bei Inaktivität</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
</context>
<context>
    <name>qm::MigrateDialog</name>
    <message>
        <source>Install the console schema</source>
        <translation>Konsolenschema installieren</translation>
    </message>
    <message>
        <source>Update the console schema</source>
        <translation>Konsolenschema aktualisieren</translation>
    </message>
    <message>
        <source>Migrations to apply, in order:</source>
        <translation>Anzuwendende Migrationen, in dieser Reihenfolge:</translation>
    </message>
    <message>
        <source>Migrations create schemas, views and functions: sign in as the database&apos;s schema owner.</source>
        <translation>Migrationen legen Schemas, Views und Funktionen an: melden Sie sich als Eigentümer des Datenbankschemas an.</translation>
    </message>
    <message>
        <source>from the pgpass file</source>
        <translation>aus der pgpass-Datei</translation>
    </message>
    <message>
        <source>Run as &amp;user:</source>
        <translation>Ausführen als &amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm:</source>
        <translation>Tippen Sie „%1“ zur Bestätigung ein:</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrieren</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Database &lt;b&gt;%1&lt;/b&gt; on %2 has console schema version &lt;b&gt;%3&lt;/b&gt;; this console needs version &lt;b&gt;%4&lt;/b&gt;. Nothing changes until you press Migrate.</source>
        <translation>Die Datenbank &lt;b&gt;%1&lt;/b&gt; auf %2 hat das Konsolenschema in Version &lt;b&gt;%3&lt;/b&gt;; diese Konsole braucht Version &lt;b&gt;%4&lt;/b&gt;. Nichts ändert sich, bevor Sie auf Migrieren drücken.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Migrating as %1…</source>
        <translation>Migriere als %1…</translation>
    </message>
    <message>
        <source>Migration failed; nothing after the failing file was applied: %1</source>
        <translation>Migration fehlgeschlagen; nach der fehlerhaften Datei wurde nichts angewendet: %1</translation>
    </message>
    <message>
        <source>Nothing to apply: another console migrated meanwhile.</source>
        <translation>Nichts anzuwenden: Eine andere Konsole hat inzwischen migriert.</translation>
    </message>
    <message>
        <source>Applied %1.</source>
        <translation>Angewendet: %1.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
</context>
<context>
    <name>qm::OrderActionDialog</name>
    <message>
        <source>Cancel order</source>
        <translation>Bestellung stornieren</translation>
    </message>
    <message>
        <source>Refund order</source>
        <translation>Bestellung erstatten</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>Als versendet markieren</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Notiz hinzufügen</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancel %1 (%2 %3, %4)? Its goods go back on hand%5.</source>
        <translation>%1 stornieren (%2 %3, %4)? Die Ware geht zurück in den Bestand%5.</translation>
    </message>
    <message>
        <source> and the payment is refunded</source>
        <translation> und die Zahlung wird erstattet</translation>
    </message>
    <message>
        <source>Reason (required, kept in the audit log):</source>
        <translation>Grund (Pflicht, wird im Audit-Protokoll festgehalten):</translation>
    </message>
    <message>
        <source>Refund %1 %2 for %3?</source>
        <translation>%1 %2 für %3 erstatten?</translation>
    </message>
    <message>
        <source>Mark %1 as shipped?</source>
        <translation>%1 als versendet markieren?</translation>
    </message>
    <message>
        <source>Tracking number (optional):</source>
        <translation>Sendungsnummer (optional):</translation>
    </message>
    <message>
        <source>Add a note to %1.</source>
        <translation>Eine Notiz zu %1 hinzufügen.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Notiz:</translation>
    </message>
    <message>
        <source>The goods came back: put them on hand again</source>
        <translation>Die Ware ist zurückgekommen: wieder in den Bestand aufnehmen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
</context>
<context>
    <name>qm::OrderDetailView</name>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Zahlungen</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>Keine Bestellung ausgewählt</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Lade…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2 · payment %3 · %4 · placed %5 · %6</source>
        <translation>%1 %2 · Zahlung %3 · %4 · bestellt %5 · %6</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;</source>
        <translation>%1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Payment %1 %2</source>
        <translation>Zahlung %1 %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>qm::OrderFlowStrip</name>
    <message>
        <source>Order flow: waiting for the first reading</source>
        <translation>Bestellfluss: warte auf die erste Messung</translation>
    </message>
    <message>
        <source>Orders/min: %1 (expected ~%2)</source>
        <translation>Bestellungen/min: %1 (erwartet ~%2)</translation>
    </message>
    <message>
        <source>Payment failures: %1 %</source>
        <translation>Fehlgeschlagene Zahlungen: %1 %</translation>
    </message>
    <message>
        <source>Stuck: %1</source>
        <translation>Hängt: %1</translation>
    </message>
    <message>
        <source>Oversell risk: %1</source>
        <translation>Überverkaufsrisiko: %1</translation>
    </message>
</context>
<context>
    <name>qm::OrdersFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>min total</source>
        <translation>min. Summe</translation>
    </message>
    <message>
        <source>max total</source>
        <translation>max. Summe</translation>
    </message>
    <message>
        <source>customer e-mail or name</source>
        <translation>E-Mail oder Name des Kunden</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Letzte Stunde</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Gespeicherte Ansichten</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Ansicht speichern…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Ansicht löschen</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1: alle</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1: %n ausgewählt</numerusform>
            <numerusform>%1: %n ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Ansicht speichern</translation>
    </message>
    <message>
        <source>Name of this view (%1):</source>
        <translation>Name dieser Ansicht (%1):</translation>
    </message>
    <message>
        <source>Saved views…</source>
        <translation>Gespeicherte Ansichten…</translation>
    </message>
    <message>
        <source>Minimum total</source>
        <translation>Mindestsumme</translation>
    </message>
    <message>
        <source>Maximum total</source>
        <translation>Höchstsumme</translation>
    </message>
    <message>
        <source>Customer e-mail or name</source>
        <translation>E-Mail oder Name des Kunden</translation>
    </message>
</context>
<context>
    <name>qm::OrdersPage</name>
    <message>
        <source>Follow new orders</source>
        <translation>Neuen Bestellungen folgen</translation>
    </message>
    <message>
        <source>At the top of the list, let new orders push in instead of keeping the rows you read in place</source>
        <translation>Am Listenanfang neue Bestellungen einfügen, statt die gelesenen Zeilen an ihrem Platz zu halten</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) loaded%1</source>
        <translation>
            <numerusform>%n Bestellung geladen%1</numerusform>
            <numerusform>%n Bestellungen geladen%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, more below</source>
        <translation>, weitere darunter</translation>
    </message>
    <message>
        <source>Could not load orders: %1</source>
        <translation>Bestellungen konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● Live</translation>
    </message>
    <message>
        <source>New and changed orders appear as they are committed</source>
        <translation>Neue und geänderte Bestellungen erscheinen, sobald sie festgeschrieben sind</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbinde…</translation>
    </message>
    <message>
        <source>Reconnecting… (nothing is lost: the feed catches up)</source>
        <translation>Verbinde neu… (nichts geht verloren: der Feed holt auf)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new order(s)</source>
        <translation>
            <numerusform>↑ %n neue Bestellung</numerusform>
            <numerusform>↑ %n neue Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Order flow unavailable: %1</source>
        <translation>Bestellfluss nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1: erledigt</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>Neue Bestellungen</translation>
    </message>
</context>
<context>
    <name>qm::OrdersTableModel</name>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Bestellt</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Letzte Änderung</translation>
    </message>
</context>
<context>
    <name>qm::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Store today</source>
        <translation>Shop heute</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>Updated %1 · every %2 s</source>
        <translation>Aktualisiert %1 · alle %2 s</translation>
    </message>
    <message>
        <source>Loading store figures…</source>
        <translation>Lade Shop-Kennzahlen…</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Noch keine Kennzahlen</translation>
    </message>
    <message>
        <source>The store figures could not be refreshed: %1</source>
        <translation>Die Shop-Kennzahlen konnten nicht aktualisiert werden: %1</translation>
    </message>
    <message>
        <source>Maintenance mode is on: the storefront shows &quot;%1&quot;.</source>
        <translation>Der Wartungsmodus ist an: Der Shop zeigt „%1“.</translation>
    </message>
</context>
<context>
    <name>qm::PendingChangesPanel</name>
    <message>
        <source>&amp;Apply</source>
        <translation>Ü&amp;bernehmen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Discard all</source>
        <translation>Alle verwerfen</translation>
    </message>
    <message>
        <source>Product / field</source>
        <translation>Produkt / Feld</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Ausstehende Änderungen</translation>
    </message>
    <message>
        <source>Write every pending change in one transaction (Ctrl+S)</source>
        <translation>Alle ausstehenden Änderungen in einer Transaktion schreiben (Strg+S)</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Letzte Bearbeitung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (Version %2)</translation>
    </message>
    <message>
        <source>No pending changes.</source>
        <translation>Keine ausstehenden Änderungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) with unapplied changes</source>
        <translation>
            <numerusform>%n Produkt mit nicht übernommenen Änderungen</numerusform>
            <numerusform>%n Produkte mit nicht übernommenen Änderungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n field(s)). They are kept on disk until applied.</source>
        <translation>
            <numerusform> (%n Feld). Sie werden bis zur Übernahme auf der Festplatte aufbewahrt.</numerusform>
            <numerusform> (%n Felder). Sie werden bis zur Übernahme auf der Festplatte aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Übernehme...</translation>
    </message>
</context>
<context>
    <name>qm::PlanView</name>
    <message>
        <source>Sample:</source>
        <translation>Stichprobe:</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (Schätzung)</translation>
    </message>
    <message>
        <source>Count unknown in advance</source>
        <translation>Anzahl vorab unbekannt</translation>
    </message>
</context>
<context>
    <name>qm::ProductEditor</name>
    <message>
        <source>&amp;Stage changes</source>
        <translation>Änderungen &amp;vormerken</translation>
    </message>
    <message>
        <source>{&quot;color&quot;: &quot;red&quot;}</source>
        <translation>{&quot;color&quot;: &quot;red&quot;}</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>durch Kommas, getrennt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Alt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Turn the differences into pending changes (Ctrl+Enter); Apply writes them</source>
        <translation>Die Unterschiede als ausstehende Änderungen vormerken (Strg+Eingabe); Übernehmen schreibt sie</translation>
    </message>
    <message>
        <source>S&amp;KU</source>
        <translation>S&amp;KU</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Beschreibung</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;us</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Preis</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ka&amp;tegorie</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Ta&amp;gs</translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation>&amp;Attribute</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Preisverlauf</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Select a product to edit it here.</source>
        <translation>Wählen Sie ein Produkt, um es hier zu bearbeiten.</translation>
    </message>
    <message>
        <source>Loading product %1...</source>
        <translation>Lade Produkt %1...</translation>
    </message>
    <message>
        <source>%1 (version %2, updated %3)</source>
        <translation>%1 (Version %2, geändert %3)</translation>
    </message>
    <message>
        <source>The SKU cannot be empty.</source>
        <translation>Die SKU darf nicht leer sein.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Der Name darf nicht leer sein.</translation>
    </message>
    <message>
        <source>A currency is a 3-letter ISO code, e.g. EUR.</source>
        <translation>Eine Währung ist ein ISO-Code aus 3 Buchstaben, z. B. EUR.</translation>
    </message>
    <message>
        <source>Attributes must be a JSON object: %1</source>
        <translation>Attribute müssen ein JSON-Objekt sein: %1</translation>
    </message>
</context>
<context>
    <name>qm::Profile</name>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Staging</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Entwicklung</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Add at least one PostgreSQL server as host:port.</source>
        <translation>Fügen Sie mindestens einen PostgreSQL-Server als host:port hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host:port.</source>
        <translation>„%1“ ist keine gültige Angabe host:port.</translation>
    </message>
    <message>
        <source>Name the database.</source>
        <translation>Nennen Sie die Datenbank.</translation>
    </message>
    <message>
        <source>Name the database user to sign in as.</source>
        <translation>Nennen Sie den Datenbankbenutzer für die Anmeldung.</translation>
    </message>
    <message>
        <source>SSL mode must be one of: %1.</source>
        <translation>Der SSL-Modus muss einer dieser sein: %1.</translation>
    </message>
    <message>
        <source>Redis needs a host and a port between 1 and 65535.</source>
        <translation>Redis braucht einen Host und einen Port zwischen 1 und 65535.</translation>
    </message>
    <message>
        <source>Redis Sentinel needs the master&apos;s name and at least one sentinel.</source>
        <translation>Redis Sentinel braucht den Namen des Masters und mindestens einen Sentinel.</translation>
    </message>
    <message>
        <source>Redis Cluster needs at least one seed node.</source>
        <translation>Redis Cluster braucht mindestens einen Startknoten.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use production, staging or development.</source>
        <translation>Unbekannte Umgebung „%1“: Verwenden Sie production, staging oder development.</translation>
    </message>
    <message>
        <source>Unknown Redis mode &quot;%1&quot;: use standalone, sentinel or cluster.</source>
        <translation>Unbekannter Redis-Modus „%1“: Verwenden Sie standalone, sentinel oder cluster.</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: %1 at offset %2.</source>
        <translation>Das Profil ist kein gültiges JSON: %1 an Position %2.</translation>
    </message>
    <message>
        <source>The profile must be a JSON object.</source>
        <translation>Das Profil muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>The replica lag limit (maxReplicaLagSeconds) must be 0 or more.</source>
        <translation>Die Grenze für den Replikatsrückstand (maxReplicaLagSeconds) muss 0 oder mehr sein.</translation>
    </message>
    <message>
        <source>postgres.maxReplicaLagSeconds must be a number of seconds.</source>
        <translation>postgres.maxReplicaLagSeconds muss eine Zahl von Sekunden sein.</translation>
    </message>
    <message>
        <source>The profile %1 cannot be used: %2</source>
        <translation>Das Profil %1 ist nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>A Vendure profile needs vendure.adminApi, the URL of Vendure&apos;s Admin API (e.g. http://127.0.0.1:3000/admin-api).</source>
        <translation>Ein Vendure-Profil braucht vendure.adminApi, die URL von Vendures Admin-API (z. B. http://127.0.0.1:3000/admin-api).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an http:// or https:// URL.</source>
        <translation>%1 „%2“ ist keine http://- oder https://-URL.</translation>
    </message>
    <message>
        <source>&quot;backend&quot; must be a string: reference or vendure.</source>
        <translation>„backend“ muss ein Text sein: reference oder vendure.</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot;: use reference or vendure.</source>
        <translation>Unbekanntes Backend „%1“: reference oder vendure verwenden.</translation>
    </message>
    <message>
        <source>&quot;vendure&quot; must be an object: {&quot;adminApi&quot;: url, &quot;shopApi&quot;: url, &quot;user&quot;: name, &quot;passfile&quot;: path}.</source>
        <translation>„vendure“ muss ein Objekt sein: {&quot;adminApi&quot;: url, &quot;shopApi&quot;: url, &quot;user&quot;: name, &quot;passfile&quot;: path}.</translation>
    </message>
    <message>
        <source>vendure.%1 must be a string.</source>
        <translation>vendure.%1 muss ein Text sein.</translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; must be http:// or https:// with a host, e.g. http://prometheus:9090.</source>
        <translation>Die Prometheus-URL „%1“ muss http:// oder https:// mit einem Host sein, z. B. http://prometheus:9090.</translation>
    </message>
    <message>
        <source>prometheus.url must be a URL such as http://prometheus:9090.</source>
        <translation>prometheus.url muss eine URL wie http://prometheus:9090 sein.</translation>
    </message>
    <message>
        <source>PostgreSQL: sslmode verify-ca checks the CA but not the host name; use verify-full.</source>
        <translation>PostgreSQL: sslmode verify-ca prüft die CA, aber nicht den Hostnamen; verwenden Sie verify-full.</translation>
    </message>
    <message>
        <source>PostgreSQL: sslmode disable sends passwords and data in plain text; use verify-full with the CA file.</source>
        <translation>PostgreSQL: sslmode disable sendet Passwörter und Daten im Klartext; verwenden Sie verify-full mit der CA-Datei.</translation>
    </message>
    <message>
        <source>PostgreSQL: sslmode %1 does not check who answers (no certificate or host name check); use verify-full with the CA file.</source>
        <translation>PostgreSQL: sslmode %1 prüft nicht, wer antwortet (keine Prüfung von Zertifikat oder Hostname); verwenden Sie verify-full mit der CA-Datei.</translation>
    </message>
    <message>
        <source>Redis: TLS is off; passwords and keys travel in plain text.</source>
        <translation>Redis: TLS ist aus; Passwörter und Schlüssel gehen im Klartext über das Netz.</translation>
    </message>
    <message>
        <source>&quot;ca_file&quot; must be the path of a PEM file.</source>
        <translation>„ca_file“ muss der Pfad einer PEM-Datei sein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the path of a PEM file.</source>
        <translation>„%1“ muss der Pfad einer PEM-Datei sein.</translation>
    </message>
</context>
<context>
    <name>qm::ProfileDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain.</source>
        <translation>Passwörter werden im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <source>No keychain here (%1): passwords come from the pgpass file, or are asked for when connecting.</source>
        <translation>Hier gibt es keinen Schlüsselbund (%1): Passwörter kommen aus der pgpass-Datei oder werden beim Verbinden abgefragt.</translation>
    </message>
    <message>
        <source>Some profile files could not be read: %1</source>
        <translation>Einige Profildateien konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Profile incomplete</source>
        <translation>Profil unvollständig</translation>
    </message>
    <message>
        <source>Please fix this first:

• %1</source>
        <translation>Bitte beheben Sie zuerst:

• %1</translation>
    </message>
    <message>
        <source>Replace profile?</source>
        <translation>Profil ersetzen?</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Replace it?</source>
        <translation>Ein Profil namens „%1“ existiert bereits. Ersetzen?</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>Profil löschen?</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its saved passwords? The servers are not touched.</source>
        <translation>Das Profil „%1“ und seine gespeicherten Passwörter löschen? Die Server bleiben unberührt.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation>Profil importieren</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profile (*.json)</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>Export the profile</source>
        <translation>Profil exportieren</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Teste…</translation>
    </message>
    <message>
        <source>Using the password typed above.</source>
        <translation>Das oben eingegebene Passwort wird verwendet.</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>Ne&amp;w</source>
        <translation>Ne&amp;u</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>Dupli&amp;zieren</translation>
    </message>
    <message>
        <source>Impo&amp;rt…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>qm::ProfileForm</name>
    <message>
        <source>e.g. Shop EU production</source>
        <translation>z. B. Shop EU Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>PostgreSQL</source>
        <translation>PostgreSQL</translation>
    </message>
    <message>
        <source>primary:5432, replica:5432</source>
        <translation>primary:5432, replica:5432</translation>
    </message>
    <message>
        <source>Every server as host:port, separated by commas, in any order: the console finds the primary itself.</source>
        <translation>Jeder Server als host:port, durch Kommas getrennt, in beliebiger Reihenfolge: Die Konsole findet den Primärserver selbst.</translation>
    </message>
    <message>
        <source>from the keychain or pgpass file</source>
        <translation>aus dem Schlüsselbund oder der pgpass-Datei</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Im Schlüsselbund des Systems merken</translation>
    </message>
    <message>
        <source>~/.pgpass</source>
        <translation>~/.pgpass</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>Datenban&amp;k:</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>SSL-&amp;Modus:</translation>
    </message>
    <message>
        <source>pgpass &amp;file:</source>
        <translation>pgpass-&amp;Datei:</translation>
    </message>
    <message>
        <source>Choose a pgpass file</source>
        <translation>pgpass-Datei wählen</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Einzelserver</translation>
    </message>
    <message>
        <source>Sentinel</source>
        <translation>Sentinel</translation>
    </message>
    <message>
        <source>Cluster</source>
        <translation>Cluster</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>TLS verwenden</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odus:</translation>
    </message>
    <message>
        <source>Optional endpoints</source>
        <translation>Optionale Endpunkte</translation>
    </message>
    <message>
        <source>Store the passwords in the system keychain, never in the profile file.</source>
        <translation>Die Passwörter im Schlüsselbund des Systems speichern, nie in der Profildatei.</translation>
    </message>
    <message>
        <source>No keychain is reachable: %1. Use a pgpass file (mode 0600) or type the password when connecting.</source>
        <translation>Kein Schlüsselbund erreichbar: %1. Verwenden Sie eine pgpass-Datei (Modus 0600) oder tippen Sie das Passwort beim Verbinden ein.</translation>
    </message>
    <message>
        <source>Which store&apos;s data the console works on: the console&apos;s reference store, or a Vendure store&apos;s database (reads through the console&apos;s views beside it, writes through Vendure&apos;s Admin API).</source>
        <translation>Mit welchen Shop-Daten die Konsole arbeitet: dem Referenz-Shop der Konsole oder der Datenbank eines Vendure-Shops (Lesen über die Views der Konsole daneben, Schreiben über Vendures Admin-API).</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>B&amp;ackend:</translation>
    </message>
    <message>
        <source>Vendure</source>
        <translation>Vendure</translation>
    </message>
    <message>
        <source>a file with one line: user password (mode 0600)</source>
        <translation>eine Datei mit einer Zeile: Benutzer Passwort (Modus 0600)</translation>
    </message>
    <message>
        <source>Redis host</source>
        <translation>Redis-Host</translation>
    </message>
    <message>
        <source>Redis port</source>
        <translation>Redis-Port</translation>
    </message>
    <message>
        <source>Sentinel &amp;hosts:</source>
        <translation>Sentinel-&amp;Hosts:</translation>
    </message>
    <message>
        <source>Seed &amp;hosts:</source>
        <translation>Start-&amp;Hosts:</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>Um&amp;gebung:</translation>
    </message>
    <message>
        <source>Admin API:</source>
        <translation>Admin-API:</translation>
    </message>
    <message>
        <source>Shop API:</source>
        <translation>Shop-API:</translation>
    </message>
    <message>
        <source>Admin user:</source>
        <translation>Admin-Benutzer:</translation>
    </message>
    <message>
        <source>Password file:</source>
        <translation>Passwort-Datei:</translation>
    </message>
    <message>
        <source>S&amp;ervers:</source>
        <translation>S&amp;erver:</translation>
    </message>
    <message>
        <source>M&amp;aster name:</source>
        <translation>Maste&amp;r-Name:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Patroni REST:</source>
        <translation>Patroni-REST:</translation>
    </message>
    <message>
        <source>Varnish:</source>
        <translation>Varnish:</translation>
    </message>
    <message>
        <source>Prometheus:</source>
        <translation>Prometheus:</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the system&apos;s CAs (PostgreSQL: ~/.postgresql/root.crt)</source>
        <translation>die CAs des Systems (PostgreSQL: ~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>The PEM file of the CA that signed the servers&apos; certificates. PostgreSQL, Redis (with TLS) and https endpoints trust only it, and the console checks that each certificate names the host it connects to.</source>
        <translation>Die PEM-Datei der CA, die die Zertifikate der Server signiert hat. PostgreSQL, Redis (mit TLS) und https-Endpunkte vertrauen nur ihr, und die Konsole prüft, dass jedes Zertifikat den Host nennt, mit dem sie sich verbindet.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>CA-Zertifikat:</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>CA-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt *.cer);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>⚠ Production without verified TLS: %1</source>
        <translation>⚠ Produktion ohne geprüftes TLS: %1</translation>
    </message>
    <message>
        <source>A client certificate (PEM) for servers that sign you in by certificate: PostgreSQL (its name must be your database user) and Redis&apos;s TLS port. Name its key below.</source>
        <translation>Ein Client-Zertifikat (PEM) für Server, die Sie per Zertifikat anmelden: PostgreSQL (sein Name muss Ihr Datenbankbenutzer sein) und der TLS-Port von Redis. Geben Sie seinen Schlüssel unten an.</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Client-Zertifikat:</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Client-Zertifikat auswählen</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key (PEM, not encrypted). Only its owner may read it (chmod 600).</source>
        <translation>Der private Schlüssel des Client-Zertifikats (PEM, nicht verschlüsselt). Nur sein Eigentümer darf ihn lesen (chmod 600).</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Client-Schlüssel:</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>Client-Schlüssel auswählen</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>PEM-Schlüssel (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>qm::ProfileStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Es gibt kein Profil namens „%1“.</translation>
    </message>
    <message>
        <source>A profile needs a name before it can be saved.</source>
        <translation>Ein Profil braucht einen Namen, bevor es gespeichert werden kann.</translation>
    </message>
    <message>
        <source>Could not create the profile folder %1.</source>
        <translation>Der Profilordner %1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not delete the profile file %1.</source>
        <translation>Die Profildatei %1 konnte nicht gelöscht werden.</translation>
    </message>
    <message>
        <source>Could not read the profile %1: %2.</source>
        <translation>Das Profil %1 konnte nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>%1 konnte nicht geschrieben werden: %2.</translation>
    </message>
</context>
<context>
    <name>qm::PurgeInputDialog</name>
    <message>
        <source>Unlock protected namespaces (sessions, carts) for this purge</source>
        <translation>Geschützte Namensräume (Sitzungen, Warenkörbe) für diesen Löschvorgang freigeben</translation>
    </message>
    <message>
        <source>Purge the cache</source>
        <translation>Cache leeren</translation>
    </message>
    <message>
        <source>Redis keys matching a pattern</source>
        <translation>Redis-Schlüssel, die auf ein Muster passen</translation>
    </message>
    <message>
        <source>Redis keys with a tag</source>
        <translation>Redis-Schlüssel mit einem Tag</translation>
    </message>
    <message>
        <source>A product (Redis objects and pages, Varnish pages)</source>
        <translation>Ein Produkt (Redis-Objekte und Seiten, Varnish-Seiten)</translation>
    </message>
    <message>
        <source>A product (Redis objects and pages)</source>
        <translation>Ein Produkt (Redis-Objekte und Seiten)</translation>
    </message>
    <message>
        <source>Varnish pages by URL regex</source>
        <translation>Varnish-Seiten per regulärem Ausdruck für die URL</translation>
    </message>
    <message>
        <source>Varnish pages by host regex</source>
        <translation>Varnish-Seiten per regulärem Ausdruck für den Host</translation>
    </message>
    <message>
        <source>Varnish pages with an xkey tag</source>
        <translation>Varnish-Seiten mit einem xkey-Tag</translation>
    </message>
    <message>
        <source>Reap expired members of tag sets</source>
        <translation>Abgelaufene Mitglieder aus Tag-Mengen entfernen</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>Which:</source>
        <translation>Welche:</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Planen…</translation>
    </message>
    <message>
        <source>Redis glob: * any bytes, ? one byte, [abc] [a-z] [^a] classes, \ escapes. Matched exactly as Redis&apos; SCAN MATCH does.</source>
        <translation>Redis-Glob: * beliebige Bytes, ? ein Byte, [abc] [a-z] [^a] Klassen, \ maskiert. Wird genau so verglichen wie von Redis&apos; SCAN MATCH.</translation>
    </message>
    <message>
        <source>The keys listed in the set tag:&lt;name&gt;, then the set.</source>
        <translation>Die in der Menge tag:&lt;name&gt; aufgeführten Schlüssel, danach die Menge.</translation>
    </message>
    <message>
        <source>product:&lt;id&gt;, product:&lt;id&gt;:*, the pages tagged tag:product:&lt;id&gt;, and the product&apos;s Varnish pages (xkey product-&lt;id&gt;).</source>
        <translation>product:&lt;id&gt;, product:&lt;id&gt;:*, die mit tag:product:&lt;id&gt; markierten Seiten und die Varnish-Seiten des Produkts (xkey product-&lt;id&gt;).</translation>
    </message>
    <message>
        <source>A ban on every Varnish instance: objects whose URL matches.</source>
        <translation>Ein Bann auf jeder Varnish-Instanz: Objekte mit passender URL.</translation>
    </message>
    <message>
        <source>A ban on every Varnish instance: objects of matching hosts.</source>
        <translation>Ein Bann auf jeder Varnish-Instanz: Objekte passender Hosts.</translation>
    </message>
    <message>
        <source>An xkey purge on every Varnish instance.</source>
        <translation>Ein xkey-Löschvorgang auf jeder Varnish-Instanz.</translation>
    </message>
    <message>
        <source>Tag sets have no TTL: remove the members whose keys expired. Optional: a glob of tag sets (default tag:*).</source>
        <translation>Tag-Mengen haben keine TTL: Entfernen Sie die Mitglieder, deren Schlüssel abgelaufen sind. Optional: ein Glob für Tag-Mengen (Standard tag:*).</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Redis deletions slow down while shoppers&apos; round trips are above this.</source>
        <translation>Redis löscht langsamer, solange die Antwortzeiten der Kunden darüber liegen.</translation>
    </message>
    <message>
        <source>Shoppers&apos; latency budget:</source>
        <translation>Latenzbudget der Kunden:</translation>
    </message>
</context>
<context>
    <name>qm::QueuesPage</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>Kein Profil geöffnet</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Akt&amp;ualisieren</translation>
    </message>
    <message>
        <source>Re&amp;play dead letters…</source>
        <translation>Dead Letters erneut &amp;einspielen…</translation>
    </message>
    <message>
        <source>&amp;Claim stuck entries…</source>
        <translation>Hängende Einträge ü&amp;bernehmen…</translation>
    </message>
    <message>
        <source>&amp;Trim…</source>
        <translation>&amp;Kürzen…</translation>
    </message>
    <message>
        <source> s idle</source>
        <translation> s inaktiv</translation>
    </message>
    <message>
        <source>Minimum idle time to claim</source>
        <translation>Mindestinaktivität für die Übernahme</translation>
    </message>
    <message>
        <source>Claim only entries pending at least this long (a dead consumer&apos;s).</source>
        <translation>Nur Einträge übernehmen, die mindestens so lange ausstehen (die eines toten Consumers).</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Gruppe</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Länge</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>Entries read</source>
        <translation>Gelesene Einträge</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Oldest pending</source>
        <translation>Ältester ausstehender</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consumer</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Dead Letter</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Nutzdaten</translation>
    </message>
    <message>
        <source>Streams and consumer groups</source>
        <translation>Streams und Consumer-Gruppen</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message>
        <source>Orders published per second</source>
        <translation>Veröffentlichte Bestellungen pro Sekunde</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>entries/s</source>
        <translation>Einträge/s</translation>
    </message>
    <message>
        <source>Trim the orders stream</source>
        <translation>Bestell-Stream kürzen</translation>
    </message>
    <message>
        <source>Keep the newest entries (the plan shows how many go and refuses to drop unacknowledged ones):</source>
        <translation>Die neuesten Einträge behalten (der Plan zeigt, wie viele wegfallen, und verweigert das Löschen unbestätigter):</translation>
    </message>
    <message>
        <source>Reading the queues…</source>
        <translation>Lese die Queues…</translation>
    </message>
    <message>
        <source>Cannot read the queues: %1</source>
        <translation>Die Queues können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(keine Gruppe)</translation>
    </message>
    <message>
        <source>Hand a dead consumer&apos;s pending entries to a live one.</source>
        <translation>Die ausstehenden Einträge eines toten Consumers an einen lebenden übergeben.</translation>
    </message>
    <message>
        <source>Drop the oldest entries of the orders stream, after a preview.</source>
        <translation>Die ältesten Einträge des Bestell-Streams löschen, nach einer Vorschau.</translation>
    </message>
    <message>
        <source>Queue actions are off until the console knows what your role may do.</source>
        <translation>Queue-Aktionen sind aus, bis die Konsole weiß, was Ihre Rolle darf.</translation>
    </message>
    <message>
        <source>Your role may look at the queues but not replay, claim or trim: that needs the on-call right (queues.act). Redis&apos; ACL and the audit log refuse it too.</source>
        <translation>Ihre Rolle darf die Queues ansehen, aber nicht erneut einspielen, übernehmen oder kürzen: Dafür braucht es das Bereitschaftsrecht (queues.act). Auch Redis-ACL und Prüfprotokoll verweigern es.</translation>
    </message>
    <message>
        <source>Select a group of %1 to claim its stuck entries.</source>
        <translation>Wählen Sie eine Gruppe von %1, um ihre hängenden Einträge zu übernehmen.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Queues</translation>
    </message>
    <message>
        <source>Send dead letters back to their task, once each.</source>
        <translation>Dead Letters an ihre Aufgabe zurückgeben, jeden einmal.</translation>
    </message>
    <message>
        <source>%1: %2 entries, %3 pending, %4 dead letters — read %5 from %6</source>
        <translation>%1: %2 Einträge, %3 ausstehend, %4 Dead Letters — gelesen %5 von %6</translation>
    </message>
</context>
<context>
    <name>qm::Reauthenticate</name>
    <message>
        <source>Type the password.</source>
        <translation>Geben Sie das Passwort ein.</translation>
    </message>
    <message>
        <source>Could not ask the database to check the password: %1</source>
        <translation>Die Datenbank konnte nicht gebeten werden, das Passwort zu prüfen: %1</translation>
    </message>
</context>
<context>
    <name>qm::RunbooksPage</name>
    <message>
        <source>no one can answer</source>
        <translation>niemand kann antworten</translation>
    </message>
    <message>
        <source>the question was not answered: the run was cancelled</source>
        <translation>die Frage wurde nicht beantwortet: Der Lauf wurde abgebrochen</translation>
    </message>
    <message>
        <source>signed (key %1)</source>
        <translation>signiert (Schlüssel %1)</translation>
    </message>
    <message>
        <source>CHANGED after signing</source>
        <translation>nach dem Signieren GEÄNDERT</translation>
    </message>
    <message>
        <source>signed by an unknown key %1</source>
        <translation>von einem unbekannten Schlüssel %1 signiert</translation>
    </message>
    <message>
        <source>signature unreadable</source>
        <translation>Signatur unlesbar</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>unsigniert</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>skipped (verified before)</source>
        <translation>übersprungen (zuvor geprüft)</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>ABGELEHNT</translation>
    </message>
    <message>
        <source>&amp;Runbooks</source>
        <translation>&amp;Runbooks</translation>
    </message>
    <message>
        <source>Runbook</source>
        <translation>Runbook</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Letzter Lauf</translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>&amp;Topologie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Choose a runbook and press Dry run (F5).</source>
        <translation>Wählen Sie ein Runbook und drücken Sie Probelauf (F5).</translation>
    </message>
    <message>
        <source>#</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Would do / preconditions</source>
        <translation>Würde tun / Vorbedingungen</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Probelauf</translation>
    </message>
    <message>
        <source>Evaluate every precondition and plan each step; changes nothing (F5)</source>
        <translation>Jede Vorbedingung auswerten und jeden Schritt planen; ändert nichts (F5)</translation>
    </message>
    <message>
        <source>Ask for a&amp;pproval</source>
        <translation>Freigabe anfor&amp;dern</translation>
    </message>
    <message>
        <source>Two-person runbooks: a second on-call role approves this run from its own console</source>
        <translation>Zwei-Personen-Runbooks: Eine zweite Bereitschaftsrolle gibt diesen Lauf an ihrer eigenen Konsole frei</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Run the planned runbook step by step (Ctrl+Return)</source>
        <translation>Das geplante Runbook Schritt für Schritt ausführen (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>Pla&amp;n</source>
        <translation>Pla&amp;n</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>answer, then Enter</source>
        <translation>antworten, dann Eingabe</translation>
    </message>
    <message>
        <source>Ans&amp;wer</source>
        <translation>Ant&amp;worten</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>Lauf a&amp;bbrechen</translation>
    </message>
    <message>
        <source>Stop at the next safe point; the run can be resumed (Esc)</source>
        <translation>Am nächsten sicheren Punkt anhalten; der Lauf kann fortgesetzt werden (Esc)</translation>
    </message>
    <message>
        <source>Run &amp;log</source>
        <translation>&amp;Laufprotokoll</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <source>Audit ids</source>
        <translation>Prüf-IDs</translation>
    </message>
    <message>
        <source>Re&amp;sume interrupted run</source>
        <translation>Unterbrochenen Lauf &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Verlauf</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>A&amp;pprove selected run</source>
        <translation>Gewählten Lauf fr&amp;eigeben</translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation>Frei&amp;gaben</translation>
    </message>
    <message>
        <source>Runbooks</source>
        <translation>Runbooks</translation>
    </message>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>Plan of the dry run</source>
        <translation>Plan des Probelaufs</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Schritte des Laufs</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Laufprotokoll</translation>
    </message>
    <message>
        <source>Answer to the step&apos;s question</source>
        <translation>Antwort auf die Frage des Schritts</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Laufverlauf</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>Freigabeanfragen</translation>
    </message>
    <message>
        <source>Confirmation text</source>
        <translation>Bestätigungstext</translation>
    </message>
    <message>
        <source>%1 (folder)</source>
        <translation>%1 (Ordner)</translation>
    </message>
    <message>
        <source>does not parse</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>This runbook does not parse:
%1</source>
        <translation>Dieses Runbook ist nicht lesbar:
%1</translation>
    </message>
    <message>
        <source>Dry run of %1: evaluating every precondition…</source>
        <translation>Probelauf von %1: Jede Vorbedingung wird ausgewertet…</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>ABGELEHNT: %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>precondition holds now: %1</source>
        <translation>Vorbedingung gilt jetzt: %1</translation>
    </message>
    <message>
        <source>precondition FAILS now: %1</source>
        <translation>Vorbedingung SCHEITERT jetzt: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — signature: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Signatur: %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Dry run done: nothing was changed.</source>
        <translation>Probelauf fertig: Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>This runbook needs two-person approval: ask for it first.</source>
        <translation>Dieses Runbook braucht eine Zwei-Personen-Freigabe: Fordern Sie sie zuerst an.</translation>
    </message>
    <message>
        <source>Resuming run %1 of %2</source>
        <translation>Lauf %1 von %2 wird fortgesetzt</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>%1 wird gestartet</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>%1 läuft…</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1: gestartet</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: verified (%2 ms)</source>
        <translation>%1: geprüft (%2 ms)</translation>
    </message>
    <message>
        <source>%1: FAILED after %2 ms: %3</source>
        <translation>%1: FEHLGESCHLAGEN nach %2 ms: %3</translation>
    </message>
    <message>
        <source>verified before the interruption: not run again</source>
        <translation>vor der Unterbrechung geprüft: nicht erneut ausgeführt</translation>
    </message>
    <message>
        <source>Run %1: %2 %3</source>
        <translation>Lauf %1: %2 %3</translation>
    </message>
    <message>
        <source>Run %1 finished: %2</source>
        <translation>Lauf %1 beendet: %2</translation>
    </message>
    <message>
        <source>Run %1: %2 — %3</source>
        <translation>Lauf %1: %2 — %3</translation>
    </message>
    <message>
        <source>%1 — the run waits for your answer: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 — der Lauf wartet auf Ihre Antwort: &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 asks: %2</source>
        <translation>%1 fragt: %2</translation>
    </message>
    <message>
        <source>answered: %1</source>
        <translation>beantwortet: %1</translation>
    </message>
    <message>
        <source>Cancelling: the current step stops at its next safe point</source>
        <translation>Wird abgebrochen: Der aktuelle Schritt hält am nächsten sicheren Punkt an</translation>
    </message>
    <message>
        <source>INTERRUPTED — resume</source>
        <translation>UNTERBROCHEN — fortsetzen</translation>
    </message>
    <message>
        <source>unfinished (another console)</source>
        <translation>unvollendet (andere Konsole)</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>Der Laufverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>freigegeben von %1</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>wartet auf Freigabe</translation>
    </message>
    <message>
        <source>used</source>
        <translation>verwendet</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>Run %1 has no journal on this computer</source>
        <translation>Lauf %1 hat auf diesem Computer kein Journal</translation>
    </message>
    <message>
        <source>Run %1 used %2, which is not in the list: restore it or add its folder in Settings</source>
        <translation>Lauf %1 verwendete %2, das nicht in der Liste steht: Stellen Sie es wieder her oder fügen Sie seinen Ordner in den Einstellungen hinzu</translation>
    </message>
    <message>
        <source>Run %1 waits for a second on-call role&apos;s approval (audit id %2): they approve it in Approvals or with qmctl runbook approve %1</source>
        <translation>Lauf %1 wartet auf die Freigabe einer zweiten Bereitschaftsrolle (Prüf-ID %2): Sie gibt ihn unter Freigaben oder mit qmctl runbook approve %1 frei</translation>
    </message>
    <message>
        <source>Approval could not be asked for: %1</source>
        <translation>Die Freigabe konnte nicht angefordert werden: %1</translation>
    </message>
    <message>
        <source>Approved run %1 (audit id %2)</source>
        <translation>Lauf %1 freigegeben (Prüf-ID %2)</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>Nicht freigegeben: %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%n step(s). Press Dry run (F5) to see what each step would do now.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%n Schritt. Drücken Sie Probelauf (F5), um zu sehen, was jeder Schritt jetzt tun würde.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%n Schritte. Drücken Sie Probelauf (F5), um zu sehen, was jeder Schritt jetzt tun würde.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the runbook: %1</source>
        <translation>das Runbook kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>qm::SchemaCheck</name>
    <message>
        <source>Could not check the console schema&apos;s version: %1</source>
        <translation>Die Version des Konsolenschemas konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>The console schema is up to date.</source>
        <translation>Das Konsolenschema ist aktuell.</translation>
    </message>
    <message>
        <source>The console schema is missing or old: some views will fail until it is migrated (File ▸ Reconnect offers it again).</source>
        <translation>Das Konsolenschema fehlt oder ist veraltet: Einige Ansichten schlagen fehl, bis es migriert ist (Datei ▸ Neu verbinden bietet es erneut an).</translation>
    </message>
    <message>
        <source>%1 store: the console&apos;s views beside it are installed with qmctl migrate --backend %2.</source>
        <translation>%1-Shop: Die Views der Konsole daneben werden mit qmctl migrate --backend %2 installiert.</translation>
    </message>
</context>
<context>
    <name>qm::SecretStore</name>
    <message>
        <source>the keychain is switched off (QM_NO_KEYCHAIN is set)</source>
        <translation>der Schlüsselbund ist abgeschaltet (QM_NO_KEYCHAIN ist gesetzt)</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no Secret Service or KWallet (headless session?)</source>
        <translation>kein D-Bus-Sitzungsbus, also kein Secret Service und kein KWallet (Sitzung ohne Bildschirm?)</translation>
    </message>
    <message>
        <source>No keychain is reachable: %1.</source>
        <translation>Kein Schlüsselbund erreichbar: %1.</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>der Schlüsselbund hat nicht innerhalb von %1 s geantwortet</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Der Schlüsselbund hat keinen solchen Eintrag.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1.</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert: %1.</translation>
    </message>
</context>
<context>
    <name>qm::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>A new language applies the next time Quartermaster starts.</source>
        <translation>Eine neue Sprache gilt ab dem nächsten Start von Quartermaster.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Farben</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Farben:</translation>
    </message>
    <message>
        <source>Also lock s&amp;taging profiles</source>
        <translation>Auch S&amp;taging-Profile sperren</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Idle lock after minutes</source>
        <translation>Sperre bei Inaktivität nach Minuten</translation>
    </message>
    <message>
        <source>After this long without input, a production profile&apos;s window is covered until the database password is typed again.</source>
        <translation>Nach dieser Zeit ohne Eingabe wird das Fenster eines Produktionsprofils verdeckt, bis das Datenbank-Passwort erneut eingegeben wird.</translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation>Sperre bei &amp;Inaktivität nach:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>&amp;Generate key in keychain…</source>
        <translation>Schlüssel im Schlüsselbund e&amp;rzeugen…</translation>
    </message>
    <message>
        <source>I&amp;mport key file into keychain…</source>
        <translation>Schlüsseldatei in den Schlüsselbund &amp;importieren…</translation>
    </message>
    <message>
        <source>Audit checkpoints</source>
        <translation>Audit-Checkpoints</translation>
    </message>
    <message>
        <source>Checkpoint folder</source>
        <translation>Checkpoint-Ordner</translation>
    </message>
    <message>
        <source>No folder: no checkpoints</source>
        <translation>Kein Ordner: keine Checkpoints</translation>
    </message>
    <message>
        <source>Choose the checkpoint folder</source>
        <translation>Checkpoint-Ordner wählen</translation>
    </message>
    <message>
        <source>Folder for signed audit checkpoints</source>
        <translation>Ordner für signierte Audit-Checkpoints</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Schlüsseldatei</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Signatur&amp;schlüssel:</translation>
    </message>
    <message>
        <source>Ed25519 private key (PEM, mode 0600)</source>
        <translation>Privater Ed25519-Schlüssel (PEM, Modus 0600)</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>Ed25519 private key</source>
        <translation>Privater Ed25519-Schlüssel</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>PEM-Dateien (*.pem *.key);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>Schlüssel&amp;datei:</translation>
    </message>
    <message>
        <source>Makes a new Ed25519 key in the system keychain and saves its public half, which verifiers need, to a file you choose.</source>
        <translation>Erzeugt einen neuen Ed25519-Schlüssel im Schlüsselbund des Systems und speichert seine öffentliche Hälfte, die Prüfer brauchen, in einer Datei Ihrer Wahl.</translation>
    </message>
    <message>
        <source>Save the public key for verifiers</source>
        <translation>Öffentlichen Schlüssel für Prüfer speichern</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.pem)</source>
        <translation>Öffentliche Schlüssel (*.pub *.pem)</translation>
    </message>
    <message>
        <source>Copies an Ed25519 private key (PEM) into the system keychain. Delete the file afterwards if the keychain is to be its only home.</source>
        <translation>Kopiert einen privaten Ed25519-Schlüssel (PEM) in den Schlüsselbund des Systems. Löschen Sie die Datei danach, wenn der Schlüssel nur noch im Schlüsselbund liegen soll.</translation>
    </message>
    <message>
        <source>Only after destructive actions</source>
        <translation>Nur nach zerstörerischen Aktionen</translation>
    </message>
    <message>
        <source>Sign &amp;every:</source>
        <translation>Signieren &amp;alle:</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Der Schlüsselbund wird gelesen…</translation>
    </message>
    <message>
        <source>The keychain holds the signing key (fingerprint %1).</source>
        <translation>Der Schlüsselbund enthält den Signaturschlüssel (Fingerabdruck %1).</translation>
    </message>
    <message>
        <source>A new signing key is in the keychain (fingerprint %1); its public key is in %2.</source>
        <translation>Ein neuer Signaturschlüssel liegt im Schlüsselbund (Fingerabdruck %1); sein öffentlicher Schlüssel liegt in %2.</translation>
    </message>
    <message>
        <source>Minutes between checkpoints</source>
        <translation>Minuten zwischen Checkpoints</translation>
    </message>
</context>
<context>
    <name>qm::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Every shortcut of the main window and of each workspace. Type to filter.</source>
        <translation>Alle Tastenkürzel des Hauptfensters und jedes Arbeitsbereichs. Tippen zum Filtern.</translation>
    </message>
    <message>
        <source>Filter by action, workspace or key</source>
        <translation>Nach Aktion, Arbeitsbereich oder Taste filtern</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Tastenkürzel filtern</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkürzel</translation>
    </message>
</context>
<context>
    <name>qm::StockChangeDialog</name>
    <message>
        <source>Adjust stock of %1</source>
        <translation>Bestand von %1 anpassen</translation>
    </message>
    <message>
        <source>Count stock of %1</source>
        <translation>Bestand von %1 zählen</translation>
    </message>
    <message>
        <source>%1 in %2: %3 on hand, %4 reserved, %5 available</source>
        <translation>%1 in %2: %3 am Lager, %4 reserviert, %5 verfügbar</translation>
    </message>
    <message>
        <source>+n adds to on hand, -n removes; never an absolute number</source>
        <translation>+n erhöht den Lagerbestand, -n verringert ihn; nie eine absolute Zahl</translation>
    </message>
    <message>
        <source>&amp;Change by</source>
        <translation>Ändern &amp;um</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Grund</translation>
    </message>
    <message>
        <source>&amp;Counted on the shelf</source>
        <translation>Im Regal &amp;gezählt</translation>
    </message>
    <message>
        <source>Required: what happened (delivery note, who counted...)</source>
        <translation>Pflicht: Was ist passiert (Lieferschein, wer hat gezählt...)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>&amp;Anpassen</translation>
    </message>
    <message>
        <source>&amp;Record count</source>
        <translation>Zählung &amp;erfassen</translation>
    </message>
    <message>
        <source>Enter a change other than 0 (for example +12 or -3).</source>
        <translation>Geben Sie eine Änderung ungleich 0 ein (zum Beispiel +12 oder -3).</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Wählen Sie einen Grund.</translation>
    </message>
    <message>
        <source>Only %1 are available (the rest is reserved by carts).</source>
        <translation>Nur %1 sind verfügbar (der Rest ist in Warenkörben reserviert).</translation>
    </message>
    <message>
        <source>A note is required: it goes to the ledger with the change.</source>
        <translation>Eine Notiz ist Pflicht: Sie geht mit der Änderung ins Lagerjournal.</translation>
    </message>
</context>
<context>
    <name>qm::StockPage</name>
    <message>
        <source>&amp;Low stock only</source>
        <translation>Nur &amp;niedriger Bestand</translation>
    </message>
    <message>
        <source>&amp;Adjust...</source>
        <translation>&amp;Anpassen...</translation>
    </message>
    <message>
        <source>&amp;Count...</source>
        <translation>&amp;Zählen...</translation>
    </message>
    <message>
        <source>E&amp;xport ledger...</source>
        <translation>Journal e&amp;xportieren...</translation>
    </message>
    <message>
        <source>&amp;Release selected</source>
        <translation>Auswahl &amp;freigeben</translation>
    </message>
    <message>
        <source>Release all &amp;expired</source>
        <translation>Alle &amp;abgelaufenen freigeben</translation>
    </message>
    <message>
        <source>C&amp;heck stock against the ledger</source>
        <translation>Bestand gegen das Journal &amp;prüfen</translation>
    </message>
    <message>
        <source>&amp;Repair drift...</source>
        <translation>Abweichung &amp;beheben...</translation>
    </message>
    <message>
        <source>Select a SKU on the Stock tab.</source>
        <translation>Wählen Sie eine SKU im Reiter Bestand.</translation>
    </message>
    <message>
        <source>SKU starts with</source>
        <translation>SKU beginnt mit</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Alle Lager</translation>
    </message>
    <message>
        <source>Held, expired (stuck)</source>
        <translation>Reserviert, abgelaufen (hängt)</translation>
    </message>
    <message>
        <source>Held, live</source>
        <translation>Reserviert, gültig</translation>
    </message>
    <message>
        <source>All held</source>
        <translation>Alle reservierten</translation>
    </message>
    <message>
        <source>All (latest)</source>
        <translation>Alle (neueste)</translation>
    </message>
    <message>
        <source>Add or remove stock with a reason (Ctrl+D)</source>
        <translation>Bestand mit Grund hinzufügen oder entfernen (Strg+D)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Abgleich</translation>
    </message>
    <message>
        <source>released from the console</source>
        <translation>aus der Konsole freigegeben</translation>
    </message>
    <message>
        <source>Select a SKU and warehouse first.</source>
        <translation>Wählen Sie zuerst SKU und Lager.</translation>
    </message>
    <message>
        <source>%1: %2%3, now %4 on hand, %5 available</source>
        <translation>%1: %2%3, jetzt %4 am Lager, %5 verfügbar</translation>
    </message>
    <message>
        <source>%1 counted: %2 on hand (change %3)</source>
        <translation>%1 gezählt: %2 am Lager (Änderung %3)</translation>
    </message>
    <message>
        <source>Ledger of %1 (all warehouses, newest first)</source>
        <translation>Journal von %1 (alle Lager, neueste zuerst)</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 ledger rows to %2.</source>
        <translation>%1 Journalzeilen nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Released reservation %1.</source>
        <translation>Reservierung %1 freigegeben.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Prüfe...</translation>
    </message>
    <message>
        <source>All %1 stock rows agree: on hand equals the ledger sum and reserved equals the live holds.</source>
        <translation>Alle %1 Bestandszeilen stimmen: Der Lagerbestand entspricht der Journalsumme und die Reservierungen den gültigen Reservierungen.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 stock rows drifted.</source>
        <translation>
            <numerusform>%n von %1 Bestandszeilen weicht ab.</numerusform>
            <numerusform>%n von %1 Bestandszeilen weichen ab.</numerusform>
        </translation>
    </message>
    <message>
        <source>Repair stock drift</source>
        <translation>Bestandsabweichung beheben</translation>
    </message>
    <message>
        <source>Write a compensating ledger movement for every drifted row (on hand is kept, the ledger is corrected) and set reserved back to the live holds? The repair is audited.</source>
        <translation>Für jede abweichende Zeile eine ausgleichende Journalbuchung schreiben (der Lagerbestand bleibt, das Journal wird korrigiert) und die Reservierungen auf die gültigen zurücksetzen? Die Reparatur wird protokolliert.</translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n row(s) (audited).</source>
        <translation>
            <numerusform>%n Zeile repariert (protokolliert).</numerusform>
            <numerusform>%n Zeilen repariert (protokolliert).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Released %n expired reservation(s).</source>
        <translation>
            <numerusform>%n abgelaufene Reservierung freigegeben.</numerusform>
            <numerusform>%n abgelaufene Reservierungen freigegeben.</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation>Bestandsmengen</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Abweichung</translation>
    </message>
</context>
<context>
    <name>qm::StoreSummaryModel</name>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Active products</source>
        <translation>Aktive Produkte</translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation>Bestellungen heute</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Umsatz heute</translation>
    </message>
    <message>
        <source>Open reservations</source>
        <translation>Offene Reservierungen</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Niedriger Bestand</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Wartungsmodus</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>noch keine</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>vor %n s</numerusform>
            <numerusform>vor %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n min</numerusform>
            <numerusform>vor %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>vor %n h</numerusform>
            <numerusform>vor %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>estimate from table statistics</source>
        <translation>Schätzung aus der Tabellenstatistik</translation>
    </message>
    <message>
        <source>in the catalog</source>
        <translation>im Katalog</translation>
    </message>
    <message>
        <source>%1 % of the catalog</source>
        <translation>%1 % des Katalogs</translation>
    </message>
    <message>
        <source>since midnight (server time)</source>
        <translation>seit Mitternacht (Serverzeit)</translation>
    </message>
    <message>
        <source>paid orders since midnight</source>
        <translation>bezahlte Bestellungen seit Mitternacht</translation>
    </message>
    <message>
        <source>held in carts, not expired</source>
        <translation>in Warenkörben reserviert, nicht abgelaufen</translation>
    </message>
    <message>
        <source>at or below their threshold</source>
        <translation>auf oder unter ihrer Schwelle</translation>
    </message>
    <message>
        <source>the storefront is open</source>
        <translation>der Shop ist geöffnet</translation>
    </message>
</context>
<context>
    <name>qm::TimeChart</name>
    <message>
        <source>no data</source>
        <translation>keine Daten</translation>
    </message>
    <message>
        <source> M</source>
        <translation> M</translation>
    </message>
    <message>
        <source> k</source>
        <translation> k</translation>
    </message>
    <message>
        <source>Forecast band</source>
        <translation>Prognoseband</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prognose</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>forecast %1 (%2 to %3)</source>
        <translation>Prognose %1 (%2 bis %3)</translation>
    </message>
    <message>
        <source>forecast →</source>
        <translation>Prognose →</translation>
    </message>
    <message>
        <source>%1
%2 · audit entry #%3 (click to open)</source>
        <translation>%1
%2 · Audit-Eintrag #%3 (zum Öffnen klicken)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Forecast band: %1</source>
        <translation>Prognoseband: %1</translation>
    </message>
</context>
<context>
    <name>qm::TopologyView</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 KiB</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message numerus="yes">
        <source>%n days</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Verzögerung</translation>
    </message>
    <message>
        <source>TL</source>
        <translation>TL</translation>
    </message>
    <message>
        <source>master</source>
        <translation>Master</translation>
    </message>
    <message>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>AUSGEFALLEN</translation>
    </message>
    <message>
        <source>replica of %1</source>
        <translation>Replikat von %1</translation>
    </message>
    <message>
        <source>sentinel</source>
        <translation>Sentinel</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>hat geantwortet</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>eingetragen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Patroni is paused (no automatic failover)</source>
        <translation>Patroni ist pausiert (kein automatischer Failover)</translation>
    </message>
    <message>
        <source>PostgreSQL (Patroni)</source>
        <translation>PostgreSQL (Patroni)</translation>
    </message>
    <message>
        <source>this profile names no Patroni API</source>
        <translation>dieses Profil nennt keine Patroni-API</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Backups (pgBackRest)</source>
        <translation>Backups (pgBackRest)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>wird gelesen…</translation>
    </message>
    <message>
        <source>cannot read the backups: %1</source>
        <translation>die Backups können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>TOO OLD (at most %1)</source>
        <translation>ZU ALT (höchstens %1)</translation>
    </message>
    <message>
        <source>NO WAL ARCHIVED</source>
        <translation>KEIN WAL ARCHIVIERT</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>%1 alt</translation>
    </message>
</context>
<context>
    <name>qm::UserGuideDialog</name>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>Filialleitung</translation>
    </message>
    <message>
        <source>Merchandiser</source>
        <translation>Sortimentsverantwortliche</translation>
    </message>
    <message>
        <source>On-call engineer</source>
        <translation>Bereitschaftsingenieur</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Handbuchseite</translation>
    </message>
    <message>
        <source>The guide for your role</source>
        <translation>Das Handbuch für Ihre Rolle</translation>
    </message>
    <message>
        <source>The page shown before (Alt+Left)</source>
        <translation>Die zuvor gezeigte Seite (Alt+Links)</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Rechts</translation>
    </message>
    <message>
        <source>User guide page</source>
        <translation>Seite des Benutzerhandbuchs</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>This page of the guide is missing: %1. Reinstall Quartermaster to restore it.</source>
        <translation>Diese Seite des Handbuchs fehlt: %1. Installieren Sie Quartermaster neu, um sie wiederherzustellen.</translation>
    </message>
    <message>
        <source>User guide — %1</source>
        <translation>Benutzerhandbuch — %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The user guide is not installed&lt;/h2&gt;&lt;p&gt;Quartermaster looked for &lt;code&gt;index.md&lt;/code&gt; in:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Reinstall the quartermaster package (it puts the guide in &lt;code&gt;share/quartermaster/guide&lt;/code&gt;), or set the environment variable &lt;code&gt;QM_GUIDE_DIR&lt;/code&gt; to a folder that holds the guide (&lt;code&gt;docs/guide&lt;/code&gt; in the source tree) and open it again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Das Benutzerhandbuch ist nicht installiert&lt;/h2&gt;&lt;p&gt;Quartermaster hat &lt;code&gt;index.md&lt;/code&gt; hier gesucht:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Installieren Sie das Paket quartermaster neu (es legt das Handbuch in &lt;code&gt;share/quartermaster/guide&lt;/code&gt; ab), oder setzen Sie die Umgebungsvariable &lt;code&gt;QM_GUIDE_DIR&lt;/code&gt; auf einen Ordner mit dem Handbuch (&lt;code&gt;docs/guide&lt;/code&gt; im Quellbaum) und öffnen Sie es erneut.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>qm::ViewState</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Spalten zurücksetzen</translation>
    </message>
</context>
<context>
    <name>qm::WorkspaceHost</name>
    <message>
        <source>Workspaces</source>
        <translation>Arbeitsbereiche</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
</context>
<context>
    <name>qm::audit</name>
    <message>
        <source>read the audit log</source>
        <translation>das Prüfprotokoll lesen</translation>
    </message>
    <message>
        <source>count audit log entries</source>
        <translation>die Einträge des Prüfprotokolls zählen</translation>
    </message>
    <message>
        <source>read the audit chain&apos;s head</source>
        <translation>den Kopf der Audit-Kette lesen</translation>
    </message>
    <message>
        <source>verify the audit chain</source>
        <translation>die Audit-Kette prüfen</translation>
    </message>
</context>
<context>
    <name>qm::audit::AuditExport</name>
    <message>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Could not write %1 (disk full?).</source>
        <translation>%1 konnte nicht geschrieben werden (Datenträger voll?).</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>%1 konnte nicht in %2 umbenannt werden.</translation>
    </message>
</context>
<context>
    <name>qm::audit::Checkpoint</name>
    <message>
        <source>Not an audit checkpoint: %1</source>
        <translation>Kein Audit-Checkpoint: %1</translation>
    </message>
    <message>
        <source>the format is not %1</source>
        <translation>das Format ist nicht %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string</source>
        <translation>„%1“ fehlt oder ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>&quot;id&quot; is not a positive number</source>
        <translation>„id“ ist keine positive Zahl</translation>
    </message>
    <message>
        <source>&quot;hash&quot; is not 64 hex digits</source>
        <translation>„hash“ besteht nicht aus 64 Hex-Ziffern</translation>
    </message>
    <message>
        <source>&quot;signature&quot; is not a base64 Ed25519 signature</source>
        <translation>„signature“ ist keine Base64-Ed25519-Signatur</translation>
    </message>
    <message>
        <source>No checkpoint folder given.</source>
        <translation>Kein Checkpoint-Ordner angegeben.</translation>
    </message>
    <message>
        <source>Cannot create the checkpoint folder %1.</source>
        <translation>Der Checkpoint-Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint %1.</source>
        <translation>Der Checkpoint %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>The checkpoint folder %1 does not exist.</source>
        <translation>Der Checkpoint-Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot read %1 (or it is too large to be a checkpoint).</source>
        <translation>%1 kann nicht gelesen werden (oder ist zu groß für einen Checkpoint).</translation>
    </message>
    <message>
        <source>Not an audit checkpoint: not a JSON object</source>
        <translation>Kein Audit-Checkpoint: kein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>qm::audit::CheckpointKeys</name>
    <message>
        <source>The keychain has no audit checkpoint key. Generate or import one in File ▸ Settings ▸ Audit, or run qmctl audit keygen --keychain.</source>
        <translation>Der Schlüsselbund enthält keinen Schlüssel für Audit-Checkpoints. Erzeugen oder importieren Sie einen unter Datei ▸ Einstellungen ▸ Audit, oder führen Sie qmctl audit keygen --keychain aus.</translation>
    </message>
    <message>
        <source>The audit checkpoint key could not be read from the keychain: %1</source>
        <translation>Der Schlüssel für Audit-Checkpoints konnte nicht aus dem Schlüsselbund gelesen werden: %1</translation>
    </message>
    <message>
        <source>The keychain&apos;s audit checkpoint key is not an Ed25519 private key: %1</source>
        <translation>Der Schlüssel für Audit-Checkpoints im Schlüsselbund ist kein privater Ed25519-Schlüssel: %1</translation>
    </message>
    <message>
        <source>Only a private key can sign checkpoints; this is a public key.</source>
        <translation>Nur ein privater Schlüssel kann Checkpoints signieren; dies ist ein öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot write the public key to %1: %2</source>
        <translation>Der öffentliche Schlüssel kann nicht nach %1 geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>qm::audit::CheckpointWriter</name>
    <message>
        <source>No database connection for the audit checkpoint.</source>
        <translation>Keine Datenbankverbindung für den Audit-Checkpoint.</translation>
    </message>
    <message>
        <source>The database did not answer in time for the audit checkpoint.</source>
        <translation>Die Datenbank hat nicht rechtzeitig für den Audit-Checkpoint geantwortet.</translation>
    </message>
</context>
<context>
    <name>qm::audit::ConsoleCheckpoints</name>
    <message>
        <source>The audit checkpoint key has not arrived from the keychain.</source>
        <translation>Der Schlüssel für Audit-Checkpoints ist noch nicht aus dem Schlüsselbund eingetroffen.</translation>
    </message>
</context>
<context>
    <name>qm::audit::Ed25519Key</name>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Die Schlüsseldatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 ist zu groß für eine Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Could not generate an Ed25519 key.</source>
        <translation>Es konnte kein Ed25519-Schlüssel erzeugt werden.</translation>
    </message>
    <message>
        <source>This is not a PEM private key.</source>
        <translation>Das ist kein privater PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>This private key is not an Ed25519 key.</source>
        <translation>Dieser private Schlüssel ist kein Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>This is not a PEM public key.</source>
        <translation>Das ist kein öffentlicher PEM-Schlüssel.</translation>
    </message>
    <message>
        <source>This public key is not an Ed25519 key.</source>
        <translation>Dieser öffentliche Schlüssel ist kein Ed25519-Schlüssel.</translation>
    </message>
    <message>
        <source>The signing key %1 is readable by other users: run chmod 600 on it (and consider it known to them).</source>
        <translation>Der Signaturschlüssel %1 ist für andere Benutzer lesbar: Führen Sie chmod 600 darauf aus (und betrachten Sie ihn als ihnen bekannt).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>This key cannot sign: it is a public key.</source>
        <translation>Dieser Schlüssel kann nicht signieren: Er ist ein öffentlicher Schlüssel.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>Das Signieren ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>There is no private key to write.</source>
        <translation>Es gibt keinen privaten Schlüssel zum Schreiben.</translation>
    </message>
    <message>
        <source>%1 or %2 exists already: nothing was written (a key is never overwritten).</source>
        <translation>%1 oder %2 existiert bereits: Nichts wurde geschrieben (ein Schlüssel wird nie überschrieben).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>%1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>qm::audit::VerifyReport</name>
    <message>
        <source>Row %1 was changed after it was written: its hash does not match its content (first bad id %1).</source>
        <translation>Zeile %1 wurde nach dem Schreiben geändert: Ihr Hash passt nicht zu ihrem Inhalt (erste fehlerhafte ID %1).</translation>
    </message>
    <message>
        <source>The rows before id %1 are gone: row %1 is the first row but does not start the chain (first bad id %1).</source>
        <translation>Die Zeilen vor ID %1 fehlen: Zeile %1 ist die erste Zeile, beginnt aber nicht die Kette (erste fehlerhafte ID %1).</translation>
    </message>
    <message>
        <source>The chain breaks between row %1 and row %2: a row between them was deleted, or row %1 was rewritten (first bad id %2).</source>
        <translation>Die Kette bricht zwischen Zeile %1 und Zeile %2: Eine Zeile dazwischen wurde gelöscht, oder Zeile %1 wurde neu geschrieben (erste fehlerhafte ID %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checkpoint %1 is not signed by the key %2: it was forged or changed after signing, and proves nothing.</source>
        <translation>Checkpoint %1 ist nicht mit dem Schlüssel %2 signiert: Er wurde gefälscht oder nach dem Signieren geändert und beweist nichts.</translation>
    </message>
    <message>
        <source>Checkpoint %1 is for %2, not this database: skipped.</source>
        <translation>Checkpoint %1 gehört zu %2, nicht zu dieser Datenbank: übersprungen.</translation>
    </message>
    <message>
        <source>Rows %1..%2 are gone; checkpoint %3 signed at %4.</source>
        <translation>Die Zeilen %1..%2 fehlen; Checkpoint %3 wurde am %4 signiert.</translation>
    </message>
    <message>
        <source>Row %1 is gone; checkpoint %2 signed at %3 pins it.</source>
        <translation>Zeile %1 fehlt; Checkpoint %2, signiert am %3, hält sie fest.</translation>
    </message>
    <message>
        <source>The chain verifies but checkpoint %1&apos;s hash for id %2 no longer matches: the audit log was recomputed after %3.</source>
        <translation>Die Kette ist gültig, aber der Hash von Checkpoint %1 für ID %2 passt nicht mehr: Das Prüfprotokoll wurde nach %3 neu berechnet.</translation>
    </message>
    <message>
        <source>Checkpoint %1&apos;s hash for id %2 no longer matches (signed at %3).</source>
        <translation>Der Hash von Checkpoint %1 für ID %2 passt nicht mehr (signiert am %3).</translation>
    </message>
    <message>
        <source>Rows after id %1 (up to %2) are not anchored by a checkpoint yet: a rewrite of those alone would not be detected.</source>
        <translation>Die Zeilen nach ID %1 (bis %2) sind noch durch keinen Checkpoint verankert: Ein Umschreiben nur dieser Zeilen würde nicht erkannt.</translation>
    </message>
    <message>
        <source>No checkpoints given (--checkpoints DIR --pubkey FILE): a chain recomputed by a database superuser would verify.</source>
        <translation>Keine Checkpoints angegeben (--checkpoints ORDNER --pubkey DATEI): Eine von einem Datenbank-Superuser neu berechnete Kette wäre gültig.</translation>
    </message>
</context>
<context>
    <name>qm::backend</name>
    <message>
        <source>Your database role may not %1 on this store: nothing was sent to Vendure.</source>
        <translation>Ihre Datenbankrolle darf in diesem Shop nicht „%1“: Es wurde nichts an Vendure gesendet.</translation>
    </message>
    <message>
        <source>Request id %1 was already used for another action: nothing was sent to Vendure.</source>
        <translation>Die Anfrage-ID %1 wurde bereits für eine andere Aktion verwendet: Nichts wurde an Vendure gesendet.</translation>
    </message>
    <message>
        <source>The audit log refused to record the intent, so nothing was sent to Vendure: %1</source>
        <translation>Das Prüfprotokoll hat das Festhalten der Absicht abgelehnt, daher wurde nichts an Vendure gesendet: %1</translation>
    </message>
    <message>
        <source>An earlier attempt of this request (%1) may have reached Vendure, but its outcome was never recorded: nothing was sent again. Reload, check, and act again as a new request.</source>
        <translation>Ein früherer Versuch dieser Anfrage (%1) hat Vendure vielleicht erreicht, aber sein Ergebnis wurde nie festgehalten: Nichts wurde erneut gesendet. Laden Sie neu, prüfen Sie, und handeln Sie erneut als neue Anfrage.</translation>
    </message>
    <message>
        <source>record the outcome in the audit log</source>
        <translation>das Ergebnis im Prüfprotokoll festhalten</translation>
    </message>
    <message>
        <source>This request was sent to Vendure before and refused: %1 Nothing was sent again.</source>
        <translation>Diese Anfrage wurde schon einmal an Vendure gesendet und abgelehnt: %1 Nichts wurde erneut gesendet.</translation>
    </message>
</context>
<context>
    <name>qm::backends::Gate</name>
    <message>
        <source>the catalog edit</source>
        <translation>die Katalogbearbeitung</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>der Import</translation>
    </message>
    <message>
        <source>the stock adjustment</source>
        <translation>die Bestandskorrektur</translation>
    </message>
    <message>
        <source>the stock count</source>
        <translation>die Inventurzählung</translation>
    </message>
    <message>
        <source>releasing the reservation</source>
        <translation>die Freigabe der Reservierung</translation>
    </message>
    <message>
        <source>releasing expired reservations</source>
        <translation>die Freigabe abgelaufener Reservierungen</translation>
    </message>
    <message>
        <source>the drift repair</source>
        <translation>die Reparatur der Abweichung</translation>
    </message>
    <message>
        <source>the order action</source>
        <translation>die Bestellaktion</translation>
    </message>
</context>
<context>
    <name>qm::cache::CacheConnection</name>
    <message>
        <source>The cache connection was closed.</source>
        <translation>Die Cache-Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>No Redis master serves this key.</source>
        <translation>Kein Redis-Master bedient diesen Schlüssel.</translation>
    </message>
    <message>
        <source>%1 is not part of this deployment.</source>
        <translation>%1 gehört nicht zu dieser Installation.</translation>
    </message>
</context>
<context>
    <name>qm::cache::KeyspaceScan</name>
    <message>
        <source>No Redis master to scan.</source>
        <translation>Kein Redis-Master zum Durchsuchen.</translation>
    </message>
</context>
<context>
    <name>qm::cache::RedisPurgeAction</name>
    <message>
        <source>Purge product %1 from Redis and Varnish</source>
        <translation>Produkt %1 aus Redis und Varnish löschen</translation>
    </message>
    <message>
        <source>Stopped by you after %1 keys were deleted; the rest are still there.</source>
        <translation>Von Ihnen angehalten, nachdem %1 Schlüssel gelöscht waren; der Rest ist noch da.</translation>
    </message>
    <message>
        <source>Deleting on %1</source>
        <translation>Lösche auf %1</translation>
    </message>
    <message>
        <source>Deleting the members of %1</source>
        <translation>Lösche die Mitglieder von %1</translation>
    </message>
    <message>
        <source>%1 keys deleted in %2 ms</source>
        <translation>%1 Schlüssel in %2 ms gelöscht</translation>
    </message>
    <message>
        <source>%1 keys in protected namespaces were left alone.</source>
        <translation>%1 Schlüssel in geschützten Namensräumen wurden nicht angetastet.</translation>
    </message>
    <message>
        <source>Shoppers&apos; round trip while purging: p99 %1 ms over %2 probes (budget %3 ms)</source>
        <translation>Antwortzeit für Kunden während des Löschens: p99 %1 ms über %2 Messungen (Budget %3 ms)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 is not a tag set (not a Redis set).</source>
        <translation>%1 ist keine Tag-Menge (kein Redis-Set).</translation>
    </message>
    <message>
        <source>Redis at %1 stopped answering after %2 keys were deleted. Nothing was rolled back; run the purge again to finish.</source>
        <translation>Redis auf %1 hat nach %2 gelöschten Schlüsseln aufgehört zu antworten. Nichts wurde zurückgenommen; starten Sie den Löschvorgang erneut, um ihn abzuschließen.</translation>
    </message>
    <message>
        <source>Purge the Redis keys matching %1</source>
        <translation>Die Redis-Schlüssel löschen, die auf %1 passen</translation>
    </message>
    <message>
        <source>Purge the Redis keys tagged %1</source>
        <translation>Die mit %1 markierten Redis-Schlüssel löschen</translation>
    </message>
    <message>
        <source>Purge product %1 from the Redis cache</source>
        <translation>Produkt %1 aus dem Redis-Cache löschen</translation>
    </message>
    <message>
        <source>The pattern %1 reaches into the protected namespace %2.</source>
        <translation>Das Muster %1 reicht in den geschützten Namensraum %2.</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>Das Muster ist leer.</translation>
    </message>
    <message>
        <source>The tag is empty.</source>
        <translation>Das Tag ist leer.</translation>
    </message>
    <message>
        <source>The product id is empty.</source>
        <translation>Die Produkt-ID ist leer.</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>Schlüssel</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) on %1</source>
        <translation>
            <numerusform>%n Schlüssel auf %1</numerusform>
            <numerusform>%n Schlüssel auf %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 masters (%2)</source>
        <translation>%1 Master (%2)</translation>
    </message>
    <message>
        <source>Frees %1 (MEMORY USAGE of every key)</source>
        <translation>Gibt %1 frei (MEMORY USAGE jedes Schlüssels)</translation>
    </message>
    <message>
        <source>Frees about %1 (estimated: MEMORY USAGE of %2 sampled keys, extrapolated to %3)</source>
        <translation>Gibt etwa %1 frei (geschätzt: MEMORY USAGE von %2 Stichproben, hochgerechnet auf %3)</translation>
    </message>
    <message>
        <source>%1 tag-set members point to keys that have expired; they go with the set.</source>
        <translation>%1 Mitglieder von Tag-Mengen verweisen auf abgelaufene Schlüssel; sie werden mit der Menge entfernt.</translation>
    </message>
    <message>
        <source>%1 matching keys are in protected namespaces (%2)%3.</source>
        <translation>%1 passende Schlüssel liegen in geschützten Namensräumen (%2)%3.</translation>
    </message>
    <message>
        <source>, e.g. %1</source>
        <translation>, z. B. %1</translation>
    </message>
    <message>
        <source>Unlock protected namespaces for this one purge to include them.</source>
        <translation>Geben Sie geschützte Namensräume für diesen einen Löschvorgang frei, um sie einzuschließen.</translation>
    </message>
    <message>
        <source>Protected namespaces are unlocked for this purge: sessions and carts that match will be deleted.</source>
        <translation>Geschützte Namensräume sind für diesen Löschvorgang freigegeben: Passende Sitzungen und Warenkörbe werden gelöscht.</translation>
    </message>
    <message>
        <source>Nothing matches: the purge would delete nothing.</source>
        <translation>Nichts passt: Der Löschvorgang würde nichts löschen.</translation>
    </message>
    <message>
        <source>Verified: nothing the purge covers is left.</source>
        <translation>Geprüft: Vom Löschumfang ist nichts übrig.</translation>
    </message>
    <message>
        <source>%1 keys still match and %2 of the %3 sampled keys exist (written again since the purge, or not reached), e.g. %4</source>
        <translation>%1 Schlüssel passen noch und %2 der %3 Stichproben existieren (seit dem Löschen neu geschrieben oder nicht erreicht), z. B. %4</translation>
    </message>
    <message>
        <source>%1 was at times slower than the budget on its own (idle p90 up to %2 ms): paced to the idle latency + %3 ms then.</source>
        <translation>%1 war zeitweise schon von sich aus langsamer als das Budget (Leerlauf-p90 bis %2 ms): dann auf die Leerlauflatenz + %3 ms getaktet.</translation>
    </message>
    <message>
        <source>The pattern %1 has a &apos;[&apos; at position %2 that no &apos;]&apos; closes. Close it, or write \[ for a literal &apos;[&apos;.</source>
        <translation>Das Muster %1 hat an Position %2 eine &apos;[&apos;, die keine &apos;]&apos; schließt. Schließen Sie sie, oder schreiben Sie \[ für eine wörtliche &apos;[&apos;.</translation>
    </message>
    <message>
        <source>The pattern %1 ends in a lone &apos;\&apos; at position %2. Remove it, or write \\ for a literal backslash.</source>
        <translation>Das Muster %1 endet an Position %2 mit einem einzelnen &apos;\&apos;. Entfernen Sie ihn, oder schreiben Sie \\ für einen wörtlichen Backslash.</translation>
    </message>
</context>
<context>
    <name>qm::cache::RedisSync</name>
    <message>
        <source>A blocking Redis call was refused on the GUI thread.</source>
        <translation>Ein blockierender Redis-Aufruf im GUI-Thread wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer within %2 ms.</source>
        <translation>Redis auf %1 hat nicht innerhalb von %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>Redis at %1 refused %2: %3</source>
        <translation>Redis auf %1 hat %2 abgelehnt: %3</translation>
    </message>
</context>
<context>
    <name>qm::cache::TagReapAction</name>
    <message>
        <source>Reap the members of tag sets %1 whose keys have expired</source>
        <translation>Die Mitglieder der Tag-Mengen %1 entfernen, deren Schlüssel abgelaufen sind</translation>
    </message>
    <message>
        <source>members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <source>%1: %2 of %3 members expired</source>
        <translation>%1: %2 von %3 Mitgliedern abgelaufen</translation>
    </message>
    <message>
        <source>%1 tag sets, %2 members, %3 of them point to expired keys</source>
        <translation>%1 Tag-Mengen, %2 Mitglieder, davon %3 mit Verweis auf abgelaufene Schlüssel</translation>
    </message>
    <message>
        <source>Only set members are removed: no cached key is deleted.</source>
        <translation>Nur Mitglieder der Mengen werden entfernt: Kein zwischengespeicherter Schlüssel wird gelöscht.</translation>
    </message>
    <message>
        <source>Stopped by you.</source>
        <translation>Von Ihnen angehalten.</translation>
    </message>
    <message>
        <source>Reaping %1</source>
        <translation>Räume %1 auf</translation>
    </message>
    <message>
        <source>%1 expired members removed</source>
        <translation>%1 abgelaufene Mitglieder entfernt</translation>
    </message>
    <message>
        <source>Verified: the reaped tag sets hold no expired member.</source>
        <translation>Geprüft: Die aufgeräumten Tag-Mengen enthalten kein abgelaufenes Mitglied.</translation>
    </message>
    <message>
        <source>%1 members expired since (keys expire all the time).</source>
        <translation>%1 Mitglieder sind seitdem abgelaufen (Schlüssel laufen ständig ab).</translation>
    </message>
</context>
<context>
    <name>qm::cache::TopologyResolver</name>
    <message>
        <source>The profile names no Redis server.</source>
        <translation>Das Profil nennt keinen Redis-Server.</translation>
    </message>
    <message>
        <source>%1 does not monitor a master named %2.</source>
        <translation>%1 überwacht keinen Master namens %2.</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 antwortete %2.</translation>
    </message>
    <message>
        <source>%1 names %2 as master, but it is not one (yet).</source>
        <translation>%1 nennt %2 als Master, aber der ist (noch) keiner.</translation>
    </message>
    <message>
        <source>No Sentinel could name the Redis master %1.</source>
        <translation>Kein Sentinel konnte den Redis-Master %1 benennen.</translation>
    </message>
    <message>
        <source>No Redis Cluster seed answered.</source>
        <translation>Kein Startknoten des Redis-Clusters hat geantwortet.</translation>
    </message>
    <message>
        <source>Unexpected CLUSTER SHARDS reply.</source>
        <translation>Unerwartete Antwort auf CLUSTER SHARDS.</translation>
    </message>
    <message>
        <source>The cluster reports no master serving slotRanges.</source>
        <translation>Der Cluster meldet keinen Master, der die slotRanges bedient.</translation>
    </message>
    <message>
        <source>Unexpected CLUSTER SLOTS reply.</source>
        <translation>Unerwartete Antwort auf CLUSTER SLOTS.</translation>
    </message>
</context>
<context>
    <name>qm::cache::VarnishClient</name>
    <message>
        <source>A Varnish ban regex may not contain quotes or line breaks.</source>
        <translation>Ein regulärer Ausdruck für einen Varnish-Bann darf keine Anführungszeichen oder Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>Kein gültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>A blocking Varnish call was refused on the GUI thread.</source>
        <translation>Ein blockierender Varnish-Aufruf im GUI-Thread wurde abgelehnt.</translation>
    </message>
    <message>
        <source>%1 did not answer /.qm/varnish with JSON.</source>
        <translation>%1 hat /.qm/varnish nicht mit JSON beantwortet.</translation>
    </message>
    <message>
        <source>A ban needs a URL or a host regex.</source>
        <translation>Ein Bann braucht einen regulären Ausdruck für URL oder Host.</translation>
    </message>
    <message>
        <source>Varnish at %1 refused the ban: %2 %3</source>
        <translation>Varnish auf %1 hat den Bann abgelehnt: %2 %3</translation>
    </message>
    <message>
        <source>No tag to purge.</source>
        <translation>Kein Tag zum Löschen.</translation>
    </message>
    <message>
        <source>Varnish at %1 refused the purge: %2 %3</source>
        <translation>Varnish auf %1 hat das Löschen abgelehnt: %2 %3</translation>
    </message>
    <message>
        <source>Varnish at %1 did not say how many objects it purged (no X-Purged: is the xkey VCL installed?).</source>
        <translation>Varnish auf %1 hat nicht gemeldet, wie viele Objekte gelöscht wurden (kein X-Purged: Ist die xkey-VCL installiert?).</translation>
    </message>
    <message>
        <source>The Varnish call was cancelled.</source>
        <translation>Der Varnish-Aufruf wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>qm::cache::VarnishMonitor</name>
    <message>
        <source>not JSON</source>
        <translation>kein JSON</translation>
    </message>
</context>
<context>
    <name>qm::cache::VarnishPurgeAction</name>
    <message>
        <source>Purge the Varnish pages tagged %1</source>
        <translation>Die mit %1 markierten Varnish-Seiten löschen</translation>
    </message>
    <message>
        <source>Ban the Varnish pages of hosts %1 with URLs %2</source>
        <translation>Die Varnish-Seiten der Hosts %1 mit URLs %2 bannen</translation>
    </message>
    <message>
        <source>Ban the Varnish pages of hosts matching %1</source>
        <translation>Die Varnish-Seiten der Hosts, die auf %1 passen, bannen</translation>
    </message>
    <message>
        <source>Ban the Varnish pages with URLs matching %1</source>
        <translation>Die Varnish-Seiten mit URLs, die auf %1 passen, bannen</translation>
    </message>
    <message>
        <source>The profile names no Varnish instance.</source>
        <translation>Das Profil nennt keine Varnish-Instanz.</translation>
    </message>
    <message>
        <source>A ban needs a URL or a host regex.</source>
        <translation>Ein Bann braucht einen regulären Ausdruck für URL oder Host.</translation>
    </message>
    <message>
        <source>No tag to purge.</source>
        <translation>Kein Tag zum Löschen.</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>Objekte</translation>
    </message>
    <message>
        <source>%1: no ban list or counters (%2)</source>
        <translation>%1: keine Bannliste oder Zähler (%2)</translation>
    </message>
    <message>
        <source>%1: %2 objects cached, ban list length %3</source>
        <translation>%1: %2 Objekte im Cache, Länge der Bannliste %3</translation>
    </message>
    <message>
        <source>This regex matches every URL: the whole cache is invalidated and the origin serves every page again.</source>
        <translation>Dieser reguläre Ausdruck passt auf jede URL: Der ganze Cache wird invalidiert und der Ursprungsserver liefert jede Seite neu aus.</translation>
    </message>
    <message>
        <source>Stopped by you after %1 of %2 instances.</source>
        <translation>Von Ihnen angehalten nach %1 von %2 Instanzen.</translation>
    </message>
    <message>
        <source>Invalidating on %1</source>
        <translation>Invalidiere auf %1</translation>
    </message>
    <message>
        <source>%1: %2 objects purged</source>
        <translation>%1: %2 Objekte gelöscht</translation>
    </message>
    <message>
        <source>%1: ban added (%2)</source>
        <translation>%1: Bann hinzugefügt (%2)</translation>
    </message>
    <message>
        <source>%1 (after %2 of %3 instances)</source>
        <translation>%1 (nach %2 von %3 Instanzen)</translation>
    </message>
    <message>
        <source>%1: cannot read the ban list (%2)</source>
        <translation>%1: Bannliste kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <source>%1: the ban is not in the ban list</source>
        <translation>%1: Der Bann steht nicht in der Bannliste</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2: %3</translation>
    </message>
    <message>
        <source>%1%2 is still served from the cache</source>
        <translation>%1%2 wird noch aus dem Cache ausgeliefert</translation>
    </message>
    <message numerus="yes">
        <source>Verified on %n check(s).</source>
        <translation>
            <numerusform>Bei %n Prüfung bestätigt.</numerusform>
            <numerusform>Bei %n Prüfungen bestätigt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every instance was invalidated.</source>
        <translation>Nicht jede Instanz wurde invalidiert.</translation>
    </message>
    <message numerus="yes">
        <source>Varnish cannot count in advance what this invalidates: at most the %1 objects cached on %n instance(s).</source>
        <translation>
            <numerusform>Varnish kann nicht vorab zählen, was dies ungültig macht: höchstens die %1 Objekte im Cache auf %n Instanz.</numerusform>
            <numerusform>Varnish kann nicht vorab zählen, was dies ungültig macht: höchstens die %1 Objekte im Cache auf %n Instanzen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::capacity::Annotations</name>
    <message>
        <source>Purge</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Massenänderung</translation>
    </message>
    <message>
        <source>Switchover</source>
        <translation>Switchover</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Wartung</translation>
    </message>
    <message>
        <source>Load test</source>
        <translation>Lasttest</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>Highest stable rate: %1 orders/s</source>
        <translation>Höchste stabile Rate: %1 Bestellungen/s</translation>
    </message>
    <message>
        <source> (recorded peak %1 orders/s)</source>
        <translation> (aufgezeichnete Spitze %1 Bestellungen/s)</translation>
    </message>
    <message>
        <source>First to saturate: %1</source>
        <translation>Zuerst ausgelastet: %1</translation>
    </message>
    <message>
        <source>Closest to its limit: %1</source>
        <translation>Am nächsten an seiner Grenze: %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
</context>
<context>
    <name>qm::capacity::DirectSampler</name>
    <message>
        <source>sampling PostgreSQL and Redis every %1 s</source>
        <translation>PostgreSQL und Redis alle %1 s abgefragt</translation>
    </message>
    <message>
        <source>sampling PostgreSQL every %1 s</source>
        <translation>PostgreSQL alle %1 s abgefragt</translation>
    </message>
    <message>
        <source>capacity sample</source>
        <translation>Kapazitätsprobe</translation>
    </message>
    <message>
        <source>capacity sample (replica lag)</source>
        <translation>Kapazitätsprobe (Replikatsverzögerung)</translation>
    </message>
    <message>
        <source>Redis refused INFO: %1</source>
        <translation>Redis hat INFO verweigert: %1</translation>
    </message>
    <message>
        <source>Redis did not answer INFO in time.</source>
        <translation>Redis hat INFO nicht rechtzeitig beantwortet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs Prometheus: add its URL to the connection profile.</source>
        <translation>„%1“ braucht Prometheus: Tragen Sie dessen URL ins Verbindungsprofil ein.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a series the direct sampler records (%2).</source>
        <translation>„%1“ ist keine Reihe, die die direkte Abfrage erfasst (%2).</translation>
    </message>
    <message>
        <source>max_connections (%1)</source>
        <translation>max_connections (%1)</translation>
    </message>
    <message>
        <source>maxmemory (%1 MB)</source>
        <translation>maxmemory (%1 MB)</translation>
    </message>
</context>
<context>
    <name>qm::capacity::ForecastText</name>
    <message numerus="yes">
        <source>Too little history for a forecast (%n samples).</source>
        <translation>
            <numerusform>Zu wenig Verlauf für eine Prognose (%n Messwert).</numerusform>
            <numerusform>Zu wenig Verlauf für eine Prognose (%n Messwerte).</numerusform>
        </translation>
    </message>
    <message>
        <source>linear trend</source>
        <translation>linearer Trend</translation>
    </message>
    <message>
        <source>Holt-Winters (additive, %1 season)</source>
        <translation>Holt-Winters (additiv, Saison %1)</translation>
    </message>
    <message>
        <source>, MAPE %1 %</source>
        <translation>, MAPE %1 %</translation>
    </message>
    <message>
        <source>, RMSE %1</source>
        <translation>, RMSE %1</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>weniger als eine Minute</translation>
    </message>
    <message>
        <source>~%1 min</source>
        <translation>~%1 min</translation>
    </message>
    <message>
        <source>~%1 h %2 min</source>
        <translation>~%1 h %2 min</translation>
    </message>
    <message>
        <source>~%1 h</source>
        <translation>~%1 h</translation>
    </message>
    <message>
        <source>~%1 d %2 h</source>
        <translation>~%1 T %2 h</translation>
    </message>
    <message>
        <source>~%1 d</source>
        <translation>~%1 T</translation>
    </message>
    <message>
        <source>No forecast for %1.</source>
        <translation>Keine Prognose für %1.</translation>
    </message>
    <message>
        <source>%1 is at or above %2 now (%3).</source>
        <translation>%1 ist jetzt bei oder über %2 (%3).</translation>
    </message>
    <message>
        <source>%1 is at or below %2 now (%3).</source>
        <translation>%1 ist jetzt bei oder unter %2 (%3).</translation>
    </message>
    <message>
        <source>%1 stays below %2 for the next %3 at this trend</source>
        <translation>%1 bleibt bei diesem Trend die nächsten %3 unter %2</translation>
    </message>
    <message>
        <source>%1 stays above %2 for the next %3 at this trend</source>
        <translation>%1 bleibt bei diesem Trend die nächsten %3 über %2</translation>
    </message>
    <message>
        <source> (the band reaches it in %1)</source>
        <translation> (das Band erreicht es in %1)</translation>
    </message>
    <message>
        <source> (%1).</source>
        <translation> (%1).</translation>
    </message>
    <message>
        <source>%1 reaches %2 in %3 at this trend</source>
        <translation>%1 erreicht %2 in %3 bei diesem Trend</translation>
    </message>
    <message>
        <source>%1 falls to %2 in %3 at this trend</source>
        <translation>%1 fällt auf %2 in %3 bei diesem Trend</translation>
    </message>
    <message>
        <source>beyond %1</source>
        <translation>jenseits von %1</translation>
    </message>
    <message>
        <source> (between %1 and %2; %3).</source>
        <translation> (zwischen %1 und %2; %3).</translation>
    </message>
</context>
<context>
    <name>qm::capacity::KnownSeries</name>
    <message>
        <source>DB connections</source>
        <translation>DB-Verbindungen</translation>
    </message>
    <message>
        <source>DB transactions/s</source>
        <translation>DB-Transaktionen/s</translation>
    </message>
    <message>
        <source>DB cache hit ratio</source>
        <translation>DB-Cache-Trefferquote</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Replikationsverzögerung</translation>
    </message>
    <message>
        <source>Redis operations/s</source>
        <translation>Redis-Operationen/s</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Redis-Speicher</translation>
    </message>
    <message>
        <source>Redis hit ratio</source>
        <translation>Redis-Trefferquote</translation>
    </message>
    <message>
        <source>Redis evictions/s</source>
        <translation>Redis-Verdrängungen/s</translation>
    </message>
    <message>
        <source>CPU busy</source>
        <translation>CPU belegt</translation>
    </message>
    <message>
        <source>Disk used</source>
        <translation>Belegter Plattenplatz</translation>
    </message>
    <message>
        <source>Orders/min</source>
        <translation>Bestellungen/min</translation>
    </message>
    <message>
        <source>Revenue/min</source>
        <translation>Umsatz/min</translation>
    </message>
    <message>
        <source>Payment failure rate</source>
        <translation>Quote fehlgeschlagener Zahlungen</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Warenkorbabbrüche</translation>
    </message>
    <message>
        <source>Checkout time (mean)</source>
        <translation>Checkout-Dauer (Mittel)</translation>
    </message>
    <message>
        <source>Expected orders/min</source>
        <translation>Erwartete Bestellungen/min</translation>
    </message>
    <message>
        <source>Order queue backlog</source>
        <translation>Rückstau der Bestell-Queue</translation>
    </message>
    <message>
        <source>Checkout time (p95)</source>
        <translation>Checkout-Dauer (p95)</translation>
    </message>
    <message>
        <source>Checkout time (median)</source>
        <translation>Checkout-Dauer (Median)</translation>
    </message>
</context>
<context>
    <name>qm::capacity::LoadTestRunner</name>
    <message>
        <source>%1 orders/s</source>
        <translation>%1 Bestellungen/s</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>A ramp is a list of order rates per second such as 10,20,40; &quot;%1&quot; is not a positive number.</source>
        <translation>Eine Rampe ist eine Liste von Bestellraten pro Sekunde wie 10,20,40; „%1“ ist keine positive Zahl.</translation>
    </message>
    <message>
        <source>A ramp is a list of order rates per second such as 10,20,40.</source>
        <translation>Eine Rampe ist eine Liste von Bestellraten pro Sekunde wie 10,20,40.</translation>
    </message>
    <message>
        <source>The load test failed: %1</source>
        <translation>Der Lasttest ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Highest stable rate: %1 (achieved %2, checkout p95 %3, %4 errors).</source>
        <translation>Höchste stabile Rate: %1 (erreicht %2, Checkout p95 %3, %4 Fehler).</translation>
    </message>
    <message>
        <source>No step held: the lowest rate tested already broke.</source>
        <translation>Kein Schritt hielt: Schon die niedrigste getestete Rate scheiterte.</translation>
    </message>
    <message>
        <source>Broke at %1: %2.</source>
        <translation>Gescheitert bei %1: %2.</translation>
    </message>
    <message>
        <source>Every step held: the breaking point is above %1; extend the ramp.</source>
        <translation>Jeder Schritt hielt: Die Belastungsgrenze liegt über %1; verlängern Sie die Rampe.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n step(s).</source>
        <translation>
            <numerusform>Nach %n Schritt abgebrochen.</numerusform>
            <numerusform>Nach %n Schritten abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Provision slightly above the highest tested stable limit: plan for peaks up to %1 and keep the store able to sustain more than that (re-run at 150 % of the recorded peak after changes).</source>
        <translation>Planen Sie etwas über der höchsten getesteten stabilen Grenze: Rechnen Sie mit Spitzen bis %1 und halten Sie den Shop in der Lage, mehr als das zu tragen (nach Änderungen erneut mit 150 % der aufgezeichneten Spitze laufen lassen).</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>Load tests place real orders and load the servers: they run only on sandbox and staging profiles, never on production.</source>
        <translation>Lasttests geben echte Bestellungen auf und belasten die Server: Sie laufen nur auf Sandbox- und Staging-Profilen, nie in der Produktion.</translation>
    </message>
    <message>
        <source>no ramp, metrics port or simulator to run</source>
        <translation>keine Rampe, kein Metrik-Port oder kein Simulator zum Ausführen</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
    <message>
        <source>the simulator exited with code %1 during the step at %2: %3</source>
        <translation>der Simulator endete mit Code %1 während des Schritts bei %2: %3</translation>
    </message>
    <message>
        <source>no answer from the simulator&apos;s metrics on port %1: %2</source>
        <translation>keine Antwort von den Metriken des Simulators auf Port %1: %2</translation>
    </message>
    <message>
        <source>no checkout in the step</source>
        <translation>kein Checkout im Schritt</translation>
    </message>
    <message>
        <source>checkout p95 %1 over %2</source>
        <translation>Checkout p95 %1 über %2</translation>
    </message>
    <message>
        <source>%1 of checkouts failed (limit %2)</source>
        <translation>%1 der Checkouts fehlgeschlagen (Grenze %2)</translation>
    </message>
    <message>
        <source>the store placed %1 of the %2 asked</source>
        <translation>der Shop hat %1 der angefragten %2 aufgegeben</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4 of its limit)</source>
        <translation>%1 %2 von %3 (%4 seiner Grenze)</translation>
    </message>
    <message>
        <source>A percentage ramp is a list of shares of the recorded peak such as 25,50,100,150; &quot;%1&quot; is not a positive percentage.</source>
        <translation>Eine prozentuale Rampe ist eine Liste von Anteilen an der aufgezeichneten Spitze wie 25,50,100,150; „%1“ ist kein positiver Prozentsatz.</translation>
    </message>
    <message>
        <source>A percentage ramp is a list of shares of the recorded peak such as 25,50,100,150.</source>
        <translation>Eine prozentuale Rampe ist eine Liste von Anteilen an der aufgezeichneten Spitze wie 25,50,100,150.</translation>
    </message>
    <message>
        <source>Recorded peak: %1 (%2).</source>
        <translation>Aufgezeichnete Spitze: %1 (%2).</translation>
    </message>
    <message>
        <source>First to saturate: %1 at %2.</source>
        <translation>Zuerst ausgelastet: %1 bei %2.</translation>
    </message>
    <message>
        <source>No resource reached its limit; closest: %1 at %2.</source>
        <translation>Keine Ressource hat ihre Grenze erreicht; am nächsten: %1 bei %2.</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>den Shop</translation>
    </message>
    <message>
        <source>Recommendation: no tested rate held; add capacity to %1 before the next peak.</source>
        <translation>Empfehlung: Keine getestete Rate war stabil; schaffen Sie vor der nächsten Spitze mehr Kapazität für %1.</translation>
    </message>
    <message>
        <source>Recommendation: provision above %1.</source>
        <translation>Empfehlung: Planen Sie über %1.</translation>
    </message>
    <message>
        <source>Recommendation: provision above %1 (%2 of the recorded peak); that is below 150 % of the peak, so add capacity to %3 first.</source>
        <translation>Empfehlung: Planen Sie über %1 (%2 der aufgezeichneten Spitze); das liegt unter 150 % der Spitze, schaffen Sie daher zuerst mehr Kapazität für %3.</translation>
    </message>
    <message>
        <source>Recommendation: provision above %1 (%2 of the recorded peak, enough for 150 % of it).</source>
        <translation>Empfehlung: Planen Sie über %1 (%2 der aufgezeichneten Spitze, genug für 150 % davon).</translation>
    </message>
    <message>
        <source>checkout p99 %1 over its target %2</source>
        <translation>Checkout p99 %1 über seinem Ziel %2</translation>
    </message>
    <message>
        <source>DB connections</source>
        <translation>DB-Verbindungen</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Redis-Speicher</translation>
    </message>
    <message>
        <source>Checkout p99</source>
        <translation>Checkout p99</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Fehlerrate</translation>
    </message>
</context>
<context>
    <name>qm::capacity::MemorySource</name>
    <message numerus="yes">
        <source>in-memory series (%n series)</source>
        <translation>
            <numerusform>Reihen im Speicher (%n Reihe)</numerusform>
            <numerusform>Reihen im Speicher (%n Reihen)</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders/min</source>
        <translation>Bestellungen/min</translation>
    </message>
    <message>
        <source>Expected orders/min</source>
        <translation>Erwartete Bestellungen/min</translation>
    </message>
    <message>
        <source>Checkout mean</source>
        <translation>Checkout-Mittel</translation>
    </message>
    <message>
        <source>Payment failure rate</source>
        <translation>Quote fehlgeschlagener Zahlungen</translation>
    </message>
    <message>
        <source>Queue backlog</source>
        <translation>Queue-Rückstau</translation>
    </message>
    <message>
        <source>DB connections</source>
        <translation>DB-Verbindungen</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Replikationsverzögerung</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Redis-Speicher</translation>
    </message>
    <message>
        <source>Redis hit ratio</source>
        <translation>Redis-Trefferquote</translation>
    </message>
    <message>
        <source>max_connections (100)</source>
        <translation>max_connections (100)</translation>
    </message>
    <message>
        <source>maxmemory (1 GiB)</source>
        <translation>maxmemory (1 GiB)</translation>
    </message>
    <message>
        <source>hit ratio floor (90 %)</source>
        <translation>Trefferquote-Untergrenze (90 %)</translation>
    </message>
    <message>
        <source>payment failures (3 %)</source>
        <translation>Zahlungsfehler (3 %)</translation>
    </message>
    <message>
        <source>CPU (90 %)</source>
        <translation>CPU (90 %)</translation>
    </message>
    <message>
        <source>Checkout p95</source>
        <translation>Checkout p95</translation>
    </message>
</context>
<context>
    <name>qm::capacity::PeakFinder</name>
    <message numerus="yes">
        <source>the busiest minute in %1 over the last %n day(s)</source>
        <translation>
            <numerusform>die Minute mit den meisten Bestellungen in %1 innerhalb von %n Tag</numerusform>
            <numerusform>die Minute mit den meisten Bestellungen in %1 innerhalb der letzten %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the highest qm_business_orders_per_minute in %1 over the last %n day(s)</source>
        <translation>
            <numerusform>der höchste Wert von qm_business_orders_per_minute in %1 innerhalb von %n Tag</numerusform>
            <numerusform>der höchste Wert von qm_business_orders_per_minute in %1 innerhalb der letzten %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>No order was recorded in the history the console can read: pass a peak by hand.</source>
        <translation>Im Verlauf, den die Konsole lesen kann, ist keine Bestellung aufgezeichnet: Geben Sie eine Spitze von Hand an.</translation>
    </message>
</context>
<context>
    <name>qm::capacity::PrometheusSource</name>
    <message>
        <source>Prometheus answered something that is not a query result: %1.</source>
        <translation>Prometheus hat etwas geantwortet, das kein Abfrageergebnis ist: %1.</translation>
    </message>
    <message>
        <source>Prometheus refused the query: %1 (%2).</source>
        <translation>Prometheus hat die Abfrage verweigert: %1 (%2).</translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <translation>Prometheus unter %1</translation>
    </message>
    <message>
        <source>A range query needs an expression, a positive step and an end after its start.</source>
        <translation>Eine Bereichsabfrage braucht einen Ausdruck, eine positive Schrittweite und ein Ende nach ihrem Anfang.</translation>
    </message>
    <message>
        <source>That range at that step is %1 points per series; at most %2 are asked for. Choose a coarser step or a shorter range.</source>
        <translation>Dieser Bereich ergibt bei dieser Schrittweite %1 Punkte pro Reihe; höchstens %2 werden angefragt. Wählen Sie eine gröbere Schrittweite oder einen kürzeren Bereich.</translation>
    </message>
    <message>
        <source>The query to %1 was cancelled.</source>
        <translation>Die Abfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>invalid JSON (%1 at byte %2)</source>
        <translation>ungültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>no &quot;status&quot;: &quot;success&quot;</source>
        <translation>kein &quot;status&quot;: &quot;success&quot;</translation>
    </message>
    <message>
        <source>a scalar that is not [time, &quot;value&quot;]</source>
        <translation>ein Skalar, der nicht [time, &quot;value&quot;] ist</translation>
    </message>
    <message>
        <source>result type &quot;%1&quot;</source>
        <translation>Ergebnistyp „%1“</translation>
    </message>
    <message>
        <source>a result that is not a list</source>
        <translation>ein Ergebnis, das keine Liste ist</translation>
    </message>
    <message>
        <source>The query returned %1 series; at most %2 are charted. Narrow it with label matchers or aggregate it (sum by (...)).</source>
        <translation>Die Abfrage lieferte %1 Reihen; höchstens %2 werden gezeichnet. Grenzen Sie sie mit Label-Matchern ein oder aggregieren Sie sie (sum by (...)).</translation>
    </message>
    <message>
        <source>The answer has %1 points; at most %2 are charted. Choose a shorter range, a coarser step or fewer series.</source>
        <translation>Die Antwort hat %1 Punkte; höchstens %2 werden gezeichnet. Wählen Sie einen kürzeren Bereich, eine gröbere Schrittweite oder weniger Reihen.</translation>
    </message>
    <message>
        <source>a sample that is not [time, &quot;value&quot;]</source>
        <translation>ein Messwert, der nicht [time, &quot;value&quot;] ist</translation>
    </message>
    <message>
        <source>max_connections (%1)</source>
        <translation>max_connections (%1)</translation>
    </message>
    <message>
        <source>maxmemory (%1 MB)</source>
        <translation>maxmemory (%1 MB)</translation>
    </message>
    <message>
        <source>disk size (%1 GB)</source>
        <translation>Plattengröße (%1 GB)</translation>
    </message>
</context>
<context>
    <name>qm::catalog::BulkChange</name>
    <message>
        <source>price %1%2 % (rounding: %3)</source>
        <translation>Preis %1%2 % (Rundung: %3)</translation>
    </message>
    <message>
        <source>price %1%2 (rounding: %3)</source>
        <translation>Preis %1%2 (Rundung: %3)</translation>
    </message>
    <message>
        <source>%1 = %2</source>
        <translation>%1 = %2</translation>
    </message>
</context>
<context>
    <name>qm::catalog::BulkEditAction</name>
    <message>
        <source>Bulk edit (%1) of every product the filter matches</source>
        <translation>Massenänderung (%1) jedes Produkts, auf das der Filter passt</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit (%1) of %n selected product(s)</source>
        <translation>
            <numerusform>Massenänderung (%1) von %n ausgewähltem Produkt</numerusform>
            <numerusform>Massenänderung (%1) von %n ausgewählten Produkten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n product(s)</source>
        <translation>
            <numerusform>%1 von %n Produkt ändern</numerusform>
            <numerusform>%1 von %n Produkten ändern</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n Produkt</numerusform>
            <numerusform>%n Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>%1  %2: %3 -&gt; %4</source>
        <translation>%1  %2: %3 -&gt; %4</translation>
    </message>
    <message>
        <source>%1 of %2 products would change.</source>
        <translation>%1 von %2 Produkten würden sich ändern.</translation>
    </message>
    <message>
        <source>Total of the prices: %1 -&gt; %2</source>
        <translation>Summe der Preise: %1 -&gt; %2</translation>
    </message>
    <message>
        <source>One transaction: Stop rolls everything back. Audited per chunk by the database (request %1).</source>
        <translation>Eine Transaktion: Anhalten nimmt alles zurück. Von der Datenbank pro Abschnitt protokolliert (Anfrage %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) would go below 0: choose a smaller decrease.</source>
        <translation>
            <numerusform>%n Preis würde unter 0 fallen: Wählen Sie eine kleinere Senkung.</numerusform>
            <numerusform>%n Preise würden unter 0 fallen: Wählen Sie eine kleinere Senkung.</numerusform>
        </translation>
    </message>
    <message>
        <source>No product matches: nothing to change.</source>
        <translation>Kein Produkt passt: nichts zu ändern.</translation>
    </message>
    <message>
        <source>Changing products (one transaction)</source>
        <translation>Ändere Produkte (eine Transaktion)</translation>
    </message>
    <message>
        <source>Nothing was changed: the transaction was rolled back.</source>
        <translation>Nichts wurde geändert: Die Transaktion wurde zurückgerollt.</translation>
    </message>
    <message>
        <source>This request had already been applied: nothing was done twice.</source>
        <translation>Diese Anfrage war bereits angewendet: Nichts wurde doppelt ausgeführt.</translation>
    </message>
    <message>
        <source>Rolled back: no product was changed.</source>
        <translation>Zurückgerollt: Kein Produkt wurde geändert.</translation>
    </message>
    <message>
        <source>The database has no record of request %1: the change did not commit.</source>
        <translation>Die Datenbank kennt die Anfrage %1 nicht: Die Änderung wurde nicht festgeschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) changed in one committed transaction (request %1).</source>
        <translation>
            <numerusform>%n Produkt in einer festgeschriebenen Transaktion geändert (Anfrage %1).</numerusform>
            <numerusform>%n Produkte in einer festgeschriebenen Transaktion geändert (Anfrage %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::catalog::BulkEditor</name>
    <message>
        <source>Cannot bulk-set the field &quot;%1&quot;.</source>
        <translation>Das Feld „%1“ kann nicht als Massenänderung gesetzt werden.</translation>
    </message>
    <message>
        <source>preview bulk edit</source>
        <translation>Vorschau der Massenänderung</translation>
    </message>
    <message>
        <source>apply bulk edit</source>
        <translation>Massenänderung anwenden</translation>
    </message>
    <message>
        <source>The bulk edit was cancelled: nothing was changed.</source>
        <translation>Die Massenänderung wurde abgebrochen: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>check a bulk edit</source>
        <translation>eine Massenänderung prüfen</translation>
    </message>
</context>
<context>
    <name>qm::catalog::CatalogService</name>
    <message>
        <source>Product %1 no longer exists.</source>
        <translation>Produkt %1 existiert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>qm::catalog::CsvExporter</name>
    <message>
        <source>export products</source>
        <translation>Produkte exportieren</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Auf die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The server sent a row the export cannot read.</source>
        <translation>Der Server hat eine Zeile gesendet, die der Export nicht lesen kann.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>Speichern von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>qm::catalog::CsvImporter</name>
    <message>
        <source>import products</source>
        <translation>Produkte importieren</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header line (sku,name,price,...) and rows</source>
        <translation>die Datei ist leer: Sie braucht eine Kopfzeile (sku,name,price,...) und Zeilen</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Der Import wurde abgebrochen: Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
    <message>
        <source>the connection closed during the import</source>
        <translation>die Verbindung wurde während des Imports geschlossen</translation>
    </message>
</context>
<context>
    <name>qm::catalog::EditApplier</name>
    <message>
        <source>apply product edits</source>
        <translation>Produktänderungen anwenden</translation>
    </message>
    <message>
        <source>%1: %2 Nothing in this batch was applied.</source>
        <translation>%1: %2 Von diesem Stapel wurde nichts übernommen.</translation>
    </message>
    <message>
        <source>check applied edits</source>
        <translation>angewendete Änderungen prüfen</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a price. Nothing in this batch was applied.</source>
        <translation>%1: „%2“ ist kein Preis. Nichts aus diesem Stapel wurde übernommen.</translation>
    </message>
    <message>
        <source>%1: a price cannot be negative (%2); Vendure would refuse it. Nothing in this batch was applied.</source>
        <translation>%1: Ein Preis kann nicht negativ sein (%2); Vendure würde ihn ablehnen. Nichts aus diesem Stapel wurde übernommen.</translation>
    </message>
    <message>
        <source>%1: a name cannot be empty. Nothing in this batch was applied.</source>
        <translation>%1: Ein Name darf nicht leer sein. Nichts aus diesem Stapel wurde übernommen.</translation>
    </message>
    <message>
        <source>%1: on Vendure the console edits a variant&apos;s price and name only; %2 is changed in Vendure&apos;s own admin. Nothing in this batch was applied.</source>
        <translation>%1: Auf Vendure bearbeitet die Konsole nur Preis und Namen einer Variante; %2 wird in Vendures eigener Verwaltung geändert. Nichts aus diesem Stapel wurde übernommen.</translation>
    </message>
    <message>
        <source>%1: product variant %2 is not in Vendure any more. Nothing in this batch was applied.</source>
        <translation>%1: Produktvariante %2 ist nicht mehr in Vendure. Nichts aus diesem Stapel wurde übernommen.</translation>
    </message>
    <message>
        <source>read the variants to edit</source>
        <translation>die zu bearbeitenden Varianten lesen</translation>
    </message>
    <message>
        <source>%1 changed in Vendure after you read it (its price is now %2 in minor units). Nothing in this batch was written: reload it and edit again.</source>
        <translation>%1 wurde in Vendure geändert, nachdem Sie die Variante gelesen haben (ihr Preis ist jetzt %2 in kleinster Einheit). Nichts aus diesem Stapel wurde geschrieben: Laden Sie sie neu und bearbeiten Sie sie erneut.</translation>
    </message>
    <message>
        <source>Vendure refused the edits: %1 Nothing in this batch was applied.</source>
        <translation>Vendure hat die Änderungen abgelehnt: %1 Nichts aus diesem Stapel wurde übernommen.</translation>
    </message>
</context>
<context>
    <name>qm::catalog::EditJournal</name>
    <message>
        <source>Cannot remove the applied edits&apos; journal %1.</source>
        <translation>Das Journal der angewendeten Änderungen %1 kann nicht entfernt werden.</translation>
    </message>
    <message>
        <source>Cannot write the pending edits to %1: %2</source>
        <translation>Die ausstehenden Änderungen können nicht nach %1 geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot save the pending edits to %1: %2</source>
        <translation>Die ausstehenden Änderungen können nicht in %1 gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cannot read the pending edits in %1: %2</source>
        <translation>Die ausstehenden Änderungen in %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The pending edits in %1 are damaged (%2); the file was left as it is.</source>
        <translation>Die ausstehenden Änderungen in %1 sind beschädigt (%2); die Datei wurde unverändert gelassen.</translation>
    </message>
</context>
<context>
    <name>qm::catalog::ImportRowValidator</name>
    <message>
        <source>a quoted field is never closed (it runs to the end of the file)</source>
        <translation>ein Feld in Anführungszeichen wird nie geschlossen (es läuft bis zum Dateiende)</translation>
    </message>
    <message>
        <source>a quote inside a field: quote the whole field and double the quotes in it</source>
        <translation>ein Anführungszeichen in einem Feld: Setzen Sie das ganze Feld in Anführungszeichen und verdoppeln Sie die darin enthaltenen</translation>
    </message>
    <message>
        <source>a field is longer than 256 KiB</source>
        <translation>ein Feld ist länger als 256 KiB</translation>
    </message>
    <message>
        <source>the row has more than 512 fields</source>
        <translation>die Zeile hat mehr als 512 Felder</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>der Text ist kein gültiges UTF-8 (speichern Sie die Datei als UTF-8)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>die Spalte „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>die Pflichtspalte „%1“ fehlt</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters (%3)</source>
        <translation>%1 ist länger als %2 Zeichen (%3)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not draft, active or archived</source>
        <translation>Status „%1“ ist weder draft noch active noch archived</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not an ISO 4217 code (EUR, USD, GBP...)</source>
        <translation>Währung „%1“ ist kein ISO-4217-Code (EUR, USD, GBP...)</translation>
    </message>
    <message>
        <source>tag &quot;%1...&quot; is longer than %2 characters</source>
        <translation>Tag „%1...“ ist länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>attributes must be a JSON object like {&quot;color&quot;: &quot;red&quot;}%1</source>
        <translation>Attribute müssen ein JSON-Objekt sein, etwa {&quot;color&quot;: &quot;red&quot;}%1</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <source>the field holds a NUL byte (0x00), which PostgreSQL text cannot store: remove it (a file full of them is UTF-16: save it as UTF-8)</source>
        <translation>das Feld enthält ein NUL-Byte (0x00), das PostgreSQL-Text nicht speichern kann: Entfernen Sie es (eine Datei voller NUL-Bytes ist UTF-16: Speichern Sie sie als UTF-8)</translation>
    </message>
    <message>
        <source> - the columns seem to be separated by %1: choose that delimiter (or Auto)</source>
        <translation> – die Spalten scheinen durch %1 getrennt zu sein: Wählen Sie dieses Trennzeichen (oder „Automatisch“)</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (known: %2)%3</source>
        <translation>unbekannte Spalte „%1“ (bekannt: %2)%3</translation>
    </message>
    <message>
        <source>attributes contain a NUL character (\u0000), which PostgreSQL cannot store</source>
        <translation>die Attribute enthalten ein NUL-Zeichen (\u0000), das PostgreSQL nicht speichern kann</translation>
    </message>
    <message>
        <source>attributes contain \u%1, half of a UTF-16 surrogate pair, which PostgreSQL refuses</source>
        <translation>die Attribute enthalten \u%1, die Hälfte eines UTF-16-Surrogatpaars, das PostgreSQL ablehnt</translation>
    </message>
    <message>
        <source>the header line holds NUL bytes: the file is UTF-16 (or binary), not UTF-8 text; save it as UTF-8 (&quot;CSV UTF-8&quot;)</source>
        <translation>die Kopfzeile enthält NUL-Bytes: Die Datei ist UTF-16 (oder binär), kein UTF-8-Text; speichern Sie sie als UTF-8 („CSV UTF-8“)</translation>
    </message>
</context>
<context>
    <name>qm::catalog::PriceText</name>
    <message>
        <source>The price is empty.</source>
        <translation>Der Preis ist leer.</translation>
    </message>
    <message>
        <source>The price %1 is negative: prices are 0 or more.</source>
        <translation>Der Preis %1 ist negativ: Preise sind 0 oder mehr.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: use digits and one decimal point or comma, e.g. 19.90 or 19,90.</source>
        <translation>„%1“ ist kein Preis: Verwenden Sie Ziffern und einen Dezimalpunkt oder ein Dezimalkomma, z. B. 19.90 oder 19,90.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a thousands separator: write the price without one, e.g. 1234.50 or 1234,50.</source>
        <translation>„%1“ hat ein Tausendertrennzeichen: Schreiben Sie den Preis ohne, z. B. 1234.50 oder 1234,50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: it needs digits on both sides of the decimal separator, e.g. 0.50.</source>
        <translation>„%1“ ist kein Preis: Auf beiden Seiten des Dezimaltrenners müssen Ziffern stehen, z. B. 0.50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: a thousands separator or 3 decimals? Write prices with at most 2 decimals and no thousands separator.</source>
        <translation>„%1“ ist mehrdeutig: Tausendertrennzeichen oder 3 Nachkommastellen? Schreiben Sie Preise mit höchstens 2 Nachkommastellen und ohne Tausendertrennzeichen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 decimals: a price has at most %3.</source>
        <translation>„%1“ hat %2 Nachkommastellen: Ein Preis hat höchstens %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large: a price is below 10000000000.</source>
        <translation>„%1“ ist zu groß: Ein Preis liegt unter 10000000000.</translation>
    </message>
</context>
<context>
    <name>qm::db</name>
    <message>
        <source>&quot;%1&quot; was cancelled.</source>
        <translation>„%1“ wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 broke while &quot;%2&quot; was committing: the change may or may not have been saved. Reload before trying again.</source>
        <translation>Die Verbindung zu PostgreSQL auf %1 brach ab, während „%2“ festgeschrieben wurde: Die Änderung wurde eventuell gespeichert. Laden Sie neu, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost during &quot;%2&quot;. The server may have restarted or failed over; the console reconnects by itself. Try again.</source>
        <translation>Die Verbindung zu PostgreSQL auf %1 ging während „%2“ verloren. Der Server wurde eventuell neu gestartet oder hat umgeschaltet; die Konsole verbindet sich selbst neu. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Wrong password for user %1 at %2. Check the password in the keychain or the pgpass file.</source>
        <translation>Falsches Passwort für den Benutzer %1 auf %2. Prüfen Sie das Passwort im Schlüsselbund oder in der pgpass-Datei.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 asks for a password for user %2 and none was found. Enter it, or add it to the pgpass file (mode 0600).</source>
        <translation>PostgreSQL auf %1 verlangt ein Passwort für den Benutzer %2, aber keines wurde gefunden. Geben Sie es ein oder tragen Sie es in die pgpass-Datei ein (Modus 0600).</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no login role %2. Check the user name in the profile.</source>
        <translation>PostgreSQL auf %1 hat keine Anmelderolle %2. Prüfen Sie den Benutzernamen im Profil.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 does not accept user %2 from this machine (pg_hba.conf). Ask the database administrator to allow it.</source>
        <translation>PostgreSQL auf %1 akzeptiert den Benutzer %2 von diesem Rechner nicht (pg_hba.conf). Bitten Sie die Datenbankadministration, ihn zuzulassen.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2. Check the profile&apos;s database name.</source>
        <translation>Die Datenbank %1 existiert nicht auf %2. Prüfen Sie den Datenbanknamen im Profil.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no free connection slots (max_connections). Close other sessions or try again shortly.</source>
        <translation>PostgreSQL auf %1 hat keine freien Verbindungen (max_connections). Schließen Sie andere Sitzungen oder versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 is starting up or shutting down. Try again in a moment.</source>
        <translation>PostgreSQL auf %1 fährt gerade hoch oder herunter. Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>Cannot reach PostgreSQL at %1: connection refused. Is the server running and is the port right?</source>
        <translation>PostgreSQL auf %1 ist nicht erreichbar: Verbindung abgelehnt. Läuft der Server und stimmt der Port?</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 did not answer within %2 s. Is the host up and reachable (firewall, VPN)?</source>
        <translation>PostgreSQL auf %1 hat nicht innerhalb von %2 s geantwortet. Läuft der Host und ist er erreichbar (Firewall, VPN)?</translation>
    </message>
    <message>
        <source>Cannot resolve the host name %1. Check the host in the profile.</source>
        <translation>Der Hostname %1 kann nicht aufgelöst werden. Prüfen Sie den Host im Profil.</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <translation>Keine Verbindung zu PostgreSQL auf %1: %2</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 refused user %2: %3. Check the user name and password.</source>
        <translation>PostgreSQL auf %1 hat den Benutzer %2 abgewiesen: %3. Prüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>The role %1 is not allowed to do &quot;%2&quot;: %3. Sign in with a role that may, or ask an administrator for the grant.</source>
        <translation>Die Rolle %1 darf „%2“ nicht ausführen: %3. Melden Sie sich mit einer berechtigten Rolle an oder bitten Sie die Administration um die Berechtigung.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ran longer than the server&apos;s statement timeout and was stopped.</source>
        <translation>„%1“ lief länger als das Statement-Timeout des Servers und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The database %1 has no console schema, or an older one (%2). Run &quot;qmctl migrate&quot;, or let the console migrate it.</source>
        <translation>Die Datenbank %1 hat kein oder ein älteres Konsolenschema (%2). Führen Sie „qmctl migrate“ aus oder lassen Sie die Konsole migrieren.</translation>
    </message>
    <message>
        <source>The database refused &quot;%1&quot;: %2</source>
        <translation>Die Datenbank hat „%1“ abgelehnt: %2</translation>
    </message>
    <message>
        <source>Invalid value in &quot;%1&quot;: %2</source>
        <translation>Ungültiger Wert in „%1“: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; collided with another change (%2). Try again.</source>
        <translation>„%1“ kollidierte mit einer anderen Änderung (%2). Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2 (SQLSTATE %3)</source>
        <translation>„%1“ ist fehlgeschlagen: %2 (SQLSTATE %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>„%1“ ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: the console misused the database library.</source>
        <translation>„%1“ ist fehlgeschlagen: Die Konsole hat die Datenbankbibliothek falsch benutzt.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; returned a value the console cannot read.</source>
        <translation>„%1“ lieferte einen Wert, den die Konsole nicht lesen kann.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; returned an unexpected number of rows.</source>
        <translation>„%1“ lieferte eine unerwartete Anzahl von Zeilen.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed for an unknown reason.</source>
        <translation>„%1“ ist aus unbekanntem Grund fehlgeschlagen.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1</source>
        <translation>PostgreSQL unter %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>libpq cannot read it</source>
        <translation>libpq kann sie nicht lesen</translation>
    </message>
    <message>
        <source>; the profile names no CA file, so libpq looked in its default place</source>
        <translation>; das Profil nennt keine CA-Datei, daher hat libpq an seinem Standardort gesucht</translation>
    </message>
    <message>
        <source>%1 refused: its certificate could not be verified (expired, or not signed by the CA you chose). Check the CA file in the connection profile, or ask the server&apos;s administrator.</source>
        <translation>%1 abgelehnt: Sein Zertifikat konnte nicht geprüft werden (abgelaufen oder nicht von der gewählten CA signiert). Prüfen Sie die CA-Datei im Verbindungsprofil oder fragen Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>The client key %1 can be read by other users; libpq refuses it. Keep it to its owner: chmod 600 %1</source>
        <translation>Der Client-Schlüssel %1 ist für andere Benutzer lesbar; libpq lehnt ihn ab. Beschränken Sie ihn auf seinen Eigentümer: chmod 600 %1</translation>
    </message>
    <message>
        <source>%1 did not accept the client certificate %2 for user %3: the certificate&apos;s name (CN) must be the database user. Use the certificate issued for %3.</source>
        <translation>%1 hat das Client-Zertifikat %2 für den Benutzer %3 nicht akzeptiert: Der Name des Zertifikats (CN) muss der Datenbankbenutzer sein. Verwenden Sie das für %3 ausgestellte Zertifikat.</translation>
    </message>
    <message>
        <source>libpq cannot use the client certificate %1 or its key %2. Check both paths in the connection profile and that the key belongs to the certificate.</source>
        <translation>libpq kann das Client-Zertifikat %1 oder seinen Schlüssel %2 nicht verwenden. Prüfen Sie beide Pfade im Verbindungsprofil und ob der Schlüssel zum Zertifikat gehört.</translation>
    </message>
</context>
<context>
    <name>qm::db::Cluster</name>
    <message>
        <source>The replica has not replayed the latest change yet.</source>
        <translation>Das Replikat hat die letzte Änderung noch nicht nachvollzogen.</translation>
    </message>
    <message>
        <source>%1: up, a replica</source>
        <translation>%1: erreichbar, ein Replikat</translation>
    </message>
    <message>
        <source>No primary among the configured servers: every server that answered is a replica. Is a failover in progress?</source>
        <translation>Kein Primärserver unter den eingetragenen Servern: Jeder Server, der geantwortet hat, ist ein Replikat. Läuft gerade ein Failover?</translation>
    </message>
    <message>
        <source>Cannot reach any PostgreSQL server of the profile: %1</source>
        <translation>Kein PostgreSQL-Server des Profils ist erreichbar: %1</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>wird geschlossen</translation>
    </message>
    <message>
        <source>no answer to the previous health check yet</source>
        <translation>noch keine Antwort auf die vorige Zustandsprüfung</translation>
    </message>
    <message>
        <source>health check</source>
        <translation>Zustandsprüfung</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>keine Antwort innerhalb von %1 s</translation>
    </message>
</context>
<context>
    <name>qm::db::Migrator</name>
    <message>
        <source>Migration %1 was changed after it was applied to this database. Migrations are append-only: restore the original file and put the change in a new migration.</source>
        <translation>Migration %1 wurde geändert, nachdem sie auf diese Datenbank angewendet wurde. Migrationen werden nur angehängt: Stellen Sie die ursprüngliche Datei wieder her und schreiben Sie die Änderung in eine neue Migration.</translation>
    </message>
    <message>
        <source>checksum applied %1, file %2</source>
        <translation>Prüfsumme angewendet %1, Datei %2</translation>
    </message>
    <message>
        <source>The migrations folder %1 does not exist.</source>
        <translation>Der Migrationsordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Two migrations share version %1: %2 and %3.</source>
        <translation>Zwei Migrationen haben dieselbe Version %1: %2 und %3.</translation>
    </message>
    <message>
        <source>Cannot read the migration %1: %2</source>
        <translation>Die Migration %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation>Migration %1</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back; later migrations were not applied. %2</source>
        <translation>Migration %1 ist fehlgeschlagen und wurde zurückgerollt; spätere Migrationen wurden nicht angewendet. %2</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>die Schemaversion lesen</translation>
    </message>
    <message>
        <source>migrate the database</source>
        <translation>die Datenbank migrieren</translation>
    </message>
    <message>
        <source>The migrations&apos; bookkeeping schema &quot;%1&quot; is not a lower-case SQL name.</source>
        <translation>Das Buchführungsschema der Migrationen „%1“ ist kein SQL-Name in Kleinbuchstaben.</translation>
    </message>
</context>
<context>
    <name>qm::db::Seeder</name>
    <message>
        <source>Cannot read the seed script %1: %2</source>
        <translation>Das Seed-Skript %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>seed the sandbox</source>
        <translation>die Sandbox befüllen</translation>
    </message>
</context>
<context>
    <name>qm::ha::PatroniClient</name>
    <message>
        <source>Patroni answered without a member list.</source>
        <translation>Patroni hat ohne Mitgliederliste geantwortet.</translation>
    </message>
    <message numerus="yes">
        <source>No Patroni member answers (%n API(s) asked).</source>
        <translation>
            <numerusform>Kein Patroni-Mitglied antwortet (%n API gefragt).</numerusform>
            <numerusform>Kein Patroni-Mitglied antwortet (%n APIs gefragt).</numerusform>
        </translation>
    </message>
    <message>
        <source>Patroni refused the request (HTTP %1).</source>
        <translation>Patroni hat die Anfrage abgelehnt (HTTP %1).</translation>
    </message>
    <message>
        <source>Patroni refused the request: %1</source>
        <translation>Patroni hat die Anfrage abgelehnt: %1</translation>
    </message>
    <message>
        <source>The leader last reached etcd %1 s ago (more than the leader lock&apos;s ttl of %2 s): without etcd nothing can switch over. Check etcd first.</source>
        <translation>Der Leader hat etcd zuletzt vor %1 s erreicht (länger als die ttl der Leader-Sperre von %2 s): Ohne etcd kann nichts umschalten. Prüfen Sie zuerst etcd.</translation>
    </message>
    <message>
        <source>Patroni is paused (maintenance mode): someone is working on this cluster and automatic failover is off. Resume it (patronictl resume) before a planned switchover.</source>
        <translation>Patroni ist pausiert (Wartungsmodus): Jemand arbeitet an diesem Cluster und der automatische Failover ist aus. Setzen Sie es fort (patronictl resume), bevor Sie einen geplanten Switchover ausführen.</translation>
    </message>
    <message>
        <source>The cluster has no leader: a switchover needs one. Use a failover to a chosen candidate instead.</source>
        <translation>Der Cluster hat keinen Leader: Ein Switchover braucht einen. Verwenden Sie stattdessen einen Failover auf einen gewählten Kandidaten.</translation>
    </message>
    <message>
        <source>There is no member named &quot;%1&quot; (members: %2).</source>
        <translation>Es gibt kein Mitglied namens „%1“ (Mitglieder: %2).</translation>
    </message>
    <message>
        <source>%1 is already the leader.</source>
        <translation>%1 ist bereits der Leader.</translation>
    </message>
    <message>
        <source>%1 is not running (state &quot;%2&quot;): only a running replica can take over.</source>
        <translation>%1 läuft nicht (Zustand „%2“): Nur ein laufendes Replikat kann übernehmen.</translation>
    </message>
    <message>
        <source>%1 has the tag nofailover: Patroni never promotes it. Remove the tag from its configuration (and reload) or choose another candidate.</source>
        <translation>%1 hat das Tag nofailover: Patroni befördert es nie. Entfernen Sie das Tag aus seiner Konfiguration (und laden Sie neu) oder wählen Sie einen anderen Kandidaten.</translation>
    </message>
    <message>
        <source>%1&apos;s replication lag is unknown (it does not stream from the leader): Patroni cannot tell whether it has all the data.</source>
        <translation>Die Replikationsverzögerung von %1 ist unbekannt (es streamt nicht vom Leader): Patroni kann nicht sagen, ob es alle Daten hat.</translation>
    </message>
    <message>
        <source>%1 lags %2 MiB behind the leader, more than maximum_lag_on_failover (%3 MiB): wait until it catches up.</source>
        <translation>%1 liegt %2 MiB hinter dem Leader, mehr als maximum_lag_on_failover (%3 MiB): Warten Sie, bis es aufholt.</translation>
    </message>
    <message>
        <source>%1 is on timeline %2 but the leader %3 is on timeline %4: it follows an older history and must be rebuilt (patronictl reinit) before it can take over.</source>
        <translation>%1 ist auf Timeline %2, der Leader %3 aber auf Timeline %4: Es folgt einer älteren Historie und muss neu aufgebaut werden (patronictl reinit), bevor es übernehmen kann.</translation>
    </message>
    <message>
        <source>No Patroni member answers: check that Patroni runs (%1).</source>
        <translation>Kein Patroni-Mitglied antwortet: Prüfen Sie, ob Patroni läuft (%1).</translation>
    </message>
    <message>
        <source>it last reached etcd %1 s ago</source>
        <translation>es hat etcd zuletzt vor %1 s erreicht</translation>
    </message>
    <message>
        <source>it has not reached etcd</source>
        <translation>es hat etcd nicht erreicht</translation>
    </message>
    <message>
        <source>Patroni answers on %1 but cannot read the cluster from etcd (%2): without etcd there is no leader lock to hand over. Bring etcd back first.</source>
        <translation>Patroni antwortet auf %1, kann den Cluster aber nicht aus etcd lesen (%2): Ohne etcd gibt es keine Leader-Sperre zum Übergeben. Bringen Sie zuerst etcd zurück.</translation>
    </message>
    <message>
        <source>The leader %1 does not answer on its REST API (%2): Patroni cannot hand over from it.</source>
        <translation>Der Leader %1 antwortet nicht auf seiner REST-API (%2): Patroni kann nicht von ihm übergeben.</translation>
    </message>
    <message>
        <source>%1 The last one: %2</source>
        <translation>%1 Zuletzt: %2</translation>
    </message>
</context>
<context>
    <name>qm::http::JsonClient</name>
    <message>
        <source>%1 did not answer within %2 ms.</source>
        <translation>%1 hat nicht innerhalb von %2 ms geantwortet.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again.</source>
        <translation>%1 hat die Verbindung vor der Antwort geschlossen. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot reach %1: connection refused. Is the service running?</source>
        <translation>%1 ist nicht erreichbar: Verbindung abgelehnt. Läuft der Dienst?</translation>
    </message>
    <message>
        <source>Cannot reach %1: host not found. Check the address in the connection profile.</source>
        <translation>%1 ist nicht erreichbar: Host nicht gefunden. Prüfen Sie die Adresse im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Cannot reach %1: the TLS handshake failed. Check the certificate settings in the connection profile.</source>
        <translation>%1 ist nicht erreichbar: Der TLS-Handshake ist fehlgeschlagen. Prüfen Sie die Zertifikatseinstellungen im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>%1 answered something that is not valid HTTP.</source>
        <translation>%1 antwortete mit etwas, das kein gültiges HTTP ist.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>%1 ist nicht erreichbar: %2.</translation>
    </message>
    <message>
        <source>%1 answered with invalid JSON (%2 at byte %3).</source>
        <translation>%1 antwortete mit ungültigem JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 antwortete mit HTTP %2 %3.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>Die Anfrage an %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 MB: refused. Ask for a shorter time range, a coarser step or fewer series.</source>
        <translation>%1 hat mit mehr als %2 MB geantwortet: abgelehnt. Fragen Sie einen kürzeren Zeitraum, eine gröbere Schrittweite oder weniger Reihen an.</translation>
    </message>
</context>
<context>
    <name>qm::inventory::StockService</name>
    <message>
        <source>load stock</source>
        <translation>Bestand laden</translation>
    </message>
    <message>
        <source>load the stock ledger</source>
        <translation>das Lagerjournal laden</translation>
    </message>
    <message>
        <source>load reservations</source>
        <translation>Reservierungen laden</translation>
    </message>
    <message>
        <source>load low stock</source>
        <translation>niedrigen Bestand laden</translation>
    </message>
    <message>
        <source>check stock against the ledger</source>
        <translation>Bestand gegen das Lagerjournal prüfen</translation>
    </message>
    <message>
        <source>load movement reasons</source>
        <translation>Bewegungsgründe laden</translation>
    </message>
    <message>
        <source>load warehouses</source>
        <translation>Lager laden</translation>
    </message>
    <message>
        <source>read my permissions</source>
        <translation>meine Berechtigungen lesen</translation>
    </message>
    <message>
        <source>export the stock ledger</source>
        <translation>das Lagerjournal exportieren</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The server sent a ledger row the export cannot read.</source>
        <translation>Der Server hat eine Journalzeile gesendet, die der Export nicht lesen kann.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>Speichern von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation>Bestand korrigieren</translation>
    </message>
    <message>
        <source>record a stock count</source>
        <translation>eine Inventurzählung erfassen</translation>
    </message>
    <message>
        <source>release a reservation</source>
        <translation>eine Reservierung freigeben</translation>
    </message>
    <message>
        <source>release expired reservations</source>
        <translation>abgelaufene Reservierungen freigeben</translation>
    </message>
    <message>
        <source>repair stock drift</source>
        <translation>die Bestandsabweichung reparieren</translation>
    </message>
    <message>
        <source>Vendure took the change, but variant %1 has no stock level at location %2 in the console&apos;s views.</source>
        <translation>Vendure hat die Änderung übernommen, aber Variante %1 hat in den Ansichten der Konsole keinen Bestand am Standort %2.</translation>
    </message>
</context>
<context>
    <name>qm::models::CatalogModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Am Lager</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Not sortable: sorting needs an index on the server (SKU, name, price, updated)</source>
        <translation>Nicht sortierbar: Sortieren braucht einen Index auf dem Server (SKU, Name, Preis, geändert)</translation>
    </message>
    <message>
        <source>Not applied yet. Saved value: %1</source>
        <translation>Noch nicht übernommen. Gespeicherter Wert: %1</translation>
    </message>
    <message>
        <source>A SKU has 1 to 64 characters.</source>
        <translation>Eine SKU hat 1 bis 64 Zeichen.</translation>
    </message>
    <message>
        <source>A name has 1 to 300 characters.</source>
        <translation>Ein Name hat 1 bis 300 Zeichen.</translation>
    </message>
    <message>
        <source>Status is draft, active or archived.</source>
        <translation>Der Status ist Entwurf (draft), aktiv (active) oder archiviert (archived).</translation>
    </message>
    <message>
        <source>A currency is a 3-letter ISO code, e.g. EUR.</source>
        <translation>Eine Währung ist ein ISO-Code aus 3 Buchstaben, z. B. EUR.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Diese Spalte kann nicht bearbeitet werden.</translation>
    </message>
</context>
<context>
    <name>qm::models::SetFieldCommand</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>%1 von %2 bearbeiten</translation>
    </message>
</context>
<context>
    <name>qm::models::StockLevelsModel</name>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Am Lager</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Niedrig ab</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
</context>
<context>
    <name>qm::models::StockListModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Lager</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Warenkorb</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Am Lager</translation>
    </message>
    <message>
        <source>Ledger sum</source>
        <translation>Journalsumme</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Reserviert</translation>
    </message>
    <message>
        <source>Held by carts</source>
        <translation>In Warenkörben reserviert</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Niedrig ab</translation>
    </message>
    <message>
        <source>held, expired</source>
        <translation>reserviert, abgelaufen</translation>
    </message>
</context>
<context>
    <name>qm::orders</name>
    <message>
        <source>Order %1 was not found.</source>
        <translation>Bestellung %1 wurde nicht gefunden.</translation>
    </message>
    <message>
        <source>load orders</source>
        <translation>Bestellungen laden</translation>
    </message>
    <message>
        <source>load order %1</source>
        <translation>Bestellung %1 laden</translation>
    </message>
    <message>
        <source>update order %1</source>
        <translation>Bestellung %1 aktualisieren</translation>
    </message>
    <message>
        <source>read permissions</source>
        <translation>Berechtigungen lesen</translation>
    </message>
    <message>
        <source>read order flow</source>
        <translation>Bestellfluss lesen</translation>
    </message>
</context>
<context>
    <name>qm::orders::OrderFlowHealth</name>
    <message>
        <source>Checkout looks broken: %1 orders in the last minute, about %2 expected</source>
        <translation>Der Checkout scheint defekt: %1 Bestellungen in der letzten Minute, etwa %2 erwartet</translation>
    </message>
    <message>
        <source>Orders are slow: %1 in the last minute, about %2 expected</source>
        <translation>Bestellungen sind langsam: %1 in der letzten Minute, etwa %2 erwartet</translation>
    </message>
    <message>
        <source>%1 % of payments are failing</source>
        <translation>%1 % der Zahlungen schlagen fehl</translation>
    </message>
    <message>
        <source>%1 % of payments failed in the last 15 minutes</source>
        <translation>%1 % der Zahlungen sind in den letzten 15 Minuten fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n paid order(s) not picked in time</source>
        <translation>
            <numerusform>%n bezahlte Bestellung nicht rechtzeitig kommissioniert</numerusform>
            <numerusform>%n bezahlte Bestellungen nicht rechtzeitig kommissioniert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) held by more open carts than are in stock</source>
        <translation>
            <numerusform>%n Artikel ist in mehr offenen Warenkörben reserviert als vorrätig</numerusform>
            <numerusform>%n Artikel sind in mehr offenen Warenkörben reserviert als vorrätig</numerusform>
        </translation>
    </message>
    <message>
        <source>Order flow normal</source>
        <translation>Bestellfluss normal</translation>
    </message>
</context>
<context>
    <name>qm::orders::OrdersFilter</name>
    <message>
        <source>≥ %1</source>
        <translation>≥ %1</translation>
    </message>
    <message>
        <source>≤ %1</source>
        <translation>≤ %1</translation>
    </message>
    <message>
        <source>customer “%1”</source>
        <translation>Kunde „%1“</translation>
    </message>
    <message numerus="yes">
        <source>last %n hour(s)</source>
        <translation>
            <numerusform>letzte %n Stunde</numerusform>
            <numerusform>letzte %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Alle Bestellungen</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>In Kommissionierung</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Versendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
</context>
<context>
    <name>qm::payments::PaymentStatus</name>
    <message>
        <source>%1 has no maintenance mode or payment providers the console can switch: they belong to the reference store&apos;s storefront.</source>
        <translation>%1 hat keinen Wartungsmodus und keine Zahlungsanbieter, die die Konsole umschalten kann: Sie gehören zum Shop-Frontend des Referenz-Shops.</translation>
    </message>
</context>
<context>
    <name>qm::queues</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>Vom Benutzer angehalten.</translation>
    </message>
</context>
<context>
    <name>qm::queues::ClaimPendingAction</name>
    <message>
        <source>Claim the entries of %1 pending for over %2 s</source>
        <translation>Die Einträge von %1 übernehmen, die seit über %2 s ausstehen</translation>
    </message>
    <message>
        <source>read the pending entries of %1</source>
        <translation>die ausstehenden Einträge von %1 lesen</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, idle %3 s, delivered %n time(s)</source>
        <translation>
            <numerusform>%1 von %2, inaktiv %3 s, %n-mal zugestellt</numerusform>
            <numerusform>%1 von %2, inaktiv %3 s, %n-mal zugestellt</numerusform>
        </translation>
    </message>
    <message>
        <source>read the consumers of %1</source>
        <translation>die Consumer von %1 lesen</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n of them</source>
        <translation>
            <numerusform>%1 hält %n davon</numerusform>
            <numerusform>%1 hält %n davon</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry of %1 has been pending that long.</source>
        <translation>Kein Eintrag von %1 steht so lange aus.</translation>
    </message>
    <message>
        <source>No live consumer in %1 to take the entries over: start a worker first.</source>
        <translation>Kein lebender Consumer in %1, der die Einträge übernehmen könnte: Starten Sie zuerst einen Worker.</translation>
    </message>
    <message>
        <source>They go to %1, which processes them on its next pending read.</source>
        <translation>Sie gehen an %1, der sie bei seinem nächsten Lesen ausstehender Einträge verarbeitet.</translation>
    </message>
    <message>
        <source>claim entries</source>
        <translation>Einträge übernehmen</translation>
    </message>
    <message>
        <source>Claiming for %1</source>
        <translation>Übernahme für %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries claimed for %1</source>
        <translation>
            <numerusform>%n Eintrag für %1 übernommen</numerusform>
            <numerusform>%n Einträge für %1 übernommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending entries no longer existed (removed from the group)</source>
        <translation>
            <numerusform>%n ausstehender Eintrag existierte nicht mehr (aus der Gruppe entfernt)</numerusform>
            <numerusform>%n ausstehende Einträge existierten nicht mehr (aus der Gruppe entfernt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries of %1 are still pending that long</source>
        <translation>
            <numerusform>%n Eintrag von %1 steht noch so lange aus</numerusform>
            <numerusform>%n Einträge von %1 stehen noch so lange aus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::queues::QueueReader</name>
    <message>
        <source>The Redis user may not %1 (the server&apos;s ACL refuses it).</source>
        <translation>Der Redis-Benutzer darf nicht %1 (die ACL des Servers verweigert es).</translation>
    </message>
    <message>
        <source>Redis refused to %1.</source>
        <translation>Redis hat verweigert: %1.</translation>
    </message>
    <message>
        <source>read the stream %1</source>
        <translation>den Stream %1 lesen</translation>
    </message>
    <message>
        <source>read the groups of %1</source>
        <translation>die Gruppen von %1 lesen</translation>
    </message>
    <message>
        <source>read the dead letters</source>
        <translation>die Dead Letters lesen</translation>
    </message>
</context>
<context>
    <name>qm::queues::ReplayDeadLettersAction</name>
    <message>
        <source>Replay the dead letters of %1</source>
        <translation>Die Dead Letters von %1 erneut einspielen</translation>
    </message>
    <message>
        <source>every task</source>
        <translation>jede Aufgabe</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n dead letter(s)</source>
        <translation>
            <numerusform>%n Dead Letter erneut einspielen</numerusform>
            <numerusform>%n Dead Letters erneut einspielen</numerusform>
        </translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>Dead Letters</translation>
    </message>
    <message numerus="yes">
        <source>%1: order %2, %3 after %n attempt(s): %4</source>
        <translation>
            <numerusform>%1: Bestellung %2, %3 nach %n Versuch: %4</numerusform>
            <numerusform>%1: Bestellung %2, %3 nach %n Versuchen: %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Each dead letter goes back to %1 for its task only (attempt 1), once: a marker records it, and the workers skip an order&apos;s task that is done.</source>
        <translation>Jeder Dead Letter geht einmal zurück an %1, nur für seine Aufgabe (Versuch 1): Eine Markierung hält das fest, und die Worker überspringen die erledigte Aufgabe einer Bestellung.</translation>
    </message>
    <message>
        <source>There are no dead letters to replay.</source>
        <translation>Es gibt keine Dead Letters zum erneuten Einspielen.</translation>
    </message>
    <message>
        <source>replay a dead letter</source>
        <translation>einen Dead Letter erneut einspielen</translation>
    </message>
    <message>
        <source>Replaying dead letters</source>
        <translation>Dead Letters werden erneut eingespielt</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) replayed</source>
        <translation>
            <numerusform>%n Dead Letter erneut eingespielt</numerusform>
            <numerusform>%n Dead Letters erneut eingespielt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had been replayed before (not added again)</source>
        <translation>
            <numerusform>%n war schon früher eingespielt (nicht erneut hinzugefügt)</numerusform>
            <numerusform>%n waren schon früher eingespielt (nicht erneut hinzugefügt)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were gone already</source>
        <translation>
            <numerusform>%n war bereits weg</numerusform>
            <numerusform>%n waren bereits weg</numerusform>
        </translation>
    </message>
    <message>
        <source>read the dead letters</source>
        <translation>die Dead Letters lesen</translation>
    </message>
    <message>
        <source>%1 of %2 planned dead letters are still there; %3 have no replay marker</source>
        <translation>%1 von %2 geplanten Dead Letters sind noch da; %3 haben keine Einspiel-Markierung</translation>
    </message>
    <message>
        <source>read a replay marker</source>
        <translation>eine Einspiel-Markierung lesen</translation>
    </message>
    <message>
        <source>The Redis master changed during the replay; followed it to %1.</source>
        <translation>Der Redis-Master hat sich während des Einspielens geändert; ihm wurde zu %1 gefolgt.</translation>
    </message>
    <message numerus="yes">
        <source>%n replay(s) lost in the failover were done again</source>
        <translation>
            <numerusform>%n beim Failover verlorenes Einspielen wurde wiederholt</numerusform>
            <numerusform>%n beim Failover verlorene Einspielungen wurden wiederholt</numerusform>
        </translation>
    </message>
    <message>
        <source>No replica has acknowledged the replays yet.</source>
        <translation>Noch kein Replikat hat die Einspielungen bestätigt.</translation>
    </message>
</context>
<context>
    <name>qm::queues::StreamClient</name>
    <message>
        <source>No Redis master serves the key %1 (the cluster is missing slots).</source>
        <translation>Kein Redis-Master bedient den Schlüssel %1 (dem Cluster fehlen Slots).</translation>
    </message>
    <message>
        <source>The Redis master for %1 did not answer within %2 s: %3</source>
        <translation>Der Redis-Master für %1 hat nicht innerhalb von %2 s geantwortet: %3</translation>
    </message>
</context>
<context>
    <name>qm::queues::TrimStreamAction</name>
    <message>
        <source>Trim %1 to its newest %2 entries</source>
        <translation>%1 auf seine neuesten %2 Einträge kürzen</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>%1 lesen</translation>
    </message>
    <message>
        <source>Group %1 has entries that would go before it acknowledged them (oldest pending %2, last delivered %3).</source>
        <translation>Gruppe %1 hat Einträge, die wegfielen, bevor sie sie bestätigt hat (ältester ausstehender %2, zuletzt zugestellt %3).</translation>
    </message>
    <message>
        <source>%1 has %2 entries; %3 would go.</source>
        <translation>%1 hat %2 Einträge; %3 fielen weg.</translation>
    </message>
    <message>
        <source>Nothing to trim: the stream has %1 entries.</source>
        <translation>Nichts zu kürzen: Der Stream hat %1 Einträge.</translation>
    </message>
    <message>
        <source>Trimming would drop entries that a group has not acknowledged. Claim or process them first, or force the trim.</source>
        <translation>Das Kürzen würde Einträge löschen, die eine Gruppe nicht bestätigt hat. Übernehmen oder verarbeiten Sie sie zuerst, oder erzwingen Sie das Kürzen.</translation>
    </message>
    <message>
        <source>trim the stream</source>
        <translation>den Stream kürzen</translation>
    </message>
    <message numerus="yes">
        <source>%n entries trimmed</source>
        <translation>
            <numerusform>%n Eintrag gekürzt</numerusform>
            <numerusform>%n Einträge gekürzt</numerusform>
        </translation>
    </message>
    <message>
        <source>read the stream&apos;s length</source>
        <translation>die Länge des Streams lesen</translation>
    </message>
    <message>
        <source>%1 has %2 entries now</source>
        <translation>%1 hat jetzt %2 Einträge</translation>
    </message>
</context>
<context>
    <name>qm::redis::Client</name>
    <message>
        <source>The Redis client was closed before the command was sent.</source>
        <translation>Der Redis-Client wurde geschlossen, bevor der Befehl gesendet wurde.</translation>
    </message>
    <message>
        <source>The Redis connection to %1 was closed before the reply arrived.</source>
        <translation>Die Redis-Verbindung zu %1 wurde geschlossen, bevor die Antwort kam.</translation>
    </message>
    <message>
        <source>Disconnected from Redis at %1 before the reply arrived.</source>
        <translation>Die Verbindung zu Redis auf %1 wurde vor der Antwort getrennt.</translation>
    </message>
    <message>
        <source>This Redis client cannot run %1: it needs a dedicated connection.</source>
        <translation>Dieser Redis-Client kann %1 nicht ausführen: Es braucht eine eigene Verbindung.</translation>
    </message>
    <message>
        <source>This Redis client cannot run %1 in a pipeline.</source>
        <translation>Dieser Redis-Client kann %1 nicht in einer Pipeline ausführen.</translation>
    </message>
    <message>
        <source>A blocking Redis call was refused on the GUI thread.</source>
        <translation>Ein blockierender Redis-Aufruf im GUI-Thread wurde abgelehnt.</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer within %2 ms.</source>
        <translation>Redis auf %1 hat nicht innerhalb von %2 ms geantwortet.</translation>
    </message>
    <message>
        <source> for user %1</source>
        <translation> für Benutzer %1</translation>
    </message>
    <message>
        <source>Redis at %1 refused the credentials%2. Check the user name and password in the connection profile.</source>
        <translation>Redis auf %1 hat die Zugangsdaten abgelehnt%2. Prüfen Sie Benutzername und Passwort im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Redis at %1 refused to select database %2. Check the database number in the connection profile.</source>
        <translation>Redis auf %1 hat die Auswahl der Datenbank %2 abgelehnt. Prüfen Sie die Datenbanknummer im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>a reply nobody asked for</source>
        <translation>eine Antwort, nach der niemand gefragt hat</translation>
    </message>
    <message>
        <source>Redis at %1 sent something that is not a valid reply (%2). The connection was closed; the next command reconnects.</source>
        <translation>Redis auf %1 hat etwas gesendet, das keine gültige Antwort ist (%2). Die Verbindung wurde geschlossen; der nächste Befehl verbindet neu.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>der Server hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>TLS-Handshake fehlgeschlagen</translation>
    </message>
    <message>
        <source>socket error</source>
        <translation>Socket-Fehler</translation>
    </message>
    <message>
        <source>Cannot reach Redis at %1: %2. Check the host name in the connection profile.</source>
        <translation>Redis auf %1 ist nicht erreichbar: %2. Prüfen Sie den Hostnamen im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>Cannot reach Redis at %1: %2. Is redis-server running?</source>
        <translation>Redis auf %1 ist nicht erreichbar: %2. Läuft redis-server?</translation>
    </message>
    <message>
        <source>Lost the connection to Redis at %1: %2. Commands in flight may or may not have run; check before retrying. The next command reconnects.</source>
        <translation>Die Verbindung zu Redis auf %1 ist abgerissen: %2. Laufende Befehle wurden eventuell ausgeführt; prüfen Sie das vor einem neuen Versuch. Der nächste Befehl verbindet neu.</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>keine Antwort innerhalb von %1 ms</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer within %2 ms. The connection was reset; commands in flight may or may not have run.</source>
        <translation>Redis auf %1 hat nicht innerhalb von %2 ms geantwortet. Die Verbindung wurde zurückgesetzt; laufende Befehle wurden eventuell ausgeführt.</translation>
    </message>
    <message>
        <source>Redis at %1</source>
        <translation>Redis unter %1</translation>
    </message>
</context>
<context>
    <name>qm::redis::RespReader</name>
    <message>
        <source>out of memory</source>
        <translation>kein Speicher mehr</translation>
    </message>
</context>
<context>
    <name>qm::redis::Scanner</name>
    <message>
        <source>Redis at %1 refused SCAN: %2</source>
        <translation>Redis auf %1 hat SCAN abgelehnt: %2</translation>
    </message>
    <message>
        <source>Redis at %1 answered SCAN with something unexpected.</source>
        <translation>Redis auf %1 hat SCAN unerwartet beantwortet.</translation>
    </message>
    <message>
        <source>The scan of %1 was cancelled after %2 keys.</source>
        <translation>Das Durchsuchen von %1 wurde nach %2 Schlüsseln abgebrochen.</translation>
    </message>
    <message>
        <source>Redis refused UNLINK: %1</source>
        <translation>Redis hat UNLINK abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::BackupSteps</name>
    <message>
        <source>no pgBackRest stanza: give the step a &quot;stanza&quot; (and &quot;config&quot;), or run it against an HA sandbox (QM_SANDBOX_DIR with ha.json)</source>
        <translation>keine pgBackRest-Stanza: Geben Sie dem Schritt eine „stanza“ (und „config“) oder führen Sie ihn gegen eine HA-Sandbox aus (QM_SANDBOX_DIR mit ha.json)</translation>
    </message>
    <message>
        <source>there is no user account &quot;%1&quot; to run pgBackRest and PostgreSQL as</source>
        <translation>es gibt kein Benutzerkonto „%1“, unter dem pgBackRest und PostgreSQL laufen könnten</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>pgBackRest could not be started (is it installed?)</source>
        <translation>pgBackRest konnte nicht gestartet werden (ist es installiert?)</translation>
    </message>
    <message>
        <source>pgbackrest info failed (exit code %1)</source>
        <translation>pgbackrest info fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message>
        <source>pgbackrest info gave no stanza</source>
        <translation>pgbackrest info lieferte keine Stanza</translation>
    </message>
    <message>
        <source>stanza %1 has no backup (%2)</source>
        <translation>Stanza %1 hat kein Backup (%2)</translation>
    </message>
    <message>
        <source>the latest pgBackRest backup: its age, type and the WAL archive range</source>
        <translation>das neueste pgBackRest-Backup: sein Alter, sein Typ und der Bereich des WAL-Archivs</translation>
    </message>
    <message>
        <source>latest backup %1 (%2), %3 old; WAL archive %4 … %5</source>
        <translation>neuestes Backup %1 (%2), %3 alt; WAL-Archiv %4 … %5</translation>
    </message>
    <message>
        <source> (at most %1 expected)</source>
        <translation> (höchstens %1 erwartet)</translation>
    </message>
    <message>
        <source>; no WAL is archived</source>
        <translation>; kein WAL ist archiviert</translation>
    </message>
    <message>
        <source>Read pgBackRest&apos;s latest backup and expect it at most %1 old</source>
        <translation>Das neueste Backup von pgBackRest lesen und erwarten, dass es höchstens %1 alt ist</translation>
    </message>
    <message>
        <source>Read pgBackRest&apos;s latest backup</source>
        <translation>Das neueste Backup von pgBackRest lesen</translation>
    </message>
    <message>
        <source>now: %1 (%2)</source>
        <translation>jetzt: %1 (%2)</translation>
    </message>
    <message>
        <source>would pass</source>
        <translation>würde bestehen</translation>
    </message>
    <message>
        <source>would fail</source>
        <translation>würde fehlschlagen</translation>
    </message>
    <message>
        <source>now: cannot run it: %1</source>
        <translation>jetzt: nicht ausführbar: %1</translation>
    </message>
    <message>
        <source>&quot;ports&quot; must be a port or a range such as 23440-23449, not %1</source>
        <translation>„ports“ muss ein Port oder ein Bereich wie 23440-23449 sein, nicht %1</translation>
    </message>
    <message>
        <source>no free loopback port in %1 for the scratch server</source>
        <translation>kein freier Loopback-Port in %1 für den Wegwerf-Server</translation>
    </message>
    <message>
        <source>pg_ctl stop: %1</source>
        <translation>pg_ctl stop: %1</translation>
    </message>
    <message>
        <source>the scratch server (pid %1) did not stop</source>
        <translation>der Wegwerf-Server (PID %1) hat nicht angehalten</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 konnte nicht entfernt werden</translation>
    </message>
    <message>
        <source>scratch server stopped and %1 removed</source>
        <translation>Wegwerf-Server angehalten und %1 entfernt</translation>
    </message>
    <message>
        <source>restore the latest backup into a scratch PostgreSQL, check it, measure RTO and RPO, remove it</source>
        <translation>das neueste Backup in ein Wegwerf-PostgreSQL zurückspielen, es prüfen, RTO und RPO messen, es entfernen</translation>
    </message>
    <message>
        <source>&quot;ports&quot; is a port or a range such as 23440-23449</source>
        <translation>„ports“ ist ein Port oder ein Bereich wie 23440-23449</translation>
    </message>
    <message>
        <source>%1 is missing: PostgreSQL %2&apos;s server is needed for the scratch copy</source>
        <translation>%1 fehlt: Der Server von PostgreSQL %2 wird für die Wegwerf-Kopie gebraucht</translation>
    </message>
    <message>
        <source>the scratch folder %1 does not exist</source>
        <translation>der Wegwerf-Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>Restore drill of stanza %1: no backup to restore</source>
        <translation>Wiederherstellungsübung von Stanza %1: kein Backup zum Zurückspielen</translation>
    </message>
    <message>
        <source>Restore backup %1 (%2, %3 old) with recovery to the end of the WAL archive into a scratch PostgreSQL, check it, measure RTO and RPO, remove it</source>
        <translation>Backup %1 (%2, %3 alt) mit Recovery bis zum Ende des WAL-Archivs in ein Wegwerf-PostgreSQL zurückspielen, es prüfen, RTO und RPO messen, es entfernen</translation>
    </message>
    <message>
        <source>scratch folder under %1, a free loopback port%2, WAL archiving off</source>
        <translation>Wegwerf-Ordner unter %1, ein freier Loopback-Port%2, WAL-Archivierung aus</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> in %1</translation>
    </message>
    <message>
        <source>WAL archive %1 … %2</source>
        <translation>WAL-Archiv %1 … %2</translation>
    </message>
    <message>
        <source>checks: %1</source>
        <translation>Prüfungen: %1</translation>
    </message>
    <message>
        <source>nothing on the store&apos;s servers changes; the restored copy is removed afterwards, also when the drill fails or is cancelled</source>
        <translation>auf den Servern des Shops ändert sich nichts; die zurückgespielte Kopie wird danach entfernt, auch wenn die Übung fehlschlägt oder abgebrochen wird</translation>
    </message>
    <message>
        <source>cannot make a scratch folder under %1: %2</source>
        <translation>unter %1 kann kein Wegwerf-Ordner angelegt werden: %2</translation>
    </message>
    <message>
        <source>cancelled; the scratch copy is removed</source>
        <translation>abgebrochen; die Wegwerf-Kopie wird entfernt</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>cannot prepare %1 for PostgreSQL&apos;s account</source>
        <translation>%1 kann nicht für das Konto von PostgreSQL vorbereitet werden</translation>
    </message>
    <message>
        <source>cannot write the scratch server&apos;s configuration</source>
        <translation>die Konfiguration des Wegwerf-Servers kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>restoring backup %1 (%2) of stanza %3 into %4, port %5</source>
        <translation>Backup %1 (%2) von Stanza %3 wird nach %4 zurückgespielt, Port %5</translation>
    </message>
    <message>
        <source>pgbackrest restore did not finish before the deadline</source>
        <translation>pgbackrest restore wurde nicht vor der Frist fertig</translation>
    </message>
    <message>
        <source>pgbackrest restore failed (exit code %1)</source>
        <translation>pgbackrest restore fehlgeschlagen (Exit-Code %1)</translation>
    </message>
    <message>
        <source>files restored in %1 s; starting PostgreSQL to replay the archived WAL</source>
        <translation>Dateien in %1 s zurückgespielt; PostgreSQL wird gestartet, um das archivierte WAL einzuspielen</translation>
    </message>
    <message>
        <source>the scratch PostgreSQL did not start</source>
        <translation>das Wegwerf-PostgreSQL ist nicht gestartet</translation>
    </message>
    <message>
        <source>the restored copy did not become queryable before the deadline</source>
        <translation>die zurückgespielte Kopie wurde nicht vor der Frist abfragbar</translation>
    </message>
    <message>
        <source>the scratch PostgreSQL stopped during recovery</source>
        <translation>das Wegwerf-PostgreSQL hat während der Recovery angehalten</translation>
    </message>
    <message>
        <source>the copy answers read-only queries after %1 s; replaying WAL</source>
        <translation>die Kopie beantwortet nach %1 s Lesezugriffe; WAL wird eingespielt</translation>
    </message>
    <message>
        <source>recovery ended; the restored copy is queryable: RTO %1 s</source>
        <translation>Recovery beendet; die zurückgespielte Kopie ist abfragbar: RTO %1 s</translation>
    </message>
    <message>
        <source>the restored copy runs with archive_mode=%1: it could write into the backup repository; stopped</source>
        <translation>die zurückgespielte Kopie läuft mit archive_mode=%1: Sie könnte ins Backup-Repository schreiben; angehalten</translation>
    </message>
    <message>
        <source>the check query failed on the restored copy</source>
        <translation>die Prüfabfrage ist auf der zurückgespielten Kopie fehlgeschlagen</translation>
    </message>
    <message>
        <source>no database connection for this run</source>
        <translation>keine Datenbankverbindung für diesen Lauf</translation>
    </message>
    <message>
        <source>unknown (no order in the copy)</source>
        <translation>unbekannt (keine Bestellung in der Kopie)</translation>
    </message>
    <message>
        <source>orders: %1 in the copy (last %2), %3 on the primary (last %4): RPO %5</source>
        <translation>Bestellungen: %1 in der Kopie (letzte %2), %3 auf dem Primärserver (letzte %4): RPO %5</translation>
    </message>
    <message>
        <source>restored %1 and recovered it in %2 s (RTO); last order %3 behind the primary (RPO); %4 of %5 orders</source>
        <translation>%1 zurückgespielt und in %2 s wiederhergestellt (RTO); letzte Bestellung %3 hinter dem Primärserver (RPO); %4 von %5 Bestellungen</translation>
    </message>
    <message>
        <source>RTO above %1</source>
        <translation>RTO über %1</translation>
    </message>
    <message>
        <source>RPO above %1</source>
        <translation>RPO über %1</translation>
    </message>
    <message>
        <source>no RTO was measured</source>
        <translation>es wurde kein RTO gemessen</translation>
    </message>
    <message>
        <source>%1 is still there</source>
        <translation>%1 ist noch da</translation>
    </message>
    <message>
        <source>the scratch server (pid %1) still runs</source>
        <translation>der Wegwerf-Server (PID %1) läuft noch</translation>
    </message>
    <message>
        <source>RTO %1 s, RPO %2 s; the scratch server and its folder are gone</source>
        <translation>RTO %1 s, RPO %2 s; der Wegwerf-Server und sein Ordner sind entfernt</translation>
    </message>
    <message>
        <source>pgBackRest backups are read on Unix only</source>
        <translation>pgBackRest-Backups werden nur unter Unix gelesen</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::BuiltinSteps</name>
    <message>
        <source>now: %1 (%2)</source>
        <translation>jetzt: %1 (%2)</translation>
    </message>
    <message>
        <source>would pass</source>
        <translation>würde bestehen</translation>
    </message>
    <message>
        <source>would fail</source>
        <translation>würde fehlschlagen</translation>
    </message>
    <message>
        <source>now: cannot run it: %1</source>
        <translation>jetzt: nicht ausführbar: %1</translation>
    </message>
    <message>
        <source>a read-only query on the primary or a replica, and what it must return</source>
        <translation>eine lesende Abfrage auf dem Primärserver oder einem Replikat, und was sie liefern muss</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be a list ($1, $2...)</source>
        <translation>„params“ muss eine Liste sein ($1, $2...)</translation>
    </message>
    <message>
        <source>Run a read-only query on the %1 and expect %2</source>
        <translation>Eine lesende Abfrage auf dem %1 ausführen und %2 erwarten</translation>
    </message>
    <message>
        <source>a read-only Redis command (PING, INFO field, ROLE...) and what it must return</source>
        <translation>ein lesender Redis-Befehl (PING, INFO-Feld, ROLE...) und was er liefern muss</translation>
    </message>
    <message>
        <source>a check runs only read-only commands (%1), not &quot;%2&quot;</source>
        <translation>eine Prüfung führt nur lesende Befehle aus (%1), nicht „%2“</translation>
    </message>
    <message>
        <source>Redis has no replica to check</source>
        <translation>Redis hat kein Replikat zum Prüfen</translation>
    </message>
    <message>
        <source>Redis has no master</source>
        <translation>Redis hat keinen Master</translation>
    </message>
    <message>
        <source>Ask Redis %1 and expect %2</source>
        <translation>Redis nach %1 fragen und %2 erwarten</translation>
    </message>
    <message>
        <source>preview long-running or idle-in-transaction sessions, then cancel or terminate them</source>
        <translation>lang laufende oder in einer Transaktion untätige Sitzungen anzeigen, dann abbrechen oder beenden</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>no database connection for this run</source>
        <translation>keine Datenbankverbindung für diesen Lauf</translation>
    </message>
    <message>
        <source>%1 may not cancel or terminate sessions: that needs the on-call role (qm_oncall). Sign in as an on-call engineer; nothing was cancelled.</source>
        <translation>%1 darf keine Sitzungen abbrechen oder beenden: Dafür braucht es die Bereitschaftsrolle (qm_oncall). Melden Sie sich als Bereitschaftsingenieur an; nichts wurde abgebrochen.</translation>
    </message>
    <message>
        <source>pid %1 %2@%3 %4 for %5 s: %6</source>
        <translation>pid %1 %2@%3 %4 seit %5 s: %6</translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n session(s) busy or idle in a transaction for more than %1 s</source>
        <translation>
            <numerusform>%n Sitzung beenden, die länger als %1 s beschäftigt oder in einer Transaktion untätig ist</numerusform>
            <numerusform>%n Sitzungen beenden, die länger als %1 s beschäftigt oder in einer Transaktion untätig sind</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the query of %n session(s) running for more than %1 s</source>
        <translation>
            <numerusform>Die Abfrage von %n Sitzung abbrechen, die länger als %1 s läuft</numerusform>
            <numerusform>Die Abfrage von %n Sitzungen abbrechen, die länger als %1 s laufen</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelling does not end an idle transaction: use mode: terminate for those sessions</source>
        <translation>Abbrechen beendet keine untätige Transaktion: Verwenden Sie mode: terminate für diese Sitzungen</translation>
    </message>
    <message>
        <source>%1 sessions qualify, more than max_sessions (%2): narrow the filter or raise max_sessions</source>
        <translation>%1 Sitzungen kommen in Frage, mehr als max_sessions (%2): Grenzen Sie den Filter ein oder erhöhen Sie max_sessions</translation>
    </message>
    <message>
        <source>terminated %1</source>
        <translation>%1 beendet</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>%1 abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) terminated, %1 had already ended or changed</source>
        <translation>
            <numerusform>%n Sitzung beendet, %1 war bereits beendet oder geändert</numerusform>
            <numerusform>%n Sitzungen beendet, %1 waren bereits beendet oder geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n query(ies) cancelled, %1 had already ended or changed</source>
        <translation>
            <numerusform>%n Abfrage abgebrochen, %1 war bereits beendet oder geändert</numerusform>
            <numerusform>%n Abfragen abgebrochen, %1 waren bereits beendet oder geändert</numerusform>
        </translation>
    </message>
    <message>
        <source>not known to have signalled anything</source>
        <translation>es ist nicht bekannt, dass etwas signalisiert wurde</translation>
    </message>
    <message>
        <source>still running: %1</source>
        <translation>läuft noch: %1</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n previewed session(s) still qualifies</source>
        <translation>
            <numerusform>die %n angezeigte Sitzung kommt nicht mehr in Frage</numerusform>
            <numerusform>keine der %n angezeigten Sitzungen kommt noch in Frage</numerusform>
        </translation>
    </message>
    <message>
        <source>repeat a check until it passes or a deadline</source>
        <translation>eine Prüfung wiederholen, bis sie besteht oder eine Frist abläuft</translation>
    </message>
    <message>
        <source>unknown check type %1</source>
        <translation>unbekannter Prüfungstyp %1</translation>
    </message>
    <message>
        <source>Wait up to %1 s until %2 passes</source>
        <translation>Bis zu %1 s warten, bis %2 besteht</translation>
    </message>
    <message>
        <source>would pass at once</source>
        <translation>würde sofort bestehen</translation>
    </message>
    <message>
        <source>would wait</source>
        <translation>würde warten</translation>
    </message>
    <message>
        <source>cancelled while waiting</source>
        <translation>beim Warten abgebrochen</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>deadline passed; last: %1</source>
        <translation>Frist abgelaufen; zuletzt: %1</translation>
    </message>
    <message>
        <source>the condition did not hold before the deadline</source>
        <translation>die Bedingung galt nicht vor Ablauf der Frist</translation>
    </message>
    <message>
        <source>ask the operator and go on only with the expected answer</source>
        <translation>den Bediener fragen und nur mit der erwarteten Antwort weitermachen</translation>
    </message>
    <message>
        <source>Ask: %1 (go on with &quot;%2&quot;)</source>
        <translation>Frage: %1 (weiter mit „%2“)</translation>
    </message>
    <message>
        <source>no operator can answer</source>
        <translation>kein Bediener kann antworten</translation>
    </message>
    <message>
        <source>this step needs an operator&apos;s answer</source>
        <translation>dieser Schritt braucht die Antwort eines Bedieners</translation>
    </message>
    <message>
        <source>answered &quot;%1&quot;</source>
        <translation>geantwortet „%1“</translation>
    </message>
    <message>
        <source>answered &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>geantwortet „%1“, erwartet „%2“</translation>
    </message>
    <message>
        <source>a line for the operator and the journal</source>
        <translation>eine Zeile für den Bediener und das Journal</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of {equals: X}, {not_equals: X}, {at_most: N}, {at_least: N}, {rows: N}</source>
        <translation>„%1“ muss eines von {equals: X}, {not_equals: X}, {at_most: N}, {at_least: N}, {rows: N} sein</translation>
    </message>
    <message>
        <source>%1 takes a number</source>
        <translation>%1 erwartet eine Zahl</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), expected %1</source>
        <translation>
            <numerusform>%n Zeile, erwartet %1</numerusform>
            <numerusform>%n Zeilen, erwartet %1</numerusform>
        </translation>
    </message>
    <message>
        <source>got %1, expected %2 %3</source>
        <translation>erhalten %1, erwartet %2 %3</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::CacheSteps</name>
    <message>
        <source>no purge for these fields</source>
        <translation>keine Löschung für diese Felder</translation>
    </message>
    <message>
        <source>dry run: %1 %2</source>
        <translation>Probelauf: %1 %2</translation>
    </message>
    <message>
        <source>dry run: about %1 %2</source>
        <translation>Probelauf: etwa %1 %2</translation>
    </message>
    <message>
        <source>dry run: what it hits cannot be counted in advance</source>
        <translation>Probelauf: was sie trifft, lässt sich nicht vorab zählen</translation>
    </message>
    <message>
        <source>%1 %2 match, more than max_keys (%3)</source>
        <translation>%1 %2 passen, mehr als max_keys (%3)</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation>%1: %2 erledigt</translation>
    </message>
    <message>
        <source>a new dry run finds %1 %2</source>
        <translation>ein neuer Probelauf findet %1 %2</translation>
    </message>
    <message>
        <source>a Redis purge by pattern, tag or product (with its Varnish pages)</source>
        <translation>eine Redis-Löschung nach Muster, Tag oder Produkt (mit seinen Varnish-Seiten)</translation>
    </message>
    <message>
        <source>cache.purge takes one of pattern, tag or product</source>
        <translation>cache.purge nimmt eines von pattern, tag oder product</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>a Varnish ban by URL and/or Host regex, or an xkey purge, on every instance</source>
        <translation>ein Varnish-Ban per URL- und/oder Host-Regex oder eine xkey-Löschung, auf jeder Instanz</translation>
    </message>
    <message>
        <source>varnish.ban takes url and/or host (a ban), or xkey (a tag purge)</source>
        <translation>varnish.ban nimmt url und/oder host (ein Ban) oder xkey (eine Tag-Löschung)</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::Engine</name>
    <message>
        <source>the runbook has no parameter &quot;%1&quot;</source>
        <translation>das Runbook hat keinen Parameter „%1“</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no value and no default: give it (%2)</source>
        <translation>der Parameter „%1“ hat keinen Wert und keinen Standard: Geben Sie ihn an (%2)</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; must be of type %2, not &quot;%3&quot;</source>
        <translation>der Parameter „%1“ muss vom Typ %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; must be a whole number</source>
        <translation>der Parameter „%1“ muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>cannot read %1 to check its signature</source>
        <translation>%1 kann nicht gelesen werden, um die Signatur zu prüfen</translation>
    </message>
    <message>
        <source>%1 changed since it was read: read it again</source>
        <translation>%1 hat sich seit dem Lesen geändert: Lesen Sie es erneut</translation>
    </message>
    <message>
        <source>cancelled before the step began</source>
        <translation>abgebrochen, bevor der Schritt begann</translation>
    </message>
    <message>
        <source>precondition failed: %1</source>
        <translation>Vorbedingung nicht erfüllt: %1</translation>
    </message>
    <message>
        <source>the audit log refused the step&apos;s intent, so it did not run: %1</source>
        <translation>das Prüfprotokoll hat die Absicht des Schritts abgelehnt, daher lief er nicht: %1</translation>
    </message>
    <message>
        <source>the audit log refused the outcome of step %1: %2</source>
        <translation>das Prüfprotokoll hat das Ergebnis von Schritt %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>not verified before the deadline: %1</source>
        <translation>nicht vor Ablauf der Frist bestätigt: %1</translation>
    </message>
    <message>
        <source>the action failed: %1</source>
        <translation>die Aktion ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>executed before the interruption but not verified now: %1</source>
        <translation>vor der Unterbrechung ausgeführt, aber jetzt nicht bestätigt: %1</translation>
    </message>
    <message>
        <source>step %1 failed: %2</source>
        <translation>Schritt %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>step %1 failed and was rolled back by %2</source>
        <translation>Schritt %1 fehlgeschlagen und durch %2 zurückgerollt</translation>
    </message>
    <message>
        <source>step %1 failed and its rollback %2 failed too: %3</source>
        <translation>Schritt %1 fehlgeschlagen und auch sein Rollback %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>step %1 cannot run: %2</source>
        <translation>Schritt %1 kann nicht laufen: %2</translation>
    </message>
    <message>
        <source>no audit log: a runbook runs only when its intent can be recorded</source>
        <translation>kein Prüfprotokoll: Ein Runbook läuft nur, wenn seine Absicht festgehalten werden kann</translation>
    </message>
    <message>
        <source>not confirmed: nothing ran (%1)</source>
        <translation>nicht bestätigt: nichts lief (%1)</translation>
    </message>
    <message>
        <source>the audit log refused the run&apos;s intent, so nothing ran: %1</source>
        <translation>das Prüfprotokoll hat die Absicht des Laufs abgelehnt, daher lief nichts: %1</translation>
    </message>
    <message>
        <source>cannot journal the run, so nothing ran: %1</source>
        <translation>der Lauf kann nicht ins Journal geschrieben werden, daher lief nichts: %1</translation>
    </message>
    <message>
        <source>the audit log refused the run&apos;s outcome: %1</source>
        <translation>das Prüfprotokoll hat das Ergebnis des Laufs abgelehnt: %1</translation>
    </message>
    <message>
        <source>the journal of run %1 has no header: it cannot be resumed</source>
        <translation>das Journal von Lauf %1 hat keinen Kopf: Er kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>the runbook file changed since run %1 started (content hash %2..., now %3...): resume refused. Restore the file the run started with, or start a new run</source>
        <translation>die Runbook-Datei hat sich seit dem Start von Lauf %1 geändert (Inhalts-Hash %2..., jetzt %3...): Fortsetzen abgelehnt. Stellen Sie die Datei wieder her, mit der der Lauf begann, oder starten Sie einen neuen Lauf</translation>
    </message>
    <message>
        <source>run %1 finished (%2): nothing to resume</source>
        <translation>Lauf %1 ist beendet (%2): nichts fortzusetzen</translation>
    </message>
    <message>
        <source>the audit log refused the resume&apos;s intent, so nothing ran: %1</source>
        <translation>das Prüfprotokoll hat die Absicht der Fortsetzung abgelehnt, daher lief nichts: %1</translation>
    </message>
    <message>
        <source>the audit log refused the resume&apos;s outcome: %1</source>
        <translation>das Prüfprotokoll hat das Ergebnis der Fortsetzung abgelehnt: %1</translation>
    </message>
    <message>
        <source>the runbook run</source>
        <translation>der Runbook-Lauf</translation>
    </message>
    <message>
        <source>the runbook resume</source>
        <translation>die Runbook-Fortsetzung</translation>
    </message>
    <message>
        <source>this runbook needs two-person approval: a second on-call role approves the run (its runbook file and parameters) before it acts</source>
        <translation>dieses Runbook braucht eine Zwei-Personen-Freigabe: Eine zweite Bereitschaftsrolle gibt den Lauf (seine Runbook-Datei und Parameter) frei, bevor er handelt</translation>
    </message>
    <message>
        <source>no signed audit checkpoint was written after the run: %1</source>
        <translation>nach dem Lauf wurde kein signierter Prüf-Checkpoint geschrieben: %1</translation>
    </message>
    <message>
        <source>this runbook needs two-person approval, which the database keeps: no database, so nothing ran</source>
        <translation>dieses Runbook braucht eine Zwei-Personen-Freigabe, die die Datenbank festhält: keine Datenbank, daher lief nichts</translation>
    </message>
    <message>
        <source>two-person approval refused, so nothing ran: %1</source>
        <translation>Zwei-Personen-Freigabe abgelehnt, daher lief nichts: %1</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::HaSteps</name>
    <message>
        <source>Patroni did not answer in time</source>
        <translation>Patroni hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the profile names no Patroni REST API (&quot;patroni&quot; in the profile)</source>
        <translation>das Profil nennt keine Patroni-REST-API („patroni“ im Profil)</translation>
    </message>
    <message>
        <source>no database connection for this run</source>
        <translation>keine Datenbankverbindung für diesen Lauf</translation>
    </message>
    <message>
        <source>no PostgreSQL server answers</source>
        <translation>kein PostgreSQL-Server antwortet</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the on-call role (qm_oncall). Sign in as an on-call engineer; nothing was changed.</source>
        <translation>%1 darf nicht %2: Dafür braucht es die Bereitschaftsrolle (qm_oncall). Melden Sie sich als Bereitschaftsingenieur an; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1 has the on-call role</source>
        <translation>%1 hat die Bereitschaftsrolle</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>Leader</translation>
    </message>
    <message>
        <source>lag unknown</source>
        <translation>Verzögerung unbekannt</translation>
    </message>
    <message>
        <source>lag %1 bytes</source>
        <translation>Verzögerung %1 Bytes</translation>
    </message>
    <message>
        <source>%1: %2, %3, timeline %4, %5%6</source>
        <translation>%1: %2, %3, Timeline %4, %5%6</translation>
    </message>
    <message>
        <source>, tagged nofailover</source>
        <translation>, mit nofailover markiert</translation>
    </message>
    <message>
        <source>a condition of the Patroni cluster (leader running, replicas streaming, lag, timelines, paused, etcd reachable)</source>
        <translation>eine Bedingung des Patroni-Clusters (Leader läuft, Replikate streamen, Verzögerung, Timelines, pausiert, etcd erreichbar)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>the profile names no Patroni REST API</source>
        <translation>das Profil nennt keine Patroni-REST-API</translation>
    </message>
    <message>
        <source>the members reach etcd</source>
        <translation>die Mitglieder erreichen etcd</translation>
    </message>
    <message>
        <source>leader %1 is %2</source>
        <translation>Leader %1 ist %2</translation>
    </message>
    <message>
        <source>no leader</source>
        <translation>kein Leader</translation>
    </message>
    <message>
        <source>leader %1</source>
        <translation>Leader %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>pausiert</translation>
    </message>
    <message>
        <source>not paused</source>
        <translation>nicht pausiert</translation>
    </message>
    <message>
        <source> (at most %1 bytes)</source>
        <translation> (höchstens %1 Bytes)</translation>
    </message>
    <message>
        <source>%1 is %2 (expected %3): %4</source>
        <translation>%1 ist %2 (erwartet %3): %4</translation>
    </message>
    <message>
        <source>Check that Patroni&apos;s %1 is %2</source>
        <translation>Prüfen, dass bei Patroni %1 gleich %2 ist</translation>
    </message>
    <message>
        <source>now: %1 (%2)</source>
        <translation>jetzt: %1 (%2)</translation>
    </message>
    <message>
        <source>would pass</source>
        <translation>würde bestehen</translation>
    </message>
    <message>
        <source>would fail</source>
        <translation>würde fehlschlagen</translation>
    </message>
    <message>
        <source>now: cannot run it: %1</source>
        <translation>jetzt: nicht ausführbar: %1</translation>
    </message>
    <message>
        <source>promote a chosen replica when the leader is gone (Patroni failover)</source>
        <translation>ein gewähltes Replikat befördern, wenn der Leader weg ist (Patroni-Failover)</translation>
    </message>
    <message>
        <source>hand the leader role to a replica (Patroni planned switchover)</source>
        <translation>die Leader-Rolle an ein Replikat übergeben (geplanter Patroni-Switchover)</translation>
    </message>
    <message>
        <source>&quot;scheduled&quot; must be an ISO 8601 time with its offset, e.g. 2026-12-07T03:00:00+00:00</source>
        <translation>„scheduled“ muss eine ISO-8601-Zeit mit Offset sein, z. B. 2026-12-07T03:00:00+00:00</translation>
    </message>
    <message>
        <source>fail over PostgreSQL</source>
        <translation>einen Failover von PostgreSQL auslösen</translation>
    </message>
    <message>
        <source>switch PostgreSQL over</source>
        <translation>PostgreSQL per Switchover umschalten</translation>
    </message>
    <message>
        <source>Patroni would refuse a failover to %1: %2</source>
        <translation>Patroni würde einen Failover auf %1 ablehnen: %2</translation>
    </message>
    <message>
        <source>Patroni would refuse a switchover to %1: %2</source>
        <translation>Patroni würde einen Switchover auf %1 ablehnen: %2</translation>
    </message>
    <message>
        <source>(no candidate)</source>
        <translation>(kein Kandidat)</translation>
    </message>
    <message>
        <source>pre-flight passed for %1%2</source>
        <translation>Vorprüfung für %1%2 bestanden</translation>
    </message>
    <message>
        <source>Fail over to %1 (now leading: %2)</source>
        <translation>Failover auf %1 (Leader jetzt: %2)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Switch over from %1 to %2</source>
        <translation>Switchover von %1 auf %2</translation>
    </message>
    <message>
        <source>Schedule a switchover from %1 to %2 at %3</source>
        <translation>Einen Switchover von %1 auf %2 um %3 planen</translation>
    </message>
    <message>
        <source>candidate %1: %2, timeline %3</source>
        <translation>Kandidat %1: %2, Timeline %3</translation>
    </message>
    <message>
        <source>maximum_lag_on_failover %1 bytes, ttl %2 s, loop_wait %3 s</source>
        <translation>maximum_lag_on_failover %1 Bytes, ttl %2 s, loop_wait %3 s</translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation>kein Kandidat</translation>
    </message>
    <message>
        <source>no replica can take over</source>
        <translation>kein Replikat kann übernehmen</translation>
    </message>
    <message>
        <source>asking Patroni to fail over to %1</source>
        <translation>Patroni wird um einen Failover auf %1 gebeten</translation>
    </message>
    <message>
        <source>asking Patroni to switch over from %1 to %2</source>
        <translation>Patroni wird um einen Switchover von %1 auf %2 gebeten</translation>
    </message>
    <message>
        <source>no Patroni member answered</source>
        <translation>kein Patroni-Mitglied hat geantwortet</translation>
    </message>
    <message>
        <source>Patroni: %1</source>
        <translation>Patroni: %1</translation>
    </message>
    <message>
        <source>Patroni has the switchover scheduled for %1</source>
        <translation>Patroni hat den Switchover für %1 geplant</translation>
    </message>
    <message>
        <source>no leader yet</source>
        <translation>noch kein Leader</translation>
    </message>
    <message>
        <source>%1 still leads</source>
        <translation>%1 ist noch Leader</translation>
    </message>
    <message>
        <source>%1 leads, not the candidate %2</source>
        <translation>%1 ist Leader, nicht der Kandidat %2</translation>
    </message>
    <message>
        <source>the new leader %1 is %2</source>
        <translation>der neue Leader %1 ist %2</translation>
    </message>
    <message>
        <source>the new leader %1 is still on timeline %2</source>
        <translation>der neue Leader %1 ist noch auf Timeline %2</translation>
    </message>
    <message>
        <source>%1 leads on timeline %2 but no write was accepted yet: %3</source>
        <translation>%1 ist Leader auf Timeline %2, hat aber noch keinen Schreibzugriff angenommen: %3</translation>
    </message>
    <message>
        <source>the console&apos;s write went to port %1, not to the new leader %2 (port %3)</source>
        <translation>der Schreibzugriff der Konsole ging an Port %1, nicht an den neuen Leader %2 (Port %3)</translation>
    </message>
    <message>
        <source>%1 leads on timeline %2 (was %3 on %4) and committed transaction %5</source>
        <translation>%1 ist Leader auf Timeline %2 (vorher %3 auf %4) und hat Transaktion %5 festgeschrieben</translation>
    </message>
    <message>
        <source>put Patroni in maintenance mode (no automatic failover)</source>
        <translation>Patroni in den Wartungsmodus versetzen (kein automatischer Failover)</translation>
    </message>
    <message>
        <source>take Patroni out of maintenance mode (automatic failover on)</source>
        <translation>Patroni aus dem Wartungsmodus holen (automatischer Failover an)</translation>
    </message>
    <message>
        <source>pause Patroni</source>
        <translation>Patroni pausieren</translation>
    </message>
    <message>
        <source>resume Patroni</source>
        <translation>Patroni fortsetzen</translation>
    </message>
    <message>
        <source>no Patroni member answers: %1</source>
        <translation>kein Patroni-Mitglied antwortet: %1</translation>
    </message>
    <message>
        <source>Pause Patroni: it stops failing over and restarting PostgreSQL until resumed</source>
        <translation>Patroni pausieren: Es hört auf, Failover auszuführen und PostgreSQL neu zu starten, bis es fortgesetzt wird</translation>
    </message>
    <message>
        <source>Resume Patroni: automatic failover on again</source>
        <translation>Patroni fortsetzen: automatischer Failover wieder an</translation>
    </message>
    <message>
        <source>now: paused</source>
        <translation>jetzt: pausiert</translation>
    </message>
    <message>
        <source>now: not paused</source>
        <translation>jetzt: nicht pausiert</translation>
    </message>
    <message>
        <source>Patroni is already paused</source>
        <translation>Patroni ist bereits pausiert</translation>
    </message>
    <message>
        <source>Patroni is not paused</source>
        <translation>Patroni ist nicht pausiert</translation>
    </message>
    <message>
        <source>pause requested</source>
        <translation>Pause angefordert</translation>
    </message>
    <message>
        <source>resume requested</source>
        <translation>Fortsetzen angefordert</translation>
    </message>
    <message>
        <source>Patroni is paused</source>
        <translation>Patroni ist pausiert</translation>
    </message>
    <message>
        <source>have the Redis Sentinels promote a replica of the profile&apos;s master</source>
        <translation>die Redis-Sentinels ein Replikat des Masters des Profils befördern lassen</translation>
    </message>
    <message>
        <source>the profile names no Sentinel</source>
        <translation>das Profil nennt keinen Sentinel</translation>
    </message>
    <message>
        <source>the profile&apos;s Redis is not managed by Sentinel: there is nothing to fail over</source>
        <translation>das Redis des Profils wird nicht von Sentinel verwaltet: Es gibt nichts umzuschalten</translation>
    </message>
    <message>
        <source>fail Redis over</source>
        <translation>einen Failover von Redis auslösen</translation>
    </message>
    <message>
        <source>no Sentinel answers: %1</source>
        <translation>kein Sentinel antwortet: %1</translation>
    </message>
    <message>
        <source>the Sentinels cannot fail over %1: %2</source>
        <translation>die Sentinels können keinen Failover von %1 ausführen: %2</translation>
    </message>
    <message>
        <source>Ask the Sentinels to fail %1 over from %2 to one of its replicas (%3)</source>
        <translation>Die Sentinels bitten, %1 von %2 auf eines seiner Replikate umzuschalten (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 has no replica to promote</source>
        <translation>%1 hat kein Replikat zum Befördern</translation>
    </message>
    <message>
        <source>protected namespaces checked after: %1</source>
        <translation>danach geprüfte geschützte Namensräume: %1</translation>
    </message>
    <message>
        <source>the Sentinel refused the failover: %1</source>
        <translation>der Sentinel hat den Failover abgelehnt: %1</translation>
    </message>
    <message>
        <source>Sentinel: %1</source>
        <translation>Sentinel: %1</translation>
    </message>
    <message>
        <source>Sentinel started a failover of %1 (from %2)</source>
        <translation>Sentinel hat einen Failover von %1 begonnen (von %2)</translation>
    </message>
    <message>
        <source>no master yet</source>
        <translation>noch kein Master</translation>
    </message>
    <message>
        <source>%1 is still the master</source>
        <translation>%1 ist noch der Master</translation>
    </message>
    <message>
        <source>the new master %1 refused a write: %2</source>
        <translation>der neue Master %1 hat einen Schreibzugriff abgelehnt: %2</translation>
    </message>
    <message>
        <source>the write to %1 on %2 did not read back</source>
        <translation>der Schreibzugriff auf %1 in %2 ließ sich nicht zurücklesen</translation>
    </message>
    <message numerus="yes">
        <source>%n protected key(s) missing on the new master, e.g. %1</source>
        <translation>
            <numerusform>%n geschützter Schlüssel fehlt auf dem neuen Master, z. B. %1</numerusform>
            <numerusform>%n geschützte Schlüssel fehlen auf dem neuen Master, z. B. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the master now (was %2), took a write to %3; %n protected key(s) intact</source>
        <translation>
            <numerusform>%1 ist jetzt der Master (vorher %2), hat einen Schreibzugriff auf %3 angenommen; %n geschützter Schlüssel intakt</numerusform>
            <numerusform>%1 ist jetzt der Master (vorher %2), hat einen Schreibzugriff auf %3 angenommen; %n geschützte Schlüssel intakt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::runbooks::Journal</name>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>der Journal-Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>a journal for run %1 exists already</source>
        <translation>ein Journal für Lauf %1 existiert bereits</translation>
    </message>
    <message>
        <source>no journal for run %1 in %2</source>
        <translation>kein Journal für Lauf %1 in %2</translation>
    </message>
    <message>
        <source>cannot write the run journal %1</source>
        <translation>das Lauf-Journal %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>journal record %1 (%2) not yet in the database: %3</source>
        <translation>Journal-Eintrag %1 (%2) noch nicht in der Datenbank: %3</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::OpsSteps</name>
    <message>
        <source>no database connection for this run</source>
        <translation>keine Datenbankverbindung für diesen Lauf</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the on-call role (qm_oncall). Sign in as an on-call engineer; nothing was changed.</source>
        <translation>%1 darf nicht %2: Dafür braucht es die Bereitschaftsrolle (qm_oncall). Melden Sie sich als Bereitschaftsingenieur an; nichts wurde geändert.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>switch maintenance mode on (reason, scheduled end): the storefront stops taking orders and shows its maintenance page</source>
        <translation>Wartungsmodus einschalten (Grund, geplantes Ende): Der Shop nimmt keine Bestellungen mehr an und zeigt seine Wartungsseite</translation>
    </message>
    <message>
        <source>switch maintenance mode off: the storefront takes orders again</source>
        <translation>Wartungsmodus ausschalten: Der Shop nimmt wieder Bestellungen an</translation>
    </message>
    <message>
        <source>&quot;until&quot; is a duration (30m, 2h) or an ISO time (2026-12-07T06:00:00Z)</source>
        <translation>„until“ ist eine Dauer (30m, 2h) oder eine ISO-Zeit (2026-12-07T06:00:00Z)</translation>
    </message>
    <message>
        <source>switch maintenance mode</source>
        <translation>den Wartungsmodus umschalten</translation>
    </message>
    <message>
        <source>Switch maintenance mode on (&quot;%1&quot;) until %2: no orders are taken, the storefront shows its maintenance page</source>
        <translation>Wartungsmodus einschalten („%1“) bis %2: Es werden keine Bestellungen angenommen, der Shop zeigt seine Wartungsseite</translation>
    </message>
    <message>
        <source>Switch maintenance mode on (&quot;%1&quot;) with no scheduled end: no orders are taken, the storefront shows its maintenance page</source>
        <translation>Wartungsmodus einschalten („%1“) ohne geplantes Ende: Es werden keine Bestellungen angenommen, der Shop zeigt seine Wartungsseite</translation>
    </message>
    <message>
        <source>no scheduled end: the store stays closed until someone switches maintenance off</source>
        <translation>kein geplantes Ende: Der Shop bleibt geschlossen, bis jemand die Wartung ausschaltet</translation>
    </message>
    <message>
        <source>Switch maintenance mode off: the storefront takes orders again</source>
        <translation>Wartungsmodus ausschalten: Der Shop nimmt wieder Bestellungen an</translation>
    </message>
    <message>
        <source>now: on since %1 (&quot;%2&quot;)</source>
        <translation>jetzt: an seit %1 („%2“)</translation>
    </message>
    <message>
        <source>now: off</source>
        <translation>jetzt: aus</translation>
    </message>
    <message>
        <source>no storefront reports its state: only the database and Varnish can be verified</source>
        <translation>kein Shop meldet seinen Zustand: Nur die Datenbank und Varnish lassen sich prüfen</translation>
    </message>
    <message>
        <source>the profile names no Varnish: the page is not checked</source>
        <translation>das Profil nennt kein Varnish: Die Seite wird nicht geprüft</translation>
    </message>
    <message>
        <source>&quot;until&quot; is a duration (30m, 2h) or an ISO time, not &quot;%1&quot;; nothing was changed</source>
        <translation>„until“ ist eine Dauer (30m, 2h) oder eine ISO-Zeit, nicht „%1“; nichts wurde geändert</translation>
    </message>
    <message>
        <source>maintenance mode switched on</source>
        <translation>Wartungsmodus eingeschaltet</translation>
    </message>
    <message>
        <source>maintenance mode switched off</source>
        <translation>Wartungsmodus ausgeschaltet</translation>
    </message>
    <message>
        <source>database: on</source>
        <translation>Datenbank: an</translation>
    </message>
    <message>
        <source>database: off</source>
        <translation>Datenbank: aus</translation>
    </message>
    <message>
        <source>storefront: refuses orders</source>
        <translation>Shop: lehnt Bestellungen ab</translation>
    </message>
    <message>
        <source>storefront: takes orders</source>
        <translation>Shop: nimmt Bestellungen an</translation>
    </message>
    <message>
        <source>storefront: not running</source>
        <translation>Shop: läuft nicht</translation>
    </message>
    <message>
        <source>%1: maintenance page (503, Retry-After %2)</source>
        <translation>%1: Wartungsseite (503, Retry-After %2)</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1: HTTP %2</translation>
    </message>
    <message>
        <source>route the storefront&apos;s payments to the primary or secondary provider, or automatically by their circuit breakers</source>
        <translation>die Zahlungen des Shops an den primären oder sekundären Anbieter leiten oder automatisch nach deren Schutzschaltern</translation>
    </message>
    <message>
        <source>route payments</source>
        <translation>Zahlungen leiten</translation>
    </message>
    <message>
        <source>Route payments to %1 (now: %2)</source>
        <translation>Zahlungen an %1 leiten (jetzt: %2)</translation>
    </message>
    <message>
        <source>the %1 provider&apos;s breaker is open: its charges fail fast until it recovers</source>
        <translation>der Schutzschalter des Anbieters %1 ist offen: Seine Abbuchungen schlagen sofort fehl, bis er sich erholt</translation>
    </message>
    <message>
        <source>no storefront reports its providers now (the states above are its last report): only the database can be verified</source>
        <translation>kein Shop meldet jetzt seine Anbieter (die Zustände oben sind seine letzte Meldung): Nur die Datenbank lässt sich prüfen</translation>
    </message>
    <message>
        <source>payments routed to %1</source>
        <translation>Zahlungen an %1 geleitet</translation>
    </message>
    <message>
        <source>the route is %1, not %2</source>
        <translation>die Route ist %1, nicht %2</translation>
    </message>
    <message>
        <source>route %1 set; no storefront is running to apply it</source>
        <translation>Route %1 gesetzt; kein Shop läuft, der sie anwendet</translation>
    </message>
    <message>
        <source>route %1 set; the storefront still applies %2</source>
        <translation>Route %1 gesetzt; der Shop wendet noch %2 an</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the storefront routes payments to %1 (%2)</source>
        <translation>der Shop leitet Zahlungen an %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 provider: breaker %2, failure rate %3 %, %n trip(s)</source>
        <translation>
            <numerusform>Anbieter %1: Schutzschalter %2, Fehlerrate %3 %, %n Auslösung</numerusform>
            <numerusform>Anbieter %1: Schutzschalter %2, Fehlerrate %3 %, %n Auslösungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked on the GUI thread</source>
        <translation>%1: nicht im GUI-Thread geprüft</translation>
    </message>
    <message>
        <source>%1: only http:// and https:// fronts are checked</source>
        <translation>%1: nur http://- und https://-Frontends werden geprüft</translation>
    </message>
    <message>
        <source>%1: the check was cancelled</source>
        <translation>%1: die Prüfung wurde abgebrochen</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::Parser</name>
    <message>
        <source>this value is %1 bytes; a runbook value may have at most %2 bytes. Keep long texts (SQL, notes) short, or move data out of the runbook</source>
        <translation>dieser Wert hat %1 Bytes; ein Runbook-Wert darf höchstens %2 Bytes haben. Halten Sie lange Texte (SQL, Notizen) kurz oder lagern Sie Daten aus dem Runbook aus</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in this mapping (first at line %2): remove one</source>
        <translation>der Schlüssel „%1“ kommt in diesem Mapping zweimal vor (zuerst in Zeile %2): Entfernen Sie einen</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (known: %3): check the spelling</source>
        <translation>unbekannter Schlüssel „%1“ in %2 (bekannt: %3): Prüfen Sie die Schreibweise</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;: add it</source>
        <translation>%1 hat kein „%2“: Fügen Sie es hinzu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>„%1“ muss ein Text sein</translation>
    </message>
    <message>
        <source>%1 must be a mapping with a &quot;type&quot; (a check)</source>
        <translation>%1 muss ein Mapping mit einem „type“ sein (eine Prüfung)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a step type, not a check; %2 takes one of: %3</source>
        <translation>„%1“ ist ein Schritttyp, keine Prüfung; %2 nimmt eines von: %3</translation>
    </message>
    <message>
        <source>unknown check type &quot;%1&quot;; known checks: %2</source>
        <translation>unbekannter Prüfungstyp „%1“; bekannte Prüfungen: %2</translation>
    </message>
    <message>
        <source>a runbook is a mapping with name, title and steps; this file&apos;s top level is not a mapping</source>
        <translation>ein Runbook ist ein Mapping mit name, title und steps; die oberste Ebene dieser Datei ist kein Mapping</translation>
    </message>
    <message>
        <source>the runbook</source>
        <translation>das Runbook</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; must be lower case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (up to 80)</source>
        <translation>der Name „%1“ darf nur Kleinbuchstaben, Ziffern, &apos;-&apos;, &apos;_&apos; oder &apos;.&apos; enthalten (bis 80)</translation>
    </message>
    <message>
        <source>approval must be &quot;none&quot; or &quot;two-person&quot;, not &quot;%1&quot;</source>
        <translation>approval muss „none“ oder „two-person“ sein, nicht „%1“</translation>
    </message>
    <message>
        <source>production_requires_signature must be true or false</source>
        <translation>production_requires_signature muss true oder false sein</translation>
    </message>
    <message>
        <source>parameters must be a list of mappings (- name: ...)</source>
        <translation>parameters muss eine Liste von Mappings sein (- name: ...)</translation>
    </message>
    <message>
        <source>a parameter must be a mapping with a name</source>
        <translation>ein Parameter muss ein Mapping mit einem Namen sein</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>ein Parameter</translation>
    </message>
    <message>
        <source>parameter name &quot;%1&quot;: letters, digits and &apos;_&apos; only</source>
        <translation>Parametername „%1“: nur Buchstaben, Ziffern und &apos;_&apos;</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is declared twice</source>
        <translation>der Parameter „%1“ ist zweimal deklariert</translation>
    </message>
    <message>
        <source>parameter type must be string, int, number or bool, not &quot;%1&quot;</source>
        <translation>der Parametertyp muss string, int, number oder bool sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the default of &quot;%1&quot; is not of its type %2</source>
        <translation>der Standardwert von „%1“ hat nicht seinen Typ %2</translation>
    </message>
    <message>
        <source>the runbook has no &quot;steps&quot;: add a list of steps</source>
        <translation>das Runbook hat keine „steps“: Fügen Sie eine Liste von Schritten hinzu</translation>
    </message>
    <message>
        <source>steps must be a non-empty list (- id: ...)</source>
        <translation>steps muss eine nicht leere Liste sein (- id: ...)</translation>
    </message>
    <message>
        <source>%1 steps; a runbook may have at most %2</source>
        <translation>%1 Schritte; ein Runbook darf höchstens %2 haben</translation>
    </message>
    <message>
        <source>a step must be a mapping (id, type, title, action...)</source>
        <translation>ein Schritt muss ein Mapping sein (id, type, title, action...)</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>ein Schritt</translation>
    </message>
    <message>
        <source>the step at line %1</source>
        <translation>der Schritt in Zeile %1</translation>
    </message>
    <message>
        <source>step id &quot;%1&quot;: lower case letters, digits, &apos;-&apos; and &apos;_&apos; (up to 64)</source>
        <translation>Schritt-ID „%1“: Kleinbuchstaben, Ziffern, &apos;-&apos; und &apos;_&apos; (bis 64)</translation>
    </message>
    <message>
        <source>duplicate step id &quot;%1&quot; (first used at line %2): step ids must be unique</source>
        <translation>doppelte Schritt-ID „%1“ (zuerst in Zeile %2): Schritt-IDs müssen eindeutig sein</translation>
    </message>
    <message>
        <source>unknown step type &quot;%1&quot;; known types: %2</source>
        <translation>unbekannter Schritttyp „%1“; bekannte Typen: %2</translation>
    </message>
    <message>
        <source>precondition must be a list of checks (- type: ...)</source>
        <translation>precondition muss eine Liste von Prüfungen sein (- type: ...)</translation>
    </message>
    <message>
        <source>a precondition</source>
        <translation>eine Vorbedingung</translation>
    </message>
    <message>
        <source>action must be a mapping of the step type&apos;s fields</source>
        <translation>action muss ein Mapping der Felder des Schritttyps sein</translation>
    </message>
    <message>
        <source>verify must be a mapping (check, deadline, interval)</source>
        <translation>verify muss ein Mapping sein (check, deadline, interval)</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>verify&apos;s check</source>
        <translation>die Prüfung von verify</translation>
    </message>
    <message>
        <source>%1 must be a duration up to 24h such as 30s, 5m or 500ms</source>
        <translation>%1 muss eine Dauer bis 24h sein, etwa 30s, 5m oder 500ms</translation>
    </message>
    <message>
        <source>a step cannot roll back to itself</source>
        <translation>ein Schritt kann nicht auf sich selbst zurückrollen</translation>
    </message>
    <message>
        <source>on_failure must be stop, continue or {rollback: &lt;step id&gt;}</source>
        <translation>on_failure muss stop, continue oder {rollback: &lt;Schritt-ID&gt;} sein</translation>
    </message>
    <message>
        <source>rollback to unknown step &quot;%1&quot;; steps are: %2</source>
        <translation>Rollback auf unbekannten Schritt „%1“; Schritte sind: %2</translation>
    </message>
    <message>
        <source>&quot;${%1}&quot; names no parameter: declare it under parameters</source>
        <translation>„${%1}“ nennt keinen Parameter: Deklarieren Sie ihn unter parameters</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a runbook may have at most %2 bytes</source>
        <translation>die Datei hat %1 Bytes; ein Runbook darf höchstens %2 Bytes haben</translation>
    </message>
    <message>
        <source>a tab indents this line: YAML indents with spaces only; replace the tab with spaces</source>
        <translation>ein Tabulator rückt diese Zeile ein: YAML rückt nur mit Leerzeichen ein; ersetzen Sie den Tabulator durch Leerzeichen</translation>
    </message>
    <message>
        <source>YAML syntax error: %1. Check the indentation of this line and the line above it (keys of one mapping start in the same column; list items with &quot;- &quot;)</source>
        <translation>YAML-Syntaxfehler: %1. Prüfen Sie die Einrückung dieser und der vorigen Zeile (Schlüssel eines Mappings beginnen in derselben Spalte; Listeneinträge mit „- “)</translation>
    </message>
    <message>
        <source>cannot read this part of the runbook: %1</source>
        <translation>dieser Teil des Runbooks kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the runbook: %1</source>
        <translation>das Runbook kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read this runbook: %1</source>
        <translation>dieses Runbook kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>for_dead_primary must be true or false</source>
        <translation>for_dead_primary muss true oder false sein</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::Signing</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>OpenSSL could not make an Ed25519 key</source>
        <translation>OpenSSL konnte keinen Ed25519-Schlüssel erzeugen</translation>
    </message>
    <message>
        <source>OpenSSL could not export the Ed25519 key</source>
        <translation>OpenSSL konnte den Ed25519-Schlüssel nicht exportieren</translation>
    </message>
    <message>
        <source>%1 exists already: choose another name; a key is never overwritten</source>
        <translation>%1 existiert bereits: Wählen Sie einen anderen Namen; ein Schlüssel wird nie überschrieben</translation>
    </message>
    <message>
        <source>cannot read the secret key %1</source>
        <translation>der geheime Schlüssel %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not a runbook secret key (qmctl runbook keygen makes one)</source>
        <translation>%1 ist kein geheimer Runbook-Schlüssel (qmctl runbook keygen erzeugt einen)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>OpenSSL could not sign %1</source>
        <translation>OpenSSL konnte %1 nicht signieren</translation>
    </message>
    <message>
        <source>not signed (no %1.sig)</source>
        <translation>nicht signiert (kein %1.sig)</translation>
    </message>
    <message>
        <source>cannot read the signature file %1</source>
        <translation>die Signaturdatei %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not a runbook signature: sign the runbook again (qmctl runbook sign)</source>
        <translation>%1 ist keine Runbook-Signatur: Signieren Sie das Runbook erneut (qmctl runbook sign)</translation>
    </message>
    <message>
        <source>signed with key %1, which is not among the trusted keys in %2: add its public key there if you trust it</source>
        <translation>signiert mit Schlüssel %1, der nicht zu den vertrauenswürdigen Schlüsseln in %2 gehört: Legen Sie seinen öffentlichen Schlüssel dort ab, wenn Sie ihm vertrauen</translation>
    </message>
    <message>
        <source>signed by trusted key %1</source>
        <translation>signiert mit vertrauenswürdigem Schlüssel %1</translation>
    </message>
    <message>
        <source>the runbook&apos;s text changed after it was signed by key %1 (the signature does not match): refused. Restore the signed text, or have the change reviewed and signed again (qmctl runbook sign)</source>
        <translation>der Text des Runbooks hat sich geändert, nachdem es mit Schlüssel %1 signiert wurde (die Signatur passt nicht): abgelehnt. Stellen Sie den signierten Text wieder her oder lassen Sie die Änderung prüfen und neu signieren (qmctl runbook sign)</translation>
    </message>
    <message>
        <source>production runs only signed runbooks from trusted keys; this one is %1</source>
        <translation>Produktion führt nur signierte Runbooks von vertrauenswürdigen Schlüsseln aus; dieses ist %1</translation>
    </message>
    <message>
        <source>UNSIGNED: %1. Production would refuse it.</source>
        <translation>NICHT SIGNIERT: %1. Produktion würde es ablehnen.</translation>
    </message>
    <message>
        <source>a built-in runbook&apos;s signature goes into the trusted keys folder: give that folder</source>
        <translation>die Signatur eines eingebauten Runbooks kommt in den Ordner der vertrauenswürdigen Schlüssel: Geben Sie diesen Ordner an</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>built-in, not signed by a key trusted here (no %1): sign it with qmctl runbook sign %2 --key FILE</source>
        <translation>eingebaut, nicht mit einem hier vertrauenswürdigen Schlüssel signiert (kein %1): Signieren Sie es mit qmctl runbook sign %2 --key FILE</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::StepType</name>
    <message>
        <source>%1 is not a check: it cannot be used as a precondition or verification</source>
        <translation>%1 ist keine Prüfung: Es kann nicht als Vorbedingung oder Verifikation dienen</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing: add it</source>
        <translation>das Feld „%1“ fehlt: Fügen Sie es hinzu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation>„%1“ muss ein nicht leerer Text sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2, not &quot;%3&quot;</source>
        <translation>„%1“ muss eines von %2 sein, nicht „%3“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>„%1“ muss eine Zahl sein</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a duration such as 30s, 5m, 500ms or a number of seconds</source>
        <translation>„%1“ muss eine Dauer wie 30s, 5m, 500ms oder eine Zahl von Sekunden sein</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (this step type knows: %2)</source>
        <translation>unbekanntes Feld „%1“ (dieser Schritttyp kennt: %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a check: a mapping with a type</source>
        <translation>„%1“ muss eine Prüfung sein: ein Mapping mit einem type</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a check type (%2), not &quot;%3&quot;</source>
        <translation>„%1“ braucht einen Prüfungstyp (%2), nicht „%3“</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::approval</name>
    <message>
        <source>no approval request for run %1</source>
        <translation>keine Freigabeanfrage für Lauf %1</translation>
    </message>
</context>
<context>
    <name>qm::safety::CompositeAction</name>
    <message>
        <source>Plan before executing.</source>
        <translation>Erst planen, dann ausführen.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>%1 of %2 steps ran.</source>
        <translation>%1 von %2 Schritten ausgeführt.</translation>
    </message>
</context>
<context>
    <name>qm::safety::DbAuditSink</name>
    <message>
        <source>No database connection for the audit log.</source>
        <translation>Keine Datenbankverbindung für das Audit-Protokoll.</translation>
    </message>
    <message>
        <source>The audit log did not answer in time.</source>
        <translation>Das Audit-Protokoll hat nicht rechtzeitig geantwortet.</translation>
    </message>
</context>
<context>
    <name>qm::safety::Elevation</name>
    <message>
        <source>Production is read-only: nothing was changed.</source>
        <translation>Die Produktion ist schreibgeschützt: Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Production is read-only: %1 was not done.</source>
        <translation>Die Produktion ist schreibgeschützt, daher wurde %1 nicht ausgeführt.</translation>
    </message>
    <message>
        <source>Elevate with View ▸ Elevate… (Ctrl+Shift+E) and give a reason; the elevation ends by itself after the time you choose.</source>
        <translation>Erhöhen Sie die Rechte mit Ansicht ▸ Rechte erhöhen… (Strg+Umschalt+E) und geben Sie eine Begründung an; die Rechteerhöhung endet von selbst nach der gewählten Zeit.</translation>
    </message>
    <message>
        <source>Give a reason of at least %1 characters: it goes to the audit log.</source>
        <translation>Geben Sie eine Begründung mit mindestens %1 Zeichen an: Sie wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>An elevation lasts from 1 to %1 minutes.</source>
        <translation>Eine Rechteerhöhung dauert 1 bis %1 Minuten.</translation>
    </message>
    <message>
        <source>Only production needs an elevation: %1 may be changed as it is.</source>
        <translation>Nur die Produktion braucht eine Rechteerhöhung: %1 darf ohne sie geändert werden.</translation>
    </message>
    <message>
        <source>No audit log: an elevation is recorded before it starts.</source>
        <translation>Kein Prüfprotokoll: Eine Rechteerhöhung wird festgehalten, bevor sie beginnt.</translation>
    </message>
    <message>
        <source>The audit log refused the elevation, so it did not start: %1</source>
        <translation>Das Prüfprotokoll hat die Rechteerhöhung abgelehnt, daher hat sie nicht begonnen: %1</translation>
    </message>
</context>
<context>
    <name>qm::safety::FileAuditSink</name>
    <message>
        <source>Cannot write the audit spool %1.</source>
        <translation>Der Audit-Zwischenspeicher %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>qm::safety::Flow</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Vor dem Start abgebrochen.</translation>
    </message>
    <message>
        <source>No audit log configured: nothing was done, because every destructive action is recorded before it runs.</source>
        <translation>Kein Prüfprotokoll eingerichtet: Nichts wurde getan, weil jede zerstörerische Aktion festgehalten wird, bevor sie läuft.</translation>
    </message>
    <message>
        <source>The %1 step failed unexpectedly: %2</source>
        <translation>Der Schritt %1 ist unerwartet fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation>eine unbekannte Ausnahme</translation>
    </message>
    <message>
        <source>The audit log refused to record the intent, so nothing was done: %1</source>
        <translation>Das Prüfprotokoll hat das Festhalten der Absicht abgelehnt, daher wurde nichts getan: %1</translation>
    </message>
</context>
<context>
    <name>qm::safety::FrictionPolicy</name>
    <message>
        <source>This is production: type the target to confirm.</source>
        <translation>Dies ist Produktion: Tippen Sie das Ziel zur Bestätigung ein.</translation>
    </message>
    <message>
        <source>A large change on staging: type the target to confirm.</source>
        <translation>Eine große Änderung auf Staging: Tippen Sie das Ziel zur Bestätigung ein.</translation>
    </message>
    <message>
        <source>Staging: confirm that you understand what this changes.</source>
        <translation>Staging: Bestätigen Sie, dass Sie verstehen, was dies ändert.</translation>
    </message>
    <message>
        <source>A small change on a development system.</source>
        <translation>Eine kleine Änderung auf einem Entwicklungssystem.</translation>
    </message>
    <message>
        <source>Confirm that you understand what this changes.</source>
        <translation>Bestätigen Sie, dass Sie verstehen, was dies ändert.</translation>
    </message>
    <message>
        <source>More than %L1 %2 on staging: type the target to confirm.</source>
        <translation>Mehr als %L1 %2 auf Staging: Tippen Sie das Ziel zur Bestätigung ein.</translation>
    </message>
    <message>
        <source>items</source>
        <translation>Einträge</translation>
    </message>
</context>
<context>
    <name>qm::safety::SpoolingAuditSink</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>line %1: cut off (the writer stopped mid-line), skipped</source>
        <translation>Zeile %1: abgeschnitten (das Schreiben brach mitten in der Zeile ab), übersprungen</translation>
    </message>
    <message>
        <source>line %1: not a JSON object (%2), skipped</source>
        <translation>Zeile %1: kein JSON-Objekt (%2), übersprungen</translation>
    </message>
    <message>
        <source>line %1: no request id, phase or action, skipped</source>
        <translation>Zeile %1: keine Anfrage-ID, Phase oder Aktion, übersprungen</translation>
    </message>
    <message>
        <source>No database connection for the audit log.</source>
        <translation>Keine Datenbankverbindung für das Prüfprotokoll.</translation>
    </message>
    <message>
        <source>The audit log did not answer in time.</source>
        <translation>Das Prüfprotokoll hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>audit spool: %1 written to the audit log, %2 already there, %3 still spooled</source>
        <translation>Audit-Zwischenspeicher (Spool): %1 ins Prüfprotokoll geschrieben, %2 bereits vorhanden, %3 noch zwischengespeichert</translation>
    </message>
    <message>
        <source>Cannot create the audit spool&apos;s folder %1.</source>
        <translation>Der Ordner des Audit-Zwischenspeichers (Spool) %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>Cannot write the audit spool %1.</source>
        <translation>Der Audit-Zwischenspeicher %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>the audit log is not reachable yet: %1</source>
        <translation>das Prüfprotokoll ist noch nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>the audit log refused spooled line %1 (%2 %3): %4</source>
        <translation>das Prüfprotokoll hat die zwischengespeicherte Zeile %1 abgelehnt (%2 %3): %4</translation>
    </message>
    <message>
        <source>the spool was replayed but could not be renamed: %1</source>
        <translation>der Zwischenspeicher (Spool) wurde eingespielt, konnte aber nicht umbenannt werden: %1</translation>
    </message>
</context>
<context>
    <name>qm::tls::ClientCert</name>
    <message>
        <source>A client key is named without its certificate: name both files, or neither.</source>
        <translation>Ein Client-Schlüssel ist ohne sein Zertifikat angegeben: Geben Sie beide Dateien an oder keine.</translation>
    </message>
    <message>
        <source>A client certificate is named without its key: name both files, or neither.</source>
        <translation>Ein Client-Zertifikat ist ohne seinen Schlüssel angegeben: Geben Sie beide Dateien an oder keine.</translation>
    </message>
    <message>
        <source>The client key %1 can be read by other users (group or world access). Keep it to its owner: chmod 600 %1</source>
        <translation>Der Client-Schlüssel %1 ist für andere Benutzer lesbar (Gruppen- oder Weltzugriff). Beschränken Sie ihn auf seinen Eigentümer: chmod 600 %1</translation>
    </message>
    <message>
        <source>Cannot read the client certificate %1: %2. Check the path in the connection profile.</source>
        <translation>Das Client-Zertifikat %1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>The client certificate %1 holds no PEM certificate.</source>
        <translation>Das Client-Zertifikat %1 enthält kein PEM-Zertifikat.</translation>
    </message>
    <message>
        <source>Cannot read the client key %1: %2. Check the path in the connection profile.</source>
        <translation>Der Client-Schlüssel %1 kann nicht gelesen werden: %2. Prüfen Sie den Pfad im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>The client key %1 holds no unencrypted PEM private key (an encrypted key cannot be used here).</source>
        <translation>Der Client-Schlüssel %1 enthält keinen unverschlüsselten privaten PEM-Schlüssel (ein verschlüsselter Schlüssel ist hier nicht verwendbar).</translation>
    </message>
    <message>
        <source>The client key %1 is not the key of the certificate %2.</source>
        <translation>Der Client-Schlüssel %1 ist nicht der Schlüssel des Zertifikats %2.</translation>
    </message>
    <message>
        <source>%1 asks for a client certificate and the profile names none. Add the certificate and key your administrator issued to the connection profile (Client certificate, Client key).</source>
        <translation>%1 verlangt ein Client-Zertifikat, und das Profil nennt keines. Tragen Sie das Zertifikat und den Schlüssel, die Ihr Administrator ausgestellt hat, ins Verbindungsprofil ein (Client-Zertifikat, Client-Schlüssel).</translation>
    </message>
    <message>
        <source>%1 refused the client certificate %2: it is not signed by a CA the server trusts, has expired, or is not for this user. Use the certificate your administrator issued for this server.</source>
        <translation>%1 hat das Client-Zertifikat %2 abgelehnt: Es ist nicht von einer CA signiert, der der Server vertraut, ist abgelaufen oder gilt nicht für diesen Benutzer. Verwenden Sie das Zertifikat, das Ihr Administrator für diesen Server ausgestellt hat.</translation>
    </message>
</context>
<context>
    <name>qm::tls::Tls</name>
    <message>
        <source>the file does not exist</source>
        <translation>die Datei existiert nicht</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>it holds no PEM certificate</source>
        <translation>sie enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <source>%1 refused: its certificate is not signed by a CA this computer trusts (it was issued by &quot;%2&quot;). Choose the CA file that signed the server&apos;s certificate in the connection profile (CA file), or ask the server&apos;s administrator for it.</source>
        <translation>%1 abgelehnt: Sein Zertifikat ist nicht von einer CA signiert, der dieser Computer vertraut (ausgestellt von „%2“). Wählen Sie im Verbindungsprofil die CA-Datei, die das Zertifikat des Servers signiert hat (CA-Datei), oder fragen Sie den Administrator des Servers danach.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate is not signed by the CA you chose (%2); it was issued by &quot;%3&quot;. Choose the CA file that signed the server&apos;s certificate in the connection profile, or ask the server&apos;s administrator which CA that is.</source>
        <translation>%1 abgelehnt: Sein Zertifikat ist nicht von der gewählten CA (%2) signiert; es wurde von „%3“ ausgestellt. Wählen Sie im Verbindungsprofil die CA-Datei, die das Zertifikat des Servers signiert hat, oder fragen Sie den Administrator des Servers, welche CA das ist.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate expired on %2. Ask the server&apos;s administrator to renew it; the console does not connect to a server with an expired certificate.</source>
        <translation>%1 abgelehnt: Sein Zertifikat ist am %2 abgelaufen. Bitten Sie den Administrator des Servers, es zu erneuern; die Konsole verbindet sich nicht mit einem Server mit abgelaufenem Zertifikat.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate is not valid before %2. Check this computer&apos;s clock, or ask the server&apos;s administrator.</source>
        <translation>%1 abgelehnt: Sein Zertifikat ist erst ab %2 gültig. Prüfen Sie die Uhr dieses Computers oder fragen Sie den Administrator des Servers.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate was revoked. Ask the server&apos;s administrator for a new one.</source>
        <translation>%1 abgelehnt: Sein Zertifikat wurde widerrufen. Bitten Sie den Administrator des Servers um ein neues.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate could not be verified (%2). Check the CA file in the connection profile.</source>
        <translation>%1 abgelehnt: Sein Zertifikat konnte nicht geprüft werden (%2). Prüfen Sie die CA-Datei im Verbindungsprofil.</translation>
    </message>
    <message>
        <source>%1 refused: host name mismatch. The certificate is for %2, not for %3. Connect with a name the certificate lists, or ask the server&apos;s administrator for a certificate that names %3.</source>
        <translation>%1 abgelehnt: Hostname passt nicht. Das Zertifikat gilt für %2, nicht für %3. Verbinden Sie sich mit einem Namen, den das Zertifikat aufführt, oder bitten Sie den Administrator des Servers um ein Zertifikat, das %3 nennt.</translation>
    </message>
    <message>
        <source>%1 refused: the server does not speak TLS (a plain-text server, or not its TLS port), and the profile requires a verified TLS connection. Use the server&apos;s TLS port or turn TLS on at the server.</source>
        <translation>%1 abgelehnt: Der Server spricht kein TLS (ein Klartext-Server oder nicht sein TLS-Port), und das Profil verlangt eine geprüfte TLS-Verbindung. Verwenden Sie den TLS-Port des Servers oder schalten Sie TLS am Server ein.</translation>
    </message>
    <message>
        <source>Cannot verify %1: the CA file %2 cannot be used (%3). Choose the CA certificate (PEM) that signed the server&apos;s certificate in the connection profile.</source>
        <translation>%1 kann nicht geprüft werden: Die CA-Datei %2 ist nicht verwendbar (%3). Wählen Sie im Verbindungsprofil das CA-Zertifikat (PEM), das das Zertifikat des Servers signiert hat.</translation>
    </message>
</context>
<context>
    <name>qm::vendure::AdminClient</name>
    <message>
        <source>Vendure&apos;s Admin API at %1 does not answer: is the server running?</source>
        <translation>Vendures Admin-API unter %1 antwortet nicht: Läuft der Server?</translation>
    </message>
    <message>
        <source>Vendure&apos;s Admin API at %1 did not answer within %2 s: is it overloaded or stuck? Nothing is known to have changed; read again before retrying.</source>
        <translation>Vendures Admin-API unter %1 hat nicht innerhalb von %2 s geantwortet: Ist sie überlastet oder hängt sie? Es ist keine Änderung bekannt; vor einem neuen Versuch erneut lesen.</translation>
    </message>
    <message>
        <source>Vendure&apos;s Admin API at %1 closed the connection before answering: read again before retrying, the change may or may not have been made.</source>
        <translation>Vendures Admin-API unter %1 hat die Verbindung vor der Antwort geschlossen: Vor einem neuen Versuch erneut lesen, die Änderung wurde vielleicht gemacht, vielleicht nicht.</translation>
    </message>
    <message>
        <source>Vendure refused to %1: the signed-in administrator may not do this (or the sign-in was lost). Check the user&apos;s role in Vendure.</source>
        <translation>Vendure hat „%1“ abgelehnt: Der angemeldete Administrator darf das nicht (oder die Anmeldung ging verloren). Prüfen Sie die Rolle des Benutzers in Vendure.</translation>
    </message>
    <message>
        <source>Cannot %1: %2 Check the id; it may have been deleted in Vendure.</source>
        <translation>„%1“ nicht möglich: %2 Prüfen Sie die ID; sie wurde in Vendure vielleicht gelöscht.</translation>
    </message>
    <message>
        <source>Vendure refused to %1: %2 Nothing was changed.</source>
        <translation>Vendure hat „%1“ abgelehnt: %2 Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Vendure at %1 does not understand the console&apos;s request to %2: is it Vendure 3? (%3)</source>
        <translation>Vendure unter %1 versteht die Anfrage der Konsole („%2“) nicht: Ist es Vendure 3? (%3)</translation>
    </message>
    <message>
        <source>Vendure failed to %1: %2</source>
        <translation>Vendure konnte „%1“ nicht ausführen: %2</translation>
    </message>
    <message>
        <source>Vendure refused to %1: %2 (the order is %3). Nothing was changed; reload the order.</source>
        <translation>Vendure hat „%1“ abgelehnt: %2 (die Bestellung ist %3). Es wurde nichts geändert; laden Sie die Bestellung neu.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Cannot read Vendure&apos;s passfile %1: %2. The connection profile names it under &quot;vendure&quot;: &quot;passfile&quot;.</source>
        <translation>Vendures Passwortdatei %1 ist nicht lesbar: %2. Das Verbindungsprofil nennt sie unter &quot;vendure&quot;: &quot;passfile&quot;.</translation>
    </message>
    <message>
        <source>Vendure&apos;s passfile %1 has no password for the user %2: add a line &quot;%2 PASSWORD&quot;.</source>
        <translation>Vendures Passwortdatei %1 enthält kein Passwort für den Benutzer %2: Fügen Sie eine Zeile &quot;%2 PASSWORT&quot; hinzu.</translation>
    </message>
    <message>
        <source>The connection profile names no Vendure Admin API (&quot;vendure&quot;: &quot;adminApi&quot;).</source>
        <translation>Das Verbindungsprofil nennt keine Vendure-Admin-API (&quot;vendure&quot;: &quot;adminApi&quot;).</translation>
    </message>
    <message>
        <source>The connection profile names no passfile for Vendure&apos;s user %1 (&quot;vendure&quot;: &quot;passfile&quot;).</source>
        <translation>Das Verbindungsprofil nennt keine Passwortdatei für Vendures Benutzer %1 (&quot;vendure&quot;: &quot;passfile&quot;).</translation>
    </message>
    <message>
        <source>sign in as %1</source>
        <translation>sich als %1 anmelden</translation>
    </message>
    <message>
        <source>Vendure at %1 refused the sign-in of %2: %3 Check the password in %4.</source>
        <translation>Vendure unter %1 hat die Anmeldung von %2 abgelehnt: %3 Prüfen Sie das Passwort in %4.</translation>
    </message>
    <message>
        <source>Vendure at %1 signed %2 in but sent no vendure-auth-token header: its authOptions.tokenMethod must include &quot;bearer&quot;.</source>
        <translation>Vendure unter %1 hat %2 angemeldet, aber keinen vendure-auth-token-Header gesendet: Seine authOptions.tokenMethod muss &quot;bearer&quot; enthalten.</translation>
    </message>
    <message>
        <source>Vendure&apos;s Admin API at %1 answered HTTP %2 to %3: is the address right (it ends in /admin-api)?</source>
        <translation>Vendures Admin-API unter %1 hat auf „%3“ mit HTTP %2 geantwortet: Stimmt die Adresse (sie endet auf /admin-api)?</translation>
    </message>
    <message>
        <source>%1 answered something that is not GraphQL to %2: is it Vendure&apos;s Admin API?</source>
        <translation>%1 hat auf „%2“ etwas geantwortet, das kein GraphQL ist: Ist das Vendures Admin-API?</translation>
    </message>
    <message>
        <source>run an Admin API request</source>
        <translation>eine Admin-API-Anfrage ausführen</translation>
    </message>
    <message>
        <source>read product variant %1</source>
        <translation>Produktvariante %1 lesen</translation>
    </message>
    <message>
        <source>Vendure has no product variant with id %1: check the id (it may have been deleted).</source>
        <translation>Vendure hat keine Produktvariante mit der ID %1: Prüfen Sie die ID (sie wurde vielleicht gelöscht).</translation>
    </message>
    <message>
        <source>A price cannot be negative (%1 for product variant %2). Nothing was changed.</source>
        <translation>Ein Preis kann nicht negativ sein (%1 für Produktvariante %2). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 (product variant %2) changed in Vendure after you read it: it was updated at %3 (you saw %4) and its price is now %5 (you saw %6). Nothing was written: reload it and edit again.</source>
        <translation>%1 (Produktvariante %2) wurde in Vendure geändert, nachdem Sie sie gelesen haben: aktualisiert um %3 (Sie sahen %4), der Preis ist jetzt %5 (Sie sahen %6). Es wurde nichts geschrieben: Laden Sie sie neu und bearbeiten Sie sie erneut.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(nicht angegeben)</translation>
    </message>
    <message>
        <source>set the price of %1 (product variant %2) to %3 %4</source>
        <translation>den Preis von %1 (Produktvariante %2) auf %3 %4 setzen</translation>
    </message>
    <message>
        <source>Vendure has no product variant with id %1 any more: it was deleted while you edited it.</source>
        <translation>Vendure hat keine Produktvariante mit der ID %1 mehr: Sie wurde gelöscht, während Sie sie bearbeitet haben.</translation>
    </message>
    <message>
        <source>A stock adjustment of 0 changes nothing: give a positive or negative number.</source>
        <translation>Eine Bestandskorrektur um 0 ändert nichts: Geben Sie eine positive oder negative Zahl an.</translation>
    </message>
    <message>
        <source>%1 (product variant %2) is stocked at %3 locations: name one of %4.</source>
        <translation>%1 (Produktvariante %2) lagert an %3 Standorten: Nennen Sie einen von %4.</translation>
    </message>
    <message>
        <source>%1 (product variant %2) has no stock level at stock location %3 in Vendure.</source>
        <translation>%1 (Produktvariante %2) hat in Vendure keinen Bestand am Lagerort %3.</translation>
    </message>
    <message>
        <source>Stock of %1 at %2 changed in Vendure after you read it: on hand is now %3 (you saw %4), %5 allocated. Nothing was written: reload and adjust again.</source>
        <translation>Der Bestand von %1 in %2 wurde in Vendure geändert, nachdem Sie ihn gelesen haben: physisch jetzt %3 (Sie sahen %4), %5 belegt. Es wurde nichts geschrieben: Neu laden und erneut korrigieren.</translation>
    </message>
    <message>
        <source>Cannot take %1 of %2 off at %3: on hand is %4 and %5 are allocated to orders, so at most %6 can go. Nothing was written.</source>
        <translation>%1 von %2 können in %3 nicht abgebucht werden: Physisch sind %4 da und %5 sind Bestellungen zugeordnet, also höchstens %6. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>set stock on hand of %1 at %2 to %3</source>
        <translation>den physischen Bestand von %1 in %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>Vendure answered the stock write of %1 without its level at %2.</source>
        <translation>Vendure hat auf die Bestandsänderung von %1 ohne dessen Stand in %2 geantwortet.</translation>
    </message>
    <message>
        <source>undo the stock adjustment of %1 at %2</source>
        <translation>die Bestandskorrektur von %1 in %2 rückgängig machen</translation>
    </message>
    <message>
        <source>Checkouts allocated %1 of %2 while on hand was being set to %3, and putting the %4 back failed: %5 Count the stock at %6 now.</source>
        <translation>Bestellungen haben %1 von %2 belegt, während der physische Bestand auf %3 gesetzt wurde, und das Zurückbuchen der %4 ist fehlgeschlagen: %5 Zählen Sie den Bestand in %6 jetzt.</translation>
    </message>
    <message>
        <source>Checkouts allocated %1 of %2 at %3 while the stock was being written: taking %4 off would have left %5 available, so the adjustment was undone (on hand %6, allocated %7). Reload and adjust again.</source>
        <translation>Bestellungen haben %1 von %2 in %3 belegt, während der Bestand geschrieben wurde: %4 abzubuchen hätte %5 verfügbar gelassen, daher wurde die Korrektur rückgängig gemacht (physisch %6, belegt %7). Neu laden und erneut korrigieren.</translation>
    </message>
    <message>
        <source>Stock of %1 at %2 was written (on hand %3, from %4), but orders were fulfilled or cancelled meanwhile (allocated %5, was %6): count the stock there to be sure on hand is right.</source>
        <translation>Der Bestand von %1 in %2 wurde geschrieben (physisch %3, vorher %4), aber inzwischen wurden Bestellungen ausgeliefert oder storniert (belegt %5, vorher %6): Zählen Sie den Bestand dort, um sicherzugehen.</translation>
    </message>
    <message>
        <source>Vendure has no product variant with id %1 any more.</source>
        <translation>Vendure hat keine Produktvariante mit der ID %1 mehr.</translation>
    </message>
    <message>
        <source>read order %1</source>
        <translation>Bestellung %1 lesen</translation>
    </message>
    <message>
        <source>Vendure has no order with id %1: check the id.</source>
        <translation>Vendure hat keine Bestellung mit der ID %1: Prüfen Sie die ID.</translation>
    </message>
    <message>
        <source>cancel order %1</source>
        <translation>Bestellung %1 stornieren</translation>
    </message>
    <message>
        <source>Cannot %1: it has nothing left to cancel (it is cancelled already). Nothing was changed.</source>
        <translation>„%1“ nicht möglich: Es ist nichts mehr zu stornieren (bereits storniert). Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Order %1 (%2) has no settled payment with money left to refund: nothing was changed. Reload the order.</source>
        <translation>Bestellung %1 (%2) hat keine abgeschlossene Zahlung mit erstattbarem Restbetrag: Es wurde nichts geändert. Laden Sie die Bestellung neu.</translation>
    </message>
    <message>
        <source>Cannot refund %1 of order %2: between 1 and %3 (minor units) is left on its payment. Nothing was changed.</source>
        <translation>%1 von Bestellung %2 kann nicht erstattet werden: Auf ihrer Zahlung sind zwischen 1 und %3 (kleinste Einheit) übrig. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>refund %1 of order %2</source>
        <translation>%1 von Bestellung %2 erstatten</translation>
    </message>
    <message>
        <source>Order %1 (%2) has nothing left to fulfil (state %3): nothing was changed.</source>
        <translation>Bestellung %1 (%2) hat nichts mehr auszuliefern (Status %3): Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>fulfil order %1</source>
        <translation>Bestellung %1 ausliefern</translation>
    </message>
    <message>
        <source>mark fulfilment %1 of order %2 %3</source>
        <translation>Lieferung %1 von Bestellung %2 als %3 markieren</translation>
    </message>
    <message>
        <source>Fulfilment %1 was created and stays in its last state.</source>
        <translation>Lieferung %1 wurde angelegt und bleibt in ihrem letzten Status.</translation>
    </message>
    <message>
        <source>An empty note was not added.</source>
        <translation>Eine leere Notiz wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <source>add a note to order %1</source>
        <translation>eine Notiz zu Bestellung %1 hinzufügen</translation>
    </message>
</context>
<context>
    <name>qm::vendure::VendureCsvExporter</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>In die Standardausgabe kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>export products</source>
        <translation>Produkte exportieren</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>Schreiben von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>Speichern von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>qm::vendure::VendureCsvImporter</name>
    <message>
        <source>read the default channel</source>
        <translation>den Standardkanal lesen</translation>
    </message>
    <message>
        <source>read product variants</source>
        <translation>Produktvarianten lesen</translation>
    </message>
    <message>
        <source>a price cannot be negative (%1): Vendure refuses it</source>
        <translation>ein Preis kann nicht negativ sein (%1): Vendure lehnt ihn ab</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in minor units: a whole number like 1299 (12.99 in a currency with cents)</source>
        <translation>„%1“ ist kein Preis in kleinster Einheit: eine ganze Zahl wie 1299 (12.99 in einer Währung mit Cent)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: digits with a point before the cents, like 12.99</source>
        <translation>„%1“ ist kein Preis: Ziffern mit einem Punkt vor den Cent, wie 12.99</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 has (%3): Vendure stores whole minor units</source>
        <translation>„%1“ hat mehr Nachkommastellen als %2 (%3): Vendure speichert ganze kleinste Einheiten</translation>
    </message>
    <message>
        <source>%1 is more than Vendure can store (at most %2 in minor units)</source>
        <translation>%1 ist mehr, als Vendure speichern kann (höchstens %2 in kleinster Einheit)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header line (id,sku,name,...,price_minor) and rows</source>
        <translation>die Datei ist leer: Sie braucht eine Kopfzeile (id,sku,name,...,price_minor) und Zeilen</translation>
    </message>
    <message>
        <source>%1 is the default channel&apos;s language: its names go in the &quot;name&quot; column</source>
        <translation>%1 ist die Sprache des Standardkanals: Ihre Namen gehören in die Spalte „name“</translation>
    </message>
    <message>
        <source>the default channel does not offer the language &quot;%1&quot; (it offers %2): add it to the channel in Vendure first</source>
        <translation>der Standardkanal bietet die Sprache „%1“ nicht an (er bietet %2): Fügen Sie sie zuerst in Vendure dem Kanal hinzu</translation>
    </message>
    <message>
        <source>on Vendure the import sets variant names and prices only: remove the column &quot;%1&quot; (change it in Vendure&apos;s admin)</source>
        <translation>auf Vendure setzt der Import nur Namen und Preise von Varianten: Entfernen Sie die Spalte „%1“ (ändern Sie sie in Vendures Verwaltung)</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (known: %2, name:&lt;language&gt;)</source>
        <translation>unbekannte Spalte „%1“ (bekannt: %2, name:&lt;Sprache&gt;)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>die Spalte „%1“ kommt zweimal vor</translation>
    </message>
    <message>
        <source>the file needs an &quot;id&quot; or a &quot;sku&quot; column to find the variants</source>
        <translation>die Datei braucht eine Spalte „id“ oder „sku“, um die Varianten zu finden</translation>
    </message>
    <message>
        <source>give the price once: &quot;price_minor&quot; (minor units, as exported) or &quot;price&quot; (major units), not both</source>
        <translation>geben Sie den Preis einmal an: „price_minor“ (kleinste Einheit, wie exportiert) oder „price“ (Haupteinheit), nicht beides</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 Felder erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a variant id (a whole number)</source>
        <translation>id „%1“ ist keine Varianten-ID (eine ganze Zahl)</translation>
    </message>
    <message>
        <source>sku is empty</source>
        <translation>sku ist leer</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters (%3)</source>
        <translation>%1 ist länger als %2 Zeichen (%3)</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not the default channel&apos;s (%2): the import sets prices in %2 only</source>
        <translation>die Währung „%1“ ist nicht die des Standardkanals (%2): Der Import setzt Preise nur in %2</translation>
    </message>
    <message>
        <source>variant %1 is on line %2 too: give each variant once</source>
        <translation>Variante %1 steht auch in Zeile %2: Geben Sie jede Variante nur einmal an</translation>
    </message>
    <message>
        <source>SKU &quot;%1&quot; is on line %2 too: give each variant once</source>
        <translation>SKU „%1“ steht auch in Zeile %2: Geben Sie jede Variante nur einmal an</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>Der Import wurde abgebrochen: Nichts wurde importiert.</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>die Datei hat eine Kopfzeile, aber keine Zeilen</translation>
    </message>
    <message>
        <source>import products</source>
        <translation>Produkte importieren</translation>
    </message>
    <message>
        <source>unknown variant id %1: Vendure has no such variant (deleted, or from another store?)</source>
        <translation>unbekannte Varianten-ID %1: Vendure hat keine solche Variante (gelöscht oder aus einem anderen Shop?)</translation>
    </message>
    <message>
        <source>variant %1 has the SKU &quot;%2&quot;, not &quot;%3&quot;: the import does not change SKUs (check the row)</source>
        <translation>Variante %1 hat die SKU „%2“, nicht „%3“: Der Import ändert keine SKUs (prüfen Sie die Zeile)</translation>
    </message>
    <message>
        <source>unknown SKU &quot;%1&quot;: no variant in Vendure has it (the import changes existing variants; create new ones in Vendure)</source>
        <translation>unbekannte SKU „%1“: Keine Variante in Vendure hat sie (der Import ändert bestehende Varianten; legen Sie neue in Vendure an)</translation>
    </message>
    <message>
        <source>the SKU &quot;%1&quot; belongs to %2 variants in Vendure: add the &quot;id&quot; column to say which</source>
        <translation>die SKU „%1“ gehört in Vendure zu %2 Varianten: Fügen Sie die Spalte „id“ hinzu, um anzugeben, welche</translation>
    </message>
    <message>
        <source>variant %1 (%2) is not in Vendure&apos;s Admin API any more</source>
        <translation>Variante %1 (%2) ist nicht mehr in der Admin API von Vendure</translation>
    </message>
    <message>
        <source>%1 %2 of %3 variants were imported before this batch; nothing of it was sent.</source>
        <translation>%1 %2 von %3 Varianten wurden vor diesem Stapel importiert; von ihm wurde nichts gesendet.</translation>
    </message>
    <message>
        <source>it was deleted</source>
        <translation>sie wurde gelöscht</translation>
    </message>
    <message>
        <source>price_minor %1 -&gt; %2</source>
        <translation>price_minor %1 -&gt; %2</translation>
    </message>
    <message>
        <source>name in %1 &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>Name in %1 „%2“ -&gt; „%3“</translation>
    </message>
    <message>
        <source>updatedAt %1 -&gt; %2</source>
        <translation>updatedAt %1 -&gt; %2</translation>
    </message>
    <message>
        <source>variant %1 (%2) changed in Vendure after the plan (%3): left as the other writer made it; export again and redo this row</source>
        <translation>Variante %1 (%2) wurde nach dem Plan in Vendure geändert (%3): so belassen, wie der andere Schreiber sie gesetzt hat; exportieren Sie erneut und wiederholen Sie diese Zeile</translation>
    </message>
    <message>
        <source>The audit log refused the import&apos;s next batch, so it was not sent: %1 %2 of %3 variants were imported before it.</source>
        <translation>Das Prüfprotokoll hat den nächsten Stapel des Imports abgelehnt, daher wurde er nicht gesendet: %1 %2 von %3 Varianten wurden davor importiert.</translation>
    </message>
    <message>
        <source>Vendure refused batch %1 of the import (lines %2-%3): %4 Nothing of this batch was applied; %5 of %6 variants were imported before it.</source>
        <translation>Vendure hat Stapel %1 des Imports abgelehnt (Zeilen %2-%3): %4 Nichts aus diesem Stapel wurde übernommen; %5 von %6 Varianten wurden davor importiert.</translation>
    </message>
    <message>
        <source>read back, variant %1 (%2) does not hold the file&apos;s values: another writer changed it after the import</source>
        <translation>beim Zurücklesen hat Variante %1 (%2) nicht die Werte der Datei: Ein anderer Schreiber hat sie nach dem Import geändert</translation>
    </message>
    <message>
        <source>The Vendure Admin API call was cancelled.</source>
        <translation>Der Aufruf der Vendure-Admin-API wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>qmctl</name>
    <message>
        <source>Connection profile (JSON). Default: $QM_SANDBOX_DIR/profile.json.</source>
        <translation>Verbindungsprofil (JSON). Standard: $QM_SANDBOX_DIR/profile.json.</translation>
    </message>
    <message>
        <source>PostgreSQL user instead of the profile&apos;s.</source>
        <translation>PostgreSQL-Benutzer statt dem des Profils.</translation>
    </message>
    <message>
        <source>Usage: qmctl [--profile FILE] [--user NAME] &lt;command&gt; [options]

Quartermaster&apos;s command line: schema migrations, sandbox data, cluster health.

Global options:
  --profile FILE  connection profile (JSON); default $QM_SANDBOX_DIR/profile.json
  --user NAME     PostgreSQL user instead of the profile&apos;s
  -h, --help      this help; `qmctl &lt;command&gt; --help` for a command&apos;s options
  -v, --version   version

Commands:
</source>
        <translation>Aufruf: qmctl [--profile DATEI] [--user NAME] &lt;Befehl&gt; [Optionen]

Die Kommandozeile von Quartermaster: Schemamigrationen, Sandbox-Daten, Zustand des Clusters.

Globale Optionen:
  --profile DATEI Verbindungsprofil (JSON); Standard $QM_SANDBOX_DIR/profile.json
  --user NAME     PostgreSQL-Benutzer statt dem des Profils
  -h, --help      diese Hilfe; `qmctl &lt;Befehl&gt; --help` für die Optionen eines Befehls
  -v, --version   Version

Befehle:
</translation>
    </message>
    <message>
        <source>qmctl: unknown command &quot;%1&quot;</source>
        <translation>qmctl: unbekannter Befehl „%1“</translation>
    </message>
</context>
<context>
    <name>qmctl::AuditCheckpointCommand</name>
    <message>
        <source>sign the audit chain&apos;s head with an Ed25519 key into a folder</source>
        <translation>den Kopf der Audit-Kette mit einem Ed25519-Schlüssel signieren und in einem Ordner ablegen</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The folder the checkpoint is written to.</source>
        <translation>Der Ordner, in den der Checkpoint geschrieben wird.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>qmctl audit checkpoint: --key FILE and --dir DIR are required</source>
        <translation>qmctl audit checkpoint: --key DATEI und --dir ORDNER sind erforderlich</translation>
    </message>
    <message>
        <source>The audit log is empty: no checkpoint written.</source>
        <translation>Das Prüfprotokoll ist leer: kein Checkpoint geschrieben.</translation>
    </message>
    <message>
        <source>The Ed25519 private key (PEM, mode 0600; qmctl audit keygen makes one), or &quot;keychain&quot; for the key in the OS keychain.</source>
        <translation>Der private Ed25519-Schlüssel (PEM, Modus 0600; qmctl audit keygen erzeugt einen) oder „keychain“ für den Schlüssel im Schlüsselbund des Betriebssystems.</translation>
    </message>
</context>
<context>
    <name>qmctl::AuditKeygenCommand</name>
    <message>
        <source>write a new Ed25519 checkpoint key (FILE, 0600) and FILE.pub</source>
        <translation>einen neuen Ed25519-Checkpoint-Schlüssel (DATEI, 0600) und DATEI.pub schreiben</translation>
    </message>
    <message>
        <source>qmctl audit keygen: give exactly one FILE</source>
        <translation>qmctl audit keygen: Geben Sie genau eine DATEI an</translation>
    </message>
    <message>
        <source>Private key: %1 (mode 0600)</source>
        <translation>Privater Schlüssel: %1 (Modus 0600)</translation>
    </message>
    <message>
        <source>Public key: %1.pub (fingerprint %2)</source>
        <translation>Öffentlicher Schlüssel: %1.pub (Fingerabdruck %2)</translation>
    </message>
    <message>
        <source>Where the private key goes (never overwritten); the public key goes to FILE.pub. Keep the private key off the database&apos;s machines. With --keychain: where the public key goes.</source>
        <translation>Wohin der private Schlüssel kommt (nie überschrieben); der öffentliche Schlüssel kommt nach DATEI.pub. Halten Sie den privaten Schlüssel von den Rechnern der Datenbank fern. Mit --keychain: wohin der öffentliche Schlüssel kommt.</translation>
    </message>
    <message>
        <source>Store the private key in the OS keychain (replacing the one there) instead of a file; FILE receives the public key.</source>
        <translation>Den privaten Schlüssel im Schlüsselbund des Betriebssystems speichern (ersetzt den dort vorhandenen) statt in einer Datei; DATEI erhält den öffentlichen Schlüssel.</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
    <message>
        <source>Private key: in the keychain (entry %1)</source>
        <translation>Privater Schlüssel: im Schlüsselbund (Eintrag %1)</translation>
    </message>
    <message>
        <source>Public key: %1 (fingerprint %2)</source>
        <translation>Öffentlicher Schlüssel: %1 (Fingerabdruck %2)</translation>
    </message>
</context>
<context>
    <name>qmctl::AuditSpoolListCommand</name>
    <message>
        <source>show the audit entries spooled while the database was down</source>
        <translation>die Audit-Einträge anzeigen, die zwischengespeichert wurden, während die Datenbank nicht erreichbar war</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Spool: %1</source>
        <translation>Spool: %1</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Nichts wartet.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting</source>
        <translation>
            <numerusform>%n Eintrag wartet</numerusform>
            <numerusform>%n Einträge warten</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>unlesbar: %1</translation>
    </message>
    <message>
        <source>Write them into the audit log with: qmctl audit spool replay</source>
        <translation>Schreiben Sie sie ins Prüfprotokoll mit: qmctl audit spool replay</translation>
    </message>
</context>
<context>
    <name>qmctl::AuditSpoolReplayCommand</name>
    <message>
        <source>write the spooled audit entries into the audit log, each once</source>
        <translation>die zwischengespeicherten Audit-Einträge ins Prüfprotokoll schreiben, jeden einmal</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Nothing is waiting in %1.</source>
        <translation>In %1 wartet nichts.</translation>
    </message>
    <message>
        <source>Written to the audit log: %1; already there: %2; still waiting: %3</source>
        <translation>Ins Prüfprotokoll geschrieben: %1; bereits vorhanden: %2; wartet noch: %3</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>unlesbar: %1</translation>
    </message>
    <message>
        <source>The spool is kept as %1</source>
        <translation>Der Zwischenspeicher (Spool) wird als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>qmctl: %1</source>
        <translation>qmctl: %1</translation>
    </message>
    <message numerus="yes">
        <source>qmctl: %n entries stay in the spool. Replay as the on-call or an admin role (--user NAME), or ask one to.</source>
        <translation>
            <numerusform>qmctl: %n Eintrag bleibt im Zwischenspeicher (Spool). Spielen Sie ihn mit der Bereitschafts- oder einer Admin-Rolle ein (--user NAME) oder bitten Sie jemanden mit dieser Rolle darum.</numerusform>
            <numerusform>qmctl: %n Einträge bleiben im Zwischenspeicher (Spool). Spielen Sie sie mit der Bereitschafts- oder einer Admin-Rolle ein (--user NAME) oder bitten Sie jemanden mit dieser Rolle darum.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qmctl::AuditVerifyCommand</name>
    <message>
        <source>verify the audit log&apos;s hash chain and its signed checkpoints</source>
        <translation>die Hash-Kette des Prüfprotokolls und ihre signierten Checkpoints prüfen</translation>
    </message>
    <message>
        <source>Verify the rows from this id on (default: all).</source>
        <translation>Die Zeilen ab dieser ID prüfen (Standard: alle).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Rows per server call (default 10000).</source>
        <translation>Zeilen pro Serveraufruf (Standard 10000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Folder of signed checkpoints to check the chain against (with --pubkey).</source>
        <translation>Ordner mit signierten Checkpoints, gegen die die Kette geprüft wird (mit --pubkey).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>The Ed25519 public key (PEM) the checkpoints must be signed with.</source>
        <translation>Der öffentliche Ed25519-Schlüssel (PEM), mit dem die Checkpoints signiert sein müssen.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>qmctl audit verify: --from and --chunk take positive numbers</source>
        <translation>qmctl audit verify: --from und --chunk erwarten positive Zahlen</translation>
    </message>
    <message>
        <source>qmctl audit verify: --checkpoints and --pubkey go together</source>
        <translation>qmctl audit verify: --checkpoints und --pubkey gehören zusammen</translation>
    </message>
    <message>
        <source>audit verify: %1 rows checked, up to id %2 of %3</source>
        <translation>audit verify: %1 Zeilen geprüft, bis ID %2 von %3</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Chain: %1 rows checked, intact</source>
        <translation>Kette: %1 Zeilen geprüft, intakt</translation>
    </message>
    <message>
        <source>Chain: %1 rows checked, first bad id %2</source>
        <translation>Kette: %1 Zeilen geprüft, erste fehlerhafte ID %2</translation>
    </message>
    <message>
        <source>Checkpoints: %1 read, %2 match</source>
        <translation>Checkpoints: %1 gelesen, %2 passen</translation>
    </message>
    <message>
        <source>; the newest anchors id %1 (signed at %2)</source>
        <translation>; der neueste verankert ID %1 (signiert am %2)</translation>
    </message>
    <message>
        <source>FINDING: %1</source>
        <translation>BEFUND: %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
</context>
<context>
    <name>qmctl::CachePurgeCommand</name>
    <message>
        <source>purge Redis keys / Varnish pages by pattern, tag or product, safely</source>
        <translation>Redis-Schlüssel / Varnish-Seiten nach Muster, Tag oder Produkt sicher löschen</translation>
    </message>
    <message>
        <source>Redis glob (Redis&apos; own MATCH syntax).</source>
        <translation>Redis-Glob (Redis&apos; eigene MATCH-Syntax).</translation>
    </message>
    <message>
        <source>glob</source>
        <translation>Glob</translation>
    </message>
    <message>
        <source>Tag set name (the keys of tag:&lt;name&gt;).</source>
        <translation>Name der Tag-Menge (die Schlüssel von tag:&lt;name&gt;).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Product id: its Redis objects and pages, and its Varnish pages.</source>
        <translation>Produkt-ID: seine Redis-Objekte und Seiten sowie seine Varnish-Seiten.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Varnish ban by URL regex.</source>
        <translation>Varnish-Bann per regulärem Ausdruck für die URL.</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>regulärer Ausdruck</translation>
    </message>
    <message>
        <source>Varnish ban by Host regex.</source>
        <translation>Varnish-Bann per regulärem Ausdruck für den Host.</translation>
    </message>
    <message>
        <source>Varnish xkey purge of a tag.</source>
        <translation>Varnish-xkey-Löschung eines Tags.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>Tag</translation>
    </message>
    <message>
        <source>Remove tag-set members whose keys expired.</source>
        <translation>Mitglieder von Tag-Mengen entfernen, deren Schlüssel abgelaufen sind.</translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation>Den Plan zeigen; nichts ändern.</translation>
    </message>
    <message>
        <source>Do not ask (development and staging).</source>
        <translation>Nicht nachfragen (Entwicklung und Staging).</translation>
    </message>
    <message>
        <source>The target, typed: required for production without a terminal.</source>
        <translation>Das eingetippte Ziel: für Produktion ohne Terminal erforderlich.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Allow this one purge to delete sessions and carts (session:*, cart:*).</source>
        <translation>Diesem einen Löschvorgang erlauben, Sitzungen und Warenkörbe zu löschen (session:*, cart:*).</translation>
    </message>
    <message>
        <source>Latency budget for shoppers while deleting (default 2 ms).</source>
        <translation>Latenzbudget für Kunden während des Löschens (Standard 2 ms).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>Den Bericht als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>qmctl cache purge: give exactly one of --pattern, --tag, --product, --ban-url/--ban-host, --varnish-tag, --reap-tags</source>
        <translation>qmctl cache purge: Geben Sie genau eines von --pattern, --tag, --product, --ban-url/--ban-host, --varnish-tag, --reap-tags an</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>  shopper p90 %1 ms</source>
        <translation>  Kunden p90 %1 ms</translation>
    </message>
    <message>
        <source>  pacing %1 ms</source>
        <translation>  Takt %1 ms</translation>
    </message>
    <message>
        <source>  hits: %1 %2%3</source>
        <translation>  Treffer: %1 %2%3</translation>
    </message>
    <message>
        <source> (exact)</source>
        <translation> (genau)</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (Schätzung)</translation>
    </message>
    <message>
        <source>  sample:</source>
        <translation>  Stichprobe:</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  Warnung: %1</translation>
    </message>
    <message>
        <source>  REFUSED: %1</source>
        <translation>  ABGELEHNT: %1</translation>
    </message>
    <message>
        <source>qmctl: not confirmed (%1 Use --yes, or --confirm TARGET for a production profile.)</source>
        <translation>qmctl: nicht bestätigt (%1 Verwenden Sie --yes, oder --confirm ZIEL für ein Produktionsprofil.)</translation>
    </message>
    <message>
        <source>Proceed? [y/N] </source>
        <translation>Fortfahren? (y = ja) [y/N] </translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Tippen Sie %1 zur Bestätigung ein: </translation>
    </message>
    <message>
        <source>qmctl: %1</source>
        <translation>qmctl: %1</translation>
    </message>
    <message>
        <source>verify: ok  </source>
        <translation>Prüfung: ok  </translation>
    </message>
    <message>
        <source>verify: NOT OK  </source>
        <translation>Prüfung: NICHT OK  </translation>
    </message>
    <message>
        <source>audit: recorded (request %1)</source>
        <translation>Audit: festgehalten (Anfrage %1)</translation>
    </message>
    <message>
        <source>%1 may not purge caches: the role lacks the %2 right. Nothing was planned or changed.</source>
        <translation>%1 darf keine Caches leeren: Der Rolle fehlt das Recht %2. Nichts wurde geplant oder geändert.</translation>
    </message>
    <message>
        <source>this role may: %1</source>
        <translation>diese Rolle darf: %1</translation>
    </message>
    <message>
        <source>qmctl: the purge ran, but the audit log refused its outcome (%1); it was kept in %2</source>
        <translation>qmctl: Das Leeren lief, aber das Prüfprotokoll hat sein Ergebnis abgelehnt (%1); es wurde in %2 aufbewahrt</translation>
    </message>
    <message>
        <source>qmctl cache purge: --budget-ms takes a number of milliseconds above 0, not &quot;%1&quot;</source>
        <translation>qmctl cache purge: --budget-ms erwartet eine Zahl von Millisekunden über 0, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>qmctl::CapacityForecastCommand</name>
    <message>
        <source>forecast a capacity series and the time until it reaches its limit</source>
        <translation>eine Kapazitätsreihe und die Zeit bis zum Erreichen ihrer Grenze prognostizieren</translation>
    </message>
    <message>
        <source>PromQL, or a series id (pg.connections, redis.memory, node.disk_used, ...).</source>
        <translation>PromQL oder eine Reihen-ID (pg.connections, redis.memory, node.disk_used, ...).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>AUSDRUCK</translation>
    </message>
    <message>
        <source>History the model learns from: 6h, 2d, 30d. Default 2d.</source>
        <translation>Historie, aus der das Modell lernt: 6h, 2d, 30d. Standard 2d.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>How far ahead to forecast. Default 24h.</source>
        <translation>Wie weit voraus prognostiziert wird. Standard 24h.</translation>
    </message>
    <message>
        <source>The limit to reach (default: the servers&apos; own for the series, if any).</source>
        <translation>Die zu erreichende Grenze (Standard: die der Server für diese Reihe, falls vorhanden).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>The limit is a floor (falling below it is the problem, e.g. a hit ratio).</source>
        <translation>Die Grenze ist eine Untergrenze (darunter zu fallen ist das Problem, z. B. eine Trefferquote).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>qmctl capacity forecast: --expr is required</source>
        <translation>qmctl capacity forecast: --expr ist erforderlich</translation>
    </message>
    <message>
        <source>qmctl capacity forecast: --range and --horizon take durations such as 2d or 24h</source>
        <translation>qmctl capacity forecast: --range und --horizon erwarten Dauern wie 2d oder 24h</translation>
    </message>
    <message>
        <source>qmctl capacity forecast: --limit takes a number</source>
        <translation>qmctl capacity forecast: --limit erwartet eine Zahl</translation>
    </message>
    <message>
        <source>Forecasts need history: this profile has no Prometheus (&quot;prometheus&quot;: {&quot;url&quot;: ...}). qmctl capacity query samples the servers directly.</source>
        <translation>Prognosen brauchen Historie: Dieses Profil hat kein Prometheus (&quot;prometheus&quot;: {&quot;url&quot;: ...}). qmctl capacity query fragt die Server direkt ab.</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>Grenze %1</translation>
    </message>
    <message>
        <source>%1: no forecast: %2</source>
        <translation>%1: keine Prognose: %2</translation>
    </message>
    <message>
        <source>%1: no limit to reach; forecast by %2.</source>
        <translation>%1: keine Grenze in Sicht; Prognose per %2.</translation>
    </message>
    <message>
        <source>no series: %1 returned nothing over the range</source>
        <translation>keine Reihe: %1 lieferte im Zeitraum nichts</translation>
    </message>
</context>
<context>
    <name>qmctl::CapacityQueryCommand</name>
    <message>
        <source>a capacity series over a time range, from Prometheus or sampled directly</source>
        <translation>eine Kapazitätsreihe über einen Zeitraum, aus Prometheus oder direkt abgefragt</translation>
    </message>
    <message>
        <source>PromQL, or a series id (pg.connections, pg.tps, pg.cache_hit, pg.replication_lag_s, redis.ops, redis.memory, redis.hit_ratio, redis.evictions, node.cpu, node.disk_used, biz.orders_per_min, ...).</source>
        <translation>PromQL oder eine Reihen-ID (pg.connections, pg.tps, pg.cache_hit, pg.replication_lag_s, redis.ops, redis.memory, redis.hit_ratio, redis.evictions, node.cpu, node.disk_used, biz.orders_per_min, ...).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>AUSDRUCK</translation>
    </message>
    <message>
        <source>How far back (Prometheus) or how long to sample (direct): 90s, 15m, 6h, 30d. Default 15m.</source>
        <translation>Wie weit zurück (Prometheus) oder wie lange abfragen (direkt): 90s, 15m, 6h, 30d. Standard 15m.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>Prometheus resolution (default: 2s, coarser when the range needs it).</source>
        <translation>Prometheus-Auflösung (Standard: 2s, gröber, wenn der Bereich es verlangt).</translation>
    </message>
    <message>
        <source>Without Prometheus: sample every N seconds (default 2).</source>
        <translation>Ohne Prometheus: alle N Sekunden abfragen (Standard 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>qmctl capacity query: --expr is required</source>
        <translation>qmctl capacity query: --expr ist erforderlich</translation>
    </message>
    <message>
        <source>qmctl capacity query: --range takes a duration such as 15m, not &quot;%1&quot;</source>
        <translation>qmctl capacity query: --range erwartet eine Dauer wie 15m, nicht „%1“</translation>
    </message>
    <message>
        <source>qmctl capacity query: --step takes a duration such as 2s</source>
        <translation>qmctl capacity query: --step erwartet eine Dauer wie 2s</translation>
    </message>
    <message>
        <source>qmctl capacity query: --sample takes seconds (0.1 or more)</source>
        <translation>qmctl capacity query: --sample erwartet Sekunden (0.1 oder mehr)</translation>
    </message>
    <message>
        <source>qmctl capacity query: cannot read %1</source>
        <translation>qmctl capacity query: %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1  %2 points (%3 with a value)  last %4  min %5  max %6 %7</source>
        <translation>%1  %2 Punkte (%3 mit Wert)  zuletzt %4  min %5  max %6 %7</translation>
    </message>
    <message>
        <source>limit %1: %2</source>
        <translation>Grenze %1: %2</translation>
    </message>
</context>
<context>
    <name>qmctl::CatalogExportCommand</name>
    <message>
        <source>export products (a filter of them) as CSV</source>
        <translation>Produkte (eine gefilterte Auswahl) als CSV exportieren</translation>
    </message>
    <message>
        <source>Filter, repeatable: sku=PREFIX, search=TEXT, category=ID[,ID], status=active[,draft], price-min=N, price-max=N, stock=in|low|out.</source>
        <translation>Filter, wiederholbar: sku=PRÄFIX, search=TEXT, category=ID[,ID], status=active[,draft], price-min=N, price-max=N, stock=in|low|out.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>schlüssel=wert</translation>
    </message>
    <message>
        <source>sku, name, price, updated or id; :desc to reverse.</source>
        <translation>sku, name, price, updated oder id; :desc kehrt um.</translation>
    </message>
    <message>
        <source>column</source>
        <translation>Spalte</translation>
    </message>
    <message>
        <source>Output file (default: standard output).</source>
        <translation>Ausgabedatei (Standard: Standardausgabe).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>exported %1 products (%2 MB) in %3 s%4</source>
        <translation>%1 Produkte (%2 MB) in %3 s exportiert%4</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> nach %1</translation>
    </message>
    <message>
        <source>category takes category ids: %1</source>
        <translation>category erwartet Kategorie-IDs: %1</translation>
    </message>
    <message>
        <source>%1 takes a number: %2</source>
        <translation>%1 erwartet eine Zahl: %2</translation>
    </message>
    <message>
        <source>stock is in, low or out</source>
        <translation>stock ist in, low oder out</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;</source>
        <translation>unbekannter Filter „%1“</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot; (sku, name, price, updated, id)</source>
        <translation>kann nicht nach „%1“ sortieren (sku, name, price, updated, id)</translation>
    </message>
    <message>
        <source>qmctl catalog export: on Vendure the export writes every variant in id order: --filter and --sort do not apply</source>
        <translation>qmctl catalog export: Auf Vendure schreibt der Export jede Variante in ID-Reihenfolge: --filter und --sort gelten nicht</translation>
    </message>
</context>
<context>
    <name>qmctl::CatalogImportCommand</name>
    <message>
        <source>import products from CSV: every bad row reported, then all or nothing</source>
        <translation>Produkte aus CSV importieren: jede fehlerhafte Zeile wird gemeldet, dann alles oder nichts</translation>
    </message>
    <message>
        <source>Check and count; change nothing.</source>
        <translation>Prüfen und zählen; nichts ändern.</translation>
    </message>
    <message>
        <source>Reuse a request id to retry safely (applied at most once).</source>
        <translation>Eine Anfrage-ID wiederverwenden, um sicher zu wiederholen (höchstens einmal angewendet).</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>Issues to list (default 1000).</source>
        <translation>Aufzulistende Probleme (Standard 1000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>qmctl catalog import: give exactly one CSV file</source>
        <translation>qmctl catalog import: Geben Sie genau eine CSV-Datei an</translation>
    </message>
    <message>
        <source>qmctl catalog import: --request-id is not a UUID</source>
        <translation>qmctl catalog import: --request-id ist keine UUID</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), columns %2%3</source>
        <translation>
            <numerusform>%1: %n Zeile, Spalten %2%3</numerusform>
            <numerusform>%1: %n Zeilen, Spalten %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source> (UTF-8 BOM)</source>
        <translation> (UTF-8-BOM)</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s); nothing was imported:</source>
        <translation>
            <numerusform>%n Problem; nichts wurde importiert:</numerusform>
            <numerusform>%n Probleme; nichts wurde importiert:</numerusform>
        </translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation>  ... und %1 weitere</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 neu, %2 aktualisiert, %3 unverändert</translation>
    </message>
    <message>
        <source>already imported by request %1 (%2): nothing done now</source>
        <translation>bereits durch Anfrage %1 importiert (%2): jetzt nichts getan</translation>
    </message>
    <message>
        <source>dry run: would import %1 (%2 price changes); nothing changed</source>
        <translation>Probelauf: würde %1 importieren (%2 Preisänderungen); nichts geändert</translation>
    </message>
    <message>
        <source>imported: %1 in %2 s (request %3)</source>
        <translation>importiert: %1 in %2 s (Anfrage %3)</translation>
    </message>
    <message>
        <source>Column separator: auto (from the header line; the default), comma, semicolon or tab.</source>
        <translation>Spaltentrenner: auto (aus der Kopfzeile; Standard), comma, semicolon oder tab.</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>trenner</translation>
    </message>
    <message>
        <source>qmctl catalog import: --delimiter is auto, comma, semicolon or tab</source>
        <translation>qmctl catalog import: --delimiter ist auto, comma, semicolon oder tab</translation>
    </message>
    <message>
        <source>columns separated by %1 (detected)</source>
        <translation>Spalten getrennt durch %1 (erkannt)</translation>
    </message>
    <message>
        <source>columns separated by %1 (--delimiter)</source>
        <translation>Spalten getrennt durch %1 (--delimiter)</translation>
    </message>
    <message>
        <source>To retry safely, run the same import with --request-id %1 (a request is applied at most once).</source>
        <translation>Um sicher zu wiederholen, führen Sie denselben Import mit --request-id %1 aus (eine Anfrage wird höchstens einmal angewendet).</translation>
    </message>
    <message>
        <source>CSV with a header: sku,name,price[,description,status,currency,category,tags,attributes]; on a Vendure profile id,sku,name[,name:LANG...],price_minor,currency (as catalog export writes it)</source>
        <translation>CSV mit Kopfzeile: sku,name,price[,description,status,currency,category,tags,attributes]; bei einem Vendure-Profil id,sku,name[,name:LANG...],price_minor,currency (wie catalog export sie schreibt)</translation>
    </message>
    <message>
        <source>  ... and %1 more changes</source>
        <translation>  ... und %1 weitere Änderungen</translation>
    </message>
    <message>
        <source>  conflict, line %1: %2</source>
        <translation>  Konflikt, Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n batch(es): those stay applied</source>
        <translation>
            <numerusform>nach %n Stapel angehalten: dieser bleibt übernommen</numerusform>
            <numerusform>nach %n Stapeln angehalten: diese bleiben übernommen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qmctl::Context</name>
    <message>
        <source>No profile: pass --profile FILE, or set QM_SANDBOX_DIR to a sandbox.</source>
        <translation>Kein Profil: Geben Sie --profile DATEI an oder setzen Sie QM_SANDBOX_DIR auf eine Sandbox.</translation>
    </message>
    <message>
        <source>Production: lift read-only mode for this command, with a reason for the audit log (at least %1 characters).</source>
        <translation>Produktion: den Schreibschutz für diesen Befehl aufheben, mit einer Begründung für das Prüfprotokoll (mindestens %1 Zeichen).</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>begründung</translation>
    </message>
    <message>
        <source>How long the elevation lasts (default %1).</source>
        <translation>Wie lange die Rechteerhöhung dauert (Standard %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Production is read-only: nothing was changed. Pass --elevate &quot;REASON&quot; (recorded in the audit log) to write.</source>
        <translation>Die Produktion ist schreibgeschützt: Nichts wurde geändert. Geben Sie --elevate &quot;BEGRÜNDUNG&quot; an (im Prüfprotokoll festgehalten), um zu schreiben.</translation>
    </message>
    <message>
        <source>qmctl: --elevate-minutes takes a number</source>
        <translation>qmctl: --elevate-minutes erwartet eine Zahl</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Der Schlüsselbund hat nicht geantwortet.</translation>
    </message>
</context>
<context>
    <name>qmctl::LoadTestCommand</name>
    <message>
        <source>run a load test along a ramp of order rates and report the highest stable rate (sandbox and staging only)</source>
        <translation>einen Lasttest entlang einer Rampe von Bestellraten ausführen und die höchste stabile Rate melden (nur Sandbox und Staging)</translation>
    </message>
    <message>
        <source>Order rates per second, one step each, e.g. 10,20,40.</source>
        <translation>Bestellraten pro Sekunde, je ein Schritt, z. B. 10,20,40.</translation>
    </message>
    <message>
        <source>RATES</source>
        <translation>RATEN</translation>
    </message>
    <message>
        <source>Length of each step (default 20s).</source>
        <translation>Dauer jedes Schritts (Standard 20s).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>Start of each step that is not measured (default 3s).</source>
        <translation>Beginn jedes Schritts, der nicht gemessen wird (Standard 3s).</translation>
    </message>
    <message>
        <source>A step whose checkout p95 is above this breaks (default 500ms).</source>
        <translation>Ein Schritt, dessen Checkout-p95 darüber liegt, scheitert (Standard 500ms).</translation>
    </message>
    <message>
        <source>A step with a larger share of failed checkouts breaks (default 0.01).</source>
        <translation>Ein Schritt mit einem größeren Anteil fehlgeschlagener Checkouts scheitert (Standard 0.01).</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>ANTEIL</translation>
    </message>
    <message>
        <source>Shopper threads of the simulator (default: 4 + rate / 8).</source>
        <translation>Käufer-Threads des Simulators (Standard: 4 + Rate / 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Port of the simulator&apos;s /metrics (default: the sandbox&apos;s, the primary&apos;s port + 26).</source>
        <translation>Port der /metrics des Simulators (Standard: der der Sandbox, Port des Primärservers + 26).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>The simulator (default: qm-storefront beside qmctl, or $QM_STOREFRONT).</source>
        <translation>Der Simulator (Standard: qm-storefront neben qmctl oder $QM_STOREFRONT).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>JSON statt Text ausgeben.</translation>
    </message>
    <message>
        <source>--error-limit takes a share between 0 and 1</source>
        <translation>--error-limit erwartet einen Anteil zwischen 0 und 1</translation>
    </message>
    <message>
        <source>--metrics-port is needed (the profile names no port)</source>
        <translation>--metrics-port wird benötigt (das Profil nennt keinen Port)</translation>
    </message>
    <message>
        <source>qmctl loadtest: the audit log refused the run&apos;s intent, so nothing ran: %1</source>
        <translation>qmctl loadtest: das Prüfprotokoll hat die Absicht des Laufs abgelehnt, daher lief nichts: %1</translation>
    </message>
    <message>
        <source>step %1/%2: %3 orders/s for %4 s …</source>
        <translation>Schritt %1/%2: %3 Bestellungen/s für %4 s …</translation>
    </message>
    <message>
        <source>qmctl loadtest: the run is not in the audit log: %1</source>
        <translation>qmctl loadtest: der Lauf steht nicht im Prüfprotokoll: %1</translation>
    </message>
    <message>
        <source>%1 orders/s: achieved %2/s, checkout p50 %3 ms p95 %4 ms p99 %5 ms, errors %6 %, DB connections %7, CPU %8 % — %9</source>
        <translation>%1 Bestellungen/s: erreicht %2/s, Checkout p50 %3 ms p95 %4 ms p99 %5 ms, Fehler %6 %, DB-Verbindungen %7, CPU %8 % — %9</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stabil</translation>
    </message>
    <message>
        <source>broke: %1</source>
        <translation>gescheitert: %1</translation>
    </message>
    <message>
        <source>The ramp as percentages of the recorded peak order rate, e.g. 25,50,100,150.</source>
        <translation>Die Rampe als Prozentsätze der aufgezeichneten Spitzen-Bestellrate, z. B. 25,50,100,150.</translation>
    </message>
    <message>
        <source>PERCENTS</source>
        <translation>PROZENTE</translation>
    </message>
    <message>
        <source>The peak order rate (orders/s) --ramp-percent is based on, instead of the recorded one.</source>
        <translation>Die Spitzen-Bestellrate (Bestellungen/s), auf der --ramp-percent beruht, statt der aufgezeichneten.</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>RATE</translation>
    </message>
    <message>
        <source>How many days of history the recorded peak is looked up in (default 30).</source>
        <translation>In wie vielen Tagen Verlauf die aufgezeichnete Spitze gesucht wird (Standard 30).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>TAGE</translation>
    </message>
    <message>
        <source>A step whose checkout p99 is above this breaks (default 1s).</source>
        <translation>Ein Schritt, dessen Checkout-p99 darüber liegt, gilt als gescheitert (Standard 1s).</translation>
    </message>
    <message>
        <source>give either --ramp (orders/s) or --ramp-percent (of the recorded peak)</source>
        <translation>geben Sie entweder --ramp (Bestellungen/s) oder --ramp-percent (der aufgezeichneten Spitze) an</translation>
    </message>
    <message>
        <source>--peak takes a positive order rate per second</source>
        <translation>--peak erwartet eine positive Bestellrate pro Sekunde</translation>
    </message>
    <message>
        <source>--peak-days takes a number of days (1 to 3660)</source>
        <translation>--peak-days erwartet eine Anzahl von Tagen (1 bis 3660)</translation>
    </message>
    <message>
        <source>--step, --warmup, --p95-limit and --p99-target take durations such as 20s or 500ms</source>
        <translation>--step, --warmup, --p95-limit und --p99-target erwarten Dauern wie 20s oder 500ms</translation>
    </message>
    <message>
        <source>given with --peak</source>
        <translation>mit --peak angegeben</translation>
    </message>
    <message>
        <source>recorded peak: %1 orders/s (%2)</source>
        <translation>aufgezeichnete Spitze: %1 Bestellungen/s (%2)</translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <translation>Prometheus unter %1</translation>
    </message>
    <message>
        <source>servers&apos; figures: %1</source>
        <translation>Werte der Server: %1</translation>
    </message>
</context>
<context>
    <name>qmctl::MigrateCommand</name>
    <message>
        <source>apply pending schema migrations (--status: only report them)</source>
        <translation>ausstehende Schemamigrationen anwenden (--status: nur melden)</translation>
    </message>
    <message>
        <source>Report the schema version and pending migrations; change nothing. Exit code 3 when migrations are pending.</source>
        <translation>Schemaversion und ausstehende Migrationen melden; nichts ändern. Exit-Code 3, wenn Migrationen ausstehen.</translation>
    </message>
    <message>
        <source>Read migrations from this folder instead of the embedded ones.</source>
        <translation>Migrationen aus diesem Ordner lesen statt der eingebetteten.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>schema version %1 (this build requires %2)</source>
        <translation>Schemaversion %1 (diese Version braucht %2)</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>aktuell</translation>
    </message>
    <message>
        <source>pending: %1</source>
        <translation>ausstehend: %1</translation>
    </message>
    <message>
        <source>none, already up to date</source>
        <translation>keine, bereits aktuell</translation>
    </message>
    <message>
        <source>schema version %1 (applied: %2)</source>
        <translation>Schemaversion %1 (angewendet: %2)</translation>
    </message>
    <message>
        <source>Which store&apos;s migrations: reference (the console&apos;s own store, default) or vendure (read views in schema qm_vendure of a Vendure database).</source>
        <translation>Welche Migrationen: reference (der eigene Shop der Konsole, Standard) oder vendure (Lese-Views im Schema qm_vendure einer Vendure-Datenbank).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>art</translation>
    </message>
    <message>
        <source>Migrate this database on the profile&apos;s servers instead of the profile&apos;s.</source>
        <translation>Diese Datenbank auf den Servern des Profils migrieren statt der des Profils.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>qmctl: --backend must be reference or vendure, not &quot;%1&quot;</source>
        <translation>qmctl: --backend muss reference oder vendure sein, nicht „%1“</translation>
    </message>
    <message>
        <source>look for Vendure&apos;s tables</source>
        <translation>nach Vendures Tabellen suchen</translation>
    </message>
    <message>
        <source>This database has no Vendure tables (public.product_variant, public.&quot;order&quot;): migrate --backend vendure needs the Vendure store&apos;s database (--database, or a profile that names it), with Vendure&apos;s schema already created.</source>
        <translation>Diese Datenbank hat keine Vendure-Tabellen (public.product_variant, public.&quot;order&quot;): migrate --backend vendure braucht die Datenbank des Vendure-Shops (--database oder ein Profil, das sie nennt), mit bereits angelegtem Vendure-Schema.</translation>
    </message>
</context>
<context>
    <name>qmctl::OrdersTailCommand</name>
    <message>
        <source>print orders as they change (the console&apos;s live feed), until Ctrl+C</source>
        <translation>Bestellungen ausgeben, sobald sie sich ändern (der Live-Feed der Konsole), bis Strg+C</translation>
    </message>
    <message>
        <source>First print the latest N orders.</source>
        <translation>Zuerst die letzten N Bestellungen ausgeben.</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>Exit after N rows.</source>
        <translation>Nach N Zeilen beenden.</translation>
    </message>
    <message>
        <source>Exit after S seconds.</source>
        <translation>Nach S Sekunden beenden.</translation>
    </message>
    <message>
        <source>orders tail: reconnecting: %1</source>
        <translation>Bestellungen: verbinde neu: %1</translation>
    </message>
    <message>
        <source>orders tail: live</source>
        <translation>Bestellungen: live</translation>
    </message>
</context>
<context>
    <name>qmctl::PaymentsStatusCommand</name>
    <message>
        <source>payment route, providers&apos; circuit breakers and maintenance mode</source>
        <translation>Zahlungsroute, Schutzschalter der Anbieter und Wartungsmodus</translation>
    </message>
    <message>
        <source>One JSON object (keys in English).</source>
        <translation>Ein JSON-Objekt (Schlüssel auf Englisch).</translation>
    </message>
    <message>
        <source>route:        %1 (set by %2 at %3%4)</source>
        <translation>Route:        %1 (gesetzt von %2 um %3%4)</translation>
    </message>
    <message>
        <source>storefront:   not reporting</source>
        <translation>Shop:         meldet nicht</translation>
    </message>
    <message>
        <source>storefront:   not reporting since %1 (its last report below)</source>
        <translation>Shop:         meldet nicht seit %1 (letzte Meldung unten)</translation>
    </message>
    <message>
        <source>storefront:   applies %1</source>
        <translation>Shop:         wendet %1 an</translation>
    </message>
    <message>
        <source>storefront:   still applies %1</source>
        <translation>Shop:         wendet noch %1 an</translation>
    </message>
    <message>
        <source>%1  breaker %2  failure rate %3 % of %4 calls  trips %5  last trip %6  ok %7  failed %8  rejected %9</source>
        <translation>%1  Schutzschalter %2  Fehlerrate %3 % von %4 Aufrufen  Auslösungen %5  letzte Auslösung %6  ok %7  fehlgeschlagen %8  abgewiesen %9</translation>
    </message>
    <message>
        <source>maintenance:  on since %1 until %2: %3</source>
        <translation>Wartung:      an seit %1 bis %2: %3</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>ausgeschaltet</translation>
    </message>
    <message>
        <source>maintenance:  off</source>
        <translation>Wartung:      aus</translation>
    </message>
</context>
<context>
    <name>qmctl::QueuesCommand</name>
    <message>
        <source>the order pipeline&apos;s streams: list, replay dead letters, claim, trim</source>
        <translation>die Streams der Bestell-Pipeline: auflisten, Dead Letters erneut einspielen, übernehmen, kürzen</translation>
    </message>
    <message>
        <source>list, replay, claim or trim</source>
        <translation>list, replay, claim oder trim</translation>
    </message>
    <message>
        <source>Consumer group (task).</source>
        <translation>Consumer-Gruppe (Aufgabe).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Dead letter id to replay (repeatable).</source>
        <translation>ID des erneut einzuspielenden Dead Letters (wiederholbar).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>claim: entries pending at least this long (ms).</source>
        <translation>claim: Einträge, die mindestens so lange ausstehen (ms).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>claim: the consumer that gets them.</source>
        <translation>claim: der Consumer, der sie bekommt.</translation>
    </message>
    <message>
        <source>trim: entries to keep.</source>
        <translation>trim: zu behaltende Einträge.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>trim: even entries not yet acknowledged.</source>
        <translation>trim: auch noch nicht bestätigte Einträge.</translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation>Den Plan zeigen; nichts ändern.</translation>
    </message>
    <message>
        <source>Do not ask (development and staging).</source>
        <translation>Nicht nachfragen (Entwicklung und Staging).</translation>
    </message>
    <message>
        <source>The target, typed (production).</source>
        <translation>Das Ziel, eingetippt (Produktion).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>%1: %2 entries</source>
        <translation>%1: %2 Einträge</translation>
    </message>
    <message>
        <source>  %1: lag %2, pending %3 (oldest idle %4 ms), %5 consumers</source>
        <translation>  %1: Rückstand %2, ausstehend %3 (älteste inaktiv %4 ms), %5 Consumer</translation>
    </message>
    <message>
        <source>dead %1 %2 order %3: %4</source>
        <translation>tot %1 %2 Bestellung %3: %4</translation>
    </message>
    <message>
        <source>qmctl queues claim: --group is required</source>
        <translation>qmctl queues claim: --group ist erforderlich</translation>
    </message>
    <message>
        <source>qmctl queues trim: --maxlen N is required</source>
        <translation>qmctl queues trim: --maxlen N ist erforderlich</translation>
    </message>
    <message>
        <source>qmctl queues: give list, replay, claim or trim</source>
        <translation>qmctl queues: Geben Sie list, replay, claim oder trim an</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>ABGELEHNT: %1</translation>
    </message>
    <message>
        <source>verify: ok  </source>
        <translation>Prüfung: ok  </translation>
    </message>
    <message>
        <source>verify: NOT OK  </source>
        <translation>Prüfung: NICHT OK  </translation>
    </message>
    <message>
        <source>trim: the stream (default qm:{orders}:placed).</source>
        <translation>trim: der Stream (Standard qm:{orders}:placed).</translation>
    </message>
</context>
<context>
    <name>qmctl::RunbookCommand</name>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Das Ergebnis als ein JSON-Objekt ausgeben.</translation>
    </message>
    <message>
        <source>Folder of trusted public keys (default $QM_RUNBOOK_TRUSTED_KEYS or &lt;config&gt;/quartermaster/runbook-keys).</source>
        <translation>Ordner der vertrauenswürdigen öffentlichen Schlüssel (Standard $QM_RUNBOOK_TRUSTED_KEYS oder &lt;config&gt;/quartermaster/runbook-keys).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>ordner</translation>
    </message>
    <message>
        <source>A parameter&apos;s value (repeatable).</source>
        <translation>Der Wert eines Parameters (wiederholbar).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>name=wert</translation>
    </message>
    <message>
        <source>Do not ask (development and staging); answer &quot;yes&quot; to confirm steps.</source>
        <translation>Nicht nachfragen (Entwicklung und Staging); Bestätigungsschritte mit „yes“ beantworten.</translation>
    </message>
    <message>
        <source>The confirmation text: the profile&apos;s name for a production profile.</source>
        <translation>Der Bestätigungstext: der Name des Profils bei einem Produktionsprofil.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>The answer of a confirm step (repeatable).</source>
        <translation>Die Antwort auf einen Bestätigungsschritt (wiederholbar).</translation>
    </message>
    <message>
        <source>step=text</source>
        <translation>schritt=text</translation>
    </message>
    <message>
        <source>Where run journals are written (default $XDG_STATE_HOME/quartermaster/runbooks).</source>
        <translation>Wohin Lauf-Journale geschrieben werden (Standard $XDG_STATE_HOME/quartermaster/runbooks).</translation>
    </message>
    <message numerus="yes">
        <source>qmctl: the runbook has %n error(s); nothing ran</source>
        <translation>
            <numerusform>qmctl: Das Runbook hat %n Fehler; nichts lief</numerusform>
            <numerusform>qmctl: Das Runbook hat %n Fehler; nichts lief</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2: started</source>
        <translation>[%1] %2: gestartet</translation>
    </message>
    <message>
        <source>    %1: verified (%2 ms)</source>
        <translation>    %1: bestätigt (%2 ms)</translation>
    </message>
    <message>
        <source>    %1: FAILED after %2 ms: %3</source>
        <translation>    %1: FEHLGESCHLAGEN nach %2 ms: %3</translation>
    </message>
    <message>
        <source>  signature: %1 - %2</source>
        <translation>  Signatur: %1 - %2</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  Warnung: %1</translation>
    </message>
    <message>
        <source>precondition ok:</source>
        <translation>Vorbedingung ok:</translation>
    </message>
    <message>
        <source>precondition FAILS now:</source>
        <translation>Vorbedingung SCHEITERT jetzt:</translation>
    </message>
    <message>
        <source>        warning: %1</source>
        <translation>        Warnung: %1</translation>
    </message>
    <message>
        <source>      REFUSED: %1</source>
        <translation>      ABGELEHNT: %1</translation>
    </message>
    <message>
        <source>  REFUSED: %1</source>
        <translation>  ABGELEHNT: %1</translation>
    </message>
    <message>
        <source>  confirmation: %1</source>
        <translation>  Bestätigung: %1</translation>
    </message>
    <message>
        <source>qmctl: not confirmed (%1 Use --yes, or --confirm TEXT for a production profile.)</source>
        <translation>qmctl: nicht bestätigt (%1 Verwenden Sie --yes oder --confirm TEXT bei einem Produktionsprofil.)</translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Tippen Sie %1 zur Bestätigung ein: </translation>
    </message>
    <message>
        <source>Run it? [y/N] </source>
        <translation>Ausführen? [y/N] </translation>
    </message>
    <message>
        <source>qmctl runbook %1: give one runbook</source>
        <translation>qmctl runbook %1: Geben Sie ein Runbook an</translation>
    </message>
    <message>
        <source>qmctl runbook %1: --param takes name=value, not &quot;%2&quot;</source>
        <translation>qmctl runbook %1: --param erwartet name=wert, nicht „%2“</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source> (verified, not run again)</source>
        <translation> (bestätigt, nicht erneut ausgeführt)</translation>
    </message>
    <message>
        <source> (rollback)</source>
        <translation> (Rollback)</translation>
    </message>
    <message>
        <source>  journal: %1</source>
        <translation>  Journal: %1</translation>
    </message>
    <message>
        <source>list runbooks (built-in and in a folder) and recent runs</source>
        <translation>Runbooks (eingebaute und die eines Ordners) und letzte Läufe auflisten</translation>
    </message>
    <message>
        <source>Also list the runbooks (*.yaml) in this folder.</source>
        <translation>Auch die Runbooks (*.yaml) in diesem Ordner auflisten.</translation>
    </message>
    <message>
        <source>Where run journals are.</source>
        <translation>Wo die Lauf-Journale liegen.</translation>
    </message>
    <message>
        <source>run %1  %2  %3  %4</source>
        <translation>Lauf %1  %2  %3  %4</translation>
    </message>
    <message>
        <source>INTERRUPTED (qmctl runbook resume)</source>
        <translation>UNTERBROCHEN (qmctl runbook resume)</translation>
    </message>
    <message>
        <source>dry run of a runbook: preconditions and what each step would do</source>
        <translation>Probelauf eines Runbooks: Vorbedingungen und was jeder Schritt tun würde</translation>
    </message>
    <message>
        <source>A runbook file, or a built-in runbook&apos;s name.</source>
        <translation>Eine Runbook-Datei oder der Name eines eingebauten Runbooks.</translation>
    </message>
    <message>
        <source>run a runbook step by step (confirmed, journaled, audited)</source>
        <translation>ein Runbook Schritt für Schritt ausführen (bestätigt, im Journal, protokolliert)</translation>
    </message>
    <message>
        <source>continue an interrupted run without repeating verified steps</source>
        <translation>einen unterbrochenen Lauf fortsetzen, ohne bestätigte Schritte zu wiederholen</translation>
    </message>
    <message>
        <source>The interrupted run (qmctl runbook list).</source>
        <translation>Der unterbrochene Lauf (qmctl runbook list).</translation>
    </message>
    <message>
        <source>The runbook file, if it moved since the run started.</source>
        <translation>Die Runbook-Datei, falls sie seit dem Start des Laufs verschoben wurde.</translation>
    </message>
    <message>
        <source>qmctl runbook resume: give a run id (and optionally the runbook file)</source>
        <translation>qmctl runbook resume: Geben Sie eine Lauf-ID an (und optional die Runbook-Datei)</translation>
    </message>
    <message>
        <source>empty journal</source>
        <translation>leeres Journal</translation>
    </message>
    <message>
        <source>make an Ed25519 key pair for signing runbooks</source>
        <translation>ein Ed25519-Schlüsselpaar zum Signieren von Runbooks erzeugen</translation>
    </message>
    <message>
        <source>Folder for NAME.key (secret, 0600) and KEYID.pub.</source>
        <translation>Ordner für NAME.key (geheim, 0600) und KEYID.pub.</translation>
    </message>
    <message>
        <source>The key&apos;s file name (default: runbook-signing).</source>
        <translation>Der Dateiname des Schlüssels (Standard: runbook-signing).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>qmctl runbook keygen: --out DIR is required</source>
        <translation>qmctl runbook keygen: --out ORDNER ist erforderlich</translation>
    </message>
    <message>
        <source>key %1
  secret: %2 (keep it private; never commit it)
  public: %3 (copy it into the trusted keys folder)</source>
        <translation>Schlüssel %1
  geheim: %2 (halten Sie ihn privat; nie einchecken)
  öffentlich: %3 (kopieren Sie ihn in den Ordner der vertrauenswürdigen Schlüssel)</translation>
    </message>
    <message>
        <source>The secret key file (qmctl runbook keygen).</source>
        <translation>Die geheime Schlüsseldatei (qmctl runbook keygen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>signed: %1</source>
        <translation>signiert: %1</translation>
    </message>
    <message>
        <source>check a runbook&apos;s signature against the trusted keys</source>
        <translation>die Signatur eines Runbooks gegen die vertrauenswürdigen Schlüssel prüfen</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The approved run of a two-person runbook (qmctl runbook request).</source>
        <translation>Der freigegebene Lauf eines Zwei-Personen-Runbooks (qmctl runbook request).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>qmctl: %1 needs two-person approval: ask for it with qmctl runbook request, have a second on-call role approve it, then run it with --run-id</source>
        <translation>qmctl: %1 braucht eine Zwei-Personen-Freigabe: Fordern Sie sie mit qmctl runbook request an, lassen Sie sie von einer zweiten Bereitschaftsrolle freigeben und führen Sie es dann mit --run-id aus</translation>
    </message>
    <message>
        <source>ask for two-person approval of a run (prints the run id)</source>
        <translation>eine Zwei-Personen-Freigabe für einen Lauf anfordern (gibt die Lauf-ID aus)</translation>
    </message>
    <message>
        <source>How long the request, then the approval, is valid (seconds; default 900).</source>
        <translation>Wie lange die Anfrage, danach die Freigabe, gültig ist (Sekunden; Standard 900).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>run %1 of %2 waits for approval (audit id %3): a second on-call role runs qmctl runbook approve %1</source>
        <translation>Lauf %1 von %2 wartet auf Freigabe (Prüf-ID %3): Eine zweite Bereitschaftsrolle führt qmctl runbook approve %1 aus</translation>
    </message>
    <message>
        <source>approve another on-call role&apos;s run of a two-person runbook</source>
        <translation>den Lauf eines Zwei-Personen-Runbooks durch eine andere Bereitschaftsrolle freigeben</translation>
    </message>
    <message>
        <source>Approve without asking.</source>
        <translation>Ohne Nachfrage freigeben.</translation>
    </message>
    <message>
        <source>The run that asked.</source>
        <translation>Der Lauf, der angefragt hat.</translation>
    </message>
    <message>
        <source>Your copy of the runbook file (default: the built-in of that name).</source>
        <translation>Ihre Kopie der Runbook-Datei (Standard: das eingebaute mit diesem Namen).</translation>
    </message>
    <message>
        <source>qmctl runbook approve: give a run id (and optionally the runbook file)</source>
        <translation>qmctl runbook approve: Geben Sie eine Lauf-ID an (und optional die Runbook-Datei)</translation>
    </message>
    <message>
        <source>run %1 asked by %2 at %3, state %4</source>
        <translation>Lauf %1, angefragt von %2 um %3, Zustand %4</translation>
    </message>
    <message>
        <source>  parameters: %1</source>
        <translation>  Parameter: %1</translation>
    </message>
    <message>
        <source>qmctl: not approved (use --yes to approve without asking)</source>
        <translation>qmctl: nicht freigegeben (mit --yes ohne Nachfrage freigeben)</translation>
    </message>
    <message>
        <source>Approve run %1? [y/N] </source>
        <translation>Lauf %1 freigeben? [y/N] </translation>
    </message>
    <message>
        <source>approved run %1 (audit id %2)</source>
        <translation>Lauf %1 freigegeben (Prüf-ID %2)</translation>
    </message>
    <message>
        <source>sign a runbook file (writes FILE.sig), or a built-in runbook (writes builtin/NAME.yaml.sig in the trusted keys folder)</source>
        <translation>eine Runbook-Datei signieren (schreibt FILE.sig) oder ein eingebautes Runbook (schreibt builtin/NAME.yaml.sig in den Ordner der vertrauenswürdigen Schlüssel)</translation>
    </message>
    <message>
        <source>qmctl runbook sign: give one runbook (a file or a built-in runbook&apos;s name) and --key FILE</source>
        <translation>qmctl runbook sign: Geben Sie ein Runbook (eine Datei oder den Namen eines eingebauten Runbooks) und --key FILE an</translation>
    </message>
    <message>
        <source>qmctl runbook verify: give one runbook (a file or a built-in runbook&apos;s name)</source>
        <translation>qmctl runbook verify: Geben Sie ein Runbook an (eine Datei oder den Namen eines eingebauten Runbooks)</translation>
    </message>
</context>
<context>
    <name>qmctl::SeedCommand</name>
    <message>
        <source>fill a sandbox store with generated data</source>
        <translation>einen Sandbox-Shop mit erzeugten Daten füllen</translation>
    </message>
    <message>
        <source>How many products (default 10000).</source>
        <translation>Wie viele Produkte (Standard 10000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default 42).</source>
        <translation>Zufallsstartwert: Derselbe Startwert ergibt dieselben Daten (Standard 42).</translation>
    </message>
    <message>
        <source>Replace the data of a store that is not empty.</source>
        <translation>Die Daten eines Shops ersetzen, der nicht leer ist.</translation>
    </message>
    <message>
        <source>qmctl seed: --products and --seed take whole numbers (products &gt;= 1)</source>
        <translation>qmctl seed: --products und --seed erwarten ganze Zahlen (products &gt;= 1)</translation>
    </message>
    <message>
        <source>seeded %1 products (%2 rows) in %3 s</source>
        <translation>%1 Produkte (%2 Zeilen) in %3 s erzeugt</translation>
    </message>
    <message>
        <source>qmctl seed fills sandboxes with generated products; this profile is production, so nothing was changed.</source>
        <translation>qmctl seed füllt Sandboxes mit erzeugten Produkten; dieses Profil ist Produktion, daher wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>qmctl::StatusCommand</name>
    <message>
        <source>show each server&apos;s role, health and replication lag</source>
        <translation>Rolle, Zustand und Replikationsverzögerung jedes Servers anzeigen</translation>
    </message>
    <message>
        <source>down</source>
        <translation>ausgefallen</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>Primärserver</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>Replikat</translation>
    </message>
    <message>
        <source>up</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>rtt %1 ms</source>
        <translation>Antwortzeit %1 ms</translation>
    </message>
    <message>
        <source>lag unknown</source>
        <translation>Verzögerung unbekannt</translation>
    </message>
    <message>
        <source>lag %1 s</source>
        <translation>Verzögerung %1 s</translation>
    </message>
    <message>
        <source> (%1 bytes)</source>
        <translation> (%1 Bytes)</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>Could not write %1 (disk full?).</source>
        <translation>%1 konnte nicht geschrieben werden (Datenträger voll?).</translation>
    </message>
</context>
</TS>
