<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB" sourcelanguage="en_GB">
<context>
    <name>AboutDialog</name>
    <message>
        <source>&lt;h2&gt;WrapDesk {version}&lt;/h2&gt;&lt;p&gt;A private place for your Wellness and Recovery Action Plan, your crisis plan and your advance statements.&lt;/p&gt;&lt;p&gt;Your plan stays on this computer, encrypted. WrapDesk has no network code at all: no accounts, no update checks, no tracking. It sends nothing unless you choose to share a copy.&lt;/p&gt;&lt;p&gt;WrapDesk helps you write down your wishes; it is not legal or medical advice.&lt;/p&gt;&lt;p&gt;WRAP is a registered trademark of Advocates for Human Potential, Inc. WrapDesk is an independent tool and is not endorsed by them.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later. Printouts use the DejaVu fonts (Bitstream Vera licence). Icons: Phosphor, through QtAwesome.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;WrapDesk {version}&lt;/h2&gt;&lt;p&gt;Lle preifat i&apos;ch Cynllun Gweithredu Lles ac Adferiad (WRAP), eich cynllun argyfwng a&apos;ch datganiadau ymlaen llaw.&lt;/p&gt;&lt;p&gt;Mae eich cynllun yn aros ar y cyfrifiadur hwn, wedi&apos;i amgryptio. Does gan WrapDesk ddim cod rhwydwaith o gwbl: dim cyfrifon, dim gwirio am ddiweddariadau, dim tracio. Nid yw&apos;n anfon dim byd oni bai eich bod chi&apos;n dewis rhannu copi.&lt;/p&gt;&lt;p&gt;Mae WrapDesk yn eich helpu i ysgrifennu eich dymuniadau; nid cyngor cyfreithiol na meddygol yw hyn.&lt;/p&gt;&lt;p&gt;Mae WRAP yn nod masnach cofrestredig sy&apos;n eiddo i Advocates for Human Potential, Inc. Offeryn annibynnol yw WrapDesk, ac nid ydyn nhw wedi&apos;i gymeradwyo.&lt;/p&gt;&lt;p&gt;Meddalwedd rydd o dan Drwydded Gyhoeddus Gyffredinol GNU, fersiwn 3 neu ddiweddarach. Mae&apos;r copïau printiedig yn defnyddio ffontiau DejaVu (trwydded Bitstream Vera). Eiconau: Phosphor, drwy QtAwesome.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>About WrapDesk</source>
        <translation>Ynghylch WrapDesk</translation>
    </message>
</context>
<context>
    <name>AssessStep</name>
    <message>
        <source>What you wrote last time (review {number})</source>
        <translation>Beth ysgrifennoch chi y tro diwethaf (adolygiad {number})</translation>
    </message>
    <message>
        <source>The areas of your life</source>
        <translation>Meysydd eich bywyd</translation>
    </message>
    <message>
        <source>Looking back</source>
        <translation>Edrych yn ôl</translation>
    </message>
</context>
<context>
    <name>CarePage</name>
    <message>
        <source>Medicines and care</source>
        <translation>Meddyginiaethau a gofal</translation>
    </message>
    <message>
        <source>What you write here appears in your crisis plan, your advance statement and your printouts. You only need to write it once.</source>
        <translation>Mae&apos;r hyn rydych chi&apos;n ei ysgrifennu yma yn ymddangos yn eich cynllun argyfwng, eich datganiad ymlaen llaw a&apos;ch copïau printiedig. Dim ond unwaith sydd angen i chi ei ysgrifennu.</translation>
    </message>
</context>
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Newid eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Choose a new passphrase</source>
        <translation>Dewiswch gyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>You opened your plan with your recovery key. Choose a new passphrase now, so you can open it the usual way next time. Your recovery key keeps working.</source>
        <translation>Fe agoroch chi eich cynllun gyda&apos;ch allwedd adfer. Dewiswch gyfrinymadrodd newydd nawr, er mwyn i chi allu ei agor yn y ffordd arferol y tro nesaf. Bydd eich allwedd adfer yn dal i weithio.</translation>
    </message>
    <message>
        <source>Your old passphrase will stop opening this plan and the backups WrapDesk keeps beside it. Copies you saved or shared somewhere else keep the passphrase they were made with.</source>
        <translation>Bydd eich hen gyfrinymadrodd yn peidio ag agor y cynllun hwn a&apos;r copïau wrth gefn mae WrapDesk yn eu cadw wrth ei ymyl. Bydd copïau a gadwoch chi neu a rannoch chi yn rhywle arall yn dal i agor gyda&apos;r cyfrinymadrodd oedd ganddyn nhw pan gawson nhw eu gwneud.</translation>
    </message>
    <message>
        <source>Your current passphrase</source>
        <translation>Eich cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>Current passphrase</source>
        <translation>Cyfrinymadrodd presennol</translation>
    </message>
    <message>
        <source>New passphrase</source>
        <translation>Cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>The new passphrase again</source>
        <translation>Y cyfrinymadrodd newydd eto</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Teipiwch e eto</translation>
    </message>
    <message>
        <source>Make a new recovery key too</source>
        <translation>Gwneud allwedd adfer newydd hefyd</translation>
    </message>
    <message>
        <source>Your old recovery sheet will stop working, and you&apos;ll be shown a new key to keep.</source>
        <translation>Bydd eich hen daflen adfer yn peidio â gweithio, a byddwch chi&apos;n cael gweld allwedd newydd i&apos;w chadw.</translation>
    </message>
    <message>
        <source>Tick this if someone else may have known your passphrase. Your old recovery sheet will stop working, and you&apos;ll be shown a new key to keep.</source>
        <translation>Ticiwch hwn os gallai rhywun arall fod wedi gwybod eich cyfrinymadrodd. Bydd eich hen daflen adfer yn peidio â gweithio, a byddwch chi&apos;n cael gweld allwedd newydd i&apos;w chadw.</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ddim nawr</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type the same new passphrase in both boxes.</source>
        <translation>Teipiwch yr un cyfrinymadrodd newydd yn y ddau flwch.</translation>
    </message>
    <message>
        <source>That isn&apos;t your current passphrase. Nothing was changed; please try again.</source>
        <translation>Nid hwnnw yw eich cyfrinymadrodd presennol. Does dim wedi newid; rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>Changes</name>
    <message>
        <source>About you</source>
        <translation>Amdanoch chi</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Meddyginiaethau</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Triniaethau</translation>
    </message>
    <message>
        <source>Places of care</source>
        <translation>Mannau gofal</translation>
    </message>
    <message>
        <source>Refusals of treatment</source>
        <translation>Gwrthod triniaeth</translation>
    </message>
    <message>
        <source>Signing and witnessing</source>
        <translation>Llofnodi a thystio</translation>
    </message>
    <message>
        <source>name</source>
        <translation>enw</translation>
    </message>
    <message>
        <source>the name WrapDesk uses</source>
        <translation>yr enw mae WrapDesk yn ei ddefnyddio</translation>
    </message>
    <message>
        <source>pronouns</source>
        <translation>rhagenwau</translation>
    </message>
    <message>
        <source>communication needs</source>
        <translation>anghenion cyfathrebu</translation>
    </message>
    <message>
        <source>date of birth</source>
        <translation>dyddiad geni</translation>
    </message>
    <message>
        <source>address</source>
        <translation>cyfeiriad</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>perthynas</translation>
    </message>
    <message>
        <source>phone number</source>
        <translation>rhif ffôn</translation>
    </message>
    <message>
        <source>email</source>
        <translation>e-bost</translation>
    </message>
    <message>
        <source>notes</source>
        <translation>nodiadau</translation>
    </message>
    <message>
        <source>role in the plan</source>
        <translation>rôl yn y cynllun</translation>
    </message>
    <message>
        <source>what they may receive</source>
        <translation>beth gallan nhw ei gael</translation>
    </message>
    <message>
        <source>whether to involve them</source>
        <translation>a ddylid eu cynnwys</translation>
    </message>
    <message>
        <source>reason not to involve them</source>
        <translation>rheswm dros beidio â&apos;u cynnwys</translation>
    </message>
    <message>
        <source>dose</source>
        <translation>dos</translation>
    </message>
    <message>
        <source>what it is for</source>
        <translation>beth mae ar ei gyfer</translation>
    </message>
    <message>
        <source>status</source>
        <translation>statws</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>rheswm</translation>
    </message>
    <message>
        <source>preference</source>
        <translation>dewis</translation>
    </message>
    <message>
        <source>details</source>
        <translation>manylion</translation>
    </message>
    <message>
        <source>treatment</source>
        <translation>triniaeth</translation>
    </message>
    <message>
        <source>circumstances</source>
        <translation>amgylchiadau</translation>
    </message>
    <message>
        <source>applies even if your life is at risk</source>
        <translation>yn berthnasol hyd yn oed os yw eich bywyd mewn perygl</translation>
    </message>
    <message>
        <source>added “{item}”</source>
        <translation>ychwanegwyd “{item}”</translation>
    </message>
    <message>
        <source>removed “{item}”</source>
        <translation>tynnwyd “{item}”</translation>
    </message>
    <message>
        <source>the order changed</source>
        <translation>newidiodd y drefn</translation>
    </message>
    <message>
        <source>“{before}” now reads “{after}”</source>
        <translation>newidiwyd “{before}” i “{after}”</translation>
    </message>
    <message>
        <source>you</source>
        <translation>chi</translation>
    </message>
    <message>
        <source>someone no longer in the plan</source>
        <translation>rhywun nad yw yn y cynllun mwyach</translation>
    </message>
    <message>
        <source>“{item}” is now noted as suggested by {who}</source>
        <translation>nodwyd mai {who} a awgrymodd “{item}”</translation>
    </message>
    <message>
        <source>{item}: {field} changed from “{before}” to “{after}”</source>
        <translation>{item}: newidiodd {field} o “{before}” i “{after}”</translation>
    </message>
    <message>
        <source>{field} changed from “{before}” to “{after}”</source>
        <translation>newidiodd {field} o “{before}” i “{after}”</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>WrapDesk keeps your Wellness and Recovery Action Plan private on this computer. Run without a command to open the app.</source>
        <translation>Mae WrapDesk yn cadw eich Cynllun Gweithredu Lles ac Adferiad (WRAP) yn breifat ar y cyfrifiadur hwn. Rhedwch heb orchymyn i agor yr ap.</translation>
    </message>
    <message>
        <source>with no command: open the app on the built-in demo plan</source>
        <translation>heb orchymyn: agor yr ap gyda&apos;r cynllun demo sydd wedi&apos;i gynnwys</translation>
    </message>
    <message>
        <source>Stopped. Nothing was changed.</source>
        <translation>Wedi stopio. Does dim wedi newid.</translation>
    </message>
    <message>
        <source>Expected {what} on standard input, but it was empty.</source>
        <translation>Roedd disgwyl {what} ar y mewnbwn safonol, ond roedd yn wag.</translation>
    </message>
    <message>
        <source>a passphrase</source>
        <translation>cyfrinymadrodd</translation>
    </message>
    <message>
        <source>a new passphrase</source>
        <translation>cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>New passphrase: </source>
        <translation>Cyfrinymadrodd newydd: </translation>
    </message>
    <message>
        <source>The same passphrase again: </source>
        <translation>Yr un cyfrinymadrodd eto: </translation>
    </message>
    <message>
        <source>The two passphrases are different. Nothing was changed.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol. Does dim wedi newid.</translation>
    </message>
    <message>
        <source>Please choose a passphrase of at least {count} characters. A few unrelated words are long and easy to remember.</source>
        <translation>Dewiswch gyfrinymadrodd sydd o leiaf {count} nod o hyd. Mae ychydig o eiriau nad ydyn nhw&apos;n perthyn i&apos;w gilydd yn hir ac yn hawdd eu cofio.</translation>
    </message>
    <message>
        <source>a recovery key</source>
        <translation>allwedd adfer</translation>
    </message>
    <message>
        <source>Name a plan file, or use --demo to try the demo plan.</source>
        <translation>Rhowch enw ffeil cynllun, neu defnyddiwch --demo i roi cynnig ar y cynllun demo.</translation>
    </message>
    <message>
        <source>Passphrase: </source>
        <translation>Cyfrinymadrodd: </translation>
    </message>
    <message>
        <source>the plan file (.wrapdesk)</source>
        <translation>ffeil y cynllun (.wrapdesk)</translation>
    </message>
    <message>
        <source>read the passphrase from the first line of standard input</source>
        <translation>darllen y cyfrinymadrodd o linell gyntaf y mewnbwn safonol</translation>
    </message>
    <message>
        <source>use the built-in demo plan instead</source>
        <translation>defnyddio&apos;r cynllun demo sydd wedi&apos;i gynnwys yn lle hynny</translation>
    </message>
    <message>
        <source>{name} is a WrapDesk plan file. Choose another name for the shared file, so your plan isn&apos;t overwritten.</source>
        <translation>Mae {name} yn ffeil cynllun WrapDesk. Dewiswch enw arall i&apos;r ffeil a rennir, fel nad yw eich cynllun yn cael ei drosysgrifo.</translation>
    </message>
    <message>
        <source>Name a plan file or use --demo, not both.</source>
        <translation>Rhowch enw ffeil cynllun neu defnyddiwch --demo, nid y ddau.</translation>
    </message>
    <message>
        <source>Saved version {number} of the plan, encrypted, in {path}. It opens with the passphrase on standard output: give it to your supporter a different way from the file, for example by phone.</source>
        <translation>Wedi cadw fersiwn {number} o&apos;r cynllun, wedi&apos;i amgryptio, yn {path}. Mae&apos;n agor gyda&apos;r cyfrinymadrodd ar yr allbwn safonol: rhowch hwnnw i&apos;ch cefnogwr mewn ffordd wahanol i&apos;r ffeil, er enghraifft dros y ffôn.</translation>
    </message>
    <message>
        <source>Saved version {number} of the plan, encrypted, in {path}. It opens only with your supporter&apos;s own key.</source>
        <translation>Wedi cadw fersiwn {number} o&apos;r cynllun, wedi&apos;i amgryptio, yn {path}. Dim ond allwedd eich cefnogwr ei hun sy&apos;n ei agor.</translation>
    </message>
    <message>
        <source>Passphrase of your plan: </source>
        <translation>Cyfrinymadrodd eich cynllun: </translation>
    </message>
    <message>
        <source>Use --identity or --passphrase-stdin, not both (unless FILE is a plan).</source>
        <translation>Defnyddiwch --identity neu --passphrase-stdin, nid y ddau (oni bai bod FILE yn gynllun).</translation>
    </message>
    <message>
        <source>Passphrase (the words you were given): </source>
        <translation>Cyfrinymadrodd (y geiriau a gawsoch chi): </translation>
    </message>
    <message>
        <source>This file opens with a supporter key: add --identity FILE to open it.</source>
        <translation>Mae&apos;r ffeil hon yn agor gydag allwedd cefnogwr: ychwanegwch --identity FILE i&apos;w hagor.</translation>
    </message>
    <message>
        <source>Saved the plan as a PDF in {path}.</source>
        <translation>Wedi cadw&apos;r cynllun fel PDF yn {path}.</translation>
    </message>
    <message>
        <source>save chosen parts of a plan, encrypted, for a supporter</source>
        <translation>cadw rhannau dethol o gynllun, wedi&apos;u hamgryptio, ar gyfer cefnogwr</translation>
    </message>
    <message>
        <source>the parts to share: section keys, or crisis-plan, wrap, advance-statements for whole groups</source>
        <translation>y rhannau i&apos;w rhannu: codau&apos;r rhannau, neu crisis-plan, wrap neu advance-statements ar gyfer grwpiau cyfan</translation>
    </message>
    <message>
        <source>encrypt to your supporter&apos;s key (one line starting with age1)</source>
        <translation>amgryptio i allwedd eich cefnogwr (un llinell sy&apos;n dechrau gydag age1)</translation>
    </message>
    <message>
        <source>encrypt to a new passphrase of six words, printed on standard output</source>
        <translation>amgryptio i gyfrinymadrodd newydd o chwe gair, sy&apos;n cael ei ddangos ar yr allbwn safonol</translation>
    </message>
    <message>
        <source>write the file as text, to paste into an email</source>
        <translation>ysgrifennu&apos;r ffeil fel testun, i&apos;w gludo mewn e-bost</translation>
    </message>
    <message>
        <source>where to save it</source>
        <translation>ble i&apos;w chadw</translation>
    </message>
    <message>
        <source>open a plan someone shared with you and print it</source>
        <translation>agor cynllun mae rhywun wedi&apos;i rannu â chi, a&apos;i ddangos</translation>
    </message>
    <message>
        <source>the file someone shared with you</source>
        <translation>y ffeil a rannodd rhywun gyda chi</translation>
    </message>
    <message>
        <source>your age key file, or your own WrapDesk plan holding your supporter key</source>
        <translation>eich ffeil allwedd age, neu eich cynllun WrapDesk eich hun sy&apos;n dal eich allwedd cefnogwr</translation>
    </message>
    <message>
        <source>save the plan as a PDF instead of printing it</source>
        <translation>cadw&apos;r cynllun fel PDF yn lle ei ddangos</translation>
    </message>
    <message>
        <source>print the plan document (JSON) instead</source>
        <translation>dangos dogfen y cynllun (JSON) yn lle hynny</translation>
    </message>
    <message>
        <source>Creating your plan. This takes a few seconds…</source>
        <translation>Wrthi&apos;n creu eich cynllun. Mae hyn yn cymryd ychydig eiliadau…</translation>
    </message>
    <message>
        <source>Your plan is saved in {path}. Below is its recovery key: the only way back in if you forget your passphrase. Print it or write it down, and keep it somewhere safe. WrapDesk will not show it again.</source>
        <translation>Mae eich cynllun wedi&apos;i gadw yn {path}. Isod mae ei allwedd adfer: yr unig ffordd yn ôl i mewn os byddwch chi&apos;n anghofio eich cyfrinymadrodd. Argraffwch hi neu ysgrifennwch hi, a&apos;i chadw rywle diogel. Fydd WrapDesk ddim yn ei dangos eto.</translation>
    </message>
    <message>
        <source>{name}: a WrapDesk plan file (format {version}, save number {count}). Its checksum matches.</source>
        <translation>{name}: ffeil cynllun WrapDesk (fformat {version}, rhif cadw {count}). Mae ei swm gwirio&apos;n cyfateb.</translation>
    </message>
    <message>
        <source>It opens with the key you gave, and its contents are sound.</source>
        <translation>Mae&apos;n agor gyda&apos;r allwedd a roesoch chi, ac mae ei chynnwys yn iawn.</translation>
    </message>
    <message>
        <source>To check its contents too, add --passphrase-stdin or --recovery-key-stdin.</source>
        <translation>I wirio ei chynnwys hefyd, ychwanegwch --passphrase-stdin neu --recovery-key-stdin.</translation>
    </message>
    <message>
        <source>Current passphrase: </source>
        <translation>Cyfrinymadrodd presennol: </translation>
    </message>
    <message>
        <source>Your passphrase is changed. Your recovery key still works.</source>
        <translation>Mae eich cyfrinymadrodd wedi newid. Mae eich allwedd adfer yn dal i weithio.</translation>
    </message>
    <message>
        <source>Your passphrase is changed, and below is your new recovery key. Your old one no longer works. Print it or write it down, and keep it somewhere safe. WrapDesk will not show it again.</source>
        <translation>Mae eich cyfrinymadrodd wedi newid, ac isod mae eich allwedd adfer newydd. Dydy&apos;r hen un ddim yn gweithio mwyach. Argraffwch hi neu ysgrifennwch hi, a&apos;i chadw rywle diogel. Fydd WrapDesk ddim yn ei dangos eto.</translation>
    </message>
    <message>
        <source>create a new plan file and show its recovery key</source>
        <translation>creu ffeil cynllun newydd a dangos ei hallwedd adfer</translation>
    </message>
    <message>
        <source>check that a plan file is whole and sound</source>
        <translation>gwirio bod ffeil cynllun yn gyfan ac yn iawn</translation>
    </message>
    <message>
        <source>also decrypt and check the contents, reading the passphrase from stdin</source>
        <translation>dadgryptio a gwirio&apos;r cynnwys hefyd, gan ddarllen y cyfrinymadrodd o stdin</translation>
    </message>
    <message>
        <source>the same, with the recovery key read from stdin</source>
        <translation>yr un peth, gan ddarllen yr allwedd adfer o stdin</translation>
    </message>
    <message>
        <source>set a new passphrase for a plan</source>
        <translation>gosod cyfrinymadrodd newydd ar gyfer cynllun</translation>
    </message>
    <message>
        <source>read the old, then the new passphrase from stdin, one per line</source>
        <translation>darllen yr hen gyfrinymadrodd, yna&apos;r un newydd, o stdin, un ar bob llinell</translation>
    </message>
    <message>
        <source>also replace the recovery key and print the new one (do this if someone else may have known the old passphrase)</source>
        <translation>newid yr allwedd adfer hefyd a dangos yr un newydd (gwnewch hyn os gallai rhywun arall fod wedi gwybod yr hen gyfrinymadrodd)</translation>
    </message>
    <message>
        <source>print the plan as text (you choose to see it in plain text)</source>
        <translation>dangos y cynllun fel testun (rydych chi&apos;n dewis ei weld mewn testun plaen)</translation>
    </message>
    <message>
        <source>{name} is a WrapDesk plan file, so WrapDesk won&apos;t write a PDF over it. Choose another name for the PDF.</source>
        <translation>Mae {name} yn ffeil cynllun WrapDesk, felly fydd WrapDesk ddim yn ysgrifennu PDF drosti. Dewiswch enw arall i&apos;r PDF.</translation>
    </message>
    <message>
        <source>Name the plan file the recovery sheet is for (the demo plan has none).</source>
        <translation>Rhowch enw&apos;r ffeil cynllun mae&apos;r daflen adfer ar ei chyfer (does gan y cynllun demo ddim un).</translation>
    </message>
    <message>
        <source>Recovery key: </source>
        <translation>Allwedd adfer: </translation>
    </message>
    <message>
        <source>--recovery-key-stdin is for the recovery sheet. To print your plan, open it with its passphrase (--passphrase-stdin).</source>
        <translation>Mae --recovery-key-stdin ar gyfer y daflen adfer. I argraffu eich cynllun, agorwch ef gyda&apos;i gyfrinymadrodd (--passphrase-stdin).</translation>
    </message>
    <message>
        <source>Before you sign your advance decision, it needs these things:</source>
        <translation>Cyn i chi lofnodi eich penderfyniad ymlaen llaw, mae angen y pethau hyn arno:</translation>
    </message>
    <message numerus="yes">
        <source>Your crisis plan needs %n pages, and it is easiest to read in a hurry on 2. Nothing was saved. Add --long to print every page, or choose in WrapDesk which parts go first.</source>
        <translation>
            <numerusform>Mae angen %n tudalen ar eich cynllun argyfwng, ac mae&apos;n haws ei ddarllen ar frys ar 2. Does dim wedi&apos;i gadw. Ychwanegwch --long i argraffu pob tudalen, neu dewiswch yn WrapDesk pa rannau sy&apos;n dod gyntaf.</numerusform>
            <numerusform>Mae angen %n tudalen ar eich cynllun argyfwng, ac mae&apos;n haws ei ddarllen ar frys ar 2. Does dim wedi&apos;i gadw. Ychwanegwch --long i argraffu pob tudalen, neu dewiswch yn WrapDesk pa rannau sy&apos;n dod gyntaf.</numerusform>
            <numerusform>Mae angen %n tudalen ar eich cynllun argyfwng, ac mae&apos;n haws ei ddarllen ar frys ar 2. Does dim wedi&apos;i gadw. Ychwanegwch --long i argraffu pob tudalen, neu dewiswch yn WrapDesk pa rannau sy&apos;n dod gyntaf.</numerusform>
            <numerusform>Mae angen %n tudalen ar eich cynllun argyfwng, ac mae&apos;n haws ei ddarllen ar frys ar 2. Does dim wedi&apos;i gadw. Ychwanegwch --long i argraffu pob tudalen, neu dewiswch yn WrapDesk pa rannau sy&apos;n dod gyntaf.</numerusform>
            <numerusform>Mae angen %n tudalen ar eich cynllun argyfwng, ac mae&apos;n haws ei ddarllen ar frys ar 2. Does dim wedi&apos;i gadw. Ychwanegwch --long i argraffu pob tudalen, neu dewiswch yn WrapDesk pa rannau sy&apos;n dod gyntaf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your printout is saved in {path}.</source>
        <translation>Mae eich copi printiedig wedi&apos;i gadw yn {path}.</translation>
    </message>
    <message>
        <source>save a printout of the plan, or its recovery sheet, as a PDF</source>
        <translation>cadw copi printiedig o&apos;r cynllun, neu ei daflen adfer, fel PDF</translation>
    </message>
    <message>
        <source>Save a printout as a PDF. KIND is one of: crisis-plan (for family), wrap (the whole plan), advance-statement, adrt, scottish-statement, wallet-card, or recovery-sheet (with --recovery-key-stdin; it holds nothing from the plan).</source>
        <translation>Cadw copi printiedig fel PDF. Mae KIND yn un o: crisis-plan (i&apos;r teulu), wrap (y cynllun cyfan), advance-statement, adrt, scottish-statement, wallet-card, neu recovery-sheet (gyda --recovery-key-stdin; does dim byd o&apos;r cynllun ynddi).</translation>
    </message>
    <message>
        <source>which printout (see above)</source>
        <translation>pa gopi printiedig (gweler uchod)</translation>
    </message>
    <message>
        <source>for recovery-sheet: read the recovery key from standard input</source>
        <translation>ar gyfer recovery-sheet: darllen yr allwedd adfer o&apos;r mewnbwn safonol</translation>
    </message>
    <message>
        <source>the PDF file to write (your choice to have the plan on disk)</source>
        <translation>y ffeil PDF i&apos;w hysgrifennu (eich dewis chi yw cael y cynllun ar ddisg)</translation>
    </message>
    <message>
        <source>paper size (normally chosen from your locale)</source>
        <translation>maint y papur (fel arfer yn dilyn gosodiadau rhanbarth eich cyfrifiadur)</translation>
    </message>
    <message>
        <source>extra-large type for the crisis plan</source>
        <translation>print mawr iawn ar gyfer y cynllun argyfwng</translation>
    </message>
    <message>
        <source>let the crisis plan run past two pages</source>
        <translation>gadael i&apos;r cynllun argyfwng fynd dros ddwy dudalen</translation>
    </message>
</context>
<context>
    <name>Confirm</name>
    <message>
        <source>Please check</source>
        <translation>Gwiriwch, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
</context>
<context>
    <name>CreatePlanDialog</name>
    <message>
        <source>Create your plan</source>
        <translation>Creu eich cynllun</translation>
    </message>
    <message>
        <source>Your plan is kept in one file, locked with a passphrase. Only someone who knows the passphrase can read it, so choose one you will remember.</source>
        <translation>Mae eich cynllun yn cael ei gadw mewn un ffeil, wedi&apos;i chloi â chyfrinymadrodd. Dim ond rhywun sy&apos;n gwybod y cyfrinymadrodd all ei darllen, felly dewiswch un y byddwch chi&apos;n ei gofio.</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Fy nghynllun</translation>
    </message>
    <message>
        <source>Name of your plan file</source>
        <translation>Enw ffeil eich cynllun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>Change…</source>
        <translation>Newid…</translation>
    </message>
    <message>
        <source>Choose another folder</source>
        <translation>Dewis ffolder arall</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>The same passphrase again</source>
        <translation>Yr un cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>Type it again</source>
        <translation>Teipiwch e eto</translation>
    </message>
    <message>
        <source>What still needs doing</source>
        <translation>Beth sydd angen ei wneud o hyd</translation>
    </message>
    <message>
        <source>Creating your plan</source>
        <translation>Wrthi&apos;n creu eich cynllun</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Create my plan</source>
        <translation>Creu fy nghynllun</translation>
    </message>
    <message>
        <source>Give your plan a name (letters, numbers and spaces are fine).</source>
        <translation>Rhowch enw i&apos;ch cynllun (mae llythrennau, rhifau a bylchau&apos;n iawn).</translation>
    </message>
    <message>
        <source>There&apos;s already a plan called {name} in that folder. Choose another name.</source>
        <translation>Mae cynllun o&apos;r enw {name} yn y ffolder hwnnw&apos;n barod. Dewiswch enw arall.</translation>
    </message>
    <message>
        <source>Type the same passphrase in both boxes.</source>
        <translation>Teipiwch yr un cyfrinymadrodd yn y ddau flwch.</translation>
    </message>
    <message>
        <source>Type your passphrase again, to be sure of it.</source>
        <translation>Teipiwch eich cyfrinymadrodd eto, i wneud yn siŵr ohono.</translation>
    </message>
    <message>
        <source>Choose a folder for your plan</source>
        <translation>Dewiswch ffolder ar gyfer eich cynllun</translation>
    </message>
    <message>
        <source>Making your plan safe… this takes a few seconds.</source>
        <translation>Wrthi&apos;n diogelu eich cynllun… mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <source>Your recovery key: {key}</source>
        <translation>Eich allwedd adfer: {key}</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Eich allwedd adfer</translation>
    </message>
    <message>
        <source>Your plan is saved. If you ever forget your passphrase, this key is the only way back in: nobody, not even WrapDesk, can open your plan without one or the other. Print it or write it down, and keep it somewhere safe, away from this computer.</source>
        <translation>Mae eich cynllun wedi&apos;i gadw. Os byddwch chi byth yn anghofio eich cyfrinymadrodd, yr allwedd hon yw&apos;r unig ffordd yn ôl i mewn: all neb, dim hyd yn oed WrapDesk, agor eich cynllun heb un neu&apos;r llall. Argraffwch hi neu ysgrifennwch hi, a&apos;i chadw rywle diogel, i ffwrdd o&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Print a recovery sheet…</source>
        <translation>Argraffu taflen adfer…</translation>
    </message>
    <message>
        <source>To show you have kept it, type the last group of six digits here:</source>
        <translation>I ddangos eich bod wedi&apos;i chadw, teipiwch y grŵp olaf o chwe digid yma:</translation>
    </message>
    <message>
        <source>Last group of your recovery key</source>
        <translation>Grŵp olaf eich allwedd adfer</translation>
    </message>
    <message>
        <source>I&apos;ve kept it: start my plan</source>
        <translation>Rydw i wedi&apos;i chadw: dechrau fy nghynllun</translation>
    </message>
    <message>
        <source>That isn&apos;t the last group of the key above. Look again: it&apos;s the six digits at the very end.</source>
        <translation>Nid dyna grŵp olaf yr allwedd uchod. Edrychwch eto: dyma&apos;r chwe digid ar y diwedd un.</translation>
    </message>
</context>
<context>
    <name>CrisisOrderDialog</name>
    <message>
        <source>Your crisis plan is long</source>
        <translation>Mae eich cynllun argyfwng yn hir</translation>
    </message>
    <message numerus="yes">
        <source>Your crisis plan needs %n page(s)</source>
        <translation>
            <numerusform>Mae angen %n tudalen ar eich cynllun argyfwng</numerusform>
            <numerusform>Mae angen %n tudalen ar eich cynllun argyfwng</numerusform>
            <numerusform>Mae angen %n tudalen ar eich cynllun argyfwng</numerusform>
            <numerusform>Mae angen %n tudalen ar eich cynllun argyfwng</numerusform>
            <numerusform>Mae angen %n tudalen ar eich cynllun argyfwng</numerusform>
        </translation>
    </message>
    <message>
        <source>Family find two pages easiest to read in a hard moment. Nothing will be left out: put the parts that matter most first (drag them, or use Alt+Up and Alt+Down), then print all the pages.</source>
        <translation>Mae teuluoedd yn gweld dwy dudalen yn haws i&apos;w darllen mewn eiliad anodd. Fydd dim byd yn cael ei adael allan: rhowch y rhannau pwysicaf yn gyntaf (llusgwch nhw, neu defnyddiwch Alt+↑ ac Alt+↓), yna argraffwch yr holl dudalennau.</translation>
    </message>
    <message>
        <source>Parts of the crisis plan, in printing order</source>
        <translation>Rhannau&apos;r cynllun argyfwng, yn y drefn argraffu</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message numerus="yes">
        <source>Print all %n page(s)</source>
        <translation>
            <numerusform>Argraffu&apos;r %n tudalen i gyd</numerusform>
            <numerusform>Argraffu&apos;r %n tudalen i gyd</numerusform>
            <numerusform>Argraffu&apos;r %n tudalen i gyd</numerusform>
            <numerusform>Argraffu&apos;r %n tudalen i gyd</numerusform>
            <numerusform>Argraffu&apos;r %n tudalen i gyd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrisisPage</name>
    <message>
        <source>Print crisis plan…</source>
        <translation>Argraffu&apos;r cynllun argyfwng…</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) written</source>
        <translation>
            <numerusform>Dim cofnodion</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing yet</source>
        <translation>dim byd eto</translation>
    </message>
