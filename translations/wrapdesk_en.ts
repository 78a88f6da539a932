<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h2&gt;WrapDesk {version}&lt;/h2&gt;&lt;p&gt;A private place for your Wellness and Recovery Action Plan, your crisis plan and your advance statements.&lt;/p&gt;&lt;p&gt;Your plan stays on this computer, encrypted. WrapDesk has no network code at all: no accounts, no update checks, no tracking. It sends nothing unless you choose to share a copy.&lt;/p&gt;&lt;p&gt;WrapDesk helps you write down your wishes; it is not legal or medical advice.&lt;/p&gt;&lt;p&gt;WRAP is a registered trademark of Advocates for Human Potential, Inc. WrapDesk is an independent tool and is not endorsed by them.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Printouts use the DejaVu fonts (Bitstream Vera licence). Icons: Phosphor, through QtAwesome.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About WrapDesk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AssessStep</name>
    <message>
        <source>What you wrote last time (review {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The areas of your life</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Medicines and care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you write here appears in your crisis plan, your advance statement and your printouts. You only need to write it once.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened your plan with your recovery key. Choose a new passphrase now, so you can open it the usual way next time. Your recovery key keeps working.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old passphrase will stop opening this plan and the backups WrapDesk keeps beside it. Copies you saved or shared somewhere else keep the passphrase they were made with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key too</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your old recovery sheet will stop working, and you&apos;ll be shown a new key to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick this if someone else may have known your passphrase. Your old recovery sheet will stop working, and you&apos;ll be shown a new key to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same new passphrase in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t your current passphrase. Nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and witnessing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name WrapDesk uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>communication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>role in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what they may receive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether to involve them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason not to involve them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>preference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>circumstances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>applies even if your life is at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>added “{item}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>removed “{item}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the order changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{before}” now reads “{after}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>someone no longer in the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{item}” is now noted as suggested by {who}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{item}: {field} changed from “{before}” to “{after}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} changed from “{before}” to “{after}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>WrapDesk keeps your Wellness and Recovery Action Plan private on this computer. Run without a command to open the app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>with no command: open the app on the built-in demo plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected {what} on standard input, but it was empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are different. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least {count} characters. A few unrelated words are long and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a plan file, or use --demo to try the demo plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan file (.wrapdesk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the passphrase from the first line of standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>use the built-in demo plan instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a WrapDesk plan file. Choose another name for the shared file, so your plan isn&apos;t overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name a plan file or use --demo, not both.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version {number} of the plan, encrypted, in {path}. It opens with the passphrase on standard output: give it to your supporter a different way from the file, for example by phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved version {number} of the plan, encrypted, in {path}. It opens only with your supporter&apos;s own key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase of your plan: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use --identity or --passphrase-stdin, not both (unless FILE is a plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase (the words you were given): </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file opens with a supporter key: add --identity FILE to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the plan as a PDF in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save chosen parts of a plan, encrypted, for a supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the parts to share: section keys, or crisis-plan, wrap, advance-statements for whole groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt to your supporter&apos;s key (one line starting with age1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>encrypt to a new passphrase of six words, printed on standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the file as text, to paste into an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where to save it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open a plan someone shared with you and print it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file someone shared with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your age key file, or your own WrapDesk plan holding your supporter key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the plan as a PDF instead of printing it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the plan document (JSON) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your plan. This takes a few seconds…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan is saved in {path}. Below is its recovery key: the only way back in if you forget your passphrase. Print it or write it down, and keep it somewhere safe. WrapDesk will not show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: a WrapDesk plan file (format {version}, save number {count}). Its checksum matches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It opens with the key you gave, and its contents are sound.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To check its contents too, add --passphrase-stdin or --recovery-key-stdin.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed. Your recovery key still works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed, and below is your new recovery key. Your old one no longer works. Print it or write it down, and keep it somewhere safe. WrapDesk will not show it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create a new plan file and show its recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check that a plan file is whole and sound</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also decrypt and check the contents, reading the passphrase from stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same, with the recovery key read from stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set a new passphrase for a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>read the old, then the new passphrase from stdin, one per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also replace the recovery key and print the new one (do this if someone else may have known the old passphrase)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the plan as text (you choose to see it in plain text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a WrapDesk plan file, so WrapDesk won&apos;t write a PDF over it. Choose another name for the PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the plan file the recovery sheet is for (the demo plan has none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--recovery-key-stdin is for the recovery sheet. To print your plan, open it with its passphrase (--passphrase-stdin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you sign your advance decision, it needs these things:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your crisis plan needs %n pages, and it is easiest to read in a hurry on 2. Nothing was saved. Add --long to print every page, or choose in WrapDesk which parts go first.</source>
        <translation>
            <numerusform>Your crisis plan needs %n pages, and it is easiest to read in a hurry on 2. Nothing was saved. Add --long to print every page, or choose in WrapDesk which parts go first.</numerusform>
            <numerusform>Your crisis plan needs %n pages, and it is easiest to read in a hurry on 2. Nothing was saved. Add --long to print every page, or choose in WrapDesk which parts go first.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your printout is saved in {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save a printout of the plan, or its recovery sheet, as a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a printout as a PDF. KIND is one of: crisis-plan (for family), wrap (the whole plan), advance-statement, adrt, scottish-statement, wallet-card, or recovery-sheet (with --recovery-key-stdin; it holds nothing from the plan).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>which printout (see above)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for recovery-sheet: read the recovery key from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the PDF file to write (your choice to have the plan on disk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paper size (normally chosen from your locale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extra-large type for the crisis plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>let the crisis plan run past two pages</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreatePlanDialog</name>
    <message>
        <source>Create your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan is kept in one file, locked with a passphrase. Only someone who knows the passphrase can read it, so choose one you will remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of your plan file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What still needs doing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give your plan a name (letters, numbers and spaces are fine).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s already a plan called {name} in that folder. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the same passphrase in both boxes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase again, to be sure of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a folder for your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making your plan safe… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan is saved. If you ever forget your passphrase, this key is the only way back in: nobody, not even WrapDesk, can open your plan without one or the other. Print it or write it down, and keep it somewhere safe, away from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To show you have kept it, type the last group of six digits here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last group of your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve kept it: start my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t the last group of the key above. Look again: it&apos;s the six digits at the very end.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CrisisOrderDialog</name>
    <message>
        <source>Your crisis plan is long</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Your crisis plan needs %n page(s)</source>
        <translation>
            <numerusform>Your crisis plan needs %n page</numerusform>
            <numerusform>Your crisis plan needs %n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Family find two pages easiest to read in a hard moment. Nothing will be left out: put the parts that matter most first (drag them, or use Alt+Up and Alt+Down), then print all the pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts of the crisis plan, in printing order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Print all %n page(s)</source>
        <translation>
            <numerusform>Print all %n page</numerusform>
            <numerusform>Print all %n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <source>Print crisis plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) written</source>
        <translation>
            <numerusform>%n thing written</numerusform>
            <numerusform>%n things written</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cycle</name>
    <message>
        <source>Review {number}: started {start}, under way at {step}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review {number}: {start} to {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a crisis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps skipped: {steps}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No statements rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I can expect in {step}:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{comment}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list your reviews and the versions of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review: {date}. It&apos;s time for a review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review: {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions of the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No version saved yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held by {name} (given {date}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the history as JSON instead, in a stable shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-assess: what matters to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-assess</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In [co-assess](glossary:co-assess), you look at your whole life: what works, what doesn&apos;t, and what you&apos;d like to change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most to you right now, across your life?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has worked well for you since last time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What hasn&apos;t worked, or has stopped helping?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan covers my whole life and the things I care about, not only the needs someone has assessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I get the chance to look back on how things went, and when I say what helps and what doesn&apos;t, people listen and believe me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When we review, my honest views can shape my own plan and help make services better for others too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-decide: choose your next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-decide</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In [co-decide](glossary:co-decide), you choose your goals and next steps, weigh up your options, and pick who you want beside you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are your goals, and what is the next step for each?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What options do you have, and how do they compare?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you need to know before you choose?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who would you like to [support you](glossary:supporter) through this?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My next steps come from my own hopes and goals, and I have help to choose them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can look at the options side by side and pick the one that suits me, knowing what each one means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People help me think freely about new ways to get where I want to be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I get the facts I need to plan, at the time I need them and in a form I can use, including what help there is near me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I want help to plan, I pick who helps me, both to make the plan and to carry it out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-design: write your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-design</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In [co-design](glossary:co-design), you write or rewrite parts of your plan, with anyone you choose to involve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which parts of your plan do you want to write or change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who, if anyone, would you like to write it with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who suggested each idea in your plan?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does your plan still sound like you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People trust me to write my own plan, with as much or as little help as I need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan fits my goals, my situation and what I can do, and any treatment in it is kept as light a load as it can be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who help me plan are open, honest and flexible, and they look for what can work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I want to, I can bring friends and family into my planning.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-deliver: put it into practice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-deliver</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In [co-deliver](glossary:co-deliver), you agree who does what, set your [review date](glossary:review-date), and choose who gets a copy. Finishing this step saves a [version](glossary:version) of your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who will do what, and by when?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When would you like to look at your plan again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who should get a copy, and of which parts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have help to play my own part in my care and to look after my wellbeing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have backing to try things, even when there&apos;s some risk. Mistakes are allowed, and so is changing my mind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People keep their word, so I know what will happen and when.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you feel about where you live?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People close to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is close to you, and how are things with them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Work or study</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are work, study or volunteering going?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is money a worry for you at the moment?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body and physical health</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are your sleep, food, energy and any pain?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mind and feelings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How are your mood and thoughts these days?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you enjoy, and do you get time for it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faith, culture and identity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps you feel like yourself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Community</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where do you feel you belong?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This isn&apos;t how it feels for you yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some of the time, or in some ways.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes, this is how it feels for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What didn&apos;t work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I want to change</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>In %n month</numerusform>
            <numerusform>In %n months</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleWheel</name>
    <message>
        <source>The four-step cycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review in progress. The steps are: {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are at step {number} of 4: {step}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DecideStep</name>
    <message>
        <source>Goals and next steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal or next step…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal or next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options, side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the ways you could go, what&apos;s good about each, and what worries you. Tick the ones you choose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you&apos;d like to support you this time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone new: their name…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone new to support you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove goal: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What&apos;s good about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What worries me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I choose this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DeliverStep</name>
    <message>
        <source>Who does what, and by when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something someone will do…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another date for your next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who should get a new copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for this version (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note for this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everyone who has a copy has the newest one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has version {number}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an update after you finish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DesignStep</name>
    <message>
        <source>Which parts to go through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of them, or only some: untick the ones you&apos;d like to leave this time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts to go through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part you are working on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next part</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Write a reflection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove a supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick off commitment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear a rating</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit your details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit advance statement details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide a helpline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>suggested by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new in this review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>{text} (suggested by {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{text} (new in this review)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <source>Add</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryListView</name>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your latest changes are kept safe, out of sight, until you unlock. WrapDesk will try saving them again then. Please don&apos;t close WrapDesk or turn off the computer before they are saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan file is older than the one you locked: it had been saved {before} times, and the file here now has {now}. Something may have put an older copy in its place. If anything is missing, look for a newer copy in the backups folder (Settings shows where it is).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk couldn&apos;t save because the disk is full. Your changes are safe here; free some space, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk couldn&apos;t save because it isn&apos;t allowed to write to {folder}. Your changes are safe here; choose another folder or check its permissions, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk checked the copy it had just written and it didn&apos;t read back correctly, so it kept your previous file. Your changes are safe here; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk couldn&apos;t save because the disk reported a problem. Your changes are safe here; try again, and if it keeps happening, save a copy somewhere else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A recovery key has 48 digits, in 8 groups of 6. You typed %n digit(s); please check it against your printed sheet.</source>
        <translation>
            <numerusform>A recovery key has 48 digits, in 8 groups of 6. You typed %n digit; please check it against your printed sheet.</numerusform>
            <numerusform>A recovery key has 48 digits, in 8 groups of 6. You typed %n digits; please check it against your printed sheet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group {group} of the recovery key doesn&apos;t look right. Please check it against your printed sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Groups {groups} of the recovery key don&apos;t look right. Please check them against your printed sheet.</source>
        <translation>
            <numerusform>Groups {groups} of the recovery key don&apos;t look right. Please check them against your printed sheet.</numerusform>
            <numerusform>Groups {groups} of the recovery key don&apos;t look right. Please check them against your printed sheet.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file opens with a passphrase (the words the person gave you), not with a supporter key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is locked to a supporter key, not to a passphrase. Open it with your supporter key instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is locked to a kind of key WrapDesk doesn&apos;t use. Ask the person who sent it to send it again with a passphrase, or to your WrapDesk supporter key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those words don&apos;t open this file. Check each word with the person who sent it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was locked to a different supporter key, so yours doesn&apos;t open it. Ask the person to send it again to the key shown under “My supporter key”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a public key. To open a file you need the secret key that goes with it: a line starting with AGE-SECRET-KEY-1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That file doesn&apos;t hold an age secret key (a line starting with AGE-SECRET-KEY-1). Check that you chose your key file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a secret key, which should never be sent to anyone, so WrapDesk didn&apos;t use it. Ask your supporter to make a new key and send you only the public key, which starts with age1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste your supporter&apos;s key: one line starting with age1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That text holds more than one key. Paste just your supporter&apos;s key: one line starting with age1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That is a kind of key WrapDesk doesn&apos;t send to. Ask your supporter for their age key: one line starting with age1 (WrapDesk shows it under “My supporter key”).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a supporter key. It is one line starting with age1, copied exactly; check for a missing or extra character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file opens, but it doesn&apos;t hold a plan shared from WrapDesk. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This isn&apos;t a plan shared from WrapDesk, so WrapDesk can&apos;t open it. Check that you chose the right file: it usually ends in .age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This shared file is damaged: part of it is missing or has changed since it was made. Nothing was opened or saved; ask the person who sent it to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file asks far more work of your computer to unlock than WrapDesk or age ever use, so WrapDesk won&apos;t try. Ask the person to send it again from WrapDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan was shared from a newer version of WrapDesk. Install the newest WrapDesk to read it; nothing was saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file opened, but what&apos;s inside isn&apos;t laid out the way WrapDesk makes it and could be unsafe, so WrapDesk didn&apos;t read it. Nothing was saved; ask the person to send it again from WrapDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file opened, but the plan inside isn&apos;t one WrapDesk can read: it was changed after it was made, or made by something else. Nothing was saved; ask the person to send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one part of your plan to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s no part called {key} in your plan. Use a part&apos;s key, or crisis-plan, wrap or advance-statements for a whole group.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send to a supporter key, paste the key {name} sent you: one line starting with age1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was given a printed copy, so there&apos;s no file to send again. Print a new copy for them instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is locked to a supporter key, and this plan hasn&apos;t made one yet, so the file can&apos;t be for it. If it was meant for you, open “My supporter key”, send that key to the person, and ask them to send the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup changed after WrapDesk checked it, so nothing was replaced. Check the backup again, then restore it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That backup is your plan file itself, so there&apos;s nothing to restore. Choose a copy you made with Back up….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s no plan file at {path}. Check the name and the folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s already a file called {name} there. Choose another name, so nothing is overwritten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file isn&apos;t a WrapDesk plan, so WrapDesk can&apos;t open it. Check that you chose the right file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of WrapDesk. Install the newest WrapDesk to open it; the file hasn&apos;t been changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan file is damaged: part of it is missing or has changed on the disk. Your backups are not affected; open the newest one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this plan. Check Caps Lock and try again, or use your recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this plan. Check it against your printed sheet; it may belong to a different plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan file was changed by something other than WrapDesk, so WrapDesk won&apos;t trust it. Your backups are not affected; open the newest one instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is already open in another WrapDesk window. Use that window, or close it and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan file was changed somewhere else while you had it open. Nothing is lost: your latest changes are saved in {name}, in the same folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file where your plan was now holds a different plan, so WrapDesk hasn&apos;t opened it. Your own plan may have been moved or renamed: use Open… to find it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file where your plan was now holds an older copy, from before your passphrase or recovery key was changed, so WrapDesk hasn&apos;t opened it in place of your plan. If you meant to go back to it, use File ▸ Open plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You opened this plan with your recovery key. Choose a new passphrase first, then make a new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan is in a folder WrapDesk can&apos;t write to, so you can read it but not change it. Copy it to a folder of your own to make changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan is locked. Unlock it to carry on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There&apos;s no file called {name} there. Check the name and the folder, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk couldn&apos;t reach a file it needed ({detail}). Nothing you wrote has been lost; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing you wrote has been lost; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactEditor</name>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactTables</name>
    <message>
        <source>Crisis plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your WRAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>please do not involve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: sister, friend, GP, care coordinator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their part in your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What they may be given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please do not involve this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why not (only if you want to say)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people who support you, and anyone you do not want involved. Put the person to call first at the top.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you feel about it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you take now, what you would accept, what to avoid, and any allergies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments you would want, and ones to avoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address or how to reach it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you would like to be cared for, and where not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no treatment named yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> — even if my life is at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatment you refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Be specific: the situations in which you refuse it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This applies even if my life is at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tick this if you mean it. A refusal of life-sustaining treatment must be written, signed and witnessed to count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments I refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each refusal, and the circumstances it applies to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing your advance decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your GP (name and surgery)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who holds copies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill these in after you have printed, signed and had it witnessed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and witnessing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness&apos;s profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The witness must be someone like a doctor, nurse, social worker, psychologist, solicitor or occupational therapist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find in your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Words to find in your plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close find (Esc)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places where the words were found</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Found in %n place(s).</source>
        <translation>
            <numerusform>Found in %n place.</numerusform>
            <numerusform>Found in %n places.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in your plan.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Advance decision to refuse treatment (ADRT)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A decision you make ahead of time to refuse a named treatment in named situations, in England and Wales. Refusing [life-sustaining treatment](glossary:life-sustaining-treatment) this way needs extra steps, including a witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A written note of your wishes, beliefs and values about future care. It guides anyone who has to decide in your [best interests](glossary:best-interests) if you can&apos;t decide or say. In England and Wales it is not legally binding.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best interests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you can&apos;t make a decision, the people deciding for you must choose what is best for you. They must think about your wishes, feelings, beliefs and values, including any [advance statement](glossary:advance-statement).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being able to make a certain decision at the time it&apos;s needed. You can understand the facts, keep them in mind, weigh them up, and let people know your choice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health Board</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Scotland, the part of the NHS that runs health services in your area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lasting power of attorney</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A legal document in England and Wales that lets you choose someone to make decisions for you if you can&apos;t. One for health and care can cover decisions about treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Life-sustaining treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment that a doctor or nurse caring for you thinks is needed to keep you alive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental Capacity Act 2005</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law in England and Wales about decisions for people who can&apos;t make them at the time. It covers [capacity](glossary:capacity), best interests and advance decisions to refuse treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental disorder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The words mental health law uses for a mental illness or a related condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental Health Act 1983</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law in England and Wales that lets people be kept in hospital and treated for a [mental disorder](glossary:mental-disorder) without agreeing, when strict conditions are met. People often call this being sectioned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental Health (Care and Treatment) (Scotland) Act 2003</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scotland&apos;s mental health law. Among other things, it sets out how an [advance statement](glossary:scottish-advance-statement) is made and used there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mental Welfare Commission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An independent body in Scotland that protects the rights of people who get mental health care. It keeps a register of advance statements.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Named person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Scotland, someone you choose to support you and look after your interests if you are treated under mental health law. They must be told about some decisions about your care.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scottish advance statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Scotland, a signed and witnessed statement of how you wish, or don&apos;t wish, to be treated for your mental health if your ability to decide becomes significantly impaired. Doctors and tribunals must take it into account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tribunal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An independent panel that makes or reviews decisions about some kinds of mental health care given without your agreement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who watches you sign a document and then signs it too, to show the signature is yours. Some documents need a certain kind of witness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps you decide on ahead of time for when a [trigger](glossary:trigger), a warning sign or a harder time comes: things you must do, and things you might do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free, open standard tool for [encrypting](glossary:encryption) files. A supporter can use it to open a plan you share with them, even without WrapDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A spare copy of your plan file, in case the main one is lost or damaged. WrapDesk keeps the one before each save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-assess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first step of the planning cycle. You look at your whole life with the people you choose: what matters, what works and what doesn&apos;t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-decide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The second step of the planning cycle. You choose your goals and next steps, compare options, and pick who supports you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-deliver</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fourth step of the planning cycle. You agree who does what and by when, set a [review date](glossary:review-date), and choose who gets a copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co-design</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The third step of the planning cycle. You write or rewrite your plan, with anyone you want to involve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time when you feel so unwell or distressed that you can&apos;t manage on your own, and other people need to help or take over for a while.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis house</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small, homely place where you can stay for a short time in a crisis, instead of going into hospital. Not every area has one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan you write while you are well. It tells the people you trust how to help if you can&apos;t act for yourself. In WrapDesk it has nine parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily maintenance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of your WRAP about everyday life: what you are like when you are well, and what you do, or might do, to stay that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warning sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small change inside you that can mean things are starting to slip, like sleeping badly or wanting to be alone more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scrambling information so only someone with the right key or [passphrase](glossary:passphrase) can read it. Your plan file is always encrypted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A password made of several words, which you type to open your plan. A few ordinary words are easier to remember than a short jumble, and safer too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-crisis plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The part of your WRAP for the time after a crisis: how you&apos;ll know you&apos;re getting better, what helps you heal, and what you&apos;d change next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A long number WrapDesk gives you to print when you make your plan. If you forget your passphrase, it lets you back in. Keep it somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short break or stay away from home, to rest and get support without going into hospital. It can also mean a break for a carer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The day you choose to look at your plan again. When it comes, the planning cycle starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something that happens around you that can upset you or make you feel worse, like an argument or a bill you can&apos;t pay.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A frozen copy of your plan, saved when you finish a review. You can look back at it, print it, share it, or compare it with a later one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellness toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list of things that help you stay well or feel better, from a walk to a phone call to a favourite song.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WRAP (Wellness Recovery Action Plan)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan you write for yourself, to stay well and to get through hard times. It usually has a keeping-well plan and a crisis plan. WRAP is a trademark of Advocates for Human Potential, and WrapDesk is an independent app.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who helps you say what you want and stand up for your rights. A mental health advocate is independent of your care team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The professionals who help with your care, such as a nurse, doctor, social worker or support worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who looks after a family member, partner or friend without being paid, because of illness, disability or age. It can also mean someone who used to do this.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coproduction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working together as equals. People with [lived experience](glossary:lived-experience) share in the decisions, from how services are planned and run to their own care. Things are done with you, not to you or for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts by experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who know about something because they have lived through it. Their practical know-how can help, and give hope to, others going through the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Experts by profession or training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Doctors, nurses, social workers and other staff. Their knowledge comes from study, training and their work, and they can offer advice based on research.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your family doctor at your local surgery. GP is short for general practitioner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lived experience</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you know from going through something yourself, such as mental distress or caring for someone. It is knowing from the inside, not from a book.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS 111</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A free NHS phone number for urgent help when it isn&apos;t an emergency. In England, you can choose option 2 for mental health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Patient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who gets care from health services. Some people like this word. Others prefer a different one, or just their name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The help people with [lived experience](glossary:lived-experience) of mental distress give each other. It can mean listening, sharing what works, practical help, or finding groups and other support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who offers [peer support](glossary:peer-support). It might be a friend, someone in a self-help group, or a paid peer support worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Living a life that feels good and means something to you, with or without symptoms. It is your own path, at your own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone who uses health or social care services, or cares for someone who does. Some people like this word and some don&apos;t.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signposting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When someone points you to a service or group that may help, often local or online, and helps you find your way to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone you choose to help with your plan or in a crisis. It could be family, a friend, a [peer supporter](glossary:peer-supporter) or a professional.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User-led initiative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A group or project run by and for the people who use services. You may also hear it called service user led or peer-led.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a word…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a word in the glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See also</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Helplines</name>
    <message>
        <source>Call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NHS 111</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For urgent help when it isn&apos;t an emergency. In England, choose option 2 for mental health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>England, Scotland and Wales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an emergency, when someone&apos;s life is in danger or they are badly hurt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Samaritans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone to listen, any time of day or night. Calls are free.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text if you would rather write than talk. It&apos;s free, day or night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These numbers were last checked on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>WrapDesk helps you write down your wishes, but it is not legal advice. For advice about your own situation, talk to a solicitor, Citizens Advice or a mental health advocacy service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An [advance statement](glossary:advance-statement), in England and Wales, says what you would like: your wishes, beliefs and values about your care. It is not legally binding, but people who decide for you must take it into account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An [advance decision to refuse treatment](glossary:adrt), in England and Wales, says no to named treatments in named situations. If it is valid and fits the situation, it counts as if you said no at the time. It can&apos;t ask for treatment, and treatment for a [mental disorder](glossary:mental-disorder) may still be given under the Mental Health Act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A [Scottish advance statement](glossary:scottish-advance-statement) says how you wish, or don&apos;t wish, to be treated for your mental health. It needs a witness from a set list of jobs. Doctors and tribunals must take it into account. If they go against it, they must write down why and tell you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can make more than one. For example, you might write an advance statement and an advance decision about one or two treatments.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan someone &amp;shared…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a &amp;review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve been through a &amp;crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Share with a supporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;supporter key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your &amp;own part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Versions and sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to the list of &amp;parts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About WrapDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan file can&apos;t be read as it is, and no earlier copy was found beside it. If you saved a backup somewhere else (a USB stick, say), choose Restore a backup to put it back. The damaged file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery key was closed before you confirmed you had kept it, and your old sheet no longer works. Please make another one: Settings, then Make a new recovery key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — WrapDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk plans (*.wrapdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the demo plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo plan. Nothing you change here is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type your passphrase above first; the backup opens with the same one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo plan — WrapDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes still can&apos;t be saved. If you choose another plan now, they will be lost. To keep trying, unlock your plan instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lose them and choose another plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo: not kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n older [copy|copies] of your plan couldn&apos;t be updated just now, so [it still opens|they still open] the old way. WrapDesk will try again the next time you open your plan. [It is|They are] in: {folder}</source>
        <translation>
            <numerusform>%n older copy of your plan couldn&apos;t be updated just now, so it still opens the old way. WrapDesk will try again the next time you open your plan. It is in: {folder}</numerusform>
            <numerusform>%n older copies of your plan couldn&apos;t be updated just now, so they still open the old way. WrapDesk will try again the next time you open your plan. They are in: {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older [copy|copies] of your plan couldn&apos;t be updated, so [it still opens|they still open] the old way. [It|They] may be damaged. [It is|They are] in: {folder}</source>
        <translation>
            <numerusform>%n older copy of your plan couldn&apos;t be updated, so it still opens the old way. It may be damaged. It is in: {folder}</numerusform>
            <numerusform>%n older copies of your plan couldn&apos;t be updated, so they still open the old way. They may be damaged. They are in: {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Some copies weren&apos;t updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your latest changes couldn&apos;t be saved, so WrapDesk is still open. If you close now, the changes since your last save will be lost. Your saved plan and its backups are safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close and lose those changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stay open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your own part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to call it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve been through a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print crisis plan…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Share with a supporter…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What WrapDesk calls you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your full name, as printed on your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people can communicate with you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address (for your advance statements)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to contact now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the people you would want called, with their phone numbers, on the People page. They will show here first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helplines (numbers last checked {date}):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has a copy of your plan yet. When you print it or share it with someone, you will see here which version they have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has version {number}, from {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan has changed since.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {name} an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How your plan is coming along</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{started} of {total} parts have something written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Choose a passphrase: three or four unrelated words work well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too short. Use at least {count} characters; a few unrelated words are long and easy to remember.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Easy to guess. Try three or four words that don&apos;t go together.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fair. Another word or two would make it much harder to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please do not involve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments I refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (suggested by {name})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — version {number}, {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} — the plan as it is now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>even if my life is at risk</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Something needs your attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep my version here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview of the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is this copy for? (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who this copy is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The printer could not be started. Check it is on and connected, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>Crisis plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance decision to refuse treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance statement (Scotland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you print your advance decision, these parts are missing. It may not be valid without them:

{missing}

You can print it now and add them by hand, or go back and fill them in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print it anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printed the crisis plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the advance statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the advance decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the Scottish statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed the wallet card</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>Refusal {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I refuse this treatment even if my life is at risk as a result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I am 18 or over, and I make this decision while I am able to make decisions about my treatment. If a time comes when I can&apos;t make or share these decisions, I refuse the treatments below, in the situations I describe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an advance decision under the Mental Capacity Act 2005, sections 24 to 26.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance decision to refuse treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The treatments I refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where copies are kept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copies are kept by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or signed for me, in my presence and at my direction, by (name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing this decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness&apos;s signature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness: I saw this decision signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your full name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your date of birth, so people can be sure it&apos;s yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add your GP&apos;s name and surgery, so they can be told.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no refusals yet. Name each treatment you refuse, and when the refusal applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusal {number} doesn&apos;t name a treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your refusal of “{treatment}” doesn&apos;t say when it applies. Describe the situations it covers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who has copies, so your decision can be found when needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My GP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I wrote this while I was able to make decisions for myself. It says how I would like to be cared for if a time comes when I can&apos;t decide or say what I want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This statement is not legally binding, but anyone who decides what is in my best interests must take it into account (Mental Capacity Act 2005, section 4(6)). It can&apos;t stop treatment under the Mental Health Act.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written in this statement yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing this statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suggested by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to call first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Others you can call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{how} {number}</source>
        <comment>a helpline: Call 116 123</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please don&apos;t involve these people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I wrote this while I was well, for the people I trust to help me.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My crisis plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else is written in this crisis plan yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis plan — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A crisis plan, for the people helping in a hard moment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My Wellness Recovery Action Plan (WRAP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My advance statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This refusal applies even if my life is at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People who support me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Places of treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments I refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details of my advance decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witnessed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing and witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The people, medicines, treatments and places listed earlier in this plan belong to this part too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please call me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More from my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is written here yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A wellness and recovery plan, with its crisis plan and wishes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key opens your plan if you ever forget your passphrase. WrapDesk showed it to you once and can&apos;t show it again, so keep this sheet somewhere safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same key on one line: {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where your plan is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you move or copy the file, the same key still opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your plan in WrapDesk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose to use your recovery key instead of your passphrase, and type the 48 digits. Spaces and dashes don&apos;t matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a new passphrase. This key keeps working afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keeping this sheet safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anyone with this key and your plan file can read your plan. Keep the sheet away from your laptop and its bag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it with your important papers, or in a sealed envelope with someone you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Don&apos;t photograph it, and don&apos;t keep a copy on your computer or phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key that opens your plan if you forget your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Private: keep this sheet safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I certify that, in my opinion, when {name} made this statement they had the capacity to intend the wishes set out in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I certify that, in my opinion, when the person named above made this statement they had the capacity to intend the wishes set out in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I belong to one of the groups of people who may witness an advance statement, such as a doctor, nurse, social worker, psychologist, solicitor or occupational therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness&apos;s certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profession</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is my advance statement. It says how I wish, and do not wish, to be treated for my mental health if my ability to make decisions about it becomes significantly impaired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is made under section 275 of the Mental Health (Care and Treatment) (Scotland) Act 2003.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance statement (Scotland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a crisis plan and an advance statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have an advance statement.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a crisis plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I can&apos;t speak for myself, please contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cut along the corner marks, then fold along the dashed line with the printing on the outside. Folded, each card is the size of a bank card: keep one in your wallet, and one in a bag or coat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wallet card — {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A card to carry, saying who to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>January</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>February</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>March</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>April</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>June</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>July</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>August</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>September</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>October</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>November</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>December</source>
        <comment>month</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date: 16 May 2026</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} · {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed {date} — not a saved version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this is the newest copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check this is the newest copy — ask {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>What you can expect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How true did these feel this time? There are no wrong answers, and you can leave any of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A comment, if you like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comment on: {statement}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RatingsChart</name>
    <message>
        <source>Chart of how each step felt, review by review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{step}: from {first:.1f} to {last:.1f} out of 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your ratings will show here after your first review.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Make a new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new key replaces the old one: your old printed sheet will stop opening this plan and the backups WrapDesk keeps beside it. Do this if you have lost the sheet, or think someone else may have seen it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To make a new key, type your passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last group of your new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a recovery sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is your new recovery key. Print it or write it down and keep it safe; WrapDesk will not show it again. Type its last group below to finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ve kept it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That isn&apos;t your passphrase. Nothing was changed; please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>You stopped at {step}. Carry on whenever you&apos;re ready; nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review looks back at your recent crisis, gently.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review is under way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you&apos;re ready, a review walks you through four steps: looking at what matters, deciding next steps, writing your plan, and putting it into practice. You can stop and come back at any point.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It&apos;s time for a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review date was {date}. Start when you&apos;re ready; there&apos;s no rush, and you can take it one step at a time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next review is on {date}. You can start one sooner at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a review now</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>I&apos;m sorry it has been hard. Your post-crisis plan is open. When you feel ready, a review will look at what happened, and suggests the next one by {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to {step}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is kept; carry on whenever you like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewing your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A review goes round four steps with you: what matters to you now, what you&apos;d like to do next, writing your plan, and putting it into practice. You can skip any step, leave at any point and carry on later. Nothing is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your last review finished on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This review follows a crisis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start my review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finish my review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip and finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Well done for taking the time. Version {number} of your plan is saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your next review is on {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has an older copy (version {number}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {name} an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each review goes round four steps with you: co-assess, co-decide, co-design and co-deliver. Here is what you wrote each time, and how true the “what I can expect” statements felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each step felt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same figures as a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 means “not yet” for every statement; 2 means “yes” for all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No reviews finished yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Steps done: {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {steps}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal: {text}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (chosen)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Option: {text}{chosen}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{what} — {who}, by {due}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review {number}, finished {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(after a crisis)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>What I&apos;ve written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A part of your plan you made yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename this part…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this is, in plain words</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show some examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ideas to get started (%n)</source>
        <translation>
            <numerusform>Ideas to get started (%n)</numerusform>
            <numerusform>Ideas to get started (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” and the %n thing(s) written in it? You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Delete “{title}” and the %n thing written in it? You can undo this with Edit ▸ Undo.</numerusform>
            <numerusform>Delete “{title}” and the %n things written in it? You can undo this with Edit ▸ Undo.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Your WRAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your own [Wellness Recovery Action Plan](glossary:wrap): how you stay well, spot changes early, and get through hard times.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written while you are well, so the people you trust know how to help if you can&apos;t act for yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your choices about future care, written now for a time when you may not be able to decide or say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance statement (England and Wales)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance statement</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your wishes, beliefs and values about your care, for a time when you can&apos;t decide or say what you want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What matters most to you about how you are cared for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which treatments or medicines work for you, and which don&apos;t?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who should be told if you become unwell, and who shouldn&apos;t?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can look after your children, pets or home?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How can people help you understand them, and be understood?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please let me keep my own clothes and phone on the ward</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m vegetarian, and I&apos;d like to see a chaplain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talk to me in short sentences and give me time to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a wish about treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes about medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note about medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your list of medicines is in your crisis plan. Add anything else here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If I go into hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a wish about hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Physical health and disability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a health need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who not to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add someone not to contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Children, dependants and pets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a child, dependant or pet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home, bills, benefits and work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something about home or money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Faith and culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something about faith or culture</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something about food</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a way to talk with me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An [advance statement](glossary:advance-statement) tells people how you would like to be cared for if you can&apos;t make or share decisions yourself. It can cover anything that matters to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is not legally binding. But anyone who decides in your [best interests](glossary:best-interests) must take it into account. This comes from section 4(6) of the [Mental Capacity Act 2005](glossary:mental-capacity-act).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It can&apos;t stop treatment given under the [Mental Health Act](glossary:mental-health-act), but it still tells staff what you would like.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign and date it. You don&apos;t need a [witness](glossary:witness), but having one can help show it is yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look at it again about once a year, and after a crisis or a change in treatment. Give copies to your family, your [GP](glossary:gp) and your [care team](glossary:care-team).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk helps you put your wishes into words. It is not legal advice. For advice about your own situation, talk to a solicitor, Citizens Advice or a mental health [advocate](glossary:advocate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance decision to refuse treatment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refusals (ADRT)</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments you refuse now, in case you can&apos;t make that choice later. For England and Wales.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a treatment you are sure you would refuse?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When should each refusal apply?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does a refusal cover [treatment that keeps you alive](glossary:life-sustaining-treatment)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has a copy? Does your GP know about it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I refuse haloperidol in any form: it gave me painful spasms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I refuse electroconvulsive therapy (ECT) in any situation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An [advance decision](glossary:adrt) lets you refuse a treatment now, in case you can&apos;t make or share that choice later. It can only say no to treatment. It can&apos;t ask for it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You need to be 18 or over and have [capacity](glossary:capacity) when you make it. Name each treatment you refuse, and the situations when the refusal applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To refuse [life-sustaining treatment](glossary:life-sustaining-treatment), it must be in writing and signed by you, or by someone else for you while you are there. You sign in front of a [witness](glossary:witness), who signs too. It must also say that it applies “even if my life is at risk”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stops counting if you withdraw it, or if you act in a way that clearly goes against it. A [lasting power of attorney](glossary:lasting-power-of-attorney) you make later, covering the same treatment, also replaces it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It only applies to the treatment and the situations you describe. Doctors may still treat a [mental disorder](glossary:mental-disorder) under the [Mental Health Act 1983](glossary:mental-health-act).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put in your name, address, date of birth and GP, and say where copies are kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk helps you write it down. It is not legal advice. For advice about your own situation, talk to a solicitor or a mental health [advocate](glossary:advocate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advance statement (Scotland)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scottish statement</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For people in Scotland: how you wish, or don&apos;t wish, to be treated if your mental health makes it very hard to decide.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How would you like to be treated if you become very unwell?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which treatments do you not want?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What has helped you in the past, and why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who could be your [witness](glossary:witness), such as your GP or nurse?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;d like to be treated at home if it is safe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I do not want lorazepam: it makes me feel out of control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking therapy helped me most last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I wish to be treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a wish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I do not wish to be treated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something I don&apos;t want</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My reasons</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reasons help people understand your wishes. They are up to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In Scotland, an [advance statement](glossary:scottish-advance-statement) says how you wish, or don&apos;t wish, to be treated for a [mental disorder](glossary:mental-disorder) if your ability to make decisions becomes significantly impaired. It comes from sections 275 and 276 of the [Mental Health (Care and Treatment) (Scotland) Act 2003](glossary:scottish-mental-health-act).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It only counts if it is in writing and signed by you. A [witness](glossary:witness) from a set list of jobs must also sign it: for example a doctor, nurse, social worker, psychologist, solicitor or occupational therapist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your witness writes that, when you made it, you had the [capacity](glossary:capacity) to mean the wishes in it. To withdraw it, you follow the same steps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once your [Health Board](glossary:health-board) has a copy, it puts it in your medical record and tells the [Mental Welfare Commission](glossary:mental-welfare-commission), which keeps a register. You don&apos;t need to register it yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A [tribunal](glossary:tribunal) or doctor who goes against it must write down why. They must also tell you, your [named person](glossary:named-person) and the Commission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Commission suggests you look at it again every 6 to 12 months.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk helps you write your wishes down. It is not legal advice. For advice about your own situation, talk to a solicitor or a mental health [advocate](glossary:advocate).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;m like when I&apos;m well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When I&apos;m well</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A picture of you at your best, so the people who help you can tell when you&apos;re not yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are you like on a good day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you talk, dress and spend your time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would someone who knows you well say about you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m quiet but friendly, and I like a joke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I keep my flat tidy and I&apos;m up by eight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How people can tell I&apos;m well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something people notice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs that others need to take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When others take over</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signs that tell your [supporters](glossary:supporter) it&apos;s time for them to act for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do people see when you can&apos;t look after yourself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What might you do or say that is not like you at all?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which signs mean people should step in right away?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I stop eating and drinking for more than a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I stay in my room and don&apos;t answer the door</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I don&apos;t know what day it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you see these, please step in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sign to watch for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My supporters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporters</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who you want to help in a [crisis](glossary:crisis), how to reach them, and anyone you don&apos;t want involved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who do you trust to help if you can&apos;t act for yourself?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like each person to do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there anyone you don&apos;t want involved? You don&apos;t need to say why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If your supporters disagree, how should they settle it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My sister Jo: call her first, day or night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My friend Sam can look after the cat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If they can&apos;t agree, Jo has the final say</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If my supporters disagree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add how to settle a disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The medicines you take now, ones you would accept, ones to avoid, and any allergies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which medicines do you take now, and how much?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which would you accept if a change is needed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a medicine not suited you? What happened?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are you allergic to anything?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sertraline, 100 mg each morning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please avoid olanzapine: it made me gain a lot of weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m allergic to penicillin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatments you would want if you become unwell, and ones you want to avoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which treatments have helped you before?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there one you would like to try?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are there any you want to avoid? What makes you say so?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Talking with someone I know helps more than extra tablets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;d rather not have injections if tablets will do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care at home or respite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care at home</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ways to get care at home, in your community or through [respite](glossary:respite), instead of going into hospital.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would help you stay at home through a crisis?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who could stay with you, or visit each day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a crisis house or a place to rest you would use?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs to be in place for this to work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mum stays with me and the crisis team visits each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short stay at the crisis house in town</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care I&apos;d like instead of hospital</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a kind of care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment places</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Treatment places</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where you would like to be treated if you can&apos;t stay at home, and places to avoid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If you need a hospital, where would you like to go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Is there a place you want to avoid? Why?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What makes a place feel safe to you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ward 3 at St Mary&apos;s, where the staff know me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not Hill View: it&apos;s too far for my family to visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps and what doesn&apos;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What people can do that helps, what makes things harder, and jobs you&apos;d like named people to take on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps you feel safe when you&apos;re unwell?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do people do that makes things harder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who can look after your pets, children, bills or work?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would put your mind at rest while you get better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speak slowly and tell me what&apos;s going on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please don&apos;t crowd me or raise your voice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jo feeds the cat and lets my boss know I&apos;m off sick</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something that helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something that doesn&apos;t help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jobs for people I trust</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say who does each job: pets, children, bills, work or anything else.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When this plan is no longer needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan no longer needed</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signs that tell your supporters they can step back and hand things back to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What shows you can make your own choices again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are the first signs that you are getting better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How would you like people to step back?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I sleep through the night three nights in a row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can plan my own day and stick to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs my supporters can step back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sign I&apos;m ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I must do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something I must do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The steps you take every time, because they work for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I might do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something I might do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other ideas to try, if they fit the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellness toolbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wellness toolbox</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your [wellness toolbox](glossary:wellness-toolbox): the things that help you stay well, and help you feel better when times are hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps you feel calm?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you do on a good day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who do you like to spend time with?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What small thing lifts your mood, even a little?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did you once enjoy that you might try again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walk the dog by the river</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring my sister for a chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put on my favourite album and make a cup of tea</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things that help me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anything that helps counts, big or small.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily maintenance plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily plan</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you are like when you are well, and what you do each day to stay that way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How would a friend describe you on a good day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you need to do each day to feel okay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps on some days, but not every day?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to work towards, one small step at a time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;m chatty and I laugh a lot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eat breakfast and take my tablets by nine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend an hour at the allotment when I can</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I am when I&apos;m well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something about me when I&apos;m well</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I do every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something I do every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things I might do some days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something for some days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things that help now and then, when you need them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals, in small steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a goal or a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bigger hopes, broken into steps you can take.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triggers</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things around you that can upset you, called [triggers](glossary:trigger), and what you do when they happen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What kinds of events tend to upset you?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Are there times of year, places or dates that are hard?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you do when one of these happens?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What else could you try, if you have the time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row with my dad</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Brown envelopes about money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go for a walk, then talk it over with Sam</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My triggers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a trigger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early warning signs</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Small changes inside you that tell you things may be slipping, and your [action plan](glossary:action-plan) for them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is the first thing you notice when you start to slip?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changes in your sleep, food or mood?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do people close to you notice first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What helps you get back on track?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sleeping less than five hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not answering my messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell my sister and book a GP visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My early warning signs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When things are breaking down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breaking down</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs that things are getting much worse, and the extra help you ask for then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How do you know when things are getting much worse?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do others see at this point?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who do you want to hear from, and what can they do?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you need to keep yourself safe?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can&apos;t get out of bed, even to eat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask Jo to stay over for a few nights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ring my community nurse that day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs things are getting worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sign things are worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-crisis plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Post-crisis</source>
        <comment>short</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How you recover after a [crisis](glossary:crisis), and what you learn for next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will you know you are getting better?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who and what helps you heal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What can wait until you feel stronger?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to go differently next time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I start to cook for myself again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to work half days for a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next time, ask for help a week sooner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How I&apos;ll know I&apos;m recovering</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a sign of recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who and what helps me recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a person or thing that helps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Things to do as I heal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go gently: small steps, in your own time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What I&apos;d do differently next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add something I&apos;ve learned</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Colours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock my plan after this long without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the crisis plan in extra-large type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk keeps your last 10 saves, and one a day for 30 days. They are encrypted like your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with a supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk makes a locked file with the parts you choose. Only the person with the passphrase or their own key can open it, in WrapDesk or with the free tool age.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who the copy is for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone not in my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which parts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crisis plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The crisis plan and advance statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let me choose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Parts to share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How will they open it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a passphrase I read out to them (WrapDesk makes one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With their own supporter key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their supporter key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;ll send it by email (make a text file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make the file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your copy is ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read these words to them over the phone, or give them in person. Don&apos;t send them with the file. WrapDesk will not show them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the words (cleared in 30 seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one part to share.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste their supporter key (it starts with age1), or choose a passphrase instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Making the file… (a passphrase takes a few seconds)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the shared file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as {path}. Send it to {name} however you like: email, a USB stick, a message.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShareFlow</name>
    <message>
        <source>That didn&apos;t work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan someone shared</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared plans (*.age);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your own plan first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file was locked to a supporter key. Open your own WrapDesk plan (the one that made the key), then open the shared file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the words you were given (spaces between them):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the file… this takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where to keep a backup (a USB stick is ideal)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan is copied to {path} and the copy checks out. It is locked with the same passphrase as your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the plan you want to restore first (or open the backup itself with File ▸ Open plan…).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk plans (*.wrapdesk);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup was saved on {date}. Put it in place of your plan? Your plan file as it is now will be kept with your backups, so nothing is lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please check: this backup is of a different plan, not an earlier copy of the one open now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is older than your plan, so recent changes won&apos;t be in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SharedPlanViewer</name>
    <message>
        <source>{name}&apos;s plan (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number}, from {date}. Ask {name} if you&apos;re not sure it&apos;s the newest copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk can&apos;t prove who made this file. If anything in it surprises you, check with {name} before acting on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person who sent it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan shared with you (read only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The shared plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Shared with {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared as a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In WrapDesk: choose File ▸ “Open a plan someone shared…”, pick {file}, and type the words you were given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the age tool (age-encryption.org): run  age -d -o plan.zip {file}  and type the words when it asks for the passphrase; then unzip plan.zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In WrapDesk: choose File ▸ “Open a plan someone shared…”, pick {file}; it opens with the supporter key your WrapDesk made.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With the age tool (age-encryption.org): run  age -d -i key.txt -o plan.zip {file}  with your own key file; then unzip plan.zip.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan {name} shared with you from WrapDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds personal things {name} trusts you with. Please keep it private, and delete it when {name} sends you a newer copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plan shared with you from WrapDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It holds personal things the sender trusts you with. Please keep it private, and delete it when they send you a newer copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is version {number} of the plan, from {date}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The parts shared with you:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is inside:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan, to read or print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the same plan for WrapDesk to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to open the file you were sent (it ends in .age):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WrapDesk is a free, private app for keeping a Wellness and Recovery Action Plan. Nothing you open is sent anywhere.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Parts of your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Around your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medicines and care</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions and sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) written</source>
        <translation>
            <numerusform>%n thing written</numerusform>
            <numerusform>%n things written</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupporterKeyDialog</name>
    <message>
        <source>My supporter key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this key to someone you support. WrapDesk on their computer can then lock a copy of their plan so that only you can open it. The key is safe to share; the part that opens files stays locked in your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your supporter key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same key as a QR code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my recovery key instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 48 digits from your printed recovery sheet. Spaces and dashes don&apos;t matter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose another plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening your plan… this takes a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the demo plan, so it opens again without a passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your backups, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your plan is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan file: {name}, in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This plan file can&apos;t be read as it is, and no earlier copy was found beside it. If you saved a backup somewhere else (a USB stick, say), use File ▸ Restore… to put it back. The damaged file is left as it is.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VersionsPage</name>
    <message>
        <source>Versions and sharing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A version is a copy of your plan kept exactly as it was, so you can see how it has changed and which copy each person has. Finishing a review, printing and sharing each keep a version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a version now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version {number} — {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(held by {names})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No versions yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the plan now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody has a copy yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: version {number}, given {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since {name}&apos;s copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send {name} an update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you have two versions, what changed between them shows here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version {old} to the plan now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From version {old} to version {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What changed since {name}&apos;s copy (version {number})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A note to remember it by (optional):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Please avoid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medicine you take at the moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medicine you are willing to take if it&apos;s needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A medicine that didn&apos;t suit you, or that you don&apos;t want.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allergic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are allergic to this. It must not be given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;d want this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A treatment you would like if you become unwell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A treatment you would rather not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I&apos;d like to go here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place where you would like to be treated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A place you would rather not go.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first person to call in a crisis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supports you and your plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Planning partner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Helps you think things through as you plan.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Care team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of your care team, such as a nurse, doctor or social worker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task helper</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Does a practical job for you, like feeding a pet.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to WrapDesk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A private place for your Wellness and Recovery Action Plan, your crisis plan and your advance statements. Everything stays on this computer, locked with a passphrase only you know.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create my plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new plan, at your own pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carry on with a plan you already have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around an example plan. Nothing you do there is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a plan someone shared…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read a plan a person you support sent you.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
