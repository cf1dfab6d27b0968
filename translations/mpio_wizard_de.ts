<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>MemoryCredentialStore</name>
    <message>
        <source>The credential store is not available.</source>
        <translation>Der Anmeldedatenspeicher ist nicht verfügbar.</translation>
    </message>
    <message>
        <source>No secret stored for %1.</source>
        <translation>Für %1 ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>mpio</name>
    <message>
        <source>No secret is stored in the system keyring for %1.</source>
        <translation>Für %1 ist im System-Schlüsselbund kein Geheimnis gespeichert.</translation>
    </message>
    <message>
        <source>The system keyring refused access (locked, or access was denied). Unlock it and try again.</source>
        <translation>Der System-Schlüsselbund hat den Zugriff verweigert (gesperrt oder Zugriff abgelehnt). Entsperren Sie ihn, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>No system keyring is available (on Linux: a Secret Service such as gnome-keyring or KWallet, reachable over D-Bus). mpio-wizard does not store secrets in plain files: start or unlock a keyring, or pass the secret from a file (--api-key-file / --password-file).</source>
        <translation>Es ist kein System-Schlüsselbund verfügbar (unter Linux: ein Secret Service wie gnome-keyring oder KWallet, erreichbar über D-Bus). mpio-wizard speichert Geheimnisse nicht in Klartextdateien: Starten oder entsperren Sie einen Schlüsselbund, oder übergeben Sie das Geheimnis aus einer Datei (--api-key-file / --password-file).</translation>
    </message>
    <message>
        <source>The system keyring (Secret Service over D-Bus) is not reachable. mpio-wizard does not store secrets in plain files: start or unlock gnome-keyring/KWallet, or pass the secret from a file (--api-key-file / --password-file).</source>
        <translation>Der System-Schlüsselbund (Secret Service über D-Bus) ist nicht erreichbar. mpio-wizard speichert Geheimnisse nicht in Klartextdateien: Starten oder entsperren Sie gnome-keyring/KWallet, oder übergeben Sie das Geheimnis aus einer Datei (--api-key-file / --password-file).</translation>
    </message>
    <message>
        <source>The system keyring reported an error.</source>
        <translation>Der System-Schlüsselbund hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <source>Incomplete credential name (kind, host and user are needed).</source>
        <translation>Unvollständiger Name der Anmeldedaten (Art, Host und Benutzer werden benötigt).</translation>
    </message>
    <message>
        <source>secrets do not belong in a profile: remove this field; the wizard keeps passwords, API keys and CHAP secrets in the system keychain</source>
        <translation>Geheimnisse gehören nicht in ein Profil: Entfernen Sie dieses Feld; der Assistent bewahrt Passwörter, API-Schlüssel und CHAP-Geheimnisse im System-Schlüsselbund auf</translation>
    </message>
    <message>
        <source>expected a size such as &quot;4T&quot;, &quot;500G&quot;, &quot;16K&quot; or a number of bytes</source>
        <translation>erwartet wird eine Größe wie &quot;4T&quot;, &quot;500G&quot;, &quot;16K&quot; oder eine Anzahl Bytes</translation>
    </message>
    <message>
        <source>expected one of %1</source>
        <translation>erwartet wird einer der Werte %1</translation>
    </message>
    <message>
        <source>Cannot write the journal %1: %2.</source>
        <translation>Das Journal %1 kann nicht geschrieben werden: %2.</translation>
    </message>
    <message>
        <source>expected an object</source>
        <translation>erwartet wird ein Objekt</translation>
    </message>
    <message>
        <source>rolled back</source>
        <translation>zurückgerollt</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>angewendet</translation>
    </message>
    <message>
        <source>roll-back failed</source>
        <translation>Rollback fehlgeschlagen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>already in place</source>
        <translation>bereits vorhanden</translation>
    </message>
    <message>
        <source> (and %1 more)</source>
        <translation> (und %1 weitere)</translation>
    </message>
    <message>
        <source>TrueNAS rejected the values for %1: %2</source>
        <translation>TrueNAS hat die Werte für %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>The step&apos;s facts have no %1 (needed by its undo).</source>
        <translation>Den Fakten des Schritts fehlt %1 (für das Rückgängigmachen benötigt).</translation>
    </message>
    <message>
        <source>The step %1 has not run yet, but this step needs its result.</source>
        <translation>Der Schritt %1 wurde noch nicht ausgeführt, aber dieser Schritt benötigt sein Ergebnis.</translation>
    </message>
    <message>
        <source>The facts of step %1 have no %2.</source>
        <translation>Den Fakten von Schritt %1 fehlt %2.</translation>
    </message>
    <message>
        <source>(created by %1)</source>
        <translation>(erstellt von %1)</translation>
    </message>
</context>
<context>
    <name>mpio::Audit</name>
    <message>
        <source>No iSCSI path found: TrueNAS has no portal and no storage interface with a static address.</source>
        <translation>Kein iSCSI-Pfad gefunden: TrueNAS hat kein Portal und keine Storage-Schnittstelle mit statischer Adresse.</translation>
    </message>
    <message>
        <source>Set up the paths with the wizard, or audit with a profile.</source>
        <translation>Richten Sie die Pfade mit dem Assistenten ein, oder führen Sie das Audit mit einem Profil aus.</translation>
    </message>
    <message>
        <source>Not as it should be: %1 is still to do.</source>
        <translation>Nicht im Sollzustand: %1 steht noch aus.</translation>
    </message>
    <message>
        <source>Run: %1</source>
        <translation>Ausführen: %1</translation>
    </message>
    <message>
        <source>Zvol %1 has sync=always and pool %2 has no SLOG device.</source>
        <translation>Zvol %1 hat sync=always, und Pool %2 hat kein SLOG-Gerät.</translation>
    </message>
    <message>
        <source>Add a power-loss-protected log vdev, or accept slower writes.</source>
        <translation>Fügen Sie ein gegen Stromausfall geschütztes Log-vdev hinzu, oder akzeptieren Sie langsamere Schreibvorgänge.</translation>
    </message>
    <message>
        <source>Apply the profile with mpioctl apply (or the wizard), then verify again.</source>
        <translation>Wenden Sie das Profil mit mpioctl apply (oder dem Assistenten) an, und prüfen Sie dann erneut.</translation>
    </message>
</context>
<context>
    <name>mpio::AuditResult</name>
    <message>
        <source>Audit of the discovered site (no profile: %1 path(s) inferred from the portals and vmks)
</source>
        <translation>Audit des erkannten Standorts (kein Profil: %1 Pfad(e) aus den Portalen und vmks abgeleitet)
</translation>
    </message>
    <message>
        <source>Audit of the site against profile %1
</source>
        <translation>Audit des Standorts gegen Profil %1
</translation>
    </message>
    <message>
        <source>  path %1: %2, TrueNAS %3 %4, MTU %5
</source>
        <translation>  Pfad %1: %2, TrueNAS %3 %4, MTU %5
</translation>
    </message>
    <message>
        <source>
No findings: the site follows every rule checked.
</source>
        <translation>
Keine Befunde: Der Standort erfüllt jede geprüfte Regel.
</translation>
    </message>
</context>
<context>
    <name>mpio::CertificatePins</name>
    <message>
        <source>Cannot read the certificate trust store.</source>
        <translation>Der Zertifikats-Vertrauensspeicher kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The certificate trust store is damaged; fix or remove it by hand (it holds your trust decisions, so it is not replaced automatically).</source>
        <translation>Der Zertifikats-Vertrauensspeicher ist beschädigt; reparieren oder entfernen Sie ihn manuell (er enthält Ihre Vertrauensentscheidungen und wird daher nicht automatisch ersetzt).</translation>
    </message>
    <message>
        <source>Cannot write the certificate trust store.</source>
        <translation>Der Zertifikats-Vertrauensspeicher kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Not a SHA-256 certificate fingerprint.</source>
        <translation>Kein SHA-256-Fingerabdruck eines Zertifikats.</translation>
    </message>
</context>
<context>
    <name>mpio::ChapSecretRules</name>
    <message>
        <source>The %1 is empty.</source>
        <translation>Das %1 ist leer.</translation>
    </message>
    <message>
        <source>Enter 12 to 16 characters; the same value goes to TrueNAS and every ESXi host.</source>
        <translation>Geben Sie 12 bis 16 Zeichen ein; derselbe Wert wird an TrueNAS und jeden ESXi-Host übergeben.</translation>
    </message>
    <message numerus="yes">
        <source>The %1 has %n character(s); TrueNAS accepts 12 to 16.</source>
        <translation>
            <numerusform>Das %1 hat %n Zeichen; TrueNAS akzeptiert 12 bis 16.</numerusform>
            <numerusform>Das %1 hat %n Zeichen; TrueNAS akzeptiert 12 bis 16.</numerusform>
        </translation>
    </message>
    <message>
        <source>Use 12 to 16 characters.</source>
        <translation>Verwenden Sie 12 bis 16 Zeichen.</translation>
    </message>
    <message>
        <source>The %1 starts or ends with a space, which TrueNAS refuses.</source>
        <translation>Das %1 beginnt oder endet mit einem Leerzeichen, was TrueNAS ablehnt.</translation>
    </message>
    <message>
        <source>Remove the leading and trailing spaces.</source>
        <translation>Entfernen Sie die Leerzeichen am Anfang und am Ende.</translation>
    </message>
    <message>
        <source>The %1 contains &apos;#&apos;, which TrueNAS refuses.</source>
        <translation>Das %1 enthält &apos;#&apos;, was TrueNAS ablehnt.</translation>
    </message>
    <message>
        <source>Use letters, digits and other punctuation.</source>
        <translation>Verwenden Sie Buchstaben, Ziffern und andere Satzzeichen.</translation>
    </message>
    <message>
        <source>CHAP secret</source>
        <translation>CHAP-Geheimnis</translation>
    </message>
    <message>
        <source>mutual CHAP secret</source>
        <translation>gegenseitige CHAP-Geheimnis</translation>
    </message>
    <message>
        <source>The mutual CHAP secret equals the CHAP secret; TrueNAS refuses that.</source>
        <translation>Das gegenseitige CHAP-Geheimnis ist identisch mit dem CHAP-Geheimnis; das lehnt TrueNAS ab.</translation>
    </message>
    <message>
        <source>Use a different secret for each direction.</source>
        <translation>Verwenden Sie für jede Richtung ein anderes Geheimnis.</translation>
    </message>
</context>
<context>
    <name>mpio::CredentialRules</name>
    <message>
        <source>Enter the API key. TrueNAS shows it once when it is created (Credentials → API Keys → Add); create a new one if it is lost.</source>
        <translation>Geben Sie den API-Schlüssel ein. TrueNAS zeigt ihn nur einmal beim Erstellen an (Credentials → API Keys → Add); erstellen Sie einen neuen, wenn er verloren ist.</translation>
    </message>
    <message>
        <source>The API key contains spaces or line breaks: paste it again without them.</source>
        <translation>Der API-Schlüssel enthält Leerzeichen oder Zeilenumbrüche: Fügen Sie ihn ohne diese erneut ein.</translation>
    </message>
    <message>
        <source>This is not a TrueNAS API key: it looks like “12-” followed by 64 letters and digits. Copy the whole key as TrueNAS showed it.</source>
        <translation>Das ist kein TrueNAS-API-Schlüssel: Er sieht aus wie „12-“ gefolgt von 64 Buchstaben und Ziffern. Kopieren Sie den ganzen Schlüssel so, wie TrueNAS ihn angezeigt hat.</translation>
    </message>
    <message>
        <source>Enter the user name (ESXi: usually root; TrueNAS: the API key&apos;s owner).</source>
        <translation>Geben Sie den Benutzernamen ein (ESXi: meist root; TrueNAS: der Besitzer des API-Schlüssels).</translation>
    </message>
    <message>
        <source>“%1” is not a user name: use up to 32 letters, digits, dots, dashes or underscores.</source>
        <translation>„%1“ ist kein Benutzername: Verwenden Sie bis zu 32 Buchstaben, Ziffern, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>Enter the password for %1. It is sent only over SSH and kept in the system keychain when “Remember” is on.</source>
        <translation>Geben Sie das Passwort für %1 ein. Es wird nur über SSH gesendet und im Schlüsselbund des Systems gespeichert, wenn „Merken“ eingeschaltet ist.</translation>
    </message>
    <message>
        <source>The password for %1 is longer than 256 characters: check what was pasted.</source>
        <translation>Das Passwort für %1 ist länger als 256 Zeichen: Prüfen Sie, was eingefügt wurde.</translation>
    </message>
</context>
<context>
    <name>mpio::DeviceShare</name>
    <message>
        <source>All paths to %1 are dead (APD).</source>
        <translation>Alle Pfade zu %1 sind ausgefallen (APD).</translation>
    </message>
    <message>
        <source>%1 carries %2 % of the I/O; with %3 active paths each should carry about %4 %. Check the path policy (PSP-RR-IOPS).</source>
        <translation>%1 trägt %2 % der I/O; bei %3 aktiven Pfaden sollte jeder etwa %4 % tragen. Prüfen Sie die Pfadrichtlinie (PSP-RR-IOPS).</translation>
    </message>
</context>
<context>
    <name>mpio::ExecutorRouter</name>
    <message>
        <source>Nothing can run “%1” actions (step %2).</source>
        <translation>Nichts kann Aktionen vom Typ „%1“ ausführen (Schritt %2).</translation>
    </message>
</context>
<context>
    <name>mpio::FailoverResult</name>
    <message>
        <source>Failover test: %1 (poll interval %2 ms)</source>
        <translation>Failover-Test: %1 (Abfrageintervall %2 ms)</translation>
    </message>
    <message>
        <source>  fault → path dead %1, → last I/O on A %2, → B at 100 % %3, longest I/O gap %4, APD %5, recovery %6</source>
        <translation>  Fehler → Pfad ausgefallen %1, → letzte I/O auf A %2, → B bei 100 % %3, längste I/O-Lücke %4, APD %5, Wiederherstellung %6</translation>
    </message>
</context>
<context>
    <name>mpio::FailoverTest</name>
    <message>
        <source>Both paths active</source>
        <translation>Beide Pfade aktiv</translation>
    </message>
    <message>
        <source>Both paths carry IOPS</source>
        <translation>Beide Pfade übertragen IOPS</translation>
    </message>
    <message>
        <source>Path A fails: A dead, B takes over</source>
        <translation>Pfad A fällt aus: A ausgefallen, B übernimmt</translation>
    </message>
    <message>
        <source>Path B carries 100 %</source>
        <translation>Pfad B trägt 100 %</translation>
    </message>
    <message>
        <source>Recovery: A active and carrying I/O again</source>
        <translation>Wiederherstellung: A aktiv und überträgt wieder I/O</translation>
    </message>
    <message>
        <source>No monitor is running.</source>
        <translation>Es läuft kein Monitor.</translation>
    </message>
    <message>
        <source>%1 and %2 are active.</source>
        <translation>%1 und %2 sind aktiv.</translation>
    </message>
    <message>
        <source>A carried %1 %, B %2 % of %3 IOPS.</source>
        <translation>A trug %1 %, B %2 % von %3 IOPS.</translation>
    </message>
    <message>
        <source>The device had no I/O: start a workload first.</source>
        <translation>Das Gerät hatte keine I/O: Starten Sie zuerst eine Last.</translation>
    </message>
    <message>
        <source>Only one path carries I/O: the device&apos;s path policy is not Round Robin (FIXED or MRU use one path; PSP-RR-IOPS).</source>
        <translation>Nur ein Pfad überträgt I/O: Die Pfadrichtlinie des Geräts ist nicht Round Robin (FIXED oder MRU nutzen einen Pfad; PSP-RR-IOPS).</translation>
    </message>
    <message>
        <source>A dead after %1 ms, B at 100 % after %2 ms; longest I/O gap %3 ms (limit %4 ms); APD: %5.</source>
        <translation>A ausgefallen nach %1 ms, B bei 100 % nach %2 ms; längste I/O-Lücke %3 ms (Grenze %4 ms); APD: %5.</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>B carried %1 % of %2 IOPS.</source>
        <translation>B trug %1 % von %2 IOPS.</translation>
    </message>
    <message>
        <source>A active and carrying I/O %1 ms after the restore.</source>
        <translation>A aktiv und überträgt I/O %1 ms nach der Wiederherstellung.</translation>
    </message>
    <message>
        <source>Could not cause the failure: %1</source>
        <translation>Der Ausfall konnte nicht herbeigeführt werden: %1</translation>
    </message>
    <message>
        <source>Could not undo the failure: %1</source>
        <translation>Der Ausfall konnte nicht rückgängig gemacht werden: %1</translation>
    </message>
    <message>
        <source>Nothing happened within %1 s.</source>
        <translation>Innerhalb von %1 s ist nichts passiert.</translation>
    </message>
    <message>
        <source>Path A never went dead: is the fault on the right path?</source>
        <translation>Pfad A ist nie ausgefallen: Liegt der Fehler auf dem richtigen Pfad?</translation>
    </message>
    <message>
        <source>Path B never carried all I/O.</source>
        <translation>Pfad B hat nie die gesamte I/O übernommen.</translation>
    </message>
</context>
<context>
    <name>mpio::Findings</name>
    <message>
        <source>Errors</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>Warnungen</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Abhilfe:</translation>
    </message>
</context>
<context>
    <name>mpio::HostPlanner</name>
    <message>
        <source>Create the standard vSwitch %1</source>
        <translation>Standard-vSwitch %1 erstellen</translation>
    </message>
    <message>
        <source>%1 on %2 is an uplink of %3 already.</source>
        <translation>%1 auf %2 ist bereits ein Uplink von %3.</translation>
    </message>
    <message>
        <source>Pick a free vmnic for path %1, or remove %2 from %3 first.</source>
        <translation>Wählen Sie einen freien vmnic für Pfad %1, oder entfernen Sie zuerst %2 aus %3.</translation>
    </message>
    <message>
        <source>Add %1 as an uplink of %2</source>
        <translation>%1 als Uplink von %2 hinzufügen</translation>
    </message>
    <message>
        <source>Set the MTU of %1 to %2</source>
        <translation>MTU von %1 auf %2 setzen</translation>
    </message>
    <message>
        <source>Port group %1 on %2 exists on %3, not on %4.</source>
        <translation>Portgruppe %1 auf %2 existiert auf %3, nicht auf %4.</translation>
    </message>
    <message>
        <source>Use another port group name or move the port group to %1.</source>
        <translation>Verwenden Sie einen anderen Portgruppennamen, oder verschieben Sie die Portgruppe nach %1.</translation>
    </message>
    <message>
        <source>Create port group %1 on %2</source>
        <translation>Portgruppe %1 auf %2 erstellen</translation>
    </message>
    <message>
        <source>Make %1 the only active uplink of %2 (others unused)</source>
        <translation>%1 zum einzigen aktiven Uplink von %2 machen (andere ungenutzt)</translation>
    </message>
    <message>
        <source>removed together with the port group</source>
        <translation>wird zusammen mit der Portgruppe entfernt</translation>
    </message>
    <message>
        <source>%1 on %2 exists on port group %3, not %4.</source>
        <translation>%1 auf %2 existiert auf Portgruppe %3, nicht auf %4.</translation>
    </message>
    <message>
        <source>Pick an unused vmk name for path %1 or remove %2 by hand.</source>
        <translation>Wählen Sie einen ungenutzten vmk-Namen für Pfad %1, oder entfernen Sie %2 manuell.</translation>
    </message>
    <message>
        <source>%1 is already used by %2 on %3.</source>
        <translation>%1 wird bereits von %2 auf %3 verwendet.</translation>
    </message>
    <message>
        <source>Choose another address for %1 in %2.</source>
        <translation>Wählen Sie eine andere Adresse für %1 in %2.</translation>
    </message>
    <message>
        <source>Create %1 on port group %2 with MTU %3</source>
        <translation>%1 auf Portgruppe %2 mit MTU %3 erstellen</translation>
    </message>
    <message>
        <source>Give %1 the address %2/%3</source>
        <translation>%1 die Adresse %2/%3 zuweisen</translation>
    </message>
    <message>
        <source>the address goes away with the vmk, or had none before</source>
        <translation>die Adresse verschwindet mit dem vmk oder war vorher nicht vorhanden</translation>
    </message>
    <message>
        <source>Enable the software iSCSI adapter</source>
        <translation>Software-iSCSI-Adapter aktivieren</translation>
    </message>
    <message>
        <source>Bind %1 to the software iSCSI adapter</source>
        <translation>%1 an den Software-iSCSI-Adapter binden</translation>
    </message>
    <message>
        <source>Add the static target %1 (%2)</source>
        <translation>Statisches Target %1 (%2) hinzufügen</translation>
    </message>
    <message>
        <source>%1 has a claim rule forcing VMW_SATP_ALUA for TrueNAS devices, which report no ALUA.</source>
        <translation>%1 hat eine Claim-Regel, die VMW_SATP_ALUA für TrueNAS-Geräte erzwingt, die kein ALUA melden.</translation>
    </message>
    <message>
        <source>Remove it (esxcli storage nmp satp rule remove with the same options) — hosts then fail to claim the paths and the devices disappear.</source>
        <translation>Entfernen Sie sie (esxcli storage nmp satp rule remove mit denselben Optionen) — mit ihr können die Hosts die Pfade nicht beanspruchen, und die Geräte verschwinden.</translation>
    </message>
    <message>
        <source>Add the claim rule %1 for TrueNAS iSCSI Disk → %2 %3</source>
        <translation>Claim-Regel %1 für TrueNAS iSCSI Disk → %2 %3 hinzufügen</translation>
    </message>
    <message>
        <source>Set %1 of %2 to %3</source>
        <translation>%1 von %2 auf %3 setzen</translation>
    </message>
    <message>
        <source>Round Robin on %1: switch paths every %2 I/O</source>
        <translation>Round Robin auf %1: Pfad alle %2 I/O wechseln</translation>
    </message>
    <message>
        <source>undone by restoring the previous PSP</source>
        <translation>wird durch Wiederherstellen der vorherigen PSP rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>mpio::HtmlReport</name>
    <message>
        <source>Topology</source>
        <translation>Topologie</translation>
    </message>
    <message>
        <source>IOPS share per path</source>
        <translation>IOPS-Anteil pro Pfad</translation>
    </message>
    <message>
        <source>en</source>
        <translation>de</translation>
    </message>
    <message>
        <source>As-built report: %1</source>
        <translation>As-built-Bericht: %1</translation>
    </message>
    <message>
        <source>Generated %1 by mpio-wizard %2</source>
        <translation>Erstellt am %1 mit mpio-wizard %2</translation>
    </message>
    <message>
        <source>Site summary and topology</source>
        <translation>Standortübersicht und Topologie</translation>
    </message>
    <message numerus="yes">
        <source>%n ESXi host(s), TrueNAS %1, %2 storage path(s).</source>
        <translation>
            <numerusform>%n ESXi-Host, TrueNAS %1, %2 Storage-Pfad(e).</numerusform>
            <numerusform>%n ESXi-Hosts, TrueNAS %1, %2 Storage-Pfad(e).</numerusform>
        </translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>TrueNAS NIC / IP</source>
        <translation>TrueNAS-NIC / IP</translation>
    </message>
    <message>
        <source>Hosts (vmk, vmnic, IP)</source>
        <translation>Hosts (vmk, vmnic, IP)</translation>
    </message>
    <message>
        <source>TrueNAS</source>
        <translation>TrueNAS</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>not discovered</source>
        <translation>nicht erkannt</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>zvol</source>
        <translation>zvol</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Target</translation>
    </message>
    <message>
        <source>iSCSI objects</source>
        <translation>iSCSI-Objekte</translation>
    </message>
    <message>
        <source>ESXi hosts</source>
        <translation>ESXi-Hosts</translation>
    </message>
    <message>
        <source>Not discovered in this run.</source>
        <translation>In diesem Lauf nicht erkannt.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>IQN</source>
        <translation>IQN</translation>
    </message>
    <message>
        <source>Port binding</source>
        <translation>Port-Binding</translation>
    </message>
    <message>
        <source>Claim rule</source>
        <translation>Claim-Regel</translation>
    </message>
    <message>
        <source>Device policy</source>
        <translation>Geräterichtlinie</translation>
    </message>
    <message>
        <source>Jumbo frame check</source>
        <translation>Jumbo-Frame-Prüfung</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>Nicht ausgeführt.</translation>
    </message>
    <message>
        <source>vmk</source>
        <translation>vmk</translation>
    </message>
    <message>
        <source>Portal</source>
        <translation>Portal</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Diagnosis</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Load distribution (IOPS per path)</source>
        <translation>Lastverteilung (IOPS pro Pfad)</translation>
    </message>
    <message>
        <source>No monitor samples in this run.</source>
        <translation>Keine Monitor-Messwerte in diesem Lauf.</translation>
    </message>
    <message>
        <source>Failover test</source>
        <translation>Failover-Test</translation>
    </message>
    <message>
        <source>Fault: %1. Times measured on the monitor&apos;s clock, to one poll interval (%2 ms); the longest I/O gap is estimated from the I/O counted in each interval against the device&apos;s rate before the fault.</source>
        <translation>Fehler: %1. Zeiten gemessen mit der Uhr des Monitors, auf ein Abfrageintervall genau (%2 ms); die längste I/O-Lücke wird aus den in jedem Intervall gezählten I/Os und der Rate des Geräts vor dem Fehler geschätzt.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Keine Befunde.</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Fix</source>
        <translation>Abhilfe</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Changes made</source>
        <translation>Vorgenommene Änderungen</translation>
    </message>
    <message>
        <source>From the journal %1</source>
        <translation>Aus dem Journal %1</translation>
    </message>
    <message>
        <source>No changes recorded.</source>
        <translation>Keine Änderungen aufgezeichnet.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>mpio::IpAllocator</name>
    <message>
        <source>%1 has %2 usable addresses, but TrueNAS and %3 hosts need %4. Use a larger subnet, for example /%5.</source>
        <translation>%1 hat %2 nutzbare Adressen, aber TrueNAS und %3 Hosts benötigen %4. Verwenden Sie ein größeres Subnetz, zum Beispiel /%5.</translation>
    </message>
    <message>
        <source>%1 has no free address left for %2 more hosts: free some addresses or use a larger subnet.</source>
        <translation>In %1 ist keine Adresse mehr für %2 weitere Hosts frei: Geben Sie Adressen frei, oder verwenden Sie ein größeres Subnetz.</translation>
    </message>
