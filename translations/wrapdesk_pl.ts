<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl_PL" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h2&gt;WrapDesk {version}&lt;/h2&gt;&lt;p&gt;A private place for your Wellness and Recovery Action Plan, your crisis plan and your advance statements.&lt;/p&gt;&lt;p&gt;Your plan stays on this computer, encrypted. WrapDesk has no network code at all: no accounts, no update checks, no tracking. It sends nothing unless you choose to share a copy.&lt;/p&gt;&lt;p&gt;WrapDesk helps you write down your wishes; it is not legal or medical advice.&lt;/p&gt;&lt;p&gt;WRAP is a registered trademark of Advocates for Human Potential, Inc. WrapDesk is an independent tool and is not endorsed by them.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Printouts use the DejaVu fonts (Bitstream Vera licence). Icons: Phosphor, through QtAwesome.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;WrapDesk {version}&lt;/h2&gt;&lt;p&gt;Prywatne miejsce na twój Plan działań na rzecz dobrostanu i zdrowienia (WRAP), twój plan kryzysowy i twoje oświadczenia na przyszłość.&lt;/p&gt;&lt;p&gt;Twój plan zostaje na tym komputerze, zaszyfrowany. WrapDesk w ogóle nie łączy się z siecią: nie ma kont, sprawdzania aktualizacji ani śledzenia. Niczego nie wysyła, chyba że zdecydujesz się udostępnić kopię.&lt;/p&gt;&lt;p&gt;WrapDesk pomaga ci zapisać twoje życzenia; nie jest poradą prawną ani medyczną.&lt;/p&gt;&lt;p&gt;WRAP jest zastrzeżonym znakiem towarowym Advocates for Human Potential, Inc. WrapDesk jest niezależnym narzędziem i nie ma ich poparcia.&lt;/p&gt;&lt;p&gt;Wolne oprogramowanie na licencji GNU General Public License, w wersji 3 lub późniejszej. Wydruki używają czcionek DejaVu (licencja Bitstream Vera). Ikony: Phosphor, przez QtAwesome.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About WrapDesk</source>
        <translation>O programie WrapDesk</translation>
    </message>
</context>
<context>
    <name>AssessStep</name>
    <message>
        <source>What you wrote last time (review {number})</source>
        <translation>Co zapisano ostatnio (przegląd {number})</translation>
    </message>
    <message>
        <source>The areas of your life</source>
        <translation>Obszary twojego życia</translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation>Spojrzenie wstecz</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Medicines and care</source>
        <translation>Leki i opieka</translation>
    </message>
    <message>
        <source>What you write here appears in your crisis plan, your advance statement and your printouts. You only need to write it once.</source>
        <translation>To, co tu zapiszesz, pojawi się w twoim planie kryzysowym, oświadczeniu na przyszłość i na wydrukach. Wystarczy zapisać to raz.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Wybierz nowe hasło</translation>
    </message>
    <message>
        <source>You opened your plan with your recovery key. Choose a new passphrase now, so you can open it the usual way next time. Your recovery key keeps working.</source>
        <translation>Plan został otwarty kluczem odzyskiwania. Wybierz teraz nowe hasło, żeby następnym razem otworzyć plan jak zwykle. Klucz odzyskiwania nadal działa.</translation>
    </message>
    <message>
        <source>Your old passphrase will stop opening this plan and the backups WrapDesk keeps beside it. Copies you saved or shared somewhere else keep the passphrase they were made with.</source>
        <translation>Stare hasło przestanie otwierać ten plan i kopie zapasowe, które WrapDesk trzyma obok niego. Kopie zapisane albo udostępnione gdzie indziej zachowują hasło, z którym je utworzono.</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>Twoje obecne hasło</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Obecne hasło</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Nowe hasło</translation>
    </message>
    <message>
        <source>The new passphrase again</source>
        <translation>Nowe hasło jeszcze raz</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Wpisz je jeszcze raz</translation>
    </message>
    <message>
        <source>Make a new recovery key too</source>
        <translation>Zrób też nowy klucz odzyskiwania</translation>
    </message>
    <message>
        <source>Your old recovery sheet will stop working, and you&apos;ll be shown a new key to keep.</source>
        <translation>Stara kartka z kluczem przestanie działać, a zobaczysz nowy klucz do zachowania.</translation>
    </message>
    <message>
        <source>Tick this if someone else may have known your passphrase. Your old recovery sheet will stop working, and you&apos;ll be shown a new key to keep.</source>
        <translation>Zaznacz to, jeśli ktoś inny mógł znać twoje hasło. Stara kartka z kluczem przestanie działać, a zobaczysz nowy klucz do zachowania.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Zmień hasło</translation>
    </message>
    <message>
        <source>Type the same new passphrase in both boxes.</source>
        <translation>Wpisz to samo nowe hasło w obu polach.</translation>
    </message>
    <message>
        <source>That isn&apos;t your current passphrase. Nothing was changed; please try again.</source>
        <translation>To nie jest twoje obecne hasło. Nic nie zostało zmienione; spróbuj jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>About you</source>
        <translation>O tobie</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Leki</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Leczenie</translation>
    </message>
    <message>
        <source>Places of care</source>
        <translation>Miejsca opieki</translation>
    </message>
    <message>
        <source>Refusals of treatment</source>
        <translation>Odmowy leczenia</translation>
    </message>
    <message>
        <source>Signing and witnessing</source>
        <translation>Podpis i świadek</translation>
    </message>
    <message>
        <source>name</source>
        <translation>imię i nazwisko</translation>
    </message>
    <message>
        <source>the name WrapDesk uses</source>
        <translation>imię, którego używa WrapDesk</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>zaimki</translation>
    </message>
    <message>
        <source>communication needs</source>
        <translation>potrzeby w komunikacji</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>data urodzenia</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adres</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>kim jest dla ciebie</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>numer telefonu</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>notatki</translation>
    </message>
    <message>
        <source>role in the plan</source>
        <translation>rola w planie</translation>
    </message>
    <message>
        <source>what they may receive</source>
        <translation>co może dostać</translation>
    </message>
    <message>
        <source>whether to involve them</source>
        <translation>czy angażować tę osobę</translation>
    </message>
    <message>
        <source>reason not to involve them</source>
        <translation>powód, by jej nie angażować</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dawka</translation>
    </message>
    <message>
        <source>what it is for</source>
        <translation>na co jest</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>powód</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>twoje zdanie</translation>
    </message>
    <message>
        <source>details</source>
        <translation>szczegóły</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>leczenie</translation>
    </message>
    <message>
        <source>circumstances</source>
        <translation>okoliczności</translation>
    </message>
    <message>
        <source>applies even if your life is at risk</source>
        <translation>obowiązuje nawet przy zagrożeniu życia</translation>
    </message>
    <message>
        <source>added “{item}”</source>
        <translation>dodano „{item}”</translation>
    </message>
    <message>
        <source>removed “{item}”</source>
        <translation>usunięto „{item}”</translation>
    </message>
    <message>
        <source>the order changed</source>
        <translation>zmieniła się kolejność</translation>
    </message>
    <message>
        <source>“{before}” now reads “{after}”</source>
        <translation>„{before}” brzmi teraz „{after}”</translation>
    </message>
    <message>
        <source>you</source>
        <translation>ciebie</translation>
    </message>
    <message>
        <source>someone no longer in the plan</source>
        <translation>osoby, której nie ma już w planie</translation>
    </message>
    <message>
        <source>“{item}” is now noted as suggested by {who}</source>
        <translation>„{item}” – teraz zapisane jako pomysł od: {who}</translation>
    </message>
    <message>
        <source>{item}: {field} changed from “{before}” to “{after}”</source>
        <translation>{item}: {field} – było „{before}”, jest „{after}”</translation>
    </message>
    <message>
        <source>{field} changed from “{before}” to “{after}”</source>
        <translation>{field} – było „{before}”, jest „{after}”</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>WrapDesk keeps your Wellness and Recovery Action Plan private on this computer. Run without a command to open the app.</source>
        <translation>WrapDesk przechowuje twój Plan działań na rzecz dobrostanu i zdrowienia (WRAP) prywatnie na tym komputerze. Uruchom bez polecenia, żeby otworzyć aplikację.</translation>
    </message>
    <message>
        <source>with no command: open the app on the built-in demo plan</source>
        <translation>bez polecenia: otwórz aplikację z wbudowanym planem demo</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Zatrzymano. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Expected {what} on standard input, but it was empty.</source>
        <translation>Oczekiwano, że na standardowym wejściu będzie {what}, ale było puste.</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>hasło</translation>
    </message>
    <message>
        <source>a new passphrase</source>
        <translation>nowe hasło</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Nowe hasło: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>To samo hasło jeszcze raz: </translation>
    </message>
    <message>
        <source>The two passphrases are different. Nothing was changed.</source>
        <translation>Te dwa hasła się różnią. Nic nie zostało zmienione.</translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least {count} characters. A few unrelated words are long and easy to remember.</source>
        <translation>Wybierz hasło, które ma co najmniej {count} znaków. Kilka niepowiązanych słów jest długie i łatwe do zapamiętania.</translation>
    </message>
    <message>
        <source>a recovery key</source>
        <translation>klucz odzyskiwania</translation>
    </message>
    <message>
        <source>Name a plan file, or use --demo to try the demo plan.</source>
        <translation>Podaj plik planu albo użyj --demo, żeby wypróbować plan demo.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Hasło: </translation>
    </message>
    <message>
        <source>the plan file (.wrapdesk)</source>
        <translation>plik planu (.wrapdesk)</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of standard input</source>
        <translation>odczytaj hasło z pierwszego wiersza standardowego wejścia</translation>
    </message>
    <message>
        <source>use the built-in demo plan instead</source>
        <translation>użyj zamiast tego wbudowanego planu demo</translation>
    </message>
    <message>
        <source>{name} is a WrapDesk plan file. Choose another name for the shared file, so your plan isn&apos;t overwritten.</source>
        <translation>{name} to plik planu WrapDesk. Wybierz inną nazwę dla udostępnianego pliku, żeby nie nadpisać twojego planu.</translation>
    </message>
    <message>
        <source>Name a plan file or use --demo, not both.</source>
        <translation>Podaj plik planu albo użyj --demo, nie obu naraz.</translation>
    </message>
    <message>
        <source>Saved version {number} of the plan, encrypted, in {path}. It opens with the passphrase on standard output: give it to your supporter a different way from the file, for example by phone.</source>
        <translation>Zapisano wersję {number} planu, zaszyfrowaną, w {path}. Otwiera ją hasło wypisane na standardowym wyjściu: przekaż je osobie wspierającej inną drogą niż plik, na przykład przez telefon.</translation>
    </message>
    <message>
        <source>Saved version {number} of the plan, encrypted, in {path}. It opens only with your supporter&apos;s own key.</source>
        <translation>Zapisano wersję {number} planu, zaszyfrowaną, w {path}. Otworzy ją tylko własny klucz twojej osoby wspierającej.</translation>
    </message>
    <message>
        <source>Passphrase of your plan: </source>
        <translation>Hasło twojego planu: </translation>
    </message>
    <message>
        <source>Use --identity or --passphrase-stdin, not both (unless FILE is a plan).</source>
        <translation>Użyj --identity albo --passphrase-stdin, nie obu naraz (chyba że PLIK to plan).</translation>
    </message>
    <message>
        <source>Passphrase (the words you were given): </source>
        <translation>Hasło (otrzymane słowa): </translation>
    </message>
    <message>
        <source>This file opens with a supporter key: add --identity FILE to open it.</source>
        <translation>Ten plik otwiera klucz osoby wspierającej: dodaj --identity PLIK, żeby go otworzyć.</translation>
    </message>
    <message>
        <source>Saved the plan as a PDF in {path}.</source>
        <translation>Zapisano plan jako PDF w {path}.</translation>
    </message>
    <message>
        <source>save chosen parts of a plan, encrypted, for a supporter</source>
        <translation>zapisz wybrane części planu, zaszyfrowane, dla osoby wspierającej</translation>
    </message>
    <message>
        <source>the parts to share: section keys, or crisis-plan, wrap, advance-statements for whole groups</source>
        <translation>części do udostępnienia: klucze części albo crisis-plan, wrap, advance-statements dla całych grup</translation>
    </message>
    <message>
        <source>encrypt to your supporter&apos;s key (one line starting with age1)</source>
        <translation>zaszyfruj kluczem twojej osoby wspierającej (jeden wiersz zaczynający się od age1)</translation>
    </message>
    <message>
        <source>encrypt to a new passphrase of six words, printed on standard output</source>
        <translation>zaszyfruj nowym hasłem z sześciu słów, wypisanym na standardowym wyjściu</translation>
    </message>
    <message>
        <source>write the file as text, to paste into an email</source>
        <translation>zapisz plik jako tekst, do wklejenia w e-mail</translation>
    </message>
    <message>
        <source>where to save it</source>
        <translation>gdzie zapisać plik</translation>
    </message>
    <message>
        <source>open a plan someone shared with you and print it</source>
        <translation>otwórz plan, który ktoś ci udostępnił, i wypisz go</translation>
    </message>
    <message>
        <source>the file someone shared with you</source>
        <translation>plik, który ktoś ci udostępnił</translation>
    </message>
    <message>
        <source>your age key file, or your own WrapDesk plan holding your supporter key</source>
        <translation>twój plik z kluczem age albo twój własny plan WrapDesk z kluczem osoby wspierającej</translation>
    </message>
    <message>
        <source>save the plan as a PDF instead of printing it</source>
        <translation>zapisz plan jako PDF zamiast go wypisywać</translation>
    </message>
    <message>
        <source>print the plan document (JSON) instead</source>
        <translation>zamiast tego wypisz dokument planu (JSON)</translation>
    </message>
    <message>
        <source>Creating your plan. This takes a few seconds…</source>
        <translation>Tworzę twój plan. To zajmie kilka sekund…</translation>
    </message>
    <message>
        <source>Your plan is saved in {path}. Below is its recovery key: the only way back in if you forget your passphrase. Print it or write it down, and keep it somewhere safe. WrapDesk will not show it again.</source>
        <translation>Twój plan jest zapisany w {path}. Poniżej jest jego klucz odzyskiwania: jedyny sposób, żeby wrócić do planu, jeśli zapomnisz hasła. Wydrukuj go albo zapisz na kartce i trzymaj w bezpiecznym miejscu. WrapDesk nie pokaże go ponownie.</translation>
    </message>
    <message>
        <source>{name}: a WrapDesk plan file (format {version}, save number {count}). Its checksum matches.</source>
        <translation>{name}: plik planu WrapDesk (format {version}, zapis numer {count}). Suma kontrolna się zgadza.</translation>
    </message>
    <message>
        <source>It opens with the key you gave, and its contents are sound.</source>
        <translation>Otwiera go podany klucz, a jego zawartość jest w porządku.</translation>
    </message>
    <message>
        <source>To check its contents too, add --passphrase-stdin or --recovery-key-stdin.</source>
        <translation>Żeby sprawdzić też zawartość, dodaj --passphrase-stdin albo --recovery-key-stdin.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Obecne hasło: </translation>
    </message>
    <message>
        <source>Your passphrase is changed. Your recovery key still works.</source>
        <translation>Hasło zostało zmienione. Klucz odzyskiwania nadal działa.</translation>
    </message>
    <message>
        <source>Your passphrase is changed, and below is your new recovery key. Your old one no longer works. Print it or write it down, and keep it somewhere safe. WrapDesk will not show it again.</source>
        <translation>Hasło zostało zmienione, a poniżej jest twój nowy klucz odzyskiwania. Stary już nie działa. Wydrukuj go albo zapisz i trzymaj w bezpiecznym miejscu. WrapDesk nie pokaże go ponownie.</translation>
    </message>
    <message>
        <source>create a new plan file and show its recovery key</source>
        <translation>utwórz nowy plik planu i pokaż jego klucz odzyskiwania</translation>
    </message>
    <message>
        <source>check that a plan file is whole and sound</source>
        <translation>sprawdź, czy plik planu jest cały i w porządku</translation>
    </message>
    <message>
        <source>also decrypt and check the contents, reading the passphrase from stdin</source>
        <translation>odszyfruj też i sprawdź zawartość, odczytując hasło ze stdin</translation>
    </message>
    <message>
        <source>the same, with the recovery key read from stdin</source>
        <translation>to samo, z kluczem odzyskiwania odczytanym ze stdin</translation>
    </message>
    <message>
        <source>set a new passphrase for a plan</source>
        <translation>ustaw nowe hasło planu</translation>
    </message>
    <message>
        <source>read the old, then the new passphrase from stdin, one per line</source>
        <translation>odczytaj ze stdin stare, a potem nowe hasło, każde w osobnym wierszu</translation>
    </message>
    <message>
        <source>also replace the recovery key and print the new one (do this if someone else may have known the old passphrase)</source>
        <translation>zmień też klucz odzyskiwania i wypisz nowy (zrób to, jeśli ktoś inny mógł znać stare hasło)</translation>
    </message>
    <message>
        <source>print the plan as text (you choose to see it in plain text)</source>
        <translation>wypisz plan jako tekst (to twój wybór, żeby zobaczyć go jako zwykły tekst)</translation>
    </message>
    <message>
        <source>{name} is a WrapDesk plan file, so WrapDesk won&apos;t write a PDF over it. Choose another name for the PDF.</source>
        <translation>{name} to plik planu WrapDesk, więc WrapDesk nie zapisze na nim pliku PDF. Wybierz inną nazwę dla pliku PDF.</translation>
    </message>
    <message>
        <source>Name the plan file the recovery sheet is for (the demo plan has none).</source>
        <translation>Podaj plik planu, dla którego jest kartka z kluczem odzyskiwania (plan demo jej nie ma).</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Klucz odzyskiwania: </translation>
    </message>
    <message>
        <source>--recovery-key-stdin is for the recovery sheet. To print your plan, open it with its passphrase (--passphrase-stdin).</source>
        <translation>--recovery-key-stdin służy do kartki z kluczem odzyskiwania. Żeby wydrukować plan, otwórz go jego hasłem (--passphrase-stdin).</translation>
    </message>
    <message>
        <source>Before you sign your advance decision, it needs these things:</source>
        <translation>Zanim podpiszesz swoją decyzję o odmowie leczenia, potrzebne jest:</translation>
    </message>
    <message numerus="yes">
        <source>Your crisis plan needs %n pages, and it is easiest to read in a hurry on 2. Nothing was saved. Add --long to print every page, or choose in WrapDesk which parts go first.</source>
        <translation>
            <numerusform>Twój plan kryzysowy zajmuje %n stronę, a w pośpiechu najłatwiej czytać 2. Nic nie zostało zapisane. Dodaj --long, żeby wydrukować wszystkie strony, albo wybierz w WrapDesk, które części mają być pierwsze.</numerusform>
            <numerusform>Twój plan kryzysowy zajmuje %n strony, a w pośpiechu najłatwiej czytać 2. Nic nie zostało zapisane. Dodaj --long, żeby wydrukować wszystkie strony, albo wybierz w WrapDesk, które części mają być pierwsze.</numerusform>
            <numerusform>Twój plan kryzysowy zajmuje %n stron, a w pośpiechu najłatwiej czytać 2. Nic nie zostało zapisane. Dodaj --long, żeby wydrukować wszystkie strony, albo wybierz w WrapDesk, które części mają być pierwsze.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your printout is saved in {path}.</source>
        <translation>Twój wydruk jest zapisany w {path}.</translation>
    </message>
    <message>
        <source>save a printout of the plan, or its recovery sheet, as a PDF</source>
        <translation>zapisz wydruk planu albo kartkę z kluczem odzyskiwania jako PDF</translation>
    </message>
    <message>
        <source>Save a printout as a PDF. KIND is one of: crisis-plan (for family), wrap (the whole plan), advance-statement, adrt, scottish-statement, wallet-card, or recovery-sheet (with --recovery-key-stdin; it holds nothing from the plan).</source>
        <translation>Zapisz wydruk jako PDF. RODZAJ to jeden z: crisis-plan (dla rodziny), wrap (cały plan), advance-statement, adrt, scottish-statement, wallet-card albo recovery-sheet (z --recovery-key-stdin; nie zawiera niczego z planu).</translation>
    </message>
    <message>
        <source>which printout (see above)</source>
        <translation>który wydruk (zobacz wyżej)</translation>
    </message>
    <message>
        <source>for recovery-sheet: read the recovery key from standard input</source>
        <translation>dla recovery-sheet: odczytaj klucz odzyskiwania ze standardowego wejścia</translation>
    </message>
    <message>
        <source>the PDF file to write (your choice to have the plan on disk)</source>
        <translation>plik PDF do zapisania (to twój wybór, żeby mieć plan na dysku)</translation>
    </message>
    <message>
        <source>paper size (normally chosen from your locale)</source>
        <translation>rozmiar papieru (zwykle wybierany według ustawień regionalnych)</translation>
    </message>
    <message>
        <source>extra-large type for the crisis plan</source>
        <translation>bardzo duża czcionka w planie kryzysowym</translation>
    </message>
    <message>
        <source>let the crisis plan run past two pages</source>
        <translation>pozwól, żeby plan kryzysowy miał więcej niż dwie strony</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Please check</source>
        <translation>Sprawdź, proszę</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Zostaw</translation>
    </message>
</context>
<context>
    <name>CreatePlanDialog</name>
    <message>
        <source>Create your plan</source>
        <translation>Utwórz swój plan</translation>
    </message>
    <message>
        <source>Your plan is kept in one file, locked with a passphrase. Only someone who knows the passphrase can read it, so choose one you will remember.</source>
        <translation>Twój plan jest w jednym pliku, zamkniętym na hasło. Przeczytać go może tylko ktoś, kto zna hasło, więc wybierz takie, które zapamiętasz.</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mój plan</translation>
    </message>
    <message>
        <source>Name of your plan file</source>
        <translation>Nazwa pliku twojego planu</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Folder</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Zmień…</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Wybierz inny folder</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>To samo hasło jeszcze raz</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Wpisz je jeszcze raz</translation>
    </message>
    <message>
        <source>What still needs doing</source>
        <translation>Co jeszcze trzeba zrobić</translation>
    </message>
    <message>
        <source>Creating your plan</source>
        <translation>Tworzenie twojego planu</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Create my plan</source>
        <translation>Utwórz mój plan</translation>
    </message>
    <message>
        <source>Give your plan a name (letters, numbers and spaces are fine).</source>
        <translation>Nadaj planowi nazwę (mogą być litery, cyfry i spacje).</translation>
    </message>
    <message>
        <source>There&apos;s already a plan called {name} in that folder. Choose another name.</source>
        <translation>W tym folderze jest już plan o nazwie {name}. Wybierz inną nazwę.</translation>
    </message>
    <message>
        <source>Type the same passphrase in both boxes.</source>
        <translation>Wpisz to samo hasło w obu polach.</translation>
    </message>
    <message>
        <source>Type your passphrase again, to be sure of it.</source>
        <translation>Wpisz hasło jeszcze raz, żeby mieć pewność.</translation>
    </message>
    <message>
        <source>Choose a folder for your plan</source>
        <translation>Wybierz folder na swój plan</translation>
    </message>
    <message>
        <source>Making your plan safe… this takes a few seconds.</source>
        <translation>Zabezpieczam twój plan… to zajmie kilka sekund.</translation>
    </message>
    <message>
        <source>Your recovery key: {key}</source>
        <translation>Twój klucz odzyskiwania: {key}</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Twój klucz odzyskiwania</translation>
    </message>
    <message>
        <source>Your plan is saved. If you ever forget your passphrase, this key is the only way back in: nobody, not even WrapDesk, can open your plan without one or the other. Print it or write it down, and keep it somewhere safe, away from this computer.</source>
        <translation>Twój plan jest zapisany. Jeśli kiedyś zapomnisz hasła, ten klucz to jedyny sposób, żeby wrócić do planu: nikt, nawet WrapDesk, nie otworzy go bez hasła albo klucza. Wydrukuj go albo zapisz na kartce i trzymaj w bezpiecznym miejscu, z dala od tego komputera.</translation>
    </message>
    <message>
        <source>Print a recovery sheet…</source>
        <translation>Wydrukuj kartkę z kluczem…</translation>
    </message>
    <message>
        <source>To show you have kept it, type the last group of six digits here:</source>
        <translation>Żeby pokazać, że klucz jest zachowany, wpisz tu ostatnią grupę sześciu cyfr:</translation>
    </message>
    <message>
        <source>Last group of your recovery key</source>
        <translation>Ostatnia grupa twojego klucza odzyskiwania</translation>
    </message>
    <message>
        <source>I&apos;ve kept it: start my plan</source>
        <translation>Klucz zachowany: zacznij mój plan</translation>
    </message>
    <message>
        <source>That isn&apos;t the last group of the key above. Look again: it&apos;s the six digits at the very end.</source>
        <translation>To nie jest ostatnia grupa klucza powyżej. Spójrz jeszcze raz: to sześć cyfr na samym końcu.</translation>
    </message>
</context>
<context>
    <name>CrisisOrderDialog</name>
    <message>
        <source>Your crisis plan is long</source>
        <translation>Twój plan kryzysowy jest długi</translation>
    </message>
    <message numerus="yes">
        <source>Your crisis plan needs %n page(s)</source>
        <translation>
            <numerusform>Twój plan kryzysowy zajmuje %n stronę</numerusform>
            <numerusform>Twój plan kryzysowy zajmuje %n strony</numerusform>
            <numerusform>Twój plan kryzysowy zajmuje %n stron</numerusform>
        </translation>
    </message>
    <message>
        <source>Family find two pages easiest to read in a hard moment. Nothing will be left out: put the parts that matter most first (drag them, or use Alt+Up and Alt+Down), then print all the pages.</source>
        <translation>W trudnej chwili rodzinie najłatwiej czytać dwie strony. Nic nie zostanie pominięte: ustaw najważniejsze części na początku (przeciągnij je albo użyj Alt+Up i Alt+Down), a potem wydrukuj wszystkie strony.</translation>
    </message>
    <message>
        <source>Parts of the crisis plan, in printing order</source>
        <translation>Części planu kryzysowego, w kolejności druku</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message numerus="yes">
        <source>Print all %n page(s)</source>
        <translation>
            <numerusform>Wydrukuj %n stronę</numerusform>
            <numerusform>Wydrukuj wszystkie %n strony</numerusform>
            <numerusform>Wydrukuj wszystkie %n stron</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <source>Print crisis plan…</source>
        <translation>Drukuj plan kryzysowy…</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) written</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>na razie nic</translation>
    </message>