</context>
<context>
    <name>Cycle</name>
    <message>
        <source>Review {number}: started {start}, under way at {step}.</source>
        <translation>Adolygiad {number}: dechreuwyd {start}, ar waith yn {step}.</translation>
    </message>
    <message>
        <source>Review {number}: {start} to {end}</source>
        <translation>Adolygiad {number}: {start} i {end}</translation>
    </message>
    <message>
        <source>After a crisis.</source>
        <translation>Ar ôl argyfwng.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Steps done: {steps}</source>
        <translation>Camau wedi&apos;u gwneud: {steps}</translation>
    </message>
    <message>
        <source>Steps skipped: {steps}</source>
        <translation>Camau wedi&apos;u hepgor: {steps}</translation>
    </message>
    <message>
        <source>Review date: {date}</source>
        <translation>Dyddiad adolygu: {date}</translation>
    </message>
    <message>
        <source>Saved as version {number}.</source>
        <translation>Wedi&apos;i chadw fel fersiwn {number}.</translation>
    </message>
    <message>
        <source>No statements rated.</source>
        <translation>Dim datganiadau wedi&apos;u sgorio.</translation>
    </message>
    <message>
        <source>What I can expect in {step}:</source>
        <translation>Beth y galla i ei ddisgwyl yn y cam {step}:</translation>
    </message>
    <message>
        <source>“{comment}”</source>
        <translation>“{comment}”</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>No review yet.</source>
        <translation>Dim adolygiad eto.</translation>
    </message>
    <message>
        <source>list your reviews and the versions of the plan</source>
        <translation>rhestru eich adolygiadau a fersiynau&apos;r cynllun</translation>
    </message>
    <message>
        <source>Next review: {date}. It&apos;s time for a review.</source>
        <translation>Adolygiad nesaf: {date}. Mae&apos;n amser am adolygiad.</translation>
    </message>
    <message>
        <source>Next review: {date}.</source>
        <translation>Adolygiad nesaf: {date}.</translation>
    </message>
    <message>
        <source>Versions of the plan</source>
        <translation>Fersiynau&apos;r cynllun</translation>
    </message>
    <message>
        <source>No version saved yet.</source>
        <translation>Dim fersiwn wedi&apos;i chadw eto.</translation>
    </message>
    <message>
        <source>Version {number}, {date}</source>
        <translation>Fersiwn {number}, {date}</translation>
    </message>
    <message>
        <source>Held by {name} (given {date}).</source>
        <translation>Copi gan {name} (rhoddwyd {date}).</translation>
    </message>
    <message>
        <source>print the history as JSON instead, in a stable shape</source>
        <translation>dangos yr hanes fel JSON yn lle hynny, mewn siâp sefydlog</translation>
    </message>
    <message>
        <source>Co-assess: what matters to you</source>
        <translation>Cyd-asesu: beth sy&apos;n bwysig i chi</translation>
    </message>
    <message>
        <source>Co-assess</source>
        <comment>short</comment>
        <translation>Cyd-asesu</translation>
    </message>
    <message>
        <source>In [co-assess](glossary:co-assess), you look at your whole life: what works, what doesn&apos;t, and what you&apos;d like to change.</source>
        <translation>Wrth [gyd-asesu](glossary:co-assess), rydych chi&apos;n edrych ar eich bywyd cyfan: beth sy&apos;n gweithio, beth sydd ddim, a beth hoffech chi ei newid.</translation>
    </message>
    <message>
        <source>What matters most to you right now, across your life?</source>
        <translation>Beth sydd bwysicaf i chi ar hyn o bryd, ar draws eich bywyd?</translation>
    </message>
    <message>
        <source>What has worked well for you since last time?</source>
        <translation>Beth sydd wedi gweithio&apos;n dda i chi ers y tro diwethaf?</translation>
    </message>
    <message>
        <source>What hasn&apos;t worked, or has stopped helping?</source>
        <translation>Beth sydd heb weithio, neu sydd wedi peidio â helpu?</translation>
    </message>
    <message>
        <source>What would you like to change?</source>
        <translation>Beth hoffech chi ei newid?</translation>
    </message>
    <message>
        <source>My plan covers my whole life and the things I care about, not only the needs someone has assessed.</source>
        <translation>Mae fy nghynllun yn cwmpasu fy mywyd cyfan a&apos;r pethau sy&apos;n bwysig i mi, nid dim ond yr anghenion mae rhywun wedi&apos;u hasesu.</translation>
    </message>
    <message>
        <source>I get the chance to look back on how things went, and when I say what helps and what doesn&apos;t, people listen and believe me.</source>
        <translation>Rydw i&apos;n cael cyfle i edrych yn ôl ar sut aeth pethau, a phan fydda i&apos;n dweud beth sy&apos;n helpu a beth sydd ddim, mae pobl yn gwrando ac yn fy nghredu.</translation>
    </message>
    <message>
        <source>When we review, my honest views can shape my own plan and help make services better for others too.</source>
        <translation>Pan fyddwn ni&apos;n adolygu, gall fy marn onest lunio fy nghynllun fy hun, a helpu i wella gwasanaethau i bobl eraill hefyd.</translation>
    </message>
    <message>
        <source>Co-decide: choose your next steps</source>
        <translation>Cyd-benderfynu: dewis eich camau nesaf</translation>
    </message>
    <message>
        <source>Co-decide</source>
        <comment>short</comment>
        <translation>Cyd-benderfynu</translation>
    </message>
    <message>
        <source>In [co-decide](glossary:co-decide), you choose your goals and next steps, weigh up your options, and pick who you want beside you.</source>
        <translation>Wrth [gyd-benderfynu](glossary:co-decide), rydych chi&apos;n dewis eich nodau a&apos;ch camau nesaf, yn pwyso a mesur eich opsiynau, ac yn dewis pwy rydych chi eisiau wrth eich ochr.</translation>
    </message>
    <message>
        <source>What are your goals, and what is the next step for each?</source>
        <translation>Beth yw eich nodau, a beth yw&apos;r cam nesaf ar gyfer pob un?</translation>
    </message>
    <message>
        <source>What options do you have, and how do they compare?</source>
        <translation>Pa opsiynau sydd gennych chi, a sut maen nhw&apos;n cymharu?</translation>
    </message>
    <message>
        <source>What do you need to know before you choose?</source>
        <translation>Beth sydd angen i chi ei wybod cyn dewis?</translation>
    </message>
    <message>
        <source>Who would you like to [support you](glossary:supporter) through this?</source>
        <translation>Pwy hoffech chi i&apos;ch [cefnogi](glossary:supporter) drwy hyn?</translation>
    </message>
    <message>
        <source>My next steps come from my own hopes and goals, and I have help to choose them.</source>
        <translation>Mae fy nghamau nesaf yn dod o fy ngobeithion a fy nodau fy hun, ac rydw i&apos;n cael help i&apos;w dewis.</translation>
    </message>
    <message>
        <source>I can look at the options side by side and pick the one that suits me, knowing what each one means.</source>
        <translation>Galla i edrych ar yr opsiynau ochr yn ochr a dewis yr un sy&apos;n fy siwtio i, gan wybod beth mae pob un yn ei olygu.</translation>
    </message>
    <message>
        <source>People help me think freely about new ways to get where I want to be.</source>
        <translation>Mae pobl yn fy helpu i feddwl yn rhydd am ffyrdd newydd o gyrraedd lle rydw i eisiau bod.</translation>
    </message>
    <message>
        <source>I get the facts I need to plan, at the time I need them and in a form I can use, including what help there is near me.</source>
        <translation>Rydw i&apos;n cael y ffeithiau sydd eu hangen arna i i gynllunio, pan fydd eu hangen arna i ac mewn ffurf y galla i ei defnyddio, gan gynnwys pa help sydd ar gael yn agos ata i.</translation>
    </message>
    <message>
        <source>If I want help to plan, I pick who helps me, both to make the plan and to carry it out.</source>
        <translation>Os ydw i eisiau help i gynllunio, fi sy&apos;n dewis pwy sy&apos;n fy helpu, i wneud y cynllun ac i&apos;w roi ar waith.</translation>
    </message>
    <message>
        <source>Co-design: write your plan</source>
        <translation>Cyd-ddylunio: ysgrifennu eich cynllun</translation>
    </message>
    <message>
        <source>Co-design</source>
        <comment>short</comment>
        <translation>Cyd-ddylunio</translation>
    </message>
    <message>
        <source>In [co-design](glossary:co-design), you write or rewrite parts of your plan, with anyone you choose to involve.</source>
        <translation>Wrth [gyd-ddylunio](glossary:co-design), rydych chi&apos;n ysgrifennu neu&apos;n ailysgrifennu rhannau o&apos;ch cynllun, gydag unrhyw un rydych chi&apos;n dewis ei gynnwys.</translation>
    </message>
    <message>
        <source>Which parts of your plan do you want to write or change?</source>
        <translation>Pa rannau o&apos;ch cynllun rydych chi eisiau eu hysgrifennu neu eu newid?</translation>
    </message>
    <message>
        <source>Who, if anyone, would you like to write it with?</source>
        <translation>Gyda phwy, os unrhyw un, hoffech chi ei ysgrifennu?</translation>
    </message>
    <message>
        <source>Who suggested each idea in your plan?</source>
        <translation>Pwy awgrymodd bob syniad yn eich cynllun?</translation>
    </message>
    <message>
        <source>Does your plan still sound like you?</source>
        <translation>Ydy eich cynllun yn dal i swnio fel chi?</translation>
    </message>
    <message>
        <source>People trust me to write my own plan, with as much or as little help as I need.</source>
        <translation>Mae pobl yn ymddiried ynof i ysgrifennu fy nghynllun fy hun, gyda chymaint neu gyn lleied o help ag sydd ei angen arna i.</translation>
    </message>
    <message>
        <source>My plan fits my goals, my situation and what I can do, and any treatment in it is kept as light a load as it can be.</source>
        <translation>Mae fy nghynllun yn gweddu i fy nodau, fy sefyllfa a&apos;r hyn y galla i ei wneud, ac mae unrhyw driniaeth ynddo mor ysgafn ag y gall fod.</translation>
    </message>
    <message>
        <source>The people who help me plan are open, honest and flexible, and they look for what can work.</source>
        <translation>Mae&apos;r bobl sy&apos;n fy helpu i gynllunio yn agored, yn onest ac yn hyblyg, ac maen nhw&apos;n chwilio am beth all weithio.</translation>
    </message>
    <message>
        <source>If I want to, I can bring friends and family into my planning.</source>
        <translation>Os ydw i eisiau, galla i gynnwys ffrindiau a theulu yn fy nghynllunio.</translation>
    </message>
    <message>
        <source>Co-deliver: put it into practice</source>
        <translation>Cyd-gyflawni: ei roi ar waith</translation>
    </message>
    <message>
        <source>Co-deliver</source>
        <comment>short</comment>
        <translation>Cyd-gyflawni</translation>
    </message>
    <message>
        <source>In [co-deliver](glossary:co-deliver), you agree who does what, set your [review date](glossary:review-date), and choose who gets a copy. Finishing this step saves a [version](glossary:version) of your plan.</source>
        <translation>Wrth [gyd-gyflawni](glossary:co-deliver), rydych chi&apos;n cytuno pwy sy&apos;n gwneud beth, yn pennu eich [dyddiad adolygu](glossary:review-date), ac yn dewis pwy sy&apos;n cael copi. Mae gorffen y cam hwn yn cadw [fersiwn](glossary:version) o&apos;ch cynllun.</translation>
    </message>
    <message>
        <source>Who will do what, and by when?</source>
        <translation>Pwy fydd yn gwneud beth, ac erbyn pryd?</translation>
    </message>
    <message>
        <source>When would you like to look at your plan again?</source>
        <translation>Pryd hoffech chi edrych ar eich cynllun eto?</translation>
    </message>
    <message>
        <source>Who should get a copy, and of which parts?</source>
        <translation>Pwy ddylai gael copi, ac o ba rannau?</translation>
    </message>
    <message>
        <source>I have help to play my own part in my care and to look after my wellbeing.</source>
        <translation>Rydw i&apos;n cael help i chwarae fy rhan fy hun yn fy ngofal ac i ofalu am fy lles.</translation>
    </message>
    <message>
        <source>I have backing to try things, even when there&apos;s some risk. Mistakes are allowed, and so is changing my mind.</source>
        <translation>Mae gen i gefnogaeth i roi cynnig ar bethau, hyd yn oed pan fydd rhywfaint o risg. Mae&apos;n iawn gwneud camgymeriadau, ac mae&apos;n iawn newid fy meddwl.</translation>
    </message>
    <message>
        <source>People keep their word, so I know what will happen and when.</source>
        <translation>Mae pobl yn cadw eu gair, felly rydw i&apos;n gwybod beth fydd yn digwydd a phryd.</translation>
    </message>
    <message>
        <source>Home</source>
        <translation>Cartref</translation>
    </message>
    <message>
        <source>How do you feel about where you live?</source>
        <translation>Sut ydych chi&apos;n teimlo am y lle rydych chi&apos;n byw?</translation>
    </message>
    <message>
        <source>People close to you</source>
        <translation>Pobl sy&apos;n agos atoch chi</translation>
    </message>
    <message>
        <source>Who is close to you, and how are things with them?</source>
        <translation>Pwy sy&apos;n agos atoch chi, a sut mae pethau gyda nhw?</translation>
    </message>
    <message>
        <source>Work or study</source>
        <translation>Gwaith neu astudio</translation>
    </message>
    <message>
        <source>How are work, study or volunteering going?</source>
        <translation>Sut mae gwaith, astudio neu wirfoddoli&apos;n mynd?</translation>
    </message>
    <message>
        <source>Money</source>
        <translation>Arian</translation>
    </message>
    <message>
        <source>Is money a worry for you at the moment?</source>
        <translation>Ydych chi&apos;n poeni am arian ar hyn o bryd?</translation>
    </message>
    <message>
        <source>Body and physical health</source>
        <translation>Y corff ac iechyd corfforol</translation>
    </message>
    <message>
        <source>How are your sleep, food, energy and any pain?</source>
        <translation>Sut mae eich cwsg, eich bwyd, eich egni ac unrhyw boen?</translation>
    </message>
    <message>
        <source>Mind and feelings</source>
        <translation>Meddwl a theimladau</translation>
    </message>
    <message>
        <source>How are your mood and thoughts these days?</source>
        <translation>Sut mae eich hwyliau a&apos;ch meddyliau y dyddiau hyn?</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>Amser rhydd</translation>
    </message>
    <message>
        <source>What do you enjoy, and do you get time for it?</source>
        <translation>Beth ydych chi&apos;n ei fwynhau, ac ydych chi&apos;n cael amser iddo?</translation>
    </message>
    <message>
        <source>Faith, culture and identity</source>
        <translation>Ffydd, diwylliant a hunaniaeth</translation>
    </message>
    <message>
        <source>What helps you feel like yourself?</source>
        <translation>Beth sy&apos;n eich helpu i deimlo fel chi eich hun?</translation>
    </message>
    <message>
        <source>Community</source>
        <translation>Cymuned</translation>
    </message>
    <message>
        <source>Where do you feel you belong?</source>
        <translation>Ble rydych chi&apos;n teimlo eich bod yn perthyn?</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>This isn&apos;t how it feels for you yet.</source>
        <translation>Nid fel hyn mae&apos;n teimlo i chi eto.</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Yn rhannol</translation>
    </message>
    <message>
        <source>Some of the time, or in some ways.</source>
        <translation>Peth o&apos;r amser, neu mewn rhai ffyrdd.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>Yes, this is how it feels for you.</source>
        <translation>Ydy, fel hyn mae&apos;n teimlo i chi.</translation>
    </message>
    <message>
        <source>What worked</source>
        <translation>Beth weithiodd</translation>
    </message>
    <message>
        <source>What didn&apos;t work</source>
        <translation>Beth na weithiodd</translation>
    </message>
    <message>
        <source>What I want to change</source>
        <translation>Beth rydw i eisiau ei newid</translation>
    </message>
    <message numerus="yes">
        <source>In %n month(s)</source>
        <translation>
            <numerusform>Ymhen %n mis</numerusform>
            <numerusform>Ymhen %n mis</numerusform>
            <numerusform>Ymhen %n mis</numerusform>
            <numerusform>Ymhen %n mis</numerusform>
            <numerusform>Ymhen %n mis</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CycleWheel</name>
    <message>
        <source>The four-step cycle</source>
        <translation>Y cylch pedwar cam</translation>
    </message>
    <message>
        <source>No review in progress. The steps are: {steps}.</source>
        <translation>Does dim adolygiad ar y gweill. Y camau yw: {steps}.</translation>
    </message>
    <message>
        <source>You are at step {number} of 4: {step}.</source>
        <translation>Rydych chi ar gam {number} o 4: {step}.</translation>
    </message>
</context>
<context>
    <name>DecideStep</name>
    <message>
        <source>Goals and next steps</source>
        <translation>Nodau a chamau nesaf</translation>
    </message>
    <message>
        <source>Add a goal or next step…</source>
        <translation>Ychwanegu nod neu gam nesaf…</translation>
    </message>
    <message>
        <source>Add a goal or next step</source>
        <translation>Ychwanegu nod neu gam nesaf</translation>
    </message>
    <message>
        <source>Options, side by side</source>
        <translation>Opsiynau, ochr yn ochr</translation>
    </message>
    <message>
        <source>Write down the ways you could go, what&apos;s good about each, and what worries you. Tick the ones you choose.</source>
        <translation>Ysgrifennwch y ffyrdd y gallech chi fynd, beth sy&apos;n dda am bob un, a beth sy&apos;n eich poeni. Ticiwch y rhai rydych chi&apos;n eu dewis.</translation>
    </message>
    <message>
        <source>Add an option</source>
        <translation>Ychwanegu opsiwn</translation>
    </message>
    <message>
        <source>Who you&apos;d like to support you this time</source>
        <translation>Pwy hoffech chi i&apos;ch cefnogi y tro hwn</translation>
    </message>
    <message>
        <source>Someone new: their name…</source>
        <translation>Rhywun newydd: eu henw…</translation>
    </message>
    <message>
        <source>Add someone new to support you</source>
        <translation>Ychwanegu rhywun newydd i&apos;ch cefnogi</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Nod</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Remove goal: {text}</source>
        <translation>Tynnu nod: {text}</translation>
    </message>
    <message>
        <source>Option</source>
        <translation>Opsiwn</translation>
    </message>
    <message>
        <source>What&apos;s good about it</source>
        <translation>Beth sy&apos;n dda amdano</translation>
    </message>
    <message>
        <source>What worries me</source>
        <translation>Beth sy&apos;n fy mhoeni</translation>
    </message>
    <message>
        <source>I choose this</source>
        <translation>Rydw i&apos;n dewis hwn</translation>
    </message>
    <message>
        <source>Remove this option</source>
        <translation>Tynnu&apos;r opsiwn hwn</translation>
    </message>
</context>
<context>
    <name>DeliverStep</name>
    <message>
        <source>Who does what, and by when</source>
        <translation>Pwy sy&apos;n gwneud beth, ac erbyn pryd</translation>
    </message>
    <message>
        <source>Add something someone will do…</source>
        <translation>Ychwanegu rhywbeth y bydd rhywun yn ei wneud…</translation>
    </message>
    <message>
        <source>Add a commitment</source>
        <translation>Ychwanegu ymrwymiad</translation>
    </message>
    <message>
        <source>Your next review</source>
        <translation>Eich adolygiad nesaf</translation>
    </message>
    <message>
        <source>Another date for your next review</source>
        <translation>Dyddiad arall ar gyfer eich adolygiad nesaf</translation>
    </message>
    <message>
        <source>Another date:</source>
        <translation>Dyddiad arall:</translation>
    </message>
    <message>
        <source>Who should get a new copy</source>
        <translation>Pwy ddylai gael copi newydd</translation>
    </message>
    <message>
        <source>A note for this version (optional)</source>
        <translation>Nodyn ar gyfer y fersiwn hon (dewisol)</translation>
    </message>
    <message>
        <source>A note for this version</source>
        <translation>Nodyn ar gyfer y fersiwn hon</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Fi</translation>
    </message>
    <message>
        <source>By when</source>
        <translation>Erbyn pryd</translation>
    </message>
    <message>
        <source>No date yet</source>
        <translation>Dim dyddiad eto</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Everyone who has a copy has the newest one.</source>
        <translation>Mae gan bawb sydd â chopi yr un diweddaraf.</translation>
    </message>
    <message>
        <source>{name} has version {number}.</source>
        <translation>Mae gan {name} fersiwn {number}.</translation>
    </message>
    <message>
        <source>Send an update after you finish</source>
        <translation>Anfon diweddariad ar ôl i chi orffen</translation>
    </message>
</context>
<context>
    <name>DesignStep</name>
    <message>
        <source>Which parts to go through</source>
        <translation>Pa rannau i fynd drwyddyn nhw</translation>
    </message>
    <message>
        <source>All of them, or only some: untick the ones you&apos;d like to leave this time.</source>
        <translation>Pob un, neu rai yn unig: dad-diciwch y rhai yr hoffech chi eu gadael y tro hwn.</translation>
    </message>
    <message>
        <source>Parts to go through</source>
        <translation>Rhannau i fynd drwyddyn nhw</translation>
    </message>
    <message>
        <source>The part you are working on</source>
        <translation>Y rhan rydych chi&apos;n gweithio arni</translation>
    </message>
    <message>
        <source>Previous part</source>
        <translation>Y rhan flaenorol</translation>
    </message>
    <message>
        <source>Next part</source>
        <translation>Y rhan nesaf</translation>
    </message>
</context>
<context>
    <name>Edits</name>
    <message>
        <source>Write a reflection</source>
        <translation>Ysgrifennu myfyrdod</translation>
    </message>
    <message>
        <source>Add goal</source>
        <translation>Ychwanegu nod</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Golygu nod</translation>
    </message>
    <message>
        <source>Delete goal</source>
        <translation>Dileu nod</translation>
    </message>
    <message>
        <source>Add option</source>
        <translation>Ychwanegu opsiwn</translation>
    </message>
    <message>
        <source>Edit option</source>
        <translation>Golygu opsiwn</translation>
    </message>
    <message>
        <source>Delete option</source>
        <translation>Dileu opsiwn</translation>
    </message>
    <message>
        <source>Choose a supporter</source>
        <translation>Dewis cefnogwr</translation>
    </message>
    <message>
        <source>Remove a supporter</source>
        <translation>Tynnu cefnogwr</translation>
    </message>
    <message>
        <source>Add commitment</source>
        <translation>Ychwanegu ymrwymiad</translation>
    </message>
    <message>
        <source>Edit commitment</source>
        <translation>Golygu ymrwymiad</translation>
    </message>
    <message>
        <source>Delete commitment</source>
        <translation>Dileu ymrwymiad</translation>
    </message>
    <message>
        <source>Tick off commitment</source>
        <translation>Ticio ymrwymiad</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>Symud</translation>
    </message>
    <message>
        <source>Rate a statement</source>
        <translation>Sgorio datganiad</translation>
    </message>
    <message>
        <source>Clear a rating</source>
        <translation>Clirio sgôr</translation>
    </message>
    <message>
        <source>Add entry</source>
        <translation>Ychwanegu cofnod</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Golygu cofnod</translation>
    </message>
    <message>
        <source>Delete entry</source>
        <translation>Dileu cofnod</translation>
    </message>
    <message>
        <source>Move entry</source>
        <translation>Symud cofnod</translation>
    </message>
    <message>
        <source>Edit your details</source>
        <translation>Golygu eich manylion</translation>
    </message>
    <message>
        <source>Add person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Edit person</source>
        <translation>Golygu person</translation>
    </message>
    <message>
        <source>Remove person</source>
        <translation>Tynnu person</translation>
    </message>
    <message>
        <source>Move person</source>
        <translation>Symud person</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Golygu</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Add your own part</source>
        <translation>Ychwanegu eich rhan eich hun</translation>
    </message>
    <message>
        <source>Rename part</source>
        <translation>Ailenwi rhan</translation>
    </message>
    <message>
        <source>Delete part</source>
        <translation>Dileu rhan</translation>
    </message>
    <message>
        <source>Edit advance statement details</source>
        <translation>Golygu manylion y datganiad ymlaen llaw</translation>
    </message>
    <message>
        <source>Show or hide a helpline</source>
        <translation>Dangos neu guddio llinell gymorth</translation>
    </message>
</context>
<context>
    <name>EntryDelegate</name>
    <message>
        <source>suggested by {name}</source>
        <translation>awgrym gan {name}</translation>
    </message>
    <message>
        <source>new in this review</source>
        <translation>newydd yn yr adolygiad hwn</translation>
    </message>
    <message>
        <source>Edit entry</source>
        <translation>Golygu cofnod</translation>
    </message>
</context>
<context>
    <name>EntryListModel</name>
    <message>
        <source>{text} (suggested by {name})</source>
        <translation>{text} (awgrym gan {name})</translation>
    </message>
    <message>
        <source>{text} (new in this review)</source>
        <translation>{text} (newydd yn yr adolygiad hwn)</translation>
    </message>
    <message>
        <source>Suggested by {name}</source>
        <translation>Awgrym gan {name}</translation>
    </message>
</context>
<context>
    <name>EntryListPanel</name>
    <message>
        <source>Add</source>
        <translation>Ychwanegu</translation>
    </message>