</context>
<context>
    <name>mpio::Ipv4</name>
    <message>
        <source>“%1” is not a subnet: write it as address/prefix, for example 10.20.10.8/29.</source>
        <translation>„%1“ ist kein Subnetz: Schreiben Sie es als Adresse/Präfix, zum Beispiel 10.20.10.8/29.</translation>
    </message>
    <message>
        <source>“%1” is not a valid IPv4 address: use four numbers 0–255 separated by dots, without leading zeros.</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse: Verwenden Sie vier Zahlen von 0–255, durch Punkte getrennt, ohne führende Nullen.</translation>
    </message>
    <message>
        <source>The prefix “/%1” is not usable for a storage path: use a prefix between /8 and /30 (the article uses /29).</source>
        <translation>Das Präfix „/%1“ ist für einen Storage-Pfad nicht verwendbar: Verwenden Sie ein Präfix zwischen /8 und /30 (der Artikel verwendet /29).</translation>
    </message>
    <message>
        <source>%1 is an address inside a subnet, not the subnet itself: did you mean %2?</source>
        <translation>%1 ist eine Adresse innerhalb eines Subnetzes, nicht das Subnetz selbst: Meinten Sie %2?</translation>
    </message>
</context>
<context>
    <name>mpio::Journal</name>
    <message>
        <source>Cannot create a journal in %1.</source>
        <translation>In %1 kann kein Journal angelegt werden.</translation>
    </message>
    <message>
        <source>The journal %1 is in use by another run (the wizard or mpioctl); finish or close that one first.</source>
        <translation>Das Journal %1 wird von einem anderen Lauf verwendet (dem Assistenten oder mpioctl); beenden oder schließen Sie diesen zuerst.</translation>
    </message>
    <message>
        <source>Cannot open the journal %1.</source>
        <translation>Das Journal %1 kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>cannot cut off the torn last line</source>
        <translation>die abgerissene letzte Zeile kann nicht abgeschnitten werden</translation>
    </message>
    <message>
        <source>short write</source>
        <translation>unvollständiger Schreibvorgang</translation>
    </message>
</context>
<context>
    <name>mpio::JournalReader</name>
    <message>
        <source>Cannot read the journal %1.</source>
        <translation>Das Journal %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The journal %1 is damaged at line %2 and was not used: %3. Nothing was changed.</source>
        <translation>Das Journal %1 ist in Zeile %2 beschädigt und wurde nicht verwendet: %3. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>(memory)</source>
        <translation>(Arbeitsspeicher)</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>The last line (%1 bytes) was torn by an interrupted write and is ignored.</source>
        <translation>Die letzte Zeile (%1 Bytes) wurde durch einen unterbrochenen Schreibvorgang abgerissen und wird ignoriert.</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>kein JSON-Objekt (%1)</translation>
    </message>
    <message>
        <source>sequence number %1 where %2 was expected</source>
        <translation>Sequenznummer %1, erwartet wurde %2</translation>
    </message>
    <message>
        <source>the first line is not the header</source>
        <translation>die erste Zeile ist nicht die Kopfzeile</translation>
    </message>
    <message>
        <source>a second header</source>
        <translation>eine zweite Kopfzeile</translation>
    </message>
    <message>
        <source>unsupported schema “%1”</source>
        <translation>nicht unterstütztes Schema „%1“</translation>
    </message>
    <message>
        <source>the embedded plan is invalid: %1</source>
        <translation>der eingebettete Plan ist ungültig: %1</translation>
    </message>
    <message>
        <source>the embedded plan does not match the header&apos;s plan hash (edited?)</source>
        <translation>der eingebettete Plan passt nicht zum Plan-Hash der Kopfzeile (bearbeitet?)</translation>
    </message>
    <message>
        <source>unknown operation “%1”</source>
        <translation>unbekannte Operation „%1“</translation>
    </message>
    <message>
        <source>operation “%1” planned twice</source>
        <translation>Operation „%1“ doppelt geplant</translation>
    </message>
    <message>
        <source>a planned line after the run began</source>
        <translation>eine Planungszeile nach Beginn des Laufs</translation>
    </message>
    <message>
        <source>steps before every operation was planned</source>
        <translation>Schritte, bevor alle Operationen geplant waren</translation>
    </message>
    <message>
        <source>unknown phase “%1”</source>
        <translation>unbekannte Phase „%1“</translation>
    </message>
    <message>
        <source>“%1” started twice without an outcome</source>
        <translation>„%1“ zweimal ohne Ergebnis gestartet</translation>
    </message>
    <message>
        <source>“%1” started again after it succeeded</source>
        <translation>„%1“ erneut gestartet, nachdem es erfolgreich war</translation>
    </message>
    <message>
        <source>“%1” started before its dependency “%2” succeeded</source>
        <translation>„%1“ gestartet, bevor seine Abhängigkeit „%2“ erfolgreich war</translation>
    </message>
    <message>
        <source>undo of “%1”, which is not applied</source>
        <translation>Rückgängigmachen von „%1“, das nicht angewendet ist</translation>
    </message>
    <message>
        <source>undo of “%1” while “%2”, which depends on it, is still applied</source>
        <translation>Rückgängigmachen von „%1“, während „%2“, das davon abhängt, noch angewendet ist</translation>
    </message>
    <message>
        <source>verify of “%1”, which was not interrupted</source>
        <translation>Überprüfung von „%1“, das nicht unterbrochen wurde</translation>
    </message>
    <message>
        <source>an outcome for “%1” (%2) that never started</source>
        <translation>ein Ergebnis für „%1“ (%2), das nie gestartet wurde</translation>
    </message>
    <message>
        <source>“%1” adopted, but it was not interrupted</source>
        <translation>„%1“ übernommen, aber es wurde nicht unterbrochen</translation>
    </message>
    <message>
        <source>“%1” skipped, but it is not applied</source>
        <translation>„%1“ übersprungen, aber es ist nicht angewendet</translation>
    </message>
    <message>
        <source>unknown event “%1”</source>
        <translation>unbekanntes Ereignis „%1“</translation>
    </message>
    <message>
        <source>no header</source>
        <translation>keine Kopfzeile</translation>
    </message>
    <message>
        <source>the planned lines are incomplete</source>
        <translation>die Planungszeilen sind unvollständig</translation>
    </message>
</context>
<context>
    <name>mpio::JumboDiagnosis</name>
    <message>
        <source>%1 (path %2) reaches %3 of path %4: the paths are not isolated, so one failure can affect both. Check VLANs and routing between the storage networks.</source>
        <translation>%1 (Pfad %2) erreicht %3 von Pfad %4: Die Pfade sind nicht isoliert, daher kann ein einzelner Ausfall beide betreffen. Prüfen Sie VLANs und Routing zwischen den Storage-Netzwerken.</translation>
    </message>
    <message>
        <source>No answer across paths, as expected on isolated storage networks.</source>
        <translation>Keine Antwort über Pfadgrenzen hinweg, wie bei isolierten Storage-Netzwerken erwartet.</translation>
    </message>
    <message>
        <source>%1 of %2 jumbo frames from %3 to %4 came back: a flapping link or an overloaded port. Check the cabling and the switch port counters.</source>
        <translation>%1 von %2 Jumbo-Frames von %3 zu %4 kamen zurück: ein instabiler Link oder ein überlasteter Port. Prüfen Sie die Verkabelung und die Zähler des Switch-Ports.</translation>
    </message>
    <message>
        <source>%1-byte frames pass from %2 to %3 (%4 ms).</source>
        <translation>%1-Byte-Frames gelangen von %2 zu %3 (%4 ms).</translation>
    </message>
    <message>
        <source>“Message too long”: %1 itself (or its vSwitch) has an MTU below %2. Set the vmk and its vSwitch to MTU %2 on %3.</source>
        <translation>„Message too long“: %1 selbst (oder sein vSwitch) hat eine MTU unter %2. Setzen Sie den vmk und seinen vSwitch auf %3 auf MTU %2.</translation>
    </message>
    <message>
        <source>“Host is down”: no ARP answer from %1. Check the cable of %2&apos;s uplink, the switch port and VLAN, that %1 is configured on the TrueNAS NIC of path %3, and the subnet.</source>
        <translation>„Host is down“: keine ARP-Antwort von %1. Prüfen Sie das Kabel des Uplinks von %2, den Switch-Port und das VLAN, ob %1 auf der TrueNAS-NIC von Pfad %3 konfiguriert ist, sowie das Subnetz.</translation>
    </message>
    <message>
        <source>“Network is unreachable”: %1 has no route to %2. Check %1&apos;s IP address and netmask: it must be in path %3&apos;s subnet.</source>
        <translation>„Network is unreachable“: %1 hat keine Route zu %2. Prüfen Sie IP-Adresse und Netzmaske von %1: Die Adresse muss im Subnetz von Pfad %3 liegen.</translation>
    </message>
    <message>
        <source>Small frames (1500) pass but jumbo frames are lost silently: a switch port on path %1 or the TrueNAS NIC drops frames above 1500. Set the switch ports to 9216 (or at least 9000 + headers) and the TrueNAS NIC to %2.</source>
        <translation>Kleine Frames (1500) kommen durch, aber Jumbo-Frames gehen unbemerkt verloren: Ein Switch-Port auf Pfad %1 oder die TrueNAS-NIC verwirft Frames über 1500. Setzen Sie die Switch-Ports auf 9216 (oder mindestens 9000 + Header) und die TrueNAS-NIC auf %2.</translation>
    </message>
    <message>
        <source>Neither jumbo nor normal frames reach %1 from %2: the path is down (cable, switch, VLAN, or TrueNAS interface).</source>
        <translation>Weder Jumbo- noch normale Frames erreichen %1 von %2: Der Pfad ist ausgefallen (Kabel, Switch, VLAN oder TrueNAS-Schnittstelle).</translation>
    </message>
    <message>
        <source>Jumbo frames from %1 to %2 are lost%3.</source>
        <translation>Jumbo-Frames von %1 zu %2 gehen verloren%3.</translation>
    </message>
    <message>
        <source>Fix the hop named above, then run the jumbo check again.</source>
        <translation>Beheben Sie das Problem an der oben genannten Stelle, und führen Sie die Jumbo-Prüfung dann erneut aus.</translation>
    </message>
    <message>
        <source>Review the network between the paths.</source>
        <translation>Überprüfen Sie das Netzwerk zwischen den Pfaden.</translation>
    </message>
    <message>
        <source>This path was not checked.</source>
        <translation>Dieser Pfad wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>Run the jumbo check.</source>
        <translation>Führen Sie die Jumbo-Prüfung aus.</translation>
    </message>
</context>
<context>
    <name>mpio::JumboGateExecutor</name>
    <message>
        <source>Jumbo gate failed, nothing of the iSCSI part was applied (MTU-JUMBO-CHECK): %1. Fix the hop named, then resume; or apply with the override.</source>
        <translation>Jumbo-Sperre fehlgeschlagen, vom iSCSI-Teil wurde nichts angewendet (MTU-JUMBO-CHECK): %1. Beheben Sie das Problem am genannten Hop und setzen Sie dann fort; oder wenden Sie den Plan mit Übersteuerung an.</translation>
    </message>
</context>
<context>
    <name>mpio::LabControlClient</name>
    <message>
        <source>The lab refused: %1</source>
        <translation>Das Labor hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>Cannot talk to the lab&apos;s control port: %1</source>
        <translation>Keine Verbindung zum Steuerport des Labors: %1</translation>
    </message>
    <message>
        <source>The lab did not answer within %1 ms.</source>
        <translation>Das Labor hat nicht innerhalb von %1 ms geantwortet.</translation>
    </message>
</context>
<context>
    <name>mpio::LabEndpoints</name>
    <message>
        <source>No running lab found in %1 (%2). Start it with mpio-lab --scenario FILE --state-dir %1.</source>
        <translation>Kein laufendes Labor in %1 gefunden (%2). Starten Sie es mit mpio-lab --scenario FILE --state-dir %1.</translation>
    </message>
    <message>
        <source>%1 is not a valid lab endpoints file.</source>
        <translation>%1 ist keine gültige Labor-Endpunktdatei.</translation>
    </message>
</context>
<context>
    <name>mpio::Plan</name>
    <message>
        <source>An operation has no id.</source>
        <translation>Eine Operation hat keine ID.</translation>
    </message>
    <message>
        <source>The id is used by more than one operation.</source>
        <translation>Die ID wird von mehr als einer Operation verwendet.</translation>
    </message>
    <message>
        <source>The operation has no action.</source>
        <translation>Die Operation hat keine Aktion.</translation>
    </message>
    <message>
        <source>The operation has neither an undo nor a reason why none is needed.</source>
        <translation>Die Operation hat weder eine Rückgängig-Aktion noch eine Begründung, warum keine nötig ist.</translation>
    </message>
    <message>
        <source>The secret at %1 is written inline; it must be a keychain reference.</source>
        <translation>Das Geheimnis unter %1 ist inline eingetragen; es muss ein Verweis auf den Schlüsselbund sein.</translation>
    </message>
    <message>
        <source>The operation depends on itself.</source>
        <translation>Die Operation hängt von sich selbst ab.</translation>
    </message>
    <message>
        <source>The operation depends on the unknown operation “%1”.</source>
        <translation>Die Operation hängt von der unbekannten Operation „%1“ ab.</translation>
    </message>
    <message>
        <source>The dependencies form a cycle through: %1.</source>
        <translation>Die Abhängigkeiten bilden einen Zyklus über: %1.</translation>
    </message>
    <message>
        <source>The plan is not a valid graph of operations (%1 problem(s)).</source>
        <translation>Der Plan ist kein gültiger Graph von Operationen (%1 Problem(e)).</translation>
    </message>
</context>
<context>
    <name>mpio::PlanJson</name>
    <message>
        <source>unsupported schema “%1” (this version reads %2)</source>
        <translation>nicht unterstütztes Schema „%1“ (diese Version liest %2)</translation>
    </message>
    <message>
        <source>expected “truenas” or “esxi”</source>
        <translation>erwartet: „truenas“ oder „esxi“</translation>
    </message>
    <message>
        <source>expected “error”, “warning” or “info”</source>
        <translation>erwartet: „error“, „warning“ oder „info“</translation>
    </message>
    <message>
        <source>The plan file is not a valid plan (%1 problem(s)).</source>
        <translation>Die Plandatei ist kein gültiger Plan (%1 Problem(e)).</translation>
    </message>
    <message>
        <source>Cannot read the plan file %1.</source>
        <translation>Die Plandatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 is not valid JSON.</source>
        <translation>%1 ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Cannot write the plan file %1.</source>
        <translation>Die Plandatei %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>mpio::PlanRenderer</name>
    <message>
        <source>(unnamed site)</source>
        <translation>(unbenannter Standort)</translation>
    </message>
    <message>
        <source>Plan for %1: nothing to do — the systems already match the profile.</source>
        <translation>Plan für %1: nichts zu tun — die Systeme entsprechen bereits dem Profil.</translation>
    </message>
    <message>
        <source>Plan for %1: %2 operation(s) on %3 system(s).</source>
        <translation>Plan für %1: %2 Operation(en) auf %3 System(en).</translation>
    </message>
    <message>
        <source>Decisions:</source>
        <translation>Entscheidungen:</translation>
    </message>
    <message>
        <source>TrueNAS — %1</source>
        <translation>TrueNAS — %1</translation>
    </message>
    <message>
        <source>ESXi — %1</source>
        <translation>ESXi — %1</translation>
    </message>
    <message>
        <source>id:     </source>
        <translation>ID:         </translation>
    </message>
    <message>
        <source>run:    </source>
        <translation>Ausführen:  </translation>
    </message>
    <message>
        <source>why:    </source>
        <translation>Grund:      </translation>
    </message>
    <message>
        <source>needs:  </source>
        <translation>Benötigt:   </translation>
    </message>
    <message>
        <source>after:  </source>
        <translation>Nach:       </translation>
    </message>
    <message>
        <source>undo:   </source>
        <translation>Rückgängig: </translation>
    </message>
    <message>
        <source>undo:   none — </source>
        <translation>Rückgängig: keine — </translation>
    </message>
</context>
<context>
    <name>mpio::PlanRunner</name>
    <message>
        <source>This runner has already been used; create a new one.</source>
        <translation>Dieser Runner wurde bereits verwendet; erstellen Sie einen neuen.</translation>
    </message>
    <message>
        <source>The plan has blocking findings; fix them before applying.</source>
        <translation>Der Plan hat blockierende Befunde; beheben Sie diese vor dem Anwenden.</translation>
    </message>
    <message>
        <source>rollback of the journal requested</source>
        <translation>Rollback des Journals angefordert</translation>
    </message>
    <message>
        <source>No step can run, but the plan is not complete.</source>
        <translation>Kein Schritt kann ausgeführt werden, aber der Plan ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The journal is closed.</source>
        <translation>Das Journal ist geschlossen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>its interrupted undo had taken effect (verified)</source>
        <translation>das unterbrochene Rückgängigmachen war bereits wirksam (geprüft)</translation>
    </message>
    <message>
        <source>checked</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>interrupted before it changed anything (verified)</source>
        <translation>unterbrochen, bevor etwas geändert wurde (geprüft)</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>rückgängig gemacht</translation>
    </message>
    <message>
        <source>still applied (verified), not run again</source>
        <translation>noch angewendet (geprüft), nicht erneut ausgeführt</translation>
    </message>
    <message>
        <source>already applied (verified), not run again</source>
        <translation>bereits angewendet (geprüft), nicht erneut ausgeführt</translation>
    </message>
    <message>
        <source>rollback after the failure of %1</source>
        <translation>Rollback nach dem Fehlschlag von %1</translation>
    </message>
    <message>
        <source>interrupted with unknown effect and no verify action: check by hand</source>
        <translation>mit unbekannter Wirkung unterbrochen und keine Prüfaktion vorhanden: bitte von Hand prüfen</translation>
    </message>
    <message>
        <source>nothing to undo: %1</source>
        <translation>nichts rückgängig zu machen: %1</translation>
    </message>
    <message>
        <source>Check by hand whether these interrupted steps took effect: %1.</source>
        <translation>Prüfen Sie von Hand, ob diese unterbrochenen Schritte wirksam wurden: %1.</translation>
    </message>
</context>
<context>
    <name>mpio::Planner</name>
    <message>
        <source>Jumbo gate: vmkping -d -s 8972 on every vmk × portal (%1 cells) before any iSCSI change; the apply stops here if a path drops large frames</source>
        <translation>Jumbo-Sperre: vmkping -d -s 8972 auf jedem vmk × Portal (%1 Zellen) vor jeder iSCSI-Änderung; die Ausführung stoppt hier, wenn ein Pfad große Frames verwirft</translation>
    </message>
    <message>
        <source>the network part of every host is applied</source>
        <translation>der Netzwerkteil jedes Hosts ist angewendet</translation>
    </message>
    <message>
        <source>a check changes nothing to undo</source>
        <translation>eine Prüfung ändert nichts, was rückgängig zu machen wäre</translation>
    </message>
    <message>
        <source>Port binding as the article does (your explicit choice)</source>
        <translation>Port-Binding wie im Artikel (Ihre ausdrückliche Wahl)</translation>
    </message>
    <message>
        <source>No port binding</source>
        <translation>Kein Port-Binding</translation>
    </message>
    <message>
        <source>Every bound vmk logs in to every portal: with one subnet per path that is %1 logins per host, half of them across paths that can never work (dead paths, slow boots).</source>
        <translation>Jeder gebundene vmk meldet sich an jedem Portal an: Bei einem Subnetz pro Pfad sind das %1 Anmeldungen pro Host, die Hälfte davon über Pfade, die nie funktionieren können (ausgefallene Pfade, langsames Booten).</translation>
    </message>
    <message>
        <source>Each path has its own subnet, so each vmk reaches exactly its own portal through the routing table (VMware KB 2038869: binding is for several vmks in ONE subnet). Static targets per portal IP.</source>
        <translation>Jeder Pfad hat ein eigenes Subnetz, daher erreicht jeder vmk über die Routing-Tabelle genau sein eigenes Portal (VMware KB 2038869: Binding ist für mehrere vmks in EINEM Subnetz gedacht). Statische Targets pro Portal-IP.</translation>
    </message>
    <message>
        <source>Claim rule for %1 with Round Robin, iops=%2</source>
        <translation>Claim-Regel für %1 mit Round Robin, iops=%2</translation>
    </message>
    <message>
        <source>The TrueNAS devices report ALUA (an HA system): the rule is for VMW_SATP_ALUA.</source>
        <translation>Die TrueNAS-Geräte melden ALUA (ein HA-System): Die Regel gilt für VMW_SATP_ALUA.</translation>
    </message>
    <message>
        <source>Non-HA TrueNAS reports no ALUA, so ESXi claims its devices with VMW_SATP_DEFAULT_AA; a rule forcing VMW_SATP_ALUA would make them disappear (PSP-NO-FORCED-ALUA). Added before the rescan so new devices get RR at once; devices already present are set one by one.</source>
        <translation>TrueNAS ohne HA meldet kein ALUA, daher beansprucht ESXi dessen Geräte mit VMW_SATP_DEFAULT_AA; eine Regel, die VMW_SATP_ALUA erzwingt, würde sie verschwinden lassen (PSP-NO-FORCED-ALUA). Sie wird vor dem Rescan hinzugefügt, damit neue Geräte sofort RR erhalten; bereits vorhandene Geräte werden einzeln eingestellt.</translation>
    </message>
    <message>
        <source>Fix the profile and plan again.</source>
        <translation>Korrigieren Sie das Profil und planen Sie erneut.</translation>
    </message>
    <message>
        <source>nothing to undo</source>
        <translation>nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>TrueNAS has no interface %1 (path %2).</source>
        <translation>TrueNAS hat keine Schnittstelle %1 (Pfad %2).</translation>
    </message>
    <message>
        <source>Choose one of the NICs discovery found for path %1.</source>
        <translation>Wählen Sie eine der NICs, die die Erkennung für Pfad %1 gefunden hat.</translation>
    </message>
    <message>
        <source>TrueNAS portal %1 listens on %2 (every address).</source>
        <translation>TrueNAS-Portal %1 lauscht auf %2 (jede Adresse).</translation>
    </message>
    <message>
        <source>Change it to the path IPs only; a wildcard portal advertises the management network too.</source>
        <translation>Beschränken Sie es auf die Pfad-IPs; ein Wildcard-Portal macht auch das Management-Netzwerk bekannt.</translation>
    </message>
    <message>
        <source>Create the initiator group %1 with the software iSCSI IQNs of %2 (read from the hosts when this step runs)</source>
        <translation>Initiatorgruppe %1 mit den Software-iSCSI-IQNs von %2 anlegen (werden beim Ausführen dieses Schritts von den Hosts gelesen)</translation>
    </message>
    <message>
        <source>%1 was not discovered.</source>
        <translation>%1 wurde nicht erkannt.</translation>
    </message>
    <message>
        <source>Connect to %1 first; nothing is planned for it.</source>
        <translation>Verbinden Sie sich zuerst mit %1; dafür ist nichts geplant.</translation>
    </message>
    <message>
        <source>Rescan the software iSCSI adapter</source>
        <translation>Software-iSCSI-Adapter neu scannen</translation>
    </message>
    <message>
        <source>a rescan changes nothing to undo</source>
        <translation>ein Rescan ändert nichts, was rückgängig zu machen wäre</translation>
    </message>