</context>
<context>
    <name>Cycle</name>
    <message>
        <source>Review {number}: started {start}, under way at {step}.</source>
        <translation>Przegląd {number}: rozpoczęty {start}, w toku: {step}.</translation>
    </message>
    <message>
        <source>Review {number}: {start} to {end}</source>
        <translation>Przegląd {number}: od {start} do {end}</translation>
    </message>
    <message>
        <source>After a crisis.</source>
        <translation>Po kryzysie.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Steps done: {steps}</source>
        <translation>Kroki zrobione: {steps}</translation>
    </message>
    <message>
        <source>Steps skipped: {steps}</source>
        <translation>Kroki pominięte: {steps}</translation>
    </message>
    <message>
        <source>Review date: {date}</source>
        <translation>Data przeglądu: {date}</translation>
    </message>
    <message>
        <source>Saved as version {number}.</source>
        <translation>Zapisano jako wersję {number}.</translation>
    </message>
    <message>
        <source>No statements rated.</source>
        <translation>Brak ocenionych stwierdzeń.</translation>
    </message>
    <message>
        <source>What I can expect in {step}:</source>
        <translation>Czego mogę się spodziewać – krok: {step}</translation>
    </message>
    <message>
        <source>“{comment}”</source>
        <translation>„{comment}”</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Przeglądy</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>Nie było jeszcze przeglądu.</translation>
    </message>
    <message>
        <source>list your reviews and the versions of the plan</source>
        <translation>wypisz twoje przeglądy i wersje planu</translation>
    </message>
    <message>
        <source>Next review: {date}. It&apos;s time for a review.</source>
        <translation>Następny przegląd: {date}. Czas na przegląd.</translation>
    </message>
    <message>
        <source>Next review: {date}.</source>
        <translation>Następny przegląd: {date}.</translation>
    </message>
    <message>
        <source>Versions of the plan</source>
        <translation>Wersje planu</translation>
    </message>
    <message>
        <source>No version saved yet.</source>
        <translation>Nie zapisano jeszcze żadnej wersji.</translation>
    </message>
    <message>
        <source>Version {number}, {date}</source>
        <translation>Wersja {number}, {date}</translation>
    </message>
    <message>
        <source>Held by {name} (given {date}).</source>
        <translation>Ma ją: {name} (otrzymana {date}).</translation>
    </message>
    <message>
        <source>print the history as JSON instead, in a stable shape</source>
        <translation>zamiast tego wypisz historię jako JSON, w stałym układzie</translation>
    </message>
    <message>
        <source>Co-assess: what matters to you</source>
        <translation>Wspólna ocena: co jest dla ciebie ważne</translation>
    </message>
    <message>
        <source>Co-assess</source>
        <comment>short</comment>
        <translation>Ocena</translation>
    </message>
    <message>
        <source>In [co-assess](glossary:co-assess), you look at your whole life: what works, what doesn&apos;t, and what you&apos;d like to change.</source>
        <translation>We [wspólnej ocenie](glossary:co-assess) patrzysz na całe swoje życie: co działa, co nie działa i co chcesz zmienić.</translation>
    </message>
    <message>
        <source>What matters most to you right now, across your life?</source>
        <translation>Co jest teraz dla ciebie najważniejsze w twoim życiu?</translation>
    </message>
    <message>
        <source>What has worked well for you since last time?</source>
        <translation>Co ci dobrze służyło od ostatniego razu?</translation>
    </message>
    <message>
        <source>What hasn&apos;t worked, or has stopped helping?</source>
        <translation>Co nie działało albo przestało pomagać?</translation>
    </message>
    <message>
        <source>What would you like to change?</source>
        <translation>Co chcesz zmienić?</translation>
    </message>
    <message>
        <source>My plan covers my whole life and the things I care about, not only the needs someone has assessed.</source>
        <translation>Mój plan obejmuje całe moje życie i to, na czym mi zależy, a nie tylko potrzeby, które ktoś ocenił.</translation>
    </message>
    <message>
        <source>I get the chance to look back on how things went, and when I say what helps and what doesn&apos;t, people listen and believe me.</source>
        <translation>Mam okazję spojrzeć wstecz na to, jak było, a kiedy mówię, co pomaga, a co nie, ludzie słuchają i mi wierzą.</translation>
    </message>
    <message>
        <source>When we review, my honest views can shape my own plan and help make services better for others too.</source>
        <translation>Podczas przeglądu moje szczere zdanie może kształtować mój plan i pomóc ulepszyć usługi także dla innych.</translation>
    </message>
    <message>
        <source>Co-decide: choose your next steps</source>
        <translation>Wspólne decyzje: wybierz kolejne kroki</translation>
    </message>
    <message>
        <source>Co-decide</source>
        <comment>short</comment>
        <translation>Decyzje</translation>
    </message>
    <message>
        <source>In [co-decide](glossary:co-decide), you choose your goals and next steps, weigh up your options, and pick who you want beside you.</source>
        <translation>We [wspólnych decyzjach](glossary:co-decide) wybierasz cele i kolejne kroki, rozważasz możliwości i wybierasz, kogo chcesz mieć obok siebie.</translation>
    </message>
    <message>
        <source>What are your goals, and what is the next step for each?</source>
        <translation>Jakie masz cele i jaki jest następny krok do każdego z nich?</translation>
    </message>
    <message>
        <source>What options do you have, and how do they compare?</source>
        <translation>Jakie masz możliwości i jak wypadają w porównaniu?</translation>
    </message>
    <message>
        <source>What do you need to know before you choose?</source>
        <translation>Co musisz wiedzieć, zanim wybierzesz?</translation>
    </message>
    <message>
        <source>Who would you like to [support you](glossary:supporter) through this?</source>
        <translation>Kto ma cię w tym [wspierać](glossary:supporter)?</translation>
    </message>
    <message>
        <source>My next steps come from my own hopes and goals, and I have help to choose them.</source>
        <translation>Moje kolejne kroki wynikają z moich własnych nadziei i celów, a w ich wyborze mam pomoc.</translation>
    </message>
    <message>
        <source>I can look at the options side by side and pick the one that suits me, knowing what each one means.</source>
        <translation>Mogę porównać możliwości obok siebie i wybrać tę, która mi pasuje, wiedząc, co każda oznacza.</translation>
    </message>
    <message>
        <source>People help me think freely about new ways to get where I want to be.</source>
        <translation>Ludzie pomagają mi swobodnie szukać nowych dróg do tego, gdzie chcę dojść.</translation>
    </message>
    <message>
        <source>I get the facts I need to plan, at the time I need them and in a form I can use, including what help there is near me.</source>
        <translation>Dostaję informacje potrzebne do planowania, wtedy, kiedy ich potrzebuję, i w formie, z której mogę skorzystać, także o tym, jaka pomoc jest blisko mnie.</translation>
    </message>
    <message>
        <source>If I want help to plan, I pick who helps me, both to make the plan and to carry it out.</source>
        <translation>Jeśli chcę pomocy w planowaniu, to ja wybieram, kto mi pomaga – i przy tworzeniu planu, i przy jego realizacji.</translation>
    </message>
    <message>
        <source>Co-design: write your plan</source>
        <translation>Wspólne tworzenie: napisz swój plan</translation>
    </message>
    <message>
        <source>Co-design</source>
        <comment>short</comment>
        <translation>Tworzenie</translation>
    </message>
    <message>
        <source>In [co-design](glossary:co-design), you write or rewrite parts of your plan, with anyone you choose to involve.</source>
        <translation>We [wspólnym tworzeniu](glossary:co-design) piszesz lub zmieniasz części swojego planu, razem z osobami, które zechcesz zaprosić.</translation>
    </message>
    <message>
        <source>Which parts of your plan do you want to write or change?</source>
        <translation>Które części planu chcesz napisać albo zmienić?</translation>
    </message>
    <message>
        <source>Who, if anyone, would you like to write it with?</source>
        <translation>Z kim chcesz go pisać, jeśli z kimkolwiek?</translation>
    </message>
    <message>
        <source>Who suggested each idea in your plan?</source>
        <translation>Kto zaproponował każdy pomysł w twoim planie?</translation>
    </message>
    <message>
        <source>Does your plan still sound like you?</source>
        <translation>Czy twój plan nadal brzmi jak ty?</translation>
    </message>
    <message>
        <source>People trust me to write my own plan, with as much or as little help as I need.</source>
        <translation>Ludzie ufają mi, że napiszę swój plan, z taką pomocą, jakiej potrzebuję – dużą albo małą.</translation>
    </message>
    <message>
        <source>My plan fits my goals, my situation and what I can do, and any treatment in it is kept as light a load as it can be.</source>
        <translation>Mój plan pasuje do moich celów, mojej sytuacji i moich możliwości, a leczenie w nim jest dla mnie jak najmniej uciążliwe.</translation>
    </message>
    <message>
        <source>The people who help me plan are open, honest and flexible, and they look for what can work.</source>
        <translation>Osoby, które pomagają mi planować, są otwarte, szczere i elastyczne, i szukają tego, co może zadziałać.</translation>
    </message>
    <message>
        <source>If I want to, I can bring friends and family into my planning.</source>
        <translation>Jeśli chcę, mogę zaprosić do planowania przyjaciół i rodzinę.</translation>
    </message>
    <message>
        <source>Co-deliver: put it into practice</source>
        <translation>Wspólne działanie: wprowadź plan w życie</translation>
    </message>
    <message>
        <source>Co-deliver</source>
        <comment>short</comment>
        <translation>Działanie</translation>
    </message>
    <message>
        <source>In [co-deliver](glossary:co-deliver), you agree who does what, set your [review date](glossary:review-date), and choose who gets a copy. Finishing this step saves a [version](glossary:version) of your plan.</source>
        <translation>We [wspólnym działaniu](glossary:co-deliver) ustalasz, kto co robi, wybierasz [datę przeglądu](glossary:review-date) i decydujesz, kto dostanie kopię. Zakończenie tego kroku zapisuje [wersję](glossary:version) twojego planu.</translation>
    </message>
    <message>
        <source>Who will do what, and by when?</source>
        <translation>Kto co zrobi i do kiedy?</translation>
    </message>
    <message>
        <source>When would you like to look at your plan again?</source>
        <translation>Kiedy chcesz znowu spojrzeć na swój plan?</translation>
    </message>
    <message>
        <source>Who should get a copy, and of which parts?</source>
        <translation>Kto ma dostać kopię i których części?</translation>
    </message>
    <message>
        <source>I have help to play my own part in my care and to look after my wellbeing.</source>
        <translation>Mam pomoc, żeby mieć swój udział w mojej opiece i dbać o swój dobrostan.</translation>
    </message>
    <message>
        <source>I have backing to try things, even when there&apos;s some risk. Mistakes are allowed, and so is changing my mind.</source>
        <translation>Mam wsparcie, żeby próbować nowych rzeczy, nawet gdy wiąże się to z pewnym ryzykiem. Błędy są dozwolone, zmiana zdania też.</translation>
    </message>
    <message>
        <source>People keep their word, so I know what will happen and when.</source>
        <translation>Ludzie dotrzymują słowa, więc wiem, co się wydarzy i kiedy.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Dom</translation>
    </message>
    <message>
        <source>How do you feel about where you live?</source>
        <translation>Jak się czujesz w miejscu, w którym mieszkasz?</translation>
    </message>
    <message>
        <source>People close to you</source>
        <translation>Bliscy ludzie</translation>
    </message>
    <message>
        <source>Who is close to you, and how are things with them?</source>
        <translation>Kto jest ci bliski i jak się między wami układa?</translation>
    </message>
    <message>
        <source>Work or study</source>
        <translation>Praca lub nauka</translation>
    </message>
    <message>
        <source>How are work, study or volunteering going?</source>
        <translation>Jak idzie praca, nauka albo wolontariat?</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Pieniądze</translation>
    </message>
    <message>
        <source>Is money a worry for you at the moment?</source>
        <translation>Czy pieniądze są teraz dla ciebie zmartwieniem?</translation>
    </message>
    <message>
        <source>Body and physical health</source>
        <translation>Ciało i zdrowie fizyczne</translation>
    </message>
    <message>
        <source>How are your sleep, food, energy and any pain?</source>
        <translation>Jak twój sen, jedzenie, energia i ewentualny ból?</translation>
    </message>
    <message>
        <source>Mind and feelings</source>
        <translation>Umysł i uczucia</translation>
    </message>
    <message>
        <source>How are your mood and thoughts these days?</source>
        <translation>Jaki masz ostatnio nastrój i myśli?</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>Czas wolny</translation>
    </message>
    <message>
        <source>What do you enjoy, and do you get time for it?</source>
        <translation>Co lubisz robić i czy masz na to czas?</translation>
    </message>
    <message>
        <source>Faith, culture and identity</source>
        <translation>Wiara, kultura i tożsamość</translation>
    </message>
    <message>
        <source>What helps you feel like yourself?</source>
        <translation>Co pomaga ci czuć się sobą?</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Społeczność</translation>
    </message>
    <message>
        <source>Where do you feel you belong?</source>
        <translation>Gdzie czujesz, że przynależysz?</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
    <message>
        <source>This isn&apos;t how it feels for you yet.</source>
        <translation>Na razie tego tak nie czujesz.</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Częściowo</translation>
    </message>
    <message>
        <source>Some of the time, or in some ways.</source>
        <translation>Czasami albo pod pewnymi względami.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Yes, this is how it feels for you.</source>
        <translation>Tak, właśnie tak to czujesz.</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Co działało</translation>
    </message>
    <message>
        <source>What didn&apos;t work</source>
        <translation>Co nie działało</translation>
    </message>
    <message>
        <source>What I want to change</source>
        <translation>Co chcę zmienić</translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>Za %n miesiąc</numerusform>
            <numerusform>Za %n miesiące</numerusform>
            <numerusform>Za %n miesięcy</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleWheel</name>
    <message>
        <source>The four-step cycle</source>
        <translation>Cykl czterech wspólnych kroków</translation>
    </message>
    <message>
        <source>No review in progress. The steps are: {steps}.</source>
        <translation>Żaden przegląd nie trwa. Kroki to: {steps}.</translation>
    </message>
    <message>
        <source>You are at step {number} of 4: {step}.</source>
        <translation>Jesteś na kroku {number} z 4: {step}.</translation>
    </message>
</context>
<context>
    <name>DecideStep</name>
    <message>
        <source>Goals and next steps</source>
        <translation>Cele i kolejne kroki</translation>
    </message>
    <message>
        <source>Add a goal or next step…</source>
        <translation>Dodaj cel albo kolejny krok…</translation>
    </message>
    <message>
        <source>Add a goal or next step</source>
        <translation>Dodaj cel albo kolejny krok</translation>
    </message>
    <message>
        <source>Options, side by side</source>
        <translation>Możliwości obok siebie</translation>
    </message>
    <message>
        <source>Write down the ways you could go, what&apos;s good about each, and what worries you. Tick the ones you choose.</source>
        <translation>Zapisz drogi, którymi możesz pójść, co jest dobrego w każdej i co cię martwi. Zaznacz te, które wybierasz.</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Dodaj możliwość</translation>
    </message>
    <message>
        <source>Who you&apos;d like to support you this time</source>
        <translation>Kto ma cię wspierać tym razem</translation>
    </message>
    <message>
        <source>Someone new: their name…</source>
        <translation>Ktoś nowy: imię…</translation>
    </message>
    <message>
        <source>Add someone new to support you</source>
        <translation>Dodaj nową osobę, która będzie cię wspierać</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Cel</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove goal: {text}</source>
        <translation>Usuń cel: {text}</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Możliwość</translation>
    </message>
    <message>
        <source>What&apos;s good about it</source>
        <translation>Co w tym dobrego</translation>
    </message>
    <message>
        <source>What worries me</source>
        <translation>Co mnie martwi</translation>
    </message>
    <message>
        <source>I choose this</source>
        <translation>Wybieram to</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>Usuń tę możliwość</translation>
    </message>
</context>
<context>
    <name>DeliverStep</name>
    <message>
        <source>Who does what, and by when</source>
        <translation>Kto co robi i do kiedy</translation>
    </message>
    <message>
        <source>Add something someone will do…</source>
        <translation>Dodaj coś, co ktoś zrobi…</translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation>Dodaj zadanie</translation>
    </message>
    <message>
        <source>Your next review</source>
        <translation>Twój następny przegląd</translation>
    </message>
    <message>
        <source>Another date for your next review</source>
        <translation>Inna data następnego przeglądu</translation>
    </message>
    <message>
        <source>Another date:</source>
        <translation>Inna data:</translation>
    </message>
    <message>
        <source>Who should get a new copy</source>
        <translation>Kto ma dostać nową kopię</translation>
    </message>
    <message>
        <source>A note for this version (optional)</source>
        <translation>Notatka do tej wersji (nieobowiązkowa)</translation>
    </message>
    <message>
        <source>A note for this version</source>
        <translation>Notatka do tej wersji</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Co</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Kto</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Do kiedy</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Jeszcze bez daty</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Everyone who has a copy has the newest one.</source>
        <translation>Każdy, kto ma kopię, ma najnowszą.</translation>
    </message>
    <message>
        <source>{name} has version {number}.</source>
        <translation>{name} ma wersję {number}.</translation>
    </message>
    <message>
        <source>Send an update after you finish</source>
        <translation>Wyślij aktualizację po zakończeniu</translation>
    </message>
</context>
<context>
    <name>DesignStep</name>
    <message>
        <source>Which parts to go through</source>
        <translation>Przez które części przejść</translation>
    </message>
    <message>
        <source>All of them, or only some: untick the ones you&apos;d like to leave this time.</source>
        <translation>Przez wszystkie albo tylko niektóre: odznacz te, które chcesz tym razem pominąć.</translation>
    </message>
    <message>
        <source>Parts to go through</source>
        <translation>Części do przejścia</translation>
    </message>
    <message>
        <source>The part you are working on</source>
        <translation>Część, nad którą pracujesz</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Poprzednia część</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Następna część</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Write a reflection</source>
        <translation>napisanie refleksji</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>dodanie celu</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>edytowanie celu</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>usunięcie celu</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>dodanie możliwości</translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation>edytowanie możliwości</translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation>usunięcie możliwości</translation>
    </message>
    <message>
        <source>Choose a supporter</source>
        <translation>wybranie osoby wspierającej</translation>
    </message>
    <message>
        <source>Remove a supporter</source>
        <translation>usunięcie osoby wspierającej</translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation>dodanie zadania</translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation>edytowanie zadania</translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>usunięcie zadania</translation>
    </message>
    <message>
        <source>Tick off commitment</source>
        <translation>odhaczenie zadania</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>przeniesienie</translation>
    </message>
    <message>
        <source>Rate a statement</source>
        <translation>ocenienie stwierdzenia</translation>
    </message>
    <message>
        <source>Clear a rating</source>
        <translation>wyczyszczenie oceny</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>dodanie wpisu</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>edytowanie wpisu</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>usunięcie wpisu</translation>
    </message>
    <message>
        <source>Move entry</source>
        <translation>przeniesienie wpisu</translation>
    </message>
    <message>
        <source>Edit your details</source>
        <translation>edytowanie twoich danych</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>dodanie osoby</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>edytowanie osoby</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>usunięcie osoby</translation>
    </message>
    <message>
        <source>Move person</source>
        <translation>przeniesienie osoby</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>dodanie</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>edytowanie</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>usunięcie</translation>
    </message>
    <message>
        <source>Add your own part</source>
        <translation>dodanie własnej części</translation>
    </message>
    <message>
        <source>Rename part</source>
        <translation>zmianę nazwy części</translation>
    </message>
    <message>
        <source>Delete part</source>
        <translation>usunięcie części</translation>
    </message>
    <message>
        <source>Edit advance statement details</source>
        <translation>edytowanie danych oświadczenia na przyszłość</translation>
    </message>
    <message>
        <source>Show or hide a helpline</source>
        <translation>pokazanie lub ukrycie numeru pomocy</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>suggested by {name}</source>
        <translation>pomysł: {name}</translation>
    </message>
    <message>
        <source>new in this review</source>
        <translation>nowe w tym przeglądzie</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Edytuj wpis</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>{text} (suggested by {name})</source>
        <translation>{text} (pomysł: {name})</translation>
    </message>
    <message>
        <source>{text} (new in this review)</source>
        <translation>{text} (nowe w tym przeglądzie)</translation>
    </message>
    <message>
        <source>Suggested by {name}</source>
        <translation>Pomysł: {name}</translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <source>Add</source>
        <translation>Dodaj</translation>
    </message>