</context>
<context>
    <name>EntryListView</name>
    <message>
        <source>Edit</source>
        <translation>Golygu</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Suggested by</source>
        <translation>Awgrym gan</translation>
    </message>
    <message>
        <source>Me</source>
        <translation>Fi</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>Your latest changes are kept safe, out of sight, until you unlock. WrapDesk will try saving them again then. Please don&apos;t close WrapDesk or turn off the computer before they are saved.</source>
        <translation>Mae eich newidiadau diweddaraf yn cael eu cadw&apos;n ddiogel, o&apos;r golwg, nes i chi ddatgloi. Bydd WrapDesk yn ceisio eu cadw eto bryd hynny. Peidiwch â chau WrapDesk na diffodd y cyfrifiadur cyn iddyn nhw gael eu cadw, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>This plan file is older than the one you locked: it had been saved {before} times, and the file here now has {now}. Something may have put an older copy in its place. If anything is missing, look for a newer copy in the backups folder (Settings shows where it is).</source>
        <translation>Mae&apos;r ffeil cynllun hon yn hŷn na&apos;r un a gloioch chi: roedd hi wedi cael ei chadw {before} o weithiau, a dim ond {now} o weithiau mae&apos;r ffeil sydd yma nawr wedi cael ei chadw. Efallai fod rhywbeth wedi rhoi copi hŷn yn ei lle. Os oes unrhyw beth ar goll, chwiliwch am gopi mwy diweddar yn y ffolder copïau wrth gefn (mae&apos;r Gosodiadau&apos;n dangos ble mae e).</translation>
    </message>
    <message>
        <source>WrapDesk couldn&apos;t save because the disk is full. Your changes are safe here; free some space, then try again.</source>
        <translation>Ni allai WrapDesk gadw oherwydd bod y ddisg yn llawn. Mae eich newidiadau&apos;n ddiogel yma; rhyddhewch ychydig o le, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>WrapDesk couldn&apos;t save because it isn&apos;t allowed to write to {folder}. Your changes are safe here; choose another folder or check its permissions, then try again.</source>
        <translation>Ni allai WrapDesk gadw oherwydd nad oes ganddo ganiatâd i ysgrifennu i {folder}. Mae eich newidiadau&apos;n ddiogel yma; dewiswch ffolder arall neu gwiriwch ganiatâd y ffolder, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>WrapDesk checked the copy it had just written and it didn&apos;t read back correctly, so it kept your previous file. Your changes are safe here; try again.</source>
        <translation>Gwiriodd WrapDesk y copi roedd newydd ei ysgrifennu, ac nid oedd yn darllen yn ôl yn gywir, felly cadwodd eich ffeil flaenorol. Mae eich newidiadau&apos;n ddiogel yma; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>WrapDesk couldn&apos;t save because the disk reported a problem. Your changes are safe here; try again, and if it keeps happening, save a copy somewhere else.</source>
        <translation>Ni allai WrapDesk gadw oherwydd bod y ddisg wedi rhoi gwybod am broblem. Mae eich newidiadau&apos;n ddiogel yma; rhowch gynnig arall arni, ac os yw&apos;n dal i ddigwydd, cadwch gopi rywle arall.</translation>
    </message>
    <message numerus="yes">
        <source>A recovery key has 48 digits, in 8 groups of 6. You typed %n digit(s); please check it against your printed sheet.</source>
        <translation>
            <numerusform>Mae gan allwedd adfer 48 digid, mewn 8 grŵp o 6. Fe deipioch chi %n digid; gwiriwch hi yn erbyn eich taflen brintiedig.</numerusform>
            <numerusform>Mae gan allwedd adfer 48 digid, mewn 8 grŵp o 6. Fe deipioch chi %n digid; gwiriwch hi yn erbyn eich taflen brintiedig.</numerusform>
            <numerusform>Mae gan allwedd adfer 48 digid, mewn 8 grŵp o 6. Fe deipioch chi %n digid; gwiriwch hi yn erbyn eich taflen brintiedig.</numerusform>
            <numerusform>Mae gan allwedd adfer 48 digid, mewn 8 grŵp o 6. Fe deipioch chi %n digid; gwiriwch hi yn erbyn eich taflen brintiedig.</numerusform>
            <numerusform>Mae gan allwedd adfer 48 digid, mewn 8 grŵp o 6. Fe deipioch chi %n digid; gwiriwch hi yn erbyn eich taflen brintiedig.</numerusform>
        </translation>
    </message>
    <message>
        <source>Group {group} of the recovery key doesn&apos;t look right. Please check it against your printed sheet.</source>
        <translation>Nid yw grŵp {group} o&apos;r allwedd adfer yn edrych yn iawn. Gwiriwch ef yn erbyn eich taflen brintiedig.</translation>
    </message>
    <message numerus="yes">
        <source>Groups {groups} of the recovery key don&apos;t look right. Please check them against your printed sheet.</source>
        <translation>
            <numerusform>Nid yw grwpiau {groups} o&apos;r allwedd adfer yn edrych yn iawn. Gwiriwch nhw yn erbyn eich taflen brintiedig.</numerusform>
            <numerusform>Nid yw grŵp {groups} o&apos;r allwedd adfer yn edrych yn iawn. Gwiriwch ef yn erbyn eich taflen brintiedig.</numerusform>
            <numerusform>Nid yw grwpiau {groups} o&apos;r allwedd adfer yn edrych yn iawn. Gwiriwch nhw yn erbyn eich taflen brintiedig.</numerusform>
            <numerusform>Nid yw grwpiau {groups} o&apos;r allwedd adfer yn edrych yn iawn. Gwiriwch nhw yn erbyn eich taflen brintiedig.</numerusform>
            <numerusform>Nid yw grwpiau {groups} o&apos;r allwedd adfer yn edrych yn iawn. Gwiriwch nhw yn erbyn eich taflen brintiedig.</numerusform>
        </translation>
    </message>
    <message>
        <source>This file opens with a passphrase (the words the person gave you), not with a supporter key.</source>
        <translation>Mae&apos;r ffeil hon yn agor gyda chyfrinymadrodd (y geiriau a roddodd y person i chi), nid gydag allwedd cefnogwr.</translation>
    </message>
    <message>
        <source>This file is locked to a supporter key, not to a passphrase. Open it with your supporter key instead.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i chloi i allwedd cefnogwr, nid i gyfrinymadrodd. Agorwch hi gyda&apos;ch allwedd cefnogwr yn lle hynny.</translation>
    </message>
    <message>
        <source>This file is locked to a kind of key WrapDesk doesn&apos;t use. Ask the person who sent it to send it again with a passphrase, or to your WrapDesk supporter key.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i chloi i fath o allwedd nad yw WrapDesk yn ei defnyddio. Gofynnwch i&apos;r person a&apos;i hanfonodd ei hanfon eto gyda chyfrinymadrodd, neu at eich allwedd cefnogwr WrapDesk.</translation>
    </message>
    <message>
        <source>Those words don&apos;t open this file. Check each word with the person who sent it, then try again.</source>
        <translation>Nid yw&apos;r geiriau hynny&apos;n agor y ffeil hon. Gwiriwch bob gair gyda&apos;r person a&apos;i hanfonodd, yna rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>This file was locked to a different supporter key, so yours doesn&apos;t open it. Ask the person to send it again to the key shown under “My supporter key”.</source>
        <translation>Cafodd y ffeil hon ei chloi i allwedd cefnogwr wahanol, felly nid yw eich un chi&apos;n ei hagor. Gofynnwch i&apos;r person ei hanfon eto at yr allwedd sydd i&apos;w gweld o dan “Fy allwedd cefnogwr”.</translation>
    </message>
    <message>
        <source>That is a public key. To open a file you need the secret key that goes with it: a line starting with AGE-SECRET-KEY-1.</source>
        <translation>Allwedd gyhoeddus yw honno. I agor ffeil, mae angen yr allwedd gyfrinachol sy&apos;n mynd gyda hi: llinell sy&apos;n dechrau gydag AGE-SECRET-KEY-1.</translation>
    </message>
    <message>
        <source>That file doesn&apos;t hold an age secret key (a line starting with AGE-SECRET-KEY-1). Check that you chose your key file.</source>
        <translation>Nid oes allwedd gyfrinachol age yn y ffeil honno (llinell sy&apos;n dechrau gydag AGE-SECRET-KEY-1). Gwiriwch eich bod wedi dewis eich ffeil allwedd.</translation>
    </message>
    <message>
        <source>That is a secret key, which should never be sent to anyone, so WrapDesk didn&apos;t use it. Ask your supporter to make a new key and send you only the public key, which starts with age1.</source>
        <translation>Allwedd gyfrinachol yw honno, ac ni ddylid byth ei hanfon at neb, felly ni wnaeth WrapDesk ei defnyddio. Gofynnwch i&apos;ch cefnogwr wneud allwedd newydd ac anfon dim ond yr allwedd gyhoeddus atoch chi, sy&apos;n dechrau gydag age1.</translation>
    </message>
    <message>
        <source>Paste your supporter&apos;s key: one line starting with age1.</source>
        <translation>Gludwch allwedd eich cefnogwr: un llinell sy&apos;n dechrau gydag age1.</translation>
    </message>
    <message>
        <source>That text holds more than one key. Paste just your supporter&apos;s key: one line starting with age1.</source>
        <translation>Mae mwy nag un allwedd yn y testun hwnnw. Gludwch allwedd eich cefnogwr yn unig: un llinell sy&apos;n dechrau gydag age1.</translation>
    </message>
    <message>
        <source>That is a kind of key WrapDesk doesn&apos;t send to. Ask your supporter for their age key: one line starting with age1 (WrapDesk shows it under “My supporter key”).</source>
        <translation>Nid yw WrapDesk yn anfon at y math hwnnw o allwedd. Gofynnwch i&apos;ch cefnogwr am allwedd age: un llinell sy&apos;n dechrau gydag age1 (mae WrapDesk yn ei dangos o dan “Fy allwedd cefnogwr”).</translation>
    </message>
    <message>
        <source>That doesn&apos;t look like a supporter key. It is one line starting with age1, copied exactly; check for a missing or extra character.</source>
        <translation>Nid yw hynny&apos;n edrych fel allwedd cefnogwr. Un llinell yw hi sy&apos;n dechrau gydag age1, wedi&apos;i chopïo&apos;n union; gwiriwch a oes nod ar goll neu nod ychwanegol.</translation>
    </message>
    <message>
        <source>This file opens, but it doesn&apos;t hold a plan shared from WrapDesk. Check that you chose the right file.</source>
        <translation>Mae&apos;r ffeil hon yn agor, ond nid oes cynllun wedi&apos;i rannu o WrapDesk ynddi. Gwiriwch eich bod wedi dewis y ffeil gywir.</translation>
    </message>
    <message>
        <source>This isn&apos;t a plan shared from WrapDesk, so WrapDesk can&apos;t open it. Check that you chose the right file: it usually ends in .age.</source>
        <translation>Nid cynllun wedi&apos;i rannu o WrapDesk yw hwn, felly ni all WrapDesk ei agor. Gwiriwch eich bod wedi dewis y ffeil gywir: fel arfer mae ei henw&apos;n gorffen gydag .age.</translation>
    </message>
    <message>
        <source>This shared file is damaged: part of it is missing or has changed since it was made. Nothing was opened or saved; ask the person who sent it to send it again.</source>
        <translation>Mae&apos;r ffeil a rannwyd wedi&apos;i difrodi: mae rhan ohoni ar goll neu wedi newid ers iddi gael ei gwneud. Does dim wedi&apos;i agor na&apos;i gadw; gofynnwch i&apos;r person a&apos;i hanfonodd ei hanfon eto.</translation>
    </message>
    <message>
        <source>This file asks far more work of your computer to unlock than WrapDesk or age ever use, so WrapDesk won&apos;t try. Ask the person to send it again from WrapDesk.</source>
        <translation>Mae&apos;r ffeil hon yn gofyn i&apos;ch cyfrifiadur wneud llawer mwy o waith i&apos;w datgloi nag y mae WrapDesk neu age byth yn ei ofyn, felly ni fydd WrapDesk yn ceisio. Gofynnwch i&apos;r person ei hanfon eto o WrapDesk.</translation>
    </message>
    <message>
        <source>This plan was shared from a newer version of WrapDesk. Install the newest WrapDesk to read it; nothing was saved.</source>
        <translation>Cafodd y cynllun hwn ei rannu o fersiwn fwy diweddar o WrapDesk. Gosodwch y fersiwn ddiweddaraf o WrapDesk i&apos;w ddarllen; does dim wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>This file opened, but what&apos;s inside isn&apos;t laid out the way WrapDesk makes it and could be unsafe, so WrapDesk didn&apos;t read it. Nothing was saved; ask the person to send it again from WrapDesk.</source>
        <translation>Agorodd y ffeil hon, ond nid yw&apos;r hyn sydd ynddi wedi&apos;i osod allan yn y ffordd mae WrapDesk yn ei wneud, a gallai fod yn anniogel, felly ni wnaeth WrapDesk ei ddarllen. Does dim wedi&apos;i gadw; gofynnwch i&apos;r person ei hanfon eto o WrapDesk.</translation>
    </message>
    <message>
        <source>This file opened, but the plan inside isn&apos;t one WrapDesk can read: it was changed after it was made, or made by something else. Nothing was saved; ask the person to send it again.</source>
        <translation>Agorodd y ffeil hon, ond nid yw&apos;r cynllun sydd ynddi yn un y gall WrapDesk ei ddarllen: cafodd ei newid ar ôl iddo gael ei wneud, neu cafodd ei wneud gan rywbeth arall. Does dim wedi&apos;i gadw; gofynnwch i&apos;r person ei hanfon eto.</translation>
    </message>
    <message>
        <source>Choose at least one part of your plan to share.</source>
        <translation>Dewiswch o leiaf un rhan o&apos;ch cynllun i&apos;w rhannu.</translation>
    </message>
    <message>
        <source>There&apos;s no part called {key} in your plan. Use a part&apos;s key, or crisis-plan, wrap or advance-statements for a whole group.</source>
        <translation>Nid oes rhan o&apos;r enw {key} yn eich cynllun. Defnyddiwch god rhan, neu crisis-plan, wrap neu advance-statements ar gyfer grŵp cyfan.</translation>
    </message>
    <message>
        <source>To send to a supporter key, paste the key {name} sent you: one line starting with age1.</source>
        <translation>I anfon at allwedd cefnogwr, gludwch yr allwedd a anfonodd {name} atoch chi: un llinell sy&apos;n dechrau gydag age1.</translation>
    </message>
    <message>
        <source>your supporter</source>
        <translation>eich cefnogwr</translation>
    </message>
    <message>
        <source>{name} was given a printed copy, so there&apos;s no file to send again. Print a new copy for them instead.</source>
        <translation>Cafodd {name} gopi printiedig, felly nid oes ffeil i&apos;w hanfon eto. Argraffwch gopi newydd yn lle hynny.</translation>
    </message>
    <message>
        <source>This person</source>
        <translation>y person hwn</translation>
    </message>
    <message>
        <source>This file is locked to a supporter key, and this plan hasn&apos;t made one yet, so the file can&apos;t be for it. If it was meant for you, open “My supporter key”, send that key to the person, and ask them to send the file again.</source>
        <translation>Mae&apos;r ffeil hon wedi&apos;i chloi i allwedd cefnogwr, ac nid yw&apos;r cynllun hwn wedi gwneud un eto, felly ni all y ffeil fod ar ei gyfer. Os oedd hi i fod i chi, agorwch “Fy allwedd cefnogwr”, anfonwch yr allwedd honno at y person, a gofynnwch iddyn nhw anfon y ffeil eto.</translation>
    </message>
    <message>
        <source>The backup changed after WrapDesk checked it, so nothing was replaced. Check the backup again, then restore it.</source>
        <translation>Newidiodd y copi wrth gefn ar ôl i WrapDesk ei wirio, felly does dim wedi&apos;i newid. Gwiriwch y copi wrth gefn eto, yna adferwch ef.</translation>
    </message>
    <message>
        <source>That backup is your plan file itself, so there&apos;s nothing to restore. Choose a copy you made with Back up….</source>
        <translation>Eich ffeil cynllun ei hun yw&apos;r copi wrth gefn hwnnw, felly does dim i&apos;w adfer. Dewiswch gopi a wnaethoch chi gyda Gwneud copi wrth gefn….</translation>
    </message>
    <message>
        <source>There&apos;s no plan file at {path}. Check the name and the folder.</source>
        <translation>Nid oes ffeil cynllun yn {path}. Gwiriwch yr enw a&apos;r ffolder.</translation>
    </message>
    <message>
        <source>There&apos;s already a file called {name} there. Choose another name, so nothing is overwritten.</source>
        <translation>Mae ffeil o&apos;r enw {name} yno&apos;n barod. Dewiswch enw arall, fel nad oes dim yn cael ei drosysgrifo.</translation>
    </message>
    <message>
        <source>This file isn&apos;t a WrapDesk plan, so WrapDesk can&apos;t open it. Check that you chose the right file.</source>
        <translation>Nid cynllun WrapDesk yw&apos;r ffeil hon, felly ni all WrapDesk ei hagor. Gwiriwch eich bod wedi dewis y ffeil gywir.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of WrapDesk. Install the newest WrapDesk to open it; the file hasn&apos;t been changed.</source>
        <translation>Cafodd y cynllun hwn ei gadw gan fersiwn fwy diweddar o WrapDesk. Gosodwch y fersiwn ddiweddaraf o WrapDesk i&apos;w agor; nid yw&apos;r ffeil wedi newid.</translation>
    </message>
    <message>
        <source>This plan file is damaged: part of it is missing or has changed on the disk. Your backups are not affected; open the newest one instead.</source>
        <translation>Mae&apos;r ffeil cynllun hon wedi&apos;i difrodi: mae rhan ohoni ar goll neu wedi newid ar y ddisg. Nid yw eich copïau wrth gefn wedi&apos;u heffeithio; agorwch yr un diweddaraf yn lle hynny.</translation>
    </message>
    <message>
        <source>That passphrase doesn&apos;t open this plan. Check Caps Lock and try again, or use your recovery key.</source>
        <translation>Nid yw&apos;r cyfrinymadrodd hwnnw&apos;n agor y cynllun hwn. Gwiriwch Caps Lock a rhowch gynnig arall arni, neu defnyddiwch eich allwedd adfer.</translation>
    </message>
    <message>
        <source>That recovery key doesn&apos;t open this plan. Check it against your printed sheet; it may belong to a different plan.</source>
        <translation>Nid yw&apos;r allwedd adfer honno&apos;n agor y cynllun hwn. Gwiriwch hi yn erbyn eich taflen brintiedig; efallai ei bod yn perthyn i gynllun gwahanol.</translation>
    </message>
    <message>
        <source>This plan file was changed by something other than WrapDesk, so WrapDesk won&apos;t trust it. Your backups are not affected; open the newest one instead.</source>
        <translation>Cafodd y ffeil cynllun hon ei newid gan rywbeth heblaw WrapDesk, felly ni fydd WrapDesk yn ymddiried ynddi. Nid yw eich copïau wrth gefn wedi&apos;u heffeithio; agorwch yr un diweddaraf yn lle hynny.</translation>
    </message>
    <message>
        <source>This plan is already open in another WrapDesk window. Use that window, or close it and try again.</source>
        <translation>Mae&apos;r cynllun hwn eisoes ar agor mewn ffenestr WrapDesk arall. Defnyddiwch y ffenestr honno, neu caewch hi a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Your plan file was changed somewhere else while you had it open. Nothing is lost: your latest changes are saved in {name}, in the same folder.</source>
        <translation>Cafodd eich ffeil cynllun ei newid yn rhywle arall tra oedd hi ar agor gennych chi. Does dim wedi&apos;i golli: mae eich newidiadau diweddaraf wedi&apos;u cadw yn {name}, yn yr un ffolder.</translation>
    </message>
    <message>
        <source>The file where your plan was now holds a different plan, so WrapDesk hasn&apos;t opened it. Your own plan may have been moved or renamed: use Open… to find it.</source>
        <translation>Mae cynllun gwahanol yn y ffeil lle roedd eich cynllun chi, felly nid yw WrapDesk wedi&apos;i hagor. Efallai fod eich cynllun wedi cael ei symud neu ei ailenwi: defnyddiwch Agor cynllun… i ddod o hyd iddo.</translation>
    </message>
    <message>
        <source>The file where your plan was now holds an older copy, from before your passphrase or recovery key was changed, so WrapDesk hasn&apos;t opened it in place of your plan. If you meant to go back to it, use File ▸ Open plan…</source>
        <translation>Mae&apos;r ffeil lle&apos;r oedd eich cynllun bellach yn dal copi hŷn, o cyn newid eich cyfrinymadrodd neu eich allwedd adfer, felly nid yw WrapDesk wedi&apos;i hagor yn lle eich cynllun. Os oeddech chi am fynd yn ôl ato, defnyddiwch Ffeil ▸ Agor cynllun…</translation>
    </message>
    <message>
        <source>You opened this plan with your recovery key. Choose a new passphrase first, then make a new recovery key.</source>
        <translation>Fe agoroch chi&apos;r cynllun hwn gyda&apos;ch allwedd adfer. Dewiswch gyfrinymadrodd newydd yn gyntaf, yna gwnewch allwedd adfer newydd.</translation>
    </message>
    <message>
        <source>This plan is in a folder WrapDesk can&apos;t write to, so you can read it but not change it. Copy it to a folder of your own to make changes.</source>
        <translation>Mae&apos;r cynllun hwn mewn ffolder na all WrapDesk ysgrifennu iddo, felly gallwch chi ei ddarllen ond nid ei newid. Copïwch ef i ffolder eich hun i wneud newidiadau.</translation>
    </message>
    <message>
        <source>Your plan is locked. Unlock it to carry on.</source>
        <translation>Mae eich cynllun wedi&apos;i gloi. Datglowch ef i barhau.</translation>
    </message>
    <message>
        <source>There&apos;s no file called {name} there. Check the name and the folder, and try again.</source>
        <translation>Does dim ffeil o&apos;r enw {name} yno. Gwiriwch yr enw a&apos;r ffolder, a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>WrapDesk couldn&apos;t reach a file it needed ({detail}). Nothing you wrote has been lost; please try again.</source>
        <translation>Ni allai WrapDesk gyrraedd ffeil roedd ei hangen arno ({detail}). Does dim byd rydych chi wedi&apos;i ysgrifennu wedi&apos;i golli; rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong. Nothing you wrote has been lost; please try again.</source>
        <translation>Aeth rhywbeth o&apos;i le yn annisgwyl. Does dim byd rydych chi wedi&apos;i ysgrifennu wedi&apos;i golli; rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>FactEditor</name>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Delete the selected item</source>
        <translation>Dileu&apos;r eitem a ddewiswyd</translation>
    </message>
</context>
<context>
    <name>FactTables</name>
    <message>
        <source>Crisis plan</source>
        <translation>Cynllun argyfwng</translation>
    </message>
    <message>
        <source>Your WRAP</source>
        <translation>Eich WRAP</translation>
    </message>
    <message>
        <source>Advance statements</source>
        <translation>Datganiadau ymlaen llaw</translation>
    </message>
    <message>
        <source>(no name yet)</source>
        <translation>(dim enw eto)</translation>
    </message>
    <message>
        <source>please do not involve</source>
        <translation>peidiwch â&apos;u cynnwys</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>Pwy ydyn nhw i chi</translation>
    </message>
    <message>
        <source>For example: sister, friend, GP, care coordinator.</source>
        <translation>Er enghraifft: chwaer, ffrind, meddyg teulu, cydlynydd gofal.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-bost</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>Their part in your plan</source>
        <translation>Eu rhan yn eich cynllun</translation>
    </message>
    <message>
        <source>What they may be given</source>
        <translation>Beth gallan nhw ei gael</translation>
    </message>
    <message>
        <source>Please do not involve this person</source>
        <translation>Peidiwch â chynnwys y person hwn</translation>
    </message>
    <message>
        <source>Why not (only if you want to say)</source>
        <translation>Pam lai (os hoffech chi ddweud)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>The people who support you, and anyone you do not want involved. Put the person to call first at the top.</source>
        <translation>Y bobl sy&apos;n eich cefnogi, ac unrhyw un nad ydych chi eisiau ei gynnwys. Rhowch y person i&apos;w ffonio gyntaf ar y brig.</translation>
    </message>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>Medicine</source>
        <translation>Meddyginiaeth</translation>
    </message>
    <message>
        <source>How you feel about it</source>
        <translation>Sut rydych chi&apos;n teimlo amdani</translation>
    </message>
    <message>
        <source>Dose</source>
        <translation>Dos</translation>
    </message>
    <message>
        <source>What it is for</source>
        <translation>Beth mae ar ei gyfer</translation>
    </message>
    <message>
        <source>Why (optional)</source>
        <translation>Pam (dewisol)</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Meddyginiaethau</translation>
    </message>
    <message>
        <source>What you take now, what you would accept, what to avoid, and any allergies.</source>
        <translation>Beth rydych chi&apos;n ei gymryd nawr, beth fyddech chi&apos;n ei dderbyn, beth i&apos;w osgoi, ac unrhyw alergeddau.</translation>
    </message>
    <message>
        <source>Add a medicine</source>
        <translation>Ychwanegu meddyginiaeth</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Triniaeth</translation>
    </message>
    <message>
        <source>Your wish</source>
        <translation>Eich dymuniad</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Triniaethau</translation>
    </message>
    <message>
        <source>Treatments you would want, and ones to avoid.</source>
        <translation>Triniaethau y byddech chi eu heisiau, a rhai i&apos;w hosgoi.</translation>
    </message>
    <message>
        <source>Add a treatment</source>
        <translation>Ychwanegu triniaeth</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lle</translation>
    </message>
    <message>
        <source>Address or how to reach it</source>
        <translation>Cyfeiriad neu sut i&apos;w gyrraedd</translation>
    </message>
    <message>
        <source>Places of care</source>
        <translation>Mannau gofal</translation>
    </message>
    <message>
        <source>Where you would like to be cared for, and where not.</source>
        <translation>Ble hoffech chi gael gofal, a ble ddim.</translation>
    </message>
    <message>
        <source>Add a place</source>
        <translation>Ychwanegu lle</translation>
    </message>
    <message>
        <source>(no treatment named yet)</source>
        <translation>(dim triniaeth wedi&apos;i henwi eto)</translation>
    </message>
    <message>
        <source> — even if my life is at risk</source>
        <translation> — hyd yn oed os yw fy mywyd mewn perygl</translation>
    </message>
    <message>
        <source>The treatment you refuse</source>
        <translation>Y driniaeth rydych chi&apos;n ei gwrthod</translation>
    </message>
    <message>
        <source>When this applies</source>
        <translation>Pryd mae hyn yn berthnasol</translation>
    </message>
    <message>
        <source>Be specific: the situations in which you refuse it.</source>
        <translation>Byddwch yn benodol: y sefyllfaoedd pan fyddwch chi&apos;n ei gwrthod.</translation>
    </message>
    <message>
        <source>This applies even if my life is at risk</source>
        <translation>Mae hyn yn berthnasol hyd yn oed os yw fy mywyd mewn perygl</translation>
    </message>
    <message>
        <source>Only tick this if you mean it. A refusal of life-sustaining treatment must be written, signed and witnessed to count.</source>
        <translation>Ticiwch hwn dim ond os ydych chi&apos;n ei olygu. Rhaid i wrthodiad triniaeth cynnal bywyd fod yn ysgrifenedig, wedi&apos;i lofnodi ac wedi&apos;i dystio er mwyn iddo gyfrif.</translation>
    </message>
    <message>
        <source>Treatments I refuse</source>
        <translation>Triniaethau rydw i&apos;n eu gwrthod</translation>
    </message>
    <message>
        <source>Each refusal, and the circumstances it applies to.</source>
        <translation>Pob gwrthodiad, a&apos;r amgylchiadau mae&apos;n berthnasol iddyn nhw.</translation>
    </message>
    <message>
        <source>Add a refusal</source>
        <translation>Ychwanegu gwrthodiad</translation>
    </message>
    <message>
        <source>Signing your advance decision</source>
        <translation>Llofnodi eich penderfyniad ymlaen llaw</translation>
    </message>
    <message>
        <source>Your GP (name and surgery)</source>
        <translation>Eich meddyg teulu (enw a meddygfa)</translation>
    </message>
    <message>
        <source>Who holds copies</source>
        <translation>Pwy sydd â chopïau</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Llofnodwyd ar</translation>
    </message>
    <message>
        <source>Witness&apos;s name</source>
        <translation>Enw&apos;r tyst</translation>
    </message>
    <message>
        <source>Witnessed on</source>
        <translation>Tystiwyd ar</translation>
    </message>
    <message>
        <source>Fill these in after you have printed, signed and had it witnessed.</source>
        <translation>Llenwch y rhain ar ôl i chi ei argraffu, ei lofnodi a chael tyst iddo.</translation>
    </message>
    <message>
        <source>Signing and witnessing</source>
        <translation>Llofnodi a thystio</translation>
    </message>
    <message>
        <source>Witness&apos;s profession</source>
        <translation>Swydd y tyst</translation>
    </message>
    <message>
        <source>The witness must be someone like a doctor, nurse, social worker, psychologist, solicitor or occupational therapist.</source>
        <translation>Rhaid i&apos;r tyst fod yn rhywun fel meddyg, nyrs, gweithiwr cymdeithasol, seicolegydd, cyfreithiwr neu therapydd galwedigaethol.</translation>
    </message>
</context>
<context>
    <name>FindBar</name>
    <message>
        <source>Find</source>
        <translation>Chwilio</translation>
    </message>
    <message>
        <source>Find in your plan</source>
        <translation>Chwilio yn eich cynllun</translation>
    </message>
    <message>
        <source>Words to find in your plan…</source>
        <translation>Geiriau i chwilio amdanyn nhw yn eich cynllun…</translation>
    </message>
    <message>
        <source>Close find</source>
        <translation>Cau&apos;r chwilio</translation>
    </message>
    <message>
        <source>Close find (Esc)</source>
        <translation>Cau&apos;r chwilio (Esc)</translation>
    </message>
    <message>
        <source>Places where the words were found</source>
        <translation>Mannau lle cafwyd hyd i&apos;r geiriau</translation>
    </message>
    <message numerus="yes">
        <source>Found in %n place(s).</source>
        <translation>
            <numerusform>Wedi&apos;u canfod mewn %n lle.</numerusform>
            <numerusform>Wedi&apos;u canfod mewn %n lle.</numerusform>
            <numerusform>Wedi&apos;u canfod mewn %n lle.</numerusform>
            <numerusform>Wedi&apos;u canfod mewn %n lle.</numerusform>
            <numerusform>Wedi&apos;u canfod mewn %n lle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Not found in your plan.</source>
        <translation>Heb eu canfod yn eich cynllun.</translation>
    </message>