</context>
<context>
    <name>mpio::Rules</name>
    <message>
        <source>Two to four storage paths</source>
        <translation>Zwei bis vier Speicherpfade</translation>
    </message>
    <message>
        <source>One subnet per path</source>
        <translation>Ein Subnetz pro Pfad</translation>
    </message>
    <message>
        <source>Subnets must not overlap</source>
        <translation>Subnetze dürfen sich nicht überschneiden</translation>
    </message>
    <message>
        <source>Addresses inside their path&apos;s subnet, unique</source>
        <translation>Adressen im Subnetz ihres Pfads, eindeutig</translation>
    </message>
    <message>
        <source>Subnet large enough for TrueNAS and all hosts</source>
        <translation>Subnetz groß genug für TrueNAS und alle Hosts</translation>
    </message>
    <message>
        <source>One physical switch per path</source>
        <translation>Ein physischer Switch pro Pfad</translation>
    </message>
    <message>
        <source>No shared uplink or NIC between paths</source>
        <translation>Keine gemeinsamen Uplinks oder NICs zwischen Pfaden</translation>
    </message>
    <message>
        <source>No link aggregation on storage uplinks</source>
        <translation>Keine Link-Aggregation auf Speicher-Uplinks</translation>
    </message>
    <message>
        <source>Portal IPs are static aliases</source>
        <translation>Portal-IPs sind statische Aliase</translation>
    </message>
    <message>
        <source>No 0.0.0.0 portal</source>
        <translation>Kein 0.0.0.0-Portal</translation>
    </message>
    <message>
        <source>Every host has one vmk per path</source>
        <translation>Jeder Host hat einen vmk pro Pfad</translation>
    </message>
    <message>
        <source>Names and addresses are unique</source>
        <translation>Namen und Adressen sind eindeutig</translation>
    </message>
    <message>
        <source>MTU between 1280 and 9000</source>
        <translation>MTU zwischen 1280 und 9000</translation>
    </message>
    <message>
        <source>The same MTU on every hop of a path</source>
        <translation>Dieselbe MTU auf jedem Hop eines Pfads</translation>
    </message>
    <message>
        <source>vSwitch MTU at least the vmk MTU</source>
        <translation>vSwitch-MTU mindestens so groß wie die vmk-MTU</translation>
    </message>
    <message>
        <source>Jumbo frames pass on every path</source>
        <translation>Jumbo-Frames passieren jeden Pfad</translation>
    </message>
    <message>
        <source>What a failed vmkping means</source>
        <translation>Was ein fehlgeschlagener vmkping bedeutet</translation>
    </message>
    <message>
        <source>Paths are isolated from each other</source>
        <translation>Pfade sind voneinander isoliert</translation>
    </message>
    <message>
        <source>One active uplink per iSCSI vmk</source>
        <translation>Ein aktiver Uplink pro iSCSI-vmk</translation>
    </message>
    <message>
        <source>Port binding only within one subnet</source>
        <translation>Port-Binding nur innerhalb eines Subnetzes</translation>
    </message>
    <message>
        <source>Static targets per portal IP</source>
        <translation>Statische Targets pro Portal-IP</translation>
    </message>
    <message>
        <source>Same-subnet vmks need binding</source>
        <translation>vmks im selben Subnetz brauchen Binding</translation>
    </message>
    <message>
        <source>vmk0 is the management interface</source>
        <translation>vmk0 ist die Management-Schnittstelle</translation>
    </message>
    <message>
        <source>iSCSI login timeout</source>
        <translation>iSCSI-Login-Timeout</translation>
    </message>
    <message>
        <source>Delayed ACK</source>
        <translation>Delayed ACK</translation>
    </message>
    <message>
        <source>No automatic password retries</source>
        <translation>Keine automatischen Passwort-Wiederholungen</translation>
    </message>
    <message>
        <source>SSH and esxcli work on free ESXi</source>
        <translation>SSH und esxcli funktionieren mit dem kostenlosen ESXi</translation>
    </message>
    <message>
        <source>Claim rule for the SATP that claims</source>
        <translation>Claim-Regel für das tatsächlich beanspruchende SATP</translation>
    </message>
    <message>
        <source>No forced ALUA for non-ALUA LUNs</source>
        <translation>Kein erzwungenes ALUA für LUNs ohne ALUA</translation>
    </message>
    <message>
        <source>Round Robin claim rule</source>
        <translation>Round-Robin-Claim-Regel</translation>
    </message>
    <message>
        <source>Claim rules affect new devices only</source>
        <translation>Claim-Regeln wirken nur auf neue Geräte</translation>
    </message>
    <message>
        <source>Round Robin with iops=1</source>
        <translation>Round Robin mit iops=1</translation>
    </message>
    <message>
        <source>Custom extent product id</source>
        <translation>Eigene Produkt-ID für das Extent</translation>
    </message>
    <message>
        <source>One portal with all path IPs</source>
        <translation>Ein Portal mit allen Pfad-IPs</translation>
    </message>
    <message>
        <source>Every host&apos;s IQN in the initiator group</source>
        <translation>IQN jedes Hosts in der Initiatorgruppe</translation>
    </message>
    <message>
        <source>zvol properties for VMware</source>
        <translation>zvol-Eigenschaften für VMware</translation>
    </message>
    <message>
        <source>sync=always wants a SLOG</source>
        <translation>sync=always erfordert ein SLOG</translation>
    </message>
    <message>
        <source>CHAP on both sides or none</source>
        <translation>CHAP auf beiden Seiten oder gar nicht</translation>
    </message>
    <message>
        <source>API keys only over TLS</source>
        <translation>API-Schlüssel nur über TLS</translation>
    </message>
    <message>
        <source>No login loops</source>
        <translation>Keine Login-Schleifen</translation>
    </message>
    <message>
        <source>Network changes need a check-in</source>
        <translation>Netzwerkänderungen brauchen ein Check-in</translation>
    </message>
    <message>
        <source>iSCSI service enabled and started</source>
        <translation>iSCSI-Dienst aktiviert und gestartet</translation>
    </message>
    <message>
        <source>MPIO does not cover backup traffic</source>
        <translation>MPIO deckt keinen Backup-Verkehr ab</translation>
    </message>
    <message>
        <source>Names follow the system&apos;s grammar</source>
        <translation>Namen folgen der Syntax des Systems</translation>
    </message>
</context>
<context>
    <name>mpio::SiteConnection</name>
    <message>
        <source>The lab runs no TrueNAS emulation.</source>
        <translation>Das Labor emuliert kein TrueNAS.</translation>
    </message>
    <message>
        <source>The lab has no host “%1” (the profile and the lab scenario must name the same hosts).</source>
        <translation>Das Labor hat keinen Host „%1“ (Profil und Labor-Szenario müssen dieselben Hosts nennen).</translation>
    </message>
    <message>
        <source>No connection to %1.</source>
        <translation>Keine Verbindung zu %1.</translation>
    </message>
    <message>
        <source>%1 has no software iSCSI adapter yet.</source>
        <translation>%1 hat noch keinen Software-iSCSI-Adapter.</translation>
    </message>
    <message>
        <source>connecting to TrueNAS at %1 …</source>
        <translation>Verbindung zu TrueNAS unter %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>TrueNAS discovered: %1 calls in %2 ms</source>
        <translation>TrueNAS erkannt: %1 Aufrufe in %2 ms</translation>
    </message>
    <message>
        <source>connecting to %1 …</source>
        <translation>Verbindung zu %1 wird hergestellt …</translation>
    </message>
    <message>
        <source>%1 discovered: %2 esxcli calls</source>
        <translation>%1 erkannt: %2 esxcli-Aufrufe</translation>
    </message>
    <message>
        <source>A changed key or certificate is never trusted from here: check the system, then remove the old entry from the trust store.</source>
        <translation>Einem geänderten Schlüssel oder Zertifikat wird hier nie vertraut: Prüfen Sie das System und entfernen Sie dann den alten Eintrag aus dem Vertrauensspeicher.</translation>
    </message>
    <message>
        <source>No connection to %1:%2 asked for trust.</source>
        <translation>Keine Verbindung zu %1:%2 hat nach Vertrauen gefragt.</translation>
    </message>
</context>
<context>
    <name>mpio::SiteEdit</name>
    <message>
        <source>Enter the address: a DNS name or an IPv4 address, optionally with :port.</source>
        <translation>Geben Sie die Adresse ein: einen DNS-Namen oder eine IPv4-Adresse, optional mit :Port.</translation>
    </message>
    <message>
        <source>“%1” is not a port: after the colon comes a number from 1 to 65535.</source>
        <translation>„%1“ ist kein Port: Nach dem Doppelpunkt folgt eine Zahl von 1 bis 65535.</translation>
    </message>
</context>
<context>
    <name>mpio::SiteJson</name>
    <message>
        <source>The profile is not valid JSON: %1 at line %2, column %3.</source>
        <translation>Das Profil ist kein gültiges JSON: %1 in Zeile %2, Spalte %3.</translation>
    </message>
    <message>
        <source>The profile must be a JSON object.</source>
        <translation>Das Profil muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>expected &quot;%1&quot;</source>
        <translation>erwartet: &quot;%1&quot;</translation>
    </message>
    <message>
        <source>profile version %1 is not supported by this release (it reads version %2); update mpio-wizard</source>
        <translation>Profilversion %1 wird von diesem Release nicht unterstützt (es liest Version %2); aktualisieren Sie mpio-wizard</translation>
    </message>
    <message numerus="yes">
        <source>The profile has %n problem(s); fix them and load it again.</source>
        <translation>
            <numerusform>Das Profil hat %n Problem; beheben Sie es und laden Sie das Profil erneut.</numerusform>
            <numerusform>Das Profil hat %n Probleme; beheben Sie sie und laden Sie das Profil erneut.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cannot read the profile %1: %2.</source>
        <translation>Das Profil %1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <source>%1 is too large to be a profile.</source>
        <translation>%1 ist zu groß für ein Profil.</translation>
    </message>
    <message>
        <source>Cannot save the profile to %1: %2.</source>
        <translation>Das Profil kann nicht unter %1 gespeichert werden: %2.</translation>
    </message>