</context>
<context>
    <name>EntryListView</name>
    <message>
        <source>Edit</source>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>W górę</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>W dół</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Czyj to pomysł</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Mój</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your latest changes are kept safe, out of sight, until you unlock. WrapDesk will try saving them again then. Please don&apos;t close WrapDesk or turn off the computer before they are saved.</source>
        <translation>Twoje ostatnie zmiany są bezpiecznie schowane, aż odblokujesz plan. Wtedy WrapDesk znowu spróbuje je zapisać. Nie zamykaj WrapDesk ani nie wyłączaj komputera, zanim zostaną zapisane.</translation>
    </message>
    <message>
        <source>This plan file is older than the one you locked: it had been saved {before} times, and the file here now has {now}. Something may have put an older copy in its place. If anything is missing, look for a newer copy in the backups folder (Settings shows where it is).</source>
        <translation>Ten plik planu jest starszy niż ten, który został zablokowany: licznik zapisów wynosił {before}, a plik, który jest tu teraz, ma {now}. Być może coś wstawiło na jego miejsce starszą kopię. Jeśli czegoś brakuje, poszukaj nowszej kopii w folderze kopii zapasowych (w Ustawieniach widać, gdzie jest).</translation>
    </message>
    <message>
        <source>WrapDesk couldn&apos;t save because the disk is full. Your changes are safe here; free some space, then try again.</source>
        <translation>WrapDesk nie może zapisać, bo dysk jest pełny. Twoje zmiany są tu bezpieczne; zwolnij trochę miejsca i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>WrapDesk couldn&apos;t save because it isn&apos;t allowed to write to {folder}. Your changes are safe here; choose another folder or check its permissions, then try again.</source>
        <translation>WrapDesk nie może zapisać, bo nie ma pozwolenia na zapis w {folder}. Twoje zmiany są tu bezpieczne; wybierz inny folder albo sprawdź jego uprawnienia i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>WrapDesk checked the copy it had just written and it didn&apos;t read back correctly, so it kept your previous file. Your changes are safe here; try again.</source>
        <translation>WrapDesk sprawdził właśnie zapisaną kopię i nie dała się poprawnie odczytać, więc zachował twój poprzedni plik. Twoje zmiany są tu bezpieczne; spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>WrapDesk couldn&apos;t save because the disk reported a problem. Your changes are safe here; try again, and if it keeps happening, save a copy somewhere else.</source>
        <translation>WrapDesk nie może zapisać, bo dysk zgłosił problem. Twoje zmiany są tu bezpieczne; spróbuj jeszcze raz, a jeśli to się powtarza, zapisz kopię w innym miejscu.</translation>
    </message>
    <message numerus="yes">
        <source>A recovery key has 48 digits, in 8 groups of 6. You typed %n digit(s); please check it against your printed sheet.</source>
        <translation>
            <numerusform>Klucz odzyskiwania ma 48 cyfr, w 8 grupach po 6. Wpisano %n cyfrę; porównaj go z wydrukowaną kartką.</numerusform>
            <numerusform>Klucz odzyskiwania ma 48 cyfr, w 8 grupach po 6. Wpisano %n cyfry; porównaj go z wydrukowaną kartką.</numerusform>
            <numerusform>Klucz odzyskiwania ma 48 cyfr, w 8 grupach po 6. Wpisano %n cyfr; porównaj go z wydrukowaną kartką.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group {group} of the recovery key doesn&apos;t look right. Please check it against your printed sheet.</source>
        <translation>Grupa {group} klucza odzyskiwania wygląda na błędną. Porównaj ją z wydrukowaną kartką.</translation>
    </message>
    <message numerus="yes">
        <source>Groups {groups} of the recovery key don&apos;t look right. Please check them against your printed sheet.</source>
        <translation>
            <numerusform>Grupa {groups} klucza odzyskiwania wygląda na błędną. Porównaj ją z wydrukowaną kartką.</numerusform>
            <numerusform>Grupy {groups} klucza odzyskiwania wyglądają na błędne. Porównaj je z wydrukowaną kartką.</numerusform>
            <numerusform>Grupy {groups} klucza odzyskiwania wyglądają na błędne. Porównaj je z wydrukowaną kartką.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file opens with a passphrase (the words the person gave you), not with a supporter key.</source>
        <translation>Ten plik otwiera hasło (słowa, które ta osoba ci przekazała), a nie klucz osoby wspierającej.</translation>
    </message>
    <message>
        <source>This file is locked to a supporter key, not to a passphrase. Open it with your supporter key instead.</source>
        <translation>Ten plik jest zamknięty kluczem osoby wspierającej, a nie hasłem. Otwórz go swoim kluczem osoby wspierającej.</translation>
    </message>
    <message>
        <source>This file is locked to a kind of key WrapDesk doesn&apos;t use. Ask the person who sent it to send it again with a passphrase, or to your WrapDesk supporter key.</source>
        <translation>Ten plik jest zamknięty rodzajem klucza, którego WrapDesk nie używa. Poproś osobę, która go wysłała, żeby wysłała go jeszcze raz z hasłem albo na twój klucz osoby wspierającej w WrapDesk.</translation>
    </message>
    <message>
        <source>Those words don&apos;t open this file. Check each word with the person who sent it, then try again.</source>
        <translation>Te słowa nie otwierają tego pliku. Sprawdź każde słowo z osobą, która go wysłała, i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>This file was locked to a different supporter key, so yours doesn&apos;t open it. Ask the person to send it again to the key shown under “My supporter key”.</source>
        <translation>Ten plik zamknięto innym kluczem osoby wspierającej, więc twój go nie otwiera. Poproś tę osobę, żeby wysłała go jeszcze raz na klucz widoczny w „Mój klucz osoby wspierającej”.</translation>
    </message>
    <message>
        <source>That is a public key. To open a file you need the secret key that goes with it: a line starting with AGE-SECRET-KEY-1.</source>
        <translation>To jest klucz publiczny. Żeby otworzyć plik, potrzebny jest pasujący do niego klucz tajny: wiersz zaczynający się od AGE-SECRET-KEY-1.</translation>
    </message>
    <message>
        <source>That file doesn&apos;t hold an age secret key (a line starting with AGE-SECRET-KEY-1). Check that you chose your key file.</source>
        <translation>Ten plik nie zawiera tajnego klucza age (wiersza zaczynającego się od AGE-SECRET-KEY-1). Sprawdź, czy wybrano właściwy plik z kluczem.</translation>
    </message>
    <message>
        <source>That is a secret key, which should never be sent to anyone, so WrapDesk didn&apos;t use it. Ask your supporter to make a new key and send you only the public key, which starts with age1.</source>
        <translation>To jest klucz tajny, którego nigdy nie wysyła się nikomu, więc WrapDesk go nie użył. Poproś osobę wspierającą, żeby zrobiła nowy klucz i wysłała ci tylko klucz publiczny, zaczynający się od age1.</translation>
    </message>
    <message>
        <source>Paste your supporter&apos;s key: one line starting with age1.</source>
        <translation>Wklej klucz swojej osoby wspierającej: jeden wiersz zaczynający się od age1.</translation>
    </message>
    <message>
        <source>That text holds more than one key. Paste just your supporter&apos;s key: one line starting with age1.</source>
        <translation>Ten tekst zawiera więcej niż jeden klucz. Wklej tylko klucz swojej osoby wspierającej: jeden wiersz zaczynający się od age1.</translation>
    </message>
    <message>
        <source>That is a kind of key WrapDesk doesn&apos;t send to. Ask your supporter for their age key: one line starting with age1 (WrapDesk shows it under “My supporter key”).</source>
        <translation>WrapDesk nie wysyła na taki rodzaj klucza. Poproś osobę wspierającą o jej klucz age: jeden wiersz zaczynający się od age1 (WrapDesk pokazuje go w „Mój klucz osoby wspierającej”).</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a supporter key. It is one line starting with age1, copied exactly; check for a missing or extra character.</source>
        <translation>To nie wygląda na klucz osoby wspierającej. Jest to jeden wiersz zaczynający się od age1, skopiowany dokładnie; sprawdź, czy nie brakuje znaku albo nie ma jednego za dużo.</translation>
    </message>
    <message>
        <source>This file opens, but it doesn&apos;t hold a plan shared from WrapDesk. Check that you chose the right file.</source>
        <translation>Ten plik się otwiera, ale nie zawiera planu udostępnionego z WrapDesk. Sprawdź, czy wybrano właściwy plik.</translation>
    </message>
    <message>
        <source>This isn&apos;t a plan shared from WrapDesk, so WrapDesk can&apos;t open it. Check that you chose the right file: it usually ends in .age.</source>
        <translation>To nie jest plan udostępniony z WrapDesk, więc WrapDesk nie może go otworzyć. Sprawdź, czy wybrano właściwy plik: zwykle kończy się na .age.</translation>
    </message>
    <message>
        <source>This shared file is damaged: part of it is missing or has changed since it was made. Nothing was opened or saved; ask the person who sent it to send it again.</source>
        <translation>Ten udostępniony plik jest uszkodzony: brakuje jego części albo zmieniła się od czasu, gdy go utworzono. Niczego nie otwarto ani nie zapisano; poproś osobę, która go wysłała, żeby wysłała go jeszcze raz.</translation>
    </message>
    <message>
        <source>This file asks far more work of your computer to unlock than WrapDesk or age ever use, so WrapDesk won&apos;t try. Ask the person to send it again from WrapDesk.</source>
        <translation>Odblokowanie tego pliku wymagałoby od komputera dużo więcej pracy, niż kiedykolwiek używa WrapDesk albo age, więc WrapDesk nie będzie próbował. Poproś tę osobę, żeby wysłała go jeszcze raz z WrapDesk.</translation>
    </message>
    <message>
        <source>This plan was shared from a newer version of WrapDesk. Install the newest WrapDesk to read it; nothing was saved.</source>
        <translation>Ten plan udostępniono z nowszej wersji WrapDesk. Zainstaluj najnowszy WrapDesk, żeby go przeczytać; nic nie zostało zapisane.</translation>
    </message>
    <message>
        <source>This file opened, but what&apos;s inside isn&apos;t laid out the way WrapDesk makes it and could be unsafe, so WrapDesk didn&apos;t read it. Nothing was saved; ask the person to send it again from WrapDesk.</source>
        <translation>Ten plik się otworzył, ale jego zawartość nie jest ułożona tak, jak robi to WrapDesk, i może być niebezpieczna, więc WrapDesk jej nie odczytał. Nic nie zostało zapisane; poproś tę osobę, żeby wysłała go jeszcze raz z WrapDesk.</translation>
    </message>
    <message>
        <source>This file opened, but the plan inside isn&apos;t one WrapDesk can read: it was changed after it was made, or made by something else. Nothing was saved; ask the person to send it again.</source>
        <translation>Ten plik się otworzył, ale WrapDesk nie może odczytać planu w środku: zmieniono go po utworzeniu albo zrobił go inny program. Nic nie zostało zapisane; poproś tę osobę, żeby wysłała go jeszcze raz.</translation>
    </message>
    <message>
        <source>Choose at least one part of your plan to share.</source>
        <translation>Wybierz co najmniej jedną część planu do udostępnienia.</translation>
    </message>
    <message>
        <source>There&apos;s no part called {key} in your plan. Use a part&apos;s key, or crisis-plan, wrap or advance-statements for a whole group.</source>
        <translation>W twoim planie nie ma części o nazwie {key}. Użyj klucza części albo crisis-plan, wrap lub advance-statements dla całej grupy.</translation>
    </message>
    <message>
        <source>To send to a supporter key, paste the key {name} sent you: one line starting with age1.</source>
        <translation>Żeby wysłać na klucz osoby wspierającej, wklej klucz otrzymany od: {name} – jeden wiersz zaczynający się od age1.</translation>
    </message>
    <message>
        <source>your supporter</source>
        <translation>twoja osoba wspierająca</translation>
    </message>
    <message>
        <source>{name} was given a printed copy, so there&apos;s no file to send again. Print a new copy for them instead.</source>
        <translation>{name} ma kopię papierową, więc nie ma pliku do ponownego wysłania. Zamiast tego wydrukuj nową kopię.</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>Ta osoba</translation>
    </message>
    <message>
        <source>This file is locked to a supporter key, and this plan hasn&apos;t made one yet, so the file can&apos;t be for it. If it was meant for you, open “My supporter key”, send that key to the person, and ask them to send the file again.</source>
        <translation>Ten plik jest zamknięty kluczem osoby wspierającej, a ten plan nie ma jeszcze takiego klucza, więc plik nie może być dla niego. Jeśli był przeznaczony dla ciebie, otwórz „Mój klucz osoby wspierającej”, wyślij ten klucz tej osobie i poproś, żeby wysłała plik jeszcze raz.</translation>
    </message>
    <message>
        <source>The backup changed after WrapDesk checked it, so nothing was replaced. Check the backup again, then restore it.</source>
        <translation>Kopia zapasowa zmieniła się po tym, jak WrapDesk ją sprawdził, więc niczego nie zastąpiono. Sprawdź kopię jeszcze raz, a potem ją przywróć.</translation>
    </message>
    <message>
        <source>That backup is your plan file itself, so there&apos;s nothing to restore. Choose a copy you made with Back up….</source>
        <translation>Ta kopia zapasowa to sam plik twojego planu, więc nie ma czego przywracać. Wybierz kopię zrobioną przez „Kopia zapasowa…”.</translation>
    </message>
    <message>
        <source>There&apos;s no plan file at {path}. Check the name and the folder.</source>
        <translation>Pod {path} nie ma pliku planu. Sprawdź nazwę i folder.</translation>
    </message>
    <message>
        <source>There&apos;s already a file called {name} there. Choose another name, so nothing is overwritten.</source>
        <translation>Jest tam już plik o nazwie {name}. Wybierz inną nazwę, żeby niczego nie nadpisać.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a WrapDesk plan, so WrapDesk can&apos;t open it. Check that you chose the right file.</source>
        <translation>Ten plik nie jest planem WrapDesk, więc WrapDesk nie może go otworzyć. Sprawdź, czy wybrano właściwy plik.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of WrapDesk. Install the newest WrapDesk to open it; the file hasn&apos;t been changed.</source>
        <translation>Ten plan zapisała nowsza wersja WrapDesk. Zainstaluj najnowszy WrapDesk, żeby go otworzyć; plik się nie zmienił.</translation>
    </message>
    <message>
        <source>This plan file is damaged: part of it is missing or has changed on the disk. Your backups are not affected; open the newest one instead.</source>
        <translation>Ten plik planu jest uszkodzony: brakuje jego części albo zmieniła się na dysku. Twoje kopie zapasowe są w porządku; otwórz zamiast tego najnowszą.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this plan. Check Caps Lock and try again, or use your recovery key.</source>
        <translation>To hasło nie otwiera tego planu. Sprawdź Caps Lock i spróbuj jeszcze raz albo użyj klucza odzyskiwania.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this plan. Check it against your printed sheet; it may belong to a different plan.</source>
        <translation>Ten klucz odzyskiwania nie otwiera tego planu. Porównaj go z wydrukowaną kartką; może należeć do innego planu.</translation>
    </message>
    <message>
        <source>This plan file was changed by something other than WrapDesk, so WrapDesk won&apos;t trust it. Your backups are not affected; open the newest one instead.</source>
        <translation>Ten plik planu zmienił inny program niż WrapDesk, więc WrapDesk mu nie ufa. Twoje kopie zapasowe są w porządku; otwórz zamiast tego najnowszą.</translation>
    </message>
    <message>
        <source>This plan is already open in another WrapDesk window. Use that window, or close it and try again.</source>
        <translation>Ten plan jest już otwarty w innym oknie WrapDesk. Użyj tamtego okna albo je zamknij i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Your plan file was changed somewhere else while you had it open. Nothing is lost: your latest changes are saved in {name}, in the same folder.</source>
        <translation>Plik twojego planu zmienił się gdzie indziej, kiedy był otwarty. Nic nie przepadło: twoje ostatnie zmiany są zapisane w {name}, w tym samym folderze.</translation>
    </message>
    <message>
        <source>The file where your plan was now holds a different plan, so WrapDesk hasn&apos;t opened it. Your own plan may have been moved or renamed: use Open… to find it.</source>
        <translation>W pliku, w którym był twój plan, jest teraz inny plan, więc WrapDesk go nie otworzył. Twój plan mógł zostać przeniesiony albo mieć zmienioną nazwę: użyj „Otwórz plan…”, żeby go znaleźć.</translation>
    </message>
    <message>
        <source>The file where your plan was now holds an older copy, from before your passphrase or recovery key was changed, so WrapDesk hasn&apos;t opened it in place of your plan. If you meant to go back to it, use File ▸ Open plan…</source>
        <translation>W miejscu twojego planu jest teraz starsza kopia, sprzed zmiany hasła lub klucza odzyskiwania, więc WrapDesk nie otworzył jej zamiast twojego planu. Jeśli chcesz do niej wrócić, użyj Plik ▸ Otwórz plan…</translation>
    </message>
    <message>
        <source>You opened this plan with your recovery key. Choose a new passphrase first, then make a new recovery key.</source>
        <translation>Ten plan został otwarty kluczem odzyskiwania. Najpierw wybierz nowe hasło, a potem zrób nowy klucz odzyskiwania.</translation>
    </message>
    <message>
        <source>This plan is in a folder WrapDesk can&apos;t write to, so you can read it but not change it. Copy it to a folder of your own to make changes.</source>
        <translation>Ten plan jest w folderze, w którym WrapDesk nie może zapisywać, więc możesz go czytać, ale nie zmieniać. Skopiuj go do własnego folderu, żeby wprowadzać zmiany.</translation>
    </message>
    <message>
        <source>Your plan is locked. Unlock it to carry on.</source>
        <translation>Twój plan jest zablokowany. Odblokuj go, żeby kontynuować.</translation>
    </message>
    <message>
        <source>There&apos;s no file called {name} there. Check the name and the folder, and try again.</source>
        <translation>Nie ma tam pliku o nazwie {name}. Sprawdź nazwę i folder, i spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>WrapDesk couldn&apos;t reach a file it needed ({detail}). Nothing you wrote has been lost; please try again.</source>
        <translation>WrapDesk nie mógł dostać się do potrzebnego pliku ({detail}). Nic, co napisano, nie przepadło; spróbuj jeszcze raz.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing you wrote has been lost; please try again.</source>
        <translation>Coś nieoczekiwanie poszło nie tak. Nic, co napisano, nie przepadło; spróbuj jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>FactEditor</name>
    <message>
        <source>Delete</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Usuń zaznaczony element</translation>
    </message>