</context>
<context>
    <name>Glossary</name>
    <message>
        <source>Advance decision to refuse treatment (ADRT)</source>
        <translation>Penderfyniad ymlaen llaw i wrthod triniaeth (ADRT)</translation>
    </message>
    <message>
        <source>A decision you make ahead of time to refuse a named treatment in named situations, in England and Wales. Refusing [life-sustaining treatment](glossary:life-sustaining-treatment) this way needs extra steps, including a witness.</source>
        <translation>Penderfyniad rydych chi&apos;n ei wneud o flaen llaw i wrthod triniaeth benodol mewn sefyllfaoedd penodol, yng Nghymru a Lloegr. Mae angen camau ychwanegol i wrthod [triniaeth cynnal bywyd](glossary:life-sustaining-treatment) fel hyn, gan gynnwys tyst.</translation>
    </message>
    <message>
        <source>Advance statement</source>
        <translation>Datganiad ymlaen llaw</translation>
    </message>
    <message>
        <source>A written note of your wishes, beliefs and values about future care. It guides anyone who has to decide in your [best interests](glossary:best-interests) if you can&apos;t decide or say. In England and Wales it is not legally binding.</source>
        <translation>Nodyn ysgrifenedig o&apos;ch dymuniadau, eich credoau a&apos;ch gwerthoedd am ofal yn y dyfodol. Mae&apos;n arwain unrhyw un sy&apos;n gorfod penderfynu er eich [budd pennaf](glossary:best-interests) os na allwch chi benderfynu na dweud. Yng Nghymru a Lloegr, nid yw&apos;n gyfreithiol rwymol.</translation>
    </message>
    <message>
        <source>Best interests</source>
        <translation>Budd pennaf</translation>
    </message>
    <message>
        <source>When you can&apos;t make a decision, the people deciding for you must choose what is best for you. They must think about your wishes, feelings, beliefs and values, including any [advance statement](glossary:advance-statement).</source>
        <translation>Pan na allwch chi wneud penderfyniad, rhaid i&apos;r bobl sy&apos;n penderfynu ar eich rhan ddewis beth sydd orau i chi. Rhaid iddyn nhw ystyried eich dymuniadau, eich teimladau, eich credoau a&apos;ch gwerthoedd, gan gynnwys unrhyw [ddatganiad ymlaen llaw](glossary:advance-statement).</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>Galluedd</translation>
    </message>
    <message>
        <source>Being able to make a certain decision at the time it&apos;s needed. You can understand the facts, keep them in mind, weigh them up, and let people know your choice.</source>
        <translation>Gallu gwneud penderfyniad penodol ar yr adeg mae ei angen. Gallwch chi ddeall y ffeithiau, eu cadw mewn cof, eu pwyso a&apos;u mesur, a rhoi gwybod i bobl beth yw eich dewis.</translation>
    </message>
    <message>
        <source>Health Board</source>
        <translation>Bwrdd Iechyd</translation>
    </message>
    <message>
        <source>In Scotland, the part of the NHS that runs health services in your area.</source>
        <translation>Yn yr Alban, y rhan o&apos;r GIG sy&apos;n rhedeg gwasanaethau iechyd yn eich ardal chi.</translation>
    </message>
    <message>
        <source>Lasting power of attorney</source>
        <translation>Atwrneiaeth arhosol</translation>
    </message>
    <message>
        <source>A legal document in England and Wales that lets you choose someone to make decisions for you if you can&apos;t. One for health and care can cover decisions about treatment.</source>
        <translation>Dogfen gyfreithiol yng Nghymru a Lloegr sy&apos;n gadael i chi ddewis rhywun i wneud penderfyniadau ar eich rhan os na allwch chi. Gall un ar gyfer iechyd a gofal gwmpasu penderfyniadau am driniaeth.</translation>
    </message>
    <message>
        <source>Life-sustaining treatment</source>
        <translation>Triniaeth cynnal bywyd</translation>
    </message>
    <message>
        <source>Treatment that a doctor or nurse caring for you thinks is needed to keep you alive.</source>
        <translation>Triniaeth mae meddyg neu nyrs sy&apos;n gofalu amdanoch chi&apos;n credu sydd ei hangen i&apos;ch cadw&apos;n fyw.</translation>
    </message>
    <message>
        <source>Mental Capacity Act 2005</source>
        <translation>Deddf Galluedd Meddyliol 2005</translation>
    </message>
    <message>
        <source>The law in England and Wales about decisions for people who can&apos;t make them at the time. It covers [capacity](glossary:capacity), best interests and advance decisions to refuse treatment.</source>
        <translation>Y gyfraith yng Nghymru a Lloegr am benderfyniadau ar gyfer pobl na allan nhw eu gwneud ar y pryd. Mae&apos;n cwmpasu [galluedd](glossary:capacity), budd pennaf a phenderfyniadau ymlaen llaw i wrthod triniaeth.</translation>
    </message>
    <message>
        <source>Mental disorder</source>
        <translation>Anhwylder meddyliol</translation>
    </message>
    <message>
        <source>The words mental health law uses for a mental illness or a related condition.</source>
        <translation>Y geiriau mae cyfraith iechyd meddwl yn eu defnyddio am salwch meddwl neu gyflwr tebyg.</translation>
    </message>
    <message>
        <source>Mental Health Act 1983</source>
        <translation>Deddf Iechyd Meddwl 1983</translation>
    </message>
    <message>
        <source>The law in England and Wales that lets people be kept in hospital and treated for a [mental disorder](glossary:mental-disorder) without agreeing, when strict conditions are met. People often call this being sectioned.</source>
        <translation>Y gyfraith yng Nghymru a Lloegr sy&apos;n caniatáu i bobl gael eu cadw yn yr ysbyty a&apos;u trin am [anhwylder meddyliol](glossary:mental-disorder) heb iddyn nhw gytuno, pan fydd amodau llym wedi&apos;u bodloni. Yn aml, mae pobl yn galw hyn yn cael eich “rhoi dan adran” (sectioned).</translation>
    </message>
    <message>
        <source>Mental Health (Care and Treatment) (Scotland) Act 2003</source>
        <translation>Deddf Iechyd Meddwl (Gofal a Thriniaeth) (Yr Alban) 2003</translation>
    </message>
    <message>
        <source>Scotland&apos;s mental health law. Among other things, it sets out how an [advance statement](glossary:scottish-advance-statement) is made and used there.</source>
        <translation>Cyfraith iechyd meddwl yr Alban. Ymhlith pethau eraill, mae&apos;n nodi sut mae [datganiad ymlaen llaw](glossary:scottish-advance-statement) yn cael ei wneud a&apos;i ddefnyddio yno.</translation>
    </message>
    <message>
        <source>Mental Welfare Commission</source>
        <translation>Comisiwn Lles Meddyliol</translation>
    </message>
    <message>
        <source>An independent body in Scotland that protects the rights of people who get mental health care. It keeps a register of advance statements.</source>
        <translation>Corff annibynnol yn yr Alban sy&apos;n diogelu hawliau pobl sy&apos;n cael gofal iechyd meddwl. Mae&apos;n cadw cofrestr o ddatganiadau ymlaen llaw.</translation>
    </message>
    <message>
        <source>Named person</source>
        <translation>Person a enwir</translation>
    </message>
    <message>
        <source>In Scotland, someone you choose to support you and look after your interests if you are treated under mental health law. They must be told about some decisions about your care.</source>
        <translation>Yn yr Alban, rhywun rydych chi&apos;n ei ddewis i&apos;ch cefnogi ac i ofalu am eich buddiannau os cewch chi eich trin o dan gyfraith iechyd meddwl. Rhaid rhoi gwybod iddyn nhw am rai penderfyniadau am eich gofal.</translation>
    </message>
    <message>
        <source>Scottish advance statement</source>
        <translation>Datganiad ymlaen llaw yr Alban</translation>
    </message>
    <message>
        <source>In Scotland, a signed and witnessed statement of how you wish, or don&apos;t wish, to be treated for your mental health if your ability to decide becomes significantly impaired. Doctors and tribunals must take it into account.</source>
        <translation>Yn yr Alban, datganiad wedi&apos;i lofnodi a&apos;i dystio sy&apos;n dweud sut rydych chi&apos;n dymuno, neu ddim yn dymuno, cael eich trin ar gyfer eich iechyd meddwl os bydd eich gallu i benderfynu&apos;n cael ei amharu&apos;n sylweddol. Rhaid i feddygon a thribiwnlysoedd ei ystyried.</translation>
    </message>
    <message>
        <source>Tribunal</source>
        <translation>Tribiwnlys</translation>
    </message>
    <message>
        <source>An independent panel that makes or reviews decisions about some kinds of mental health care given without your agreement.</source>
        <translation>Panel annibynnol sy&apos;n gwneud neu&apos;n adolygu penderfyniadau am rai mathau o ofal iechyd meddwl a roddir heb eich cytundeb.</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Tyst</translation>
    </message>
    <message>
        <source>Someone who watches you sign a document and then signs it too, to show the signature is yours. Some documents need a certain kind of witness.</source>
        <translation>Rhywun sy&apos;n eich gwylio chi&apos;n llofnodi dogfen ac yna&apos;n ei llofnodi hefyd, i ddangos mai eich llofnod chi yw e. Mae angen math penodol o dyst ar rai dogfennau.</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Cynllun gweithredu</translation>
    </message>
    <message>
        <source>The steps you decide on ahead of time for when a [trigger](glossary:trigger), a warning sign or a harder time comes: things you must do, and things you might do.</source>
        <translation>Y camau rydych chi&apos;n penderfynu arnyn nhw o flaen llaw ar gyfer pan ddaw [sbardun](glossary:trigger), arwydd rhybudd neu gyfnod anoddach: pethau mae&apos;n rhaid i chi eu gwneud, a phethau y gallech chi eu gwneud.</translation>
    </message>
    <message>
        <source>age</source>
        <translation>age</translation>
    </message>
    <message>
        <source>A free, open standard tool for [encrypting](glossary:encryption) files. A supporter can use it to open a plan you share with them, even without WrapDesk.</source>
        <translation>Offeryn safonol, agored ac am ddim ar gyfer [amgryptio](glossary:encryption) ffeiliau. Gall cefnogwr ei ddefnyddio i agor cynllun rydych chi&apos;n ei rannu gyda nhw, hyd yn oed heb WrapDesk.</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Copi wrth gefn</translation>
    </message>
    <message>
        <source>A spare copy of your plan file, in case the main one is lost or damaged. WrapDesk keeps the one before each save.</source>
        <translation>Copi sbâr o&apos;ch ffeil cynllun, rhag ofn i&apos;r brif un fynd ar goll neu gael ei difrodi. Mae WrapDesk yn cadw&apos;r un sy&apos;n bod cyn pob tro mae&apos;n cadw.</translation>
    </message>
    <message>
        <source>Co-assess</source>
        <translation>Cyd-asesu</translation>
    </message>
    <message>
        <source>The first step of the planning cycle. You look at your whole life with the people you choose: what matters, what works and what doesn&apos;t.</source>
        <translation>Cam cyntaf y cylch cynllunio. Rydych chi&apos;n edrych ar eich bywyd cyfan gyda&apos;r bobl rydych chi&apos;n eu dewis: beth sy&apos;n bwysig, beth sy&apos;n gweithio a beth sydd ddim.</translation>
    </message>
    <message>
        <source>Co-decide</source>
        <translation>Cyd-benderfynu</translation>
    </message>
    <message>
        <source>The second step of the planning cycle. You choose your goals and next steps, compare options, and pick who supports you.</source>
        <translation>Ail gam y cylch cynllunio. Rydych chi&apos;n dewis eich nodau a&apos;ch camau nesaf, yn cymharu opsiynau, ac yn dewis pwy sy&apos;n eich cefnogi.</translation>
    </message>
    <message>
        <source>Co-deliver</source>
        <translation>Cyd-gyflawni</translation>
    </message>
    <message>
        <source>The fourth step of the planning cycle. You agree who does what and by when, set a [review date](glossary:review-date), and choose who gets a copy.</source>
        <translation>Pedwerydd cam y cylch cynllunio. Rydych chi&apos;n cytuno pwy sy&apos;n gwneud beth ac erbyn pryd, yn pennu [dyddiad adolygu](glossary:review-date), ac yn dewis pwy sy&apos;n cael copi.</translation>
    </message>
    <message>
        <source>Co-design</source>
        <translation>Cyd-ddylunio</translation>
    </message>
    <message>
        <source>The third step of the planning cycle. You write or rewrite your plan, with anyone you want to involve.</source>
        <translation>Trydydd cam y cylch cynllunio. Rydych chi&apos;n ysgrifennu neu&apos;n ailysgrifennu eich cynllun, gydag unrhyw un rydych chi eisiau ei gynnwys.</translation>
    </message>
    <message>
        <source>Crisis</source>
        <translation>Argyfwng</translation>
    </message>
    <message>
        <source>A time when you feel so unwell or distressed that you can&apos;t manage on your own, and other people need to help or take over for a while.</source>
        <translation>Cyfnod pan fyddwch chi&apos;n teimlo mor sâl neu mor ofidus fel na allwch chi ymdopi ar eich pen eich hun, ac mae angen i bobl eraill helpu neu gymryd drosodd am ychydig.</translation>
    </message>
    <message>
        <source>Crisis house</source>
        <translation>Tŷ argyfwng</translation>
    </message>
    <message>
        <source>A small, homely place where you can stay for a short time in a crisis, instead of going into hospital. Not every area has one.</source>
        <translation>Lle bach, cartrefol lle gallwch chi aros am gyfnod byr mewn argyfwng, yn lle mynd i&apos;r ysbyty. Nid oes un ym mhob ardal.</translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation>Cynllun argyfwng</translation>
    </message>
    <message>
        <source>A plan you write while you are well. It tells the people you trust how to help if you can&apos;t act for yourself. In WrapDesk it has nine parts.</source>
        <translation>Cynllun rydych chi&apos;n ei ysgrifennu pan fyddwch chi&apos;n iach. Mae&apos;n dweud wrth y bobl rydych chi&apos;n ymddiried ynddyn nhw sut i helpu os na allwch chi weithredu drosoch chi eich hun. Yn WrapDesk, mae ganddo naw rhan.</translation>
    </message>
    <message>
        <source>Daily maintenance plan</source>
        <translation>Cynllun cynnal dyddiol</translation>
    </message>
    <message>
        <source>The part of your WRAP about everyday life: what you are like when you are well, and what you do, or might do, to stay that way.</source>
        <translation>Y rhan o&apos;ch WRAP am fywyd bob dydd: sut rydych chi pan fyddwch chi&apos;n iach, a beth rydych chi&apos;n ei wneud, neu&apos;n gallu ei wneud, i aros felly.</translation>
    </message>
    <message>
        <source>Early warning sign</source>
        <translation>Arwydd rhybudd cynnar</translation>
    </message>
    <message>
        <source>A small change inside you that can mean things are starting to slip, like sleeping badly or wanting to be alone more.</source>
        <translation>Newid bach y tu mewn i chi a all olygu bod pethau&apos;n dechrau llithro, fel cysgu&apos;n wael neu eisiau bod ar eich pen eich hun yn fwy.</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Amgryptio</translation>
    </message>
    <message>
        <source>Scrambling information so only someone with the right key or [passphrase](glossary:passphrase) can read it. Your plan file is always encrypted.</source>
        <translation>Cymysgu gwybodaeth fel mai dim ond rhywun sydd â&apos;r allwedd neu&apos;r [cyfrinymadrodd](glossary:passphrase) cywir sy&apos;n gallu ei darllen. Mae eich ffeil cynllun wedi&apos;i hamgryptio bob amser.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>A password made of several words, which you type to open your plan. A few ordinary words are easier to remember than a short jumble, and safer too.</source>
        <translation>Cyfrinair wedi&apos;i wneud o sawl gair, rydych chi&apos;n ei deipio i agor eich cynllun. Mae ychydig o eiriau cyffredin yn haws eu cofio na chymysgedd byr o lythrennau, ac yn fwy diogel hefyd.</translation>
    </message>
    <message>
        <source>Post-crisis plan</source>
        <translation>Cynllun ar ôl argyfwng</translation>
    </message>
    <message>
        <source>The part of your WRAP for the time after a crisis: how you&apos;ll know you&apos;re getting better, what helps you heal, and what you&apos;d change next time.</source>
        <translation>Y rhan o&apos;ch WRAP ar gyfer y cyfnod ar ôl argyfwng: sut byddwch chi&apos;n gwybod eich bod chi&apos;n gwella, beth sy&apos;n eich helpu i wella, a beth fyddech chi&apos;n ei newid y tro nesaf.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>A long number WrapDesk gives you to print when you make your plan. If you forget your passphrase, it lets you back in. Keep it somewhere safe.</source>
        <translation>Rhif hir mae WrapDesk yn ei roi i chi i&apos;w argraffu pan fyddwch chi&apos;n gwneud eich cynllun. Os byddwch chi&apos;n anghofio eich cyfrinymadrodd, mae&apos;n gadael i chi fynd yn ôl i mewn. Cadwch ef rywle diogel.</translation>
    </message>
    <message>
        <source>Respite</source>
        <translation>Seibiant</translation>
    </message>
    <message>
        <source>A short break or stay away from home, to rest and get support without going into hospital. It can also mean a break for a carer.</source>
        <translation>Egwyl fer neu arhosiad byr oddi cartref, i orffwys a chael cymorth heb fynd i&apos;r ysbyty. Gall hefyd olygu seibiant i ofalwr.</translation>
    </message>
    <message>
        <source>Review date</source>
        <translation>Dyddiad adolygu</translation>
    </message>
    <message>
        <source>The day you choose to look at your plan again. When it comes, the planning cycle starts again.</source>
        <translation>Y diwrnod rydych chi&apos;n ei ddewis i edrych ar eich cynllun eto. Pan ddaw, mae&apos;r cylch cynllunio&apos;n dechrau eto.</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Sbardun</translation>
    </message>
    <message>
        <source>Something that happens around you that can upset you or make you feel worse, like an argument or a bill you can&apos;t pay.</source>
        <translation>Rhywbeth sy&apos;n digwydd o&apos;ch cwmpas a all eich ypsetio neu wneud i chi deimlo&apos;n waeth, fel ffrae neu fil na allwch chi ei dalu.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Fersiwn</translation>
    </message>
    <message>
        <source>A frozen copy of your plan, saved when you finish a review. You can look back at it, print it, share it, or compare it with a later one.</source>
        <translation>Copi wedi&apos;i rewi o&apos;ch cynllun, wedi&apos;i gadw pan fyddwch chi&apos;n gorffen adolygiad. Gallwch chi edrych yn ôl arno, ei argraffu, ei rannu, neu ei gymharu â fersiwn ddiweddarach.</translation>
    </message>
    <message>
        <source>Wellness toolbox</source>
        <translation>Blwch offer lles</translation>
    </message>
    <message>
        <source>Your list of things that help you stay well or feel better, from a walk to a phone call to a favourite song.</source>
        <translation>Eich rhestr o bethau sy&apos;n eich helpu i aros yn iach neu i deimlo&apos;n well, o fynd am dro i alwad ffôn i hoff gân.</translation>
    </message>
    <message>
        <source>WRAP (Wellness Recovery Action Plan)</source>
        <translation>WRAP (Cynllun Gweithredu Lles ac Adferiad)</translation>
    </message>
    <message>
        <source>A plan you write for yourself, to stay well and to get through hard times. It usually has a keeping-well plan and a crisis plan. WRAP is a trademark of Advocates for Human Potential, and WrapDesk is an independent app.</source>
        <translation>Cynllun rydych chi&apos;n ei ysgrifennu i chi&apos;ch hun, i aros yn iach ac i ddod drwy gyfnodau anodd. Fel arfer, mae ganddo gynllun cadw&apos;n iach a chynllun argyfwng. Mae WRAP yn nod masnach sy&apos;n eiddo i Advocates for Human Potential, ac ap annibynnol yw WrapDesk.</translation>
    </message>
    <message>
        <source>Advocate</source>
        <translation>Eiriolwr</translation>
    </message>
    <message>
        <source>Someone who helps you say what you want and stand up for your rights. A mental health advocate is independent of your care team.</source>
        <translation>Rhywun sy&apos;n eich helpu i ddweud beth rydych chi ei eisiau ac i sefyll dros eich hawliau. Mae eiriolwr iechyd meddwl yn annibynnol ar eich tîm gofal.</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Tîm gofal</translation>
    </message>
    <message>
        <source>The professionals who help with your care, such as a nurse, doctor, social worker or support worker.</source>
        <translation>Y gweithwyr proffesiynol sy&apos;n helpu gyda&apos;ch gofal, fel nyrs, meddyg, gweithiwr cymdeithasol neu weithiwr cymorth.</translation>
    </message>
    <message>
        <source>Carer</source>
        <translation>Gofalwr</translation>
    </message>
    <message>
        <source>Someone who looks after a family member, partner or friend without being paid, because of illness, disability or age. It can also mean someone who used to do this.</source>
        <translation>Rhywun sy&apos;n gofalu am aelod o&apos;r teulu, partner neu ffrind heb gael ei dalu, oherwydd salwch, anabledd neu oedran. Gall hefyd olygu rhywun a oedd yn arfer gwneud hyn.</translation>
    </message>
    <message>
        <source>Coproduction</source>
        <translation>Cydgynhyrchu</translation>
    </message>
    <message>
        <source>Working together as equals. People with [lived experience](glossary:lived-experience) share in the decisions, from how services are planned and run to their own care. Things are done with you, not to you or for you.</source>
        <translation>Gweithio gyda&apos;n gilydd fel pobl gyfartal. Mae pobl sydd â [phrofiad bywyd](glossary:lived-experience) yn rhannu&apos;r penderfyniadau, o sut mae gwasanaethau&apos;n cael eu cynllunio a&apos;u rhedeg i&apos;w gofal eu hunain. Mae pethau&apos;n cael eu gwneud gyda chi, nid i chi nac ar eich rhan.</translation>
    </message>
    <message>
        <source>Experts by experience</source>
        <translation>Arbenigwyr drwy brofiad</translation>
    </message>
    <message>
        <source>People who know about something because they have lived through it. Their practical know-how can help, and give hope to, others going through the same.</source>
        <translation>Pobl sy&apos;n gwybod am rywbeth oherwydd eu bod wedi byw drwyddo. Gall eu gwybodaeth ymarferol helpu eraill sy&apos;n mynd drwy&apos;r un peth, a rhoi gobaith iddyn nhw.</translation>
    </message>
    <message>
        <source>Experts by profession or training</source>
        <translation>Arbenigwyr drwy broffesiwn neu hyfforddiant</translation>
    </message>
    <message>
        <source>Doctors, nurses, social workers and other staff. Their knowledge comes from study, training and their work, and they can offer advice based on research.</source>
        <translation>Meddygon, nyrsys, gweithwyr cymdeithasol a staff eraill. Mae eu gwybodaeth yn dod o astudio, hyfforddiant a&apos;u gwaith, a gallan nhw gynnig cyngor sy&apos;n seiliedig ar ymchwil.</translation>
    </message>
    <message>
        <source>GP</source>
        <translation>Meddyg teulu</translation>
    </message>
    <message>
        <source>Your family doctor at your local surgery. GP is short for general practitioner.</source>
        <translation>Eich meddyg yn eich meddygfa leol. Yn Saesneg, GP yw&apos;r enw, sy&apos;n fyr am general practitioner.</translation>
    </message>
    <message>
        <source>Lived experience</source>
        <translation>Profiad bywyd</translation>
    </message>
    <message>
        <source>What you know from going through something yourself, such as mental distress or caring for someone. It is knowing from the inside, not from a book.</source>
        <translation>Yr hyn rydych chi&apos;n ei wybod o fynd drwy rywbeth eich hun, fel trallod meddwl neu ofalu am rywun. Gwybod o&apos;r tu mewn yw e, nid o lyfr.</translation>
    </message>
    <message>
        <source>NHS 111</source>
        <translation>GIG 111</translation>
    </message>
    <message>
        <source>A free NHS phone number for urgent help when it isn&apos;t an emergency. In England, you can choose option 2 for mental health.</source>
        <translation>Rhif ffôn am ddim gan y GIG i gael help brys pan nad yw&apos;n argyfwng. Yn Lloegr, gallwch chi ddewis opsiwn 2 ar gyfer iechyd meddwl.</translation>
    </message>
    <message>
        <source>Patient</source>
        <translation>Claf</translation>
    </message>
    <message>
        <source>Someone who gets care from health services. Some people like this word. Others prefer a different one, or just their name.</source>
        <translation>Rhywun sy&apos;n cael gofal gan wasanaethau iechyd. Mae rhai pobl yn hoffi&apos;r gair hwn. Mae&apos;n well gan eraill air gwahanol, neu eu henw yn unig.</translation>
    </message>
    <message>
        <source>Peer support</source>
        <translation>Cymorth gan gymheiriaid</translation>
    </message>
    <message>
        <source>The help people with [lived experience](glossary:lived-experience) of mental distress give each other. It can mean listening, sharing what works, practical help, or finding groups and other support.</source>
        <translation>Yr help mae pobl sydd â [phrofiad bywyd](glossary:lived-experience) o drallod meddwl yn ei roi i&apos;w gilydd. Gall olygu gwrando, rhannu beth sy&apos;n gweithio, help ymarferol, neu ddod o hyd i grwpiau a chymorth arall.</translation>
    </message>
    <message>
        <source>Peer supporter</source>
        <translation>Cefnogwr cymheiriaid</translation>
    </message>
    <message>
        <source>Someone who offers [peer support](glossary:peer-support). It might be a friend, someone in a self-help group, or a paid peer support worker.</source>
        <translation>Rhywun sy&apos;n cynnig [cymorth gan gymheiriaid](glossary:peer-support). Gallai fod yn ffrind, yn rhywun mewn grŵp hunangymorth, neu&apos;n weithiwr cymorth cymheiriaid cyflogedig.</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Adferiad</translation>
    </message>
    <message>
        <source>Living a life that feels good and means something to you, with or without symptoms. It is your own path, at your own pace.</source>
        <translation>Byw bywyd sy&apos;n teimlo&apos;n dda ac sy&apos;n golygu rhywbeth i chi, gyda symptomau neu hebddyn nhw. Eich llwybr eich hun yw e, ar eich cyflymder eich hun.</translation>
    </message>
    <message>
        <source>Service user</source>
        <translation>Defnyddiwr gwasanaeth</translation>
    </message>
    <message>
        <source>Someone who uses health or social care services, or cares for someone who does. Some people like this word and some don&apos;t.</source>
        <translation>Rhywun sy&apos;n defnyddio gwasanaethau iechyd neu ofal cymdeithasol, neu sy&apos;n gofalu am rywun sy&apos;n eu defnyddio. Mae rhai pobl yn hoffi&apos;r gair hwn a rhai ddim.</translation>
    </message>
    <message>
        <source>Signposting</source>
        <translation>Cyfeirio</translation>
    </message>
    <message>
        <source>When someone points you to a service or group that may help, often local or online, and helps you find your way to it.</source>
        <translation>Pan fydd rhywun yn eich cyfeirio at wasanaeth neu grŵp a allai helpu, yn lleol neu ar-lein yn aml, ac yn eich helpu i ddod o hyd iddo.</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Cefnogwr</translation>
    </message>
    <message>
        <source>Someone you choose to help with your plan or in a crisis. It could be family, a friend, a [peer supporter](glossary:peer-supporter) or a professional.</source>
        <translation>Rhywun rydych chi&apos;n ei ddewis i helpu gyda&apos;ch cynllun neu mewn argyfwng. Gallai fod yn deulu, yn ffrind, yn [gefnogwr cymheiriaid](glossary:peer-supporter) neu&apos;n weithiwr proffesiynol.</translation>
    </message>
    <message>
        <source>User-led initiative</source>
        <translation>Menter dan arweiniad defnyddwyr</translation>
    </message>
    <message>
        <source>A group or project run by and for the people who use services. You may also hear it called service user led or peer-led.</source>
        <translation>Grŵp neu brosiect sy&apos;n cael ei redeg gan y bobl sy&apos;n defnyddio gwasanaethau, ac ar eu cyfer. Efallai y byddwch chi hefyd yn clywed yr enw menter dan arweiniad defnyddwyr gwasanaeth, neu dan arweiniad cymheiriaid.</translation>
    </message>
</context>
<context>
    <name>GlossaryDialog</name>
    <message>
        <source>Glossary</source>
        <translation>Geirfa</translation>
    </message>
    <message>
        <source>Find a word…</source>
        <translation>Chwilio am air…</translation>
    </message>
    <message>
        <source>Find a word in the glossary</source>
        <translation>Chwilio am air yn yr eirfa</translation>
    </message>
    <message>
        <source>Terms</source>
        <translation>Termau</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Ystyr</translation>
    </message>
    <message>
        <source>See also</source>
        <translation>Gweler hefyd</translation>
    </message>
</context>
<context>
    <name>Helplines</name>
    <message>
        <source>Call</source>
        <translation>Ffonio</translation>
    </message>
    <message>
        <source>UK</source>
        <translation>DU</translation>
    </message>
    <message>
        <source>NHS 111</source>
        <translation>GIG 111</translation>
    </message>
    <message>
        <source>For urgent help when it isn&apos;t an emergency. In England, choose option 2 for mental health.</source>
        <translation>I gael help brys pan nad yw&apos;n argyfwng. Yn Lloegr, dewiswch opsiwn 2 ar gyfer iechyd meddwl.</translation>
    </message>
    <message>
        <source>England, Scotland and Wales</source>
        <translation>Cymru, Lloegr a&apos;r Alban</translation>
    </message>
    <message>
        <source>Emergency services</source>
        <translation>Gwasanaethau brys</translation>
    </message>
    <message>
        <source>In an emergency, when someone&apos;s life is in danger or they are badly hurt.</source>
        <translation>Mewn argyfwng, pan fydd bywyd rhywun mewn perygl neu pan fyddan nhw wedi&apos;u hanafu&apos;n ddrwg.</translation>
    </message>
    <message>
        <source>Samaritans</source>
        <translation>Samariaid</translation>
    </message>
    <message>
        <source>Someone to listen, any time of day or night. Calls are free.</source>
        <translation>Rhywun i wrando, unrhyw adeg o&apos;r dydd neu&apos;r nos. Mae galwadau am ddim.</translation>
    </message>
    <message>
        <source>Shout</source>
        <translation>Shout</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Tecstio</translation>
    </message>
    <message>
        <source>Text if you would rather write than talk. It&apos;s free, day or night.</source>
        <translation>Tecstiwch os byddai&apos;n well gennych chi ysgrifennu na siarad. Mae am ddim, ddydd a nos.</translation>
    </message>
    <message>
        <source>These numbers were last checked on {date}.</source>
        <translation>Cafodd y rhifau hyn eu gwirio ddiwethaf ar {date}.</translation>
    </message>
</context>
<context>
    <name>Legal</name>
    <message>
        <source>WrapDesk helps you write down your wishes, but it is not legal advice. For advice about your own situation, talk to a solicitor, Citizens Advice or a mental health advocacy service.</source>
        <translation>Mae WrapDesk yn eich helpu i ysgrifennu eich dymuniadau, ond nid cyngor cyfreithiol yw hyn. I gael cyngor am eich sefyllfa chi, siaradwch â chyfreithiwr, Cyngor ar Bopeth neu wasanaeth eirioli iechyd meddwl.</translation>
    </message>
    <message>
        <source>An [advance statement](glossary:advance-statement), in England and Wales, says what you would like: your wishes, beliefs and values about your care. It is not legally binding, but people who decide for you must take it into account.</source>
        <translation>Mae [datganiad ymlaen llaw](glossary:advance-statement), yng Nghymru a Lloegr, yn dweud beth hoffech chi: eich dymuniadau, eich credoau a&apos;ch gwerthoedd am eich gofal. Nid yw&apos;n gyfreithiol rwymol, ond rhaid i bobl sy&apos;n penderfynu ar eich rhan ei ystyried.</translation>
    </message>
    <message>
        <source>An [advance decision to refuse treatment](glossary:adrt), in England and Wales, says no to named treatments in named situations. If it is valid and fits the situation, it counts as if you said no at the time. It can&apos;t ask for treatment, and treatment for a [mental disorder](glossary:mental-disorder) may still be given under the Mental Health Act.</source>
        <translation>Mae [penderfyniad ymlaen llaw i wrthod triniaeth](glossary:adrt), yng Nghymru a Lloegr, yn dweud na i driniaethau penodol mewn sefyllfaoedd penodol. Os yw&apos;n ddilys ac yn cyd-fynd â&apos;r sefyllfa, mae&apos;n cyfrif fel petaech chi wedi dweud na ar y pryd. Ni all ofyn am driniaeth, ac efallai y bydd triniaeth ar gyfer [anhwylder meddyliol](glossary:mental-disorder) yn dal i gael ei rhoi o dan y Ddeddf Iechyd Meddwl.</translation>
    </message>
    <message>
        <source>A [Scottish advance statement](glossary:scottish-advance-statement) says how you wish, or don&apos;t wish, to be treated for your mental health. It needs a witness from a set list of jobs. Doctors and tribunals must take it into account. If they go against it, they must write down why and tell you.</source>
        <translation>Mae [datganiad ymlaen llaw yr Alban](glossary:scottish-advance-statement) yn dweud sut rydych chi&apos;n dymuno, neu ddim yn dymuno, cael eich trin ar gyfer eich iechyd meddwl. Mae angen tyst o restr benodol o swyddi. Rhaid i feddygon a thribiwnlysoedd ei ystyried. Os byddan nhw&apos;n mynd yn ei erbyn, rhaid iddyn nhw ysgrifennu pam a dweud wrthych chi.</translation>
    </message>
    <message>
        <source>You can make more than one. For example, you might write an advance statement and an advance decision about one or two treatments.</source>
        <translation>Gallwch chi wneud mwy nag un. Er enghraifft, gallech chi ysgrifennu datganiad ymlaen llaw a phenderfyniad ymlaen llaw am un neu ddwy driniaeth.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Working</source>
        <translation>Wrthi&apos;n gweithio</translation>
    </message>
    <message>
        <source>Saving</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>&amp;Undo {what}</source>
        <translation>Dad&amp;wneud {what}</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>Dad&amp;wneud</translation>
    </message>
    <message>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Ailwneud {what}</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>&amp;New plan…</source>
        <translation>&amp;Cynllun newydd…</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Agor cynllun…</translation>
    </message>
    <message>
        <source>Try the &amp;demo</source>
        <translation>Rhoi cynnig ar y &amp;demo</translation>
    </message>
    <message>
        <source>Open a plan someone &amp;shared…</source>
        <translation>Agor cynllun a &amp;rannwyd â chi…</translation>
    </message>
    <message>
        <source>&amp;Back up…</source>
        <translation>Gwneud copi &amp;wrth gefn…</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>Ad&amp;fer…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>Ar&amp;graffu…</translation>
    </message>
    <message>
        <source>Save as P&amp;DF…</source>
        <translation>Cadw fel &amp;PDF…</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <source>&amp;Close plan</source>
        <translation>Cau&apos;r cy&amp;nllun</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Gada&amp;el</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Chwilio…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Gosodiadau…</translation>
    </message>
    <message>
        <source>Start a &amp;review</source>
        <translation>&amp;Dechrau adolygiad</translation>
    </message>
    <message>
        <source>I&apos;ve been through a &amp;crisis</source>
        <translation>Rydw i wedi bod drwy ar&amp;gyfwng</translation>
    </message>
    <message>
        <source>&amp;Share with a supporter…</source>
        <translation>Rhannu â &amp;chefnogwr…</translation>
    </message>
    <message>
        <source>My &amp;supporter key…</source>
        <translation>Fy a&amp;llwedd cefnogwr…</translation>
    </message>
    <message>
        <source>Add your &amp;own part…</source>
        <translation>&amp;Ychwanegu eich rhan eich hun…</translation>
    </message>
    <message>
        <source>O&amp;verview</source>
        <translation>&amp;Trosolwg</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Pobl</translation>
    </message>
    <message>
        <source>Re&amp;views</source>
        <translation>&amp;Adolygiadau</translation>
    </message>
    <message>
        <source>&amp;Versions and sharing</source>
        <translation>&amp;Fersiynau a rhannu</translation>
    </message>
    <message>
        <source>Go to the list of &amp;parts</source>
        <translation>Mynd i restr y &amp;rhannau</translation>
    </message>
    <message>
        <source>&amp;Glossary</source>
        <translation>&amp;Geirfa</translation>
    </message>
    <message>
        <source>&amp;About WrapDesk</source>
        <translation>&amp;Ynghylch WrapDesk</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Ffeil</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Golygu</translation>
    </message>
    <message>
        <source>&amp;Plan</source>
        <translation>&amp;Cynllun</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>C&amp;ymorth</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Open a backup</source>
        <translation>Agor copi wrth gefn</translation>
    </message>
    <message>
        <source>This plan file can&apos;t be read as it is, and no earlier copy was found beside it. If you saved a backup somewhere else (a USB stick, say), choose Restore a backup to put it back. The damaged file is left as it is.</source>
        <translation>Does dim modd darllen y ffeil cynllun hon fel y mae hi, a doedd dim copi cynharach wrth ei hochr. Os gwnaethoch chi gadw copi wrth gefn rywle arall (ar gof bach USB, er enghraifft), dewiswch Adfer copi wrth gefn i&apos;w roi yn ôl. Mae&apos;r ffeil sydd wedi&apos;i difrodi yn cael ei gadael fel y mae.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>Your new recovery key was closed before you confirmed you had kept it, and your old sheet no longer works. Please make another one: Settings, then Make a new recovery key.</source>
        <translation>Cafodd eich allwedd adfer newydd ei chau cyn i chi gadarnhau eich bod wedi&apos;i chadw, ac nid yw eich hen daflen yn gweithio mwyach. Gwnewch un arall: Gosodiadau, yna Gwneud allwedd adfer newydd.</translation>
    </message>
    <message>
        <source>Please check</source>
        <translation>Gwiriwch, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>{name} — WrapDesk</source>
        <translation>{name} — WrapDesk</translation>
    </message>
    <message>
        <source>Open a plan</source>
        <translation>Agor cynllun</translation>
    </message>
    <message>
        <source>WrapDesk plans (*.wrapdesk);;All files (*)</source>
        <translation>Cynlluniau WrapDesk (*.wrapdesk);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Opening the demo plan…</source>
        <translation>Wrthi&apos;n agor y cynllun demo…</translation>
    </message>
    <message>
        <source>This is the demo plan. Nothing you change here is kept.</source>
        <translation>Dyma&apos;r cynllun demo. Fydd dim byd rydych chi&apos;n ei newid yma&apos;n cael ei gadw.</translation>
    </message>
    <message>
        <source>Type your passphrase above first; the backup opens with the same one.</source>
        <translation>Teipiwch eich cyfrinymadrodd uchod yn gyntaf; mae&apos;r copi wrth gefn yn agor gyda&apos;r un un.</translation>
    </message>
    <message>
        <source>Demo plan — WrapDesk</source>
        <translation>Cynllun demo — WrapDesk</translation>
    </message>
    <message>
        <source>Your latest changes still can&apos;t be saved. If you choose another plan now, they will be lost. To keep trying, unlock your plan instead.</source>
        <translation>Nid oes modd cadw eich newidiadau diweddaraf o hyd. Os dewiswch gynllun arall nawr, byddant yn cael eu colli. I ddal ati i geisio, datglowch eich cynllun yn lle hynny.</translation>
    </message>
    <message>
        <source>Lose them and choose another plan</source>
        <translation>Eu colli a dewis cynllun arall</translation>
    </message>
    <message>
        <source>Stay here</source>
        <translation>Aros yma</translation>
    </message>
    <message>
        <source>Please check your plan</source>
        <translation>Gwiriwch eich cynllun, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Heb ei gadw eto</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
    <message>
        <source>Demo: not kept</source>
        <translation>Demo: heb ei gadw</translation>
    </message>
    <message numerus="yes">
        <source>%n older [copy|copies] of your plan couldn&apos;t be updated just now, so [it still opens|they still open] the old way. WrapDesk will try again the next time you open your plan. [It is|They are] in: {folder}</source>
        <translation>
            <numerusform>Nid oedd modd diweddaru %n copi hŷn o&apos;ch cynllun ar hyn o bryd, felly maen nhw&apos;n dal i agor yn yr hen ffordd. Bydd WrapDesk yn rhoi cynnig arall arni y tro nesaf y byddwch chi&apos;n agor eich cynllun. Maen nhw yn y ffolder hwn: {folder}</numerusform>
            <numerusform>Nid oedd modd diweddaru %n copi hŷn o&apos;ch cynllun ar hyn o bryd, felly mae&apos;n dal i agor yn yr hen ffordd. Bydd WrapDesk yn rhoi cynnig arall arni y tro nesaf y byddwch chi&apos;n agor eich cynllun. Mae yn y ffolder hwn: {folder}</numerusform>
            <numerusform>Nid oedd modd diweddaru %n copi hŷn o&apos;ch cynllun ar hyn o bryd, felly maen nhw&apos;n dal i agor yn yr hen ffordd. Bydd WrapDesk yn rhoi cynnig arall arni y tro nesaf y byddwch chi&apos;n agor eich cynllun. Maen nhw yn y ffolder hwn: {folder}</numerusform>
            <numerusform>Nid oedd modd diweddaru %n copi hŷn o&apos;ch cynllun ar hyn o bryd, felly maen nhw&apos;n dal i agor yn yr hen ffordd. Bydd WrapDesk yn rhoi cynnig arall arni y tro nesaf y byddwch chi&apos;n agor eich cynllun. Maen nhw yn y ffolder hwn: {folder}</numerusform>
            <numerusform>Nid oedd modd diweddaru %n copi hŷn o&apos;ch cynllun ar hyn o bryd, felly maen nhw&apos;n dal i agor yn yr hen ffordd. Bydd WrapDesk yn rhoi cynnig arall arni y tro nesaf y byddwch chi&apos;n agor eich cynllun. Maen nhw yn y ffolder hwn: {folder}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n older [copy|copies] of your plan couldn&apos;t be updated, so [it still opens|they still open] the old way. [It|They] may be damaged. [It is|They are] in: {folder}</source>
        <translation>
            <numerusform>Nid oedd modd diweddaru %n copi hŷn o&apos;ch cynllun, felly maen nhw&apos;n dal i agor yn yr hen ffordd. Efallai eu bod wedi&apos;u difrodi. Maen nhw yn y ffolder hwn: {folder}</numerusform>
            <numerusform>Nid oedd modd diweddaru %n copi hŷn o&apos;ch cynllun, felly mae&apos;n dal i agor yn yr hen ffordd. Efallai ei fod wedi&apos;i ddifrodi. Mae yn y ffolder hwn: {folder}</numerusform>
            <numerusform>Nid oedd modd diweddaru %n copi hŷn o&apos;ch cynllun, felly maen nhw&apos;n dal i agor yn yr hen ffordd. Efallai eu bod wedi&apos;u difrodi. Maen nhw yn y ffolder hwn: {folder}</numerusform>
            <numerusform>Nid oedd modd diweddaru %n copi hŷn o&apos;ch cynllun, felly maen nhw&apos;n dal i agor yn yr hen ffordd. Efallai eu bod wedi&apos;u difrodi. Maen nhw yn y ffolder hwn: {folder}</numerusform>
            <numerusform>Nid oedd modd diweddaru %n copi hŷn o&apos;ch cynllun, felly maen nhw&apos;n dal i agor yn yr hen ffordd. Efallai eu bod wedi&apos;u difrodi. Maen nhw yn y ffolder hwn: {folder}</numerusform>
        </translation>
    </message>
    <message>
        <source>Some copies weren&apos;t updated</source>
        <translation>Ni chafodd rhai copïau eu diweddaru</translation>
    </message>
    <message>
        <source>Your latest changes couldn&apos;t be saved, so WrapDesk is still open. If you close now, the changes since your last save will be lost. Your saved plan and its backups are safe.</source>
        <translation>Nid oedd modd cadw eich newidiadau diweddaraf, felly mae WrapDesk yn dal ar agor. Os byddwch chi&apos;n cau nawr, bydd y newidiadau ers i chi gadw ddiwethaf yn cael eu colli. Mae eich cynllun wedi&apos;i gadw a&apos;i gopïau wrth gefn yn ddiogel.</translation>
    </message>
    <message>
        <source>Close and lose those changes</source>
        <translation>Cau a cholli&apos;r newidiadau hynny</translation>
    </message>
    <message>
        <source>Stay open</source>
        <translation>Aros ar agor</translation>
    </message>
    <message>
        <source>Add your own part</source>
        <translation>Ychwanegu eich rhan eich hun</translation>
    </message>
    <message>
        <source>What would you like to call it?</source>
        <translation>Beth hoffech chi ei galw?</translation>
    </message>
    <message>
        <source>Your passphrase is changed.</source>
        <translation>Mae eich cyfrinymadrodd wedi newid.</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>I&apos;ve been through a crisis</source>
        <translation>Rydw i wedi bod drwy argyfwng</translation>
    </message>
    <message>
        <source>Print crisis plan…</source>
        <translation>Argraffu&apos;r cynllun argyfwng…</translation>
    </message>
    <message>
        <source>Share with a supporter…</source>
        <translation>Rhannu â chefnogwr…</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Dechrau adolygiad</translation>
    </message>
    <message>
        <source>What WrapDesk calls you</source>
        <translation>Beth mae WrapDesk yn eich galw chi</translation>
    </message>
    <message>
        <source>Your full name, as printed on your plan</source>
        <translation>Eich enw llawn, fel mae wedi&apos;i argraffu ar eich cynllun</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <source>How people can communicate with you</source>
        <translation>Sut gall pobl gyfathrebu â chi</translation>
    </message>
    <message>
        <source>Address (for your advance statements)</source>
        <translation>Cyfeiriad (ar gyfer eich datganiadau ymlaen llaw)</translation>
    </message>
    <message>
        <source>About you</source>
        <translation>Amdanoch chi</translation>
    </message>
    <message>
        <source>Hello, {name}.</source>
        <translation>Helo, {name}.</translation>
    </message>
    <message>
        <source>Hello.</source>
        <translation>Helo.</translation>
    </message>
    <message>
        <source>Who to contact now</source>
        <translation>Pwy i gysylltu â nhw nawr</translation>
    </message>
    <message>
        <source>Add the people you would want called, with their phone numbers, on the People page. They will show here first.</source>
        <translation>Ychwanegwch y bobl y byddech chi eisiau iddyn nhw gael eu ffonio, gyda&apos;u rhifau ffôn, ar y dudalen Pobl. Byddan nhw&apos;n ymddangos yma gyntaf.</translation>
    </message>
    <message>
        <source>Helplines (numbers last checked {date}):</source>
        <translation>Llinellau cymorth (rhifau wedi&apos;u gwirio ddiwethaf {date}):</translation>
    </message>
    <message>
        <source>Show {name}</source>
        <translation>Dangos {name}</translation>
    </message>
    <message>
        <source>Hide</source>
        <translation>Cuddio</translation>
    </message>
    <message>
        <source>Hide {name}</source>
        <translation>Cuddio {name}</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>Pwy sydd â chopi</translation>
    </message>
    <message>
        <source>Nobody has a copy of your plan yet. When you print it or share it with someone, you will see here which version they have.</source>
        <translation>Nid oes gan neb gopi o&apos;ch cynllun eto. Pan fyddwch chi&apos;n ei argraffu neu&apos;n ei rannu â rhywun, fe welwch chi yma pa fersiwn sydd ganddyn nhw.</translation>
    </message>
    <message>
        <source>{name} has version {number}, from {date}.</source>
        <translation>Mae gan {name} fersiwn {number}, o {date}.</translation>
    </message>
    <message>
        <source>Your plan has changed since.</source>
        <translation>Mae eich cynllun wedi newid ers hynny.</translation>
    </message>
    <message>
        <source>Send an update</source>
        <translation>Anfon diweddariad</translation>
    </message>
    <message>
        <source>Send {name} an update</source>
        <translation>Anfon diweddariad at {name}</translation>
    </message>
    <message>
        <source>How your plan is coming along</source>
        <translation>Sut mae eich cynllun yn dod yn ei flaen</translation>
    </message>
    <message>
        <source>{started} of {total} parts have something written.</source>
        <translation>Mae rhywbeth wedi&apos;i ysgrifennu mewn {started} o {total} rhan.</translation>
    </message>