</context>
<context>
    <name>mpio::SiteRules::Tr</name>
    <message>
        <source>“%1” is not a valid IPv4 address (%2).</source>
        <translation>„%1“ ist keine gültige IPv4-Adresse (%2).</translation>
    </message>
    <message>
        <source>Write four numbers 0–255 separated by dots, for example 10.20.10.11.</source>
        <translation>Geben Sie vier Zahlen von 0–255 ein, getrennt durch Punkte, zum Beispiel 10.20.10.11.</translation>
    </message>
    <message>
        <source>%1 (%2) is not inside path %3&apos;s subnet %4, whose hosts are %5–%6.</source>
        <translation>%1 (%2) liegt nicht im Subnetz %4 von Pfad %3, dessen Host-Adressen %5–%6 sind.</translation>
    </message>
    <message>
        <source>Use an address from %1 to %2, or correct the subnet.</source>
        <translation>Verwenden Sie eine Adresse von %1 bis %2, oder korrigieren Sie das Subnetz.</translation>
    </message>
    <message>
        <source>%1 (%2) is the %3 address of %4 and cannot be assigned.</source>
        <translation>%1 (%2) ist die %3-Adresse von %4 und kann nicht vergeben werden.</translation>
    </message>
    <message>
        <source>network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>broadcast</source>
        <translation>Broadcast</translation>
    </message>
    <message>
        <source>Use an address from %1 to %2.</source>
        <translation>Verwenden Sie eine Adresse von %1 bis %2.</translation>
    </message>
    <message>
        <source>%1 is used twice: by %2 and by %3.</source>
        <translation>%1 wird doppelt verwendet: von %2 und von %3.</translation>
    </message>
    <message>
        <source>Give every interface its own address.</source>
        <translation>Geben Sie jeder Schnittstelle eine eigene Adresse.</translation>
    </message>
    <message>
        <source>TrueNAS %1 on path %2</source>
        <translation>TrueNAS %1 auf Pfad %2</translation>
    </message>
    <message>
        <source>Path %1 uses 0.0.0.0 as TrueNAS portal address: the portal would advertise every TrueNAS address, management included, and ESXi would log in on dead paths.</source>
        <translation>Pfad %1 verwendet 0.0.0.0 als TrueNAS-Portaladresse: Das Portal würde jede TrueNAS-Adresse bekannt machen, einschließlich Management, und ESXi würde sich über ausgefallene Pfade anmelden.</translation>
    </message>
    <message>
        <source>Enter the static address of %1 on path %2, for example 10.20.10.10.</source>
        <translation>Geben Sie die statische Adresse von %1 auf Pfad %2 ein, zum Beispiel 10.20.10.10.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Port binding across %1 subnets makes every bound vmk try every portal: %2 logins per host, %3 of them dead, slower rescans and wrong path counts (VMware KB 2038869).</source>
        <translation>Port-Binding über %1 Subnetze lässt jeden gebundenen vmk jedes Portal versuchen: %2 Anmeldungen pro Host, davon %3 ausgefallen, langsamere Rescans und falsche Pfadzahlen (VMware KB 2038869).</translation>
    </message>
    <message>
        <source>Keep binding on “auto” (no binding with one subnet per path) unless you need the article&apos;s exact setup.</source>
        <translation>Belassen Sie das Binding auf „auto“ (kein Binding bei einem Subnetz pro Pfad), sofern Sie nicht genau den Aufbau aus dem Artikel benötigen.</translation>
    </message>
    <message>
        <source>Several vmks share one subnet without port binding: ESXi sends all iSCSI traffic through the first vmk in its routing table (Broadcom KB 323116).</source>
        <translation>Mehrere vmks teilen sich ein Subnetz ohne Port-Binding: ESXi sendet den gesamten iSCSI-Verkehr über den ersten vmk in seiner Routing-Tabelle (Broadcom KB 323116).</translation>
    </message>
    <message>
        <source>Give each path its own subnet, or set binding to “auto”.</source>
        <translation>Geben Sie jedem Pfad ein eigenes Subnetz, oder setzen Sie das Binding auf „auto“.</translation>
    </message>
    <message>
        <source>%1 would use vmk0 for storage path %2, but vmk0 carries ESXi management.</source>
        <translation>%1 würde vmk0 für Speicherpfad %2 verwenden, aber vmk0 trägt das ESXi-Management.</translation>
    </message>
    <message>
        <source>Use a new VMkernel adapter such as vmk2 for storage.</source>
        <translation>Verwenden Sie für Storage einen neuen VMkernel-Adapter wie vmk2.</translation>
    </message>
    <message>
        <source>The MTU %1 of %2 is outside 1280–9000.</source>
        <translation>Die MTU %1 von %2 liegt außerhalb von 1280–9000.</translation>
    </message>
    <message>
        <source>ESXi and TrueNAS interfaces take at most 9000; 9198 or 9216 belong on the switch ports only. Set %1 to 9000.</source>
        <translation>ESXi- und TrueNAS-Schnittstellen erlauben höchstens 9000; 9198 oder 9216 gehören nur auf die Switch-Ports. Setzen Sie %1 auf 9000.</translation>
    </message>
    <message>
        <source>Use 9000 for jumbo frames, or 1500 if the switches cannot carry them.</source>
        <translation>Verwenden Sie 9000 für Jumbo-Frames, oder 1500, wenn die Switches sie nicht übertragen können.</translation>
    </message>
    <message>
        <source>path %1</source>
        <translation>Pfad %1</translation>
    </message>
    <message>
        <source>Path %1 uses MTU %2, so jumbo frames are off.</source>
        <translation>Pfad %1 verwendet MTU %2, daher sind Jumbo-Frames aus.</translation>
    </message>
    <message>
        <source>Use 9000 end to end (TrueNAS NIC, switch ports, vSwitch, vmk) for the article&apos;s throughput.</source>
        <translation>Verwenden Sie durchgehend 9000 (TrueNAS-NIC, Switch-Ports, vSwitch, vmk), um den Durchsatz aus dem Artikel zu erreichen.</translation>
    </message>
    <message>
        <source>%1 on %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>%1 on %2 has MTU %3 but path %4 uses %5: frames of one size will be dropped on one hop.</source>
        <translation>%1 auf %2 hat MTU %3, aber Pfad %4 verwendet %5: Frames einer Größe werden auf einem Hop verworfen.</translation>
    </message>
    <message>
        <source>Set the vmk MTU to %1 or remove the override.</source>
        <translation>Setzen Sie die vmk-MTU auf %1 oder entfernen Sie die Übersteuerung.</translation>
    </message>
    <message>
        <source>%1 on %2 has MTU %3, smaller than its vmk %4 (%5).</source>
        <translation>%1 auf %2 hat MTU %3 und damit weniger als der zugehörige vmk %4 (%5).</translation>
    </message>
    <message>
        <source>Raise the vSwitch MTU to at least %1.</source>
        <translation>Erhöhen Sie die vSwitch-MTU auf mindestens %1.</translation>
    </message>
    <message>
        <source>“%1” is not a valid %2.</source>
        <translation>„%1“ ist als %2 ungültig.</translation>
    </message>
    <message>
        <source>TrueNAS address</source>
        <translation>TrueNAS-Adresse</translation>
    </message>
    <message>
        <source>Enter a DNS name (truenas.example.lan) or an IPv4 address (192.168.1.20).</source>
        <translation>Geben Sie einen DNS-Namen (truenas.example.lan) oder eine IPv4-Adresse (192.168.1.20) ein.</translation>
    </message>
    <message>
        <source>TCP port</source>
        <translation>TCP-Port</translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535 (HTTPS is 443).</source>
        <translation>Verwenden Sie einen Port zwischen 1 und 65535 (HTTPS ist 443).</translation>
    </message>
    <message>
        <source>TrueNAS user name</source>
        <translation>TrueNAS-Benutzername</translation>
    </message>
    <message>
        <source>Enter the user that owns the API key, for example root or admin.</source>
        <translation>Geben Sie den Benutzer ein, dem der API-Schlüssel gehört, zum Beispiel root oder admin.</translation>
    </message>
    <message>
        <source>path name</source>
        <translation>Pfadname</translation>
    </message>
    <message>
        <source>Use 1–16 letters, digits, - or _, for example A or B.</source>
        <translation>Verwenden Sie 1–16 Buchstaben, Ziffern, - oder _, zum Beispiel A oder B.</translation>
    </message>
    <message>
        <source>TrueNAS interface name</source>
        <translation>TrueNAS-Schnittstellenname</translation>
    </message>
    <message>
        <source>Use the interface name TrueNAS shows, for example enp4s0f0.</source>
        <translation>Verwenden Sie den Schnittstellennamen, den TrueNAS anzeigt, zum Beispiel enp4s0f0.</translation>
    </message>
    <message>
        <source>switch name</source>
        <translation>Switch-Name</translation>
    </message>
    <message>
        <source>Name the physical switch of this path, for example Core-A.</source>
        <translation>Benennen Sie den physischen Switch dieses Pfads, zum Beispiel Core-A.</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>Hostname</translation>
    </message>
    <message>
        <source>Use the ESXi host&apos;s name, for example esx01.</source>
        <translation>Verwenden Sie den Namen des ESXi-Hosts, zum Beispiel esx01.</translation>
    </message>
    <message>
        <source>ESXi address</source>
        <translation>ESXi-Adresse</translation>
    </message>
    <message>
        <source>Enter a DNS name (esx01.example.lan) or an IPv4 address.</source>
        <translation>Geben Sie einen DNS-Namen (esx01.example.lan) oder eine IPv4-Adresse ein.</translation>
    </message>
    <message>
        <source>SSH port</source>
        <translation>SSH-Port</translation>
    </message>
    <message>
        <source>Use a port between 1 and 65535 (SSH is 22).</source>
        <translation>Verwenden Sie einen Port zwischen 1 und 65535 (SSH ist 22).</translation>
    </message>
    <message>
        <source>ESXi user name</source>
        <translation>ESXi-Benutzername</translation>
    </message>
    <message>
        <source>Enter the ESXi account, normally root.</source>
        <translation>Geben Sie das ESXi-Konto ein, normalerweise root.</translation>
    </message>
    <message>
        <source>physical NIC name</source>
        <translation>Name der physischen NIC</translation>
    </message>
    <message>
        <source>ESXi names physical NICs vmnic0, vmnic1, …</source>
        <translation>ESXi benennt physische NICs vmnic0, vmnic1, …</translation>
    </message>
    <message>
        <source>vSwitch name</source>
        <translation>vSwitch-Name</translation>
    </message>
    <message>
        <source>Use up to 31 letters, digits, spaces, - _ or ., for example vSwitch1.</source>
        <translation>Verwenden Sie bis zu 31 Buchstaben, Ziffern, Leerzeichen, - _ oder ., zum Beispiel vSwitch1.</translation>
    </message>
    <message>
        <source>port group name</source>
        <translation>Portgruppenname</translation>
    </message>
    <message>
        <source>Use up to 63 letters, digits, spaces, - _ or ., for example iSCSI-A.</source>
        <translation>Verwenden Sie bis zu 63 Buchstaben, Ziffern, Leerzeichen, - _ oder ., zum Beispiel iSCSI-A.</translation>
    </message>
    <message>
        <source>VMkernel adapter name</source>
        <translation>VMkernel-Adaptername</translation>
    </message>
    <message>
        <source>ESXi names VMkernel adapters vmk0, vmk1, …; for example vmk2.</source>
        <translation>ESXi benennt VMkernel-Adapter vmk0, vmk1, …; zum Beispiel vmk2.</translation>
    </message>
    <message>
        <source>pool name</source>
        <translation>Poolname</translation>
    </message>
    <message>
        <source>Use the pool&apos;s name as TrueNAS shows it, for example tank.</source>
        <translation>Verwenden Sie den Namen des Pools, wie TrueNAS ihn anzeigt, zum Beispiel tank.</translation>
    </message>
    <message>
        <source>zvol path</source>
        <translation>zvol-Pfad</translation>
    </message>
    <message>
        <source>Write the pool and the volume, for example tank/iscsi-vmw01 (letters, digits, - _ . :).</source>
        <translation>Geben Sie Pool und Volume an, zum Beispiel tank/iscsi-vmw01 (Buchstaben, Ziffern, - _ . :).</translation>
    </message>
    <message>
        <source>The zvol %1 is not in the pool %2.</source>
        <translation>Das zvol %1 liegt nicht im Pool %2.</translation>
    </message>
    <message>
        <source>Start the zvol path with the pool name: %1/….</source>
        <translation>Beginnen Sie den zvol-Pfad mit dem Poolnamen: %1/….</translation>
    </message>
    <message>
        <source>target name</source>
        <translation>Target-Name</translation>
    </message>
    <message>
        <source>Only lowercase letters, digits, dot, dash and colon; it is the part after the basename, not a full IQN.</source>
        <translation>Nur Kleinbuchstaben, Ziffern, Punkt, Bindestrich und Doppelpunkt; es ist der Teil nach dem Basisnamen, keine vollständige IQN.</translation>
    </message>
    <message>
        <source>extent name</source>
        <translation>Extent-Name</translation>
    </message>
    <message>
        <source>Use 1–64 letters, digits, - _ . or :.</source>
        <translation>Verwenden Sie 1–64 Buchstaben, Ziffern, - _ . oder :.</translation>
    </message>
    <message>
        <source>iSCSI basename</source>
        <translation>iSCSI-Basisname</translation>
    </message>
    <message>
        <source>Write an IQN such as iqn.2005-10.org.freenas.ctl (lowercase).</source>
        <translation>Geben Sie eine IQN wie iqn.2005-10.org.freenas.ctl ein (Kleinbuchstaben).</translation>
    </message>
    <message>
        <source>initiator IQN</source>
        <translation>Initiator-IQN</translation>
    </message>
    <message>
        <source>ESXi software iSCSI IQNs look like iqn.1998-01.com.vmware:esx01-1a2b3c4d.</source>
        <translation>Software-iSCSI-IQNs von ESXi sehen so aus: iqn.1998-01.com.vmware:esx01-1a2b3c4d.</translation>
    </message>
    <message>
        <source>CHAP user name</source>
        <translation>CHAP-Benutzername</translation>
    </message>
    <message>
        <source>Enter a CHAP user without spaces, quotes or #.</source>
        <translation>Geben Sie einen CHAP-Benutzer ohne Leerzeichen, Anführungszeichen oder # ein.</translation>
    </message>
    <message>
        <source>mutual CHAP user name</source>
        <translation>Benutzername für gegenseitiges CHAP</translation>
    </message>
    <message>
        <source>Enter the user TrueNAS presents to ESXi (mutual CHAP).</source>
        <translation>Geben Sie den Benutzer ein, mit dem sich TrueNAS gegenüber ESXi ausweist (gegenseitiges CHAP).</translation>
    </message>
    <message>
        <source>A volblocksize of %1 is not possible.</source>
        <translation>Eine volblocksize von %1 ist nicht möglich.</translation>
    </message>
    <message>
        <source>Use a power of two from 4K to 128K; 16K suits mixed VM workloads.</source>
        <translation>Verwenden Sie eine Zweierpotenz von 4K bis 128K; 16K passt zu gemischten VM-Lasten.</translation>
    </message>
    <message>
        <source>volblocksize %1 differs from the recommended 16K for VM datastores.</source>
        <translation>volblocksize %1 weicht von den für VM-Datastores empfohlenen 16K ab.</translation>
    </message>
    <message>
        <source>Use 16K unless you have measured a better size for your workload.</source>
        <translation>Verwenden Sie 16K, sofern Sie für Ihre Last keine bessere Größe gemessen haben.</translation>
    </message>
    <message>
        <source>The zvol has no size.</source>
        <translation>Das zvol hat keine Größe.</translation>
    </message>
    <message>
        <source>Enter a size such as 4T or 500G.</source>
        <translation>Geben Sie eine Größe wie 4T oder 500G ein.</translation>
    </message>
    <message>
        <source>The zvol size %1 is not a multiple of the volblocksize %2.</source>
        <translation>Die zvol-Größe %1 ist kein Vielfaches der volblocksize %2.</translation>
    </message>
    <message>
        <source>Round the size to a multiple of %1, for example %2.</source>
        <translation>Runden Sie die Größe auf ein Vielfaches von %1, zum Beispiel %2.</translation>
    </message>
    <message>
        <source>sync=%1: TrueNAS would acknowledge writes before they are on stable storage, and VMDKs can be corrupted by a power loss.</source>
        <translation>sync=%1: TrueNAS würde Schreibvorgänge bestätigen, bevor sie auf stabilem Speicher liegen, und VMDKs können bei einem Stromausfall beschädigt werden.</translation>
    </message>
    <message>
        <source>Use sync=always (with a power-loss-protected SLOG for speed).</source>
        <translation>Verwenden Sie sync=always (für gute Leistung mit einem SLOG mit Stromausfallschutz).</translation>
    </message>
    <message>
        <source>Compression %1 instead of LZ4.</source>
        <translation>Komprimierung %1 statt LZ4.</translation>
    </message>
    <message>
        <source>LZ4 costs almost no CPU and usually saves space; use it unless you know better.</source>
        <translation>LZ4 kostet kaum CPU und spart meist Platz; verwenden Sie es, sofern Sie keinen guten Grund dagegen haben.</translation>
    </message>
    <message>
        <source>Logical block size %1 is not offered by TrueNAS.</source>
        <translation>Die logische Blockgröße %1 wird von TrueNAS nicht angeboten.</translation>
    </message>
    <message>
        <source>Use 512, which VMFS expects.</source>
        <translation>Verwenden Sie 512, was VMFS erwartet.</translation>
    </message>
    <message>
        <source>Logical block size %1: VMFS datastores expect 512-byte logical blocks.</source>
        <translation>Logische Blockgröße %1: VMFS-Datastores erwarten logische Blöcke mit 512 Byte.</translation>
    </message>
    <message>
        <source>Use 512 (the TrueNAS “VMware” preset).</source>
        <translation>Verwenden Sie 512 (die TrueNAS-Vorgabe „VMware“).</translation>
    </message>
    <message>
        <source>The TrueNAS connection is set to plain HTTP: TrueNAS 25.04+ revokes an API key the first time it is sent without TLS.</source>
        <translation>Die TrueNAS-Verbindung ist auf reines HTTP eingestellt: TrueNAS 25.04+ widerruft einen API-Schlüssel, sobald er zum ersten Mal ohne TLS gesendet wird.</translation>
    </message>
    <message>
        <source>Turn TLS on (wss://, port 443).</source>
        <translation>Schalten Sie TLS ein (wss://, Port 443).</translation>
    </message>
    <message>
        <source>CHAP is on but no CHAP user is set; ESXi and TrueNAS must use the same user and secret, or paths go dead sporadically.</source>
        <translation>CHAP ist aktiviert, aber kein CHAP-Benutzer ist gesetzt; ESXi und TrueNAS müssen denselben Benutzer und dasselbe Geheimnis verwenden, sonst fallen Pfade sporadisch aus.</translation>
    </message>
    <message>
        <source>Enter a CHAP user (the secret goes to the keychain), or turn CHAP off.</source>
        <translation>Geben Sie einen CHAP-Benutzer ein (das Geheimnis kommt in den Schlüsselbund), oder schalten Sie CHAP aus.</translation>
    </message>
    <message>
        <source>Mutual CHAP needs the user TrueNAS presents to ESXi.</source>
        <translation>Gegenseitiges CHAP benötigt den Benutzer, mit dem sich TrueNAS gegenüber ESXi ausweist.</translation>
    </message>
    <message>
        <source>Enter the mutual CHAP user, or use one-way CHAP.</source>
        <translation>Geben Sie den Benutzer für gegenseitiges CHAP ein, oder verwenden Sie einseitiges CHAP.</translation>
    </message>
    <message>
        <source>The mutual CHAP user equals the CHAP user.</source>
        <translation>Der Benutzer für gegenseitiges CHAP ist identisch mit dem CHAP-Benutzer.</translation>
    </message>
    <message>
        <source>Use different users for each direction.</source>
        <translation>Verwenden Sie für jede Richtung einen anderen Benutzer.</translation>
    </message>
    <message>
        <source>The initiator group is empty: TrueNAS treats an empty group as “allow all”, and no host IQN is listed.</source>
        <translation>Die Initiatorgruppe ist leer: TrueNAS behandelt eine leere Gruppe als „alle zulassen“, und es ist keine Host-IQN eingetragen.</translation>
    </message>
    <message>
        <source>List every ESXi host&apos;s IQN, or let the wizard read them from the hosts.</source>
        <translation>Tragen Sie die IQN jedes ESXi-Hosts ein, oder lassen Sie den Assistenten sie von den Hosts lesen.</translation>
    </message>
    <message>
        <source>Portal port %1 is outside 1025–65535.</source>
        <translation>Portal-Port %1 liegt außerhalb von 1025–65535.</translation>
    </message>
    <message>
        <source>Use 3260, the iSCSI default.</source>
        <translation>Verwenden Sie 3260, den iSCSI-Standard.</translation>
    </message>
    <message>
        <source>Path policy %1 uses one path at a time; the second path only waits.</source>
        <translation>Die Pfadrichtlinie %1 nutzt jeweils nur einen Pfad; der zweite Pfad wartet nur.</translation>
    </message>
    <message>
        <source>Use VMW_PSP_RR (Round Robin).</source>
        <translation>Verwenden Sie VMW_PSP_RR (Round Robin).</translation>
    </message>
    <message>
        <source>Round Robin switches paths every %1 I/Os (ESXi&apos;s default is 1000); latency-sensitive VMs see one path at a time.</source>
        <translation>Round Robin wechselt den Pfad alle %1 I/Os (Standard von ESXi ist 1000); latenzempfindliche VMs sehen jeweils nur einen Pfad.</translation>
    </message>
    <message>
        <source>Use iops=1 (VMware KB 2069356).</source>
        <translation>Verwenden Sie iops=1 (VMware KB 2069356).</translation>
    </message>
    <message>
        <source>iops=%1 is not accepted by ESXi.</source>
        <translation>iops=%1 wird von ESXi nicht akzeptiert.</translation>
    </message>
    <message>
        <source>Use a number from 1 to 1000000; 1 is recommended.</source>
        <translation>Verwenden Sie eine Zahl von 1 bis 1000000; empfohlen ist 1.</translation>
    </message>
    <message>
        <source>The claim rule is forced to VMW_SATP_ALUA. TrueNAS SCALE without HA reports no ALUA; with such a rule real ESXi hosts failed to claim the paths and every TrueNAS device disappeared.</source>
        <translation>Die Claim-Regel erzwingt VMW_SATP_ALUA. TrueNAS SCALE ohne HA meldet kein ALUA; mit einer solchen Regel konnten echte ESXi-Hosts die Pfade nicht beanspruchen, und alle TrueNAS-Geräte verschwanden.</translation>
    </message>
    <message>
        <source>Keep “auto”: the plan reads the SATP that actually claims the TrueNAS device.</source>
        <translation>Belassen Sie „auto“: Der Plan liest das SATP aus, das das TrueNAS-Gerät tatsächlich beansprucht.</translation>
    </message>
    <message>
        <source>Unknown claim-rule SATP “%1”.</source>
        <translation>Unbekanntes SATP für die Claim-Regel: „%1“.</translation>
    </message>
    <message>
        <source>Use “auto”, VMW_SATP_DEFAULT_AA or VMW_SATP_ALUA (HA systems only).</source>
        <translation>Verwenden Sie „auto“, VMW_SATP_DEFAULT_AA oder VMW_SATP_ALUA (nur HA-Systeme).</translation>
    </message>
    <message>
        <source>The profile has %1 path(s); multipathing needs 2 to 4.</source>
        <translation>Das Profil hat %1 Pfad(e); Multipathing benötigt 2 bis 4.</translation>
    </message>
    <message>
        <source>Define one path per storage NIC pair, two in the article&apos;s design.</source>
        <translation>Definieren Sie einen Pfad pro Speicher-NIC-Paar, im Design des Artikels zwei.</translation>
    </message>
    <message>
        <source>Write the path&apos;s subnet as network/prefix, for example 10.20.10.8/29.</source>
        <translation>Geben Sie das Subnetz des Pfads als Netzwerk/Präfix an, zum Beispiel 10.20.10.8/29.</translation>
    </message>
    <message>
        <source>Paths %1 and %2 share the subnet %3. TrueNAS refuses two interfaces in one subnet (“The network … is already in use by another interface.”).</source>
        <translation>Die Pfade %1 und %2 teilen sich das Subnetz %3. TrueNAS lehnt zwei Schnittstellen in einem Subnetz ab („The network … is already in use by another interface.“).</translation>
    </message>
    <message>
        <source>Give each path its own subnet, for example 10.20.10.8/29 and 10.20.20.8/29.</source>
        <translation>Geben Sie jedem Pfad ein eigenes Subnetz, zum Beispiel 10.20.10.8/29 und 10.20.20.8/29.</translation>
    </message>
    <message>
        <source>The subnets of paths %1 (%2) and %3 (%4) overlap.</source>
        <translation>Die Subnetze der Pfade %1 (%2) und %3 (%4) überschneiden sich.</translation>
    </message>
    <message>
        <source>Choose subnets that do not overlap, for example two separate /29 networks.</source>
        <translation>Wählen Sie Subnetze, die sich nicht überschneiden, zum Beispiel zwei getrennte /29-Netze.</translation>
    </message>
    <message>
        <source>Path %1&apos;s subnet %2 overlaps the management network %3.</source>
        <translation>Das Subnetz %2 von Pfad %1 überschneidet sich mit dem Management-Netzwerk %3.</translation>
    </message>
    <message>
        <source>Use a separate, non-routed subnet for storage traffic.</source>
        <translation>Verwenden Sie für den Speicherverkehr ein separates, nicht geroutetes Subnetz.</translation>
    </message>
    <message>
        <source>%1 holds %2 usable addresses, but TrueNAS and %3 hosts need %4.</source>
        <translation>%1 bietet %2 nutzbare Adressen, aber TrueNAS und %3 Hosts benötigen %4.</translation>
    </message>
    <message>
        <source>Use a larger prefix for path %1, at least /%2.</source>
        <translation>Verwenden Sie für Pfad %1 ein größeres Netz, mindestens /%2.</translation>
    </message>
    <message>
        <source>Paths %1 and %2 both run over the switch %3: a reboot of that switch takes both down.</source>
        <translation>Die Pfade %1 und %2 laufen beide über den Switch %3: Ein Neustart dieses Switches legt beide lahm.</translation>
    </message>
    <message>
        <source>Connect each path to its own physical switch (Core-A and Core-B in the article).</source>
        <translation>Verbinden Sie jeden Pfad mit einem eigenen physischen Switch (im Artikel Core-A und Core-B).</translation>
    </message>
    <message>
        <source>Paths %1 and %2 both use the TrueNAS NIC %3.</source>
        <translation>Die Pfade %1 und %2 verwenden beide die TrueNAS-NIC %3.</translation>
    </message>
    <message>
        <source>Give each path its own TrueNAS NIC, for example enp4s0f0 and enp4s0f1.</source>
        <translation>Geben Sie jedem Pfad eine eigene TrueNAS-NIC, zum Beispiel enp4s0f0 und enp4s0f1.</translation>
    </message>
    <message>
        <source>Path %1 uses the link aggregation %2: one iSCSI session always hashes onto one link, so the second wire carries nothing.</source>
        <translation>Pfad %1 verwendet die Link-Aggregation %2: Eine iSCSI-Sitzung wird per Hash immer auf denselben Link gelegt, daher überträgt die zweite Leitung nichts.</translation>
    </message>
    <message>
        <source>Remove the aggregation and give each path one physical NIC in its own subnet.</source>
        <translation>Entfernen Sie die Aggregation und geben Sie jedem Pfad eine physische NIC in einem eigenen Subnetz.</translation>
    </message>
    <message>
        <source>Two paths are named %1.</source>
        <translation>Zwei Pfade heißen %1.</translation>
    </message>
    <message>
        <source>Give every path a different name.</source>
        <translation>Geben Sie jedem Pfad einen anderen Namen.</translation>
    </message>
    <message>
        <source>The host %1 is listed twice.</source>
        <translation>Der Host %1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Remove the duplicate host or rename it.</source>
        <translation>Entfernen Sie den doppelten Host oder benennen Sie ihn um.</translation>
    </message>
    <message>
        <source>Two hosts use the address %1.</source>
        <translation>Zwei Hosts verwenden die Adresse %1.</translation>
    </message>
    <message>
        <source>Each ESXi host needs its own management address.</source>
        <translation>Jeder ESXi-Host benötigt eine eigene Management-Adresse.</translation>
    </message>
    <message>
        <source>Host %1 refers to a path “%2” that does not exist.</source>
        <translation>Host %1 verweist auf einen Pfad „%2“, der nicht existiert.</translation>
    </message>
    <message>
        <source>Use one of the path names defined under paths.</source>
        <translation>Verwenden Sie einen der unter paths definierten Pfadnamen.</translation>
    </message>
    <message>
        <source>Host %1 has two entries for path %2.</source>
        <translation>Host %1 hat zwei Einträge für Pfad %2.</translation>
    </message>
    <message>
        <source>Keep one VMkernel adapter per path and host.</source>
        <translation>Behalten Sie einen VMkernel-Adapter pro Pfad und Host.</translation>
    </message>
    <message>
        <source>Host %1 uses %2 for paths %3 and %4: one cable failure would take both paths down.</source>
        <translation>Host %1 verwendet %2 für die Pfade %3 und %4: Ein einziger Kabelausfall würde beide Pfade lahmlegen.</translation>
    </message>
    <message>
        <source>Give each path its own physical uplink on the host.</source>
        <translation>Geben Sie jedem Pfad einen eigenen physischen Uplink auf dem Host.</translation>
    </message>
    <message>
        <source>Host %1 uses %2 twice.</source>
        <translation>Host %1 verwendet %2 doppelt.</translation>
    </message>
    <message>
        <source>Each path needs its own VMkernel adapter (vmk2, vmk3, …).</source>
        <translation>Jeder Pfad benötigt einen eigenen VMkernel-Adapter (vmk2, vmk3, …).</translation>
    </message>
    <message>
        <source>Host %1 uses the port group %2 for two paths; a port group has one failover order, so both vmks would share the same active uplink.</source>
        <translation>Host %1 verwendet die Portgruppe %2 für zwei Pfade; eine Portgruppe hat nur eine Failover-Reihenfolge, daher würden sich beide vmks denselben aktiven Uplink teilen.</translation>
    </message>
    <message>
        <source>Use one port group per path, for example iSCSI-A and iSCSI-B.</source>
        <translation>Verwenden Sie eine Portgruppe pro Pfad, zum Beispiel iSCSI-A und iSCSI-B.</translation>
    </message>
    <message>
        <source>Host %1 has no VMkernel adapter for path %2.</source>
        <translation>Host %1 hat keinen VMkernel-Adapter für Pfad %2.</translation>
    </message>
    <message>
        <source>Add a vmnic, port group, vmk and IP for path %1 on %2.</source>
        <translation>Fügen Sie für Pfad %1 auf %2 eine vmnic, eine Portgruppe, einen vmk und eine IP hinzu.</translation>
    </message>
</context>
<context>
    <name>mpio::StrictJsonReader</name>
    <message>
        <source>required field is missing</source>
        <translation>Pflichtfeld fehlt</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>number out of range</source>
        <translation>Zahl außerhalb des zulässigen Bereichs</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>ein Array von Zeichenketten</translation>
    </message>
    <message>
        <source>expected a string, found %1</source>
        <translation>erwartet: eine Zeichenkette, gefunden: %1</translation>
    </message>
    <message>
        <source>an array of objects</source>
        <translation>ein Array von Objekten</translation>
    </message>
    <message>
        <source>expected an object, found %1</source>
        <translation>erwartet: ein Objekt, gefunden: %1</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>unknown field (check the spelling; fields are case-sensitive)</source>
        <translation>unbekanntes Feld (prüfen Sie die Schreibweise; bei Feldnamen wird Groß-/Kleinschreibung unterschieden)</translation>
    </message>
</context>
<context>
    <name>mpio::TrueNasClient</name>
    <message>
        <source>TrueNAS at %1 did not answer within %2 s (%3). Check the address, the port and that the web interface is reachable from this computer.</source>
        <translation>TrueNAS unter %1 hat nicht innerhalb von %2 s geantwortet (%3). Prüfen Sie die Adresse, den Port und ob die Weboberfläche von diesem Computer aus erreichbar ist.</translation>
    </message>
    <message>
        <source>The call</source>
        <translation>Der Aufruf</translation>
    </message>
    <message>
        <source>No TrueNAS address given.</source>
        <translation>Keine TrueNAS-Adresse angegeben.</translation>
    </message>
    <message>
        <source>“%1” is not a usable TrueNAS address.</source>
        <translation>„%1“ ist keine verwendbare TrueNAS-Adresse.</translation>
    </message>
    <message>
        <source>“%1” is not a usable TrueNAS address (HOST[:PORT]).</source>
        <translation>„%1“ ist keine verwendbare TrueNAS-Adresse (HOST[:PORT]).</translation>
    </message>
    <message>
        <source>A changed certificate is not accepted through a trust prompt; remove the old pin first if the change is expected.</source>
        <translation>Ein geändertes Zertifikat wird nicht über eine Vertrauensabfrage akzeptiert; entfernen Sie zuerst den alten Pin, wenn die Änderung erwartet ist.</translation>
    </message>
    <message>
        <source>A connection to TrueNAS is already being set up.</source>
        <translation>Eine Verbindung zu TrueNAS wird bereits aufgebaut.</translation>
    </message>
    <message>
        <source>A TrueNAS API key and its owner&apos;s user name are needed to connect.</source>
        <translation>Zum Verbinden werden ein TrueNAS-API-Schlüssel und der Benutzername seines Besitzers benötigt.</translation>
    </message>
    <message>
        <source>TrueNAS already refused this API key for “%1”; not trying it again (repeated failed logins lock this computer out, TN-RATE-LIMIT). Enter a new key.</source>
        <translation>TrueNAS hat diesen API-Schlüssel für „%1“ bereits abgelehnt; er wird nicht erneut versucht (wiederholte fehlgeschlagene Anmeldungen sperren diesen Computer aus, TN-RATE-LIMIT). Geben Sie einen neuen Schlüssel ein.</translation>
    </message>
    <message>
        <source>The connection to TrueNAS was closed on request.</source>
        <translation>Die Verbindung zu TrueNAS wurde auf Anforderung geschlossen.</translation>
    </message>
    <message>
        <source>No CA certificate could be read from %1.</source>
        <translation>Aus %1 konnte kein CA-Zertifikat gelesen werden.</translation>
    </message>
    <message>
        <source>The TLS handshake with TrueNAS at %1 failed.</source>
        <translation>Der TLS-Handshake mit TrueNAS unter %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Cannot reach TrueNAS at %1.</source>
        <translation>TrueNAS unter %1 ist nicht erreichbar.</translation>
    </message>
    <message>
        <source>TrueNAS at %1 presented no certificate.</source>
        <translation>TrueNAS unter %1 hat kein Zertifikat vorgelegt.</translation>
    </message>
    <message>
        <source>The TLS certificate of TrueNAS at %1 has CHANGED. Trusted until now: %2. Presented now: %3. Refusing to connect: this can be an attack. If the certificate was renewed on purpose (TrueNAS renews its self-signed certificate about once a year), remove the old entry from %4 and confirm the new fingerprint after checking it in the TrueNAS web interface.</source>
        <translation>Das TLS-Zertifikat von TrueNAS unter %1 hat sich GEÄNDERT. Bisher vertraut: %2. Jetzt vorgelegt: %3. Die Verbindung wird verweigert: Dies kann ein Angriff sein. Wenn das Zertifikat absichtlich erneuert wurde (TrueNAS erneuert sein selbstsigniertes Zertifikat etwa einmal im Jahr), entfernen Sie den alten Eintrag aus %4 und bestätigen Sie den neuen Fingerabdruck, nachdem Sie ihn in der TrueNAS-Weboberfläche geprüft haben.</translation>
    </message>
    <message>
        <source>The TLS certificate of TrueNAS at %1 is not known yet (SHA-256 %2). Compare it with the certificate shown in the TrueNAS web interface and confirm it (mpioctl: --trust-on-first-use).</source>
        <translation>Das TLS-Zertifikat von TrueNAS unter %1 ist noch nicht bekannt (SHA-256 %2). Vergleichen Sie es mit dem in der TrueNAS-Weboberfläche angezeigten Zertifikat und bestätigen Sie es (mpioctl: --trust-on-first-use).</translation>
    </message>
    <message>
        <source>TrueNAS at %1 has no JSON-RPC API (GET /api/versions answered %2): it is older than 25.04. mpio-wizard needs TrueNAS SCALE 25.04 or newer.</source>
        <translation>TrueNAS unter %1 hat keine JSON-RPC-API (GET /api/versions antwortete mit %2): Die Version ist älter als 25.04. mpio-wizard benötigt TrueNAS SCALE 25.04 oder neuer.</translation>
    </message>
    <message>
        <source>TrueNAS at %1 answered GET /api/versions with HTTP %2.</source>
        <translation>TrueNAS unter %1 hat GET /api/versions mit HTTP %2 beantwortet.</translation>
    </message>
    <message>
        <source>%1 does not look like a TrueNAS 25.04+ server (/api/versions is not a list of API versions).</source>
        <translation>%1 scheint kein Server mit TrueNAS 25.04+ zu sein (/api/versions ist keine Liste von API-Versionen).</translation>
    </message>
    <message>
        <source>The certificate of TrueNAS at %1 does not verify against the CA in %2.</source>
        <translation>Das Zertifikat von TrueNAS unter %1 lässt sich nicht gegen die CA in %2 verifizieren.</translation>
    </message>
    <message>
        <source>The TLS certificate of TrueNAS at %1 changed between the first request and the WebSocket connection (trusted %2, presented %3). Refusing to send the API key.</source>
        <translation>Das TLS-Zertifikat von TrueNAS unter %1 hat sich zwischen der ersten Anfrage und der WebSocket-Verbindung geändert (vertraut: %2, vorgelegt: %3). Der API-Schlüssel wird nicht gesendet.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>TrueNAS %1 is not supported; mpio-wizard needs SCALE 25.04 or newer.</source>
        <translation>TrueNAS %1 wird nicht unterstützt; mpio-wizard benötigt SCALE 25.04 oder neuer.</translation>
    </message>
    <message>
        <source>TrueNAS at %1 closed the connection: this computer&apos;s address is not in the allowed IP addresses (System → Advanced).</source>
        <translation>TrueNAS unter %1 hat die Verbindung geschlossen: Die Adresse dieses Computers ist nicht unter den zugelassenen IP-Adressen (System → Advanced).</translation>
    </message>
    <message>
        <source>TrueNAS at %1 closed the connection while it was being set up.</source>
        <translation>TrueNAS unter %1 hat die Verbindung während des Aufbaus geschlossen.</translation>
    </message>
    <message>
        <source>The connection to TrueNAS at %1 was lost.</source>
        <translation>Die Verbindung zu TrueNAS unter %1 wurde unterbrochen.</translation>
    </message>
    <message>
        <source>%1 was running; TrueNAS may or may not have done it: query before trying again.</source>
        <translation>%1 lief gerade; ob TrueNAS die Aktion ausgeführt hat, ist unklar: Fragen Sie den Zustand ab, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The job %1 may still finish on TrueNAS.</source>
        <translation>Der Job %1 wird auf TrueNAS möglicherweise noch abgeschlossen.</translation>
    </message>
    <message>
        <source>Not connected to TrueNAS; %1 was not sent.</source>
        <translation>Keine Verbindung zu TrueNAS; %1 wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>TrueNAS did not answer %1 within %2 s. It may still do it: query before trying again.</source>
        <translation>TrueNAS hat %1 nicht innerhalb von %2 s beantwortet. Die Aktion wird möglicherweise noch ausgeführt: Fragen Sie den Zustand ab, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The TrueNAS job %1 (id %2) did not finish within %3 s; it may still finish.</source>
        <translation>Der TrueNAS-Job %1 (ID %2) wurde nicht innerhalb von %3 s abgeschlossen; er wird möglicherweise noch abgeschlossen.</translation>
    </message>
    <message>
        <source>The TLS certificate of TrueNAS at %1 is not the one its lab published (%2); it presented %3. Refusing to connect.</source>
        <translation>Das TLS-Zertifikat von TrueNAS unter %1 ist nicht das, das sein Labor veröffentlicht hat (%2); vorgelegt wurde %3. Die Verbindung wird abgelehnt.</translation>
    </message>
</context>
<context>
    <name>mpio::TrueNasDiscovery</name>
    <message>
        <source>Not connected to TrueNAS: nothing was discovered.</source>
        <translation>Keine Verbindung zu TrueNAS: Es wurde nichts erkannt.</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The TrueNAS discovery</source>
        <translation>Die TrueNAS-Erkennung</translation>
    </message>
    <message>
        <source>The TrueNAS discovery has not finished.</source>
        <translation>Die TrueNAS-Erkennung ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>The interface carrying the API connection is unknown: check by hand before changing any interface (TN-NET-CHECKIN).</source>
        <translation>Die Schnittstelle, über die die API-Verbindung läuft, ist unbekannt: Prüfen Sie dies manuell, bevor Sie eine Schnittstelle ändern (TN-NET-CHECKIN).</translation>
    </message>
</context>
<context>
    <name>mpio::TrueNasErrors</name>
    <message>
        <source>TrueNAS refused %1: too many unauthenticated requests from this computer (rate limit). Wait a few minutes before connecting again; mpio-wizard does not retry logins on its own.</source>
        <translation>TrueNAS hat %1 abgelehnt: zu viele nicht authentifizierte Anfragen von diesem Computer (Ratenbegrenzung). Warten Sie einige Minuten, bevor Sie erneut verbinden; mpio-wizard wiederholt Anmeldungen nicht selbstständig.</translation>
    </message>
    <message>
        <source>TrueNAS refused %1: the session is not logged in.</source>
        <translation>TrueNAS hat %1 abgelehnt: Die Sitzung ist nicht angemeldet.</translation>
    </message>
    <message>
        <source>TrueNAS refused %1: %2. The API key&apos;s user needs the roles listed in the documentation (READONLY_ADMIN, DATASET_WRITE, SHARING_ISCSI_WRITE, NETWORK_INTERFACE_WRITE) or full admin.</source>
        <translation>TrueNAS hat %1 abgelehnt: %2. Der Benutzer des API-Schlüssels benötigt die in der Dokumentation aufgeführten Rollen (READONLY_ADMIN, DATASET_WRITE, SHARING_ISCSI_WRITE, NETWORK_INTERFACE_WRITE) oder volle Administratorrechte.</translation>
    </message>
    <message>
        <source>TrueNAS could not run %1: %2</source>
        <translation>TrueNAS konnte %1 nicht ausführen: %2</translation>
    </message>
    <message>
        <source>TrueNAS does not know the method %1 (this release may not have it).</source>
        <translation>TrueNAS kennt die Methode %1 nicht (diese Version enthält sie möglicherweise nicht).</translation>
    </message>
    <message>
        <source>TrueNAS refused %1: too many calls at once.</source>
        <translation>TrueNAS hat %1 abgelehnt: zu viele gleichzeitige Aufrufe.</translation>
    </message>
    <message>
        <source>The TrueNAS job %1 was aborted.</source>
        <translation>Der TrueNAS-Job %1 wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The TrueNAS job %1 failed: %2</source>
        <translation>Der TrueNAS-Job %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>TrueNAS refused the API key for user “%1”. Check that the user is the key&apos;s owner and that the key is complete (“&lt;id&gt;-&lt;secret&gt;”). Not retried: repeated failed logins lock this computer out for minutes (TN-RATE-LIMIT).</source>
        <translation>TrueNAS hat den API-Schlüssel für den Benutzer „%1“ abgelehnt. Prüfen Sie, ob der Benutzer der Besitzer des Schlüssels ist und ob der Schlüssel vollständig ist („&lt;id&gt;-&lt;secret&gt;“). Kein erneuter Versuch: Wiederholte fehlgeschlagene Anmeldungen sperren diesen Computer für einige Minuten aus (TN-RATE-LIMIT).</translation>
    </message>
    <message>
        <source>TrueNAS says the API key of “%1” is expired or revoked. A key that was ever sent over plain HTTP/ws:// is revoked for good (TN-API-KEY-TLS): reset it in TrueNAS (My API Keys → Reset) and use the new key.</source>
        <translation>Laut TrueNAS ist der API-Schlüssel von „%1“ abgelaufen oder widerrufen. Ein Schlüssel, der jemals über unverschlüsseltes HTTP/ws:// gesendet wurde, ist dauerhaft widerrufen (TN-API-KEY-TLS): Setzen Sie ihn in TrueNAS zurück (My API Keys → Reset) und verwenden Sie den neuen Schlüssel.</translation>
    </message>
    <message>
        <source>TrueNAS asks for a one-time password for “%1”; API keys for mpio-wizard must not need two-factor authentication.</source>
        <translation>TrueNAS verlangt ein Einmalpasswort für „%1“; API-Schlüssel für mpio-wizard dürfen keine Zwei-Faktor-Authentifizierung erfordern.</translation>
    </message>
    <message>
        <source>This TrueNAS controller is the HA standby; connect to the active one: %1</source>
        <translation>Dieser TrueNAS-Controller ist der HA-Standby; verbinden Sie sich mit dem aktiven: %1</translation>
    </message>
    <message>
        <source>TrueNAS did not accept the login (%1).</source>
        <translation>TrueNAS hat die Anmeldung nicht akzeptiert (%1).</translation>
    </message>
    <message>
        <source>Refusing to send the TrueNAS API key over an unencrypted connection (%1). TrueNAS 25.04 and newer revoke an API key permanently the first time it arrives over plain HTTP or ws:// (TN-API-KEY-TLS). Use wss:// / https:// (port 443).</source>
        <translation>Der TrueNAS-API-Schlüssel wird nicht über eine unverschlüsselte Verbindung gesendet (%1). TrueNAS 25.04 und neuer widerrufen einen API-Schlüssel dauerhaft, sobald er zum ersten Mal über unverschlüsseltes HTTP oder ws:// eintrifft (TN-API-KEY-TLS). Verwenden Sie wss:// / https:// (Port 443).</translation>
    </message>
    <message>
        <source>%1 was cancelled. If it had already reached TrueNAS, the server may still complete it: query before trying again.</source>
        <translation>%1 wurde abgebrochen. Falls die Anfrage TrueNAS bereits erreicht hatte, führt der Server sie möglicherweise noch aus: Fragen Sie den Zustand ab, bevor Sie es erneut versuchen.</translation>
    </message>
</context>
<context>
    <name>mpio::TrueNasOperation</name>
    <message>
        <source>Unknown flow in operation %1.</source>
        <translation>Unbekannter Ablauf in Operation %1.</translation>
    </message>
    <message>
        <source>An operation needs an id and a method.</source>
        <translation>Eine Operation benötigt eine ID und eine Methode.</translation>
    </message>
</context>
<context>
    <name>mpio::TrueNasOperationRunner</name>
    <message>
        <source>This step has no read-only check.</source>
        <translation>Für diesen Schritt gibt es keine reine Leseprüfung.</translation>
    </message>
    <message>
        <source>%1 needs a secret from the keychain, but no credential store is set.</source>
        <translation>%1 benötigt ein Geheimnis aus dem Schlüsselbund, aber es ist kein Anmeldedatenspeicher festgelegt.</translation>
    </message>
    <message>
        <source>%1: the secret at %2 is not a keychain reference; refusing an inline secret.</source>
        <translation>%1: Das Geheimnis unter %2 ist kein Verweis auf den Schlüsselbund; ein direkt eingetragenes Geheimnis wird abgelehnt.</translation>
    </message>
    <message>
        <source>Not connected to TrueNAS; %1 was not sent.</source>
        <translation>Keine Verbindung zu TrueNAS; %1 wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>%1 carries the connection to TrueNAS; it is not changed (TN-NET-CHECKIN).</source>
        <translation>Über %1 läuft die Verbindung zu TrueNAS; diese Schnittstelle wird nicht geändert (TN-NET-CHECKIN).</translation>
    </message>
    <message>
        <source>TrueNAS rolls the change of %1 back by itself within %2 s unless it is checked in (TN-NET-CHECKIN).</source>
        <translation>TrueNAS rollt die Änderung an %1 innerhalb von %2 s selbst zurück, sofern sie nicht bestätigt wird (Check-in, TN-NET-CHECKIN).</translation>
    </message>
    <message>
        <source>After the commit %1 does not show the requested settings; rolled back.</source>
        <translation>Nach dem Commit zeigt %1 nicht die angeforderten Einstellungen; zurückgerollt.</translation>
    </message>
    <message>
        <source>%1 is not reachable after the change (%2); rolled back.</source>
        <translation>%1 ist nach der Änderung nicht erreichbar (%2); zurückgerollt.</translation>
    </message>
    <message>
        <source>The TrueNAS connection is gone.</source>
        <translation>Die Verbindung zu TrueNAS ist abgebrochen.</translation>
    </message>
    <message>
        <source>The zvol %1 was created, but its device did not show up in the extent choices in time; wait a moment and run the step again (it will not create the zvol twice).</source>
        <translation>Das zvol %1 wurde erstellt, sein Gerät erschien aber nicht rechtzeitig in der Extent-Auswahl; warten Sie einen Moment und führen Sie den Schritt erneut aus (das zvol wird nicht doppelt erstellt).</translation>
    </message>
</context>
<context>
    <name>mpio::TrueNasOperations</name>
    <message>
        <source>TrueNAS has no interface %1.</source>
        <translation>TrueNAS hat keine Schnittstelle %1.</translation>
    </message>
    <message>
        <source>%1 carries the connection to TrueNAS; mpio-wizard does not change it. Use a storage interface for the iSCSI path, or change %1 by hand.</source>
        <translation>Über %1 läuft die Verbindung zu TrueNAS; mpio-wizard ändert diese Schnittstelle nicht. Verwenden Sie für den iSCSI-Pfad eine Storage-Schnittstelle, oder ändern Sie %1 von Hand.</translation>
    </message>
    <message>
        <source>Discovery could not tell which interface carries the API connection, so no interface is changed automatically.</source>
        <translation>Die Erkennung konnte nicht feststellen, über welche Schnittstelle die API-Verbindung läuft; daher wird keine Schnittstelle automatisch geändert.</translation>
    </message>
    <message>
        <source>MTU %1 is outside 68–9216.</source>
        <translation>MTU %1 liegt außerhalb von 68–9216.</translation>
    </message>
    <message>
        <source>A storage interface needs a static address.</source>
        <translation>Eine Storage-Schnittstelle benötigt eine statische Adresse.</translation>
    </message>
    <message>
        <source>The rollback timeout must leave time to verify (≥ 10 s).</source>
        <translation>Das Rollback-Zeitlimit muss Zeit für die Überprüfung lassen (≥ 10 s).</translation>
    </message>
    <message>
        <source>Set %1 to MTU %2 with static %3 (commit with %4 s rollback, verify, check in)</source>
        <translation>%1 auf MTU %2 mit statischer Adresse %3 setzen (Commit mit %4 s Rollback, prüfen, Check-in)</translation>
    </message>
    <message>
        <source>“%1” is not a zvol path below a pool (pool/…).</source>
        <translation>„%1“ ist kein zvol-Pfad unterhalb eines Pools (pool/…).</translation>
    </message>
    <message>
        <source>“%1” is not a volume block size.</source>
        <translation>„%1“ ist keine Volume-Blockgröße.</translation>
    </message>
    <message>
        <source>The zvol size must be a positive multiple of the volume block size (%1).</source>
        <translation>Die zvol-Größe muss ein positives Vielfaches der Volume-Blockgröße (%1) sein.</translation>
    </message>
    <message>
        <source>Create zvol %1 (%2, volblocksize %3, %4, sync %5%6)</source>
        <translation>zvol %1 erstellen (%2, volblocksize %3, %4, sync %5%6)</translation>
    </message>
    <message>
        <source>, thin</source>
        <translation>, Thin Provisioning</translation>
    </message>
    <message>
        <source>The portal needs the IP of every path.</source>
        <translation>Das Portal benötigt die IP jedes Pfads.</translation>
    </message>
    <message>
        <source>“%1” cannot be a portal address: list the path IPs explicitly, never 0.0.0.0.</source>
        <translation>„%1“ kann keine Portal-Adresse sein: Geben Sie die Pfad-IPs ausdrücklich an, niemals 0.0.0.0.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>Create ONE iSCSI portal listening on %1</source>
        <translation>EIN iSCSI-Portal erstellen, das auf %1 lauscht</translation>
    </message>
    <message>
        <source>The initiator group needs the ESXi hosts&apos; IQNs (an empty group admits every initiator).</source>
        <translation>Die Initiatorgruppe benötigt die IQNs der ESXi-Hosts (eine leere Gruppe lässt jeden Initiator zu).</translation>
    </message>
    <message>
        <source>“%1” is not an IQN.</source>
        <translation>„%1“ ist kein IQN.</translation>
    </message>
    <message>
        <source>Create the initiator group %1 with %2</source>
        <translation>Initiatorgruppe %1 mit %2 erstellen</translation>
    </message>
    <message>
        <source>CHAP needs a tag and a user name.</source>
        <translation>CHAP benötigt ein Tag und einen Benutzernamen.</translation>
    </message>
    <message>
        <source>CHAP secrets must come from the keychain (keychain:…), never inline in a plan.</source>
        <translation>CHAP-Geheimnisse müssen aus dem Schlüsselbund stammen (keychain:…), niemals direkt im Plan.</translation>
    </message>
    <message>
        <source>Create CHAP credential tag %1 for user %2</source>
        <translation>CHAP-Anmeldedaten mit Tag %1 für Benutzer %2 erstellen</translation>
    </message>
    <message>
        <source>Create mutual CHAP credential tag %1 for %2 / peer %3</source>
        <translation>Gegenseitige CHAP-Anmeldedaten mit Tag %1 für %2 / Peer %3 erstellen</translation>
    </message>
    <message>
        <source>Target name “%1”: only lowercase letters, digits, dot, dash and colon, at most 120 characters (it is the part after the basename).</source>
        <translation>Target-Name „%1“: nur Kleinbuchstaben, Ziffern, Punkt, Bindestrich und Doppelpunkt, höchstens 120 Zeichen (das ist der Teil nach dem basename).</translation>
    </message>
    <message>
        <source>Unknown authentication method %1.</source>
        <translation>Unbekannte Authentifizierungsmethode %1.</translation>
    </message>
    <message>
        <source>CHAP needs the tag of a CHAP credential.</source>
        <translation>CHAP benötigt das Tag von CHAP-Anmeldedaten.</translation>
    </message>
    <message>
        <source>Create target %1 on portal %2 for initiator group %3 (%4)</source>
        <translation>Target %1 auf Portal %2 für Initiatorgruppe %3 erstellen (%4)</translation>
    </message>
    <message>
        <source>Extent name “%1”: 1–64 characters, no quotes.</source>
        <translation>Extent-Name „%1“: 1–64 Zeichen, keine Anführungszeichen.</translation>
    </message>
    <message>
        <source>“%1” is not a zvol path.</source>
        <translation>„%1“ ist kein zvol-Pfad.</translation>
    </message>
    <message>
        <source>TrueNAS %1 has no extent product id (it came with 25.10).</source>
        <translation>TrueNAS %1 hat keine Extent-Produkt-ID (diese gibt es erst ab 25.10).</translation>
    </message>
    <message>
        <source>Create extent %1 on zvol/%2 with 512-byte logical blocks (VMware preset)</source>
        <translation>Extent %1 auf zvol/%2 mit logischen 512-Byte-Blöcken erstellen (VMware-Voreinstellung)</translation>
    </message>
    <message>
        <source>LUN %1 is outside 0–16382.</source>
        <translation>LUN %1 liegt außerhalb von 0–16382.</translation>
    </message>
    <message>
        <source>Map extent %1 as LUN %2 of target %3</source>
        <translation>Extent %1 als LUN %2 von Target %3 zuordnen</translation>
    </message>
    <message>
        <source>Unknown TrueNAS version: connect first.</source>
        <translation>Unbekannte TrueNAS-Version: Stellen Sie zuerst eine Verbindung her.</translation>
    </message>
    <message>
        <source>Start the iSCSI service (iscsitarget) at boot</source>
        <translation>iSCSI-Dienst (iscsitarget) beim Systemstart starten</translation>
    </message>
    <message>
        <source>Start the iSCSI service now (service.control START, a job)</source>
        <translation>iSCSI-Dienst jetzt starten (service.control START, ein Job)</translation>
    </message>
    <message>
        <source>Start the iSCSI service now (service.start)</source>
        <translation>iSCSI-Dienst jetzt starten (service.start)</translation>
    </message>
    <message>
        <source>The service was already running before; it stays running.</source>
        <translation>Der Dienst lief bereits zuvor; er läuft weiter.</translation>
    </message>
</context>
<context>
    <name>mpio::TrueNasPlanExecutor</name>
    <message>
        <source>Unknown TrueNAS phase “%1” in step %2.</source>
        <translation>Unbekannte TrueNAS-Phase „%1“ in Schritt %2.</translation>
    </message>
</context>
<context>
    <name>mpio::TrueNasSnapshotJson</name>
    <message>
        <source>Not a TrueNAS discovery snapshot of schema %1.</source>
        <translation>Kein TrueNAS-Erkennungs-Snapshot nach Schema %1.</translation>
    </message>
    <message>
        <source>TrueNAS %1 at %2 — version %3 (API %4)</source>
        <translation>TrueNAS %1 unter %2 — Version %3 (API %4)</translation>
    </message>
    <message>
        <source>(hostname unknown)</source>
        <translation>(Hostname unbekannt)</translation>
    </message>
    <message>
        <source>Network interfaces:</source>
        <translation>Netzwerkschnittstellen:</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source> (default)</source>
        <translation> (Standard)</translation>
    </message>
    <message>
        <source>DHCP %1</source>
        <translation>DHCP %1</translation>
    </message>
    <message>
        <source>static %1</source>
        <translation>statisch %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>  [API connection]</source>
        <translation>  [API-Verbindung]</translation>
    </message>
    <message>
        <source>Pools:</source>
        <translation>Pools:</translation>
    </message>
    <message>
        <source>  %1 %2  SLOG: %3  size %4, free %5</source>
        <translation>  %1 %2  SLOG: %3  Größe %4, frei %5</translation>
    </message>
    <message>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Zvols:</source>
        <translation>Zvols:</translation>
    </message>
    <message>
        <source>  none</source>
        <translation>  keine</translation>
    </message>
    <message>
        <source>  %1  %2, volblocksize %3, sync %4, compression %5%6</source>
        <translation>  %1  %2, volblocksize %3, sync %4, Komprimierung %5%6</translation>
    </message>
    <message>
        <source>, not yet an extent</source>
        <translation>, noch kein Extent</translation>
    </message>
    <message>
        <source>iSCSI: basename %1, port %2, service iscsitarget %3, %4</source>
        <translation>iSCSI: basename %1, Port %2, Dienst iscsitarget %3, %4</translation>
    </message>
    <message>
        <source>enabled at boot</source>
        <translation>beim Systemstart aktiviert</translation>
    </message>
    <message>
        <source>not enabled at boot</source>
        <translation>beim Systemstart nicht aktiviert</translation>
    </message>
    <message>
        <source>  Portals:</source>
        <translation>  Portale:</translation>
    </message>
    <message>
        <source>    none</source>
        <translation>    keine</translation>
    </message>
    <message>
        <source>    #%1 (tag %2): %3 port %4%5</source>
        <translation>    #%1 (Tag %2): %3 Port %4%5</translation>
    </message>
    <message>
        <source>  Initiator groups:</source>
        <translation>  Initiatorgruppen:</translation>
    </message>
    <message>
        <source>    #%1: %2%3</source>
        <translation>    #%1: %2%3</translation>
    </message>
    <message>
        <source>any initiator</source>
        <translation>jeder Initiator</translation>
    </message>
    <message>
        <source>  CHAP credentials (secrets not shown):</source>
        <translation>  CHAP-Anmeldedaten (Geheimnisse nicht angezeigt):</translation>
    </message>
    <message>
        <source>    #%1 tag %2: user %3%4, discovery %5</source>
        <translation>    #%1 Tag %2: Benutzer %3%4, Discovery %5</translation>
    </message>
    <message>
        <source>, mutual (peer %1)</source>
        <translation>, gegenseitig (Peer %1)</translation>
    </message>
    <message>
        <source>  Targets:</source>
        <translation>  Targets:</translation>
    </message>
    <message>
        <source>portal %1 / initiators %2 / %3%4</source>
        <translation>Portal %1 / Initiatoren %2 / %3%4</translation>
    </message>
    <message>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <source> (auth tag %1)</source>
        <translation> (Auth-Tag %1)</translation>
    </message>
    <message>
        <source>    #%1 %2: %3</source>
        <translation>    #%1 %2: %3</translation>
    </message>
    <message>
        <source>no groups (exposes nothing)</source>
        <translation>keine Gruppen (gibt nichts frei)</translation>
    </message>
    <message>
        <source>  Extents:</source>
        <translation>  Extents:</translation>
    </message>
    <message>
        <source>    #%1 %2: %3, %4-byte blocks, %5 %6%7</source>
        <translation>    #%1 %2: %3, %4-Byte-Blöcke, %5 %6%7</translation>
    </message>
    <message>
        <source> (disabled)</source>
        <translation> (deaktiviert)</translation>
    </message>
    <message>
        <source>  LUN mappings:</source>
        <translation>  LUN-Zuordnungen:</translation>
    </message>
    <message>
        <source>    target #%1 LUN %2 → extent #%3</source>
        <translation>    Target #%1 LUN %2 → Extent #%3</translation>
    </message>
    <message>
        <source>  Sessions:</source>
        <translation>  Sitzungen:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Hinweise:</translation>
    </message>
</context>
<context>
    <name>mpio::Verification</name>
    <message>
        <source>%1 of %2 path(s) active (%3 expected)</source>
        <translation>%1 von %2 Pfad(en) aktiv (%3 erwartet)</translation>
    </message>
    <message>
        <source>%1, %2=%3</source>
        <translation>%1, %2=%3</translation>
    </message>
    <message>
        <source>no TrueNAS device seen</source>
        <translation>kein TrueNAS-Gerät gefunden</translation>
    </message>
    <message>
        <source>TrueNAS claim rule with %1 %2</source>
        <translation>TrueNAS-Claim-Regel mit %1 %2</translation>
    </message>
    <message>
        <source>no TrueNAS claim rule with %1 %2</source>
        <translation>keine TrueNAS-Claim-Regel mit %1 %2</translation>
    </message>
    <message>
        <source>%1 session(s) from %2 (%3 expected)</source>
        <translation>%1 Sitzung(en) von %2 (%3 erwartet)</translation>
    </message>
</context>
<context>
    <name>mpio::esxi</name>
    <message>
        <source>Cannot read the SSH trust store %1.</source>
        <translation>Der SSH-Vertrauensspeicher %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The SSH trust store %1 is damaged; it holds your trust decisions, so it was not replaced. Fix or remove it by hand.</source>
        <translation>Der SSH-Vertrauensspeicher %1 ist beschädigt; er enthält Ihre Vertrauensentscheidungen und wurde daher nicht ersetzt. Reparieren oder entfernen Sie ihn von Hand.</translation>
    </message>
    <message>
        <source>Cannot write the SSH trust store %1.</source>
        <translation>Der SSH-Vertrauensspeicher %1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>mpio::esxi::EsxiCommand</name>
    <message>
        <source>Refusing to run “%1” on an ESXi host: only esxcli, vmkping, esxcfg-mpath, vmware and echo are used.</source>
        <translation>„%1“ wird auf einem ESXi-Host nicht ausgeführt: Es werden nur esxcli, vmkping, esxcfg-mpath, vmware und echo verwendet.</translation>
    </message>
    <message>
        <source>Refusing to send argument %1 of “%2” to the ESXi shell: “%3” contains characters outside the allowed set (letters, digits, . _ : = , / @ + - and single inner spaces) or starts with “-” where a value is expected.</source>
        <translation>Argument %1 von „%2“ wird nicht an die ESXi-Shell gesendet: „%3“ enthält Zeichen außerhalb der erlaubten Menge (Buchstaben, Ziffern, . _ : = , / @ + - und einzelne innere Leerzeichen) oder beginnt mit „-“, wo ein Wert erwartet wird.</translation>
    </message>
</context>
<context>
    <name>mpio::esxi::EsxiHostClient</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mpio::esxi::EsxiOperationExecutor</name>
    <message>
        <source>No connection to the ESXi host “%1” for step %2.</source>
        <translation>Keine Verbindung zum ESXi-Host „%1“ für Schritt %2.</translation>
    </message>
    <message>
        <source>%1 has no software iSCSI adapter (is software iSCSI enabled?).</source>
        <translation>%1 hat keinen Software-iSCSI-Adapter (ist Software-iSCSI aktiviert?).</translation>
    </message>
    <message>
        <source>esxcli exited with %1</source>
        <translation>esxcli wurde mit %1 beendet</translation>
    </message>
    <message>
        <source>The ESXi executor cannot run actions of kind “%1” (step %2).</source>
        <translation>Der ESXi-Executor kann keine Aktionen vom Typ „%1“ ausführen (Schritt %2).</translation>
    </message>
</context>
<context>
    <name>mpio::esxi::EsxiSnapshotJson</name>
    <message>
        <source>ESXi %1 (%2) at %3 — %4, %5</source>
        <translation>ESXi %1 (%2) unter %3 — %4, %5</translation>
    </message>
    <message>
        <source>Physical NICs:</source>
        <translation>Physische NICs:</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>DOWN</source>
        <translation>INAKTIV</translation>
    </message>
    <message>
        <source>Standard vSwitches:</source>
        <translation>Standard-vSwitches:</translation>
    </message>
    <message>
        <source>Port groups (effective failover order):</source>
        <translation>Portgruppen (effektive Failover-Reihenfolge):</translation>
    </message>
    <message>
        <source>VMkernel adapters:</source>
        <translation>VMkernel-Adapter:</translation>
    </message>
    <message>
        <source>(no IPv4)</source>
        <translation>(kein IPv4)</translation>
    </message>
    <message>
        <source>Software iSCSI: disabled</source>
        <translation>Software-iSCSI: deaktiviert</translation>
    </message>
    <message>
        <source>Software iSCSI: %1  %2  CHAP %3</source>
        <translation>Software-iSCSI: %1  %2  CHAP %3</translation>
    </message>
    <message>
        <source>  port binding: %1</source>
        <translation>  Port-Binding: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>  static target %1:%2  %3</source>
        <translation>  statisches Target %1:%2  %3</translation>
    </message>
    <message>
        <source>  send target %1:%2</source>
        <translation>  Send-Target %1:%2</translation>
    </message>
    <message>
        <source>  session %1 → %2 (%3)</source>
        <translation>  Sitzung %1 → %2 (%3)</translation>
    </message>
    <message>
        <source>Devices:</source>
        <translation>Geräte:</translation>
    </message>
    <message>
        <source>Paths:</source>
        <translation>Pfade:</translation>
    </message>
    <message>
        <source>User SATP claim rules:</source>
        <translation>Benutzerdefinierte SATP-Claim-Regeln:</translation>
    </message>
</context>
<context>
    <name>mpio::esxi::Reader</name>
    <message>
        <source>expected &lt;output&gt;</source>
        <translation>&lt;output&gt; erwartet</translation>
    </message>
    <message>
        <source>unexpected namespace “%1”</source>
        <translation>unerwarteter Namensraum „%1“</translation>
    </message>
    <message>
        <source>expected &lt;root&gt;</source>
        <translation>&lt;root&gt; erwartet</translation>
    </message>
    <message>
        <source>expected a value in &lt;root&gt;</source>
        <translation>Wert in &lt;root&gt; erwartet</translation>
    </message>
    <message>
        <source>expected exactly one value in &lt;root&gt;</source>
        <translation>genau ein Wert in &lt;root&gt; erwartet</translation>
    </message>
    <message>
        <source>content after &lt;/output&gt;</source>
        <translation>Inhalt nach &lt;/output&gt;</translation>
    </message>
    <message>
        <source>The ESXi host answered with XML mpio-wizard cannot read (line %1: %2).</source>
        <translation>Der ESXi-Host hat mit XML geantwortet, das mpio-wizard nicht lesen kann (Zeile %1: %2).</translation>
    </message>
    <message>
        <source>unexpected text “%1”</source>
        <translation>unerwarteter Text „%1“</translation>
    </message>
    <message>
        <source>values nested too deeply</source>
        <translation>Werte zu tief verschachtelt</translation>
    </message>
    <message>
        <source>an &lt;integer&gt; that is not a 64-bit whole number</source>
        <translation>ein &lt;integer&gt;, das keine ganze 64-Bit-Zahl ist</translation>
    </message>
    <message>
        <source>a &lt;boolean&gt; that is neither true nor false</source>
        <translation>ein &lt;boolean&gt;, das weder true noch false ist</translation>
    </message>
    <message>
        <source>&lt;%1&gt; inside a structure, expected &lt;field&gt;</source>
        <translation>&lt;%1&gt; innerhalb einer Struktur, &lt;field&gt; erwartet</translation>
    </message>
    <message>
        <source>a &lt;field&gt; without a name</source>
        <translation>ein &lt;field&gt; ohne Namen</translation>
    </message>
    <message>
        <source>more than one value in field %1</source>
        <translation>mehr als ein Wert in Feld %1</translation>
    </message>
    <message>
        <source>unknown element &lt;%1&gt;</source>
        <translation>unbekanntes Element &lt;%1&gt;</translation>
    </message>
</context>
<context>
    <name>mpio::esxi::SshConnection</name>
    <message>
        <source>Out of memory creating an SSH session.</source>
        <translation>Nicht genügend Speicher beim Erstellen einer SSH-Sitzung.</translation>
    </message>
    <message>
        <source>Cannot reach the SSH service of %1:%2. Check the address, that SSH is enabled on the host (TSM-SSH service) and that no firewall blocks port %2.</source>
        <translation>Der SSH-Dienst von %1:%2 ist nicht erreichbar. Prüfen Sie die Adresse, ob SSH auf dem Host aktiviert ist (Dienst TSM-SSH) und ob keine Firewall Port %2 blockiert.</translation>
    </message>
    <message>
        <source>%1 sent no host key.</source>
        <translation>%1 hat keinen Host-Schlüssel gesendet.</translation>
    </message>
    <message>
        <source>Cannot compute the host key fingerprint of %1.</source>
        <translation>Der Fingerabdruck des Host-Schlüssels von %1 kann nicht berechnet werden.</translation>
    </message>
    <message>
        <source>Not connected.</source>
        <translation>Nicht verbunden.</translation>
    </message>
    <message>
        <source>The connection to %1 broke during login.</source>
        <translation>Die Verbindung zu %1 ist während der Anmeldung abgebrochen.</translation>
    </message>
    <message>
        <source>%1 refused the password. It was tried once and is not retried automatically: five failed logins lock the account for 15 minutes (Security.AccountLockFailures). Check the password and try again.</source>
        <translation>%1 hat das Passwort abgelehnt. Es wurde einmal versucht und wird nicht automatisch wiederholt: Fünf fehlgeschlagene Anmeldungen sperren das Konto für 15 Minuten (Security.AccountLockFailures). Prüfen Sie das Passwort und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 offers neither keyboard-interactive nor password login; use a key instead.</source>
        <translation>%1 bietet weder keyboard-interactive noch Passwort-Anmeldung an; verwenden Sie stattdessen einen Schlüssel.</translation>
    </message>
    <message>
        <source>Cannot read the private key %1.</source>
        <translation>Der private Schlüssel %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>%1 refused the key %2. On ESXi the public key belongs in /etc/ssh/keys-root/authorized_keys.</source>
        <translation>%1 hat den Schlüssel %2 abgelehnt. Unter ESXi gehört der öffentliche Schlüssel in /etc/ssh/keys-root/authorized_keys.</translation>
    </message>
    <message>
        <source>The SSH connection to %1 is closed.</source>
        <translation>Die SSH-Verbindung zu %1 ist geschlossen.</translation>
    </message>
    <message>
        <source>The SSH connection to %1 broke before the command ran.</source>
        <translation>Die SSH-Verbindung zu %1 ist abgebrochen, bevor der Befehl ausgeführt wurde.</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 did not finish the command within %2 s; it was abandoned.</source>
        <translation>%1 hat den Befehl nicht innerhalb von %2 s beendet; er wurde aufgegeben.</translation>
    </message>
    <message>
        <source>The connection to %1 dropped while a command ran. Whether it took effect is unknown; the journal marks it for checking.</source>
        <translation>Die Verbindung zu %1 ist während der Ausführung eines Befehls abgebrochen. Ob er wirksam wurde, ist unbekannt; das Journal markiert ihn zur Überprüfung.</translation>
    </message>
</context>
<context>
    <name>mpio::esxi::SshSession</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>The SSH host key of %1:%2 has CHANGED. Trusted until now: %3. Presented now: %4. Refusing to log in: this can be an attack. If the host was reinstalled, check the new fingerprint on its console (DCUI) and remove the old entry from %5 before trusting it.</source>
        <translation>Der SSH-Host-Schlüssel von %1:%2 hat sich GEÄNDERT. Bisher vertraut: %3. Jetzt vorgelegt: %4. Die Anmeldung wird verweigert: Dies kann ein Angriff sein. Falls der Host neu installiert wurde, prüfen Sie den neuen Fingerabdruck an seiner Konsole (DCUI) und entfernen Sie den alten Eintrag aus %5, bevor Sie ihm vertrauen.</translation>
    </message>
    <message>
        <source>The SSH host key of %1:%2 is not known yet (%3 %4). Compare it with the fingerprint on the host&apos;s console and confirm it (mpioctl: --trust-on-first-use).</source>
        <translation>Der SSH-Host-Schlüssel von %1:%2 ist noch nicht bekannt (%3 %4). Vergleichen Sie ihn mit dem Fingerabdruck an der Konsole des Hosts und bestätigen Sie ihn (mpioctl: --trust-on-first-use).</translation>
    </message>
</context>
<context>
    <name>mpio::ui::AboutDialog</name>
    <message>
        <source>GNU Lesser General Public License v3 (LGPLv3)</source>
        <translation>GNU Lesser General Public License v3 (LGPLv3)</translation>
    </message>
    <message>
        <source>Copyright © The Qt Company Ltd. and other contributors.</source>
        <translation>Copyright © The Qt Company Ltd. und weitere Mitwirkende.</translation>
    </message>
    <message>
        <source>mpio-wizard uses the Qt libraries unmodified and links them dynamically, so you may replace them with your own build of the same version. The Qt source code and the full licence text are available from the Qt Project.</source>
        <translation>mpio-wizard verwendet die Qt-Bibliotheken unverändert und bindet sie dynamisch ein; Sie dürfen sie daher durch einen eigenen Build derselben Version ersetzen. Der Qt-Quellcode und der vollständige Lizenztext sind beim Qt Project erhältlich.</translation>
    </message>
    <message>
        <source>GNU Lesser General Public License v2.1 (LGPLv2.1)</source>
        <translation>GNU Lesser General Public License v2.1 (LGPLv2.1)</translation>
    </message>
    <message>
        <source>Copyright © Aris Adamantiadis, Andreas Schneider and the libssh contributors.</source>
        <translation>Copyright © Aris Adamantiadis, Andreas Schneider und die Mitwirkenden von libssh.</translation>
    </message>
    <message>
        <source>Used for the SSH connections to the ESXi hosts. Linked dynamically and unmodified; you may replace the library with a compatible build. Source and licence text are on the libssh site.</source>
        <translation>Wird für die SSH-Verbindungen zu den ESXi-Hosts verwendet. Dynamisch und unverändert eingebunden; Sie dürfen die Bibliothek durch einen kompatiblen Build ersetzen. Quellcode und Lizenztext finden Sie auf der libssh-Website.</translation>
    </message>
    <message>
        <source>BSD 3-Clause License</source>
        <translation>BSD 3-Clause License</translation>
    </message>
    <message>
        <source>Copyright © Frank Osterfeld and the QtKeychain contributors.</source>
        <translation>Copyright © Frank Osterfeld und die Mitwirkenden von QtKeychain.</translation>
    </message>
    <message>
        <source>Stores the passwords and API keys in the operating system&apos;s keychain. Redistribution in source and binary form is permitted if the copyright notice, the list of conditions and the disclaimer are kept; the authors&apos; names may not be used to promote products without permission. Provided as is, without any warranty.</source>
        <translation>Speichert die Passwörter und API-Schlüssel im Schlüsselbund des Betriebssystems. Die Weitergabe in Quell- und Binärform ist erlaubt, sofern der Copyright-Hinweis, die Liste der Bedingungen und der Haftungsausschluss erhalten bleiben; die Namen der Autoren dürfen ohne Erlaubnis nicht zur Bewerbung von Produkten verwendet werden. Bereitgestellt „wie besehen“, ohne jegliche Gewährleistung.</translation>
    </message>
    <message>
        <source>MIT License</source>
        <translation>MIT License</translation>
    </message>
    <message>
        <source>Copyright © Gabi Melman and the spdlog contributors.</source>
        <translation>Copyright © Gabi Melman und die Mitwirkenden von spdlog.</translation>
    </message>
    <message>
        <source>Writes the log files. Permission is granted free of charge to use, copy, modify, merge, publish, distribute, sublicense and sell copies, provided the copyright and permission notice are included. Provided as is, without any warranty.</source>
        <translation>Schreibt die Protokolldateien. Die Erlaubnis, Kopien kostenlos zu nutzen, zu kopieren, zu ändern, zusammenzuführen, zu veröffentlichen, zu verbreiten, unterzulizenzieren und zu verkaufen, wird erteilt, sofern der Copyright- und Erlaubnishinweis beigefügt ist. Bereitgestellt „wie besehen“, ohne jegliche Gewährleistung.</translation>
    </message>
    <message>
        <source>About mpio-wizard</source>
        <translation>Über mpio-wizard</translation>
    </message>
    <message>
        <source>Sets up iSCSI multipathing between TrueNAS SCALE and VMware ESXi, verifies it and keeps watching it.</source>
        <translation>Richtet iSCSI-Multipathing zwischen TrueNAS SCALE und VMware ESXi ein, prüft es und überwacht es fortlaufend.</translation>
    </message>
    <message>
        <source>Licensed under the Apache License 2.0. Built with Qt %1, running on Qt %2.</source>
        <translation>Lizenziert unter der Apache License 2.0. Erstellt mit Qt %1, läuft unter Qt %2.</translation>
    </message>
    <message>
        <source>Licences of the components</source>
        <translation>Lizenzen der Komponenten</translation>
    </message>
    <message>
        <source>Third-party components</source>
        <translation>Komponenten von Drittanbietern</translation>
    </message>
</context>
<context>
    <name>mpio::ui::ApplyPage</name>
    <message>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <source>Both sides are changed step by step; every step is written to a journal first.</source>
        <translation>Beide Seiten werden Schritt für Schritt geändert; jeder Schritt wird zuerst in ein Journal geschrieben.</translation>
    </message>
    <message>
        <source>Apply log</source>
        <translation>Ausführungsprotokoll</translation>
    </message>
    <message>
        <source>&amp;Cancel the apply</source>
        <translation>Ausführung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Roll back</source>
        <translation>&amp;Zurückrollen</translation>
    </message>
    <message>
        <source>Re&amp;try the step</source>
        <translation>Schritt &amp;wiederholen</translation>
    </message>
    <message>
        <source>&amp;Stop and keep what is done</source>
        <translation>&amp;Stoppen und Erledigtes behalten</translation>
    </message>
    <message>
        <source>Continue &amp;anyway (ignore the jumbo check)</source>
        <translation>&amp;Trotzdem fortfahren (Jumbo-Prüfung ignorieren)</translation>
    </message>
    <message>
        <source>The iSCSI part runs although a path drops large frames: expect slow I/O or dead paths on it until the MTU is fixed.</source>
        <translation>Der iSCSI-Teil läuft, obwohl ein Pfad große Frames verwirft: Rechnen Sie dort mit langsamem I/O oder ausgefallenen Pfaden, bis die MTU korrigiert ist.</translation>
    </message>
    <message>
        <source>⚠ Jumbo gate overridden by the user (MTU-JUMBO-CHECK)</source>
        <translation>⚠ Jumbo-Sperre vom Benutzer übergangen (MTU-JUMBO-CHECK)</translation>
    </message>
    <message>
        <source>↶ undone: </source>
        <translation>↶ rückgängig gemacht: </translation>
    </message>
    <message>
        <source>Step %1 failed: %2
Roll back everything, retry the step, or stop and keep what is done. Journal: %3</source>
        <translation>Schritt %1 fehlgeschlagen: %2
Alles zurückrollen, den Schritt wiederholen oder stoppen und Erledigtes behalten. Journal: %3</translation>
    </message>
    <message>
        <source>Applying … journal: %1</source>
        <translation>Wird angewendet … Journal: %1</translation>
    </message>
    <message>
        <source>The apply completed.</source>
        <translation>Die Ausführung ist abgeschlossen.</translation>
    </message>
    <message>
        <source>The apply stopped; what is done stays in place.</source>
        <translation>Die Ausführung wurde angehalten; was erledigt ist, bleibt bestehen.</translation>
    </message>
    <message>
        <source>The apply was cancelled.</source>
        <translation>Die Ausführung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Everything applied was rolled back.</source>
        <translation>Alle angewendeten Änderungen wurden zurückgerollt.</translation>
    </message>
    <message>
        <source>The rollback failed: check the journal.</source>
        <translation>Das Rollback ist fehlgeschlagen: Prüfen Sie das Journal.</translation>
    </message>
    <message>
        <source>The apply has not finished.</source>
        <translation>Die Ausführung ist nicht abgeschlossen.</translation>
    </message>
    <message>
        <source>%1 Journal: %2</source>
        <translation>%1 Journal: %2</translation>
    </message>
</context>
<context>
    <name>mpio::ui::AuditPage</name>
    <message>
        <source>Audit</source>
        <translation>Audit-Ergebnis</translation>
    </message>
    <message>
        <source>The discovered site measured against the profile and the rules. Nothing was changed.</source>
        <translation>Der erkannte Standort, gemessen am Profil und an den Regeln. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Audit findings</source>
        <translation>Befunde des Audits</translation>
    </message>
    <message>
        <source>Nothing was discovered: go back and connect first.</source>
        <translation>Es wurde nichts erkannt: Gehen Sie zurück und verbinden Sie sich zuerst.</translation>
    </message>
    <message numerus="yes">
        <source>✔ The site follows every rule checked (%n warning(s) to consider).</source>
        <translation>
            <numerusform>✔ Der Standort erfüllt jede geprüfte Regel (%n Warnung zu beachten).</numerusform>
            <numerusform>✔ Der Standort erfüllt jede geprüfte Regel (%n Warnungen zu beachten).</numerusform>
        </translation>
    </message>
    <message>
        <source>✘ %1 error(s), %2 warning(s) and %3 difference(s) from the profile. Each finding below says what is wrong and how to fix it; running the setup with this profile would make exactly the listed changes.</source>
        <translation>✘ %1 Fehler, %2 Warnung(en) und %3 Abweichung(en) vom Profil. Jeder Befund unten sagt, was falsch ist und wie es zu beheben ist; die Einrichtung mit diesem Profil würde genau die aufgeführten Änderungen vornehmen.</translation>
    </message>
</context>
<context>
    <name>mpio::ui::DiscoverPage</name>
    <message>
        <source>Connect and discover</source>
        <translation>Verbinden und erkennen</translation>
    </message>
    <message>
        <source>Reads TrueNAS and every ESXi host. Nothing is changed.</source>
        <translation>Liest TrueNAS und jeden ESXi-Host aus. Es wird nichts geändert.</translation>
    </message>
    <message>
        <source>What was discovered</source>
        <translation>Was erkannt wurde</translation>
    </message>
    <message numerus="yes">
        <source>Connecting to TrueNAS and %n ESXi host(s) …</source>
        <translation>
            <numerusform>Verbindung zu TrueNAS und %n ESXi-Host wird hergestellt …</numerusform>
            <numerusform>Verbindung zu TrueNAS und %n ESXi-Hosts wird hergestellt …</numerusform>
        </translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Erkennung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <source>TrueNAS %1 and %n ESXi host(s) discovered.</source>
        <translation>
            <numerusform>TrueNAS %1 und %n ESXi-Host erkannt.</numerusform>
            <numerusform>TrueNAS %1 und %n ESXi-Hosts erkannt.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Trust and connect again</source>
        <translation>&amp;Vertrauen und erneut verbinden</translation>
    </message>
    <message>
        <source>TrueNAS %1:%2 — TLS certificate, SHA-256 %3</source>
        <translation>TrueNAS %1:%2 — TLS-Zertifikat, SHA-256 %3</translation>
    </message>
    <message>
        <source>ESXi %1:%2 — host key %3, %4</source>
        <translation>ESXi %1:%2 — Host-Schlüssel %3, %4</translation>
    </message>
    <message>
        <source>First contact with these systems. Compare each fingerprint with the one the system shows (TrueNAS: System → Certificates; ESXi: the console&apos;s SSH host key) before you trust it:
%1</source>
        <translation>Erster Kontakt mit diesen Systemen. Vergleichen Sie jeden Fingerabdruck mit dem, den das System anzeigt (TrueNAS: System → Certificates; ESXi: der SSH-Host-Schlüssel an der Konsole), bevor Sie ihm vertrauen:
%1</translation>
    </message>
</context>
<context>
    <name>mpio::ui::DiscoveryTree</name>
    <message>
        <source>What was discovered, per system</source>
        <translation>Was gefunden wurde, je System</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>TrueNAS</source>
        <translation>TrueNAS</translation>
    </message>
    <message>
        <source>TrueNAS %1</source>
        <translation>TrueNAS %1</translation>
    </message>
    <message>
        <source>version %1 at %2</source>
        <translation>Version %1 unter %2</translation>
    </message>
    <message>
        <source>Pools</source>
        <translation>Pools</translation>
    </message>
    <message>
        <source>%1, %2 free of %3, SLOG: %4</source>
        <translation>%1, %2 frei von %3, SLOG: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <source>NICs</source>
        <translation>Netzwerkkarten</translation>
    </message>
    <message>
        <source>link %1, MTU %2</source>
        <translation>Link %1, MTU %2</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>down</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>carries this connection: never changed (TN-NET-CHECKIN)</source>
        <translation>trägt diese Verbindung: wird nie geändert (TN-NET-CHECKIN)</translation>
    </message>
    <message>
        <source>Zvols</source>
        <translation>Zvols</translation>
    </message>
    <message>
        <source>%1, volblocksize %2, sync %3, compression %4</source>
        <translation>%1, volblocksize %2, sync %3, Kompression %4</translation>
    </message>
    <message>
        <source>Portals</source>
        <translation>Portale</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Targets</translation>
    </message>
    <message>
        <source>iSCSI service</source>
        <translation>iSCSI-Dienst</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>starts at boot</source>
        <translation>startet beim Booten</translation>
    </message>
    <message>
        <source>not started at boot</source>
        <translation>startet nicht beim Booten</translation>
    </message>
    <message>
        <source>ESXi %1</source>
        <translation>ESXi %1</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 unter %2</translation>
    </message>
    <message>
        <source>vmnics</source>
        <translation>vmnics</translation>
    </message>
    <message>
        <source>link up, %1 Mb/s, MTU %2</source>
        <translation>Link aktiv, %1 Mb/s, MTU %2</translation>
    </message>
    <message>
        <source>link down, MTU %1</source>
        <translation>Link unterbrochen, MTU %1</translation>
    </message>
    <message>
        <source>vSwitches</source>
        <translation>vSwitches</translation>
    </message>
    <message>
        <source>MTU %1, uplinks %2</source>
        <translation>MTU %1, Uplinks %2</translation>
    </message>
    <message>
        <source>vmks</source>
        <translation>vmks</translation>
    </message>
    <message>
        <source>%1, MTU %2, port group %3</source>
        <translation>%1, MTU %2, Portgruppe %3</translation>
    </message>
    <message>
        <source>no address</source>
        <translation>keine Adresse</translation>
    </message>
    <message>
        <source>Software iSCSI</source>
        <translation>Software-iSCSI</translation>
    </message>
    <message>
        <source>not enabled</source>
        <translation>nicht aktiviert</translation>
    </message>
    <message>
        <source>TrueNAS devices</source>
        <translation>TrueNAS-Geräte</translation>
    </message>
    <message numerus="yes">
        <source>%n path(s), %1 %2</source>
        <translation>
            <numerusform>%n Pfad, %1 %2</numerusform>
            <numerusform>%n Pfade, %1 %2</numerusform>
        </translation>
    </message>
    <message>
        <source>not discovered</source>
        <translation>nicht ausgelesen</translation>
    </message>
</context>
<context>
    <name>mpio::ui::FailoverPage</name>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Test failover</source>
        <translation>Failover testen</translation>
    </message>
    <message>
        <source>The article&apos;s protocol, measured: path A fails, path B must carry all I/O without an all-paths-down, and A must come back. In the lab the fault is injected for you.</source>
        <translation>Das Protokoll aus dem Artikel, gemessen: Pfad A fällt aus, Pfad B muss die gesamte I/O ohne All-Paths-Down übernehmen, und A muss zurückkehren. Im Labor wird der Fehler für Sie herbeigeführt.</translation>
    </message>
    <message>
        <source>Host to test</source>
        <translation>Zu testender Host</translation>
    </message>
    <message>
        <source>Fault to inject</source>
        <translation>Herbeizuführender Fehler</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Fault on path A:</source>
        <translation>&amp;Fehler auf Pfad A:</translation>
    </message>
    <message>
        <source>Failover test steps</source>
        <translation>Schritte des Failover-Tests</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Measured</source>
        <translation>Gemessen</translation>
    </message>
    <message>
        <source>&amp;Start the failover test</source>
        <translation>Failover-Test &amp;starten</translation>
    </message>
    <message>
        <source>Ca&amp;ncel the test</source>
        <translation>Test &amp;abbrechen</translation>
    </message>
    <message>
        <source>Cancelling: mending the fault …</source>
        <translation>Abbruch: Fehler wird behoben …</translation>
    </message>
    <message>
        <source>S&amp;kip the failover test (the report will say it was not run)</source>
        <translation>Failover-Test über&amp;springen (im Bericht wird vermerkt, dass er nicht ausgeführt wurde)</translation>
    </message>
    <message>
        <source>switch %1 down</source>
        <translation>Switch %1 ausgefallen</translation>
    </message>
    <message>
        <source>cable of the host&apos;s path-%1 uplink pulled</source>
        <translation>Kabel des Uplinks für Pfad %1 am Host gezogen</translation>
    </message>
    <message>
        <source>The guided failover test on real hardware (asking you to pull a cable) is not built yet; it runs automatically in the lab. Skip it here.</source>
        <translation>Der geführte Failover-Test auf echter Hardware (bei dem Sie ein Kabel ziehen) ist noch nicht implementiert; im Labor läuft er automatisch. Überspringen Sie ihn hier.</translation>
    </message>
    <message>
        <source>Press Start: a workload of %1 IOPS per host starts in the lab, then the fault is injected and mended automatically. It takes about half a minute.</source>
        <translation>Klicken Sie auf „Starten“: Im Labor startet eine Last von %1 IOPS pro Host, dann wird der Fehler automatisch herbeigeführt und behoben. Das dauert etwa eine halbe Minute.</translation>
    </message>
    <message>
        <source>Not connected to the site: go back to Verify.</source>
        <translation>Keine Verbindung zum Standort: Gehen Sie zurück zu „Überprüfen“.</translation>
    </message>
    <message>
        <source>Starting a workload of %1 IOPS per host in the lab …</source>
        <translation>Last von %1 IOPS pro Host wird im Labor gestartet …</translation>
    </message>
    <message>
        <source>Cannot start the lab workload: %1</source>
        <translation>Die Last im Labor kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>The failover test needs a host with two paths.</source>
        <translation>Der Failover-Test benötigt einen Host mit zwei Pfaden.</translation>
    </message>
    <message>
        <source>%1 has no path to both %2 and %3: apply and verify first.</source>
        <translation>%1 hat nicht zu %2 und zu %3 je einen Pfad: Zuerst anwenden und prüfen.</translation>
    </message>
    <message>
        <source>cable of %1 %2 pulled</source>
        <translation>Kabel von %1 %2 gezogen</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running …</source>
        <translation>läuft …</translation>
    </message>
    <message>
        <source>Step %1 of %2 running on %3 (%4) …</source>
        <translation>Schritt %1 von %2 läuft auf %3 (%4) …</translation>
    </message>
    <message>
        <source>✓ pass</source>
        <translation>✓ bestanden</translation>
    </message>
    <message>
        <source>✗ fail</source>
        <translation>✗ fehlgeschlagen</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Fault → path A dead: %1 · → last I/O on A: %2 · → B at 100 %: %3 · longest gap in completed I/O: %4 (limit %5) · all paths down: %6 · recovery: %7 · poll interval: %8</source>
        <translation>Fehler → Pfad A ausgefallen: %1 · → letzte I/O auf A: %2 · → B bei 100 %: %3 · längste Lücke in abgeschlossener I/O: %4 (Grenze %5) · alle Pfade ausgefallen: %6 · Wiederherstellung: %7 · Abfrageintervall: %8</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Cancelled; the fault was mended. Run it again or skip it.</source>
        <translation>Abgebrochen; der Fehler wurde behoben. Führen Sie den Test erneut aus oder überspringen Sie ihn.</translation>
    </message>
    <message>
        <source>Failover passed: path B took over without an all-paths-down and path A came back.</source>
        <translation>Failover bestanden: Pfad B hat ohne All-Paths-Down übernommen, und Pfad A ist zurückgekehrt.</translation>
    </message>
    <message>
        <source>Failover FAILED: see the steps marked ✗. The report records the measured figures.</source>
        <translation>Failover FEHLGESCHLAGEN: siehe die mit ✗ markierten Schritte. Der Bericht enthält die gemessenen Werte.</translation>
    </message>
</context>
<context>
    <name>mpio::ui::FieldFindings</name>
    <message>
        <source>%1 (%2): %3
Fix: %4</source>
        <translation>%1 (%2): %3
Abhilfe: %4</translation>
    </message>
    <message>
        <source>%1 %2 &lt;i&gt;%3&lt;/i&gt;</source>
        <translation>%1 %2 &lt;i&gt;%3&lt;/i&gt;</translation>
    </message>
    <message>
        <source>%1 %2: %3 &lt;i&gt;%4&lt;/i&gt;</source>
        <translation>%1 %2: %3 &lt;i&gt;%4&lt;/i&gt;</translation>
    </message>
</context>
<context>
    <name>mpio::ui::HostPathTableModel</name>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>vmnic</source>
        <translation>vmnic</translation>
    </message>
    <message>
        <source>vSwitch</source>
        <translation>vSwitch</translation>
    </message>
    <message>
        <source>Port group</source>
        <translation>Portgruppe</translation>
    </message>
    <message>
        <source>vmk</source>
        <translation>vmk</translation>
    </message>
    <message>
        <source>IP</source>
        <translation>IP</translation>
    </message>
    <message>
        <source>Discovery: %1 link %2, %3 Mb/s, MTU %4</source>
        <translation>Erkennung: %1 Link %2, %3 Mb/s, MTU %4</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>Discovery: %1 has no %2.</source>
        <translation>Erkennung: %2 fehlt auf %1.</translation>
    </message>
    <message>
        <source>Discovery: %1 exists, MTU %2, uplinks %3</source>
        <translation>Erkennung: %1 vorhanden, MTU %2, Uplinks %3</translation>
    </message>
    <message>
        <source>Discovery: %1 does not exist yet; the plan creates it.</source>
        <translation>Erkennung: %1 existiert noch nicht und wird vom Plan angelegt.</translation>
    </message>
    <message>
        <source>Discovery: %1 on %2, %3, MTU %4</source>
        <translation>Erkennung: %1 auf %2, %3, MTU %4</translation>
    </message>
    <message>
        <source>no IPv4</source>
        <translation>kein IPv4</translation>
    </message>
</context>
<context>
    <name>mpio::ui::JumboPage</name>
    <message>
        <source>Check jumbo frames</source>
        <translation>Jumbo-Frames prüfen</translation>
    </message>
    <message>
        <source>Every storage vmk pings every TrueNAS portal IP with 9000-byte frames that must not be fragmented (vmkping -d -s 8972). Same-path cells must pass; cross-path cells should get no answer.</source>
        <translation>Jeder Storage-vmk pingt jede TrueNAS-Portal-IP mit 9000-Byte-Frames an, die nicht fragmentiert werden dürfen (vmkping -d -s 8972). Zellen desselben Pfads müssen bestehen; pfadübergreifende Zellen sollten keine Antwort erhalten.</translation>
    </message>
    <message>
        <source>Jumbo frame matrix: one row per host and vmk, one column per portal IP</source>
        <translation>Jumbo-Frame-Matrix: eine Zeile pro Host und vmk, eine Spalte pro Portal-IP</translation>
    </message>
    <message>
        <source>Click a cell for its diagnosis.</source>
        <translation>Klicken Sie auf eine Zelle, um ihre Diagnose anzuzeigen.</translation>
    </message>
    <message>
        <source>&amp;Run the check again</source>
        <translation>Prüfung &amp;erneut ausführen</translation>
    </message>
    <message>
        <source>C&amp;ontinue anyway: I accept that storage traffic on the failing path may stall or fragment</source>
        <translation>&amp;Trotzdem fortfahren: Ich akzeptiere, dass der Storage-Verkehr auf dem fehlerhaften Pfad stocken oder fragmentiert werden kann</translation>
    </message>
    <message>
        <source>Reading the hosts again …</source>
        <translation>Hosts werden erneut gelesen …</translation>
    </message>
    <message>
        <source>Cannot read the hosts: %1</source>
        <translation>Die Hosts können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Pinging %n cell(s) on every host at once …</source>
        <translation>
            <numerusform>%n Zelle wird auf allen Hosts gleichzeitig angepingt …</numerusform>
            <numerusform>%n Zellen werden auf allen Hosts gleichzeitig angepingt …</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 %2 (path %3)</source>
        <translation>%1 %2 (Pfad %3)</translation>
    </message>
    <message>
        <source>%1 (path %2)</source>
        <translation>%1 (Pfad %2)</translation>
    </message>
    <message>
        <source>not created yet</source>
        <translation>noch nicht angelegt</translation>
    </message>
    <message>
        <source>%1 does not exist on %2 yet: the apply creates it.</source>
        <translation>%1 existiert auf %2 noch nicht: Es wird beim Anwenden angelegt.</translation>
    </message>
    <message>
        <source>… trying 1500 bytes</source>
        <translation>… Versuch mit 1500 Byte</translation>
    </message>
    <message>
        <source>… pinging</source>
        <translation>… Ping läuft</translation>
    </message>
    <message>
        <source>✓ jumbo frames pass</source>
        <translation>✓ Jumbo-Frames bestanden</translation>
    </message>
    <message>
        <source>✓ isolated (no answer)</source>
        <translation>✓ isoliert (keine Antwort)</translation>
    </message>
    <message>
        <source>⚠ some frames lost</source>
        <translation>⚠ einige Frames verloren</translation>
    </message>
    <message>
        <source>⚠ reachable across paths</source>
        <translation>⚠ pfadübergreifend erreichbar</translation>
    </message>
    <message>
        <source>✗ vmk MTU too small</source>
        <translation>✗ vmk-MTU zu klein</translation>
    </message>
    <message>
        <source>✗ host down (no ARP)</source>
        <translation>✗ Host nicht erreichbar (kein ARP)</translation>
    </message>
    <message>
        <source>✗ no route</source>
        <translation>✗ keine Route</translation>
    </message>
    <message>
        <source>✗ only 1500 bytes pass</source>
        <translation>✗ nur 1500 Byte kommen durch</translation>
    </message>
    <message>
        <source>✗ no answer</source>
        <translation>✗ keine Antwort</translation>
    </message>
    <message>
        <source>Not pinged because they do not exist yet: %1.</source>
        <translation>Nicht angepingt, da noch nicht vorhanden: %1.</translation>
    </message>
    <message>
        <source>Nothing to ping yet: the storage vmks do not exist on the hosts. The apply creates them; after it, `mpioctl check-jumbo` runs this check.</source>
        <translation>Noch nichts anzupingen: Die Storage-vmks existieren auf den Hosts noch nicht. Sie werden beim Anwenden angelegt; danach führt `mpioctl check-jumbo` diese Prüfung aus.</translation>
    </message>
    <message>
        <source>This cell was not checked.</source>
        <translation>Diese Zelle wurde nicht geprüft.</translation>
    </message>
    <message>
        <source>%1 %2 → %3</source>
        <translation>%1 %2 → %3</translation>
    </message>
    <message numerus="yes">
        <source>Jumbo frames pass on every path (%n cell(s) checked in %1 s).</source>
        <translation>
            <numerusform>Jumbo-Frames funktionieren auf jedem Pfad (%n Zelle in %1 s geprüft).</numerusform>
            <numerusform>Jumbo-Frames funktionieren auf jedem Pfad (%n Zellen in %1 s geprüft).</numerusform>
        </translation>
    </message>
    <message>
        <source>Worth a look:</source>
        <translation>Einen Blick wert:</translation>
    </message>
    <message>
        <source>The jumbo check failed (MTU-JUMBO-CHECK): storage traffic needs 9000-byte frames end to end on every path.</source>
        <translation>Die Jumbo-Prüfung ist fehlgeschlagen (MTU-JUMBO-CHECK): Storage-Verkehr benötigt auf jedem Pfad durchgängig 9000-Byte-Frames.</translation>
    </message>
    <message>
        <source>What to fix:</source>
        <translation>Abhilfe:</translation>
    </message>
    <message>
        <source>Fix the hop named, then press “Run the check again”. To go on without a passing check, tick “Continue anyway”.</source>
        <translation>Beheben Sie das Problem am genannten Hop und klicken Sie dann auf „Prüfung erneut ausführen“. Um ohne bestandene Prüfung weiterzumachen, aktivieren Sie „Trotzdem fortfahren“.</translation>
    </message>
    <message>
        <source>%1 bytes: %2 of %3 back</source>
        <translation>%1 Byte: %2 von %3 zurück</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>pass</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>fail</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 %2 (path %3) → %4 (path %5): %6%7</source>
        <translation>%1 %2 (Pfad %3) → %4 (Pfad %5): %6%7</translation>
    </message>
</context>
<context>
    <name>mpio::ui::LiveIopsPage</name>
    <message>
        <source>Live IOPS per path</source>
        <translation>Live-IOPS pro Pfad</translation>
    </message>
    <message>
        <source>With Round Robin and an I/O limit of 1, every active path of a device carries an equal share.</source>
        <translation>Mit Round Robin und einem I/O-Limit von 1 trägt jeder aktive Pfad eines Geräts einen gleich großen Anteil.</translation>
    </message>
    <message>
        <source>Path state changes and alerts</source>
        <translation>Änderungen des Pfadstatus und Warnungen</translation>
    </message>
    <message>
        <source>Start a &amp;workload in the lab (2000 IOPS per host)</source>
        <translation>&amp;Last im Labor starten (2000 IOPS pro Host)</translation>
    </message>
    <message>
        <source>&amp;Export report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>%1  %2 %3: %4 → %5</source>
        <translation>%1  %2 %3: %4 → %5</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>all paths down (APD)</source>
        <translation>alle Pfade ausgefallen (APD)</translation>
    </message>
    <message>
        <source>Export the as-built report</source>
        <translation>As-built-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <source>Report saved: %1</source>
        <translation>Bericht gespeichert: %1</translation>
    </message>
    <message>
        <source>Lab workload started: 2000 IOPS per host.</source>
        <translation>Last im Labor gestartet: 2000 IOPS pro Host.</translation>
    </message>
    <message>
        <source>&amp;Save the profile…</source>
        <translation>Profil &amp;speichern…</translation>
    </message>
    <message>
        <source>Open the &amp;log folder</source>
        <translation>Log-&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>Save the site profile</source>
        <translation>Standortprofil speichern</translation>
    </message>
    <message>
        <source>Site profiles (*.json)</source>
        <translation>Standortprofile (*.json)</translation>
    </message>
    <message>
        <source>Profile saved: %1</source>
        <translation>Profil gespeichert: %1</translation>
    </message>
    <message>
        <source>Host shown in the charts</source>
        <translation>In den Diagrammen gezeigter Host</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>All hosts</source>
        <translation>Alle Hosts</translation>
    </message>
</context>
<context>
    <name>mpio::ui::PathLinesView</name>
    <message>
        <source>IOPS per path (last two minutes)</source>
        <translation>IOPS pro Pfad (letzte zwei Minuten)</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>IOPS</source>
        <translation>IOPS</translation>
    </message>
    <message>
        <source>Chart of IOPS per path</source>
        <translation>Diagramm der IOPS pro Pfad</translation>
    </message>
</context>
<context>
    <name>mpio::ui::PathTableModel</name>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Subnet</source>
        <translation>Subnetz</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>MTU</source>
        <translation>MTU</translation>
    </message>
    <message>
        <source>TrueNAS NIC</source>
        <translation>TrueNAS-NIC</translation>
    </message>
    <message>
        <source>TrueNAS IP (portal)</source>
        <translation>TrueNAS-IP (Portal)</translation>
    </message>
    <message>
        <source>Discovery: TrueNAS has no interface named %1.</source>
        <translation>Erkennung: TrueNAS hat keine Schnittstelle namens %1.</translation>
    </message>
    <message>
        <source>Discovery: %1 link %2, MTU %3, static addresses: %4</source>
        <translation>Erkennung: %1 Link %2, MTU %3, statische Adressen: %4</translation>
    </message>
    <message>
        <source>up</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <source>down</source>
        <translation>inaktiv</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
</context>
<context>
    <name>mpio::ui::PathsPage</name>
    <message>
        <source>Map the paths</source>
        <translation>Pfade zuordnen</translation>
    </message>
    <message>
        <source>One subnet, switch and TrueNAS NIC per path; per host one vmnic, port group and vmk per path. Edit any cell: the rules are checked as you type.</source>
        <translation>Pro Pfad ein Subnetz, ein Switch und eine TrueNAS-NIC; pro Host und Pfad je eine vmnic, eine Portgruppe und ein vmk. Sie können jede Zelle bearbeiten: Die Regeln werden während der Eingabe geprüft.</translation>
    </message>
    <message>
        <source>Storage paths</source>
        <translation>Storage-Pfade</translation>
    </message>
    <message>
        <source>Hosts per path</source>
        <translation>Hosts pro Pfad</translation>
    </message>
    <message>
        <source>Findings for the paths</source>
        <translation>Befunde zu den Pfaden</translation>
    </message>
    <message>
        <source>&lt;b&gt;Paths&lt;/b&gt;</source>
        <translation>&lt;b&gt;Pfade&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;ESXi hosts per path&lt;/b&gt;</source>
        <translation>&lt;b&gt;ESXi-Hosts pro Pfad&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;%n error(s)&lt;/b&gt;&lt;/span&gt; to fix before going on (the cells are marked; hover for the rule and the fix).</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;%n Fehler&lt;/b&gt;&lt;/span&gt; muss vor dem Fortfahren behoben werden (die Zellen sind markiert; zeigen Sie mit der Maus darauf, um Regel und Abhilfe zu sehen).</numerusform>
            <numerusform>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;%n Fehler&lt;/b&gt;&lt;/span&gt; müssen vor dem Fortfahren behoben werden (die Zellen sind markiert; zeigen Sie mit der Maus darauf, um Regel und Abhilfe zu sehen).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) to consider.</source>
        <translation>
            <numerusform>Keine Fehler; %n Warnung zu beachten.</numerusform>
            <numerusform>Keine Fehler; %n Warnungen zu beachten.</numerusform>
        </translation>
    </message>
    <message>
        <source>All path rules pass (guidance §1–§3).</source>
        <translation>Alle Pfadregeln sind erfüllt (Leitfaden §1–§3).</translation>
    </message>
    <message>
        <source>Path %1 · %2</source>
        <translation>Pfad %1 · %2</translation>
    </message>
    <message>
        <source>Path %1</source>
        <translation>Pfad %1</translation>
    </message>
    <message>
        <source>%1 · path %2 · %3</source>
        <translation>%1 · Pfad %2 · %3</translation>
    </message>
    <message>
        <source>%1 · paths</source>
        <translation>%1 · Pfade</translation>
    </message>
    <message>
        <source>Paths</source>
        <translation>Pfade</translation>
    </message>
</context>
<context>
    <name>mpio::ui::PdfExport</name>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>mpio::ui::PlanPage</name>
    <message>
        <source>Review the plan</source>
        <translation>Plan prüfen</translation>
    </message>
    <message>
        <source>Only what differs from the profile is changed. Every step can be undone from the journal.</source>
        <translation>Geändert wird nur, was vom Profil abweicht. Jeder Schritt kann über das Journal rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>The plan, step by step</source>
        <translation>Der Plan, Schritt für Schritt</translation>
    </message>
    <message>
        <source>I have reviewed these changes; &amp;apply them to TrueNAS and the ESXi hosts</source>
        <translation>Ich habe diese Änderungen geprüft; auf TrueNAS und die ESXi-Hosts &amp;anwenden</translation>
    </message>
    <message>
        <source>The plan has blocking findings; fix them and discover again.</source>
        <translation>Der Plan enthält blockierende Befunde; beheben Sie diese und führen Sie die Erkennung erneut aus.</translation>
    </message>
    <message>
        <source>Nothing to do: both sides already match the profile.</source>
        <translation>Nichts zu tun: Beide Seiten entsprechen bereits dem Profil.</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) on TrueNAS and the ESXi hosts.</source>
        <translation>
            <numerusform>%n Schritt auf TrueNAS und den ESXi-Hosts.</numerusform>
            <numerusform>%n Schritte auf TrueNAS und den ESXi-Hosts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mpio::ui::SetupWizard</name>
    <message>
        <source>mpio-wizard: iSCSI multipathing for TrueNAS and ESXi</source>
        <translation>mpio-wizard: iSCSI-Multipathing für TrueNAS und ESXi</translation>
    </message>
    <message>
        <source>A&amp;bout</source>
        <translation>Ü&amp;ber</translation>
    </message>
    <message>
        <source>Apply in progress</source>
        <translation>Ausführung läuft</translation>
    </message>
    <message>
        <source>An apply is running. Closing stops it after the current step; the journal stays and `mpioctl resume` or `rollback` can continue from it. Close anyway?</source>
        <translation>Eine Ausführung läuft. Beim Schließen wird sie nach dem aktuellen Schritt angehalten; das Journal bleibt erhalten, und `mpioctl resume` oder `rollback` kann daran anknüpfen. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>mpio::ui::ShareBarsView</name>
    <message>
        <source>% of the device&apos;s IOPS</source>
        <translation>% der IOPS des Geräts</translation>
    </message>
    <message>
        <source>Share of each device&apos;s IOPS per path</source>
        <translation>Anteil jedes Pfads an den IOPS des Geräts</translation>
    </message>
    <message>
        <source>path %1</source>
        <translation>Pfad %1</translation>
    </message>
