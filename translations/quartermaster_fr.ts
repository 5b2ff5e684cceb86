<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Tr</name>
    <message>
        <source>step %1 asks &quot;%2&quot;: answer with --answer %1=TEXT or --yes</source>
        <translation>l&apos;étape %1 demande « %2 » : répondez avec --answer %1=TEXT ou --yes</translation>
    </message>
    <message>
        <source>no database connection for this run</source>
        <translation>aucune connexion à la base de données pour cette exécution</translation>
    </message>
    <message>
        <source>the profile has no replica to run this check on</source>
        <translation>le profil n&apos;a pas de réplica sur lequel exécuter cette vérification</translation>
    </message>
    <message>
        <source>%1 may not purge caches: the role lacks the %2 right. Nothing was purged.</source>
        <translation>%1 n&apos;a pas le droit de purger les caches : il manque au rôle le droit %2. Rien n&apos;a été purgé.</translation>
    </message>
    <message>
        <source>the profile names no Varnish instance</source>
        <translation>le profil n&apos;indique aucune instance Varnish</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Operations console for online stores: catalog, stock, orders, caches, runbooks.</source>
        <translation>Console d&apos;exploitation pour boutiques en ligne : catalogue, stock, commandes, caches, runbooks.</translation>
    </message>
    <message>
        <source>Open the connection profile in FILE (profile.json).</source>
        <translation>Ouvrir le profil de connexion contenu dans FILE (profile.json).</translation>
    </message>
    <message>
        <source>Headless check: wait until the window shows live data, save a screenshot to SHOT.png, exit 0 (1 after 60 s).</source>
        <translation>Vérification sans écran : attendre que la fenêtre affiche des données en direct, enregistrer une capture dans SHOT.png, quitter avec 0 (1 après 60 s).</translation>
    </message>
    <message>
        <source>With --check: then show each workspace for a few seconds and save SHOT-&lt;workspace&gt;.png.</source>
        <translation>Avec --check : ensuite afficher chaque espace de travail quelques secondes et enregistrer SHOT-&lt;espace&gt;.png.</translation>
    </message>
    <message>
        <source>On exit, print the largest GUI-thread stall as JSON.</source>
        <translation>À la sortie, afficher le plus long blocage du thread GUI en JSON.</translation>
    </message>
    <message>
        <source>Startup benchmark: print the time to the first paint and to connected as JSON, then exit.</source>
        <translation>Benchmark de démarrage : afficher en JSON le temps jusqu&apos;au premier affichage et jusqu&apos;à la connexion, puis quitter.</translation>
    </message>
</context>
<context>
    <name>qm::Async</name>
    <message>
        <source>The operation was cancelled.</source>
        <translation>L&apos;opération a été annulée.</translation>
    </message>
</context>
<context>
    <name>qm::AuditLogModel</name>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Requête</translation>
    </message>
</context>
<context>
    <name>qm::AuditPage</name>
    <message>
        <source>database role, e.g. oncall</source>
        <translation>rôle de base de données, p. ex. oncall</translation>
    </message>
    <message>
        <source>starts with, e.g. catalog.</source>
        <translation>commence par, p. ex. catalog.</translation>
    </message>
    <message>
        <source>contains</source>
        <translation>contient</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>n&apos;importe quand</translation>
    </message>
    <message>
        <source>now</source>
        <translation>maintenant</translation>
    </message>
    <message>
        <source>&amp;Actor:</source>
        <translation>Ac&amp;teur :</translation>
    </message>
    <message>
        <source>Act&amp;ion:</source>
        <translation>Act&amp;ion :</translation>
    </message>
    <message>
        <source>Tar&amp;get:</source>
        <translation>Ci&amp;ble :</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du :</translation>
    </message>
    <message>
        <source>&amp;Until:</source>
        <translation>Jus&amp;qu&apos;à :</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Acteur</translation>
    </message>
    <message>
        <source>Action starts with</source>
        <translation>Action commençant par</translation>
    </message>
    <message>
        <source>Target contains</source>
        <translation>Cible contenant</translation>
    </message>
    <message>
        <source>From time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>Until time</source>
        <translation>Heure de fin</translation>
    </message>
    <message>
        <source>Entries at or after this time (the lowest value: any time).</source>
        <translation>Entrées à partir de cette heure (la valeur la plus basse : n&apos;importe quand).</translation>
    </message>
    <message>
        <source>Entries before this time (the lowest value: up to now).</source>
        <translation>Entrées antérieures à cette heure (la valeur la plus basse : jusqu&apos;à maintenant).</translation>
    </message>
    <message>
        <source>No profile open</source>
        <translation>Aucun profil ouvert</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Exporter en &amp;JSON…</translation>
    </message>
    <message>
        <source>Verif&amp;y chain</source>
        <translation>&amp;Vérifier la chaîne</translation>
    </message>
    <message>
        <source>Ca&amp;ncel</source>
        <translation>Annu&amp;ler</translation>
    </message>
    <message>
        <source>Progress of the export or the verification</source>
        <translation>Progression de l&apos;export ou de la vérification</translation>
    </message>
    <message>
        <source>Write every entry the filter finds, with the chain fields, to a CSV file.</source>
        <translation>Écrire chaque entrée trouvée par le filtre, avec les champs de la chaîne, dans un fichier CSV.</translation>
    </message>
    <message>
        <source>Write every entry the filter finds, with the chain fields, to a JSON file.</source>
        <translation>Écrire chaque entrée trouvée par le filtre, avec les champs de la chaîne, dans un fichier JSON.</translation>
    </message>
    <message>
        <source>Recompute the whole hash chain on the server, in ranges, and report the first entry that does not match.</source>
        <translation>Recalculer toute la chaîne de hachage sur le serveur, par plages, et signaler la première entrée qui ne correspond pas.</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <source>Select an entry to see its plan and outcome.</source>
        <translation>Sélectionnez une entrée pour voir son plan et son résultat.</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>&amp;Résultat</translation>
    </message>
    <message numerus="yes">
        <source>%n entries shown, newest first; scroll for older ones.</source>
        <translation>
            <numerusform>%n entrée affichée, la plus récente en premier ; faites défiler pour les plus anciennes.</numerusform>
            <numerusform>%n entrées affichées, les plus récentes en premier ; faites défiler pour les plus anciennes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries.</source>
        <translation>
            <numerusform>%n entrée.</numerusform>
            <numerusform>%n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>Lecture du journal d&apos;audit…</translation>
    </message>
    <message>
        <source>The role %1 may not read the audit log on this store. An administrator can grant it (the console&apos;s roles qm_merchandiser, qm_store_manager and qm_oncall may read it).</source>
        <translation>Le rôle %1 ne peut pas lire le journal d&apos;audit de cette boutique. Un administrateur peut le lui accorder (les rôles de la console qm_merchandiser, qm_store_manager et qm_oncall peuvent le lire).</translation>
    </message>
    <message>
        <source>The audit log is not readable with this role.</source>
        <translation>Le journal d&apos;audit n&apos;est pas lisible avec ce rôle.</translation>
    </message>
    <message>
        <source>Cannot read the audit log: %1</source>
        <translation>Impossible de lire le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>Entry %1 at %2 by %3: %4 on %5
Request: %6
Hash: %7
Previous hash: %8</source>
        <translation>Entrée %1 à %2 par %3 : %4 sur %5
Requête : %6
Hachage : %7
Hachage précédent : %8</translation>
    </message>
    <message>
        <source>(no target)</source>
        <translation>(pas de cible)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>(first entry)</source>
        <translation>(première entrée)</translation>
    </message>
    <message>
        <source>Export the audit log to CSV</source>
        <translation>Exporter le journal d&apos;audit en CSV</translation>
    </message>
    <message>
        <source>Export the audit log to JSON</source>
        <translation>Exporter le journal d&apos;audit en JSON</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Exporting: %1 of %2 entries…</source>
        <translation>Export : %1 entrées sur %2…</translation>
    </message>
    <message>
        <source>Exporting: %1 entries…</source>
        <translation>Export : %1 entrées…</translation>
    </message>
    <message>
        <source>Exporting to %1…</source>
        <translation>Export vers %1…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entries to %1.</source>
        <translation>
            <numerusform>%n entrée exportée vers %1.</numerusform>
            <numerusform>%n entrées exportées vers %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled; no file was written.</source>
        <translation>Export annulé ; aucun fichier n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>The export failed: %1</source>
        <translation>L&apos;export a échoué : %1</translation>
    </message>
    <message>
        <source>Verifying the chain: %1 entries checked…</source>
        <translation>Vérification de la chaîne : %1 entrées vérifiées…</translation>
    </message>
    <message>
        <source>Verifying the chain…</source>
        <translation>Vérification de la chaîne…</translation>
    </message>
    <message numerus="yes">
        <source>Chain OK: %n entries checked.</source>
        <translation>
            <numerusform>Chaîne intacte : %n entrée vérifiée.</numerusform>
            <numerusform>Chaîne intacte : %n entrées vérifiées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Verification cancelled after %n entries.</source>
        <translation>
            <numerusform>Vérification annulée après %n entrée.</numerusform>
            <numerusform>Vérification annulée après %n entrées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN: entry %1 does not match its hash or its predecessor (%2 entries checked). Someone changed or removed audit entries outside the console.</source>
        <translation>Chaîne ROMPUE : l&apos;entrée %1 ne correspond pas à son hachage ou à sa précédente (%2 entrées vérifiées). Quelqu&apos;un a modifié ou supprimé des entrées d&apos;audit en dehors de la console.</translation>
    </message>
    <message>
        <source>The role %1 may not verify the audit chain on this store.</source>
        <translation>Le rôle %1 ne peut pas vérifier la chaîne d&apos;audit de cette boutique.</translation>
    </message>
    <message>
        <source>Could not verify the chain: %1</source>
        <translation>Impossible de vérifier la chaîne : %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
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
        <translation>&amp;Rejouer</translation>
    </message>
    <message>
        <source>Write the waiting entries into the audit log, each once. The log records you as the one who wrote them and keeps who spooled them.</source>
        <translation>Écrire les entrées en attente dans le journal d&apos;audit, chacune une seule fois. Le journal vous enregistre comme celui qui les a écrites et conserve qui les a mises en attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n audit entries written while the database was down are waiting.</source>
        <translation>
            <numerusform>%n entrée d&apos;audit écrite pendant l&apos;indisponibilité de la base de données est en attente.</numerusform>
            <numerusform>%n entrées d&apos;audit écrites pendant l&apos;indisponibilité de la base de données sont en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Replaying them needs the on-call or admin role (qmctl audit spool replay).</source>
        <translation>Pour les rejouer, il faut le rôle d&apos;astreinte ou d&apos;administrateur (qmctl audit spool replay).</translation>
    </message>
    <message numerus="yes">
        <source>Writing %n waiting audit entries…</source>
        <translation>
            <numerusform>Écriture de %n entrée d&apos;audit en attente…</numerusform>
            <numerusform>Écriture de %n entrées d&apos;audit en attente…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n spooled audit entries written to the audit log</source>
        <translation>
            <numerusform>%n entrée d&apos;audit en attente écrite dans le journal d&apos;audit</numerusform>
            <numerusform>%n entrées d&apos;audit en attente écrites dans le journal d&apos;audit</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were there already</source>
        <translation>
            <numerusform>%n était déjà présente</numerusform>
            <numerusform>%n étaient déjà présentes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The audit log refused the replay: %1. %n entries are still waiting.</source>
        <translation>
            <numerusform>Le journal d&apos;audit a refusé la relecture : %1. %n entrée est toujours en attente.</numerusform>
            <numerusform>Le journal d&apos;audit a refusé la relecture : %1. %n entrées sont toujours en attente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Replay stopped: %1. %n entries are still waiting.</source>
        <translation>
            <numerusform>Relecture interrompue : %1. %n entrée est toujours en attente.</numerusform>
            <numerusform>Relecture interrompue : %1. %n entrées sont toujours en attente.</numerusform>
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
        <translation>Boutique de référence</translation>
    </message>
    <message>
        <source>Vendure has no price history: it keeps only the current price.</source>
        <translation>Vendure ne conserve pas d&apos;historique des prix : seulement le prix actuel.</translation>
    </message>
    <message>
        <source>Vendure holds no cart reservations: it allocates stock when an order is placed.</source>
        <translation>Vendure ne tient pas de réservations de panier : il alloue le stock quand une commande est passée.</translation>
    </message>
    <message>
        <source>Vendure keeps its own stock movements: the console does not write them behind Vendure&apos;s back.</source>
        <translation>Vendure tient ses propres mouvements de stock : la console ne les écrit pas dans le dos de Vendure.</translation>
    </message>
    <message>
        <source>Catalog changes on Vendure go through its Admin API, which this console build does not call yet.</source>
        <translation>Les modifications du catalogue sur Vendure passent par son API Admin, que cette version de la console n&apos;appelle pas encore.</translation>
    </message>
    <message>
        <source>Stock counts on Vendure go through its Admin API, which this console build does not call yet: adjust by the difference instead.</source>
        <translation>Les inventaires sur Vendure passent par son API Admin, que cette version de la console n&apos;appelle pas encore pour cela : ajustez plutôt de la différence.</translation>
    </message>
    <message>
        <source>%1 cannot do this.</source>
        <translation>%1 ne peut pas faire cela.</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>On Vendure the console edits a variant&apos;s price and name only: change this in Vendure&apos;s own admin.</source>
        <translation>Sur Vendure, la console ne modifie que le prix et le nom d&apos;une variante : modifiez ceci dans l&apos;administration de Vendure elle-même.</translation>
    </message>
</context>
<context>
    <name>qm::BulkEditDialog</name>
    <message>
        <source>Bulk edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message numerus="yes">
        <source>The %n selected product(s)</source>
        <translation>
            <numerusform>Le %n produit sélectionné</numerusform>
            <numerusform>Les %n produits sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Every product the filter matches (%1%2)</source>
        <translation>Tous les produits correspondant au filtre (%1%2)</translation>
    </message>
    <message>
        <source>Change price by percent</source>
        <translation>Modifier le prix d&apos;un pourcentage</translation>
    </message>
    <message>
        <source>Change price by amount</source>
        <translation>Modifier le prix d&apos;un montant</translation>
    </message>
    <message>
        <source>Set status</source>
        <translation>Définir le statut</translation>
    </message>
    <message>
        <source>Set category</source>
        <translation>Définir la catégorie</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>Ajouter une balise</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Retirer la balise</translation>
    </message>
    <message>
        <source>Set currency</source>
        <translation>Définir la devise</translation>
    </message>
    <message>
        <source>Merge attributes (JSON)</source>
        <translation>Fusionner les attributs (JSON)</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>&amp;Modification</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valeur</translation>
    </message>
    <message>
        <source>&amp;Preview...</source>
        <translation>&amp;Aperçu...</translation>
    </message>
    <message>
        <source>&amp;Rounding</source>
        <translation>A&amp;rrondi</translation>
    </message>
    <message>
        <source>To the cent</source>
        <translation>Au centime</translation>
    </message>
    <message>
        <source>Nearest .99</source>
        <translation>Au ,99 le plus proche</translation>
    </message>
    <message>
        <source>Nearest .95</source>
        <translation>Au ,95 le plus proche</translation>
    </message>
    <message>
        <source>e.g. 5 or -10 (percent)</source>
        <translation>p. ex. 5 ou -10 (pourcentage)</translation>
    </message>
    <message>
        <source>e.g. 2.50 or -1</source>
        <translation>p. ex. 2.50 ou -1</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>&amp;Statut</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>balise</translation>
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
        <translation>Saisissez un nombre comme 5, -10 ou 2.50.</translation>
    </message>
    <message>
        <source>A price cannot go down by more than 100 %.</source>
        <translation>Un prix ne peut pas baisser de plus de 100 %.</translation>
    </message>
    <message>
        <source>Enter a tag.</source>
        <translation>Saisissez une balise.</translation>
    </message>
    <message>
        <source>A currency is a 3-letter ISO code, e.g. EUR.</source>
        <translation>Une devise est un code ISO de 3 lettres, p. ex. EUR.</translation>
    </message>
    <message>
        <source>Attributes must be a JSON object, e.g. {&quot;material&quot;: &quot;oak&quot;}.</source>
        <translation>Les attributs doivent être un objet JSON, p. ex. {&quot;material&quot;: &quot;oak&quot;}.</translation>
    </message>
</context>
<context>
    <name>qm::CacheKeyListModel</name>
    <message>
        <source>no expiry</source>
        <translation>sans expiration</translation>
    </message>
    <message>
        <source>gone</source>
        <translation>disparue</translation>
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
        <translation>Clé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
</context>
<context>
    <name>qm::CacheKeyTreeModel</name>
    <message>
        <source>%1 more namespaces below this one are counted but not listed.</source>
        <translation>%1 espaces de noms supplémentaires sous celui-ci sont comptés mais pas listés.</translation>
    </message>
    <message>
        <source>Namespace</source>
        <translation>Espace de noms</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>Part</translation>
    </message>
</context>
<context>
    <name>qm::CachePage</name>
    <message>
        <source>No profile open</source>
        <translation>Aucun profil ouvert</translation>
    </message>
    <message>
        <source>Browse keys matching (glob), default *</source>
        <translation>Parcourir les clés correspondant à (glob), par défaut *</translation>
    </message>
    <message>
        <source>Scan keys</source>
        <translation>Analyser les clés</translation>
    </message>
    <message>
        <source>Purge…</source>
        <translation>Purger…</translation>
    </message>
    <message>
        <source>Select a key to see the start of its value.</source>
        <translation>Sélectionnez une clé pour voir le début de sa valeur.</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
    <message>
        <source>Stats</source>
        <translation>Statistiques</translation>
    </message>
    <message>
        <source>No Varnish in this profile.</source>
        <translation>Ce profil n&apos;a pas de Varnish.</translation>
    </message>
    <message>
        <source>Ban list (newest first):</source>
        <translation>Liste des bans (les plus récents d&apos;abord) :</translation>
    </message>
    <message>
        <source>Varnish</source>
        <translation>Varnish</translation>
    </message>
    <message>
        <source>Purge Redis keys or Varnish pages, after a plan you confirm.</source>
        <translation>Purger des clés Redis ou des pages Varnish, après un plan que vous confirmez.</translation>
    </message>
    <message>
        <source>Purging is off until the console knows what your role may do.</source>
        <translation>La purge est désactivée tant que la console ne sait pas ce que votre rôle peut faire.</translation>
    </message>
    <message>
        <source>Your role may not purge caches (it lacks the %1 right): ask an on-call engineer.</source>
        <translation>Votre rôle ne peut pas purger les caches (il lui manque le droit %1) : demandez à un ingénieur d&apos;astreinte.</translation>
    </message>
    <message>
        <source>Redis: %1</source>
        <translation>Redis : %1</translation>
    </message>
    <message>
        <source>Redis: %1 → %2</source>
        <translation>Redis : %1 → %2</translation>
    </message>
    <message>
        <source>Redis: %1 — %2</source>
        <translation>Redis : %1 — %2</translation>
    </message>
    <message>
        <source>Not scanned yet: press Scan keys (or Enter in the filter) to count the keys by namespace with an incremental, paced SCAN.</source>
        <translation>Pas encore analysé : cliquez sur « Analyser les clés » (ou Entrée dans le filtre) pour compter les clés par espace de noms avec un SCAN incrémental et cadencé.</translation>
    </message>
    <message>
        <source>Scanning… %1 keys</source>
        <translation>Analyse… %1 clés</translation>
    </message>
    <message>
        <source>%1 keys (SCAN may count a key twice while Redis resizes its table)</source>
        <translation>%1 clés (SCAN peut compter une clé deux fois pendant que Redis redimensionne sa table)</translation>
    </message>
    <message>
        <source>Scan stopped: %1</source>
        <translation>Analyse arrêtée : %1</translation>
    </message>
    <message>
        <source>Stop scan</source>
        <translation>Arrêter l&apos;analyse</translation>
    </message>
    <message>
        <source>Scanning…</source>
        <translation>Analyse…</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source> · showing the start</source>
        <translation> · début affiché</translation>
    </message>
    <message>
        <source>%1: unreachable (%2)</source>
        <translation>%1 : injoignable (%2)</translation>
    </message>
    <message>
        <source>%1: %2 objects, ban list length %3, hits %4, misses %5</source>
        <translation>%1 : %2 objets, longueur de la liste des bans %3, succès %4, échecs %5</translation>
    </message>
    <message>
        <source>Cache</source>
        <translation>Cache</translation>
    </message>
    <message>
        <source>Key pattern</source>
        <translation>Motif de clés</translation>
    </message>
    <message>
        <source>Key tree</source>
        <translation>Arborescence des clés</translation>
    </message>
    <message>
        <source>Value preview</source>
        <translation>Aperçu de la valeur</translation>
    </message>
    <message>
        <source>Server statistics</source>
        <translation>Statistiques du serveur</translation>
    </message>
    <message>
        <source>Varnish bans</source>
        <translation>Bans Varnish</translation>
    </message>
    <message numerus="yes">
        <source>%1 · %n element(s)%2

</source>
        <translation>
            <numerusform>%1 · %n élément%2

</numerusform>
            <numerusform>%1 · %n éléments%2

</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::CacheStatsCharts</name>
    <message>
        <source>Hit ratio</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Opérations</translation>
    </message>
    <message>
        <source>ops/s</source>
        <translation>ops/s</translation>
    </message>
</context>
<context>
    <name>qm::CacheStatsModel</name>
    <message>
        <source>down</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s (total %2)</source>
        <translation>%1/s (total %2)</translation>
    </message>
    <message>
        <source>Node</source>
        <translation>Nœud</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>Mémoire</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>Ops/s</source>
        <translation>Ops/s</translation>
    </message>
    <message>
        <source>Evictions</source>
        <translation>Évictions</translation>
    </message>
    <message>
        <source>Clients</source>
        <translation>Clients</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Clés</translation>
    </message>
</context>
<context>
    <name>qm::CapacityPage</name>
    <message>
        <source>Orders per minute</source>
        <translation>Commandes par minute</translation>
    </message>
    <message>
        <source>Orders/min</source>
        <translation>Commandes/min</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <source>Checkout mean</source>
        <translation>Checkout moyen</translation>
    </message>
    <message>
        <source>Payment failure rate</source>
        <translation>Taux d&apos;échec des paiements</translation>
    </message>
    <message>
        <source>Failed payments</source>
        <translation>Paiements échoués</translation>
    </message>
    <message>
        <source>Order queue backlog</source>
        <translation>Retard de la file des commandes</translation>
    </message>
    <message>
        <source>Messages waiting</source>
        <translation>Messages en attente</translation>
    </message>
    <message>
        <source>DB connections</source>
        <translation>Connexions BD</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Connexions</translation>
    </message>
    <message>
        <source>Transactions per second</source>
        <translation>Transactions par seconde</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Retard de réplication</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>CPU busy</source>
        <translation>CPU occupé</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Mémoire Redis</translation>
    </message>
    <message>
        <source>Used memory</source>
        <translation>Mémoire utilisée</translation>
    </message>
    <message>
        <source>Redis hit ratio</source>
        <translation>Taux de succès Redis</translation>
    </message>
    <message>
        <source>Hit ratio</source>
        <translation>Taux de succès</translation>
    </message>
    <message>
        <source>Business</source>
        <translation>Activité</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>DB connections, TPS, replication lag, CPU, Redis memory and hit ratio</source>
        <translation>Connexions BD, TPS, retard de réplication, CPU, mémoire et taux de succès Redis</translation>
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
        <translation>7 j</translation>
    </message>
    <message>
        <source>30 d</source>
        <translation>30 j</translation>
    </message>
    <message>
        <source>Show the last %1</source>
        <translation>Afficher la dernière période de %1</translation>
    </message>
    <message>
        <source>Live</source>
        <translation>En direct</translation>
    </message>
    <message>
        <source>Follow the latest data (Home in a chart comes back here)</source>
        <translation>Suivre les données les plus récentes (Début dans un graphique revient ici)</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>Draw a forecast band and the time until each limit is reached</source>
        <translation>Tracer une bande de prévision et le temps jusqu&apos;à chaque limite</translation>
    </message>
    <message>
        <source>Export PNG…</source>
        <translation>Exporter en PNG…</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>Exporter en CSV…</translation>
    </message>
    <message>
        <source>Save the last chart you clicked as an image</source>
        <translation>Enregistrer le dernier graphique cliqué comme image</translation>
    </message>
    <message>
        <source>Save the visible data of the last chart you clicked as CSV</source>
        <translation>Enregistrer les données visibles du dernier graphique cliqué en CSV</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Exporter le graphique en PNG</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>Images PNG (*.png)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
    <message>
        <source>Export chart data as CSV</source>
        <translation>Exporter les données du graphique en CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message>
        <source>No data source configured.
Add a Prometheus URL to the profile, or open a profile so the console can sample PostgreSQL and Redis directly.</source>
        <translation>Aucune source de données configurée.
Ajoutez une URL Prometheus au profil, ou ouvrez un profil pour que la console échantillonne directement PostgreSQL et Redis.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>Updated %1 · %2</source>
        <translation>Mis à jour %1 · %2</translation>
    </message>
    <message>
        <source>Source down: %1</source>
        <translation>Source indisponible : %1</translation>
    </message>
    <message>
        <source>%1 is above %2: %3 (since %4)</source>
        <translation>%1 est au-dessus de %2 : %3 (depuis %4)</translation>
    </message>
    <message>
        <source>%1 is below %2: %3 (since %4)</source>
        <translation>%1 est en dessous de %2 : %3 (depuis %4)</translation>
    </message>
    <message numerus="yes">
        <source>⚠ %n limit(s) crossed:</source>
        <translation>
            <numerusform>⚠ %n limite dépassée :</numerusform>
            <numerusform>⚠ %n limites dépassées :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: no limit to reach; forecast by %2.</source>
        <translation>%1 : aucune limite en vue ; prévision par %2.</translation>
    </message>
    <message>
        <source>Audit log annotations: %1</source>
        <translation>Annotations du journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>Audit entry #%1</source>
        <translation>Entrée d&apos;audit n° %1</translation>
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
        <translation>Entrée d&apos;audit n° %1
Quand : %2
Qui : %3
Action : %4 (%5)
Cible : %6

Plan :
%7
Résultat :
%8</translation>
    </message>
    <message>
        <source>There is no chart to export.</source>
        <translation>Il n&apos;y a aucun graphique à exporter.</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Capacité</translation>
    </message>
    <message>
        <source>Checkout latency (p95 and mean)</source>
        <translation>Latence du checkout (p95 et moyenne)</translation>
    </message>
    <message>
        <source>Checkout p95</source>
        <translation>Checkout p95</translation>
    </message>
    <message>
        <source>Orders/min vs expected, checkout p95 and mean, payment failures, queue backlog</source>
        <translation>Commandes/min par rapport à l&apos;attendu, checkout p95 et moyenne, paiements échoués, retard de la file</translation>
    </message>
    <message>
        <source>Load test…</source>
        <translation>Test de charge…</translation>
    </message>
    <message>
        <source>Run the storefront simulator along a ramp of order rates and find the highest stable rate (sandbox and staging only)</source>
        <translation>Faire tourner le simulateur de vitrine sur une rampe de débits de commandes et trouver le débit stable le plus élevé (bac à sable et préproduction uniquement)</translation>
    </message>
    <message>
        <source>%1 went above %2 at %3 (peak %4), back at %5</source>
        <translation>%1 a dépassé %2 à %3 (pic %4), revenu à %5</translation>
    </message>
    <message>
        <source>%1 went below %2 at %3 (lowest %4), back at %5</source>
        <translation>%1 est passé sous %2 à %3 (minimum %4), revenu à %5</translation>
    </message>
    <message numerus="yes">
        <source>… and %n earlier crossing(s)</source>
        <translation>
            <numerusform>… et %n franchissement antérieur</numerusform>
            <numerusform>… et %n franchissements antérieurs</numerusform>
        </translation>
    </message>
    <message>
        <source>Open a sandbox or staging profile to run a load test.</source>
        <translation>Ouvrez un profil de bac à sable ou de préproduction pour lancer un test de charge.</translation>
    </message>
    <message>
        <source>Preparing…</source>
        <translation>Préparation…</translation>
    </message>
    <message>
        <source>no database connection</source>
        <translation>pas de connexion à la base de données</translation>
    </message>
    <message>
        <source>The load test is not in the audit log: %1</source>
        <translation>Le test de charge n&apos;est pas dans le journal d&apos;audit : %1</translation>
    </message>
</context>
<context>
    <name>qm::CatalogDelegate</name>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
</context>
<context>
    <name>qm::CatalogFilterBar</name>
    <message>
        <source>SKU starts with</source>
        <translation>SKU commence par</translation>
    </message>
    <message>
        <source>SKU prefix</source>
        <translation>Préfixe SKU</translation>
    </message>
    <message>
        <source>Name contains (Ctrl+F)</source>
        <translation>Nom contient (Ctrl+F)</translation>
    </message>
    <message>
        <source>Name search</source>
        <translation>Recherche par nom</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Any category</source>
        <translation>Toute catégorie</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>Prix de</translation>
    </message>
    <message>
        <source>Minimum price</source>
        <translation>Prix minimum</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Maximum price</source>
        <translation>Prix maximum</translation>
    </message>
    <message>
        <source>Any stock</source>
        <translation>Tout stock</translation>
    </message>
    <message>
        <source>In stock</source>
        <translation>En stock</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock faible</translation>
    </message>
    <message>
        <source>Out of stock</source>
        <translation>En rupture de stock</translation>
    </message>
    <message>
        <source>Stock state</source>
        <translation>État du stock</translation>
    </message>
</context>
<context>
    <name>qm::CatalogPage</name>
    <message>
        <source>&amp;Bulk edit...</source>
        <translation>&amp;Modification groupée...</translation>
    </message>
    <message>
        <source>&amp;Import CSV...</source>
        <translation>&amp;Importer un CSV...</translation>
    </message>
    <message>
        <source>E&amp;xport CSV...</source>
        <translation>E&amp;xporter en CSV...</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Change many products at once, with a preview first (Ctrl+B)</source>
        <translation>Modifier de nombreux produits à la fois, avec un aperçu d&apos;abord (Ctrl+B)</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Pending changes discarded.</source>
        <translation>Modifications en attente abandonnées.</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n unapplied change(s) from the last session.</source>
        <translation>
            <numerusform>%n modification non appliquée de la dernière session a été restaurée.</numerusform>
            <numerusform>%n modifications non appliquées de la dernière session ont été restaurées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> %n had already been applied.</source>
        <translation>
            <numerusform> %n avait déjà été appliquée.</numerusform>
            <numerusform> %n avaient déjà été appliquées.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 products</source>
        <translation>%1 produits</translation>
    </message>
    <message>
        <source>about %1 products</source>
        <translation>environ %1 produits</translation>
    </message>
    <message numerus="yes">
        <source> | %n with pending changes</source>
        <translation>
            <numerusform> | %n avec des modifications en attente</numerusform>
            <numerusform> | %n avec des modifications en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>Pending changes (%1)</source>
        <translation>Modifications en attente (%1)</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>Modifier %1</translation>
    </message>
    <message numerus="yes">
        <source>Staged %n change(s) to %1: Apply (Ctrl+S) writes them.</source>
        <translation>
            <numerusform>%n modification préparée sur %1 : Appliquer (Ctrl+S) l&apos;enregistre.</numerusform>
            <numerusform>%n modifications préparées sur %1 : Appliquer (Ctrl+S) les enregistre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applying %n product(s)...</source>
        <translation>
            <numerusform>Application à %n produit...</numerusform>
            <numerusform>Application à %n produits...</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 Your changes are still pending; Apply again is safe (each change is applied at most once).</source>
        <translation>%1 Vos modifications sont toujours en attente ; appliquer à nouveau est sans risque (chaque modification est appliquée au plus une fois).</translation>
    </message>
    <message numerus="yes">
        <source>Applied changes to %n product(s).</source>
        <translation>
            <numerusform>Modifications appliquées à %n produit.</numerusform>
            <numerusform>Modifications appliquées à %n produits.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was applied: %n product(s) had changed. Your choices are pending; press Apply to write them.</source>
        <translation>
            <numerusform>Rien n&apos;a été appliqué : %n produit avait changé. Vos choix sont en attente ; cliquez sur Appliquer pour les enregistrer.</numerusform>
            <numerusform>Rien n&apos;a été appliqué : %n produits avaient changé. Vos choix sont en attente ; cliquez sur Appliquer pour les enregistrer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Nothing was applied: %n product(s) had changed meanwhile. Your changes are still pending.</source>
        <translation>
            <numerusform>Rien n&apos;a été appliqué : %n produit avait changé entre-temps. Vos modifications sont toujours en attente.</numerusform>
            <numerusform>Rien n&apos;a été appliqué : %n produits avaient changé entre-temps. Vos modifications sont toujours en attente.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export products</source>
        <translation>Exporter les produits</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exporting the filtered products to %1...</source>
        <translation>Exportation des produits filtrés vers %1...</translation>
    </message>
    <message>
        <source>Exported %1 products to %2 in %3 s.</source>
        <translation>%1 produits exportés vers %2 en %3 s.</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Exporting every Vendure variant to %1...</source>
        <translation>Export de toutes les variantes Vendure vers %1...</translation>
    </message>
    <message>
        <source>Exported %1 variants to %2 in %3 s.</source>
        <translation>%1 variantes exportées vers %2 en %3 s.</translation>
    </message>
    <message numerus="yes">
        <source>Counting took longer than %n ms, so this is PostgreSQL&apos;s estimate.</source>
        <translation>
            <numerusform>Le comptage a pris plus de %n ms, c&apos;est donc l&apos;estimation de PostgreSQL.</numerusform>
            <numerusform>Le comptage a pris plus de %n ms, c&apos;est donc l&apos;estimation de PostgreSQL.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::ConfirmDialog</name>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
</context>
<context>
    <name>qm::ConfirmPanel</name>
    <message>
        <source>I understand what this changes</source>
        <translation>Je comprends ce que cela modifie</translation>
    </message>
    <message>
        <source>Type &lt;b&gt;%1&lt;/b&gt; to confirm:</source>
        <translation>Saisissez &lt;b&gt;%1&lt;/b&gt; pour confirmer :</translation>
    </message>
</context>
<context>
    <name>qm::ConflictDialog</name>
    <message>
        <source>Someone else changed these products</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié ces produits</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) changed in the database after you started editing. Nothing was applied. For each field you changed, keep yours or take theirs, then apply again.</source>
        <translation>
            <numerusform>%n produit a été modifié dans la base de données après le début de votre modification. Rien n&apos;a été appliqué. Pour chaque champ modifié, gardez votre valeur ou prenez l&apos;autre, puis appliquez à nouveau.</numerusform>
            <numerusform>%n produits ont été modifiés dans la base de données après le début de votre modification. Rien n&apos;a été appliqué. Pour chaque champ modifié, gardez votre valeur ou prenez l&apos;autre, puis appliquez à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>When you started</source>
        <translation>Au début</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Le mien</translation>
    </message>
    <message>
        <source>Theirs (now)</source>
        <translation>L&apos;autre (maintenant)</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Garder</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>L&apos;autre</translation>
    </message>
    <message>
        <source>Use my choices</source>
        <translation>Utiliser mes choix</translation>
    </message>
</context>
<context>
    <name>qm::ConnectionTester</name>
    <message>
        <source>replica</source>
        <translation>réplica</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2), but database %3 has no console schema: connect and let the console install it, or run qmctl migrate.</source>
        <translation>Connecté en tant que %1 (%2), mais la base de données %3 n&apos;a pas le schéma de la console : connectez-vous et laissez la console l&apos;installer, ou exécutez qmctl migrate.</translation>
    </message>
    <message>
        <source>%1 · signed in as %2 · PostgreSQL %3 · console schema present</source>
        <translation>%1 · connecté en tant que %2 · PostgreSQL %3 · schéma de la console présent</translation>
    </message>
    <message>
        <source>Redis at %1 answered: %2</source>
        <translation>Redis sur %1 a répondu : %2</translation>
    </message>
    <message>
        <source>Redis answered PING in %1 ms</source>
        <translation>Redis a répondu au PING en %1 ms</translation>
    </message>
</context>
<context>
    <name>qm::Credentials</name>
    <message>
        <source>Password from the pgpass file %1 (%2).</source>
        <translation>Mot de passe issu du fichier pgpass %1 (%2).</translation>
    </message>
    <message>
        <source>Asking for the password each time (%1; %2).</source>
        <translation>Le mot de passe est demandé à chaque fois (%1 ; %2).</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>trousseau</translation>
    </message>
    <message>
        <source>pgpass file</source>
        <translation>fichier pgpass</translation>
    </message>
    <message>
        <source>asked each time</source>
        <translation>demandé à chaque fois</translation>
    </message>
    <message>
        <source>typed</source>
        <translation>saisi</translation>
    </message>
    <message>
        <source>no pgpass file at %1</source>
        <translation>aucun fichier pgpass à %1</translation>
    </message>
    <message>
        <source>libpq ignores %1 because others may read it: run chmod 600 %1</source>
        <translation>libpq ignore %1 car d&apos;autres peuvent le lire : exécutez chmod 600 %1</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 has no entry for %2@%3</source>
        <translation>%1 n&apos;a pas d&apos;entrée pour %2@%3</translation>
    </message>
    <message>
        <source>no keychain: %1</source>
        <translation>pas de trousseau : %1</translation>
    </message>
    <message>
        <source>Password from the system keychain.</source>
        <translation>Mot de passe issu du trousseau du système.</translation>
    </message>
    <message>
        <source>the keychain has no password for %1</source>
        <translation>le trousseau n&apos;a pas de mot de passe pour %1</translation>
    </message>
</context>
<context>
    <name>qm::ElevationDialog</name>
    <message>
        <source>Elevate to write on production</source>
        <translation>Élever les droits pour écrire en production</translation>
    </message>
    <message>
        <source>Production opens read-only. Say why you need to change it: the reason goes to the audit log, and writing ends by itself when the time is up.</source>
        <translation>La production s&apos;ouvre en lecture seule. Dites pourquoi vous devez la modifier : le motif va dans le journal d&apos;audit, et l&apos;écriture prend fin d&apos;elle-même une fois le temps écoulé.</translation>
    </message>
    <message>
        <source>e.g. INC-1234: restock after the warehouse recount</source>
        <translation>p. ex. INC-1234 : réassort après l&apos;inventaire de l&apos;entrepôt</translation>
    </message>
    <message>
        <source>Reason for the elevation</source>
        <translation>Motif de l&apos;élévation</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Elevation duration in minutes</source>
        <translation>Durée de l&apos;élévation en minutes</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>&amp;Durée :</translation>
    </message>
    <message>
        <source>&amp;Elevate</source>
        <translation>É&amp;lever</translation>
    </message>
    <message>
        <source>Recording the reason in the audit log…</source>
        <translation>Enregistrement du motif dans le journal d&apos;audit…</translation>
    </message>
</context>
<context>
    <name>qm::EnvironmentBanner</name>
    <message>
        <source>Production: changes here reach real customers. Destructive actions ask you to type the target&apos;s name.</source>
        <translation>Production : les modifications ici touchent de vrais clients. Les actions destructrices vous demandent de saisir le nom de la cible.</translation>
    </message>
    <message>
        <source>Staging: a rehearsal environment, not the live store.</source>
        <translation>Préproduction : un environnement de répétition, pas la boutique réelle.</translation>
    </message>
    <message>
        <source>Development: a local or test store.</source>
        <translation>Développement : une boutique locale ou de test.</translation>
    </message>
    <message>
        <source>NOT CONNECTED</source>
        <translation>NON CONNECTÉ</translation>
    </message>
    <message>
        <source>Choose a connection profile (File ▸ Profiles…)</source>
        <translation>Choisissez un profil de connexion (Fichier ▸ Profils…)</translation>
    </message>
    <message>
        <source>Vendure store: the console reads its own views beside Vendure&apos;s tables (%1) and writes through Vendure&apos;s Admin API (%2).</source>
        <translation>Boutique Vendure : la console lit ses propres vues à côté des tables de Vendure (%1) et écrit via l&apos;API Admin de Vendure (%2).</translation>
    </message>
    <message>
        <source>The console&apos;s reference store (schema %1).</source>
        <translation>La boutique de référence de la console (schéma %1).</translation>
    </message>
    <message>
        <source>Elevate…</source>
        <translation>Élever les droits…</translation>
    </message>
    <message>
        <source>End elevation</source>
        <translation>Terminer l&apos;élévation</translation>
    </message>
    <message>
        <source>Elevate to write on production</source>
        <translation>Élever les droits pour écrire en production</translation>
    </message>
    <message>
        <source>Production is read-only. Give a reason to write for a limited time (View ▸ Elevate…, Ctrl+Shift+E).</source>
        <translation>La production est en lecture seule. Donnez un motif pour écrire pendant un temps limité (Affichage ▸ Élever les droits…, Ctrl+Maj+E).</translation>
    </message>
    <message>
        <source>End the elevation now</source>
        <translation>Terminer l&apos;élévation maintenant</translation>
    </message>
    <message>
        <source>Back to read-only now, before the time is up.</source>
        <translation>Revenir en lecture seule maintenant, avant la fin du temps.</translation>
    </message>
    <message>
        <source>ELEVATED %1:%2</source>
        <translation>ÉLEVÉ %1:%2</translation>
    </message>
    <message>
        <source>Writing is allowed until %1. Reason: %2</source>
        <translation>L&apos;écriture est permise jusqu&apos;à %1. Motif : %2</translation>
    </message>
    <message numerus="yes">
        <source>Elevated: %n minute(s) left</source>
        <translation>
            <numerusform>Élevé : %n minute restante</numerusform>
            <numerusform>Élevé : %n minutes restantes</numerusform>
        </translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>LECTURE SEULE</translation>
    </message>
    <message>
        <source>Production is read-only: every change is refused until you elevate with a reason.</source>
        <translation>La production est en lecture seule : toute modification est refusée jusqu&apos;à ce que vous éleviez les droits avec un motif.</translation>
    </message>
    <message>
        <source>Production is read-only</source>
        <translation>La production est en lecture seule</translation>
    </message>
    <message>
        <source>⚠ UNVERIFIED TLS</source>
        <translation>⚠ TLS NON VÉRIFIÉ</translation>
    </message>
    <message>
        <source>Warning: connections are not verified: %1</source>
        <translation>Avertissement : les connexions ne sont pas vérifiées : %1</translation>
    </message>
</context>
<context>
    <name>qm::FlowDialog</name>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Planning: finding exactly what this would change. Nothing is changed yet.</source>
        <translation>Planification : détermination exacte de ce que cela modifierait. Rien n&apos;est encore modifié.</translation>
    </message>
    <message>
        <source>Recording the plan in the audit log before anything runs…</source>
        <translation>Enregistrement du plan dans le journal d&apos;audit avant toute exécution…</translation>
    </message>
    <message>
        <source>Verifying: checking what is left…</source>
        <translation>Vérification : contrôle de ce qui reste…</translation>
    </message>
    <message>
        <source>Recording the audit entry…</source>
        <translation>Enregistrement de l&apos;entrée d&apos;audit…</translation>
    </message>
    <message>
        <source>Starting…</source>
        <translation>Démarrage…</translation>
    </message>
    <message>
        <source>Stopping after the current batch…</source>
        <translation>Arrêt après le lot en cours…</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusé</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>Shoppers&apos; round trip now: %1 ms</source>
        <translation>Temps de réponse pour les acheteurs maintenant : %1 ms</translation>
    </message>
    <message>
        <source>  ·  slowing down: %1 ms between batches</source>
        <translation>  ·  ralentissement : %1 ms entre les lots</translation>
    </message>
    <message>
        <source>Not done: %1</source>
        <translation>Non terminé : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Stopped:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Arrêté :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Done.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Terminé.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Verified: %1</source>
        <translation>Vérifié : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Verification:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Vérification :&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Intent and outcome recorded in the audit log (request %1).</source>
        <translation>Intention et résultat enregistrés dans le journal d&apos;audit (requête %1).</translation>
    </message>
    <message>
        <source>&lt;b&gt;The audit log refused the outcome&lt;/b&gt; (%1); it was kept in %2. Tell whoever keeps the audit log.</source>
        <translation>&lt;b&gt;Le journal d&apos;audit a refusé le résultat&lt;/b&gt; (%1) ; il a été conservé dans %2. Prévenez la personne qui gère le journal d&apos;audit.</translation>
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
        <translation>Primaire</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Réplica</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>En service</translation>
    </message>
    <message>
        <source>Degraded</source>
        <translation>Dégradé</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Hors service</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Retard de réplication</translation>
    </message>
    <message>
        <source>Round trip</source>
        <translation>Aller-retour</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
</context>
<context>
    <name>qm::HealthMonitor</name>
    <message>
        <source>No answer within %1 s</source>
        <translation>Pas de réponse en %1 s</translation>
    </message>
</context>
<context>
    <name>qm::HealthStrip</name>
    <message>
        <source>Not checked yet</source>
        <translation>Pas encore vérifié</translation>
    </message>
    <message>
        <source>Primary %1</source>
        <translation>Primaire %1</translation>
    </message>
    <message>
        <source>Primary down</source>
        <translation>Primaire hors service</translation>
    </message>
    <message>
        <source>Primary</source>
        <translation>Primaire</translation>
    </message>
    <message>
        <source>Round trip %1 · WAL %2</source>
        <translation>Aller-retour %1 · WAL %2</translation>
    </message>
    <message>
        <source>No primary</source>
        <translation>Pas de primaire</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>No server answers as the primary.</source>
        <translation>Aucun serveur ne répond en tant que primaire.</translation>
    </message>
    <message>
        <source>Replica %1</source>
        <translation>Réplica %1</translation>
    </message>
    <message>
        <source>Replica</source>
        <translation>Réplica</translation>
    </message>
    <message>
        <source>%1 lag %2</source>
        <translation>%1 retard %2</translation>
    </message>
    <message>
        <source>%1 down</source>
        <translation>%1 hors service</translation>
    </message>
    <message>
        <source>Lag %1 · round trip %2</source>
        <translation>Retard %1 · aller-retour %2</translation>
    </message>
    <message>
        <source>Redis %1</source>
        <translation>Redis %1</translation>
    </message>
    <message>
        <source>Redis down</source>
        <translation>Redis hors service</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>PING round trip %1</source>
        <translation>Aller-retour PING %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Open a connection profile to see the servers&apos; health.</source>
        <translation>Ouvrez un profil de connexion pour voir l&apos;état des serveurs.</translation>
    </message>
</context>
<context>
    <name>qm::IdleLock</name>
    <message>
        <source>Un&amp;lock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>Quartermaster is locked</source>
        <translation>Quartermaster est verrouillé</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Mot de passe de la base de données</translation>
    </message>
    <message>
        <source>Database pass&amp;word:</source>
        <translation>Mot de &amp;passe de la base de données :</translation>
    </message>
    <message numerus="yes">
        <source>The console locked itself after %n minute(s) without input on %1 (%2). Type the database password of %3 to go on: nothing was closed, and unsaved changes are kept.</source>
        <translation>
            <numerusform>La console s&apos;est verrouillée après %n minute sans saisie sur %1 (%2). Saisissez le mot de passe de base de données de %3 pour continuer : rien n&apos;a été fermé et les modifications non enregistrées sont conservées.</numerusform>
            <numerusform>La console s&apos;est verrouillée après %n minutes sans saisie sur %1 (%2). Saisissez le mot de passe de base de données de %3 pour continuer : rien n&apos;a été fermé et les modifications non enregistrées sont conservées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking the password with the database…</source>
        <translation>Vérification du mot de passe auprès de la base de données…</translation>
    </message>
    <message>
        <source>Wrong password for %1. The console stays locked.</source>
        <translation>Mot de passe incorrect pour %1. La console reste verrouillée.</translation>
    </message>
    <message>
        <source>Could not check the password: %1 The console stays locked.</source>
        <translation>Impossible de vérifier le mot de passe : %1 La console reste verrouillée.</translation>
    </message>
</context>
<context>
    <name>qm::ImportDialog</name>
    <message>
        <source>&amp;Browse...</source>
        <translation>&amp;Parcourir...</translation>
    </message>
    <message>
        <source>C&amp;heck</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Import products from CSV</source>
        <translation>Importer des produits depuis un CSV</translation>
    </message>
    <message>
        <source>CSV file: sku,name,price[,description,status,currency,category,tags,attributes]</source>
        <translation>Fichier CSV : sku,name,price[,description,status,currency,category,tags,attributes]</translation>
    </message>
    <message>
        <source>Auto</source>
        <translation>Automatique</translation>
    </message>
    <message>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <source>What separates the columns. Auto reads it from the header line (spreadsheets in German or French write semicolons).</source>
        <translation>Ce qui sépare les colonnes. « Automatique » le lit dans la ligne d&apos;en-tête (les tableurs en allemand ou en français écrivent des points-virgules).</translation>
    </message>
    <message>
        <source>Column separator</source>
        <translation>Séparateur de colonnes</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Separator</source>
        <translation>&amp;Séparateur</translation>
    </message>
    <message>
        <source>Import products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Reading... %1 rows</source>
        <translation>Lecture... %1 lignes</translation>
    </message>
    <message>
        <source>%1
Nothing or everything was imported. Press Import again to retry: the same request is applied at most once.</source>
        <translation>%1
Tout ou rien a été importé. Cliquez à nouveau sur Importer pour réessayer : la même requête est appliquée au plus une fois.</translation>
    </message>
    <message>
        <source>Stopped: nothing was imported.</source>
        <translation>Arrêté : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>%1 new, %2 changed, %3 unchanged</source>
        <translation>%1 nouveaux, %2 modifiés, %3 inchangés</translation>
    </message>
    <message>
        <source>Columns separated by %1 (detected).</source>
        <translation>Colonnes séparées par %1 (détecté).</translation>
    </message>
    <message>
        <source>Columns separated by %1.</source>
        <translation>Colonnes séparées par %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n problem(s) in %1 rows: nothing was imported. Fix the file and check again.</source>
        <translation>
            <numerusform>%n problème dans %1 lignes : rien n&apos;a été importé. Corrigez le fichier et vérifiez à nouveau.</numerusform>
            <numerusform>%n problèmes dans %1 lignes : rien n&apos;a été importé. Corrigez le fichier et vérifiez à nouveau.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is fine: importing would make %1 (%2 price changes).</source>
        <translation>Le fichier est correct : l&apos;importation donnerait %1 (%2 changements de prix).</translation>
    </message>
    <message>
        <source>This import had already been applied (%1): nothing was done twice.</source>
        <translation>Cette importation avait déjà été appliquée (%1) : rien n&apos;a été fait deux fois.</translation>
    </message>
    <message>
        <source>Imported: %1 in %2 s.</source>
        <translation>Importé : %1 en %2 s.</translation>
    </message>
    <message>
        <source>%1 (%2): &quot;%3&quot; -&gt; &quot;%4&quot;</source>
        <translation>%1 (%2) : « %3 » -&gt; « %4 »</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) changed in the store after the check: left as they are (listed).</source>
        <translation>
            <numerusform>%n ligne a changé dans la boutique après la vérification : laissée telle quelle (listée).</numerusform>
            <numerusform>%n lignes ont changé dans la boutique après la vérification : laissées telles quelles (listées).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::LoadTestDialog</name>
    <message>
        <source>Load test</source>
        <translation>Test de charge</translation>
    </message>
    <message>
        <source>Drives the storefront simulator along a ramp of order rates and reads each step back: the highest stable rate is the last step whose checkout p95 and error rate stay under the limits.</source>
        <translation>Fait tourner le simulateur de vitrine sur une rampe de débits de commandes et relit chaque étape : le débit stable le plus élevé est la dernière étape dont le p95 du checkout et le taux d&apos;erreurs restent sous les limites.</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Each step:</source>
        <translation>Chaque étape :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Checkout p95 limit:</source>
        <translation>Limite du p95 du checkout :</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>Error limit:</source>
        <translation>Limite d&apos;erreurs :</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Démarrer</translation>
    </message>
    <message>
        <source>Cancel run</source>
        <translation>Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Target/s</source>
        <translation>Cible/s</translation>
    </message>
    <message>
        <source>Achieved/s</source>
        <translation>Atteint/s</translation>
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
        <translation>Erreurs %</translation>
    </message>
    <message>
        <source>DB conns</source>
        <translation>Conn. BD</translation>
    </message>
    <message>
        <source>CPU %</source>
        <translation>CPU %</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Recording the load test in the audit log…</source>
        <translation>Enregistrement du test de charge dans le journal d&apos;audit…</translation>
    </message>
    <message>
        <source>The audit log refused the load test, so it did not start: %1</source>
        <translation>Le journal d&apos;audit a refusé le test de charge, il n&apos;a donc pas démarré : %1</translation>
    </message>
    <message>
        <source>no answer from the database</source>
        <translation>pas de réponse de la base de données</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>broke: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>Cancelled: the simulator was stopped.</source>
        <translation>Annulé : le simulateur a été arrêté.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Terminé.</translation>
    </message>
    <message>
        <source>One step each: orders per second, or percentages of the recorded peak order rate</source>
        <translation>Une valeur par étape : commandes par seconde, ou pourcentages du pic enregistré du débit de commandes</translation>
    </message>
    <message>
        <source>orders/s</source>
        <translation>commandes/s</translation>
    </message>
    <message>
        <source>% of the recorded peak</source>
        <translation>% du pic enregistré</translation>
    </message>
    <message>
        <source>Ramp:</source>
        <translation>Rampe :</translation>
    </message>
    <message>
        <source> orders/s</source>
        <translation> commandes/s</translation>
    </message>
    <message>
        <source>recorded</source>
        <translation>enregistré</translation>
    </message>
    <message>
        <source>The peak a percentage ramp is based on; &quot;recorded&quot; uses the busiest minute in the store&apos;s history</source>
        <translation>Le pic sur lequel repose une rampe en pourcentages ; « enregistré » utilise la minute la plus chargée de l&apos;historique de la boutique</translation>
    </message>
    <message>
        <source>Looking up the recorded peak…</source>
        <translation>Recherche du pic enregistré…</translation>
    </message>
    <message>
        <source>Peak:</source>
        <translation>Pic :</translation>
    </message>
    <message>
        <source>Checkout p99 target:</source>
        <translation>Objectif du p99 du checkout :</translation>
    </message>
    <message>
        <source>Orders and errors</source>
        <translation>Commandes et erreurs</translation>
    </message>
    <message>
        <source>Orders/s</source>
        <translation>Commandes/s</translation>
    </message>
    <message>
        <source>Errors/s</source>
        <translation>Erreurs/s</translation>
    </message>
    <message>
        <source>Checkout latency</source>
        <translation>Latence du checkout</translation>
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
        <translation>Connexions BD</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Mémoire Redis</translation>
    </message>
    <message>
        <source>Redis ops</source>
        <translation>Opérations Redis</translation>
    </message>
    <message>
        <source>Redis ops/s</source>
        <translation>Opérations Redis/s</translation>
    </message>
    <message>
        <source>Typed by hand (instead of the recorded peak).</source>
        <translation>Saisi à la main (au lieu du pic enregistré).</translation>
    </message>
    <message>
        <source>No recorded peak: %1</source>
        <translation>Aucun pic enregistré : %1</translation>
    </message>
    <message>
        <source>Recorded peak %1 orders/s%2: %3</source>
        <translation>Pic enregistré %1 commandes/s%2 : %3</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> le %1</translation>
    </message>
    <message>
        <source>max_connections (%1)</source>
        <translation>max_connections (%1)</translation>
    </message>
    <message>
        <source>maxmemory (%1 MB)</source>
        <translation>maxmemory (%1 Mo)</translation>
    </message>
    <message>
        <source>typed by hand</source>
        <translation>saisi à la main</translation>
    </message>
    <message>
        <source>A percentage ramp needs a peak: none was recorded yet, so type one.</source>
        <translation>Une rampe en pourcentages a besoin d&apos;un pic : aucun n&apos;a encore été enregistré, saisissez-en donc un.</translation>
    </message>
    <message>
        <source>First to saturate: nothing measured against a limit.</source>
        <translation>Premier à saturer : rien n&apos;a été mesuré par rapport à une limite.</translation>
    </message>
    <message>
        <source>First to saturate: %1 at %2 orders/s.</source>
        <translation>Premier à saturer : %1 à %2 commandes/s.</translation>
    </message>
    <message>
        <source>Nothing reached its limit; closest: %1 at %2 orders/s.</source>
        <translation>Rien n&apos;a atteint sa limite ; le plus proche : %1 à %2 commandes/s.</translation>
    </message>
</context>
<context>
    <name>qm::MainWindow</name>
    <message>
        <source>Not connected. Open a profile with File ▸ Profiles…</source>
        <translation>Non connecté. Ouvrez un profil avec Fichier ▸ Profils…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Profiles…</source>
        <translation>&amp;Profils…</translation>
    </message>
    <message>
        <source>&amp;Reconnect</source>
        <translation>&amp;Reconnecter</translation>
    </message>
    <message>
        <source>&amp;Disconnect</source>
        <translation>&amp;Déconnecter</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Paramè&amp;tres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About Quartermaster</source>
        <translation>À &amp;propos de Quartermaster</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>About Quartermaster</source>
        <translation>À propos de Quartermaster</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Quartermaster %1&lt;/h3&gt;&lt;p&gt;An operations console for online stores: catalog, stock, orders, caches and runbooks over PostgreSQL, Redis, Varnish and Prometheus.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Quartermaster %1&lt;/h3&gt;&lt;p&gt;Une console d&apos;exploitation pour boutiques en ligne : catalogue, stock, commandes, caches et runbooks sur PostgreSQL, Redis, Varnish et Prometheus.&lt;/p&gt;&lt;p&gt;Construit avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking up the credentials for %1…</source>
        <translation>Recherche des identifiants de %1…</translation>
    </message>
    <message>
        <source>Password typed for this session.</source>
        <translation>Mot de passe saisi pour cette session.</translation>
    </message>
    <message>
        <source>Password for %1</source>
        <translation>Mot de passe de %1</translation>
    </message>
    <message>
        <source>%1

Password for %2 on %3:</source>
        <translation>%1

Mot de passe de %2 sur %3 :</translation>
    </message>
    <message>
        <source>Waiting for the password of %1 (%2)</source>
        <translation>En attente du mot de passe de %1 (%2)</translation>
    </message>
    <message>
        <source>Password typed for this session (%1)</source>
        <translation>Mot de passe saisi pour cette session (%1)</translation>
    </message>
    <message>
        <source>Not connected: no password given. Set up a pgpass file or the keychain in File ▸ Profiles…, or reconnect and type it.</source>
        <translation>Non connecté : aucun mot de passe fourni. Configurez un fichier pgpass ou le trousseau dans Fichier ▸ Profils…, ou reconnectez-vous et saisissez-le.</translation>
    </message>
    <message>
        <source>%1@%2 · password: %3</source>
        <translation>%1@%2 · mot de passe : %3</translation>
    </message>
    <message>
        <source>%1 may: %2</source>
        <translation>%1 peut : %2</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2.</source>
        <translation>Connecté à %1 en tant que %2.</translation>
    </message>
    <message>
        <source>Not connected: %1 The console retries when the primary answers.</source>
        <translation>Non connecté : %1 La console réessaie quand le primaire répond.</translation>
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
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
    <message>
        <source>&amp;Elevate…</source>
        <translation>É&amp;lever les droits…</translation>
    </message>
    <message>
        <source>E&amp;nd elevation</source>
        <translation>&amp;Terminer l&apos;élévation</translation>
    </message>
    <message>
        <source>Choose &amp;columns…</source>
        <translation>Choisir les &amp;colonnes…</translation>
    </message>
    <message>
        <source>This workspace has no table whose columns can be chosen.</source>
        <translation>Cet espace de travail n&apos;a aucun tableau dont on peut choisir les colonnes.</translation>
    </message>
    <message>
        <source>&amp;User guide…</source>
        <translation>&amp;Guide de l&apos;utilisateur…</translation>
    </message>
    <message>
        <source>Idle lock</source>
        <translation>Verrouillage après inactivité</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
</context>
<context>
    <name>qm::MigrateDialog</name>
    <message>
        <source>Install the console schema</source>
        <translation>Installer le schéma de la console</translation>
    </message>
    <message>
        <source>Update the console schema</source>
        <translation>Mettre à jour le schéma de la console</translation>
    </message>
    <message>
        <source>Migrations to apply, in order:</source>
        <translation>Migrations à appliquer, dans l&apos;ordre :</translation>
    </message>
    <message>
        <source>Migrations create schemas, views and functions: sign in as the database&apos;s schema owner.</source>
        <translation>Les migrations créent des schémas, des vues et des fonctions : connectez-vous en tant que propriétaire du schéma de la base de données.</translation>
    </message>
    <message>
        <source>from the pgpass file</source>
        <translation>issu du fichier pgpass</translation>
    </message>
    <message>
        <source>Run as &amp;user:</source>
        <translation>Exécuter en tant qu&apos;&amp;utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Type &quot;%1&quot; to confirm:</source>
        <translation>Saisissez « %1 » pour confirmer :</translation>
    </message>
    <message>
        <source>&amp;Migrate</source>
        <translation>&amp;Migrer</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Database &lt;b&gt;%1&lt;/b&gt; on %2 has console schema version &lt;b&gt;%3&lt;/b&gt;; this console needs version &lt;b&gt;%4&lt;/b&gt;. Nothing changes until you press Migrate.</source>
        <translation>La base de données &lt;b&gt;%1&lt;/b&gt; sur %2 a le schéma de la console en version &lt;b&gt;%3&lt;/b&gt; ; cette console a besoin de la version &lt;b&gt;%4&lt;/b&gt;. Rien ne change tant que vous n&apos;avez pas cliqué sur Migrer.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Migrating as %1…</source>
        <translation>Migration en tant que %1…</translation>
    </message>
    <message>
        <source>Migration failed; nothing after the failing file was applied: %1</source>
        <translation>La migration a échoué ; rien n&apos;a été appliqué après le fichier en échec : %1</translation>
    </message>
    <message>
        <source>Nothing to apply: another console migrated meanwhile.</source>
        <translation>Rien à appliquer : une autre console a migré entre-temps.</translation>
    </message>
    <message>
        <source>Applied %1.</source>
        <translation>Appliqué : %1.</translation>
    </message>
    <message>
        <source>&amp;Continue</source>
        <translation>&amp;Continuer</translation>
    </message>
</context>
<context>
    <name>qm::OrderActionDialog</name>
    <message>
        <source>Cancel order</source>
        <translation>Annuler la commande</translation>
    </message>
    <message>
        <source>Refund order</source>
        <translation>Rembourser la commande</translation>
    </message>
    <message>
        <source>Mark shipped</source>
        <translation>Marquer comme expédiée</translation>
    </message>
    <message>
        <source>Add note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Cancel %1 (%2 %3, %4)? Its goods go back on hand%5.</source>
        <translation>Annuler %1 (%2 %3, %4) ? Ses articles retournent en stock disponible%5.</translation>
    </message>
    <message>
        <source> and the payment is refunded</source>
        <translation> et le paiement est remboursé</translation>
    </message>
    <message>
        <source>Reason (required, kept in the audit log):</source>
        <translation>Motif (obligatoire, conservé dans le journal d&apos;audit) :</translation>
    </message>
    <message>
        <source>Refund %1 %2 for %3?</source>
        <translation>Rembourser %1 %2 pour %3 ?</translation>
    </message>
    <message>
        <source>Mark %1 as shipped?</source>
        <translation>Marquer %1 comme expédiée ?</translation>
    </message>
    <message>
        <source>Tracking number (optional):</source>
        <translation>Numéro de suivi (facultatif) :</translation>
    </message>
    <message>
        <source>Add a note to %1.</source>
        <translation>Ajouter une note à %1.</translation>
    </message>
    <message>
        <source>Note:</source>
        <translation>Note :</translation>
    </message>
    <message>
        <source>The goods came back: put them on hand again</source>
        <translation>Les articles sont revenus : les remettre en stock disponible</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
</context>
<context>
    <name>qm::OrderDetailView</name>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Payments</source>
        <translation>Paiements</translation>
    </message>
    <message>
        <source>No order selected</source>
        <translation>Aucune commande sélectionnée</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 %2 · payment %3 · %4 · placed %5 · %6</source>
        <translation>%1 %2 · paiement %3 · %4 · passée %5 · %6</translation>
    </message>
    <message>
        <source>guest</source>
        <translation>invité</translation>
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
        <translation>Paiement %1 %2</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>qm::OrderFlowStrip</name>
    <message>
        <source>Order flow: waiting for the first reading</source>
        <translation>Flux de commandes : en attente de la première mesure</translation>
    </message>
    <message>
        <source>Orders/min: %1 (expected ~%2)</source>
        <translation>Commandes/min : %1 (attendu ~%2)</translation>
    </message>
    <message>
        <source>Payment failures: %1 %</source>
        <translation>Échecs de paiement : %1 %</translation>
    </message>
    <message>
        <source>Stuck: %1</source>
        <translation>Bloquées : %1</translation>
    </message>
    <message>
        <source>Oversell risk: %1</source>
        <translation>Risque de survente : %1</translation>
    </message>
</context>
<context>
    <name>qm::OrdersFilterBar</name>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>min total</source>
        <translation>total min.</translation>
    </message>
    <message>
        <source>max total</source>
        <translation>total max.</translation>
    </message>
    <message>
        <source>customer e-mail or name</source>
        <translation>e-mail ou nom du client</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toute période</translation>
    </message>
    <message>
        <source>Last hour</source>
        <translation>Dernière heure</translation>
    </message>
    <message>
        <source>Last 24 hours</source>
        <translation>Dernières 24 heures</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>30 derniers jours</translation>
    </message>
    <message>
        <source>Saved views</source>
        <translation>Vues enregistrées</translation>
    </message>
    <message>
        <source>Save view…</source>
        <translation>Enregistrer la vue…</translation>
    </message>
    <message>
        <source>Delete view</source>
        <translation>Supprimer la vue</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>%1: all</source>
        <translation>%1 : tous</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n selected</source>
        <translation>
            <numerusform>%1 : %n sélectionné</numerusform>
            <numerusform>%1 : %n sélectionnés</numerusform>
        </translation>
    </message>
    <message>
        <source>Save view</source>
        <translation>Enregistrer la vue</translation>
    </message>
    <message>
        <source>Name of this view (%1):</source>
        <translation>Nom de cette vue (%1) :</translation>
    </message>
    <message>
        <source>Saved views…</source>
        <translation>Vues enregistrées…</translation>
    </message>
    <message>
        <source>Minimum total</source>
        <translation>Total minimum</translation>
    </message>
    <message>
        <source>Maximum total</source>
        <translation>Total maximum</translation>
    </message>
    <message>
        <source>Customer e-mail or name</source>
        <translation>E-mail ou nom du client</translation>
    </message>
</context>
<context>
    <name>qm::OrdersPage</name>
    <message>
        <source>Follow new orders</source>
        <translation>Suivre les nouvelles commandes</translation>
    </message>
    <message>
        <source>At the top of the list, let new orders push in instead of keeping the rows you read in place</source>
        <translation>En haut de la liste, laisser entrer les nouvelles commandes au lieu de garder en place les lignes que vous lisez</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) loaded%1</source>
        <translation>
            <numerusform>%n commande chargée%1</numerusform>
            <numerusform>%n commandes chargées%1</numerusform>
        </translation>
    </message>
    <message>
        <source>, more below</source>
        <translation>, d&apos;autres en dessous</translation>
    </message>
    <message>
        <source>Could not load orders: %1</source>
        <translation>Impossible de charger les commandes : %1</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Commandes</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>● Live</source>
        <translation>● En direct</translation>
    </message>
    <message>
        <source>New and changed orders appear as they are committed</source>
        <translation>Les commandes nouvelles et modifiées apparaissent dès qu&apos;elles sont validées</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Reconnecting… (nothing is lost: the feed catches up)</source>
        <translation>Reconnexion… (rien n&apos;est perdu : le flux rattrape son retard)</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Arrêté</translation>
    </message>
    <message numerus="yes">
        <source>↑ %n new order(s)</source>
        <translation>
            <numerusform>↑ %n nouvelle commande</numerusform>
            <numerusform>↑ %n nouvelles commandes</numerusform>
        </translation>
    </message>
    <message>
        <source>Order flow unavailable: %1</source>
        <translation>Flux de commandes indisponible : %1</translation>
    </message>
    <message>
        <source>%1…</source>
        <translation>%1…</translation>
    </message>
    <message>
        <source>%1: done</source>
        <translation>%1 : terminé</translation>
    </message>
    <message>
        <source>New orders</source>
        <translation>Nouvelles commandes</translation>
    </message>
</context>
<context>
    <name>qm::OrdersTableModel</name>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Placed</source>
        <translation>Passée</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Canal</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <source>Last change</source>
        <translation>Dernière modification</translation>
    </message>
</context>
<context>
    <name>qm::OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Store today</source>
        <translation>La boutique aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Servers</source>
        <translation>Serveurs</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Non connecté</translation>
    </message>
    <message>
        <source>Updated %1 · every %2 s</source>
        <translation>Mis à jour %1 · toutes les %2 s</translation>
    </message>
    <message>
        <source>Loading store figures…</source>
        <translation>Chargement des chiffres de la boutique…</translation>
    </message>
    <message>
        <source>No figures yet</source>
        <translation>Pas encore de chiffres</translation>
    </message>
    <message>
        <source>The store figures could not be refreshed: %1</source>
        <translation>Les chiffres de la boutique n&apos;ont pas pu être actualisés : %1</translation>
    </message>
    <message>
        <source>Maintenance mode is on: the storefront shows &quot;%1&quot;.</source>
        <translation>Le mode maintenance est activé : la vitrine affiche « %1 ».</translation>
    </message>
</context>
<context>
    <name>qm::PendingChangesPanel</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Appliquer</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rétablir</translation>
    </message>
    <message>
        <source>Discard all</source>
        <translation>Tout abandonner</translation>
    </message>
    <message>
        <source>Product / field</source>
        <translation>Produit / champ</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Pending changes</source>
        <translation>Modifications en attente</translation>
    </message>
    <message>
        <source>Write every pending change in one transaction (Ctrl+S)</source>
        <translation>Enregistrer toutes les modifications en attente en une transaction (Ctrl+S)</translation>
    </message>
    <message>
        <source>Undo the last edit (Ctrl+Z)</source>
        <translation>Annuler la dernière modification (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo (Ctrl+Shift+Z)</source>
        <translation>Rétablir (Ctrl+Maj+Z)</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <source>No pending changes.</source>
        <translation>Aucune modification en attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) with unapplied changes</source>
        <translation>
            <numerusform>%n produit avec des modifications non appliquées</numerusform>
            <numerusform>%n produits avec des modifications non appliquées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> (%n field(s)). They are kept on disk until applied.</source>
        <translation>
            <numerusform> (%n champ). Elles sont conservées sur le disque jusqu&apos;à leur application.</numerusform>
            <numerusform> (%n champs). Elles sont conservées sur le disque jusqu&apos;à leur application.</numerusform>
        </translation>
    </message>
    <message>
        <source>Applying...</source>
        <translation>Application...</translation>
    </message>
</context>
<context>
    <name>qm::PlanView</name>
    <message>
        <source>Sample:</source>
        <translation>Échantillon :</translation>
    </message>
    <message>
        <source>%1 %2%3</source>
        <translation>%1 %2%3</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (estimation)</translation>
    </message>
    <message>
        <source>Count unknown in advance</source>
        <translation>Nombre inconnu à l&apos;avance</translation>
    </message>
</context>
<context>
    <name>qm::ProductEditor</name>
    <message>
        <source>&amp;Stage changes</source>
        <translation>Préparer les &amp;modifications</translation>
    </message>
    <message>
        <source>{&quot;color&quot;: &quot;red&quot;}</source>
        <translation>{&quot;color&quot;: &quot;red&quot;}</translation>
    </message>
    <message>
        <source>comma, separated</source>
        <translation>séparées, par des virgules</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Old</source>
        <translation>Ancien</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Turn the differences into pending changes (Ctrl+Enter); Apply writes them</source>
        <translation>Transformer les différences en modifications en attente (Ctrl+Entrée) ; Appliquer les enregistre</translation>
    </message>
    <message>
        <source>S&amp;KU</source>
        <translation>S&amp;KU</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation>&amp;Description</translation>
    </message>
    <message>
        <source>Stat&amp;us</source>
        <translation>Stat&amp;ut</translation>
    </message>
    <message>
        <source>&amp;Price</source>
        <translation>&amp;Prix</translation>
    </message>
    <message>
        <source>C&amp;urrency</source>
        <translation>Dev&amp;ise</translation>
    </message>
    <message>
        <source>Ca&amp;tegory</source>
        <translation>Ca&amp;tégorie</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>&amp;Balises</translation>
    </message>
    <message>
        <source>&amp;Attributes</source>
        <translation>A&amp;ttributs</translation>
    </message>
    <message>
        <source>Price history</source>
        <translation>Historique des prix</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Select a product to edit it here.</source>
        <translation>Sélectionnez un produit pour le modifier ici.</translation>
    </message>
    <message>
        <source>Loading product %1...</source>
        <translation>Chargement du produit %1...</translation>
    </message>
    <message>
        <source>%1 (version %2, updated %3)</source>
        <translation>%1 (version %2, mis à jour %3)</translation>
    </message>
    <message>
        <source>The SKU cannot be empty.</source>
        <translation>Le SKU ne peut pas être vide.</translation>
    </message>
    <message>
        <source>The name cannot be empty.</source>
        <translation>Le nom ne peut pas être vide.</translation>
    </message>
    <message>
        <source>A currency is a 3-letter ISO code, e.g. EUR.</source>
        <translation>Une devise est un code ISO de 3 lettres, p. ex. EUR.</translation>
    </message>
    <message>
        <source>Attributes must be a JSON object: %1</source>
        <translation>Les attributs doivent être un objet JSON : %1</translation>
    </message>
</context>
<context>
    <name>qm::Profile</name>
    <message>
        <source>Production</source>
        <translation>Production</translation>
    </message>
    <message>
        <source>Staging</source>
        <translation>Préproduction</translation>
    </message>
    <message>
        <source>Development</source>
        <translation>Développement</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Donnez un nom au profil.</translation>
    </message>
    <message>
        <source>Redis needs a host and a port between 1 and 65535.</source>
        <translation>Redis a besoin d&apos;un hôte et d&apos;un port entre 1 et 65535.</translation>
    </message>
    <message>
        <source>Redis Sentinel needs the master&apos;s name and at least one sentinel.</source>
        <translation>Redis Sentinel a besoin du nom du master et d&apos;au moins un sentinel.</translation>
    </message>
    <message>
        <source>Redis Cluster needs at least one seed node.</source>
        <translation>Redis Cluster a besoin d&apos;au moins un nœud d&apos;amorçage.</translation>
    </message>
    <message>
        <source>Add at least one PostgreSQL server as host:port.</source>
        <translation>Ajoutez au moins un serveur PostgreSQL sous la forme host:port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host:port.</source>
        <translation>« %1 » n&apos;est pas un host:port valide.</translation>
    </message>
    <message>
        <source>Name the database.</source>
        <translation>Indiquez la base de données.</translation>
    </message>
    <message>
        <source>Name the database user to sign in as.</source>
        <translation>Indiquez l&apos;utilisateur de la base de données avec lequel se connecter.</translation>
    </message>
    <message>
        <source>SSL mode must be one of: %1.</source>
        <translation>Le mode SSL doit être l&apos;un de ceux-ci : %1.</translation>
    </message>
    <message>
        <source>The replica lag limit (maxReplicaLagSeconds) must be 0 or more.</source>
        <translation>La limite de retard de la réplica (maxReplicaLagSeconds) doit être de 0 ou plus.</translation>
    </message>
    <message>
        <source>Unknown environment &quot;%1&quot;: use production, staging or development.</source>
        <translation>Environnement inconnu « %1 » : utilisez production, staging ou development.</translation>
    </message>
    <message>
        <source>postgres.maxReplicaLagSeconds must be a number of seconds.</source>
        <translation>postgres.maxReplicaLagSeconds doit être un nombre de secondes.</translation>
    </message>
    <message>
        <source>Unknown Redis mode &quot;%1&quot;: use standalone, sentinel or cluster.</source>
        <translation>Mode Redis inconnu « %1 » : utilisez standalone, sentinel ou cluster.</translation>
    </message>
    <message>
        <source>The profile is not valid JSON: %1 at offset %2.</source>
        <translation>Le profil n&apos;est pas du JSON valide : %1 à la position %2.</translation>
    </message>
    <message>
        <source>The profile must be a JSON object.</source>
        <translation>Le profil doit être un objet JSON.</translation>
    </message>
    <message>
        <source>The profile %1 cannot be used: %2</source>
        <translation>Le profil %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>A Vendure profile needs vendure.adminApi, the URL of Vendure&apos;s Admin API (e.g. http://127.0.0.1:3000/admin-api).</source>
        <translation>Un profil Vendure a besoin de vendure.adminApi, l&apos;URL de l&apos;API Admin de Vendure (p. ex. http://127.0.0.1:3000/admin-api).</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not an http:// or https:// URL.</source>
        <translation>%1 « %2 » n&apos;est pas une URL http:// ou https://.</translation>
    </message>
    <message>
        <source>&quot;backend&quot; must be a string: reference or vendure.</source>
        <translation>« backend » doit être un texte : reference ou vendure.</translation>
    </message>
    <message>
        <source>Unknown backend &quot;%1&quot;: use reference or vendure.</source>
        <translation>Backend inconnu « %1 » : utilisez reference ou vendure.</translation>
    </message>
    <message>
        <source>&quot;vendure&quot; must be an object: {&quot;adminApi&quot;: url, &quot;shopApi&quot;: url, &quot;user&quot;: name, &quot;passfile&quot;: path}.</source>
        <translation>« vendure » doit être un objet : {&quot;adminApi&quot;: url, &quot;shopApi&quot;: url, &quot;user&quot;: name, &quot;passfile&quot;: path}.</translation>
    </message>
    <message>
        <source>vendure.%1 must be a string.</source>
        <translation>vendure.%1 doit être un texte.</translation>
    </message>
    <message>
        <source>The Prometheus URL &quot;%1&quot; must be http:// or https:// with a host, e.g. http://prometheus:9090.</source>
        <translation>L&apos;URL Prometheus « %1 » doit être en http:// ou https:// avec un hôte, p. ex. http://prometheus:9090.</translation>
    </message>
    <message>
        <source>prometheus.url must be a URL such as http://prometheus:9090.</source>
        <translation>prometheus.url doit être une URL comme http://prometheus:9090.</translation>
    </message>
    <message>
        <source>PostgreSQL: sslmode verify-ca checks the CA but not the host name; use verify-full.</source>
        <translation>PostgreSQL : sslmode verify-ca vérifie la CA mais pas le nom d&apos;hôte ; utilisez verify-full.</translation>
    </message>
    <message>
        <source>PostgreSQL: sslmode disable sends passwords and data in plain text; use verify-full with the CA file.</source>
        <translation>PostgreSQL : sslmode disable envoie les mots de passe et les données en clair ; utilisez verify-full avec le fichier de la CA.</translation>
    </message>
    <message>
        <source>PostgreSQL: sslmode %1 does not check who answers (no certificate or host name check); use verify-full with the CA file.</source>
        <translation>PostgreSQL : sslmode %1 ne vérifie pas qui répond (ni certificat ni nom d&apos;hôte) ; utilisez verify-full avec le fichier de la CA.</translation>
    </message>
    <message>
        <source>Redis: TLS is off; passwords and keys travel in plain text.</source>
        <translation>Redis : TLS est désactivé ; les mots de passe et les clés circulent en clair.</translation>
    </message>
    <message>
        <source>&quot;ca_file&quot; must be the path of a PEM file.</source>
        <translation>« ca_file » doit être le chemin d&apos;un fichier PEM.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be the path of a PEM file.</source>
        <translation>« %1 » doit être le chemin d&apos;un fichier PEM.</translation>
    </message>
</context>
<context>
    <name>qm::ProfileDialog</name>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Connection profiles</source>
        <translation>Profils de connexion</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>Supp&amp;rimer</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Testing…</source>
        <translation>Test en cours…</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Connecter</translation>
    </message>
    <message>
        <source>Passwords are kept in the system keychain.</source>
        <translation>Les mots de passe sont conservés dans le trousseau du système.</translation>
    </message>
    <message>
        <source>No keychain here (%1): passwords come from the pgpass file, or are asked for when connecting.</source>
        <translation>Pas de trousseau ici (%1) : les mots de passe viennent du fichier pgpass ou sont demandés à la connexion.</translation>
    </message>
    <message>
        <source>Some profile files could not be read: %1</source>
        <translation>Certains fichiers de profil n&apos;ont pas pu être lus : %1</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Profile incomplete</source>
        <translation>Profil incomplet</translation>
    </message>
    <message>
        <source>Please fix this first:

• %1</source>
        <translation>Veuillez d&apos;abord corriger ceci :

• %1</translation>
    </message>
    <message>
        <source>Replace profile?</source>
        <translation>Remplacer le profil ?</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; exists already. Replace it?</source>
        <translation>Un profil nommé « %1 » existe déjà. Le remplacer ?</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Échec de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Delete profile?</source>
        <translation>Supprimer le profil ?</translation>
    </message>
    <message>
        <source>Delete the profile &quot;%1&quot; and its saved passwords? The servers are not touched.</source>
        <translation>Supprimer le profil « %1 » et ses mots de passe enregistrés ? Les serveurs ne sont pas touchés.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Échec de la suppression</translation>
    </message>
    <message>
        <source>Import a profile</source>
        <translation>Importer un profil</translation>
    </message>
    <message>
        <source>Profiles (*.json)</source>
        <translation>Profils (*.json)</translation>
    </message>
    <message>
        <source>Could not import</source>
        <translation>Échec de l&apos;importation</translation>
    </message>
    <message>
        <source>Export the profile</source>
        <translation>Exporter le profil</translation>
    </message>
    <message>
        <source>Could not export</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Using the password typed above.</source>
        <translation>Utilisation du mot de passe saisi ci-dessus.</translation>
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
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>Dupl&amp;icate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>Impo&amp;rt…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
</context>
<context>
    <name>qm::ProfileForm</name>
    <message>
        <source>e.g. Shop EU production</source>
        <translation>p. ex. Boutique UE production</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>No&amp;m :</translation>
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
        <translation>Chaque serveur sous la forme host:port, séparés par des virgules, dans n&apos;importe quel ordre : la console trouve elle-même le primaire.</translation>
    </message>
    <message>
        <source>from the keychain or pgpass file</source>
        <translation>issu du trousseau ou du fichier pgpass</translation>
    </message>
    <message>
        <source>Remember in the system keychain</source>
        <translation>Mémoriser dans le trousseau du système</translation>
    </message>
    <message>
        <source>~/.pgpass</source>
        <translation>~/.pgpass</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données :</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>SSL &amp;mode:</source>
        <translation>Mode SS&amp;L :</translation>
    </message>
    <message>
        <source>pgpass &amp;file:</source>
        <translation>&amp;Fichier pgpass :</translation>
    </message>
    <message>
        <source>Choose a pgpass file</source>
        <translation>Choisir un fichier pgpass</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Standalone</source>
        <translation>Autonome</translation>
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
        <translation>Port :</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Use TLS</source>
        <translation>Utiliser TLS</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;ode :</translation>
    </message>
    <message>
        <source>Optional endpoints</source>
        <translation>Points de terminaison facultatifs</translation>
    </message>
    <message>
        <source>Store the passwords in the system keychain, never in the profile file.</source>
        <translation>Stocker les mots de passe dans le trousseau du système, jamais dans le fichier du profil.</translation>
    </message>
    <message>
        <source>No keychain is reachable: %1. Use a pgpass file (mode 0600) or type the password when connecting.</source>
        <translation>Aucun trousseau accessible : %1. Utilisez un fichier pgpass (mode 0600) ou saisissez le mot de passe à la connexion.</translation>
    </message>
    <message>
        <source>Which store&apos;s data the console works on: the console&apos;s reference store, or a Vendure store&apos;s database (reads through the console&apos;s views beside it, writes through Vendure&apos;s Admin API).</source>
        <translation>Sur quelles données la console travaille : la boutique de référence de la console, ou la base d&apos;une boutique Vendure (lecture via les vues de la console à côté, écriture via l&apos;API Admin de Vendure).</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>B&amp;ackend :</translation>
    </message>
    <message>
        <source>Vendure</source>
        <translation>Vendure</translation>
    </message>
    <message>
        <source>a file with one line: user password (mode 0600)</source>
        <translation>un fichier d&apos;une ligne : utilisateur mot_de_passe (mode 0600)</translation>
    </message>
    <message>
        <source>Redis host</source>
        <translation>Hôte Redis</translation>
    </message>
    <message>
        <source>Redis port</source>
        <translation>Port Redis</translation>
    </message>
    <message>
        <source>Sentinel &amp;hosts:</source>
        <translation>&amp;Hôtes Sentinel :</translation>
    </message>
    <message>
        <source>Seed &amp;hosts:</source>
        <translation>&amp;Hôtes d&apos;amorçage :</translation>
    </message>
    <message>
        <source>En&amp;vironment:</source>
        <translation>En&amp;vironnement :</translation>
    </message>
    <message>
        <source>Admin API:</source>
        <translation>API Admin :</translation>
    </message>
    <message>
        <source>Shop API:</source>
        <translation>API boutique :</translation>
    </message>
    <message>
        <source>Admin user:</source>
        <translation>Utilisateur admin :</translation>
    </message>
    <message>
        <source>Password file:</source>
        <translation>Fichier de mot de passe :</translation>
    </message>
    <message>
        <source>S&amp;ervers:</source>
        <translation>&amp;Serveurs :</translation>
    </message>
    <message>
        <source>M&amp;aster name:</source>
        <translation>Nom &amp;du master :</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe :</translation>
    </message>
    <message>
        <source>Patroni REST:</source>
        <translation>REST Patroni :</translation>
    </message>
    <message>
        <source>Varnish:</source>
        <translation>Varnish :</translation>
    </message>
    <message>
        <source>Prometheus:</source>
        <translation>Prometheus :</translation>
    </message>
    <message>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <source>the system&apos;s CAs (PostgreSQL: ~/.postgresql/root.crt)</source>
        <translation>les CA du système (PostgreSQL : ~/.postgresql/root.crt)</translation>
    </message>
    <message>
        <source>The PEM file of the CA that signed the servers&apos; certificates. PostgreSQL, Redis (with TLS) and https endpoints trust only it, and the console checks that each certificate names the host it connects to.</source>
        <translation>Le fichier PEM de la CA qui a signé les certificats des serveurs. PostgreSQL, Redis (avec TLS) et les points d&apos;accès https ne font confiance qu&apos;à elle, et la console vérifie que chaque certificat nomme l&apos;hôte auquel elle se connecte.</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>CA certificate:</source>
        <translation>Certificat de la CA :</translation>
    </message>
    <message>
        <source>Choose the CA certificate</source>
        <translation>Choisir le certificat de la CA</translation>
    </message>
    <message>
        <source>PEM certificates (*.pem *.crt *.cer);;All files (*)</source>
        <translation>Certificats PEM (*.pem *.crt *.cer);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>⚠ Production without verified TLS: %1</source>
        <translation>⚠ Production sans TLS vérifié : %1</translation>
    </message>
    <message>
        <source>A client certificate (PEM) for servers that sign you in by certificate: PostgreSQL (its name must be your database user) and Redis&apos;s TLS port. Name its key below.</source>
        <translation>Un certificat client (PEM) pour les serveurs qui vous connectent par certificat : PostgreSQL (son nom doit être votre utilisateur de base de données) et le port TLS de Redis. Indiquez sa clé ci-dessous.</translation>
    </message>
    <message>
        <source>Client certificate:</source>
        <translation>Certificat client :</translation>
    </message>
    <message>
        <source>Choose the client certificate</source>
        <translation>Choisir le certificat client</translation>
    </message>
    <message>
        <source>The client certificate&apos;s private key (PEM, not encrypted). Only its owner may read it (chmod 600).</source>
        <translation>La clé privée du certificat client (PEM, non chiffrée). Seul son propriétaire peut la lire (chmod 600).</translation>
    </message>
    <message>
        <source>Client key:</source>
        <translation>Clé client :</translation>
    </message>
    <message>
        <source>Choose the client key</source>
        <translation>Choisir la clé client</translation>
    </message>
    <message>
        <source>PEM keys (*.pem *.key);;All files (*)</source>
        <translation>Clés PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>qm::ProfileStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>Il n&apos;y a pas de profil nommé « %1 ».</translation>
    </message>
    <message>
        <source>A profile needs a name before it can be saved.</source>
        <translation>Un profil doit avoir un nom avant de pouvoir être enregistré.</translation>
    </message>
    <message>
        <source>Could not create the profile folder %1.</source>
        <translation>Impossible de créer le dossier des profils %1.</translation>
    </message>
    <message>
        <source>Could not delete the profile file %1.</source>
        <translation>Impossible de supprimer le fichier de profil %1.</translation>
    </message>
    <message>
        <source>Could not read the profile %1: %2.</source>
        <translation>Impossible de lire le profil %1 : %2.</translation>
    </message>
    <message>
        <source>Could not write %1: %2.</source>
        <translation>Impossible d&apos;écrire %1 : %2.</translation>
    </message>
</context>
<context>
    <name>qm::PurgeInputDialog</name>
    <message>
        <source>Unlock protected namespaces (sessions, carts) for this purge</source>
        <translation>Déverrouiller les espaces de noms protégés (sessions, paniers) pour cette purge</translation>
    </message>
    <message>
        <source>Purge the cache</source>
        <translation>Purger le cache</translation>
    </message>
    <message>
        <source>Redis keys matching a pattern</source>
        <translation>Clés Redis correspondant à un motif</translation>
    </message>
    <message>
        <source>Redis keys with a tag</source>
        <translation>Clés Redis avec une balise</translation>
    </message>
    <message>
        <source>A product (Redis objects and pages, Varnish pages)</source>
        <translation>Un produit (objets et pages Redis, pages Varnish)</translation>
    </message>
    <message>
        <source>A product (Redis objects and pages)</source>
        <translation>Un produit (objets et pages Redis)</translation>
    </message>
    <message>
        <source>Varnish pages by URL regex</source>
        <translation>Pages Varnish par regex d&apos;URL</translation>
    </message>
    <message>
        <source>Varnish pages by host regex</source>
        <translation>Pages Varnish par regex d&apos;hôte</translation>
    </message>
    <message>
        <source>Varnish pages with an xkey tag</source>
        <translation>Pages Varnish avec une balise xkey</translation>
    </message>
    <message>
        <source>Reap expired members of tag sets</source>
        <translation>Nettoyer les membres expirés des ensembles de balises</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Quoi :</translation>
    </message>
    <message>
        <source>Which:</source>
        <translation>Lesquels :</translation>
    </message>
    <message>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <source>Redis deletions slow down while shoppers&apos; round trips are above this.</source>
        <translation>Les suppressions Redis ralentissent tant que les temps de réponse des acheteurs dépassent cette valeur.</translation>
    </message>
    <message>
        <source>Shoppers&apos; latency budget:</source>
        <translation>Budget de latence des acheteurs :</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Planifier…</translation>
    </message>
    <message>
        <source>Redis glob: * any bytes, ? one byte, [abc] [a-z] [^a] classes, \ escapes. Matched exactly as Redis&apos; SCAN MATCH does.</source>
        <translation>Glob Redis : * n&apos;importe quels octets, ? un octet, [abc] [a-z] [^a] classes, \ échappe. Comparé exactement comme le fait SCAN MATCH de Redis.</translation>
    </message>
    <message>
        <source>The keys listed in the set tag:&lt;name&gt;, then the set.</source>
        <translation>Les clés listées dans l&apos;ensemble tag:&lt;name&gt;, puis l&apos;ensemble.</translation>
    </message>
    <message>
        <source>product:&lt;id&gt;, product:&lt;id&gt;:*, the pages tagged tag:product:&lt;id&gt;, and the product&apos;s Varnish pages (xkey product-&lt;id&gt;).</source>
        <translation>product:&lt;id&gt;, product:&lt;id&gt;:*, les pages balisées tag:product:&lt;id&gt; et les pages Varnish du produit (xkey product-&lt;id&gt;).</translation>
    </message>
    <message>
        <source>A ban on every Varnish instance: objects whose URL matches.</source>
        <translation>Un ban sur chaque instance Varnish : les objets dont l&apos;URL correspond.</translation>
    </message>
    <message>
        <source>A ban on every Varnish instance: objects of matching hosts.</source>
        <translation>Un ban sur chaque instance Varnish : les objets des hôtes correspondants.</translation>
    </message>
    <message>
        <source>An xkey purge on every Varnish instance.</source>
        <translation>Une purge xkey sur chaque instance Varnish.</translation>
    </message>
    <message>
        <source>Tag sets have no TTL: remove the members whose keys expired. Optional: a glob of tag sets (default tag:*).</source>
        <translation>Les ensembles de balises n&apos;ont pas de TTL : retirez les membres dont les clés ont expiré. Facultatif : un glob d&apos;ensembles de balises (par défaut tag:*).</translation>
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
        <translation>Aucun profil ouvert</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
    <message>
        <source>Re&amp;play dead letters…</source>
        <translation>Re&amp;jouer les lettres mortes…</translation>
    </message>
    <message>
        <source>&amp;Claim stuck entries…</source>
        <translation>Réattri&amp;buer les entrées bloquées…</translation>
    </message>
    <message>
        <source>&amp;Trim…</source>
        <translation>&amp;Tronquer…</translation>
    </message>
    <message>
        <source> s idle</source>
        <translation> s d&apos;inactivité</translation>
    </message>
    <message>
        <source>Minimum idle time to claim</source>
        <translation>Inactivité minimale pour réattribuer</translation>
    </message>
    <message>
        <source>Claim only entries pending at least this long (a dead consumer&apos;s).</source>
        <translation>Ne réattribuer que les entrées en attente depuis au moins cette durée (celles d&apos;un consommateur mort).</translation>
    </message>
    <message>
        <source>Stream</source>
        <translation>Stream</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>Groupe</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Longueur</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>Entries read</source>
        <translation>Entrées lues</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Oldest pending</source>
        <translation>Plus ancienne en attente</translation>
    </message>
    <message>
        <source>Consumers</source>
        <translation>Consommateurs</translation>
    </message>
    <message>
        <source>Consumer</source>
        <translation>Consommateur</translation>
    </message>
    <message>
        <source>Idle</source>
        <translation>Inactif</translation>
    </message>
    <message>
        <source>Dead letter</source>
        <translation>Lettre morte</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Dernière erreur</translation>
    </message>
    <message>
        <source>Payload</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Streams and consumer groups</source>
        <translation>Streams et groupes de consommateurs</translation>
    </message>
    <message>
        <source>Dead letters</source>
        <translation>Lettres mortes</translation>
    </message>
    <message>
        <source>Orders published per second</source>
        <translation>Commandes publiées par seconde</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>entries/s</source>
        <translation>entrées/s</translation>
    </message>
    <message>
        <source>Trim the orders stream</source>
        <translation>Tronquer le stream des commandes</translation>
    </message>
    <message>
        <source>Keep the newest entries (the plan shows how many go and refuses to drop unacknowledged ones):</source>
        <translation>Garder les entrées les plus récentes (le plan montre combien partent et refuse de supprimer celles non acquittées) :</translation>
    </message>
    <message>
        <source>Reading the queues…</source>
        <translation>Lecture des files…</translation>
    </message>
    <message>
        <source>Cannot read the queues: %1</source>
        <translation>Impossible de lire les files : %1</translation>
    </message>
    <message>
        <source>(no group)</source>
        <translation>(aucun groupe)</translation>
    </message>
    <message>
        <source>Hand a dead consumer&apos;s pending entries to a live one.</source>
        <translation>Confier les entrées en attente d&apos;un consommateur mort à un consommateur actif.</translation>
    </message>
    <message>
        <source>Drop the oldest entries of the orders stream, after a preview.</source>
        <translation>Supprimer les entrées les plus anciennes du stream des commandes, après un aperçu.</translation>
    </message>
    <message>
        <source>Queue actions are off until the console knows what your role may do.</source>
        <translation>Les actions sur les files sont désactivées tant que la console ne sait pas ce que votre rôle peut faire.</translation>
    </message>
    <message>
        <source>Your role may look at the queues but not replay, claim or trim: that needs the on-call right (queues.act). Redis&apos; ACL and the audit log refuse it too.</source>
        <translation>Votre rôle peut consulter les files mais pas rejouer, réattribuer ni tronquer : il faut le droit d&apos;astreinte (queues.act). L&apos;ACL de Redis et le journal d&apos;audit le refusent aussi.</translation>
    </message>
    <message>
        <source>Select a group of %1 to claim its stuck entries.</source>
        <translation>Sélectionnez un groupe de %1 pour réattribuer ses entrées bloquées.</translation>
    </message>
    <message>
        <source>Queues</source>
        <translation>Files</translation>
    </message>
    <message>
        <source>Send dead letters back to their task, once each.</source>
        <translation>Renvoyer les lettres mortes à leur tâche, une fois chacune.</translation>
    </message>
    <message>
        <source>%1: %2 entries, %3 pending, %4 dead letters — read %5 from %6</source>
        <translation>%1 : %2 entrées, %3 en attente, %4 lettres mortes — lu %5 depuis %6</translation>
    </message>
</context>
<context>
    <name>qm::Reauthenticate</name>
    <message>
        <source>Type the password.</source>
        <translation>Saisissez le mot de passe.</translation>
    </message>
    <message>
        <source>Could not ask the database to check the password: %1</source>
        <translation>Impossible de demander à la base de données de vérifier le mot de passe : %1</translation>
    </message>
</context>
<context>
    <name>qm::RunbooksPage</name>
    <message>
        <source>no one can answer</source>
        <translation>personne ne peut répondre</translation>
    </message>
    <message>
        <source>the question was not answered: the run was cancelled</source>
        <translation>la question n&apos;a pas reçu de réponse : l&apos;exécution a été annulée</translation>
    </message>
    <message>
        <source>signed (key %1)</source>
        <translation>signé (clé %1)</translation>
    </message>
    <message>
        <source>CHANGED after signing</source>
        <translation>MODIFIÉ après la signature</translation>
    </message>
    <message>
        <source>signed by an unknown key %1</source>
        <translation>signé par une clé inconnue %1</translation>
    </message>
    <message>
        <source>signature unreadable</source>
        <translation>signature illisible</translation>
    </message>
    <message>
        <source>unsigned</source>
        <translation>non signé</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>skipped (verified before)</source>
        <translation>ignoré (vérifié auparavant)</translation>
    </message>
    <message>
        <source>REFUSED</source>
        <translation>REFUSÉ</translation>
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
        <translation>Signature</translation>
    </message>
    <message>
        <source>Last run</source>
        <translation>Dernière exécution</translation>
    </message>
    <message>
        <source>&amp;Topology</source>
        <translation>&amp;Topologie</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Choose a runbook and press Dry run (F5).</source>
        <translation>Choisissez un runbook et appuyez sur Essai à blanc (F5).</translation>
    </message>
    <message>
        <source>#</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Would do / preconditions</source>
        <translation>Ferait / préconditions</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>&amp;Essai à blanc</translation>
    </message>
    <message>
        <source>Evaluate every precondition and plan each step; changes nothing (F5)</source>
        <translation>Évaluer chaque précondition et planifier chaque étape ; ne modifie rien (F5)</translation>
    </message>
    <message>
        <source>Ask for a&amp;pproval</source>
        <translation>Demander une a&amp;pprobation</translation>
    </message>
    <message>
        <source>Two-person runbooks: a second on-call role approves this run from its own console</source>
        <translation>Runbooks à deux personnes : un second rôle d&apos;astreinte approuve cette exécution depuis sa propre console</translation>
    </message>
    <message>
        <source>R&amp;un</source>
        <translation>E&amp;xécuter</translation>
    </message>
    <message>
        <source>Run the planned runbook step by step (Ctrl+Return)</source>
        <translation>Exécuter le runbook planifié étape par étape (Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>Pla&amp;n</source>
        <translation>Pla&amp;n</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>answer, then Enter</source>
        <translation>répondez, puis Entrée</translation>
    </message>
    <message>
        <source>Ans&amp;wer</source>
        <translation>Répon&amp;dre</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>&amp;Annuler l&apos;exécution</translation>
    </message>
    <message>
        <source>Stop at the next safe point; the run can be resumed (Esc)</source>
        <translation>S&apos;arrêter au prochain point sûr ; l&apos;exécution peut être reprise (Échap)</translation>
    </message>
    <message>
        <source>Run &amp;log</source>
        <translation>&amp;Journal d&apos;exécution</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Démarrée</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Run id</source>
        <translation>Id d&apos;exécution</translation>
    </message>
    <message>
        <source>Audit ids</source>
        <translation>Ids d&apos;audit</translation>
    </message>
    <message>
        <source>Re&amp;sume interrupted run</source>
        <translation>Reprendre l&apos;exécution &amp;interrompue</translation>
    </message>
    <message>
        <source>&amp;History</source>
        <translation>&amp;Historique</translation>
    </message>
    <message>
        <source>Asked</source>
        <translation>Demandée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>A&amp;pprove selected run</source>
        <translation>Approuver l&apos;exécution &amp;sélectionnée</translation>
    </message>
    <message>
        <source>Appro&amp;vals</source>
        <translation>Appro&amp;bations</translation>
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
        <translation>Plan de l&apos;essai à blanc</translation>
    </message>
    <message>
        <source>Steps of the run</source>
        <translation>Étapes de l&apos;exécution</translation>
    </message>
    <message>
        <source>Run log</source>
        <translation>Journal d&apos;exécution</translation>
    </message>
    <message>
        <source>Answer to the step&apos;s question</source>
        <translation>Réponse à la question de l&apos;étape</translation>
    </message>
    <message>
        <source>Run history</source>
        <translation>Historique des exécutions</translation>
    </message>
    <message>
        <source>Approval requests</source>
        <translation>Demandes d&apos;approbation</translation>
    </message>
    <message>
        <source>Confirmation text</source>
        <translation>Texte de confirmation</translation>
    </message>
    <message>
        <source>%1 (folder)</source>
        <translation>%1 (dossier)</translation>
    </message>
    <message>
        <source>does not parse</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>This runbook does not parse:
%1</source>
        <translation>Ce runbook est illisible :
%1</translation>
    </message>
    <message>
        <source>Dry run of %1: evaluating every precondition…</source>
        <translation>Essai à blanc de %1 : évaluation de chaque précondition…</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>REFUSÉ : %1</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>precondition holds now: %1</source>
        <translation>la précondition est remplie maintenant : %1</translation>
    </message>
    <message>
        <source>precondition FAILS now: %1</source>
        <translation>la précondition ÉCHOUE maintenant : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — signature: %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — signature : %2</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Refusé : %1</translation>
    </message>
    <message>
        <source>Dry run done: nothing was changed.</source>
        <translation>Essai à blanc terminé : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>This runbook needs two-person approval: ask for it first.</source>
        <translation>Ce runbook nécessite une approbation à deux personnes : demandez-la d&apos;abord.</translation>
    </message>
    <message>
        <source>Resuming run %1 of %2</source>
        <translation>Reprise de l&apos;exécution %1 de %2</translation>
    </message>
    <message>
        <source>Starting %1</source>
        <translation>Démarrage de %1</translation>
    </message>
    <message>
        <source>Running %1…</source>
        <translation>Exécution de %1…</translation>
    </message>
    <message>
        <source>%1: started</source>
        <translation>%1 : démarrée</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1: verified (%2 ms)</source>
        <translation>%1 : vérifiée (%2 ms)</translation>
    </message>
    <message>
        <source>%1: FAILED after %2 ms: %3</source>
        <translation>%1 : ÉCHEC après %2 ms : %3</translation>
    </message>
    <message>
        <source>verified before the interruption: not run again</source>
        <translation>vérifiée avant l&apos;interruption : pas réexécutée</translation>
    </message>
    <message>
        <source>Run %1: %2 %3</source>
        <translation>Exécution %1 : %2 %3</translation>
    </message>
    <message>
        <source>Run %1 finished: %2</source>
        <translation>Exécution %1 terminée : %2</translation>
    </message>
    <message>
        <source>Run %1: %2 — %3</source>
        <translation>Exécution %1 : %2 — %3</translation>
    </message>
    <message>
        <source>%1 — the run waits for your answer: &lt;b&gt;%2&lt;/b&gt;</source>
        <translation>%1 — l&apos;exécution attend votre réponse : &lt;b&gt;%2&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 asks: %2</source>
        <translation>%1 demande : %2</translation>
    </message>
    <message>
        <source>answered: %1</source>
        <translation>réponse : %1</translation>
    </message>
    <message>
        <source>Cancelling: the current step stops at its next safe point</source>
        <translation>Annulation : l&apos;étape en cours s&apos;arrête à son prochain point sûr</translation>
    </message>
    <message>
        <source>INTERRUPTED — resume</source>
        <translation>INTERROMPUE — reprendre</translation>
    </message>
    <message>
        <source>unfinished (another console)</source>
        <translation>inachevée (autre console)</translation>
    </message>
    <message>
        <source>The run history could not be read: %1</source>
        <translation>L&apos;historique des exécutions n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>approuvée par %1</translation>
    </message>
    <message>
        <source>waiting for approval</source>
        <translation>en attente d&apos;approbation</translation>
    </message>
    <message>
        <source>used</source>
        <translation>utilisée</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>expirée</translation>
    </message>
    <message>
        <source>Run %1 has no journal on this computer</source>
        <translation>L&apos;exécution %1 n&apos;a pas de journal sur cet ordinateur</translation>
    </message>
    <message>
        <source>Run %1 used %2, which is not in the list: restore it or add its folder in Settings</source>
        <translation>L&apos;exécution %1 a utilisé %2, qui n&apos;est pas dans la liste : restaurez-le ou ajoutez son dossier dans les Paramètres</translation>
    </message>
    <message>
        <source>Run %1 waits for a second on-call role&apos;s approval (audit id %2): they approve it in Approvals or with qmctl runbook approve %1</source>
        <translation>L&apos;exécution %1 attend l&apos;approbation d&apos;un second rôle d&apos;astreinte (id d&apos;audit %2) : il l&apos;approuve dans Approbations ou avec qmctl runbook approve %1</translation>
    </message>
    <message>
        <source>Approval could not be asked for: %1</source>
        <translation>L&apos;approbation n&apos;a pas pu être demandée : %1</translation>
    </message>
    <message>
        <source>Approved run %1 (audit id %2)</source>
        <translation>Exécution %1 approuvée (id d&apos;audit %2)</translation>
    </message>
    <message>
        <source>Not approved: %1</source>
        <translation>Non approuvée : %1</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%n step(s). Press Dry run (F5) to see what each step would do now.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%n étape. Appuyez sur Essai à blanc (F5) pour voir ce que ferait maintenant chaque étape.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; — %2&lt;br&gt;%n étapes. Appuyez sur Essai à blanc (F5) pour voir ce que ferait maintenant chaque étape.</numerusform>
        </translation>
    </message>
    <message>
        <source>cannot read the runbook: %1</source>
        <translation>impossible de lire le runbook : %1</translation>
    </message>
</context>
<context>
    <name>qm::SchemaCheck</name>
    <message>
        <source>Could not check the console schema&apos;s version: %1</source>
        <translation>Impossible de vérifier la version du schéma de la console : %1</translation>
    </message>
    <message>
        <source>The console schema is up to date.</source>
        <translation>Le schéma de la console est à jour.</translation>
    </message>
    <message>
        <source>The console schema is missing or old: some views will fail until it is migrated (File ▸ Reconnect offers it again).</source>
        <translation>Le schéma de la console est absent ou ancien : certaines vues échoueront tant qu&apos;il n&apos;est pas migré (Fichier ▸ Reconnecter le propose à nouveau).</translation>
    </message>
    <message>
        <source>%1 store: the console&apos;s views beside it are installed with qmctl migrate --backend %2.</source>
        <translation>Boutique %1 : les vues de la console à côté s&apos;installent avec qmctl migrate --backend %2.</translation>
    </message>
</context>
<context>
    <name>qm::SecretStore</name>
    <message>
        <source>the keychain is switched off (QM_NO_KEYCHAIN is set)</source>
        <translation>le trousseau est désactivé (QM_NO_KEYCHAIN est défini)</translation>
    </message>
    <message>
        <source>no D-Bus session bus, so no Secret Service or KWallet (headless session?)</source>
        <translation>pas de bus de session D-Bus, donc ni Secret Service ni KWallet (session sans écran ?)</translation>
    </message>
    <message>
        <source>No keychain is reachable: %1.</source>
        <translation>Aucun trousseau accessible : %1.</translation>
    </message>
    <message>
        <source>the keychain did not answer within %1 s</source>
        <translation>le trousseau n&apos;a pas répondu en %1 s</translation>
    </message>
    <message>
        <source>The keychain has no such entry.</source>
        <translation>Le trousseau n&apos;a pas cette entrée.</translation>
    </message>
    <message>
        <source>The keychain refused access: %1.</source>
        <translation>Le trousseau a refusé l&apos;accès : %1.</translation>
    </message>
</context>
<context>
    <name>qm::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>A new language applies the next time Quartermaster starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Quartermaster.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Valeur par défaut du système</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Couleurs</translation>
    </message>
    <message>
        <source>&amp;Colours:</source>
        <translation>&amp;Couleurs :</translation>
    </message>
    <message>
        <source>Also lock s&amp;taging profiles</source>
        <translation>Verrouiller aussi les profils de &amp;préproduction</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Jamais</translation>
    </message>
    <message>
        <source>Idle lock after minutes</source>
        <translation>Verrouillage après inactivité, en minutes</translation>
    </message>
    <message>
        <source>After this long without input, a production profile&apos;s window is covered until the database password is typed again.</source>
        <translation>Après ce délai sans saisie, la fenêtre d&apos;un profil de production est masquée jusqu&apos;à ce que le mot de passe de la base de données soit de nouveau saisi.</translation>
    </message>
    <message>
        <source>&amp;Idle lock after:</source>
        <translation>&amp;Verrouillage après inactivité de :</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>&amp;Generate key in keychain…</source>
        <translation>&amp;Générer une clé dans le trousseau…</translation>
    </message>
    <message>
        <source>I&amp;mport key file into keychain…</source>
        <translation>&amp;Importer un fichier de clé dans le trousseau…</translation>
    </message>
    <message>
        <source>Audit checkpoints</source>
        <translation>Points de contrôle d&apos;audit</translation>
    </message>
    <message>
        <source>Checkpoint folder</source>
        <translation>Dossier des points de contrôle</translation>
    </message>
    <message>
        <source>No folder: no checkpoints</source>
        <translation>Aucun dossier : aucun point de contrôle</translation>
    </message>
    <message>
        <source>Choose the checkpoint folder</source>
        <translation>Choisir le dossier des points de contrôle</translation>
    </message>
    <message>
        <source>Folder for signed audit checkpoints</source>
        <translation>Dossier des points de contrôle d&apos;audit signés</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Key file</source>
        <translation>Fichier de clé</translation>
    </message>
    <message>
        <source>System keychain</source>
        <translation>Trousseau du système</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>&amp;Clé de signature :</translation>
    </message>
    <message>
        <source>Ed25519 private key (PEM, mode 0600)</source>
        <translation>Clé privée Ed25519 (PEM, mode 0600)</translation>
    </message>
    <message>
        <source>Choose the key file</source>
        <translation>Choisir le fichier de clé</translation>
    </message>
    <message>
        <source>Ed25519 private key</source>
        <translation>Clé privée Ed25519</translation>
    </message>
    <message>
        <source>PEM files (*.pem *.key);;All files (*)</source>
        <translation>Fichiers PEM (*.pem *.key);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>&amp;Fichier de clé :</translation>
    </message>
    <message>
        <source>Makes a new Ed25519 key in the system keychain and saves its public half, which verifiers need, to a file you choose.</source>
        <translation>Crée une nouvelle clé Ed25519 dans le trousseau du système et enregistre sa moitié publique, dont les vérificateurs ont besoin, dans un fichier de votre choix.</translation>
    </message>
    <message>
        <source>Save the public key for verifiers</source>
        <translation>Enregistrer la clé publique pour les vérificateurs</translation>
    </message>
    <message>
        <source>Public keys (*.pub *.pem)</source>
        <translation>Clés publiques (*.pub *.pem)</translation>
    </message>
    <message>
        <source>Copies an Ed25519 private key (PEM) into the system keychain. Delete the file afterwards if the keychain is to be its only home.</source>
        <translation>Copie une clé privée Ed25519 (PEM) dans le trousseau du système. Supprimez ensuite le fichier si la clé ne doit plus se trouver que dans le trousseau.</translation>
    </message>
    <message>
        <source>Only after destructive actions</source>
        <translation>Seulement après les actions destructrices</translation>
    </message>
    <message>
        <source>Sign &amp;every:</source>
        <translation>&amp;Signer toutes les :</translation>
    </message>
    <message>
        <source>Reading the keychain…</source>
        <translation>Lecture du trousseau…</translation>
    </message>
    <message>
        <source>The keychain holds the signing key (fingerprint %1).</source>
        <translation>Le trousseau contient la clé de signature (empreinte %1).</translation>
    </message>
    <message>
        <source>A new signing key is in the keychain (fingerprint %1); its public key is in %2.</source>
        <translation>Une nouvelle clé de signature est dans le trousseau (empreinte %1) ; sa clé publique est dans %2.</translation>
    </message>
    <message>
        <source>Minutes between checkpoints</source>
        <translation>Minutes entre les points de contrôle</translation>
    </message>
</context>
<context>
    <name>qm::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Every shortcut of the main window and of each workspace. Type to filter.</source>
        <translation>Tous les raccourcis de la fenêtre principale et de chaque espace de travail. Tapez pour filtrer.</translation>
    </message>
    <message>
        <source>Filter by action, workspace or key</source>
        <translation>Filtrer par action, espace de travail ou touche</translation>
    </message>
    <message>
        <source>Filter shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Où</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
</context>
<context>
    <name>qm::StockChangeDialog</name>
    <message>
        <source>Adjust stock of %1</source>
        <translation>Ajuster le stock de %1</translation>
    </message>
    <message>
        <source>Count stock of %1</source>
        <translation>Compter le stock de %1</translation>
    </message>
    <message>
        <source>%1 in %2: %3 on hand, %4 reserved, %5 available</source>
        <translation>%1 dans %2 : %3 en stock physique, %4 réservés, %5 disponibles</translation>
    </message>
    <message>
        <source>+n adds to on hand, -n removes; never an absolute number</source>
        <translation>+n ajoute au stock physique, -n retire ; jamais un nombre absolu</translation>
    </message>
    <message>
        <source>&amp;Change by</source>
        <translation>Modifier &amp;de</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Counted on the shelf</source>
        <translation>&amp;Compté en rayon</translation>
    </message>
    <message>
        <source>Required: what happened (delivery note, who counted...)</source>
        <translation>Obligatoire : ce qui s&apos;est passé (bon de livraison, qui a compté...)</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>&amp;Adjust</source>
        <translation>&amp;Ajuster</translation>
    </message>
    <message>
        <source>&amp;Record count</source>
        <translation>&amp;Enregistrer le comptage</translation>
    </message>
    <message>
        <source>Enter a change other than 0 (for example +12 or -3).</source>
        <translation>Saisissez une modification différente de 0 (par exemple +12 ou -3).</translation>
    </message>
    <message>
        <source>Choose a reason.</source>
        <translation>Choisissez un motif.</translation>
    </message>
    <message>
        <source>Only %1 are available (the rest is reserved by carts).</source>
        <translation>Seuls %1 sont disponibles (le reste est réservé par des paniers).</translation>
    </message>
    <message>
        <source>A note is required: it goes to the ledger with the change.</source>
        <translation>Une note est obligatoire : elle va dans le journal des mouvements avec la modification.</translation>
    </message>
</context>
<context>
    <name>qm::StockPage</name>
    <message>
        <source>&amp;Low stock only</source>
        <translation>Stock &amp;faible uniquement</translation>
    </message>
    <message>
        <source>&amp;Adjust...</source>
        <translation>&amp;Ajuster...</translation>
    </message>
    <message>
        <source>&amp;Count...</source>
        <translation>&amp;Compter...</translation>
    </message>
    <message>
        <source>E&amp;xport ledger...</source>
        <translation>E&amp;xporter le journal...</translation>
    </message>
    <message>
        <source>&amp;Release selected</source>
        <translation>&amp;Libérer la sélection</translation>
    </message>
    <message>
        <source>Release all &amp;expired</source>
        <translation>Libérer toutes les &amp;expirées</translation>
    </message>
    <message>
        <source>C&amp;heck stock against the ledger</source>
        <translation>&amp;Vérifier le stock par rapport au journal</translation>
    </message>
    <message>
        <source>&amp;Repair drift...</source>
        <translation>&amp;Réparer l&apos;écart...</translation>
    </message>
    <message>
        <source>Select a SKU on the Stock tab.</source>
        <translation>Sélectionnez un SKU dans l&apos;onglet Stock.</translation>
    </message>
    <message>
        <source>SKU starts with</source>
        <translation>SKU commence par</translation>
    </message>
    <message>
        <source>All warehouses</source>
        <translation>Tous les entrepôts</translation>
    </message>
    <message>
        <source>Held, expired (stuck)</source>
        <translation>Retenues, expirées (bloquées)</translation>
    </message>
    <message>
        <source>Held, live</source>
        <translation>Retenues, actives</translation>
    </message>
    <message>
        <source>All held</source>
        <translation>Toutes les retenues</translation>
    </message>
    <message>
        <source>All (latest)</source>
        <translation>Toutes (les plus récentes)</translation>
    </message>
    <message>
        <source>Add or remove stock with a reason (Ctrl+D)</source>
        <translation>Ajouter ou retirer du stock avec un motif (Ctrl+D)</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Stock</translation>
    </message>
    <message>
        <source>Ledger</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock faible</translation>
    </message>
    <message>
        <source>Reconcile</source>
        <translation>Rapprochement</translation>
    </message>
    <message>
        <source>released from the console</source>
        <translation>libérée depuis la console</translation>
    </message>
    <message>
        <source>Repair stock drift</source>
        <translation>Réparer l&apos;écart de stock</translation>
    </message>
    <message>
        <source>Write a compensating ledger movement for every drifted row (on hand is kept, the ledger is corrected) and set reserved back to the live holds? The repair is audited.</source>
        <translation>Écrire un mouvement compensatoire dans le journal pour chaque ligne en écart (le stock physique est conservé, le journal est corrigé) et ramener le réservé aux retenues actives ? La réparation est auditée.</translation>
    </message>
    <message numerus="yes">
        <source>Released %n expired reservation(s).</source>
        <translation>
            <numerusform>%n réservation expirée libérée.</numerusform>
            <numerusform>%n réservations expirées libérées.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a SKU and warehouse first.</source>
        <translation>Sélectionnez d&apos;abord un SKU et un entrepôt.</translation>
    </message>
    <message>
        <source>%1: %2%3, now %4 on hand, %5 available</source>
        <translation>%1 : %2%3, maintenant %4 en stock physique, %5 disponibles</translation>
    </message>
    <message>
        <source>%1 counted: %2 on hand (change %3)</source>
        <translation>%1 compté : %2 en stock physique (écart %3)</translation>
    </message>
    <message>
        <source>Ledger of %1 (all warehouses, newest first)</source>
        <translation>Journal de %1 (tous les entrepôts, les plus récents d&apos;abord)</translation>
    </message>
    <message>
        <source>Export the ledger</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Exported %1 ledger rows to %2.</source>
        <translation>%1 lignes du journal exportées vers %2.</translation>
    </message>
    <message>
        <source>Released reservation %1.</source>
        <translation>Réservation %1 libérée.</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Vérification...</translation>
    </message>
    <message>
        <source>All %1 stock rows agree: on hand equals the ledger sum and reserved equals the live holds.</source>
        <translation>Les %1 lignes de stock concordent : le stock physique égale la somme du journal et le réservé égale les retenues actives.</translation>
    </message>
    <message numerus="yes">
        <source>%n of %1 stock rows drifted.</source>
        <translation>
            <numerusform>%n ligne de stock sur %1 présente un écart.</numerusform>
            <numerusform>%n lignes de stock sur %1 présentent un écart.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Repaired %n row(s) (audited).</source>
        <translation>
            <numerusform>%n ligne réparée (auditée).</numerusform>
            <numerusform>%n lignes réparées (auditées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Stock levels</source>
        <translation>Niveaux de stock</translation>
    </message>
    <message>
        <source>Drift</source>
        <translation>Écart</translation>
    </message>
</context>
<context>
    <name>qm::StoreSummaryModel</name>
    <message>
        <source>Products</source>
        <translation>Produits</translation>
    </message>
    <message>
        <source>Active products</source>
        <translation>Produits actifs</translation>
    </message>
    <message>
        <source>Orders today</source>
        <translation>Commandes du jour</translation>
    </message>
    <message>
        <source>Revenue today</source>
        <translation>Chiffre d&apos;affaires du jour</translation>
    </message>
    <message>
        <source>Open reservations</source>
        <translation>Réservations ouvertes</translation>
    </message>
    <message>
        <source>Low stock</source>
        <translation>Stock faible</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Dernière commande</translation>
    </message>
    <message>
        <source>Maintenance mode</source>
        <translation>Mode maintenance</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>aucune pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>%n s ago</source>
        <translation>
            <numerusform>il y a %n s</numerusform>
            <numerusform>il y a %n s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min ago</source>
        <translation>
            <numerusform>il y a %n min</numerusform>
            <numerusform>il y a %n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h ago</source>
        <translation>
            <numerusform>il y a %n h</numerusform>
            <numerusform>il y a %n h</numerusform>
        </translation>
    </message>
    <message>
        <source>On</source>
        <translation>Activé</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>estimate from table statistics</source>
        <translation>estimation d&apos;après les statistiques de la table</translation>
    </message>
    <message>
        <source>in the catalog</source>
        <translation>dans le catalogue</translation>
    </message>
    <message>
        <source>%1 % of the catalog</source>
        <translation>%1 % du catalogue</translation>
    </message>
    <message>
        <source>since midnight (server time)</source>
        <translation>depuis minuit (heure du serveur)</translation>
    </message>
    <message>
        <source>paid orders since midnight</source>
        <translation>commandes payées depuis minuit</translation>
    </message>
    <message>
        <source>held in carts, not expired</source>
        <translation>retenues dans des paniers, non expirées</translation>
    </message>
    <message>
        <source>at or below their threshold</source>
        <translation>à leur seuil ou en dessous</translation>
    </message>
    <message>
        <source>the storefront is open</source>
        <translation>la vitrine est ouverte</translation>
    </message>
</context>
<context>
    <name>qm::TimeChart</name>
    <message>
        <source>no data</source>
        <translation>aucune donnée</translation>
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
        <translation>Bande de prévision</translation>
    </message>
    <message>
        <source>Forecast</source>
        <translation>Prévision</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>forecast %1 (%2 to %3)</source>
        <translation>prévision %1 (%2 à %3)</translation>
    </message>
    <message>
        <source>forecast →</source>
        <translation>prévision →</translation>
    </message>
    <message>
        <source>%1
%2 · audit entry #%3 (click to open)</source>
        <translation>%1
%2 · entrée d&apos;audit n° %3 (cliquer pour ouvrir)</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Forecast band: %1</source>
        <translation>Bande de prévision : %1</translation>
    </message>
</context>
<context>
    <name>qm::TopologyView</name>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KiB</source>
        <translation>%1 Kio</translation>
    </message>
    <message>
        <source>%1 MiB</source>
        <translation>%1 Mio</translation>
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
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Lag</source>
        <translation>Retard</translation>
    </message>
    <message>
        <source>TL</source>
        <translation>TL</translation>
    </message>
    <message>
        <source>master</source>
        <translation>master</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>HORS SERVICE</translation>
    </message>
    <message>
        <source>replica of %1</source>
        <translation>réplica de %1</translation>
    </message>
    <message>
        <source>sentinel</source>
        <translation>sentinel</translation>
    </message>
    <message>
        <source>answered</source>
        <translation>a répondu</translation>
    </message>
    <message>
        <source>configured</source>
        <translation>configuré</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Patroni is paused (no automatic failover)</source>
        <translation>Patroni est en pause (pas de failover automatique)</translation>
    </message>
    <message>
        <source>PostgreSQL (Patroni)</source>
        <translation>PostgreSQL (Patroni)</translation>
    </message>
    <message>
        <source>this profile names no Patroni API</source>
        <translation>ce profil n&apos;indique aucune API Patroni</translation>
    </message>
    <message>
        <source>Redis</source>
        <translation>Redis</translation>
    </message>
    <message>
        <source>Backups (pgBackRest)</source>
        <translation>Sauvegardes (pgBackRest)</translation>
    </message>
    <message>
        <source>reading…</source>
        <translation>lecture…</translation>
    </message>
    <message>
        <source>cannot read the backups: %1</source>
        <translation>impossible de lire les sauvegardes : %1</translation>
    </message>
    <message>
        <source>fresh</source>
        <translation>récente</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>TOO OLD (at most %1)</source>
        <translation>TROP ANCIENNE (au plus %1)</translation>
    </message>
    <message>
        <source>NO WAL ARCHIVED</source>
        <translation>AUCUN WAL ARCHIVÉ</translation>
    </message>
    <message>
        <source>%1 old</source>
        <translation>âgée de %1</translation>
    </message>
</context>
<context>
    <name>qm::UserGuideDialog</name>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Avancer</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <source>Store manager</source>
        <translation>Responsable de magasin</translation>
    </message>
    <message>
        <source>Merchandiser</source>
        <translation>Responsable merchandising</translation>
    </message>
    <message>
        <source>On-call engineer</source>
        <translation>Ingénieur d&apos;astreinte</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Guide page</source>
        <translation>Page du guide</translation>
    </message>
    <message>
        <source>The guide for your role</source>
        <translation>Le guide de votre rôle</translation>
    </message>
    <message>
        <source>The page shown before (Alt+Left)</source>
        <translation>La page affichée avant (Alt+Gauche)</translation>
    </message>
    <message>
        <source>Alt+Right</source>
        <translation>Alt+Droite</translation>
    </message>
    <message>
        <source>User guide page</source>
        <translation>Page du guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>This page of the guide is missing: %1. Reinstall Quartermaster to restore it.</source>
        <translation>Cette page du guide est absente : %1. Réinstallez Quartermaster pour la rétablir.</translation>
    </message>
    <message>
        <source>User guide — %1</source>
        <translation>Guide de l&apos;utilisateur — %1</translation>
    </message>
    <message>
        <source>&lt;h2&gt;The user guide is not installed&lt;/h2&gt;&lt;p&gt;Quartermaster looked for &lt;code&gt;index.md&lt;/code&gt; in:&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Reinstall the quartermaster package (it puts the guide in &lt;code&gt;share/quartermaster/guide&lt;/code&gt;), or set the environment variable &lt;code&gt;QM_GUIDE_DIR&lt;/code&gt; to a folder that holds the guide (&lt;code&gt;docs/guide&lt;/code&gt; in the source tree) and open it again.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Le guide de l&apos;utilisateur n&apos;est pas installé&lt;/h2&gt;&lt;p&gt;Quartermaster a cherché &lt;code&gt;index.md&lt;/code&gt; dans :&lt;/p&gt;&lt;ul&gt;%1&lt;/ul&gt;&lt;p&gt;Réinstallez le paquet quartermaster (il place le guide dans &lt;code&gt;share/quartermaster/guide&lt;/code&gt;), ou donnez à la variable d&apos;environnement &lt;code&gt;QM_GUIDE_DIR&lt;/code&gt; un dossier qui contient le guide (&lt;code&gt;docs/guide&lt;/code&gt; dans l&apos;arborescence des sources) et rouvrez-le.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>qm::ViewState</name>
    <message>
        <source>Columns</source>
        <translation>Colonnes</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <source>Reset columns</source>
        <translation>Réinitialiser les colonnes</translation>
    </message>
</context>
<context>
    <name>qm::WorkspaceHost</name>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Ctrl+%2)</translation>
    </message>
</context>
<context>
    <name>qm::audit</name>
    <message>
        <source>read the audit log</source>
        <translation>lire le journal d&apos;audit</translation>
    </message>
    <message>
        <source>count audit log entries</source>
        <translation>compter les entrées du journal d&apos;audit</translation>
    </message>
    <message>
        <source>read the audit chain&apos;s head</source>
        <translation>lire la tête de la chaîne d&apos;audit</translation>
    </message>
    <message>
        <source>verify the audit chain</source>
        <translation>vérifier la chaîne d&apos;audit</translation>
    </message>
</context>
<context>
    <name>qm::audit::AuditExport</name>
    <message>
        <source>Could not create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Could not write %1 (disk full?).</source>
        <translation>Impossible d&apos;écrire %1 (disque plein ?).</translation>
    </message>
    <message>
        <source>Could not rename %1 to %2.</source>
        <translation>Impossible de renommer %1 en %2.</translation>
    </message>
</context>
<context>
    <name>qm::audit::Checkpoint</name>
    <message>
        <source>Not an audit checkpoint: %1</source>
        <translation>Pas un point de contrôle d&apos;audit : %1</translation>
    </message>
    <message>
        <source>the format is not %1</source>
        <translation>le format n&apos;est pas %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is missing or not a string</source>
        <translation>« %1 » est absent ou n&apos;est pas une chaîne</translation>
    </message>
    <message>
        <source>&quot;id&quot; is not a positive number</source>
        <translation>« id » n&apos;est pas un nombre positif</translation>
    </message>
    <message>
        <source>&quot;hash&quot; is not 64 hex digits</source>
        <translation>« hash » n&apos;est pas composé de 64 chiffres hexadécimaux</translation>
    </message>
    <message>
        <source>&quot;signature&quot; is not a base64 Ed25519 signature</source>
        <translation>« signature » n&apos;est pas une signature Ed25519 en base64</translation>
    </message>
    <message>
        <source>No checkpoint folder given.</source>
        <translation>Aucun dossier de points de contrôle indiqué.</translation>
    </message>
    <message>
        <source>Cannot create the checkpoint folder %1.</source>
        <translation>Impossible de créer le dossier de points de contrôle %1.</translation>
    </message>
    <message>
        <source>Cannot write the checkpoint %1.</source>
        <translation>Impossible d&apos;écrire le point de contrôle %1.</translation>
    </message>
    <message>
        <source>The checkpoint folder %1 does not exist.</source>
        <translation>Le dossier de points de contrôle %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot read %1 (or it is too large to be a checkpoint).</source>
        <translation>Impossible de lire %1 (ou il est trop volumineux pour être un point de contrôle).</translation>
    </message>
    <message>
        <source>Not an audit checkpoint: not a JSON object</source>
        <translation>Pas un point de contrôle d&apos;audit : pas un objet JSON</translation>
    </message>
</context>
<context>
    <name>qm::audit::CheckpointKeys</name>
    <message>
        <source>The keychain has no audit checkpoint key. Generate or import one in File ▸ Settings ▸ Audit, or run qmctl audit keygen --keychain.</source>
        <translation>Le trousseau ne contient aucune clé pour les points de contrôle d&apos;audit. Générez-en ou importez-en une dans Fichier ▸ Paramètres ▸ Audit, ou exécutez qmctl audit keygen --keychain.</translation>
    </message>
    <message>
        <source>The audit checkpoint key could not be read from the keychain: %1</source>
        <translation>La clé des points de contrôle d&apos;audit n&apos;a pas pu être lue dans le trousseau : %1</translation>
    </message>
    <message>
        <source>The keychain&apos;s audit checkpoint key is not an Ed25519 private key: %1</source>
        <translation>La clé des points de contrôle d&apos;audit du trousseau n&apos;est pas une clé privée Ed25519 : %1</translation>
    </message>
    <message>
        <source>Only a private key can sign checkpoints; this is a public key.</source>
        <translation>Seule une clé privée peut signer des points de contrôle ; celle-ci est une clé publique.</translation>
    </message>
    <message>
        <source>Cannot write the public key to %1: %2</source>
        <translation>Impossible d&apos;écrire la clé publique dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>qm::audit::CheckpointWriter</name>
    <message>
        <source>No database connection for the audit checkpoint.</source>
        <translation>Aucune connexion à la base de données pour le point de contrôle d&apos;audit.</translation>
    </message>
    <message>
        <source>The database did not answer in time for the audit checkpoint.</source>
        <translation>La base de données n&apos;a pas répondu à temps pour le point de contrôle d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>qm::audit::ConsoleCheckpoints</name>
    <message>
        <source>The audit checkpoint key has not arrived from the keychain.</source>
        <translation>La clé des points de contrôle d&apos;audit n&apos;est pas encore arrivée du trousseau.</translation>
    </message>
</context>
<context>
    <name>qm::audit::Ed25519Key</name>
    <message>
        <source>Cannot read the key file %1.</source>
        <translation>Impossible de lire le fichier de clé %1.</translation>
    </message>
    <message>
        <source>%1 is too large to be a key file.</source>
        <translation>%1 est trop volumineux pour être un fichier de clé.</translation>
    </message>
    <message>
        <source>Could not generate an Ed25519 key.</source>
        <translation>Impossible de générer une clé Ed25519.</translation>
    </message>
    <message>
        <source>This is not a PEM private key.</source>
        <translation>Ce n&apos;est pas une clé privée PEM.</translation>
    </message>
    <message>
        <source>This private key is not an Ed25519 key.</source>
        <translation>Cette clé privée n&apos;est pas une clé Ed25519.</translation>
    </message>
    <message>
        <source>This is not a PEM public key.</source>
        <translation>Ce n&apos;est pas une clé publique PEM.</translation>
    </message>
    <message>
        <source>This public key is not an Ed25519 key.</source>
        <translation>Cette clé publique n&apos;est pas une clé Ed25519.</translation>
    </message>
    <message>
        <source>The signing key %1 is readable by other users: run chmod 600 on it (and consider it known to them).</source>
        <translation>La clé de signature %1 est lisible par d&apos;autres utilisateurs : exécutez chmod 600 dessus (et considérez qu&apos;ils la connaissent).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>This key cannot sign: it is a public key.</source>
        <translation>Cette clé ne peut pas signer : c&apos;est une clé publique.</translation>
    </message>
    <message>
        <source>Signing failed.</source>
        <translation>La signature a échoué.</translation>
    </message>
    <message>
        <source>There is no private key to write.</source>
        <translation>Il n&apos;y a pas de clé privée à écrire.</translation>
    </message>
    <message>
        <source>%1 or %2 exists already: nothing was written (a key is never overwritten).</source>
        <translation>%1 ou %2 existe déjà : rien n&apos;a été écrit (une clé n&apos;est jamais écrasée).</translation>
    </message>
    <message>
        <source>Cannot create %1.</source>
        <translation>Impossible de créer %1.</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>Impossible d&apos;écrire %1.</translation>
    </message>
</context>
<context>
    <name>qm::audit::VerifyReport</name>
    <message>
        <source>Row %1 was changed after it was written: its hash does not match its content (first bad id %1).</source>
        <translation>La ligne %1 a été modifiée après son écriture : son hachage ne correspond pas à son contenu (premier id erroné %1).</translation>
    </message>
    <message>
        <source>The rows before id %1 are gone: row %1 is the first row but does not start the chain (first bad id %1).</source>
        <translation>Les lignes avant l&apos;id %1 ont disparu : la ligne %1 est la première, mais ne commence pas la chaîne (premier id erroné %1).</translation>
    </message>
    <message>
        <source>The chain breaks between row %1 and row %2: a row between them was deleted, or row %1 was rewritten (first bad id %2).</source>
        <translation>La chaîne est rompue entre la ligne %1 et la ligne %2 : une ligne entre elles a été supprimée, ou la ligne %1 a été réécrite (premier id erroné %2).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Checkpoint %1 is not signed by the key %2: it was forged or changed after signing, and proves nothing.</source>
        <translation>Le point de contrôle %1 n&apos;est pas signé par la clé %2 : il a été falsifié ou modifié après la signature, et ne prouve rien.</translation>
    </message>
    <message>
        <source>Checkpoint %1 is for %2, not this database: skipped.</source>
        <translation>Le point de contrôle %1 concerne %2, pas cette base de données : ignoré.</translation>
    </message>
    <message>
        <source>Rows %1..%2 are gone; checkpoint %3 signed at %4.</source>
        <translation>Les lignes %1..%2 ont disparu ; point de contrôle %3 signé le %4.</translation>
    </message>
    <message>
        <source>Row %1 is gone; checkpoint %2 signed at %3 pins it.</source>
        <translation>La ligne %1 a disparu ; le point de contrôle %2, signé le %3, la fixe.</translation>
    </message>
    <message>
        <source>The chain verifies but checkpoint %1&apos;s hash for id %2 no longer matches: the audit log was recomputed after %3.</source>
        <translation>La chaîne est valide, mais le hachage du point de contrôle %1 pour l&apos;id %2 ne correspond plus : le journal d&apos;audit a été recalculé après %3.</translation>
    </message>
    <message>
        <source>Checkpoint %1&apos;s hash for id %2 no longer matches (signed at %3).</source>
        <translation>Le hachage du point de contrôle %1 pour l&apos;id %2 ne correspond plus (signé le %3).</translation>
    </message>
    <message>
        <source>Rows after id %1 (up to %2) are not anchored by a checkpoint yet: a rewrite of those alone would not be detected.</source>
        <translation>Les lignes après l&apos;id %1 (jusqu&apos;à %2) ne sont encore ancrées par aucun point de contrôle : une réécriture de ces seules lignes ne serait pas détectée.</translation>
    </message>
    <message>
        <source>No checkpoints given (--checkpoints DIR --pubkey FILE): a chain recomputed by a database superuser would verify.</source>
        <translation>Aucun point de contrôle indiqué (--checkpoints DIR --pubkey FILE) : une chaîne recalculée par un superutilisateur de la base de données serait validée.</translation>
    </message>
</context>
<context>
    <name>qm::backend</name>
    <message>
        <source>Your database role may not %1 on this store: nothing was sent to Vendure.</source>
        <translation>Votre rôle de base de données n&apos;a pas le droit de %1 dans cette boutique : rien n&apos;a été envoyé à Vendure.</translation>
    </message>
    <message>
        <source>Request id %1 was already used for another action: nothing was sent to Vendure.</source>
        <translation>L&apos;id de requête %1 a déjà servi pour une autre action : rien n&apos;a été envoyé à Vendure.</translation>
    </message>
    <message>
        <source>The audit log refused to record the intent, so nothing was sent to Vendure: %1</source>
        <translation>Le journal d&apos;audit a refusé d&apos;enregistrer l&apos;intention, donc rien n&apos;a été envoyé à Vendure : %1</translation>
    </message>
    <message>
        <source>An earlier attempt of this request (%1) may have reached Vendure, but its outcome was never recorded: nothing was sent again. Reload, check, and act again as a new request.</source>
        <translation>Une tentative antérieure de cette requête (%1) a pu atteindre Vendure, mais son résultat n&apos;a jamais été enregistré : rien n&apos;a été renvoyé. Rechargez, vérifiez, puis agissez à nouveau comme une nouvelle requête.</translation>
    </message>
    <message>
        <source>record the outcome in the audit log</source>
        <translation>enregistrer le résultat dans le journal d&apos;audit</translation>
    </message>
    <message>
        <source>This request was sent to Vendure before and refused: %1 Nothing was sent again.</source>
        <translation>Cette requête a déjà été envoyée à Vendure et refusée : %1 Rien n&apos;a été renvoyé.</translation>
    </message>
</context>
<context>
    <name>qm::backends::Gate</name>
    <message>
        <source>the catalog edit</source>
        <translation>la modification du catalogue</translation>
    </message>
    <message>
        <source>the import</source>
        <translation>l&apos;importation</translation>
    </message>
    <message>
        <source>the stock adjustment</source>
        <translation>l&apos;ajustement de stock</translation>
    </message>
    <message>
        <source>the stock count</source>
        <translation>le comptage de stock</translation>
    </message>
    <message>
        <source>releasing the reservation</source>
        <translation>la libération de la réservation</translation>
    </message>
    <message>
        <source>releasing expired reservations</source>
        <translation>la libération des réservations expirées</translation>
    </message>
    <message>
        <source>the drift repair</source>
        <translation>la réparation de l&apos;écart</translation>
    </message>
    <message>
        <source>the order action</source>
        <translation>l&apos;action sur la commande</translation>
    </message>
</context>
<context>
    <name>qm::cache::CacheConnection</name>
    <message>
        <source>The cache connection was closed.</source>
        <translation>La connexion au cache a été fermée.</translation>
    </message>
    <message>
        <source>No Redis master serves this key.</source>
        <translation>Aucun master Redis ne sert cette clé.</translation>
    </message>
    <message>
        <source>%1 is not part of this deployment.</source>
        <translation>%1 ne fait pas partie de ce déploiement.</translation>
    </message>
</context>
<context>
    <name>qm::cache::KeyspaceScan</name>
    <message>
        <source>No Redis master to scan.</source>
        <translation>Aucun master Redis à analyser.</translation>
    </message>
</context>
<context>
    <name>qm::cache::RedisPurgeAction</name>
    <message>
        <source>Purge product %1 from Redis and Varnish</source>
        <translation>Purger le produit %1 de Redis et Varnish</translation>
    </message>
    <message>
        <source>Stopped by you after %1 keys were deleted; the rest are still there.</source>
        <translation>Arrêté par vous après la suppression de %1 clés ; le reste est toujours là.</translation>
    </message>
    <message>
        <source>Deleting on %1</source>
        <translation>Suppression sur %1</translation>
    </message>
    <message>
        <source>%1 was at times slower than the budget on its own (idle p90 up to %2 ms): paced to the idle latency + %3 ms then.</source>
        <translation>%1 était par moments plus lent que le budget à lui seul (p90 au repos jusqu&apos;à %2 ms) : cadencé alors sur la latence au repos + %3 ms.</translation>
    </message>
    <message>
        <source>Deleting the members of %1</source>
        <translation>Suppression des membres de %1</translation>
    </message>
    <message>
        <source>%1 keys deleted in %2 ms</source>
        <translation>%1 clés supprimées en %2 ms</translation>
    </message>
    <message>
        <source>%1 keys in protected namespaces were left alone.</source>
        <translation>Les %1 clés des espaces de noms protégés n&apos;ont pas été touchées.</translation>
    </message>
    <message>
        <source>Shoppers&apos; round trip while purging: p99 %1 ms over %2 probes (budget %3 ms)</source>
        <translation>Temps de réponse des acheteurs pendant la purge : p99 %1 ms sur %2 sondes (budget %3 ms)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 is not a tag set (not a Redis set).</source>
        <translation>%1 n&apos;est pas un ensemble de balises (pas un set Redis).</translation>
    </message>
    <message>
        <source>Redis at %1 stopped answering after %2 keys were deleted. Nothing was rolled back; run the purge again to finish.</source>
        <translation>Redis sur %1 a cessé de répondre après la suppression de %2 clés. Rien n&apos;a été annulé ; relancez la purge pour terminer.</translation>
    </message>
    <message>
        <source>Purge the Redis keys matching %1</source>
        <translation>Purger les clés Redis correspondant à %1</translation>
    </message>
    <message>
        <source>Purge the Redis keys tagged %1</source>
        <translation>Purger les clés Redis balisées %1</translation>
    </message>
    <message>
        <source>Purge product %1 from the Redis cache</source>
        <translation>Purger le produit %1 du cache Redis</translation>
    </message>
    <message>
        <source>The pattern %1 reaches into the protected namespace %2.</source>
        <translation>Le motif %1 empiète sur l&apos;espace de noms protégé %2.</translation>
    </message>
    <message>
        <source>The pattern is empty.</source>
        <translation>Le motif est vide.</translation>
    </message>
    <message>
        <source>The tag is empty.</source>
        <translation>La balise est vide.</translation>
    </message>
    <message>
        <source>The product id is empty.</source>
        <translation>L&apos;identifiant du produit est vide.</translation>
    </message>
    <message>
        <source>keys</source>
        <translation>clés</translation>
    </message>
    <message numerus="yes">
        <source>%n key(s) on %1</source>
        <translation>
            <numerusform>%n clé sur %1</numerusform>
            <numerusform>%n clés sur %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 masters (%2)</source>
        <translation>%1 masters (%2)</translation>
    </message>
    <message>
        <source>Frees %1 (MEMORY USAGE of every key)</source>
        <translation>Libère %1 (MEMORY USAGE de chaque clé)</translation>
    </message>
    <message>
        <source>Frees about %1 (estimated: MEMORY USAGE of %2 sampled keys, extrapolated to %3)</source>
        <translation>Libère environ %1 (estimation : MEMORY USAGE de %2 clés échantillonnées, extrapolé à %3)</translation>
    </message>
    <message>
        <source>%1 tag-set members point to keys that have expired; they go with the set.</source>
        <translation>%1 membres d&apos;ensembles de balises pointent vers des clés expirées ; ils partent avec l&apos;ensemble.</translation>
    </message>
    <message>
        <source>%1 matching keys are in protected namespaces (%2)%3.</source>
        <translation>%1 clés correspondantes sont dans des espaces de noms protégés (%2)%3.</translation>
    </message>
    <message>
        <source>, e.g. %1</source>
        <translation>, p. ex. %1</translation>
    </message>
    <message>
        <source>Unlock protected namespaces for this one purge to include them.</source>
        <translation>Déverrouillez les espaces de noms protégés pour cette seule purge afin de les inclure.</translation>
    </message>
    <message>
        <source>Protected namespaces are unlocked for this purge: sessions and carts that match will be deleted.</source>
        <translation>Les espaces de noms protégés sont déverrouillés pour cette purge : les sessions et paniers correspondants seront supprimés.</translation>
    </message>
    <message>
        <source>Nothing matches: the purge would delete nothing.</source>
        <translation>Rien ne correspond : la purge ne supprimerait rien.</translation>
    </message>
    <message>
        <source>Verified: nothing the purge covers is left.</source>
        <translation>Vérifié : il ne reste rien de ce que couvre la purge.</translation>
    </message>
    <message>
        <source>%1 keys still match and %2 of the %3 sampled keys exist (written again since the purge, or not reached), e.g. %4</source>
        <translation>%1 clés correspondent encore et %2 des %3 clés échantillonnées existent (réécrites depuis la purge ou non atteintes), p. ex. %4</translation>
    </message>
    <message>
        <source>The pattern %1 has a &apos;[&apos; at position %2 that no &apos;]&apos; closes. Close it, or write \[ for a literal &apos;[&apos;.</source>
        <translation>Le motif %1 a en position %2 un &apos;[&apos; qu&apos;aucun &apos;]&apos; ne ferme. Fermez-le, ou écrivez \[ pour un &apos;[&apos; littéral.</translation>
    </message>
    <message>
        <source>The pattern %1 ends in a lone &apos;\&apos; at position %2. Remove it, or write \\ for a literal backslash.</source>
        <translation>Le motif %1 se termine en position %2 par un &apos;\&apos; seul. Supprimez-le, ou écrivez \\ pour une barre oblique inverse littérale.</translation>
    </message>
</context>
<context>
    <name>qm::cache::RedisSync</name>
    <message>
        <source>A blocking Redis call was refused on the GUI thread.</source>
        <translation>Un appel Redis bloquant a été refusé sur le thread GUI.</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer within %2 ms.</source>
        <translation>Redis sur %1 n&apos;a pas répondu en %2 ms.</translation>
    </message>
    <message>
        <source>Redis at %1 refused %2: %3</source>
        <translation>Redis sur %1 a refusé %2 : %3</translation>
    </message>
</context>
<context>
    <name>qm::cache::TagReapAction</name>
    <message>
        <source>Reap the members of tag sets %1 whose keys have expired</source>
        <translation>Nettoyer les membres des ensembles de balises %1 dont les clés ont expiré</translation>
    </message>
    <message>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <source>%1: %2 of %3 members expired</source>
        <translation>%1 : %2 membres sur %3 expirés</translation>
    </message>
    <message>
        <source>%1 tag sets, %2 members, %3 of them point to expired keys</source>
        <translation>%1 ensembles de balises, %2 membres, dont %3 pointent vers des clés expirées</translation>
    </message>
    <message>
        <source>Only set members are removed: no cached key is deleted.</source>
        <translation>Seuls des membres d&apos;ensembles sont retirés : aucune clé en cache n&apos;est supprimée.</translation>
    </message>
    <message>
        <source>Stopped by you.</source>
        <translation>Arrêté par vous.</translation>
    </message>
    <message>
        <source>Reaping %1</source>
        <translation>Nettoyage de %1</translation>
    </message>
    <message>
        <source>%1 expired members removed</source>
        <translation>%1 membres expirés retirés</translation>
    </message>
    <message>
        <source>Verified: the reaped tag sets hold no expired member.</source>
        <translation>Vérifié : les ensembles de balises nettoyés ne contiennent aucun membre expiré.</translation>
    </message>
    <message>
        <source>%1 members expired since (keys expire all the time).</source>
        <translation>%1 membres ont expiré depuis (les clés expirent en permanence).</translation>
    </message>
</context>
<context>
    <name>qm::cache::TopologyResolver</name>
    <message>
        <source>The profile names no Redis server.</source>
        <translation>Le profil n&apos;indique aucun serveur Redis.</translation>
    </message>
    <message>
        <source>%1 does not monitor a master named %2.</source>
        <translation>%1 ne surveille aucun master nommé %2.</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 a répondu %2.</translation>
    </message>
    <message>
        <source>%1 names %2 as master, but it is not one (yet).</source>
        <translation>%1 désigne %2 comme master, mais il ne l&apos;est pas (encore).</translation>
    </message>
    <message>
        <source>No Sentinel could name the Redis master %1.</source>
        <translation>Aucun Sentinel n&apos;a pu désigner le master Redis %1.</translation>
    </message>
    <message>
        <source>No Redis Cluster seed answered.</source>
        <translation>Aucun nœud d&apos;amorçage du Redis Cluster n&apos;a répondu.</translation>
    </message>
    <message>
        <source>Unexpected CLUSTER SHARDS reply.</source>
        <translation>Réponse inattendue à CLUSTER SHARDS.</translation>
    </message>
    <message>
        <source>The cluster reports no master serving slotRanges.</source>
        <translation>Le cluster ne signale aucun master servant des slotRanges.</translation>
    </message>
    <message>
        <source>Unexpected CLUSTER SLOTS reply.</source>
        <translation>Réponse inattendue à CLUSTER SLOTS.</translation>
    </message>
</context>
<context>
    <name>qm::cache::VarnishClient</name>
    <message>
        <source>A Varnish ban regex may not contain quotes or line breaks.</source>
        <translation>Une regex de ban Varnish ne peut pas contenir de guillemets ni de sauts de ligne.</translation>
    </message>
    <message>
        <source>Not a valid regular expression: %1</source>
        <translation>Expression régulière non valide : %1</translation>
    </message>
    <message>
        <source>A blocking Varnish call was refused on the GUI thread.</source>
        <translation>Un appel Varnish bloquant a été refusé sur le thread GUI.</translation>
    </message>
    <message>
        <source>%1 did not answer /.qm/varnish with JSON.</source>
        <translation>%1 n&apos;a pas répondu à /.qm/varnish en JSON.</translation>
    </message>
    <message>
        <source>A ban needs a URL or a host regex.</source>
        <translation>Un ban a besoin d&apos;une regex d&apos;URL ou d&apos;hôte.</translation>
    </message>
    <message>
        <source>Varnish at %1 refused the ban: %2 %3</source>
        <translation>Varnish sur %1 a refusé le ban : %2 %3</translation>
    </message>
    <message>
        <source>No tag to purge.</source>
        <translation>Aucune balise à purger.</translation>
    </message>
    <message>
        <source>Varnish at %1 refused the purge: %2 %3</source>
        <translation>Varnish sur %1 a refusé la purge : %2 %3</translation>
    </message>
    <message>
        <source>Varnish at %1 did not say how many objects it purged (no X-Purged: is the xkey VCL installed?).</source>
        <translation>Varnish sur %1 n&apos;a pas indiqué combien d&apos;objets il a purgés (pas de X-Purged : la VCL xkey est-elle installée ?).</translation>
    </message>
    <message>
        <source>The Varnish call was cancelled.</source>
        <translation>L&apos;appel à Varnish a été annulé.</translation>
    </message>
</context>
<context>
    <name>qm::cache::VarnishMonitor</name>
    <message>
        <source>not JSON</source>
        <translation>pas du JSON</translation>
    </message>
</context>
<context>
    <name>qm::cache::VarnishPurgeAction</name>
    <message>
        <source>Purge the Varnish pages tagged %1</source>
        <translation>Purger les pages Varnish balisées %1</translation>
    </message>
    <message>
        <source>Ban the Varnish pages of hosts %1 with URLs %2</source>
        <translation>Bannir les pages Varnish des hôtes %1 avec les URL %2</translation>
    </message>
    <message>
        <source>Ban the Varnish pages of hosts matching %1</source>
        <translation>Bannir les pages Varnish des hôtes correspondant à %1</translation>
    </message>
    <message>
        <source>Ban the Varnish pages with URLs matching %1</source>
        <translation>Bannir les pages Varnish dont l&apos;URL correspond à %1</translation>
    </message>
    <message>
        <source>The profile names no Varnish instance.</source>
        <translation>Le profil n&apos;indique aucune instance Varnish.</translation>
    </message>
    <message>
        <source>A ban needs a URL or a host regex.</source>
        <translation>Un ban a besoin d&apos;une regex d&apos;URL ou d&apos;hôte.</translation>
    </message>
    <message>
        <source>No tag to purge.</source>
        <translation>Aucune balise à purger.</translation>
    </message>
    <message>
        <source>objects</source>
        <translation>objets</translation>
    </message>
    <message>
        <source>%1: no ban list or counters (%2)</source>
        <translation>%1 : pas de liste des bans ni de compteurs (%2)</translation>
    </message>
    <message>
        <source>%1: %2 objects cached, ban list length %3</source>
        <translation>%1 : %2 objets en cache, longueur de la liste des bans %3</translation>
    </message>
    <message>
        <source>This regex matches every URL: the whole cache is invalidated and the origin serves every page again.</source>
        <translation>Cette regex correspond à toutes les URL : tout le cache est invalidé et l&apos;origine sert à nouveau chaque page.</translation>
    </message>
    <message>
        <source>Stopped by you after %1 of %2 instances.</source>
        <translation>Arrêté par vous après %1 instances sur %2.</translation>
    </message>
    <message>
        <source>Invalidating on %1</source>
        <translation>Invalidation sur %1</translation>
    </message>
    <message>
        <source>%1: %2 objects purged</source>
        <translation>%1 : %2 objets purgés</translation>
    </message>
    <message>
        <source>%1: ban added (%2)</source>
        <translation>%1 : ban ajouté (%2)</translation>
    </message>
    <message>
        <source>%1 (after %2 of %3 instances)</source>
        <translation>%1 (après %2 instances sur %3)</translation>
    </message>
    <message>
        <source>%1: cannot read the ban list (%2)</source>
        <translation>%1 : impossible de lire la liste des bans (%2)</translation>
    </message>
    <message>
        <source>%1: the ban is not in the ban list</source>
        <translation>%1 : le ban n&apos;est pas dans la liste des bans</translation>
    </message>
    <message>
        <source>%1%2: %3</source>
        <translation>%1%2 : %3</translation>
    </message>
    <message>
        <source>%1%2 is still served from the cache</source>
        <translation>%1%2 est encore servi depuis le cache</translation>
    </message>
    <message numerus="yes">
        <source>Verified on %n check(s).</source>
        <translation>
            <numerusform>Vérifié par %n contrôle.</numerusform>
            <numerusform>Vérifié par %n contrôles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not every instance was invalidated.</source>
        <translation>Toutes les instances n&apos;ont pas été invalidées.</translation>
    </message>
    <message numerus="yes">
        <source>Varnish cannot count in advance what this invalidates: at most the %1 objects cached on %n instance(s).</source>
        <translation>
            <numerusform>Varnish ne peut pas compter à l&apos;avance ce que cela invalide : au plus les %1 objets en cache sur %n instance.</numerusform>
            <numerusform>Varnish ne peut pas compter à l&apos;avance ce que cela invalide : au plus les %1 objets en cache sur %n instances.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::capacity::Annotations</name>
    <message>
        <source>Purge</source>
        <translation>Purge</translation>
    </message>
    <message>
        <source>Bulk edit</source>
        <translation>Modification groupée</translation>
    </message>
    <message>
        <source>Switchover</source>
        <translation>Switchover</translation>
    </message>
    <message>
        <source>Maintenance</source>
        <translation>Maintenance</translation>
    </message>
    <message>
        <source>Load test</source>
        <translation>Test de charge</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation> : %1</translation>
    </message>
    <message>
        <source>Highest stable rate: %1 orders/s</source>
        <translation>Débit stable le plus élevé : %1 commandes/s</translation>
    </message>
    <message>
        <source> (recorded peak %1 orders/s)</source>
        <translation> (pic enregistré %1 commandes/s)</translation>
    </message>
    <message>
        <source>First to saturate: %1</source>
        <translation>Premier à saturer : %1</translation>
    </message>
    <message>
        <source>Closest to its limit: %1</source>
        <translation>Le plus proche de sa limite : %1</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
</context>
<context>
    <name>qm::capacity::DirectSampler</name>
    <message>
        <source>sampling PostgreSQL and Redis every %1 s</source>
        <translation>échantillonnage de PostgreSQL et Redis toutes les %1 s</translation>
    </message>
    <message>
        <source>sampling PostgreSQL every %1 s</source>
        <translation>échantillonnage de PostgreSQL toutes les %1 s</translation>
    </message>
    <message>
        <source>capacity sample</source>
        <translation>échantillon de capacité</translation>
    </message>
    <message>
        <source>capacity sample (replica lag)</source>
        <translation>échantillon de capacité (retard du réplica)</translation>
    </message>
    <message>
        <source>Redis refused INFO: %1</source>
        <translation>Redis a refusé INFO : %1</translation>
    </message>
    <message>
        <source>Redis did not answer INFO in time.</source>
        <translation>Redis n&apos;a pas répondu à INFO à temps.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs Prometheus: add its URL to the connection profile.</source>
        <translation>« %1 » a besoin de Prometheus : ajoutez son URL au profil de connexion.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a series the direct sampler records (%2).</source>
        <translation>« %1 » n&apos;est pas une série que l&apos;échantillonnage direct enregistre (%2).</translation>
    </message>
    <message>
        <source>max_connections (%1)</source>
        <translation>max_connections (%1)</translation>
    </message>
    <message>
        <source>maxmemory (%1 MB)</source>
        <translation>maxmemory (%1 Mo)</translation>
    </message>
</context>
<context>
    <name>qm::capacity::ForecastText</name>
    <message numerus="yes">
        <source>Too little history for a forecast (%n samples).</source>
        <translation>
            <numerusform>Trop peu d&apos;historique pour une prévision (%n échantillon).</numerusform>
            <numerusform>Trop peu d&apos;historique pour une prévision (%n échantillons).</numerusform>
        </translation>
    </message>
    <message>
        <source>linear trend</source>
        <translation>tendance linéaire</translation>
    </message>
    <message>
        <source>Holt-Winters (additive, %1 season)</source>
        <translation>Holt-Winters (additif, saison %1)</translation>
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
        <translation>hebdomadaire</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidienne</translation>
    </message>
    <message>
        <source>less than a minute</source>
        <translation>moins d&apos;une minute</translation>
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
        <translation>~%1 j %2 h</translation>
    </message>
    <message>
        <source>~%1 d</source>
        <translation>~%1 j</translation>
    </message>
    <message>
        <source>No forecast for %1.</source>
        <translation>Aucune prévision pour %1.</translation>
    </message>
    <message>
        <source>%1 is at or above %2 now (%3).</source>
        <translation>%1 est maintenant à %2 ou au-dessus (%3).</translation>
    </message>
    <message>
        <source>%1 is at or below %2 now (%3).</source>
        <translation>%1 est maintenant à %2 ou en dessous (%3).</translation>
    </message>
    <message>
        <source>%1 stays below %2 for the next %3 at this trend</source>
        <translation>%1 reste sous %2 pendant les %3 à venir à cette tendance</translation>
    </message>
    <message>
        <source>%1 stays above %2 for the next %3 at this trend</source>
        <translation>%1 reste au-dessus de %2 pendant les %3 à venir à cette tendance</translation>
    </message>
    <message>
        <source> (the band reaches it in %1)</source>
        <translation> (la bande l&apos;atteint dans %1)</translation>
    </message>
    <message>
        <source> (%1).</source>
        <translation> (%1).</translation>
    </message>
    <message>
        <source>%1 reaches %2 in %3 at this trend</source>
        <translation>%1 atteint %2 dans %3 à cette tendance</translation>
    </message>
    <message>
        <source>%1 falls to %2 in %3 at this trend</source>
        <translation>%1 descend à %2 dans %3 à cette tendance</translation>
    </message>
    <message>
        <source>beyond %1</source>
        <translation>au-delà de %1</translation>
    </message>
    <message>
        <source> (between %1 and %2; %3).</source>
        <translation> (entre %1 et %2 ; %3).</translation>
    </message>
</context>
<context>
    <name>qm::capacity::KnownSeries</name>
    <message>
        <source>DB connections</source>
        <translation>Connexions BD</translation>
    </message>
    <message>
        <source>DB transactions/s</source>
        <translation>Transactions BD/s</translation>
    </message>
    <message>
        <source>DB cache hit ratio</source>
        <translation>Taux de succès du cache BD</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Retard de réplication</translation>
    </message>
    <message>
        <source>Redis operations/s</source>
        <translation>Opérations Redis/s</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Mémoire Redis</translation>
    </message>
    <message>
        <source>Redis hit ratio</source>
        <translation>Taux de succès Redis</translation>
    </message>
    <message>
        <source>Redis evictions/s</source>
        <translation>Évictions Redis/s</translation>
    </message>
    <message>
        <source>CPU busy</source>
        <translation>CPU occupé</translation>
    </message>
    <message>
        <source>Disk used</source>
        <translation>Disque utilisé</translation>
    </message>
    <message>
        <source>Orders/min</source>
        <translation>Commandes/min</translation>
    </message>
    <message>
        <source>Revenue/min</source>
        <translation>Chiffre d&apos;affaires/min</translation>
    </message>
    <message>
        <source>Payment failure rate</source>
        <translation>Taux d&apos;échec des paiements</translation>
    </message>
    <message>
        <source>Cart abandonment</source>
        <translation>Abandon de panier</translation>
    </message>
    <message>
        <source>Checkout time (mean)</source>
        <translation>Durée du checkout (moyenne)</translation>
    </message>
    <message>
        <source>Expected orders/min</source>
        <translation>Commandes/min attendues</translation>
    </message>
    <message>
        <source>Order queue backlog</source>
        <translation>Retard de la file des commandes</translation>
    </message>
    <message>
        <source>Checkout time (p95)</source>
        <translation>Durée du checkout (p95)</translation>
    </message>
    <message>
        <source>Checkout time (median)</source>
        <translation>Durée du checkout (médiane)</translation>
    </message>
</context>
<context>
    <name>qm::capacity::LoadTestRunner</name>
    <message>
        <source>%1 orders/s</source>
        <translation>%1 commandes/s</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>n/d</translation>
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
        <translation>Une rampe est une liste de débits de commandes par seconde comme 10,20,40 ; « %1 » n&apos;est pas un nombre positif.</translation>
    </message>
    <message>
        <source>A ramp is a list of order rates per second such as 10,20,40.</source>
        <translation>Une rampe est une liste de débits de commandes par seconde comme 10,20,40.</translation>
    </message>
    <message>
        <source>The load test failed: %1</source>
        <translation>Le test de charge a échoué : %1</translation>
    </message>
    <message>
        <source>Highest stable rate: %1 (achieved %2, checkout p95 %3, %4 errors).</source>
        <translation>Débit stable le plus élevé : %1 (atteint %2, p95 du checkout %3, %4 d&apos;erreurs).</translation>
    </message>
    <message>
        <source>No step held: the lowest rate tested already broke.</source>
        <translation>Aucune étape n&apos;a tenu : le débit testé le plus bas a déjà échoué.</translation>
    </message>
    <message>
        <source>Broke at %1: %2.</source>
        <translation>Échec à %1 : %2.</translation>
    </message>
    <message>
        <source>Every step held: the breaking point is above %1; extend the ramp.</source>
        <translation>Toutes les étapes ont tenu : le point de rupture est au-dessus de %1 ; prolongez la rampe.</translation>
    </message>
    <message numerus="yes">
        <source>Cancelled after %n step(s).</source>
        <translation>
            <numerusform>Annulé après %n étape.</numerusform>
            <numerusform>Annulé après %n étapes.</numerusform>
        </translation>
    </message>
    <message>
        <source>Provision slightly above the highest tested stable limit: plan for peaks up to %1 and keep the store able to sustain more than that (re-run at 150 % of the recorded peak after changes).</source>
        <translation>Dimensionnez un peu au-dessus de la limite stable la plus élevée testée : prévoyez des pics jusqu&apos;à %1 et gardez la boutique capable d&apos;en supporter davantage (relancez à 150 % du pic enregistré après des changements).</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>Load tests place real orders and load the servers: they run only on sandbox and staging profiles, never on production.</source>
        <translation>Les tests de charge passent de vraies commandes et chargent les serveurs : ils ne tournent que sur des profils de bac à sable et de préproduction, jamais en production.</translation>
    </message>
    <message>
        <source>no ramp, metrics port or simulator to run</source>
        <translation>pas de rampe, de port de métriques ni de simulateur à lancer</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>the simulator exited with code %1 during the step at %2: %3</source>
        <translation>le simulateur s&apos;est arrêté avec le code %1 pendant l&apos;étape à %2 : %3</translation>
    </message>
    <message>
        <source>no answer from the simulator&apos;s metrics on port %1: %2</source>
        <translation>pas de réponse des métriques du simulateur sur le port %1 : %2</translation>
    </message>
    <message>
        <source>no checkout in the step</source>
        <translation>aucun checkout dans l&apos;étape</translation>
    </message>
    <message>
        <source>checkout p95 %1 over %2</source>
        <translation>p95 du checkout %1 au-dessus de %2</translation>
    </message>
    <message>
        <source>%1 of checkouts failed (limit %2)</source>
        <translation>%1 des checkouts ont échoué (limite %2)</translation>
    </message>
    <message>
        <source>the store placed %1 of the %2 asked</source>
        <translation>la boutique a passé %1 des %2 demandées</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 %2 of %3 (%4 of its limit)</source>
        <translation>%1 %2 sur %3 (%4 de sa limite)</translation>
    </message>
    <message>
        <source>A percentage ramp is a list of shares of the recorded peak such as 25,50,100,150; &quot;%1&quot; is not a positive percentage.</source>
        <translation>Une rampe en pourcentages est une liste de parts du pic enregistré comme 25,50,100,150 ; « %1 » n&apos;est pas un pourcentage positif.</translation>
    </message>
    <message>
        <source>A percentage ramp is a list of shares of the recorded peak such as 25,50,100,150.</source>
        <translation>Une rampe en pourcentages est une liste de parts du pic enregistré comme 25,50,100,150.</translation>
    </message>
    <message>
        <source>Recorded peak: %1 (%2).</source>
        <translation>Pic enregistré : %1 (%2).</translation>
    </message>
    <message>
        <source>First to saturate: %1 at %2.</source>
        <translation>Premier à saturer : %1 à %2.</translation>
    </message>
    <message>
        <source>No resource reached its limit; closest: %1 at %2.</source>
        <translation>Aucune ressource n&apos;a atteint sa limite ; la plus proche : %1 à %2.</translation>
    </message>
    <message>
        <source>the store</source>
        <translation>la boutique</translation>
    </message>
    <message>
        <source>Recommendation: no tested rate held; add capacity to %1 before the next peak.</source>
        <translation>Recommandation : aucun débit testé n&apos;a tenu ; ajoutez de la capacité à %1 avant le prochain pic.</translation>
    </message>
    <message>
        <source>Recommendation: provision above %1.</source>
        <translation>Recommandation : dimensionnez au-dessus de %1.</translation>
    </message>
    <message>
        <source>Recommendation: provision above %1 (%2 of the recorded peak); that is below 150 % of the peak, so add capacity to %3 first.</source>
        <translation>Recommandation : dimensionnez au-dessus de %1 (%2 du pic enregistré) ; c&apos;est moins de 150 % du pic, ajoutez donc d&apos;abord de la capacité à %3.</translation>
    </message>
    <message>
        <source>Recommendation: provision above %1 (%2 of the recorded peak, enough for 150 % of it).</source>
        <translation>Recommandation : dimensionnez au-dessus de %1 (%2 du pic enregistré, assez pour 150 % de celui-ci).</translation>
    </message>
    <message>
        <source>checkout p99 %1 over its target %2</source>
        <translation>p99 du checkout %1 au-dessus de son objectif %2</translation>
    </message>
    <message>
        <source>DB connections</source>
        <translation>Connexions BD</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Mémoire Redis</translation>
    </message>
    <message>
        <source>Checkout p99</source>
        <translation>p99 du checkout</translation>
    </message>
    <message>
        <source>Error rate</source>
        <translation>Taux d&apos;erreurs</translation>
    </message>
</context>
<context>
    <name>qm::capacity::MemorySource</name>
    <message numerus="yes">
        <source>in-memory series (%n series)</source>
        <translation>
            <numerusform>séries en mémoire (%n série)</numerusform>
            <numerusform>séries en mémoire (%n séries)</numerusform>
        </translation>
    </message>
    <message>
        <source>Orders/min</source>
        <translation>Commandes/min</translation>
    </message>
    <message>
        <source>Expected orders/min</source>
        <translation>Commandes/min attendues</translation>
    </message>
    <message>
        <source>Checkout mean</source>
        <translation>Checkout moyen</translation>
    </message>
    <message>
        <source>Payment failure rate</source>
        <translation>Taux d&apos;échec des paiements</translation>
    </message>
    <message>
        <source>Queue backlog</source>
        <translation>Retard de la file</translation>
    </message>
    <message>
        <source>DB connections</source>
        <translation>Connexions BD</translation>
    </message>
    <message>
        <source>TPS</source>
        <translation>TPS</translation>
    </message>
    <message>
        <source>Replication lag</source>
        <translation>Retard de réplication</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Redis memory</source>
        <translation>Mémoire Redis</translation>
    </message>
    <message>
        <source>Redis hit ratio</source>
        <translation>Taux de succès Redis</translation>
    </message>
    <message>
        <source>max_connections (100)</source>
        <translation>max_connections (100)</translation>
    </message>
    <message>
        <source>maxmemory (1 GiB)</source>
        <translation>maxmemory (1 Gio)</translation>
    </message>
    <message>
        <source>hit ratio floor (90 %)</source>
        <translation>plancher du taux de succès (90 %)</translation>
    </message>
    <message>
        <source>payment failures (3 %)</source>
        <translation>paiements échoués (3 %)</translation>
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
            <numerusform>la minute la plus chargée dans %1 sur %n jour</numerusform>
            <numerusform>la minute la plus chargée dans %1 sur les %n derniers jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the highest qm_business_orders_per_minute in %1 over the last %n day(s)</source>
        <translation>
            <numerusform>la valeur la plus élevée de qm_business_orders_per_minute dans %1 sur %n jour</numerusform>
            <numerusform>la valeur la plus élevée de qm_business_orders_per_minute dans %1 sur les %n derniers jours</numerusform>
        </translation>
    </message>
    <message>
        <source>No order was recorded in the history the console can read: pass a peak by hand.</source>
        <translation>Aucune commande n&apos;est enregistrée dans l&apos;historique que la console peut lire : indiquez un pic à la main.</translation>
    </message>
</context>
<context>
    <name>qm::capacity::PrometheusSource</name>
    <message>
        <source>Prometheus answered something that is not a query result: %1.</source>
        <translation>Prometheus a répondu quelque chose qui n&apos;est pas un résultat de requête : %1.</translation>
    </message>
    <message>
        <source>Prometheus refused the query: %1 (%2).</source>
        <translation>Prometheus a refusé la requête : %1 (%2).</translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <translation>Prometheus à %1</translation>
    </message>
    <message>
        <source>A range query needs an expression, a positive step and an end after its start.</source>
        <translation>Une requête sur une plage a besoin d&apos;une expression, d&apos;un pas positif et d&apos;une fin après son début.</translation>
    </message>
    <message>
        <source>That range at that step is %1 points per series; at most %2 are asked for. Choose a coarser step or a shorter range.</source>
        <translation>Cette plage avec ce pas donne %1 points par série ; au plus %2 sont demandés. Choisissez un pas plus grossier ou une plage plus courte.</translation>
    </message>
    <message>
        <source>The query to %1 was cancelled.</source>
        <translation>La requête vers %1 a été annulée.</translation>
    </message>
    <message>
        <source>invalid JSON (%1 at byte %2)</source>
        <translation>JSON invalide (%1 à l&apos;octet %2)</translation>
    </message>
    <message>
        <source>no &quot;status&quot;: &quot;success&quot;</source>
        <translation>pas de &quot;status&quot;: &quot;success&quot;</translation>
    </message>
    <message>
        <source>a scalar that is not [time, &quot;value&quot;]</source>
        <translation>un scalaire qui n&apos;est pas [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>result type &quot;%1&quot;</source>
        <translation>type de résultat « %1 »</translation>
    </message>
    <message>
        <source>a result that is not a list</source>
        <translation>un résultat qui n&apos;est pas une liste</translation>
    </message>
    <message>
        <source>The query returned %1 series; at most %2 are charted. Narrow it with label matchers or aggregate it (sum by (...)).</source>
        <translation>La requête a renvoyé %1 séries ; au plus %2 sont tracées. Restreignez-la avec des sélecteurs d&apos;étiquettes ou agrégez-la (sum by (...)).</translation>
    </message>
    <message>
        <source>The answer has %1 points; at most %2 are charted. Choose a shorter range, a coarser step or fewer series.</source>
        <translation>La réponse a %1 points ; au plus %2 sont tracés. Choisissez une plage plus courte, un pas plus grossier ou moins de séries.</translation>
    </message>
    <message>
        <source>a sample that is not [time, &quot;value&quot;]</source>
        <translation>un échantillon qui n&apos;est pas [time, &quot;value&quot;]</translation>
    </message>
    <message>
        <source>max_connections (%1)</source>
        <translation>max_connections (%1)</translation>
    </message>
    <message>
        <source>maxmemory (%1 MB)</source>
        <translation>maxmemory (%1 Mo)</translation>
    </message>
    <message>
        <source>disk size (%1 GB)</source>
        <translation>taille du disque (%1 Go)</translation>
    </message>
</context>
<context>
    <name>qm::catalog::BulkChange</name>
    <message>
        <source>price %1%2 % (rounding: %3)</source>
        <translation>prix %1%2 % (arrondi : %3)</translation>
    </message>
    <message>
        <source>price %1%2 (rounding: %3)</source>
        <translation>prix %1%2 (arrondi : %3)</translation>
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
        <translation>Modification groupée (%1) de tous les produits correspondant au filtre</translation>
    </message>
    <message numerus="yes">
        <source>Bulk edit (%1) of %n selected product(s)</source>
        <translation>
            <numerusform>Modification groupée (%1) de %n produit sélectionné</numerusform>
            <numerusform>Modification groupée (%1) de %n produits sélectionnés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Change %1 of %n product(s)</source>
        <translation>
            <numerusform>Modifier %1 de %n produit</numerusform>
            <numerusform>Modifier %1 de %n produits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n products</source>
        <translation>
            <numerusform>%n produit</numerusform>
            <numerusform>%n produits</numerusform>
        </translation>
    </message>
    <message>
        <source>products</source>
        <translation>produits</translation>
    </message>
    <message>
        <source>%1  %2: %3 -&gt; %4</source>
        <translation>%1  %2 : %3 -&gt; %4</translation>
    </message>
    <message>
        <source>%1 of %2 products would change.</source>
        <translation>%1 produits sur %2 seraient modifiés.</translation>
    </message>
    <message>
        <source>Total of the prices: %1 -&gt; %2</source>
        <translation>Total des prix : %1 -&gt; %2</translation>
    </message>
    <message>
        <source>One transaction: Stop rolls everything back. Audited per chunk by the database (request %1).</source>
        <translation>Une transaction : Arrêter annule tout. Audité par lot par la base de données (requête %1).</translation>
    </message>
    <message numerus="yes">
        <source>%n price(s) would go below 0: choose a smaller decrease.</source>
        <translation>
            <numerusform>%n prix passerait sous 0 : choisissez une baisse plus faible.</numerusform>
            <numerusform>%n prix passeraient sous 0 : choisissez une baisse plus faible.</numerusform>
        </translation>
    </message>
    <message>
        <source>No product matches: nothing to change.</source>
        <translation>Aucun produit ne correspond : rien à modifier.</translation>
    </message>
    <message>
        <source>Changing products (one transaction)</source>
        <translation>Modification des produits (une transaction)</translation>
    </message>
    <message>
        <source>Nothing was changed: the transaction was rolled back.</source>
        <translation>Rien n&apos;a été modifié : la transaction a été annulée.</translation>
    </message>
    <message>
        <source>This request had already been applied: nothing was done twice.</source>
        <translation>Cette requête avait déjà été appliquée : rien n&apos;a été fait deux fois.</translation>
    </message>
    <message>
        <source>Rolled back: no product was changed.</source>
        <translation>Annulé : aucun produit n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>The database has no record of request %1: the change did not commit.</source>
        <translation>La base de données n&apos;a aucune trace de la requête %1 : la modification n&apos;a pas été validée.</translation>
    </message>
    <message numerus="yes">
        <source>%n product(s) changed in one committed transaction (request %1).</source>
        <translation>
            <numerusform>%n produit modifié dans une transaction validée (requête %1).</numerusform>
            <numerusform>%n produits modifiés dans une transaction validée (requête %1).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::catalog::BulkEditor</name>
    <message>
        <source>Cannot bulk-set the field &quot;%1&quot;.</source>
        <translation>Impossible de définir en masse le champ « %1 ».</translation>
    </message>
    <message>
        <source>preview bulk edit</source>
        <translation>aperçu de la modification groupée</translation>
    </message>
    <message>
        <source>apply bulk edit</source>
        <translation>appliquer la modification groupée</translation>
    </message>
    <message>
        <source>The bulk edit was cancelled: nothing was changed.</source>
        <translation>La modification groupée a été annulée : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>check a bulk edit</source>
        <translation>vérifier une modification groupée</translation>
    </message>
</context>
<context>
    <name>qm::catalog::CatalogService</name>
    <message>
        <source>Product %1 no longer exists.</source>
        <translation>Le produit %1 n&apos;existe plus.</translation>
    </message>
</context>
<context>
    <name>qm::catalog::CsvExporter</name>
    <message>
        <source>export products</source>
        <translation>exporter les produits</translation>
    </message>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The server sent a row the export cannot read.</source>
        <translation>Le serveur a envoyé une ligne que l&apos;exportation ne peut pas lire.</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;exportation a été annulée.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>L&apos;enregistrement de %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>qm::catalog::CsvImporter</name>
    <message>
        <source>import products</source>
        <translation>importer des produits</translation>
    </message>
    <message>
        <source>the connection closed during the import</source>
        <translation>la connexion s&apos;est fermée pendant l&apos;importation</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header line (sku,name,price,...) and rows</source>
        <translation>le fichier est vide : il lui faut une ligne d&apos;en-tête (sku,name,price,...) et des lignes</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>L&apos;importation a été annulée : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>le fichier a un en-tête mais aucune ligne</translation>
    </message>
</context>
<context>
    <name>qm::catalog::EditApplier</name>
    <message>
        <source>apply product edits</source>
        <translation>appliquer les modifications de produits</translation>
    </message>
    <message>
        <source>%1: %2 Nothing in this batch was applied.</source>
        <translation>%1 : %2 Rien de ce lot n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>check applied edits</source>
        <translation>vérifier les modifications appliquées</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a price. Nothing in this batch was applied.</source>
        <translation>%1 : « %2 » n&apos;est pas un prix. Rien de ce lot n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>%1: a price cannot be negative (%2); Vendure would refuse it. Nothing in this batch was applied.</source>
        <translation>%1 : un prix ne peut pas être négatif (%2) ; Vendure le refuserait. Rien de ce lot n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>%1: a name cannot be empty. Nothing in this batch was applied.</source>
        <translation>%1 : un nom ne peut pas être vide. Rien de ce lot n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>%1: on Vendure the console edits a variant&apos;s price and name only; %2 is changed in Vendure&apos;s own admin. Nothing in this batch was applied.</source>
        <translation>%1 : sur Vendure, la console ne modifie que le prix et le nom d&apos;une variante ; %2 se modifie dans l&apos;administration de Vendure elle-même. Rien de ce lot n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>%1: product variant %2 is not in Vendure any more. Nothing in this batch was applied.</source>
        <translation>%1 : la variante de produit %2 n&apos;est plus dans Vendure. Rien de ce lot n&apos;a été appliqué.</translation>
    </message>
    <message>
        <source>read the variants to edit</source>
        <translation>lire les variantes à modifier</translation>
    </message>
    <message>
        <source>%1 changed in Vendure after you read it (its price is now %2 in minor units). Nothing in this batch was written: reload it and edit again.</source>
        <translation>%1 a changé dans Vendure après votre lecture (son prix est maintenant de %2 en unités mineures). Rien de ce lot n&apos;a été écrit : rechargez la variante et modifiez-la à nouveau.</translation>
    </message>
    <message>
        <source>Vendure refused the edits: %1 Nothing in this batch was applied.</source>
        <translation>Vendure a refusé les modifications : %1 Rien de ce lot n&apos;a été appliqué.</translation>
    </message>
</context>
<context>
    <name>qm::catalog::EditJournal</name>
    <message>
        <source>Cannot remove the applied edits&apos; journal %1.</source>
        <translation>Impossible de supprimer le journal des modifications appliquées %1.</translation>
    </message>
    <message>
        <source>Cannot write the pending edits to %1: %2</source>
        <translation>Impossible d&apos;écrire les modifications en attente dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot save the pending edits to %1: %2</source>
        <translation>Impossible d&apos;enregistrer les modifications en attente dans %1 : %2</translation>
    </message>
    <message>
        <source>Cannot read the pending edits in %1: %2</source>
        <translation>Impossible de lire les modifications en attente dans %1 : %2</translation>
    </message>
    <message>
        <source>The pending edits in %1 are damaged (%2); the file was left as it is.</source>
        <translation>Les modifications en attente dans %1 sont endommagées (%2) ; le fichier a été laissé tel quel.</translation>
    </message>
</context>
<context>
    <name>qm::catalog::ImportRowValidator</name>
    <message>
        <source>semicolons</source>
        <translation>points-virgules</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulations</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>virgules</translation>
    </message>
    <message>
        <source>a quoted field is never closed (it runs to the end of the file)</source>
        <translation>un champ entre guillemets n&apos;est jamais fermé (il va jusqu&apos;à la fin du fichier)</translation>
    </message>
    <message>
        <source>a quote inside a field: quote the whole field and double the quotes in it</source>
        <translation>un guillemet dans un champ : mettez tout le champ entre guillemets et doublez les guillemets qu&apos;il contient</translation>
    </message>
    <message>
        <source>a field is longer than 256 KiB</source>
        <translation>un champ dépasse 256 Kio</translation>
    </message>
    <message>
        <source>the row has more than 512 fields</source>
        <translation>la ligne a plus de 512 champs</translation>
    </message>
    <message>
        <source>the text is not valid UTF-8 (save the file as UTF-8)</source>
        <translation>le texte n&apos;est pas de l&apos;UTF-8 valide (enregistrez le fichier en UTF-8)</translation>
    </message>
    <message>
        <source>the field holds a NUL byte (0x00), which PostgreSQL text cannot store: remove it (a file full of them is UTF-16: save it as UTF-8)</source>
        <translation>le champ contient un octet NUL (0x00), que le texte PostgreSQL ne peut pas stocker : supprimez-le (un fichier qui en est plein est en UTF-16 : enregistrez-le en UTF-8)</translation>
    </message>
    <message>
        <source>the header line holds NUL bytes: the file is UTF-16 (or binary), not UTF-8 text; save it as UTF-8 (&quot;CSV UTF-8&quot;)</source>
        <translation>la ligne d&apos;en-tête contient des octets NUL : le fichier est en UTF-16 (ou binaire), pas du texte UTF-8 ; enregistrez-le en UTF-8 (« CSV UTF-8 »)</translation>
    </message>
    <message>
        <source> - the columns seem to be separated by %1: choose that delimiter (or Auto)</source>
        <translation> - les colonnes semblent séparées par des %1 : choisissez ce délimiteur (ou Automatique)</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (known: %2)%3</source>
        <translation>colonne inconnue « %1 » (connues : %2)%3</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la colonne « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>the required column &quot;%1&quot; is missing</source>
        <translation>la colonne obligatoire « %1 » est absente</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 champs attendus, %2 trouvés</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters (%3)</source>
        <translation>%1 dépasse %2 caractères (%3)</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 est vide</translation>
    </message>
    <message>
        <source>status &quot;%1&quot; is not draft, active or archived</source>
        <translation>le statut « %1 » n&apos;est ni draft, ni active, ni archived</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not an ISO 4217 code (EUR, USD, GBP...)</source>
        <translation>la devise « %1 » n&apos;est pas un code ISO 4217 (EUR, USD, GBP...)</translation>
    </message>
    <message>
        <source>tag &quot;%1...&quot; is longer than %2 characters</source>
        <translation>la balise « %1... » dépasse %2 caractères</translation>
    </message>
    <message>
        <source>attributes must be a JSON object like {&quot;color&quot;: &quot;red&quot;}%1</source>
        <translation>les attributs doivent être un objet JSON comme {&quot;color&quot;: &quot;red&quot;}%1</translation>
    </message>
    <message>
        <source>attributes contain a NUL character (\u0000), which PostgreSQL cannot store</source>
        <translation>les attributs contiennent un caractère NUL (\u0000), que PostgreSQL ne peut pas stocker</translation>
    </message>
    <message>
        <source>attributes contain \u%1, half of a UTF-16 surrogate pair, which PostgreSQL refuses</source>
        <translation>les attributs contiennent \u%1, la moitié d&apos;une paire de substitution UTF-16, que PostgreSQL refuse</translation>
    </message>
</context>
<context>
    <name>qm::catalog::PriceText</name>
    <message>
        <source>The price is empty.</source>
        <translation>Le prix est vide.</translation>
    </message>
    <message>
        <source>The price %1 is negative: prices are 0 or more.</source>
        <translation>Le prix %1 est négatif : les prix sont de 0 ou plus.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: use digits and one decimal point or comma, e.g. 19.90 or 19,90.</source>
        <translation>« %1 » n&apos;est pas un prix : utilisez des chiffres et un point ou une virgule décimale, p. ex. 19.90 ou 19,90.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a thousands separator: write the price without one, e.g. 1234.50 or 1234,50.</source>
        <translation>« %1 » contient un séparateur de milliers : écrivez le prix sans, p. ex. 1234.50 ou 1234,50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: it needs digits on both sides of the decimal separator, e.g. 0.50.</source>
        <translation>« %1 » n&apos;est pas un prix : il faut des chiffres des deux côtés du séparateur décimal, p. ex. 0.50.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is ambiguous: a thousands separator or 3 decimals? Write prices with at most 2 decimals and no thousands separator.</source>
        <translation>« %1 » est ambigu : séparateur de milliers ou 3 décimales ? Écrivez les prix avec au plus 2 décimales et sans séparateur de milliers.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has %2 decimals: a price has at most %3.</source>
        <translation>« %1 » a %2 décimales : un prix en a au plus %3.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too large: a price is below 10000000000.</source>
        <translation>« %1 » est trop grand : un prix est inférieur à 10000000000.</translation>
    </message>
</context>
<context>
    <name>qm::db</name>
    <message>
        <source>&quot;%1&quot; was cancelled.</source>
        <translation>« %1 » a été annulé.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 broke while &quot;%2&quot; was committing: the change may or may not have been saved. Reload before trying again.</source>
        <translation>La connexion à PostgreSQL sur %1 a été coupée pendant la validation de « %2 » : la modification a peut-être été enregistrée, ou pas. Rechargez avant de réessayer.</translation>
    </message>
    <message>
        <source>The connection to PostgreSQL at %1 was lost during &quot;%2&quot;. The server may have restarted or failed over; the console reconnects by itself. Try again.</source>
        <translation>La connexion à PostgreSQL sur %1 a été perdue pendant « %2 ». Le serveur a peut-être redémarré ou basculé ; la console se reconnecte d&apos;elle-même. Réessayez.</translation>
    </message>
    <message>
        <source>Wrong password for user %1 at %2. Check the password in the keychain or the pgpass file.</source>
        <translation>Mot de passe incorrect pour l&apos;utilisateur %1 sur %2. Vérifiez le mot de passe dans le trousseau ou le fichier pgpass.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 asks for a password for user %2 and none was found. Enter it, or add it to the pgpass file (mode 0600).</source>
        <translation>PostgreSQL sur %1 demande un mot de passe pour l&apos;utilisateur %2 et aucun n&apos;a été trouvé. Saisissez-le ou ajoutez-le au fichier pgpass (mode 0600).</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no login role %2. Check the user name in the profile.</source>
        <translation>PostgreSQL sur %1 n&apos;a pas de rôle de connexion %2. Vérifiez le nom d&apos;utilisateur dans le profil.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 does not accept user %2 from this machine (pg_hba.conf). Ask the database administrator to allow it.</source>
        <translation>PostgreSQL sur %1 n&apos;accepte pas l&apos;utilisateur %2 depuis cette machine (pg_hba.conf). Demandez à l&apos;administrateur de la base de données de l&apos;autoriser.</translation>
    </message>
    <message>
        <source>The database %1 does not exist on %2. Check the profile&apos;s database name.</source>
        <translation>La base de données %1 n&apos;existe pas sur %2. Vérifiez le nom de la base de données dans le profil.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 has no free connection slots (max_connections). Close other sessions or try again shortly.</source>
        <translation>PostgreSQL sur %1 n&apos;a plus de connexion libre (max_connections). Fermez d&apos;autres sessions ou réessayez sous peu.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 is starting up or shutting down. Try again in a moment.</source>
        <translation>PostgreSQL sur %1 est en cours de démarrage ou d&apos;arrêt. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>Cannot reach PostgreSQL at %1: connection refused. Is the server running and is the port right?</source>
        <translation>Impossible de joindre PostgreSQL sur %1 : connexion refusée. Le serveur tourne-t-il et le port est-il correct ?</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 did not answer within %2 s. Is the host up and reachable (firewall, VPN)?</source>
        <translation>PostgreSQL sur %1 n&apos;a pas répondu en %2 s. L&apos;hôte est-il en service et joignable (pare-feu, VPN) ?</translation>
    </message>
    <message>
        <source>Cannot resolve the host name %1. Check the host in the profile.</source>
        <translation>Impossible de résoudre le nom d&apos;hôte %1. Vérifiez l&apos;hôte dans le profil.</translation>
    </message>
    <message>
        <source>Cannot connect to PostgreSQL at %1: %2</source>
        <translation>Impossible de se connecter à PostgreSQL sur %1 : %2</translation>
    </message>
    <message>
        <source>PostgreSQL at %1 refused user %2: %3. Check the user name and password.</source>
        <translation>PostgreSQL sur %1 a refusé l&apos;utilisateur %2 : %3. Vérifiez le nom d&apos;utilisateur et le mot de passe.</translation>
    </message>
    <message>
        <source>The role %1 is not allowed to do &quot;%2&quot;: %3. Sign in with a role that may, or ask an administrator for the grant.</source>
        <translation>Le rôle %1 n&apos;est pas autorisé à « %2 » : %3. Connectez-vous avec un rôle autorisé ou demandez le droit (GRANT) à un administrateur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ran longer than the server&apos;s statement timeout and was stopped.</source>
        <translation>« %1 » a dépassé le statement timeout du serveur et a été arrêté.</translation>
    </message>
    <message>
        <source>The database %1 has no console schema, or an older one (%2). Run &quot;qmctl migrate&quot;, or let the console migrate it.</source>
        <translation>La base de données %1 n&apos;a pas le schéma de la console, ou en a un plus ancien (%2). Exécutez « qmctl migrate » ou laissez la console la migrer.</translation>
    </message>
    <message>
        <source>The database refused &quot;%1&quot;: %2</source>
        <translation>La base de données a refusé « %1 » : %2</translation>
    </message>
    <message>
        <source>Invalid value in &quot;%1&quot;: %2</source>
        <translation>Valeur non valide dans « %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; collided with another change (%2). Try again.</source>
        <translation>« %1 » est entré en conflit avec une autre modification (%2). Réessayez.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2 (SQLSTATE %3)</source>
        <translation>« %1 » a échoué : %2 (SQLSTATE %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: %2</source>
        <translation>« %1 » a échoué : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed: the console misused the database library.</source>
        <translation>« %1 » a échoué : la console a mal utilisé la bibliothèque de base de données.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; returned a value the console cannot read.</source>
        <translation>« %1 » a renvoyé une valeur que la console ne peut pas lire.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; returned an unexpected number of rows.</source>
        <translation>« %1 » a renvoyé un nombre de lignes inattendu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; failed for an unknown reason.</source>
        <translation>« %1 » a échoué pour une raison inconnue.</translation>
    </message>
    <message>
        <source>PostgreSQL at %1</source>
        <translation>PostgreSQL à %1</translation>
    </message>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>libpq cannot read it</source>
        <translation>libpq ne peut pas le lire</translation>
    </message>
    <message>
        <source>; the profile names no CA file, so libpq looked in its default place</source>
        <translation> ; le profil n&apos;indique aucun fichier de CA, donc libpq a cherché à son emplacement par défaut</translation>
    </message>
    <message>
        <source>%1 refused: its certificate could not be verified (expired, or not signed by the CA you chose). Check the CA file in the connection profile, or ask the server&apos;s administrator.</source>
        <translation>%1 refusé : son certificat n&apos;a pas pu être vérifié (expiré, ou non signé par la CA choisie). Vérifiez le fichier de la CA dans le profil de connexion, ou demandez à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>The client key %1 can be read by other users; libpq refuses it. Keep it to its owner: chmod 600 %1</source>
        <translation>La clé client %1 est lisible par d&apos;autres utilisateurs ; libpq la refuse. Réservez-la à son propriétaire : chmod 600 %1</translation>
    </message>
    <message>
        <source>%1 did not accept the client certificate %2 for user %3: the certificate&apos;s name (CN) must be the database user. Use the certificate issued for %3.</source>
        <translation>%1 n&apos;a pas accepté le certificat client %2 pour l&apos;utilisateur %3 : le nom du certificat (CN) doit être l&apos;utilisateur de la base de données. Utilisez le certificat émis pour %3.</translation>
    </message>
    <message>
        <source>libpq cannot use the client certificate %1 or its key %2. Check both paths in the connection profile and that the key belongs to the certificate.</source>
        <translation>libpq ne peut pas utiliser le certificat client %1 ou sa clé %2. Vérifiez les deux chemins dans le profil de connexion et que la clé correspond au certificat.</translation>
    </message>
</context>
<context>
    <name>qm::db::Cluster</name>
    <message>
        <source>The replica has not replayed the latest change yet.</source>
        <translation>La réplica n&apos;a pas encore rejoué la dernière modification.</translation>
    </message>
    <message>
        <source>%1: up, a replica</source>
        <translation>%1 : en service, une réplica</translation>
    </message>
    <message>
        <source>No primary among the configured servers: every server that answered is a replica. Is a failover in progress?</source>
        <translation>Aucun primaire parmi les serveurs configurés : chaque serveur ayant répondu est une réplica. Un failover est-il en cours ?</translation>
    </message>
    <message>
        <source>Cannot reach any PostgreSQL server of the profile: %1</source>
        <translation>Impossible de joindre un serveur PostgreSQL du profil : %1</translation>
    </message>
    <message>
        <source>closing</source>
        <translation>fermeture</translation>
    </message>
    <message>
        <source>no answer to the previous health check yet</source>
        <translation>pas encore de réponse au contrôle de santé précédent</translation>
    </message>
    <message>
        <source>health check</source>
        <translation>contrôle de santé</translation>
    </message>
    <message>
        <source>no answer within %1 s</source>
        <translation>pas de réponse en %1 s</translation>
    </message>
</context>
<context>
    <name>qm::db::Migrator</name>
    <message>
        <source>Migration %1 was changed after it was applied to this database. Migrations are append-only: restore the original file and put the change in a new migration.</source>
        <translation>La migration %1 a été modifiée après avoir été appliquée à cette base de données. Les migrations ne font que s&apos;ajouter : restaurez le fichier d&apos;origine et placez la modification dans une nouvelle migration.</translation>
    </message>
    <message>
        <source>checksum applied %1, file %2</source>
        <translation>somme de contrôle appliquée %1, fichier %2</translation>
    </message>
    <message>
        <source>The migrations folder %1 does not exist.</source>
        <translation>Le dossier des migrations %1 n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Two migrations share version %1: %2 and %3.</source>
        <translation>Deux migrations partagent la version %1 : %2 et %3.</translation>
    </message>
    <message>
        <source>Cannot read the migration %1: %2</source>
        <translation>Impossible de lire la migration %1 : %2</translation>
    </message>
    <message>
        <source>migration %1</source>
        <translation>migration %1</translation>
    </message>
    <message>
        <source>Migration %1 failed and was rolled back; later migrations were not applied. %2</source>
        <translation>La migration %1 a échoué et a été annulée ; les migrations suivantes n&apos;ont pas été appliquées. %2</translation>
    </message>
    <message>
        <source>read the schema version</source>
        <translation>lire la version du schéma</translation>
    </message>
    <message>
        <source>migrate the database</source>
        <translation>migrer la base de données</translation>
    </message>
    <message>
        <source>The migrations&apos; bookkeeping schema &quot;%1&quot; is not a lower-case SQL name.</source>
        <translation>Le schéma de suivi des migrations « %1 » n&apos;est pas un nom SQL en minuscules.</translation>
    </message>
</context>
<context>
    <name>qm::db::Seeder</name>
    <message>
        <source>Cannot read the seed script %1: %2</source>
        <translation>Impossible de lire le script de seed %1 : %2</translation>
    </message>
    <message>
        <source>seed the sandbox</source>
        <translation>alimenter le bac à sable</translation>
    </message>
</context>
<context>
    <name>qm::ha::PatroniClient</name>
    <message>
        <source>Patroni answered without a member list.</source>
        <translation>Patroni a répondu sans liste de membres.</translation>
    </message>
    <message numerus="yes">
        <source>No Patroni member answers (%n API(s) asked).</source>
        <translation>
            <numerusform>Aucun membre Patroni ne répond (%n API interrogée).</numerusform>
            <numerusform>Aucun membre Patroni ne répond (%n API interrogées).</numerusform>
        </translation>
    </message>
    <message>
        <source>Patroni refused the request (HTTP %1).</source>
        <translation>Patroni a refusé la requête (HTTP %1).</translation>
    </message>
    <message>
        <source>Patroni refused the request: %1</source>
        <translation>Patroni a refusé la requête : %1</translation>
    </message>
    <message>
        <source>The leader last reached etcd %1 s ago (more than the leader lock&apos;s ttl of %2 s): without etcd nothing can switch over. Check etcd first.</source>
        <translation>Le leader a joint etcd pour la dernière fois il y a %1 s (plus que le ttl du verrou de leader, %2 s) : sans etcd, aucune bascule n&apos;est possible. Vérifiez d&apos;abord etcd.</translation>
    </message>
    <message>
        <source>Patroni is paused (maintenance mode): someone is working on this cluster and automatic failover is off. Resume it (patronictl resume) before a planned switchover.</source>
        <translation>Patroni est en pause (mode maintenance) : quelqu&apos;un travaille sur ce cluster et le failover automatique est désactivé. Reprenez-le (patronictl resume) avant un switchover planifié.</translation>
    </message>
    <message>
        <source>The cluster has no leader: a switchover needs one. Use a failover to a chosen candidate instead.</source>
        <translation>Le cluster n&apos;a pas de leader : un switchover en a besoin. Utilisez plutôt un failover vers un candidat choisi.</translation>
    </message>
    <message>
        <source>There is no member named &quot;%1&quot; (members: %2).</source>
        <translation>Aucun membre ne s&apos;appelle « %1 » (membres : %2).</translation>
    </message>
    <message>
        <source>%1 is already the leader.</source>
        <translation>%1 est déjà le leader.</translation>
    </message>
    <message>
        <source>%1 is not running (state &quot;%2&quot;): only a running replica can take over.</source>
        <translation>%1 ne tourne pas (état « %2 ») : seul un réplica en marche peut prendre le relais.</translation>
    </message>
    <message>
        <source>%1 has the tag nofailover: Patroni never promotes it. Remove the tag from its configuration (and reload) or choose another candidate.</source>
        <translation>%1 porte le tag nofailover : Patroni ne le promeut jamais. Retirez le tag de sa configuration (et rechargez-la) ou choisissez un autre candidat.</translation>
    </message>
    <message>
        <source>%1&apos;s replication lag is unknown (it does not stream from the leader): Patroni cannot tell whether it has all the data.</source>
        <translation>Le retard de réplication de %1 est inconnu (il ne reçoit pas le flux du leader) : Patroni ne peut pas savoir s&apos;il a toutes les données.</translation>
    </message>
    <message>
        <source>%1 lags %2 MiB behind the leader, more than maximum_lag_on_failover (%3 MiB): wait until it catches up.</source>
        <translation>%1 a %2 Mio de retard sur le leader, plus que maximum_lag_on_failover (%3 Mio) : attendez qu&apos;il rattrape son retard.</translation>
    </message>
    <message>
        <source>%1 is on timeline %2 but the leader %3 is on timeline %4: it follows an older history and must be rebuilt (patronictl reinit) before it can take over.</source>
        <translation>%1 est sur la timeline %2 mais le leader %3 est sur la timeline %4 : il suit un historique plus ancien et doit être reconstruit (patronictl reinit) avant de pouvoir prendre le relais.</translation>
    </message>
    <message>
        <source>No Patroni member answers: check that Patroni runs (%1).</source>
        <translation>Aucun membre Patroni ne répond : vérifiez que Patroni tourne (%1).</translation>
    </message>
    <message>
        <source>it last reached etcd %1 s ago</source>
        <translation>il a joint etcd pour la dernière fois il y a %1 s</translation>
    </message>
    <message>
        <source>it has not reached etcd</source>
        <translation>il n&apos;a pas joint etcd</translation>
    </message>
    <message>
        <source>Patroni answers on %1 but cannot read the cluster from etcd (%2): without etcd there is no leader lock to hand over. Bring etcd back first.</source>
        <translation>Patroni répond sur %1 mais ne peut pas lire le cluster depuis etcd (%2) : sans etcd, il n&apos;y a pas de verrou de leader à transmettre. Rétablissez d&apos;abord etcd.</translation>
    </message>
    <message>
        <source>The leader %1 does not answer on its REST API (%2): Patroni cannot hand over from it.</source>
        <translation>Le leader %1 ne répond pas sur son API REST (%2) : Patroni ne peut pas lui reprendre la main.</translation>
    </message>
    <message>
        <source>%1 The last one: %2</source>
        <translation>%1 Le dernier : %2</translation>
    </message>
</context>
<context>
    <name>qm::http::JsonClient</name>
    <message>
        <source>%1 did not answer within %2 ms.</source>
        <translation>%1 n&apos;a pas répondu en %2 ms.</translation>
    </message>
    <message>
        <source>%1 closed the connection before answering. Try again.</source>
        <translation>%1 a fermé la connexion avant de répondre. Réessayez.</translation>
    </message>
    <message>
        <source>Cannot reach %1: connection refused. Is the service running?</source>
        <translation>Impossible de joindre %1 : connexion refusée. Le service tourne-t-il ?</translation>
    </message>
    <message>
        <source>Cannot reach %1: host not found. Check the address in the connection profile.</source>
        <translation>Impossible de joindre %1 : hôte introuvable. Vérifiez l&apos;adresse dans le profil de connexion.</translation>
    </message>
    <message>
        <source>Cannot reach %1: the TLS handshake failed. Check the certificate settings in the connection profile.</source>
        <translation>Impossible de joindre %1 : la négociation TLS a échoué. Vérifiez les paramètres de certificat dans le profil de connexion.</translation>
    </message>
    <message>
        <source>%1 answered something that is not valid HTTP.</source>
        <translation>%1 a répondu quelque chose qui n&apos;est pas du HTTP valide.</translation>
    </message>
    <message>
        <source>Cannot reach %1: %2.</source>
        <translation>Impossible de joindre %1 : %2.</translation>
    </message>
    <message>
        <source>%1 answered with invalid JSON (%2 at byte %3).</source>
        <translation>%1 a répondu avec du JSON non valide (%2 à l&apos;octet %3).</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 %3.</source>
        <translation>%1 a répondu HTTP %2 %3.</translation>
    </message>
    <message>
        <source>The request to %1 was cancelled.</source>
        <translation>La requête vers %1 a été annulée.</translation>
    </message>
    <message>
        <source>%1 answered with more than %2 MB: refused. Ask for a shorter time range, a coarser step or fewer series.</source>
        <translation>%1 a répondu avec plus de %2 Mo : refusé. Demandez une période plus courte, un pas plus grossier ou moins de séries.</translation>
    </message>
</context>
<context>
    <name>qm::inventory::StockService</name>
    <message>
        <source>load stock</source>
        <translation>charger le stock</translation>
    </message>
    <message>
        <source>load the stock ledger</source>
        <translation>charger le journal de stock</translation>
    </message>
    <message>
        <source>load reservations</source>
        <translation>charger les réservations</translation>
    </message>
    <message>
        <source>load low stock</source>
        <translation>charger le stock faible</translation>
    </message>
    <message>
        <source>check stock against the ledger</source>
        <translation>vérifier le stock par rapport au journal</translation>
    </message>
    <message>
        <source>load movement reasons</source>
        <translation>charger les motifs de mouvement</translation>
    </message>
    <message>
        <source>load warehouses</source>
        <translation>charger les entrepôts</translation>
    </message>
    <message>
        <source>read my permissions</source>
        <translation>lire mes droits</translation>
    </message>
    <message>
        <source>export the stock ledger</source>
        <translation>exporter le journal de stock</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>The server sent a ledger row the export cannot read.</source>
        <translation>Le serveur a envoyé une ligne de journal que l&apos;exportation ne peut pas lire.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>L&apos;enregistrement de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>adjust stock</source>
        <translation>ajuster le stock</translation>
    </message>
    <message>
        <source>record a stock count</source>
        <translation>enregistrer un comptage de stock</translation>
    </message>
    <message>
        <source>release a reservation</source>
        <translation>libérer une réservation</translation>
    </message>
    <message>
        <source>release expired reservations</source>
        <translation>libérer les réservations expirées</translation>
    </message>
    <message>
        <source>repair stock drift</source>
        <translation>réparer l&apos;écart de stock</translation>
    </message>
    <message>
        <source>Vendure took the change, but variant %1 has no stock level at location %2 in the console&apos;s views.</source>
        <translation>Vendure a accepté la modification, mais la variante %1 n&apos;a pas de niveau de stock à l&apos;emplacement %2 dans les vues de la console.</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Stock physique</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Balises</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Not sortable: sorting needs an index on the server (SKU, name, price, updated)</source>
        <translation>Non triable : le tri nécessite un index sur le serveur (SKU, nom, prix, mis à jour)</translation>
    </message>
    <message>
        <source>Not applied yet. Saved value: %1</source>
        <translation>Pas encore appliqué. Valeur enregistrée : %1</translation>
    </message>
    <message>
        <source>A SKU has 1 to 64 characters.</source>
        <translation>Un SKU compte de 1 à 64 caractères.</translation>
    </message>
    <message>
        <source>A name has 1 to 300 characters.</source>
        <translation>Un nom compte de 1 à 300 caractères.</translation>
    </message>
    <message>
        <source>Status is draft, active or archived.</source>
        <translation>Le statut est brouillon (draft), actif (active) ou archivé (archived).</translation>
    </message>
    <message>
        <source>A currency is a 3-letter ISO code, e.g. EUR.</source>
        <translation>Une devise est un code ISO de 3 lettres, p. ex. EUR.</translation>
    </message>
    <message>
        <source>This column cannot be edited.</source>
        <translation>Cette colonne ne peut pas être modifiée.</translation>
    </message>
</context>
<context>
    <name>qm::models::SetFieldCommand</name>
    <message>
        <source>Edit %1 of %2</source>
        <translation>Modifier %1 de %2</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Stock physique</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Faible à partir de</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
</context>
<context>
    <name>qm::models::StockListModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Warehouse</source>
        <translation>Entrepôt</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Commande</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <source>Cart</source>
        <translation>Panier</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Créée</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Stock physique</translation>
    </message>
    <message>
        <source>Ledger sum</source>
        <translation>Somme du journal</translation>
    </message>
    <message>
        <source>Reserved</source>
        <translation>Réservé</translation>
    </message>
    <message>
        <source>Held by carts</source>
        <translation>Retenu par des paniers</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <source>Low at</source>
        <translation>Faible à partir de</translation>
    </message>
    <message>
        <source>held, expired</source>
        <translation>retenue, expirée</translation>
    </message>
</context>
<context>
    <name>qm::orders</name>
    <message>
        <source>Order %1 was not found.</source>
        <translation>La commande %1 est introuvable.</translation>
    </message>
    <message>
        <source>load orders</source>
        <translation>charger les commandes</translation>
    </message>
    <message>
        <source>load order %1</source>
        <translation>charger la commande %1</translation>
    </message>
    <message>
        <source>update order %1</source>
        <translation>mettre à jour la commande %1</translation>
    </message>
    <message>
        <source>read permissions</source>
        <translation>lire les droits</translation>
    </message>
    <message>
        <source>read order flow</source>
        <translation>lire le flux de commandes</translation>
    </message>
</context>
<context>
    <name>qm::orders::OrderFlowHealth</name>
    <message>
        <source>Checkout looks broken: %1 orders in the last minute, about %2 expected</source>
        <translation>Le paiement semble cassé : %1 commandes dans la dernière minute, environ %2 attendues</translation>
    </message>
    <message>
        <source>Orders are slow: %1 in the last minute, about %2 expected</source>
        <translation>Les commandes sont lentes : %1 dans la dernière minute, environ %2 attendues</translation>
    </message>
    <message>
        <source>%1 % of payments are failing</source>
        <translation>%1 % des paiements échouent</translation>
    </message>
    <message>
        <source>%1 % of payments failed in the last 15 minutes</source>
        <translation>%1 % des paiements ont échoué au cours des 15 dernières minutes</translation>
    </message>
    <message numerus="yes">
        <source>%n paid order(s) not picked in time</source>
        <translation>
            <numerusform>%n commande payée non préparée à temps</numerusform>
            <numerusform>%n commandes payées non préparées à temps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) held by more open carts than are in stock</source>
        <translation>
            <numerusform>%n article retenu par plus de paniers ouverts qu&apos;il n&apos;y en a en stock</numerusform>
            <numerusform>%n articles retenus par plus de paniers ouverts qu&apos;il n&apos;y en a en stock</numerusform>
        </translation>
    </message>
    <message>
        <source>Order flow normal</source>
        <translation>Flux de commandes normal</translation>
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
        <translation>client « %1 »</translation>
    </message>
    <message numerus="yes">
        <source>last %n hour(s)</source>
        <translation>
            <numerusform>dernière %n heure</numerusform>
            <numerusform>%n dernières heures</numerusform>
        </translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>depuis %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <translation>jusqu&apos;à %1</translation>
    </message>
    <message>
        <source>All orders</source>
        <translation>Toutes les commandes</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <source>Picking</source>
        <translation>En préparation</translation>
    </message>
    <message>
        <source>Shipped</source>
        <translation>Expédiée</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Livrée</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Remboursée</translation>
    </message>
</context>
<context>
    <name>qm::payments::PaymentStatus</name>
    <message>
        <source>%1 has no maintenance mode or payment providers the console can switch: they belong to the reference store&apos;s storefront.</source>
        <translation>%1 n&apos;a ni mode maintenance ni prestataires de paiement que la console puisse basculer : ils appartiennent à la vitrine de la boutique de référence.</translation>
    </message>
</context>
<context>
    <name>qm::queues</name>
    <message>
        <source>Stopped by the user.</source>
        <translation>Arrêté par l&apos;utilisateur.</translation>
    </message>
</context>
<context>
    <name>qm::queues::ClaimPendingAction</name>
    <message>
        <source>Claim the entries of %1 pending for over %2 s</source>
        <translation>Réattribuer les entrées de %1 en attente depuis plus de %2 s</translation>
    </message>
    <message>
        <source>read the pending entries of %1</source>
        <translation>lire les entrées en attente de %1</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entrées</translation>
    </message>
    <message numerus="yes">
        <source>%1 of %2, idle %3 s, delivered %n time(s)</source>
        <translation>
            <numerusform>%1 de %2, inactive %3 s, livrée %n fois</numerusform>
            <numerusform>%1 de %2, inactive %3 s, livrée %n fois</numerusform>
        </translation>
    </message>
    <message>
        <source>read the consumers of %1</source>
        <translation>lire les consommateurs de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 holds %n of them</source>
        <translation>
            <numerusform>%1 en détient %n</numerusform>
            <numerusform>%1 en détient %n</numerusform>
        </translation>
    </message>
    <message>
        <source>No entry of %1 has been pending that long.</source>
        <translation>Aucune entrée de %1 n&apos;est en attente depuis si longtemps.</translation>
    </message>
    <message>
        <source>No live consumer in %1 to take the entries over: start a worker first.</source>
        <translation>Aucun consommateur actif dans %1 pour reprendre les entrées : démarrez d&apos;abord un worker.</translation>
    </message>
    <message>
        <source>They go to %1, which processes them on its next pending read.</source>
        <translation>Elles vont à %1, qui les traite à sa prochaine lecture des entrées en attente.</translation>
    </message>
    <message>
        <source>claim entries</source>
        <translation>réattribuer des entrées</translation>
    </message>
    <message>
        <source>Claiming for %1</source>
        <translation>Réattribution à %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entries claimed for %1</source>
        <translation>
            <numerusform>%n entrée réattribuée à %1</numerusform>
            <numerusform>%n entrées réattribuées à %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pending entries no longer existed (removed from the group)</source>
        <translation>
            <numerusform>%n entrée en attente n&apos;existait plus (retirée du groupe)</numerusform>
            <numerusform>%n entrées en attente n&apos;existaient plus (retirées du groupe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n entries of %1 are still pending that long</source>
        <translation>
            <numerusform>%n entrée de %1 est toujours en attente depuis si longtemps</numerusform>
            <numerusform>%n entrées de %1 sont toujours en attente depuis si longtemps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::queues::QueueReader</name>
    <message>
        <source>The Redis user may not %1 (the server&apos;s ACL refuses it).</source>
        <translation>L&apos;utilisateur Redis n&apos;a pas le droit de %1 (l&apos;ACL du serveur le refuse).</translation>
    </message>
    <message>
        <source>Redis refused to %1.</source>
        <translation>Redis a refusé de %1.</translation>
    </message>
    <message>
        <source>read the stream %1</source>
        <translation>lire le stream %1</translation>
    </message>
    <message>
        <source>read the groups of %1</source>
        <translation>lire les groupes de %1</translation>
    </message>
    <message>
        <source>read the dead letters</source>
        <translation>lire les lettres mortes</translation>
    </message>
</context>
<context>
    <name>qm::queues::ReplayDeadLettersAction</name>
    <message>
        <source>Replay the dead letters of %1</source>
        <translation>Rejouer les lettres mortes de %1</translation>
    </message>
    <message>
        <source>every task</source>
        <translation>toutes les tâches</translation>
    </message>
    <message numerus="yes">
        <source>Replay %n dead letter(s)</source>
        <translation>
            <numerusform>Rejouer %n lettre morte</numerusform>
            <numerusform>Rejouer %n lettres mortes</numerusform>
        </translation>
    </message>
    <message>
        <source>dead letters</source>
        <translation>lettres mortes</translation>
    </message>
    <message numerus="yes">
        <source>%1: order %2, %3 after %n attempt(s): %4</source>
        <translation>
            <numerusform>%1 : commande %2, %3 après %n tentative : %4</numerusform>
            <numerusform>%1 : commande %2, %3 après %n tentatives : %4</numerusform>
        </translation>
    </message>
    <message>
        <source>Each dead letter goes back to %1 for its task only (attempt 1), once: a marker records it, and the workers skip an order&apos;s task that is done.</source>
        <translation>Chaque lettre morte retourne dans %1 pour sa seule tâche (tentative 1), une fois : un marqueur l&apos;enregistre, et les workers sautent la tâche déjà faite d&apos;une commande.</translation>
    </message>
    <message>
        <source>There are no dead letters to replay.</source>
        <translation>Il n&apos;y a aucune lettre morte à rejouer.</translation>
    </message>
    <message>
        <source>replay a dead letter</source>
        <translation>rejouer une lettre morte</translation>
    </message>
    <message>
        <source>Replaying dead letters</source>
        <translation>Rejeu des lettres mortes</translation>
    </message>
    <message numerus="yes">
        <source>%n dead letter(s) replayed</source>
        <translation>
            <numerusform>%n lettre morte rejouée</numerusform>
            <numerusform>%n lettres mortes rejouées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n had been replayed before (not added again)</source>
        <translation>
            <numerusform>%n avait déjà été rejouée (pas ajoutée à nouveau)</numerusform>
            <numerusform>%n avaient déjà été rejouées (pas ajoutées à nouveau)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n were gone already</source>
        <translation>
            <numerusform>%n avait déjà disparu</numerusform>
            <numerusform>%n avaient déjà disparu</numerusform>
        </translation>
    </message>
    <message>
        <source>read the dead letters</source>
        <translation>lire les lettres mortes</translation>
    </message>
    <message>
        <source>%1 of %2 planned dead letters are still there; %3 have no replay marker</source>
        <translation>%1 des %2 lettres mortes prévues sont toujours là ; %3 n&apos;ont pas de marqueur de rejeu</translation>
    </message>
    <message>
        <source>read a replay marker</source>
        <translation>lire un marqueur de relecture</translation>
    </message>
    <message>
        <source>The Redis master changed during the replay; followed it to %1.</source>
        <translation>Le master Redis a changé pendant la relecture ; suivi jusqu&apos;à %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n replay(s) lost in the failover were done again</source>
        <translation>
            <numerusform>%n relecture perdue lors du failover a été refaite</numerusform>
            <numerusform>%n relectures perdues lors du failover ont été refaites</numerusform>
        </translation>
    </message>
    <message>
        <source>No replica has acknowledged the replays yet.</source>
        <translation>Aucune réplica n&apos;a encore confirmé les relectures.</translation>
    </message>
</context>
<context>
    <name>qm::queues::StreamClient</name>
    <message>
        <source>No Redis master serves the key %1 (the cluster is missing slots).</source>
        <translation>Aucun master Redis ne sert la clé %1 (il manque des slots au cluster).</translation>
    </message>
    <message>
        <source>The Redis master for %1 did not answer within %2 s: %3</source>
        <translation>Le master Redis de %1 n&apos;a pas répondu dans les %2 s : %3</translation>
    </message>
</context>
<context>
    <name>qm::queues::TrimStreamAction</name>
    <message>
        <source>Trim %1 to its newest %2 entries</source>
        <translation>Tronquer %1 à ses %2 entrées les plus récentes</translation>
    </message>
    <message>
        <source>entries</source>
        <translation>entrées</translation>
    </message>
    <message>
        <source>read %1</source>
        <translation>lire %1</translation>
    </message>
    <message>
        <source>Group %1 has entries that would go before it acknowledged them (oldest pending %2, last delivered %3).</source>
        <translation>Le groupe %1 a des entrées qui partiraient avant qu&apos;il les ait acquittées (plus ancienne en attente %2, dernière livrée %3).</translation>
    </message>
    <message>
        <source>%1 has %2 entries; %3 would go.</source>
        <translation>%1 a %2 entrées ; %3 partiraient.</translation>
    </message>
    <message>
        <source>Nothing to trim: the stream has %1 entries.</source>
        <translation>Rien à tronquer : le stream a %1 entrées.</translation>
    </message>
    <message>
        <source>Trimming would drop entries that a group has not acknowledged. Claim or process them first, or force the trim.</source>
        <translation>La troncature supprimerait des entrées qu&apos;un groupe n&apos;a pas acquittées. Réattribuez-les ou traitez-les d&apos;abord, ou forcez la troncature.</translation>
    </message>
    <message>
        <source>trim the stream</source>
        <translation>tronquer le stream</translation>
    </message>
    <message numerus="yes">
        <source>%n entries trimmed</source>
        <translation>
            <numerusform>%n entrée tronquée</numerusform>
            <numerusform>%n entrées tronquées</numerusform>
        </translation>
    </message>
    <message>
        <source>read the stream&apos;s length</source>
        <translation>lire la longueur du stream</translation>
    </message>
    <message>
        <source>%1 has %2 entries now</source>
        <translation>%1 a maintenant %2 entrées</translation>
    </message>
</context>
<context>
    <name>qm::redis::Client</name>
    <message>
        <source>The Redis client was closed before the command was sent.</source>
        <translation>Le client Redis a été fermé avant l&apos;envoi de la commande.</translation>
    </message>
    <message>
        <source>The Redis connection to %1 was closed before the reply arrived.</source>
        <translation>La connexion Redis vers %1 a été fermée avant l&apos;arrivée de la réponse.</translation>
    </message>
    <message>
        <source>Disconnected from Redis at %1 before the reply arrived.</source>
        <translation>Déconnecté de Redis sur %1 avant l&apos;arrivée de la réponse.</translation>
    </message>
    <message>
        <source>This Redis client cannot run %1: it needs a dedicated connection.</source>
        <translation>Ce client Redis ne peut pas exécuter %1 : il faut une connexion dédiée.</translation>
    </message>
    <message>
        <source>This Redis client cannot run %1 in a pipeline.</source>
        <translation>Ce client Redis ne peut pas exécuter %1 dans un pipeline.</translation>
    </message>
    <message>
        <source>A blocking Redis call was refused on the GUI thread.</source>
        <translation>Un appel Redis bloquant a été refusé sur le thread GUI.</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer within %2 ms.</source>
        <translation>Redis sur %1 n&apos;a pas répondu en %2 ms.</translation>
    </message>
    <message>
        <source> for user %1</source>
        <translation> pour l&apos;utilisateur %1</translation>
    </message>
    <message>
        <source>Redis at %1 refused the credentials%2. Check the user name and password in the connection profile.</source>
        <translation>Redis sur %1 a refusé les identifiants%2. Vérifiez le nom d&apos;utilisateur et le mot de passe dans le profil de connexion.</translation>
    </message>
    <message>
        <source>Redis at %1 refused to select database %2. Check the database number in the connection profile.</source>
        <translation>Redis sur %1 a refusé de sélectionner la base de données %2. Vérifiez le numéro de base de données dans le profil de connexion.</translation>
    </message>
    <message>
        <source>a reply nobody asked for</source>
        <translation>une réponse que personne n&apos;a demandée</translation>
    </message>
    <message>
        <source>Redis at %1 sent something that is not a valid reply (%2). The connection was closed; the next command reconnects.</source>
        <translation>Redis sur %1 a envoyé quelque chose qui n&apos;est pas une réponse valide (%2). La connexion a été fermée ; la prochaine commande se reconnecte.</translation>
    </message>
    <message>
        <source>connection refused</source>
        <translation>connexion refusée</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>hôte introuvable</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>délai dépassé</translation>
    </message>
    <message>
        <source>the server closed the connection</source>
        <translation>le serveur a fermé la connexion</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>erreur réseau</translation>
    </message>
    <message>
        <source>TLS handshake failed</source>
        <translation>échec de la négociation TLS</translation>
    </message>
    <message>
        <source>socket error</source>
        <translation>erreur de socket</translation>
    </message>
    <message>
        <source>Cannot reach Redis at %1: %2. Check the host name in the connection profile.</source>
        <translation>Impossible de joindre Redis sur %1 : %2. Vérifiez le nom d&apos;hôte dans le profil de connexion.</translation>
    </message>
    <message>
        <source>Cannot reach Redis at %1: %2. Is redis-server running?</source>
        <translation>Impossible de joindre Redis sur %1 : %2. redis-server tourne-t-il ?</translation>
    </message>
    <message>
        <source>Lost the connection to Redis at %1: %2. Commands in flight may or may not have run; check before retrying. The next command reconnects.</source>
        <translation>Connexion à Redis sur %1 perdue : %2. Les commandes en cours ont peut-être été exécutées, ou pas ; vérifiez avant de réessayer. La prochaine commande se reconnecte.</translation>
    </message>
    <message>
        <source>no answer within %1 ms</source>
        <translation>pas de réponse en %1 ms</translation>
    </message>
    <message>
        <source>Redis at %1 did not answer within %2 ms. The connection was reset; commands in flight may or may not have run.</source>
        <translation>Redis sur %1 n&apos;a pas répondu en %2 ms. La connexion a été réinitialisée ; les commandes en cours ont peut-être été exécutées, ou pas.</translation>
    </message>
    <message>
        <source>Redis at %1</source>
        <translation>Redis à %1</translation>
    </message>
</context>
<context>
    <name>qm::redis::RespReader</name>
    <message>
        <source>out of memory</source>
        <translation>mémoire épuisée</translation>
    </message>
</context>
<context>
    <name>qm::redis::Scanner</name>
    <message>
        <source>Redis at %1 refused SCAN: %2</source>
        <translation>Redis sur %1 a refusé SCAN : %2</translation>
    </message>
    <message>
        <source>Redis at %1 answered SCAN with something unexpected.</source>
        <translation>Redis sur %1 a répondu à SCAN de façon inattendue.</translation>
    </message>
    <message>
        <source>The scan of %1 was cancelled after %2 keys.</source>
        <translation>L&apos;analyse de %1 a été annulée après %2 clés.</translation>
    </message>
    <message>
        <source>Redis refused UNLINK: %1</source>
        <translation>Redis a refusé UNLINK : %1</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::BackupSteps</name>
    <message>
        <source>no pgBackRest stanza: give the step a &quot;stanza&quot; (and &quot;config&quot;), or run it against an HA sandbox (QM_SANDBOX_DIR with ha.json)</source>
        <translation>pas de stanza pgBackRest : donnez à l&apos;étape une « stanza » (et « config »), ou lancez-la sur un bac à sable HA (QM_SANDBOX_DIR avec ha.json)</translation>
    </message>
    <message>
        <source>there is no user account &quot;%1&quot; to run pgBackRest and PostgreSQL as</source>
        <translation>il n&apos;y a pas de compte utilisateur « %1 » sous lequel exécuter pgBackRest et PostgreSQL</translation>
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
        <translation>pgBackRest n&apos;a pas pu être démarré (est-il installé ?)</translation>
    </message>
    <message>
        <source>pgbackrest info failed (exit code %1)</source>
        <translation>pgbackrest info a échoué (code de sortie %1)</translation>
    </message>
    <message>
        <source>pgbackrest info gave no stanza</source>
        <translation>pgbackrest info n&apos;a renvoyé aucune stanza</translation>
    </message>
    <message>
        <source>stanza %1 has no backup (%2)</source>
        <translation>la stanza %1 n&apos;a pas de sauvegarde (%2)</translation>
    </message>
    <message>
        <source>the latest pgBackRest backup: its age, type and the WAL archive range</source>
        <translation>la dernière sauvegarde pgBackRest : son âge, son type et la plage de l&apos;archive WAL</translation>
    </message>
    <message>
        <source>latest backup %1 (%2), %3 old; WAL archive %4 … %5</source>
        <translation>dernière sauvegarde %1 (%2), âgée de %3 ; archive WAL %4 … %5</translation>
    </message>
    <message>
        <source> (at most %1 expected)</source>
        <translation> (au plus %1 attendu)</translation>
    </message>
    <message>
        <source>; no WAL is archived</source>
        <translation> ; aucun WAL n&apos;est archivé</translation>
    </message>
    <message>
        <source>Read pgBackRest&apos;s latest backup and expect it at most %1 old</source>
        <translation>Lire la dernière sauvegarde de pgBackRest et s&apos;attendre à ce qu&apos;elle ait au plus %1</translation>
    </message>
    <message>
        <source>Read pgBackRest&apos;s latest backup</source>
        <translation>Lire la dernière sauvegarde de pgBackRest</translation>
    </message>
    <message>
        <source>now: %1 (%2)</source>
        <translation>maintenant : %1 (%2)</translation>
    </message>
    <message>
        <source>would pass</source>
        <translation>réussirait</translation>
    </message>
    <message>
        <source>would fail</source>
        <translation>échouerait</translation>
    </message>
    <message>
        <source>now: cannot run it: %1</source>
        <translation>maintenant : impossible de l&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>&quot;ports&quot; must be a port or a range such as 23440-23449, not %1</source>
        <translation>« ports » doit être un port ou une plage comme 23440-23449, pas %1</translation>
    </message>
    <message>
        <source>no free loopback port in %1 for the scratch server</source>
        <translation>aucun port loopback libre dans %1 pour le serveur temporaire</translation>
    </message>
    <message>
        <source>pg_ctl stop: %1</source>
        <translation>pg_ctl stop : %1</translation>
    </message>
    <message>
        <source>the scratch server (pid %1) did not stop</source>
        <translation>le serveur temporaire (pid %1) ne s&apos;est pas arrêté</translation>
    </message>
    <message>
        <source>%1 could not be removed</source>
        <translation>%1 n&apos;a pas pu être supprimé</translation>
    </message>
    <message>
        <source>scratch server stopped and %1 removed</source>
        <translation>serveur temporaire arrêté et %1 supprimé</translation>
    </message>
    <message>
        <source>restore the latest backup into a scratch PostgreSQL, check it, measure RTO and RPO, remove it</source>
        <translation>restaurer la dernière sauvegarde dans un PostgreSQL temporaire, la vérifier, mesurer RTO et RPO, la supprimer</translation>
    </message>
    <message>
        <source>&quot;ports&quot; is a port or a range such as 23440-23449</source>
        <translation>« ports » est un port ou une plage comme 23440-23449</translation>
    </message>
    <message>
        <source>%1 is missing: PostgreSQL %2&apos;s server is needed for the scratch copy</source>
        <translation>%1 est absent : le serveur de PostgreSQL %2 est nécessaire pour la copie temporaire</translation>
    </message>
    <message>
        <source>the scratch folder %1 does not exist</source>
        <translation>le dossier temporaire %1 n&apos;existe pas</translation>
    </message>
    <message>
        <source>Restore drill of stanza %1: no backup to restore</source>
        <translation>Exercice de restauration de la stanza %1 : aucune sauvegarde à restaurer</translation>
    </message>
    <message>
        <source>Restore backup %1 (%2, %3 old) with recovery to the end of the WAL archive into a scratch PostgreSQL, check it, measure RTO and RPO, remove it</source>
        <translation>Restaurer la sauvegarde %1 (%2, âgée de %3) avec récupération jusqu&apos;à la fin de l&apos;archive WAL dans un PostgreSQL temporaire, la vérifier, mesurer RTO et RPO, la supprimer</translation>
    </message>
    <message>
        <source>scratch folder under %1, a free loopback port%2, WAL archiving off</source>
        <translation>dossier temporaire sous %1, un port loopback libre%2, archivage WAL désactivé</translation>
    </message>
    <message>
        <source> in %1</source>
        <translation> dans %1</translation>
    </message>
    <message>
        <source>WAL archive %1 … %2</source>
        <translation>archive WAL %1 … %2</translation>
    </message>
    <message>
        <source>checks: %1</source>
        <translation>vérifications : %1</translation>
    </message>
    <message>
        <source>nothing on the store&apos;s servers changes; the restored copy is removed afterwards, also when the drill fails or is cancelled</source>
        <translation>rien ne change sur les serveurs de la boutique ; la copie restaurée est supprimée ensuite, même si l&apos;exercice échoue ou est annulé</translation>
    </message>
    <message>
        <source>cannot make a scratch folder under %1: %2</source>
        <translation>impossible de créer un dossier temporaire sous %1 : %2</translation>
    </message>
    <message>
        <source>cancelled; the scratch copy is removed</source>
        <translation>annulé ; la copie temporaire est supprimée</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>cannot prepare %1 for PostgreSQL&apos;s account</source>
        <translation>impossible de préparer %1 pour le compte de PostgreSQL</translation>
    </message>
    <message>
        <source>cannot write the scratch server&apos;s configuration</source>
        <translation>impossible d&apos;écrire la configuration du serveur temporaire</translation>
    </message>
    <message>
        <source>restoring backup %1 (%2) of stanza %3 into %4, port %5</source>
        <translation>restauration de la sauvegarde %1 (%2) de la stanza %3 dans %4, port %5</translation>
    </message>
    <message>
        <source>pgbackrest restore did not finish before the deadline</source>
        <translation>pgbackrest restore n&apos;a pas fini avant l&apos;échéance</translation>
    </message>
    <message>
        <source>pgbackrest restore failed (exit code %1)</source>
        <translation>pgbackrest restore a échoué (code de sortie %1)</translation>
    </message>
    <message>
        <source>files restored in %1 s; starting PostgreSQL to replay the archived WAL</source>
        <translation>fichiers restaurés en %1 s ; démarrage de PostgreSQL pour rejouer le WAL archivé</translation>
    </message>
    <message>
        <source>the scratch PostgreSQL did not start</source>
        <translation>le PostgreSQL temporaire n&apos;a pas démarré</translation>
    </message>
    <message>
        <source>the restored copy did not become queryable before the deadline</source>
        <translation>la copie restaurée n&apos;est pas devenue interrogeable avant l&apos;échéance</translation>
    </message>
    <message>
        <source>the scratch PostgreSQL stopped during recovery</source>
        <translation>le PostgreSQL temporaire s&apos;est arrêté pendant la récupération</translation>
    </message>
    <message>
        <source>the copy answers read-only queries after %1 s; replaying WAL</source>
        <translation>la copie répond aux requêtes en lecture seule après %1 s ; rejeu du WAL</translation>
    </message>
    <message>
        <source>recovery ended; the restored copy is queryable: RTO %1 s</source>
        <translation>récupération terminée ; la copie restaurée est interrogeable : RTO %1 s</translation>
    </message>
    <message>
        <source>the restored copy runs with archive_mode=%1: it could write into the backup repository; stopped</source>
        <translation>la copie restaurée tourne avec archive_mode=%1 : elle pourrait écrire dans le dépôt de sauvegardes ; arrêtée</translation>
    </message>
    <message>
        <source>the check query failed on the restored copy</source>
        <translation>la requête de vérification a échoué sur la copie restaurée</translation>
    </message>
    <message>
        <source>no database connection for this run</source>
        <translation>aucune connexion à la base de données pour cette exécution</translation>
    </message>
    <message>
        <source>unknown (no order in the copy)</source>
        <translation>inconnu (aucune commande dans la copie)</translation>
    </message>
    <message>
        <source>orders: %1 in the copy (last %2), %3 on the primary (last %4): RPO %5</source>
        <translation>commandes : %1 dans la copie (dernière %2), %3 sur le primaire (dernière %4) : RPO %5</translation>
    </message>
    <message>
        <source>restored %1 and recovered it in %2 s (RTO); last order %3 behind the primary (RPO); %4 of %5 orders</source>
        <translation>%1 restaurée et récupérée en %2 s (RTO) ; dernière commande %3 derrière le primaire (RPO) ; %4 commandes sur %5</translation>
    </message>
    <message>
        <source>RTO above %1</source>
        <translation>RTO au-dessus de %1</translation>
    </message>
    <message>
        <source>RPO above %1</source>
        <translation>RPO au-dessus de %1</translation>
    </message>
    <message>
        <source>no RTO was measured</source>
        <translation>aucun RTO n&apos;a été mesuré</translation>
    </message>
    <message>
        <source>%1 is still there</source>
        <translation>%1 est toujours là</translation>
    </message>
    <message>
        <source>the scratch server (pid %1) still runs</source>
        <translation>le serveur temporaire (pid %1) tourne encore</translation>
    </message>
    <message>
        <source>RTO %1 s, RPO %2 s; the scratch server and its folder are gone</source>
        <translation>RTO %1 s, RPO %2 s ; le serveur temporaire et son dossier ont disparu</translation>
    </message>
    <message>
        <source>pgBackRest backups are read on Unix only</source>
        <translation>Les sauvegardes pgBackRest ne sont lues que sous Unix</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::BuiltinSteps</name>
    <message>
        <source>now: %1 (%2)</source>
        <translation>maintenant : %1 (%2)</translation>
    </message>
    <message>
        <source>would pass</source>
        <translation>réussirait</translation>
    </message>
    <message>
        <source>would fail</source>
        <translation>échouerait</translation>
    </message>
    <message>
        <source>now: cannot run it: %1</source>
        <translation>maintenant : impossible de l&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>a read-only query on the primary or a replica, and what it must return</source>
        <translation>une requête en lecture seule sur le primaire ou un réplica, et ce qu&apos;elle doit renvoyer</translation>
    </message>
    <message>
        <source>&quot;params&quot; must be a list ($1, $2...)</source>
        <translation>« params » doit être une liste ($1, $2...)</translation>
    </message>
    <message>
        <source>Run a read-only query on the %1 and expect %2</source>
        <translation>Exécuter une requête en lecture seule sur le %1 et attendre %2</translation>
    </message>
    <message>
        <source>a read-only Redis command (PING, INFO field, ROLE...) and what it must return</source>
        <translation>une commande Redis en lecture seule (PING, champ INFO, ROLE...) et ce qu&apos;elle doit renvoyer</translation>
    </message>
    <message>
        <source>a check runs only read-only commands (%1), not &quot;%2&quot;</source>
        <translation>une vérification n&apos;exécute que des commandes en lecture seule (%1), pas « %2 »</translation>
    </message>
    <message>
        <source>Redis has no replica to check</source>
        <translation>Redis n&apos;a pas de réplica à vérifier</translation>
    </message>
    <message>
        <source>Redis has no master</source>
        <translation>Redis n&apos;a pas de master</translation>
    </message>
    <message>
        <source>Ask Redis %1 and expect %2</source>
        <translation>Demander %1 à Redis et attendre %2</translation>
    </message>
    <message>
        <source>preview long-running or idle-in-transaction sessions, then cancel or terminate them</source>
        <translation>prévisualiser les sessions longues ou inactives dans une transaction, puis les annuler ou les terminer</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>no database connection for this run</source>
        <translation>aucune connexion à la base de données pour cette exécution</translation>
    </message>
    <message>
        <source>%1 may not cancel or terminate sessions: that needs the on-call role (qm_oncall). Sign in as an on-call engineer; nothing was cancelled.</source>
        <translation>%1 n&apos;a pas le droit d&apos;annuler ni de terminer des sessions : il faut le rôle d&apos;astreinte (qm_oncall). Connectez-vous en tant qu&apos;ingénieur d&apos;astreinte ; rien n&apos;a été annulé.</translation>
    </message>
    <message>
        <source>pid %1 %2@%3 %4 for %5 s: %6</source>
        <translation>pid %1 %2@%3 %4 depuis %5 s : %6</translation>
    </message>
    <message numerus="yes">
        <source>Terminate %n session(s) busy or idle in a transaction for more than %1 s</source>
        <translation>
            <numerusform>Terminer %n session occupée ou inactive dans une transaction depuis plus de %1 s</numerusform>
            <numerusform>Terminer %n sessions occupées ou inactives dans une transaction depuis plus de %1 s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel the query of %n session(s) running for more than %1 s</source>
        <translation>
            <numerusform>Annuler la requête de %n session en cours depuis plus de %1 s</numerusform>
            <numerusform>Annuler la requête de %n sessions en cours depuis plus de %1 s</numerusform>
        </translation>
    </message>
    <message>
        <source>cancelling does not end an idle transaction: use mode: terminate for those sessions</source>
        <translation>annuler ne termine pas une transaction inactive : utilisez mode: terminate pour ces sessions</translation>
    </message>
    <message>
        <source>%1 sessions qualify, more than max_sessions (%2): narrow the filter or raise max_sessions</source>
        <translation>%1 sessions sont concernées, plus que max_sessions (%2) : affinez le filtre ou augmentez max_sessions</translation>
    </message>
    <message>
        <source>terminated %1</source>
        <translation>terminée %1</translation>
    </message>
    <message>
        <source>cancelled %1</source>
        <translation>annulée %1</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) terminated, %1 had already ended or changed</source>
        <translation>
            <numerusform>%n session terminée, %1 était déjà finie ou avait changé</numerusform>
            <numerusform>%n sessions terminées, %1 étaient déjà finies ou avaient changé</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n query(ies) cancelled, %1 had already ended or changed</source>
        <translation>
            <numerusform>%n requête annulée, %1 était déjà finie ou avait changé</numerusform>
            <numerusform>%n requêtes annulées, %1 étaient déjà finies ou avaient changé</numerusform>
        </translation>
    </message>
    <message>
        <source>not known to have signalled anything</source>
        <translation>aucun signal connu n&apos;a été envoyé</translation>
    </message>
    <message>
        <source>still running: %1</source>
        <translation>toujours en cours : %1</translation>
    </message>
    <message numerus="yes">
        <source>none of the %n previewed session(s) still qualifies</source>
        <translation>
            <numerusform>la %n session prévisualisée n&apos;est plus concernée</numerusform>
            <numerusform>aucune des %n sessions prévisualisées n&apos;est encore concernée</numerusform>
        </translation>
    </message>
    <message>
        <source>repeat a check until it passes or a deadline</source>
        <translation>répéter une vérification jusqu&apos;à ce qu&apos;elle réussisse ou qu&apos;un délai expire</translation>
    </message>
    <message>
        <source>unknown check type %1</source>
        <translation>type de vérification inconnu %1</translation>
    </message>
    <message>
        <source>Wait up to %1 s until %2 passes</source>
        <translation>Attendre jusqu&apos;à %1 s que %2 réussisse</translation>
    </message>
    <message>
        <source>would pass at once</source>
        <translation>réussirait immédiatement</translation>
    </message>
    <message>
        <source>would wait</source>
        <translation>attendrait</translation>
    </message>
    <message>
        <source>cancelled while waiting</source>
        <translation>annulé pendant l&apos;attente</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>deadline passed; last: %1</source>
        <translation>délai expiré ; dernier : %1</translation>
    </message>
    <message>
        <source>the condition did not hold before the deadline</source>
        <translation>la condition n&apos;était pas remplie avant le délai</translation>
    </message>
    <message>
        <source>ask the operator and go on only with the expected answer</source>
        <translation>demander à l&apos;opérateur et ne continuer qu&apos;avec la réponse attendue</translation>
    </message>
    <message>
        <source>Ask: %1 (go on with &quot;%2&quot;)</source>
        <translation>Question : %1 (continuer avec « %2 »)</translation>
    </message>
    <message>
        <source>no operator can answer</source>
        <translation>aucun opérateur ne peut répondre</translation>
    </message>
    <message>
        <source>this step needs an operator&apos;s answer</source>
        <translation>cette étape a besoin de la réponse d&apos;un opérateur</translation>
    </message>
    <message>
        <source>answered &quot;%1&quot;</source>
        <translation>a répondu « %1 »</translation>
    </message>
    <message>
        <source>answered &quot;%1&quot;, expected &quot;%2&quot;</source>
        <translation>a répondu « %1 », attendu « %2 »</translation>
    </message>
    <message>
        <source>a line for the operator and the journal</source>
        <translation>une ligne pour l&apos;opérateur et le journal</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Note : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of {equals: X}, {not_equals: X}, {at_most: N}, {at_least: N}, {rows: N}</source>
        <translation>« %1 » doit être l&apos;un de {equals: X}, {not_equals: X}, {at_most: N}, {at_least: N}, {rows: N}</translation>
    </message>
    <message>
        <source>%1 takes a number</source>
        <translation>%1 attend un nombre</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s), expected %1</source>
        <translation>
            <numerusform>%n ligne, attendu %1</numerusform>
            <numerusform>%n lignes, attendu %1</numerusform>
        </translation>
    </message>
    <message>
        <source>got %1, expected %2 %3</source>
        <translation>obtenu %1, attendu %2 %3</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::CacheSteps</name>
    <message>
        <source>no purge for these fields</source>
        <translation>aucune purge pour ces champs</translation>
    </message>
    <message>
        <source>dry run: %1 %2</source>
        <translation>essai à blanc : %1 %2</translation>
    </message>
    <message>
        <source>dry run: about %1 %2</source>
        <translation>essai à blanc : environ %1 %2</translation>
    </message>
    <message>
        <source>dry run: what it hits cannot be counted in advance</source>
        <translation>essai à blanc : ce qu&apos;elle touche ne peut pas être compté à l&apos;avance</translation>
    </message>
    <message>
        <source>%1 %2 match, more than max_keys (%3)</source>
        <translation>%1 %2 correspondent, plus que max_keys (%3)</translation>
    </message>
    <message>
        <source>%1: %2 done</source>
        <translation>%1 : %2 effectué</translation>
    </message>
    <message>
        <source>a new dry run finds %1 %2</source>
        <translation>un nouvel essai à blanc trouve %1 %2</translation>
    </message>
    <message>
        <source>a Redis purge by pattern, tag or product (with its Varnish pages)</source>
        <translation>une purge Redis par motif, balise ou produit (avec ses pages Varnish)</translation>
    </message>
    <message>
        <source>cache.purge takes one of pattern, tag or product</source>
        <translation>cache.purge prend un seul parmi pattern, tag ou product</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>a Varnish ban by URL and/or Host regex, or an xkey purge, on every instance</source>
        <translation>un ban Varnish par regex d&apos;URL et/ou de Host, ou une purge xkey, sur chaque instance</translation>
    </message>
    <message>
        <source>varnish.ban takes url and/or host (a ban), or xkey (a tag purge)</source>
        <translation>varnish.ban prend url et/ou host (un ban), ou xkey (une purge par balise)</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::Engine</name>
    <message>
        <source>the runbook has no parameter &quot;%1&quot;</source>
        <translation>le runbook n&apos;a pas de paramètre « %1 »</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; has no value and no default: give it (%2)</source>
        <translation>le paramètre « %1 » n&apos;a ni valeur ni valeur par défaut : indiquez-le (%2)</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; must be of type %2, not &quot;%3&quot;</source>
        <translation>le paramètre « %1 » doit être de type %2, pas « %3 »</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; must be a whole number</source>
        <translation>le paramètre « %1 » doit être un nombre entier</translation>
    </message>
    <message>
        <source>cannot read %1 to check its signature</source>
        <translation>impossible de lire %1 pour vérifier sa signature</translation>
    </message>
    <message>
        <source>%1 changed since it was read: read it again</source>
        <translation>%1 a changé depuis sa lecture : relisez-le</translation>
    </message>
    <message>
        <source>cancelled before the step began</source>
        <translation>annulé avant le début de l&apos;étape</translation>
    </message>
    <message>
        <source>precondition failed: %1</source>
        <translation>précondition non remplie : %1</translation>
    </message>
    <message>
        <source>the audit log refused the step&apos;s intent, so it did not run: %1</source>
        <translation>le journal d&apos;audit a refusé l&apos;intention de l&apos;étape, elle n&apos;a donc pas été exécutée : %1</translation>
    </message>
    <message>
        <source>the audit log refused the outcome of step %1: %2</source>
        <translation>le journal d&apos;audit a refusé le résultat de l&apos;étape %1 : %2</translation>
    </message>
    <message>
        <source>not verified before the deadline: %1</source>
        <translation>non vérifié avant le délai : %1</translation>
    </message>
    <message>
        <source>the action failed: %1</source>
        <translation>l&apos;action a échoué : %1</translation>
    </message>
    <message>
        <source>executed before the interruption but not verified now: %1</source>
        <translation>exécuté avant l&apos;interruption mais non vérifié maintenant : %1</translation>
    </message>
    <message>
        <source>step %1 failed: %2</source>
        <translation>l&apos;étape %1 a échoué : %2</translation>
    </message>
    <message>
        <source>step %1 failed and was rolled back by %2</source>
        <translation>l&apos;étape %1 a échoué et a été annulée par %2</translation>
    </message>
    <message>
        <source>step %1 failed and its rollback %2 failed too: %3</source>
        <translation>l&apos;étape %1 a échoué et son rollback %2 a échoué aussi : %3</translation>
    </message>
    <message>
        <source>step %1 cannot run: %2</source>
        <translation>l&apos;étape %1 ne peut pas s&apos;exécuter : %2</translation>
    </message>
    <message>
        <source>no audit log: a runbook runs only when its intent can be recorded</source>
        <translation>pas de journal d&apos;audit : un runbook ne s&apos;exécute que si son intention peut être enregistrée</translation>
    </message>
    <message>
        <source>not confirmed: nothing ran (%1)</source>
        <translation>non confirmé : rien n&apos;a été exécuté (%1)</translation>
    </message>
    <message>
        <source>the audit log refused the run&apos;s intent, so nothing ran: %1</source>
        <translation>le journal d&apos;audit a refusé l&apos;intention de l&apos;exécution, rien n&apos;a donc été exécuté : %1</translation>
    </message>
    <message>
        <source>cannot journal the run, so nothing ran: %1</source>
        <translation>impossible de journaliser l&apos;exécution, rien n&apos;a donc été exécuté : %1</translation>
    </message>
    <message>
        <source>the audit log refused the run&apos;s outcome: %1</source>
        <translation>le journal d&apos;audit a refusé le résultat de l&apos;exécution : %1</translation>
    </message>
    <message>
        <source>the journal of run %1 has no header: it cannot be resumed</source>
        <translation>le journal de l&apos;exécution %1 n&apos;a pas d&apos;en-tête : elle ne peut pas être reprise</translation>
    </message>
    <message>
        <source>the runbook file changed since run %1 started (content hash %2..., now %3...): resume refused. Restore the file the run started with, or start a new run</source>
        <translation>le fichier du runbook a changé depuis le début de l&apos;exécution %1 (hash du contenu %2..., maintenant %3...) : reprise refusée. Restaurez le fichier avec lequel l&apos;exécution a commencé, ou lancez une nouvelle exécution</translation>
    </message>
    <message>
        <source>run %1 finished (%2): nothing to resume</source>
        <translation>l&apos;exécution %1 est terminée (%2) : rien à reprendre</translation>
    </message>
    <message>
        <source>the audit log refused the resume&apos;s intent, so nothing ran: %1</source>
        <translation>le journal d&apos;audit a refusé l&apos;intention de la reprise, rien n&apos;a donc été exécuté : %1</translation>
    </message>
    <message>
        <source>the audit log refused the resume&apos;s outcome: %1</source>
        <translation>le journal d&apos;audit a refusé le résultat de la reprise : %1</translation>
    </message>
    <message>
        <source>the runbook run</source>
        <translation>l&apos;exécution du runbook</translation>
    </message>
    <message>
        <source>the runbook resume</source>
        <translation>la reprise du runbook</translation>
    </message>
    <message>
        <source>this runbook needs two-person approval: a second on-call role approves the run (its runbook file and parameters) before it acts</source>
        <translation>ce runbook nécessite une approbation à deux personnes : un second rôle d&apos;astreinte approuve l&apos;exécution (son fichier de runbook et ses paramètres) avant qu&apos;elle n&apos;agisse</translation>
    </message>
    <message>
        <source>no signed audit checkpoint was written after the run: %1</source>
        <translation>aucun point de contrôle d&apos;audit signé n&apos;a été écrit après l&apos;exécution : %1</translation>
    </message>
    <message>
        <source>this runbook needs two-person approval, which the database keeps: no database, so nothing ran</source>
        <translation>ce runbook nécessite une approbation à deux personnes, que conserve la base de données : pas de base de données, donc rien n&apos;a été exécuté</translation>
    </message>
    <message>
        <source>two-person approval refused, so nothing ran: %1</source>
        <translation>approbation à deux personnes refusée, donc rien n&apos;a été exécuté : %1</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::HaSteps</name>
    <message>
        <source>Patroni did not answer in time</source>
        <translation>Patroni n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <source>the profile names no Patroni REST API (&quot;patroni&quot; in the profile)</source>
        <translation>le profil n&apos;indique aucune API REST Patroni (« patroni » dans le profil)</translation>
    </message>
    <message>
        <source>no database connection for this run</source>
        <translation>aucune connexion à la base de données pour cette exécution</translation>
    </message>
    <message>
        <source>no PostgreSQL server answers</source>
        <translation>aucun serveur PostgreSQL ne répond</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the on-call role (qm_oncall). Sign in as an on-call engineer; nothing was changed.</source>
        <translation>%1 n&apos;a pas le droit de %2 : il faut le rôle d&apos;astreinte (qm_oncall). Connectez-vous en tant qu&apos;ingénieur d&apos;astreinte ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 has the on-call role</source>
        <translation>%1 a le rôle d&apos;astreinte</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>leader</translation>
    </message>
    <message>
        <source>lag unknown</source>
        <translation>retard inconnu</translation>
    </message>
    <message>
        <source>lag %1 bytes</source>
        <translation>retard de %1 octets</translation>
    </message>
    <message>
        <source>%1: %2, %3, timeline %4, %5%6</source>
        <translation>%1 : %2, %3, timeline %4, %5%6</translation>
    </message>
    <message>
        <source>, tagged nofailover</source>
        <translation>, marqué nofailover</translation>
    </message>
    <message>
        <source>a condition of the Patroni cluster (leader running, replicas streaming, lag, timelines, paused, etcd reachable)</source>
        <translation>une condition du cluster Patroni (leader en marche, réplicas en streaming, retard, timelines, en pause, etcd joignable)</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>the profile names no Patroni REST API</source>
        <translation>le profil n&apos;indique aucune API REST Patroni</translation>
    </message>
    <message>
        <source>the members reach etcd</source>
        <translation>les membres joignent etcd</translation>
    </message>
    <message>
        <source>leader %1 is %2</source>
        <translation>le leader %1 est %2</translation>
    </message>
    <message>
        <source>no leader</source>
        <translation>pas de leader</translation>
    </message>
    <message>
        <source>leader %1</source>
        <translation>leader %1</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>en pause</translation>
    </message>
    <message>
        <source>not paused</source>
        <translation>pas en pause</translation>
    </message>
    <message>
        <source> (at most %1 bytes)</source>
        <translation> (au plus %1 octets)</translation>
    </message>
    <message>
        <source>%1 is %2 (expected %3): %4</source>
        <translation>%1 est %2 (attendu %3) : %4</translation>
    </message>
    <message>
        <source>Check that Patroni&apos;s %1 is %2</source>
        <translation>Vérifier que %1 de Patroni vaut %2</translation>
    </message>
    <message>
        <source>now: %1 (%2)</source>
        <translation>maintenant : %1 (%2)</translation>
    </message>
    <message>
        <source>would pass</source>
        <translation>réussirait</translation>
    </message>
    <message>
        <source>would fail</source>
        <translation>échouerait</translation>
    </message>
    <message>
        <source>now: cannot run it: %1</source>
        <translation>maintenant : impossible de l&apos;exécuter : %1</translation>
    </message>
    <message>
        <source>promote a chosen replica when the leader is gone (Patroni failover)</source>
        <translation>promouvoir une réplica choisie quand le leader a disparu (failover Patroni)</translation>
    </message>
    <message>
        <source>hand the leader role to a replica (Patroni planned switchover)</source>
        <translation>passer le rôle de leader à une réplica (switchover planifié Patroni)</translation>
    </message>
    <message>
        <source>&quot;scheduled&quot; must be an ISO 8601 time with its offset, e.g. 2026-12-07T03:00:00+00:00</source>
        <translation>« scheduled » doit être une heure ISO 8601 avec son décalage, p. ex. 2026-12-07T03:00:00+00:00</translation>
    </message>
    <message>
        <source>fail over PostgreSQL</source>
        <translation>basculer PostgreSQL (failover)</translation>
    </message>
    <message>
        <source>switch PostgreSQL over</source>
        <translation>basculer PostgreSQL (switchover)</translation>
    </message>
    <message>
        <source>Patroni would refuse a failover to %1: %2</source>
        <translation>Patroni refuserait un failover vers %1 : %2</translation>
    </message>
    <message>
        <source>Patroni would refuse a switchover to %1: %2</source>
        <translation>Patroni refuserait un switchover vers %1 : %2</translation>
    </message>
    <message>
        <source>(no candidate)</source>
        <translation>(aucun candidat)</translation>
    </message>
    <message>
        <source>pre-flight passed for %1%2</source>
        <translation>contrôle préalable réussi pour %1%2</translation>
    </message>
    <message>
        <source>Fail over to %1 (now leading: %2)</source>
        <translation>Failover vers %1 (leader actuel : %2)</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Switch over from %1 to %2</source>
        <translation>Switchover de %1 vers %2</translation>
    </message>
    <message>
        <source>Schedule a switchover from %1 to %2 at %3</source>
        <translation>Planifier un switchover de %1 vers %2 à %3</translation>
    </message>
    <message>
        <source>candidate %1: %2, timeline %3</source>
        <translation>candidat %1 : %2, timeline %3</translation>
    </message>
    <message>
        <source>maximum_lag_on_failover %1 bytes, ttl %2 s, loop_wait %3 s</source>
        <translation>maximum_lag_on_failover %1 octets, ttl %2 s, loop_wait %3 s</translation>
    </message>
    <message>
        <source>no candidate</source>
        <translation>aucun candidat</translation>
    </message>
    <message>
        <source>no replica can take over</source>
        <translation>aucune réplica ne peut prendre le relais</translation>
    </message>
    <message>
        <source>asking Patroni to fail over to %1</source>
        <translation>demande à Patroni un failover vers %1</translation>
    </message>
    <message>
        <source>asking Patroni to switch over from %1 to %2</source>
        <translation>demande à Patroni un switchover de %1 vers %2</translation>
    </message>
    <message>
        <source>no Patroni member answered</source>
        <translation>aucun membre Patroni n&apos;a répondu</translation>
    </message>
    <message>
        <source>Patroni: %1</source>
        <translation>Patroni : %1</translation>
    </message>
    <message>
        <source>Patroni has the switchover scheduled for %1</source>
        <translation>Patroni a planifié le switchover pour %1</translation>
    </message>
    <message>
        <source>no leader yet</source>
        <translation>pas encore de leader</translation>
    </message>
    <message>
        <source>%1 still leads</source>
        <translation>%1 est toujours leader</translation>
    </message>
    <message>
        <source>%1 leads, not the candidate %2</source>
        <translation>%1 est leader, pas le candidat %2</translation>
    </message>
    <message>
        <source>the new leader %1 is %2</source>
        <translation>le nouveau leader %1 est %2</translation>
    </message>
    <message>
        <source>the new leader %1 is still on timeline %2</source>
        <translation>le nouveau leader %1 est toujours sur la timeline %2</translation>
    </message>
    <message>
        <source>%1 leads on timeline %2 but no write was accepted yet: %3</source>
        <translation>%1 est leader sur la timeline %2 mais n&apos;a encore accepté aucune écriture : %3</translation>
    </message>
    <message>
        <source>the console&apos;s write went to port %1, not to the new leader %2 (port %3)</source>
        <translation>l&apos;écriture de la console est allée au port %1, pas au nouveau leader %2 (port %3)</translation>
    </message>
    <message>
        <source>%1 leads on timeline %2 (was %3 on %4) and committed transaction %5</source>
        <translation>%1 est leader sur la timeline %2 (auparavant %3 sur %4) et a validé la transaction %5</translation>
    </message>
    <message>
        <source>put Patroni in maintenance mode (no automatic failover)</source>
        <translation>mettre Patroni en mode maintenance (pas de failover automatique)</translation>
    </message>
    <message>
        <source>take Patroni out of maintenance mode (automatic failover on)</source>
        <translation>sortir Patroni du mode maintenance (failover automatique activé)</translation>
    </message>
    <message>
        <source>pause Patroni</source>
        <translation>mettre Patroni en pause</translation>
    </message>
    <message>
        <source>resume Patroni</source>
        <translation>reprendre Patroni</translation>
    </message>
    <message>
        <source>no Patroni member answers: %1</source>
        <translation>aucun membre Patroni ne répond : %1</translation>
    </message>
    <message>
        <source>Pause Patroni: it stops failing over and restarting PostgreSQL until resumed</source>
        <translation>Mettre Patroni en pause : il cesse de basculer et de redémarrer PostgreSQL jusqu&apos;à sa reprise</translation>
    </message>
    <message>
        <source>Resume Patroni: automatic failover on again</source>
        <translation>Reprendre Patroni : failover automatique réactivé</translation>
    </message>
    <message>
        <source>now: paused</source>
        <translation>actuellement : en pause</translation>
    </message>
    <message>
        <source>now: not paused</source>
        <translation>actuellement : pas en pause</translation>
    </message>
    <message>
        <source>Patroni is already paused</source>
        <translation>Patroni est déjà en pause</translation>
    </message>
    <message>
        <source>Patroni is not paused</source>
        <translation>Patroni n&apos;est pas en pause</translation>
    </message>
    <message>
        <source>pause requested</source>
        <translation>pause demandée</translation>
    </message>
    <message>
        <source>resume requested</source>
        <translation>reprise demandée</translation>
    </message>
    <message>
        <source>Patroni is paused</source>
        <translation>Patroni est en pause</translation>
    </message>
    <message>
        <source>have the Redis Sentinels promote a replica of the profile&apos;s master</source>
        <translation>faire promouvoir par les Sentinels Redis une réplica du master du profil</translation>
    </message>
    <message>
        <source>the profile names no Sentinel</source>
        <translation>le profil n&apos;indique aucun Sentinel</translation>
    </message>
    <message>
        <source>the profile&apos;s Redis is not managed by Sentinel: there is nothing to fail over</source>
        <translation>le Redis du profil n&apos;est pas géré par Sentinel : il n&apos;y a rien à basculer</translation>
    </message>
    <message>
        <source>fail Redis over</source>
        <translation>basculer Redis (failover)</translation>
    </message>
    <message>
        <source>no Sentinel answers: %1</source>
        <translation>aucun Sentinel ne répond : %1</translation>
    </message>
    <message>
        <source>the Sentinels cannot fail over %1: %2</source>
        <translation>les Sentinels ne peuvent pas basculer %1 : %2</translation>
    </message>
    <message>
        <source>Ask the Sentinels to fail %1 over from %2 to one of its replicas (%3)</source>
        <translation>Demander aux Sentinels de basculer %1 de %2 vers l&apos;une de ses réplicas (%3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>%1 has no replica to promote</source>
        <translation>%1 n&apos;a aucune réplica à promouvoir</translation>
    </message>
    <message>
        <source>protected namespaces checked after: %1</source>
        <translation>espaces de noms protégés vérifiés ensuite : %1</translation>
    </message>
    <message>
        <source>the Sentinel refused the failover: %1</source>
        <translation>le Sentinel a refusé le failover : %1</translation>
    </message>
    <message>
        <source>Sentinel: %1</source>
        <translation>Sentinel : %1</translation>
    </message>
    <message>
        <source>Sentinel started a failover of %1 (from %2)</source>
        <translation>Sentinel a lancé un failover de %1 (depuis %2)</translation>
    </message>
    <message>
        <source>no master yet</source>
        <translation>pas encore de master</translation>
    </message>
    <message>
        <source>%1 is still the master</source>
        <translation>%1 est toujours le master</translation>
    </message>
    <message>
        <source>the new master %1 refused a write: %2</source>
        <translation>le nouveau master %1 a refusé une écriture : %2</translation>
    </message>
    <message>
        <source>the write to %1 on %2 did not read back</source>
        <translation>l&apos;écriture sur %1 de %2 n&apos;a pas pu être relue</translation>
    </message>
    <message numerus="yes">
        <source>%n protected key(s) missing on the new master, e.g. %1</source>
        <translation>
            <numerusform>%n clé protégée manque sur le nouveau master, p. ex. %1</numerusform>
            <numerusform>%n clés protégées manquent sur le nouveau master, p. ex. %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 is the master now (was %2), took a write to %3; %n protected key(s) intact</source>
        <translation>
            <numerusform>%1 est maintenant le master (auparavant %2), a accepté une écriture sur %3 ; %n clé protégée intacte</numerusform>
            <numerusform>%1 est maintenant le master (auparavant %2), a accepté une écriture sur %3 ; %n clés protégées intactes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qm::runbooks::Journal</name>
    <message>
        <source>cannot create the journal folder %1</source>
        <translation>impossible de créer le dossier de journal %1</translation>
    </message>
    <message>
        <source>a journal for run %1 exists already</source>
        <translation>un journal pour l&apos;exécution %1 existe déjà</translation>
    </message>
    <message>
        <source>no journal for run %1 in %2</source>
        <translation>aucun journal pour l&apos;exécution %1 dans %2</translation>
    </message>
    <message>
        <source>cannot write the run journal %1</source>
        <translation>impossible d&apos;écrire le journal d&apos;exécution %1</translation>
    </message>
    <message>
        <source>journal record %1 (%2) not yet in the database: %3</source>
        <translation>l&apos;enregistrement %1 du journal (%2) n&apos;est pas encore dans la base de données : %3</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::OpsSteps</name>
    <message>
        <source>no database connection for this run</source>
        <translation>aucune connexion à la base de données pour cette exécution</translation>
    </message>
    <message>
        <source>%1 may not %2: that needs the on-call role (qm_oncall). Sign in as an on-call engineer; nothing was changed.</source>
        <translation>%1 n&apos;a pas le droit de %2 : il faut le rôle d&apos;astreinte (qm_oncall). Connectez-vous en tant qu&apos;ingénieur d&apos;astreinte ; rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>switch maintenance mode on (reason, scheduled end): the storefront stops taking orders and shows its maintenance page</source>
        <translation>activer le mode maintenance (motif, fin prévue) : la vitrine cesse de prendre des commandes et affiche sa page de maintenance</translation>
    </message>
    <message>
        <source>switch maintenance mode off: the storefront takes orders again</source>
        <translation>désactiver le mode maintenance : la vitrine reprend les commandes</translation>
    </message>
    <message>
        <source>&quot;until&quot; is a duration (30m, 2h) or an ISO time (2026-12-07T06:00:00Z)</source>
        <translation>« until » est une durée (30m, 2h) ou une heure ISO (2026-12-07T06:00:00Z)</translation>
    </message>
    <message>
        <source>switch maintenance mode</source>
        <translation>basculer le mode maintenance</translation>
    </message>
    <message>
        <source>Switch maintenance mode on (&quot;%1&quot;) until %2: no orders are taken, the storefront shows its maintenance page</source>
        <translation>Activer le mode maintenance (« %1 ») jusqu&apos;à %2 : aucune commande n&apos;est prise, la vitrine affiche sa page de maintenance</translation>
    </message>
    <message>
        <source>Switch maintenance mode on (&quot;%1&quot;) with no scheduled end: no orders are taken, the storefront shows its maintenance page</source>
        <translation>Activer le mode maintenance (« %1 ») sans fin prévue : aucune commande n&apos;est prise, la vitrine affiche sa page de maintenance</translation>
    </message>
    <message>
        <source>no scheduled end: the store stays closed until someone switches maintenance off</source>
        <translation>pas de fin prévue : la boutique reste fermée jusqu&apos;à ce que quelqu&apos;un désactive la maintenance</translation>
    </message>
    <message>
        <source>Switch maintenance mode off: the storefront takes orders again</source>
        <translation>Désactiver le mode maintenance : la vitrine reprend les commandes</translation>
    </message>
    <message>
        <source>now: on since %1 (&quot;%2&quot;)</source>
        <translation>actuellement : activé depuis %1 (« %2 »)</translation>
    </message>
    <message>
        <source>now: off</source>
        <translation>actuellement : désactivé</translation>
    </message>
    <message>
        <source>no storefront reports its state: only the database and Varnish can be verified</source>
        <translation>aucune vitrine ne signale son état : seuls la base de données et Varnish peuvent être vérifiés</translation>
    </message>
    <message>
        <source>the profile names no Varnish: the page is not checked</source>
        <translation>le profil n&apos;indique aucun Varnish : la page n&apos;est pas vérifiée</translation>
    </message>
    <message>
        <source>&quot;until&quot; is a duration (30m, 2h) or an ISO time, not &quot;%1&quot;; nothing was changed</source>
        <translation>« until » est une durée (30m, 2h) ou une heure ISO, pas « %1 » ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>maintenance mode switched on</source>
        <translation>mode maintenance activé</translation>
    </message>
    <message>
        <source>maintenance mode switched off</source>
        <translation>mode maintenance désactivé</translation>
    </message>
    <message>
        <source>database: on</source>
        <translation>base de données : activé</translation>
    </message>
    <message>
        <source>database: off</source>
        <translation>base de données : désactivé</translation>
    </message>
    <message>
        <source>storefront: refuses orders</source>
        <translation>vitrine : refuse les commandes</translation>
    </message>
    <message>
        <source>storefront: takes orders</source>
        <translation>vitrine : prend les commandes</translation>
    </message>
    <message>
        <source>storefront: not running</source>
        <translation>vitrine : ne tourne pas</translation>
    </message>
    <message>
        <source>%1: maintenance page (503, Retry-After %2)</source>
        <translation>%1 : page de maintenance (503, Retry-After %2)</translation>
    </message>
    <message>
        <source>%1: HTTP %2</source>
        <translation>%1 : HTTP %2</translation>
    </message>
    <message>
        <source>route the storefront&apos;s payments to the primary or secondary provider, or automatically by their circuit breakers</source>
        <translation>router les paiements de la vitrine vers le prestataire principal ou secondaire, ou automatiquement selon leurs disjoncteurs</translation>
    </message>
    <message>
        <source>route payments</source>
        <translation>router les paiements</translation>
    </message>
    <message>
        <source>Route payments to %1 (now: %2)</source>
        <translation>Router les paiements vers %1 (actuellement : %2)</translation>
    </message>
    <message>
        <source>the %1 provider&apos;s breaker is open: its charges fail fast until it recovers</source>
        <translation>le disjoncteur du prestataire %1 est ouvert : ses débits échouent immédiatement jusqu&apos;à son rétablissement</translation>
    </message>
    <message>
        <source>no storefront reports its providers now (the states above are its last report): only the database can be verified</source>
        <translation>aucune vitrine ne signale actuellement ses prestataires (les états ci-dessus sont son dernier rapport) : seule la base de données peut être vérifiée</translation>
    </message>
    <message>
        <source>payments routed to %1</source>
        <translation>paiements routés vers %1</translation>
    </message>
    <message>
        <source>the route is %1, not %2</source>
        <translation>la route est %1, pas %2</translation>
    </message>
    <message>
        <source>route %1 set; no storefront is running to apply it</source>
        <translation>route %1 définie ; aucune vitrine ne tourne pour l&apos;appliquer</translation>
    </message>
    <message>
        <source>route %1 set; the storefront still applies %2</source>
        <translation>route %1 définie ; la vitrine applique encore %2</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>the storefront routes payments to %1 (%2)</source>
        <translation>la vitrine route les paiements vers %1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1 provider: breaker %2, failure rate %3 %, %n trip(s)</source>
        <translation>
            <numerusform>prestataire %1 : disjoncteur %2, taux d&apos;échec %3 %, %n déclenchement</numerusform>
            <numerusform>prestataire %1 : disjoncteur %2, taux d&apos;échec %3 %, %n déclenchements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: not checked on the GUI thread</source>
        <translation>%1 : non vérifié dans le thread de l&apos;interface</translation>
    </message>
    <message>
        <source>%1: only http:// and https:// fronts are checked</source>
        <translation>%1 : seules les façades http:// et https:// sont vérifiées</translation>
    </message>
    <message>
        <source>%1: the check was cancelled</source>
        <translation>%1 : la vérification a été annulée</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::Parser</name>
    <message>
        <source>this value is %1 bytes; a runbook value may have at most %2 bytes. Keep long texts (SQL, notes) short, or move data out of the runbook</source>
        <translation>cette valeur fait %1 octets ; une valeur de runbook peut faire au plus %2 octets. Gardez les textes longs (SQL, notes) courts, ou sortez les données du runbook</translation>
    </message>
    <message>
        <source>the key &quot;%1&quot; appears twice in this mapping (first at line %2): remove one</source>
        <translation>la clé « %1 » apparaît deux fois dans ce mapping (d&apos;abord à la ligne %2) : supprimez-en une</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot; in %2 (known: %3): check the spelling</source>
        <translation>clé inconnue « %1 » dans %2 (connues : %3) : vérifiez l&apos;orthographe</translation>
    </message>
    <message>
        <source>%1 has no &quot;%2&quot;: add it</source>
        <translation>%1 n&apos;a pas de « %2 » : ajoutez-le</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text</source>
        <translation>« %1 » doit être un texte</translation>
    </message>
    <message>
        <source>%1 must be a mapping with a &quot;type&quot; (a check)</source>
        <translation>%1 doit être un mapping avec un « type » (une vérification)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a step type, not a check; %2 takes one of: %3</source>
        <translation>« %1 » est un type d&apos;étape, pas une vérification ; %2 accepte l&apos;un de : %3</translation>
    </message>
    <message>
        <source>unknown check type &quot;%1&quot;; known checks: %2</source>
        <translation>type de vérification inconnu « %1 » ; vérifications connues : %2</translation>
    </message>
    <message>
        <source>a runbook is a mapping with name, title and steps; this file&apos;s top level is not a mapping</source>
        <translation>un runbook est un mapping avec name, title et steps ; le niveau supérieur de ce fichier n&apos;est pas un mapping</translation>
    </message>
    <message>
        <source>the runbook</source>
        <translation>le runbook</translation>
    </message>
    <message>
        <source>name &quot;%1&quot; must be lower case letters, digits, &apos;-&apos;, &apos;_&apos; or &apos;.&apos; (up to 80)</source>
        <translation>le nom « %1 » doit contenir des minuscules, des chiffres, &apos;-&apos;, &apos;_&apos; ou &apos;.&apos; (jusqu&apos;à 80)</translation>
    </message>
    <message>
        <source>approval must be &quot;none&quot; or &quot;two-person&quot;, not &quot;%1&quot;</source>
        <translation>approval doit être « none » ou « two-person », pas « %1 »</translation>
    </message>
    <message>
        <source>production_requires_signature must be true or false</source>
        <translation>production_requires_signature doit être true ou false</translation>
    </message>
    <message>
        <source>parameters must be a list of mappings (- name: ...)</source>
        <translation>parameters doit être une liste de mappings (- name: ...)</translation>
    </message>
    <message>
        <source>a parameter must be a mapping with a name</source>
        <translation>un paramètre doit être un mapping avec un nom</translation>
    </message>
    <message>
        <source>a parameter</source>
        <translation>un paramètre</translation>
    </message>
    <message>
        <source>parameter name &quot;%1&quot;: letters, digits and &apos;_&apos; only</source>
        <translation>nom de paramètre « %1 » : lettres, chiffres et &apos;_&apos; uniquement</translation>
    </message>
    <message>
        <source>the parameter &quot;%1&quot; is declared twice</source>
        <translation>le paramètre « %1 » est déclaré deux fois</translation>
    </message>
    <message>
        <source>parameter type must be string, int, number or bool, not &quot;%1&quot;</source>
        <translation>le type de paramètre doit être string, int, number ou bool, pas « %1 »</translation>
    </message>
    <message>
        <source>the default of &quot;%1&quot; is not of its type %2</source>
        <translation>la valeur par défaut de « %1 » n&apos;est pas de son type %2</translation>
    </message>
    <message>
        <source>the runbook has no &quot;steps&quot;: add a list of steps</source>
        <translation>le runbook n&apos;a pas de « steps » : ajoutez une liste d&apos;étapes</translation>
    </message>
    <message>
        <source>steps must be a non-empty list (- id: ...)</source>
        <translation>steps doit être une liste non vide (- id: ...)</translation>
    </message>
    <message>
        <source>%1 steps; a runbook may have at most %2</source>
        <translation>%1 étapes ; un runbook peut en avoir au plus %2</translation>
    </message>
    <message>
        <source>a step must be a mapping (id, type, title, action...)</source>
        <translation>une étape doit être un mapping (id, type, title, action...)</translation>
    </message>
    <message>
        <source>a step</source>
        <translation>une étape</translation>
    </message>
    <message>
        <source>the step at line %1</source>
        <translation>l&apos;étape à la ligne %1</translation>
    </message>
    <message>
        <source>step id &quot;%1&quot;: lower case letters, digits, &apos;-&apos; and &apos;_&apos; (up to 64)</source>
        <translation>id d&apos;étape « %1 » : minuscules, chiffres, &apos;-&apos; et &apos;_&apos; (jusqu&apos;à 64)</translation>
    </message>
    <message>
        <source>duplicate step id &quot;%1&quot; (first used at line %2): step ids must be unique</source>
        <translation>id d&apos;étape en double « %1 » (d&apos;abord utilisé à la ligne %2) : les id d&apos;étape doivent être uniques</translation>
    </message>
    <message>
        <source>unknown step type &quot;%1&quot;; known types: %2</source>
        <translation>type d&apos;étape inconnu « %1 » ; types connus : %2</translation>
    </message>
    <message>
        <source>precondition must be a list of checks (- type: ...)</source>
        <translation>precondition doit être une liste de vérifications (- type: ...)</translation>
    </message>
    <message>
        <source>a precondition</source>
        <translation>une précondition</translation>
    </message>
    <message>
        <source>action must be a mapping of the step type&apos;s fields</source>
        <translation>action doit être un mapping des champs du type d&apos;étape</translation>
    </message>
    <message>
        <source>verify must be a mapping (check, deadline, interval)</source>
        <translation>verify doit être un mapping (check, deadline, interval)</translation>
    </message>
    <message>
        <source>verify</source>
        <translation>verify</translation>
    </message>
    <message>
        <source>verify&apos;s check</source>
        <translation>la vérification de verify</translation>
    </message>
    <message>
        <source>%1 must be a duration up to 24h such as 30s, 5m or 500ms</source>
        <translation>%1 doit être une durée jusqu&apos;à 24h comme 30s, 5m ou 500ms</translation>
    </message>
    <message>
        <source>a step cannot roll back to itself</source>
        <translation>une étape ne peut pas revenir sur elle-même</translation>
    </message>
    <message>
        <source>on_failure must be stop, continue or {rollback: &lt;step id&gt;}</source>
        <translation>on_failure doit être stop, continue ou {rollback: &lt;id d&apos;étape&gt;}</translation>
    </message>
    <message>
        <source>rollback to unknown step &quot;%1&quot;; steps are: %2</source>
        <translation>rollback vers une étape inconnue « %1 » ; les étapes sont : %2</translation>
    </message>
    <message>
        <source>&quot;${%1}&quot; names no parameter: declare it under parameters</source>
        <translation>« ${%1} » ne désigne aucun paramètre : déclarez-le sous parameters</translation>
    </message>
    <message>
        <source>the file has %1 bytes; a runbook may have at most %2 bytes</source>
        <translation>le fichier fait %1 octets ; un runbook peut faire au plus %2 octets</translation>
    </message>
    <message>
        <source>a tab indents this line: YAML indents with spaces only; replace the tab with spaces</source>
        <translation>une tabulation indente cette ligne : YAML indente uniquement avec des espaces ; remplacez la tabulation par des espaces</translation>
    </message>
    <message>
        <source>YAML syntax error: %1. Check the indentation of this line and the line above it (keys of one mapping start in the same column; list items with &quot;- &quot;)</source>
        <translation>erreur de syntaxe YAML : %1. Vérifiez l&apos;indentation de cette ligne et de la précédente (les clés d&apos;un mapping commencent dans la même colonne ; les éléments de liste par « - »)</translation>
    </message>
    <message>
        <source>cannot read this part of the runbook: %1</source>
        <translation>impossible de lire cette partie du runbook : %1</translation>
    </message>
    <message>
        <source>cannot read the runbook: %1</source>
        <translation>impossible de lire le runbook : %1</translation>
    </message>
    <message>
        <source>cannot read this runbook: %1</source>
        <translation>impossible de lire ce runbook : %1</translation>
    </message>
    <message>
        <source>for_dead_primary must be true or false</source>
        <translation>for_dead_primary doit valoir true ou false</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::Signing</name>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d&apos;écrire %1</translation>
    </message>
    <message>
        <source>OpenSSL could not make an Ed25519 key</source>
        <translation>OpenSSL n&apos;a pas pu créer de clé Ed25519</translation>
    </message>
    <message>
        <source>OpenSSL could not export the Ed25519 key</source>
        <translation>OpenSSL n&apos;a pas pu exporter la clé Ed25519</translation>
    </message>
    <message>
        <source>%1 exists already: choose another name; a key is never overwritten</source>
        <translation>%1 existe déjà : choisissez un autre nom ; une clé n&apos;est jamais écrasée</translation>
    </message>
    <message>
        <source>cannot read the secret key %1</source>
        <translation>impossible de lire la clé secrète %1</translation>
    </message>
    <message>
        <source>%1 is not a runbook secret key (qmctl runbook keygen makes one)</source>
        <translation>%1 n&apos;est pas une clé secrète de runbook (qmctl runbook keygen en crée une)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>OpenSSL could not sign %1</source>
        <translation>OpenSSL n&apos;a pas pu signer %1</translation>
    </message>
    <message>
        <source>not signed (no %1.sig)</source>
        <translation>non signé (pas de %1.sig)</translation>
    </message>
    <message>
        <source>cannot read the signature file %1</source>
        <translation>impossible de lire le fichier de signature %1</translation>
    </message>
    <message>
        <source>%1 is not a runbook signature: sign the runbook again (qmctl runbook sign)</source>
        <translation>%1 n&apos;est pas une signature de runbook : signez à nouveau le runbook (qmctl runbook sign)</translation>
    </message>
    <message>
        <source>signed with key %1, which is not among the trusted keys in %2: add its public key there if you trust it</source>
        <translation>signé avec la clé %1, qui ne fait pas partie des clés de confiance de %2 : ajoutez-y sa clé publique si vous lui faites confiance</translation>
    </message>
    <message>
        <source>signed by trusted key %1</source>
        <translation>signé par la clé de confiance %1</translation>
    </message>
    <message>
        <source>the runbook&apos;s text changed after it was signed by key %1 (the signature does not match): refused. Restore the signed text, or have the change reviewed and signed again (qmctl runbook sign)</source>
        <translation>le texte du runbook a changé après sa signature par la clé %1 (la signature ne correspond pas) : refusé. Restaurez le texte signé, ou faites relire et signer à nouveau la modification (qmctl runbook sign)</translation>
    </message>
    <message>
        <source>production runs only signed runbooks from trusted keys; this one is %1</source>
        <translation>la production n&apos;exécute que des runbooks signés par des clés de confiance ; celui-ci est %1</translation>
    </message>
    <message>
        <source>UNSIGNED: %1. Production would refuse it.</source>
        <translation>NON SIGNÉ : %1. La production le refuserait.</translation>
    </message>
    <message>
        <source>a built-in runbook&apos;s signature goes into the trusted keys folder: give that folder</source>
        <translation>la signature d&apos;un runbook intégré va dans le dossier des clés de confiance : indiquez ce dossier</translation>
    </message>
    <message>
        <source>cannot make the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>built-in, not signed by a key trusted here (no %1): sign it with qmctl runbook sign %2 --key FILE</source>
        <translation>intégré, non signé par une clé de confiance ici (pas de %1) : signez-le avec qmctl runbook sign %2 --key FILE</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::StepType</name>
    <message>
        <source>%1 is not a check: it cannot be used as a precondition or verification</source>
        <translation>%1 n&apos;est pas une vérification : il ne peut pas servir de précondition ni de vérification</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing: add it</source>
        <translation>le champ « %1 » manque : ajoutez-le</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a non-empty text</source>
        <translation>« %1 » doit être un texte non vide</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be one of %2, not &quot;%3&quot;</source>
        <translation>« %1 » doit être l&apos;un de %2, pas « %3 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a number</source>
        <translation>« %1 » doit être un nombre</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a duration such as 30s, 5m, 500ms or a number of seconds</source>
        <translation>« %1 » doit être une durée comme 30s, 5m, 500ms ou un nombre de secondes</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot; (this step type knows: %2)</source>
        <translation>champ inconnu « %1 » (ce type d&apos;étape connaît : %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a check: a mapping with a type</source>
        <translation>« %1 » doit être une vérification : un mapping avec un type</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a check type (%2), not &quot;%3&quot;</source>
        <translation>« %1 » a besoin d&apos;un type de vérification (%2), pas « %3 »</translation>
    </message>
</context>
<context>
    <name>qm::runbooks::approval</name>
    <message>
        <source>no approval request for run %1</source>
        <translation>aucune demande d&apos;approbation pour l&apos;exécution %1</translation>
    </message>
</context>
<context>
    <name>qm::safety::CompositeAction</name>
    <message>
        <source>Plan before executing.</source>
        <translation>Planifiez avant d&apos;exécuter.</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>%1 of %2 steps ran.</source>
        <translation>%1 étapes sur %2 exécutées.</translation>
    </message>
</context>
<context>
    <name>qm::safety::DbAuditSink</name>
    <message>
        <source>No database connection for the audit log.</source>
        <translation>Pas de connexion à la base de données pour le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The audit log did not answer in time.</source>
        <translation>Le journal d&apos;audit n&apos;a pas répondu à temps.</translation>
    </message>
</context>
<context>
    <name>qm::safety::Elevation</name>
    <message>
        <source>Production is read-only: nothing was changed.</source>
        <translation>La production est en lecture seule : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Production is read-only: %1 was not done.</source>
        <translation>La production est en lecture seule : %1 n&apos;a pas eu lieu.</translation>
    </message>
    <message>
        <source>Elevate with View ▸ Elevate… (Ctrl+Shift+E) and give a reason; the elevation ends by itself after the time you choose.</source>
        <translation>Élevez les droits avec Affichage ▸ Élever les droits… (Ctrl+Maj+E) et donnez un motif ; l&apos;élévation prend fin d&apos;elle-même après la durée choisie.</translation>
    </message>
    <message>
        <source>Give a reason of at least %1 characters: it goes to the audit log.</source>
        <translation>Donnez un motif d&apos;au moins %1 caractères : il est consigné dans le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>An elevation lasts from 1 to %1 minutes.</source>
        <translation>Une élévation dure de 1 à %1 minutes.</translation>
    </message>
    <message>
        <source>Only production needs an elevation: %1 may be changed as it is.</source>
        <translation>Seule la production demande une élévation : %1 peut être modifié sans elle.</translation>
    </message>
    <message>
        <source>No audit log: an elevation is recorded before it starts.</source>
        <translation>Pas de journal d&apos;audit : une élévation est enregistrée avant de commencer.</translation>
    </message>
    <message>
        <source>The audit log refused the elevation, so it did not start: %1</source>
        <translation>Le journal d&apos;audit a refusé l&apos;élévation, elle n&apos;a donc pas commencé : %1</translation>
    </message>
</context>
<context>
    <name>qm::safety::FileAuditSink</name>
    <message>
        <source>Cannot write the audit spool %1.</source>
        <translation>Impossible d&apos;écrire le spool d&apos;audit %1.</translation>
    </message>
</context>
<context>
    <name>qm::safety::Flow</name>
    <message>
        <source>Cancelled before it started.</source>
        <translation>Annulé avant de commencer.</translation>
    </message>
    <message>
        <source>No audit log configured: nothing was done, because every destructive action is recorded before it runs.</source>
        <translation>Aucun journal d&apos;audit configuré : rien n&apos;a été fait, car toute action destructrice est enregistrée avant de s&apos;exécuter.</translation>
    </message>
    <message>
        <source>The %1 step failed unexpectedly: %2</source>
        <translation>L&apos;étape %1 a échoué de façon inattendue : %2</translation>
    </message>
    <message>
        <source>an unknown exception</source>
        <translation>une exception inconnue</translation>
    </message>
    <message>
        <source>The audit log refused to record the intent, so nothing was done: %1</source>
        <translation>Le journal d&apos;audit a refusé d&apos;enregistrer l&apos;intention, rien n&apos;a donc été fait : %1</translation>
    </message>
</context>
<context>
    <name>qm::safety::FrictionPolicy</name>
    <message>
        <source>This is production: type the target to confirm.</source>
        <translation>Ceci est la production : saisissez la cible pour confirmer.</translation>
    </message>
    <message>
        <source>A large change on staging: type the target to confirm.</source>
        <translation>Une modification importante en préproduction : saisissez la cible pour confirmer.</translation>
    </message>
    <message>
        <source>Staging: confirm that you understand what this changes.</source>
        <translation>Préproduction : confirmez que vous comprenez ce que cela modifie.</translation>
    </message>
    <message>
        <source>A small change on a development system.</source>
        <translation>Une petite modification sur un système de développement.</translation>
    </message>
    <message>
        <source>Confirm that you understand what this changes.</source>
        <translation>Confirmez que vous comprenez ce que cela modifie.</translation>
    </message>
    <message>
        <source>More than %L1 %2 on staging: type the target to confirm.</source>
        <translation>Plus de %L1 %2 en préproduction : saisissez la cible pour confirmer.</translation>
    </message>
    <message>
        <source>items</source>
        <translation>éléments</translation>
    </message>
</context>
<context>
    <name>qm::safety::SpoolingAuditSink</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>line %1: cut off (the writer stopped mid-line), skipped</source>
        <translation>ligne %1 : tronquée (l&apos;écriture s&apos;est arrêtée en milieu de ligne), ignorée</translation>
    </message>
    <message>
        <source>line %1: not a JSON object (%2), skipped</source>
        <translation>ligne %1 : pas un objet JSON (%2), ignorée</translation>
    </message>
    <message>
        <source>line %1: no request id, phase or action, skipped</source>
        <translation>ligne %1 : ni identifiant de requête, ni phase, ni action, ignorée</translation>
    </message>
    <message>
        <source>No database connection for the audit log.</source>
        <translation>Pas de connexion à la base de données pour le journal d&apos;audit.</translation>
    </message>
    <message>
        <source>The audit log did not answer in time.</source>
        <translation>Le journal d&apos;audit n&apos;a pas répondu à temps.</translation>
    </message>
    <message>
        <source>audit spool: %1 written to the audit log, %2 already there, %3 still spooled</source>
        <translation>file d&apos;attente locale d&apos;audit (spool) : %1 écrites dans le journal d&apos;audit, %2 déjà présentes, %3 encore en attente</translation>
    </message>
    <message>
        <source>Cannot create the audit spool&apos;s folder %1.</source>
        <translation>Impossible de créer le dossier de la file d&apos;attente locale d&apos;audit (spool) %1.</translation>
    </message>
    <message>
        <source>Cannot write the audit spool %1.</source>
        <translation>Impossible d&apos;écrire le spool d&apos;audit %1.</translation>
    </message>
    <message>
        <source>the audit log is not reachable yet: %1</source>
        <translation>le journal d&apos;audit n&apos;est pas encore joignable : %1</translation>
    </message>
    <message>
        <source>the audit log refused spooled line %1 (%2 %3): %4</source>
        <translation>le journal d&apos;audit a refusé la ligne en attente %1 (%2 %3) : %4</translation>
    </message>
    <message>
        <source>the spool was replayed but could not be renamed: %1</source>
        <translation>la file d&apos;attente locale (spool) a été rejouée mais n&apos;a pas pu être renommée : %1</translation>
    </message>
</context>
<context>
    <name>qm::tls::ClientCert</name>
    <message>
        <source>A client key is named without its certificate: name both files, or neither.</source>
        <translation>Une clé client est indiquée sans son certificat : indiquez les deux fichiers, ou aucun.</translation>
    </message>
    <message>
        <source>A client certificate is named without its key: name both files, or neither.</source>
        <translation>Un certificat client est indiqué sans sa clé : indiquez les deux fichiers, ou aucun.</translation>
    </message>
    <message>
        <source>The client key %1 can be read by other users (group or world access). Keep it to its owner: chmod 600 %1</source>
        <translation>La clé client %1 est lisible par d&apos;autres utilisateurs (accès groupe ou tous). Réservez-la à son propriétaire : chmod 600 %1</translation>
    </message>
    <message>
        <source>Cannot read the client certificate %1: %2. Check the path in the connection profile.</source>
        <translation>Impossible de lire le certificat client %1 : %2. Vérifiez le chemin dans le profil de connexion.</translation>
    </message>
    <message>
        <source>The client certificate %1 holds no PEM certificate.</source>
        <translation>Le certificat client %1 ne contient aucun certificat PEM.</translation>
    </message>
    <message>
        <source>Cannot read the client key %1: %2. Check the path in the connection profile.</source>
        <translation>Impossible de lire la clé client %1 : %2. Vérifiez le chemin dans le profil de connexion.</translation>
    </message>
    <message>
        <source>The client key %1 holds no unencrypted PEM private key (an encrypted key cannot be used here).</source>
        <translation>La clé client %1 ne contient aucune clé privée PEM non chiffrée (une clé chiffrée n&apos;est pas utilisable ici).</translation>
    </message>
    <message>
        <source>The client key %1 is not the key of the certificate %2.</source>
        <translation>La clé client %1 n&apos;est pas la clé du certificat %2.</translation>
    </message>
    <message>
        <source>%1 asks for a client certificate and the profile names none. Add the certificate and key your administrator issued to the connection profile (Client certificate, Client key).</source>
        <translation>%1 demande un certificat client et le profil n&apos;en indique aucun. Ajoutez au profil de connexion le certificat et la clé émis par votre administrateur (Certificat client, Clé client).</translation>
    </message>
    <message>
        <source>%1 refused the client certificate %2: it is not signed by a CA the server trusts, has expired, or is not for this user. Use the certificate your administrator issued for this server.</source>
        <translation>%1 a refusé le certificat client %2 : il n&apos;est pas signé par une CA à laquelle le serveur fait confiance, il a expiré, ou il n&apos;est pas destiné à cet utilisateur. Utilisez le certificat émis par votre administrateur pour ce serveur.</translation>
    </message>
</context>
<context>
    <name>qm::tls::Tls</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>the file cannot be read</source>
        <translation>le fichier ne peut pas être lu</translation>
    </message>
    <message>
        <source>it holds no PEM certificate</source>
        <translation>il ne contient aucun certificat PEM</translation>
    </message>
    <message>
        <source>%1 refused: its certificate is not signed by a CA this computer trusts (it was issued by &quot;%2&quot;). Choose the CA file that signed the server&apos;s certificate in the connection profile (CA file), or ask the server&apos;s administrator for it.</source>
        <translation>%1 refusé : son certificat n&apos;est pas signé par une CA à laquelle cet ordinateur fait confiance (il a été émis par « %2 »). Choisissez dans le profil de connexion le fichier de la CA qui a signé le certificat du serveur (fichier de CA), ou demandez-le à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate is not signed by the CA you chose (%2); it was issued by &quot;%3&quot;. Choose the CA file that signed the server&apos;s certificate in the connection profile, or ask the server&apos;s administrator which CA that is.</source>
        <translation>%1 refusé : son certificat n&apos;est pas signé par la CA choisie (%2) ; il a été émis par « %3 ». Choisissez dans le profil de connexion le fichier de la CA qui a signé le certificat du serveur, ou demandez à l&apos;administrateur du serveur de quelle CA il s&apos;agit.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate expired on %2. Ask the server&apos;s administrator to renew it; the console does not connect to a server with an expired certificate.</source>
        <translation>%1 refusé : son certificat a expiré le %2. Demandez à l&apos;administrateur du serveur de le renouveler ; la console ne se connecte pas à un serveur dont le certificat a expiré.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate is not valid before %2. Check this computer&apos;s clock, or ask the server&apos;s administrator.</source>
        <translation>%1 refusé : son certificat n&apos;est pas valide avant le %2. Vérifiez l&apos;horloge de cet ordinateur, ou demandez à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate was revoked. Ask the server&apos;s administrator for a new one.</source>
        <translation>%1 refusé : son certificat a été révoqué. Demandez-en un nouveau à l&apos;administrateur du serveur.</translation>
    </message>
    <message>
        <source>%1 refused: its certificate could not be verified (%2). Check the CA file in the connection profile.</source>
        <translation>%1 refusé : son certificat n&apos;a pas pu être vérifié (%2). Vérifiez le fichier de la CA dans le profil de connexion.</translation>
    </message>
    <message>
        <source>%1 refused: host name mismatch. The certificate is for %2, not for %3. Connect with a name the certificate lists, or ask the server&apos;s administrator for a certificate that names %3.</source>
        <translation>%1 refusé : le nom d&apos;hôte ne correspond pas. Le certificat est pour %2, pas pour %3. Connectez-vous avec un nom que le certificat mentionne, ou demandez à l&apos;administrateur du serveur un certificat qui nomme %3.</translation>
    </message>
    <message>
        <source>%1 refused: the server does not speak TLS (a plain-text server, or not its TLS port), and the profile requires a verified TLS connection. Use the server&apos;s TLS port or turn TLS on at the server.</source>
        <translation>%1 refusé : le serveur ne parle pas TLS (un serveur en clair, ou pas son port TLS), et le profil exige une connexion TLS vérifiée. Utilisez le port TLS du serveur ou activez TLS sur le serveur.</translation>
    </message>
    <message>
        <source>Cannot verify %1: the CA file %2 cannot be used (%3). Choose the CA certificate (PEM) that signed the server&apos;s certificate in the connection profile.</source>
        <translation>Impossible de vérifier %1 : le fichier de CA %2 est inutilisable (%3). Choisissez dans le profil de connexion le certificat de la CA (PEM) qui a signé le certificat du serveur.</translation>
    </message>
</context>
<context>
    <name>qm::vendure::AdminClient</name>
    <message>
        <source>Vendure&apos;s Admin API at %1 does not answer: is the server running?</source>
        <translation>L&apos;API Admin de Vendure à %1 ne répond pas : le serveur tourne-t-il ?</translation>
    </message>
    <message>
        <source>Vendure&apos;s Admin API at %1 did not answer within %2 s: is it overloaded or stuck? Nothing is known to have changed; read again before retrying.</source>
        <translation>L&apos;API Admin de Vendure à %1 n&apos;a pas répondu en %2 s : est-elle surchargée ou bloquée ? Aucun changement connu ; relisez avant de réessayer.</translation>
    </message>
    <message>
        <source>Vendure&apos;s Admin API at %1 closed the connection before answering: read again before retrying, the change may or may not have been made.</source>
        <translation>L&apos;API Admin de Vendure à %1 a fermé la connexion avant de répondre : relisez avant de réessayer, la modification a peut-être été faite, peut-être pas.</translation>
    </message>
    <message>
        <source>Vendure refused to %1: the signed-in administrator may not do this (or the sign-in was lost). Check the user&apos;s role in Vendure.</source>
        <translation>Vendure a refusé de %1 : l&apos;administrateur connecté n&apos;en a pas le droit (ou la connexion a été perdue). Vérifiez le rôle de l&apos;utilisateur dans Vendure.</translation>
    </message>
    <message>
        <source>Cannot %1: %2 Check the id; it may have been deleted in Vendure.</source>
        <translation>Impossible de %1 : %2 Vérifiez l&apos;identifiant ; il a peut-être été supprimé dans Vendure.</translation>
    </message>
    <message>
        <source>Vendure refused to %1: %2 Nothing was changed.</source>
        <translation>Vendure a refusé de %1 : %2 Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Vendure at %1 does not understand the console&apos;s request to %2: is it Vendure 3? (%3)</source>
        <translation>Vendure à %1 ne comprend pas la requête de la console pour %2 : est-ce Vendure 3 ? (%3)</translation>
    </message>
    <message>
        <source>Vendure failed to %1: %2</source>
        <translation>Vendure n&apos;a pas pu %1 : %2</translation>
    </message>
    <message>
        <source>Vendure refused to %1: %2 (the order is %3). Nothing was changed; reload the order.</source>
        <translation>Vendure a refusé de %1 : %2 (la commande est %3). Rien n&apos;a été modifié ; rechargez la commande.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucune)</translation>
    </message>
    <message>
        <source>Cannot read Vendure&apos;s passfile %1: %2. The connection profile names it under &quot;vendure&quot;: &quot;passfile&quot;.</source>
        <translation>Impossible de lire le fichier de mots de passe de Vendure %1 : %2. Le profil de connexion l&apos;indique sous &quot;vendure&quot;: &quot;passfile&quot;.</translation>
    </message>
    <message>
        <source>Vendure&apos;s passfile %1 has no password for the user %2: add a line &quot;%2 PASSWORD&quot;.</source>
        <translation>Le fichier de mots de passe de Vendure %1 n&apos;a pas de mot de passe pour l&apos;utilisateur %2 : ajoutez une ligne &quot;%2 MOT_DE_PASSE&quot;.</translation>
    </message>
    <message>
        <source>The connection profile names no Vendure Admin API (&quot;vendure&quot;: &quot;adminApi&quot;).</source>
        <translation>Le profil de connexion n&apos;indique aucune API Admin Vendure (&quot;vendure&quot;: &quot;adminApi&quot;).</translation>
    </message>
    <message>
        <source>The connection profile names no passfile for Vendure&apos;s user %1 (&quot;vendure&quot;: &quot;passfile&quot;).</source>
        <translation>Le profil de connexion n&apos;indique aucun fichier de mots de passe pour l&apos;utilisateur Vendure %1 (&quot;vendure&quot;: &quot;passfile&quot;).</translation>
    </message>
    <message>
        <source>sign in as %1</source>
        <translation>se connecter en tant que %1</translation>
    </message>
    <message>
        <source>Vendure at %1 refused the sign-in of %2: %3 Check the password in %4.</source>
        <translation>Vendure à %1 a refusé la connexion de %2 : %3 Vérifiez le mot de passe dans %4.</translation>
    </message>
    <message>
        <source>Vendure at %1 signed %2 in but sent no vendure-auth-token header: its authOptions.tokenMethod must include &quot;bearer&quot;.</source>
        <translation>Vendure à %1 a connecté %2 mais n&apos;a pas envoyé d&apos;en-tête vendure-auth-token : son authOptions.tokenMethod doit inclure &quot;bearer&quot;.</translation>
    </message>
    <message>
        <source>Vendure&apos;s Admin API at %1 answered HTTP %2 to %3: is the address right (it ends in /admin-api)?</source>
        <translation>L&apos;API Admin de Vendure à %1 a répondu HTTP %2 à %3 : l&apos;adresse est-elle juste (elle se termine par /admin-api) ?</translation>
    </message>
    <message>
        <source>%1 answered something that is not GraphQL to %2: is it Vendure&apos;s Admin API?</source>
        <translation>%1 a répondu à %2 quelque chose qui n&apos;est pas du GraphQL : est-ce l&apos;API Admin de Vendure ?</translation>
    </message>
    <message>
        <source>run an Admin API request</source>
        <translation>exécuter une requête de l&apos;API Admin</translation>
    </message>
    <message>
        <source>read product variant %1</source>
        <translation>lire la variante de produit %1</translation>
    </message>
    <message>
        <source>Vendure has no product variant with id %1: check the id (it may have been deleted).</source>
        <translation>Vendure n&apos;a pas de variante de produit d&apos;identifiant %1 : vérifiez l&apos;identifiant (elle a peut-être été supprimée).</translation>
    </message>
    <message>
        <source>A price cannot be negative (%1 for product variant %2). Nothing was changed.</source>
        <translation>Un prix ne peut pas être négatif (%1 pour la variante de produit %2). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>%1 (product variant %2) changed in Vendure after you read it: it was updated at %3 (you saw %4) and its price is now %5 (you saw %6). Nothing was written: reload it and edit again.</source>
        <translation>%1 (variante de produit %2) a changé dans Vendure après votre lecture : mise à jour à %3 (vous aviez %4), son prix est maintenant %5 (vous aviez %6). Rien n&apos;a été écrit : rechargez-la et modifiez-la à nouveau.</translation>
    </message>
    <message>
        <source>(not given)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>set the price of %1 (product variant %2) to %3 %4</source>
        <translation>fixer le prix de %1 (variante de produit %2) à %3 %4</translation>
    </message>
    <message>
        <source>Vendure has no product variant with id %1 any more: it was deleted while you edited it.</source>
        <translation>Vendure n&apos;a plus de variante de produit d&apos;identifiant %1 : elle a été supprimée pendant votre modification.</translation>
    </message>
    <message>
        <source>A stock adjustment of 0 changes nothing: give a positive or negative number.</source>
        <translation>Un ajustement de stock de 0 ne change rien : indiquez un nombre positif ou négatif.</translation>
    </message>
    <message>
        <source>%1 (product variant %2) is stocked at %3 locations: name one of %4.</source>
        <translation>%1 (variante de produit %2) est stocké à %3 emplacements : indiquez-en un parmi %4.</translation>
    </message>
    <message>
        <source>%1 (product variant %2) has no stock level at stock location %3 in Vendure.</source>
        <translation>%1 (variante de produit %2) n&apos;a pas de niveau de stock à l&apos;emplacement %3 dans Vendure.</translation>
    </message>
    <message>
        <source>Stock of %1 at %2 changed in Vendure after you read it: on hand is now %3 (you saw %4), %5 allocated. Nothing was written: reload and adjust again.</source>
        <translation>Le stock de %1 à %2 a changé dans Vendure après votre lecture : stock physique maintenant %3 (vous aviez %4), %5 alloués. Rien n&apos;a été écrit : rechargez et ajustez à nouveau.</translation>
    </message>
    <message>
        <source>Cannot take %1 of %2 off at %3: on hand is %4 and %5 are allocated to orders, so at most %6 can go. Nothing was written.</source>
        <translation>Impossible de retirer %1 de %2 à %3 : le stock physique est de %4 et %5 sont alloués à des commandes, donc %6 au plus. Rien n&apos;a été écrit.</translation>
    </message>
    <message>
        <source>set stock on hand of %1 at %2 to %3</source>
        <translation>fixer le stock physique de %1 à %2 à %3</translation>
    </message>
    <message>
        <source>Vendure answered the stock write of %1 without its level at %2.</source>
        <translation>Vendure a répondu à l&apos;écriture de stock de %1 sans son niveau à %2.</translation>
    </message>
    <message>
        <source>undo the stock adjustment of %1 at %2</source>
        <translation>annuler l&apos;ajustement de stock de %1 à %2</translation>
    </message>
    <message>
        <source>Checkouts allocated %1 of %2 while on hand was being set to %3, and putting the %4 back failed: %5 Count the stock at %6 now.</source>
        <translation>Des commandes ont alloué %1 de %2 pendant que le stock physique passait à %3, et la remise des %4 a échoué : %5 Comptez maintenant le stock à %6.</translation>
    </message>
    <message>
        <source>Checkouts allocated %1 of %2 at %3 while the stock was being written: taking %4 off would have left %5 available, so the adjustment was undone (on hand %6, allocated %7). Reload and adjust again.</source>
        <translation>Des commandes ont alloué %1 de %2 à %3 pendant l&apos;écriture du stock : retirer %4 aurait laissé %5 disponibles, l&apos;ajustement a donc été annulé (physique %6, alloué %7). Rechargez et ajustez à nouveau.</translation>
    </message>
    <message>
        <source>Stock of %1 at %2 was written (on hand %3, from %4), but orders were fulfilled or cancelled meanwhile (allocated %5, was %6): count the stock there to be sure on hand is right.</source>
        <translation>Le stock de %1 à %2 a été écrit (physique %3, avant %4), mais des commandes ont été expédiées ou annulées entre-temps (alloué %5, avant %6) : comptez le stock sur place pour vous assurer que le stock physique est juste.</translation>
    </message>
    <message>
        <source>Vendure has no product variant with id %1 any more.</source>
        <translation>Vendure n&apos;a plus de variante de produit d&apos;identifiant %1.</translation>
    </message>
    <message>
        <source>read order %1</source>
        <translation>lire la commande %1</translation>
    </message>
    <message>
        <source>Vendure has no order with id %1: check the id.</source>
        <translation>Vendure n&apos;a pas de commande d&apos;identifiant %1 : vérifiez l&apos;identifiant.</translation>
    </message>
    <message>
        <source>cancel order %1</source>
        <translation>annuler la commande %1</translation>
    </message>
    <message>
        <source>Cannot %1: it has nothing left to cancel (it is cancelled already). Nothing was changed.</source>
        <translation>Impossible de %1 : il ne reste rien à annuler (déjà annulée). Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>Order %1 (%2) has no settled payment with money left to refund: nothing was changed. Reload the order.</source>
        <translation>La commande %1 (%2) n&apos;a pas de paiement réglé avec un montant à rembourser : rien n&apos;a été modifié. Rechargez la commande.</translation>
    </message>
    <message>
        <source>Cannot refund %1 of order %2: between 1 and %3 (minor units) is left on its payment. Nothing was changed.</source>
        <translation>Impossible de rembourser %1 de la commande %2 : il reste entre 1 et %3 (unités mineures) sur son paiement. Rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>refund %1 of order %2</source>
        <translation>rembourser %1 de la commande %2</translation>
    </message>
    <message>
        <source>Order %1 (%2) has nothing left to fulfil (state %3): nothing was changed.</source>
        <translation>La commande %1 (%2) n&apos;a plus rien à expédier (état %3) : rien n&apos;a été modifié.</translation>
    </message>
    <message>
        <source>fulfil order %1</source>
        <translation>expédier la commande %1</translation>
    </message>
    <message>
        <source>mark fulfilment %1 of order %2 %3</source>
        <translation>marquer l&apos;expédition %1 de la commande %2 comme %3</translation>
    </message>
    <message>
        <source>Fulfilment %1 was created and stays in its last state.</source>
        <translation>L&apos;expédition %1 a été créée et reste dans son dernier état.</translation>
    </message>
    <message>
        <source>An empty note was not added.</source>
        <translation>Une note vide n&apos;a pas été ajoutée.</translation>
    </message>
    <message>
        <source>add a note to order %1</source>
        <translation>ajouter une note à la commande %1</translation>
    </message>
</context>
<context>
    <name>qm::vendure::VendureCsvExporter</name>
    <message>
        <source>Cannot write to standard output.</source>
        <translation>Impossible d&apos;écrire sur la sortie standard.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>export products</source>
        <translation>exporter les produits</translation>
    </message>
    <message>
        <source>Writing %1 failed: %2</source>
        <translation>L&apos;écriture de %1 a échoué : %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>L&apos;export a été annulé.</translation>
    </message>
    <message>
        <source>Saving %1 failed: %2</source>
        <translation>L&apos;enregistrement de %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>qm::vendure::VendureCsvImporter</name>
    <message>
        <source>read the default channel</source>
        <translation>lire le canal par défaut</translation>
    </message>
    <message>
        <source>read product variants</source>
        <translation>lire les variantes de produit</translation>
    </message>
    <message>
        <source>a price cannot be negative (%1): Vendure refuses it</source>
        <translation>un prix ne peut pas être négatif (%1) : Vendure le refuse</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price in minor units: a whole number like 1299 (12.99 in a currency with cents)</source>
        <translation>« %1 » n&apos;est pas un prix en unités mineures : un nombre entier comme 1299 (12.99 dans une devise avec centimes)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a price: digits with a point before the cents, like 12.99</source>
        <translation>« %1 » n&apos;est pas un prix : des chiffres avec un point avant les centimes, comme 12.99</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has more decimals than %2 has (%3): Vendure stores whole minor units</source>
        <translation>« %1 » a plus de décimales que %2 (%3) : Vendure stocke des unités mineures entières</translation>
    </message>
    <message>
        <source>%1 is more than Vendure can store (at most %2 in minor units)</source>
        <translation>%1 dépasse ce que Vendure peut stocker (au plus %2 en unités mineures)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>the file is empty: it needs a header line (id,sku,name,...,price_minor) and rows</source>
        <translation>le fichier est vide : il lui faut une ligne d&apos;en-tête (id,sku,name,...,price_minor) et des lignes</translation>
    </message>
    <message>
        <source>%1 is the default channel&apos;s language: its names go in the &quot;name&quot; column</source>
        <translation>%1 est la langue du canal par défaut : ses noms vont dans la colonne « name »</translation>
    </message>
    <message>
        <source>the default channel does not offer the language &quot;%1&quot; (it offers %2): add it to the channel in Vendure first</source>
        <translation>le canal par défaut ne propose pas la langue « %1 » (il propose %2) : ajoutez-la d&apos;abord au canal dans Vendure</translation>
    </message>
    <message>
        <source>on Vendure the import sets variant names and prices only: remove the column &quot;%1&quot; (change it in Vendure&apos;s admin)</source>
        <translation>sur Vendure, l&apos;import ne définit que les noms et les prix des variantes : retirez la colonne « %1 » (modifiez-la dans l&apos;administration de Vendure)</translation>
    </message>
    <message>
        <source>unknown column &quot;%1&quot; (known: %2, name:&lt;language&gt;)</source>
        <translation>colonne inconnue « %1 » (connues : %2, name:&lt;langue&gt;)</translation>
    </message>
    <message>
        <source>the column &quot;%1&quot; appears twice</source>
        <translation>la colonne « %1 » apparaît deux fois</translation>
    </message>
    <message>
        <source>the file needs an &quot;id&quot; or a &quot;sku&quot; column to find the variants</source>
        <translation>le fichier a besoin d&apos;une colonne « id » ou « sku » pour trouver les variantes</translation>
    </message>
    <message>
        <source>give the price once: &quot;price_minor&quot; (minor units, as exported) or &quot;price&quot; (major units), not both</source>
        <translation>indiquez le prix une seule fois : « price_minor » (unités mineures, comme à l&apos;export) ou « price » (unités principales), pas les deux</translation>
    </message>
    <message>
        <source>expected %1 fields, found %2</source>
        <translation>%1 champs attendus, %2 trouvés</translation>
    </message>
    <message>
        <source>id &quot;%1&quot; is not a variant id (a whole number)</source>
        <translation>l&apos;id « %1 » n&apos;est pas un id de variante (un nombre entier)</translation>
    </message>
    <message>
        <source>sku is empty</source>
        <translation>sku est vide</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters (%3)</source>
        <translation>%1 dépasse %2 caractères (%3)</translation>
    </message>
    <message>
        <source>currency &quot;%1&quot; is not the default channel&apos;s (%2): the import sets prices in %2 only</source>
        <translation>la devise « %1 » n&apos;est pas celle du canal par défaut (%2) : l&apos;import ne définit les prix qu&apos;en %2</translation>
    </message>
    <message>
        <source>variant %1 is on line %2 too: give each variant once</source>
        <translation>la variante %1 est aussi à la ligne %2 : indiquez chaque variante une seule fois</translation>
    </message>
    <message>
        <source>SKU &quot;%1&quot; is on line %2 too: give each variant once</source>
        <translation>le SKU « %1 » est aussi à la ligne %2 : indiquez chaque variante une seule fois</translation>
    </message>
    <message>
        <source>The import was cancelled: nothing was imported.</source>
        <translation>L&apos;import a été annulé : rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>the file has a header but no rows</source>
        <translation>le fichier a un en-tête mais aucune ligne</translation>
    </message>
    <message>
        <source>import products</source>
        <translation>importer les produits</translation>
    </message>
    <message>
        <source>unknown variant id %1: Vendure has no such variant (deleted, or from another store?)</source>
        <translation>id de variante inconnu %1 : Vendure n&apos;a pas cette variante (supprimée, ou d&apos;une autre boutique ?)</translation>
    </message>
    <message>
        <source>variant %1 has the SKU &quot;%2&quot;, not &quot;%3&quot;: the import does not change SKUs (check the row)</source>
        <translation>la variante %1 a le SKU « %2 », pas « %3 » : l&apos;import ne modifie pas les SKU (vérifiez la ligne)</translation>
    </message>
    <message>
        <source>unknown SKU &quot;%1&quot;: no variant in Vendure has it (the import changes existing variants; create new ones in Vendure)</source>
        <translation>SKU inconnu « %1 » : aucune variante dans Vendure ne l&apos;a (l&apos;import modifie les variantes existantes ; créez les nouvelles dans Vendure)</translation>
    </message>
    <message>
        <source>the SKU &quot;%1&quot; belongs to %2 variants in Vendure: add the &quot;id&quot; column to say which</source>
        <translation>le SKU « %1 » appartient à %2 variantes dans Vendure : ajoutez la colonne « id » pour préciser laquelle</translation>
    </message>
    <message>
        <source>variant %1 (%2) is not in Vendure&apos;s Admin API any more</source>
        <translation>la variante %1 (%2) n&apos;est plus dans l&apos;Admin API de Vendure</translation>
    </message>
    <message>
        <source>%1 %2 of %3 variants were imported before this batch; nothing of it was sent.</source>
        <translation>%1 %2 variantes sur %3 ont été importées avant ce lot ; rien de celui-ci n&apos;a été envoyé.</translation>
    </message>
    <message>
        <source>it was deleted</source>
        <translation>elle a été supprimée</translation>
    </message>
    <message>
        <source>price_minor %1 -&gt; %2</source>
        <translation>price_minor %1 -&gt; %2</translation>
    </message>
    <message>
        <source>name in %1 &quot;%2&quot; -&gt; &quot;%3&quot;</source>
        <translation>nom en %1 « %2 » -&gt; « %3 »</translation>
    </message>
    <message>
        <source>updatedAt %1 -&gt; %2</source>
        <translation>updatedAt %1 -&gt; %2</translation>
    </message>
    <message>
        <source>variant %1 (%2) changed in Vendure after the plan (%3): left as the other writer made it; export again and redo this row</source>
        <translation>la variante %1 (%2) a changé dans Vendure après le plan (%3) : laissée telle que l&apos;autre rédacteur l&apos;a faite ; exportez à nouveau et refaites cette ligne</translation>
    </message>
    <message>
        <source>The audit log refused the import&apos;s next batch, so it was not sent: %1 %2 of %3 variants were imported before it.</source>
        <translation>Le journal d&apos;audit a refusé le lot suivant de l&apos;import, il n&apos;a donc pas été envoyé : %1 %2 variantes sur %3 ont été importées avant.</translation>
    </message>
    <message>
        <source>Vendure refused batch %1 of the import (lines %2-%3): %4 Nothing of this batch was applied; %5 of %6 variants were imported before it.</source>
        <translation>Vendure a refusé le lot %1 de l&apos;import (lignes %2-%3) : %4 Rien de ce lot n&apos;a été appliqué ; %5 variantes sur %6 ont été importées avant.</translation>
    </message>
    <message>
        <source>read back, variant %1 (%2) does not hold the file&apos;s values: another writer changed it after the import</source>
        <translation>à la relecture, la variante %1 (%2) n&apos;a pas les valeurs du fichier : un autre rédacteur l&apos;a modifiée après l&apos;import</translation>
    </message>
    <message>
        <source>The Vendure Admin API call was cancelled.</source>
        <translation>L&apos;appel à l&apos;API Admin Vendure a été annulé.</translation>
    </message>
</context>
<context>
    <name>qmctl</name>
    <message>
        <source>Connection profile (JSON). Default: $QM_SANDBOX_DIR/profile.json.</source>
        <translation>Profil de connexion (JSON). Par défaut : $QM_SANDBOX_DIR/profile.json.</translation>
    </message>
    <message>
        <source>PostgreSQL user instead of the profile&apos;s.</source>
        <translation>Utilisateur PostgreSQL à la place de celui du profil.</translation>
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
        <translation>Usage : qmctl [--profile FILE] [--user NAME] &lt;commande&gt; [options]

La ligne de commande de Quartermaster : migrations de schéma, données du bac à sable, santé du cluster.

Options globales :
  --profile FILE  profil de connexion (JSON) ; par défaut $QM_SANDBOX_DIR/profile.json
  --user NAME     utilisateur PostgreSQL à la place de celui du profil
  -h, --help      cette aide ; `qmctl &lt;commande&gt; --help` pour les options d&apos;une commande
  -v, --version   version

Commandes :
</translation>
    </message>
    <message>
        <source>qmctl: unknown command &quot;%1&quot;</source>
        <translation>qmctl : commande inconnue « %1 »</translation>
    </message>
</context>
<context>
    <name>qmctl::AuditCheckpointCommand</name>
    <message>
        <source>sign the audit chain&apos;s head with an Ed25519 key into a folder</source>
        <translation>signer la tête de la chaîne d&apos;audit avec une clé Ed25519 dans un dossier</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>The folder the checkpoint is written to.</source>
        <translation>Le dossier où le point de contrôle est écrit.</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>qmctl audit checkpoint: --key FILE and --dir DIR are required</source>
        <translation>qmctl audit checkpoint : --key FILE et --dir DIR sont obligatoires</translation>
    </message>
    <message>
        <source>The audit log is empty: no checkpoint written.</source>
        <translation>Le journal d&apos;audit est vide : aucun point de contrôle écrit.</translation>
    </message>
    <message>
        <source>The Ed25519 private key (PEM, mode 0600; qmctl audit keygen makes one), or &quot;keychain&quot; for the key in the OS keychain.</source>
        <translation>La clé privée Ed25519 (PEM, mode 0600 ; qmctl audit keygen en crée une), ou « keychain » pour la clé du trousseau du système.</translation>
    </message>
</context>
<context>
    <name>qmctl::AuditKeygenCommand</name>
    <message>
        <source>write a new Ed25519 checkpoint key (FILE, 0600) and FILE.pub</source>
        <translation>écrire une nouvelle clé Ed25519 de point de contrôle (FILE, 0600) et FILE.pub</translation>
    </message>
    <message>
        <source>qmctl audit keygen: give exactly one FILE</source>
        <translation>qmctl audit keygen : indiquez exactement un FILE</translation>
    </message>
    <message>
        <source>Private key: %1 (mode 0600)</source>
        <translation>Clé privée : %1 (mode 0600)</translation>
    </message>
    <message>
        <source>Public key: %1.pub (fingerprint %2)</source>
        <translation>Clé publique : %1.pub (empreinte %2)</translation>
    </message>
    <message>
        <source>Where the private key goes (never overwritten); the public key goes to FILE.pub. Keep the private key off the database&apos;s machines. With --keychain: where the public key goes.</source>
        <translation>Où va la clé privée (jamais écrasée) ; la clé publique va dans FILE.pub. Gardez la clé privée hors des machines de la base de données. Avec --keychain : où va la clé publique.</translation>
    </message>
    <message>
        <source>Store the private key in the OS keychain (replacing the one there) instead of a file; FILE receives the public key.</source>
        <translation>Stocker la clé privée dans le trousseau du système (en remplaçant celle qui s&apos;y trouve) au lieu d&apos;un fichier ; FILE reçoit la clé publique.</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Le trousseau n&apos;a pas répondu.</translation>
    </message>
    <message>
        <source>Private key: in the keychain (entry %1)</source>
        <translation>Clé privée : dans le trousseau (entrée %1)</translation>
    </message>
    <message>
        <source>Public key: %1 (fingerprint %2)</source>
        <translation>Clé publique : %1 (empreinte %2)</translation>
    </message>
</context>
<context>
    <name>qmctl::AuditSpoolListCommand</name>
    <message>
        <source>show the audit entries spooled while the database was down</source>
        <translation>afficher les entrées d&apos;audit mises en attente pendant l&apos;indisponibilité de la base de données</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>Spool: %1</source>
        <translation>Spool : %1</translation>
    </message>
    <message>
        <source>Nothing is waiting.</source>
        <translation>Rien n&apos;est en attente.</translation>
    </message>
    <message numerus="yes">
        <source>%n entries waiting</source>
        <translation>
            <numerusform>%n entrée en attente</numerusform>
            <numerusform>%n entrées en attente</numerusform>
        </translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>Write them into the audit log with: qmctl audit spool replay</source>
        <translation>Écrivez-les dans le journal d&apos;audit avec : qmctl audit spool replay</translation>
    </message>
</context>
<context>
    <name>qmctl::AuditSpoolReplayCommand</name>
    <message>
        <source>write the spooled audit entries into the audit log, each once</source>
        <translation>écrire les entrées d&apos;audit en attente dans le journal d&apos;audit, chacune une seule fois</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>Nothing is waiting in %1.</source>
        <translation>Rien n&apos;est en attente dans %1.</translation>
    </message>
    <message>
        <source>Written to the audit log: %1; already there: %2; still waiting: %3</source>
        <translation>Écrites dans le journal d&apos;audit : %1 ; déjà présentes : %2 ; toujours en attente : %3</translation>
    </message>
    <message>
        <source>unreadable: %1</source>
        <translation>illisible : %1</translation>
    </message>
    <message>
        <source>The spool is kept as %1</source>
        <translation>La file d&apos;attente locale (spool) est conservée sous %1</translation>
    </message>
    <message>
        <source>qmctl: %1</source>
        <translation>qmctl : %1</translation>
    </message>
    <message numerus="yes">
        <source>qmctl: %n entries stay in the spool. Replay as the on-call or an admin role (--user NAME), or ask one to.</source>
        <translation>
            <numerusform>qmctl : %n entrée reste dans le spool. Rejouez-la avec le rôle d&apos;astreinte ou un rôle d&apos;administrateur (--user NAME), ou demandez-le à quelqu&apos;un qui l&apos;a.</numerusform>
            <numerusform>qmctl : %n entrées restent dans le spool. Rejouez-les avec le rôle d&apos;astreinte ou un rôle d&apos;administrateur (--user NAME), ou demandez-le à quelqu&apos;un qui l&apos;a.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qmctl::AuditVerifyCommand</name>
    <message>
        <source>verify the audit log&apos;s hash chain and its signed checkpoints</source>
        <translation>vérifier la chaîne de hachage du journal d&apos;audit et ses points de contrôle signés</translation>
    </message>
    <message>
        <source>Verify the rows from this id on (default: all).</source>
        <translation>Vérifier les lignes à partir de cet id (par défaut : toutes).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Rows per server call (default 10000).</source>
        <translation>Lignes par appel au serveur (10000 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Folder of signed checkpoints to check the chain against (with --pubkey).</source>
        <translation>Dossier de points de contrôle signés avec lesquels vérifier la chaîne (avec --pubkey).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>The Ed25519 public key (PEM) the checkpoints must be signed with.</source>
        <translation>La clé publique Ed25519 (PEM) avec laquelle les points de contrôle doivent être signés.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un seul objet JSON.</translation>
    </message>
    <message>
        <source>qmctl audit verify: --from and --chunk take positive numbers</source>
        <translation>qmctl audit verify : --from et --chunk attendent des nombres positifs</translation>
    </message>
    <message>
        <source>qmctl audit verify: --checkpoints and --pubkey go together</source>
        <translation>qmctl audit verify : --checkpoints et --pubkey vont ensemble</translation>
    </message>
    <message>
        <source>audit verify: %1 rows checked, up to id %2 of %3</source>
        <translation>audit verify : %1 lignes vérifiées, jusqu&apos;à l&apos;id %2 sur %3</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Chain: %1 rows checked, intact</source>
        <translation>Chaîne : %1 lignes vérifiées, intacte</translation>
    </message>
    <message>
        <source>Chain: %1 rows checked, first bad id %2</source>
        <translation>Chaîne : %1 lignes vérifiées, premier id erroné %2</translation>
    </message>
    <message>
        <source>Checkpoints: %1 read, %2 match</source>
        <translation>Points de contrôle : %1 lus, %2 concordent</translation>
    </message>
    <message>
        <source>; the newest anchors id %1 (signed at %2)</source>
        <translation> ; le plus récent ancre l&apos;id %1 (signé le %2)</translation>
    </message>
    <message>
        <source>FINDING: %1</source>
        <translation>CONSTAT : %1</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>remarque : %1</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
</context>
<context>
    <name>qmctl::CachePurgeCommand</name>
    <message>
        <source>purge Redis keys / Varnish pages by pattern, tag or product, safely</source>
        <translation>purger des clés Redis / pages Varnish par motif, balise ou produit, en toute sécurité</translation>
    </message>
    <message>
        <source>Redis glob (Redis&apos; own MATCH syntax).</source>
        <translation>Glob Redis (la syntaxe MATCH propre à Redis).</translation>
    </message>
    <message>
        <source>glob</source>
        <translation>glob</translation>
    </message>
    <message>
        <source>Tag set name (the keys of tag:&lt;name&gt;).</source>
        <translation>Nom de l&apos;ensemble de balises (les clés de tag:&lt;name&gt;).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Product id: its Redis objects and pages, and its Varnish pages.</source>
        <translation>Identifiant de produit : ses objets et pages Redis, et ses pages Varnish.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Varnish ban by URL regex.</source>
        <translation>Ban Varnish par regex d&apos;URL.</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>regex</translation>
    </message>
    <message>
        <source>Varnish ban by Host regex.</source>
        <translation>Ban Varnish par regex de Host.</translation>
    </message>
    <message>
        <source>Varnish xkey purge of a tag.</source>
        <translation>Purge xkey Varnish d&apos;une balise.</translation>
    </message>
    <message>
        <source>tag</source>
        <translation>balise</translation>
    </message>
    <message>
        <source>Remove tag-set members whose keys expired.</source>
        <translation>Retirer les membres d&apos;ensembles de balises dont les clés ont expiré.</translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation>Afficher le plan ; ne rien modifier.</translation>
    </message>
    <message>
        <source>Do not ask (development and staging).</source>
        <translation>Ne pas demander (développement et préproduction).</translation>
    </message>
    <message>
        <source>The target, typed: required for production without a terminal.</source>
        <translation>La cible, saisie : obligatoire pour la production sans terminal.</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>Allow this one purge to delete sessions and carts (session:*, cart:*).</source>
        <translation>Autoriser cette seule purge à supprimer des sessions et des paniers (session:*, cart:*).</translation>
    </message>
    <message>
        <source>Latency budget for shoppers while deleting (default 2 ms).</source>
        <translation>Budget de latence pour les acheteurs pendant la suppression (par défaut 2 ms).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>Print the report as one JSON object.</source>
        <translation>Afficher le rapport sous la forme d&apos;un objet JSON.</translation>
    </message>
    <message>
        <source>qmctl cache purge: give exactly one of --pattern, --tag, --product, --ban-url/--ban-host, --varnish-tag, --reap-tags</source>
        <translation>qmctl cache purge : indiquez exactement un de --pattern, --tag, --product, --ban-url/--ban-host, --varnish-tag, --reap-tags</translation>
    </message>
    <message>
        <source>qmctl cache purge: --budget-ms takes a number of milliseconds above 0, not &quot;%1&quot;</source>
        <translation>qmctl cache purge : --budget-ms attend un nombre de millisecondes supérieur à 0, pas « %1 »</translation>
    </message>
    <message>
        <source>%1 may not purge caches: the role lacks the %2 right. Nothing was planned or changed.</source>
        <translation>%1 ne peut pas purger les caches : il manque au rôle le droit %2. Rien n&apos;a été planifié ni modifié.</translation>
    </message>
    <message>
        <source>this role may: %1</source>
        <translation>ce rôle peut : %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>  shopper p90 %1 ms</source>
        <translation>  acheteurs p90 %1 ms</translation>
    </message>
    <message>
        <source>  pacing %1 ms</source>
        <translation>  cadence %1 ms</translation>
    </message>
    <message>
        <source>  hits: %1 %2%3</source>
        <translation>  correspondances : %1 %2%3</translation>
    </message>
    <message>
        <source> (exact)</source>
        <translation> (exact)</translation>
    </message>
    <message>
        <source> (estimate)</source>
        <translation> (estimation)</translation>
    </message>
    <message>
        <source>  sample:</source>
        <translation>  échantillon :</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  avertissement : %1</translation>
    </message>
    <message>
        <source>  REFUSED: %1</source>
        <translation>  REFUSÉ : %1</translation>
    </message>
    <message>
        <source>qmctl: not confirmed (%1 Use --yes, or --confirm TARGET for a production profile.)</source>
        <translation>qmctl : non confirmé (%1 Utilisez --yes, ou --confirm TARGET pour un profil de production.)</translation>
    </message>
    <message>
        <source>Proceed? [y/N] </source>
        <translation>Continuer ? (y = oui) [y/N] </translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Saisissez %1 pour confirmer : </translation>
    </message>
    <message>
        <source>qmctl: %1</source>
        <translation>qmctl : %1</translation>
    </message>
    <message>
        <source>verify: ok  </source>
        <translation>vérification : ok  </translation>
    </message>
    <message>
        <source>verify: NOT OK  </source>
        <translation>vérification : PAS OK  </translation>
    </message>
    <message>
        <source>audit: recorded (request %1)</source>
        <translation>audit : enregistré (requête %1)</translation>
    </message>
    <message>
        <source>qmctl: the purge ran, but the audit log refused its outcome (%1); it was kept in %2</source>
        <translation>qmctl : la purge a été exécutée, mais le journal d&apos;audit a refusé son résultat (%1) ; il a été conservé dans %2</translation>
    </message>
</context>
<context>
    <name>qmctl::CapacityForecastCommand</name>
    <message>
        <source>forecast a capacity series and the time until it reaches its limit</source>
        <translation>prévoir une série de capacité et le temps jusqu&apos;à ce qu&apos;elle atteigne sa limite</translation>
    </message>
    <message>
        <source>PromQL, or a series id (pg.connections, redis.memory, node.disk_used, ...).</source>
        <translation>PromQL, ou un id de série (pg.connections, redis.memory, node.disk_used, ...).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>History the model learns from: 6h, 2d, 30d. Default 2d.</source>
        <translation>Historique dont le modèle apprend : 6h, 2d, 30d. Par défaut 2d.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>How far ahead to forecast. Default 24h.</source>
        <translation>Jusqu&apos;où prévoir. Par défaut 24h.</translation>
    </message>
    <message>
        <source>The limit to reach (default: the servers&apos; own for the series, if any).</source>
        <translation>La limite à atteindre (par défaut : celle des serveurs pour la série, s&apos;il y en a une).</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>The limit is a floor (falling below it is the problem, e.g. a hit ratio).</source>
        <translation>La limite est un plancher (c&apos;est passer en dessous qui pose problème, p. ex. un taux de succès).</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>qmctl capacity forecast: --expr is required</source>
        <translation>qmctl capacity forecast : --expr est obligatoire</translation>
    </message>
    <message>
        <source>qmctl capacity forecast: --range and --horizon take durations such as 2d or 24h</source>
        <translation>qmctl capacity forecast : --range et --horizon attendent des durées comme 2d ou 24h</translation>
    </message>
    <message>
        <source>qmctl capacity forecast: --limit takes a number</source>
        <translation>qmctl capacity forecast : --limit attend un nombre</translation>
    </message>
    <message>
        <source>Forecasts need history: this profile has no Prometheus (&quot;prometheus&quot;: {&quot;url&quot;: ...}). qmctl capacity query samples the servers directly.</source>
        <translation>Les prévisions ont besoin d&apos;historique : ce profil n&apos;a pas de Prometheus (&quot;prometheus&quot;: {&quot;url&quot;: ...}). qmctl capacity query interroge directement les serveurs.</translation>
    </message>
    <message>
        <source>limit %1</source>
        <translation>limite %1</translation>
    </message>
    <message>
        <source>%1: no forecast: %2</source>
        <translation>%1 : pas de prévision : %2</translation>
    </message>
    <message>
        <source>%1: no limit to reach; forecast by %2.</source>
        <translation>%1 : aucune limite en vue ; prévision par %2.</translation>
    </message>
    <message>
        <source>no series: %1 returned nothing over the range</source>
        <translation>pas de série : %1 n&apos;a rien renvoyé sur la plage</translation>
    </message>
</context>
<context>
    <name>qmctl::CapacityQueryCommand</name>
    <message>
        <source>a capacity series over a time range, from Prometheus or sampled directly</source>
        <translation>une série de capacité sur une période, depuis Prometheus ou échantillonnée directement</translation>
    </message>
    <message>
        <source>PromQL, or a series id (pg.connections, pg.tps, pg.cache_hit, pg.replication_lag_s, redis.ops, redis.memory, redis.hit_ratio, redis.evictions, node.cpu, node.disk_used, biz.orders_per_min, ...).</source>
        <translation>PromQL, ou un id de série (pg.connections, pg.tps, pg.cache_hit, pg.replication_lag_s, redis.ops, redis.memory, redis.hit_ratio, redis.evictions, node.cpu, node.disk_used, biz.orders_per_min, ...).</translation>
    </message>
    <message>
        <source>EXPR</source>
        <translation>EXPR</translation>
    </message>
    <message>
        <source>How far back (Prometheus) or how long to sample (direct): 90s, 15m, 6h, 30d. Default 15m.</source>
        <translation>Jusqu&apos;où remonter (Prometheus) ou combien de temps échantillonner (direct) : 90s, 15m, 6h, 30d. Par défaut 15m.</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>Prometheus resolution (default: 2s, coarser when the range needs it).</source>
        <translation>Résolution Prometheus (par défaut : 2s, plus grossière si la plage le demande).</translation>
    </message>
    <message>
        <source>Without Prometheus: sample every N seconds (default 2).</source>
        <translation>Sans Prometheus : échantillonner toutes les N secondes (par défaut 2).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>qmctl capacity query: --expr is required</source>
        <translation>qmctl capacity query : --expr est obligatoire</translation>
    </message>
    <message>
        <source>qmctl capacity query: --range takes a duration such as 15m, not &quot;%1&quot;</source>
        <translation>qmctl capacity query : --range attend une durée comme 15m, pas « %1 »</translation>
    </message>
    <message>
        <source>qmctl capacity query: --step takes a duration such as 2s</source>
        <translation>qmctl capacity query : --step attend une durée comme 2s</translation>
    </message>
    <message>
        <source>qmctl capacity query: --sample takes seconds (0.1 or more)</source>
        <translation>qmctl capacity query : --sample attend des secondes (0.1 ou plus)</translation>
    </message>
    <message>
        <source>qmctl capacity query: cannot read %1</source>
        <translation>qmctl capacity query : impossible de lire %1</translation>
    </message>
    <message>
        <source>%1  %2 points (%3 with a value)  last %4  min %5  max %6 %7</source>
        <translation>%1  %2 points (%3 avec une valeur)  dernier %4  min %5  max %6 %7</translation>
    </message>
    <message>
        <source>limit %1: %2</source>
        <translation>limite %1 : %2</translation>
    </message>
</context>
<context>
    <name>qmctl::CatalogExportCommand</name>
    <message>
        <source>export products (a filter of them) as CSV</source>
        <translation>exporter des produits (filtrés) en CSV</translation>
    </message>
    <message>
        <source>Filter, repeatable: sku=PREFIX, search=TEXT, category=ID[,ID], status=active[,draft], price-min=N, price-max=N, stock=in|low|out.</source>
        <translation>Filtre, répétable : sku=PRÉFIXE, search=TEXTE, category=ID[,ID], status=active[,draft], price-min=N, price-max=N, stock=in|low|out.</translation>
    </message>
    <message>
        <source>key=value</source>
        <translation>clé=valeur</translation>
    </message>
    <message>
        <source>sku, name, price, updated or id; :desc to reverse.</source>
        <translation>sku, name, price, updated ou id ; :desc pour inverser.</translation>
    </message>
    <message>
        <source>column</source>
        <translation>colonne</translation>
    </message>
    <message>
        <source>Output file (default: standard output).</source>
        <translation>Fichier de sortie (par défaut : sortie standard).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>exported %1 products (%2 MB) in %3 s%4</source>
        <translation>%1 produits (%2 Mo) exportés en %3 s%4</translation>
    </message>
    <message>
        <source> to %1</source>
        <translation> vers %1</translation>
    </message>
    <message>
        <source>category takes category ids: %1</source>
        <translation>category attend des identifiants de catégorie : %1</translation>
    </message>
    <message>
        <source>%1 takes a number: %2</source>
        <translation>%1 attend un nombre : %2</translation>
    </message>
    <message>
        <source>stock is in, low or out</source>
        <translation>stock vaut in, low ou out</translation>
    </message>
    <message>
        <source>unknown filter &quot;%1&quot;</source>
        <translation>filtre inconnu « %1 »</translation>
    </message>
    <message>
        <source>cannot sort by &quot;%1&quot; (sku, name, price, updated, id)</source>
        <translation>impossible de trier par « %1 » (sku, name, price, updated, id)</translation>
    </message>
    <message>
        <source>qmctl catalog export: on Vendure the export writes every variant in id order: --filter and --sort do not apply</source>
        <translation>qmctl catalog export : sur Vendure, l&apos;export écrit toutes les variantes dans l&apos;ordre des id : --filter et --sort ne s&apos;appliquent pas</translation>
    </message>
</context>
<context>
    <name>qmctl::CatalogImportCommand</name>
    <message>
        <source>import products from CSV: every bad row reported, then all or nothing</source>
        <translation>importer des produits depuis un CSV : chaque ligne erronée est signalée, puis tout ou rien</translation>
    </message>
    <message>
        <source>Check and count; change nothing.</source>
        <translation>Vérifier et compter ; ne rien modifier.</translation>
    </message>
    <message>
        <source>Reuse a request id to retry safely (applied at most once).</source>
        <translation>Réutiliser un identifiant de requête pour réessayer sans risque (appliqué au plus une fois).</translation>
    </message>
    <message>
        <source>uuid</source>
        <translation>uuid</translation>
    </message>
    <message>
        <source>Issues to list (default 1000).</source>
        <translation>Problèmes à lister (par défaut 1000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Afficher le rapport en JSON.</translation>
    </message>
    <message>
        <source>Column separator: auto (from the header line; the default), comma, semicolon or tab.</source>
        <translation>Séparateur de colonnes : auto (d&apos;après la ligne d&apos;en-tête ; par défaut), comma, semicolon ou tab.</translation>
    </message>
    <message>
        <source>sep</source>
        <translation>sép</translation>
    </message>
    <message>
        <source>qmctl catalog import: give exactly one CSV file</source>
        <translation>qmctl catalog import : indiquez exactement un fichier CSV</translation>
    </message>
    <message>
        <source>qmctl catalog import: --delimiter is auto, comma, semicolon or tab</source>
        <translation>qmctl catalog import : --delimiter vaut auto, comma, semicolon ou tab</translation>
    </message>
    <message>
        <source>qmctl catalog import: --request-id is not a UUID</source>
        <translation>qmctl catalog import : --request-id n&apos;est pas un UUID</translation>
    </message>
    <message>
        <source>To retry safely, run the same import with --request-id %1 (a request is applied at most once).</source>
        <translation>Pour réessayer sans risque, relancez la même importation avec --request-id %1 (une requête est appliquée au plus une fois).</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n row(s), columns %2%3</source>
        <translation>
            <numerusform>%1 : %n ligne, colonnes %2%3</numerusform>
            <numerusform>%1 : %n lignes, colonnes %2%3</numerusform>
        </translation>
    </message>
    <message>
        <source> (UTF-8 BOM)</source>
        <translation> (BOM UTF-8)</translation>
    </message>
    <message numerus="yes">
        <source>%n issue(s); nothing was imported:</source>
        <translation>
            <numerusform>%n problème ; rien n&apos;a été importé :</numerusform>
            <numerusform>%n problèmes ; rien n&apos;a été importé :</numerusform>
        </translation>
    </message>
    <message>
        <source>  ... and %1 more</source>
        <translation>  ... et %1 de plus</translation>
    </message>
    <message>
        <source>%1 new, %2 updated, %3 unchanged</source>
        <translation>%1 nouveaux, %2 mis à jour, %3 inchangés</translation>
    </message>
    <message>
        <source>already imported by request %1 (%2): nothing done now</source>
        <translation>déjà importé par la requête %1 (%2) : rien n&apos;est fait maintenant</translation>
    </message>
    <message>
        <source>dry run: would import %1 (%2 price changes); nothing changed</source>
        <translation>simulation : importerait %1 (%2 changements de prix) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>imported: %1 in %2 s (request %3)</source>
        <translation>importé : %1 en %2 s (requête %3)</translation>
    </message>
    <message>
        <source>columns separated by %1 (detected)</source>
        <translation>colonnes séparées par %1 (détecté)</translation>
    </message>
    <message>
        <source>columns separated by %1 (--delimiter)</source>
        <translation>colonnes séparées par %1 (--delimiter)</translation>
    </message>
    <message>
        <source>CSV with a header: sku,name,price[,description,status,currency,category,tags,attributes]; on a Vendure profile id,sku,name[,name:LANG...],price_minor,currency (as catalog export writes it)</source>
        <translation>CSV avec en-tête : sku,name,price[,description,status,currency,category,tags,attributes] ; pour un profil Vendure id,sku,name[,name:LANG...],price_minor,currency (comme l&apos;écrit catalog export)</translation>
    </message>
    <message>
        <source>  ... and %1 more changes</source>
        <translation>  ... et %1 autres modifications</translation>
    </message>
    <message>
        <source>  conflict, line %1: %2</source>
        <translation>  conflit, ligne %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %n batch(es): those stay applied</source>
        <translation>
            <numerusform>arrêté après %n lot : il reste appliqué</numerusform>
            <numerusform>arrêté après %n lots : ils restent appliqués</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>qmctl::Context</name>
    <message>
        <source>No profile: pass --profile FILE, or set QM_SANDBOX_DIR to a sandbox.</source>
        <translation>Pas de profil : passez --profile FILE ou faites pointer QM_SANDBOX_DIR vers un bac à sable.</translation>
    </message>
    <message>
        <source>Production: lift read-only mode for this command, with a reason for the audit log (at least %1 characters).</source>
        <translation>Production : lever la lecture seule pour cette commande, avec un motif pour le journal d&apos;audit (au moins %1 caractères).</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <source>How long the elevation lasts (default %1).</source>
        <translation>Durée de l&apos;élévation (par défaut %1).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Production is read-only: nothing was changed. Pass --elevate &quot;REASON&quot; (recorded in the audit log) to write.</source>
        <translation>La production est en lecture seule : rien n&apos;a été modifié. Passez --elevate &quot;MOTIF&quot; (consigné dans le journal d&apos;audit) pour écrire.</translation>
    </message>
    <message>
        <source>qmctl: --elevate-minutes takes a number</source>
        <translation>qmctl : --elevate-minutes attend un nombre</translation>
    </message>
    <message>
        <source>The keychain did not answer.</source>
        <translation>Le trousseau n&apos;a pas répondu.</translation>
    </message>
</context>
<context>
    <name>qmctl::LoadTestCommand</name>
    <message>
        <source>run a load test along a ramp of order rates and report the highest stable rate (sandbox and staging only)</source>
        <translation>lancer un test de charge sur une rampe de débits de commandes et indiquer le débit stable le plus élevé (bac à sable et préproduction uniquement)</translation>
    </message>
    <message>
        <source>Order rates per second, one step each, e.g. 10,20,40.</source>
        <translation>Débits de commandes par seconde, une étape chacun, p. ex. 10,20,40.</translation>
    </message>
    <message>
        <source>RATES</source>
        <translation>DÉBITS</translation>
    </message>
    <message>
        <source>Length of each step (default 20s).</source>
        <translation>Durée de chaque étape (par défaut 20s).</translation>
    </message>
    <message>
        <source>DURATION</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>Start of each step that is not measured (default 3s).</source>
        <translation>Début de chaque étape qui n&apos;est pas mesuré (par défaut 3s).</translation>
    </message>
    <message>
        <source>A step whose checkout p95 is above this breaks (default 500ms).</source>
        <translation>Une étape dont le p95 du checkout dépasse ceci échoue (par défaut 500ms).</translation>
    </message>
    <message>
        <source>A step with a larger share of failed checkouts breaks (default 0.01).</source>
        <translation>Au-delà de cette part de checkouts échoués, une étape échoue (par défaut 0.01).</translation>
    </message>
    <message>
        <source>SHARE</source>
        <translation>PART</translation>
    </message>
    <message>
        <source>Shopper threads of the simulator (default: 4 + rate / 8).</source>
        <translation>Threads acheteurs du simulateur (par défaut : 4 + débit / 8).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Port of the simulator&apos;s /metrics (default: the sandbox&apos;s, the primary&apos;s port + 26).</source>
        <translation>Port des /metrics du simulateur (par défaut : celui du bac à sable, le port du primaire + 26).</translation>
    </message>
    <message>
        <source>PORT</source>
        <translation>PORT</translation>
    </message>
    <message>
        <source>The simulator (default: qm-storefront beside qmctl, or $QM_STOREFRONT).</source>
        <translation>Le simulateur (par défaut : qm-storefront à côté de qmctl, ou $QM_STOREFRONT).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>Print JSON instead of text.</source>
        <translation>Afficher du JSON au lieu de texte.</translation>
    </message>
    <message>
        <source>--error-limit takes a share between 0 and 1</source>
        <translation>--error-limit attend une part entre 0 et 1</translation>
    </message>
    <message>
        <source>--metrics-port is needed (the profile names no port)</source>
        <translation>--metrics-port est nécessaire (le profil n&apos;indique aucun port)</translation>
    </message>
    <message>
        <source>qmctl loadtest: the audit log refused the run&apos;s intent, so nothing ran: %1</source>
        <translation>qmctl loadtest : le journal d&apos;audit a refusé l&apos;intention de l&apos;exécution, rien n&apos;a donc été exécuté : %1</translation>
    </message>
    <message>
        <source>step %1/%2: %3 orders/s for %4 s …</source>
        <translation>étape %1/%2 : %3 commandes/s pendant %4 s …</translation>
    </message>
    <message>
        <source>qmctl loadtest: the run is not in the audit log: %1</source>
        <translation>qmctl loadtest : l&apos;exécution n&apos;est pas dans le journal d&apos;audit : %1</translation>
    </message>
    <message>
        <source>%1 orders/s: achieved %2/s, checkout p50 %3 ms p95 %4 ms p99 %5 ms, errors %6 %, DB connections %7, CPU %8 % — %9</source>
        <translation>%1 commandes/s : atteint %2/s, checkout p50 %3 ms p95 %4 ms p99 %5 ms, erreurs %6 %, connexions BD %7, CPU %8 % — %9</translation>
    </message>
    <message>
        <source>stable</source>
        <translation>stable</translation>
    </message>
    <message>
        <source>broke: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>The ramp as percentages of the recorded peak order rate, e.g. 25,50,100,150.</source>
        <translation>La rampe en pourcentages du pic enregistré du débit de commandes, p. ex. 25,50,100,150.</translation>
    </message>
    <message>
        <source>PERCENTS</source>
        <translation>POURCENTAGES</translation>
    </message>
    <message>
        <source>The peak order rate (orders/s) --ramp-percent is based on, instead of the recorded one.</source>
        <translation>Le débit de commandes de pointe (commandes/s) sur lequel repose --ramp-percent, au lieu du pic enregistré.</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>DÉBIT</translation>
    </message>
    <message>
        <source>How many days of history the recorded peak is looked up in (default 30).</source>
        <translation>Sur combien de jours d&apos;historique le pic enregistré est recherché (par défaut 30).</translation>
    </message>
    <message>
        <source>DAYS</source>
        <translation>JOURS</translation>
    </message>
    <message>
        <source>A step whose checkout p99 is above this breaks (default 1s).</source>
        <translation>Une étape dont le p99 du checkout dépasse cette valeur échoue (par défaut 1s).</translation>
    </message>
    <message>
        <source>give either --ramp (orders/s) or --ramp-percent (of the recorded peak)</source>
        <translation>indiquez soit --ramp (commandes/s), soit --ramp-percent (du pic enregistré)</translation>
    </message>
    <message>
        <source>--peak takes a positive order rate per second</source>
        <translation>--peak attend un débit de commandes positif par seconde</translation>
    </message>
    <message>
        <source>--peak-days takes a number of days (1 to 3660)</source>
        <translation>--peak-days attend un nombre de jours (de 1 à 3660)</translation>
    </message>
    <message>
        <source>--step, --warmup, --p95-limit and --p99-target take durations such as 20s or 500ms</source>
        <translation>--step, --warmup, --p95-limit et --p99-target attendent des durées comme 20s ou 500ms</translation>
    </message>
    <message>
        <source>given with --peak</source>
        <translation>indiqué avec --peak</translation>
    </message>
    <message>
        <source>recorded peak: %1 orders/s (%2)</source>
        <translation>pic enregistré : %1 commandes/s (%2)</translation>
    </message>
    <message>
        <source>Prometheus at %1</source>
        <translation>Prometheus à %1</translation>
    </message>
    <message>
        <source>servers&apos; figures: %1</source>
        <translation>chiffres des serveurs : %1</translation>
    </message>
</context>
<context>
    <name>qmctl::MigrateCommand</name>
    <message>
        <source>apply pending schema migrations (--status: only report them)</source>
        <translation>appliquer les migrations de schéma en attente (--status : seulement les signaler)</translation>
    </message>
    <message>
        <source>Report the schema version and pending migrations; change nothing. Exit code 3 when migrations are pending.</source>
        <translation>Signaler la version du schéma et les migrations en attente ; ne rien modifier. Code de sortie 3 s&apos;il y a des migrations en attente.</translation>
    </message>
    <message>
        <source>Read migrations from this folder instead of the embedded ones.</source>
        <translation>Lire les migrations depuis ce dossier au lieu des migrations intégrées.</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>schema version %1 (this build requires %2)</source>
        <translation>version du schéma %1 (cette version requiert %2)</translation>
    </message>
    <message>
        <source>up to date</source>
        <translation>à jour</translation>
    </message>
    <message>
        <source>pending: %1</source>
        <translation>en attente : %1</translation>
    </message>
    <message>
        <source>none, already up to date</source>
        <translation>aucune, déjà à jour</translation>
    </message>
    <message>
        <source>schema version %1 (applied: %2)</source>
        <translation>version du schéma %1 (appliquées : %2)</translation>
    </message>
    <message>
        <source>Which store&apos;s migrations: reference (the console&apos;s own store, default) or vendure (read views in schema qm_vendure of a Vendure database).</source>
        <translation>Quelles migrations : reference (la boutique propre à la console, par défaut) ou vendure (vues de lecture dans le schéma qm_vendure d&apos;une base Vendure).</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>type</translation>
    </message>
    <message>
        <source>Migrate this database on the profile&apos;s servers instead of the profile&apos;s.</source>
        <translation>Migrer cette base sur les serveurs du profil au lieu de celle du profil.</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>qmctl: --backend must be reference or vendure, not &quot;%1&quot;</source>
        <translation>qmctl : --backend doit être reference ou vendure, pas « %1 »</translation>
    </message>
    <message>
        <source>look for Vendure&apos;s tables</source>
        <translation>chercher les tables de Vendure</translation>
    </message>
    <message>
        <source>This database has no Vendure tables (public.product_variant, public.&quot;order&quot;): migrate --backend vendure needs the Vendure store&apos;s database (--database, or a profile that names it), with Vendure&apos;s schema already created.</source>
        <translation>Cette base n&apos;a pas de tables Vendure (public.product_variant, public.&quot;order&quot;) : migrate --backend vendure a besoin de la base de la boutique Vendure (--database, ou un profil qui la nomme), avec le schéma de Vendure déjà créé.</translation>
    </message>
</context>
<context>
    <name>qmctl::OrdersTailCommand</name>
    <message>
        <source>print orders as they change (the console&apos;s live feed), until Ctrl+C</source>
        <translation>afficher les commandes au fil de leurs modifications (le flux en direct de la console), jusqu&apos;à Ctrl+C</translation>
    </message>
    <message>
        <source>First print the latest N orders.</source>
        <translation>Afficher d&apos;abord les N dernières commandes.</translation>
    </message>
    <message>
        <source>One JSON object per line.</source>
        <translation>Un objet JSON par ligne.</translation>
    </message>
    <message>
        <source>Exit after N rows.</source>
        <translation>Quitter après N lignes.</translation>
    </message>
    <message>
        <source>Exit after S seconds.</source>
        <translation>Quitter après S secondes.</translation>
    </message>
    <message>
        <source>orders tail: reconnecting: %1</source>
        <translation>orders tail : reconnexion : %1</translation>
    </message>
    <message>
        <source>orders tail: live</source>
        <translation>orders tail : en direct</translation>
    </message>
</context>
<context>
    <name>qmctl::PaymentsStatusCommand</name>
    <message>
        <source>payment route, providers&apos; circuit breakers and maintenance mode</source>
        <translation>route des paiements, disjoncteurs des prestataires et mode maintenance</translation>
    </message>
    <message>
        <source>One JSON object (keys in English).</source>
        <translation>Un objet JSON (clés en anglais).</translation>
    </message>
    <message>
        <source>route:        %1 (set by %2 at %3%4)</source>
        <translation>route :        %1 (définie par %2 à %3%4)</translation>
    </message>
    <message>
        <source>storefront:   not reporting</source>
        <translation>vitrine :      ne signale rien</translation>
    </message>
    <message>
        <source>storefront:   not reporting since %1 (its last report below)</source>
        <translation>vitrine :      ne signale rien depuis %1 (son dernier rapport ci-dessous)</translation>
    </message>
    <message>
        <source>storefront:   applies %1</source>
        <translation>vitrine :      applique %1</translation>
    </message>
    <message>
        <source>storefront:   still applies %1</source>
        <translation>vitrine :      applique encore %1</translation>
    </message>
    <message>
        <source>%1  breaker %2  failure rate %3 % of %4 calls  trips %5  last trip %6  ok %7  failed %8  rejected %9</source>
        <translation>%1  disjoncteur %2  taux d&apos;échec %3 % sur %4 appels  déclenchements %5  dernier déclenchement %6  ok %7  échoués %8  rejetés %9</translation>
    </message>
    <message>
        <source>maintenance:  on since %1 until %2: %3</source>
        <translation>maintenance :  activée depuis %1 jusqu&apos;à %2 : %3</translation>
    </message>
    <message>
        <source>switched off</source>
        <translation>désactivé</translation>
    </message>
    <message>
        <source>maintenance:  off</source>
        <translation>maintenance :  désactivée</translation>
    </message>
</context>
<context>
    <name>qmctl::QueuesCommand</name>
    <message>
        <source>the order pipeline&apos;s streams: list, replay dead letters, claim, trim</source>
        <translation>les streams du pipeline des commandes : lister, rejouer les lettres mortes, réattribuer, tronquer</translation>
    </message>
    <message>
        <source>list, replay, claim or trim</source>
        <translation>list, replay, claim ou trim</translation>
    </message>
    <message>
        <source>Consumer group (task).</source>
        <translation>Groupe de consommateurs (tâche).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>Dead letter id to replay (repeatable).</source>
        <translation>Id de la lettre morte à rejouer (répétable).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>claim: entries pending at least this long (ms).</source>
        <translation>claim : entrées en attente depuis au moins cette durée (ms).</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>claim: the consumer that gets them.</source>
        <translation>claim : le consommateur qui les reçoit.</translation>
    </message>
    <message>
        <source>trim: entries to keep.</source>
        <translation>trim : entrées à garder.</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>key</source>
        <translation>clé</translation>
    </message>
    <message>
        <source>trim: even entries not yet acknowledged.</source>
        <translation>trim : même les entrées pas encore acquittées.</translation>
    </message>
    <message>
        <source>Show the plan; change nothing.</source>
        <translation>Afficher le plan ; ne rien modifier.</translation>
    </message>
    <message>
        <source>Do not ask (development and staging).</source>
        <translation>Ne pas demander (développement et préproduction).</translation>
    </message>
    <message>
        <source>The target, typed (production).</source>
        <translation>La cible, saisie (production).</translation>
    </message>
    <message>
        <source>target</source>
        <translation>cible</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>%1: %2 entries</source>
        <translation>%1 : %2 entrées</translation>
    </message>
    <message>
        <source>  %1: lag %2, pending %3 (oldest idle %4 ms), %5 consumers</source>
        <translation>  %1 : retard %2, en attente %3 (plus ancienne inactive %4 ms), %5 consommateurs</translation>
    </message>
    <message>
        <source>dead %1 %2 order %3: %4</source>
        <translation>morte %1 %2 commande %3 : %4</translation>
    </message>
    <message>
        <source>qmctl queues claim: --group is required</source>
        <translation>qmctl queues claim : --group est obligatoire</translation>
    </message>
    <message>
        <source>qmctl queues trim: --maxlen N is required</source>
        <translation>qmctl queues trim : --maxlen N est obligatoire</translation>
    </message>
    <message>
        <source>qmctl queues: give list, replay, claim or trim</source>
        <translation>qmctl queues : indiquez list, replay, claim ou trim</translation>
    </message>
    <message>
        <source>REFUSED: %1</source>
        <translation>REFUSÉ : %1</translation>
    </message>
    <message>
        <source>verify: ok  </source>
        <translation>vérification : ok  </translation>
    </message>
    <message>
        <source>verify: NOT OK  </source>
        <translation>vérification : PAS OK  </translation>
    </message>
    <message>
        <source>trim: the stream (default qm:{orders}:placed).</source>
        <translation>trim : le stream (par défaut qm:{orders}:placed).</translation>
    </message>
</context>
<context>
    <name>qmctl::RunbookCommand</name>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat sous forme d&apos;un objet JSON.</translation>
    </message>
    <message>
        <source>Folder of trusted public keys (default $QM_RUNBOOK_TRUSTED_KEYS or &lt;config&gt;/quartermaster/runbook-keys).</source>
        <translation>Dossier des clés publiques de confiance (par défaut $QM_RUNBOOK_TRUSTED_KEYS ou &lt;config&gt;/quartermaster/runbook-keys).</translation>
    </message>
    <message>
        <source>dir</source>
        <translation>dossier</translation>
    </message>
    <message>
        <source>A parameter&apos;s value (repeatable).</source>
        <translation>La valeur d&apos;un paramètre (répétable).</translation>
    </message>
    <message>
        <source>name=value</source>
        <translation>nom=valeur</translation>
    </message>
    <message>
        <source>Do not ask (development and staging); answer &quot;yes&quot; to confirm steps.</source>
        <translation>Ne pas demander (développement et préproduction) ; répondre « yes » aux étapes de confirmation.</translation>
    </message>
    <message>
        <source>The confirmation text: the profile&apos;s name for a production profile.</source>
        <translation>Le texte de confirmation : le nom du profil pour un profil de production.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texte</translation>
    </message>
    <message>
        <source>The answer of a confirm step (repeatable).</source>
        <translation>La réponse d&apos;une étape de confirmation (répétable).</translation>
    </message>
    <message>
        <source>step=text</source>
        <translation>étape=texte</translation>
    </message>
    <message>
        <source>Where run journals are written (default $XDG_STATE_HOME/quartermaster/runbooks).</source>
        <translation>Où écrire les journaux d&apos;exécution (par défaut $XDG_STATE_HOME/quartermaster/runbooks).</translation>
    </message>
    <message numerus="yes">
        <source>qmctl: the runbook has %n error(s); nothing ran</source>
        <translation>
            <numerusform>qmctl : le runbook a %n erreur ; rien n&apos;a été exécuté</numerusform>
            <numerusform>qmctl : le runbook a %n erreurs ; rien n&apos;a été exécuté</numerusform>
        </translation>
    </message>
    <message>
        <source>[%1] %2: started</source>
        <translation>[%1] %2 : démarrée</translation>
    </message>
    <message>
        <source>    %1: verified (%2 ms)</source>
        <translation>    %1 : vérifiée (%2 ms)</translation>
    </message>
    <message>
        <source>    %1: FAILED after %2 ms: %3</source>
        <translation>    %1 : ÉCHEC après %2 ms : %3</translation>
    </message>
    <message>
        <source>  signature: %1 - %2</source>
        <translation>  signature : %1 - %2</translation>
    </message>
    <message>
        <source>  warning: %1</source>
        <translation>  avertissement : %1</translation>
    </message>
    <message>
        <source>precondition ok:</source>
        <translation>précondition remplie :</translation>
    </message>
    <message>
        <source>precondition FAILS now:</source>
        <translation>la précondition ÉCHOUE maintenant :</translation>
    </message>
    <message>
        <source>        warning: %1</source>
        <translation>        avertissement : %1</translation>
    </message>
    <message>
        <source>      REFUSED: %1</source>
        <translation>      REFUSÉ : %1</translation>
    </message>
    <message>
        <source>  REFUSED: %1</source>
        <translation>  REFUSÉ : %1</translation>
    </message>
    <message>
        <source>  confirmation: %1</source>
        <translation>  confirmation : %1</translation>
    </message>
    <message>
        <source>qmctl: not confirmed (%1 Use --yes, or --confirm TEXT for a production profile.)</source>
        <translation>qmctl : non confirmé (%1 Utilisez --yes, ou --confirm TEXT pour un profil de production.)</translation>
    </message>
    <message>
        <source>Type %1 to confirm: </source>
        <translation>Saisissez %1 pour confirmer : </translation>
    </message>
    <message>
        <source>Run it? [y/N] </source>
        <translation>L&apos;exécuter ? [y/N] </translation>
    </message>
    <message>
        <source>qmctl runbook %1: give one runbook</source>
        <translation>qmctl runbook %1 : indiquez un runbook</translation>
    </message>
    <message>
        <source>qmctl runbook %1: --param takes name=value, not &quot;%2&quot;</source>
        <translation>qmctl runbook %1 : --param attend nom=valeur, pas « %2 »</translation>
    </message>
    <message>
        <source>run %1: %2</source>
        <translation>exécution %1 : %2</translation>
    </message>
    <message>
        <source> (verified, not run again)</source>
        <translation> (vérifiée, non réexécutée)</translation>
    </message>
    <message>
        <source> (rollback)</source>
        <translation> (rollback)</translation>
    </message>
    <message>
        <source>  journal: %1</source>
        <translation>  journal : %1</translation>
    </message>
    <message>
        <source>list runbooks (built-in and in a folder) and recent runs</source>
        <translation>lister les runbooks (intégrés et ceux d&apos;un dossier) et les exécutions récentes</translation>
    </message>
    <message>
        <source>Also list the runbooks (*.yaml) in this folder.</source>
        <translation>Lister aussi les runbooks (*.yaml) de ce dossier.</translation>
    </message>
    <message>
        <source>Where run journals are.</source>
        <translation>Où se trouvent les journaux d&apos;exécution.</translation>
    </message>
    <message>
        <source>run %1  %2  %3  %4</source>
        <translation>exécution %1  %2  %3  %4</translation>
    </message>
    <message>
        <source>INTERRUPTED (qmctl runbook resume)</source>
        <translation>INTERROMPUE (qmctl runbook resume)</translation>
    </message>
    <message>
        <source>dry run of a runbook: preconditions and what each step would do</source>
        <translation>essai à blanc d&apos;un runbook : préconditions et ce que ferait chaque étape</translation>
    </message>
    <message>
        <source>A runbook file, or a built-in runbook&apos;s name.</source>
        <translation>Un fichier de runbook, ou le nom d&apos;un runbook intégré.</translation>
    </message>
    <message>
        <source>run a runbook step by step (confirmed, journaled, audited)</source>
        <translation>exécuter un runbook étape par étape (confirmé, journalisé, audité)</translation>
    </message>
    <message>
        <source>continue an interrupted run without repeating verified steps</source>
        <translation>reprendre une exécution interrompue sans répéter les étapes vérifiées</translation>
    </message>
    <message>
        <source>The interrupted run (qmctl runbook list).</source>
        <translation>L&apos;exécution interrompue (qmctl runbook list).</translation>
    </message>
    <message>
        <source>The runbook file, if it moved since the run started.</source>
        <translation>Le fichier du runbook, s&apos;il a été déplacé depuis le début de l&apos;exécution.</translation>
    </message>
    <message>
        <source>qmctl runbook resume: give a run id (and optionally the runbook file)</source>
        <translation>qmctl runbook resume : indiquez un id d&apos;exécution (et éventuellement le fichier du runbook)</translation>
    </message>
    <message>
        <source>empty journal</source>
        <translation>journal vide</translation>
    </message>
    <message>
        <source>make an Ed25519 key pair for signing runbooks</source>
        <translation>créer une paire de clés Ed25519 pour signer des runbooks</translation>
    </message>
    <message>
        <source>Folder for NAME.key (secret, 0600) and KEYID.pub.</source>
        <translation>Dossier pour NAME.key (secrète, 0600) et KEYID.pub.</translation>
    </message>
    <message>
        <source>The key&apos;s file name (default: runbook-signing).</source>
        <translation>Le nom de fichier de la clé (par défaut : runbook-signing).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>qmctl runbook keygen: --out DIR is required</source>
        <translation>qmctl runbook keygen : --out DIR est obligatoire</translation>
    </message>
    <message>
        <source>key %1
  secret: %2 (keep it private; never commit it)
  public: %3 (copy it into the trusted keys folder)</source>
        <translation>clé %1
  secrète : %2 (gardez-la privée ; ne la commitez jamais)
  publique : %3 (copiez-la dans le dossier des clés de confiance)</translation>
    </message>
    <message>
        <source>The secret key file (qmctl runbook keygen).</source>
        <translation>Le fichier de clé secrète (qmctl runbook keygen).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>signed: %1</source>
        <translation>signé : %1</translation>
    </message>
    <message>
        <source>check a runbook&apos;s signature against the trusted keys</source>
        <translation>vérifier la signature d&apos;un runbook avec les clés de confiance</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>The approved run of a two-person runbook (qmctl runbook request).</source>
        <translation>L&apos;exécution approuvée d&apos;un runbook à deux personnes (qmctl runbook request).</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>qmctl: %1 needs two-person approval: ask for it with qmctl runbook request, have a second on-call role approve it, then run it with --run-id</source>
        <translation>qmctl : %1 nécessite une approbation à deux personnes : demandez-la avec qmctl runbook request, faites-la approuver par un second rôle d&apos;astreinte, puis lancez-le avec --run-id</translation>
    </message>
    <message>
        <source>ask for two-person approval of a run (prints the run id)</source>
        <translation>demander l&apos;approbation à deux personnes d&apos;une exécution (affiche l&apos;id d&apos;exécution)</translation>
    </message>
    <message>
        <source>How long the request, then the approval, is valid (seconds; default 900).</source>
        <translation>Durée de validité de la demande, puis de l&apos;approbation (secondes ; par défaut 900).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>run %1 of %2 waits for approval (audit id %3): a second on-call role runs qmctl runbook approve %1</source>
        <translation>l&apos;exécution %1 de %2 attend une approbation (id d&apos;audit %3) : un second rôle d&apos;astreinte lance qmctl runbook approve %1</translation>
    </message>
    <message>
        <source>approve another on-call role&apos;s run of a two-person runbook</source>
        <translation>approuver l&apos;exécution d&apos;un runbook à deux personnes par un autre rôle d&apos;astreinte</translation>
    </message>
    <message>
        <source>Approve without asking.</source>
        <translation>Approuver sans demander.</translation>
    </message>
    <message>
        <source>The run that asked.</source>
        <translation>L&apos;exécution qui a demandé.</translation>
    </message>
    <message>
        <source>Your copy of the runbook file (default: the built-in of that name).</source>
        <translation>Votre copie du fichier de runbook (par défaut : celui intégré de ce nom).</translation>
    </message>
    <message>
        <source>qmctl runbook approve: give a run id (and optionally the runbook file)</source>
        <translation>qmctl runbook approve : indiquez un id d&apos;exécution (et éventuellement le fichier de runbook)</translation>
    </message>
    <message>
        <source>run %1 asked by %2 at %3, state %4</source>
        <translation>exécution %1 demandée par %2 le %3, état %4</translation>
    </message>
    <message>
        <source>  parameters: %1</source>
        <translation>  paramètres : %1</translation>
    </message>
    <message>
        <source>qmctl: not approved (use --yes to approve without asking)</source>
        <translation>qmctl : non approuvée (utilisez --yes pour approuver sans demander)</translation>
    </message>
    <message>
        <source>Approve run %1? [y/N] </source>
        <translation>Approuver l&apos;exécution %1 ? [y/N] </translation>
    </message>
    <message>
        <source>approved run %1 (audit id %2)</source>
        <translation>exécution %1 approuvée (id d&apos;audit %2)</translation>
    </message>
    <message>
        <source>sign a runbook file (writes FILE.sig), or a built-in runbook (writes builtin/NAME.yaml.sig in the trusted keys folder)</source>
        <translation>signer un fichier de runbook (écrit FILE.sig) ou un runbook intégré (écrit builtin/NAME.yaml.sig dans le dossier des clés de confiance)</translation>
    </message>
    <message>
        <source>qmctl runbook sign: give one runbook (a file or a built-in runbook&apos;s name) and --key FILE</source>
        <translation>qmctl runbook sign : indiquez un runbook (un fichier ou le nom d&apos;un runbook intégré) et --key FILE</translation>
    </message>
    <message>
        <source>qmctl runbook verify: give one runbook (a file or a built-in runbook&apos;s name)</source>
        <translation>qmctl runbook verify : indiquez un runbook (un fichier ou le nom d&apos;un runbook intégré)</translation>
    </message>
</context>
<context>
    <name>qmctl::SeedCommand</name>
    <message>
        <source>fill a sandbox store with generated data</source>
        <translation>remplir une boutique bac à sable avec des données générées</translation>
    </message>
    <message>
        <source>How many products (default 10000).</source>
        <translation>Combien de produits (par défaut 10000).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Random seed: the same seed gives the same data (default 42).</source>
        <translation>Graine aléatoire : la même graine donne les mêmes données (par défaut 42).</translation>
    </message>
    <message>
        <source>Replace the data of a store that is not empty.</source>
        <translation>Remplacer les données d&apos;une boutique qui n&apos;est pas vide.</translation>
    </message>
    <message>
        <source>qmctl seed: --products and --seed take whole numbers (products &gt;= 1)</source>
        <translation>qmctl seed : --products et --seed attendent des nombres entiers (products &gt;= 1)</translation>
    </message>
    <message>
        <source>seeded %1 products (%2 rows) in %3 s</source>
        <translation>%1 produits (%2 lignes) générés en %3 s</translation>
    </message>
    <message>
        <source>qmctl seed fills sandboxes with generated products; this profile is production, so nothing was changed.</source>
        <translation>qmctl seed remplit des sandboxes de produits générés ; ce profil est en production, donc rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>qmctl::StatusCommand</name>
    <message>
        <source>show each server&apos;s role, health and replication lag</source>
        <translation>afficher le rôle, la santé et le retard de réplication de chaque serveur</translation>
    </message>
    <message>
        <source>down</source>
        <translation>hors service</translation>
    </message>
    <message>
        <source>primary</source>
        <translation>primaire</translation>
    </message>
    <message>
        <source>replica</source>
        <translation>réplica</translation>
    </message>
    <message>
        <source>up</source>
        <translation>en service</translation>
    </message>
    <message>
        <source>rtt %1 ms</source>
        <translation>rtt %1 ms</translation>
    </message>
    <message>
        <source>lag unknown</source>
        <translation>retard inconnu</translation>
    </message>
    <message>
        <source>lag %1 s</source>
        <translation>retard %1 s</translation>
    </message>
    <message>
        <source> (%1 bytes)</source>
        <translation> (%1 octets)</translation>
    </message>
</context>
<context>
    <name>std</name>
    <message>
        <source>Could not write %1 (disk full?).</source>
        <translation>Impossible d&apos;écrire %1 (disque plein ?).</translation>
    </message>
</context>
</TS>