</context>
<context>
    <name>Passphrase</name>
    <message>
        <source>Choose a passphrase: three or four unrelated words work well.</source>
        <translation>Dewiswch gyfrinymadrodd: mae tri neu bedwar gair nad ydyn nhw&apos;n perthyn i&apos;w gilydd yn gweithio&apos;n dda.</translation>
    </message>
    <message>
        <source>Too short. Use at least {count} characters; a few unrelated words are long and easy to remember.</source>
        <translation>Rhy fyr. Defnyddiwch o leiaf {count} nod; mae ychydig o eiriau nad ydyn nhw&apos;n perthyn i&apos;w gilydd yn hir ac yn hawdd eu cofio.</translation>
    </message>
    <message>
        <source>Easy to guess. Try three or four words that don&apos;t go together.</source>
        <translation>Hawdd ei ddyfalu. Rhowch gynnig ar dri neu bedwar gair nad ydyn nhw&apos;n mynd gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <source>Fair. Another word or two would make it much harder to guess.</source>
        <translation>Gweddol. Byddai gair neu ddau arall yn ei wneud yn llawer anoddach ei ddyfalu.</translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation>Da: anodd ei ddyfalu.</translation>
    </message>
    <message>
        <source>Very strong.</source>
        <translation>Cryf iawn.</translation>
    </message>
</context>
<context>
    <name>PassphraseField</name>
    <message>
        <source>Show passphrase</source>
        <translation>Dangos y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Hide passphrase</source>
        <translation>Cuddio&apos;r cyfrinymadrodd</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
</context>
<context>
    <name>PlanText</name>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Please do not involve</source>
        <translation>Peidiwch â chynnwys, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Meddyginiaethau</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Triniaethau</translation>
    </message>
    <message>
        <source>Places of care</source>
        <translation>Mannau gofal</translation>
    </message>
    <message>
        <source>Treatments I refuse</source>
        <translation>Triniaethau rydw i&apos;n eu gwrthod</translation>
    </message>
    <message>
        <source>Entries</source>
        <translation>Cofnodion</translation>
    </message>
    <message>
        <source> (suggested by {name})</source>
        <translation> (awgrym gan {name})</translation>
    </message>
    <message>
        <source>Your plan</source>
        <translation>Eich cynllun</translation>
    </message>
    <message>
        <source>{name} — version {number}, {date}</source>
        <translation>{name} — fersiwn {number}, {date}</translation>
    </message>
    <message>
        <source>{name} — the plan as it is now</source>
        <translation>{name} — y cynllun fel y mae nawr</translation>
    </message>
    <message>
        <source>even if my life is at risk</source>
        <translation>hyd yn oed os yw fy mywyd mewn perygl</translation>
    </message>
</context>
<context>
    <name>PlanView</name>
    <message>
        <source>Something needs your attention</source>
        <translation>Mae angen i chi edrych ar rywbeth</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <source>Keep my version here</source>
        <translation>Cadw fy fersiwn i yma</translation>
    </message>
</context>
<context>
    <name>PreviewDialog</name>
    <message>
        <source>Preview of the pages</source>
        <translation>Rhagolwg o&apos;r tudalennau</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
            <numerusform>%n tudalen</numerusform>
        </translation>
    </message>
    <message>
        <source>Who is this copy for? (optional)</source>
        <translation>I bwy mae&apos;r copi hwn? (dewisol)</translation>
    </message>
    <message>
        <source>Who this copy is for</source>
        <translation>I bwy mae&apos;r copi hwn</translation>
    </message>
    <message>
        <source>Not saying</source>
        <translation>Dim am ddweud</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation>Cadw fel PDF…</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Page {number}</source>
        <translation>Tudalen {number}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved as {path}.</source>
        <translation>Wedi&apos;i gadw fel {path}.</translation>
    </message>
    <message>
        <source>The printer could not be started. Check it is on and connected, then try again.</source>
        <translation>Nid oedd modd cychwyn yr argraffydd. Gwiriwch ei fod ymlaen ac wedi&apos;i gysylltu, yna rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>PrintFlow</name>
    <message>
        <source>Crisis plan</source>
        <translation>Cynllun argyfwng</translation>
    </message>
    <message>
        <source>Your whole plan</source>
        <translation>Eich cynllun cyfan</translation>
    </message>
    <message>
        <source>Advance statement</source>
        <translation>Datganiad ymlaen llaw</translation>
    </message>
    <message>
        <source>Advance decision to refuse treatment</source>
        <translation>Penderfyniad ymlaen llaw i wrthod triniaeth</translation>
    </message>
    <message>
        <source>Advance statement (Scotland)</source>
        <translation>Datganiad ymlaen llaw (yr Alban)</translation>
    </message>
    <message>
        <source>Wallet card</source>
        <translation>Cerdyn waled</translation>
    </message>
    <message>
        <source>Before you print your advance decision, these parts are missing. It may not be valid without them:

{missing}

You can print it now and add them by hand, or go back and fill them in.</source>
        <translation>Cyn i chi argraffu eich penderfyniad ymlaen llaw, mae&apos;r rhannau hyn ar goll. Efallai na fydd yn ddilys hebddyn nhw:

{missing}

Gallwch chi ei argraffu nawr ac ychwanegu&apos;r rhain â llaw, neu fynd yn ôl a&apos;u llenwi.</translation>
    </message>
    <message>
        <source>Print it anyway</source>
        <translation>Ei argraffu beth bynnag</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Recovery sheet</source>
        <translation>Taflen adfer</translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>Printed the crisis plan</source>
        <translation>Argraffwyd y cynllun argyfwng</translation>
    </message>
    <message>
        <source>Printed the whole plan</source>
        <translation>Argraffwyd y cynllun cyfan</translation>
    </message>
    <message>
        <source>Printed the advance statement</source>
        <translation>Argraffwyd y datganiad ymlaen llaw</translation>
    </message>
    <message>
        <source>Printed the advance decision</source>
        <translation>Argraffwyd y penderfyniad ymlaen llaw</translation>
    </message>
    <message>
        <source>Printed the Scottish statement</source>
        <translation>Argraffwyd datganiad yr Alban</translation>
    </message>
    <message>
        <source>Printed the wallet card</source>
        <translation>Argraffwyd y cerdyn waled</translation>
    </message>
</context>
<context>
    <name>Printouts</name>
    <message>
        <source>Refusal {number}</source>
        <translation>Gwrthodiad {number}</translation>
    </message>
    <message>
        <source>I refuse</source>
        <translation>Rydw i&apos;n gwrthod</translation>
    </message>
    <message>
        <source>When this applies</source>
        <translation>Pryd mae hyn yn berthnasol</translation>
    </message>
    <message>
        <source>I refuse this treatment even if my life is at risk as a result.</source>
        <translation>Rydw i&apos;n gwrthod y driniaeth hon hyd yn oed os yw fy mywyd mewn perygl o ganlyniad.</translation>
    </message>
    <message>
        <source>I am 18 or over, and I make this decision while I am able to make decisions about my treatment. If a time comes when I can&apos;t make or share these decisions, I refuse the treatments below, in the situations I describe.</source>
        <translation>Rydw i&apos;n 18 oed neu&apos;n hŷn, ac rydw i&apos;n gwneud y penderfyniad hwn tra fy mod i&apos;n gallu gwneud penderfyniadau am fy nhriniaeth. Os daw adeg pan na alla i wneud y penderfyniadau hyn na&apos;u rhannu, rydw i&apos;n gwrthod y triniaethau isod, yn y sefyllfaoedd rydw i&apos;n eu disgrifio.</translation>
    </message>
    <message>
        <source>This is an advance decision under the Mental Capacity Act 2005, sections 24 to 26.</source>
        <translation>Penderfyniad ymlaen llaw yw hwn o dan Ddeddf Galluedd Meddyliol 2005, adrannau 24 i 26.</translation>
    </message>
    <message>
        <source>Advance decision to refuse treatment</source>
        <translation>Penderfyniad ymlaen llaw i wrthod triniaeth</translation>
    </message>
    <message>
        <source>The treatments I refuse</source>
        <translation>Y triniaethau rydw i&apos;n eu gwrthod</translation>
    </message>
    <message>
        <source>Where copies are kept</source>
        <translation>Ble mae copïau&apos;n cael eu cadw</translation>
    </message>
    <message>
        <source>Copies are kept by</source>
        <translation>Mae copïau gan</translation>
    </message>
    <message>
        <source>Or signed for me, in my presence and at my direction, by (name)</source>
        <translation>Neu wedi&apos;i lofnodi ar fy rhan, yn fy mhresenoldeb ac ar fy nghyfarwyddyd, gan (enw)</translation>
    </message>
    <message>
        <source>My signature</source>
        <translation>Fy llofnod</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Signing this decision</source>
        <translation>Llofnodi&apos;r penderfyniad hwn</translation>
    </message>
    <message>
        <source>Witness&apos;s signature</source>
        <translation>Llofnod y tyst</translation>
    </message>
    <message>
        <source>Witness&apos;s name</source>
        <translation>Enw&apos;r tyst</translation>
    </message>
    <message>
        <source>Witness&apos;s address</source>
        <translation>Cyfeiriad y tyst</translation>
    </message>
    <message>
        <source>Witness: I saw this decision signed</source>
        <translation>Tyst: gwelais i&apos;r penderfyniad hwn yn cael ei lofnodi</translation>
    </message>
    <message>
        <source>Add your full name.</source>
        <translation>Ychwanegwch eich enw llawn.</translation>
    </message>
    <message>
        <source>Add your date of birth, so people can be sure it&apos;s yours.</source>
        <translation>Ychwanegwch eich dyddiad geni, fel bod pobl yn gallu bod yn siŵr mai chi piau e.</translation>
    </message>
    <message>
        <source>Add your address.</source>
        <translation>Ychwanegwch eich cyfeiriad.</translation>
    </message>
    <message>
        <source>Add your GP&apos;s name and surgery, so they can be told.</source>
        <translation>Ychwanegwch enw eich meddyg teulu a&apos;r feddygfa, fel bod modd rhoi gwybod iddyn nhw.</translation>
    </message>
    <message>
        <source>There are no refusals yet. Name each treatment you refuse, and when the refusal applies.</source>
        <translation>Does dim gwrthodiadau eto. Enwch bob triniaeth rydych chi&apos;n ei gwrthod, a phryd mae&apos;r gwrthodiad yn berthnasol.</translation>
    </message>
    <message>
        <source>Refusal {number} doesn&apos;t name a treatment.</source>
        <translation>Nid yw gwrthodiad {number} yn enwi triniaeth.</translation>
    </message>
    <message>
        <source>Your refusal of “{treatment}” doesn&apos;t say when it applies. Describe the situations it covers.</source>
        <translation>Nid yw eich gwrthodiad o “{treatment}” yn dweud pryd mae&apos;n berthnasol. Disgrifiwch y sefyllfaoedd mae&apos;n eu cwmpasu.</translation>
    </message>
    <message>
        <source>Say who has copies, so your decision can be found when needed.</source>
        <translation>Dywedwch pwy sydd â chopïau, fel bod modd dod o hyd i&apos;ch penderfyniad pan fydd ei angen.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Dyddiad geni</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Cyfeiriad</translation>
    </message>
    <message>
        <source>My GP</source>
        <translation>Fy meddyg teulu</translation>
    </message>
    <message>
        <source>{title} — {name}</source>
        <translation>{title} — {name}</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Meddyginiaethau</translation>
    </message>
    <message>
        <source>I wrote this while I was able to make decisions for myself. It says how I would like to be cared for if a time comes when I can&apos;t decide or say what I want.</source>
        <translation>Ysgrifennais i hwn tra oeddwn i&apos;n gallu gwneud penderfyniadau drosof fy hun. Mae&apos;n dweud sut hoffwn i gael gofal os daw adeg pan na alla i benderfynu na dweud beth rydw i eisiau.</translation>
    </message>
    <message>
        <source>Advance statement</source>
        <translation>Datganiad ymlaen llaw</translation>
    </message>
    <message>
        <source>This statement is not legally binding, but anyone who decides what is in my best interests must take it into account (Mental Capacity Act 2005, section 4(6)). It can&apos;t stop treatment under the Mental Health Act.</source>
        <translation>Nid yw&apos;r datganiad hwn yn gyfreithiol rwymol, ond rhaid i unrhyw un sy&apos;n penderfynu beth sydd er fy mudd pennaf ei ystyried (Deddf Galluedd Meddyliol 2005, adran 4(6)). Ni all atal triniaeth o dan y Ddeddf Iechyd Meddwl.</translation>
    </message>
    <message>
        <source>Nothing is written in this statement yet.</source>
        <translation>Does dim wedi&apos;i ysgrifennu yn y datganiad hwn eto.</translation>
    </message>
    <message>
        <source>Signing this statement</source>
        <translation>Llofnodi&apos;r datganiad hwn</translation>
    </message>
    <message>
        <source>Witness (optional)</source>
        <translation>Tyst (dewisol)</translation>
    </message>
    <message>
        <source>suggested by {name}</source>
        <translation>awgrym gan {name}</translation>
    </message>
    <message>
        <source>Who to call first</source>
        <translation>Pwy i&apos;w ffonio gyntaf</translation>
    </message>
    <message>
        <source>Others you can call</source>
        <translation>Eraill y gallwch chi eu ffonio</translation>
    </message>
    <message>
        <source>{how} {number}</source>
        <comment>a helpline: Call 116 123</comment>
        <translation>{how} {number}</translation>
    </message>
    <message>
        <source>Helplines</source>
        <translation>Llinellau cymorth</translation>
    </message>
    <message>
        <source>Please don&apos;t involve these people</source>
        <translation>Peidiwch â chynnwys y bobl hyn, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>I wrote this while I was well, for the people I trust to help me.</source>
        <translation>Ysgrifennais hwn pan oeddwn yn iach, i&apos;r bobl rydw i&apos;n ymddiried ynddyn nhw.</translation>
    </message>
    <message>
        <source>My crisis plan</source>
        <translation>Fy nghynllun argyfwng</translation>
    </message>
    <message>
        <source>Nothing else is written in this crisis plan yet.</source>
        <translation>Does dim byd arall wedi&apos;i ysgrifennu yn y cynllun argyfwng hwn eto.</translation>
    </message>
    <message>
        <source>Crisis plan — {name}</source>
        <translation>Cynllun argyfwng — {name}</translation>
    </message>
    <message>
        <source>A crisis plan, for the people helping in a hard moment</source>
        <translation>Cynllun argyfwng, ar gyfer y bobl sy&apos;n helpu mewn eiliad anodd</translation>
    </message>
    <message>
        <source>My Wellness Recovery Action Plan (WRAP)</source>
        <translation>Fy Nghynllun Gweithredu Lles ac Adferiad (WRAP)</translation>
    </message>
    <message>
        <source>My advance statements</source>
        <translation>Fy natganiadau ymlaen llaw</translation>
    </message>
    <message>
        <source>This refusal applies even if my life is at risk.</source>
        <translation>Mae&apos;r gwrthodiad hwn yn berthnasol hyd yn oed os yw fy mywyd mewn perygl.</translation>
    </message>
    <message>
        <source>People who support me</source>
        <translation>Pobl sy&apos;n fy nghefnogi</translation>
    </message>
    <message>
        <source>My medicines</source>
        <translation>Fy meddyginiaethau</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Triniaethau</translation>
    </message>
    <message>
        <source>Places of treatment</source>
        <translation>Mannau triniaeth</translation>
    </message>
    <message>
        <source>Treatments I refuse</source>
        <translation>Triniaethau rydw i&apos;n eu gwrthod</translation>
    </message>
    <message>
        <source>Details of my advance decision</source>
        <translation>Manylion fy mhenderfyniad ymlaen llaw</translation>
    </message>
    <message>
        <source>Signed on</source>
        <translation>Llofnodwyd ar</translation>
    </message>
    <message>
        <source>Witness</source>
        <translation>Tyst</translation>
    </message>
    <message>
        <source>Witnessed on</source>
        <translation>Tystiwyd ar</translation>
    </message>
    <message>
        <source>Signing and witness</source>
        <translation>Llofnodi a thyst</translation>
    </message>
    <message>
        <source>Their profession</source>
        <translation>Eu swydd</translation>
    </message>
    <message>
        <source>The people, medicines, treatments and places listed earlier in this plan belong to this part too.</source>
        <translation>Mae&apos;r bobl, y meddyginiaethau, y triniaethau a&apos;r mannau a restrwyd yn gynharach yn y cynllun hwn yn perthyn i&apos;r rhan hon hefyd.</translation>
    </message>
    <message>
        <source>Please call me</source>
        <translation>Galwch fi</translation>
    </message>
    <message>
        <source>Pronouns</source>
        <translation>Rhagenwau</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>Sut i siarad â mi</translation>
    </message>
    <message>
        <source>My plan</source>
        <translation>Fy nghynllun</translation>
    </message>
    <message>
        <source>More from my plan</source>
        <translation>Mwy o fy nghynllun</translation>
    </message>
    <message>
        <source>Nothing is written here yet.</source>
        <translation>Does dim wedi&apos;i ysgrifennu yma eto.</translation>
    </message>
    <message>
        <source>Plan — {name}</source>
        <translation>Cynllun — {name}</translation>
    </message>
    <message>
        <source>A wellness and recovery plan, with its crisis plan and wishes</source>
        <translation>Cynllun lles ac adferiad, gyda&apos;i gynllun argyfwng a&apos;i ddymuniadau</translation>
    </message>
    <message>
        <source>This key opens your plan if you ever forget your passphrase. WrapDesk showed it to you once and can&apos;t show it again, so keep this sheet somewhere safe.</source>
        <translation>Mae&apos;r allwedd hon yn agor eich cynllun os byddwch chi byth yn anghofio eich cyfrinymadrodd. Dangosodd WrapDesk hi i chi unwaith ac ni all ei dangos eto, felly cadwch y daflen hon rywle diogel.</translation>
    </message>
    <message>
        <source>WrapDesk</source>
        <translation>WrapDesk</translation>
    </message>
    <message>
        <source>Your recovery key</source>
        <translation>Eich allwedd adfer</translation>
    </message>
    <message>
        <source>The same key on one line: {key}</source>
        <translation>Yr un allwedd ar un llinell: {key}</translation>
    </message>
    <message>
        <source>Where your plan is</source>
        <translation>Ble mae eich cynllun</translation>
    </message>
    <message>
        <source>If you move or copy the file, the same key still opens it.</source>
        <translation>Os byddwch chi&apos;n symud neu&apos;n copïo&apos;r ffeil, bydd yr un allwedd yn dal i&apos;w hagor.</translation>
    </message>
    <message>
        <source>If you forget your passphrase</source>
        <translation>Os byddwch chi&apos;n anghofio eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Open your plan in WrapDesk.</source>
        <translation>Agorwch eich cynllun yn WrapDesk.</translation>
    </message>
    <message>
        <source>Choose to use your recovery key instead of your passphrase, and type the 48 digits. Spaces and dashes don&apos;t matter.</source>
        <translation>Dewiswch ddefnyddio eich allwedd adfer yn lle eich cyfrinymadrodd, a theipiwch y 48 digid. Does dim ots am fylchau a llinellau toriad.</translation>
    </message>
    <message>
        <source>Choose a new passphrase. This key keeps working afterwards.</source>
        <translation>Dewiswch gyfrinymadrodd newydd. Bydd yr allwedd hon yn dal i weithio wedyn.</translation>
    </message>
    <message>
        <source>Keeping this sheet safe</source>
        <translation>Cadw&apos;r daflen hon yn ddiogel</translation>
    </message>
    <message>
        <source>Anyone with this key and your plan file can read your plan. Keep the sheet away from your laptop and its bag.</source>
        <translation>Gall unrhyw un sydd â&apos;r allwedd hon a&apos;ch ffeil cynllun ddarllen eich cynllun. Cadwch y daflen i ffwrdd o&apos;ch gliniadur a&apos;i fag.</translation>
    </message>
    <message>
        <source>Keep it with your important papers, or in a sealed envelope with someone you trust.</source>
        <translation>Cadwch hi gyda&apos;ch papurau pwysig, neu mewn amlen wedi&apos;i selio gyda rhywun rydych chi&apos;n ymddiried ynddo.</translation>
    </message>
    <message>
        <source>Don&apos;t photograph it, and don&apos;t keep a copy on your computer or phone.</source>
        <translation>Peidiwch â thynnu llun ohoni, a pheidiwch â chadw copi ar eich cyfrifiadur na&apos;ch ffôn.</translation>
    </message>
    <message>
        <source>WrapDesk recovery key</source>
        <translation>Allwedd adfer WrapDesk</translation>
    </message>
    <message>
        <source>The key that opens your plan if you forget your passphrase</source>
        <translation>Yr allwedd sy&apos;n agor eich cynllun os byddwch chi&apos;n anghofio eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Private: keep this sheet safe</source>
        <translation>Preifat: cadwch y daflen hon yn ddiogel</translation>
    </message>
    <message>
        <source>Printed {date}</source>
        <translation>Argraffwyd {date}</translation>
    </message>
    <message>
        <source>I certify that, in my opinion, when {name} made this statement they had the capacity to intend the wishes set out in it.</source>
        <translation>Rydw i&apos;n ardystio, yn fy marn i, fod gan {name}, pan wnaeth y datganiad hwn, y galluedd i fwriadu&apos;r dymuniadau a nodir ynddo.</translation>
    </message>
    <message>
        <source>I certify that, in my opinion, when the person named above made this statement they had the capacity to intend the wishes set out in it.</source>
        <translation>Rydw i&apos;n ardystio, yn fy marn i, fod gan y person a enwir uchod, pan wnaeth y datganiad hwn, y galluedd i fwriadu&apos;r dymuniadau a nodir ynddo.</translation>
    </message>
    <message>
        <source>I belong to one of the groups of people who may witness an advance statement, such as a doctor, nurse, social worker, psychologist, solicitor or occupational therapist.</source>
        <translation>Rydw i&apos;n perthyn i un o&apos;r grwpiau o bobl a all fod yn dyst i ddatganiad ymlaen llaw, fel meddyg, nyrs, gweithiwr cymdeithasol, seicolegydd, cyfreithiwr neu therapydd galwedigaethol.</translation>
    </message>
    <message>
        <source>Witness&apos;s certificate</source>
        <translation>Tystysgrif y tyst</translation>
    </message>
    <message>
        <source>Profession</source>
        <translation>Swydd</translation>
    </message>
    <message>
        <source>This is my advance statement. It says how I wish, and do not wish, to be treated for my mental health if my ability to make decisions about it becomes significantly impaired.</source>
        <translation>Dyma fy natganiad ymlaen llaw. Mae&apos;n dweud sut rydw i&apos;n dymuno, a sut nad ydw i&apos;n dymuno, cael fy nhrin ar gyfer fy iechyd meddwl os bydd fy ngallu i wneud penderfyniadau amdano&apos;n cael ei amharu&apos;n sylweddol.</translation>
    </message>
    <message>
        <source>It is made under section 275 of the Mental Health (Care and Treatment) (Scotland) Act 2003.</source>
        <translation>Mae wedi&apos;i wneud o dan adran 275 o Ddeddf Iechyd Meddwl (Gofal a Thriniaeth) (Yr Alban) 2003.</translation>
    </message>
    <message>
        <source>Advance statement (Scotland)</source>
        <translation>Datganiad ymlaen llaw (yr Alban)</translation>
    </message>
    <message>
        <source>I have a crisis plan and an advance statement.</source>
        <translation>Mae gen i gynllun argyfwng a datganiad ymlaen llaw.</translation>
    </message>
    <message>
        <source>I have an advance statement.</source>
        <translation>Mae gen i ddatganiad ymlaen llaw.</translation>
    </message>
    <message>
        <source>I have a crisis plan.</source>
        <translation>Mae gen i gynllun argyfwng.</translation>
    </message>
    <message>
        <source>If I can&apos;t speak for myself, please contact:</source>
        <translation>Os na alla i siarad drosof fy hun, cysylltwch â:</translation>
    </message>
    <message>
        <source>Allergies</source>
        <translation>Alergeddau</translation>
    </message>
    <message>
        <source>Cut along the corner marks, then fold along the dashed line with the printing on the outside. Folded, each card is the size of a bank card: keep one in your wallet, and one in a bag or coat.</source>
        <translation>Torrwch ar hyd marciau&apos;r corneli, yna plygwch ar hyd y llinell doredig gyda&apos;r print ar y tu allan. Wedi&apos;i blygu, mae pob cerdyn yr un maint â cherdyn banc: cadwch un yn eich waled, ac un mewn bag neu got.</translation>
    </message>
    <message>
        <source>Wallet card</source>
        <translation>Cerdyn waled</translation>
    </message>
    <message>
        <source>Wallet card — {name}</source>
        <translation>Cerdyn waled — {name}</translation>
    </message>
    <message>
        <source>A card to carry, saying who to contact</source>
        <translation>Cerdyn i&apos;w gario, yn dweud pwy i gysylltu â nhw</translation>
    </message>
    <message>
        <source>January</source>
        <comment>month</comment>
        <translation>Ionawr</translation>
    </message>
    <message>
        <source>February</source>
        <comment>month</comment>
        <translation>Chwefror</translation>
    </message>
    <message>
        <source>March</source>
        <comment>month</comment>
        <translation>Mawrth</translation>
    </message>
    <message>
        <source>April</source>
        <comment>month</comment>
        <translation>Ebrill</translation>
    </message>
    <message>
        <source>May</source>
        <comment>month</comment>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <comment>month</comment>
        <translation>Mehefin</translation>
    </message>
    <message>
        <source>July</source>
        <comment>month</comment>
        <translation>Gorffennaf</translation>
    </message>
    <message>
        <source>August</source>
        <comment>month</comment>
        <translation>Awst</translation>
    </message>
    <message>
        <source>September</source>
        <comment>month</comment>
        <translation>Medi</translation>
    </message>
    <message>
        <source>October</source>
        <comment>month</comment>
        <translation>Hydref</translation>
    </message>
    <message>
        <source>November</source>
        <comment>month</comment>
        <translation>Tachwedd</translation>
    </message>
    <message>
        <source>December</source>
        <comment>month</comment>
        <translation>Rhagfyr</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <comment>a date: 16 May 2026</comment>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>Version {number} · {date}</source>
        <translation>Fersiwn {number} · {date}</translation>
    </message>
    <message>
        <source>Printed {date} — not a saved version</source>
        <translation>Argraffwyd {date} — nid fersiwn wedi&apos;i chadw</translation>
    </message>
    <message>
        <source>Check this is the newest copy</source>
        <translation>Gwiriwch mai hwn yw&apos;r copi diweddaraf</translation>
    </message>
    <message>
        <source>Check this is the newest copy — ask {name}</source>
        <translation>Gwiriwch mai hwn yw&apos;r copi diweddaraf — gofynnwch i {name}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Tudalen {page} o {pages}</translation>
    </message>
</context>
<context>
    <name>RatingPanel</name>
    <message>
        <source>What you can expect</source>
        <translation>Beth gallwch chi ei ddisgwyl</translation>
    </message>
    <message>
        <source>How true did these feel this time? There are no wrong answers, and you can leave any of them.</source>
        <translation>Pa mor wir oedd y rhain y tro hwn? Does dim atebion anghywir, a gallwch chi adael unrhyw un ohonyn nhw.</translation>
    </message>
    <message>
        <source>A comment, if you like</source>
        <translation>Sylw, os hoffech chi</translation>
    </message>
    <message>
        <source>Comment on: {statement}</source>
        <translation>Sylw ar: {statement}</translation>
    </message>