</context>
<context>
    <name>mpio::ui::StoragePage</name>
    <message>
        <source>Storage and target</source>
        <translation>Speicher und Target</translation>
    </message>
    <message>
        <source>The zvol TrueNAS exports, the iSCSI target the ESXi hosts log in to, and how they log in. The recommended values are preset.</source>
        <translation>Das zvol, das TrueNAS bereitstellt, das iSCSI-Target, bei dem sich die ESXi-Hosts anmelden, und wie sie sich anmelden. Die empfohlenen Werte sind voreingestellt.</translation>
    </message>
    <message>
        <source>ZFS volume on TrueNAS</source>
        <translation>ZFS-Volume auf TrueNAS</translation>
    </message>
    <message>
        <source>iSCSI target and ESXi</source>
        <translation>iSCSI-Target und ESXi</translation>
    </message>
    <message>
        <source>Pool</source>
        <translation>Pool</translation>
    </message>
    <message>
        <source>&amp;Pool:</source>
        <translation>&amp;Pool:</translation>
    </message>
    <message>
        <source>zvol name</source>
        <translation>zvol-Name</translation>
    </message>
    <message>
        <source>&amp;zvol:</source>
        <translation>&amp;zvol:</translation>
    </message>
    <message>
        <source>zvol size</source>
        <translation>zvol-Größe</translation>
    </message>
    <message>
        <source>4T, 500G …</source>
        <translation>4T, 500G …</translation>
    </message>
    <message>
        <source>Binary units as ZFS writes them: 500G, 4T.</source>
        <translation>Binäre Einheiten in ZFS-Schreibweise: 500G, 4T.</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>Allow more than 80 % of the pool&apos;s free space</source>
        <translation>Mehr als 80 % des freien Speicherplatzes im Pool zulassen</translation>
    </message>
    <message>
        <source>16K (recommended)</source>
        <translation>16K (empfohlen)</translation>
    </message>
    <message>
        <source>volblocksize</source>
        <translation>volblocksize</translation>
    </message>
    <message>
        <source>&amp;Block size:</source>
        <translation>&amp;Blockgröße:</translation>
    </message>
    <message>
        <source>LZ4 (recommended)</source>
        <translation>LZ4 (empfohlen)</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>Aus</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Komprimierung</translation>
    </message>
    <message>
        <source>&amp;Compression:</source>
        <translation>&amp;Komprimierung:</translation>
    </message>
    <message>
        <source>Always (required for VMware)</source>
        <translation>Immer (für VMware erforderlich)</translation>
    </message>
    <message>
        <source>Standard</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Sync</translation>
    </message>
    <message>
        <source>S&amp;ync:</source>
        <translation>S&amp;ync:</translation>
    </message>
    <message>
        <source>Target name</source>
        <translation>Target-Name</translation>
    </message>
    <message>
        <source>The part after the basename: lower-case letters, digits, &apos;-&apos;, &apos;.&apos;, &apos;:&apos;.</source>
        <translation>Der Teil nach dem Basisnamen: Kleinbuchstaben, Ziffern, &apos;-&apos;, &apos;.&apos;, &apos;:&apos;.</translation>
    </message>
    <message>
        <source>&amp;Target name:</source>
        <translation>&amp;Target-Name:</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>CHAP</source>
        <translation>CHAP</translation>
    </message>
    <message>
        <source>Mutual CHAP</source>
        <translation>Gegenseitiges CHAP</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <source>CHAP user</source>
        <translation>CHAP-Benutzer</translation>
    </message>
    <message>
        <source>CHAP &amp;user:</source>
        <translation>CHAP-Ben&amp;utzer:</translation>
    </message>
    <message>
        <source>CHAP secret</source>
        <translation>CHAP-Geheimnis</translation>
    </message>
    <message>
        <source>12–16 characters; stored in the keychain, never in the profile.</source>
        <translation>12–16 Zeichen; wird im Schlüsselbund gespeichert, nie im Profil.</translation>
    </message>
    <message>
        <source>CHAP s&amp;ecret:</source>
        <translation>CHAP-G&amp;eheimnis:</translation>
    </message>
    <message>
        <source>Mutual CHAP user</source>
        <translation>Benutzer für gegenseitiges CHAP</translation>
    </message>
    <message>
        <source>&amp;Mutual user:</source>
        <translation>Gegenseitiger Be&amp;nutzer:</translation>
    </message>
    <message>
        <source>Mutual CHAP secret</source>
        <translation>Geheimnis für gegenseitiges CHAP</translation>
    </message>
    <message>
        <source>Mutual sec&amp;ret:</source>
        <translation>Gegenseitiges Ge&amp;heimnis:</translation>
    </message>
    <message>
        <source>Automatic (recommended)</source>
        <translation>Automatisch (empfohlen)</translation>
    </message>
    <message>
        <source>Never bind</source>
        <translation>Nie binden</translation>
    </message>
    <message>
        <source>Bind as the article does</source>
        <translation>Binden wie im Artikel</translation>
    </message>
    <message>
        <source>Port binding</source>
        <translation>Port-Binding</translation>
    </message>
    <message>
        <source>Port b&amp;inding:</source>
        <translation>Port-B&amp;inding:</translation>
    </message>
    <message>
        <source>TrueNAS has no pool “%1”.</source>
        <translation>TrueNAS hat keinen Pool „%1“.</translation>
    </message>
    <message>
        <source>Choose one of: %1.</source>
        <translation>Wählen Sie einen der folgenden: %1.</translation>
    </message>
    <message>
        <source>%1 is more than 80 % of the %2 free in pool %3.</source>
        <translation>%1 ist mehr als 80 % der in Pool %3 freien %2.</translation>
    </message>
    <message>
        <source>Use at most %1, or tick “Allow more than 80 %”.</source>
        <translation>Verwenden Sie höchstens %1, oder aktivieren Sie „Mehr als 80 % des freien Speicherplatzes im Pool zulassen“.</translation>
    </message>
    <message>
        <source>Pool %1 has no log vdev (SLOG): with sync=always every write waits for the data disks.</source>
        <translation>Pool %1 hat kein Log-vdev (SLOG): Mit sync=always wartet jeder Schreibvorgang auf die Datenträger.</translation>
    </message>
    <message>
        <source>Add a power-loss-protected NVMe or Optane SLOG to the pool; keep sync=always.</source>
        <translation>Fügen Sie dem Pool ein NVMe- oder Optane-SLOG mit Stromausfallschutz hinzu; behalten Sie sync=always bei.</translation>
    </message>
    <message>
        <source>“%1” is not a size.</source>
        <translation>„%1“ ist keine Größenangabe.</translation>
    </message>
    <message>
        <source>Write a number with a unit, for example 4T or 500G.</source>
        <translation>Geben Sie eine Zahl mit Einheit ein, zum Beispiel 4T oder 500G.</translation>
    </message>
    <message>
        <source>%1: %2, %3 free of %4; log vdev: %5</source>
        <translation>%1: %2, %3 von %4 frei; Log-vdev: %5</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Pools are listed after discovery.</source>
        <translation>Pools werden nach der Erkennung aufgelistet.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;%n error(s)&lt;/b&gt;&lt;/span&gt; to fix before going on; each is shown under its field.</source>
        <translation>
            <numerusform>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;%n Fehler&lt;/b&gt;&lt;/span&gt; muss vor dem Fortfahren behoben werden; er wird unter seinem Feld angezeigt.</numerusform>
            <numerusform>&lt;span style=&quot;color:#b71c1c&quot;&gt;&lt;b&gt;%n Fehler&lt;/b&gt;&lt;/span&gt; müssen vor dem Fortfahren behoben werden; jeder wird unter seinem Feld angezeigt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No errors; %n warning(s) to consider.</source>
        <translation>
            <numerusform>Keine Fehler; %n Warnung zu beachten.</numerusform>
            <numerusform>Keine Fehler; %n Warnungen zu beachten.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every storage and target rule passes.</source>
        <translation>Alle Speicher- und Target-Regeln sind erfüllt.</translation>
    </message>
    <message>
        <source>With one subnet per path the vmks are not bound to the software iSCSI adapter: each vmk reaches the portal of its path through the routing table, one session per portal, two paths (ESX-BINDING-SAME-SUBNET, VMware KB 2038869). Binding is used only when all vmks and portals share one subnet.</source>
        <translation>Bei einem Subnetz pro Pfad werden die vmks nicht an den Software-iSCSI-Adapter gebunden: Jeder vmk erreicht das Portal seines Pfads über die Routingtabelle, eine Sitzung pro Portal, zwei Pfade (ESX-BINDING-SAME-SUBNET, VMware KB 2038869). Binding wird nur verwendet, wenn sich alle vmks und Portale ein Subnetz teilen.</translation>
    </message>
    <message>
        <source>No port binding: each vmk reaches the portal of its path through the routing table, with static targets per portal (ESX-BINDING-SAME-SUBNET).</source>
        <translation>Kein Port-Binding: Jeder vmk erreicht das Portal seines Pfads über die Routingtabelle, mit statischen Targets pro Portal (ESX-BINDING-SAME-SUBNET).</translation>
    </message>
    <message>
        <source>Binding as the seed article does: with one subnet per path every bound vmk tries every portal, 2 × 2 = 4 logins of which 2 stay dead, rescans slow down and path counts are wrong (ESX-BINDING-SAME-SUBNET, VMware KB 2038869). Choose this only if you know why.</source>
        <translation>Binding wie im Ausgangsartikel: Bei einem Subnetz pro Pfad versucht jeder gebundene vmk jedes Portal, 2 × 2 = 4 Anmeldungen, von denen 2 ausgefallen bleiben; Rescans werden langsamer und die Pfadanzahlen sind falsch (ESX-BINDING-SAME-SUBNET, VMware KB 2038869). Wählen Sie dies nur, wenn Sie genau wissen, warum.</translation>
    </message>
