# German translations for source texts added after quartermaster_de.ts was filled by hand (see
# fill_ts.py): translations/fill_ts.py translations/quartermaster_de.ts translations/de_table.py
T = {
    # qm::MainWindow
    '&Settings…': '&Einstellungen…',
    # qm::SettingsDialog
    'Settings': 'Einstellungen',
    'System default (%1)': 'Systemstandard (%1)',
    'Language': 'Sprache',
    '&Language:': '&Sprache:',
    'A new language applies the next time Quartermaster starts.': 'Eine neue Sprache gilt ab dem nächsten Start von Quartermaster.',
    # qm::catalog::ImportRowValidator
    'the header line holds NUL bytes: the file is UTF-16 (or binary), not UTF-8 text; save it as UTF-8 ("CSV UTF-8")': 'die Kopfzeile enthält NUL-Bytes: Die Datei ist UTF-16 (oder binär), kein UTF-8-Text; speichern Sie sie als UTF-8 („CSV UTF-8“)',
    # qmctl::CachePurgeCommand
    'qmctl cache purge: --budget-ms takes a number of milliseconds above 0, not "%1"': 'qmctl cache purge: --budget-ms erwartet eine Zahl von Millisekunden über 0, nicht „%1“',
    # qmctl::CatalogImportCommand
    'To retry safely, run the same import with --request-id %1 (a request is applied at most once).': 'Um sicher zu wiederholen, führen Sie denselben Import mit --request-id %1 aus (eine Anfrage wird höchstens einmal angewendet).',
}