</context>
<context>
    <name>RatingsChart</name>
    <message>
        <source>Chart of how each step felt, review by review</source>
        <translation>Siart o sut roedd pob cam yn teimlo, adolygiad wrth adolygiad</translation>
    </message>
    <message>
        <source>{step}: from {first:.1f} to {last:.1f} out of 2</source>
        <translation>{step}: o {first:.1f} i {last:.1f} allan o 2</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Ddim eto</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>Yn rhannol</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ydy</translation>
    </message>
    <message>
        <source>Review {number}</source>
        <translation>Adolygiad {number}</translation>
    </message>
    <message>
        <source>Your ratings will show here after your first review.</source>
        <translation>Bydd eich sgoriau&apos;n ymddangos yma ar ôl eich adolygiad cyntaf.</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyDialog</name>
    <message>
        <source>Make a new recovery key</source>
        <translation>Gwneud allwedd adfer newydd</translation>
    </message>
    <message>
        <source>A new key replaces the old one: your old printed sheet will stop opening this plan and the backups WrapDesk keeps beside it. Do this if you have lost the sheet, or think someone else may have seen it.</source>
        <translation>Mae allwedd newydd yn cymryd lle&apos;r hen un: bydd eich hen daflen brintiedig yn peidio ag agor y cynllun hwn a&apos;r copïau wrth gefn mae WrapDesk yn eu cadw wrth ei ymyl. Gwnewch hyn os ydych chi wedi colli&apos;r daflen, neu&apos;n meddwl bod rhywun arall wedi&apos;i gweld.</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>To make a new key, type your passphrase:</source>
        <translation>I wneud allwedd newydd, teipiwch eich cyfrinymadrodd:</translation>
    </message>
    <message>
        <source>Last group of your new recovery key</source>
        <translation>Grŵp olaf eich allwedd adfer newydd</translation>
    </message>
    <message>
        <source>Print a recovery sheet…</source>
        <translation>Argraffu taflen adfer…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Make a new key</source>
        <translation>Gwneud allwedd newydd</translation>
    </message>
    <message>
        <source>Your new recovery key</source>
        <translation>Eich allwedd adfer newydd</translation>
    </message>
    <message>
        <source>This is your new recovery key. Print it or write it down and keep it safe; WrapDesk will not show it again. Type its last group below to finish.</source>
        <translation>Dyma eich allwedd adfer newydd. Argraffwch hi neu ysgrifennwch hi a&apos;i chadw&apos;n ddiogel; fydd WrapDesk ddim yn ei dangos eto. Teipiwch ei grŵp olaf isod i orffen.</translation>
    </message>
    <message>
        <source>I&apos;ve kept it</source>
        <translation>Rydw i wedi&apos;i chadw</translation>
    </message>
    <message>
        <source>That isn&apos;t your passphrase. Nothing was changed; please try again.</source>
        <translation>Nid dyna eich cyfrinymadrodd. Ni newidiwyd dim; rhowch gynnig arall arni.</translation>
    </message>
</context>
<context>
    <name>ReviewCard</name>
    <message>
        <source>You stopped at {step}. Carry on whenever you&apos;re ready; nothing is lost.</source>
        <translation>Fe wnaethoch chi stopio yn y cam {step}. Ewch ymlaen pryd bynnag rydych chi&apos;n barod; does dim wedi&apos;i golli.</translation>
    </message>
    <message>
        <source>This review looks back at your recent crisis, gently.</source>
        <translation>Mae&apos;r adolygiad hwn yn edrych yn ôl yn dyner ar eich argyfwng diweddar.</translation>
    </message>
    <message>
        <source>Your review is under way</source>
        <translation>Mae eich adolygiad ar y gweill</translation>
    </message>
    <message>
        <source>Carry on with your review</source>
        <translation>Parhau â&apos;ch adolygiad</translation>
    </message>
    <message>
        <source>Reviewing your plan</source>
        <translation>Adolygu eich cynllun</translation>
    </message>
    <message>
        <source>When you&apos;re ready, a review walks you through four steps: looking at what matters, deciding next steps, writing your plan, and putting it into practice. You can stop and come back at any point.</source>
        <translation>Pan fyddwch chi&apos;n barod, mae adolygiad yn mynd â chi drwy bedwar cam: edrych ar beth sy&apos;n bwysig, penderfynu ar y camau nesaf, ysgrifennu eich cynllun, a&apos;i roi ar waith. Gallwch chi stopio a dod yn ôl ar unrhyw adeg.</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Dechrau adolygiad</translation>
    </message>
    <message>
        <source>It&apos;s time for a review</source>
        <translation>Mae&apos;n amser am adolygiad</translation>
    </message>
    <message>
        <source>Your review date was {date}. Start when you&apos;re ready; there&apos;s no rush, and you can take it one step at a time.</source>
        <translation>Eich dyddiad adolygu oedd {date}. Dechreuwch pan fyddwch chi&apos;n barod; does dim brys, a gallwch chi gymryd un cam ar y tro.</translation>
    </message>
    <message>
        <source>Your next review</source>
        <translation>Eich adolygiad nesaf</translation>
    </message>
    <message>
        <source>Your next review is on {date}. You can start one sooner at any time.</source>
        <translation>Mae eich adolygiad nesaf ar {date}. Gallwch chi ddechrau un yn gynt unrhyw bryd.</translation>
    </message>
    <message>
        <source>Start a review now</source>
        <translation>Dechrau adolygiad nawr</translation>
    </message>