</context>
<context>
    <name>mpio::ui::SystemsPage</name>
    <message>
        <source>Log in to the site</source>
        <translation>Am Standort anmelden</translation>
    </message>
    <message>
        <source>TrueNAS</source>
        <translation>TrueNAS</translation>
    </message>
    <message>
        <source>TrueNAS API user</source>
        <translation>TrueNAS-API-Benutzer</translation>
    </message>
    <message>
        <source>API &amp;user:</source>
        <translation>API-&amp;Benutzer:</translation>
    </message>
    <message>
        <source>TrueNAS API key</source>
        <translation>TrueNAS-API-Schlüssel</translation>
    </message>
    <message>
        <source>12-… as TrueNAS showed it (Credentials → API Keys)</source>
        <translation>12-… so, wie TrueNAS ihn angezeigt hat (Credentials → API Keys)</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Schl&amp;üssel:</translation>
    </message>
    <message>
        <source>ESXi hosts</source>
        <translation>ESXi-Hosts</translation>
    </message>
    <message>
        <source>&amp;Remember the key and the passwords in the system keychain</source>
        <translation>Schlüssel und Passwörter im Schlüsselbund des Systems &amp;merken</translation>
    </message>
    <message>
        <source>User on %1</source>
        <translation>Benutzer auf %1</translation>
    </message>
    <message>
        <source>Password of %1</source>
        <translation>Passwort von %1</translation>
    </message>
    <message>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The wizard connects to the addresses below (from the profile, or added here). Keys and passwords stay in memory, and in the system keychain when “Remember” is on — never in the profile.</source>
        <translation>Der Assistent verbindet sich mit den Adressen unten (aus dem Profil oder hier hinzugefügt). Schlüssel und Passwörter bleiben im Speicher und, wenn „Merken“ eingeschaltet ist, im Schlüsselbund des Systems — nie im Profil.</translation>
    </message>
    <message>
        <source>TrueNAS address</source>
        <translation>TrueNAS-Adresse</translation>
    </message>
    <message>
        <source>truenas.example.lan or 10.20.0.5, optionally :port</source>
        <translation>truenas.example.lan oder 10.20.0.5, optional :Port</translation>
    </message>
    <message>
        <source>A&amp;ddress:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>Name of the host to add</source>
        <translation>Name des hinzuzufügenden Hosts</translation>
    </message>
    <message>
        <source>esx03</source>
        <translation>esx03</translation>
    </message>
    <message>
        <source>Address of the host to add</source>
        <translation>Adresse des hinzuzufügenden Hosts</translation>
    </message>
    <message>
        <source>esx03.example.lan or 10.20.0.13, optionally :port</source>
        <translation>esx03.example.lan oder 10.20.0.13, optional :Port</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <source>Add &amp;host</source>
        <translation>Host &amp;hinzufügen</translation>
    </message>
    <message>
        <source>Ne&amp;w host:</source>
        <translation>N&amp;euer Host:</translation>
    </message>