</context>
<context>
    <name>FactTables</name>
    <message>
        <source>Crisis plan</source>
        <translation>Plan kryzysowy</translation>
    </message>
    <message>
        <source>Your WRAP</source>
        <translation>Twój WRAP</translation>
    </message>
    <message>
        <source>Advance statements</source>
        <translation>Oświadczenia na przyszłość</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(jeszcze bez nazwy)</translation>
    </message>
    <message>
        <source>please do not involve</source>
        <translation>proszę nie angażować</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>Kim jest dla ciebie</translation>
    </message>
    <message>
        <source>For example: sister, friend, GP, care coordinator.</source>
        <translation>Na przykład: siostra, przyjaciel, lekarz rodzinny, koordynator opieki.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>Their part in your plan</source>
        <translation>Rola w twoim planie</translation>
    </message>
    <message>
        <source>What they may be given</source>
        <translation>Co może dostać</translation>
    </message>
    <message>
        <source>Please do not involve this person</source>
        <translation>Proszę nie angażować tej osoby</translation>
    </message>
    <message>
        <source>Why not (only if you want to say)</source>
        <translation>Dlaczego nie (tylko jeśli chcesz powiedzieć)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notatki</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>The people who support you, and anyone you do not want involved. Put the person to call first at the top.</source>
        <translation>Osoby, które cię wspierają, i każdy, kogo nie chcesz angażować. Osobę, do której trzeba zadzwonić najpierw, ustaw na górze.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Dodaj osobę</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Lek</translation>
    </message>
    <message>
        <source>How you feel about it</source>
        <translation>Co o nim myślisz</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dawka</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Na co jest</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Dlaczego (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Leki</translation>
    </message>
    <message>
        <source>What you take now, what you would accept, what to avoid, and any allergies.</source>
        <translation>Co bierzesz teraz, co możesz przyjąć, czego unikać i na co masz uczulenie.</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Dodaj lek</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Leczenie</translation>
    </message>
    <message>
        <source>Your wish</source>
        <translation>Twoje życzenie</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Leczenie</translation>
    </message>
    <message>
        <source>Treatments you would want, and ones to avoid.</source>
        <translation>Leczenie, którego chcesz, i takie, którego chcesz uniknąć.</translation>
    </message>
    <message>
        <source>Add a treatment</source>
        <translation>Dodaj leczenie</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>Address or how to reach it</source>
        <translation>Adres albo jak tam dotrzeć</translation>
    </message>
    <message>
        <source>Places of care</source>
        <translation>Miejsca opieki</translation>
    </message>
    <message>
        <source>Where you would like to be cared for, and where not.</source>
        <translation>Gdzie chcesz, żeby się tobą opiekowano, a gdzie nie.</translation>
    </message>
    <message>
        <source>Add a place</source>
        <translation>Dodaj miejsce</translation>
    </message>
    <message>
        <source>(no treatment named yet)</source>
        <translation>(jeszcze nie podano leczenia)</translation>
    </message>
    <message>
        <source> — even if my life is at risk</source>
        <translation> — nawet jeśli zagraża to mojemu życiu</translation>
    </message>
    <message>
        <source>The treatment you refuse</source>
        <translation>Leczenie, którego odmawiasz</translation>
    </message>
    <message>
        <source>When this applies</source>
        <translation>Kiedy to obowiązuje</translation>
    </message>
    <message>
        <source>Be specific: the situations in which you refuse it.</source>
        <translation>Opisz dokładnie sytuacje, w których odmawiasz.</translation>
    </message>
    <message>
        <source>This applies even if my life is at risk</source>
        <translation>To obowiązuje nawet wtedy, gdy zagraża to mojemu życiu</translation>
    </message>
    <message>
        <source>Only tick this if you mean it. A refusal of life-sustaining treatment must be written, signed and witnessed to count.</source>
        <translation>Zaznacz to tylko wtedy, gdy naprawdę tak myślisz. Odmowa leczenia podtrzymującego życie, żeby była ważna, musi być na piśmie, podpisana i poświadczona przez świadka.</translation>
    </message>
    <message>
        <source>Treatments I refuse</source>
        <translation>Leczenie, którego odmawiam</translation>
    </message>
    <message>
        <source>Each refusal, and the circumstances it applies to.</source>
        <translation>Każda odmowa i okoliczności, w których obowiązuje.</translation>
    </message>
    <message>
        <source>Add a refusal</source>
        <translation>Dodaj odmowę</translation>
    </message>
    <message>
        <source>Signing your advance decision</source>
        <translation>Podpisanie decyzji o odmowie leczenia</translation>
    </message>
    <message>
        <source>Your GP (name and surgery)</source>
        <translation>Twój lekarz rodzinny (nazwisko i przychodnia)</translation>
    </message>
    <message>
        <source>Who holds copies</source>
        <translation>Kto ma kopie</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Data podpisania</translation>
    </message>
    <message>
        <source>Witness&apos;s name</source>
        <translation>Imię i nazwisko świadka</translation>
    </message>
    <message>
        <source>Witnessed on</source>
        <translation>Data poświadczenia</translation>
    </message>
    <message>
        <source>Fill these in after you have printed, signed and had it witnessed.</source>
        <translation>Wypełnij to, kiedy już wydrukujesz dokument, podpiszesz go i świadek go poświadczy.</translation>
    </message>
    <message>
        <source>Signing and witnessing</source>
        <translation>Podpis i świadek</translation>
    </message>
    <message>
        <source>Witness&apos;s profession</source>
        <translation>Zawód świadka</translation>
    </message>
    <message>
        <source>The witness must be someone like a doctor, nurse, social worker, psychologist, solicitor or occupational therapist.</source>
        <translation>Świadkiem musi być na przykład lekarz, pielęgniarka, pracownik socjalny, psycholog, prawnik (solicitor) albo terapeuta zajęciowy.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Znajdź</translation>
    </message>
    <message>
        <source>Find in your plan</source>
        <translation>Znajdź w planie</translation>
    </message>
    <message>
        <source>Words to find in your plan…</source>
        <translation>Słowa do znalezienia w planie…</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Zamknij wyszukiwanie</translation>
    </message>
    <message>
        <source>Close find (Esc)</source>
        <translation>Zamknij wyszukiwanie (Esc)</translation>
    </message>
    <message>
        <source>Places where the words were found</source>
        <translation>Miejsca, w których znaleziono słowa</translation>
    </message>
    <message numerus="yes">
        <source>Found in %n place(s).</source>
        <translation>
            <numerusform>Znaleziono w %n miejscu.</numerusform>
            <numerusform>Znaleziono w %n miejscach.</numerusform>
            <numerusform>Znaleziono w %n miejscach.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in your plan.</source>
        <translation>Nie znaleziono w twoim planie.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Advance decision to refuse treatment (ADRT)</source>
        <translation>Wcześniejsza decyzja o odmowie leczenia (ADRT)</translation>
    </message>
    <message>
        <source>A decision you make ahead of time to refuse a named treatment in named situations, in England and Wales. Refusing [life-sustaining treatment](glossary:life-sustaining-treatment) this way needs extra steps, including a witness.</source>
        <translation>Decyzja podjęta z wyprzedzeniem, że odmawiasz określonego leczenia w określonych sytuacjach – w Anglii i Walii (advance decision to refuse treatment). Odmowa [leczenia podtrzymującego życie](glossary:life-sustaining-treatment) w ten sposób wymaga dodatkowych kroków, w tym świadka.</translation>
    </message>
    <message>
        <source>Advance statement</source>
        <translation>Oświadczenie na przyszłość</translation>
    </message>
    <message>
        <source>A written note of your wishes, beliefs and values about future care. It guides anyone who has to decide in your [best interests](glossary:best-interests) if you can&apos;t decide or say. In England and Wales it is not legally binding.</source>
        <translation>Spisane życzenia, przekonania i wartości dotyczące twojej przyszłej opieki (advance statement). Jest wskazówką dla każdego, kto musi decydować w twoim [najlepszym interesie](glossary:best-interests), gdy ty nie możesz zdecydować ani tego powiedzieć. W Anglii i Walii nie jest prawnie wiążące.</translation>
    </message>
    <message>
        <source>Best interests</source>
        <translation>Najlepszy interes</translation>
    </message>
    <message>
        <source>When you can&apos;t make a decision, the people deciding for you must choose what is best for you. They must think about your wishes, feelings, beliefs and values, including any [advance statement](glossary:advance-statement).</source>
        <translation>Kiedy nie możesz podjąć decyzji, osoby decydujące za ciebie muszą wybrać to, co jest dla ciebie najlepsze (best interests). Muszą wziąć pod uwagę twoje życzenia, uczucia, przekonania i wartości, w tym każde [oświadczenie na przyszłość](glossary:advance-statement).</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Zdolność do decydowania</translation>
    </message>
    <message>
        <source>Being able to make a certain decision at the time it&apos;s needed. You can understand the facts, keep them in mind, weigh them up, and let people know your choice.</source>
        <translation>Umiejętność podjęcia określonej decyzji w chwili, gdy jest potrzebna (capacity). Rozumiesz fakty, pamiętasz je, rozważasz i potrafisz przekazać innym swój wybór.</translation>
    </message>
    <message>
        <source>Health Board</source>
        <translation>Zarząd zdrowia (Health Board)</translation>
    </message>
    <message>
        <source>In Scotland, the part of the NHS that runs health services in your area.</source>
        <translation>W Szkocji część NHS, która prowadzi usługi zdrowotne w twojej okolicy.</translation>
    </message>
    <message>
        <source>Lasting power of attorney</source>
        <translation>Stałe pełnomocnictwo</translation>
    </message>
    <message>
        <source>A legal document in England and Wales that lets you choose someone to make decisions for you if you can&apos;t. One for health and care can cover decisions about treatment.</source>
        <translation>Dokument prawny w Anglii i Walii (lasting power of attorney), dzięki któremu wybierasz kogoś, kto podejmie za ciebie decyzje, jeśli ty nie możesz. Pełnomocnictwo w sprawach zdrowia i opieki może obejmować decyzje o leczeniu.</translation>
    </message>
    <message>
        <source>Life-sustaining treatment</source>
        <translation>Leczenie podtrzymujące życie</translation>
    </message>
    <message>
        <source>Treatment that a doctor or nurse caring for you thinks is needed to keep you alive.</source>
        <translation>Leczenie, które lekarz albo pielęgniarka opiekująca się tobą uważa za potrzebne, żeby utrzymać cię przy życiu.</translation>
    </message>
    <message>
        <source>Mental Capacity Act 2005</source>
        <translation>Ustawa o zdolności do decydowania z 2005 r. (Mental Capacity Act 2005)</translation>
    </message>
    <message>
        <source>The law in England and Wales about decisions for people who can&apos;t make them at the time. It covers [capacity](glossary:capacity), best interests and advance decisions to refuse treatment.</source>
        <translation>Prawo w Anglii i Walii o decyzjach za osoby, które w danej chwili nie mogą ich podjąć. Obejmuje [zdolność do decydowania](glossary:capacity), najlepszy interes i wcześniejsze decyzje o odmowie leczenia.</translation>
    </message>
    <message>
        <source>Mental disorder</source>
        <translation>Zaburzenie psychiczne</translation>
    </message>
    <message>
        <source>The words mental health law uses for a mental illness or a related condition.</source>
        <translation>Określenie, którego prawo o zdrowiu psychicznym używa dla choroby psychicznej lub podobnego stanu (mental disorder).</translation>
    </message>
    <message>
        <source>Mental Health Act 1983</source>
        <translation>Ustawa o zdrowiu psychicznym z 1983 r. (Mental Health Act 1983)</translation>
    </message>
    <message>
        <source>The law in England and Wales that lets people be kept in hospital and treated for a [mental disorder](glossary:mental-disorder) without agreeing, when strict conditions are met. People often call this being sectioned.</source>
        <translation>Prawo w Anglii i Walii, które pozwala zatrzymać kogoś w szpitalu i leczyć z powodu [zaburzenia psychicznego](glossary:mental-disorder) bez jego zgody, gdy spełnione są ścisłe warunki. Ludzie często nazywają to „sekcją” (being sectioned).</translation>
    </message>
    <message>
        <source>Mental Health (Care and Treatment) (Scotland) Act 2003</source>
        <translation>Szkocka ustawa o zdrowiu psychicznym z 2003 r. (Mental Health (Care and Treatment) (Scotland) Act 2003)</translation>
    </message>
    <message>
        <source>Scotland&apos;s mental health law. Among other things, it sets out how an [advance statement](glossary:scottish-advance-statement) is made and used there.</source>
        <translation>Szkockie prawo o zdrowiu psychicznym. Określa między innymi, jak sporządza się tam [oświadczenie na przyszłość](glossary:scottish-advance-statement) i jak się je stosuje.</translation>
    </message>
    <message>
        <source>Mental Welfare Commission</source>
        <translation>Komisja ds. Dobrostanu Psychicznego (Mental Welfare Commission)</translation>
    </message>
    <message>
        <source>An independent body in Scotland that protects the rights of people who get mental health care. It keeps a register of advance statements.</source>
        <translation>Niezależna instytucja w Szkocji, która chroni prawa osób korzystających z opieki psychiatrycznej. Prowadzi rejestr oświadczeń na przyszłość.</translation>
    </message>
    <message>
        <source>Named person</source>
        <translation>Osoba wskazana (named person)</translation>
    </message>
    <message>
        <source>In Scotland, someone you choose to support you and look after your interests if you are treated under mental health law. They must be told about some decisions about your care.</source>
        <translation>W Szkocji ktoś, kogo wybierasz, żeby cię wspierał i dbał o twoje sprawy, jeśli leczą cię na podstawie prawa o zdrowiu psychicznym. Ta osoba musi być informowana o niektórych decyzjach dotyczących twojej opieki.</translation>
    </message>
    <message>
        <source>Scottish advance statement</source>
        <translation>Szkockie oświadczenie na przyszłość</translation>
    </message>
    <message>
        <source>In Scotland, a signed and witnessed statement of how you wish, or don&apos;t wish, to be treated for your mental health if your ability to decide becomes significantly impaired. Doctors and tribunals must take it into account.</source>
        <translation>W Szkocji podpisane i poświadczone przez świadka oświadczenie o tym, jak chcesz, a jak nie chcesz, żeby cię leczono w sprawach zdrowia psychicznego, jeśli twoja zdolność do decydowania znacznie się pogorszy (advance statement). Lekarze i trybunały muszą je brać pod uwagę.</translation>
    </message>
    <message>
        <source>Tribunal</source>
        <translation>Trybunał</translation>
    </message>
    <message>
        <source>An independent panel that makes or reviews decisions about some kinds of mental health care given without your agreement.</source>
        <translation>Niezależny zespół, który podejmuje lub sprawdza decyzje o niektórych rodzajach opieki psychiatrycznej udzielanej bez twojej zgody (tribunal).</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Świadek</translation>
    </message>
    <message>
        <source>Someone who watches you sign a document and then signs it too, to show the signature is yours. Some documents need a certain kind of witness.</source>
        <translation>Ktoś, kto patrzy, jak podpisujesz dokument, a potem też go podpisuje, żeby pokazać, że podpis jest twój. Niektóre dokumenty wymagają świadka określonego rodzaju.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan działania</translation>
    </message>
    <message>
        <source>The steps you decide on ahead of time for when a [trigger](glossary:trigger), a warning sign or a harder time comes: things you must do, and things you might do.</source>
        <translation>Kroki, które ustalasz z wyprzedzeniem na wypadek, gdy pojawi się [czynnik wyzwalający](glossary:trigger), sygnał ostrzegawczy albo trudniejszy czas: rzeczy, które musisz zrobić, i rzeczy, które możesz zrobić.</translation>
    </message>
    <message>
        <source>age</source>
        <translation>age</translation>
    </message>
    <message>
        <source>A free, open standard tool for [encrypting](glossary:encryption) files. A supporter can use it to open a plan you share with them, even without WrapDesk.</source>
        <translation>Darmowe, otwarte narzędzie do [szyfrowania](glossary:encryption) plików. Osoba wspierająca może go użyć, żeby otworzyć udostępniony jej plan, nawet bez WrapDesk.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Kopia zapasowa</translation>
    </message>
    <message>
        <source>A spare copy of your plan file, in case the main one is lost or damaged. WrapDesk keeps the one before each save.</source>
        <translation>Zapasowa kopia pliku twojego planu, na wypadek gdyby główny plik zginął albo się uszkodził. WrapDesk zachowuje wersję sprzed każdego zapisu.</translation>
    </message>
    <message>
        <source>Co-assess</source>
        <translation>Wspólna ocena</translation>
    </message>
    <message>
        <source>The first step of the planning cycle. You look at your whole life with the people you choose: what matters, what works and what doesn&apos;t.</source>
        <translation>Pierwszy krok cyklu planowania. Razem z wybranymi osobami patrzysz na całe swoje życie: co jest ważne, co działa, a co nie.</translation>
    </message>
    <message>
        <source>Co-decide</source>
        <translation>Wspólne decyzje</translation>
    </message>
    <message>
        <source>The second step of the planning cycle. You choose your goals and next steps, compare options, and pick who supports you.</source>
        <translation>Drugi krok cyklu planowania. Wybierasz cele i kolejne kroki, porównujesz możliwości i wybierasz, kto cię wspiera.</translation>
    </message>
    <message>
        <source>Co-deliver</source>
        <translation>Wspólne działanie</translation>
    </message>
    <message>
        <source>The fourth step of the planning cycle. You agree who does what and by when, set a [review date](glossary:review-date), and choose who gets a copy.</source>
        <translation>Czwarty krok cyklu planowania. Ustalasz, kto co robi i do kiedy, wybierasz [datę przeglądu](glossary:review-date) i decydujesz, kto dostanie kopię.</translation>
    </message>
    <message>
        <source>Co-design</source>
        <translation>Wspólne tworzenie</translation>
    </message>
    <message>
        <source>The third step of the planning cycle. You write or rewrite your plan, with anyone you want to involve.</source>
        <translation>Trzeci krok cyklu planowania. Piszesz lub zmieniasz swój plan, razem z osobami, które zechcesz zaprosić.</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Kryzys</translation>
    </message>
    <message>
        <source>A time when you feel so unwell or distressed that you can&apos;t manage on your own, and other people need to help or take over for a while.</source>
        <translation>Czas, kiedy czujesz się tak źle albo jest ci tak ciężko, że nie dajesz sobie rady i inni muszą na jakiś czas pomóc albo przejąć sprawy.</translation>
    </message>
    <message>
        <source>Crisis house</source>
        <translation>Hostel kryzysowy</translation>
    </message>
    <message>
        <source>A small, homely place where you can stay for a short time in a crisis, instead of going into hospital. Not every area has one.</source>
        <translation>Małe, domowe miejsce, w którym możesz zostać na krótko w czasie kryzysu, zamiast iść do szpitala (crisis house). Nie wszędzie takie jest.</translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation>Plan kryzysowy</translation>
    </message>
    <message>
        <source>A plan you write while you are well. It tells the people you trust how to help if you can&apos;t act for yourself. In WrapDesk it has nine parts.</source>
        <translation>Plan, który piszesz, kiedy czujesz się dobrze. Mówi osobom, którym ufasz, jak pomóc, jeśli nie możesz o siebie zadbać. W WrapDesk ma dziewięć części.</translation>
    </message>
    <message>
        <source>Daily maintenance plan</source>
        <translation>Plan codzienny</translation>
    </message>
    <message>
        <source>The part of your WRAP about everyday life: what you are like when you are well, and what you do, or might do, to stay that way.</source>
        <translation>Część twojego WRAP o codziennym życiu: jak się zachowujesz, kiedy czujesz się dobrze, i co robisz albo możesz robić, żeby tak zostało.</translation>
    </message>
    <message>
        <source>Early warning sign</source>
        <translation>Wczesny sygnał ostrzegawczy</translation>
    </message>
    <message>
        <source>A small change inside you that can mean things are starting to slip, like sleeping badly or wanting to be alone more.</source>
        <translation>Mała zmiana w tobie, która może znaczyć, że coś zaczyna się psuć, na przykład gorszy sen albo większa chęć bycia samemu.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Szyfrowanie</translation>
    </message>
    <message>
        <source>Scrambling information so only someone with the right key or [passphrase](glossary:passphrase) can read it. Your plan file is always encrypted.</source>
        <translation>Zamienianie informacji tak, żeby mógł je przeczytać tylko ktoś z właściwym kluczem albo [hasłem](glossary:passphrase). Plik twojego planu jest zawsze zaszyfrowany.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Hasło (fraza)</translation>
    </message>
    <message>
        <source>A password made of several words, which you type to open your plan. A few ordinary words are easier to remember than a short jumble, and safer too.</source>
        <translation>Hasło złożone z kilku słów, które wpisujesz, żeby otworzyć plan. Kilka zwykłych słów łatwiej zapamiętać niż krótką plątaninę znaków, a do tego są bezpieczniejsze.</translation>
    </message>
    <message>
        <source>Post-crisis plan</source>
        <translation>Plan po kryzysie</translation>
    </message>
    <message>
        <source>The part of your WRAP for the time after a crisis: how you&apos;ll know you&apos;re getting better, what helps you heal, and what you&apos;d change next time.</source>
        <translation>Część twojego WRAP na czas po kryzysie: po czym poznasz, że ci się poprawia, co pomaga ci dojść do siebie i co zmienić następnym razem.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <source>A long number WrapDesk gives you to print when you make your plan. If you forget your passphrase, it lets you back in. Keep it somewhere safe.</source>
        <translation>Długa liczba, którą WrapDesk daje ci do wydrukowania, kiedy tworzysz plan. Jeśli zapomnisz hasła, pozwoli ci wrócić do planu. Trzymaj ją w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>Respite</source>
        <translation>Opieka wytchnieniowa</translation>
    </message>
    <message>
        <source>A short break or stay away from home, to rest and get support without going into hospital. It can also mean a break for a carer.</source>
        <translation>Krótka przerwa albo pobyt poza domem, żeby odpocząć i dostać wsparcie bez pójścia do szpitala (respite). Może też oznaczać przerwę dla opiekuna.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Data przeglądu</translation>
    </message>
    <message>
        <source>The day you choose to look at your plan again. When it comes, the planning cycle starts again.</source>
        <translation>Dzień, który wybierasz, żeby znowu przyjrzeć się swojemu planowi. Kiedy nadejdzie, cykl planowania zaczyna się od nowa.</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Czynnik wyzwalający</translation>
    </message>
    <message>
        <source>Something that happens around you that can upset you or make you feel worse, like an argument or a bill you can&apos;t pay.</source>
        <translation>Coś, co dzieje się wokół ciebie i może cię zdenerwować albo pogorszyć twoje samopoczucie, na przykład kłótnia albo rachunek, którego nie możesz zapłacić.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Wersja</translation>
    </message>
    <message>
        <source>A frozen copy of your plan, saved when you finish a review. You can look back at it, print it, share it, or compare it with a later one.</source>
        <translation>Utrwalona kopia twojego planu, zapisywana, gdy kończysz przegląd. Możesz do niej wrócić, wydrukować ją, udostępnić albo porównać z późniejszą.</translation>
    </message>
    <message>
        <source>Wellness toolbox</source>
        <translation>Skrzynka narzędzi dobrostanu</translation>
    </message>
    <message>
        <source>Your list of things that help you stay well or feel better, from a walk to a phone call to a favourite song.</source>
        <translation>Twoja lista rzeczy, które pomagają ci zachować dobre samopoczucie albo poczuć się lepiej – od spaceru, przez telefon do kogoś, po ulubioną piosenkę.</translation>
    </message>
    <message>
        <source>WRAP (Wellness Recovery Action Plan)</source>
        <translation>WRAP (Plan działań na rzecz dobrostanu i zdrowienia)</translation>
    </message>
    <message>
        <source>A plan you write for yourself, to stay well and to get through hard times. It usually has a keeping-well plan and a crisis plan. WRAP is a trademark of Advocates for Human Potential, and WrapDesk is an independent app.</source>
        <translation>Plan, który piszesz dla siebie, żeby dbać o dobre samopoczucie i przejść przez trudne chwile. Zwykle ma plan codziennego dbania o siebie i plan kryzysowy. WRAP jest znakiem towarowym Advocates for Human Potential, a WrapDesk jest niezależną aplikacją.</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Rzecznik</translation>
    </message>
    <message>
        <source>Someone who helps you say what you want and stand up for your rights. A mental health advocate is independent of your care team.</source>
        <translation>Ktoś, kto pomaga ci powiedzieć, czego chcesz, i upomnieć się o twoje prawa (advocate). Rzecznik w sprawach zdrowia psychicznego jest niezależny od twojego zespołu opieki.</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Zespół opieki</translation>
    </message>
    <message>
        <source>The professionals who help with your care, such as a nurse, doctor, social worker or support worker.</source>
        <translation>Specjaliści, którzy pomagają w twojej opiece, na przykład pielęgniarka, lekarz, pracownik socjalny albo asystent.</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Opiekun</translation>
    </message>
    <message>
        <source>Someone who looks after a family member, partner or friend without being paid, because of illness, disability or age. It can also mean someone who used to do this.</source>
        <translation>Ktoś, kto bez zapłaty opiekuje się członkiem rodziny, partnerem albo przyjacielem z powodu choroby, niepełnosprawności albo wieku. Może też oznaczać kogoś, kto robił to wcześniej.</translation>
    </message>
    <message>
        <source>Coproduction</source>
        <translation>Współtworzenie</translation>
    </message>
    <message>
        <source>Working together as equals. People with [lived experience](glossary:lived-experience) share in the decisions, from how services are planned and run to their own care. Things are done with you, not to you or for you.</source>
        <translation>Praca razem, jak równy z równym. Osoby z [własnym doświadczeniem](glossary:lived-experience) mają udział w decyzjach – od tego, jak usługi są planowane i prowadzone, po własną opiekę. Rzeczy robi się z tobą, a nie tobie czy za ciebie.</translation>
    </message>
    <message>
        <source>Experts by experience</source>
        <translation>Eksperci przez doświadczenie</translation>
    </message>
    <message>
        <source>People who know about something because they have lived through it. Their practical know-how can help, and give hope to, others going through the same.</source>
        <translation>Osoby, które znają coś, bo same przez to przeszły. Ich praktyczna wiedza może pomóc innym, którzy przechodzą przez to samo, i dać im nadzieję.</translation>
    </message>
    <message>
        <source>Experts by profession or training</source>
        <translation>Eksperci z zawodu</translation>
    </message>
    <message>
        <source>Doctors, nurses, social workers and other staff. Their knowledge comes from study, training and their work, and they can offer advice based on research.</source>
        <translation>Lekarze, pielęgniarki, pracownicy socjalni i inny personel. Ich wiedza pochodzi z nauki, szkoleń i pracy, a ich rady mogą opierać się na badaniach.</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Lekarz rodzinny (GP)</translation>
    </message>
    <message>
        <source>Your family doctor at your local surgery. GP is short for general practitioner.</source>
        <translation>Twój lekarz pierwszego kontaktu w twojej przychodni. GP to skrót od general practitioner.</translation>
    </message>
    <message>
        <source>Lived experience</source>
        <translation>Własne doświadczenie</translation>
    </message>
    <message>
        <source>What you know from going through something yourself, such as mental distress or caring for someone. It is knowing from the inside, not from a book.</source>
        <translation>To, co wiesz z własnego przeżycia, na przykład kryzys psychiczny albo opiekę nad kimś (lived experience). To wiedza od środka, a nie z książki.</translation>
    </message>
    <message>
        <source>NHS 111</source>
        <translation>NHS 111</translation>
    </message>
    <message>
        <source>A free NHS phone number for urgent help when it isn&apos;t an emergency. In England, you can choose option 2 for mental health.</source>
        <translation>Bezpłatny numer NHS, pod którym można dostać pilną pomoc, gdy to nie jest nagły wypadek. W Anglii można wybrać opcję 2, sprawy zdrowia psychicznego.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Pacjent</translation>
    </message>
    <message>
        <source>Someone who gets care from health services. Some people like this word. Others prefer a different one, or just their name.</source>
        <translation>Ktoś, kto korzysta z opieki zdrowotnej. Niektórzy lubią to słowo. Inni wolą inne albo po prostu swoje imię.</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Wsparcie rówieśnicze</translation>
    </message>
    <message>
        <source>The help people with [lived experience](glossary:lived-experience) of mental distress give each other. It can mean listening, sharing what works, practical help, or finding groups and other support.</source>
        <translation>Pomoc, jaką dają sobie nawzajem osoby z [własnym doświadczeniem](glossary:lived-experience) kryzysu psychicznego (peer support). Może to być słuchanie, dzielenie się tym, co działa, praktyczna pomoc albo szukanie grup i innego wsparcia.</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Osoba dająca wsparcie rówieśnicze</translation>
    </message>
    <message>
        <source>Someone who offers [peer support](glossary:peer-support). It might be a friend, someone in a self-help group, or a paid peer support worker.</source>
        <translation>Ktoś, kto daje [wsparcie rówieśnicze](glossary:peer-support). Może to być przyjaciel, ktoś z grupy samopomocowej albo zatrudniony asystent zdrowienia.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Zdrowienie</translation>
    </message>
    <message>
        <source>Living a life that feels good and means something to you, with or without symptoms. It is your own path, at your own pace.</source>
        <translation>Życie, które jest dla ciebie dobre i ma sens, z objawami albo bez nich. To twoja własna droga, w twoim tempie.</translation>
    </message>
    <message>
        <source>Service user</source>
        <translation>Użytkownik usług</translation>
    </message>
    <message>
        <source>Someone who uses health or social care services, or cares for someone who does. Some people like this word and some don&apos;t.</source>
        <translation>Ktoś, kto korzysta z usług zdrowotnych lub pomocy społecznej albo opiekuje się kimś, kto z nich korzysta. Niektórzy lubią to określenie, inni nie.</translation>
    </message>
    <message>
        <source>Signposting</source>
        <translation>Kierowanie do pomocy</translation>
    </message>
    <message>
        <source>When someone points you to a service or group that may help, often local or online, and helps you find your way to it.</source>
        <translation>Kiedy ktoś wskazuje ci usługę albo grupę, która może pomóc, często lokalną lub w internecie, i pomaga ci do niej trafić (signposting).</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Osoba wspierająca</translation>
    </message>
    <message>
        <source>Someone you choose to help with your plan or in a crisis. It could be family, a friend, a [peer supporter](glossary:peer-supporter) or a professional.</source>
        <translation>Ktoś, kogo wybierasz do pomocy przy planie albo w kryzysie. Może to być ktoś z rodziny, przyjaciel, [osoba dająca wsparcie rówieśnicze](glossary:peer-supporter) albo specjalista.</translation>
    </message>
    <message>
        <source>User-led initiative</source>
        <translation>Inicjatywa prowadzona przez użytkowników</translation>
    </message>
    <message>
        <source>A group or project run by and for the people who use services. You may also hear it called service user led or peer-led.</source>
        <translation>Grupa albo projekt prowadzony przez osoby korzystające z usług i dla nich. Możesz też usłyszeć określenie „prowadzona przez użytkowników usług” albo „prowadzona przez rówieśników” (user-led, peer-led).</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Słowniczek</translation>
    </message>
    <message>
        <source>Find a word…</source>
        <translation>Znajdź słowo…</translation>
    </message>
    <message>
        <source>Find a word in the glossary</source>
        <translation>Znajdź słowo w słowniczku</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Pojęcia</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Znaczenie</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Zobacz też</translation>
    </message>
</context>
<context>
    <name>Helplines</name>
    <message>
        <source>Call</source>
        <translation>Zadzwoń</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>Wielka Brytania</translation>
    </message>
    <message>
        <source>NHS 111</source>
        <translation>NHS 111</translation>
    </message>
    <message>
        <source>For urgent help when it isn&apos;t an emergency. In England, choose option 2 for mental health.</source>
        <translation>Pilna pomoc, gdy to nie jest nagły wypadek. W Anglii wybierz opcję 2, sprawy zdrowia psychicznego.</translation>
    </message>
    <message>
        <source>England, Scotland and Wales</source>
        <translation>Anglia, Szkocja i Walia</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation>Służby ratunkowe</translation>
    </message>
    <message>
        <source>In an emergency, when someone&apos;s life is in danger or they are badly hurt.</source>
        <translation>W nagłym wypadku, gdy czyjeś życie jest w niebezpieczeństwie albo ktoś jest poważnie ranny.</translation>
    </message>
    <message>
        <source>Samaritans</source>
        <translation>Samaritans</translation>
    </message>
    <message>
        <source>Someone to listen, any time of day or night. Calls are free.</source>
        <translation>Ktoś, kto wysłucha, o każdej porze dnia i nocy. Rozmowy są bezpłatne.</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>Shout</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>SMS</translation>
    </message>
    <message>
        <source>Text if you would rather write than talk. It&apos;s free, day or night.</source>
        <translation>Napisz SMS, jeśli wolisz pisać niż rozmawiać. Bezpłatnie, w dzień i w nocy.</translation>
    </message>
    <message>
        <source>These numbers were last checked on {date}.</source>
        <translation>Te numery sprawdzono ostatnio {date}.</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>WrapDesk helps you write down your wishes, but it is not legal advice. For advice about your own situation, talk to a solicitor, Citizens Advice or a mental health advocacy service.</source>
        <translation>WrapDesk pomaga ci zapisać twoje życzenia, ale nie jest poradą prawną. Po poradę w twojej sytuacji zwróć się do prawnika (solicitor), Citizens Advice albo do rzecznika w sprawach zdrowia psychicznego.</translation>
    </message>
    <message>
        <source>An [advance statement](glossary:advance-statement), in England and Wales, says what you would like: your wishes, beliefs and values about your care. It is not legally binding, but people who decide for you must take it into account.</source>
        <translation>[Oświadczenie na przyszłość](glossary:advance-statement) (advance statement) w Anglii i Walii mówi, czego chcesz: jakie są twoje życzenia, przekonania i wartości dotyczące opieki. Nie jest prawnie wiążące, ale osoby, które decydują za ciebie, muszą je brać pod uwagę.</translation>
    </message>
    <message>
        <source>An [advance decision to refuse treatment](glossary:adrt), in England and Wales, says no to named treatments in named situations. If it is valid and fits the situation, it counts as if you said no at the time. It can&apos;t ask for treatment, and treatment for a [mental disorder](glossary:mental-disorder) may still be given under the Mental Health Act.</source>
        <translation>[Wcześniejsza decyzja o odmowie leczenia](glossary:adrt) (advance decision to refuse treatment) w Anglii i Walii mówi „nie” określonemu leczeniu w określonych sytuacjach. Jeśli jest ważna i pasuje do sytuacji, liczy się tak, jakby odmowa padła w tej chwili. Nie może domagać się leczenia, a leczenie [zaburzenia psychicznego](glossary:mental-disorder) nadal może być prowadzone na podstawie ustawy o zdrowiu psychicznym (Mental Health Act).</translation>
    </message>
    <message>
        <source>A [Scottish advance statement](glossary:scottish-advance-statement) says how you wish, or don&apos;t wish, to be treated for your mental health. It needs a witness from a set list of jobs. Doctors and tribunals must take it into account. If they go against it, they must write down why and tell you.</source>
        <translation>[Szkockie oświadczenie na przyszłość](glossary:scottish-advance-statement) mówi, jak chcesz, a jak nie chcesz, żeby cię leczono w sprawach zdrowia psychicznego. Potrzebny jest świadek wykonujący jeden z zawodów z ustalonej listy. Lekarze i trybunały muszą je brać pod uwagę. Jeśli postąpią wbrew niemu, muszą zapisać dlaczego i ci to przekazać.</translation>
    </message>
    <message>
        <source>You can make more than one. For example, you might write an advance statement and an advance decision about one or two treatments.</source>
        <translation>Możesz mieć więcej niż jedno. Na przykład możesz napisać oświadczenie na przyszłość i decyzję o odmowie jednego czy dwóch rodzajów leczenia.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Working</source>
        <translation>Trwa praca</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Zapisywanie</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Cofnij {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Cofnij</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Ponów {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ponów</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Nowy plan…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Otwórz plan…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>&amp;Wypróbuj demo</translation>
    </message>
    <message>
        <source>Open a plan someone &amp;shared…</source>
        <translation>Otwórz plan &amp;udostępniony…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>&amp;Kopia zapasowa…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>P&amp;rzywróć…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Zapisz jako PD&amp;F…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Zablokuj</translation>
    </message>
    <message>
        <source>&amp;Close plan</source>
        <translation>Zamknij p&amp;lan</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Zakoń&amp;cz</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Znajdź…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>Start a &amp;review</source>
        <translation>&amp;Zacznij przegląd</translation>
    </message>
    <message>
        <source>I&apos;ve been through a &amp;crisis</source>
        <translation>Mam za sobą &amp;kryzys</translation>
    </message>
    <message>
        <source>&amp;Share with a supporter…</source>
        <translation>&amp;Udostępnij osobie wspierającej…</translation>
    </message>
    <message>
        <source>My &amp;supporter key…</source>
        <translation>Mó&amp;j klucz osoby wspierającej…</translation>
    </message>
    <message>
        <source>Add your &amp;own part…</source>
        <translation>&amp;Dodaj własną część…</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Podsumowanie</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Osoby</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>P&amp;rzeglądy</translation>
    </message>
    <message>
        <source>&amp;Versions and sharing</source>
        <translation>&amp;Wersje i udostępnianie</translation>
    </message>
    <message>
        <source>Go to the list of &amp;parts</source>
        <translation>Przejdź do listy &amp;części</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Słowniczek</translation>
    </message>
    <message>
        <source>&amp;About WrapDesk</source>
        <translation>&amp;O programie WrapDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>Pl&amp;an</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>P&amp;omoc</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Zablokowany</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Otwórz kopię zapasową</translation>
    </message>
    <message>
        <source>This plan file can&apos;t be read as it is, and no earlier copy was found beside it. If you saved a backup somewhere else (a USB stick, say), choose Restore a backup to put it back. The damaged file is left as it is.</source>
        <translation>Tego pliku planu nie da się odczytać w obecnej postaci, a obok niego nie znaleziono wcześniejszej kopii. Jeśli masz kopię zapasową gdzie indziej (na przykład na pendrivie), wybierz Przywróć kopię zapasową, żeby ją przywrócić. Uszkodzony plik zostaje bez zmian.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Your new recovery key was closed before you confirmed you had kept it, and your old sheet no longer works. Please make another one: Settings, then Make a new recovery key.</source>
        <translation>Okno z nowym kluczem odzyskiwania zamknęło się, zanim potwierdzono, że go zachowano, a stara kartka już nie działa. Utwórz nowy klucz: Ustawienia, a potem Utwórz nowy klucz odzyskiwania.</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Sprawdź, proszę</translation>
    </message>
    <message>
        <source>{name} — WrapDesk</source>
        <translation>{name} — WrapDesk</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Otwórz plan</translation>
    </message>
    <message>
        <source>WrapDesk plans (*.wrapdesk);;All files (*)</source>
        <translation>Plany WrapDesk (*.wrapdesk);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Opening the demo plan…</source>
        <translation>Otwieram plan demo…</translation>
    </message>
    <message>
        <source>This is the demo plan. Nothing you change here is kept.</source>
        <translation>To jest plan demo. Nic, co tu zmienisz, nie zostanie zachowane.</translation>
    </message>
    <message>
        <source>Type your passphrase above first; the backup opens with the same one.</source>
        <translation>Najpierw wpisz hasło powyżej; kopia zapasowa otwiera się tym samym hasłem.</translation>
    </message>
    <message>
        <source>Demo plan — WrapDesk</source>
        <translation>Plan demo — WrapDesk</translation>
    </message>
    <message>
        <source>Your latest changes still can&apos;t be saved. If you choose another plan now, they will be lost. To keep trying, unlock your plan instead.</source>
        <translation>Ostatnich zmian nadal nie da się zapisać. Jeśli teraz wybierzesz inny plan, zostaną utracone. Aby dalej próbować, odblokuj swój plan.</translation>
    </message>
    <message>
        <source>Lose them and choose another plan</source>
        <translation>Porzuć je i wybierz inny plan</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Zostań tutaj</translation>
    </message>
    <message>
        <source>Please check your plan</source>
        <translation>Sprawdź, proszę, swój plan</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Zapisano</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Zapisywanie…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Jeszcze nie zapisano</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Nie zapisano</translation>
    </message>
    <message>
        <source>Demo: not kept</source>
        <translation>Demo: nic nie jest zachowywane</translation>
    </message>
    <message numerus="yes">
        <source>%n older [copy|copies] of your plan couldn&apos;t be updated just now, so [it still opens|they still open] the old way. WrapDesk will try again the next time you open your plan. [It is|They are] in: {folder}</source>
        <translation>
            <numerusform>Nie udało się teraz zaktualizować %n starszej kopii planu, więc nadal otwiera się po staremu. WrapDesk spróbuje ponownie, gdy następnym razem otworzysz plan. Jest w folderze: {folder}</numerusform>
            <numerusform>Nie udało się teraz zaktualizować %n starszych kopii planu, więc nadal otwierają się po staremu. WrapDesk spróbuje ponownie, gdy następnym razem otworzysz plan. Są w folderze: {folder}</numerusform>
            <numerusform>Nie udało się teraz zaktualizować %n starszych kopii planu, więc nadal otwierają się po staremu. WrapDesk spróbuje ponownie, gdy następnym razem otworzysz plan. Są w folderze: {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older [copy|copies] of your plan couldn&apos;t be updated, so [it still opens|they still open] the old way. [It|They] may be damaged. [It is|They are] in: {folder}</source>
        <translation>
            <numerusform>Nie udało się zaktualizować %n starszej kopii planu, więc nadal otwiera się po staremu. Może być uszkodzona. Jest w folderze: {folder}</numerusform>
            <numerusform>Nie udało się zaktualizować %n starszych kopii planu, więc nadal otwierają się po staremu. Mogą być uszkodzone. Są w folderze: {folder}</numerusform>
            <numerusform>Nie udało się zaktualizować %n starszych kopii planu, więc nadal otwierają się po staremu. Mogą być uszkodzone. Są w folderze: {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Some copies weren&apos;t updated</source>
        <translation>Niektóre kopie nie zostały zaktualizowane</translation>
    </message>
    <message>
        <source>Your latest changes couldn&apos;t be saved, so WrapDesk is still open. If you close now, the changes since your last save will be lost. Your saved plan and its backups are safe.</source>
        <translation>Nie udało się zapisać ostatnich zmian, więc WrapDesk jest nadal otwarty. Jeśli zamkniesz go teraz, zmiany od ostatniego zapisu przepadną. Twój zapisany plan i jego kopie zapasowe są bezpieczne.</translation>
    </message>
    <message>
        <source>Close and lose those changes</source>
        <translation>Zamknij i porzuć te zmiany</translation>
    </message>
    <message>
        <source>Stay open</source>
        <translation>Zostaw otwarte</translation>
    </message>
    <message>
        <source>Add your own part</source>
        <translation>Dodaj własną część</translation>
    </message>
    <message>
        <source>What would you like to call it?</source>
        <translation>Jak chcesz ją nazwać?</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Hasło zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>I&apos;ve been through a crisis</source>
        <translation>Mam za sobą kryzys</translation>
    </message>
    <message>
        <source>Print crisis plan…</source>
        <translation>Drukuj plan kryzysowy…</translation>
    </message>
    <message>
        <source>Share with a supporter…</source>
        <translation>Udostępnij osobie wspierającej…</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Zacznij przegląd</translation>
    </message>
    <message>
        <source>What WrapDesk calls you</source>
        <translation>Jak WrapDesk ma się do ciebie zwracać</translation>
    </message>
    <message>
        <source>Your full name, as printed on your plan</source>
        <translation>Twoje imię i nazwisko, tak jak na wydruku planu</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Zaimki</translation>
    </message>
    <message>
        <source>How people can communicate with you</source>
        <translation>Jak można się z tobą porozumiewać</translation>
    </message>
    <message>
        <source>Address (for your advance statements)</source>
        <translation>Adres (do oświadczeń na przyszłość)</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>O tobie</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>Cześć, {name}.</translation>
    </message>
    <message>
        <source>Hello.</source>
        <translation>Cześć.</translation>
    </message>
    <message>
        <source>Who to contact now</source>
        <translation>Z kim się teraz kontaktować</translation>
    </message>
    <message>
        <source>Add the people you would want called, with their phone numbers, on the People page. They will show here first.</source>
        <translation>Dodaj na stronie Osoby tych, do których chcesz, żeby dzwoniono, z numerami telefonów. Pojawią się tutaj na początku.</translation>
    </message>
    <message>
        <source>Helplines (numbers last checked {date}):</source>
        <translation>Numery pomocy (sprawdzone {date}):</translation>
    </message>
    <message>
        <source>Show {name}</source>
        <translation>Pokaż: {name}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Ukryj</translation>
    </message>
    <message>
        <source>Hide {name}</source>
        <translation>Ukryj: {name}</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>Kto ma kopię</translation>
    </message>
    <message>
        <source>Nobody has a copy of your plan yet. When you print it or share it with someone, you will see here which version they have.</source>
        <translation>Nikt jeszcze nie ma kopii twojego planu. Gdy go wydrukujesz albo komuś udostępnisz, zobaczysz tutaj, kto ma którą wersję.</translation>
    </message>
    <message>
        <source>{name} has version {number}, from {date}.</source>
        <translation>{name} ma wersję {number} ({date}).</translation>
    </message>
    <message>
        <source>Your plan has changed since.</source>
        <translation>Twój plan od tego czasu się zmienił.</translation>
    </message>
    <message>
        <source>Send an update</source>
        <translation>Wyślij aktualizację</translation>
    </message>
    <message>
        <source>Send {name} an update</source>
        <translation>Wyślij aktualizację: {name}</translation>
    </message>
    <message>
        <source>How your plan is coming along</source>
        <translation>Jak idzie twój plan</translation>
    </message>
    <message>
        <source>{started} of {total} parts have something written.</source>
        <translation>{started} z {total} części ma już coś wpisanego.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Choose a passphrase: three or four unrelated words work well.</source>
        <translation>Wybierz hasło: dobrze sprawdzają się trzy albo cztery niepowiązane słowa.</translation>
    </message>
    <message>
        <source>Too short. Use at least {count} characters; a few unrelated words are long and easy to remember.</source>
        <translation>Za krótkie. Użyj co najmniej {count} znaków; kilka niepowiązanych słów jest długie i łatwe do zapamiętania.</translation>
    </message>
    <message>
        <source>Easy to guess. Try three or four words that don&apos;t go together.</source>
        <translation>Łatwe do odgadnięcia. Spróbuj trzech albo czterech słów, które do siebie nie pasują.</translation>
    </message>
    <message>
        <source>Fair. Another word or two would make it much harder to guess.</source>
        <translation>Niezłe. Jeszcze jedno czy dwa słowa sprawią, że będzie dużo trudniejsze do odgadnięcia.</translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation>Dobre: trudne do odgadnięcia.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Bardzo mocne.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Pokaż hasło</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Siła hasła</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Ukryj hasło</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Please do not involve</source>
        <translation>Proszę nie angażować</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Leki</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Leczenie</translation>
    </message>
    <message>
        <source>Places of care</source>
        <translation>Miejsca opieki</translation>
    </message>
    <message>
        <source>Treatments I refuse</source>
        <translation>Leczenie, którego odmawiam</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Wpisy</translation>
    </message>
    <message>
        <source> (suggested by {name})</source>
        <translation> (pomysł: {name})</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Twój plan</translation>
    </message>
    <message>
        <source>{name} — version {number}, {date}</source>
        <translation>{name} — wersja {number}, {date}</translation>
    </message>
    <message>
        <source>{name} — the plan as it is now</source>
        <translation>{name} — plan w obecnej postaci</translation>
    </message>
    <message>
        <source>even if my life is at risk</source>
        <translation>nawet jeśli zagraża to mojemu życiu</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Something needs your attention</source>
        <translation>Coś wymaga twojej uwagi</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Spróbuj jeszcze raz</translation>
    </message>
    <message>
        <source>Keep my version here</source>
        <translation>Zachowaj moją wersję tutaj</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview of the pages</source>
        <translation>Podgląd stron</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n strona</numerusform>
            <numerusform>%n strony</numerusform>
            <numerusform>%n stron</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is this copy for? (optional)</source>
        <translation>Dla kogo jest ta kopia? (nieobowiązkowe)</translation>
    </message>
    <message>
        <source>Who this copy is for</source>
        <translation>Dla kogo jest ta kopia</translation>
    </message>
    <message>
        <source>Not saying</source>
        <translation>Wolę nie mówić</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Zapisz jako PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Strona {number}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Zapisz jako PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Pliki PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Zapisano jako {path}.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check it is on and connected, then try again.</source>
        <translation>Nie udało się uruchomić drukarki. Sprawdź, czy jest włączona i podłączona, i spróbuj jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>Crisis plan</source>
        <translation>Plan kryzysowy</translation>
    </message>
    <message>
        <source>Your whole plan</source>
        <translation>Cały twój plan</translation>
    </message>
    <message>
        <source>Advance statement</source>
        <translation>Oświadczenie na przyszłość</translation>
    </message>
    <message>
        <source>Advance decision to refuse treatment</source>
        <translation>Wcześniejsza decyzja o odmowie leczenia</translation>
    </message>
    <message>
        <source>Advance statement (Scotland)</source>
        <translation>Oświadczenie na przyszłość (Szkocja)</translation>
    </message>
    <message>
        <source>Wallet card</source>
        <translation>Karta do portfela</translation>
    </message>
    <message>
        <source>Before you print your advance decision, these parts are missing. It may not be valid without them:

{missing}

You can print it now and add them by hand, or go back and fill them in.</source>
        <translation>Zanim wydrukujesz swoją decyzję o odmowie leczenia: brakuje tych części. Bez nich może nie być ważna:

{missing}

Możesz wydrukować ją teraz i dopisać je ręcznie albo wrócić i je uzupełnić.</translation>
    </message>
    <message>
        <source>Print it anyway</source>
        <translation>Drukuj mimo to</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Wróć</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Kartka z kluczem odzyskiwania</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printed the crisis plan</source>
        <translation>Wydrukowano plan kryzysowy</translation>
    </message>
    <message>
        <source>Printed the whole plan</source>
        <translation>Wydrukowano cały plan</translation>
    </message>
    <message>
        <source>Printed the advance statement</source>
        <translation>Wydrukowano oświadczenie na przyszłość</translation>
    </message>
    <message>
        <source>Printed the advance decision</source>
        <translation>Wydrukowano decyzję o odmowie leczenia</translation>
    </message>
    <message>
        <source>Printed the Scottish statement</source>
        <translation>Wydrukowano szkockie oświadczenie</translation>
    </message>
    <message>
        <source>Printed the wallet card</source>
        <translation>Wydrukowano kartę do portfela</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>Refusal {number}</source>
        <translation>Odmowa {number}</translation>
    </message>
    <message>
        <source>I refuse</source>
        <translation>Odmawiam</translation>
    </message>
    <message>
        <source>When this applies</source>
        <translation>Kiedy to obowiązuje</translation>
    </message>
    <message>
        <source>I refuse this treatment even if my life is at risk as a result.</source>
        <translation>Odmawiam tego leczenia nawet wtedy, gdy w rezultacie zagrożone będzie moje życie.</translation>
    </message>
    <message>
        <source>I am 18 or over, and I make this decision while I am able to make decisions about my treatment. If a time comes when I can&apos;t make or share these decisions, I refuse the treatments below, in the situations I describe.</source>
        <translation>Mam ukończone 18 lat i podejmuję tę decyzję, gdy jestem w stanie decydować o swoim leczeniu. Jeśli nadejdzie czas, gdy nie będę w stanie podejmować tych decyzji ani ich przekazać, odmawiam leczenia wymienionego poniżej, w opisanych przeze mnie sytuacjach.</translation>
    </message>
    <message>
        <source>This is an advance decision under the Mental Capacity Act 2005, sections 24 to 26.</source>
        <translation>Jest to wcześniejsza decyzja o odmowie leczenia (advance decision) na podstawie ustawy o zdolności do decydowania z 2005 r. (Mental Capacity Act 2005), art. 24–26.</translation>
    </message>
    <message>
        <source>Advance decision to refuse treatment</source>
        <translation>Wcześniejsza decyzja o odmowie leczenia</translation>
    </message>
    <message>
        <source>The treatments I refuse</source>
        <translation>Leczenie, którego odmawiam</translation>
    </message>
    <message>
        <source>Where copies are kept</source>
        <translation>Gdzie są przechowywane kopie</translation>
    </message>
    <message>
        <source>Copies are kept by</source>
        <translation>Kopie mają</translation>
    </message>
    <message>
        <source>Or signed for me, in my presence and at my direction, by (name)</source>
        <translation>Albo podpisane w moim imieniu, w mojej obecności i na moje polecenie, przez (imię i nazwisko)</translation>
    </message>
    <message>
        <source>My signature</source>
        <translation>Mój podpis</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Data</translation>
    </message>
    <message>
        <source>Signing this decision</source>
        <translation>Podpisanie tej decyzji</translation>
    </message>
    <message>
        <source>Witness&apos;s signature</source>
        <translation>Podpis świadka</translation>
    </message>
    <message>
        <source>Witness&apos;s name</source>
        <translation>Imię i nazwisko świadka</translation>
    </message>
    <message>
        <source>Witness&apos;s address</source>
        <translation>Adres świadka</translation>
    </message>
    <message>
        <source>Witness: I saw this decision signed</source>
        <translation>Świadek: potwierdzam, że ta decyzja została podpisana w mojej obecności</translation>
    </message>
    <message>
        <source>Add your full name.</source>
        <translation>Dodaj swoje imię i nazwisko.</translation>
    </message>
    <message>
        <source>Add your date of birth, so people can be sure it&apos;s yours.</source>
        <translation>Dodaj swoją datę urodzenia, żeby nie było wątpliwości, że to twój dokument.</translation>
    </message>
    <message>
        <source>Add your address.</source>
        <translation>Dodaj swój adres.</translation>
    </message>
    <message>
        <source>Add your GP&apos;s name and surgery, so they can be told.</source>
        <translation>Dodaj nazwisko swojego lekarza rodzinnego i przychodnię, żeby można było ich powiadomić.</translation>
    </message>
    <message>
        <source>There are no refusals yet. Name each treatment you refuse, and when the refusal applies.</source>
        <translation>Nie ma jeszcze żadnej odmowy. Wymień każde leczenie, którego odmawiasz, i kiedy odmowa obowiązuje.</translation>
    </message>
    <message>
        <source>Refusal {number} doesn&apos;t name a treatment.</source>
        <translation>Odmowa {number} nie wymienia leczenia.</translation>
    </message>
    <message>
        <source>Your refusal of “{treatment}” doesn&apos;t say when it applies. Describe the situations it covers.</source>
        <translation>Twoja odmowa „{treatment}” nie mówi, kiedy obowiązuje. Opisz sytuacje, których dotyczy.</translation>
    </message>
    <message>
        <source>Say who has copies, so your decision can be found when needed.</source>
        <translation>Napisz, kto ma kopie, żeby twoją decyzję można było znaleźć, gdy będzie potrzebna.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Data urodzenia</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adres</translation>
    </message>
    <message>
        <source>My GP</source>
        <translation>Mój lekarz rodzinny</translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Leki</translation>
    </message>
    <message>
        <source>I wrote this while I was able to make decisions for myself. It says how I would like to be cared for if a time comes when I can&apos;t decide or say what I want.</source>
        <translation>Piszę to w czasie, gdy jestem w stanie decydować o sobie. Opisuję, jak chcę, żeby się mną opiekowano, jeśli nadejdzie czas, gdy nie będę w stanie zdecydować ani powiedzieć, czego chcę.</translation>
    </message>
    <message>
        <source>Advance statement</source>
        <translation>Oświadczenie na przyszłość</translation>
    </message>
    <message>
        <source>This statement is not legally binding, but anyone who decides what is in my best interests must take it into account (Mental Capacity Act 2005, section 4(6)). It can&apos;t stop treatment under the Mental Health Act.</source>
        <translation>To oświadczenie nie jest prawnie wiążące, ale każdy, kto decyduje o tym, co leży w moim najlepszym interesie, musi je brać pod uwagę (Mental Capacity Act 2005, art. 4 ust. 6). Nie może ono powstrzymać leczenia na podstawie ustawy o zdrowiu psychicznym (Mental Health Act).</translation>
    </message>
    <message>
        <source>Nothing is written in this statement yet.</source>
        <translation>W tym oświadczeniu nic jeszcze nie zapisano.</translation>
    </message>
    <message>
        <source>Signing this statement</source>
        <translation>Podpisanie tego oświadczenia</translation>
    </message>
    <message>
        <source>Witness (optional)</source>
        <translation>Świadek (nieobowiązkowo)</translation>
    </message>
    <message>
        <source>suggested by {name}</source>
        <translation>pomysł: {name}</translation>
    </message>
    <message>
        <source>Who to call first</source>
        <translation>Do kogo dzwonić najpierw</translation>
    </message>
    <message>
        <source>Others you can call</source>
        <translation>Inne osoby, do których można dzwonić</translation>
    </message>
    <message>
        <source>{how} {number}</source>
        <comment>a helpline: Call 116 123</comment>
        <translation>{how} {number}</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Numery pomocy</translation>
    </message>
    <message>
        <source>Please don&apos;t involve these people</source>
        <translation>Proszę nie angażować tych osób</translation>
    </message>
    <message>
        <source>I wrote this while I was well, for the people I trust to help me.</source>
        <translation>Piszę to w czasie, gdy czuję się dobrze, dla osób, którym ufam i które mi pomogą.</translation>
    </message>
    <message>
        <source>My crisis plan</source>
        <translation>Mój plan kryzysowy</translation>
    </message>
    <message>
        <source>Nothing else is written in this crisis plan yet.</source>
        <translation>W tym planie kryzysowym nie ma jeszcze nic więcej.</translation>
    </message>
    <message>
        <source>Crisis plan — {name}</source>
        <translation>Plan kryzysowy — {name}</translation>
    </message>
    <message>
        <source>A crisis plan, for the people helping in a hard moment</source>
        <translation>Plan kryzysowy dla osób, które pomagają w trudnej chwili</translation>
    </message>
    <message>
        <source>My Wellness Recovery Action Plan (WRAP)</source>
        <translation>Mój Plan działań na rzecz dobrostanu i zdrowienia (WRAP)</translation>
    </message>
    <message>
        <source>My advance statements</source>
        <translation>Moje oświadczenia na przyszłość</translation>
    </message>
    <message>
        <source>This refusal applies even if my life is at risk.</source>
        <translation>Ta odmowa obowiązuje nawet wtedy, gdy zagraża to mojemu życiu.</translation>
    </message>
    <message>
        <source>People who support me</source>
        <translation>Osoby, które mnie wspierają</translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation>Moje leki</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Leczenie</translation>
    </message>
    <message>
        <source>Places of treatment</source>
        <translation>Miejsca leczenia</translation>
    </message>
    <message>
        <source>Treatments I refuse</source>
        <translation>Leczenie, którego odmawiam</translation>
    </message>
    <message>
        <source>Details of my advance decision</source>
        <translation>Szczegóły mojej decyzji o odmowie leczenia</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Data podpisania</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Świadek</translation>
    </message>
    <message>
        <source>Witnessed on</source>
        <translation>Data poświadczenia</translation>
    </message>
    <message>
        <source>Signing and witness</source>
        <translation>Podpis i świadek</translation>
    </message>
    <message>
        <source>Their profession</source>
        <translation>Zawód</translation>
    </message>
    <message>
        <source>The people, medicines, treatments and places listed earlier in this plan belong to this part too.</source>
        <translation>Osoby, leki, leczenie i miejsca wymienione wcześniej w tym planie też należą do tej części.</translation>
    </message>
    <message>
        <source>Please call me</source>
        <translation>Proszę mówić do mnie</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Zaimki</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>Jak ze mną rozmawiać</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Mój plan</translation>
    </message>
    <message>
        <source>More from my plan</source>
        <translation>Więcej z mojego planu</translation>
    </message>
    <message>
        <source>Nothing is written here yet.</source>
        <translation>Nic tu jeszcze nie zapisano.</translation>
    </message>
    <message>
        <source>Plan — {name}</source>
        <translation>Plan — {name}</translation>
    </message>
    <message>
        <source>A wellness and recovery plan, with its crisis plan and wishes</source>
        <translation>Plan dobrostanu i zdrowienia, z planem kryzysowym i życzeniami</translation>
    </message>
    <message>
        <source>This key opens your plan if you ever forget your passphrase. WrapDesk showed it to you once and can&apos;t show it again, so keep this sheet somewhere safe.</source>
        <translation>Ten klucz otwiera twój plan, jeśli kiedyś zapomnisz hasła. WrapDesk pokazał go tylko raz i nie może pokazać go ponownie, więc trzymaj tę kartkę w bezpiecznym miejscu.</translation>
    </message>
    <message>
        <source>WrapDesk</source>
        <translation>WrapDesk</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Twój klucz odzyskiwania</translation>
    </message>
    <message>
        <source>The same key on one line: {key}</source>
        <translation>Ten sam klucz w jednym wierszu: {key}</translation>
    </message>
    <message>
        <source>Where your plan is</source>
        <translation>Gdzie jest twój plan</translation>
    </message>
    <message>
        <source>If you move or copy the file, the same key still opens it.</source>
        <translation>Jeśli przeniesiesz albo skopiujesz plik, ten sam klucz nadal go otworzy.</translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation>Jeśli zapomnisz hasła</translation>
    </message>
    <message>
        <source>Open your plan in WrapDesk.</source>
        <translation>Otwórz swój plan w WrapDesk.</translation>
    </message>
    <message>
        <source>Choose to use your recovery key instead of your passphrase, and type the 48 digits. Spaces and dashes don&apos;t matter.</source>
        <translation>Wybierz użycie klucza odzyskiwania zamiast hasła i wpisz 48 cyfr. Spacje i myślniki nie mają znaczenia.</translation>
    </message>
    <message>
        <source>Choose a new passphrase. This key keeps working afterwards.</source>
        <translation>Wybierz nowe hasło. Ten klucz potem nadal działa.</translation>
    </message>
    <message>
        <source>Keeping this sheet safe</source>
        <translation>Jak chronić tę kartkę</translation>
    </message>
    <message>
        <source>Anyone with this key and your plan file can read your plan. Keep the sheet away from your laptop and its bag.</source>
        <translation>Każdy, kto ma ten klucz i plik twojego planu, może przeczytać twój plan. Trzymaj kartkę z dala od laptopa i jego torby.</translation>
    </message>
    <message>
        <source>Keep it with your important papers, or in a sealed envelope with someone you trust.</source>
        <translation>Trzymaj ją razem z ważnymi dokumentami albo w zaklejonej kopercie u kogoś, komu ufasz.</translation>
    </message>
    <message>
        <source>Don&apos;t photograph it, and don&apos;t keep a copy on your computer or phone.</source>
        <translation>Nie rób jej zdjęcia i nie trzymaj kopii na komputerze ani w telefonie.</translation>
    </message>
    <message>
        <source>WrapDesk recovery key</source>
        <translation>Klucz odzyskiwania WrapDesk</translation>
    </message>
    <message>
        <source>The key that opens your plan if you forget your passphrase</source>
        <translation>Klucz, który otwiera twój plan, jeśli zapomnisz hasła</translation>
    </message>
    <message>
        <source>Private: keep this sheet safe</source>
        <translation>Prywatne: trzymaj tę kartkę w bezpiecznym miejscu</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Wydrukowano {date}</translation>
    </message>
    <message>
        <source>I certify that, in my opinion, when {name} made this statement they had the capacity to intend the wishes set out in it.</source>
        <translation>Poświadczam, że moim zdaniem w chwili sporządzania tego oświadczenia osoba {name} była zdolna świadomie wyrazić zawarte w nim życzenia.</translation>
    </message>
    <message>
        <source>I certify that, in my opinion, when the person named above made this statement they had the capacity to intend the wishes set out in it.</source>
        <translation>Poświadczam, że moim zdaniem w chwili sporządzania tego oświadczenia osoba wymieniona powyżej była zdolna świadomie wyrazić zawarte w nim życzenia.</translation>
    </message>
    <message>
        <source>I belong to one of the groups of people who may witness an advance statement, such as a doctor, nurse, social worker, psychologist, solicitor or occupational therapist.</source>
        <translation>Należę do jednej z grup osób, które mogą być świadkiem oświadczenia na przyszłość, na przykład: lekarz, pielęgniarka, pracownik socjalny, psycholog, prawnik (solicitor) albo terapeuta zajęciowy.</translation>
    </message>
    <message>
        <source>Witness&apos;s certificate</source>
        <translation>Poświadczenie świadka</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Zawód</translation>
    </message>
    <message>
        <source>This is my advance statement. It says how I wish, and do not wish, to be treated for my mental health if my ability to make decisions about it becomes significantly impaired.</source>
        <translation>To jest moje oświadczenie na przyszłość. Mówi, jak chcę, a jak nie chcę, żeby leczono moje zdrowie psychiczne, jeśli moja zdolność do podejmowania decyzji w tej sprawie znacznie się pogorszy.</translation>
    </message>
    <message>
        <source>It is made under section 275 of the Mental Health (Care and Treatment) (Scotland) Act 2003.</source>
        <translation>Zostało sporządzone na podstawie art. 275 szkockiej ustawy o zdrowiu psychicznym (Mental Health (Care and Treatment) (Scotland) Act 2003).</translation>
    </message>
    <message>
        <source>Advance statement (Scotland)</source>
        <translation>Oświadczenie na przyszłość (Szkocja)</translation>
    </message>
    <message>
        <source>I have a crisis plan and an advance statement.</source>
        <translation>Mam plan kryzysowy i oświadczenie na przyszłość.</translation>
    </message>
    <message>
        <source>I have an advance statement.</source>
        <translation>Mam oświadczenie na przyszłość.</translation>
    </message>
    <message>
        <source>I have a crisis plan.</source>
        <translation>Mam plan kryzysowy.</translation>
    </message>
    <message>
        <source>If I can&apos;t speak for myself, please contact:</source>
        <translation>Jeśli nie mogę mówić za siebie, proszę skontaktować się z:</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Uczulenia</translation>
    </message>
    <message>
        <source>Cut along the corner marks, then fold along the dashed line with the printing on the outside. Folded, each card is the size of a bank card: keep one in your wallet, and one in a bag or coat.</source>
        <translation>Wytnij wzdłuż znaczników w rogach, a potem złóż wzdłuż przerywanej linii, nadrukiem na zewnątrz. Po złożeniu każda karta ma rozmiar karty bankowej: jedną trzymaj w portfelu, a drugą w torbie albo płaszczu.</translation>
    </message>
    <message>
        <source>Wallet card</source>
        <translation>Karta do portfela</translation>
    </message>
    <message>
        <source>Wallet card — {name}</source>
        <translation>Karta do portfela — {name}</translation>
    </message>
    <message>
        <source>A card to carry, saying who to contact</source>
        <translation>Karta do noszenia przy sobie, z informacją, z kim się kontaktować</translation>
    </message>
    <message>
        <source>January</source>
        <comment>month</comment>
        <translation>stycznia</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month</comment>
        <translation>lutego</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month</comment>
        <translation>marca</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month</comment>
        <translation>kwietnia</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>maja</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month</comment>
        <translation>czerwca</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month</comment>
        <translation>lipca</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month</comment>
        <translation>sierpnia</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month</comment>
        <translation>września</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month</comment>
        <translation>października</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month</comment>
        <translation>listopada</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month</comment>
        <translation>grudnia</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date: 16 May 2026</comment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>Version {number} · {date}</source>
        <translation>Wersja {number} · {date}</translation>
    </message>
    <message>
        <source>Printed {date} — not a saved version</source>
        <translation>Wydrukowano {date} — to nie jest zapisana wersja</translation>
    </message>
    <message>
        <source>Check this is the newest copy</source>
        <translation>Sprawdź, czy to najnowsza kopia</translation>
    </message>
    <message>
        <source>Check this is the newest copy — ask {name}</source>
        <translation>Sprawdź, czy to najnowsza kopia — zapytaj: {name}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Strona {page} z {pages}</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>What you can expect</source>
        <translation>Czego możesz się spodziewać</translation>
    </message>
    <message>
        <source>How true did these feel this time? There are no wrong answers, and you can leave any of them.</source>
        <translation>Na ile prawdziwe wydawały się te zdania tym razem? Nie ma złych odpowiedzi i każde możesz pominąć.</translation>
    </message>
    <message>
        <source>A comment, if you like</source>
        <translation>Komentarz, jeśli chcesz</translation>
    </message>
    <message>
        <source>Comment on: {statement}</source>
        <translation>Komentarz do: {statement}</translation>
    </message>
</context>
<context>
    <name>RatingsChart</name>
    <message>
        <source>Chart of how each step felt, review by review</source>
        <translation>Wykres tego, jak odczuwano każdy krok, przegląd po przeglądzie</translation>
    </message>
    <message>
        <source>{step}: from {first:.1f} to {last:.1f} out of 2</source>
        <translation>{step}: od {first:.1f} do {last:.1f} na 2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Jeszcze nie</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Częściowo</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Tak</translation>
    </message>
    <message>
        <source>Review {number}</source>
        <translation>Przegląd {number}</translation>
    </message>
    <message>
        <source>Your ratings will show here after your first review.</source>
        <translation>Twoje oceny pojawią się tutaj po pierwszym przeglądzie.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Make a new recovery key</source>
        <translation>Zrób nowy klucz odzyskiwania</translation>
    </message>
    <message>
        <source>A new key replaces the old one: your old printed sheet will stop opening this plan and the backups WrapDesk keeps beside it. Do this if you have lost the sheet, or think someone else may have seen it.</source>
        <translation>Nowy klucz zastępuje stary: twoja stara wydrukowana kartka przestanie otwierać ten plan i kopie zapasowe, które WrapDesk trzyma obok niego. Zrób to, jeśli kartka zginęła albo myślisz, że ktoś inny mógł ją widzieć.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Twoje hasło</translation>
    </message>
    <message>
        <source>To make a new key, type your passphrase:</source>
        <translation>Aby utworzyć nowy klucz, wpisz swoje hasło:</translation>
    </message>
    <message>
        <source>Last group of your new recovery key</source>
        <translation>Ostatnia grupa twojego nowego klucza odzyskiwania</translation>
    </message>
    <message>
        <source>Print a recovery sheet…</source>
        <translation>Wydrukuj kartkę z kluczem…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Zrób nowy klucz</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Twój nowy klucz odzyskiwania</translation>
    </message>
    <message>
        <source>This is your new recovery key. Print it or write it down and keep it safe; WrapDesk will not show it again. Type its last group below to finish.</source>
        <translation>To jest twój nowy klucz odzyskiwania. Wydrukuj go albo zapisz na kartce i trzymaj w bezpiecznym miejscu; WrapDesk nie pokaże go ponownie. Żeby zakończyć, wpisz poniżej jego ostatnią grupę.</translation>
    </message>
    <message>
        <source>I&apos;ve kept it</source>
        <translation>Klucz zachowany</translation>
    </message>
    <message>
        <source>That isn&apos;t your passphrase. Nothing was changed; please try again.</source>
        <translation>To nie jest twoje hasło. Nic nie zostało zmienione; spróbuj jeszcze raz.</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>You stopped at {step}. Carry on whenever you&apos;re ready; nothing is lost.</source>
        <translation>Przerwa na kroku: {step}. Wróć, kiedy zechcesz; nic nie przepadło.</translation>
    </message>
    <message>
        <source>This review looks back at your recent crisis, gently.</source>
        <translation>Ten przegląd łagodnie wraca do twojego niedawnego kryzysu.</translation>
    </message>
    <message>
        <source>Your review is under way</source>
        <translation>Twój przegląd trwa</translation>
    </message>
    <message>
        <source>Carry on with your review</source>
        <translation>Kontynuuj przegląd</translation>
    </message>
    <message>
        <source>Reviewing your plan</source>
        <translation>Przegląd twojego planu</translation>
    </message>
    <message>
        <source>When you&apos;re ready, a review walks you through four steps: looking at what matters, deciding next steps, writing your plan, and putting it into practice. You can stop and come back at any point.</source>
        <translation>Kiedy zechcesz, przegląd przeprowadzi cię przez cztery kroki: spojrzenie na to, co ważne, wybór kolejnych kroków, pisanie planu i wprowadzanie go w życie. Możesz w każdej chwili przerwać i wrócić później.</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Zacznij przegląd</translation>
    </message>
    <message>
        <source>It&apos;s time for a review</source>
        <translation>Czas na przegląd</translation>
    </message>
    <message>
        <source>Your review date was {date}. Start when you&apos;re ready; there&apos;s no rush, and you can take it one step at a time.</source>
        <translation>Twój przegląd był zaplanowany na {date}. Zacznij, kiedy zechcesz; nie ma pośpiechu i możesz iść krok po kroku.</translation>
    </message>
    <message>
        <source>Your next review</source>
        <translation>Twój następny przegląd</translation>
    </message>
    <message>
        <source>Your next review is on {date}. You can start one sooner at any time.</source>
        <translation>Twój następny przegląd: {date}. Możesz w każdej chwili zacząć go wcześniej.</translation>
    </message>
    <message>
        <source>Start a review now</source>
        <translation>Zacznij przegląd teraz</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>I&apos;m sorry it has been hard. Your post-crisis plan is open. When you feel ready, a review will look at what happened, and suggests the next one by {date}.</source>
        <translation>Przykro mi, że było ciężko. Twój plan po kryzysie jest otwarty. Kiedy poczujesz, że to dobry moment, przegląd przyjrzy się temu, co się stało, i zaproponuje następny do {date}.</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Twój przegląd</translation>
    </message>
    <message>
        <source>Go to {step}</source>
        <translation>Przejdź do kroku: {step}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Wstecz</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Pomiń ten krok</translation>
    </message>
    <message>
        <source>Leave for now</source>
        <translation>Na razie przerwij</translation>
    </message>
    <message>
        <source>Everything is kept; carry on whenever you like.</source>
        <translation>Wszystko jest zachowane; wróć, kiedy zechcesz.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Dalej</translation>
    </message>
    <message>
        <source>Reviewing your plan</source>
        <translation>Przegląd twojego planu</translation>
    </message>
    <message>
        <source>A review goes round four steps with you: what matters to you now, what you&apos;d like to do next, writing your plan, and putting it into practice. You can skip any step, leave at any point and carry on later. Nothing is required.</source>
        <translation>Przegląd przechodzi z tobą przez cztery kroki: co jest dla ciebie teraz ważne, co chcesz zrobić dalej, pisanie planu i wprowadzanie go w życie. Możesz pominąć każdy krok, przerwać w dowolnej chwili i wrócić później. Nic nie jest obowiązkowe.</translation>
    </message>
    <message>
        <source>Your last review finished on {date}.</source>
        <translation>Twój ostatni przegląd zakończył się {date}.</translation>
    </message>
    <message>
        <source>This review follows a crisis</source>
        <translation>Ten przegląd jest po kryzysie</translation>
    </message>
    <message>
        <source>Start my review</source>
        <translation>Zacznij mój przegląd</translation>
    </message>
    <message>
        <source>Finish my review</source>
        <translation>Zakończ mój przegląd</translation>
    </message>
    <message>
        <source>Skip and finish</source>
        <translation>Pomiń i zakończ</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Jesteś tutaj</translation>
    </message>
    <message>
        <source>Your review is finished</source>
        <translation>Twój przegląd jest zakończony</translation>
    </message>
    <message>
        <source>Well done for taking the time. Version {number} of your plan is saved.</source>
        <translation>Dobrze, że znalazł się na to czas. Wersja {number} twojego planu jest zapisana.</translation>
    </message>
    <message>
        <source>Your next review is on {date}.</source>
        <translation>Twój następny przegląd: {date}.</translation>
    </message>
    <message>
        <source>{name} has an older copy (version {number}).</source>
        <translation>{name} ma starszą kopię (wersja {number}).</translation>
    </message>
    <message>
        <source>Send {name} an update</source>
        <translation>Wyślij aktualizację: {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Reviews</source>
        <translation>Przeglądy</translation>
    </message>
    <message>
        <source>Each review goes round four steps with you: co-assess, co-decide, co-design and co-deliver. Here is what you wrote each time, and how true the “what I can expect” statements felt.</source>
        <translation>Każdy przegląd przechodzi z tobą przez cztery kroki: wspólną ocenę, wspólne decyzje, wspólne tworzenie i wspólne działanie. Tu widać, co zapisano za każdym razem i na ile prawdziwe wydawały się zdania „czego mogę się spodziewać”.</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Zacznij przegląd</translation>
    </message>
    <message>
        <source>How each step felt</source>
        <translation>Jak odczuwano każdy krok</translation>
    </message>
    <message>
        <source>The same figures as a table</source>
        <translation>Te same dane w tabeli</translation>
    </message>
    <message>
        <source>Review {n}</source>
        <translation>Przegląd {n}</translation>
    </message>
    <message>
        <source>0 means “not yet” for every statement; 2 means “yes” for all.</source>
        <translation>0 oznacza „jeszcze nie” przy każdym zdaniu; 2 oznacza „tak” przy wszystkich.</translation>
    </message>
    <message>
        <source>No reviews finished yet.</source>
        <translation>Nie zakończono jeszcze żadnego przeglądu.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>brak</translation>
    </message>
    <message>
        <source>Steps done: {steps}.</source>
        <translation>Kroki zrobione: {steps}.</translation>
    </message>
    <message>
        <source>Skipped: {steps}.</source>
        <translation>Pominięte: {steps}.</translation>
    </message>
    <message>
        <source>Goal: {text}</source>
        <translation>Cel: {text}</translation>
    </message>
    <message>
        <source> (chosen)</source>
        <translation> (wybrane)</translation>
    </message>
    <message>
        <source>Option: {text}{chosen}</source>
        <translation>Możliwość: {text}{chosen}</translation>
    </message>
    <message>
        <source>me</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>bez daty</translation>
    </message>
    <message>
        <source>{what} — {who}, by {due}</source>
        <translation>{what} — {who}, do {due}</translation>
    </message>
    <message>
        <source>Review {number}, finished {date}</source>
        <translation>Przegląd {number}, zakończony {date}</translation>
    </message>
    <message>
        <source>(after a crisis)</source>
        <translation>(po kryzysie)</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>What I&apos;ve written</source>
        <translation>Co zapisano</translation>
    </message>
    <message>
        <source>Add something</source>
        <translation>Dodaj coś</translation>
    </message>
    <message>
        <source>A part of your plan you made yourself.</source>
        <translation>Część planu dodana przez ciebie.</translation>
    </message>
    <message>
        <source>Rename this part…</source>
        <translation>Zmień nazwę tej części…</translation>
    </message>
    <message>
        <source>Delete this part</source>
        <translation>Usuń tę część</translation>
    </message>
    <message>
        <source>What this is, in plain words</source>
        <translation>Co to jest, prostymi słowami</translation>
    </message>
    <message>
        <source>Show some examples</source>
        <translation>Pokaż kilka przykładów</translation>
    </message>
    <message numerus="yes">
        <source>Ideas to get started (%n)</source>
        <translation>
            <numerusform>Pomysły na początek (%n)</numerusform>
            <numerusform>Pomysły na początek (%n)</numerusform>
            <numerusform>Pomysły na początek (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename this part</source>
        <translation>Zmień nazwę tej części</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Nowa nazwa:</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” and the %n thing(s) written in it? You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Usunąć „{title}” i %n wpis w tej części? Możesz to cofnąć: Edycja ▸ Cofnij.</numerusform>
            <numerusform>Usunąć „{title}” i %n wpisy w tej części? Możesz to cofnąć: Edycja ▸ Cofnij.</numerusform>
            <numerusform>Usunąć „{title}” i %n wpisów w tej części? Możesz to cofnąć: Edycja ▸ Cofnij.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Your WRAP</source>
        <translation>Twój WRAP</translation>
    </message>
    <message>
        <source>Your own [Wellness Recovery Action Plan](glossary:wrap): how you stay well, spot changes early, and get through hard times.</source>
        <translation>Twój własny [Plan działań na rzecz dobrostanu i zdrowienia](glossary:wrap): jak dbasz o dobre samopoczucie, jak wcześnie zauważasz zmiany i jak przechodzisz przez trudne chwile.</translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation>Plan kryzysowy</translation>
    </message>
    <message>
        <source>Written while you are well, so the people you trust know how to help if you can&apos;t act for yourself.</source>
        <translation>Pisany, gdy czujesz się dobrze, żeby osoby, którym ufasz, wiedziały, jak pomóc, jeśli nie możesz o siebie zadbać.</translation>
    </message>
    <message>
        <source>Advance statements</source>
        <translation>Oświadczenia na przyszłość</translation>
    </message>
    <message>
        <source>Your choices about future care, written now for a time when you may not be able to decide or say.</source>
        <translation>Twoje wybory dotyczące przyszłej opieki, zapisane teraz na czas, gdy możesz nie być w stanie zdecydować ani tego powiedzieć.</translation>
    </message>
    <message>
        <source>Advance statement (England and Wales)</source>
        <translation>Oświadczenie na przyszłość (Anglia i Walia)</translation>
    </message>
    <message>
        <source>Advance statement</source>
        <comment>short</comment>
        <translation>Oświadczenie</translation>
    </message>
    <message>
        <source>Your wishes, beliefs and values about your care, for a time when you can&apos;t decide or say what you want.</source>
        <translation>Twoje życzenia, przekonania i wartości dotyczące opieki, na czas, gdy nie możesz zdecydować ani powiedzieć, czego chcesz.</translation>
    </message>
    <message>
        <source>What matters most to you about how you are cared for?</source>
        <translation>Co jest dla ciebie najważniejsze w tym, jak się tobą opiekują?</translation>
    </message>
    <message>
        <source>Which treatments or medicines work for you, and which don&apos;t?</source>
        <translation>Które leczenie albo leki ci pomagają, a które nie?</translation>
    </message>
    <message>
        <source>Who should be told if you become unwell, and who shouldn&apos;t?</source>
        <translation>Kogo trzeba powiadomić, jeśli zachorujesz, a kogo nie?</translation>
    </message>
    <message>
        <source>Who can look after your children, pets or home?</source>
        <translation>Kto może zająć się twoimi dziećmi, zwierzętami albo domem?</translation>
    </message>
    <message>
        <source>How can people help you understand them, and be understood?</source>
        <translation>Jak ludzie mogą pomóc ci ich zrozumieć i sprawić, żeby ciebie rozumiano?</translation>
    </message>
    <message>
        <source>Please let me keep my own clothes and phone on the ward</source>
        <translation>Proszę pozwolić mi mieć na oddziale własne ubrania i telefon</translation>
    </message>
    <message>
        <source>I&apos;m vegetarian, and I&apos;d like to see a chaplain</source>
        <translation>Nie jem mięsa i chcę spotkać się z kapelanem</translation>
    </message>
    <message>
        <source>Talk to me in short sentences and give me time to answer</source>
        <translation>Mówcie do mnie krótkimi zdaniami i dajcie mi czas na odpowiedź</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Leczenie</translation>
    </message>
    <message>
        <source>Add a wish about treatment</source>
        <translation>Dodaj życzenie dotyczące leczenia</translation>
    </message>
    <message>
        <source>Notes about medicines</source>
        <translation>Uwagi o lekach</translation>
    </message>
    <message>
        <source>Add a note about medicines</source>
        <translation>Dodaj uwagę o lekach</translation>
    </message>
    <message>
        <source>Your list of medicines is in your crisis plan. Add anything else here.</source>
        <translation>Twoja lista leków jest w planie kryzysowym. Tutaj dodaj wszystko inne.</translation>
    </message>
    <message>
        <source>If I go into hospital</source>
        <translation>Jeśli trafię do szpitala</translation>
    </message>
    <message>
        <source>Add a wish about hospital</source>
        <translation>Dodaj życzenie dotyczące szpitala</translation>
    </message>
    <message>
        <source>Physical health and disability</source>
        <translation>Zdrowie fizyczne i niepełnosprawność</translation>
    </message>
    <message>
        <source>Add a health need</source>
        <translation>Dodaj potrzebę zdrowotną</translation>
    </message>
    <message>
        <source>Who to contact</source>
        <translation>Z kim się kontaktować</translation>
    </message>
    <message>
        <source>Add someone to contact</source>
        <translation>Dodaj osobę do kontaktu</translation>
    </message>
    <message>
        <source>Who not to contact</source>
        <translation>Z kim się nie kontaktować</translation>
    </message>
    <message>
        <source>Add someone not to contact</source>
        <translation>Dodaj osobę, z którą się nie kontaktować</translation>
    </message>
    <message>
        <source>Children, dependants and pets</source>
        <translation>Dzieci, osoby zależne i zwierzęta</translation>
    </message>
    <message>
        <source>Add a child, dependant or pet</source>
        <translation>Dodaj dziecko, osobę zależną albo zwierzę</translation>
    </message>
    <message>
        <source>Home, bills, benefits and work</source>
        <translation>Dom, rachunki, świadczenia i praca</translation>
    </message>
    <message>
        <source>Add something about home or money</source>
        <translation>Dodaj coś o domu albo pieniądzach</translation>
    </message>
    <message>
        <source>Faith and culture</source>
        <translation>Wiara i kultura</translation>
    </message>
    <message>
        <source>Add something about faith or culture</source>
        <translation>Dodaj coś o wierze albo kulturze</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Jedzenie i picie</translation>
    </message>
    <message>
        <source>Add something about food</source>
        <translation>Dodaj coś o jedzeniu</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>Jak ze mną rozmawiać</translation>
    </message>
    <message>
        <source>Add a way to talk with me</source>
        <translation>Dodaj sposób rozmawiania ze mną</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Coś jeszcze</translation>
    </message>
    <message>
        <source>Add something else</source>
        <translation>Dodaj coś innego</translation>
    </message>
    <message>
        <source>An [advance statement](glossary:advance-statement) tells people how you would like to be cared for if you can&apos;t make or share decisions yourself. It can cover anything that matters to you.</source>
        <translation>[Oświadczenie na przyszłość](glossary:advance-statement) (advance statement) mówi ludziom, jak chcesz, żeby się tobą opiekowano, jeśli nie możesz podejmować decyzji ani ich przekazać. Może dotyczyć wszystkiego, co jest dla ciebie ważne.</translation>
    </message>
    <message>
        <source>It is not legally binding. But anyone who decides in your [best interests](glossary:best-interests) must take it into account. This comes from section 4(6) of the [Mental Capacity Act 2005](glossary:mental-capacity-act).</source>
        <translation>Nie jest prawnie wiążące. Ale każdy, kto decyduje w twoim [najlepszym interesie](glossary:best-interests), musi je brać pod uwagę. Wynika to z art. 4 ust. 6 [ustawy o zdolności do decydowania z 2005 r. (Mental Capacity Act 2005)](glossary:mental-capacity-act).</translation>
    </message>
    <message>
        <source>It can&apos;t stop treatment given under the [Mental Health Act](glossary:mental-health-act), but it still tells staff what you would like.</source>
        <translation>Nie może powstrzymać leczenia na podstawie [ustawy o zdrowiu psychicznym (Mental Health Act)](glossary:mental-health-act), ale nadal mówi personelowi, czego chcesz.</translation>
    </message>
    <message>
        <source>Sign and date it. You don&apos;t need a [witness](glossary:witness), but having one can help show it is yours.</source>
        <translation>Podpisz je i wpisz datę. Nie potrzebujesz [świadka](glossary:witness), ale świadek może pomóc pokazać, że to twój dokument.</translation>
    </message>
    <message>
        <source>Look at it again about once a year, and after a crisis or a change in treatment. Give copies to your family, your [GP](glossary:gp) and your [care team](glossary:care-team).</source>
        <translation>Przejrzyj je mniej więcej raz w roku, a także po kryzysie albo zmianie leczenia. Daj kopie rodzinie, [lekarzowi rodzinnemu (GP)](glossary:gp) i [zespołowi opieki](glossary:care-team).</translation>
    </message>
    <message>
        <source>WrapDesk helps you put your wishes into words. It is not legal advice. For advice about your own situation, talk to a solicitor, Citizens Advice or a mental health [advocate](glossary:advocate).</source>
        <translation>WrapDesk pomaga ci ubrać twoje życzenia w słowa. Nie jest poradą prawną. Po poradę w twojej sytuacji zwróć się do prawnika (solicitor), Citizens Advice albo [rzecznika](glossary:advocate) w sprawach zdrowia psychicznego.</translation>
    </message>
    <message>
        <source>Advance decision to refuse treatment</source>
        <translation>Wcześniejsza decyzja o odmowie leczenia</translation>
    </message>
    <message>
        <source>Refusals (ADRT)</source>
        <comment>short</comment>
        <translation>Odmowy (ADRT)</translation>
    </message>
    <message>
        <source>Treatments you refuse now, in case you can&apos;t make that choice later. For England and Wales.</source>
        <translation>Leczenie, którego odmawiasz już teraz, na wypadek gdyby później nie dało się dokonać tego wyboru. Dotyczy Anglii i Walii.</translation>
    </message>
    <message>
        <source>Is there a treatment you are sure you would refuse?</source>
        <translation>Czy jest leczenie, którego na pewno odmówisz?</translation>
    </message>
    <message>
        <source>When should each refusal apply?</source>
        <translation>Kiedy ma obowiązywać każda odmowa?</translation>
    </message>
    <message>
        <source>Does a refusal cover [treatment that keeps you alive](glossary:life-sustaining-treatment)?</source>
        <translation>Czy któraś odmowa dotyczy [leczenia, które utrzymuje cię przy życiu](glossary:life-sustaining-treatment)?</translation>
    </message>
    <message>
        <source>Who has a copy? Does your GP know about it?</source>
        <translation>Kto ma kopię? Czy twój lekarz rodzinny o niej wie?</translation>
    </message>
    <message>
        <source>I refuse haloperidol in any form: it gave me painful spasms</source>
        <translation>Odmawiam haloperidolu w każdej postaci: wywoływał u mnie bolesne skurcze</translation>
    </message>
    <message>
        <source>I refuse electroconvulsive therapy (ECT) in any situation</source>
        <translation>Odmawiam terapii elektrowstrząsowej (EW) w każdej sytuacji</translation>
    </message>
    <message>
        <source>An [advance decision](glossary:adrt) lets you refuse a treatment now, in case you can&apos;t make or share that choice later. It can only say no to treatment. It can&apos;t ask for it.</source>
        <translation>[Wcześniejsza decyzja](glossary:adrt) (advance decision to refuse treatment) pozwala ci odmówić leczenia już teraz, na wypadek gdyby później nie dało się dokonać tego wyboru ani go przekazać. Może tylko mówić „nie” leczeniu. Nie może się go domagać.</translation>
    </message>
    <message>
        <source>You need to be 18 or over and have [capacity](glossary:capacity) when you make it. Name each treatment you refuse, and the situations when the refusal applies.</source>
        <translation>Musisz mieć ukończone 18 lat i [zdolność do decydowania](glossary:capacity), kiedy ją podejmujesz. Wymień każde leczenie, którego odmawiasz, i sytuacje, w których odmowa obowiązuje.</translation>
    </message>
    <message>
        <source>To refuse [life-sustaining treatment](glossary:life-sustaining-treatment), it must be in writing and signed by you, or by someone else for you while you are there. You sign in front of a [witness](glossary:witness), who signs too. It must also say that it applies “even if my life is at risk”.</source>
        <translation>Żeby odmówić [leczenia podtrzymującego życie](glossary:life-sustaining-treatment), decyzja musi być na piśmie i podpisana przez ciebie albo przez kogoś innego w twoim imieniu, w twojej obecności. Podpisujesz ją przy [świadku](glossary:witness), który też ją podpisuje. Musi też mówić, że obowiązuje „nawet jeśli zagraża to mojemu życiu”.</translation>
    </message>
    <message>
        <source>It stops counting if you withdraw it, or if you act in a way that clearly goes against it. A [lasting power of attorney](glossary:lasting-power-of-attorney) you make later, covering the same treatment, also replaces it.</source>
        <translation>Przestaje obowiązywać, jeśli ją wycofasz albo jeśli twoje postępowanie wyraźnie jej przeczy. Zastępuje ją też [stałe pełnomocnictwo (lasting power of attorney)](glossary:lasting-power-of-attorney) ustanowione później, które obejmuje to samo leczenie.</translation>
    </message>
    <message>
        <source>It only applies to the treatment and the situations you describe. Doctors may still treat a [mental disorder](glossary:mental-disorder) under the [Mental Health Act 1983](glossary:mental-health-act).</source>
        <translation>Obowiązuje tylko w odniesieniu do leczenia i sytuacji, które opisujesz. Lekarze nadal mogą leczyć [zaburzenie psychiczne](glossary:mental-disorder) na podstawie [ustawy o zdrowiu psychicznym z 1983 r. (Mental Health Act 1983)](glossary:mental-health-act).</translation>
    </message>
    <message>
        <source>Put in your name, address, date of birth and GP, and say where copies are kept.</source>
        <translation>Wpisz swoje imię i nazwisko, adres, datę urodzenia i lekarza rodzinnego oraz napisz, gdzie są przechowywane kopie.</translation>
    </message>
    <message>
        <source>WrapDesk helps you write it down. It is not legal advice. For advice about your own situation, talk to a solicitor or a mental health [advocate](glossary:advocate).</source>
        <translation>WrapDesk pomaga ci to zapisać. Nie jest poradą prawną. Po poradę w twojej sytuacji zwróć się do prawnika (solicitor) albo [rzecznika](glossary:advocate) w sprawach zdrowia psychicznego.</translation>
    </message>
    <message>
        <source>Advance statement (Scotland)</source>
        <translation>Oświadczenie na przyszłość (Szkocja)</translation>
    </message>
    <message>
        <source>Scottish statement</source>
        <comment>short</comment>
        <translation>Oświadczenie szkockie</translation>
    </message>
    <message>
        <source>For people in Scotland: how you wish, or don&apos;t wish, to be treated if your mental health makes it very hard to decide.</source>
        <translation>Dla osób w Szkocji: jak chcesz, a jak nie chcesz, żeby cię leczono, jeśli przez stan zdrowia psychicznego bardzo trudno ci będzie decydować.</translation>
    </message>
    <message>
        <source>How would you like to be treated if you become very unwell?</source>
        <translation>Jak chcesz, żeby cię leczono, jeśli poczujesz się bardzo źle?</translation>
    </message>
    <message>
        <source>Which treatments do you not want?</source>
        <translation>Jakiego leczenia nie chcesz?</translation>
    </message>
    <message>
        <source>What has helped you in the past, and why?</source>
        <translation>Co ci pomagało w przeszłości i dlaczego?</translation>
    </message>
    <message>
        <source>Who could be your [witness](glossary:witness), such as your GP or nurse?</source>
        <translation>Kto mógłby być twoim [świadkiem](glossary:witness), na przykład lekarz rodzinny albo pielęgniarka?</translation>
    </message>
    <message>
        <source>I&apos;d like to be treated at home if it is safe</source>
        <translation>Proszę o leczenie w domu, jeśli to bezpieczne</translation>
    </message>
    <message>
        <source>I do not want lorazepam: it makes me feel out of control</source>
        <translation>Nie chcę lorazepamu: czuję, że po nim tracę kontrolę</translation>
    </message>
    <message>
        <source>Talking therapy helped me most last time</source>
        <translation>Ostatnio najbardziej pomogła mi terapia rozmową</translation>
    </message>
    <message>
        <source>How I wish to be treated</source>
        <translation>Jak chcę, żeby mnie leczono</translation>
    </message>
    <message>
        <source>Add a wish</source>
        <translation>Dodaj życzenie</translation>
    </message>
    <message>
        <source>How I do not wish to be treated</source>
        <translation>Jak nie chcę, żeby mnie leczono</translation>
    </message>
    <message>
        <source>Add something I don&apos;t want</source>
        <translation>Dodaj coś, czego nie chcę</translation>
    </message>
    <message>
        <source>My reasons</source>
        <translation>Moje powody</translation>
    </message>
    <message>
        <source>Add a reason</source>
        <translation>Dodaj powód</translation>
    </message>
    <message>
        <source>Reasons help people understand your wishes. They are up to you.</source>
        <translation>Powody pomagają ludziom zrozumieć twoje życzenia. To, czy je podasz, zależy od ciebie.</translation>
    </message>
    <message>
        <source>In Scotland, an [advance statement](glossary:scottish-advance-statement) says how you wish, or don&apos;t wish, to be treated for a [mental disorder](glossary:mental-disorder) if your ability to make decisions becomes significantly impaired. It comes from sections 275 and 276 of the [Mental Health (Care and Treatment) (Scotland) Act 2003](glossary:scottish-mental-health-act).</source>
        <translation>W Szkocji [oświadczenie na przyszłość](glossary:scottish-advance-statement) (advance statement) mówi, jak chcesz, a jak nie chcesz, żeby leczono twoje [zaburzenie psychiczne](glossary:mental-disorder), jeśli twoja zdolność do podejmowania decyzji znacznie się pogorszy. Wynika z art. 275 i 276 [szkockiej ustawy o zdrowiu psychicznym (Mental Health (Care and Treatment) (Scotland) Act 2003)](glossary:scottish-mental-health-act).</translation>
    </message>
    <message>
        <source>It only counts if it is in writing and signed by you. A [witness](glossary:witness) from a set list of jobs must also sign it: for example a doctor, nurse, social worker, psychologist, solicitor or occupational therapist.</source>
        <translation>Jest ważne tylko na piśmie i z twoim podpisem. Musi je też podpisać [świadek](glossary:witness) wykonujący zawód z ustalonej listy: na przykład lekarz, pielęgniarka, pracownik socjalny, psycholog, prawnik (solicitor) albo terapeuta zajęciowy.</translation>
    </message>
    <message>
        <source>Your witness writes that, when you made it, you had the [capacity](glossary:capacity) to mean the wishes in it. To withdraw it, you follow the same steps.</source>
        <translation>Świadek poświadcza na piśmie twoją [zdolność](glossary:capacity) do świadomego wyrażenia tych życzeń w chwili sporządzania oświadczenia. Żeby je wycofać, przechodzisz przez te same kroki.</translation>
    </message>
    <message>
        <source>Once your [Health Board](glossary:health-board) has a copy, it puts it in your medical record and tells the [Mental Welfare Commission](glossary:mental-welfare-commission), which keeps a register. You don&apos;t need to register it yourself.</source>
        <translation>Gdy twój [zarząd zdrowia (Health Board)](glossary:health-board) ma kopię, dołącza ją do twojej dokumentacji medycznej i powiadamia [Komisję ds. Dobrostanu Psychicznego (Mental Welfare Commission)](glossary:mental-welfare-commission), która prowadzi rejestr. Nie musisz go rejestrować samodzielnie.</translation>
    </message>
    <message>
        <source>A [tribunal](glossary:tribunal) or doctor who goes against it must write down why. They must also tell you, your [named person](glossary:named-person) and the Commission.</source>
        <translation>[Trybunał](glossary:tribunal) albo lekarz, który postąpi wbrew niemu, musi zapisać dlaczego. Musi też powiadomić ciebie, twoją [osobę wskazaną (named person)](glossary:named-person) i Komisję.</translation>
    </message>
    <message>
        <source>The Commission suggests you look at it again every 6 to 12 months.</source>
        <translation>Komisja radzi, żeby przeglądać je co 6 do 12 miesięcy.</translation>
    </message>
    <message>
        <source>WrapDesk helps you write your wishes down. It is not legal advice. For advice about your own situation, talk to a solicitor or a mental health [advocate](glossary:advocate).</source>
        <translation>WrapDesk pomaga ci zapisać twoje życzenia. Nie jest poradą prawną. Po poradę w twojej sytuacji zwróć się do prawnika (solicitor) albo [rzecznika](glossary:advocate) w sprawach zdrowia psychicznego.</translation>
    </message>
    <message>
        <source>What I&apos;m like when I&apos;m well</source>
        <translation>Jak się zachowuję, kiedy czuję się dobrze</translation>
    </message>
    <message>
        <source>When I&apos;m well</source>
        <comment>short</comment>
        <translation>Gdy czuję się dobrze</translation>
    </message>
    <message>
        <source>A picture of you at your best, so the people who help you can tell when you&apos;re not yourself.</source>
        <translation>Obraz ciebie w najlepszej formie, żeby osoby, które ci pomagają, mogły zauważyć, kiedy nie jesteś sobą.</translation>
    </message>
    <message>
        <source>What are you like on a good day?</source>
        <translation>Jak wyglądasz i zachowujesz się w dobry dzień?</translation>
    </message>
    <message>
        <source>How do you talk, dress and spend your time?</source>
        <translation>Jak mówisz, jak się ubierasz i jak spędzasz czas?</translation>
    </message>
    <message>
        <source>What would someone who knows you well say about you?</source>
        <translation>Co powiedziałby o tobie ktoś, kto dobrze cię zna?</translation>
    </message>
    <message>
        <source>I&apos;m quiet but friendly, and I like a joke</source>
        <translation>Mówię niewiele, ale życzliwie, i lubię żarty</translation>
    </message>
    <message>
        <source>I keep my flat tidy and I&apos;m up by eight</source>
        <translation>Dbam o porządek w mieszkaniu i wstaję przed ósmą</translation>
    </message>
    <message>
        <source>How people can tell I&apos;m well</source>
        <translation>Po czym ludzie poznają, że czuję się dobrze</translation>
    </message>
    <message>
        <source>Add something people notice</source>
        <translation>Dodaj coś, co ludzie zauważają</translation>
    </message>
    <message>
        <source>Signs that others need to take over</source>
        <translation>Sygnały, że inni muszą przejąć sprawy</translation>
    </message>
    <message>
        <source>When others take over</source>
        <comment>short</comment>
        <translation>Gdy inni przejmują</translation>
    </message>
    <message>
        <source>The signs that tell your [supporters](glossary:supporter) it&apos;s time for them to act for you.</source>
        <translation>Sygnały, które mówią twoim [osobom wspierającym](glossary:supporter), że czas działać w twoim imieniu.</translation>
    </message>
    <message>
        <source>What do people see when you can&apos;t look after yourself?</source>
        <translation>Co ludzie widzą, kiedy nie możesz o siebie zadbać?</translation>
    </message>
    <message>
        <source>What might you do or say that is not like you at all?</source>
        <translation>Co możesz zrobić albo powiedzieć, co zupełnie nie jest w twoim stylu?</translation>
    </message>
    <message>
        <source>Which signs mean people should step in right away?</source>
        <translation>Które sygnały oznaczają, że trzeba od razu zareagować?</translation>
    </message>
    <message>
        <source>I stop eating and drinking for more than a day</source>
        <translation>Przestaję jeść i pić na dłużej niż dzień</translation>
    </message>
    <message>
        <source>I stay in my room and don&apos;t answer the door</source>
        <translation>Nie wychodzę z pokoju i nie otwieram drzwi</translation>
    </message>
    <message>
        <source>I don&apos;t know what day it is</source>
        <translation>Nie wiem, jaki jest dzień</translation>
    </message>
    <message>
        <source>When you see these, please step in</source>
        <translation>Gdy to zobaczycie, proszę, zareagujcie</translation>
    </message>
    <message>
        <source>Add a sign to watch for</source>
        <translation>Dodaj sygnał, na który trzeba uważać</translation>
    </message>
    <message>
        <source>My supporters</source>
        <translation>Moje osoby wspierające</translation>
    </message>
    <message>
        <source>Supporters</source>
        <comment>short</comment>
        <translation>Osoby wspierające</translation>
    </message>
    <message>
        <source>Who you want to help in a [crisis](glossary:crisis), how to reach them, and anyone you don&apos;t want involved.</source>
        <translation>Kto ma ci pomagać w [kryzysie](glossary:crisis), jak się z tymi osobami skontaktować i kogo nie chcesz angażować.</translation>
    </message>
    <message>
        <source>Who do you trust to help if you can&apos;t act for yourself?</source>
        <translation>Komu ufasz, że pomoże, jeśli nie będziesz w stanie o siebie zadbać?</translation>
    </message>
    <message>
        <source>What would you like each person to do?</source>
        <translation>Co ma zrobić każda z tych osób?</translation>
    </message>
    <message>
        <source>Is there anyone you don&apos;t want involved? You don&apos;t need to say why.</source>
        <translation>Czy jest ktoś, kogo nie chcesz angażować? Nie musisz mówić dlaczego.</translation>
    </message>
    <message>
        <source>If your supporters disagree, how should they settle it?</source>
        <translation>Jeśli twoje osoby wspierające się nie zgadzają, jak mają to rozstrzygnąć?</translation>
    </message>
    <message>
        <source>My sister Jo: call her first, day or night</source>
        <translation>Moja siostra Jo: dzwońcie do niej najpierw, w dzień i w nocy</translation>
    </message>
    <message>
        <source>My friend Sam can look after the cat</source>
        <translation>Mój przyjaciel Sam może zająć się kotem</translation>
    </message>
    <message>
        <source>If they can&apos;t agree, Jo has the final say</source>
        <translation>Jeśli nie mogą się dogadać, ostatnie słowo ma Jo</translation>
    </message>
    <message>
        <source>If my supporters disagree</source>
        <translation>Jeśli moje osoby wspierające się nie zgadzają</translation>
    </message>
    <message>
        <source>Add how to settle a disagreement</source>
        <translation>Dodaj sposób rozstrzygania sporu</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Leki</translation>
    </message>
    <message>
        <source>Medicines</source>
        <comment>short</comment>
        <translation>Leki</translation>
    </message>
    <message>
        <source>The medicines you take now, ones you would accept, ones to avoid, and any allergies.</source>
        <translation>Leki, które bierzesz teraz, te, które możesz przyjąć, te, których trzeba unikać, i twoje uczulenia.</translation>
    </message>
    <message>
        <source>Which medicines do you take now, and how much?</source>
        <translation>Jakie leki bierzesz teraz i w jakiej dawce?</translation>
    </message>
    <message>
        <source>Which would you accept if a change is needed?</source>
        <translation>Które możesz przyjąć, jeśli potrzebna będzie zmiana?</translation>
    </message>
    <message>
        <source>Has a medicine not suited you? What happened?</source>
        <translation>Czy jakiś lek ci nie służył? Co się działo?</translation>
    </message>
    <message>
        <source>Are you allergic to anything?</source>
        <translation>Czy masz na coś uczulenie?</translation>
    </message>
    <message>
        <source>Sertraline, 100 mg each morning</source>
        <translation>Sertralina, 100 mg co rano</translation>
    </message>
    <message>
        <source>Please avoid olanzapine: it made me gain a lot of weight</source>
        <translation>Proszę unikać olanzapiny: powodowała u mnie duży przyrost wagi</translation>
    </message>
    <message>
        <source>I&apos;m allergic to penicillin</source>
        <translation>Mam uczulenie na penicylinę</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Leczenie</translation>
    </message>
    <message>
        <source>Treatments</source>
        <comment>short</comment>
        <translation>Leczenie</translation>
    </message>
    <message>
        <source>Treatments you would want if you become unwell, and ones you want to avoid.</source>
        <translation>Leczenie, którego chcesz, jeśli zachorujesz, i takie, którego chcesz uniknąć.</translation>
    </message>
    <message>
        <source>Which treatments have helped you before?</source>
        <translation>Jakie leczenie pomagało ci wcześniej?</translation>
    </message>
    <message>
        <source>Is there one you would like to try?</source>
        <translation>Czy jest coś, czego chcesz spróbować?</translation>
    </message>
    <message>
        <source>Are there any you want to avoid? What makes you say so?</source>
        <translation>Czy jest leczenie, którego chcesz uniknąć? Dlaczego?</translation>
    </message>
    <message>
        <source>Talking with someone I know helps more than extra tablets</source>
        <translation>Rozmowa z kimś, kogo znam, pomaga bardziej niż dodatkowe tabletki</translation>
    </message>
    <message>
        <source>I&apos;d rather not have injections if tablets will do</source>
        <translation>Wolę nie dostawać zastrzyków, jeśli wystarczą tabletki</translation>
    </message>
    <message>
        <source>Care at home or respite</source>
        <translation>Opieka w domu lub wytchnieniowa</translation>
    </message>
    <message>
        <source>Care at home</source>
        <comment>short</comment>
        <translation>Opieka w domu</translation>
    </message>
    <message>
        <source>Ways to get care at home, in your community or through [respite](glossary:respite), instead of going into hospital.</source>
        <translation>Sposoby na opiekę w domu, w twojej społeczności albo w formie [opieki wytchnieniowej](glossary:respite), zamiast pobytu w szpitalu.</translation>
    </message>
    <message>
        <source>What would help you stay at home through a crisis?</source>
        <translation>Co pomogłoby ci przejść kryzys w domu?</translation>
    </message>
    <message>
        <source>Who could stay with you, or visit each day?</source>
        <translation>Kto mógłby z tobą zostać albo codziennie cię odwiedzać?</translation>
    </message>
    <message>
        <source>Is there a crisis house or a place to rest you would use?</source>
        <translation>Czy jest hostel kryzysowy albo miejsce do odpoczynku, z którego chcesz korzystać?</translation>
    </message>
    <message>
        <source>What needs to be in place for this to work?</source>
        <translation>Co musi być przygotowane, żeby to się udało?</translation>
    </message>
    <message>
        <source>Mum stays with me and the crisis team visits each day</source>
        <translation>Mama zostaje ze mną, a zespół kryzysowy codziennie mnie odwiedza</translation>
    </message>
    <message>
        <source>A short stay at the crisis house in town</source>
        <translation>Krótki pobyt w hostelu kryzysowym w mieście</translation>
    </message>
    <message>
        <source>Care I&apos;d like instead of hospital</source>
        <translation>Opieka, której chcę zamiast szpitala</translation>
    </message>
    <message>
        <source>Add a kind of care</source>
        <translation>Dodaj rodzaj opieki</translation>
    </message>
    <message>
        <source>Treatment places</source>
        <translation>Miejsca leczenia</translation>
    </message>
    <message>
        <source>Treatment places</source>
        <comment>short</comment>
        <translation>Miejsca leczenia</translation>
    </message>
    <message>
        <source>Where you would like to be treated if you can&apos;t stay at home, and places to avoid.</source>
        <translation>Gdzie chcesz, żeby cię leczono, jeśli nie możesz zostać w domu, i miejsca, których chcesz uniknąć.</translation>
    </message>
    <message>
        <source>If you need a hospital, where would you like to go?</source>
        <translation>Jeśli potrzebny będzie szpital, do którego chcesz trafić?</translation>
    </message>
    <message>
        <source>Is there a place you want to avoid? Why?</source>
        <translation>Czy jest miejsce, którego chcesz uniknąć? Dlaczego?</translation>
    </message>
    <message>
        <source>What makes a place feel safe to you?</source>
        <translation>Dzięki czemu czujesz się w jakimś miejscu bezpiecznie?</translation>
    </message>
    <message>
        <source>Ward 3 at St Mary&apos;s, where the staff know me</source>
        <translation>Oddział 3 w szpitalu św. Marii, gdzie personel mnie zna</translation>
    </message>
    <message>
        <source>Not Hill View: it&apos;s too far for my family to visit</source>
        <translation>Nie Hill View: to za daleko, żeby rodzina mogła mnie odwiedzać</translation>
    </message>
    <message>
        <source>What helps and what doesn&apos;t</source>
        <translation>Co pomaga, a co nie</translation>
    </message>
    <message>
        <source>What helps</source>
        <comment>short</comment>
        <translation>Co pomaga</translation>
    </message>
    <message>
        <source>What people can do that helps, what makes things harder, and jobs you&apos;d like named people to take on.</source>
        <translation>Co ludzie mogą zrobić, żeby pomóc, co utrudnia sprawy i jakie zadania chcesz powierzyć konkretnym osobom.</translation>
    </message>
    <message>
        <source>What helps you feel safe when you&apos;re unwell?</source>
        <translation>Co pomaga ci czuć się bezpiecznie, kiedy źle się czujesz?</translation>
    </message>
    <message>
        <source>What do people do that makes things harder?</source>
        <translation>Co robią ludzie, że jest ci trudniej?</translation>
    </message>
    <message>
        <source>Who can look after your pets, children, bills or work?</source>
        <translation>Kto może zająć się twoimi zwierzętami, dziećmi, rachunkami albo pracą?</translation>
    </message>
    <message>
        <source>What would put your mind at rest while you get better?</source>
        <translation>Co by cię uspokoiło, kiedy będziesz dochodzić do siebie?</translation>
    </message>
    <message>
        <source>Speak slowly and tell me what&apos;s going on</source>
        <translation>Mówcie powoli i wyjaśniajcie mi, co się dzieje</translation>
    </message>
    <message>
        <source>Please don&apos;t crowd me or raise your voice</source>
        <translation>Proszę, nie otaczajcie mnie tłumem i nie podnoście głosu</translation>
    </message>
    <message>
        <source>Jo feeds the cat and lets my boss know I&apos;m off sick</source>
        <translation>Jo karmi kota i mówi mojemu szefowi, że jestem na zwolnieniu</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation>Co mi pomaga</translation>
    </message>
    <message>
        <source>Add something that helps</source>
        <translation>Dodaj coś, co pomaga</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>Co nie pomaga</translation>
    </message>
    <message>
        <source>Add something that doesn&apos;t help</source>
        <translation>Dodaj coś, co nie pomaga</translation>
    </message>
    <message>
        <source>Jobs for people I trust</source>
        <translation>Zadania dla osób, którym ufam</translation>
    </message>
    <message>
        <source>Add a job</source>
        <translation>Dodaj zadanie</translation>
    </message>
    <message>
        <source>Say who does each job: pets, children, bills, work or anything else.</source>
        <translation>Napisz, kto robi każde zadanie: zwierzęta, dzieci, rachunki, praca albo cokolwiek innego.</translation>
    </message>
    <message>
        <source>When this plan is no longer needed</source>
        <translation>Kiedy ten plan nie jest już potrzebny</translation>
    </message>
    <message>
        <source>Plan no longer needed</source>
        <comment>short</comment>
        <translation>Plan już niepotrzebny</translation>
    </message>
    <message>
        <source>The signs that tell your supporters they can step back and hand things back to you.</source>
        <translation>Sygnały, które mówią twoim osobom wspierającym, że mogą się wycofać i oddać ci sprawy.</translation>
    </message>
    <message>
        <source>What shows you can make your own choices again?</source>
        <translation>Co pokazuje, że znów możesz decydować o sobie?</translation>
    </message>
    <message>
        <source>What are the first signs that you are getting better?</source>
        <translation>Jakie są pierwsze sygnały, że ci się poprawia?</translation>
    </message>
    <message>
        <source>How would you like people to step back?</source>
        <translation>Jak chcesz, żeby ludzie się wycofali?</translation>
    </message>
    <message>
        <source>I sleep through the night three nights in a row</source>
        <translation>Przesypiam całą noc trzy razy z rzędu</translation>
    </message>
    <message>
        <source>I can plan my own day and stick to it</source>
        <translation>Potrafię zaplanować swój dzień i się tego trzymać</translation>
    </message>
    <message>
        <source>Signs my supporters can step back</source>
        <translation>Sygnały, że moje osoby wspierające mogą się wycofać</translation>
    </message>
    <message>
        <source>Add a sign I&apos;m ready</source>
        <translation>Dodaj sygnał gotowości</translation>
    </message>
    <message>
        <source>Things I must do</source>
        <translation>Co muszę zrobić</translation>
    </message>
    <message>
        <source>Add something I must do</source>
        <translation>Dodaj coś, co muszę zrobić</translation>
    </message>
    <message>
        <source>The steps you take every time, because they work for you.</source>
        <translation>Kroki, które robisz za każdym razem, bo ci pomagają.</translation>
    </message>
    <message>
        <source>Things I might do</source>
        <translation>Co mogę zrobić</translation>
    </message>
    <message>
        <source>Add something I might do</source>
        <translation>Dodaj coś, co mogę zrobić</translation>
    </message>
    <message>
        <source>Other ideas to try, if they fit the moment.</source>
        <translation>Inne pomysły do wypróbowania, jeśli pasują do sytuacji.</translation>
    </message>
    <message>
        <source>Wellness toolbox</source>
        <translation>Skrzynka narzędzi dobrostanu</translation>
    </message>
    <message>
        <source>Wellness toolbox</source>
        <comment>short</comment>
        <translation>Narzędzia dobrostanu</translation>
    </message>
    <message>
        <source>Your [wellness toolbox](glossary:wellness-toolbox): the things that help you stay well, and help you feel better when times are hard.</source>
        <translation>Twoja [skrzynka narzędzi dobrostanu](glossary:wellness-toolbox): rzeczy, które pomagają ci dbać o dobre samopoczucie i poczuć się lepiej, gdy jest ciężko.</translation>
    </message>
    <message>
        <source>What helps you feel calm?</source>
        <translation>Co pomaga ci się uspokoić?</translation>
    </message>
    <message>
        <source>What do you do on a good day?</source>
        <translation>Co robisz w dobry dzień?</translation>
    </message>
    <message>
        <source>Who do you like to spend time with?</source>
        <translation>Z kim lubisz spędzać czas?</translation>
    </message>
    <message>
        <source>What small thing lifts your mood, even a little?</source>
        <translation>Jaka drobna rzecz poprawia ci nastrój, choćby trochę?</translation>
    </message>
    <message>
        <source>What did you once enjoy that you might try again?</source>
        <translation>Co kiedyś sprawiało ci radość i czego możesz znów spróbować?</translation>
    </message>
    <message>
        <source>Walk the dog by the river</source>
        <translation>Spacer z psem nad rzeką</translation>
    </message>
    <message>
        <source>Ring my sister for a chat</source>
        <translation>Telefon do siostry, żeby pogadać</translation>
    </message>
    <message>
        <source>Put on my favourite album and make a cup of tea</source>
        <translation>Włączyć ulubioną płytę i zrobić sobie herbatę</translation>
    </message>
    <message>
        <source>Things that help me</source>
        <translation>Co mi pomaga</translation>
    </message>
    <message>
        <source>Add a tool</source>
        <translation>Dodaj narzędzie</translation>
    </message>
    <message>
        <source>Anything that helps counts, big or small.</source>
        <translation>Liczy się wszystko, co pomaga, duże czy małe.</translation>
    </message>
    <message>
        <source>Daily maintenance plan</source>
        <translation>Plan codzienny</translation>
    </message>
    <message>
        <source>Daily plan</source>
        <comment>short</comment>
        <translation>Plan dnia</translation>
    </message>
    <message>
        <source>What you are like when you are well, and what you do each day to stay that way.</source>
        <translation>Jak się zachowujesz, kiedy czujesz się dobrze, i co robisz każdego dnia, żeby tak zostało.</translation>
    </message>
    <message>
        <source>How would a friend describe you on a good day?</source>
        <translation>Jak przyjaciel opisałby cię w dobry dzień?</translation>
    </message>
    <message>
        <source>What do you need to do each day to feel okay?</source>
        <translation>Co musisz robić każdego dnia, żeby czuć się w porządku?</translation>
    </message>
    <message>
        <source>What helps on some days, but not every day?</source>
        <translation>Co pomaga w niektóre dni, ale nie codziennie?</translation>
    </message>
    <message>
        <source>What would you like to work towards, one small step at a time?</source>
        <translation>Do czego chcesz dążyć, małymi krokami?</translation>
    </message>
    <message>
        <source>I&apos;m chatty and I laugh a lot</source>
        <translation>Dużo mówię i często się śmieję</translation>
    </message>
    <message>
        <source>Eat breakfast and take my tablets by nine</source>
        <translation>Zjeść śniadanie i wziąć tabletki przed dziewiątą</translation>
    </message>
    <message>
        <source>Spend an hour at the allotment when I can</source>
        <translation>Spędzić godzinę na działce, kiedy mogę</translation>
    </message>
    <message>
        <source>How I am when I&apos;m well</source>
        <translation>Jak się zachowuję, kiedy czuję się dobrze</translation>
    </message>
    <message>
        <source>Add something about me when I&apos;m well</source>
        <translation>Dodaj coś o tym, jak się zachowuję, kiedy czuję się dobrze</translation>
    </message>
    <message>
        <source>Things I do every day</source>
        <translation>Co robię każdego dnia</translation>
    </message>
    <message>
        <source>Add something I do every day</source>
        <translation>Dodaj coś, co robię każdego dnia</translation>
    </message>
    <message>
        <source>Things I might do some days</source>
        <translation>Co mogę robić w niektóre dni</translation>
    </message>
    <message>
        <source>Add something for some days</source>
        <translation>Dodaj coś na niektóre dni</translation>
    </message>
    <message>
        <source>Things that help now and then, when you need them.</source>
        <translation>Rzeczy, które pomagają od czasu do czasu, kiedy ich potrzebujesz.</translation>
    </message>
    <message>
        <source>Goals, in small steps</source>
        <translation>Cele, małymi krokami</translation>
    </message>
    <message>
        <source>Add a goal or a step</source>
        <translation>Dodaj cel albo krok</translation>
    </message>
    <message>
        <source>Bigger hopes, broken into steps you can take.</source>
        <translation>Większe nadzieje podzielone na kroki, które możesz zrobić.</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Czynniki wyzwalające</translation>
    </message>
    <message>
        <source>Triggers</source>
        <comment>short</comment>
        <translation>Czynniki wyzwalające</translation>
    </message>
    <message>
        <source>Things around you that can upset you, called [triggers](glossary:trigger), and what you do when they happen.</source>
        <translation>Rzeczy wokół ciebie, które mogą cię zdenerwować, czyli [czynniki wyzwalające](glossary:trigger), i co robisz, gdy się pojawią.</translation>
    </message>
    <message>
        <source>What kinds of events tend to upset you?</source>
        <translation>Jakie wydarzenia zwykle cię denerwują?</translation>
    </message>
    <message>
        <source>Are there times of year, places or dates that are hard?</source>
        <translation>Czy są pory roku, miejsca albo daty, które są trudne?</translation>
    </message>
    <message>
        <source>What do you do when one of these happens?</source>
        <translation>Co robisz, gdy coś takiego się dzieje?</translation>
    </message>
    <message>
        <source>What else could you try, if you have the time?</source>
        <translation>Czego jeszcze możesz spróbować, jeśli masz czas?</translation>
    </message>
    <message>
        <source>A row with my dad</source>
        <translation>Kłótnia z tatą</translation>
    </message>
    <message>
        <source>Brown envelopes about money</source>
        <translation>Urzędowe listy w sprawie pieniędzy</translation>
    </message>
    <message>
        <source>Go for a walk, then talk it over with Sam</source>
        <translation>Iść na spacer, a potem porozmawiać o tym z Samem</translation>
    </message>
    <message>
        <source>My triggers</source>
        <translation>Moje czynniki wyzwalające</translation>
    </message>
    <message>
        <source>Add a trigger</source>
        <translation>Dodaj czynnik wyzwalający</translation>
    </message>
    <message>
        <source>Early warning signs</source>
        <translation>Wczesne sygnały ostrzegawcze</translation>
    </message>
    <message>
        <source>Early warning signs</source>
        <comment>short</comment>
        <translation>Sygnały ostrzegawcze</translation>
    </message>
    <message>
        <source>Small changes inside you that tell you things may be slipping, and your [action plan](glossary:action-plan) for them.</source>
        <translation>Małe zmiany w tobie, które mówią, że coś może zaczynać się psuć, i twój [plan działania](glossary:action-plan) na taki czas.</translation>
    </message>
    <message>
        <source>What is the first thing you notice when you start to slip?</source>
        <translation>Co zauważasz jako pierwsze, kiedy zaczyna się psuć?</translation>
    </message>
    <message>
        <source>What changes in your sleep, food or mood?</source>
        <translation>Co zmienia się w twoim śnie, jedzeniu albo nastroju?</translation>
    </message>
    <message>
        <source>What do people close to you notice first?</source>
        <translation>Co jako pierwsze zauważają twoi bliscy?</translation>
    </message>
    <message>
        <source>What helps you get back on track?</source>
        <translation>Co pomaga ci wrócić na właściwe tory?</translation>
    </message>
    <message>
        <source>Sleeping less than five hours</source>
        <translation>Śpię mniej niż pięć godzin</translation>
    </message>
    <message>
        <source>Not answering my messages</source>
        <translation>Nie odpisuję na wiadomości</translation>
    </message>
    <message>
        <source>Tell my sister and book a GP visit</source>
        <translation>Powiedzieć siostrze i umówić się do lekarza rodzinnego</translation>
    </message>
    <message>
        <source>My early warning signs</source>
        <translation>Moje wczesne sygnały ostrzegawcze</translation>
    </message>
    <message>
        <source>Add a sign</source>
        <translation>Dodaj sygnał</translation>
    </message>
    <message>
        <source>When things are breaking down</source>
        <translation>Kiedy jest coraz gorzej</translation>
    </message>
    <message>
        <source>Breaking down</source>
        <comment>short</comment>
        <translation>Coraz gorzej</translation>
    </message>
    <message>
        <source>Signs that things are getting much worse, and the extra help you ask for then.</source>
        <translation>Sygnały, że jest dużo gorzej, i dodatkowa pomoc, o którą wtedy prosisz.</translation>
    </message>
    <message>
        <source>How do you know when things are getting much worse?</source>
        <translation>Po czym poznajesz, że jest dużo gorzej?</translation>
    </message>
    <message>
        <source>What do others see at this point?</source>
        <translation>Co widzą wtedy inni?</translation>
    </message>
    <message>
        <source>Who do you want to hear from, and what can they do?</source>
        <translation>Od kogo chcesz usłyszeć i co ta osoba może zrobić?</translation>
    </message>
    <message>
        <source>What do you need to keep yourself safe?</source>
        <translation>Czego potrzebujesz, żeby nic ci nie groziło?</translation>
    </message>
    <message>
        <source>I can&apos;t get out of bed, even to eat</source>
        <translation>Nie mogę wstać z łóżka, nawet żeby zjeść</translation>
    </message>
    <message>
        <source>Ask Jo to stay over for a few nights</source>
        <translation>Poprosić Jo, żeby została u mnie na kilka nocy</translation>
    </message>
    <message>
        <source>Ring my community nurse that day</source>
        <translation>Jeszcze tego samego dnia zadzwonić do mojej pielęgniarki środowiskowej</translation>
    </message>
    <message>
        <source>Signs things are getting worse</source>
        <translation>Sygnały, że jest gorzej</translation>
    </message>
    <message>
        <source>Add a sign things are worse</source>
        <translation>Dodaj sygnał, że jest gorzej</translation>
    </message>
    <message>
        <source>Post-crisis plan</source>
        <translation>Plan po kryzysie</translation>
    </message>
    <message>
        <source>Post-crisis</source>
        <comment>short</comment>
        <translation>Po kryzysie</translation>
    </message>
    <message>
        <source>How you recover after a [crisis](glossary:crisis), and what you learn for next time.</source>
        <translation>Jak dochodzisz do siebie po [kryzysie](glossary:crisis) i czego uczysz się na następny raz.</translation>
    </message>
    <message>
        <source>How will you know you are getting better?</source>
        <translation>Po czym poznasz, że ci się poprawia?</translation>
    </message>
    <message>
        <source>Who and what helps you heal?</source>
        <translation>Kto i co pomaga ci dojść do siebie?</translation>
    </message>
    <message>
        <source>What can wait until you feel stronger?</source>
        <translation>Co może poczekać, aż poczujesz się silniej?</translation>
    </message>
    <message>
        <source>What would you like to go differently next time?</source>
        <translation>Co chcesz, żeby następnym razem potoczyło się inaczej?</translation>
    </message>
    <message>
        <source>I start to cook for myself again</source>
        <translation>Znowu zaczynam sobie gotować</translation>
    </message>
    <message>
        <source>Go back to work half days for a month</source>
        <translation>Wrócić do pracy na pół etatu na miesiąc</translation>
    </message>
    <message>
        <source>Next time, ask for help a week sooner</source>
        <translation>Następnym razem poprosić o pomoc tydzień wcześniej</translation>
    </message>
    <message>
        <source>How I&apos;ll know I&apos;m recovering</source>
        <translation>Po czym poznam, że zdrowieję</translation>
    </message>
    <message>
        <source>Add a sign of recovery</source>
        <translation>Dodaj znak zdrowienia</translation>
    </message>
    <message>
        <source>Who and what helps me recover</source>
        <translation>Kto i co pomaga mi zdrowieć</translation>
    </message>
    <message>
        <source>Add a person or thing that helps</source>
        <translation>Dodaj osobę albo rzecz, która pomaga</translation>
    </message>
    <message>
        <source>Things to do as I heal</source>
        <translation>Co robić, gdy dochodzę do siebie</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Dodaj krok</translation>
    </message>
    <message>
        <source>Go gently: small steps, in your own time.</source>
        <translation>Łagodnie: małymi krokami, w swoim tempie.</translation>
    </message>
    <message>
        <source>What I&apos;d do differently next time</source>
        <translation>Co następnym razem zrobię inaczej</translation>
    </message>
    <message>
        <source>Add something I&apos;ve learned</source>
        <translation>Dodaj lekcję na przyszłość</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Rozmiar tekstu</translation>
    </message>
    <message>
        <source>Follow this computer</source>
        <translation>Jak w systemie</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Jasne</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Ciemne</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Wysoki kontrast</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Kolory</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nigdy</translation>
    </message>
    <message>
        <source>Lock my plan after this long without use</source>
        <translation>Zablokuj mój plan po takim czasie bezczynności</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Zablokuj po</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Język</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>US Letter</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Rozmiar papieru</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Print the crisis plan in extra-large type</source>
        <translation>Drukuj plan kryzysowy bardzo dużą czcionką</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>Kopie zapasowe są przechowywane w {folder}</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Pokaż folder</translation>
    </message>
    <message>
        <source>WrapDesk keeps your last 10 saves, and one a day for 30 days. They are encrypted like your plan.</source>
        <translation>WrapDesk zachowuje ostatnie 10 zapisów i po jednym z każdego dnia przez 30 dni. Są zaszyfrowane tak jak twój plan.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Zmień hasło…</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Zrób nowy klucz odzyskiwania…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with a supporter</source>
        <translation>Udostępnij osobie wspierającej</translation>
    </message>
    <message>
        <source>WrapDesk makes a locked file with the parts you choose. Only the person with the passphrase or their own key can open it, in WrapDesk or with the free tool age.</source>
        <translation>WrapDesk tworzy zamknięty plik z wybranymi częściami. Otworzy go tylko osoba z hasłem albo własnym kluczem – w WrapDesk albo w darmowym narzędziu age.</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>Dla kogo to jest?</translation>
    </message>
    <message>
        <source>Who the copy is for</source>
        <translation>Dla kogo jest kopia</translation>
    </message>
    <message>
        <source>Someone not in my plan</source>
        <translation>Ktoś spoza mojego planu</translation>
    </message>
    <message>
        <source>Which parts?</source>
        <translation>Które części?</translation>
    </message>
    <message>
        <source>The crisis plan</source>
        <translation>Plan kryzysowy</translation>
    </message>
    <message>
        <source>The crisis plan and advance statements</source>
        <translation>Plan kryzysowy i oświadczenia na przyszłość</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Cały plan</translation>
    </message>
    <message>
        <source>Let me choose</source>
        <translation>Pozwól mi wybrać</translation>
    </message>
    <message>
        <source>Parts to share</source>
        <translation>Części do udostępnienia</translation>
    </message>
    <message>
        <source>How will they open it?</source>
        <translation>Jak ta osoba go otworzy?</translation>
    </message>
    <message>
        <source>With a passphrase I read out to them (WrapDesk makes one)</source>
        <translation>Hasłem, które jej przekażę ustnie (WrapDesk je utworzy)</translation>
    </message>
    <message>
        <source>With their own supporter key</source>
        <translation>Własnym kluczem osoby wspierającej</translation>
    </message>
    <message>
        <source>Their supporter key</source>
        <translation>Jej klucz osoby wspierającej</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>Z pliku…</translation>
    </message>
    <message>
        <source>I&apos;ll send it by email (make a text file)</source>
        <translation>Wyślę to e-mailem (utwórz plik tekstowy)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Make the file…</source>
        <translation>Utwórz plik…</translation>
    </message>
    <message>
        <source>Your copy is ready</source>
        <translation>Twoja kopia jest gotowa</translation>
    </message>
    <message>
        <source>Read these words to them over the phone, or give them in person. Don&apos;t send them with the file. WrapDesk will not show them again.</source>
        <translation>Przeczytaj te słowa tej osobie przez telefon albo przekaż je osobiście. Nie wysyłaj ich razem z plikiem. WrapDesk nie pokaże ich ponownie.</translation>
    </message>
    <message>
        <source>Copy the words (cleared in 30 seconds)</source>
        <translation>Skopiuj słowa (znikną za 30 sekund)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Gotowe</translation>
    </message>
    <message>
        <source>Tick at least one part to share.</source>
        <translation>Zaznacz co najmniej jedną część do udostępnienia.</translation>
    </message>
    <message>
        <source>Paste their supporter key (it starts with age1), or choose a passphrase instead.</source>
        <translation>Wklej klucz osoby wspierającej (zaczyna się od age1) albo wybierz hasło.</translation>
    </message>
    <message>
        <source>Making the file… (a passphrase takes a few seconds)</source>
        <translation>Tworzę plik… (z hasłem trwa to kilka sekund)</translation>
    </message>
    <message>
        <source>Save the shared file</source>
        <translation>Zapisz udostępniany plik</translation>
    </message>
    <message>
        <source>your supporter</source>
        <translation>twoja osoba wspierająca</translation>
    </message>
    <message>
        <source>Saved as {path}. Send it to {name} however you like: email, a USB stick, a message.</source>
        <translation>Zapisano jako {path}. Odbiorca: {name}. Wyślij plik w dowolny sposób: e-mailem, na pendrivie, w wiadomości.</translation>
    </message>
</context>
<context>
    <name>ShareFlow</name>
    <message>
        <source>That didn&apos;t work</source>
        <translation>To się nie udało</translation>
    </message>
    <message>
        <source>Open a plan someone shared</source>
        <translation>Otwórz plan, który ktoś udostępnił</translation>
    </message>
    <message>
        <source>Shared plans (*.age);;All files (*)</source>
        <translation>Udostępnione plany (*.age);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Open your own plan first</source>
        <translation>Najpierw otwórz swój własny plan</translation>
    </message>
    <message>
        <source>This file was locked to a supporter key. Open your own WrapDesk plan (the one that made the key), then open the shared file again.</source>
        <translation>Ten plik zamknięto kluczem osoby wspierającej. Otwórz swój własny plan WrapDesk (ten, w którym powstał klucz), a potem jeszcze raz otwórz udostępniony plik.</translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation>Hasło</translation>
    </message>
    <message>
        <source>Type the words you were given (spaces between them):</source>
        <translation>Wpisz otrzymane słowa (ze spacjami między nimi):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Open the plan</source>
        <translation>Otwórz plan</translation>
    </message>
    <message>
        <source>Opening the file… this takes a few seconds.</source>
        <translation>Otwieram plik… to potrwa kilka sekund.</translation>
    </message>
    <message>
        <source>Choose where to keep a backup (a USB stick is ideal)</source>
        <translation>Wybierz, gdzie trzymać kopię zapasową (najlepiej na pendrivie)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Kopia zapasowa gotowa</translation>
    </message>
    <message>
        <source>Your plan is copied to {path} and the copy checks out. It is locked with the same passphrase as your plan.</source>
        <translation>Twój plan został skopiowany do {path}, a kopia jest w porządku. Jest zamknięta tym samym hasłem co twój plan.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Przywróć kopię zapasową</translation>
    </message>
    <message>
        <source>Open the plan you want to restore first (or open the backup itself with File ▸ Open plan…).</source>
        <translation>Najpierw otwórz plan, który chcesz przywrócić (albo otwórz samą kopię zapasową przez Plik ▸ Otwórz plan…).</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Wybierz kopię zapasową do przywrócenia</translation>
    </message>
    <message>
        <source>WrapDesk plans (*.wrapdesk);;All files (*)</source>
        <translation>Plany WrapDesk (*.wrapdesk);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase:</source>
        <translation>Hasło kopii zapasowej:</translation>
    </message>
    <message>
        <source>This backup was saved on {date}. Put it in place of your plan? Your plan file as it is now will be kept with your backups, so nothing is lost.</source>
        <translation>Ta kopia zapasowa została zapisana {date}. Czy wstawić ją w miejsce twojego planu? Obecny plik twojego planu zostanie zachowany razem z kopiami zapasowymi, więc nic nie przepadnie.</translation>
    </message>
    <message>
        <source>Please check: this backup is of a different plan, not an earlier copy of the one open now.</source>
        <translation>Sprawdź: to kopia zapasowa innego planu, a nie wcześniejsza wersja planu, który jest teraz otwarty.</translation>
    </message>
    <message>
        <source>It is older than your plan, so recent changes won&apos;t be in it.</source>
        <translation>Jest starsza niż twój plan, więc nie ma w niej ostatnich zmian.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Przywróć tę kopię</translation>
    </message>
</context>
<context>
    <name>SharedPlanViewer</name>
    <message>
        <source>{name}&apos;s plan (read only)</source>
        <translation>Plan: {name} (tylko do odczytu)</translation>
    </message>
    <message>
        <source>Version {number}, from {date}. Ask {name} if you&apos;re not sure it&apos;s the newest copy.</source>
        <translation>Wersja {number} z {date}. Jeśli nie masz pewności, czy to najnowsza kopia, zapytaj: {name}.</translation>
    </message>
    <message>
        <source>WrapDesk can&apos;t prove who made this file. If anything in it surprises you, check with {name} before acting on it.</source>
        <translation>WrapDesk nie może potwierdzić, kto utworzył ten plik. Jeśli coś w nim cię zaskoczy, zanim coś zrobisz, sprawdź to u tej osoby: {name}.</translation>
    </message>
    <message>
        <source>the person who sent it</source>
        <translation>osoba, która go wysłała</translation>
    </message>
    <message>
        <source>A plan shared with you (read only)</source>
        <translation>Plan udostępniony tobie (tylko do odczytu)</translation>
    </message>
    <message>
        <source>The shared plan</source>
        <translation>Udostępniony plan</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Shared plan</source>
        <translation>Udostępniony plan</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Shared with {name}</source>
        <translation>Udostępniono: {name}</translation>
    </message>
    <message>
        <source>Shared as a file</source>
        <translation>Udostępniono jako plik</translation>
    </message>
    <message>
        <source>In WrapDesk: choose File ▸ “Open a plan someone shared…”, pick {file}, and type the words you were given.</source>
        <translation>W WrapDesk: wybierz Plik ▸ „Otwórz plan udostępniony…”, wskaż {file} i wpisz otrzymane słowa.</translation>
    </message>
    <message>
        <source>With the age tool (age-encryption.org): run  age -d -o plan.zip {file}  and type the words when it asks for the passphrase; then unzip plan.zip.</source>
        <translation>Narzędziem age (age-encryption.org): uruchom  age -d -o plan.zip {file}  i wpisz słowa, gdy zapyta o hasło; potem rozpakuj plan.zip.</translation>
    </message>
    <message>
        <source>In WrapDesk: choose File ▸ “Open a plan someone shared…”, pick {file}; it opens with the supporter key your WrapDesk made.</source>
        <translation>W WrapDesk: wybierz Plik ▸ „Otwórz plan udostępniony…” i wskaż {file}; otworzy się kluczem osoby wspierającej, który utworzył twój WrapDesk.</translation>
    </message>
    <message>
        <source>With the age tool (age-encryption.org): run  age -d -i key.txt -o plan.zip {file}  with your own key file; then unzip plan.zip.</source>
        <translation>Narzędziem age (age-encryption.org): uruchom  age -d -i key.txt -o plan.zip {file}  ze swoim plikiem klucza; potem rozpakuj plan.zip.</translation>
    </message>
    <message>
        <source>A plan {name} shared with you from WrapDesk</source>
        <translation>Plan udostępniony ci z WrapDesk przez: {name}</translation>
    </message>
    <message>
        <source>It holds personal things {name} trusts you with. Please keep it private, and delete it when {name} sends you a newer copy.</source>
        <translation>Zawiera osobiste sprawy, które ta osoba ({name}) ci powierza. Zachowaj go dla siebie i usuń, gdy dostaniesz nowszą kopię.</translation>
    </message>
    <message>
        <source>A plan shared with you from WrapDesk</source>
        <translation>Plan udostępniony ci z WrapDesk</translation>
    </message>
    <message>
        <source>It holds personal things the sender trusts you with. Please keep it private, and delete it when they send you a newer copy.</source>
        <translation>Zawiera osobiste sprawy, które nadawca ci powierza. Zachowaj go dla siebie i usuń, gdy dostaniesz nowszą kopię.</translation>
    </message>
    <message>
        <source>This is version {number} of the plan, from {date}.</source>
        <translation>To wersja {number} planu, z {date}.</translation>
    </message>
    <message>
        <source>The parts shared with you:</source>
        <translation>Udostępnione ci części:</translation>
    </message>
    <message>
        <source>What is inside:</source>
        <translation>Co jest w środku:</translation>
    </message>
    <message>
        <source>the plan, to read or print</source>
        <translation>plan do przeczytania lub wydrukowania</translation>
    </message>
    <message>
        <source>the same plan for WrapDesk to read</source>
        <translation>ten sam plan do odczytu w WrapDesk</translation>
    </message>
    <message>
        <source>this note</source>
        <translation>ta notatka</translation>
    </message>
    <message>
        <source>How to open the file you were sent (it ends in .age):</source>
        <translation>Jak otworzyć otrzymany plik (kończy się na .age):</translation>
    </message>
    <message>
        <source>WrapDesk is a free, private app for keeping a Wellness and Recovery Action Plan. Nothing you open is sent anywhere.</source>
        <translation>WrapDesk to bezpłatna, prywatna aplikacja do prowadzenia planu działań na rzecz dobrostanu i zdrowienia (WRAP). Nic, co otworzysz, nie jest nigdzie wysyłane.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Parts of your plan</source>
        <translation>Części twojego planu</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Podsumowanie</translation>
    </message>
    <message>
        <source>Around your plan</source>
        <translation>Wokół twojego planu</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Medicines and care</source>
        <translation>Leki i opieka</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Przeglądy</translation>
    </message>
    <message>
        <source>Versions and sharing</source>
        <translation>Wersje i udostępnianie</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Nic jeszcze nie zapisano</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) written</source>
        <translation>
            <numerusform>%n wpis</numerusform>
            <numerusform>%n wpisy</numerusform>
            <numerusform>%n wpisów</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupporterKeyDialog</name>
    <message>
        <source>My supporter key</source>
        <translation>Mój klucz osoby wspierającej</translation>
    </message>
    <message>
        <source>Send this key to someone you support. WrapDesk on their computer can then lock a copy of their plan so that only you can open it. The key is safe to share; the part that opens files stays locked in your plan.</source>
        <translation>Wyślij ten klucz komuś, kogo wspierasz. WrapDesk na komputerze tej osoby może wtedy zamknąć kopię jej planu tak, żeby dało się ją otworzyć tylko twoim kluczem. Klucz można bezpiecznie udostępniać; część, która otwiera pliki, zostaje zamknięta w twoim planie.</translation>
    </message>
    <message>
        <source>Your supporter key</source>
        <translation>Twój klucz osoby wspierającej</translation>
    </message>
    <message>
        <source>The same key as a QR code</source>
        <translation>Ten sam klucz jako kod QR</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Skopiuj klucz</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Zamknij</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your plan</source>
        <translation>Odblokuj swój plan</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Twoje hasło</translation>
    </message>
    <message>
        <source>Use my recovery key instead</source>
        <translation>Użyj zamiast tego klucza odzyskiwania</translation>
    </message>
    <message>
        <source>Type the 48 digits from your printed recovery sheet. Spaces and dashes don&apos;t matter.</source>
        <translation>Wpisz 48 cyfr z wydrukowanej kartki z kluczem odzyskiwania. Spacje i myślniki nie mają znaczenia.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Klucz odzyskiwania</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Użyj zamiast tego hasła</translation>
    </message>
    <message>
        <source>Open my plan</source>
        <translation>Otwórz mój plan</translation>
    </message>
    <message>
        <source>Choose another plan</source>
        <translation>Wybierz inny plan</translation>
    </message>
    <message>
        <source>Opening your plan</source>
        <translation>Otwieranie twojego planu</translation>
    </message>
    <message>
        <source>Opening your plan… this takes a moment.</source>
        <translation>Otwieram twój plan… to chwilę potrwa.</translation>
    </message>
    <message>
        <source>This is the demo plan, so it opens again without a passphrase.</source>
        <translation>To jest plan demo, więc otwiera się ponownie bez hasła.</translation>
    </message>
    <message>
        <source>Carry on with the demo</source>
        <translation>Wróć do planu demo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Co się stało</translation>
    </message>
    <message>
        <source>Your backups, newest first</source>
        <translation>Twoje kopie zapasowe, od najnowszej</translation>
    </message>
    <message>
        <source>Open this backup</source>
        <translation>Otwórz tę kopię</translation>
    </message>
    <message>
        <source>Your plan is locked</source>
        <translation>Twój plan jest zablokowany</translation>
    </message>
    <message>
        <source>Plan file: {name}, in {folder}</source>
        <translation>Plik planu: {name}, w {folder}</translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation>Zapisano {when}</translation>
    </message>
    <message>
        <source>This plan file can&apos;t be read as it is, and no earlier copy was found beside it. If you saved a backup somewhere else (a USB stick, say), use File ▸ Restore… to put it back. The damaged file is left as it is.</source>
        <translation>Tego pliku planu nie da się odczytać w obecnym stanie, a obok nie znaleziono wcześniejszej kopii. Jeśli masz kopię zapasową gdzie indziej (np. na pendrivie), użyj Plik ▸ Przywróć…, aby ją przywrócić. Uszkodzony plik zostaje bez zmian.</translation>
    </message>
</context>
<context>
    <name>VersionsPage</name>
    <message>
        <source>Versions and sharing</source>
        <translation>Wersje i udostępnianie</translation>
    </message>
    <message>
        <source>A version is a copy of your plan kept exactly as it was, so you can see how it has changed and which copy each person has. Finishing a review, printing and sharing each keep a version.</source>
        <translation>Wersja to kopia twojego planu zachowana dokładnie taka, jaka była, żeby było widać, jak plan się zmieniał i kto ma którą kopię. Zakończenie przeglądu, drukowanie i udostępnianie zachowują wersję.</translation>
    </message>
    <message>
        <source>Keep a version now…</source>
        <translation>Zachowaj wersję teraz…</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Wersje, od najnowszej</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Co się zmieniło</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>Od wersji</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>Do wersji</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Od</translation>
    </message>
    <message>
        <source>to</source>
        <translation>do</translation>
    </message>
    <message>
        <source>The changes</source>
        <translation>Zmiany</translation>
    </message>
    <message>
        <source>Version {number} — {date}</source>
        <translation>Wersja {number} — {date}</translation>
    </message>
    <message>
        <source>(held by {names})</source>
        <translation>(ma ją: {names})</translation>
    </message>
    <message>
        <source>No versions yet.</source>
        <translation>Nie ma jeszcze wersji.</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>wersja {number}</translation>
    </message>
    <message>
        <source>the plan now</source>
        <translation>obecny plan</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>Kto ma kopię</translation>
    </message>
    <message>
        <source>Nobody has a copy yet.</source>
        <translation>Nikt jeszcze nie ma kopii.</translation>
    </message>
    <message>
        <source>{name}: version {number}, given {date}</source>
        <translation>{name}: wersja {number}, przekazana {date}</translation>
    </message>
    <message>
        <source>What changed since</source>
        <translation>Co się zmieniło od tamtej pory</translation>
    </message>
    <message>
        <source>What changed since {name}&apos;s copy</source>
        <translation>Co się zmieniło od kopii, którą ma {name}</translation>
    </message>
    <message>
        <source>Send an update</source>
        <translation>Wyślij aktualizację</translation>
    </message>
    <message>
        <source>Send {name} an update</source>
        <translation>Wyślij aktualizację: {name}</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nic się nie zmieniło.</translation>
    </message>
    <message>
        <source>When you have two versions, what changed between them shows here.</source>
        <translation>Kiedy będziesz mieć dwie wersje, tutaj zobaczysz, co się między nimi zmieniło.</translation>
    </message>
    <message>
        <source>From version {old} to the plan now</source>
        <translation>Od wersji {old} do obecnego planu</translation>
    </message>
    <message>
        <source>From version {old} to version {new}</source>
        <translation>Od wersji {old} do wersji {new}</translation>
    </message>
    <message>
        <source>What changed since {name}&apos;s copy (version {number})</source>
        <translation>Co się zmieniło od kopii, którą ma {name} (wersja {number})</translation>
    </message>
    <message>
        <source>Keep a version</source>
        <translation>Zachowaj wersję</translation>
    </message>
    <message>
        <source>A note to remember it by (optional):</source>
        <translation>Notatka, po której ją rozpoznasz (nieobowiązkowa):</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Please avoid</source>
        <translation>Proszę unikać</translation>
    </message>
    <message>
        <source>Taking now</source>
        <translation>Biorę teraz</translation>
    </message>
    <message>
        <source>A medicine you take at the moment.</source>
        <translation>Lek, który bierzesz obecnie.</translation>
    </message>
    <message>
        <source>Would accept</source>
        <translation>Mogę przyjąć</translation>
    </message>
    <message>
        <source>A medicine you are willing to take if it&apos;s needed.</source>
        <translation>Lek, który możesz brać, jeśli będzie potrzebny.</translation>
    </message>
    <message>
        <source>A medicine that didn&apos;t suit you, or that you don&apos;t want.</source>
        <translation>Lek, który ci nie służył albo którego nie chcesz.</translation>
    </message>
    <message>
        <source>Allergic</source>
        <translation>Uczulenie</translation>
    </message>
    <message>
        <source>You are allergic to this. It must not be given.</source>
        <translation>Masz na to uczulenie. Nie wolno go podawać.</translation>
    </message>
    <message>
        <source>I&apos;d want this</source>
        <translation>Chcę tego</translation>
    </message>
    <message>
        <source>A treatment you would like if you become unwell.</source>
        <translation>Leczenie, którego chcesz, jeśli zachorujesz.</translation>
    </message>
    <message>
        <source>A treatment you would rather not have.</source>
        <translation>Leczenie, którego wolisz nie dostawać.</translation>
    </message>
    <message>
        <source>I&apos;d like to go here</source>
        <translation>Tu chcę trafić</translation>
    </message>
    <message>
        <source>A place where you would like to be treated.</source>
        <translation>Miejsce, w którym chcesz, żeby cię leczono.</translation>
    </message>
    <message>
        <source>A place you would rather not go.</source>
        <translation>Miejsce, do którego wolisz nie trafiać.</translation>
    </message>
    <message>
        <source>Call first</source>
        <translation>Dzwonić najpierw</translation>
    </message>
    <message>
        <source>The first person to call in a crisis.</source>
        <translation>Pierwsza osoba, do której trzeba dzwonić w kryzysie.</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Osoba wspierająca</translation>
    </message>
    <message>
        <source>Supports you and your plan.</source>
        <translation>Wspiera ciebie i twój plan.</translation>
    </message>
    <message>
        <source>Planning partner</source>
        <translation>Pomoc w planowaniu</translation>
    </message>
    <message>
        <source>Helps you think things through as you plan.</source>
        <translation>Pomaga ci wszystko przemyśleć podczas planowania.</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Zespół opieki</translation>
    </message>
    <message>
        <source>Part of your care team, such as a nurse, doctor or social worker.</source>
        <translation>Należy do twojego zespołu opieki, na przykład pielęgniarka, lekarz albo pracownik socjalny.</translation>
    </message>
    <message>
        <source>Task helper</source>
        <translation>Pomoc praktyczna</translation>
    </message>
    <message>
        <source>Does a practical job for you, like feeding a pet.</source>
        <translation>Zajmuje się dla ciebie czymś praktycznym, na przykład karmi zwierzę.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Witaj</translation>
    </message>
    <message>
        <source>Welcome to WrapDesk</source>
        <translation>Witaj w WrapDesk</translation>
    </message>
    <message>
        <source>A private place for your Wellness and Recovery Action Plan, your crisis plan and your advance statements. Everything stays on this computer, locked with a passphrase only you know.</source>
        <translation>Prywatne miejsce na twój Plan działań na rzecz dobrostanu i zdrowienia (WRAP), twój plan kryzysowy i twoje oświadczenia na przyszłość. Wszystko zostaje na tym komputerze, zamknięte hasłem, które znasz tylko ty.</translation>
    </message>
    <message>
        <source>Create my plan</source>
        <translation>Utwórz mój plan</translation>
    </message>
    <message>
        <source>Start a new plan, at your own pace.</source>
        <translation>Zacznij nowy plan, w swoim tempie.</translation>
    </message>
    <message>
        <source>Open a plan file…</source>
        <translation>Otwórz plik planu…</translation>
    </message>
    <message>
        <source>Carry on with a plan you already have.</source>
        <translation>Kontynuuj plan, który już masz.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Wypróbuj demo</translation>
    </message>
    <message>
        <source>Look around an example plan. Nothing you do there is kept.</source>
        <translation>Rozejrzyj się po przykładowym planie. Nic, co tam zrobisz, nie zostanie zachowane.</translation>
    </message>
    <message>
        <source>Open a plan someone shared…</source>
        <translation>Otwórz plan udostępniony…</translation>
    </message>
    <message>
        <source>Read a plan a person you support sent you.</source>
        <translation>Przeczytaj plan, który przysłała ci osoba, którą wspierasz.</translation>
    </message>
</context>
</TS>