</context>
<context>
    <name>ReviewWizard</name>
    <message>
        <source>I&apos;m sorry it has been hard. Your post-crisis plan is open. When you feel ready, a review will look at what happened, and suggests the next one by {date}.</source>
        <translation>Mae&apos;n ddrwg gen i ei fod wedi bod yn anodd. Mae eich cynllun ar ôl argyfwng ar agor. Pan fyddwch chi&apos;n teimlo&apos;n barod, bydd adolygiad yn edrych ar beth ddigwyddodd. Yr awgrym yw cynnal yr un nesaf erbyn {date}.</translation>
    </message>
    <message>
        <source>Your review</source>
        <translation>Eich adolygiad</translation>
    </message>
    <message>
        <source>Go to {step}</source>
        <translation>Mynd i: {step}</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Skip this step</source>
        <translation>Hepgor y cam hwn</translation>
    </message>
    <message>
        <source>Leave for now</source>
        <translation>Gadael am nawr</translation>
    </message>
    <message>
        <source>Everything is kept; carry on whenever you like.</source>
        <translation>Mae popeth wedi&apos;i gadw; ewch ymlaen pryd bynnag hoffech chi.</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Nesaf</translation>
    </message>
    <message>
        <source>Reviewing your plan</source>
        <translation>Adolygu eich cynllun</translation>
    </message>
    <message>
        <source>A review goes round four steps with you: what matters to you now, what you&apos;d like to do next, writing your plan, and putting it into practice. You can skip any step, leave at any point and carry on later. Nothing is required.</source>
        <translation>Mae adolygiad yn mynd drwy bedwar cam gyda chi: beth sy&apos;n bwysig i chi nawr, beth hoffech chi ei wneud nesaf, ysgrifennu eich cynllun, a&apos;i roi ar waith. Gallwch chi hepgor unrhyw gam, gadael ar unrhyw adeg a pharhau&apos;n nes ymlaen. Does dim byd yn orfodol.</translation>
    </message>
    <message>
        <source>Your last review finished on {date}.</source>
        <translation>Daeth eich adolygiad diwethaf i ben ar {date}.</translation>
    </message>
    <message>
        <source>This review follows a crisis</source>
        <translation>Mae&apos;r adolygiad hwn yn dilyn argyfwng</translation>
    </message>
    <message>
        <source>Start my review</source>
        <translation>Dechrau fy adolygiad</translation>
    </message>
    <message>
        <source>Finish my review</source>
        <translation>Gorffen fy adolygiad</translation>
    </message>
    <message>
        <source>Skip and finish</source>
        <translation>Hepgor a gorffen</translation>
    </message>
    <message>
        <source>You are here</source>
        <translation>Rydych chi yma</translation>
    </message>
    <message>
        <source>Your review is finished</source>
        <translation>Mae eich adolygiad wedi&apos;i orffen</translation>
    </message>
    <message>
        <source>Well done for taking the time. Version {number} of your plan is saved.</source>
        <translation>Da iawn chi am gymryd yr amser. Mae fersiwn {number} o&apos;ch cynllun wedi&apos;i chadw.</translation>
    </message>
    <message>
        <source>Your next review is on {date}.</source>
        <translation>Mae eich adolygiad nesaf ar {date}.</translation>
    </message>
    <message>
        <source>{name} has an older copy (version {number}).</source>
        <translation>Mae gan {name} gopi hŷn (fersiwn {number}).</translation>
    </message>
    <message>
        <source>Send {name} an update</source>
        <translation>Anfon diweddariad at {name}</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>ReviewsPage</name>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>Each review goes round four steps with you: co-assess, co-decide, co-design and co-deliver. Here is what you wrote each time, and how true the “what I can expect” statements felt.</source>
        <translation>Mae pob adolygiad yn mynd drwy bedwar cam gyda chi: cyd-asesu, cyd-benderfynu, cyd-ddylunio a chyd-gyflawni. Dyma beth ysgrifennoch chi bob tro, a pha mor wir roedd y datganiadau “beth galla i ei ddisgwyl” yn teimlo.</translation>
    </message>
    <message>
        <source>Start a review</source>
        <translation>Dechrau adolygiad</translation>
    </message>
    <message>
        <source>How each step felt</source>
        <translation>Sut roedd pob cam yn teimlo</translation>
    </message>
    <message>
        <source>The same figures as a table</source>
        <translation>Yr un ffigurau fel tabl</translation>
    </message>
    <message>
        <source>Review {n}</source>
        <translation>Adolygiad {n}</translation>
    </message>
    <message>
        <source>0 means “not yet” for every statement; 2 means “yes” for all.</source>
        <translation>Mae 0 yn golygu “ddim eto” ar gyfer pob datganiad; mae 2 yn golygu “ydy” ar gyfer pob un.</translation>
    </message>
    <message>
        <source>No reviews finished yet.</source>
        <translation>Dim adolygiadau wedi&apos;u gorffen eto.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim</translation>
    </message>
    <message>
        <source>Steps done: {steps}.</source>
        <translation>Camau wedi&apos;u gwneud: {steps}.</translation>
    </message>
    <message>
        <source>Skipped: {steps}.</source>
        <translation>Wedi&apos;u hepgor: {steps}.</translation>
    </message>
    <message>
        <source>Goal: {text}</source>
        <translation>Nod: {text}</translation>
    </message>
    <message>
        <source> (chosen)</source>
        <translation> (wedi&apos;i ddewis)</translation>
    </message>
    <message>
        <source>Option: {text}{chosen}</source>
        <translation>Opsiwn: {text}{chosen}</translation>
    </message>
    <message>
        <source>me</source>
        <translation>fi</translation>
    </message>
    <message>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <source>{what} — {who}, by {due}</source>
        <translation>{what} — {who}, erbyn {due}</translation>
    </message>
    <message>
        <source>Review {number}, finished {date}</source>
        <translation>Adolygiad {number}, wedi&apos;i orffen {date}</translation>
    </message>
    <message>
        <source>(after a crisis)</source>
        <translation>(ar ôl argyfwng)</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>What I&apos;ve written</source>
        <translation>Beth rydw i wedi&apos;i ysgrifennu</translation>
    </message>
    <message>
        <source>Add something</source>
        <translation>Ychwanegu rhywbeth</translation>
    </message>
    <message>
        <source>A part of your plan you made yourself.</source>
        <translation>Rhan o&apos;ch cynllun a wnaethoch chi eich hun.</translation>
    </message>
    <message>
        <source>Rename this part…</source>
        <translation>Ailenwi&apos;r rhan hon…</translation>
    </message>
    <message>
        <source>Delete this part</source>
        <translation>Dileu&apos;r rhan hon</translation>
    </message>
    <message>
        <source>What this is, in plain words</source>
        <translation>Beth yw hyn, mewn geiriau syml</translation>
    </message>
    <message>
        <source>Show some examples</source>
        <translation>Dangos rhai enghreifftiau</translation>
    </message>
    <message numerus="yes">
        <source>Ideas to get started (%n)</source>
        <translation>
            <numerusform>Syniadau i ddechrau (%n)</numerusform>
            <numerusform>Syniadau i ddechrau (%n)</numerusform>
            <numerusform>Syniadau i ddechrau (%n)</numerusform>
            <numerusform>Syniadau i ddechrau (%n)</numerusform>
            <numerusform>Syniadau i ddechrau (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename this part</source>
        <translation>Ailenwi&apos;r rhan hon</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>Enw newydd:</translation>
    </message>
    <message numerus="yes">
        <source>Delete “{title}” and the %n thing(s) written in it? You can undo this with Edit ▸ Undo.</source>
        <translation>
            <numerusform>Dileu “{title}”? Gallwch chi ddadwneud hyn gyda Golygu ▸ Dadwneud.</numerusform>
            <numerusform>Dileu “{title}” a&apos;r %n peth sydd wedi&apos;i ysgrifennu ynddi? Gallwch chi ddadwneud hyn gyda Golygu ▸ Dadwneud.</numerusform>
            <numerusform>Dileu “{title}” a&apos;r %n peth sydd wedi&apos;u hysgrifennu ynddi? Gallwch chi ddadwneud hyn gyda Golygu ▸ Dadwneud.</numerusform>
            <numerusform>Dileu “{title}” a&apos;r %n peth sydd wedi&apos;u hysgrifennu ynddi? Gallwch chi ddadwneud hyn gyda Golygu ▸ Dadwneud.</numerusform>
            <numerusform>Dileu “{title}” a&apos;r %n peth sydd wedi&apos;u hysgrifennu ynddi? Gallwch chi ddadwneud hyn gyda Golygu ▸ Dadwneud.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Sections</name>
    <message>
        <source>Your WRAP</source>
        <translation>Eich WRAP</translation>
    </message>
    <message>
        <source>Your own [Wellness Recovery Action Plan](glossary:wrap): how you stay well, spot changes early, and get through hard times.</source>
        <translation>Eich [Cynllun Gweithredu Lles ac Adferiad](glossary:wrap) eich hun: sut rydych chi&apos;n aros yn iach, yn sylwi ar newidiadau&apos;n gynnar, ac yn dod drwy gyfnodau anodd.</translation>
    </message>
    <message>
        <source>Crisis plan</source>
        <translation>Cynllun argyfwng</translation>
    </message>
    <message>
        <source>Written while you are well, so the people you trust know how to help if you can&apos;t act for yourself.</source>
        <translation>Wedi&apos;i ysgrifennu pan fyddwch chi&apos;n iach, fel bod y bobl rydych chi&apos;n ymddiried ynddyn nhw&apos;n gwybod sut i helpu os na allwch chi weithredu drosoch chi eich hun.</translation>
    </message>
    <message>
        <source>Advance statements</source>
        <translation>Datganiadau ymlaen llaw</translation>
    </message>
    <message>
        <source>Your choices about future care, written now for a time when you may not be able to decide or say.</source>
        <translation>Eich dewisiadau am ofal yn y dyfodol, wedi&apos;u hysgrifennu nawr ar gyfer adeg pan na fyddwch chi efallai&apos;n gallu penderfynu na dweud.</translation>
    </message>
    <message>
        <source>Advance statement (England and Wales)</source>
        <translation>Datganiad ymlaen llaw (Cymru a Lloegr)</translation>
    </message>
    <message>
        <source>Advance statement</source>
        <comment>short</comment>
        <translation>Datganiad ymlaen llaw</translation>
    </message>
    <message>
        <source>Your wishes, beliefs and values about your care, for a time when you can&apos;t decide or say what you want.</source>
        <translation>Eich dymuniadau, eich credoau a&apos;ch gwerthoedd am eich gofal, ar gyfer adeg pan na allwch chi benderfynu na dweud beth rydych chi ei eisiau.</translation>
    </message>
    <message>
        <source>What matters most to you about how you are cared for?</source>
        <translation>Beth sydd bwysicaf i chi am sut rydych chi&apos;n cael gofal?</translation>
    </message>
    <message>
        <source>Which treatments or medicines work for you, and which don&apos;t?</source>
        <translation>Pa driniaethau neu feddyginiaethau sy&apos;n gweithio i chi, a pha rai sydd ddim?</translation>
    </message>
    <message>
        <source>Who should be told if you become unwell, and who shouldn&apos;t?</source>
        <translation>Pwy ddylai gael gwybod os byddwch chi&apos;n mynd yn sâl, a phwy na ddylai?</translation>
    </message>
    <message>
        <source>Who can look after your children, pets or home?</source>
        <translation>Pwy all ofalu am eich plant, eich anifeiliaid anwes neu eich cartref?</translation>
    </message>
    <message>
        <source>How can people help you understand them, and be understood?</source>
        <translation>Sut gall pobl eich helpu chi i&apos;w deall nhw, a chael eich deall?</translation>
    </message>
    <message>
        <source>Please let me keep my own clothes and phone on the ward</source>
        <translation>Gadewch i mi gadw fy nillad a fy ffôn fy hun ar y ward, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>I&apos;m vegetarian, and I&apos;d like to see a chaplain</source>
        <translation>Rydw i&apos;n llysieuwr, a hoffwn i weld caplan</translation>
    </message>
    <message>
        <source>Talk to me in short sentences and give me time to answer</source>
        <translation>Siaradwch â mi mewn brawddegau byr a rhowch amser i mi ateb</translation>
    </message>
    <message>
        <source>Treatment</source>
        <translation>Triniaeth</translation>
    </message>
    <message>
        <source>Add a wish about treatment</source>
        <translation>Ychwanegu dymuniad am driniaeth</translation>
    </message>
    <message>
        <source>Notes about medicines</source>
        <translation>Nodiadau am feddyginiaethau</translation>
    </message>
    <message>
        <source>Add a note about medicines</source>
        <translation>Ychwanegu nodyn am feddyginiaethau</translation>
    </message>
    <message>
        <source>Your list of medicines is in your crisis plan. Add anything else here.</source>
        <translation>Mae eich rhestr o feddyginiaethau yn eich cynllun argyfwng. Ychwanegwch unrhyw beth arall yma.</translation>
    </message>
    <message>
        <source>If I go into hospital</source>
        <translation>Os bydda i&apos;n mynd i&apos;r ysbyty</translation>
    </message>
    <message>
        <source>Add a wish about hospital</source>
        <translation>Ychwanegu dymuniad am yr ysbyty</translation>
    </message>
    <message>
        <source>Physical health and disability</source>
        <translation>Iechyd corfforol ac anabledd</translation>
    </message>
    <message>
        <source>Add a health need</source>
        <translation>Ychwanegu angen iechyd</translation>
    </message>
    <message>
        <source>Who to contact</source>
        <translation>Pwy i gysylltu â nhw</translation>
    </message>
    <message>
        <source>Add someone to contact</source>
        <translation>Ychwanegu rhywun i gysylltu â nhw</translation>
    </message>
    <message>
        <source>Who not to contact</source>
        <translation>Pwy i beidio â chysylltu â nhw</translation>
    </message>
    <message>
        <source>Add someone not to contact</source>
        <translation>Ychwanegu rhywun i beidio â chysylltu â nhw</translation>
    </message>
    <message>
        <source>Children, dependants and pets</source>
        <translation>Plant, dibynyddion ac anifeiliaid anwes</translation>
    </message>
    <message>
        <source>Add a child, dependant or pet</source>
        <translation>Ychwanegu plentyn, dibynnydd neu anifail anwes</translation>
    </message>
    <message>
        <source>Home, bills, benefits and work</source>
        <translation>Cartref, biliau, budd-daliadau a gwaith</translation>
    </message>
    <message>
        <source>Add something about home or money</source>
        <translation>Ychwanegu rhywbeth am y cartref neu arian</translation>
    </message>
    <message>
        <source>Faith and culture</source>
        <translation>Ffydd a diwylliant</translation>
    </message>
    <message>
        <source>Add something about faith or culture</source>
        <translation>Ychwanegu rhywbeth am ffydd neu ddiwylliant</translation>
    </message>
    <message>
        <source>Food and drink</source>
        <translation>Bwyd a diod</translation>
    </message>
    <message>
        <source>Add something about food</source>
        <translation>Ychwanegu rhywbeth am fwyd</translation>
    </message>
    <message>
        <source>How to talk with me</source>
        <translation>Sut i siarad â mi</translation>
    </message>
    <message>
        <source>Add a way to talk with me</source>
        <translation>Ychwanegu ffordd o siarad â mi</translation>
    </message>
    <message>
        <source>Anything else</source>
        <translation>Unrhyw beth arall</translation>
    </message>
    <message>
        <source>Add something else</source>
        <translation>Ychwanegu rhywbeth arall</translation>
    </message>
    <message>
        <source>An [advance statement](glossary:advance-statement) tells people how you would like to be cared for if you can&apos;t make or share decisions yourself. It can cover anything that matters to you.</source>
        <translation>Mae [datganiad ymlaen llaw](glossary:advance-statement) yn dweud wrth bobl sut hoffech chi gael gofal os na allwch chi wneud na rhannu penderfyniadau eich hun. Gall gwmpasu unrhyw beth sy&apos;n bwysig i chi.</translation>
    </message>
    <message>
        <source>It is not legally binding. But anyone who decides in your [best interests](glossary:best-interests) must take it into account. This comes from section 4(6) of the [Mental Capacity Act 2005](glossary:mental-capacity-act).</source>
        <translation>Nid yw&apos;n gyfreithiol rwymol. Ond rhaid i unrhyw un sy&apos;n penderfynu er eich [budd pennaf](glossary:best-interests) ei ystyried. Daw hyn o adran 4(6) o [Ddeddf Galluedd Meddyliol 2005](glossary:mental-capacity-act).</translation>
    </message>
    <message>
        <source>It can&apos;t stop treatment given under the [Mental Health Act](glossary:mental-health-act), but it still tells staff what you would like.</source>
        <translation>Ni all atal triniaeth a roddir o dan y [Ddeddf Iechyd Meddwl](glossary:mental-health-act), ond mae&apos;n dal i ddweud wrth staff beth hoffech chi.</translation>
    </message>
    <message>
        <source>Sign and date it. You don&apos;t need a [witness](glossary:witness), but having one can help show it is yours.</source>
        <translation>Llofnodwch a dyddiwch ef. Nid oes angen [tyst](glossary:witness) arnoch chi, ond gall cael un helpu i ddangos mai chi piau e.</translation>
    </message>
    <message>
        <source>Look at it again about once a year, and after a crisis or a change in treatment. Give copies to your family, your [GP](glossary:gp) and your [care team](glossary:care-team).</source>
        <translation>Edrychwch arno eto tua unwaith y flwyddyn, ac ar ôl argyfwng neu newid yn eich triniaeth. Rhowch gopïau i&apos;ch teulu, eich [meddyg teulu](glossary:gp) a&apos;ch [tîm gofal](glossary:care-team).</translation>
    </message>
    <message>
        <source>WrapDesk helps you put your wishes into words. It is not legal advice. For advice about your own situation, talk to a solicitor, Citizens Advice or a mental health [advocate](glossary:advocate).</source>
        <translation>Mae WrapDesk yn eich helpu i roi eich dymuniadau mewn geiriau. Nid cyngor cyfreithiol yw hyn. I gael cyngor am eich sefyllfa chi, siaradwch â chyfreithiwr, Cyngor ar Bopeth neu [eiriolwr](glossary:advocate) iechyd meddwl.</translation>
    </message>
    <message>
        <source>Advance decision to refuse treatment</source>
        <translation>Penderfyniad ymlaen llaw i wrthod triniaeth</translation>
    </message>
    <message>
        <source>Refusals (ADRT)</source>
        <comment>short</comment>
        <translation>Gwrthod triniaeth (ADRT)</translation>
    </message>
    <message>
        <source>Treatments you refuse now, in case you can&apos;t make that choice later. For England and Wales.</source>
        <translation>Triniaethau rydych chi&apos;n eu gwrthod nawr, rhag ofn na allwch chi wneud y dewis hwnnw&apos;n nes ymlaen. Ar gyfer Cymru a Lloegr.</translation>
    </message>
    <message>
        <source>Is there a treatment you are sure you would refuse?</source>
        <translation>Oes triniaeth rydych chi&apos;n siŵr y byddech chi&apos;n ei gwrthod?</translation>
    </message>
    <message>
        <source>When should each refusal apply?</source>
        <translation>Pryd dylai pob gwrthodiad fod yn berthnasol?</translation>
    </message>
    <message>
        <source>Does a refusal cover [treatment that keeps you alive](glossary:life-sustaining-treatment)?</source>
        <translation>Ydy gwrthodiad yn cwmpasu [triniaeth sy&apos;n eich cadw&apos;n fyw](glossary:life-sustaining-treatment)?</translation>
    </message>
    <message>
        <source>Who has a copy? Does your GP know about it?</source>
        <translation>Pwy sydd â chopi? Ydy eich meddyg teulu&apos;n gwybod amdano?</translation>
    </message>
    <message>
        <source>I refuse haloperidol in any form: it gave me painful spasms</source>
        <translation>Rydw i&apos;n gwrthod haloperidol ar unrhyw ffurf: rhoddodd sbasmau poenus i mi</translation>
    </message>
    <message>
        <source>I refuse electroconvulsive therapy (ECT) in any situation</source>
        <translation>Rydw i&apos;n gwrthod therapi electrogynhyrfol (ECT) mewn unrhyw sefyllfa</translation>
    </message>
    <message>
        <source>An [advance decision](glossary:adrt) lets you refuse a treatment now, in case you can&apos;t make or share that choice later. It can only say no to treatment. It can&apos;t ask for it.</source>
        <translation>Mae [penderfyniad ymlaen llaw](glossary:adrt) yn gadael i chi wrthod triniaeth nawr, rhag ofn na allwch chi wneud na rhannu&apos;r dewis hwnnw&apos;n nes ymlaen. Dim ond dweud na i driniaeth y gall ei wneud. Ni all ofyn amdani.</translation>
    </message>
    <message>
        <source>You need to be 18 or over and have [capacity](glossary:capacity) when you make it. Name each treatment you refuse, and the situations when the refusal applies.</source>
        <translation>Mae angen i chi fod yn 18 oed neu&apos;n hŷn, a bod â [galluedd](glossary:capacity) pan fyddwch chi&apos;n ei wneud. Enwch bob triniaeth rydych chi&apos;n ei gwrthod, a&apos;r sefyllfaoedd pan fydd y gwrthodiad yn berthnasol.</translation>
    </message>
    <message>
        <source>To refuse [life-sustaining treatment](glossary:life-sustaining-treatment), it must be in writing and signed by you, or by someone else for you while you are there. You sign in front of a [witness](glossary:witness), who signs too. It must also say that it applies “even if my life is at risk”.</source>
        <translation>I wrthod [triniaeth cynnal bywyd](glossary:life-sustaining-treatment), rhaid iddo fod yn ysgrifenedig ac wedi&apos;i lofnodi gennych chi, neu gan rywun arall ar eich rhan tra byddwch chi yno. Rydych chi&apos;n llofnodi o flaen [tyst](glossary:witness), sy&apos;n llofnodi hefyd. Rhaid iddo hefyd ddweud ei fod yn berthnasol “hyd yn oed os yw fy mywyd mewn perygl”.</translation>
    </message>
    <message>
        <source>It stops counting if you withdraw it, or if you act in a way that clearly goes against it. A [lasting power of attorney](glossary:lasting-power-of-attorney) you make later, covering the same treatment, also replaces it.</source>
        <translation>Mae&apos;n peidio â chyfrif os byddwch chi&apos;n ei dynnu&apos;n ôl, neu os byddwch chi&apos;n ymddwyn mewn ffordd sy&apos;n amlwg yn mynd yn ei erbyn. Mae [atwrneiaeth arhosol](glossary:lasting-power-of-attorney) rydych chi&apos;n ei gwneud yn nes ymlaen, sy&apos;n cwmpasu&apos;r un driniaeth, hefyd yn cymryd ei le.</translation>
    </message>
    <message>
        <source>It only applies to the treatment and the situations you describe. Doctors may still treat a [mental disorder](glossary:mental-disorder) under the [Mental Health Act 1983](glossary:mental-health-act).</source>
        <translation>Dim ond i&apos;r driniaeth a&apos;r sefyllfaoedd rydych chi&apos;n eu disgrifio y mae&apos;n berthnasol. Gall meddygon ddal i drin [anhwylder meddyliol](glossary:mental-disorder) o dan [Ddeddf Iechyd Meddwl 1983](glossary:mental-health-act).</translation>
    </message>
    <message>
        <source>Put in your name, address, date of birth and GP, and say where copies are kept.</source>
        <translation>Rhowch eich enw, eich cyfeiriad, eich dyddiad geni a&apos;ch meddyg teulu, a dywedwch ble mae copïau&apos;n cael eu cadw.</translation>
    </message>
    <message>
        <source>WrapDesk helps you write it down. It is not legal advice. For advice about your own situation, talk to a solicitor or a mental health [advocate](glossary:advocate).</source>
        <translation>Mae WrapDesk yn eich helpu i&apos;w ysgrifennu. Nid cyngor cyfreithiol yw hyn. I gael cyngor am eich sefyllfa chi, siaradwch â chyfreithiwr neu [eiriolwr](glossary:advocate) iechyd meddwl.</translation>
    </message>
    <message>
        <source>Advance statement (Scotland)</source>
        <translation>Datganiad ymlaen llaw (yr Alban)</translation>
    </message>
    <message>
        <source>Scottish statement</source>
        <comment>short</comment>
        <translation>Datganiad yr Alban</translation>
    </message>
    <message>
        <source>For people in Scotland: how you wish, or don&apos;t wish, to be treated if your mental health makes it very hard to decide.</source>
        <translation>Ar gyfer pobl yn yr Alban: sut rydych chi&apos;n dymuno, neu ddim yn dymuno, cael eich trin os yw eich iechyd meddwl yn ei gwneud yn anodd iawn i chi benderfynu.</translation>
    </message>
    <message>
        <source>How would you like to be treated if you become very unwell?</source>
        <translation>Sut hoffech chi gael eich trin os byddwch chi&apos;n mynd yn sâl iawn?</translation>
    </message>
    <message>
        <source>Which treatments do you not want?</source>
        <translation>Pa driniaethau nad ydych chi eu heisiau?</translation>
    </message>
    <message>
        <source>What has helped you in the past, and why?</source>
        <translation>Beth sydd wedi eich helpu yn y gorffennol, a pham?</translation>
    </message>
    <message>
        <source>Who could be your [witness](glossary:witness), such as your GP or nurse?</source>
        <translation>Pwy allai fod yn [dyst](glossary:witness) i chi, fel eich meddyg teulu neu nyrs?</translation>
    </message>
    <message>
        <source>I&apos;d like to be treated at home if it is safe</source>
        <translation>Hoffwn i gael fy nhrin gartref os yw&apos;n ddiogel</translation>
    </message>
    <message>
        <source>I do not want lorazepam: it makes me feel out of control</source>
        <translation>Dydw i ddim eisiau lorazepam: mae&apos;n gwneud i mi deimlo allan o reolaeth</translation>
    </message>
    <message>
        <source>Talking therapy helped me most last time</source>
        <translation>Therapi siarad wnaeth fy helpu fwyaf y tro diwethaf</translation>
    </message>
    <message>
        <source>How I wish to be treated</source>
        <translation>Sut rydw i&apos;n dymuno cael fy nhrin</translation>
    </message>
    <message>
        <source>Add a wish</source>
        <translation>Ychwanegu dymuniad</translation>
    </message>
    <message>
        <source>How I do not wish to be treated</source>
        <translation>Sut nad ydw i&apos;n dymuno cael fy nhrin</translation>
    </message>
    <message>
        <source>Add something I don&apos;t want</source>
        <translation>Ychwanegu rhywbeth nad ydw i ei eisiau</translation>
    </message>
    <message>
        <source>My reasons</source>
        <translation>Fy rhesymau</translation>
    </message>
    <message>
        <source>Add a reason</source>
        <translation>Ychwanegu rheswm</translation>
    </message>
    <message>
        <source>Reasons help people understand your wishes. They are up to you.</source>
        <translation>Mae rhesymau&apos;n helpu pobl i ddeall eich dymuniadau. Chi sy&apos;n penderfynu a ydych chi am eu rhoi.</translation>
    </message>
    <message>
        <source>In Scotland, an [advance statement](glossary:scottish-advance-statement) says how you wish, or don&apos;t wish, to be treated for a [mental disorder](glossary:mental-disorder) if your ability to make decisions becomes significantly impaired. It comes from sections 275 and 276 of the [Mental Health (Care and Treatment) (Scotland) Act 2003](glossary:scottish-mental-health-act).</source>
        <translation>Yn yr Alban, mae [datganiad ymlaen llaw](glossary:scottish-advance-statement) yn dweud sut rydych chi&apos;n dymuno, neu ddim yn dymuno, cael eich trin ar gyfer [anhwylder meddyliol](glossary:mental-disorder) os bydd eich gallu i wneud penderfyniadau&apos;n cael ei amharu&apos;n sylweddol. Daw o adrannau 275 a 276 o [Ddeddf Iechyd Meddwl (Gofal a Thriniaeth) (Yr Alban) 2003](glossary:scottish-mental-health-act).</translation>
    </message>
    <message>
        <source>It only counts if it is in writing and signed by you. A [witness](glossary:witness) from a set list of jobs must also sign it: for example a doctor, nurse, social worker, psychologist, solicitor or occupational therapist.</source>
        <translation>Dim ond os yw&apos;n ysgrifenedig ac wedi&apos;i lofnodi gennych chi y mae&apos;n cyfrif. Rhaid i [dyst](glossary:witness) o restr benodol o swyddi ei lofnodi hefyd: er enghraifft meddyg, nyrs, gweithiwr cymdeithasol, seicolegydd, cyfreithiwr neu therapydd galwedigaethol.</translation>
    </message>
    <message>
        <source>Your witness writes that, when you made it, you had the [capacity](glossary:capacity) to mean the wishes in it. To withdraw it, you follow the same steps.</source>
        <translation>Mae eich tyst yn ysgrifennu bod gennych chi, pan wnaethoch chi ef, y [galluedd](glossary:capacity) i fwriadu&apos;r dymuniadau sydd ynddo. I&apos;w dynnu&apos;n ôl, rydych chi&apos;n dilyn yr un camau.</translation>
    </message>
    <message>
        <source>Once your [Health Board](glossary:health-board) has a copy, it puts it in your medical record and tells the [Mental Welfare Commission](glossary:mental-welfare-commission), which keeps a register. You don&apos;t need to register it yourself.</source>
        <translation>Unwaith y bydd gan eich [Bwrdd Iechyd](glossary:health-board) gopi, mae&apos;n ei roi yn eich cofnod meddygol ac yn rhoi gwybod i&apos;r [Comisiwn Lles Meddyliol](glossary:mental-welfare-commission), sy&apos;n cadw cofrestr. Nid oes angen i chi ei gofrestru eich hun.</translation>
    </message>
    <message>
        <source>A [tribunal](glossary:tribunal) or doctor who goes against it must write down why. They must also tell you, your [named person](glossary:named-person) and the Commission.</source>
        <translation>Rhaid i [dribiwnlys](glossary:tribunal) neu feddyg sy&apos;n mynd yn ei erbyn ysgrifennu pam. Rhaid iddyn nhw hefyd ddweud wrthych chi, wrth eich [person a enwir](glossary:named-person) ac wrth y Comisiwn.</translation>
    </message>
    <message>
        <source>The Commission suggests you look at it again every 6 to 12 months.</source>
        <translation>Mae&apos;r Comisiwn yn awgrymu eich bod yn edrych arno eto bob 6 i 12 mis.</translation>
    </message>
    <message>
        <source>WrapDesk helps you write your wishes down. It is not legal advice. For advice about your own situation, talk to a solicitor or a mental health [advocate](glossary:advocate).</source>
        <translation>Mae WrapDesk yn eich helpu i ysgrifennu eich dymuniadau. Nid cyngor cyfreithiol yw hyn. I gael cyngor am eich sefyllfa chi, siaradwch â chyfreithiwr neu [eiriolwr](glossary:advocate) iechyd meddwl.</translation>
    </message>
    <message>
        <source>What I&apos;m like when I&apos;m well</source>
        <translation>Sut rydw i pan fydda i&apos;n iach</translation>
    </message>
    <message>
        <source>When I&apos;m well</source>
        <comment>short</comment>
        <translation>Pan fydda i&apos;n iach</translation>
    </message>
    <message>
        <source>A picture of you at your best, so the people who help you can tell when you&apos;re not yourself.</source>
        <translation>Darlun ohonoch chi ar eich gorau, fel bod y bobl sy&apos;n eich helpu yn gallu gweld pan nad ydych chi&apos;n chi eich hun.</translation>
    </message>
    <message>
        <source>What are you like on a good day?</source>
        <translation>Sut ydych chi ar ddiwrnod da?</translation>
    </message>
    <message>
        <source>How do you talk, dress and spend your time?</source>
        <translation>Sut ydych chi&apos;n siarad, yn gwisgo ac yn treulio eich amser?</translation>
    </message>
    <message>
        <source>What would someone who knows you well say about you?</source>
        <translation>Beth fyddai rhywun sy&apos;n eich adnabod yn dda yn ei ddweud amdanoch chi?</translation>
    </message>
    <message>
        <source>I&apos;m quiet but friendly, and I like a joke</source>
        <translation>Rydw i&apos;n dawel ond yn gyfeillgar, ac rydw i&apos;n hoffi jôc</translation>
    </message>
    <message>
        <source>I keep my flat tidy and I&apos;m up by eight</source>
        <translation>Rydw i&apos;n cadw fy fflat yn daclus ac rydw i wedi codi erbyn wyth</translation>
    </message>
    <message>
        <source>How people can tell I&apos;m well</source>
        <translation>Sut gall pobl weld fy mod i&apos;n iach</translation>
    </message>
    <message>
        <source>Add something people notice</source>
        <translation>Ychwanegu rhywbeth mae pobl yn sylwi arno</translation>
    </message>
    <message>
        <source>Signs that others need to take over</source>
        <translation>Arwyddion i eraill gymryd drosodd</translation>
    </message>
    <message>
        <source>When others take over</source>
        <comment>short</comment>
        <translation>Eraill yn cymryd drosodd</translation>
    </message>
    <message>
        <source>The signs that tell your [supporters](glossary:supporter) it&apos;s time for them to act for you.</source>
        <translation>Yr arwyddion sy&apos;n dweud wrth eich [cefnogwyr](glossary:supporter) ei bod hi&apos;n amser iddyn nhw weithredu ar eich rhan.</translation>
    </message>
    <message>
        <source>What do people see when you can&apos;t look after yourself?</source>
        <translation>Beth mae pobl yn ei weld pan na allwch chi ofalu amdanoch chi eich hun?</translation>
    </message>
    <message>
        <source>What might you do or say that is not like you at all?</source>
        <translation>Beth allech chi ei wneud neu ei ddweud sydd ddim yn debyg i chi o gwbl?</translation>
    </message>
    <message>
        <source>Which signs mean people should step in right away?</source>
        <translation>Pa arwyddion sy&apos;n golygu y dylai pobl gamu i mewn ar unwaith?</translation>
    </message>
    <message>
        <source>I stop eating and drinking for more than a day</source>
        <translation>Rydw i&apos;n stopio bwyta ac yfed am fwy na diwrnod</translation>
    </message>
    <message>
        <source>I stay in my room and don&apos;t answer the door</source>
        <translation>Rydw i&apos;n aros yn fy ystafell a dydw i ddim yn ateb y drws</translation>
    </message>
    <message>
        <source>I don&apos;t know what day it is</source>
        <translation>Dydw i ddim yn gwybod pa ddiwrnod yw hi</translation>
    </message>
    <message>
        <source>When you see these, please step in</source>
        <translation>Pan welwch chi&apos;r rhain, camwch i mewn, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>Add a sign to watch for</source>
        <translation>Ychwanegu arwydd i gadw llygad amdano</translation>
    </message>
    <message>
        <source>My supporters</source>
        <translation>Fy nghefnogwyr</translation>
    </message>
    <message>
        <source>Supporters</source>
        <comment>short</comment>
        <translation>Cefnogwyr</translation>
    </message>
    <message>
        <source>Who you want to help in a [crisis](glossary:crisis), how to reach them, and anyone you don&apos;t want involved.</source>
        <translation>Pwy rydych chi eisiau iddyn nhw helpu mewn [argyfwng](glossary:crisis), sut i gysylltu â nhw, ac unrhyw un nad ydych chi eisiau ei gynnwys.</translation>
    </message>
    <message>
        <source>Who do you trust to help if you can&apos;t act for yourself?</source>
        <translation>Pwy ydych chi&apos;n ymddiried ynddyn nhw i helpu os na allwch chi weithredu drosoch chi eich hun?</translation>
    </message>
    <message>
        <source>What would you like each person to do?</source>
        <translation>Beth hoffech chi i bob person ei wneud?</translation>
    </message>
    <message>
        <source>Is there anyone you don&apos;t want involved? You don&apos;t need to say why.</source>
        <translation>Oes unrhyw un nad ydych chi eisiau ei gynnwys? Does dim rhaid i chi ddweud pam.</translation>
    </message>
    <message>
        <source>If your supporters disagree, how should they settle it?</source>
        <translation>Os yw eich cefnogwyr yn anghytuno, sut dylen nhw ddatrys hynny?</translation>
    </message>
    <message>
        <source>My sister Jo: call her first, day or night</source>
        <translation>Fy chwaer Jo: ffoniwch hi gyntaf, ddydd neu nos</translation>
    </message>
    <message>
        <source>My friend Sam can look after the cat</source>
        <translation>Gall fy ffrind Sam ofalu am y gath</translation>
    </message>
    <message>
        <source>If they can&apos;t agree, Jo has the final say</source>
        <translation>Os na allan nhw gytuno, Jo sy&apos;n cael y gair olaf</translation>
    </message>
    <message>
        <source>If my supporters disagree</source>
        <translation>Os yw fy nghefnogwyr yn anghytuno</translation>
    </message>
    <message>
        <source>Add how to settle a disagreement</source>
        <translation>Ychwanegu sut i ddatrys anghytundeb</translation>
    </message>
    <message>
        <source>Medicines</source>
        <translation>Meddyginiaethau</translation>
    </message>
    <message>
        <source>Medicines</source>
        <comment>short</comment>
        <translation>Meddyginiaethau</translation>
    </message>
    <message>
        <source>The medicines you take now, ones you would accept, ones to avoid, and any allergies.</source>
        <translation>Y meddyginiaethau rydych chi&apos;n eu cymryd nawr, rhai y byddech chi&apos;n eu derbyn, rhai i&apos;w hosgoi, ac unrhyw alergeddau.</translation>
    </message>
    <message>
        <source>Which medicines do you take now, and how much?</source>
        <translation>Pa feddyginiaethau ydych chi&apos;n eu cymryd nawr, a faint?</translation>
    </message>
    <message>
        <source>Which would you accept if a change is needed?</source>
        <translation>Pa rai fyddech chi&apos;n eu derbyn os oes angen newid?</translation>
    </message>
    <message>
        <source>Has a medicine not suited you? What happened?</source>
        <translation>Oes meddyginiaeth nad oedd yn addas i chi? Beth ddigwyddodd?</translation>
    </message>
    <message>
        <source>Are you allergic to anything?</source>
        <translation>Oes gennych chi alergedd i unrhyw beth?</translation>
    </message>
    <message>
        <source>Sertraline, 100 mg each morning</source>
        <translation>Sertraline, 100 mg bob bore</translation>
    </message>
    <message>
        <source>Please avoid olanzapine: it made me gain a lot of weight</source>
        <translation>Osgowch olanzapine, os gwelwch yn dda: gwnaeth i mi fagu llawer o bwysau</translation>
    </message>
    <message>
        <source>I&apos;m allergic to penicillin</source>
        <translation>Mae gen i alergedd i benisilin</translation>
    </message>
    <message>
        <source>Treatments</source>
        <translation>Triniaethau</translation>
    </message>
    <message>
        <source>Treatments</source>
        <comment>short</comment>
        <translation>Triniaethau</translation>
    </message>
    <message>
        <source>Treatments you would want if you become unwell, and ones you want to avoid.</source>
        <translation>Triniaethau y byddech chi eu heisiau os byddwch chi&apos;n mynd yn sâl, a rhai rydych chi eisiau eu hosgoi.</translation>
    </message>
    <message>
        <source>Which treatments have helped you before?</source>
        <translation>Pa driniaethau sydd wedi eich helpu o&apos;r blaen?</translation>
    </message>
    <message>
        <source>Is there one you would like to try?</source>
        <translation>Oes un yr hoffech chi roi cynnig arni?</translation>
    </message>
    <message>
        <source>Are there any you want to avoid? What makes you say so?</source>
        <translation>Oes unrhyw rai rydych chi eisiau eu hosgoi? Pam rydych chi&apos;n dweud hynny?</translation>
    </message>
    <message>
        <source>Talking with someone I know helps more than extra tablets</source>
        <translation>Mae siarad â rhywun rydw i&apos;n ei adnabod yn helpu mwy na thabledi ychwanegol</translation>
    </message>
    <message>
        <source>I&apos;d rather not have injections if tablets will do</source>
        <translation>Byddai&apos;n well gen i beidio â chael pigiadau os bydd tabledi&apos;n gwneud y tro</translation>
    </message>
    <message>
        <source>Care at home or respite</source>
        <translation>Gofal gartref neu seibiant</translation>
    </message>
    <message>
        <source>Care at home</source>
        <comment>short</comment>
        <translation>Gofal gartref</translation>
    </message>
    <message>
        <source>Ways to get care at home, in your community or through [respite](glossary:respite), instead of going into hospital.</source>
        <translation>Ffyrdd o gael gofal gartref, yn eich cymuned neu drwy [seibiant](glossary:respite), yn lle mynd i&apos;r ysbyty.</translation>
    </message>
    <message>
        <source>What would help you stay at home through a crisis?</source>
        <translation>Beth fyddai&apos;n eich helpu i aros gartref drwy argyfwng?</translation>
    </message>
    <message>
        <source>Who could stay with you, or visit each day?</source>
        <translation>Pwy allai aros gyda chi, neu ymweld bob dydd?</translation>
    </message>
    <message>
        <source>Is there a crisis house or a place to rest you would use?</source>
        <translation>Oes tŷ argyfwng neu le i orffwys y byddech chi&apos;n ei ddefnyddio?</translation>
    </message>
    <message>
        <source>What needs to be in place for this to work?</source>
        <translation>Beth sydd angen bod yn ei le er mwyn i hyn weithio?</translation>
    </message>
    <message>
        <source>Mum stays with me and the crisis team visits each day</source>
        <translation>Mae Mam yn aros gyda mi ac mae&apos;r tîm argyfwng yn ymweld bob dydd</translation>
    </message>
    <message>
        <source>A short stay at the crisis house in town</source>
        <translation>Arhosiad byr yn y tŷ argyfwng yn y dref</translation>
    </message>
    <message>
        <source>Care I&apos;d like instead of hospital</source>
        <translation>Gofal hoffwn i ei gael yn lle&apos;r ysbyty</translation>
    </message>
    <message>
        <source>Add a kind of care</source>
        <translation>Ychwanegu math o ofal</translation>
    </message>
    <message>
        <source>Treatment places</source>
        <translation>Mannau triniaeth</translation>
    </message>
    <message>
        <source>Treatment places</source>
        <comment>short</comment>
        <translation>Mannau triniaeth</translation>
    </message>
    <message>
        <source>Where you would like to be treated if you can&apos;t stay at home, and places to avoid.</source>
        <translation>Ble hoffech chi gael eich trin os na allwch chi aros gartref, a mannau i&apos;w hosgoi.</translation>
    </message>
    <message>
        <source>If you need a hospital, where would you like to go?</source>
        <translation>Os oes angen ysbyty arnoch chi, ble hoffech chi fynd?</translation>
    </message>
    <message>
        <source>Is there a place you want to avoid? Why?</source>
        <translation>Oes lle rydych chi eisiau ei osgoi? Pam?</translation>
    </message>
    <message>
        <source>What makes a place feel safe to you?</source>
        <translation>Beth sy&apos;n gwneud i le deimlo&apos;n ddiogel i chi?</translation>
    </message>
    <message>
        <source>Ward 3 at St Mary&apos;s, where the staff know me</source>
        <translation>Ward 3 yn St Mary&apos;s, lle mae&apos;r staff yn fy adnabod</translation>
    </message>
    <message>
        <source>Not Hill View: it&apos;s too far for my family to visit</source>
        <translation>Nid Hill View: mae&apos;n rhy bell i fy nheulu ymweld</translation>
    </message>
    <message>
        <source>What helps and what doesn&apos;t</source>
        <translation>Beth sy&apos;n helpu a beth sydd ddim</translation>
    </message>
    <message>
        <source>What helps</source>
        <comment>short</comment>
        <translation>Beth sy&apos;n helpu</translation>
    </message>
    <message>
        <source>What people can do that helps, what makes things harder, and jobs you&apos;d like named people to take on.</source>
        <translation>Beth gall pobl ei wneud sy&apos;n helpu, beth sy&apos;n gwneud pethau&apos;n anoddach, a thasgau yr hoffech chi i bobl benodol eu gwneud.</translation>
    </message>
    <message>
        <source>What helps you feel safe when you&apos;re unwell?</source>
        <translation>Beth sy&apos;n eich helpu i deimlo&apos;n ddiogel pan fyddwch chi&apos;n sâl?</translation>
    </message>
    <message>
        <source>What do people do that makes things harder?</source>
        <translation>Beth mae pobl yn ei wneud sy&apos;n gwneud pethau&apos;n anoddach?</translation>
    </message>
    <message>
        <source>Who can look after your pets, children, bills or work?</source>
        <translation>Pwy all ofalu am eich anifeiliaid anwes, eich plant, eich biliau neu eich gwaith?</translation>
    </message>
    <message>
        <source>What would put your mind at rest while you get better?</source>
        <translation>Beth fyddai&apos;n tawelu eich meddwl tra byddwch chi&apos;n gwella?</translation>
    </message>
    <message>
        <source>Speak slowly and tell me what&apos;s going on</source>
        <translation>Siaradwch yn araf a dywedwch wrtha i beth sy&apos;n digwydd</translation>
    </message>
    <message>
        <source>Please don&apos;t crowd me or raise your voice</source>
        <translation>Rhowch le i mi a pheidiwch â chodi eich llais, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>Jo feeds the cat and lets my boss know I&apos;m off sick</source>
        <translation>Mae Jo yn bwydo&apos;r gath ac yn dweud wrth fy rheolwr fy mod i i ffwrdd yn sâl</translation>
    </message>
    <message>
        <source>What helps me</source>
        <translation>Beth sy&apos;n fy helpu</translation>
    </message>
    <message>
        <source>Add something that helps</source>
        <translation>Ychwanegu rhywbeth sy&apos;n helpu</translation>
    </message>
    <message>
        <source>What doesn&apos;t help</source>
        <translation>Beth sydd ddim yn helpu</translation>
    </message>
    <message>
        <source>Add something that doesn&apos;t help</source>
        <translation>Ychwanegu rhywbeth sydd ddim yn helpu</translation>
    </message>
    <message>
        <source>Jobs for people I trust</source>
        <translation>Tasgau i bobl rydw i&apos;n ymddiried ynddyn nhw</translation>
    </message>
    <message>
        <source>Add a job</source>
        <translation>Ychwanegu tasg</translation>
    </message>
    <message>
        <source>Say who does each job: pets, children, bills, work or anything else.</source>
        <translation>Dywedwch pwy sy&apos;n gwneud pob tasg: anifeiliaid anwes, plant, biliau, gwaith neu unrhyw beth arall.</translation>
    </message>
    <message>
        <source>When this plan is no longer needed</source>
        <translation>Pan nad oes angen y cynllun mwyach</translation>
    </message>
    <message>
        <source>Plan no longer needed</source>
        <comment>short</comment>
        <translation>Dim angen y cynllun</translation>
    </message>
    <message>
        <source>The signs that tell your supporters they can step back and hand things back to you.</source>
        <translation>Yr arwyddion sy&apos;n dweud wrth eich cefnogwyr y gallan nhw gamu&apos;n ôl a rhoi pethau&apos;n ôl yn eich dwylo chi.</translation>
    </message>
    <message>
        <source>What shows you can make your own choices again?</source>
        <translation>Beth sy&apos;n dangos y gallwch chi wneud eich dewisiadau eich hun eto?</translation>
    </message>
    <message>
        <source>What are the first signs that you are getting better?</source>
        <translation>Beth yw&apos;r arwyddion cyntaf eich bod chi&apos;n gwella?</translation>
    </message>
    <message>
        <source>How would you like people to step back?</source>
        <translation>Sut hoffech chi i bobl gamu&apos;n ôl?</translation>
    </message>
    <message>
        <source>I sleep through the night three nights in a row</source>
        <translation>Rydw i&apos;n cysgu drwy&apos;r nos dair noson yn olynol</translation>
    </message>
    <message>
        <source>I can plan my own day and stick to it</source>
        <translation>Galla i gynllunio fy niwrnod fy hun a chadw ato</translation>
    </message>
    <message>
        <source>Signs my supporters can step back</source>
        <translation>Arwyddion y gall fy nghefnogwyr gamu&apos;n ôl</translation>
    </message>
    <message>
        <source>Add a sign I&apos;m ready</source>
        <translation>Ychwanegu arwydd fy mod i&apos;n barod</translation>
    </message>
    <message>
        <source>Things I must do</source>
        <translation>Pethau mae&apos;n rhaid i mi eu gwneud</translation>
    </message>
    <message>
        <source>Add something I must do</source>
        <translation>Ychwanegu rhywbeth mae&apos;n rhaid i mi ei wneud</translation>
    </message>
    <message>
        <source>The steps you take every time, because they work for you.</source>
        <translation>Y camau rydych chi&apos;n eu cymryd bob tro, oherwydd maen nhw&apos;n gweithio i chi.</translation>
    </message>
    <message>
        <source>Things I might do</source>
        <translation>Pethau y gallwn i eu gwneud</translation>
    </message>
    <message>
        <source>Add something I might do</source>
        <translation>Ychwanegu rhywbeth y gallwn i ei wneud</translation>
    </message>
    <message>
        <source>Other ideas to try, if they fit the moment.</source>
        <translation>Syniadau eraill i roi cynnig arnyn nhw, os ydyn nhw&apos;n addas ar y pryd.</translation>
    </message>
    <message>
        <source>Wellness toolbox</source>
        <translation>Blwch offer lles</translation>
    </message>
    <message>
        <source>Wellness toolbox</source>
        <comment>short</comment>
        <translation>Blwch offer lles</translation>
    </message>
    <message>
        <source>Your [wellness toolbox](glossary:wellness-toolbox): the things that help you stay well, and help you feel better when times are hard.</source>
        <translation>Eich [blwch offer lles](glossary:wellness-toolbox): y pethau sy&apos;n eich helpu i aros yn iach, ac yn eich helpu i deimlo&apos;n well pan fydd pethau&apos;n anodd.</translation>
    </message>
    <message>
        <source>What helps you feel calm?</source>
        <translation>Beth sy&apos;n eich helpu i deimlo&apos;n dawel?</translation>
    </message>
    <message>
        <source>What do you do on a good day?</source>
        <translation>Beth ydych chi&apos;n ei wneud ar ddiwrnod da?</translation>
    </message>
    <message>
        <source>Who do you like to spend time with?</source>
        <translation>Gyda phwy rydych chi&apos;n hoffi treulio amser?</translation>
    </message>
    <message>
        <source>What small thing lifts your mood, even a little?</source>
        <translation>Pa beth bach sy&apos;n codi eich hwyliau, hyd yn oed ychydig?</translation>
    </message>
    <message>
        <source>What did you once enjoy that you might try again?</source>
        <translation>Beth oeddech chi&apos;n ei fwynhau ar un adeg y gallech chi roi cynnig arno eto?</translation>
    </message>
    <message>
        <source>Walk the dog by the river</source>
        <translation>Mynd â&apos;r ci am dro ar lan yr afon</translation>
    </message>
    <message>
        <source>Ring my sister for a chat</source>
        <translation>Ffonio fy chwaer am sgwrs</translation>
    </message>
    <message>
        <source>Put on my favourite album and make a cup of tea</source>
        <translation>Rhoi fy hoff albwm ymlaen a gwneud paned o de</translation>
    </message>
    <message>
        <source>Things that help me</source>
        <translation>Pethau sy&apos;n fy helpu</translation>
    </message>
    <message>
        <source>Add a tool</source>
        <translation>Ychwanegu offeryn</translation>
    </message>
    <message>
        <source>Anything that helps counts, big or small.</source>
        <translation>Mae unrhyw beth sy&apos;n helpu yn cyfrif, mawr neu fach.</translation>
    </message>
    <message>
        <source>Daily maintenance plan</source>
        <translation>Cynllun cynnal dyddiol</translation>
    </message>
    <message>
        <source>Daily plan</source>
        <comment>short</comment>
        <translation>Cynllun dyddiol</translation>
    </message>
    <message>
        <source>What you are like when you are well, and what you do each day to stay that way.</source>
        <translation>Sut rydych chi pan fyddwch chi&apos;n iach, a beth rydych chi&apos;n ei wneud bob dydd i aros felly.</translation>
    </message>
    <message>
        <source>How would a friend describe you on a good day?</source>
        <translation>Sut byddai ffrind yn eich disgrifio chi ar ddiwrnod da?</translation>
    </message>
    <message>
        <source>What do you need to do each day to feel okay?</source>
        <translation>Beth sydd angen i chi ei wneud bob dydd i deimlo&apos;n iawn?</translation>
    </message>
    <message>
        <source>What helps on some days, but not every day?</source>
        <translation>Beth sy&apos;n helpu ar rai dyddiau, ond nid bob dydd?</translation>
    </message>
    <message>
        <source>What would you like to work towards, one small step at a time?</source>
        <translation>Tuag at beth hoffech chi weithio, un cam bach ar y tro?</translation>
    </message>
    <message>
        <source>I&apos;m chatty and I laugh a lot</source>
        <translation>Rydw i&apos;n siaradus ac rydw i&apos;n chwerthin llawer</translation>
    </message>
    <message>
        <source>Eat breakfast and take my tablets by nine</source>
        <translation>Bwyta brecwast a chymryd fy nhabledi erbyn naw</translation>
    </message>
    <message>
        <source>Spend an hour at the allotment when I can</source>
        <translation>Treulio awr ar y rhandir pan fydda i&apos;n gallu</translation>
    </message>
    <message>
        <source>How I am when I&apos;m well</source>
        <translation>Sut rydw i pan fydda i&apos;n iach</translation>
    </message>
    <message>
        <source>Add something about me when I&apos;m well</source>
        <translation>Ychwanegu rhywbeth amdana i pan fydda i&apos;n iach</translation>
    </message>
    <message>
        <source>Things I do every day</source>
        <translation>Pethau rydw i&apos;n eu gwneud bob dydd</translation>
    </message>
    <message>
        <source>Add something I do every day</source>
        <translation>Ychwanegu rhywbeth rydw i&apos;n ei wneud bob dydd</translation>
    </message>
    <message>
        <source>Things I might do some days</source>
        <translation>Pethau y gallwn i eu gwneud ar rai dyddiau</translation>
    </message>
    <message>
        <source>Add something for some days</source>
        <translation>Ychwanegu rhywbeth ar gyfer rhai dyddiau</translation>
    </message>
    <message>
        <source>Things that help now and then, when you need them.</source>
        <translation>Pethau sy&apos;n helpu weithiau, pan fydd eu hangen arnoch chi.</translation>
    </message>
    <message>
        <source>Goals, in small steps</source>
        <translation>Nodau, mewn camau bach</translation>
    </message>
    <message>
        <source>Add a goal or a step</source>
        <translation>Ychwanegu nod neu gam</translation>
    </message>
    <message>
        <source>Bigger hopes, broken into steps you can take.</source>
        <translation>Gobeithion mwy, wedi&apos;u rhannu&apos;n gamau y gallwch chi eu cymryd.</translation>
    </message>
    <message>
        <source>Triggers</source>
        <translation>Sbardunau</translation>
    </message>
    <message>
        <source>Triggers</source>
        <comment>short</comment>
        <translation>Sbardunau</translation>
    </message>
    <message>
        <source>Things around you that can upset you, called [triggers](glossary:trigger), and what you do when they happen.</source>
        <translation>Pethau o&apos;ch cwmpas a all eich ypsetio, sef [sbardunau](glossary:trigger), a beth rydych chi&apos;n ei wneud pan fyddan nhw&apos;n digwydd.</translation>
    </message>
    <message>
        <source>What kinds of events tend to upset you?</source>
        <translation>Pa fathau o ddigwyddiadau sy&apos;n tueddu i&apos;ch ypsetio?</translation>
    </message>
    <message>
        <source>Are there times of year, places or dates that are hard?</source>
        <translation>Oes adegau o&apos;r flwyddyn, lleoedd neu ddyddiadau sy&apos;n anodd?</translation>
    </message>
    <message>
        <source>What do you do when one of these happens?</source>
        <translation>Beth ydych chi&apos;n ei wneud pan fydd un o&apos;r rhain yn digwydd?</translation>
    </message>
    <message>
        <source>What else could you try, if you have the time?</source>
        <translation>Beth arall allech chi roi cynnig arno, os oes gennych chi amser?</translation>
    </message>
    <message>
        <source>A row with my dad</source>
        <translation>Ffrae gyda fy nhad</translation>
    </message>
    <message>
        <source>Brown envelopes about money</source>
        <translation>Amlenni brown am arian</translation>
    </message>
    <message>
        <source>Go for a walk, then talk it over with Sam</source>
        <translation>Mynd am dro, yna siarad am y peth gyda Sam</translation>
    </message>
    <message>
        <source>My triggers</source>
        <translation>Fy sbardunau</translation>
    </message>
    <message>
        <source>Add a trigger</source>
        <translation>Ychwanegu sbardun</translation>
    </message>
    <message>
        <source>Early warning signs</source>
        <translation>Arwyddion rhybudd cynnar</translation>
    </message>
    <message>
        <source>Early warning signs</source>
        <comment>short</comment>
        <translation>Arwyddion rhybudd cynnar</translation>
    </message>
    <message>
        <source>Small changes inside you that tell you things may be slipping, and your [action plan](glossary:action-plan) for them.</source>
        <translation>Newidiadau bach y tu mewn i chi sy&apos;n dweud wrthych chi y gallai pethau fod yn llithro, a&apos;ch [cynllun gweithredu](glossary:action-plan) ar eu cyfer.</translation>
    </message>
    <message>
        <source>What is the first thing you notice when you start to slip?</source>
        <translation>Beth yw&apos;r peth cyntaf rydych chi&apos;n sylwi arno pan fyddwch chi&apos;n dechrau llithro?</translation>
    </message>
    <message>
        <source>What changes in your sleep, food or mood?</source>
        <translation>Beth sy&apos;n newid yn eich cwsg, eich bwyd neu eich hwyliau?</translation>
    </message>
    <message>
        <source>What do people close to you notice first?</source>
        <translation>Beth mae pobl sy&apos;n agos atoch chi&apos;n sylwi arno gyntaf?</translation>
    </message>
    <message>
        <source>What helps you get back on track?</source>
        <translation>Beth sy&apos;n eich helpu i ddod yn ôl ar y trywydd iawn?</translation>
    </message>
    <message>
        <source>Sleeping less than five hours</source>
        <translation>Cysgu llai na phum awr</translation>
    </message>
    <message>
        <source>Not answering my messages</source>
        <translation>Peidio ag ateb fy negeseuon</translation>
    </message>
    <message>
        <source>Tell my sister and book a GP visit</source>
        <translation>Dweud wrth fy chwaer a threfnu apwyntiad gyda&apos;r meddyg teulu</translation>
    </message>
    <message>
        <source>My early warning signs</source>
        <translation>Fy arwyddion rhybudd cynnar</translation>
    </message>
    <message>
        <source>Add a sign</source>
        <translation>Ychwanegu arwydd</translation>
    </message>
    <message>
        <source>When things are breaking down</source>
        <translation>Pan fydd pethau&apos;n chwalu</translation>
    </message>
    <message>
        <source>Breaking down</source>
        <comment>short</comment>
        <translation>Pethau&apos;n chwalu</translation>
    </message>
    <message>
        <source>Signs that things are getting much worse, and the extra help you ask for then.</source>
        <translation>Arwyddion bod pethau&apos;n gwaethygu&apos;n fawr, a&apos;r help ychwanegol rydych chi&apos;n gofyn amdano bryd hynny.</translation>
    </message>
    <message>
        <source>How do you know when things are getting much worse?</source>
        <translation>Sut ydych chi&apos;n gwybod pan fydd pethau&apos;n gwaethygu&apos;n fawr?</translation>
    </message>
    <message>
        <source>What do others see at this point?</source>
        <translation>Beth mae eraill yn ei weld ar y pwynt hwn?</translation>
    </message>
    <message>
        <source>Who do you want to hear from, and what can they do?</source>
        <translation>Gan bwy rydych chi eisiau clywed, a beth allan nhw ei wneud?</translation>
    </message>
    <message>
        <source>What do you need to keep yourself safe?</source>
        <translation>Beth sydd ei angen arnoch chi i&apos;ch cadw eich hun yn ddiogel?</translation>
    </message>
    <message>
        <source>I can&apos;t get out of bed, even to eat</source>
        <translation>Alla i ddim codi o&apos;r gwely, hyd yn oed i fwyta</translation>
    </message>
    <message>
        <source>Ask Jo to stay over for a few nights</source>
        <translation>Gofyn i Jo aros draw am ychydig nosweithiau</translation>
    </message>
    <message>
        <source>Ring my community nurse that day</source>
        <translation>Ffonio fy nyrs gymunedol y diwrnod hwnnw</translation>
    </message>
    <message>
        <source>Signs things are getting worse</source>
        <translation>Arwyddion bod pethau&apos;n gwaethygu</translation>
    </message>
    <message>
        <source>Add a sign things are worse</source>
        <translation>Ychwanegu arwydd bod pethau&apos;n waeth</translation>
    </message>
    <message>
        <source>Post-crisis plan</source>
        <translation>Cynllun ar ôl argyfwng</translation>
    </message>
    <message>
        <source>Post-crisis</source>
        <comment>short</comment>
        <translation>Ar ôl argyfwng</translation>
    </message>
    <message>
        <source>How you recover after a [crisis](glossary:crisis), and what you learn for next time.</source>
        <translation>Sut rydych chi&apos;n gwella ar ôl [argyfwng](glossary:crisis), a beth rydych chi&apos;n ei ddysgu ar gyfer y tro nesaf.</translation>
    </message>
    <message>
        <source>How will you know you are getting better?</source>
        <translation>Sut byddwch chi&apos;n gwybod eich bod chi&apos;n gwella?</translation>
    </message>
    <message>
        <source>Who and what helps you heal?</source>
        <translation>Pwy a beth sy&apos;n eich helpu i wella?</translation>
    </message>
    <message>
        <source>What can wait until you feel stronger?</source>
        <translation>Beth all aros nes eich bod chi&apos;n teimlo&apos;n gryfach?</translation>
    </message>
    <message>
        <source>What would you like to go differently next time?</source>
        <translation>Beth hoffech chi iddo fynd yn wahanol y tro nesaf?</translation>
    </message>
    <message>
        <source>I start to cook for myself again</source>
        <translation>Rydw i&apos;n dechrau coginio i mi fy hun eto</translation>
    </message>
    <message>
        <source>Go back to work half days for a month</source>
        <translation>Mynd yn ôl i&apos;r gwaith am hanner diwrnod am fis</translation>
    </message>
    <message>
        <source>Next time, ask for help a week sooner</source>
        <translation>Y tro nesaf, gofyn am help wythnos yn gynt</translation>
    </message>
    <message>
        <source>How I&apos;ll know I&apos;m recovering</source>
        <translation>Sut bydda i&apos;n gwybod fy mod i&apos;n gwella</translation>
    </message>
    <message>
        <source>Add a sign of recovery</source>
        <translation>Ychwanegu arwydd o wella</translation>
    </message>
    <message>
        <source>Who and what helps me recover</source>
        <translation>Pwy a beth sy&apos;n fy helpu i wella</translation>
    </message>
    <message>
        <source>Add a person or thing that helps</source>
        <translation>Ychwanegu person neu beth sy&apos;n helpu</translation>
    </message>
    <message>
        <source>Things to do as I heal</source>
        <translation>Pethau i&apos;w gwneud wrth i mi wella</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Ychwanegu cam</translation>
    </message>
    <message>
        <source>Go gently: small steps, in your own time.</source>
        <translation>Ewch yn ara deg: camau bach, yn eich amser eich hun.</translation>
    </message>
    <message>
        <source>What I&apos;d do differently next time</source>
        <translation>Beth fyddwn i&apos;n ei wneud yn wahanol y tro nesaf</translation>
    </message>
    <message>
        <source>Add something I&apos;ve learned</source>
        <translation>Ychwanegu rhywbeth rydw i wedi&apos;i ddysgu</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>Follow this computer</source>
        <translation>Dilyn y cyfrifiadur hwn</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Golau</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Tywyll</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>Colours</source>
        <translation>Lliwiau</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Byth</translation>
    </message>
    <message>
        <source>Lock my plan after this long without use</source>
        <translation>Cloi fy nghynllun ar ôl cyhyd â hyn heb ei ddefnyddio</translation>
    </message>
    <message>
        <source>Lock after</source>
        <translation>Cloi ar ôl</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter UDA</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Maint y papur</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papur</translation>
    </message>
    <message>
        <source>Print the crisis plan in extra-large type</source>
        <translation>Argraffu&apos;r cynllun argyfwng mewn print mawr iawn</translation>
    </message>
    <message>
        <source>Backups are kept in {folder}</source>
        <translation>Mae copïau wrth gefn yn cael eu cadw yn {folder}</translation>
    </message>
    <message>
        <source>Show folder</source>
        <translation>Dangos y ffolder</translation>
    </message>
    <message>
        <source>WrapDesk keeps your last 10 saves, and one a day for 30 days. They are encrypted like your plan.</source>
        <translation>Mae WrapDesk yn cadw eich 10 tro cadw diwethaf, ac un y dydd am 30 diwrnod. Maen nhw wedi&apos;u hamgryptio fel eich cynllun.</translation>
    </message>
    <message>
        <source>Change passphrase…</source>
        <translation>Newid y cyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Make a new recovery key…</source>
        <translation>Gwneud allwedd adfer newydd…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Share with a supporter</source>
        <translation>Rhannu â chefnogwr</translation>
    </message>
    <message>
        <source>WrapDesk makes a locked file with the parts you choose. Only the person with the passphrase or their own key can open it, in WrapDesk or with the free tool age.</source>
        <translation>Mae WrapDesk yn gwneud ffeil wedi&apos;i chloi o&apos;r rhannau a ddewiswch. Dim ond rhywun â&apos;r cyfrinymadrodd neu ei allwedd ei hun all ei hagor, yn WrapDesk neu gyda&apos;r offeryn age (am ddim).</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>I bwy mae e?</translation>
    </message>
    <message>
        <source>Who the copy is for</source>
        <translation>I bwy mae&apos;r copi</translation>
    </message>
    <message>
        <source>Someone not in my plan</source>
        <translation>Rhywun sydd ddim yn fy nghynllun</translation>
    </message>
    <message>
        <source>Which parts?</source>
        <translation>Pa rannau?</translation>
    </message>
    <message>
        <source>The crisis plan</source>
        <translation>Y cynllun argyfwng</translation>
    </message>
    <message>
        <source>The crisis plan and advance statements</source>
        <translation>Y cynllun argyfwng a&apos;r datganiadau ymlaen llaw</translation>
    </message>
    <message>
        <source>The whole plan</source>
        <translation>Y cynllun cyfan</translation>
    </message>
    <message>
        <source>Let me choose</source>
        <translation>Gadewch i mi ddewis</translation>
    </message>
    <message>
        <source>Parts to share</source>
        <translation>Rhannau i&apos;w rhannu</translation>
    </message>
    <message>
        <source>How will they open it?</source>
        <translation>Sut byddan nhw&apos;n ei agor?</translation>
    </message>
    <message>
        <source>With a passphrase I read out to them (WrapDesk makes one)</source>
        <translation>Gyda chyfrinymadrodd rydw i&apos;n ei ddarllen iddyn nhw (mae WrapDesk yn gwneud un)</translation>
    </message>
    <message>
        <source>With their own supporter key</source>
        <translation>Gyda&apos;u hallwedd cefnogwr eu hunain</translation>
    </message>
    <message>
        <source>Their supporter key</source>
        <translation>Eu hallwedd cefnogwr</translation>
    </message>
    <message>
        <source>From a file…</source>
        <translation>O ffeil…</translation>
    </message>
    <message>
        <source>I&apos;ll send it by email (make a text file)</source>
        <translation>Bydda i&apos;n ei hanfon drwy e-bost (gwneud ffeil destun)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Make the file…</source>
        <translation>Gwneud y ffeil…</translation>
    </message>
    <message>
        <source>Your copy is ready</source>
        <translation>Mae eich copi&apos;n barod</translation>
    </message>
    <message>
        <source>Read these words to them over the phone, or give them in person. Don&apos;t send them with the file. WrapDesk will not show them again.</source>
        <translation>Darllenwch y geiriau hyn iddyn nhw dros y ffôn, neu rhowch nhw wyneb yn wyneb. Peidiwch â&apos;u hanfon gyda&apos;r ffeil. Fydd WrapDesk ddim yn eu dangos eto.</translation>
    </message>
    <message>
        <source>Copy the words (cleared in 30 seconds)</source>
        <translation>Copïo&apos;r geiriau (caiff y rhain eu clirio ymhen 30 eiliad)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Wedi gorffen</translation>
    </message>
    <message>
        <source>Tick at least one part to share.</source>
        <translation>Ticiwch o leiaf un rhan i&apos;w rhannu.</translation>
    </message>
    <message>
        <source>Paste their supporter key (it starts with age1), or choose a passphrase instead.</source>
        <translation>Gludwch eu hallwedd cefnogwr (mae&apos;n dechrau gydag age1), neu dewiswch gyfrinymadrodd yn lle hynny.</translation>
    </message>
    <message>
        <source>Making the file… (a passphrase takes a few seconds)</source>
        <translation>Wrthi&apos;n gwneud y ffeil… (mae cyfrinymadrodd yn cymryd ychydig eiliadau)</translation>
    </message>
    <message>
        <source>Save the shared file</source>
        <translation>Cadw&apos;r ffeil i&apos;w rhannu</translation>
    </message>
    <message>
        <source>your supporter</source>
        <translation>eich cefnogwr</translation>
    </message>
    <message>
        <source>Saved as {path}. Send it to {name} however you like: email, a USB stick, a message.</source>
        <translation>Wedi&apos;i chadw fel {path}. Anfonwch hi at {name} sut bynnag y mynnwch chi: e-bost, cof bach USB, neges.</translation>
    </message>
</context>
<context>
    <name>ShareFlow</name>
    <message>
        <source>That didn&apos;t work</source>
        <translation>Wnaeth hynny ddim gweithio</translation>
    </message>
    <message>
        <source>Open a plan someone shared</source>
        <translation>Agor cynllun a rannwyd â chi</translation>
    </message>
    <message>
        <source>Shared plans (*.age);;All files (*)</source>
        <translation>Cynlluniau a rannwyd (*.age);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>Open your own plan first</source>
        <translation>Agorwch eich cynllun eich hun yn gyntaf</translation>
    </message>
    <message>
        <source>This file was locked to a supporter key. Open your own WrapDesk plan (the one that made the key), then open the shared file again.</source>
        <translation>Cafodd y ffeil hon ei chloi i allwedd cefnogwr. Agorwch eich cynllun WrapDesk eich hun (yr un a wnaeth yr allwedd), yna agorwch y ffeil a rannwyd eto.</translation>
    </message>
    <message>
        <source>The passphrase</source>
        <translation>Y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type the words you were given (spaces between them):</source>
        <translation>Teipiwch y geiriau a gawsoch chi (gyda bylchau rhyngddyn nhw):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Diddymu</translation>
    </message>
    <message>
        <source>Open the plan</source>
        <translation>Agor y cynllun</translation>
    </message>
    <message>
        <source>Opening the file… this takes a few seconds.</source>
        <translation>Wrthi&apos;n agor y ffeil… mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <source>Choose where to keep a backup (a USB stick is ideal)</source>
        <translation>Dewiswch ble i gadw copi wrth gefn (mae cof bach USB yn ddelfrydol)</translation>
    </message>
    <message>
        <source>Backup made</source>
        <translation>Copi wrth gefn wedi&apos;i wneud</translation>
    </message>
    <message>
        <source>Your plan is copied to {path} and the copy checks out. It is locked with the same passphrase as your plan.</source>
        <translation>Mae eich cynllun wedi&apos;i gopïo i {path} ac mae&apos;r copi&apos;n iawn. Mae wedi&apos;i gloi gyda&apos;r un cyfrinymadrodd â&apos;ch cynllun.</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>Adfer copi wrth gefn</translation>
    </message>
    <message>
        <source>Open the plan you want to restore first (or open the backup itself with File ▸ Open plan…).</source>
        <translation>Agorwch y cynllun rydych chi eisiau ei adfer yn gyntaf (neu agorwch y copi wrth gefn ei hun gyda Ffeil ▸ Agor cynllun…).</translation>
    </message>
    <message>
        <source>Choose the backup to restore</source>
        <translation>Dewiswch y copi wrth gefn i&apos;w adfer</translation>
    </message>
    <message>
        <source>WrapDesk plans (*.wrapdesk);;All files (*)</source>
        <translation>Cynlluniau WrapDesk (*.wrapdesk);;Pob ffeil (*)</translation>
    </message>
    <message>
        <source>The backup&apos;s passphrase:</source>
        <translation>Cyfrinymadrodd y copi wrth gefn:</translation>
    </message>
    <message>
        <source>This backup was saved on {date}. Put it in place of your plan? Your plan file as it is now will be kept with your backups, so nothing is lost.</source>
        <translation>Cafodd y copi wrth gefn hwn ei gadw ar {date}. Ei roi yn lle eich cynllun? Bydd eich ffeil cynllun fel y mae nawr yn cael ei chadw gyda&apos;ch copïau wrth gefn, felly does dim yn cael ei golli.</translation>
    </message>
    <message>
        <source>Please check: this backup is of a different plan, not an earlier copy of the one open now.</source>
        <translation>Gwiriwch, os gwelwch yn dda: copi wrth gefn o gynllun gwahanol yw hwn, nid copi cynharach o&apos;r un sydd ar agor nawr.</translation>
    </message>
    <message>
        <source>It is older than your plan, so recent changes won&apos;t be in it.</source>
        <translation>Mae&apos;n hŷn na&apos;ch cynllun, felly fydd newidiadau diweddar ddim ynddo.</translation>
    </message>
    <message>
        <source>Restore this backup</source>
        <translation>Adfer y copi wrth gefn hwn</translation>
    </message>
</context>
<context>
    <name>SharedPlanViewer</name>
    <message>
        <source>{name}&apos;s plan (read only)</source>
        <translation>Cynllun {name} (darllen yn unig)</translation>
    </message>
    <message>
        <source>Version {number}, from {date}. Ask {name} if you&apos;re not sure it&apos;s the newest copy.</source>
        <translation>Fersiwn {number}, o {date}. Gofynnwch i {name} os nad ydych chi&apos;n siŵr mai hwn yw&apos;r copi diweddaraf.</translation>
    </message>
    <message>
        <source>WrapDesk can&apos;t prove who made this file. If anything in it surprises you, check with {name} before acting on it.</source>
        <translation>Ni all WrapDesk brofi pwy wnaeth y ffeil hon. Os oes unrhyw beth ynddi yn eich synnu, holwch {name} cyn gweithredu arno.</translation>
    </message>
    <message>
        <source>the person who sent it</source>
        <translation>y person a&apos;i hanfonodd</translation>
    </message>
    <message>
        <source>A plan shared with you (read only)</source>
        <translation>Cynllun a rannwyd gyda chi (darllen yn unig)</translation>
    </message>
    <message>
        <source>The shared plan</source>
        <translation>Y cynllun a rannwyd</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Argraffu…</translation>
    </message>
    <message>
        <source>Shared plan</source>
        <translation>Cynllun a rannwyd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>Sharing</name>
    <message>
        <source>Shared with {name}</source>
        <translation>Wedi&apos;i rannu â {name}</translation>
    </message>
    <message>
        <source>Shared as a file</source>
        <translation>Wedi&apos;i rannu fel ffeil</translation>
    </message>
    <message>
        <source>In WrapDesk: choose File ▸ “Open a plan someone shared…”, pick {file}, and type the words you were given.</source>
        <translation>Yn WrapDesk: dewiswch Ffeil ▸ “Agor cynllun a rannodd rhywun…”, dewiswch {file}, a theipiwch y geiriau a gawsoch chi.</translation>
    </message>
    <message>
        <source>With the age tool (age-encryption.org): run  age -d -o plan.zip {file}  and type the words when it asks for the passphrase; then unzip plan.zip.</source>
        <translation>Gyda&apos;r offeryn age (age-encryption.org): rhedwch  age -d -o plan.zip {file}  a theipiwch y geiriau pan fydd yn gofyn am y cyfrinymadrodd; yna dadsipiwch plan.zip.</translation>
    </message>
    <message>
        <source>In WrapDesk: choose File ▸ “Open a plan someone shared…”, pick {file}; it opens with the supporter key your WrapDesk made.</source>
        <translation>Yn WrapDesk: dewiswch Ffeil ▸ “Agor cynllun a rannodd rhywun…”, dewiswch {file}; mae&apos;n agor gyda&apos;r allwedd cefnogwr a wnaeth eich WrapDesk.</translation>
    </message>
    <message>
        <source>With the age tool (age-encryption.org): run  age -d -i key.txt -o plan.zip {file}  with your own key file; then unzip plan.zip.</source>
        <translation>Gyda&apos;r offeryn age (age-encryption.org): rhedwch  age -d -i key.txt -o plan.zip {file}  gyda&apos;ch ffeil allwedd eich hun; yna dadsipiwch plan.zip.</translation>
    </message>
    <message>
        <source>A plan {name} shared with you from WrapDesk</source>
        <translation>Cynllun a rannodd {name} gyda chi o WrapDesk</translation>
    </message>
    <message>
        <source>It holds personal things {name} trusts you with. Please keep it private, and delete it when {name} sends you a newer copy.</source>
        <translation>Mae&apos;n dal pethau personol y mae {name} yn ymddiried ynoch chi gyda nhw. Cadwch ef yn breifat, a&apos;i ddileu pan fydd {name} yn anfon copi mwy newydd atoch chi.</translation>
    </message>
    <message>
        <source>A plan shared with you from WrapDesk</source>
        <translation>Cynllun a rannwyd gyda chi o WrapDesk</translation>
    </message>
    <message>
        <source>It holds personal things the sender trusts you with. Please keep it private, and delete it when they send you a newer copy.</source>
        <translation>Mae&apos;n dal pethau personol y mae&apos;r anfonwr yn ymddiried ynoch chi gyda nhw. Cadwch ef yn breifat, a&apos;i ddileu pan fyddan nhw&apos;n anfon copi mwy newydd atoch chi.</translation>
    </message>
    <message>
        <source>This is version {number} of the plan, from {date}.</source>
        <translation>Dyma fersiwn {number} o&apos;r cynllun, o {date}.</translation>
    </message>
    <message>
        <source>The parts shared with you:</source>
        <translation>Y rhannau a rannwyd gyda chi:</translation>
    </message>
    <message>
        <source>What is inside:</source>
        <translation>Beth sydd y tu mewn:</translation>
    </message>
    <message>
        <source>the plan, to read or print</source>
        <translation>y cynllun, i&apos;w ddarllen neu ei argraffu</translation>
    </message>
    <message>
        <source>the same plan for WrapDesk to read</source>
        <translation>yr un cynllun i WrapDesk ei ddarllen</translation>
    </message>
    <message>
        <source>this note</source>
        <translation>y nodyn hwn</translation>
    </message>
    <message>
        <source>How to open the file you were sent (it ends in .age):</source>
        <translation>Sut i agor y ffeil a anfonwyd atoch chi (mae&apos;n gorffen yn .age):</translation>
    </message>
    <message>
        <source>WrapDesk is a free, private app for keeping a Wellness and Recovery Action Plan. Nothing you open is sent anywhere.</source>
        <translation>Mae WrapDesk yn ap preifat am ddim ar gyfer cadw Cynllun Gweithredu Lles ac Adferiad (WRAP). Does dim byd rydych chi&apos;n ei agor yn cael ei anfon i unman.</translation>
    </message>
</context>
<context>
    <name>Sidebar</name>
    <message>
        <source>Parts of your plan</source>
        <translation>Rhannau eich cynllun</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Trosolwg</translation>
    </message>
    <message>
        <source>Around your plan</source>
        <translation>O gwmpas eich cynllun</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Medicines and care</source>
        <translation>Meddyginiaethau a gofal</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>Versions and sharing</source>
        <translation>Fersiynau a rhannu</translation>
    </message>
    <message>
        <source>Nothing written yet</source>
        <translation>Dim wedi&apos;i ysgrifennu eto</translation>
    </message>
    <message numerus="yes">
        <source>%n thing(s) written</source>
        <translation>
            <numerusform>Dim cofnodion</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
            <numerusform>%n cofnod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SupporterKeyDialog</name>
    <message>
        <source>My supporter key</source>
        <translation>Fy allwedd cefnogwr</translation>
    </message>
    <message>
        <source>Send this key to someone you support. WrapDesk on their computer can then lock a copy of their plan so that only you can open it. The key is safe to share; the part that opens files stays locked in your plan.</source>
        <translation>Anfonwch yr allwedd hon at rywun rydych chi&apos;n ei gefnogi. Yna gall WrapDesk ar eu cyfrifiadur nhw gloi copi o&apos;u cynllun fel mai dim ond chi all ei agor. Mae&apos;n ddiogel rhannu&apos;r allwedd; mae&apos;r rhan sy&apos;n agor ffeiliau&apos;n aros wedi&apos;i chloi yn eich cynllun.</translation>
    </message>
    <message>
        <source>Your supporter key</source>
        <translation>Eich allwedd cefnogwr</translation>
    </message>
    <message>
        <source>The same key as a QR code</source>
        <translation>Yr un allwedd fel cod QR</translation>
    </message>
    <message>
        <source>Copy the key</source>
        <translation>Copïo&apos;r allwedd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Unlock your plan</source>
        <translation>Datgloi eich cynllun</translation>
    </message>
    <message>
        <source>Your passphrase</source>
        <translation>Eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Use my recovery key instead</source>
        <translation>Defnyddio fy allwedd adfer yn lle hynny</translation>
    </message>
    <message>
        <source>Type the 48 digits from your printed recovery sheet. Spaces and dashes don&apos;t matter.</source>
        <translation>Teipiwch y 48 digid o&apos;ch taflen adfer brintiedig. Does dim ots am fylchau a llinellau toriad.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>Use my passphrase instead</source>
        <translation>Defnyddio fy nghyfrinymadrodd yn lle hynny</translation>
    </message>
    <message>
        <source>Open my plan</source>
        <translation>Agor fy nghynllun</translation>
    </message>
    <message>
        <source>Choose another plan</source>
        <translation>Dewis cynllun arall</translation>
    </message>
    <message>
        <source>Opening your plan</source>
        <translation>Wrthi&apos;n agor eich cynllun</translation>
    </message>
    <message>
        <source>Opening your plan… this takes a moment.</source>
        <translation>Wrthi&apos;n agor eich cynllun… mae hyn yn cymryd eiliad.</translation>
    </message>
    <message>
        <source>This is the demo plan, so it opens again without a passphrase.</source>
        <translation>Dyma&apos;r cynllun demo, felly mae&apos;n agor eto heb gyfrinymadrodd.</translation>
    </message>
    <message>
        <source>Carry on with the demo</source>
        <translation>Parhau gyda&apos;r demo</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Beth ddigwyddodd</translation>
    </message>
    <message>
        <source>Your backups, newest first</source>
        <translation>Eich copïau wrth gefn, y diweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>Open this backup</source>
        <translation>Agor y copi wrth gefn hwn</translation>
    </message>
    <message>
        <source>Your plan is locked</source>
        <translation>Mae eich cynllun wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Plan file: {name}, in {folder}</source>
        <translation>Ffeil cynllun: {name}, yn {folder}</translation>
    </message>
    <message>
        <source>Saved {when}</source>
        <translation>Wedi&apos;i gadw {when}</translation>
    </message>
    <message>
        <source>This plan file can&apos;t be read as it is, and no earlier copy was found beside it. If you saved a backup somewhere else (a USB stick, say), use File ▸ Restore… to put it back. The damaged file is left as it is.</source>
        <translation>Does dim modd darllen y ffeil cynllun hon fel y mae, ac ni chafwyd copi cynharach wrth ei hymyl. Os gwnaethoch chi gadw copi wrth gefn yn rhywle arall (ar ffon USB, er enghraifft), defnyddiwch Ffeil ▸ Adfer… i&apos;w roi yn ôl. Mae&apos;r ffeil sydd wedi&apos;i difrodi yn cael ei gadael fel y mae.</translation>
    </message>
</context>
<context>
    <name>VersionsPage</name>
    <message>
        <source>Versions and sharing</source>
        <translation>Fersiynau a rhannu</translation>
    </message>
    <message>
        <source>A version is a copy of your plan kept exactly as it was, so you can see how it has changed and which copy each person has. Finishing a review, printing and sharing each keep a version.</source>
        <translation>Mae fersiwn yn gopi o&apos;ch cynllun wedi&apos;i gadw&apos;n union fel yr oedd, fel y gallwch chi weld sut mae wedi newid a pha gopi sydd gan bob person. Mae gorffen adolygiad, argraffu a rhannu i gyd yn cadw fersiwn.</translation>
    </message>
    <message>
        <source>Keep a version now…</source>
        <translation>Cadw fersiwn nawr…</translation>
    </message>
    <message>
        <source>Versions, newest first</source>
        <translation>Fersiynau, y ddiweddaraf yn gyntaf</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Beth newidiodd</translation>
    </message>
    <message>
        <source>From version</source>
        <translation>O fersiwn</translation>
    </message>
    <message>
        <source>To version</source>
        <translation>I fersiwn</translation>
    </message>
    <message>
        <source>From</source>
        <translation>O</translation>
    </message>
    <message>
        <source>to</source>
        <translation>i</translation>
    </message>
    <message>
        <source>The changes</source>
        <translation>Y newidiadau</translation>
    </message>
    <message>
        <source>Version {number} — {date}</source>
        <translation>Fersiwn {number} — {date}</translation>
    </message>
    <message>
        <source>(held by {names})</source>
        <translation>(copi gan {names})</translation>
    </message>
    <message>
        <source>No versions yet.</source>
        <translation>Dim fersiynau eto.</translation>
    </message>
    <message>
        <source>version {number}</source>
        <translation>fersiwn {number}</translation>
    </message>
    <message>
        <source>the plan now</source>
        <translation>y cynllun nawr</translation>
    </message>
    <message>
        <source>Who has a copy</source>
        <translation>Pwy sydd â chopi</translation>
    </message>
    <message>
        <source>Nobody has a copy yet.</source>
        <translation>Nid oes gan neb gopi eto.</translation>
    </message>
    <message>
        <source>{name}: version {number}, given {date}</source>
        <translation>{name}: fersiwn {number}, rhoddwyd {date}</translation>
    </message>
    <message>
        <source>What changed since</source>
        <translation>Newidiadau ers hynny</translation>
    </message>
    <message>
        <source>What changed since {name}&apos;s copy</source>
        <translation>Beth sydd wedi newid ers copi {name}</translation>
    </message>
    <message>
        <source>Send an update</source>
        <translation>Anfon diweddariad</translation>
    </message>
    <message>
        <source>Send {name} an update</source>
        <translation>Anfon diweddariad at {name}</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Does dim wedi newid.</translation>
    </message>
    <message>
        <source>When you have two versions, what changed between them shows here.</source>
        <translation>Pan fydd gennych chi ddwy fersiwn, bydd beth newidiodd rhyngddyn nhw&apos;n ymddangos yma.</translation>
    </message>
    <message>
        <source>From version {old} to the plan now</source>
        <translation>O fersiwn {old} i&apos;r cynllun nawr</translation>
    </message>
    <message>
        <source>From version {old} to version {new}</source>
        <translation>O fersiwn {old} i fersiwn {new}</translation>
    </message>
    <message>
        <source>What changed since {name}&apos;s copy (version {number})</source>
        <translation>Beth sydd wedi newid ers copi {name} (fersiwn {number})</translation>
    </message>
    <message>
        <source>Keep a version</source>
        <translation>Cadw fersiwn</translation>
    </message>
    <message>
        <source>A note to remember it by (optional):</source>
        <translation>Nodyn i&apos;ch helpu i&apos;w chofio (dewisol):</translation>
    </message>
</context>
<context>
    <name>Vocabulary</name>
    <message>
        <source>Please avoid</source>
        <translation>Osgowch</translation>
    </message>
    <message>
        <source>Taking now</source>
        <translation>Cymryd nawr</translation>
    </message>
    <message>
        <source>A medicine you take at the moment.</source>
        <translation>Meddyginiaeth rydych chi&apos;n ei chymryd ar hyn o bryd.</translation>
    </message>
    <message>
        <source>Would accept</source>
        <translation>Derbyniol</translation>
    </message>
    <message>
        <source>A medicine you are willing to take if it&apos;s needed.</source>
        <translation>Meddyginiaeth rydych chi&apos;n fodlon ei chymryd os oes ei hangen.</translation>
    </message>
    <message>
        <source>A medicine that didn&apos;t suit you, or that you don&apos;t want.</source>
        <translation>Meddyginiaeth nad oedd yn addas i chi, neu nad ydych chi ei heisiau.</translation>
    </message>
    <message>
        <source>Allergic</source>
        <translation>Alergedd</translation>
    </message>
    <message>
        <source>You are allergic to this. It must not be given.</source>
        <translation>Mae gennych chi alergedd i hon. Rhaid peidio â&apos;i rhoi.</translation>
    </message>
    <message>
        <source>I&apos;d want this</source>
        <translation>Hoffwn hyn</translation>
    </message>
    <message>
        <source>A treatment you would like if you become unwell.</source>
        <translation>Triniaeth yr hoffech chi ei chael os byddwch chi&apos;n mynd yn sâl.</translation>
    </message>
    <message>
        <source>A treatment you would rather not have.</source>
        <translation>Triniaeth y byddai&apos;n well gennych chi beidio â&apos;i chael.</translation>
    </message>
    <message>
        <source>I&apos;d like to go here</source>
        <translation>Hoffwn fynd yma</translation>
    </message>
    <message>
        <source>A place where you would like to be treated.</source>
        <translation>Lle yr hoffech chi gael eich trin.</translation>
    </message>
    <message>
        <source>A place you would rather not go.</source>
        <translation>Lle y byddai&apos;n well gennych chi beidio â mynd iddo.</translation>
    </message>
    <message>
        <source>Call first</source>
        <translation>Ffonio gyntaf</translation>
    </message>
    <message>
        <source>The first person to call in a crisis.</source>
        <translation>Y person cyntaf i&apos;w ffonio mewn argyfwng.</translation>
    </message>
    <message>
        <source>Supporter</source>
        <translation>Cefnogwr</translation>
    </message>
    <message>
        <source>Supports you and your plan.</source>
        <translation>Yn eich cefnogi chi a&apos;ch cynllun.</translation>
    </message>
    <message>
        <source>Planning partner</source>
        <translation>Partner cynllunio</translation>
    </message>
    <message>
        <source>Helps you think things through as you plan.</source>
        <translation>Yn eich helpu i feddwl pethau drwodd wrth i chi gynllunio.</translation>
    </message>
    <message>
        <source>Care team</source>
        <translation>Tîm gofal</translation>
    </message>
    <message>
        <source>Part of your care team, such as a nurse, doctor or social worker.</source>
        <translation>Rhan o&apos;ch tîm gofal, fel nyrs, meddyg neu weithiwr cymdeithasol.</translation>
    </message>
    <message>
        <source>Task helper</source>
        <translation>Helpwr tasgau</translation>
    </message>
    <message>
        <source>Does a practical job for you, like feeding a pet.</source>
        <translation>Yn gwneud tasg ymarferol i chi, fel bwydo anifail anwes.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome</source>
        <translation>Croeso</translation>
    </message>
    <message>
        <source>Welcome to WrapDesk</source>
        <translation>Croeso i WrapDesk</translation>
    </message>
    <message>
        <source>A private place for your Wellness and Recovery Action Plan, your crisis plan and your advance statements. Everything stays on this computer, locked with a passphrase only you know.</source>
        <translation>Lle preifat i&apos;ch Cynllun Gweithredu Lles ac Adferiad (WRAP), eich cynllun argyfwng a&apos;ch datganiadau ymlaen llaw. Mae popeth yn aros ar y cyfrifiadur hwn, wedi&apos;i gloi â chyfrinymadrodd sy&apos;n hysbys i chi yn unig.</translation>
    </message>
    <message>
        <source>Create my plan</source>
        <translation>Creu fy nghynllun</translation>
    </message>
    <message>
        <source>Start a new plan, at your own pace.</source>
        <translation>Dechrau cynllun newydd, ar eich cyflymder eich hun.</translation>
    </message>
    <message>
        <source>Open a plan file…</source>
        <translation>Agor ffeil cynllun…</translation>
    </message>
    <message>
        <source>Carry on with a plan you already have.</source>
        <translation>Parhau â chynllun sydd gennych chi&apos;n barod.</translation>
    </message>
    <message>
        <source>Try the demo</source>
        <translation>Rhoi cynnig ar y demo</translation>
    </message>
    <message>
        <source>Look around an example plan. Nothing you do there is kept.</source>
        <translation>Edrych o gwmpas cynllun enghreifftiol. Does dim byd rydych chi&apos;n ei wneud yno&apos;n cael ei gadw.</translation>
    </message>
    <message>
        <source>Open a plan someone shared…</source>
        <translation>Agor cynllun a rannwyd â chi…</translation>
    </message>
    <message>
        <source>Read a plan a person you support sent you.</source>
        <translation>Darllen cynllun a anfonodd rhywun rydych chi&apos;n ei gefnogi atoch chi.</translation>
    </message>
</context>
</TS>