</context>
<context>
    <name>mpio::ui::TopologyView</name>
    <message>
        <source>Topology: hosts, vmks, vmnics, switches and TrueNAS NICs per path</source>
        <translation>Topologie: Hosts, vmks, vmnics, Switches und TrueNAS-NICs pro Pfad</translation>
    </message>
    <message>
        <source>ESXi host</source>
        <translation>ESXi-Host</translation>
    </message>
    <message>
        <source>vmk</source>
        <translation>vmk</translation>
    </message>
    <message>
        <source>vmnic</source>
        <translation>vmnic</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Switch</translation>
    </message>
    <message>
        <source>TrueNAS NIC</source>
        <translation>TrueNAS-NIC</translation>
    </message>
    <message>
        <source>TrueNAS</source>
        <translation>TrueNAS</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>mpio::ui::VerifyPage</name>
    <message>
        <source>Verify</source>
        <translation>Überprüfen</translation>
    </message>
    <message>
        <source>Every host should see each TrueNAS device on one active path per storage path, Round Robin with an I/O limit of 1.</source>
        <translation>Jeder Host sollte jedes TrueNAS-Gerät über einen aktiven Pfad pro Storage-Pfad sehen, mit Round Robin und einem I/O-Limit von 1.</translation>
    </message>
    <message>
        <source>Verification per host and device</source>
        <translation>Überprüfung pro Host und Gerät</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Device</source>
        <translation>Gerät</translation>
    </message>
    <message>
        <source>Active paths</source>
        <translation>Aktive Pfade</translation>
    </message>
    <message>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <source>I/O limit</source>
        <translation>I/O-Limit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Reading every host again …</source>
        <translation>Alle Hosts werden erneut gelesen …</translation>
    </message>
    <message>
        <source>Verification could not read the site: %1</source>
        <translation>Die Überprüfung konnte den Standort nicht lesen: %1</translation>
    </message>
    <message>
        <source>✓ as planned</source>
        <translation>✓ wie geplant</translation>
    </message>
    <message>
        <source>✗ differs</source>
        <translation>✗ abweichend</translation>
    </message>
    <message>
        <source>✗ no TrueNAS device</source>
        <translation>✗ kein TrueNAS-Gerät</translation>
    </message>
    <message numerus="yes">
        <source>Verified: every host has all %n path(s) active with Round Robin.</source>
        <translation>
            <numerusform>Überprüft: Auf jedem Host ist %n Pfad mit Round Robin aktiv.</numerusform>
            <numerusform>Überprüft: Auf jedem Host sind alle %n Pfade mit Round Robin aktiv.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not everything matches the profile; see the rows marked ✗.</source>
        <translation>Nicht alles entspricht dem Profil; siehe die mit ✗ markierten Zeilen.</translation>
    </message>
</context>
<context>
    <name>mpio::ui::WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <source>Sets up iSCSI multipath I/O between TrueNAS SCALE and VMware ESXi, checks it and shows it working. Choose the site profile and where its systems are.</source>
        <translation>Richtet iSCSI-Multipath-I/O zwischen TrueNAS SCALE und VMware ESXi ein, prüft es und zeigt es im Betrieb. Wählen Sie das Standortprofil und wo sich dessen Systeme befinden.</translation>
    </message>
    <message>
        <source>Site profile</source>
        <translation>Standortprofil</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Site &amp;profile:</source>
        <translation>Standort&amp;profil:</translation>
    </message>
    <message>
        <source>Virtual lab state folder</source>
        <translation>Statusordner des virtuellen Labors</translation>
    </message>
    <message>
        <source>state folder of a running mpio-lab</source>
        <translation>Statusordner eines laufenden mpio-lab</translation>
    </message>
    <message>
        <source>Virtual &amp;lab:</source>
        <translation>Virtuelles &amp;Labor:</translation>
    </message>
    <message>
        <source>Lab scenario</source>
        <translation>Laborszenario</translation>
    </message>
    <message>
        <source>&amp;Start the virtual lab</source>
        <translation>Virtuelles Labor &amp;starten</translation>
    </message>
    <message>
        <source>Or try a sc&amp;enario:</source>
        <translation>Oder ein S&amp;zenario ausprobieren:</translation>
    </message>
    <message>
        <source>Open a site profile</source>
        <translation>Standortprofil öffnen</translation>
    </message>
    <message>
        <source>Site profiles (*.json)</source>
        <translation>Standortprofile (*.json)</translation>
    </message>
    <message>
        <source>mpio-lab was not found next to the wizard or on the PATH.</source>
        <translation>mpio-lab wurde weder neben dem Wizard noch im PATH gefunden.</translation>
    </message>
    <message>
        <source>Starting the virtual lab (%1) …</source>
        <translation>Virtuelles Labor wird gestartet (%1) …</translation>
    </message>
    <message>
        <source>The virtual lab runs on this computer only (127.0.0.1): %1</source>
        <translation>Das virtuelle Labor läuft nur auf diesem Computer (127.0.0.1): %1</translation>
    </message>
    <message>
        <source>The virtual lab did not start: %1</source>
        <translation>Das virtuelle Labor wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>The profile cannot be used: %1</source>
        <translation>Das Profil kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The profile has errors:
%1</source>
        <translation>Das Profil enthält Fehler:
%1</translation>
    </message>
    <message>
        <source>No running lab in %1 (endpoints.json is missing). Start one here or with `mpio-lab --scenario seed-two-paths --state-dir DIR`.</source>
        <translation>Kein laufendes Labor in %1 (endpoints.json fehlt). Starten Sie eines hier oder mit `mpio-lab --scenario seed-two-paths --state-dir DIR`.</translation>
    </message>
    <message>
        <source>Language of the wizard</source>
        <translation>Sprache des Assistenten</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>As the system (%1)</source>
        <translation>Wie das System (%1)</translation>
    </message>
    <message>
        <source>Lan&amp;guage:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <source>The wizard speaks the new language from its next start.</source>
        <translation>Der Assistent verwendet die neue Sprache ab dem nächsten Start.</translation>
    </message>
    <message>
        <source>&amp;Recent</source>
        <translation>Zule&amp;tzt verwendet</translation>
    </message>
    <message>
        <source>Recent site profiles</source>
        <translation>Zuletzt verwendete Standortprofile</translation>
    </message>
    <message>
        <source>The real s&amp;ite at the profile&apos;s addresses</source>
        <translation>Der echte Standort unter den Adressen des Prof&amp;ils</translation>
    </message>
    <message>
        <source>A &amp;virtual lab on this computer</source>
        <translation>Ein &amp;virtuelles Labor auf diesem Computer</translation>
    </message>
    <message>
        <source>Systems:</source>
        <translation>Systeme:</translation>
    </message>
    <message>
        <source>Set &amp;up multipathing</source>
        <translation>Multipathing &amp;einrichten</translation>
    </message>
    <message>
        <source>&amp;Audit an existing setup (changes nothing)</source>
        <translation>&amp;Audit einer bestehenden Einrichtung (ändert nichts)</translation>
    </message>
    <message>
        <source>Task:</source>
        <translation>Aufgabe:</translation>
    </message>
</context>
<context>
    <name>mpio::ui::WizardReport</name>
    <message>
        <source>The jumbo check did not pass and the setup continued with the explicit override.</source>
        <translation>Die Jumbo-Prüfung wurde nicht bestanden, und die Einrichtung wurde mit der ausdrücklichen Übersteuerung fortgesetzt.</translation>
    </message>
    <message>
        <source>Fix the hops named in the jumbo matrix and run `mpioctl check-jumbo` again.</source>
        <translation>Beheben Sie die Probleme an den in der Jumbo-Matrix genannten Hops und führen Sie `mpioctl check-jumbo` erneut aus.</translation>
    </message>
    <message>
        <source>As-built report: %1</source>
        <translation>As-built-Bericht: %1</translation>
    </message>
    <message>
        <source>Cannot write %1.</source>
        <translation>%1 kann nicht geschrieben werden.</translation>
    </message>
</context>
</TS>
