<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>this app</source>
            <translation>cette application</translation>
        </message>
        <message>
            <source>the language the app is written in</source>
            <translation>le langage de programmation de l'application</translation>
        </message>
        <message>
            <source>Public domain</source>
            <translation>Domaine public</translation>
        </message>
        <message>
            <source>the workshop file</source>
            <translation>le fichier de l'atelier</translation>
        </message>
        <message>
            <source>{name} is distributed under the {licence} licence.</source>
            <translation>{name} est distribué sous la licence {licence}.</translation>
        </message>
        <message>
            <source>portable</source>
            <translation>portable</translation>
        </message>
        <message>
            <source>installed</source>
            <translation>installée</translation>
        </message>
        <message>
            <source>from source</source>
            <translation>depuis les sources</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>Dossier des données : {folder}</translation>
        </message>
        <message>
            <source>Program: {folder}</source>
            <translation>Programme : {folder}</translation>
        </message>
        <message>
            <source>About UPR Desktop</source>
            <translation>À propos d'UPR Desktop</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Version {version}</translation>
        </message>
        <message>
            <source>Offline workshops for following up the Universal Periodic Review: review the recommendations, cluster and prioritise them, vote, and adopt an outcome charter. It works without internet; workshop files stay on this computer unless you copy them.</source>
            <translation>Des ateliers hors ligne pour le suivi de l'Examen périodique universel : examinez les recommandations, regroupez-les en groupes thématiques et hiérarchisez-les, votez et adoptez une charte finale. L'application fonctionne sans Internet ; les fichiers d'atelier restent sur cet ordinateur, sauf si vous les copiez.</translation>
        </message>
        <message>
            <source>Portable: settings, recent workshops, logs and backups are kept beside the app, in {folder}.</source>
            <translation>Portable : les paramètres, les ateliers récents, les journaux et les sauvegardes sont conservés à côté de l'application, dans {folder}.</translation>
        </message>
        <message>
            <source>Settings, recent workshops, logs and backups: {folder}</source>
            <translation>Paramètres, ateliers récents, journaux et sauvegardes : {folder}</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Composant</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Licence</translation>
        </message>
        <message>
            <source>Components and their licences</source>
            <translation>Les composants et leurs licences</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>Texte de la licence</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Copier les informations</translation>
        </message>
        <message>
            <source>Copies the version and the data folder, to paste into a request for help.</source>
            <translation>Copie la version et le dossier de données, à coller dans une demande d'aide.</translation>
        </message>
        <message>
            <source>This app</source>
            <translation>Cette application</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Bibliothèques</translation>
        </message>
        <message>
            <source>Fonts embedded in the PDFs</source>
            <translation>Polices intégrées dans les PDF</translation>
        </message>
    </context>
    <context>
        <name>AssessDialog</name>
        <message>
            <source>The coalition</source>
            <translation>La coalition</translation>
        </message>
        <message>
            <source>Assess</source>
            <translation>Évaluer</translation>
        </message>
        <message>
            <source>Why: what changed, or what did not (a sentence or two)</source>
            <translation>Pourquoi : ce qui a changé, ou ce qui n'a pas changé (une phrase ou deux)</translation>
        </message>
        <message>
            <source>Evidence for this assessment</source>
            <translation>Éléments de preuve à l'appui de cette évaluation</translation>
        </message>
        <message>
            <source>No evidence yet: add it on the Evidence tab, then link it here.</source>
            <translation>Aucun élément de preuve pour l'instant : ajoutez-en dans l'onglet Éléments de preuve, puis liez-les ici.</translation>
        </message>
        <message>
            <source>Record assessment</source>
            <translation>Consigner l'évaluation</translation>
        </message>
        <message>
            <source>Recommendation or priority</source>
            <translation>Recommandation ou priorité</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Évaluée le</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Évaluée par</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments de preuve</translation>
        </message>
        <message>
            <source>Earlier assessments are kept: this one is added to the history. When organisations disagree, each one's view is shown.</source>
            <translation>Les évaluations antérieures sont conservées : celle-ci s'ajoute à l'historique. Quand les organisations sont en désaccord, l'avis de chacune est affiché.</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 caractères sur %2</translation>
        </message>
    </context>
    <context>
        <name>Assessment status</name>
        <message>
            <source>Not assessed</source>
            <translation>Non évaluée</translation>
        </message>
        <message>
            <source>Not implemented</source>
            <translation>Non mise en œuvre</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Partiellement mise en œuvre</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Pleinement mise en œuvre</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>Aucune information</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Import attendance list</source>
            <translation>Importer une liste de présence</translation>
        </message>
        <message>
            <source>From %1 · %2 rows read</source>
            <translation>Source : %1 · %2 lignes lues</translation>
        </message>
        <message>
            <source>Nobody new: everyone on this list is already registered.</source>
            <translation>Personne de nouveau : toutes les personnes de cette liste sont déjà inscrites.</translation>
        </message>
        <message>
            <source>This list has nobody to add.</source>
            <translation>Cette liste ne contient personne à ajouter.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) will be added.</source>
            <translation>
                <numerusform>%n participant sera ajouté.</numerusform>
                <numerusform>%n participants seront ajoutés.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 already registered (same name and organisation) will not be added again.</source>
            <translation>Personnes déjà inscrites (même nom et même organisation), qui ne seront pas ajoutées de nouveau : %1.</translation>
        </message>
        <message>
            <source>Left out of the list (%1)</source>
            <translation>Exclus de la liste (%1)</translation>
        </message>
        <message>
            <source>The list</source>
            <translation>La liste</translation>
        </message>
        <message>
            <source>The first %1 of %2</source>
            <translation>Les %1 premiers sur %2</translation>
        </message>
        <message>
            <source>Import 1 participant</source>
            <translation>Importer 1 participant</translation>
        </message>
        <message>
            <source>Import %1 participants</source>
            <translation>Importer %1 participants</translation>
        </message>
        <message>
            <source>1 row of the file was left out.</source>
            <translation>1 ligne du fichier a été exclue.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows of the file were left out.</source>
            <translation>
                <numerusform>%n ligne du fichier a été écartée.</numerusform>
                <numerusform>%n lignes du fichier ont été écartées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Attendance: %1</source>
            <translation>Présence : %1</translation>
        </message>
        <message>
            <source>Who is present and received a slip</source>
            <translation>Qui est présent et a reçu un coupon</translation>
        </message>
        <message>
            <source>Tick everyone present who took a ballot-code slip, then save. Do it before the vote or after it, never as people vote: the list is saved whole, with no time and no order, and says nothing about who voted.</source>
            <translation>Cochez toutes les personnes présentes qui ont pris un coupon portant un code de bulletin de vote, puis enregistrez. Faites-le avant ou après le vote, jamais pendant que les gens votent : la liste est enregistrée d'un seul bloc, sans heure ni ordre, et n'indique en rien qui a voté.</translation>
        </message>
        <message>
            <source>Organisations present</source>
            <translation>Organisations présentes</translation>
        </message>
        <message>
            <source>Participants present</source>
            <translation>Participants présents</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>Tout cocher</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Save attendance</source>
            <translation>Enregistrer la présence</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} ticked present</source>
            <translation>
                <numerusform>%n personne sur {total} cochée comme présente</numerusform>
                <numerusform>%n personnes sur {total} cochées comme présentes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendancePreviewModel</name>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>Domaine thématique</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Consentement</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Statut</translation>
        </message>
        <message>
            <source>(by number)</source>
            <translation>(par numéro)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Already registered</source>
            <translation>Déjà inscrit</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Nouveau</translation>
        </message>
    </context>
    <context>
        <name>Ballot code slips</name>
        <message>
            <source>Ballot codes: {round}</source>
            <translation>Codes de bulletin de vote : {round}</translation>
        </message>
        <message>
            <source>Keep this code to yourself.</source>
            <translation>Gardez ce code pour vous.</translation>
        </message>
        <message>
            <source>Type it at the laptop, or write it on a paper ballot.</source>
            <translation>Saisissez-le sur l'ordinateur portable, ou inscrivez-le sur un bulletin de vote papier.</translation>
        </message>
        <message>
            <source>It works once.</source>
            <translation>Il ne peut servir qu'une fois.</translation>
        </message>
    </context>
    <context>
        <name>BallotCodeEntry</name>
        <message>
            <source>Type your ballot code</source>
            <translation>Saisissez votre code de bulletin de vote</translation>
        </message>
        <message>
            <source>This is a secret ballot with ballot codes. Type the code from the slip you took. Nobody, not even this laptop, knows whose slip it is. Each code works once.</source>
            <translation>Ce scrutin secret utilise des codes de bulletin de vote. Saisissez le code figurant sur le coupon que vous avez pris. Personne, pas même cet ordinateur portable, ne sait à qui appartient ce coupon. Chaque code ne fonctionne qu'une fois.</translation>
        </message>
        <message>
            <source>Ten letters and numbers, such as K7QP4-XMD2A. Capitals and the dash don't matter.</source>
            <translation>Dix lettres et chiffres, par exemple K7QP4-XMD2A. Les majuscules et le tiret n'ont pas d'importance.</translation>
        </message>
        <message>
            <source>Your ballot code</source>
            <translation>Votre code de bulletin de vote</translation>
        </message>
        <message>
            <source>Ballot code</source>
            <translation>Code de bulletin de vote</translation>
        </message>
        <message>
            <source>Continue to the ballot  ›</source>
            <translation>Continuer vers le bulletin de vote  ›</translation>
        </message>
        <message>
            <source>Type the code from your slip first.</source>
            <translation>Saisissez d'abord le code figurant sur votre coupon.</translation>
        </message>
        <message>
            <source>A ballot code has ten letters and numbers. Check the slip and type it again.</source>
            <translation>Un code de bulletin de vote comporte dix lettres et chiffres. Vérifiez le coupon et saisissez-le de nouveau.</translation>
        </message>
        <message>
            <source>This code is not valid for this round, or it has been used already. Check it, or ask the facilitator for a new slip.</source>
            <translation>Ce code n'est pas valable pour ce tour de scrutin, ou il a déjà été utilisé. Vérifiez-le, ou demandez un nouveau coupon au facilitateur.</translation>
        </message>
    </context>
    <context>
        <name>BallotCodesDialog</name>
        <message>
            <source>Ballot code slips</source>
            <translation>Coupons de code de bulletin de vote</translation>
        </message>
        <message>
            <source>Print the ballot code slips now</source>
            <translation>Imprimez maintenant les coupons de code de bulletin de vote</translation>
        </message>
        <message>
            <source>“%1” is open with %2 one-time ballot codes. They are shown only now: the workshop file does not keep them, so they can't be shown again. Print the slips (or save them as a PDF to print from another computer), cut them up and shuffle them. Each person takes one at random and types it at the kiosk, or writes it on a paper ballot.</source>
            <translation>« %1 » est ouvert avec %2 codes de bulletin de vote à usage unique. Ils ne sont affichés que maintenant : le fichier de l'atelier ne les conserve pas, ils ne pourront donc plus être affichés. Imprimez les coupons (ou enregistrez-les en PDF pour les imprimer depuis un autre ordinateur), découpez-les et mélangez-les. Chaque personne en prend un au hasard et saisit le code au kiosque, ou l'écrit sur un bulletin de vote papier.</translation>
        </message>
        <message>
            <source>Print slips…</source>
            <translation>Imprimer les coupons…</translation>
        </message>
        <message>
            <source>Save slips as PDF…</source>
            <translation>Enregistrer les coupons en PDF…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <source>Save ballot code slips</source>
            <translation>Enregistrer les coupons de code de bulletin de vote</translation>
        </message>
        <message>
            <source>ballot codes.pdf</source>
            <translation>codes de bulletin de vote.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1. Print it, then delete it: the codes are as good as ballot papers.</source>
            <translation>Enregistré dans %1. Imprimez-le, puis supprimez-le : les codes valent des bulletins de vote.</translation>
        </message>
        <message>
            <source>Print ballot code slips</source>
            <translation>Imprimer les coupons de code de bulletin de vote</translation>
        </message>
        <message>
            <source>Sent %1 page(s) to the printer.</source>
            <translation>Pages envoyées à l'imprimante : %1.</translation>
        </message>
        <message>
            <source>The slips have not been printed or saved. Once this closes, the codes are gone for good and this round can only take ballots by a new round. Close anyway?</source>
            <translation>Les coupons n'ont été ni imprimés ni enregistrés. Une fois cette fenêtre fermée, les codes sont définitivement perdus et seul un nouveau tour de scrutin permettra de recueillir des bulletins de vote. Fermer quand même ?</translation>
        </message>
    </context>
    <context>
        <name>BallotCounts</name>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n gommette</numerusform>
                <numerusform>%n gommettes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BallotEditor</name>
        <message>
            <source>What is left</source>
            <translation>Ce qui reste</translation>
        </message>
        <message>
            <source>All your %1 are placed. To move one, take it off a candidate first.</source>
            <translation>Vous n'avez plus de %1 à placer. Pour en déplacer, retirez-en d'abord d'une option.</translation>
        </message>
        <message>
            <source>%1 already has %2: that is the most one candidate can have.</source>
            <translation>%1 a déjà %2 : c'est le maximum pour une option.</translation>
        </message>
        <message>
            <source>Your ranking</source>
            <translation>Votre classement</translation>
        </message>
        <message>
            <source>Not ranked yet</source>
            <translation>Pas encore classées</translation>
        </message>
        <message>
            <source>▲  Up</source>
            <translation>▲  Monter</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>▼  Down</source>
            <translation>▼  Descendre</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>=  Level with above</source>
            <translation>=  Ex aequo avec la précédente</translation>
        </message>
        <message>
            <source>Level with the one above</source>
            <translation>Ex aequo avec celle du dessus</translation>
        </message>
        <message>
            <source>Rank this candidate level with the one above it: the two share a place. Press again to put it below.</source>
            <translation>Classer cette option ex aequo avec celle du dessus : les deux partagent la même place. Appuyez de nouveau pour la placer en dessous.</translation>
        </message>
        <message>
            <source>✕  Remove</source>
            <translation>✕  Retirer</translation>
        </message>
        <message>
            <source>Your ranking, best first</source>
            <translation>Votre classement, la meilleure en premier</translation>
        </message>
        <message>
            <source>Your ranking: click a candidate on the right to put it first</source>
            <translation>Votre classement : cliquez sur une option à droite pour la placer en premier</translation>
        </message>
        <message>
            <source>Not ranked yet (%1): click the next one you prefer</source>
            <translation>Pas encore classées (%1) : cliquez sur celle que vous préférez ensuite</translation>
        </message>
        <message>
            <source>Every candidate is ranked</source>
            <translation>Toutes les options sont classées</translation>
        </message>
        <message>
            <source>Press + to give a candidate a dot. You can put several dots on one candidate.</source>
            <translation>Appuyez sur + pour attribuer une gommette à une option. Vous pouvez placer plusieurs gommettes sur une même option.</translation>
        </message>
        <message>
            <source>Press + to give a candidate a dot. You can put several dots on one candidate (at most %1).</source>
            <translation>Appuyez sur + pour attribuer une gommette à une option. Vous pouvez placer plusieurs gommettes sur une même option (%1 au plus).</translation>
        </message>
        <message numerus="yes">
            <source>{left} of %n dot(s) left</source>
            <translation>
                <numerusform>Gommette restante : {left} sur %n</numerusform>
                <numerusform>Gommettes restantes : {left} sur %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{left} of %n point(s) left</source>
            <translation>
                <numerusform>Point restant : {left} sur %n</numerusform>
                <numerusform>Points restants : {left} sur %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n dot(s) placed</source>
            <translation>
                <numerusform>%n gommette placée : aucune ne reste</numerusform>
                <numerusform>Les %n gommettes sont toutes placées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n point(s) placed</source>
            <translation>
                <numerusform>%n point attribué : aucun ne reste</numerusform>
                <numerusform>Les %n points sont tous attribués</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You support %n candidate(s)</source>
            <translation>
                <numerusform>Vous soutenez %n option</numerusform>
                <numerusform>Vous soutenez %n options</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} ranked</source>
            <translation>
                <numerusform>%n sur {total} classée</numerusform>
                <numerusform>%n sur {total} classées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} rated</source>
            <translation>
                <numerusform>%n sur {total} notée</numerusform>
                <numerusform>%n sur {total} notées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} marked</source>
            <translation>
                <numerusform>%n sur {total} marquée</numerusform>
                <numerusform>%n sur {total} marquées</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 choice</source>
            <translation>%1 choix</translation>
        </message>
        <message>
            <source>%1 choice, level</source>
            <translation>%1 choix, ex aequo</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>Soutenue</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>Note %1</translation>
        </message>
        <message>
            <source>Share your points out: press + (%1 at a time) or type a number next to a candidate.</source>
            <translation>Répartissez vos points : appuyez sur + (%1 à la fois) ou saisissez un nombre à côté d'une option.</translation>
        </message>
        <message>
            <source>Tick every candidate you support, as many as you like.</source>
            <translation>Cochez toutes les options que vous soutenez, autant que vous le souhaitez.</translation>
        </message>
        <message>
            <source>Rate each candidate from 0 (not at all) to %1 (most). Press a chosen score again to leave the candidate unrated.</source>
            <translation>Notez chaque option de 0 (pas du tout) à %1 (le plus). Appuyez de nouveau sur une note choisie pour laisser l'option sans note.</translation>
        </message>
        <message>
            <source>Click candidates in order of preference: your first choice first. You need not rank them all. To rank two candidates level, select the lower one and press “Level with above”.</source>
            <translation>Cliquez sur les options par ordre de préférence : votre premier choix d'abord. Vous n'êtes pas obligé de toutes les classer. Pour classer deux options ex aequo, sélectionnez celle du dessous et appuyez sur « Ex aequo avec la précédente ».</translation>
        </message>
        <message>
            <source>Mark each candidate Must, Should, Could or Won't. Press a chosen mark again to clear it.</source>
            <translation>Marquez chaque option Indispensable, Souhaitable, Possible ou Exclue. Appuyez de nouveau sur une marque choisie pour l'effacer.</translation>
        </message>
        <message>
            <source>%1, level: %2: %3</source>
            <translation>%1, ex aequo : %2 : %3</translation>
        </message>
        <message>
            <source>= level with the one above</source>
            <translation>= ex aequo avec celle du dessus</translation>
        </message>
        <message>
            <source>Take one off %1</source>
            <translation>Retirer 1 à %1</translation>
        </message>
        <message>
            <source>Add one to %1</source>
            <translation>Ajouter 1 à %1</translation>
        </message>
        <message>
            <source>Points for %1</source>
            <translation>Points pour %1</translation>
        </message>
        <message>
            <source>Dots on %1</source>
            <translation>Gommettes sur %1</translation>
        </message>
        <message>
            <source>at most %1 here</source>
            <translation>au maximum %1 ici</translation>
        </message>
        <message>
            <source>Support %1</source>
            <translation>Soutenir %1</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Soutenir</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>non marquée</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>non notée</translation>
        </message>
    </context>
    <context>
        <name>Ballots document</name>
        <message>
            <source>Organisation {number}</source>
            <translation>Organisation {number}</translation>
        </message>
        <message>
            <source>No organisations are registered yet, so there is nobody to print a ballot for. Register participants first, or ask for blank ballots.</source>
            <translation>Aucune organisation n'est encore inscrite : il n'y a donc personne pour qui imprimer un bulletin de vote. Inscrivez d'abord les participants, ou demandez des bulletins de vote vierges.</translation>
        </message>
        <message>
            <source>No participants are registered yet, so there is nobody to print a ballot for. Register participants first, or ask for blank ballots.</source>
            <translation>Aucun participant n'est encore inscrit : il n'y a donc personne pour qui imprimer un bulletin de vote. Inscrivez d'abord les participants, ou demandez des bulletins de vote vierges.</translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s) is too many to print in one go (at most {most}). Lower the number of blank ballots.</source>
            <translation>
                <numerusform>Impossible d'imprimer %n bulletin de vote en une seule fois ({most} au plus). Réduisez le nombre de bulletins de vote vierges.</numerusform>
                <numerusform>Impossible d'imprimer %n bulletins de vote en une seule fois ({most} au plus). Réduisez le nombre de bulletins de vote vierges.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n gommette</numerusform>
                <numerusform>%n gommettes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n dot(s). Give them to the recommendations that matter most to you: fill in one circle for each dot.</source>
            <translation>
                <numerusform>Vous disposez de %n gommette. Attribuez-la à la recommandation qui compte le plus pour vous : remplissez un cercle par gommette.</numerusform>
                <numerusform>Vous disposez de %n gommettes. Attribuez-les aux recommandations qui comptent le plus pour vous : remplissez un cercle par gommette.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n dot(s). Give them to the recommendations that matter most to you: write in a recommendation's box how many dots you give it.</source>
            <translation>
                <numerusform>Vous disposez de %n gommette. Attribuez-la à la recommandation qui compte le plus pour vous : inscrivez dans la case de la recommandation le nombre de gommettes que vous lui attribuez.</numerusform>
                <numerusform>Vous disposez de %n gommettes. Attribuez-les aux recommandations qui comptent le plus pour vous : inscrivez dans la case de chaque recommandation le nombre de gommettes que vous lui attribuez.</numerusform>
            </translation>
        </message>
        <message>
            <source>Put at most 1 dot on one recommendation.</source>
            <translation>Placez au plus 1 gommette sur une même recommandation.</translation>
        </message>
        <message numerus="yes">
            <source>You may put up to %n dot(s) on one recommendation.</source>
            <translation>
                <numerusform>Vous pouvez placer jusqu'à %n gommette sur une même recommandation.</numerusform>
                <numerusform>Vous pouvez placer jusqu'à %n gommettes sur une même recommandation.</numerusform>
            </translation>
        </message>
        <message>
            <source>You may put several dots, or all of them, on one recommendation.</source>
            <translation>Vous pouvez placer plusieurs gommettes, voire toutes, sur une même recommandation.</translation>
        </message>
        <message numerus="yes">
            <source>Use %n or fewer in all: a ballot with more dots than that cannot be counted.</source>
            <translation>
                <numerusform>Utilisez %n gommette au plus au total : un bulletin de vote portant davantage de gommettes ne peut pas être décompté.</numerusform>
                <numerusform>Utilisez %n gommettes au plus au total : un bulletin de vote portant davantage de gommettes ne peut pas être décompté.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n point(s) to share out. Write in a recommendation's box how many points you give it; leave the box empty to give none.</source>
            <translation>
                <numerusform>Vous disposez de %n point à répartir. Inscrivez dans la case d'une recommandation le nombre de points que vous lui attribuez ; laissez la case vide pour n'en attribuer aucun.</numerusform>
                <numerusform>Vous disposez de %n points à répartir. Inscrivez dans la case de chaque recommandation le nombre de points que vous lui attribuez ; laissez la case vide pour n'en attribuer aucun.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Give at most %n point(s) to one recommendation.</source>
            <translation>
                <numerusform>Attribuez au plus %n point à une même recommandation.</numerusform>
                <numerusform>Attribuez au plus %n points à une même recommandation.</numerusform>
            </translation>
        </message>
        <message>
            <source>You may give all your points to one recommendation.</source>
            <translation>Vous pouvez attribuer tous vos points à une même recommandation.</translation>
        </message>
        <message numerus="yes">
            <source>Your points must add up to %n or less: write your total at the bottom.</source>
            <translation>
                <numerusform>Le total de vos points ne doit pas dépasser %n : inscrivez votre total en bas de la page.</numerusform>
                <numerusform>Le total de vos points ne doit pas dépasser %n : inscrivez votre total en bas de la page.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the box of every recommendation you support.</source>
            <translation>Cochez la case de chaque recommandation que vous soutenez.</translation>
        </message>
        <message>
            <source>Tick as many as you like, or none.</source>
            <translation>Cochez autant de cases que vous le souhaitez, ou aucune.</translation>
        </message>
        <message>
            <source>Give each recommendation you want to rate one score from 0 (not a priority) to {top} (top priority): cross or fill in the circle of that score. One score per recommendation.</source>
            <translation>Attribuez à chaque recommandation que vous souhaitez noter une note de 0 (pas une priorité) à {top} (priorité absolue) : cochez ou remplissez le cercle correspondant. Une seule note par recommandation.</translation>
        </message>
        <message>
            <source>Leave a recommendation empty if you do not want to rate it: an empty row is not a 0.</source>
            <translation>Laissez une recommandation vide si vous ne souhaitez pas la noter : une ligne vide n'équivaut pas à 0.</translation>
        </message>
        <message>
            <source>Rank the recommendations: write 1 in the box of your first choice, 2 for your second choice, and so on.</source>
            <translation>Classez les recommandations : inscrivez 1 dans la case de votre premier choix, 2 pour votre deuxième choix, et ainsi de suite.</translation>
        </message>
        <message>
            <source>Rank as many as you like and leave the others empty.</source>
            <translation>Classez autant de recommandations que vous le souhaitez et laissez les autres vides.</translation>
        </message>
        <message>
            <source>You may rank recommendations level: give them the same number, then go on from the number after the places they fill (1, 2, 2, 4).</source>
            <translation>Vous pouvez classer des recommandations ex aequo : attribuez-leur le même numéro, puis reprenez au numéro qui suit les places qu'elles occupent (1, 2, 2, 4).</translation>
        </message>
        <message>
            <source>The higher you rank a recommendation, the more points it gets: with 5 ranked, your first choice gets 5 points, the second 4, down to 1 for the fifth. Recommendations ranked level share the points of their places.</source>
            <translation>Mieux vous classez une recommandation, plus elle obtient de points : si vous en classez 5, votre premier choix obtient 5 points, le deuxième 4, et ainsi de suite jusqu'à 1 pour le cinquième. Les recommandations classées ex aequo se partagent les points de leurs places.</translation>
        </message>
        <message>
            <source>A recommendation you leave empty counts as below every one you rank.</source>
            <translation>Une recommandation que vous laissez vide est considérée comme classée après toutes celles que vous classez.</translation>
        </message>
        <message>
            <source>For each recommendation, cross or fill in one letter: M = Must, S = Should, C = Could, W = Won't.</source>
            <translation>Pour chaque recommandation, cochez ou remplissez une lettre : I = Indispensable, S = Souhaitable, P = Possible, E = Exclue.</translation>
        </message>
        <message>
            <source>Leave a recommendation empty if you have no view on it.</source>
            <translation>Laissez une recommandation vide si vous n'avez pas d'avis à son sujet.</translation>
        </message>
        <message>
            <source>Your dots</source>
            <translation>Vos gommettes</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Tick</source>
            <translation>Coche</translation>
        </message>
        <message>
            <source>Your score (0–{top})</source>
            <translation>Votre note (0–{top})</translation>
        </message>
        <message>
            <source>Your rank</source>
            <translation>Votre rang</translation>
        </message>
        <message>
            <source>Your choice</source>
            <translation>Votre choix</translation>
        </message>
        <message>
            <source>Fold the sheet with your marks inside and put it in the ballot box.</source>
            <translation>Pliez la feuille, vos marques à l'intérieur, et déposez-la dans l'urne.</translation>
        </message>
        <message>
            <source>Hand the sheet to the facilitator.</source>
            <translation>Remettez la feuille au facilitateur.</translation>
        </message>
        <message>
            <source>Ballot {number} of {total}</source>
            <translation>Bulletin de vote {number} sur {total}</translation>
        </message>
        <message>
            <source>BALLOT</source>
            <translation>BULLETIN DE VOTE</translation>
        </message>
        <message>
            <source>Secret ballot: do not write your name</source>
            <translation>Scrutin secret : n'inscrivez pas votre nom</translation>
        </message>
        <message>
            <source>Nothing on this sheet links it to you. Make your marks, then fold the sheet.</source>
            <translation>Rien sur cette feuille ne permet de vous identifier. Faites vos marques, puis pliez la feuille.</translation>
        </message>
        <message>
            <source>BALLOT CODE</source>
            <translation>CODE DE BULLETIN DE VOTE</translation>
        </message>
        <message>
            <source>Copy the code from the slip you took. A ballot without a valid, unused code is not counted.</source>
            <translation>Recopiez le code figurant sur le coupon que vous avez pris. Un bulletin de vote sans code valable et non utilisé n'est pas décompté.</translation>
        </message>
        <message>
            <source>ORGANISATION</source>
            <translation>ORGANISATION</translation>
        </message>
        <message>
            <source>VOTER</source>
            <translation>VOTANT</translation>
        </message>
        <message>
            <source>Write the name of your organisation on the line, so that your vote is counted for it.</source>
            <translation>Inscrivez le nom de votre organisation sur la ligne, afin que votre vote soit décompté pour elle.</translation>
        </message>
        <message>
            <source>Write your name on the line, so that your vote is counted for you.</source>
            <translation>Inscrivez votre nom sur la ligne, afin que votre vote soit décompté pour vous.</translation>
        </message>
        <message>
            <source>One ballot per organisation: agree on your marks together.</source>
            <translation>Un bulletin de vote par organisation : convenez ensemble de vos marques.</translation>
        </message>
        <message>
            <source>Open ballot: who voted how is recorded. Vote only on the ballot with your name.</source>
            <translation>Scrutin public : le vote de chacun est enregistré avec son nom. Votez uniquement sur le bulletin de vote portant votre nom.</translation>
        </message>
        <message>
            <source>PAPER BALLOT</source>
            <translation>BULLETIN DE VOTE PAPIER</translation>
        </message>
        <message>
            <source>How to vote: {method}</source>
            <translation>Comment voter : {method}</translation>
        </message>
        <message>
            <source>Ballot {number} (continued)</source>
            <translation>Bulletin de vote {number} (suite)</translation>
        </message>
        <message>
            <source>Ballot {number} continues on the next page</source>
            <translation>Le bulletin de vote {number} se poursuit à la page suivante</translation>
        </message>
        <message>
            <source>Shortened to fit the ballot: the full text is in the recommendation handout.</source>
            <translation>Texte abrégé pour tenir sur le bulletin de vote : le texte intégral figure dans le recueil des recommandations.</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Total of your points (at most {budget})</source>
            <translation>Total de vos points ({budget} au plus)</translation>
        </message>
        <message numerus="yes">
            <source>Check: no more than %n dot(s) in all.</source>
            <translation>
                <numerusform>Vérification : pas plus de %n gommette au total.</numerusform>
                <numerusform>Vérification : pas plus de %n gommettes au total.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check: numbers start from 1; the same number twice means ranked level.</source>
            <translation>Vérification : la numérotation commence à 1 ; un même numéro inscrit deux fois signifie un classement ex aequo.</translation>
        </message>
        <message>
            <source>Paper ballots: {round}</source>
            <translation>Bulletins de vote papier : {round}</translation>
        </message>
        <message>
            <source>Secret ballot</source>
            <translation>Scrutin secret</translation>
        </message>
        <message>
            <source>Open ballot</source>
            <translation>Scrutin public</translation>
        </message>
        <message>
            <source>Paper ballots</source>
            <translation>Bulletins de vote papier</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Changer la phrase secrète</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Phrase secrète actuelle</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Nouvelle phrase secrète</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>The file is re-encrypted with the new passphrase. The recovery key changes too: the old one stops working, and the new one is shown next.</source>
            <translation>Le fichier est chiffré de nouveau avec la nouvelle phrase secrète. La clé de récupération change également : l'ancienne cesse de fonctionner, et la nouvelle s'affiche ensuite.</translation>
        </message>
        <message>
            <source>Type the current passphrase.</source>
            <translation>Saisissez la phrase secrète actuelle.</translation>
        </message>
        <message>
            <source>The current passphrase is not right. Nothing was changed.</source>
            <translation>La phrase secrète actuelle n'est pas correcte. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The passphrase could not be changed: {reason}. The old passphrase still works.</source>
            <translation>La phrase secrète n'a pas pu être changée : {reason}. L'ancienne phrase secrète fonctionne toujours.</translation>
        </message>
    </context>
    <context>
        <name>Charter annex</name>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>State(s)</source>
            <translation>État(s)</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>État(s) auteur(s) de la recommandation</translation>
        </message>
    </context>
    <context>
        <name>Charter document</name>
        <message>
            <source>Outcome charter</source>
            <translation>Charte finale</translation>
        </message>
        <message>
            <source>Preamble</source>
            <translation>Préambule</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>PROJET</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommandations</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>Implementation status</source>
            <translation>Degré de mise en œuvre</translation>
        </message>
        <message>
            <source>Draft — not yet adopted</source>
            <translation>Projet — non encore adopté</translation>
        </message>
        <message>
            <source>First cycle</source>
            <translation>Premier cycle</translation>
        </message>
        <message>
            <source>Second cycle</source>
            <translation>Deuxième cycle</translation>
        </message>
        <message>
            <source>Third cycle</source>
            <translation>Troisième cycle</translation>
        </message>
        <message>
            <source>Fourth cycle</source>
            <translation>Quatrième cycle</translation>
        </message>
        <message>
            <source>Fifth cycle</source>
            <translation>Cinquième cycle</translation>
        </message>
        <message>
            <source>Cycle {number}</source>
            <translation>Cycle {number}</translation>
        </message>
        <message>
            <source>Organised by</source>
            <translation>Organisé par</translation>
        </message>
        <message>
            <source>{cycle}, reviewed on {date}</source>
            <translation>{cycle}, examen du {date}</translation>
        </message>
        <message>
            <source>Reviewed on {date}</source>
            <translation>Examen du {date}</translation>
        </message>
        <message>
            <source>Universal Periodic Review of {country}</source>
            <translation>Examen périodique universel : {country}</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted on {date} at {place}.</source>
            <translation>Nouveau projet de la charte adoptée le {date} à {place}.</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted on {date}.</source>
            <translation>Nouveau projet de la charte adoptée le {date}.</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted at {place}.</source>
            <translation>Nouveau projet de la charte adoptée à {place}.</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted earlier.</source>
            <translation>Nouveau projet de la charte adoptée antérieurement.</translation>
        </message>
        <message>
            <source>This text may still change until the organisations adopt it.</source>
            <translation>Ce texte peut encore être modifié jusqu'à son adoption par les organisations.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Priority {number}</source>
            <translation>Priorité {number}</translation>
        </message>
        <message>
            <source>National</source>
            <comment>level of action</comment>
            <translation>National</translation>
        </message>
        <message>
            <source>Regional</source>
            <comment>level of action</comment>
            <translation>Régional</translation>
        </message>
        <message>
            <source>International</source>
            <comment>level of action</comment>
            <translation>International</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Priorités</translation>
        </message>
        <message>
            <source>Action points</source>
            <translation>Actions</translation>
        </message>
        <message>
            <source>Monitoring and follow-up</source>
            <translation>Surveillance et suivi</translation>
        </message>
        <message>
            <source>Endorsements</source>
            <translation>Adhésions</translation>
        </message>
        <message>
            <source>Annex: recommendations cited</source>
            <translation>Annexe : recommandations citées</translation>
        </message>
        <message>
            <source>Expected government action</source>
            <translation>Mesures attendues du gouvernement</translation>
        </message>
        <message>
            <source>CSO actions and advocacy</source>
            <translation>Actions et plaidoyer des OSC</translation>
        </message>
        <message>
            <source>Lead actor</source>
            <translation>Chef de file</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Partenaires</translation>
        </message>
        <message>
            <source>Indicators or benchmarks</source>
            <translation>Indicateurs ou critères de référence</translation>
        </message>
        <message>
            <source>Resources needed</source>
            <translation>Ressources nécessaires</translation>
        </message>
        <message>
            <source>Timeline and milestones</source>
            <translation>Échéancier et étapes</translation>
        </message>
    </context>
    <context>
        <name>Charter status</name>
        <message>
            <source>Adopted on {date} at {place}</source>
            <translation>Adoptée le {date} à {place}</translation>
        </message>
        <message>
            <source>Adopted on {date}</source>
            <translation>Adoptée le {date}</translation>
        </message>
        <message>
            <source>Adopted at {place}</source>
            <translation>Adoptée à {place}</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Adoptée</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption on {date} at {place}</source>
            <translation>{draft} : modifié depuis son adoption le {date} à {place}</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption on {date}</source>
            <translation>{draft} : modifié depuis son adoption le {date}</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption at {place}</source>
            <translation>{draft} : modifié depuis son adoption à {place}</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption</source>
            <translation>{draft} : modifié depuis son adoption</translation>
        </message>
    </context>
    <context>
        <name>Charter template</name>
        <message>
            <source>{start} to {end}</source>
            <translation>Du {start} au {end}</translation>
        </message>
    </context>
    <context>
        <name>CharterOutline</name>
        <message numerus="yes">
            <source>%n open comment(s)</source>
            <translation>
                <numerusform>%n commentaire ouvert</numerusform>
                <numerusform>%n commentaires ouverts</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CharterPage</name>
        <message>
            <source>Action point saved. Undo with Ctrl+Z.</source>
            <translation>Action enregistrée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>%1 action points</source>
            <translation>Actions (niveau : %1)</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>Aucune pour l'instant.</translation>
        </message>
        <message>
            <source>Add an action point…</source>
            <translation>Ajouter une action…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Action point added. Undo with Ctrl+Z.</source>
            <translation>Action ajoutée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Action point deleted. Undo with Ctrl+Z.</source>
            <translation>Action supprimée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Plan of action</source>
            <translation>Plan d'action</translation>
        </message>
        <message>
            <source>What the organisations will do at home, in the region and at the UN. Press Enter to add; double-click a point to change it.</source>
            <translation>Ce que les organisations feront dans leur pays, dans la région et à l'ONU. Appuyez sur Entrée pour ajouter ; double-cliquez sur une action pour la modifier.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>États auteurs des recommandations</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>Soutenue</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>Prise en note</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Inconnue</translation>
        </message>
        <message>
            <source>Recommendations cited</source>
            <translation>Recommandations citées</translation>
        </message>
        <message>
            <source>The annex lists the recommendations the priorities cite. None are cited yet.</source>
            <translation>L'annexe énumère les recommandations citées par les priorités. Aucune n'est encore citée.</translation>
        </message>
        <message>
            <source>Built automatically</source>
            <translation>Établie automatiquement</translation>
        </message>
        <message>
            <source>Built from the recommendations the priorities cite, in the order they are first cited: %1 in all. It updates itself.</source>
            <translation>Établie à partir des recommandations citées par les priorités, dans l'ordre de leur première citation : %1 au total. Elle se met à jour d'elle-même.</translation>
        </message>
        <message>
            <source>{time}  ·  resolved</source>
            <translation>{time}  ·  résolu</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Rouvrir</translation>
        </message>
        <message>
            <source>Mark resolved</source>
            <translation>Marquer comme résolu</translation>
        </message>
        <message>
            <source>COMMENTS</source>
            <translation>COMMENTAIRES</translation>
        </message>
        <message>
            <source>No comments on this part yet.</source>
            <translation>Aucun commentaire sur cette partie pour l'instant.</translation>
        </message>
        <message>
            <source>Add a comment on this part…</source>
            <translation>Ajouter un commentaire sur cette partie…</translation>
        </message>
        <message>
            <source>Whose comment it is. Anonymous leaves no name in the file.</source>
            <translation>L'auteur du commentaire. « Anonyme » ne laisse aucun nom dans le fichier.</translation>
        </message>
        <message>
            <source>Comment from</source>
            <translation>Commentaire de</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Ajouter le commentaire</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the author of a comment</comment>
            <translation>De</translation>
        </message>
        <message>
            <source>On “%1”</source>
            <translation>Sur « %1 »</translation>
        </message>
        <message>
            <source>No open comments on this part.</source>
            <translation>Aucun commentaire ouvert sur cette partie.</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>Anonyme</translation>
        </message>
        <message>
            <source>Comment added. Undo with Ctrl+Z.</source>
            <translation>Commentaire ajouté. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Comment marked resolved.</source>
            <translation>Commentaire marqué comme résolu.</translation>
        </message>
        <message>
            <source>Comment reopened.</source>
            <translation>Commentaire rouvert.</translation>
        </message>
        <message>
            <source>Comment deleted. Undo with Ctrl+Z.</source>
            <translation>Commentaire supprimé. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Représentant</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Signed on paper</source>
            <translation>Signée sur papier</translation>
        </message>
        <message>
            <source>Tick when the organisation's signed page is back.</source>
            <translation>Cochez la case quand la page signée par l'organisation est revenue.</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Signée</translation>
        </message>
        <message>
            <source>%1: signed on paper.</source>
            <translation>%1 : signée sur papier.</translation>
        </message>
        <message>
            <source>%1: no longer marked as signed.</source>
            <translation>%1 : n'est plus marquée comme signée.</translation>
        </message>
        <message>
            <source>Endorsement saved. Undo with Ctrl+Z.</source>
            <translation>Adhésion enregistrée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Add an endorsement</source>
            <translation>Ajouter une adhésion</translation>
        </message>
        <message>
            <source>Change the endorsement</source>
            <translation>Modifier l'adhésion</translation>
        </message>
        <message>
            <source>The organisation's name, as it signs</source>
            <translation>Le nom de l'organisation, tel qu'elle signe</translation>
        </message>
        <message>
            <source>Name of the person who signs</source>
            <translation>Nom de la personne qui signe</translation>
        </message>
        <message>
            <source>Executive director, chair…</source>
            <translation>Directrice exécutive, président…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>The charter prints a signature line for each organisation. A representative is printed by name: ask them first.</source>
            <translation>Une ligne de signature est imprimée dans la charte pour chaque organisation. Le représentant y est nommé : demandez-lui d'abord son accord.</translation>
        </message>
        <message>
            <source>“%1” is not a date. Write it as 2025-03-14, or leave it empty.</source>
            <translation>« %1 » n'est pas une date. Écrivez-la sous la forme 2025-03-14, ou laissez le champ vide.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Ajouter…</translation>
        </message>
        <message>
            <source>Add the participants' organisations</source>
            <translation>Ajouter les organisations des participants</translation>
        </message>
        <message>
            <source>One endorsement for each registered organisation not yet listed</source>
            <translation>Une adhésion pour chaque organisation enregistrée qui ne figure pas encore dans la liste</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Endorsements</source>
            <translation>Adhésions</translation>
        </message>
        <message>
            <source>No endorsements yet. Add the organisations registered with the participants, or add organisations one by one.</source>
            <translation>Aucune adhésion pour l'instant. Ajoutez les organisations enregistrées avec les participants, ou ajoutez les organisations une par une.</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Signatures</translation>
        </message>
        <message>
            <source>The organisations that adopt the charter. Double-click a cell to change it; tick “Signed on paper” when the signed page is back.</source>
            <translation>Les organisations qui adoptent la charte. Double-cliquez sur une cellule pour la modifier ; cochez « Signée sur papier » quand la page signée est revenue.</translation>
        </message>
        <message>
            <source>Endorsement added. Undo with Ctrl+Z.</source>
            <translation>Adhésion ajoutée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>The endorsement of %1 was deleted. Undo with Ctrl+Z.</source>
            <translation>L'adhésion de %1 a été supprimée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>National</source>
            <translation>National</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Régional</translation>
        </message>
        <message>
            <source>International</source>
            <translation>International</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Non commencée</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Partiellement mise en œuvre</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Pleinement mise en œuvre</translation>
        </message>
        <message>
            <source>Action points by level</source>
            <translation>Actions par niveau</translation>
        </message>
        <message>
            <source>Title and details</source>
            <translation>Titre et informations</translation>
        </message>
        <message>
            <source>Untitled section</source>
            <translation>Section sans titre</translation>
        </message>
        <message>
            <source>Untitled priority</source>
            <translation>Priorité sans titre</translation>
        </message>
        <message>
            <source>Parts of the charter</source>
            <translation>Parties de la charte</translation>
        </message>
        <message>
            <source>Plan: %1 of %2 parts written</source>
            <translation>Plan : %1 parties rédigées sur %2</translation>
        </message>
        <message>
            <source>Everything you type is saved as you go; there is no Save button to forget.</source>
            <translation>Tout ce que vous saisissez est enregistré au fur et à mesure : inutile de chercher un bouton Enregistrer.</translation>
        </message>
        <message>
            <source>Save version…</source>
            <translation>Enregistrer une version…</translation>
        </message>
        <message>
            <source>Keep the charter as it is now, under a name</source>
            <translation>Conserver la charte dans son état actuel, sous un nom</translation>
        </message>
        <message>
            <source>Versions…</source>
            <translation>Versions…</translation>
        </message>
        <message>
            <source>Compare versions word by word, or restore one</source>
            <translation>Comparer des versions mot à mot, ou en restaurer une</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Commentaires</translation>
        </message>
        <message>
            <source>Show or hide the comments on the part shown</source>
            <translation>Afficher ou masquer les commentaires sur la partie affichée</translation>
        </message>
        <message>
            <source>Adopt charter…</source>
            <translation>Adopter la charte…</translation>
        </message>
        <message>
            <source>Freeze the charter as adopted, with its date and place</source>
            <translation>Figer la charte telle qu'adoptée, avec sa date et son lieu</translation>
        </message>
        <message>
            <source>+ Section</source>
            <translation>+ Section</translation>
        </message>
        <message>
            <source>Add a free section with its own heading</source>
            <translation>Ajouter une section libre avec son propre intitulé</translation>
        </message>
        <message>
            <source>+ Priority ▾</source>
            <translation>+ Priorité ▾</translation>
        </message>
        <message>
            <source>Add priorities from clusters, recommendations or a voting round</source>
            <translation>Ajouter des priorités à partir de groupes thématiques, de recommandations ou d'un tour de scrutin</translation>
        </message>
        <message>
            <source>From a cluster…</source>
            <translation>À partir d'un groupe thématique…</translation>
        </message>
        <message>
            <source>From recommendations…</source>
            <translation>À partir de recommandations…</translation>
        </message>
        <message>
            <source>Fill from a closed voting round…</source>
            <translation>Remplir à partir d'un tour de scrutin clos…</translation>
        </message>
        <message>
            <source>Outcome charter</source>
            <translation>Charte finale</translation>
        </message>
        <message>
            <source>1 priority</source>
            <translation>1 priorité</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities</source>
            <translation>
                <numerusform>%n priorité</numerusform>
                <numerusform>%n priorités</numerusform>
            </translation>
        </message>
        <message>
            <source>1 recommendation cited</source>
            <translation>1 recommandation citée</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations cited</source>
            <translation>
                <numerusform>%n recommandation citée</numerusform>
                <numerusform>%n recommandations citées</numerusform>
            </translation>
        </message>
        <message>
            <source>Adopted on %1 at %2</source>
            <translation>Adoptée le %1 à %2</translation>
        </message>
        <message>
            <source>Editing starts a new draft; the adopted text stays as it was</source>
            <translation>Toute modification ouvre un nouveau projet ; le texte adopté reste tel quel</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Changed since it was adopted on %1; the adopted text stays as it was</source>
            <translation>Modifiée depuis son adoption le %1 ; le texte adopté reste tel quel</translation>
        </message>
        <message>
            <source>✓ All changes saved</source>
            <translation>✓ Toutes les modifications sont enregistrées</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>a blank charter</source>
            <translation>une charte vierge</translation>
        </message>
        <message>
            <source>Charter started from %1. Undo with Ctrl+Z.</source>
            <translation>Charte créée à partir de %1. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>Nouvelle section</translation>
        </message>
        <message>
            <source>Section added. Undo with Ctrl+Z.</source>
            <translation>Section ajoutée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Section moved. Undo with Ctrl+Z.</source>
            <translation>Section déplacée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>this untitled section</source>
            <translation>cette section sans titre</translation>
        </message>
        <message>
            <source>Delete a section</source>
            <translation>Supprimer une section</translation>
        </message>
        <message>
            <source>Delete the section “%1” and its comments? You can undo this with Ctrl+Z.</source>
            <translation>Supprimer la section « %1 » et ses commentaires ? Vous pouvez annuler avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>Section deleted. Undo with Ctrl+Z.</source>
            <translation>Section supprimée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Add 1 priority</source>
            <translation>Ajouter 1 priorité</translation>
        </message>
        <message>
            <source>Add %1 priorities</source>
            <translation>Ajouter %1 priorités</translation>
        </message>
        <message>
            <source>1 priority added. Undo with Ctrl+Z.</source>
            <translation>1 priorité ajoutée. Ctrl+Z pour annuler.</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities added. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n priorité ajoutée. Ctrl+Z pour annuler.</numerusform>
                <numerusform>%n priorités ajoutées. Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message>
            <source>Priority “%1” added. Undo with Ctrl+Z.</source>
            <translation>Priorité « %1 » ajoutée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Priorities put in the round's order; %1 added. Undo with Ctrl+Z.</source>
            <translation>Priorités placées dans l'ordre du tour de scrutin ; %1 ajoutées. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Priority moved to place %1. Undo with Ctrl+Z.</source>
            <translation>Priorité déplacée en position %1. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Delete a priority</source>
            <translation>Supprimer une priorité</translation>
        </message>
        <message>
            <source>Delete the priority “%1”, its plan and its comments? The recommendations stay in the workshop. You can undo this with Ctrl+Z.</source>
            <translation>Supprimer la priorité « %1 », son plan et ses commentaires ? Les recommandations restent dans l'atelier. Vous pouvez annuler avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>Priority deleted. Undo with Ctrl+Z.</source>
            <translation>Priorité supprimée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Version saved. Compare it or go back to it under “Versions…”.</source>
            <translation>Version enregistrée. Vous pouvez la comparer ou y revenir dans « Versions… ».</translation>
        </message>
        <message>
            <source>The charter can't be adopted yet</source>
            <translation>La charte ne peut pas encore être adoptée</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Adopt the charter as it is? To replace the guidance first, choose Cancel.</source>
            <translation>La charte contient encore des indications du modèle entre [crochets], dans : {parts}.

Adopter la charte en l'état ? Pour remplacer d'abord les indications, choisissez Annuler.</translation>
        </message>
        <message>
            <source>The charter is not finished</source>
            <translation>La charte n'est pas terminée</translation>
        </message>
        <message>
            <source>Charter adopted on %1 at %2. Its text is kept as adopted.</source>
            <translation>Charte adoptée le %1 à %2. Son texte est conservé tel qu'adopté.</translation>
        </message>
        <message>
            <source>Read-only: nothing here can be changed</source>
            <translation>Lecture seule : rien ne peut être modifié ici</translation>
        </message>
        <message>
            <source>About the charter</source>
            <translation>À propos de la charte</translation>
        </message>
        <message>
            <source>These head the printed charter. They came from the workshop's details; change them here for the charter alone.</source>
            <translation>Ces informations figurent en tête de la charte imprimée. Elles proviennent des informations de l'atelier ; modifiez-les ici pour la charte seulement.</translation>
        </message>
        <message>
            <source>The charter's title</source>
            <translation>Le titre de la charte</translation>
        </message>
        <message>
            <source>City, country</source>
            <translation>Ville, pays</translation>
        </message>
        <message>
            <source>2025-03-12</source>
            <translation>2025-03-12</translation>
        </message>
        <message>
            <source>2025-03-14</source>
            <translation>2025-03-14</translation>
        </message>
        <message>
            <source>One organisation per line</source>
            <translation>Une organisation par ligne</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the workshop's start date</comment>
            <translation>Du</translation>
        </message>
        <message>
            <source>To</source>
            <comment>the workshop's end date</comment>
            <translation>Au</translation>
        </message>
        <message>
            <source>Dates as year-month-day, such as 2025-03-12.</source>
            <translation>Dates au format année-mois-jour, par exemple 2025-03-12.</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>Organisateurs</translation>
        </message>
        <message>
            <source>One organisation per line, as they appear on the charter.</source>
            <translation>Une organisation par ligne, telles qu'elles figurent sur la charte.</translation>
        </message>
        <message>
            <source>The context: the review, the recommendations received, the process that led to this charter…</source>
            <translation>Le contexte : l'examen, les recommandations reçues, le processus qui a abouti à cette charte…</translation>
        </message>
        <message>
            <source>Who follows up, when progress is reviewed, and the mid-term report…</source>
            <translation>Qui assure le suivi, quand les progrès sont examinés, et le rapport à mi-parcours…</translation>
        </message>
        <message>
            <source>Context, the review, the process followed.</source>
            <translation>Le contexte, l'examen, le processus suivi.</translation>
        </message>
        <message>
            <source>Who follows up, when progress is reviewed, the mid-term report.</source>
            <translation>Qui assure le suivi, quand les progrès sont examinés, le rapport à mi-parcours.</translation>
        </message>
        <message>
            <source>Saved as you type.</source>
            <translation>Enregistré au fil de la saisie.</translation>
        </message>
        <message>
            <source>The charter's text</source>
            <translation>Le texte de la charte</translation>
        </message>
        <message>
            <source>Move the section up (Alt+Up in the outline)</source>
            <translation>Monter la section (Alt+Haut dans le sommaire)</translation>
        </message>
        <message>
            <source>Move the section down (Alt+Down in the outline)</source>
            <translation>Descendre la section (Alt+Bas dans le sommaire)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
        <message>
            <source>Delete this section</source>
            <translation>Supprimer cette section</translation>
        </message>
        <message>
            <source>Heading of the section</source>
            <translation>Intitulé de la section</translation>
        </message>
        <message>
            <source>The section's text…</source>
            <translation>Le texte de la section…</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <source>Section %1 of %2</source>
            <translation>Section %1 sur %2</translation>
        </message>
        <message>
            <source>A free section with its own heading.</source>
            <translation>Une section libre avec son propre intitulé.</translation>
        </message>
        <message>
            <source>A priority from recommendations</source>
            <translation>Une priorité à partir de recommandations</translation>
        </message>
        <message>
            <source>Add recommendations to “%1”</source>
            <translation>Ajouter des recommandations à « %1 »</translation>
        </message>
        <message>
            <source>Tick the recommendations the priority covers. Search by words, number or State.</source>
            <translation>Cochez les recommandations que couvre la priorité. Recherchez par mots, numéro ou État.</translation>
        </message>
        <message>
            <source>Tick the recommendations to add. Those it already covers are not listed.</source>
            <translation>Cochez les recommandations à ajouter. Celles qu'elle couvre déjà ne sont pas listées.</translation>
        </message>
        <message>
            <source>Search the recommendations</source>
            <translation>Rechercher dans les recommandations</translation>
        </message>
        <message>
            <source>The priority's title, such as “Access to justice for women”</source>
            <translation>Le titre de la priorité, par exemple « Accès des femmes à la justice »</translation>
        </message>
        <message>
            <source>Add the priority</source>
            <translation>Ajouter la priorité</translation>
        </message>
        <message>
            <source>Add recommendations</source>
            <translation>Ajouter les recommandations</translation>
        </message>
        <message>
            <source>Title of the priority</source>
            <translation>Titre de la priorité</translation>
        </message>
        <message>
            <source>Add 1 recommendation</source>
            <translation>Ajouter 1 recommandation</translation>
        </message>
        <message>
            <source>Add %1 recommendations</source>
            <translation>Ajouter %1 recommandations</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Groupe thématique</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommandations</translation>
        </message>
        <message>
            <source>In the charter</source>
            <translation>Dans la charte</translation>
        </message>
        <message>
            <source>Priority %1</source>
            <translation>Priorité %1</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Vide</translation>
        </message>
        <message>
            <source>Priorities from clusters</source>
            <translation>Priorités à partir de groupes thématiques</translation>
        </message>
        <message>
            <source>Each cluster you tick becomes a priority, titled with the cluster's name and covering its recommendations. Clusters already in the charter are ticked and greyed.</source>
            <translation>Chaque groupe thématique coché devient une priorité, qui porte le nom du groupe et couvre ses recommandations. Les groupes thématiques déjà présents dans la charte sont cochés et grisés.</translation>
        </message>
        <message>
            <source>This workshop has no clusters yet. Group the recommendations into clusters in the Clusters step, or make a priority from recommendations instead.</source>
            <translation>Cet atelier n'a pas encore de groupes thématiques. Regroupez les recommandations en groupes thématiques à l'étape Groupes thématiques, ou créez plutôt une priorité à partir de recommandations.</translation>
        </message>
        <message>
            <source>Add priorities</source>
            <translation>Ajouter les priorités</translation>
        </message>
        <message>
            <source>Priorities from a voting round</source>
            <translation>Priorités à partir d'un tour de scrutin</translation>
        </message>
        <message>
            <source>The round's results, in order, become the charter's priorities. A priority that already covers a result moves into its place; the others are added.</source>
            <translation>Les résultats du tour de scrutin, dans l'ordre, deviennent les priorités de la charte. Une priorité qui couvre déjà un résultat prend sa place ; les autres sont ajoutées.</translation>
        </message>
        <message>
            <source>Every candidate, in result order</source>
            <translation>Toutes les options, dans l'ordre des résultats</translation>
        </message>
        <message>
            <source>Only the top results, with any ties at the cut</source>
            <translation>Uniquement les premiers résultats, y compris les éventuels ex aequo au seuil</translation>
        </message>
        <message>
            <source>Number of results to take:</source>
            <translation>Nombre de résultats à retenir :</translation>
        </message>
        <message>
            <source>No voting round is closed yet. Close a round in the Vote step, then come back.</source>
            <translation>Aucun tour de scrutin n'est encore clos. Clôturez un tour de scrutin à l'étape Vote, puis revenez.</translation>
        </message>
        <message>
            <source>Fill the priorities</source>
            <translation>Remplir les priorités</translation>
        </message>
        <message>
            <source>Closed round</source>
            <translation>Tour de scrutin clos</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>Vous pouvez annuler avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>#</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>Plan</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Niveau</translation>
        </message>
        <message>
            <source>%1 of %2 written</source>
            <translation>%1 sur %2 rédigées</translation>
        </message>
        <message>
            <source>Each cluster you choose becomes a priority with its recommendations</source>
            <translation>Chaque groupe thématique choisi devient une priorité avec ses recommandations</translation>
        </message>
        <message>
            <source>Pick recommendations to make one priority</source>
            <translation>Choisir des recommandations pour créer une priorité</translation>
        </message>
        <message>
            <source>The round's results, in order, become the priorities</source>
            <translation>Les résultats du tour de scrutin, dans l'ordre, deviennent les priorités</translation>
        </message>
        <message>
            <source>Add priorities:</source>
            <translation>Ajouter des priorités :</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Priorités</translation>
        </message>
        <message>
            <source>No priorities yet. A charter is adopted for its priorities: take them from your clusters, pick recommendations, or fill them from a closed voting round.</source>
            <translation>Aucune priorité pour l'instant. Une charte est adoptée pour ses priorités : reprenez-les de vos groupes thématiques, choisissez des recommandations, ou remplissez-les à partir d'un tour de scrutin clos.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Drag priorities in the outline, or use the buttons, to change their order.</source>
            <translation>Faites glisser les priorités dans le sommaire, ou utilisez les boutons, pour changer leur ordre.</translation>
        </message>
        <message>
            <source>1 priority, in the order the charter lists them.</source>
            <translation>1 priorité, dans l'ordre où la charte les présente.</translation>
        </message>
        <message>
            <source>What the organisations agree to work on, each with its plan.</source>
            <translation>Ce sur quoi les organisations conviennent de travailler, chaque priorité avec son plan.</translation>
        </message>
        <message>
            <source>What the organisations agree on</source>
            <translation>Ce sur quoi les organisations s'accordent</translation>
        </message>
        <message>
            <source>What the government is expected to do.</source>
            <translation>Ce que l'on attend du gouvernement.</translation>
        </message>
        <message>
            <source>What the organisations will do: advocacy, monitoring, awareness, shadow reports.</source>
            <translation>Ce que feront les organisations : plaidoyer, surveillance, sensibilisation, rapports parallèles.</translation>
        </message>
        <message>
            <source>Who leads the follow-up.</source>
            <translation>Qui dirige le suivi.</translation>
        </message>
        <message>
            <source>Who works with them.</source>
            <translation>Qui travaille avec eux.</translation>
        </message>
        <message>
            <source>How progress will be measured: a benchmark, a figure, a law passed.</source>
            <translation>Comment les progrès seront mesurés : un critère de référence, un chiffre, une loi adoptée.</translation>
        </message>
        <message>
            <source>People, money and expertise needed.</source>
            <translation>Personnes, fonds et compétences nécessaires.</translation>
        </message>
        <message>
            <source>{text}

Recommended by {states}</source>
            <translation>{text}

Recommandation formulée par : {states}</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Not a date: write 2027, 2027-06 or 2027-06-30.</source>
            <translation>Ce n'est pas une date : écrivez 2027, 2027-06 ou 2027-06-30.</translation>
        </message>
        <message>
            <source>Move the priority up (Alt+Up in the outline)</source>
            <translation>Monter la priorité (Alt+Haut dans le sommaire)</translation>
        </message>
        <message>
            <source>Move the priority down (Alt+Down in the outline)</source>
            <translation>Descendre la priorité (Alt+Bas dans le sommaire)</translation>
        </message>
        <message>
            <source>Delete this priority and its plan</source>
            <translation>Supprimer cette priorité et son plan</translation>
        </message>
        <message>
            <source>The priority's title</source>
            <translation>Le titre de la priorité</translation>
        </message>
        <message>
            <source>Add recommendations…</source>
            <translation>Ajouter des recommandations…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Recommendations this priority covers</source>
            <translation>Recommandations couvertes par cette priorité</translation>
        </message>
        <message>
            <source>No recommendations yet. A priority usually cites the recommendations it follows up.</source>
            <translation>Aucune recommandation pour l'instant. Une priorité cite généralement les recommandations dont elle assure le suivi.</translation>
        </message>
        <message>
            <source>THE PLAN</source>
            <translation>LE PLAN</translation>
        </message>
        <message>
            <source>Where the work happens.</source>
            <translation>Où le travail se fait.</translation>
        </message>
        <message>
            <source>Implementation status</source>
            <translation>Degré de mise en œuvre</translation>
        </message>
        <message>
            <source>For following up after the workshop.</source>
            <translation>Pour le suivi après l'atelier.</translation>
        </message>
        <message>
            <source>Add milestone</source>
            <translation>Ajouter une étape</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Étapes</translation>
        </message>
        <message>
            <source>Dates as 2027, 2027-06 or 2027-06-30. Double-click a cell to change it.</source>
            <translation>Dates au format 2027, 2027-06 ou 2027-06-30. Double-cliquez sur une cellule pour la modifier.</translation>
        </message>
        <message>
            <source>Priority %1 of %2</source>
            <translation>Priorité %1 sur %2</translation>
        </message>
        <message>
            <source>Recommendations covered</source>
            <translation>Recommandations couvertes</translation>
        </message>
        <message>
            <source>Plan %1/%2 filled</source>
            <translation>Plan : %1/%2 parties remplies</translation>
        </message>
        <message>
            <source>THE PLAN · %1 OF %2 PARTS WRITTEN</source>
            <translation>LE PLAN · %1 PARTIES RÉDIGÉES SUR %2</translation>
        </message>
        <message>
            <source>The priority needs a title. Until it has one, the charter keeps “%1”.</source>
            <translation>La priorité doit avoir un titre. Tant qu'elle n'en a pas, la charte conserve « %1 ».</translation>
        </message>
        <message>
            <source>Recommendation removed from the priority. Undo with Ctrl+Z.</source>
            <translation>Recommandation retirée de la priorité. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Use this template →</source>
            <translation>Utiliser ce modèle →</translation>
        </message>
        <message>
            <source>STEP 6 · THE OUTCOME CHARTER</source>
            <translation>ÉTAPE 6 · LA CHARTE FINALE</translation>
        </message>
        <message>
            <source>Draft the outcome charter</source>
            <translation>Rédiger la charte finale</translation>
        </message>
        <message>
            <source>The charter is what the workshop produces: the priorities the organisations agree on, each with a plan (what, by whom, measured how, by when), then adopted and signed. Start from a template; everything in it can be changed, and everything you type is saved as you go.</source>
            <translation>La charte est le résultat de l'atelier : les priorités sur lesquelles les organisations s'accordent, chacune avec un plan (quoi, par qui, mesuré comment, pour quand) ; elle est ensuite adoptée et signée. Partez d'un modèle ; tout son contenu peut être modifié, et tout ce que vous saisissez est enregistré au fur et à mesure.</translation>
        </message>
        <message>
            <source>Start blank</source>
            <translation>Partir d'une page vierge</translation>
        </message>
        <message>
            <source>A charter with the workshop's title, place and dates, and nothing else</source>
            <translation>Une charte avec le titre, le lieu et les dates de l'atelier, et rien d'autre</translation>
        </message>
        <message>
            <source>This workshop has no charter, and it is open read-only.</source>
            <translation>Cet atelier n'a pas de charte, et il est ouvert en lecture seule.</translation>
        </message>
        <message>
            <source>Or begin with the workshop's title, place and dates only:</source>
            <translation>Ou commencez seulement avec le titre, le lieu et les dates de l'atelier :</translation>
        </message>
        <message>
            <source>No differences: the two texts are the same.</source>
            <translation>Aucune différence : les deux textes sont identiques.</translation>
        </message>
        <message>
            <source>No words added.</source>
            <translation>Aucun mot ajouté.</translation>
        </message>
        <message>
            <source>No words removed.</source>
            <translation>Aucun mot supprimé.</translation>
        </message>
        <message>
            <source>{added} {removed}</source>
            <comment>two sentences side by side: words added, words removed; the space between them is the language's own</comment>
            <translation>{added} {removed}</translation>
        </message>
        <message>
            <source>%1 lines unchanged</source>
            <translation>%1 lignes inchangées</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Enregistrée</translation>
        </message>
        <message>
            <source>The adopted text: it never changes.</source>
            <translation>Le texte adopté : il ne change jamais.</translation>
        </message>
        <message>
            <source>Save a version</source>
            <translation>Enregistrer une version</translation>
        </message>
        <message>
            <source>Save a version of the charter</source>
            <translation>Enregistrer une version de la charte</translation>
        </message>
        <message>
            <source>Draft of %1</source>
            <translation>Projet du %1</translation>
        </message>
        <message>
            <source>Save version</source>
            <translation>Enregistrer la version</translation>
        </message>
        <message>
            <source>A version keeps the charter exactly as it is now. Compare it with later drafts, or go back to it.</source>
            <translation>Une version conserve la charte exactement telle qu'elle est maintenant. Comparez-la avec des projets ultérieurs, ou revenez-y.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Versions of the charter</source>
            <translation>Versions de la charte</translation>
        </message>
        <message>
            <source>No versions saved yet. “Save version…” keeps the charter as it is now.</source>
            <translation>Aucune version enregistrée pour l'instant. « Enregistrer une version… » conserve la charte dans son état actuel.</translation>
        </message>
        <message>
            <source>Restore this version…</source>
            <translation>Restaurer cette version…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Comparer</translation>
        </message>
        <message>
            <source>with</source>
            <translation>avec</translation>
        </message>
        <message>
            <source>Choose a version to compare it with the current draft, or pick any two below. Restoring a version replaces the draft; you can undo it.</source>
            <translation>Choisissez une version pour la comparer avec le projet actuel, ou choisissez deux versions ci-dessous. Restaurer une version remplace le projet ; vous pouvez annuler.</translation>
        </message>
        <message>
            <source>The current draft</source>
            <translation>Le projet actuel</translation>
        </message>
        <message>
            <source>Restore a version</source>
            <translation>Restaurer une version</translation>
        </message>
        <message>
            <source>Restore “%1”? The current draft is replaced by it. You can undo this with Ctrl+Z.</source>
            <translation>Restaurer « %1 » ? Le projet actuel sera remplacé par cette version. Vous pouvez annuler avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>Version restored. Undo with Ctrl+Z.</source>
            <translation>Version restaurée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Adopt the charter</source>
            <translation>Adopter la charte</translation>
        </message>
        <message>
            <source>The adopted text is frozen: it is kept exactly as it is now, with the date and place of adoption, and printed as the adopted charter. Later edits start a new draft and never change it. Adoption cannot be undone.</source>
            <translation>Le texte adopté est figé : il est conservé exactement tel qu'il est maintenant, avec la date et le lieu d'adoption, et imprimé comme charte adoptée. Les modifications ultérieures ouvrent un nouveau projet et ne le changent jamais. L'adoption est irréversible.</translation>
        </message>
        <message>
            <source>Where the organisations adopt it</source>
            <translation>Lieu où les organisations l'adoptent</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>Adoptée le</translation>
        </message>
        <message>
            <source>At</source>
            <translation>À</translation>
        </message>
    </context>
    <context>
        <name>CharterVersions</name>
        <message numerus="yes">
            <source>%n word(s) added.</source>
            <translation>
                <numerusform>%n mot ajouté.</numerusform>
                <numerusform>%n mots ajoutés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s) removed.</source>
            <translation>
                <numerusform>%n mot supprimé.</numerusform>
                <numerusform>%n mots supprimés.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterListModel</name>
        <message>
            <source>Unassigned</source>
            <translation>Non regroupées</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recommandation</numerusform>
                <numerusform>%n recommandations</numerusform>
            </translation>
        </message>
        <message>
            <source>Select rows on the right and press %1 to move them here.</source>
            <translation>Sélectionnez des lignes à droite et appuyez sur %1 pour les déplacer ici.</translation>
        </message>
        <message>
            <source>Select rows on the right and press 0 to take them out of their cluster.</source>
            <translation>Sélectionnez des lignes à droite et appuyez sur 0 pour les retirer de leur groupe thématique.</translation>
        </message>
        <message>
            <source>Double-click or press F2 to rename.</source>
            <translation>Double-cliquez ou appuyez sur F2 pour renommer.</translation>
        </message>
        <message numerus="yes">
            <source>{name}, %n recommendation(s)</source>
            <translation>
                <numerusform>{name}, %n recommandation</numerusform>
                <numerusform>{name}, %n recommandations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterPicker</name>
        <message>
            <source>Type a cluster’s name…</source>
            <translation>Saisissez le nom d'un groupe thématique…</translation>
        </message>
        <message>
            <source>↑↓ to choose · Enter to move · Esc to cancel</source>
            <translation>↑↓ pour choisir · Entrée pour déplacer · Échap pour annuler</translation>
        </message>
        <message>
            <source>Take out of the cluster (Unassigned)</source>
            <translation>Retirer du groupe thématique (Non regroupées)</translation>
        </message>
        <message>
            <source>+   New cluster “%1”</source>
            <translation>+   Nouveau groupe thématique « %1 »</translation>
        </message>
    </context>
    <context>
        <name>Clusters</name>
        <message>
            <source>The cluster needs a name.</source>
            <translation>Le groupe thématique doit avoir un nom.</translation>
        </message>
        <message>
            <source>The name is too long ({length} characters; at most {most}).</source>
            <translation>Le nom est trop long ({length} caractères ; {most} au plus).</translation>
        </message>
        <message>
            <source>There is already a cluster called “{name}”.</source>
            <translation>Il existe déjà un groupe thématique nommé « {name} ».</translation>
        </message>
        <message>
            <source>This cluster no longer exists (it may have been deleted or merged).</source>
            <translation>Ce groupe thématique n'existe plus (il a peut-être été supprimé ou fusionné).</translation>
        </message>
        <message>
            <source>The description is too long ({text_count} characters; at most {description_max}).</source>
            <translation>La description est trop longue ({text_count} caractères ; {description_max} au plus).</translation>
        </message>
        <message>
            <source>New cluster {name}</source>
            <translation>Nouveau groupe thématique {name}</translation>
        </message>
        <message>
            <source>Rename cluster {name}</source>
            <translation>Renommer le groupe thématique {name}</translation>
        </message>
        <message>
            <source>Describe cluster {name}</source>
            <translation>Décrire le groupe thématique {name}</translation>
        </message>
        <message>
            <source>Move cluster {name}</source>
            <translation>Déplacer le groupe thématique {name}</translation>
        </message>
        <message>
            <source>Choose a cluster to delete.</source>
            <translation>Choisissez un groupe thématique à supprimer.</translation>
        </message>
        <message>
            <source>Delete cluster {name}</source>
            <translation>Supprimer le groupe thématique {name}</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n clusters</source>
            <translation>
                <numerusform>Supprimer %n groupe thématique</numerusform>
                <numerusform>Supprimer %n groupes thématiques</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose at least two clusters to merge.</source>
            <translation>Choisissez au moins deux groupes thématiques à fusionner.</translation>
        </message>
        <message>
            <source>Merge {number} clusters into {name}</source>
            <translation>Fusionner {number} groupes thématiques dans {name}</translation>
        </message>
        <message numerus="yes">
            <source>Move %n recommendation(s) to {name}</source>
            <translation>
                <numerusform>Déplacer %n recommandation vers {name}</numerusform>
                <numerusform>Déplacer %n recommandations vers {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %n recommendation(s) out of their cluster</source>
            <translation>
                <numerusform>Retirer %n recommandation de son groupe thématique</numerusform>
                <numerusform>Retirer %n recommandations de leur groupe thématique</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no recommendations to cluster yet. Import them in Review first.</source>
            <translation>Il n'y a pas encore de recommandations à regrouper en groupes thématiques. Importez-les d'abord à l'étape Examen.</translation>
        </message>
        <message>
            <source>The recommendations carry no themes (or affected persons) to start from. Create the clusters by hand with “New cluster”.</source>
            <translation>Les recommandations ne comportent aucun thème (ni aucune personne concernée) sur lequel s'appuyer. Créez les groupes thématiques manuellement avec « Nouveau groupe thématique ».</translation>
        </message>
        <message numerus="yes">
            <source>Propose %n cluster(s) from themes</source>
            <translation>
                <numerusform>Proposer %n groupe thématique à partir des thèmes</numerusform>
                <numerusform>Proposer %n groupes thématiques à partir des thèmes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Place %n recommendation(s) by theme</source>
            <translation>
                <numerusform>Placer %n recommandation selon son thème</numerusform>
                <numerusform>Placer %n recommandations selon leur thème</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClustersPage</name>
        <message>
            <source>Cluster the recommendations</source>
            <translation>Regrouper les recommandations en groupes thématiques</translation>
        </message>
        <message>
            <source>Propose clusters from themes</source>
            <translation>Proposer des groupes thématiques à partir des thèmes</translation>
        </message>
        <message>
            <source>Start from the themes the recommendations were imported with: one cluster per theme, each recommendation in its most common theme. Once there are clusters, it only adds unassigned recommendations to clusters named like their theme.</source>
            <translation>Partir des thèmes avec lesquels les recommandations ont été importées : un groupe thématique par thème, chaque recommandation dans son thème le plus courant. Une fois des groupes thématiques créés, seules les recommandations non regroupées sont ajoutées aux groupes thématiques nommés comme leur thème.</translation>
        </message>
        <message>
            <source>New cluster</source>
            <translation>Nouveau groupe thématique</translation>
        </message>
        <message>
            <source>Name a new cluster in the field under the list</source>
            <translation>Nommez un nouveau groupe thématique dans le champ sous la liste</translation>
        </message>
        <message>
            <source>CLUSTERS</source>
            <translation>GROUPES THÉMATIQUES</translation>
        </message>
        <message>
            <source>Unassigned recommendations</source>
            <translation>Recommandations non regroupées</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Groupes thématiques</translation>
        </message>
        <message>
            <source>No clusters yet</source>
            <translation>Aucun groupe thématique pour l'instant</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Rename the selected cluster (F2)</source>
            <translation>Renommer le groupe thématique sélectionné (F2)</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Fusionner</translation>
        </message>
        <message>
            <source>Select two or more clusters (Ctrl+click), then choose the one they merge into</source>
            <translation>Sélectionnez au moins deux groupes thématiques (Ctrl+clic), puis choisissez celui dans lequel ils fusionnent</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected clusters (Del). Their recommendations become unassigned.</source>
            <translation>Supprimer les groupes thématiques sélectionnés (Suppr). Leurs recommandations deviennent non regroupées.</translation>
        </message>
        <message>
            <source>Move the cluster up the list (Alt+Up)</source>
            <translation>Monter le groupe thématique dans la liste (Alt+Haut)</translation>
        </message>
        <message>
            <source>Move the cluster down the list (Alt+Down)</source>
            <translation>Descendre le groupe thématique dans la liste (Alt+Bas)</translation>
        </message>
        <message>
            <source>Name a new cluster…</source>
            <translation>Nommer un nouveau groupe thématique…</translation>
        </message>
        <message>
            <source>New cluster name</source>
            <translation>Nom du nouveau groupe thématique</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Move to cluster…</source>
            <translation>Déplacer vers un groupe thématique…</translation>
        </message>
        <message>
            <source>Move the selected recommendations to another cluster (Ctrl+M)</source>
            <translation>Déplacer les recommandations sélectionnées vers un autre groupe thématique (Ctrl+M)</translation>
        </message>
        <message>
            <source>Add a short description of what this cluster covers…</source>
            <translation>Ajoutez une brève description de ce que couvre ce groupe thématique…</translation>
        </message>
        <message>
            <source>Cluster description</source>
            <translation>Description du groupe thématique</translation>
        </message>
        <message>
            <source>Recommendations not yet in any cluster. Select rows and drag them onto a cluster on the left, press the cluster’s number (1–9), or press Ctrl+M to pick one by name.</source>
            <translation>Recommandations qui ne sont encore dans aucun groupe thématique. Sélectionnez des lignes et faites-les glisser sur un groupe thématique à gauche, appuyez sur le numéro du groupe (1 à 9), ou appuyez sur Ctrl+M pour en choisir un par son nom.</translation>
        </message>
        <message>
            <source>Search these recommendations…</source>
            <translation>Rechercher dans ces recommandations…</translation>
        </message>
        <message>
            <source>Search the cluster</source>
            <translation>Rechercher dans le groupe thématique</translation>
        </message>
        <message>
            <source>Recommendations in the cluster</source>
            <translation>Recommandations du groupe thématique</translation>
        </message>
        <message>
            <source>Select rows, then drag them onto a cluster, press its number (0 takes them out), or press Ctrl+M to pick one by name.</source>
            <translation>Sélectionnez des lignes, puis faites-les glisser sur un groupe thématique, appuyez sur son numéro (0 les en retire), ou appuyez sur Ctrl+M pour en choisir un par son nom.</translation>
        </message>
        <message>
            <source>There are no recommendations to cluster yet. Import them in step 1, Review.</source>
            <translation>Il n'y a pas encore de recommandations à regrouper en groupes thématiques. Importez-les à l'étape 1, Examen.</translation>
        </message>
        <message>
            <source>This workshop is read-only, so no clusters can be made in it. Save a copy to sort the recommendations there.</source>
            <translation>Cet atelier est en lecture seule : aucun groupe thématique ne peut y être créé. Enregistrez une copie pour y trier les recommandations.</translation>
        </message>
        <message>
            <source>Start from the themes the recommendations were imported with, then rename, merge and sort them together. Or name your own clusters one by one.</source>
            <translation>Partez des thèmes avec lesquels les recommandations ont été importées, puis renommez-les, fusionnez-les et triez-les ensemble. Ou nommez vos propres groupes thématiques un par un.</translation>
        </message>
        <message>
            <source>No recommendations yet</source>
            <translation>Aucune recommandation pour l'instant</translation>
        </message>
        <message numerus="yes">
            <source>No clusters yet  ·  %n recommendation(s) to sort</source>
            <translation>
                <numerusform>Aucun groupe thématique pour l'instant  ·  %n recommandation à trier</numerusform>
                <numerusform>Aucun groupe thématique pour l'instant  ·  %n recommandations à trier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n groupe thématique</numerusform>
                <numerusform>%n groupes thématiques</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} recommendations in a cluster</source>
            <translation>
                <numerusform>%n recommandation sur {total} dans un groupe thématique</numerusform>
                <numerusform>%n recommandations sur {total} dans un groupe thématique</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unassigned</source>
            <translation>
                <numerusform>%n non regroupée</numerusform>
                <numerusform>%n non regroupées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recommandation</numerusform>
                <numerusform>%n recommandations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} match</source>
            <translation>
                <numerusform>%n sur {total} correspond</numerusform>
                <numerusform>%n sur {total} correspondent</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) now unassigned. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n recommandation n'est plus regroupée. Ctrl+Z pour annuler.</numerusform>
                <numerusform>%n recommandations ne sont plus regroupées. Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) moved to “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n recommandation déplacée vers « {name} ». Ctrl+Z pour annuler.</numerusform>
                <numerusform>%n recommandations déplacées vers « {name} ». Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) moved to the new cluster “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n recommandation déplacée vers le nouveau groupe thématique « {name} ». Ctrl+Z pour annuler.</numerusform>
                <numerusform>%n recommandations déplacées vers le nouveau groupe thématique « {name} ». Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) merged into “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n groupe thématique fusionné dans « {name} ». Ctrl+Z pour annuler.</numerusform>
                <numerusform>%n groupes thématiques fusionnés dans « {name} ». Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n cluster(s)?</source>
            <translation>
                <numerusform>Supprimer %n groupe thématique ?</numerusform>
                <numerusform>Supprimer %n groupes thématiques ?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Their %n recommendation(s) become unassigned; none is deleted.</source>
            <translation>
                <numerusform>La recommandation concernée (%n) ne sera plus regroupée ; elle ne sera pas supprimée.</numerusform>
                <numerusform>Les %n recommandations concernées ne seront plus regroupées ; aucune ne sera supprimée.</numerusform>
            </translation>
        </message>
        <message>
            <source>This cluster is the basis of a priority in the charter: {titles}.</source>
            <translation>Ce groupe thématique sert de base à une priorité de la charte : {titles}.</translation>
        </message>
        <message numerus="yes">
            <source>This is the basis of %n priorities in the charter: {titles}.</source>
            <translation>
                <numerusform>%n priorité de la charte repose sur cette sélection : {titles}.</numerusform>
                <numerusform>%n priorités de la charte reposent sur cette sélection : {titles}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clusters deleted; their recommendations are unassigned. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n groupe thématique supprimé ; ses recommandations ne sont plus regroupées. Ctrl+Z pour annuler.</numerusform>
                <numerusform>%n groupes thématiques supprimés ; leurs recommandations ne sont plus regroupées. Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) proposed from the themes.</source>
            <translation>
                <numerusform>%n groupe thématique proposé à partir des thèmes.</numerusform>
                <numerusform>%n groupes thématiques proposés à partir des thèmes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) fit no theme shared widely enough and stay unassigned.</source>
            <translation>
                <numerusform>%n recommandation ne relève d'aucun thème suffisamment partagé et reste non regroupée.</numerusform>
                <numerusform>%n recommandations ne relèvent d'aucun thème suffisamment partagé et restent non regroupées.</numerusform>
            </translation>
        </message>
        <message>
            <source>every recommendation in a cluster</source>
            <translation>toutes les recommandations sont dans un groupe thématique</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Non regroupées</translation>
        </message>
        <message>
            <source>Nothing here matches “%1”.</source>
            <translation>Rien ici ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>No recommendations yet. Import them in step 1, Review.</source>
            <translation>Aucune recommandation pour l'instant. Importez-les à l'étape 1, Examen.</translation>
        </message>
        <message>
            <source>Every recommendation is in a cluster.</source>
            <translation>Toutes les recommandations sont dans un groupe thématique.</translation>
        </message>
        <message>
            <source>Nothing in this cluster yet.
Open “Unassigned”, select recommendations and drag them here, or press this cluster’s number.</source>
            <translation>Rien dans ce groupe thématique pour l'instant.
Ouvrez « Non regroupées », sélectionnez des recommandations et faites-les glisser ici, ou appuyez sur le numéro de ce groupe thématique.</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>This workshop is read-only. Save a copy to sort the recommendations.</source>
            <translation>Cet atelier est en lecture seule. Enregistrez une copie pour trier les recommandations.</translation>
        </message>
        <message>
            <source>Select the recommendations to move first.</source>
            <translation>Sélectionnez d'abord les recommandations à déplacer.</translation>
        </message>
        <message>
            <source>Move to cluster</source>
            <translation>Déplacer vers un groupe thématique</translation>
        </message>
        <message>
            <source>Already in “%1”.</source>
            <translation>Déjà dans « %1 ».</translation>
        </message>
        <message>
            <source>Move to the new cluster %1</source>
            <translation>Déplacer vers le nouveau groupe thématique %1</translation>
        </message>
        <message>
            <source>There is no cluster %1.</source>
            <translation>Il n'y a pas de groupe thématique %1.</translation>
        </message>
        <message>
            <source>Cluster “%1” created. Select rows in Unassigned and press %2 to fill it.</source>
            <translation>Groupe thématique « %1 » créé. Sélectionnez des lignes dans Non regroupées et appuyez sur %2 pour le remplir.</translation>
        </message>
        <message>
            <source>Cluster “%1” created. Drag rows from Unassigned onto it to fill it.</source>
            <translation>Groupe thématique « %1 » créé. Faites glisser des lignes de Non regroupées sur ce groupe pour le remplir.</translation>
        </message>
        <message>
            <source>Cluster renamed. Undo with Ctrl+Z.</source>
            <translation>Groupe thématique renommé. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Description saved. Undo with Ctrl+Z.</source>
            <translation>Description enregistrée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Select two or more clusters first (Ctrl+click)</source>
            <translation>Sélectionnez d'abord au moins deux groupes thématiques (Ctrl+clic)</translation>
        </message>
        <message>
            <source>Merge into “%1”</source>
            <translation>Fusionner dans « %1 »</translation>
        </message>
        <message>
            <source>Merge clusters</source>
            <translation>Fusionner des groupes thématiques</translation>
        </message>
        <message>
            <source>Delete the cluster “%1”?</source>
            <translation>Supprimer le groupe thématique « %1 » ?</translation>
        </message>
        <message>
            <source>Its one recommendation becomes unassigned; it is not deleted.</source>
            <translation>Son unique recommandation devient non regroupée ; elle n'est pas supprimée.</translation>
        </message>
        <message>
            <source>Delete anyway? The priorities keep their recommendations.</source>
            <translation>Supprimer quand même ? Les priorités conservent leurs recommandations.</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>Vous pouvez annuler avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete clusters</source>
            <translation>Supprimer des groupes thématiques</translation>
        </message>
        <message>
            <source>Cluster deleted; its recommendations are unassigned. Undo with Ctrl+Z.</source>
            <translation>Groupe thématique supprimé ; ses recommandations sont non regroupées. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Nothing to add: every recommendation whose theme matches a cluster’s name is already in a cluster. New clusters are proposed only while there are none.</source>
            <translation>Rien à ajouter : toutes les recommandations dont le thème correspond au nom d'un groupe thématique sont déjà dans un groupe. De nouveaux groupes thématiques ne sont proposés que tant qu'il n'y en a aucun.</translation>
        </message>
        <message>
            <source>Unassigned recommendations added to the clusters named like their themes.</source>
            <translation>Recommandations non regroupées ajoutées aux groupes thématiques nommés comme leurs thèmes.</translation>
        </message>
        <message>
            <source>Undo with Ctrl+Z.</source>
            <translation>Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Déplacer vers</translation>
        </message>
        <message>
            <source>Take out of the cluster</source>
            <translation>Retirer du groupe thématique</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Monter</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Descendre</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>“{name}” already has a charter (“{title}”). Add --replace to start again from the template.</source>
            <translation>« {name} » comporte déjà une charte (« {title} »). Ajoutez --replace pour repartir du modèle.</translation>
        </message>
        <message>
            <source>Started the charter “{title}” from the template “{template}” ({template_title}).</source>
            <translation>Charte « {title} » commencée à partir du modèle « {template} » ({template_title}).</translation>
        </message>
        <message>
            <source>This workshop has no charter yet. Start one with: upr-desktop charter {file} --from-template NAME ({names}).</source>
            <translation>Cet atelier n'a pas encore de charte. Commencez-en une avec : upr-desktop charter {file} --from-template NOM ({names}).</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Adopted on {date} in {place}</source>
            <translation>Adoptée le {date} à {place}</translation>
        </message>
        <message>
            <source>Draft (changed since its adoption on {date} in {place}; the adopted text is kept)</source>
            <translation>Projet (modifié depuis son adoption le {date} à {place} ; le texte adopté est conservé)</translation>
        </message>
        <message>
            <source>No place or dates yet</source>
            <translation>Aucun lieu ni aucune date pour l'instant</translation>
        </message>
        <message>
            <source>“{name}” is read-only; copy it to a writable folder first.</source>
            <translation>« {name} » est en lecture seule ; copiez-le d'abord dans un dossier accessible en écriture.</translation>
        </message>
        <message>
            <source>No ballot codes came in on standard input. Give the codes `round open` printed, one per line.</source>
            <translation>Aucun code de bulletin de vote n'a été reçu sur l'entrée standard. Fournissez les codes affichés par `round open`, un par ligne.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n ballot code slip(s) ({size} KB) to {file}. Print them, then delete the file and the list of codes: they are as good as ballot papers.</source>
            <translation>
                <numerusform>%n coupon de code de bulletin de vote écrit ({size} Ko) dans {file}. Imprimez-le, puis supprimez le fichier et la liste des codes : ils valent des bulletins de vote.</numerusform>
                <numerusform>%n coupons de code de bulletin de vote écrits ({size} Ko) dans {file}. Imprimez-les, puis supprimez le fichier et la liste des codes : ils valent des bulletins de vote.</numerusform>
            </translation>
        </message>
        <message>
            <source>upr-desktop: warning: {problem}</source>
            <translation>upr-desktop : avertissement : {problem}</translation>
        </message>
        <message>
            <source>Wrote the charter PDF ({size} KB) to {file}</source>
            <translation>PDF de la charte écrit ({size} Ko) dans {file}</translation>
        </message>
        <message>
            <source>Wrote the ballots PDF ({size} KB) to {file}</source>
            <translation>PDF des bulletins de vote écrit ({size} Ko) dans {file}</translation>
        </message>
        <message>
            <source>Wrote the results PDF ({size} KB) to {file}</source>
            <translation>PDF des résultats écrit ({size} Ko) dans {file}</translation>
        </message>
        <message>
            <source>Wrote the handout PDF ({size} KB) to {file}</source>
            <translation>PDF du recueil des recommandations écrit ({size} Ko) dans {file}</translation>
        </message>
        <message>
            <source>Wrote the mid-term report PDF ({size} KB) to {file}</source>
            <translation>PDF du rapport à mi-parcours ({size} Ko) écrit dans {file}</translation>
        </message>
        <message>
            <source>Wrote the PDF ({size} KB) to {file}</source>
            <translation>PDF ({size} Ko) écrit dans {file}</translation>
        </message>
        <message>
            <source>1 priority</source>
            <translation>1 priorité</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities</source>
            <translation>
                <numerusform>%n priorité</numerusform>
                <numerusform>%n priorités</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the implementation matrix ({priorities}, {rows}) to {file}</source>
            <translation>Matrice de mise en œuvre ({priorities}, {rows}) écrite dans {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n ligne</numerusform>
                <numerusform>%n lignes</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the charter “{title}” as a Word document to {file} (no representatives named: this workshop anonymises its outputs)</source>
            <translation>Charte « {title} » écrite en document Word dans {file} (aucun représentant nommé : cet atelier anonymise ses documents)</translation>
        </message>
        <message>
            <source>Wrote the charter “{title}” as a Word document to {file}</source>
            <translation>Charte « {title} » écrite en document Word dans {file}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) cited by the charter as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</source>
            <translation>
                <numerusform>%n recommandation citée par la charte écrite dans {file} pour importation dans IMPACT OSS. IMPACT OSS l'importe comme brouillon : liez-la et publiez-la dans IMPACT OSS.</numerusform>
                <numerusform>%n recommandations citées par la charte écrites dans {file} pour importation dans IMPACT OSS. IMPACT OSS les importe comme brouillons : liez-les et publiez-les dans IMPACT OSS.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) in the workshop as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</source>
            <translation>
                <numerusform>%n recommandation de l'atelier écrite dans {file} pour importation dans IMPACT OSS. IMPACT OSS l'importe comme brouillon : liez-la et publiez-la dans IMPACT OSS.</numerusform>
                <numerusform>%n recommandations de l'atelier écrites dans {file} pour importation dans IMPACT OSS. IMPACT OSS les importe comme brouillons : liez-les et publiez-les dans IMPACT OSS.</numerusform>
            </translation>
        </message>
        <message>
            <source>Added the evidence “{title}” (file {file}, sha256 {sha256}) — confidential: {id}</source>
            <translation>Élément de preuve « {title} » ajouté (fichier {file}, sha256 {sha256}) — confidentiel : {id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}” (file {file}, sha256 {sha256}): {id}</source>
            <translation>Élément de preuve « {title} » ajouté (fichier {file}, sha256 {sha256}) : {id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}” — confidential: {id}</source>
            <translation>Élément de preuve « {title} » ajouté — confidentiel : {id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}”: {id}</source>
            <translation>Élément de preuve « {title} » ajouté : {id}</translation>
        </message>
        <message>
            <source>--evidence: “{part}” is not an evidence id; give numbers separated by commas.</source>
            <translation>--evidence : « {part} » n'est pas un identifiant d'élément de preuve ; indiquez des nombres séparés par des virgules.</translation>
        </message>
        <message>
            <source>{change} ({by}, {date}). Assessors disagree on it. {id}</source>
            <translation>{change} ({by}, {date}). Les évaluateurs sont en désaccord à ce sujet. {id}</translation>
        </message>
        <message>
            <source>{change} ({by}, {date}). {id}</source>
            <translation>{change} ({by}, {date}). {id}</translation>
        </message>
        <message>
            <source>Not implemented {not_} · partially {partial} · fully {full} · no information {no_info} · not assessed {none}</source>
            <translation>Non mise en œuvre {not_} · partiellement {partial} · pleinement {full} · aucune information {no_info} · non évaluée {none}</translation>
        </message>
        <message>
            <source>Assessors disagree on: {references}</source>
            <translation>Désaccord entre évaluateurs sur : {references}</translation>
        </message>
        <message>
            <source>Overdue: {priority} {milestone} (due {due})</source>
            <translation>En retard : {priority} {milestone} (échéance : {due})</translation>
        </message>
        <message>
            <source>No assessment in the last 12 months: {count}</source>
            <translation>Aucune évaluation au cours des 12 derniers mois : {count}</translation>
        </message>
        <message>
            <source>The mid-term report is saved as .pdf or .docx, not “{value}”.</source>
            <translation>Le rapport à mi-parcours est enregistré au format .pdf ou .docx, et non « {value} ».</translation>
        </message>
        <message>
            <source>no ending</source>
            <translation>aucune extension</translation>
        </message>
        <message>
            <source>Wrote the mid-term report to {file}</source>
            <translation>Rapport à mi-parcours écrit dans {file}</translation>
        </message>
        <message>
            <source>Wrote the stakeholder submission draft to {file}: {words} of {cap} words.</source>
            <translation>Projet de communication des parties prenantes écrit dans {file} : {words} mots sur {cap}.</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>Avertissement : {warning}</translation>
        </message>
        <message>
            <source>--response: “{given}” is not a response; use supported, noted, pending or unknown.</source>
            <translation>--response : « {given} » n'est pas une réponse ; utilisez supported, noted, pending ou unknown.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) to {file}</source>
            <translation>
                <numerusform>%n recommandation écrite dans {file}</numerusform>
                <numerusform>%n recommandations écrites dans {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no command or file called “{name}”</source>
            <translation>il n'existe aucune commande ni aucun fichier nommé « {name} »</translation>
        </message>
        <message>
            <source>upr-desktop: something went wrong ({kind}: {error}). Nothing was changed; the details are in {log}.</source>
            <translation>upr-desktop : une erreur s'est produite ({kind} : {error}). Rien n'a été modifié ; les détails figurent dans {log}.</translation>
        </message>
        <message>
            <source>{message} To make one: upr-desktop clean "{file}" COPY.uprw</source>
            <translation>{message} Pour en créer une : upr-desktop clean "{file}" COPIE.uprw</translation>
        </message>
        <message>
            <source>The commands are: {commands}. Run with no arguments, or with a workshop file, to open the app; `upr-desktop COMMAND --help` describes a command.</source>
            <translation>Les commandes sont : {commands}. Lancez sans argument, ou avec un fichier d'atelier, pour ouvrir l'application ; `upr-desktop COMMANDE --help` décrit une commande.</translation>
        </message>
        <message>
            <source>A participant recorded without a name keeps no organisation, focus, contact or consent. Give --name, or leave out --org, --focus, --contact and --consent.</source>
            <translation>Un participant enregistré sans nom ne conserve ni organisation, ni domaine thématique, ni contact, ni consentement. Indiquez --name, ou omettez --org, --focus, --contact et --consent.</translation>
        </message>
        <message numerus="yes">
            <source>The workshop now has %n participant(s).</source>
            <translation>
                <numerusform>L'atelier compte désormais %n participant.</numerusform>
                <numerusform>L'atelier compte désormais %n participants.</numerusform>
            </translation>
        </message>
        <message>
            <source>No participants are registered yet.</source>
            <translation>Aucun participant n'est encore inscrit.</translation>
        </message>
        <message>
            <source>No recommendation numbered {listed} in this workshop. Check the paragraph numbers (upr-desktop search FILE WORDS shows them).</source>
            <translation>Aucune recommandation portant le numéro {listed} dans cet atelier. Vérifiez les numéros de paragraphe (upr-desktop search FICHIER MOTS les affiche).</translation>
        </message>
        <message>
            <source>No recommendation numbered {listed} in this workshop. Check the paragraph number (upr-desktop search FILE WORDS shows them).</source>
            <translation>Aucune recommandation portant le numéro {listed} dans cet atelier. Vérifiez le numéro de paragraphe (upr-desktop search FICHIER MOTS les affiche).</translation>
        </message>
        <message>
            <source>{by_reference_count} recommendations are numbered {r} in this workshop. Name each one by its id instead (#ID, as upr-desktop search --json shows).</source>
            <translation>{by_reference_count} recommandations portent le numéro {r} dans cet atelier. Désignez plutôt chacune par son identifiant (#ID, tel qu'affiché par upr-desktop search --json).</translation>
        </message>
        <message>
            <source>--dots is for dot voting only (for 100-point voting, the budget is --points).</source>
            <translation>--dots ne s'applique qu'au vote par gommettes (pour le vote à 100 points, le budget est --points).</translation>
        </message>
        <message>
            <source>--points is for 100-point voting only (for dot voting, use --dots).</source>
            <translation>--points ne s'applique qu'au vote à 100 points (pour le vote par gommettes, utilisez --dots).</translation>
        </message>
        <message>
            <source>{twice} is listed twice in --candidates. List each recommendation once.</source>
            <translation>{twice} figure deux fois dans --candidates. Indiquez chaque recommandation une seule fois.</translation>
        </message>
        <message>
            <source>“{title}” was already open. Its ballot codes were shown when it opened and are never shown again.</source>
            <translation>« {title} » était déjà ouvert. Ses codes de bulletin de vote ont été affichés à son ouverture et ne seront plus jamais affichés.</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” is open for voting with %n ballot code(s), printed above. They are not kept anywhere and will not be shown again: print the slips now with upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</source>
            <translation>
                <numerusform>« {title} » est ouvert au vote avec %n code de bulletin de vote, affiché ci-dessus. Il n'est conservé nulle part et ne sera plus affiché : imprimez le coupon maintenant avec upr-desktop pdf {file} --ballot-codes {round} SORTIE.pdf &lt; codes.txt</numerusform>
                <numerusform>« {title} » est ouvert au vote avec %n codes de bulletin de vote, affichés ci-dessus. Ils ne sont conservés nulle part et ne seront plus affichés : imprimez les coupons maintenant avec upr-desktop pdf {file} --ballot-codes {round} SORTIE.pdf &lt; codes.txt</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}” is open for voting. {turnout}.</source>
            <translation>« {title} » est ouvert au vote. {turnout}.</translation>
        </message>
        <message>
            <source>“{title}” is closed. {turnout}. See the results with: upr-desktop tally {file} {round}</source>
            <translation>« {title} » est clos. {turnout}. Consultez les résultats avec : upr-desktop tally {file} {round}</translation>
        </message>
        <message>
            <source>No voting rounds yet.</source>
            <translation>Aucun tour de scrutin pour l'instant.</translation>
        </message>
        <message>
            <source>{key} appears twice in --votes. Give each candidate once.</source>
            <translation>{key} figure deux fois dans --votes. Indiquez chaque option une seule fois.</translation>
        </message>
        <message>
            <source>--votes is not valid JSON ({what}, at character {number}). For this round write it like {example}, with the references in double quotes.</source>
            <translation>--votes n'est pas un JSON valide ({what}, au caractère {number}). Pour ce tour de scrutin, écrivez-le comme {example}, avec les références entre guillemets droits doubles.</translation>
        </message>
        <message>
            <source>{dumps} is not a candidate reference. Give references as text, such as "121.4".</source>
            <translation>{dumps} n'est pas une référence d'option. Indiquez les références sous forme de texte, par exemple "121.4".</translation>
        </message>
        <message>
            <source>{reference} is not a candidate in “{title}”. Its candidates are {listed}.</source>
            <translation>{reference} n'est pas une option de « {title} ». Ses options sont {listed}.</translation>
        </message>
        <message>
            <source>the number of dots on each candidate</source>
            <translation>le nombre de gommettes sur chaque option</translation>
        </message>
        <message>
            <source>the number of points on each candidate</source>
            <translation>le nombre de points sur chaque option</translation>
        </message>
        <message>
            <source>the list of candidates ticked</source>
            <translation>la liste des options cochées</translation>
        </message>
        <message>
            <source>a score from 0 to 5 for each candidate rated</source>
            <translation>une note de 0 à 5 pour chaque option notée</translation>
        </message>
        <message>
            <source>the list of candidates in order, best first, any ranked level in a list of their own</source>
            <translation>la liste des options dans l'ordre, la meilleure d'abord, les options ex aequo étant regroupées dans une liste à part</translation>
        </message>
        <message>
            <source>Must, Should, Could or Won't for each candidate classified</source>
            <translation>Indispensable, Souhaitable, Possible ou Exclue pour chaque option classée</translation>
        </message>
        <message>
            <source>“{title}” uses {label}: give {takes}, such as {example}.</source>
            <translation>« {title} » utilise {label} : indiquez {takes}, par exemple {example}.</translation>
        </message>
        <message>
            <source>There is no participant {given} in this workshop (give their id, as upr-desktop participant list shows, or their personal code).</source>
            <translation>Aucun participant {given} dans cet atelier (indiquez son identifiant, tel qu'affiché par upr-desktop participant list, ou son code personnel).</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: cast with --code, never --participant.</source>
            <translation>« {title} » utilise des codes de bulletin de vote anonymes : votez avec --code, jamais avec --participant.</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes: cast with --participant.</source>
            <translation>« {title} » n'utilise pas de codes de bulletin de vote : votez avec --participant.</translation>
        </message>
        <message>
            <source>A paper ballot was recorded in “{title}”. {turnout}.</source>
            <translation>Un bulletin de vote papier a été enregistré dans « {title} ». {turnout}.</translation>
        </message>
        <message>
            <source>The ballot was recorded in “{title}”. {turnout}.</source>
            <translation>Le bulletin de vote a été enregistré dans « {title} ». {turnout}.</translation>
        </message>
        <message>
            <source>{count} at the laptop</source>
            <translation>{count} sur l'ordinateur portable</translation>
        </message>
        <message>
            <source>{count} on paper</source>
            <translation>{count} sur papier</translation>
        </message>
        <message>
            <source>{count} on the wall chart</source>
            <translation>{count} sur le tableau mural</translation>
        </message>
        <message>
            <source>{turnout} ({how}). Secret ballot.</source>
            <translation>{turnout} ({how}). Scrutin secret.</translation>
        </message>
        <message>
            <source>{turnout} ({how}).</source>
            <translation>{turnout} ({how}).</translation>
        </message>
        <message>
            <source>{turnout}. Secret ballot.</source>
            <translation>{turnout}. Scrutin secret.</translation>
        </message>
        <message>
            <source>{turnout}.</source>
            <translation>{turnout}.</translation>
        </message>
        <message>
            <source>--document-language: “{value}” is not one of {codes}.</source>
            <translation>--document-language : « {value} » ne fait pas partie de {codes}.</translation>
        </message>
        <message>
            <source>Created {file} (encrypted)</source>
            <translation>{file} créé (chiffré)</translation>
        </message>
        <message>
            <source>Created {file}</source>
            <translation>{file} créé</translation>
        </message>
        <message>
            <source>Say what to change, e.g. --document-language fr.</source>
            <translation>Indiquez ce qu'il faut modifier, par exemple --document-language fr.</translation>
        </message>
        <message>
            <source>The documents of {name} will be written in {language} ({code}).</source>
            <translation>Les documents de {name} seront rédigés en {language} ({code}).</translation>
        </message>
        <message>
            <source>--map: “{part}” is not FIELD=COLUMN with a known field; the fields are {listed}.</source>
            <translation>--map : « {part} » n'est pas de la forme CHAMP=COLONNE avec un champ connu ; les champs sont {listed}.</translation>
        </message>
        <message>
            <source>--map: the field “{name}” is given twice.</source>
            <translation>--map : le champ « {name} » est indiqué deux fois.</translation>
        </message>
        <message>
            <source>--map: say which column holds the recommendation text, e.g. text=Recommendation.</source>
            <translation>--map : indiquez quelle colonne contient le texte de la recommandation, par exemple text=Recommandation.</translation>
        </message>
        <message>
            <source>Reading “{file}”: {percent}% done…</source>
            <translation>Lecture de « {file} » : {percent} % effectués…</translation>
        </message>
        <message numerus="yes">
            <source>Indexing %n recommendation(s) for search and sorting…</source>
            <translation>
                <numerusform>Indexation de %n recommandation pour la recherche et le tri…</numerusform>
                <numerusform>Indexation de %n recommandations pour la recherche et le tri…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {done} of %n recommendation(s) to the workshop…</source>
            <translation>
                <numerusform>Enregistrement dans l'atelier : {done} sur %n recommandation…</numerusform>
                <numerusform>Enregistrement dans l'atelier : {done} sur %n recommandations…</numerusform>
            </translation>
        </message>
        <message>
            <source>{message} Give the columns with --map, e.g. --map text={columns},states=…,response=…</source>
            <translation>{message} Indiquez les colonnes avec --map, par exemple --map text={columns},states=…,response=…</translation>
        </message>
        <message>
            <source>Columns were mapped as at the last import of a table with the same columns.</source>
            <translation>Les colonnes ont été associées comme lors de la dernière importation d'un tableau comportant les mêmes colonnes.</translation>
        </message>
        <message>
            <source>{names} and {more} more</source>
            <translation>{names} et {more} de plus</translation>
        </message>
        <message numerus="yes">
            <source>{name} holds recommendations to %n States under review ({names}). Choose one with --country NAME, or --country all.</source>
            <translation>
                <numerusform>{name} contient des recommandations adressées à %n État examiné ({names}). Choisissez-en un avec --country NOM, ou --country all.</numerusform>
                <numerusform>{name} contient des recommandations adressées à %n États examinés ({names}). Choisissez-en un avec --country NOM, ou --country all.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row had no recommendation text and was skipped (row {row}).</source>
            <translation>1 ligne sans texte de recommandation a été ignorée (ligne {row}).</translation>
        </message>
        <message numerus="yes">
            <source>%n rows had no recommendation text and were skipped (first: row {row}).</source>
            <translation>
                <numerusform>%n ligne sans texte de recommandation a été ignorée (première : ligne {row}).</numerusform>
                <numerusform>%n lignes sans texte de recommandation ont été ignorées (première : ligne {row}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The workshop now holds %n recommendation(s).</source>
            <translation>
                <numerusform>L'atelier contient désormais %n recommandation.</numerusform>
                <numerusform>L'atelier contient désormais %n recommandations.</numerusform>
            </translation>
        </message>
        <message>
            <source>Country under review: {country}   Cycle: {cycle}   Documents in: {language}</source>
            <translation>Pays examiné : {country}   Cycle : {cycle}   Documents en : {language}</translation>
        </message>
        <message>
            <source>{recommendations} recommendations: {supported} supported, {noted} noted, {pending} pending, {unknown} unknown, {pledges} voluntary pledges; {themes} themes, {states} recommending States.</source>
            <translation>{recommendations} recommandations : {supported} soutenues, {noted} prises en note, {pending} en attente, {unknown} sans réponse connue, {pledges} engagements volontaires ; {themes} thèmes, {states} États auteurs de recommandations.</translation>
        </message>
        <message>
            <source>{recommendations} recommendations: {supported} supported, {noted} noted, {pending} pending, {unknown} unknown; {themes} themes, {states} recommending States.</source>
            <translation>{recommendations} recommandations : {supported} soutenues, {noted} prises en note, {pending} en attente, {unknown} sans réponse connue ; {themes} thèmes, {states} États auteurs de recommandations.</translation>
        </message>
        <message>
            <source>No recommendations match.</source>
            <translation>Aucune recommandation ne correspond.</translation>
        </message>
        <message>
            <source>Wrote the demo workshop ({count} illustrative recommendations) to {file}</source>
            <translation>Atelier de démonstration ({count} recommandations fictives) écrit dans {file}</translation>
        </message>
        <message>
            <source>Wrote a cleaned copy of {name} to {copy}. {name} is unchanged.</source>
            <translation>Copie nettoyée de {name} écrite dans {copy}. {name} n'est pas modifié.</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message numerus="yes">
            <source>%n resolved</source>
            <translation>
                <numerusform>%n résolu</numerusform>
                <numerusform>%n résolus</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>January</source>
            <comment>month</comment>
            <translation>janvier</translation>
        </message>
        <message>
            <source>February</source>
            <comment>month</comment>
            <translation>février</translation>
        </message>
        <message>
            <source>March</source>
            <comment>month</comment>
            <translation>mars</translation>
        </message>
        <message>
            <source>April</source>
            <comment>month</comment>
            <translation>avril</translation>
        </message>
        <message>
            <source>May</source>
            <comment>month</comment>
            <translation>mai</translation>
        </message>
        <message>
            <source>June</source>
            <comment>month</comment>
            <translation>juin</translation>
        </message>
        <message>
            <source>July</source>
            <comment>month</comment>
            <translation>juillet</translation>
        </message>
        <message>
            <source>August</source>
            <comment>month</comment>
            <translation>août</translation>
        </message>
        <message>
            <source>September</source>
            <comment>month</comment>
            <translation>septembre</translation>
        </message>
        <message>
            <source>October</source>
            <comment>month</comment>
            <translation>octobre</translation>
        </message>
        <message>
            <source>November</source>
            <comment>month</comment>
            <translation>novembre</translation>
        </message>
        <message>
            <source>December</source>
            <comment>month</comment>
            <translation>décembre</translation>
        </message>
        <message>
            <source>January</source>
            <comment>month on its own</comment>
            <translation>janvier</translation>
        </message>
        <message>
            <source>February</source>
            <comment>month on its own</comment>
            <translation>février</translation>
        </message>
        <message>
            <source>March</source>
            <comment>month on its own</comment>
            <translation>mars</translation>
        </message>
        <message>
            <source>April</source>
            <comment>month on its own</comment>
            <translation>avril</translation>
        </message>
        <message>
            <source>May</source>
            <comment>month on its own</comment>
            <translation>mai</translation>
        </message>
        <message>
            <source>June</source>
            <comment>month on its own</comment>
            <translation>juin</translation>
        </message>
        <message>
            <source>July</source>
            <comment>month on its own</comment>
            <translation>juillet</translation>
        </message>
        <message>
            <source>August</source>
            <comment>month on its own</comment>
            <translation>août</translation>
        </message>
        <message>
            <source>September</source>
            <comment>month on its own</comment>
            <translation>septembre</translation>
        </message>
        <message>
            <source>October</source>
            <comment>month on its own</comment>
            <translation>octobre</translation>
        </message>
        <message>
            <source>November</source>
            <comment>month on its own</comment>
            <translation>novembre</translation>
        </message>
        <message>
            <source>December</source>
            <comment>month on its own</comment>
            <translation>décembre</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>a date: 29 May 2025</comment>
            <translation>{day} {month} {year}</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <comment>a month: June 2027</comment>
            <translation>{month} {year}</translation>
        </message>
        <message>
            <source>{first}–{last} {month} {year}</source>
            <comment>days of one month: 27–29 May 2025</comment>
            <translation>{first}–{last} {month} {year}</translation>
        </message>
        <message>
            <source>{first_day} {first_month} – {last_day} {last_month} {year}</source>
            <comment>days of one year: 30 May – 2 June 2025</comment>
            <translation>{first_day} {first_month} – {last_day} {last_month} {year}</translation>
        </message>
        <message>
            <source>{start} – {end}</source>
            <comment>from one date to another</comment>
            <translation>{start} – {end}</translation>
        </message>
        <message>
            <source>{date}, {time}</source>
            <comment>a date and a time of day</comment>
            <translation>{date}, {time}</translation>
        </message>
    </context>
    <context>
        <name>DeletedBackupsDialog</name>
        <message>
            <source>Workshop encrypted</source>
            <translation>Atelier chiffré</translation>
        </message>
        <message>
            <source>These backups were not encrypted, so they were deleted from {folder}:</source>
            <translation>Ces sauvegardes n'étaient pas chiffrées ; elles ont donc été supprimées de {folder} :</translation>
        </message>
        <message>
            <source>These backups were not encrypted, so they were deleted:</source>
            <translation>Ces sauvegardes n'étaient pas chiffrées ; elles ont donc été supprimées :</translation>
        </message>
        <message>
            <source>There were no backups that were not encrypted.</source>
            <translation>Il n'y avait aucune sauvegarde non chiffrée.</translation>
        </message>
        <message>
            <source>Copies of “{name}” made elsewhere — on a USB stick, sent by e-mail, in a shared folder — are not encrypted and were not deleted. Delete them yourself.</source>
            <translation>Les copies de « {name} » faites ailleurs — sur une clé USB, envoyées par courriel, dans un dossier partagé — ne sont pas chiffrées et n'ont pas été supprimées. Supprimez-les vous-même.</translation>
        </message>
        <message>
            <source>Next: the recovery key</source>
            <translation>Suivant : la clé de récupération</translation>
        </message>
        <message>
            <source>The workshop is encrypted</source>
            <translation>L'atelier est chiffré</translation>
        </message>
        <message>
            <source>From now on it asks for the passphrase each time it is opened.</source>
            <translation>Désormais, la phrase secrète sera demandée à chaque ouverture de l'atelier.</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Select a recommendation to read it in full, with its details and notes.</source>
            <translation>Sélectionnez une recommandation pour la lire en entier, avec ses informations et ses notes.</translation>
        </message>
        <message>
            <source>DETAILS</source>
            <translation>INFORMATIONS</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>Aucune note pour l'instant.</translation>
        </message>
        <message>
            <source>Write a note for the workshop… (Ctrl+Enter to add)</source>
            <translation>Écrivez une note pour l'atelier… (Ctrl+Entrée pour l'ajouter)</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Ajouter la note</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>This workshop is read-only, so notes can't be added here.</source>
            <translation>Cet atelier est en lecture seule : il n'est pas possible d'y ajouter des notes.</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Recommandée par</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Catégorie d'action</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>État examiné</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>%1 SELECTED · SHOWING ONE OF THEM</source>
            <translation>%1 SÉLECTIONNÉES · UNE SEULE EST AFFICHÉE</translation>
        </message>
        <message>
            <source>No number</source>
            <translation>Sans numéro</translation>
        </message>
        <message>
            <source>{file}, row {row}</source>
            <comment>a recommendation's source: the file it was imported from and its row there</comment>
            <translation>{file}, ligne {row}</translation>
        </message>
        <message>
            <source>minimal action</source>
            <translation>action minimale</translation>
        </message>
        <message>
            <source>continuing action</source>
            <translation>action continue</translation>
        </message>
        <message>
            <source>considering action</source>
            <translation>action envisagée</translation>
        </message>
        <message>
            <source>general action</source>
            <translation>action générale</translation>
        </message>
        <message>
            <source>specific action</source>
            <translation>action spécifique</translation>
        </message>
        <message>
            <source>NOTES (%1)</source>
            <translation>NOTES (%1)</translation>
        </message>
        <message>
            <source>NOTES</source>
            <translation>NOTES</translation>
        </message>
        <message>
            <source>Note saved.</source>
            <translation>Note enregistrée.</translation>
        </message>
        <message>
            <source>Note added.</source>
            <translation>Note ajoutée.</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Enregistrer la note</translation>
        </message>
        <message>
            <source>Note deleted. Undo with Ctrl+Z.</source>
            <translation>Note supprimée. Ctrl+Z pour annuler.</translation>
        </message>
    </context>
    <context>
        <name>Document pages</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Page {page} sur {pages}</translation>
        </message>
    </context>
    <context>
        <name>EncryptDialog</name>
        <message>
            <source>Encrypt this workshop</source>
            <translation>Chiffrer cet atelier</translation>
        </message>
        <message>
            <source>The whole workshop file will be encrypted with the passphrase you set here, and it will be asked for every time the file is opened. Its backups in UPR Desktop's own folder that are not encrypted will be deleted, and new backups will be encrypted too.</source>
            <translation>L'ensemble du fichier de l'atelier sera chiffré avec la phrase secrète que vous définissez ici, et celle-ci sera demandée à chaque ouverture du fichier. Les sauvegardes non chiffrées de l'atelier conservées dans le dossier propre à UPR Desktop seront supprimées, et les nouvelles sauvegardes seront elles aussi chiffrées.</translation>
        </message>
        <message>
            <source>Copies of “{name}” made elsewhere — on a USB stick, sent by e-mail, in a shared folder — are not touched: they stay readable by anyone, so delete them yourself.</source>
            <translation>Les copies de « {name} » faites ailleurs — sur une clé USB, envoyées par courriel, dans un dossier partagé — ne sont pas modifiées : elles restent lisibles par n'importe qui ; supprimez-les donc vous-même.</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Chiffrer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Protects the people in it if the laptop is lost or seized.</source>
            <translation>Protège les personnes qui y figurent si l'ordinateur portable est perdu ou saisi.</translation>
        </message>
        <message>
            <source>The workshop could not be encrypted: {reason}</source>
            <translation>L'atelier n'a pas pu être chiffré : {reason}</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>{option}: there is no file at “{path}”.</source>
            <translation>{option} : il n'y a aucun fichier à l'emplacement « {path} ».</translation>
        </message>
        <message>
            <source>{option}: “{path}” can't be read ({error}).</source>
            <translation>{option} : « {path} » ne peut pas être lu ({error}).</translation>
        </message>
        <message>
            <source>{option}: the first line is empty; it must hold the passphrase.</source>
            <translation>{option} : la première ligne est vide ; elle doit contenir la phrase secrète.</translation>
        </message>
        <message>
            <source>Give the new passphrase with --passphrase-file FILE or --passphrase-stdin.</source>
            <translation>Indiquez la nouvelle phrase secrète avec --passphrase-file FICHIER ou --passphrase-stdin.</translation>
        </message>
        <message>
            <source>Deleted: {path}</source>
            <translation>Supprimé : {path}</translation>
        </message>
        <message>
            <source>Give the current passphrase with --passphrase-file FILE or --passphrase-stdin.</source>
            <translation>Indiquez la phrase secrète actuelle avec --passphrase-file FICHIER ou --passphrase-stdin.</translation>
        </message>
        <message>
            <source>The passphrase of “{name}” was changed. The old passphrase and the old recovery key no longer open it; print the new recovery key with `upr-desktop recovery-key`.</source>
            <translation>La phrase secrète de « {name} » a été changée. Ni l'ancienne phrase secrète ni l'ancienne clé de récupération ne permettent plus de l'ouvrir ; imprimez la nouvelle clé de récupération avec `upr-desktop recovery-key`.</translation>
        </message>
        <message>
            <source>The workshop is now encrypted. It opens only with its passphrase or its recovery key.</source>
            <translation>L'atelier est désormais chiffré. Il ne s'ouvre qu'avec sa phrase secrète ou sa clé de récupération.</translation>
        </message>
        <message numerus="yes">
            <source>%n unencrypted backup(s) of it were deleted. On SSDs and USB sticks deleted data can sometimes still be recovered with special tools, so deleting is not the same as securely erasing.</source>
            <translation>
                <numerusform>%n sauvegarde non chiffrée de l'atelier a été supprimée. Sur les disques SSD et les clés USB, des données supprimées peuvent parfois encore être récupérées avec des outils spécialisés : supprimer n'est donc pas effacer de manière sûre.</numerusform>
                <numerusform>%n sauvegardes non chiffrées de l'atelier ont été supprimées. Sur les disques SSD et les clés USB, des données supprimées peuvent parfois encore être récupérées avec des outils spécialisés : supprimer n'est donc pas effacer de manière sûre.</numerusform>
            </translation>
        </message>
        <message>
            <source>It had no unencrypted backups to delete.</source>
            <translation>Il n'avait aucune sauvegarde non chiffrée à supprimer.</translation>
        </message>
        <message>
            <source>Copies of the workshop made elsewhere (on other disks, in e-mail, on other computers) are not encrypted or removed: delete them yourself.</source>
            <translation>Les copies de l'atelier faites ailleurs (sur d'autres disques, dans des courriels, sur d'autres ordinateurs) ne sont ni chiffrées ni supprimées : supprimez-les vous-même.</translation>
        </message>
        <message>
            <source>This workshop is not encrypted, so it has no recovery key.</source>
            <translation>Cet atelier n'est pas chiffré : il n'a donc pas de clé de récupération.</translation>
        </message>
        <message>
            <source>This workshop is not encrypted. Encrypt it first.</source>
            <translation>Cet atelier n'est pas chiffré. Chiffrez-le d'abord.</translation>
        </message>
        <message>
            <source>This workshop is already encrypted. Use “Change passphrase…” to set a new passphrase.</source>
            <translation>Cet atelier est déjà chiffré. Utilisez « Changer la phrase secrète… » pour définir une nouvelle phrase secrète.</translation>
        </message>
        <message>
            <source>The passphrase must be at least {count} characters long. A few unrelated words are easier to remember and harder to guess than one word.</source>
            <translation>La phrase secrète doit comporter au moins {count} caractères. Quelques mots sans rapport entre eux sont plus faciles à retenir et plus difficiles à deviner qu'un seul mot.</translation>
        </message>
        <message>
            <source>A passphrase can't have the form of a recovery key (UPR1-…). Choose another.</source>
            <translation>Une phrase secrète ne peut pas avoir la forme d'une clé de récupération (UPR1-…). Choisissez-en une autre.</translation>
        </message>
        <message>
            <source>“{name}” is not encrypted: open it without a passphrase, or encrypt it with File ▸ Encrypt this workshop…</source>
            <translation>« {name} » n'est pas chiffré : ouvrez-le sans phrase secrète, ou chiffrez-le avec Fichier ▸ Chiffrer cet atelier…</translation>
        </message>
        <message>
            <source>“{name}” is encrypted. Enter its passphrase (or its recovery key) to open it.</source>
            <translation>« {name} » est chiffré. Saisissez sa phrase secrète (ou sa clé de récupération) pour l'ouvrir.</translation>
        </message>
        <message>
            <source>“{name}” is encrypted and damaged: it can't be read. Nothing was changed. Open the latest good backup of it instead.</source>
            <translation>« {name} » est chiffré et endommagé : il ne peut pas être lu. Rien n'a été modifié. Ouvrez plutôt sa dernière sauvegarde saine.</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the file is cut short or damaged (or the passphrase is wrong). Nothing was changed. If the passphrase is right, open the latest good backup of it instead.</source>
            <translation>« {name} » n'a pas pu être ouvert : le fichier est incomplet ou endommagé (ou la phrase secrète est erronée). Rien n'a été modifié. Si la phrase secrète est correcte, ouvrez plutôt sa dernière sauvegarde saine.</translation>
        </message>
        <message>
            <source>That passphrase does not open “{name}”. Check it (capital letters, spaces, keyboard layout) and try again, or use the recovery key. Nothing was changed.</source>
            <translation>Cette phrase secrète n'ouvre pas « {name} ». Vérifiez-la (majuscules, espaces, disposition du clavier) et réessayez, ou utilisez la clé de récupération. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so its encryption can't be changed. Use “Save a copy…” and change the copy.</source>
            <translation>« {name} » est ouvert en lecture seule : son chiffrement ne peut donc pas être modifié. Utilisez « Enregistrer une copie… » et modifiez la copie.</translation>
        </message>
        <message>
            <source>The encryption of “{name}” could not be changed ({error}). The workshop is unchanged, under its old passphrase.</source>
            <translation>Le chiffrement de « {name} » n'a pas pu être modifié ({error}). L'atelier est inchangé et reste protégé par son ancienne phrase secrète.</translation>
        </message>
        <message>
            <source>This workshop is encrypted, and this copy of UPR Desktop was built without encryption support. Install UPR Desktop from its official installer to open it. The file has not been changed.</source>
            <translation>Cet atelier est chiffré, mais cette copie d'UPR Desktop a été compilée sans prise en charge du chiffrement. Pour l'ouvrir, installez UPR Desktop à partir de son programme d'installation officiel. Le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>This copy of UPR Desktop was built without encryption support, so it can't encrypt a workshop. Install UPR Desktop from its official installer.</source>
            <translation>Cette copie d'UPR Desktop a été compilée sans prise en charge du chiffrement : elle ne peut donc pas chiffrer un atelier. Installez UPR Desktop à partir de son programme d'installation officiel.</translation>
        </message>
    </context>
    <context>
        <name>EndorsementsEditor</name>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n organisation</numerusform>
                <numerusform>%n organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signed on paper</source>
            <translation>
                <numerusform>%n signée sur papier</numerusform>
                <numerusform>%n signées sur papier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s) added to the endorsements. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n organisation ajoutée aux adhésions. Ctrl+Z pour annuler.</numerusform>
                <numerusform>%n organisations ajoutées aux adhésions. Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: {error}. The details are in the log file; nothing saved was lost.</source>
            <translation>Une erreur s'est produite : {error}. Les détails figurent dans le fichier journal ; rien de ce qui était enregistré n'a été perdu.</translation>
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation>UPR Desktop</translation>
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Add evidence</source>
            <translation>Ajouter un élément de preuve</translation>
        </message>
        <message>
            <source>e.g. Law 12/2026 on domestic violence, published</source>
            <translation>p. ex. Loi 12/2026 sur la violence domestique, publiée</translation>
        </message>
        <message>
            <source>Who published or gave it</source>
            <translation>Qui l'a publié ou fourni</translation>
        </message>
        <message>
            <source>https://… (optional)</source>
            <translation>https://… (facultatif)</translation>
        </message>
        <message>
            <source>Attach a file…</source>
            <translation>Joindre un fichier…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>No file. At most %1 per file.</source>
            <translation>Aucun fichier. Au maximum %1 par fichier.</translation>
        </message>
        <message>
            <source>SHA-256 of the file</source>
            <translation>SHA-256 du fichier</translation>
        </message>
        <message>
            <source>Confidential: never exported, printed or shown on the projector</source>
            <translation>Confidentiel : jamais exporté, imprimé ni affiché au projecteur</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Lien</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>A file is kept inside the workshop, with its SHA-256 so that anyone can check it is the original.</source>
            <translation>Un fichier est conservé dans l'atelier, avec son empreinte SHA-256, afin que chacun puisse vérifier qu'il s'agit de l'original.</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Joindre un fichier</translation>
        </message>
        <message>
            <source>No file.</source>
            <translation>Aucun fichier.</translation>
        </message>
        <message>
            <source>“%1” is %2; an attached file can be at most %3. Attach a smaller copy (a scan at lower resolution), or give a link to it instead.</source>
            <translation>« %1 » pèse %2 ; un fichier joint ne peut pas dépasser %3. Joignez une copie plus légère (un scan en résolution plus basse), ou indiquez plutôt un lien vers ce fichier.</translation>
        </message>
        <message>
            <source>SHA-256 %1</source>
            <translation>SHA-256 %1</translation>
        </message>
    </context>
    <context>
        <name>ExportWarning</name>
        <message numerus="yes">
            <source>The charter’s signature page names %n representative(s) of the organisations that signed it.</source>
            <translation>
                <numerusform>La page des signatures de la charte nomme %n représentant des organisations signataires.</numerusform>
                <numerusform>La page des signatures de la charte nomme %n représentants des organisations signataires.</numerusform>
            </translation>
        </message>
        <message>
            <source>These ballots name each organisation taking part; an organisation of one names its member.</source>
            <translation>Ces bulletins de vote portent le nom de chaque organisation participante ; pour une organisation représentée par une seule personne, cela revient à nommer cette personne.</translation>
        </message>
        <message numerus="yes">
            <source>These ballots name each of the %n participants.</source>
            <translation>
                <numerusform>Ces bulletins de vote nomment %n participant.</numerusform>
                <numerusform>Ces bulletins de vote nomment chacun des %n participants.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its ballots sheet names each voter and shows how they voted.</source>
            <translation>Sa feuille des bulletins de vote nomme chaque votant et indique comment chacun a voté.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search the recommendations: words, States, themes or a number…</source>
            <translation>Rechercher dans les recommandations : mots, États, thèmes ou numéro…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Find a theme…</source>
            <translation>Trouver un thème…</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Groupe thématique</translation>
        </message>
        <message>
            <source>Find a cluster…</source>
            <translation>Trouver un groupe thématique…</translation>
        </message>
        <message>
            <source>No clusters yet. Group the recommendations into clusters in step 2, Clusters.</source>
            <translation>Aucun groupe thématique pour l'instant. Regroupez les recommandations en groupes thématiques à l'étape 2, Groupes thématiques.</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Recommandée par</translation>
        </message>
        <message>
            <source>Find a recommending State…</source>
            <translation>Trouver un État auteur de la recommandation…</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>Find a goal…</source>
            <translation>Trouver un objectif…</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Évaluée par</translation>
        </message>
        <message>
            <source>Find an organisation…</source>
            <translation>Trouver une organisation…</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>La charte n'a pas encore de priorités.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Not in a cluster</source>
            <translation>Dans aucun groupe thématique</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Session %1</translation>
        </message>
        <message>
            <source>Not implemented</source>
            <translation>Non mise en œuvre</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Partiellement mise en œuvre</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Pleinement mise en œuvre</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>Aucune information</translation>
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation>Pas encore évaluée</translation>
        </message>
        <message>
            <source>The coalition</source>
            <translation>La coalition</translation>
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation>Affichage : %1 sur %2</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>Not implemented</source>
            <translation>Non mise en œuvre</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Partiellement mise en œuvre</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Pleinement mise en œuvre</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>Aucune information</translation>
        </message>
        <message>
            <source>“{value}” is not an assessment status. Use not, partial, full or no-info.</source>
            <translation>« {value} » n'est pas une situation d'évaluation valable. Utilisez not, partial, full ou no-info.</translation>
        </message>
        <message>
            <source>Law or decree</source>
            <translation>Loi ou décret</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Ligne budgétaire</translation>
        </message>
        <message>
            <source>Court decision</source>
            <translation>Décision de justice</translation>
        </message>
        <message>
            <source>Official statement</source>
            <translation>Déclaration officielle</translation>
        </message>
        <message>
            <source>Media report</source>
            <translation>Article de presse</translation>
        </message>
        <message>
            <source>Our own documentation</source>
            <translation>Notre propre documentation</translation>
        </message>
        <message>
            <source>Testimony</source>
            <translation>Témoignage</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Autre</translation>
        </message>
        <message>
            <source>“{value}” is not a kind of evidence. Use one of: {listed}.</source>
            <translation>« {value} » n'est pas un type d'élément de preuve. Utilisez l'un des types suivants : {listed}.</translation>
        </message>
        <message>
            <source>{what} “{text}” is not a date. Write it as YYYY-MM-DD, e.g. 2027-03-15.</source>
            <translation>{what} « {text} » n'est pas une date. Écrivez-la sous la forme AAAA-MM-JJ, par exemple 2027-03-15.</translation>
        </message>
        <message>
            <source>The submission has {count} words, {over} over the {cap}-word limit OHCHR sets for a joint submission. Shorten it before sending.</source>
            <translation>La communication compte {count} mots, soit {over} de plus que la limite de {cap} mots fixée par le HCDH pour une communication conjointe. Raccourcissez-la avant de l'envoyer.</translation>
        </message>
        <message>
            <source>The submission has {count} words, {over} over the {cap}-word limit OHCHR sets for one organisation's submission. Shorten it before sending.</source>
            <translation>La communication compte {count} mots, soit {over} de plus que la limite de {cap} mots fixée par le HCDH pour la communication d'une seule organisation. Raccourcissez-la avant de l'envoyer.</translation>
        </message>
        <message>
            <source>The charter has no priority {text} (it has {order_count}).</source>
            <translation>La charte ne comporte pas de priorité {text} (elle en compte {order_count}).</translation>
        </message>
        <message>
            <source>No recommendation has the paragraph number “{text}”.</source>
            <translation>Aucune recommandation ne porte le numéro de paragraphe « {text} ».</translation>
        </message>
        <message>
            <source>The evidence needs a title.</source>
            <translation>L'élément de preuve doit avoir un titre.</translation>
        </message>
        <message>
            <source>The evidence's date</source>
            <translation>La date de l'élément de preuve</translation>
        </message>
        <message>
            <source>Add the evidence “{title}”</source>
            <translation>Ajouter l'élément de preuve « {title} »</translation>
        </message>
        <message>
            <source>Mark evidence confidential</source>
            <translation>Marquer l'élément de preuve comme confidentiel</translation>
        </message>
        <message>
            <source>Mark evidence shareable</source>
            <translation>Marquer l'élément de preuve comme partageable</translation>
        </message>
        <message>
            <source>Delete the evidence “{title}”</source>
            <translation>Supprimer l'élément de preuve « {title} »</translation>
        </message>
        <message>
            <source>The assessment's date</source>
            <translation>La date de l'évaluation</translation>
        </message>
        <message>
            <source>No evidence item has the number {listed}.</source>
            <translation>Aucun élément de preuve ne porte le numéro {listed}.</translation>
        </message>
        <message>
            <source>This assessment is no longer in the workshop.</source>
            <translation>Cette évaluation ne figure plus dans l'atelier.</translation>
        </message>
        <message>
            <source>This milestone is no longer in the charter.</source>
            <translation>Cette étape ne figure plus dans la charte.</translation>
        </message>
        <message>
            <source>The milestone's date</source>
            <translation>La date de l'étape</translation>
        </message>
        <message>
            <source>Mark the milestone “{description}” done</source>
            <translation>Marquer l'étape « {description} » comme accomplie</translation>
        </message>
        <message>
            <source>Mark the milestone “{description}” not done</source>
            <translation>Marquer l'étape « {description} » comme non accomplie</translation>
        </message>
        <message>
            <source>The indicator needs a name, e.g. “Number of unpunished attacks on journalists”.</source>
            <translation>L'indicateur doit avoir un nom, par exemple « Nombre d'agressions impunies contre des journalistes ».</translation>
        </message>
        <message>
            <source>Add the indicator “{name}”</source>
            <translation>Ajouter l'indicateur « {name} »</translation>
        </message>
        <message>
            <source>This indicator is no longer in the workshop.</source>
            <translation>Cet indicateur ne figure plus dans l'atelier.</translation>
        </message>
        <message>
            <source>“{period}” is not a year or a date. Write 2026, 2026-06 or 2026-06-30.</source>
            <translation>« {period} » n'est ni une année ni une date. Écrivez 2026, 2026-06 ou 2026-06-30.</translation>
        </message>
        <message>
            <source>Say where the value comes from: every indicator value needs a source.</source>
            <translation>Indiquez la provenance de la valeur : chaque valeur d'indicateur doit avoir une source.</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>« {value} » n'est pas un nombre.</translation>
        </message>
        <message>
            <source>Record {number:g} for {period}</source>
            <translation>Consigner {number:g} pour {period}</translation>
        </message>
        <message>
            <source>This recommendation is no longer in the workshop.</source>
            <translation>Cette recommandation ne figure plus dans l'atelier.</translation>
        </message>
        <message>
            <source>A recommendation cannot follow itself.</source>
            <translation>Une recommandation ne peut pas faire suite à elle-même.</translation>
        </message>
        <message>
            <source>Link to the earlier recommendation</source>
            <translation>Lier à la recommandation antérieure</translation>
        </message>
        <message>
            <source>Remove the link to the earlier one</source>
            <translation>Supprimer le lien vers la recommandation antérieure</translation>
        </message>
        <message>
            <source>No evidence item has the number {evidence_id}.</source>
            <translation>Aucun élément de preuve ne porte le numéro {evidence_id}.</translation>
        </message>
        <message>
            <source>There is no file at “{path}”. Check the name and try again.</source>
            <translation>Aucun fichier ne se trouve à l'emplacement « {path} ». Vérifiez le nom et réessayez.</translation>
        </message>
        <message>
            <source>“{name}” is {size_words}; an attached file can be at most {size_words2}. Attach a smaller copy (a scan at lower resolution), or give a link to it instead.</source>
            <translation>« {name} » fait {size_words} ; un fichier joint ne peut pas dépasser {size_words2}. Joignez une copie plus légère (une numérisation à plus faible résolution), ou indiquez plutôt un lien vers le fichier.</translation>
        </message>
        <message>
            <source>“{name}” is {size_words}; an attached file can be at most {size_words2}. Attach a smaller copy, or give a link to it instead.</source>
            <translation>« {name} » fait {size_words} ; un fichier joint ne peut pas dépasser {size_words2}. Joignez une copie plus légère, ou indiquez plutôt un lien vers le fichier.</translation>
        </message>
        <message>
            <source>The workshop already holds {size_words} of attached files and can hold at most {size_words2}, so “{name}” ({size_words3}) was not added. Give a link to it instead.</source>
            <translation>L'atelier contient déjà {size_words} de fichiers joints et ne peut pas en contenir plus de {size_words2} ; « {name} » ({size_words3}) n'a donc pas été ajouté. Indiquez plutôt un lien vers ce fichier.</translation>
        </message>
        <message>
            <source>“{name}” is not on the participants list. Assess as “{coalition}” or as one of the organisations registered in the Participants step.</source>
            <translation>« {name} » ne figure pas sur la liste des participants. Évaluez au nom de « {coalition} » ou de l'une des organisations enregistrées à l'étape Participants.</translation>
        </message>
        <message>
            <source>This priority is no longer in the charter.</source>
            <translation>Cette priorité ne figure plus dans la charte.</translation>
        </message>
        <message>
            <source>Assess priority P{number} as “{label}”</source>
            <translation>Évaluer la priorité P{number} comme « {label} »</translation>
        </message>
        <message>
            <source>Assess a priority as “{label}”</source>
            <translation>Évaluer une priorité comme « {label} »</translation>
        </message>
        <message>
            <source>Assess recommendation {reference} as “{label}”</source>
            <translation>Évaluer la recommandation {reference} comme « {label} »</translation>
        </message>
        <message>
            <source>Assess a recommendation as “{label}”</source>
            <translation>Évaluer une recommandation comme « {label} »</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of priority P{number}</source>
            <translation>Retirer l'évaluation de la priorité P{number} par {assessor}</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of a priority</source>
            <translation>Retirer l'évaluation d'une priorité par {assessor}</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of recommendation {reference}</source>
            <translation>Retirer l'évaluation de la recommandation {reference} par {assessor}</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of a recommendation</source>
            <translation>Retirer l'évaluation d'une recommandation par {assessor}</translation>
        </message>
    </context>
    <context>
        <name>FollowUpChart</name>
        <message>
            <source>Nothing assessed yet</source>
            <translation>Rien n'a encore été évalué</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDashboard</name>
        <message>
            <source>Not assessed yet</source>
            <translation>Pas encore évaluée</translation>
        </message>
        <message>
            <source>Milestones overdue</source>
            <translation>Étapes en retard</translation>
        </message>
        <message>
            <source>Not assessed for a year</source>
            <translation>Non évaluée depuis un an</translation>
        </message>
        <message>
            <source>Organisations disagree</source>
            <translation>Les organisations sont en désaccord</translation>
        </message>
        <message>
            <source>List them</source>
            <translation>Les afficher</translation>
        </message>
        <message>
            <source>Status over time</source>
            <translation>Évolution de la situation</translation>
        </message>
        <message>
            <source>Priority and milestones</source>
            <translation>Priorité et étapes</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>Priorities and their milestones</source>
            <translation>Les priorités et leurs étapes</translation>
        </message>
        <message>
            <source>Mark done today</source>
            <translation>Marquer comme réalisée aujourd'hui</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Pas encore réalisée</translation>
        </message>
        <message>
            <source>Selected milestone:</source>
            <translation>Étape sélectionnée :</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>En retard</translation>
        </message>
        <message>
            <source>Where organisations disagree</source>
            <translation>Points de désaccord entre organisations</translation>
        </message>
        <message>
            <source>%1 of %2 recommendations assessed at least once · as of %3</source>
            <translation>%1 recommandations sur %2 évaluées au moins une fois · au %3</translation>
        </message>
        <message>
            <source>done on %1</source>
            <translation>réalisée le %1</translation>
        </message>
        <message>
            <source>late: due %1</source>
            <translation>en retard : échéance le %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>échéance le %1</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>La charte n'a pas encore de priorités.</translation>
        </message>
        <message>
            <source>P%1 · %2 — due %3</source>
            <translation>P%1 · %2 — échéance le %3</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>Rien en retard.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>No disagreements.</source>
            <translation>Aucun désaccord.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpList</name>
        <message>
            <source>Not assessed</source>
            <translation>Non évaluée</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 le %2</translation>
        </message>
        <message>
            <source>Organisations disagree: see the timeline.</source>
            <translation>Les organisations sont en désaccord : voir l'échéancier.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPage</name>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>How the recommendations and the charter's priorities are being implemented: assessments, evidence, milestones.</source>
            <translation>Comment les recommandations et les priorités de la charte sont mises en œuvre : évaluations, éléments de preuve, étapes.</translation>
        </message>
        <message>
            <source>Add evidence…</source>
            <translation>Ajouter un élément de preuve…</translation>
        </message>
        <message>
            <source>A law, a budget line, a report, a testimony…</source>
            <translation>Une loi, une ligne budgétaire, un rapport, un témoignage…</translation>
        </message>
        <message>
            <source>Assess…</source>
            <translation>Évaluer…</translation>
        </message>
        <message>
            <source>Record how far a recommendation or priority is implemented</source>
            <translation>Consigner le degré de mise en œuvre d'une recommandation ou d'une priorité</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Tableau de bord</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommandations</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Échéancier</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments de preuve</translation>
        </message>
        <message>
            <source>Next cycle</source>
            <translation>Cycle suivant</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>Assess this…</source>
            <translation>Évaluer cet élément…</translation>
        </message>
        <message>
            <source>Withdraw assessment</source>
            <translation>Retirer l'évaluation</translation>
        </message>
        <message>
            <source>Remove an assessment entered by mistake (Ctrl+Z brings it back)</source>
            <translation>Retirer une évaluation saisie par erreur (Ctrl+Z la rétablit)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Afficher</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>INDICATORS</source>
            <translation>INDICATEURS</translation>
        </message>
        <message>
            <source>Add indicator value…</source>
            <translation>Ajouter une valeur d'indicateur…</translation>
        </message>
        <message>
            <source>A dated figure for one of this priority's indicators, with its source</source>
            <translation>Un chiffre daté pour l'un des indicateurs de cette priorité, avec sa source</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Mark confidential</source>
            <translation>Marquer comme confidentiel</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Recommendations of the latest review that may repeat an earlier one. Confirm a link: the earlier one's assessments then show as context.</source>
            <translation>Recommandations du dernier examen qui pourraient reprendre une recommandation antérieure. Confirmez un lien : les évaluations de la recommandation antérieure s'affichent alors comme contexte.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Score</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Liée</translation>
        </message>
        <message>
            <source>Confirm link</source>
            <translation>Confirmer le lien</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translation>Supprimer le lien</translation>
        </message>
        <message>
            <source>DOCUMENTS</source>
            <translation>DOCUMENTS</translation>
        </message>
        <message>
            <source>Confidential evidence never appears in any of these documents.</source>
            <translation>Les éléments de preuve confidentiels n'apparaissent jamais dans aucun de ces documents.</translation>
        </message>
        <message>
            <source>Mid-term report (PDF)…</source>
            <translation>Rapport à mi-parcours (PDF)…</translation>
        </message>
        <message>
            <source>Status of every recommendation and priority, with the chart and the evidence annex</source>
            <translation>Situation de chaque recommandation et de chaque priorité, avec le graphique et l'annexe des éléments de preuve</translation>
        </message>
        <message>
            <source>Mid-term report (Word)…</source>
            <translation>Rapport à mi-parcours (Word)…</translation>
        </message>
        <message>
            <source>The same report, to edit before publishing</source>
            <translation>Le même rapport, à modifier avant publication</translation>
        </message>
        <message>
            <source>Submission draft (Word)…</source>
            <translation>Projet de communication (Word)…</translation>
        </message>
        <message>
            <source>A stakeholder submission for the next review, within the word cap</source>
            <translation>Une communication des parties prenantes pour le prochain examen, dans la limite du nombre de mots</translation>
        </message>
        <message>
            <source>Monitoring matrix…</source>
            <translation>Matrice de suivi…</translation>
        </message>
        <message>
            <source>Every recommendation with its status, assessors and evidence (Excel or CSV)</source>
            <translation>Chaque recommandation avec sa situation, ses évaluateurs et ses éléments de preuve (Excel ou CSV)</translation>
        </message>
        <message>
            <source>SUBMISSION WORD COUNT</source>
            <translation>NOMBRE DE MOTS DE LA COMMUNICATION</translation>
        </message>
        <message>
            <source>Projector mode: confidential testimony is hidden.</source>
            <translation>Mode projecteur : les témoignages confidentiels sont masqués.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) of evidence.</source>
            <translation>
                <numerusform>%n élément de preuve.</numerusform>
                <numerusform>%n éléments de preuve.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose an item to see its details.</source>
            <translation>Choisissez un élément pour voir ses détails.</translation>
        </message>
        <message>
            <source>Mark shareable</source>
            <translation>Marquer comme partageable</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Source : %1</translation>
        </message>
        <message>
            <source>Link: %1</source>
            <translation>Lien : %1</translation>
        </message>
        <message>
            <source>File: %1 (%2)</source>
            <translation>Fichier : %1 (%2)</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256 : %1</translation>
        </message>
        <message>
            <source>(the stored file no longer matches!)</source>
            <translation>(le fichier conservé ne correspond plus !)</translation>
        </message>
        <message>
            <source>Confidential: never exported, printed or shown on the projector.</source>
            <translation>Confidentiel : jamais exporté, imprimé ni affiché au projecteur.</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>liée</translation>
        </message>
        <message>
            <source>No suggestions: the workshop holds recommendations of one review only.</source>
            <translation>Aucune suggestion : l'atelier ne contient que les recommandations d'un seul examen.</translation>
        </message>
        <message>
            <source>%1 recommendation(s) confirmed as made again.</source>
            <translation>Recommandations confirmées comme formulées de nouveau : %1.</translation>
        </message>
        <message>
            <source>The word count could not be made: %1</source>
            <translation>Le nombre de mots n'a pas pu être calculé : %1</translation>
        </message>
        <message>
            <source>joint submission</source>
            <translation>communication conjointe</translation>
        </message>
        <message>
            <source>one organisation</source>
            <translation>une organisation</translation>
        </message>
        <message>
            <source>%1 of %2 words (%3; annexes not counted)</source>
            <translation>%1 mots sur %2 (%3 ; annexes non comptées)</translation>
        </message>
        <message>
            <source>Over the cap by %1 words: shorten the draft before sending it.</source>
            <translation>Limite dépassée de %1 mots : raccourcissez le projet avant de l'envoyer.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Enregistré dans %1</translation>
        </message>
        <message>
            <source>Save the mid-term report</source>
            <translation>Enregistrer le rapport à mi-parcours</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>rapport à mi-parcours</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Documents Word (*.docx)</translation>
        </message>
        <message>
            <source>Save the submission draft</source>
            <translation>Enregistrer le projet de communication</translation>
        </message>
        <message>
            <source>submission draft</source>
            <translation>projet de communication</translation>
        </message>
        <message>
            <source>Save the monitoring matrix</source>
            <translation>Enregistrer la matrice de suivi</translation>
        </message>
        <message>
            <source>monitoring matrix</source>
            <translation>matrice de suivi</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTimeline</name>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments de preuve</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Échéancier</translation>
        </message>
        <message>
            <source>Choose a recommendation or a priority to see its history.</source>
            <translation>Choisissez une recommandation ou une priorité pour voir son historique.</translation>
        </message>
        <message>
            <source>Nothing recorded yet. Assess it, or add evidence.</source>
            <translation>Rien n'a encore été consigné. Évaluez-la, ou ajoutez des éléments de preuve.</translation>
        </message>
        <message>
            <source>Organisations disagree. Latest words: %1</source>
            <translation>Les organisations sont en désaccord. Derniers avis : %1</translation>
        </message>
    </context>
    <context>
        <name>FromRoundDialog</name>
        <message numerus="yes">
            <source>{title}  ·  closed {date}  ·  %n candidate(s)</source>
            <translation>
                <numerusform>{title}  ·  clos le {date}  ·  %n option</numerusform>
                <numerusform>{title}  ·  clos le {date}  ·  %n options</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}  ·  %n candidate(s)</source>
            <translation>
                <numerusform>{title}  ·  %n option</numerusform>
                <numerusform>{title}  ·  %n options</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Handout document</name>
        <message>
            <source>Not yet in a cluster</source>
            <translation>Pas encore dans un groupe thématique</translation>
        </message>
        <message>
            <source>No theme given</source>
            <translation>Aucun thème indiqué</translation>
        </message>
        <message>
            <source>Recommendations received by {country}</source>
            <translation>Recommandations reçues par {country}</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommandations</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) in {groups} groups, by cluster.</source>
            <translation>
                <numerusform>%n recommandation en {groups} groupes, par groupe thématique.</numerusform>
                <numerusform>%n recommandations en {groups} groupes, par groupe thématique.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) in {groups} groups, by theme.</source>
            <translation>
                <numerusform>%n recommandation en {groups} groupes, par thème.</numerusform>
                <numerusform>%n recommandations en {groups} groupes, par thème.</numerusform>
            </translation>
        </message>
        <message>
            <source>The number above each recommendation is the one on your ballot.</source>
            <translation>Le numéro figurant au-dessus de chaque recommandation est celui de votre bulletin de vote.</translation>
        </message>
        <message>
            <source>{title}: recommendations</source>
            <translation>{title} : recommandations</translation>
        </message>
        <message>
            <source>Handout for participants</source>
            <translation>Document à l'intention des participants</translation>
        </message>
        <message>
            <source>Recommendation handout</source>
            <translation>Recueil des recommandations</translation>
        </message>
    </context>
    <context>
        <name>IMPACT OSS export</name>
        <message>
            <source>UPR session {session}, cycle {cycle}</source>
            <translation>EPU, session {session}, cycle {cycle}</translation>
        </message>
        <message>
            <source>UPR session {session}</source>
            <translation>EPU, session {session}</translation>
        </message>
        <message>
            <source>Cycle {cycle}</source>
            <translation>Cycle {cycle}</translation>
        </message>
        <message>
            <source>Recommending State: {states}</source>
            <translation>État auteur de la recommandation : {states}</translation>
        </message>
        <message>
            <source>Recommending States: {states}</source>
            <translation>États auteurs de la recommandation : {states}</translation>
        </message>
        <message>
            <source>State under review: {country}</source>
            <translation>État examiné : {country}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Source : {source}</translation>
        </message>
    </context>
    <context>
        <name>Implementation status</name>
        <message>
            <source>Not started</source>
            <translation>Non commencée</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Partiellement mise en œuvre</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Pleinement mise en œuvre</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>{message} (row {row}, column “{column}”)</source>
            <translation>{message} (ligne {row}, colonne « {column} »)</translation>
        </message>
        <message>
            <source>{message} (row {row})</source>
            <translation>{message} (ligne {row})</translation>
        </message>
        <message>
            <source>{message} (column “{column}”)</source>
            <translation>{message} (colonne « {column} »)</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was added to the workshop.</source>
            <translation>Importation annulée. Rien n'a été ajouté à l'atelier.</translation>
        </message>
        <message numerus="yes">
            <source>Found %n participant(s) in {file}.</source>
            <translation>
                <numerusform>%n participant trouvé dans {file}.</numerusform>
                <numerusform>%n participants trouvés dans {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Found %n participant(s).</source>
            <translation>
                <numerusform>%n participant trouvé.</numerusform>
                <numerusform>%n participants trouvés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) repeated someone listed earlier; each person is counted once.</source>
            <translation>
                <numerusform>%n ligne répétait une personne déjà listée ; chaque personne n'est comptée qu'une fois.</numerusform>
                <numerusform>%n lignes répétaient une personne déjà listée ; chaque personne n'est comptée qu'une fois.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row had no name or alias and was left out.</source>
            <translation>1 ligne sans nom ni pseudonyme a été écartée.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows had no name or alias and were left out.</source>
            <translation>
                <numerusform>%n ligne sans nom ni pseudonyme a été écartée.</numerusform>
                <numerusform>%n lignes sans nom ni pseudonyme ont été écartées.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” is a Word document, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>« {name} » est un document Word, et non un tableau de participants. Enregistrez la liste de présence au format CSV ou Excel (.xlsx), avec une ligne par personne, puis importez ce fichier.</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>« {name} » est un fichier JSON, et non un tableau de participants. Enregistrez la liste de présence au format CSV ou Excel (.xlsx), avec une ligne par personne, puis importez ce fichier.</translation>
        </message>
        <message>
            <source>Parts of the file are not valid UTF-8, so it was read as Windows Western (cp1252) text. Check accented letters.</source>
            <translation>Certaines parties du fichier ne sont pas en UTF-8 valide ; il a donc été lu comme du texte Windows occidental (cp1252). Vérifiez les lettres accentuées.</translation>
        </message>
        <message>
            <source>“{name}” is empty (0 bytes), so there is no one to import. Save the attendance list again, or choose another file.</source>
            <translation>« {name} » est vide (0 octet) : il n'y a personne à importer. Enregistrez de nouveau la liste de présence, ou choisissez un autre fichier.</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a table of participants, even if its name says otherwise. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>« {name} » est {what}, et non un tableau de participants, même si son nom laisse penser le contraire. Enregistrez la liste de présence au format CSV ou Excel (.xlsx), avec une ligne par personne, puis importez ce fichier.</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>« {name} » est {what}, et non un tableau de participants. Enregistrez la liste de présence au format CSV ou Excel (.xlsx), avec une ligne par personne, puis importez ce fichier.</translation>
        </message>
        <message>
            <source>“{name}” holds no table: there are no column headings or rows in it. Choose the attendance list, with one row per person.</source>
            <translation>« {name} » ne contient aucun tableau : il ne comporte ni en-têtes de colonnes ni lignes. Choisissez la liste de présence, avec une ligne par personne.</translation>
        </message>
        <message>
            <source>“{name}” has no column of names. Its headings are {names}. Name the column “Name” (and, if you have them, “Organisation”, “Thematic focus”, “Contact”, “Consent” and “Alias”), then import it again.</source>
            <translation>« {name} » ne comporte pas de colonne de noms. Ses en-têtes sont {names}. Intitulez la colonne « Name » (et, le cas échéant, « Organisation », « Thematic focus », « Contact », « Consent » et « Alias »), puis importez-le de nouveau.</translation>
        </message>
        <message>
            <source>Row {number} has no name and was left out.</source>
            <translation>La ligne {number} ne comporte pas de nom et a été écartée.</translation>
        </message>
        <message>
            <source>Row {number} repeats row {row} ({who}).</source>
            <translation>La ligne {number} répète la ligne {row} ({who}).</translation>
        </message>
        <message>
            <source>No participants found in “{name}”: its only row has no name or alias. Check that the names are in the column headed “Name”.</source>
            <translation>Aucun participant trouvé dans « {name} » : son unique ligne ne comporte ni nom ni pseudonyme. Vérifiez que les noms se trouvent dans la colonne intitulée « Name ».</translation>
        </message>
        <message numerus="yes">
            <source>No participants found in “{name}”: none of its %n rows has a name or alias. Check that the names are in the column headed “Name”.</source>
            <translation>
                <numerusform>Aucun participant trouvé dans « {name} » : sa ligne (%n) ne comporte ni nom ni pseudonyme. Vérifiez que les noms se trouvent dans la colonne intitulée « Name ».</numerusform>
                <numerusform>Aucun participant trouvé dans « {name} » : aucune de ses %n lignes ne comporte de nom ou de pseudonyme. Vérifiez que les noms se trouvent dans la colonne intitulée « Name ».</numerusform>
            </translation>
        </message>
        <message>
            <source>No participants found in “{name}”: it has column headings but no rows of people under them.</source>
            <translation>Aucun participant trouvé dans « {name} » : il comporte des en-têtes de colonnes, mais aucune ligne de personnes en dessous.</translation>
        </message>
        <message>
            <source>“{name}” is not a normal document: {why}. If it is a real document, open it in Word, copy its table into a spreadsheet, save that as CSV and import it.</source>
            <translation>« {name} » n'est pas un document normal : {why}. S'il s'agit d'un vrai document, ouvrez-le dans Word, copiez son tableau dans un tableur, enregistrez ce tableau au format CSV et importez-le.</translation>
        </message>
        <message>
            <source>“{name}” is not a normal spreadsheet: {why}. If it is a real spreadsheet, open it in Excel or LibreOffice, save it as CSV and import that.</source>
            <translation>« {name} » n'est pas une feuille de calcul normale : {why}. S'il s'agit d'une vraie feuille de calcul, ouvrez-la dans Excel ou LibreOffice, enregistrez-la au format CSV et importez ce fichier.</translation>
        </message>
        <message>
            <source>it holds {members_count:,} parts, where a real one holds a few dozen (at most {max_members:,} are accepted)</source>
            <translation>il contient {members_count:,} parties, alors qu'un vrai fichier en contient quelques dizaines (au plus {max_members:,} sont acceptées)</translation>
        </message>
        <message>
            <source>“{name}” is protected with a password. Open it, remove the password (or save an unprotected copy), and import that.</source>
            <translation>« {name} » est protégé par un mot de passe. Ouvrez-le, supprimez le mot de passe (ou enregistrez une copie non protégée), puis importez ce fichier.</translation>
        </message>
        <message>
            <source>it is packed with a compression method Excel and Word never use</source>
            <translation>il est compressé selon une méthode qu'Excel et Word n'utilisent jamais</translation>
        </message>
        <message>
            <source>it would expand from {size} to {unpacked}, and its part “{part}” is packed {times:,} times tighter than real content ever is</source>
            <translation>il passerait de {size} à {unpacked} une fois décompressé, et sa partie « {part} » est compressée {times:,} fois plus qu'un contenu réel ne l'est jamais</translation>
        </message>
        <message>
            <source>it would expand to {size} when unpacked, and documents can be imported up to {most} unpacked</source>
            <translation>il atteindrait {size} une fois décompressé, alors que les documents importés ne peuvent pas dépasser {most} décompressés</translation>
        </message>
        <message>
            <source>it would expand to {size} when unpacked, and spreadsheets can be imported up to {most} unpacked</source>
            <translation>il atteindrait {size} une fois décompressé, alors que les feuilles de calcul importées ne peuvent pas dépasser {most} décompressées</translation>
        </message>
        <message>
            <source>its part “{filename}” unpacks to more than the {label} the file declares for it, so it is damaged or built to exhaust the computer's memory</source>
            <translation>sa partie « {filename} » se décompresse au-delà des {label} que le fichier déclare pour elle : il est donc endommagé ou conçu pour épuiser la mémoire de l'ordinateur</translation>
        </message>
        <message>
            <source>a sheet in it holds a tag longer than any real sheet's</source>
            <translation>l'une de ses feuilles contient une balise plus longue que celles de toute feuille réelle</translation>
        </message>
        <message>
            <source>it claims {claimed:,} different texts, far more than it holds, which would exhaust the computer's memory</source>
            <translation>il annonce {claimed:,} textes différents, bien plus qu'il n'en contient, ce qui épuiserait la mémoire de l'ordinateur</translation>
        </message>
        <message>
            <source>“{name}” has a sheet (“{sheet}”) whose cells reach {column_letters}{rows}: {rows:,} rows by {columns:,} columns, {cells:,} cells in all, and a sheet can be imported up to {max_sheet_cells:,} cells. Delete the rows and columns beyond the table (or save the sheet as CSV), then import it again.</source>
            <translation>« {name} » comporte une feuille (« {sheet} ») dont les cellules vont jusqu'à {column_letters}{rows} : {rows:,} lignes sur {columns:,} colonnes, soit {cells:,} cellules au total, alors qu'une feuille importée ne peut pas dépasser {max_sheet_cells:,} cellules. Supprimez les lignes et colonnes situées au-delà du tableau (ou enregistrez la feuille au format CSV), puis importez-la de nouveau.</translation>
        </message>
        <message>
            <source>IMPACT OSS imports a CSV file: choose a name ending in .csv, not “{value}”.</source>
            <translation>IMPACT OSS importe un fichier CSV : choisissez un nom se terminant par .csv, et non « {value} ».</translation>
        </message>
        <message>
            <source>The IMPACT OSS framework id is a positive number (1 is the first framework in IMPACT OSS). Check it under Frameworks in your IMPACT OSS.</source>
            <translation>L'identifiant de cadre IMPACT OSS est un nombre positif (1 correspond au premier cadre dans IMPACT OSS). Vérifiez-le sous Frameworks dans votre IMPACT OSS.</translation>
        </message>
        <message>
            <source>The charter cites no recommendations yet, so there is nothing to export. Leave out “cited only” to export every recommendation.</source>
            <translation>La charte ne cite encore aucune recommandation : il n'y a donc rien à exporter. Décochez « citées uniquement » pour exporter toutes les recommandations.</translation>
        </message>
        <message>
            <source>This workshop holds no recommendations yet, so there is nothing to export.</source>
            <translation>Cet atelier ne contient encore aucune recommandation : il n'y a donc rien à exporter.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>un document PDF</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>une image PNG</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>une image JPEG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>une image GIF</translation>
        </message>
        <message>
            <source>an RTF document</source>
            <translation>un document RTF</translation>
        </message>
        <message>
            <source>a RAR archive</source>
            <translation>une archive RAR</translation>
        </message>
        <message>
            <source>a 7-Zip archive</source>
            <translation>une archive 7-Zip</translation>
        </message>
        <message>
            <source>a compressed (gzip) file</source>
            <translation>un fichier compressé (gzip)</translation>
        </message>
        <message>
            <source>“{name}” is a Word document, not a table. Import it as an OHCHR thematic list.</source>
            <translation>« {name} » est un document Word, et non un tableau. Importez-le comme liste thématique des recommandations du HCDH.</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file, not a table. Import it as a UHRI export.</source>
            <translation>« {name} » est un fichier JSON, et non un tableau. Importez-le comme export de l'UHRI.</translation>
        </message>
        <message>
            <source>“{format}” is not a known format. Choose one of: {listed}.</source>
            <translation>« {format} » n'est pas un format connu. Choisissez l'un des formats suivants : {listed}.</translation>
        </message>
        <message>
            <source>“{name}” is a Word document; it can only be imported as an OHCHR thematic list of recommendations.</source>
            <translation>« {name} » est un document Word ; il ne peut être importé que comme liste thématique des recommandations du HCDH.</translation>
        </message>
        <message>
            <source>“{name}” is not a Word (.docx) document, so it cannot be an OHCHR thematic list. Choose another format, or “Automatic”.</source>
            <translation>« {name} » n'est pas un document Word (.docx) : il ne peut donc pas s'agir d'une liste thématique des recommandations du HCDH. Choisissez un autre format, ou « Automatique ».</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file; it can only be imported as a UHRI export.</source>
            <translation>« {name} » est un fichier JSON ; il ne peut être importé que comme export de l'UHRI.</translation>
        </message>
        <message>
            <source>“{path}” could not be found. Check the file's name and folder, then try again.</source>
            <translation>« {path} » est introuvable. Vérifiez le nom et le dossier du fichier, puis réessayez.</translation>
        </message>
        <message>
            <source>“{name}” is a folder. Choose the exported file inside it.</source>
            <translation>« {name} » est un dossier. Choisissez le fichier exporté qu'il contient.</translation>
        </message>
        <message>
            <source>“{name}” is empty (0 bytes), so there is nothing to import. Export the recommendations again, or choose another file.</source>
            <translation>« {name} » est vide (0 octet) : il n'y a rien à importer. Exportez de nouveau les recommandations, ou choisissez un autre fichier.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size}). Excel and Word files can be imported up to {most}, as they must be read whole. Save the sheet as CSV (up to {most_csv}), or split it, and import that.</source>
            <translation>« {name} » est trop volumineux pour être importé ({size}). Les fichiers Excel et Word peuvent être importés jusqu'à {most}, car ils doivent être lus en entier. Enregistrez la feuille au format CSV (jusqu'à {most_csv}), ou scindez-la, puis importez le résultat.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size}). Files can be imported up to {most_csv}. Split it into smaller files, or export only the States under review you need, and import those.</source>
            <translation>« {name} » est trop volumineux pour être importé ({size}). Les fichiers peuvent être importés jusqu'à {most_csv}. Scindez-le en fichiers plus petits, ou n'exportez que les États examinés dont vous avez besoin, puis importez ces fichiers.</translation>
        </message>
        <message>
            <source>“{name}” could not be read ({strerror}). Check that it is not open in another program and that you may read it.</source>
            <translation>« {name} » n'a pas pu être lu ({strerror}). Vérifiez qu'il n'est pas ouvert dans un autre programme et que vous avez le droit de le lire.</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a file of recommendations. Import the CSV, Excel, JSON or Word (.docx) export instead.</source>
            <translation>« {name} » est {what}, et non un fichier de recommandations. Importez plutôt l'export CSV, Excel, JSON ou Word (.docx).</translation>
        </message>
        <message>
            <source>“{name}” is an old Word (.doc) document. Open it in Word, save it as “Word Document (.docx)”, and import that.</source>
            <translation>« {name} » est un ancien document Word (.doc). Ouvrez-le dans Word, enregistrez-le au format « Document Word (.docx) », puis importez ce fichier.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size_label}): JSON files can be imported up to {size_label2}, as every record in them is held in memory until it is saved. Export fewer States or years from the UHRI, or export it as Excel, and import that.</source>
            <translation>« {name} » est trop volumineux pour être importé ({size_label}) : les fichiers JSON peuvent être importés jusqu'à {size_label2}, car chacun de leurs enregistrements est conservé en mémoire jusqu'à l'enregistrement. Exportez moins d'États ou d'années depuis l'UHRI, ou exportez au format Excel, puis importez ce fichier.</translation>
        </message>
        <message>
            <source>“{name}” is a web page (HTML or XML), not a spreadsheet, even if its name says otherwise. Open it in Excel or LibreOffice, save it as .xlsx or CSV, and import that.</source>
            <translation>« {name} » est une page web (HTML ou XML), et non une feuille de calcul, même si son nom laisse penser le contraire. Ouvrez-le dans Excel ou LibreOffice, enregistrez-le au format .xlsx ou CSV, puis importez ce fichier.</translation>
        </message>
        <message>
            <source>“{name}” is an Excel file of {size_label}; Excel files can be imported up to {size_label2}. Save it as CSV and import that.</source>
            <translation>« {name} » est un fichier Excel de {size_label} ; les fichiers Excel peuvent être importés jusqu'à {size_label2}. Enregistrez-le au format CSV et importez ce fichier.</translation>
        </message>
        <message>
            <source>“{name}” is a ZIP archive. Unzip it and import the CSV, Excel, JSON or Word file inside.</source>
            <translation>« {name} » est une archive ZIP. Décompressez-la et importez le fichier CSV, Excel, JSON ou Word qu'elle contient.</translation>
        </message>
        <message>
            <source>“{name}” holds no table: there are no column headings or rows in it. Choose the exported file of recommendations.</source>
            <translation>« {name} » ne contient aucun tableau : il ne comporte ni en-têtes de colonnes ni lignes. Choisissez le fichier exporté des recommandations.</translation>
        </message>
        <message>
            <source>“{name}” does not have the UPR Info columns (To, Text, From, Response, … or SuR, Recommendation, RS, Response, …). Import it as “Any table” and choose its columns.</source>
            <translation>« {name} » ne comporte pas les colonnes d'UPR Info (To, Text, From, Response, … ou SuR, Recommendation, RS, Response, …). Importez-le comme « Tout tableau » et choisissez ses colonnes.</translation>
        </message>
        <message>
            <source>“{name}” has no “Text” column or field, so it is not a UHRI export. Import it as “Any table” and choose the column that holds the recommendations.</source>
            <translation>« {name} » ne comporte ni colonne ni champ « Text » : ce n'est donc pas un export de l'UHRI. Importez-le comme « Tout tableau » et choisissez la colonne qui contient les recommandations.</translation>
        </message>
        <message>
            <source>Columns were matched by their headings: {matches}.</source>
            <translation>Les colonnes ont été associées d'après leurs en-têtes : {matches}.</translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: its only row has no recommendation text in the “{column}” column. Check that the right column holds the recommendation text.</source>
            <translation>Aucune recommandation trouvée dans « {name} » : son unique ligne ne comporte aucun texte de recommandation dans la colonne « {column} ». Vérifiez que la bonne colonne contient le texte des recommandations.</translation>
        </message>
        <message numerus="yes">
            <source>No recommendations found in “{name}”: none of its %n rows has recommendation text in the “{column}” column. Check that the right column holds the recommendation text.</source>
            <translation>
                <numerusform>Aucune recommandation trouvée dans « {name} » : sa ligne (%n) ne comporte aucun texte de recommandation dans la colonne « {column} ». Vérifiez que la bonne colonne contient le texte des recommandations.</numerusform>
                <numerusform>Aucune recommandation trouvée dans « {name} » : aucune de ses %n lignes ne comporte de texte de recommandation dans la colonne « {column} ». Vérifiez que la bonne colonne contient le texte des recommandations.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: its only row has no recommendation text. Check that the right column holds the recommendation text.</source>
            <translation>Aucune recommandation trouvée dans « {name} » : son unique ligne ne comporte aucun texte de recommandation. Vérifiez que la bonne colonne contient le texte des recommandations.</translation>
        </message>
        <message numerus="yes">
            <source>No recommendations found in “{name}”: none of its %n rows has recommendation text. Check that the right column holds the recommendation text.</source>
            <translation>
                <numerusform>Aucune recommandation trouvée dans « {name} » : sa ligne (%n) ne comporte aucun texte de recommandation. Vérifiez que la bonne colonne contient le texte des recommandations.</numerusform>
                <numerusform>Aucune recommandation trouvée dans « {name} » : aucune de ses %n lignes ne comporte de texte de recommandation. Vérifiez que la bonne colonne contient le texte des recommandations.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: it has column headings but no rows of recommendations under them. Check that you exported the recommendations themselves, not an empty search.</source>
            <translation>Aucune recommandation trouvée dans « {name} » : il comporte des en-têtes de colonnes, mais aucune ligne de recommandations en dessous. Vérifiez que vous avez bien exporté les recommandations elles-mêmes, et non une recherche vide.</translation>
        </message>
        <message>
            <source>1 empty row was ignored.</source>
            <translation>1 ligne vide a été ignorée.</translation>
        </message>
        <message numerus="yes">
            <source>%n empty rows were ignored.</source>
            <translation>
                <numerusform>%n ligne vide a été ignorée.</numerusform>
                <numerusform>%n lignes vides ont été ignorées.</numerusform>
            </translation>
        </message>
        <message>
            <source>recommendation text</source>
            <translation>texte de la recommandation</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>référence</translation>
        </message>
        <message>
            <source>recommending State</source>
            <translation>État auteur de la recommandation</translation>
        </message>
        <message>
            <source>response</source>
            <translation>réponse</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>thèmes</translation>
        </message>
        <message>
            <source>affected persons</source>
            <translation>personnes concernées</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>session</source>
            <translation>session</translation>
        </message>
        <message>
            <source>cycle</source>
            <translation>cycle</translation>
        </message>
        <message>
            <source>action category</source>
            <translation>catégorie d'action</translation>
        </message>
        <message>
            <source>document symbol</source>
            <translation>cote du document</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>État examiné</translation>
        </message>
        <message>
            <source>None of the column headings ({names}) clearly names the recommendation text. Choose which column holds the recommendation text, and what the other columns hold.</source>
            <translation>Aucun des en-têtes de colonnes ({names}) ne désigne clairement le texte de la recommandation. Choisissez la colonne qui contient le texte de la recommandation, et indiquez ce que contiennent les autres colonnes.</translation>
        </message>
        <message>
            <source>“{cell_text}” is not a valid {what}: this column must hold whole numbers. Correct the cell (or leave it empty) and import the file again.</source>
            <translation>« {cell_text} » n'est pas une valeur valable pour le champ {what} : cette colonne doit contenir des nombres entiers. Corrigez la cellule (ou laissez-la vide) et importez de nouveau le fichier.</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the Word file is damaged or incomplete (perhaps a download or copy was cut short). Open it in Word and save it again, or get a fresh copy, then import that.</source>
            <translation>« {name} » n'a pas pu être ouvert : le fichier Word est endommagé ou incomplet (un téléchargement ou une copie a peut-être été interrompu). Ouvrez-le dans Word et enregistrez-le de nouveau, ou procurez-vous une nouvelle copie, puis importez-la.</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the {kind} file is damaged or incomplete (perhaps a download or copy was cut short). Open it in a spreadsheet program and save it again, or get a fresh copy, then import that.</source>
            <translation>« {name} » n'a pas pu être ouvert : le fichier {kind} est endommagé ou incomplet (un téléchargement ou une copie a peut-être été interrompu). Ouvrez-le dans un tableur et enregistrez-le de nouveau, ou procurez-vous une nouvelle copie, puis importez-la.</translation>
        </message>
        <message>
            <source>“{name}” has no table of recommendations. This format is the OHCHR thematic list, whose table is headed “Recommendation and recommending State | Position …”. For another Word document, copy its table into a spreadsheet and import that.</source>
            <translation>« {name} » ne comporte pas de tableau de recommandations. Ce format correspond à la liste thématique des recommandations du HCDH, dont le tableau est intitulé « Recommendation and recommending State | Position … » (recommandation et État auteur de la recommandation | position). Pour un autre document Word, copiez son tableau dans un tableur et importez ce dernier.</translation>
        </message>
        <message>
            <source>No recommendation text in the first column.</source>
            <translation>Aucun texte de recommandation dans la première colonne.</translation>
        </message>
        <message>
            <source>Not in the list of UN Member and observer States, so kept as written: {names}. Check these recommending States.</source>
            <translation>Noms absents de la liste des États Membres et des États observateurs de l'ONU, donc conservés tels quels : {names}. Vérifiez ces États auteurs de recommandations.</translation>
        </message>
        <message>
            <source>The document is the thematic list for {country}.</source>
            <translation>Le document est la liste thématique des recommandations pour {country}.</translation>
        </message>
        <message>
            <source>{recommendations} recommendations under {headings} theme headings ({themes} different themes).</source>
            <translation>{recommendations} recommandations réparties sous {headings} intitulés thématiques ({themes} thèmes différents).</translation>
        </message>
        <message>
            <source>The column mapping leaves out the recommendation text: “{column}” is not one of its columns ({names}). Choose the column of “{name}” that holds the text of each recommendation, then import again.</source>
            <translation>L'association des colonnes omet le texte de la recommandation : « {column} » ne fait pas partie des colonnes ({names}). Choisissez la colonne de « {name} » qui contient le texte de chaque recommandation, puis importez de nouveau.</translation>
        </message>
        <message>
            <source>The column mapping leaves out the recommendation text. Choose the column of “{name}” that holds the text of each recommendation, then import again.</source>
            <translation>L'association des colonnes omet le texte de la recommandation. Choisissez la colonne de « {name} » qui contient le texte de chaque recommandation, puis importez de nouveau.</translation>
        </message>
        <message>
            <source>The column “{column}” chosen for the {field} is not in “{name}” (its columns are {names}). Choose that column again from the list.</source>
            <translation>La colonne « {column} » choisie pour le champ {field} ne figure pas dans « {name} » (ses colonnes sont {names}). Choisissez de nouveau cette colonne dans la liste.</translation>
        </message>
        <message>
            <source>“{action}” is not a valid action category: it must be a number from 1 (minimal action) to 5 (specific action). Correct the cell (or leave it empty) and import the file again.</source>
            <translation>« {action} » n'est pas une catégorie d'action valable : il doit s'agir d'un nombre de 1 (action minimale) à 5 (action spécifique). Corrigez la cellule (ou laissez-la vide) et importez de nouveau le fichier.</translation>
        </message>
        <message>
            <source>Read as Mac Roman: the file has old-Mac line endings and its accented letters (such as ç, é, ô) are Mac Roman characters.</source>
            <translation>Lu en Mac Roman : le fichier comporte des fins de ligne d'anciens Mac et ses lettres accentuées (telles que ç, é, ô) sont des caractères Mac Roman.</translation>
        </message>
        <message>
            <source>Read as {encoding} text.</source>
            <translation>Lu comme du texte {encoding}.</translation>
        </message>
        <message>
            <source>“{name}” is not a text file that can be read as a table: it holds binary data. Export the recommendations as CSV or Excel and import that file.</source>
            <translation>« {name} » n'est pas un fichier texte lisible comme un tableau : il contient des données binaires. Exportez les recommandations au format CSV ou Excel et importez ce fichier.</translation>
        </message>
        <message>
            <source>The file could not be read from this row on, probably because a quotation mark (") in it is not closed. Open it in a spreadsheet program, check that row, save it as CSV again and import that.</source>
            <translation>Le fichier n'a pas pu être lu à partir de cette ligne, probablement parce qu'un guillemet (") n'y est pas fermé. Ouvrez-le dans un tableur, vérifiez cette ligne, enregistrez-le de nouveau au format CSV et importez-le.</translation>
        </message>
        <message>
            <source>The file could not be read from this row on, because of a formatting problem ({error}). Open it in a spreadsheet program, check that row, save it as CSV again and import that.</source>
            <translation>Le fichier n'a pas pu être lu à partir de cette ligne, en raison d'un problème de mise en forme ({error}). Ouvrez-le dans un tableur, vérifiez cette ligne, enregistrez-le de nouveau au format CSV et importez-le.</translation>
        </message>
        <message>
            <source>Row {number} holds characters that are not {get} text, although the rows before it are. Open the file in a spreadsheet program, save it as “CSV UTF-8” and import that.</source>
            <translation>La ligne {number} contient des caractères qui ne sont pas du texte {get}, contrairement aux lignes précédentes. Ouvrez le fichier dans un tableur, enregistrez-le au format « CSV UTF-8 » et importez ce fichier.</translation>
        </message>
        <message>
            <source>{count} of these rows come from mechanisms other than the UPR ({bodies}). They were kept; filter them out in the workshop if you only want UPR recommendations.</source>
            <translation>{count} de ces lignes proviennent de mécanismes autres que l'EPU ({bodies}). Elles ont été conservées ; filtrez-les dans l'atelier si vous ne souhaitez garder que les recommandations de l'EPU.</translation>
        </message>
        <message>
            <source>{count} of these rows come from mechanisms other than the UPR. They were kept; filter them out in the workshop if you only want UPR recommendations.</source>
            <translation>{count} de ces lignes proviennent de mécanismes autres que l'EPU. Elles ont été conservées ; filtrez-les dans l'atelier si vous ne souhaitez garder que les recommandations de l'EPU.</translation>
        </message>
        <message>
            <source>“{name}” is not valid JSON (line {line}, column {column}); perhaps the download was cut short. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>« {name} » n'est pas un JSON valide (ligne {line}, colonne {column}) ; le téléchargement a peut-être été interrompu. Téléchargez de nouveau l'export de l'UHRI, ou exportez-le au format Excel, puis importez ce fichier.</translation>
        </message>
        <message>
            <source>“{name}” is not valid JSON; perhaps the download was cut short. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>« {name} » n'est pas un JSON valide ; le téléchargement a peut-être été interrompu. Téléchargez de nouveau l'export de l'UHRI, ou exportez-le au format Excel, puis importez ce fichier.</translation>
        </message>
        <message>
            <source>“{name}” is JSON but holds no list of recommendations. Import the UHRI export itself (a list of records with a “Text” field).</source>
            <translation>« {name} » est un fichier JSON, mais ne contient pas de liste de recommandations. Importez l'export de l'UHRI lui-même (une liste d'enregistrements comportant un champ « Text »).</translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: it holds an empty list. Check that the search you exported from the UHRI returned results.</source>
            <translation>Aucune recommandation trouvée dans « {name} » : il contient une liste vide. Vérifiez que la recherche exportée depuis l'UHRI a donné des résultats.</translation>
        </message>
        <message>
            <source>“{name}” nests lists or objects more than {max_json_depth} deep, which no UHRI export does. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>« {name} » imbrique des listes ou des objets sur plus de {max_json_depth} niveaux, ce que ne fait aucun export de l'UHRI. Téléchargez de nouveau l'export de l'UHRI, ou exportez-le au format Excel, puis importez ce fichier.</translation>
        </message>
        <message>
            <source>“{name}” has no filled-in cells on any sheet, so there is nothing to import.</source>
            <translation>« {name} » ne comporte aucune cellule remplie sur aucune feuille : il n'y a donc rien à importer.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import recommendations</source>
            <translation>Importer des recommandations</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so recommendations can't be added to it. Use “Save a copy…” to work on a copy, then import into the copy.</source>
            <translation>« {name} » est ouvert en lecture seule : il n'est pas possible d'y ajouter des recommandations. Utilisez « Enregistrer une copie… » pour travailler sur une copie, puis importez dans la copie.</translation>
        </message>
        <message>
            <source>The format is detected from the file. Choose another if the detection is wrong.</source>
            <translation>Le format est détecté à partir du fichier. Choisissez-en un autre si la détection est erronée.</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Format</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Looking at the file…</source>
            <translation>Analyse du fichier…</translation>
        </message>
        <message>
            <source>Which column holds what?</source>
            <translation>Quelle colonne contient quoi ?</translation>
        </message>
        <message>
            <source>Which State under review?</source>
            <translation>Quel État examiné ?</translation>
        </message>
        <message>
            <source>Recommendations to the other States are left out. Recommendations already in the workshop are not added twice.</source>
            <translation>Les recommandations adressées aux autres États sont exclues. Les recommandations déjà présentes dans l'atelier ne sont pas ajoutées deux fois.</translation>
        </message>
        <message>
            <source>You can cancel at any time: nothing is added to the workshop until the import has finished.</source>
            <translation>Vous pouvez annuler à tout moment : rien n'est ajouté à l'atelier tant que l'importation n'est pas terminée.</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Annuler l'importation</translation>
        </message>
        <message>
            <source>Choose the column that holds the recommendation text.</source>
            <translation>Choisissez la colonne qui contient le texte de la recommandation.</translation>
        </message>
        <message>
            <source>Choose a State under review to import.</source>
            <translation>Choisissez un État examiné à importer.</translation>
        </message>
        <message>
            <source>Choose the file's format.</source>
            <translation>Choisissez le format du fichier.</translation>
        </message>
        <message>
            <source>Automatic: {name}</source>
            <translation>Automatique : {name}</translation>
        </message>
        <message>
            <source>This file could not be read as recommendations. Check that it is the exported file; if it is and you know its format, choose it above.</source>
            <translation>Ce fichier n'a pas pu être lu comme une liste de recommandations. Vérifiez qu'il s'agit bien du fichier exporté ; si c'est le cas et que vous connaissez son format, choisissez-le ci-dessus.</translation>
        </message>
        <message>
            <source>The recommendations will be added to “{title}”, which holds {count} now. Any already in it are recognised and not added twice.</source>
            <translation>Les recommandations seront ajoutées à « {title} », qui en contient actuellement {count}. Celles qui s'y trouvent déjà sont reconnues et ne sont pas ajoutées deux fois.</translation>
        </message>
        <message>
            <source>The recommendations will be added to “{title}”, which has none yet.</source>
            <translation>Les recommandations seront ajoutées à « {title} », qui n'en contient encore aucune.</translation>
        </message>
        <message>
            <source>— not in this file —</source>
            <translation>— absent de ce fichier —</translation>
        </message>
        <message>
            <source>Read as {encoding} text.</source>
            <translation>Lu comme du texte {encoding}.</translation>
        </message>
        <message>
            <source>Columns separated by tabs.</source>
            <translation>Colonnes séparées par des tabulations.</translation>
        </message>
        <message>
            <source>Columns separated by spaces.</source>
            <translation>Colonnes séparées par des espaces.</translation>
        </message>
        <message>
            <source>Columns separated by “{delimiter}”.</source>
            <translation>Colonnes séparées par « {delimiter} ».</translation>
        </message>
        <message>
            <source>Read from the sheet “{sheet}”.</source>
            <translation>Lu dans la feuille « {sheet} ».</translation>
        </message>
        <message>
            <source>Column names on row {row}.</source>
            <translation>Noms de colonnes à la ligne {row}.</translation>
        </message>
        <message numerus="yes">
            <source>“{file}” holds recommendations to %n State(s) under review, and this workshop's country, {country}, is not among them. Choose which State's recommendations to import, or import them all.</source>
            <translation>
                <numerusform>« {file} » contient des recommandations adressées à %n État examiné, et le pays de cet atelier, {country}, n'en fait pas partie. Choisissez l'État dont les recommandations doivent être importées, ou importez-les toutes.</numerusform>
                <numerusform>« {file} » contient des recommandations adressées à %n États examinés, et le pays de cet atelier, {country}, n'en fait pas partie. Choisissez l'État dont les recommandations doivent être importées, ou importez-les toutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{file}” holds recommendations to %n State(s) under review, and this workshop's country is not among them. Choose which State's recommendations to import, or import them all.</source>
            <translation>
                <numerusform>« {file} » contient des recommandations adressées à %n État examiné, et le pays de cet atelier n'en fait pas partie. Choisissez l'État dont les recommandations doivent être importées, ou importez-les toutes.</numerusform>
                <numerusform>« {file} » contient des recommandations adressées à %n États examinés, et le pays de cet atelier n'en fait pas partie. Choisissez l'État dont les recommandations doivent être importées, ou importez-les toutes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommendation(s) saved. Making them searchable; this is the last step.</source>
            <translation>
                <numerusform>%Ln recommandation enregistrée. Indexation pour la recherche : c'est la dernière étape.</numerusform>
                <numerusform>%Ln recommandations enregistrées. Indexation pour la recherche : c'est la dernière étape.</numerusform>
            </translation>
        </message>
        <message>
            <source>The columns are chosen as at the last import of a table with these same columns.</source>
            <translation>Les colonnes sont choisies comme lors de la dernière importation d'un tableau comportant ces mêmes colonnes.</translation>
        </message>
        <message>
            <source>Choose the column for each field below; fields not in the file can stay empty.</source>
            <translation>Choisissez ci-dessous la colonne de chaque champ ; les champs absents du fichier peuvent rester vides.</translation>
        </message>
        <message>
            <source>Choose a State under review…</source>
            <translation>Choisir un État examiné…</translation>
        </message>
        <message>
            <source>All countries ({count} recommendations)</source>
            <translation>Tous les pays ({count} recommandations)</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Lecture du fichier…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Enregistrement…</translation>
        </message>
        <message>
            <source>{percent}% read</source>
            <translation>{percent} % lu</translation>
        </message>
        <message>
            <source>Saving to the workshop…</source>
            <translation>Enregistrement dans l'atelier…</translation>
        </message>
        <message>
            <source>{done} of {total} recommendations saved</source>
            <translation>{done} recommandations enregistrées sur {total}</translation>
        </message>
        <message>
            <source>Indexing for search and sorting…</source>
            <translation>Indexation pour la recherche et le tri…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Annulation…</translation>
        </message>
        <message>
            <source>Undoing what was written so far.</source>
            <translation>Annulation de ce qui a déjà été écrit.</translation>
        </message>
        <message>
            <source>{n} recommendations added</source>
            <translation>{n} recommandations ajoutées</translation>
        </message>
        <message>
            <source>1 recommendation added</source>
            <translation>1 recommandation ajoutée</translation>
        </message>
        <message>
            <source>Already in the workshop</source>
            <translation>Déjà dans l'atelier</translation>
        </message>
        <message>
            <source>Nothing was added</source>
            <translation>Rien n'a été ajouté</translation>
        </message>
        <message>
            <source>{n} rows of the file were skipped (the first is row {row}: {reason}).</source>
            <translation>{n} lignes du fichier ont été ignorées (la première est la ligne {row} : {reason}).</translation>
        </message>
        <message>
            <source>The workshop now holds {count} recommendations.</source>
            <translation>L'atelier contient maintenant {count} recommandations.</translation>
        </message>
        <message>
            <source>To take this import back, use Edit ▸ Undo (Ctrl+Z).</source>
            <translation>Pour revenir sur cette importation, utilisez Édition ▸ Annuler (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was added.</source>
            <translation>Importation annulée. Rien n'a été ajouté.</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>Texte de la recommandation</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>État(s) auteur(s) de la recommandation</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Cycle</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Catégorie d'action</translation>
        </message>
        <message>
            <source>Document symbol</source>
            <translation>Cote du document</translation>
        </message>
        <message>
            <source>Country under review</source>
            <translation>Pays examiné</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Automatique</translation>
        </message>
        <message>
            <source>UPR Info</source>
            <translation>UPR Info</translation>
        </message>
        <message>
            <source>UHRI</source>
            <translation>UHRI</translation>
        </message>
        <message>
            <source>OHCHR thematic list (.docx)</source>
            <translation>Liste thématique des recommandations du HCDH (.docx)</translation>
        </message>
        <message>
            <source>Any table</source>
            <translation>Tout tableau</translation>
        </message>
        <message>
            <source>A UPR Info database export (CSV or XLS, 2015 and older): one row per recommendation, with the State under review, recommending State, response, action category and issues.</source>
            <translation>Un export de la base de données d'UPR Info (CSV ou XLS, 2015 et années antérieures) : une ligne par recommandation, avec l'État examiné, l'État auteur de la recommandation, la réponse, la catégorie d'action et les questions traitées.</translation>
        </message>
        <message>
            <source>An export from OHCHR's Universal Human Rights Index (XLSX or JSON): recommendations with themes, affected persons, SDGs and the State's position.</source>
            <translation>Un export de l'Index universel des droits de l'homme du HCDH (XLSX ou JSON) : recommandations avec thèmes, personnes concernées, ODD et position de l'État.</translation>
        </message>
        <message>
            <source>An OHCHR thematic list of recommendations (Word): the matrix a State receives after its review, with positions, themes and SDGs.</source>
            <translation>Une liste thématique des recommandations du HCDH (Word) : la matrice qu'un État reçoit après son examen, avec les positions, les thèmes et les ODD.</translation>
        </message>
        <message>
            <source>A table with its own columns (CSV or Excel). You say which column holds what.</source>
            <translation>Un tableau avec ses propres colonnes (CSV ou Excel). Vous indiquez ce que contient chaque colonne.</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} octets</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} Ko</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} Mo</translation>
        </message>
        <message>
            <source>{column}
(not imported)</source>
            <translation>{column}
(non importée)</translation>
        </message>
        <message>
            <source>“{name}” is read-only, so nothing can be imported into it. Use “Save a copy…” to work on a copy.</source>
            <translation>« {name} » est en lecture seule : rien ne peut y être importé. Utilisez « Enregistrer une copie… » pour travailler sur une copie.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorDialog</name>
        <message>
            <source>Indicator value</source>
            <translation>Valeur d'indicateur</translation>
        </message>
        <message>
            <source>A new indicator…</source>
            <translation>Un nouvel indicateur…</translation>
        </message>
        <message>
            <source>e.g. Shelter places for survivors of violence</source>
            <translation>p. ex. Places d'hébergement pour les victimes de violences</translation>
        </message>
        <message>
            <source>e.g. places</source>
            <translation>p. ex. places</translation>
        </message>
        <message>
            <source>2026, 2026-06 or 2026-06-30</source>
            <translation>2026, 2026-06 ou 2026-06-30</translation>
        </message>
        <message>
            <source>Where the figure comes from (required)</source>
            <translation>Provenance du chiffre (obligatoire)</translation>
        </message>
        <message>
            <source>Record value</source>
            <translation>Consigner la valeur</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Indicateur</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>Nouvel indicateur</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Unité</translation>
        </message>
        <message>
            <source>Year or date</source>
            <translation>Année ou date</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Valeur</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Record an indicator value</source>
            <translation>Consigner une valeur d'indicateur</translation>
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <source>Start the voting kiosk</source>
            <translation>Lancer le kiosque de vote</translation>
        </message>
        <message>
            <source>The laptop will show “%1” full screen, for one person after another. Choose a PIN of at least %2 digits: you will need it to leave the kiosk. Don't tell it to anyone voting.</source>
            <translation>L'ordinateur portable affichera « %1 » en plein écran, pour une personne après l'autre. Choisissez un code PIN d'au moins %2 chiffres : il vous sera demandé pour quitter le kiosque. Ne le communiquez à aucune personne qui vote.</translation>
        </message>
        <message>
            <source>Exit PIN</source>
            <translation>Code PIN de sortie</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>Le même code PIN, une seconde fois</translation>
        </message>
        <message>
            <source>Start the kiosk</source>
            <translation>Lancer le kiosque</translation>
        </message>
        <message>
            <source>The PIN needs at least %1 digits.</source>
            <translation>Le code PIN doit comporter au moins %1 chiffres.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN again in both boxes.</source>
            <translation>Les deux codes PIN ne sont pas identiques. Saisissez de nouveau le code PIN dans les deux champs.</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>Voting: %1</source>
            <translation>Vote : %1</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>Scrutin secret : personne ne peut voir qui a voté pour quoi</translation>
        </message>
        <message>
            <source>Open ballot: your choices are recorded with your name</source>
            <translation>Scrutin public : vos choix sont enregistrés avec votre nom</translation>
        </message>
        <message>
            <source>1  Who is voting</source>
            <translation>1  Qui vote</translation>
        </message>
        <message>
            <source>2  Your ballot</source>
            <translation>2  Votre bulletin de vote</translation>
        </message>
        <message>
            <source>3  Check and cast</source>
            <translation>3  Vérifier et voter</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Facilitateur</translation>
        </message>
        <message>
            <source>For the facilitator: leave the kiosk (PIN needed, or press Esc)</source>
            <translation>Pour le facilitateur : quitter le kiosque (code PIN requis, ou appuyez sur Échap)</translation>
        </message>
        <message>
            <source>Language of this screen</source>
            <translation>Langue de cet écran</translation>
        </message>
        <message>
            <source>Who is voting?</source>
            <translation>Qui vote ?</translation>
        </message>
        <message>
            <source>This round takes one ballot per organisation. Find your name: you vote for your organisation.</source>
            <translation>Ce tour de scrutin accepte un bulletin de vote par organisation. Trouvez votre nom : vous votez pour votre organisation.</translation>
        </message>
        <message>
            <source>Find your name and press Continue, or type the personal code on your slip.</source>
            <translation>Trouvez votre nom et appuyez sur Continuer, ou saisissez le code personnel figurant sur votre coupon.</translation>
        </message>
        <message>
            <source>Type to find your name</source>
            <translation>Saisissez votre nom pour le trouver</translation>
        </message>
        <message>
            <source>Find your name</source>
            <translation>Trouvez votre nom</translation>
        </message>
        <message>
            <source>Names of those still to vote</source>
            <translation>Noms des personnes qui n'ont pas encore voté</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Continuer</translation>
        </message>
        <message>
            <source>Or type your personal code</source>
            <translation>Ou saisissez votre code personnel</translation>
        </message>
        <message>
            <source>It is on the slip the facilitator gave you, e.g. K7M-Q2P. Capitals and dashes don't matter.</source>
            <translation>Il figure sur le coupon que le facilitateur vous a remis, par exemple K7M-Q2P. Les majuscules et les tirets n'ont pas d'importance.</translation>
        </message>
        <message>
            <source>Your code</source>
            <translation>Votre code</translation>
        </message>
        <message>
            <source>Personal code</source>
            <translation>Code personnel</translation>
        </message>
        <message>
            <source>Continue with my code</source>
            <translation>Continuer avec mon code</translation>
        </message>
        <message>
            <source>Your ballot</source>
            <translation>Votre bulletin de vote</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Recommencer</translation>
        </message>
        <message>
            <source>Leave without voting: nothing is saved</source>
            <translation>Partir sans voter : rien n'est enregistré</translation>
        </message>
        <message>
            <source>Review my ballot  ›</source>
            <translation>Relire mon bulletin de vote  ›</translation>
        </message>
        <message>
            <source>Check your ballot</source>
            <translation>Vérifiez votre bulletin de vote</translation>
        </message>
        <message>
            <source>‹  Change my ballot</source>
            <translation>‹  Modifier mon bulletin de vote</translation>
        </message>
        <message>
            <source>Cast my ballot</source>
            <translation>Déposer mon bulletin de vote</translation>
        </message>
        <message>
            <source>Thank you — your ballot is saved</source>
            <translation>Merci — votre bulletin de vote est enregistré</translation>
        </message>
        <message>
            <source>The next person can vote in a moment.</source>
            <translation>La personne suivante pourra voter dans un instant.</translation>
        </message>
        <message>
            <source>Voting has closed</source>
            <translation>Le vote est clos</translation>
        </message>
        <message>
            <source>The facilitator has closed this round, so it takes no more ballots. Thank you for taking part.</source>
            <translation>Le facilitateur a clos ce tour de scrutin : il n'accepte plus de bulletins de vote. Merci de votre participation.</translation>
        </message>
        <message>
            <source>Type the exit PIN to leave the kiosk.</source>
            <translation>Saisissez le code PIN de sortie pour quitter le kiosque.</translation>
        </message>
        <message>
            <source>Exit PIN</source>
            <translation>Code PIN de sortie</translation>
        </message>
        <message>
            <source>Back to voting</source>
            <translation>Revenir au vote</translation>
        </message>
        <message>
            <source>Leave the kiosk</source>
            <translation>Quitter le kiosque</translation>
        </message>
        <message>
            <source>%1  ·  votes for %2</source>
            <translation>%1  ·  vote pour %2</translation>
        </message>
        <message>
            <source>Everyone has voted. Thank you!</source>
            <translation>Tout le monde a voté. Merci !</translation>
        </message>
        <message>
            <source>No name matches “%1”. Check the spelling, or use your personal code.</source>
            <translation>Aucun nom ne correspond à « %1 ». Vérifiez l'orthographe, ou utilisez votre code personnel.</translation>
        </message>
        <message>
            <source>Continue as %1  ›</source>
            <translation>Continuer en tant que %1  ›</translation>
        </message>
        <message>
            <source>Pick your name above</source>
            <translation>Choisissez votre nom ci-dessus</translation>
        </message>
        <message>
            <source>Type the code from your slip first.</source>
            <translation>Saisissez d'abord le code figurant sur votre coupon.</translation>
        </message>
        <message>
            <source>That code is not recognised. Check it and type it again, or find your name in the list.</source>
            <translation>Ce code n'est pas reconnu. Vérifiez-le et saisissez-le de nouveau, ou trouvez votre nom dans la liste.</translation>
        </message>
        <message>
            <source>This round takes one ballot per organisation, and you are not registered with one. Please ask the facilitator.</source>
            <translation>Ce tour de scrutin accepte un bulletin de vote par organisation, et votre inscription ne mentionne aucune organisation. Veuillez vous adresser au facilitateur.</translation>
        </message>
        <message>
            <source>Your organisation has already voted in this round.</source>
            <translation>Votre organisation a déjà voté à ce tour de scrutin.</translation>
        </message>
        <message>
            <source>This person has already voted in this round. Each person votes once.</source>
            <translation>Cette personne a déjà voté à ce tour de scrutin. Chaque personne vote une seule fois.</translation>
        </message>
        <message>
            <source>%1 — you vote for %2</source>
            <translation>%1 — vous votez pour %2</translation>
        </message>
        <message>
            <source>Voting as %1</source>
            <translation>Vous votez en tant que %1</translation>
        </message>
        <message>
            <source>Secret ballot with a ballot code</source>
            <translation>Scrutin secret avec code de bulletin de vote</translation>
        </message>
        <message>
            <source>This is what you chose. Press Cast my ballot to save it; you can't change it afterwards.</source>
            <translation>Voici ce que vous avez choisi. Appuyez sur « Déposer mon bulletin de vote » pour l'enregistrer ; vous ne pourrez plus le modifier ensuite.</translation>
        </message>
        <message>
            <source>Your ballot is blank. A blank ballot counts as taking part without supporting any candidate.</source>
            <translation>Votre bulletin de vote est blanc. Un bulletin blanc compte comme une participation sans soutien à aucune option.</translation>
        </message>
        <message>
            <source>You have not chosen any candidate.</source>
            <translation>Vous n'avez choisi aucune option.</translation>
        </message>
        <message>
            <source>The last ballot was left unfinished, so it was cleared without being saved. Choose your name to start again.</source>
            <translation>Le dernier bulletin de vote n'a pas été terminé : il a donc été effacé sans être enregistré. Choisissez votre nom pour recommencer.</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>Ce code PIN n'est pas correct.</translation>
        </message>
    </context>
    <context>
        <name>List</name>
        <message>
            <source>{names}, {name}</source>
            <translation>{names}, {name}</translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} et {last}</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>This workshop is locked</source>
            <translation>Cet atelier est verrouillé</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>Phrase secrète ou clé de récupération</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Déverrouiller</translation>
        </message>
        <message>
            <source>Close workshop</source>
            <translation>Fermer l'atelier</translation>
        </message>
        <message>
            <source>Go to the start screen without unlocking</source>
            <translation>Revenir à l'écran d'accueil sans déverrouiller</translation>
        </message>
        <message>
            <source>Type the workshop's passphrase, or its recovery key, to carry on where you were.</source>
            <translation>Saisissez la phrase secrète de l'atelier, ou sa clé de récupération, pour reprendre là où vous en étiez.</translation>
        </message>
        <message>
            <source>The screen is locked, but the file itself is not encrypted: anyone who copies “{name}” can read everything in it.</source>
            <translation>L'écran est verrouillé, mais le fichier lui-même n'est pas chiffré : toute personne qui copie « {name} » peut en lire tout le contenu.</translation>
        </message>
        <message>
            <source>Encrypt this workshop…</source>
            <translation>Chiffrer cet atelier…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Nouvel atelier…</translation>
        </message>
        <message>
            <source>Create an empty workshop file</source>
            <translation>Créer un fichier d'atelier vide</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Ouvrir…</translation>
        </message>
        <message>
            <source>Open a workshop file (.uprw)</source>
            <translation>Ouvrir un fichier d'atelier (.uprw)</translation>
        </message>
        <message>
            <source>The illustrative demo workshop, as you left it</source>
            <translation>L'atelier de démonstration fictif, tel que vous l'avez laissé</translation>
        </message>
        <message>
            <source>Start the demo a&amp;fresh…</source>
            <translation>&amp;Recommencer la démonstration…</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy</source>
            <translation>Remplacer l'atelier de démonstration par une copie neuve</translation>
        </message>
        <message>
            <source>&amp;Import recommendations…</source>
            <translation>&amp;Importer des recommandations…</translation>
        </message>
        <message>
            <source>Add recommendations from a UPR Info, UHRI, OHCHR or other file</source>
            <translation>Ajouter des recommandations à partir d'un fichier UPR Info, UHRI, HCDH ou autre</translation>
        </message>
        <message>
            <source>Write a copy of this workshop to another file</source>
            <translation>Écrire une copie de cet atelier dans un autre fichier</translation>
        </message>
        <message>
            <source>Open de&amp;mo workshop</source>
            <translation>Ouvrir l'atelier de &amp;démonstration</translation>
        </message>
        <message>
            <source>Save a co&amp;py…</source>
            <translation>Enregistrer une &amp;copie…</translation>
        </message>
        <message>
            <source>Workshop de&amp;tails…</source>
            <translation>Informations sur l'a&amp;telier…</translation>
        </message>
        <message>
            <source>Title, country, dates, venue and organisers</source>
            <translation>Titre, pays, dates, lieu et organisateurs</translation>
        </message>
        <message>
            <source>Save a tra&amp;vel copy…</source>
            <translation>Enregistrer une copie de vo&amp;yage…</translation>
        </message>
        <message>
            <source>A copy without participants' names, comment authors or confidential evidence, for crossing borders</source>
            <translation>Une copie sans les noms des participants, ni les auteurs des commentaires, ni les éléments de preuve confidentiels, pour le passage des frontières</translation>
        </message>
        <message>
            <source>&amp;Encrypt this workshop…</source>
            <translation>C&amp;hiffrer cet atelier…</translation>
        </message>
        <message>
            <source>Protect the file with a passphrase</source>
            <translation>Protéger le fichier par une phrase secrète</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation>Changer la phrase &amp;secrète…</translation>
        </message>
        <message>
            <source>Set a new passphrase; the recovery key changes too</source>
            <translation>Définir une nouvelle phrase secrète ; la clé de récupération change également</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>&amp;Verrouiller</translation>
        </message>
        <message>
            <source>Hide the workshop until the passphrase is typed again</source>
            <translation>Masquer l'atelier jusqu'à ce que la phrase secrète soit de nouveau saisie</translation>
        </message>
        <message>
            <source>Lock and privacy &amp;settings…</source>
            <translation>&amp;Paramètres de verrouillage et de confidentialité…</translation>
        </message>
        <message>
            <source>When to lock by itself, and whether encrypted workshops are listed under Recent</source>
            <translation>Quand verrouiller automatiquement, et si les ateliers chiffrés figurent dans « Ateliers récents »</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>&amp;Fermer l'atelier</translation>
        </message>
        <message>
            <source>Close this workshop and return to the start screen</source>
            <translation>Fermer cet atelier et revenir à l'écran d'accueil</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Quitter</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Annuler</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rétablir</translation>
        </message>
        <message>
            <source>&amp;New recommendation…</source>
            <translation>&amp;Nouvelle recommandation…</translation>
        </message>
        <message>
            <source>Add a recommendation by hand</source>
            <translation>Ajouter une recommandation à la main</translation>
        </message>
        <message>
            <source>&amp;Edit recommendation…</source>
            <translation>&amp;Modifier la recommandation…</translation>
        </message>
        <message>
            <source>Edit the selected recommendation</source>
            <translation>Modifier la recommandation sélectionnée</translation>
        </message>
        <message>
            <source>&amp;Delete recommendations…</source>
            <translation>&amp;Supprimer des recommandations…</translation>
        </message>
        <message>
            <source>Delete the selected recommendations</source>
            <translation>Supprimer les recommandations sélectionnées</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>Rec&amp;hercher</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>Zoom &amp;avant</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>Zoom a&amp;rrière</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Taille réelle</translation>
        </message>
        <message>
            <source>&amp;Projector mode</source>
            <translation>Mode &amp;projecteur</translation>
        </message>
        <message>
            <source>High contrast and large type, for the back of the room</source>
            <translation>Contraste élevé et grands caractères, pour le fond de la salle</translation>
        </message>
        <message>
            <source>&amp;About UPR Desktop</source>
            <translation>À &amp;propos d'UPR Desktop</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Fichier</translation>
        </message>
        <message>
            <source>Recent &amp;workshops</source>
            <translation>&amp;Ateliers récents</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Édition</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>Affic&amp;hage</translation>
        </message>
        <message>
            <source>&amp;Go to step</source>
            <translation>A&amp;ller à l'étape</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Langue</translation>
        </message>
        <message>
            <source>Same as this computer</source>
            <translation>Identique à cet ordinateur</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Aide</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Examen</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Groupes thématiques</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Vote</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>Charter</source>
            <translation>Charte</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Impression</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Suivi</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Enregistrer une copie…</translation>
        </message>
        <message>
            <source>This workshop file is damaged, so it is open read-only and nothing more can be lost. Open the latest good backup to carry on.</source>
            <translation>Ce fichier d'atelier est endommagé : il est donc ouvert en lecture seule, afin que plus rien ne puisse être perdu. Ouvrez la dernière sauvegarde saine pour continuer.</translation>
        </message>
        <message>
            <source>Open the latest good backup</source>
            <translation>Ouvrir la dernière sauvegarde saine</translation>
        </message>
        <message>
            <source>This workshop is read-only (%1). Save a copy to make changes.</source>
            <translation>Cet atelier est en lecture seule (%1). Enregistrez une copie pour le modifier.</translation>
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation>UPR Desktop</translation>
        </message>
        <message>
            <source>All States under review</source>
            <translation>Tous les États examinés</translation>
        </message>
        <message>
            <source>WORKSHOP STEPS</source>
            <translation>ÉTAPES DE L'ATELIER</translation>
        </message>
        <message>
            <source>Workshop steps</source>
            <translation>Étapes de l'atelier</translation>
        </message>
        <message>
            <source>it is open in another window</source>
            <translation>il est ouvert dans une autre fenêtre</translation>
        </message>
        <message>
            <source>opened read-only</source>
            <translation>ouvert en lecture seule</translation>
        </message>
        <message>
            <source>its folder can't be written to, e.g. a locked USB stick</source>
            <translation>son dossier n'est pas accessible en écriture, par exemple une clé USB verrouillée</translation>
        </message>
        <message>
            <source>the file can't be written to</source>
            <translation>le fichier n'est pas accessible en écriture</translation>
        </message>
        <message>
            <source>Checking the whole workshop file in the background…</source>
            <translation>Vérification complète du fichier d'atelier en arrière-plan…</translation>
        </message>
        <message>
            <source>The workshop file was checked: it is sound.</source>
            <translation>Le fichier d'atelier a été vérifié : il est sain.</translation>
        </message>
        <message>
            <source>Open workshop</source>
            <translation>Ouvrir un atelier</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite's check of the whole file found a problem. It is now open read-only, so nothing more can be lost.</source>
            <translation>« %1 » est endommagé : la vérification complète du fichier par SQLite a détecté un problème. Il est maintenant ouvert en lecture seule, afin que plus rien ne puisse être perdu.</translation>
        </message>
        <message>
            <source>Open its latest good backup to carry on.</source>
            <translation>Ouvrez sa dernière sauvegarde saine pour continuer.</translation>
        </message>
        <message>
            <source>There is no good backup of it; save a copy to keep what can still be read.</source>
            <translation>Il n'en existe aucune sauvegarde saine ; enregistrez une copie pour conserver ce qui peut encore être lu.</translation>
        </message>
        <message>
            <source>Damaged workshop file</source>
            <translation>Fichier d'atelier endommagé</translation>
        </message>
        <message>
            <source>There is no good backup of “%1”. Save a copy to keep what can still be read.</source>
            <translation>Il n'existe aucune sauvegarde saine de « %1 ». Enregistrez une copie pour conserver ce qui peut encore être lu.</translation>
        </message>
        <message>
            <source>You are working on the backup of %1, saved as %2</source>
            <translation>Vous travaillez sur la sauvegarde de %1, enregistrée sous %2</translation>
        </message>
        <message>
            <source>Workshop not opened</source>
            <translation>Atelier non ouvert</translation>
        </message>
        <message>
            <source>Save a cleaned copy…</source>
            <translation>Enregistrer une copie nettoyée…</translation>
        </message>
        <message>
            <source>Save a cleaned copy</source>
            <translation>Enregistrer une copie nettoyée</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>Ateliers UPR Desktop (*.uprw)</translation>
        </message>
        <message>
            <source>You are working on the cleaned copy: %1</source>
            <translation>Vous travaillez sur la copie nettoyée : %1</translation>
        </message>
        <message>
            <source>This workshop was upgraded to the current format; a copy of the original was kept in the backups folder.</source>
            <translation>Cet atelier a été mis à niveau vers le format actuel ; une copie de l'original a été conservée dans le dossier des sauvegardes.</translation>
        </message>
        <message>
            <source>“%1” is damaged: part of it can't be read, so it was closed and nothing was changed.</source>
            <translation>« %1 » est endommagé : une partie ne peut pas être lue. Il a donc été fermé et rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Workshop in use</source>
            <translation>Atelier en cours d'utilisation</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Ouvrir en lecture seule</translation>
        </message>
        <message>
            <source>Open the demo workshop</source>
            <translation>Ouvrir l'atelier de démonstration</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>Nouvel atelier…</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>Ouvrir un atelier…</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw);;All files (*)</source>
            <translation>Ateliers UPR Desktop (*.uprw);;Tous les fichiers (*)</translation>
        </message>
        <message>
            <source>Open demo workshop</source>
            <translation>Ouvrir l'atelier de démonstration</translation>
        </message>
        <message>
            <source>The demo workshop is open in another window of UPR Desktop. Close it there first, then start the demo afresh.</source>
            <translation>L'atelier de démonstration est ouvert dans une autre fenêtre d'UPR Desktop. Fermez-le d'abord dans cette fenêtre, puis recommencez la démonstration.</translation>
        </message>
        <message>
            <source>Start the demo afresh</source>
            <translation>Recommencer la démonstration</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy?

Everything done in it is lost: the ballots cast, the rounds opened and closed, the participants' codes, and every change to its recommendations, clusters and charter.</source>
            <translation>Remplacer l'atelier de démonstration par une copie neuve ?

Tout ce qui y a été fait sera perdu : les bulletins de vote déposés, les tours de scrutin ouverts et clos, les codes des participants, et toutes les modifications de ses recommandations, de ses groupes thématiques et de sa charte.</translation>
        </message>
        <message>
            <source>Import recommendations</source>
            <translation>Importer des recommandations</translation>
        </message>
        <message>
            <source>Recommendations are imported into a workshop. Create a new workshop for “%1”?</source>
            <translation>Les recommandations sont importées dans un atelier. Créer un nouvel atelier pour « %1 » ?</translation>
        </message>
        <message>
            <source>No recent workshops</source>
            <translation>Aucun atelier récent</translation>
        </message>
        <message>
            <source>Save a copy of the workshop</source>
            <translation>Enregistrer une copie de l'atelier</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Enregistrer une copie</translation>
        </message>
        <message>
            <source>You are now working on the copy: %1</source>
            <translation>Vous travaillez maintenant sur la copie : %1</translation>
        </message>
        <message>
            <source>A copy was saved to %1</source>
            <translation>Une copie a été enregistrée dans %1</translation>
        </message>
        <message>
            <source>The workshop is encrypted.</source>
            <translation>L'atelier est chiffré.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>La phrase secrète a été changée.</translation>
        </message>
        <message>
            <source>Zoom: Ctrl + and Ctrl − change it, Ctrl 0 resets it</source>
            <translation>Zoom : Ctrl + et Ctrl − le modifient, Ctrl 0 le réinitialise</translation>
        </message>
        <message>
            <source>Projector mode on: high contrast and large type. F5 turns it off.</source>
            <translation>Mode projecteur activé : contraste élevé et grands caractères. F5 le désactive.</translation>
        </message>
        <message>
            <source>Projector mode off.</source>
            <translation>Mode projecteur désactivé.</translation>
        </message>
        <message>
            <source>Locked — UPR Desktop</source>
            <translation>Verrouillé — UPR Desktop</translation>
        </message>
        <message>
            <source>%1 — UPR Desktop</source>
            <translation>%1 — UPR Desktop</translation>
        </message>
        <message>
            <source>[read-only]</source>
            <translation>[lecture seule]</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Heading</source>
            <translation>Intitulé</translation>
        </message>
        <message>
            <source>Make the paragraph a heading</source>
            <translation>Transformer le paragraphe en intitulé</translation>
        </message>
        <message>
            <source>B</source>
            <translation>G</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>Gras (Ctrl+B)</translation>
        </message>
        <message>
            <source>I</source>
            <translation>I</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>Italique (Ctrl+I)</translation>
        </message>
        <message>
            <source>Bullets</source>
            <translation>Puces</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Liste à puces</translation>
        </message>
        <message>
            <source>Numbers</source>
            <translation>Numéros</translation>
        </message>
        <message>
            <source>Numbered list</source>
            <translation>Liste numérotée</translation>
        </message>
    </context>
    <context>
        <name>Mid-term report</name>
        <message>
            <source>Prepared on {date}</source>
            <translation>Établi le {date}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Résumé</translation>
        </message>
        <message numerus="yes">
            <source>Organisations disagree on %n recommendation(s); each organisation's assessment is shown.</source>
            <translation>
                <numerusform>Les organisations sont en désaccord sur %n recommandation ; l'évaluation de chaque organisation est présentée.</numerusform>
                <numerusform>Les organisations sont en désaccord sur %n recommandations ; l'évaluation de chaque organisation est présentée.</numerusform>
            </translation>
        </message>
        <message>
            <source>The charter's priorities</source>
            <translation>Les priorités de la charte</translation>
        </message>
        <message>
            <source>Organisations disagree:</source>
            <translation>Désaccord entre les organisations :</translation>
        </message>
        <message>
            <source>{assessor} ({date}): {status}.</source>
            <translation>{assessor} ({date}) : {status}.</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Recommandée par</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Évaluation</translation>
        </message>
        <message>
            <source>Methodology</source>
            <translation>Méthodologie</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>personne pour l'instant</translation>
        </message>
        <message>
            <source>Each recommendation was assessed as not implemented, partially implemented, fully implemented or with no information, with a short justification and the evidence it rests on.</source>
            <translation>Chaque recommandation a été évaluée comme non mise en œuvre, partiellement mise en œuvre, pleinement mise en œuvre ou sans information, avec une brève justification et les éléments de preuve sur lesquels l'évaluation repose.</translation>
        </message>
        <message>
            <source>Assessed by: {who}, between {first} and {last}.</source>
            <translation>Évaluation réalisée par : {who}, entre le {first} et le {last}.</translation>
        </message>
        <message>
            <source>Assessed by: {who}.</source>
            <translation>Évaluation réalisée par : {who}.</translation>
        </message>
        <message>
            <source>Sources: {sources}.</source>
            <translation>Sources : {sources}.</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Situation : {status}</translation>
        </message>
        <message>
            <source>(recommendations {references})</source>
            <translation>(recommandations {references})</translation>
        </message>
        <message>
            <source>{assessor}, {date}: {status}.</source>
            <translation>{assessor}, {date} : {status}.</translation>
        </message>
        <message>
            <source>{value} in {period} ({source})</source>
            <translation>{value} en {period} ({source})</translation>
        </message>
        <message>
            <source>no value yet</source>
            <translation>aucune valeur pour l'instant</translation>
        </message>
        <message>
            <source>Indicator — {name}: {values}</source>
            <translation>Indicateur — {name} : {values}</translation>
        </message>
        <message>
            <source>Annex: evidence</source>
            <translation>Annexe : éléments de preuve</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Éléments de preuve</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Type</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Source</translation>
        </message>
        <message>
            <source>Link or file</source>
            <translation>Lien ou fichier</translation>
        </message>
        <message>
            <source>Other recommendations</source>
            <translation>Autres recommandations</translation>
        </message>
        <message>
            <source>cycle {cycle}, review of {date}</source>
            <translation>cycle {cycle}, examen du {date}</translation>
        </message>
        <message>
            <source>cycle {cycle}</source>
            <translation>cycle {cycle}</translation>
        </message>
        <message>
            <source>review of {date}</source>
            <translation>examen du {date}</translation>
        </message>
        <message>
            <source>Mid-term report on the implementation of the UPR recommendations to {country}</source>
            <translation>Rapport à mi-parcours sur la mise en œuvre des recommandations issues de l'EPU ({country})</translation>
        </message>
        <message>
            <source>Mid-term report on the implementation of UPR recommendations</source>
            <translation>Rapport à mi-parcours sur la mise en œuvre des recommandations issues de l'EPU</translation>
        </message>
        <message>
            <source>Following up the {workshop}</source>
            <translation>Suivi de l'atelier « {workshop} »</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) followed up. Their current status is the latest assessment of each; where organisations disagree, both assessments are shown.</source>
            <translation>
                <numerusform>%n recommandation suivie. Sa situation actuelle est sa dernière évaluation ; lorsque les organisations sont en désaccord, les deux évaluations sont indiquées.</numerusform>
                <numerusform>%n recommandations suivies. Leur situation actuelle est la dernière évaluation de chacune ; lorsque les organisations sont en désaccord, les deux évaluations sont indiquées.</numerusform>
            </translation>
        </message>
        <message>
            <source>Status over time</source>
            <translation>Évolution de la situation</translation>
        </message>
        <message numerus="yes">
            <source>Organisations disagree on %n recommendation(s); each organisation's assessment is shown below.</source>
            <translation>
                <numerusform>Les organisations sont en désaccord sur %n recommandation ; l'évaluation de chaque organisation est présentée ci-dessous.</numerusform>
                <numerusform>Les organisations sont en désaccord sur %n recommandations ; l'évaluation de chaque organisation est présentée ci-dessous.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) were made again at the next review.</source>
            <translation>
                <numerusform>%n recommandation a été formulée de nouveau lors de l'examen suivant.</numerusform>
                <numerusform>%n recommandations ont été formulées de nouveau lors de l'examen suivant.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n assessment(s))</source>
            <translation>
                <numerusform>{name} (%n évaluation)</numerusform>
                <numerusform>{name} (%n évaluations)</numerusform>
            </translation>
        </message>
        <message>
            <source>Each recommendation was assessed as not implemented, partially implemented, fully implemented or with no information, with a short justification and the evidence it rests on, following UPR Info's mid-term assessment method.</source>
            <translation>Chaque recommandation a été évaluée comme non mise en œuvre, partiellement mise en œuvre, pleinement mise en œuvre ou sans information, avec une brève justification et les éléments de preuve sur lesquels l'évaluation repose, selon la méthode d'évaluation à mi-parcours d'UPR Info.</translation>
        </message>
        <message numerus="yes">
            <source>%n evidence item(s) are listed in the annex and cited as E1, E2 …</source>
            <translation>
                <numerusform>%n élément de preuve figure en annexe et est cité sous la forme E1, E2…</numerusform>
                <numerusform>%n éléments de preuve figurent en annexe et sont cités sous la forme E1, E2…</numerusform>
            </translation>
        </message>
        <message>
            <source>recommendations {references}</source>
            <translation>recommandations {references}</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Échéance</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Étape</translation>
        </message>
        <message>
            <source>State</source>
            <translation>État</translation>
        </message>
        <message>
            <source>Recommendation and response</source>
            <translation>Recommandation et réponse</translation>
        </message>
        <message>
            <source>By {states}</source>
            <translation>Formulée par : {states}</translation>
        </message>
        <message>
            <source>Repeats {reference} of the previous review</source>
            <translation>Reprend la recommandation {reference} de l'examen précédent</translation>
        </message>
        <message>
            <source>File {name}, SHA-256 {digest}</source>
            <translation>Fichier {name}, SHA-256 {digest}</translation>
        </message>
        <message>
            <source>Prepared {date}</source>
            <translation>Établi le {date}</translation>
        </message>
        <message>
            <source>UPR mid-term report</source>
            <translation>Rapport à mi-parcours de l'EPU</translation>
        </message>
    </context>
    <context>
        <name>Monitoring matrix</name>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Évaluée par</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Justification</translation>
        </message>
        <message>
            <source>Assessors disagree</source>
            <translation>Désaccord entre évaluateurs</translation>
        </message>
        <message>
            <source>Evidence items</source>
            <translation>Éléments de preuve</translation>
        </message>
        <message>
            <source>Earlier recommendation</source>
            <translation>Recommandation antérieure</translation>
        </message>
        <message>
            <source>{reference} (session {session})</source>
            <translation>{reference} (session {session})</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Monitoring matrix</source>
            <translation>Matrice de suivi</translation>
        </message>
        <message>
            <source>Counts leave out confidential items.</source>
            <translation>Les décomptes excluent les éléments confidentiels.</translation>
        </message>
    </context>
    <context>
        <name>NamesPeopleDialog</name>
        <message>
            <source>This file names people</source>
            <translation>Ce fichier contient des noms de personnes</translation>
        </message>
        <message>
            <source>{who} Anyone who gets the file, or finds it on this computer, learns who took part. Where taking part is a risk, save it without the names.</source>
            <translation>{who} Toute personne qui obtient le fichier, ou qui le trouve sur cet ordinateur, saura qui a participé. Lorsque la participation comporte un risque, enregistrez-le sans les noms.</translation>
        </message>
        <message>
            <source>Save without names…</source>
            <translation>Enregistrer sans les noms…</translation>
        </message>
        <message>
            <source>Save with names…</source>
            <translation>Enregistrer avec les noms…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>Nouvel atelier</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Parcourir…</translation>
        </message>
        <message>
            <source>WHERE TO SAVE IT</source>
            <translation>EMPLACEMENT D'ENREGISTREMENT</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Fichier</translation>
        </message>
        <message>
            <source>One file holds the whole workshop. Keep it on this laptop and back it up to a USB stick; it never goes online.</source>
            <translation>Un seul fichier contient tout l'atelier. Conservez-le sur cet ordinateur portable et sauvegardez-le sur une clé USB ; il n'est jamais mis en ligne.</translation>
        </message>
        <message>
            <source>Create workshop</source>
            <translation>Créer l'atelier</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Encrypt it with a passphrase</source>
            <translation>Chiffrer l'atelier avec une phrase secrète</translation>
        </message>
        <message>
            <source>Recommended when the workshop will hold names, comments or testimony: a lost or seized laptop then gives nothing away.</source>
            <translation>Recommandé lorsque l'atelier contiendra des noms, des commentaires ou des témoignages : un ordinateur portable perdu ou saisi ne révélera alors rien.</translation>
        </message>
        <message>
            <source>Describe the review this workshop follows up. Everything except the title can be filled in or changed later.</source>
            <translation>Décrivez l'examen dont cet atelier assure le suivi. Tout, sauf le titre, peut être rempli ou modifié plus tard.</translation>
        </message>
        <message>
            <source>Save the new workshop as</source>
            <translation>Enregistrer le nouvel atelier sous</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>Ateliers UPR Desktop (*.uprw)</translation>
        </message>
        <message>
            <source>Choose where to save the workshop file.</source>
            <translation>Choisissez où enregistrer le fichier d'atelier.</translation>
        </message>
        <message>
            <source>Set the workshop's passphrase</source>
            <translation>Définir la phrase secrète de l'atelier</translation>
        </message>
        <message>
            <source>“{name}” will be encrypted with it, and it is asked for every time the file is opened.</source>
            <translation>« {name} » sera chiffré avec celle-ci, et elle sera demandée à chaque ouverture du fichier.</translation>
        </message>
        <message>
            <source>The workshop could not be created at “{path}”: {reason}. Choose another place.</source>
            <translation>L'atelier n'a pas pu être créé à l'emplacement « {path} » : {reason}. Choisissez un autre emplacement.</translation>
        </message>
    </context>
    <context>
        <name>NoteCard</name>
        <message>
            <source>%1 · edited</source>
            <translation>%1 · modifiée</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
    </context>
    <context>
        <name>OpenPassphraseDialog</name>
        <message>
            <source>Open an encrypted workshop</source>
            <translation>Ouvrir un atelier chiffré</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>“{name}” is encrypted. Type its passphrase, or its recovery key, to open it.</source>
            <translation>« {name} » est chiffré. Saisissez sa phrase secrète, ou sa clé de récupération, pour l'ouvrir.</translation>
        </message>
        <message>
            <source>Type the passphrase first.</source>
            <translation>Saisissez d'abord la phrase secrète.</translation>
        </message>
        <message>
            <source>That passphrase does not open “{name}”. Nothing was changed. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation>Cette phrase secrète n'ouvre pas « {name} ». Rien n'a été modifié. Vérifiez la disposition du clavier et la touche de verrouillage des majuscules, puis réessayez.</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Not set</source>
            <translation>Non définie</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>Effacer la date</translation>
        </message>
        <message>
            <source>Saved as “{text}”</source>
            <translation>Enregistrée sous la forme « {text} »</translation>
        </message>
    </context>
    <context>
        <name>OrganisationTableModel</name>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Personnes</translation>
        </message>
        <message>
            <source>%1 — double-click or press F2 to rename</source>
            <translation>%1 — double-cliquez ou appuyez sur F2 pour renommer</translation>
        </message>
    </context>
    <context>
        <name>OutcomeCharter</name>
        <message>
            <source>National</source>
            <translation>National</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Régional</translation>
        </message>
        <message>
            <source>International</source>
            <translation>International</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Non commencée</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>En cours</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Partiellement mise en œuvre</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Pleinement mise en œuvre</translation>
        </message>
        <message>
            <source>The charter needs a title before it is adopted.</source>
            <translation>La charte doit avoir un titre avant d'être adoptée.</translation>
        </message>
        <message>
            <source>A charter is adopted for its priorities, and this one has none yet. Add at least one priority (from a cluster, from recommendations, or from a closed voting round).</source>
            <translation>Une charte est adoptée pour ses priorités, et celle-ci n'en comporte encore aucune. Ajoutez au moins une priorité (à partir d'un groupe thématique, de recommandations ou d'un tour de scrutin clos).</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets]: {listed}; and {more} more.</source>
            <translation>La charte contient encore des indications du modèle entre [crochets] : {listed} ; et {more} de plus.</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets]: {listed}.</source>
            <translation>La charte contient encore des indications du modèle entre [crochets] : {listed}.</translation>
        </message>
        <message>
            <source>This workshop already has a charter. Starting again from a template replaces it (you can undo that).</source>
            <translation>Cet atelier comporte déjà une charte. Repartir d'un modèle la remplace (vous pourrez annuler cette opération).</translation>
        </message>
        <message>
            <source>a blank charter</source>
            <translation>une charte vierge</translation>
        </message>
        <message>
            <source>Start the charter from {name}</source>
            <translation>Commencer la charte à partir de {name}</translation>
        </message>
        <message>
            <source>Replace the charter with {name}</source>
            <translation>Remplacer la charte par {name}</translation>
        </message>
        <message>
            <source>Edit the charter</source>
            <translation>Modifier la charte</translation>
        </message>
        <message>
            <source>Add a section</source>
            <translation>Ajouter une section</translation>
        </message>
        <message>
            <source>This section is no longer in the charter.</source>
            <translation>Cette section ne figure plus dans la charte.</translation>
        </message>
        <message>
            <source>Edit “{heading}”</source>
            <translation>Modifier « {heading} »</translation>
        </message>
        <message>
            <source>Edit a section</source>
            <translation>Modifier une section</translation>
        </message>
        <message>
            <source>Delete the section “{heading}”</source>
            <translation>Supprimer la section « {heading} »</translation>
        </message>
        <message>
            <source>Delete a section</source>
            <translation>Supprimer une section</translation>
        </message>
        <message>
            <source>The priority needs a title.</source>
            <translation>La priorité doit avoir un titre.</translation>
        </message>
        <message>
            <source>This cluster is no longer in the workshop.</source>
            <translation>Ce groupe thématique ne figure plus dans l'atelier.</translation>
        </message>
        <message>
            <source>Add the priority “{title}”</source>
            <translation>Ajouter la priorité « {title} »</translation>
        </message>
        <message>
            <source>“{name}” is already priority {n} of the charter.</source>
            <translation>« {name} » est déjà la priorité {n} de la charte.</translation>
        </message>
        <message>
            <source>This priority is no longer in the charter.</source>
            <translation>Cette priorité ne figure plus dans la charte.</translation>
        </message>
        <message>
            <source>Edit the priority “{title}”</source>
            <translation>Modifier la priorité « {title} »</translation>
        </message>
        <message>
            <source>Delete the priority “{title}”</source>
            <translation>Supprimer la priorité « {title} »</translation>
        </message>
        <message>
            <source>Take at least the first priority: the number must be 1 or more.</source>
            <translation>Retenez au moins la première priorité : le nombre doit être égal ou supérieur à 1.</translation>
        </message>
        <message>
            <source>“{title}” has no candidates to take as priorities.</source>
            <translation>« {title} » ne comporte aucune option à retenir comme priorité.</translation>
        </message>
        <message>
            <source>Priorities from “{title}”</source>
            <translation>Priorités issues de « {title} »</translation>
        </message>
        <message>
            <source>Took {rows_count} priorities from the voting round “{title}” ({added} new)</source>
            <translation>{rows_count} priorités reprises du tour de scrutin « {title} » ({added} nouvelles)</translation>
        </message>
        <message>
            <source>The action point is empty.</source>
            <translation>L'action est vide.</translation>
        </message>
        <message>
            <source>Add a {label} action point</source>
            <translation>Ajouter une action (niveau : {label})</translation>
        </message>
        <message>
            <source>This action point is no longer in the charter.</source>
            <translation>Cette action ne figure plus dans la charte.</translation>
        </message>
        <message>
            <source>The action point is empty. Delete it instead.</source>
            <translation>L'action est vide. Supprimez-la plutôt.</translation>
        </message>
        <message>
            <source>Edit an action point</source>
            <translation>Modifier une action</translation>
        </message>
        <message>
            <source>Delete an action point</source>
            <translation>Supprimer une action</translation>
        </message>
        <message>
            <source>Add the endorsement of {organisation}</source>
            <translation>Ajouter l'adhésion de {organisation}</translation>
        </message>
        <message>
            <source>This endorsement is no longer in the charter.</source>
            <translation>Cette adhésion ne figure plus dans la charte.</translation>
        </message>
        <message>
            <source>Edit an endorsement</source>
            <translation>Modifier une adhésion</translation>
        </message>
        <message>
            <source>Edit the endorsement of {organisation}</source>
            <translation>Modifier l'adhésion de {organisation}</translation>
        </message>
        <message>
            <source>Delete the endorsement of {organisation}</source>
            <translation>Supprimer l'adhésion de {organisation}</translation>
        </message>
        <message>
            <source>No organisations are registered yet. Register the participants with their organisations first, or add endorsements one by one.</source>
            <translation>Aucune organisation n'est encore enregistrée. Enregistrez d'abord les participants avec leurs organisations, ou ajoutez les adhésions une par une.</translation>
        </message>
        <message>
            <source>Every registered organisation is already in the list of endorsements.</source>
            <translation>Toutes les organisations enregistrées figurent déjà dans la liste des adhésions.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n endorsement(s) from the registered organisations</source>
            <translation>
                <numerusform>Ajouter %n adhésion à partir des organisations enregistrées</numerusform>
                <numerusform>Ajouter %n adhésions à partir des organisations enregistrées</numerusform>
            </translation>
        </message>
        <message>
            <source>Say which part of the charter the comment is on.</source>
            <translation>Indiquez sur quelle partie de la charte porte le commentaire.</translation>
        </message>
        <message>
            <source>The comment is empty.</source>
            <translation>Le commentaire est vide.</translation>
        </message>
        <message>
            <source>This participant is no longer registered. Leave the comment anonymously instead.</source>
            <translation>Ce participant n'est plus inscrit. Laissez plutôt le commentaire de manière anonyme.</translation>
        </message>
        <message>
            <source>Add a comment</source>
            <translation>Ajouter un commentaire</translation>
        </message>
        <message>
            <source>This comment is no longer there.</source>
            <translation>Ce commentaire n'existe plus.</translation>
        </message>
        <message>
            <source>Resolve a comment</source>
            <translation>Résoudre un commentaire</translation>
        </message>
        <message>
            <source>Reopen a comment</source>
            <translation>Rouvrir un commentaire</translation>
        </message>
        <message>
            <source>Delete a comment</source>
            <translation>Supprimer un commentaire</translation>
        </message>
        <message>
            <source>Give the version a name, such as “Draft after day 1”.</source>
            <translation>Donnez un nom à la version, par exemple « Projet après le jour 1 ».</translation>
        </message>
        <message>
            <source>There is no charter to save yet. Start one first.</source>
            <translation>Il n'y a pas encore de charte à enregistrer. Commencez-en d'abord une.</translation>
        </message>
        <message>
            <source>Save the version “{name}”</source>
            <translation>Enregistrer la version « {name} »</translation>
        </message>
        <message>
            <source>Restore the version “{name}”</source>
            <translation>Restaurer la version « {name} »</translation>
        </message>
        <message>
            <source>Give the date of adoption as a full date, such as 2025-03-14.</source>
            <translation>Indiquez la date d'adoption sous forme de date complète, par exemple 2025-03-14.</translation>
        </message>
        <message>
            <source>Say where the charter is adopted.</source>
            <translation>Indiquez le lieu d'adoption de la charte.</translation>
        </message>
        <message>
            <source>This charter was adopted on {adopted_on} in {adopted_at_place} and has not changed since.</source>
            <translation>Cette charte a été adoptée le {adopted_on} à {adopted_at_place} et n'a pas été modifiée depuis.</translation>
        </message>
        <message>
            <source>1 of the chosen recommendations is no longer in the workshop (deleted since). Choose again.</source>
            <translation>1 des recommandations choisies ne figure plus dans l'atelier (elle a été supprimée depuis). Choisissez de nouveau.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the chosen recommendations are no longer in the workshop (deleted since). Choose again.</source>
            <translation>
                <numerusform>%n des recommandations choisies ne figure plus dans l'atelier (supprimée depuis). Choisissez de nouveau.</numerusform>
                <numerusform>%n des recommandations choisies ne figurent plus dans l'atelier (supprimées depuis). Choisissez de nouveau.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{level}” is not a level: choose national, regional or international.</source>
            <translation>« {level} » n'est pas un niveau : choisissez national, régional ou international.</translation>
        </message>
        <message>
            <source>“{status}” is not an implementation status.</source>
            <translation>« {status} » n'est pas un degré de mise en œuvre valable.</translation>
        </message>
        <message>
            <source>Milestone {n}: “{due}” is not a date. Write the year, the year and month, or the full date: 2027, 2027-06 or 2027-06-30.</source>
            <translation>Étape {n} : « {due} » n'est pas une date. Écrivez l'année, l'année et le mois, ou la date complète : 2027, 2027-06 ou 2027-06-30.</translation>
        </message>
        <message>
            <source>The endorsement needs the organisation's name, as it signs.</source>
            <translation>L'adhésion doit comporter le nom de l'organisation, tel qu'il figure dans sa signature.</translation>
        </message>
        <message>
            <source>There is no saved version {version_id} of the charter.</source>
            <translation>Il n'existe pas de version enregistrée {version_id} de la charte.</translation>
        </message>
        <message>
            <source>“{value}” is not a level: choose national, regional or international.</source>
            <translation>« {value} » n'est pas un niveau : choisissez national, régional ou international.</translation>
        </message>
        <message>
            <source>Edit the charter's details</source>
            <translation>Modifier les informations de la charte</translation>
        </message>
        <message>
            <source>Edit the charter's title</source>
            <translation>Modifier le titre de la charte</translation>
        </message>
        <message>
            <source>Edit the charter's place</source>
            <translation>Modifier le lieu de la charte</translation>
        </message>
        <message>
            <source>Edit the charter's dates</source>
            <translation>Modifier les dates de la charte</translation>
        </message>
        <message>
            <source>Edit the charter's organisers</source>
            <translation>Modifier les organisateurs de la charte</translation>
        </message>
        <message>
            <source>Edit the charter's preamble</source>
            <translation>Modifier le préambule de la charte</translation>
        </message>
        <message>
            <source>Edit the charter's monitoring arrangement</source>
            <translation>Modifier le dispositif de suivi de la charte</translation>
        </message>
        <message>
            <source>Move a section</source>
            <translation>Déplacer une section</translation>
        </message>
        <message>
            <source>Move a priority</source>
            <translation>Déplacer une priorité</translation>
        </message>
        <message>
            <source>Move an action point</source>
            <translation>Déplacer une action</translation>
        </message>
        <message>
            <source>Move an endorsement</source>
            <translation>Déplacer une adhésion</translation>
        </message>
    </context>
    <context>
        <name>PaperBallotDialog</name>
        <message>
            <source>{name}  ·  {organisation}</source>
            <translation>{name}  ·  {organisation}</translation>
        </message>
        <message>
            <source>{name}  (voted)</source>
            <translation>{name}  (a voté)</translation>
        </message>
        <message>
            <source>{name}  (no organisation)</source>
            <translation>{name}  (sans organisation)</translation>
        </message>
        <message>
            <source>Paper ballots: %1</source>
            <translation>Bulletins de vote papier : %1</translation>
        </message>
        <message>
            <source>Enter paper ballots</source>
            <translation>Saisir des bulletins de vote papier</translation>
        </message>
        <message>
            <source>“%1” · %2</source>
            <translation>« %1 » · %2</translation>
        </message>
        <message>
            <source>Whose ballot is this?</source>
            <translation>À qui appartient ce bulletin de vote ?</translation>
        </message>
        <message>
            <source>Find a name</source>
            <translation>Trouver un nom</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Secret round: the ballot is saved with no link to the person; only that they have voted is recorded.</source>
            <translation>Tour de scrutin secret : le bulletin de vote est enregistré sans aucun lien avec la personne ; seul le fait qu'elle a voté est consigné.</translation>
        </message>
        <message>
            <source>Open round: the ballot is recorded with the person's name.</source>
            <translation>Tour de scrutin public : le bulletin de vote est enregistré avec le nom de la personne.</translation>
        </message>
        <message>
            <source>Ballot code on the paper, e.g. K7QP4-XMD2A</source>
            <translation>Code de bulletin de vote inscrit sur le papier, par exemple K7QP4-XMD2A</translation>
        </message>
        <message>
            <source>Ballot code</source>
            <translation>Code de bulletin de vote</translation>
        </message>
        <message>
            <source>Ballot code written on this paper ballot</source>
            <translation>Code de bulletin de vote inscrit sur ce bulletin de vote papier</translation>
        </message>
        <message>
            <source>Ballot-code round: the code is spent with the ballot, and nobody's name is recorded. A paper ballot without a valid, unused code can't be entered.</source>
            <translation>Tour de scrutin avec codes de bulletin de vote : le code ne sert qu'une fois, pour ce bulletin de vote, et aucun nom n'est enregistré. Un bulletin de vote papier sans code valable et encore inutilisé ne peut pas être saisi.</translation>
        </message>
        <message>
            <source>Clear this ballot</source>
            <translation>Effacer ce bulletin de vote</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <source>Save paper ballot</source>
            <translation>Enregistrer le bulletin de vote papier</translation>
        </message>
        <message numerus="yes">
            <source>%n paper ballot(s) saved here</source>
            <translation>
                <numerusform>%n bulletin de vote papier enregistré ici</numerusform>
                <numerusform>%n bulletins de vote papier enregistrés ici</numerusform>
            </translation>
        </message>
        <message>
            <source>Pick whose ballot this is first, in the list on the left.</source>
            <translation>Choisissez d'abord, dans la liste de gauche, à qui appartient ce bulletin de vote.</translation>
        </message>
        <message>
            <source>✓ Saved the paper ballot of %1. Enter the next one.</source>
            <translation>✓ Bulletin de vote papier de %1 enregistré. Saisissez le suivant.</translation>
        </message>
        <message>
            <source>Type the ballot code written on the paper ballot first.</source>
            <translation>Saisissez d'abord le code de bulletin de vote inscrit sur le bulletin de vote papier.</translation>
        </message>
        <message>
            <source>✓ Saved the paper ballot. Enter the next one.</source>
            <translation>✓ Bulletin de vote papier enregistré. Saisissez le suivant.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Edit participant</source>
            <translation>Modifier le participant</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Ajouter un participant</translation>
        </message>
        <message>
            <source>Participant %1 · kiosk code %2</source>
            <translation>Participant %1 · code de kiosque %2</translation>
        </message>
        <message>
            <source>Record only what the workshop needs. Someone who would rather not be named can be recorded by number or alias.</source>
            <translation>N'enregistrez que ce dont l'atelier a besoin. Une personne qui préfère ne pas être nommée peut être enregistrée par un numéro ou un pseudonyme.</translation>
        </message>
        <message>
            <source>Record by number or alias only — store nothing identifying</source>
            <translation>Enregistrer uniquement par numéro ou pseudonyme — ne conserver aucune donnée d'identification</translation>
        </message>
        <message>
            <source>Name, organisation, focus and contact are left empty and are never saved. Outputs show “Participant %1” or the alias.</source>
            <translation>Le nom, l'organisation, le domaine et le contact restent vides et ne sont jamais enregistrés. Les documents produits affichent « Participant %1 » ou le pseudonyme.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Nom complet</translation>
        </message>
        <message>
            <source>Choose or type an organisation</source>
            <translation>Choisissez ou saisissez une organisation</translation>
        </message>
        <message>
            <source>e.g. women’s rights, disability, land</source>
            <translation>p. ex. droits des femmes, handicap, droits fonciers</translation>
        </message>
        <message>
            <source>Optional: phone or e-mail, only if you will follow up</source>
            <translation>Facultatif : téléphone ou courriel, seulement si vous assurerez un suivi</translation>
        </message>
        <message>
            <source>May be named in printed and exported outputs</source>
            <translation>Nom autorisé dans les documents imprimés et exportés</translation>
        </message>
        <message>
            <source>Without consent, outputs show “Participant %1” instead of the name.</source>
            <translation>Sans consentement, les documents produits affichent « Participant %1 » au lieu du nom.</translation>
        </message>
        <message>
            <source>Optional, e.g. “Delegate B”</source>
            <translation>Facultatif, p. ex. « Délégué B »</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>Domaine thématique</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Pseudonyme</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Enregistrer les modifications</translation>
        </message>
        <message>
            <source>Write the person’s name, or switch on “Record by number or alias only”.</source>
            <translation>Écrivez le nom de la personne, ou activez « Enregistrer uniquement par numéro ou pseudonyme ».</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>Domaine thématique</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Contact</translation>
        </message>
        <message>
            <source>Named in outputs</source>
            <translation>Nom autorisé dans les documents</translation>
        </message>
        <message>
            <source>Kiosk code</source>
            <translation>Code de kiosque</translation>
        </message>
        <message>
            <source>Whether printed and exported outputs may use the person’s name</source>
            <translation>Indique si les documents imprimés et exportés peuvent utiliser le nom de la personne</translation>
        </message>
        <message>
            <source>The personal code the participant types at the voting laptop</source>
            <translation>Le code personnel que le participant saisit sur l'ordinateur portable de vote</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>vide</translation>
        </message>
        <message>
            <source>Participant %1</source>
            <translation>Participant %1</translation>
        </message>
        <message>
            <source>No · by alias</source>
            <translation>Non · par pseudonyme</translation>
        </message>
        <message>
            <source>No · by number</source>
            <translation>Non · par numéro</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Non</translation>
        </message>
        <message>
            <source>Yes · anonymised</source>
            <translation>Oui · anonymisé</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Oui</translation>
        </message>
        <message>
            <source>Recorded by number or alias only: nothing identifying is stored.</source>
            <translation>Enregistré uniquement par numéro ou pseudonyme : aucune donnée d'identification n'est conservée.</translation>
        </message>
        <message>
            <source>Outputs name them as: %1</source>
            <translation>Les documents désignent cette personne ainsi : %1</translation>
        </message>
        <message>
            <source>Typed at the voting laptop. Case, spaces and dashes don’t matter.</source>
            <translation>Saisi sur l'ordinateur portable de vote. Les majuscules, les espaces et les tirets n'ont pas d'importance.</translation>
        </message>
    </context>
    <context>
        <name>Participants</name>
        <message>
            <source>Participant {number}</source>
            <translation>Participant {number}</translation>
        </message>
        <message>
            <source>The name is too long ({length} characters; at most {most}).</source>
            <translation>Le nom est trop long ({length} caractères ; {most} au plus).</translation>
        </message>
        <message>
            <source>The alias is too long ({length} characters; at most {most}).</source>
            <translation>Le pseudonyme est trop long ({length} caractères ; {most} au plus).</translation>
        </message>
        <message>
            <source>The organisation is too long ({length} characters; at most {most}).</source>
            <translation>Le nom de l'organisation est trop long ({length} caractères ; {most} au plus).</translation>
        </message>
        <message>
            <source>The thematic focus is too long ({length} characters; at most {most}).</source>
            <translation>Le domaine thématique est trop long ({length} caractères ; {most} au plus).</translation>
        </message>
        <message>
            <source>The contact is too long ({length} characters; at most {most}).</source>
            <translation>Le contact est trop long ({length} caractères ; {most} au plus).</translation>
        </message>
        <message>
            <source>A participant recorded by number or alias only keeps no organisation, focus or contact.</source>
            <translation>Un participant enregistré uniquement par numéro ou pseudonyme ne conserve ni organisation, ni domaine thématique, ni contact.</translation>
        </message>
        <message numerus="yes">
            <source>Added %n participant(s) from {file}.</source>
            <translation>
                <numerusform>%n participant ajouté à partir de {file}.</numerusform>
                <numerusform>%n participants ajoutés à partir de {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{added} %n already registered (same name and organisation) were not added again.</source>
            <translation>
                <numerusform>{added} %n participant déjà inscrit (même nom et même organisation) n'a pas été ajouté de nouveau.</numerusform>
                <numerusform>{added} %n participants déjà inscrits (même nom et même organisation) n'ont pas été ajoutés de nouveau.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add participant {label}</source>
            <translation>Ajouter le participant {label}</translation>
        </message>
        <message>
            <source>This participant is no longer registered.</source>
            <translation>Ce participant n'est plus inscrit.</translation>
        </message>
        <message>
            <source>Edit participant {label}</source>
            <translation>Modifier le participant {label}</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n participant(s)</source>
            <translation>
                <numerusform>Retirer %n participant</numerusform>
                <numerusform>Retirer %n participants</numerusform>
            </translation>
        </message>
        <message>
            <source>{listed} took part in a vote, so the record of who voted would break. Participants who voted stay registered.</source>
            <translation>Ces participants ont pris part à un vote : {listed}. Les retirer romprait le registre des votants. Les participants qui ont voté restent inscrits.</translation>
        </message>
        <message>
            <source>Import participants from {source_file}</source>
            <translation>Importer des participants à partir de {source_file}</translation>
        </message>
        <message>
            <source>The organisation needs a name.</source>
            <translation>L'organisation doit avoir un nom.</translation>
        </message>
        <message>
            <source>“{name}” of “{organisation}” is already registered (participant {number}).</source>
            <translation>« {name} » (« {organisation} ») figure déjà parmi les personnes inscrites (participant {number}).</translation>
        </message>
        <message>
            <source>“{name}” is already registered (participant {number}).</source>
            <translation>« {name} » figure déjà parmi les personnes inscrites (participant {number}).</translation>
        </message>
        <message>
            <source>“{label}”: {problems} Nothing was added.</source>
            <translation>« {label} » : {problems} Rien n'a été ajouté.</translation>
        </message>
        <message>
            <source>“{name}” is already in the list.</source>
            <translation>« {name} » figure déjà dans la liste.</translation>
        </message>
        <message>
            <source>Add organisation {name}</source>
            <translation>Ajouter l'organisation {name}</translation>
        </message>
        <message>
            <source>This organisation is no longer in the list.</source>
            <translation>Cette organisation ne figure plus dans la liste.</translation>
        </message>
        <message>
            <source>Rename organisation {name}</source>
            <translation>Renommer l'organisation {name}</translation>
        </message>
        <message>
            <source>{name} voted in a round as an organisation, so it stays in the list.</source>
            <translation>{name} a voté en tant qu'organisation lors d'un tour de scrutin : elle reste donc dans la liste.</translation>
        </message>
        <message numerus="yes">
            <source>{name} has %n registered participant(s). Move or remove them first.</source>
            <translation>
                <numerusform>{name} compte %n participant inscrit. Déplacez-le ou retirez-le d'abord.</numerusform>
                <numerusform>{name} compte %n participants inscrits. Déplacez-les ou retirez-les d'abord.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove organisation {name}</source>
            <translation>Retirer l'organisation {name}</translation>
        </message>
        <message>
            <source>Anonymise names in outputs</source>
            <translation>Anonymiser les noms dans les documents</translation>
        </message>
        <message>
            <source>Name consenting participants in outputs</source>
            <translation>Nommer dans les documents les participants ayant donné leur consentement</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Participants</source>
            <translation>Participants</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Ajouter un participant</translation>
        </message>
        <message>
            <source>Register someone by hand</source>
            <translation>Inscrire une personne à la main</translation>
        </message>
        <message>
            <source>Import attendance list…</source>
            <translation>Importer une liste de présence…</translation>
        </message>
        <message>
            <source>Add everyone from a sign-in sheet saved as CSV or Excel</source>
            <translation>Ajouter toutes les personnes d'une feuille d'émargement enregistrée au format CSV ou Excel</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Edit the selected participant (Enter)</source>
            <translation>Modifier le participant sélectionné (Entrée)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <source>Remove the selected participants (Del)</source>
            <translation>Retirer les participants sélectionnés (Suppr)</translation>
        </message>
        <message>
            <source>Anonymise names in every output</source>
            <translation>Anonymiser les noms dans tous les documents</translation>
        </message>
        <message>
            <source>PDFs, exports and the projector then show “Participant 7” instead of names, even for people who agreed to be named. Names stay on this page only.</source>
            <translation>Les PDF, les exports et le projecteur affichent alors « Participant 7 » au lieu des noms, même pour les personnes qui ont accepté d'être nommées. Les noms ne restent que sur cette page.</translation>
        </message>
        <message>
            <source>Search names, organisations, focus, codes…</source>
            <translation>Rechercher des noms, organisations, domaines, codes…</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>Rechercher des participants</translation>
        </message>
        <message>
            <source>ORGANISATIONS</source>
            <translation>ORGANISATIONS</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Organisations</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Nouvelle organisation</translation>
        </message>
        <message>
            <source>Name of a new organisation</source>
            <translation>Nom d'une nouvelle organisation</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Renommer</translation>
        </message>
        <message>
            <source>Rename the selected organisation (F2)</source>
            <translation>Renommer l'organisation sélectionnée (F2)</translation>
        </message>
        <message>
            <source>Remove the selected organisation</source>
            <translation>Retirer l'organisation sélectionnée</translation>
        </message>
        <message>
            <source>Nobody is registered yet</source>
            <translation>Personne n'est encore inscrit</translation>
        </message>
        <message>
            <source>Nobody registered yet</source>
            <translation>Personne n'est encore inscrit</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n participant</numerusform>
                <numerusform>%n participants</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n organisation</numerusform>
                <numerusform>%n organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recorded by number or alias</source>
            <translation>
                <numerusform>%n enregistré par numéro ou pseudonyme</numerusform>
                <numerusform>%n enregistrés par numéro ou pseudonyme</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participants removed. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n participant retiré. Ctrl+Z pour annuler.</numerusform>
                <numerusform>%n participants retirés. Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation>Affichage : %1 sur %2</translation>
        </message>
        <message>
            <source>Nobody matches “%1”.</source>
            <translation>Personne ne correspond à « %1 ».</translation>
        </message>
        <message>
            <source>This workshop is read-only, so nobody can be registered in it. Save a copy to register the participants there.</source>
            <translation>Cet atelier est en lecture seule : personne ne peut y être inscrit. Enregistrez une copie pour y inscrire les participants.</translation>
        </message>
        <message>
            <source>Register the people taking part so that they can vote at the shared laptop with a personal code. Add them one by one, or import the sign-in sheet you already have.

Anyone can be recorded by number or alias only, and nobody is named in an output without their consent.</source>
            <translation>Inscrivez les personnes qui participent, afin qu'elles puissent voter sur l'ordinateur portable partagé avec un code personnel. Ajoutez-les une par une, ou importez la feuille d'émargement dont vous disposez déjà.

Toute personne peut être enregistrée uniquement par un numéro ou un pseudonyme, et personne n'est nommé dans un document sans son consentement.</translation>
        </message>
        <message>
            <source>Yes · anonymised</source>
            <translation>Oui · anonymisé</translation>
        </message>
        <message>
            <source>%1 registered. Undo with Ctrl+Z.</source>
            <translation>%1 : inscription enregistrée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>%1 registered. The search hides them.</source>
            <translation>%1 : inscription enregistrée. La recherche en cours masque cette personne.</translation>
        </message>
        <message>
            <source>Participant saved.</source>
            <translation>Participant enregistré.</translation>
        </message>
        <message>
            <source>this participant</source>
            <translation>ce participant</translation>
        </message>
        <message>
            <source>Remove %1 from the participants? Their kiosk code stops working. You can undo this with Ctrl+Z.</source>
            <translation>Retirer %1 des participants ? Son code de kiosque cessera de fonctionner. Vous pouvez annuler avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>Remove %1 participants? Their kiosk codes stop working. You can undo this with Ctrl+Z.</source>
            <translation>Retirer %1 participants ? Leurs codes de kiosque cesseront de fonctionner. Vous pouvez annuler avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>Remove participants</source>
            <translation>Retirer des participants</translation>
        </message>
        <message>
            <source>Participant removed. Undo with Ctrl+Z.</source>
            <translation>Participant retiré. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Import attendance list</source>
            <translation>Importer une liste de présence</translation>
        </message>
        <message>
            <source>“%1” could not be read: %2</source>
            <translation>« %1 » n'a pas pu être lu : %2</translation>
        </message>
        <message>
            <source>Organisation added. Undo with Ctrl+Z.</source>
            <translation>Organisation ajoutée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Organisation renamed. Undo with Ctrl+Z.</source>
            <translation>Organisation renommée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>%1 removed from the list. Undo with Ctrl+Z.</source>
            <translation>Organisation « %1 » retirée de la liste. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Every output now shows “Participant 7” instead of names. Undo with Ctrl+Z.</source>
            <translation>Tous les documents affichent désormais « Participant 7 » au lieu des noms. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Outputs now name the participants who agreed to be named. Undo with Ctrl+Z.</source>
            <translation>Les documents nomment désormais les participants qui ont accepté d'être nommés. Ctrl+Z pour annuler.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>Too short: use at least {count} characters. Four or five unrelated words are easy to remember and hard to guess.</source>
            <translation>Trop courte : utilisez au moins {count} caractères. Quatre ou cinq mots sans rapport entre eux sont faciles à retenir et difficiles à deviner.</translation>
        </message>
        <message>
            <source>Too easy to guess: it repeats the same few characters.</source>
            <translation>Trop facile à deviner : elle ne fait que répéter quelques caractères.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Robuste.</translation>
        </message>
        <message>
            <source>Fair. A longer passphrase, such as four or five unrelated words, is much harder to guess.</source>
            <translation>Acceptable. Une phrase secrète plus longue, par exemple quatre ou cinq mots sans rapport entre eux, est beaucoup plus difficile à deviner.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Phrase secrète</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Confirmation de la phrase secrète</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>Saisissez-la de nouveau</translation>
        </message>
        <message>
            <source>At least {count} characters. Four or five unrelated words work well.</source>
            <translation>Au moins {count} caractères. Quatre ou cinq mots sans rapport entre eux conviennent bien.</translation>
        </message>
        <message>
            <source>Type a passphrase.</source>
            <translation>Saisissez une phrase secrète.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Type them again.</source>
            <translation>Les deux phrases secrètes ne sont pas identiques. Saisissez-les de nouveau.</translation>
        </message>
        <message>
            <source>There is no way to recover this workshop without the passphrase or the recovery key. Keep the passphrase in your head or a password manager, and the recovery key in a safe place away from this computer.</source>
            <translation>Il est impossible de récupérer cet atelier sans la phrase secrète ou la clé de récupération. Gardez la phrase secrète en mémoire ou dans un gestionnaire de mots de passe, et la clé de récupération en lieu sûr, loin de cet ordinateur.</translation>
        </message>
    </context>
    <context>
        <name>PdfTooLong</name>
        <message>
            <source>A text is too long to fit on one page of the charter, near page {page}, so it could not be printed.</source>
            <translation>Un texte est trop long pour tenir sur une page de la charte, vers la page {page} ; elle n'a donc pas pu être imprimée.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the charter, so it could not be printed.</source>
            <translation>Un texte est trop long pour tenir sur une page de la charte ; elle n'a donc pas pu être imprimée.</translation>
        </message>
        <message>
            <source>Shorten the longest text in the charter (a priority's plan, a milestone, an organisation's name) or break it into several lines, then print again.</source>
            <translation>Raccourcissez le texte le plus long de la charte (le plan d'une priorité, une étape, le nom d'une organisation) ou coupez-le en plusieurs lignes, puis imprimez à nouveau.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the handout, near page {page}, so it could not be printed.</source>
            <translation>Un texte est trop long pour tenir sur une page du recueil des recommandations, vers la page {page} ; il n'a donc pas pu être imprimé.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the handout, so it could not be printed.</source>
            <translation>Un texte est trop long pour tenir sur une page du recueil des recommandations ; il n'a donc pas pu être imprimé.</translation>
        </message>
        <message>
            <source>Shorten the longest recommendation text (open it from the Review step), then print again.</source>
            <translation>Raccourcissez le texte de recommandation le plus long (ouvrez-le depuis l'étape Examen), puis imprimez à nouveau.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the paper ballots, near page {page}, so it could not be printed.</source>
            <translation>Un texte est trop long pour tenir sur une page des bulletins de vote papier, vers la page {page} ; ils n'ont donc pas pu être imprimés.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the paper ballots, so it could not be printed.</source>
            <translation>Un texte est trop long pour tenir sur une page des bulletins de vote papier ; ils n'ont donc pas pu être imprimés.</translation>
        </message>
        <message>
            <source>Shorten the longest text on the ballot, then print again.</source>
            <translation>Raccourcissez le texte le plus long du bulletin, puis imprimez à nouveau.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the results report, near page {page}, so it could not be printed.</source>
            <translation>Un texte est trop long pour tenir sur une page du rapport des résultats, vers la page {page} ; il n'a donc pas pu être imprimé.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the results report, so it could not be printed.</source>
            <translation>Un texte est trop long pour tenir sur une page du rapport des résultats ; il n'a donc pas pu être imprimé.</translation>
        </message>
        <message>
            <source>The results themselves are safe: save them as a spreadsheet from the Results step instead.</source>
            <translation>Les résultats eux-mêmes ne sont pas perdus : enregistrez-les plutôt sous forme de tableur depuis l'étape Résultats.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the mid-term report, near page {page}, so it could not be printed.</source>
            <translation>Un texte est trop long pour tenir sur une page du rapport à mi-parcours, vers la page {page} ; il n'a donc pas pu être imprimé.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the mid-term report, so it could not be printed.</source>
            <translation>Un texte est trop long pour tenir sur une page du rapport à mi-parcours ; il n'a donc pas pu être imprimé.</translation>
        </message>
        <message>
            <source>Shorten the longest justification or evidence title (in the Follow-up step), then print again.</source>
            <translation>Raccourcissez la justification ou le titre de preuve le plus long (à l'étape Suivi), puis imprimez à nouveau.</translation>
        </message>
        <message>
            <source>{problem} {advice}</source>
            <translation>{problem} {advice}</translation>
        </message>
    </context>
    <context>
        <name>PrintPage</name>
        <message>
            <source>Print and export</source>
            <translation>Imprimer et exporter</translation>
        </message>
        <message>
            <source>See each document as it will print, in any script, then print it, save it as a PDF or export the plan.</source>
            <translation>Visualisez chaque document tel qu'il sera imprimé, dans n'importe quelle écriture, puis imprimez-le, enregistrez-le en PDF ou exportez le plan.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exporter</translation>
        </message>
        <message>
            <source>The implementation plan as a spreadsheet, the charter as a Word document, or a file for IMPACT OSS</source>
            <translation>Le plan de mise en œuvre sous forme de tableur, la charte en document Word, ou un fichier pour IMPACT OSS</translation>
        </message>
        <message>
            <source>Implementation matrix (Excel)…</source>
            <translation>Matrice de mise en œuvre (Excel)…</translation>
        </message>
        <message>
            <source>Each priority with the recommendations it cites and its plan, to track implementation</source>
            <translation>Chaque priorité avec les recommandations qu'elle cite et son plan, pour suivre la mise en œuvre</translation>
        </message>
        <message>
            <source>Implementation matrix (CSV)…</source>
            <translation>Matrice de mise en œuvre (CSV)…</translation>
        </message>
        <message>
            <source>The same matrix as a CSV file, for any spreadsheet or database</source>
            <translation>La même matrice au format CSV, pour tout tableur ou toute base de données</translation>
        </message>
        <message>
            <source>Charter as a Word document…</source>
            <translation>Charte en document Word…</translation>
        </message>
        <message>
            <source>The charter as it stands, to finish or lay out in Word</source>
            <translation>La charte dans son état actuel, à finaliser ou à mettre en page dans Word</translation>
        </message>
        <message>
            <source>All recommendations for IMPACT OSS (CSV)…</source>
            <translation>Toutes les recommandations pour IMPACT OSS (CSV)…</translation>
        </message>
        <message>
            <source>A file IMPACT OSS imports, to track the recommendations there</source>
            <translation>Un fichier qu'IMPACT OSS importe, pour y suivre les recommandations</translation>
        </message>
        <message>
            <source>Recommendations the charter cites, for IMPACT OSS (CSV)…</source>
            <translation>Recommandations citées par la charte, pour IMPACT OSS (CSV)…</translation>
        </message>
        <message>
            <source>Only the recommendations the charter's priorities cite</source>
            <translation>Uniquement les recommandations citées par les priorités de la charte</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>Save the document shown as a PDF file (Ctrl+S)</source>
            <translation>Enregistrer le document affiché dans un fichier PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <source>Print the document shown (Ctrl+P). On Linux and macOS the printer gets the PDF itself; elsewhere each page goes as an image at up to 600 dpi. The printer's own settings still apply.</source>
            <translation>Imprimer le document affiché (Ctrl+P). Sous Linux et macOS, l'imprimante reçoit le PDF lui-même ; ailleurs, chaque page est envoyée sous forme d'image jusqu'à 600 ppp. Les réglages propres de l'imprimante s'appliquent toujours.</translation>
        </message>
        <message>
            <source>DOCUMENT</source>
            <translation>DOCUMENT</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Documents</translation>
        </message>
        <message>
            <source>DOCUMENTS IN</source>
            <translation>DOCUMENTS EN</translation>
        </message>
        <message>
            <source>Documents' language</source>
            <translation>Langue des documents</translation>
        </message>
        <message>
            <source>The language of the headings, labels, dates and response words of every document and export. What people wrote stays as written.</source>
            <translation>La langue des intitulés, libellés, dates et mentions de réponse de chaque document et export. Ce que les personnes ont écrit reste tel quel.</translation>
        </message>
        <message>
            <source>PAPER</source>
            <translation>PAPIER</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>Lettre US</translation>
        </message>
        <message>
            <source>210 × 297 mm, used in most of the world</source>
            <translation>210 × 297 mm, utilisé dans la plupart des pays du monde</translation>
        </message>
        <message>
            <source>8.5 × 11 inches, used in the Americas and the Philippines</source>
            <translation>8,5 × 11 pouces, utilisé dans les Amériques et aux Philippines</translation>
        </message>
        <message>
            <source>GROUP THE RECOMMENDATIONS BY</source>
            <translation>REGROUPER LES RECOMMANDATIONS PAR</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Groupe thématique</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <source>In the clusters made in the Clusters step</source>
            <translation>Dans les groupes thématiques créés à l'étape Groupes thématiques</translation>
        </message>
        <message>
            <source>By each recommendation's first theme</source>
            <translation>Selon le premier thème de chaque recommandation</translation>
        </message>
        <message>
            <source>BLANK BALLOTS</source>
            <translation>BULLETINS DE VOTE VIERGES</translation>
        </message>
        <message>
            <source>Blank ballots</source>
            <translation>Bulletins de vote vierges</translation>
        </message>
        <message>
            <source>Unnamed sheets for people who join on the day.</source>
            <translation>Feuilles sans nom pour les personnes qui arrivent le jour même.</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Zoom arrière</translation>
        </message>
        <message>
            <source>Zoom: Ctrl and the mouse wheel change it too</source>
            <translation>Zoom : Ctrl et la molette de la souris le modifient aussi</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Zoom avant</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>Ajuster à la largeur</translation>
        </message>
        <message>
            <source>Fit the page to the width of the preview</source>
            <translation>Ajuster la page à la largeur de l'aperçu</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Page précédente</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Page suivante</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Page</translation>
        </message>
        <message>
            <source>Preparing the preview</source>
            <translation>Préparation de l'aperçu</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <source>Recommendation handout</source>
            <translation>Recueil des recommandations</translation>
        </message>
        <message>
            <source>Paper ballots: %1</source>
            <translation>Bulletins de vote papier : %1</translation>
        </message>
        <message>
            <source>Results: %1</source>
            <translation>Résultats : %1</translation>
        </message>
        <message>
            <source>Outcome charter</source>
            <translation>Charte finale</translation>
        </message>
        <message>
            <source>Mid-term report</source>
            <translation>Rapport à mi-parcours</translation>
        </message>
        <message>
            <source>What participants read before voting</source>
            <translation>Ce que les participants lisent avant de voter</translation>
        </message>
        <message>
            <source>One sheet per participant, to vote on paper</source>
            <translation>Une feuille par participant, pour voter sur papier</translation>
        </message>
        <message>
            <source>Ranking, turnout and any ties</source>
            <translation>Classement, participation et éventuelles égalités</translation>
        </message>
        <message>
            <source>Priorities and plan, with space to sign</source>
            <translation>Priorités et plan, avec un espace pour signer</translation>
        </message>
        <message>
            <source>Follow-up: where implementation stands, with the evidence</source>
            <translation>Suivi : où en est la mise en œuvre, avec les éléments de preuve</translation>
        </message>
        <message>
            <source>The documents could not be listed</source>
            <translation>Les documents n'ont pas pu être listés</translation>
        </message>
        <message>
            <source>{choice}, not available: {reason}</source>
            <translation>{choice}, non disponible : {reason}</translation>
        </message>
        <message>
            <source>Nothing to print yet</source>
            <translation>Rien à imprimer pour l'instant</translation>
        </message>
        <message>
            <source>Import the recommendations in the Review step: the handout, ballots, results and charter appear here as the workshop goes on.</source>
            <translation>Importez les recommandations à l'étape Examen : le recueil des recommandations, les bulletins de vote, les résultats et la charte apparaissent ici au fil de l'atelier.</translation>
        </message>
        <message>
            <source>“%1” can't be printed yet</source>
            <translation>« %1 » ne peut pas encore être imprimé</translation>
        </message>
        <message>
            <source>The preview could not be shown</source>
            <translation>L'aperçu n'a pas pu être affiché</translation>
        </message>
        <message>
            <source>The document was made but could not be displayed. Try saving it as a PDF and opening it in another program.</source>
            <translation>Le document a été créé mais n'a pas pu être affiché. Essayez de l'enregistrer en PDF et de l'ouvrir dans un autre programme.</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>sur %1</translation>
        </message>
        <message>
            <source>This copy of UPR Desktop can't make this document yet. The other documents still print.</source>
            <translation>Cette copie d'UPR Desktop ne peut pas encore produire ce document. Les autres documents s'impriment toujours.</translation>
        </message>
        <message>
            <source>The preview could not be made</source>
            <translation>L'aperçu n'a pas pu être créé</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Préparation de l'aperçu…</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Page %1 sur %2</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Document</translation>
        </message>
        <message>
            <source>recommendation handout</source>
            <translation>recueil des recommandations</translation>
        </message>
        <message>
            <source>ballots - %1</source>
            <translation>bulletins de vote - %1</translation>
        </message>
        <message>
            <source>results - %1</source>
            <translation>résultats - %1</translation>
        </message>
        <message>
            <source>charter</source>
            <translation>charte</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>rapport à mi-parcours</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Print the charter as it is? To replace the guidance first in the Charter step, choose Cancel.</source>
            <translation>La charte contient encore des indications du modèle entre [crochets], dans : {parts}.

Imprimer la charte en l'état ? Pour remplacer d'abord les indications à l'étape Charte, choisissez Annuler.</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Save the charter as it is? To replace the guidance first in the Charter step, choose Cancel.</source>
            <translation>La charte contient encore des indications du modèle entre [crochets], dans : {parts}.

Enregistrer la charte en l'état ? Pour remplacer d'abord les indications à l'étape Charte, choisissez Annuler.</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sent to {printer}</source>
            <translation>
                <numerusform>%n page envoyée à {printer}</numerusform>
                <numerusform>%n pages envoyées à {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>The charter is not finished</source>
            <translation>La charte n'est pas terminée</translation>
        </message>
        <message>
            <source>Saved “%1” in %2.</source>
            <translation>« %1 » enregistré dans %2.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Enregistrer en PDF</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvrir</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Afficher dans le dossier</translation>
        </message>
        <message>
            <source>{name} (without names)</source>
            <translation>{name} (sans les noms)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Enregistré dans %1</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Imprimer %1</translation>
        </message>
        <message>
            <source>Sending the pages to the printer…</source>
            <translation>Envoi des pages à l'imprimante…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Arrêter</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Impression</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <source>Printing stopped.</source>
            <translation>Impression arrêtée.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>l'imprimante</translation>
        </message>
        <message>
            <source>This round has no candidates yet.</source>
            <translation>Ce tour de scrutin n'a pas encore d'options.</translation>
        </message>
        <message>
            <source>Results are printed once the round is closed.</source>
            <translation>Les résultats s'impriment une fois le tour de scrutin clos.</translation>
        </message>
        <message>
            <source>Start the charter in the Charter step first.</source>
            <translation>Commencez d'abord la charte à l'étape Charte.</translation>
        </message>
        <message>
            <source>Import the recommendations first.</source>
            <translation>Importez d'abord les recommandations.</translation>
        </message>
        <message>
            <source>The charter's priorities cite no recommendations yet.</source>
            <translation>Les priorités de la charte ne citent encore aucune recommandation.</translation>
        </message>
        <message>
            <source>implementation matrix</source>
            <translation>matrice de mise en œuvre</translation>
        </message>
        <message>
            <source>IMPACT OSS import</source>
            <translation>importation IMPACT OSS</translation>
        </message>
        <message>
            <source>IMPACT OSS import, cited</source>
            <translation>importation IMPACT OSS, recommandations citées</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Classeur Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>Fichier CSV (*.csv)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Document Word (*.docx)</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Exporté dans %1</translation>
        </message>
        <message>
            <source>Documents will be printed in {language}.</source>
            <translation>Les documents seront imprimés en {language}.</translation>
        </message>
        <message>
            <source>There is nothing to print yet: the preview is not ready.</source>
            <translation>Il n'y a encore rien à imprimer : l'aperçu n'est pas prêt.</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
            <translation>L'imprimante n'a pas pu être lancée. Vérifiez qu'elle est allumée et connectée, ou choisissez une autre imprimante.</translation>
        </message>
        <message>
            <source>The printing system did not take the document. Check that the printer is set up, or save as PDF and print that file.</source>
            <translation>Le système d'impression n'a pas accepté le document. Vérifiez que l'imprimante est configurée, ou enregistrez au format PDF et imprimez ce fichier.</translation>
        </message>
        <message>
            <source>The printer “%1” refused the document: %2</source>
            <translation>L'imprimante « %1 » a refusé le document : %2</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>aucune raison indiquée</translation>
        </message>
    </context>
    <context>
        <name>PrioritiesOverview</name>
        <message numerus="yes">
            <source>%n priorities, in the order the charter lists them.</source>
            <translation>
                <numerusform>%n priorité, dans l'ordre de la charte.</numerusform>
                <numerusform>%n priorités, dans l'ordre de la charte.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PriorityEditor</name>
        <message numerus="yes">
            <source>%n recommendation(s) added to the priority.</source>
            <translation>
                <numerusform>%n recommandation ajoutée à la priorité.</numerusform>
                <numerusform>%n recommandations ajoutées à la priorité.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations removed from the priority. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n recommandation retirée de la priorité. Ctrl+Z pour annuler.</numerusform>
                <numerusform>%n recommandations retirées de la priorité. Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacySettingsDialog</name>
        <message>
            <source>Lock and privacy</source>
            <translation>Verrouillage et confidentialité</translation>
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
            <source>Remember encrypted workshops in Recent files</source>
            <translation>Mémoriser les ateliers chiffrés dans « Ateliers récents »</translation>
        </message>
        <message>
            <source>When this is off, an encrypted workshop's name and folder are never written to this computer's settings, so nobody can see there where it is kept.</source>
            <translation>Lorsque cette option est désactivée, le nom et le dossier d'un atelier chiffré ne sont jamais enregistrés dans les paramètres de cet ordinateur : personne ne peut donc y voir où il est conservé.</translation>
        </message>
        <message>
            <source>Lock after no input for:</source>
            <translation>Verrouiller après une inactivité de :</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>The workshop locks by itself when nobody has used the keyboard or mouse for a while, but never while the kiosk is open for voting. Ctrl+L locks it at once.</source>
            <translation>L'atelier se verrouille automatiquement lorsque personne n'a utilisé le clavier ni la souris depuis un certain temps, mais jamais pendant que le kiosque est ouvert au vote. Ctrl+L le verrouille immédiatement.</translation>
        </message>
    </context>
    <context>
        <name>ProjectorView</name>
        <message>
            <source>tied</source>
            <translation>ex aequo</translation>
        </message>
        <message>
            <source>Voting results – projector</source>
            <translation>Résultats du vote – projecteur</translation>
        </message>
        <message>
            <source>Esc or double-click to close</source>
            <translation>Échap ou double-clic pour fermer</translation>
        </message>
        <message>
            <source>This round is no longer in the workshop.</source>
            <translation>Ce tour de scrutin ne figure plus dans l'atelier.</translation>
        </message>
        <message>
            <source>VOTING OPEN</source>
            <translation>VOTE OUVERT</translation>
        </message>
        <message>
            <source>NOT OPEN YET</source>
            <translation>PAS ENCORE OUVERT</translation>
        </message>
        <message>
            <source>Results appear when voting closes</source>
            <translation>Les résultats s'affichent à la clôture du vote</translation>
        </message>
        <message>
            <source>This round has not opened for voting yet</source>
            <translation>Ce tour de scrutin n'est pas encore ouvert au vote</translation>
        </message>
        <message numerus="yes">
            <source>%n of 1 has voted</source>
            <translation>
                <numerusform>%n sur 1 a voté</numerusform>
                <numerusform>%n sur 1 ont voté</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation>Votants : %1 sur %2</translation>
        </message>
        <message>
            <source>RESULTS  ·  %1</source>
            <translation>RÉSULTATS  ·  %1</translation>
        </message>
        <message>
            <source>+ %1 more</source>
            <translation>+ %1 autres</translation>
        </message>
    </context>
    <context>
        <name>Recommendation source</name>
        <message>
            <source>Recommended by {states}</source>
            <translation>Recommandation formulée par : {states}</translation>
        </message>
        <message>
            <source>Session {number}</source>
            <translation>Session {number}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationDialog</name>
        <message>
            <source>Edit recommendation</source>
            <translation>Modifier la recommandation</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>Nouvelle recommandation</translation>
        </message>
        <message>
            <source>Only the text is required. Separate several States, themes or SDGs with commas, or put one per line.</source>
            <translation>Seul le texte est obligatoire. Séparez plusieurs États, thèmes ou ODD par des virgules, ou mettez-en un par ligne.</translation>
        </message>
        <message>
            <source>e.g. 121.4</source>
            <translation>p. ex. 121.4</translation>
        </message>
        <message>
            <source>The recommendation, as the report words it</source>
            <translation>La recommandation, dans les termes du rapport</translation>
        </message>
        <message>
            <source>e.g. Denmark, Czechia</source>
            <translation>p. ex. Danemark, Tchéquie</translation>
        </message>
        <message>
            <source>Goal numbers, e.g. 5, 16</source>
            <translation>Numéros des objectifs, p. ex. 5, 16</translation>
        </message>
        <message>
            <source>e.g. 47</source>
            <translation>p. ex. 47</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Non indiquée</translation>
        </message>
        <message>
            <source>minimal action</source>
            <translation>action minimale</translation>
        </message>
        <message>
            <source>continuing action</source>
            <translation>action continue</translation>
        </message>
        <message>
            <source>considering action</source>
            <translation>action envisagée</translation>
        </message>
        <message>
            <source>general action</source>
            <translation>action générale</translation>
        </message>
        <message>
            <source>specific action</source>
            <translation>action spécifique</translation>
        </message>
        <message>
            <source>e.g. A/HRC/58/12</source>
            <translation>p. ex. A/HRC/58/12</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Numéro</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>État(s) auteur(s) de la recommandation</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Personnes concernées</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ODD</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Catégorie d'action</translation>
        </message>
        <message>
            <source>Document symbol</source>
            <translation>Cote du document</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>État examiné</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Enregistrer les modifications</translation>
        </message>
        <message>
            <source>Add recommendation</source>
            <translation>Ajouter la recommandation</translation>
        </message>
        <message>
            <source>Write the recommendation's text.</source>
            <translation>Écrivez le texte de la recommandation.</translation>
        </message>
        <message>
            <source>“%1” is not an SDG: use goal numbers from 1 to 17.</source>
            <translation>« %1 » n'est pas un ODD : utilisez les numéros des objectifs, de 1 à 17.</translation>
        </message>
        <message>
            <source>The session is a whole number, e.g. 47.</source>
            <translation>La session est un nombre entier, p. ex. 47.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationModel</name>
        <message>
            <source>Ref.</source>
            <translation>Réf.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Recommandée par</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Réponse</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Session</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Notes</translation>
        </message>
        <message>
            <source>Number of notes on the recommendation</source>
            <translation>Nombre de notes sur la recommandation</translation>
        </message>
        <message>
            <source>Recommending State(s). Click to sort; click again to reverse</source>
            <translation>État(s) auteur(s) de la recommandation. Cliquez pour trier ; cliquez de nouveau pour inverser</translation>
        </message>
        <message>
            <source>Click to sort; click again to reverse; a third click returns to the default order</source>
            <translation>Cliquez pour trier ; cliquez de nouveau pour inverser ; un troisième clic rétablit l'ordre par défaut</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPickerDialog</name>
        <message numerus="yes">
            <source>%n chosen</source>
            <translation>
                <numerusform>%n choisie</numerusform>
                <numerusform>%n choisies</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n listed</source>
            <translation>
                <numerusform>%n affichée</numerusform>
                <numerusform>%n affichées</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecommendationTableModel</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n note</numerusform>
                <numerusform>%n notes</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Recommendations</name>
        <message>
            <source>The recommendation has no text.</source>
            <translation>La recommandation n'a pas de texte.</translation>
        </message>
        <message>
            <source>The action category must be between 1 and 5.</source>
            <translation>La catégorie d'action doit être comprise entre 1 et 5.</translation>
        </message>
        <message>
            <source>The UPR session must be a positive number.</source>
            <translation>La session de l'EPU doit être un nombre positif.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing new: all %n recommendations from {file} are already in the workshop.</source>
            <translation>
                <numerusform>Rien de nouveau : la recommandation de {file} figure déjà dans l'atelier (%n).</numerusform>
                <numerusform>Rien de nouveau : les %n recommandations de {file} figurent déjà dans l'atelier.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read %n recommendation(s) from {file}.</source>
            <translation>
                <numerusform>%n recommandation lue dans {file}.</numerusform>
                <numerusform>%n recommandations lues dans {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already in the workshop and were not added again.</source>
            <translation>
                <numerusform>%n figurait déjà dans l'atelier et n'a pas été ajoutée de nouveau.</numerusform>
                <numerusform>%n figuraient déjà dans l'atelier et n'ont pas été ajoutées de nouveau.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n for other States under review were left out.</source>
            <translation>
                <numerusform>%n, adressée à un autre État examiné, a été écartée.</numerusform>
                <numerusform>%n, adressées à d'autres États examinés, ont été écartées.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This file holds recommendations to %n States under review ({names}). Choose which State to import, or “All countries”.</source>
            <translation>
                <numerusform>Ce fichier contient des recommandations adressées à %n État examiné ({names}). Choisissez l'État à importer, ou « Tous les pays ».</numerusform>
                <numerusform>Ce fichier contient des recommandations adressées à %n États examinés ({names}). Choisissez l'État à importer, ou « Tous les pays ».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n recommendation(s)</source>
            <translation>
                <numerusform>Supprimer %n recommandation</numerusform>
                <numerusform>Supprimer %n recommandations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Recovery key</source>
            <translation>Clé de récupération</translation>
        </message>
        <message>
            <source>UPR Desktop — recovery key</source>
            <translation>UPR Desktop — clé de récupération</translation>
        </message>
        <message>
            <source>Workshop file: {name}</source>
            <translation>Fichier d'atelier : {name}</translation>
        </message>
        <message>
            <source>Made on {day}</source>
            <translation>Établie le {day}</translation>
        </message>
        <message>
            <source>This key opens the workshop in place of its passphrase: type it where the passphrase is asked for. Anyone who has it can read the workshop.</source>
            <translation>Cette clé ouvre l'atelier à la place de sa phrase secrète : saisissez-la là où la phrase secrète est demandée. Toute personne qui la détient peut lire l'atelier.</translation>
        </message>
        <message>
            <source>Keep this sheet in a safe place away from the computer, such as the coalition's safe. Do not photograph it or keep it with the laptop.</source>
            <translation>Conservez cette feuille en lieu sûr, loin de l'ordinateur, par exemple dans le coffre-fort de la coalition. Ne la photographiez pas et ne la gardez pas avec l'ordinateur portable.</translation>
        </message>
        <message>
            <source>If the passphrase is changed, this key stops working and a new one is given.</source>
            <translation>Si la phrase secrète est changée, cette clé cesse de fonctionner et une nouvelle clé est fournie.</translation>
        </message>
        <message>
            <source>Your new recovery key</source>
            <translation>Votre nouvelle clé de récupération</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Votre clé de récupération</translation>
        </message>
        <message>
            <source>The passphrase was changed, so the old recovery key no longer works. This is the new one: it opens “{name}” if the passphrase is forgotten. It is shown only now: print it, or save it as a PDF and print that, and keep it in a safe place away from this computer.</source>
            <translation>La phrase secrète a été changée : l'ancienne clé de récupération ne fonctionne plus. Voici la nouvelle : elle ouvre « {name} » si la phrase secrète est oubliée. Elle n'est affichée que maintenant : imprimez-la, ou enregistrez-la en PDF et imprimez ce fichier, puis conservez-la en lieu sûr, loin de cet ordinateur.</translation>
        </message>
        <message>
            <source>This key opens “{name}” if the passphrase is forgotten. It is shown only now: print it, or save it as a PDF and print that, and keep it in a safe place away from this computer.</source>
            <translation>Cette clé ouvre « {name} » si la phrase secrète est oubliée. Elle n'est affichée que maintenant : imprimez-la, ou enregistrez-la en PDF et imprimez ce fichier, puis conservez-la en lieu sûr, loin de cet ordinateur.</translation>
        </message>
        <message>
            <source>Print the recovery key…</source>
            <translation>Imprimer la clé de récupération…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <source>I have stored it safely</source>
            <translation>Je l'ai conservée en lieu sûr</translation>
        </message>
        <message>
            <source>Print or save the key first, then click “I have stored it safely”. It can't be shown again.</source>
            <translation>Imprimez ou enregistrez d'abord la clé, puis cliquez sur « Je l'ai conservée en lieu sûr ». Elle ne pourra plus être affichée.</translation>
        </message>
        <message>
            <source>The recovery key could not be printed: {reason}. Save it as a PDF and print that file.</source>
            <translation>La clé de récupération n'a pas pu être imprimée : {reason}. Enregistrez-la en PDF et imprimez ce fichier.</translation>
        </message>
        <message>
            <source>The recovery key was sent to the printer.</source>
            <translation>La clé de récupération a été envoyée à l'imprimante.</translation>
        </message>
        <message>
            <source>{name} recovery key.pdf</source>
            <translation>{name} - clé de récupération.pdf</translation>
        </message>
        <message>
            <source>Save the recovery key as PDF</source>
            <translation>Enregistrer la clé de récupération en PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be saved: {reason}</source>
            <translation>Le PDF n'a pas pu être enregistré : {reason}</translation>
        </message>
        <message>
            <source>Saved to {path}. Print it, store the paper safely, then delete the file.</source>
            <translation>Enregistré dans {path}. Imprimez ce fichier, conservez la feuille en lieu sûr, puis supprimez le fichier.</translation>
        </message>
    </context>
    <context>
        <name>Response</name>
        <message>
            <source>Supported</source>
            <translation>Soutenue</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>Prise en note</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Voluntary pledge</source>
            <translation>Engagement volontaire</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Inconnue</translation>
        </message>
    </context>
    <context>
        <name>Responses</name>
        <message>
            <source>Response not known</source>
            <translation>Réponse inconnue</translation>
        </message>
        <message>
            <source>Supported</source>
            <comment>the State's response</comment>
            <translation>Soutenue</translation>
        </message>
        <message>
            <source>Noted</source>
            <comment>the State's response</comment>
            <translation>Prise en note</translation>
        </message>
        <message>
            <source>Pending</source>
            <comment>the State's response</comment>
            <translation>En attente</translation>
        </message>
        <message>
            <source>Voluntary pledge</source>
            <translation>Engagement volontaire</translation>
        </message>
    </context>
    <context>
        <name>Result figures</name>
        <message>
            <source>Dots</source>
            <translation>Gommettes</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>Part en %</translation>
        </message>
        <message>
            <source>Voters</source>
            <translation>Votants</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Points</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>Approbations</translation>
        </message>
        <message>
            <source>% of ballots</source>
            <translation>% des bulletins</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Somme</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Moyenne</translation>
        </message>
        <message>
            <source>Rated by</source>
            <translation>Notée par</translation>
        </message>
        <message>
            <source>Borda points</source>
            <translation>points Borda</translation>
        </message>
        <message>
            <source>First choices</source>
            <translation>Premiers choix</translation>
        </message>
        <message>
            <source>Beatpath wins</source>
            <translation>Victoires par chemin le plus fort</translation>
        </message>
        <message>
            <source>Head-to-head wins</source>
            <translation>Victoires en face-à-face</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>Indispensable</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>Souhaitable</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>Possible</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>Exclue</translation>
        </message>
    </context>
    <context>
        <name>Results document</name>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n gommette</numerusform>
                <numerusform>%n gommettes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approval(s)</source>
            <translation>
                <numerusform>%n approbation</numerusform>
                <numerusform>%n approbations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Borda point(s)</source>
            <translation>
                <numerusform>%n point Borda</numerusform>
                <numerusform>%n points Borda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beatpath win(s)</source>
            <translation>
                <numerusform>%n victoire par chemin le plus fort</numerusform>
                <numerusform>%n victoires par chemin le plus fort</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MoSCoW point(s)</source>
            <translation>
                <numerusform>%n point MoSCoW</numerusform>
                <numerusform>%n points MoSCoW</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <comment>a list of names</comment>
            <translation>{names} et {last}</translation>
        </message>
        <message>
            <source>A run-off between them has been set up ({title}) and not yet held.</source>
            <translation>Un second tour entre ces options a été créé ({title}), mais n'a pas encore eu lieu.</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) is open for voting.</source>
            <translation>Un second tour entre ces options ({title}) est ouvert au vote.</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) was held and closed on {date}</source>
            <translation>Un second tour entre ces options ({title}) a eu lieu et a été clos le {date}</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) was held</source>
            <translation>Un second tour entre ces options ({title}) a eu lieu</translation>
        </message>
        <message>
            <source>{held}; no ballots were cast.</source>
            <translation>{held} ; aucun bulletin de vote n'a été déposé.</translation>
        </message>
        <message>
            <source>{held}; {names} tied again.</source>
            <translation>{held} ; {names} sont de nouveau à égalité.</translation>
        </message>
        <message>
            <source>{held}; {names} tied again with {count} each.</source>
            <translation>{held} ; {names} sont de nouveau à égalité avec {count} chacune.</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>{before}, then {after}</source>
            <comment>places in an order</comment>
            <translation>{before}, puis {after}</translation>
        </message>
        <message>
            <source>{held}: {order}.</source>
            <translation>{held} : {order}.</translation>
        </message>
        <message>
            <source>Choose the voting round whose results to print.</source>
            <translation>Choisissez le tour de scrutin dont les résultats doivent être imprimés.</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet, so it has no results to print. Results are printed once the round has been held and closed.</source>
            <translation>« {title} » n'a pas encore été ouvert au vote : il n'a donc aucun résultat à imprimer. Les résultats sont imprimés une fois le tour de scrutin tenu et clos.</translation>
        </message>
        <message>
            <source>“{title}” is still open for voting. Results are printed once the round closes: close it on the Vote step first.</source>
            <translation>« {title} » est encore ouvert au vote. Les résultats sont imprimés une fois le tour de scrutin clos : clôturez-le d'abord à l'étape Vote.</translation>
        </message>
        <message>
            <source>No run-off has been held: they stay tied in this result.</source>
            <translation>Aucun second tour n'a eu lieu : ces options restent à égalité dans ce résultat.</translation>
        </message>
        <message>
            <source>No run-off has been held: the order stands as counted.</source>
            <translation>Aucun second tour n'a eu lieu : l'ordre reste celui du décompte.</translation>
        </message>
        <message>
            <source>{names}: {outcome}</source>
            <translation>{names} : {outcome}</translation>
        </message>
        <message>
            <source>an earlier round</source>
            <translation>un tour de scrutin antérieur</translation>
        </message>
        <message numerus="yes">
            <source>{voted} of %n organisation(s) voted</source>
            <translation>
                <numerusform>Votants : {voted} sur %n organisation</numerusform>
                <numerusform>Votants : {voted} sur %n organisations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{voted} of %n participant(s) voted</source>
            <translation>
                <numerusform>Votants : {voted} sur %n participant</numerusform>
                <numerusform>Votants : {voted} sur %n participants</numerusform>
            </translation>
        </message>
        <message>
            <source>{turnout} ({share}%)</source>
            <translation>{turnout} ({share} %)</translation>
        </message>
        <message>
            <source>Secret: ballots are not linked to anyone</source>
            <translation>Secret : les bulletins de vote ne sont liés à personne</translation>
        </message>
        <message>
            <source>Open: who voted how is recorded, but this report names no one</source>
            <translation>Public : le vote de chacun est enregistré, mais ce rapport ne nomme personne</translation>
        </message>
        <message>
            <source>METHOD</source>
            <translation>MÉTHODE</translation>
        </message>
        <message>
            <source>BALLOT</source>
            <translation>BULLETIN DE VOTE</translation>
        </message>
        <message>
            <source>VOTERS</source>
            <translation>VOTANTS</translation>
        </message>
        <message>
            <source>One ballot per organisation</source>
            <translation>Un bulletin de vote par organisation</translation>
        </message>
        <message>
            <source>Each participant</source>
            <translation>Chaque participant</translation>
        </message>
        <message>
            <source>CLOSED</source>
            <translation>CLÔTURE</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <source>TURNOUT</source>
            <translation>PARTICIPATION</translation>
        </message>
        <message>
            <source>BALLOTS COUNTED</source>
            <translation>BULLETINS DE VOTE DÉCOMPTÉS</translation>
        </message>
        <message>
            <source>RUN-OFF OF</source>
            <translation>SECOND TOUR DE</translation>
        </message>
        <message>
            <source>No ballots were cast in this round.</source>
            <translation>Aucun bulletin de vote n'a été déposé lors de ce tour de scrutin.</translation>
        </message>
        <message>
            <source>{names} share first place: none of them beats another.</source>
            <translation>{names} se partagent la première place : aucune ne l'emporte sur une autre.</translation>
        </message>
        <message>
            <source>{names} are tied for first place with {count} each.</source>
            <translation>{names} sont à égalité à la première place avec {count} chacune.</translation>
        </message>
        <message>
            <source>{name} came first with {count}.</source>
            <translation>{name} arrive en tête avec {count}.</translation>
        </message>
        <message>
            <source>{names} share second place.</source>
            <translation>{names} se partagent la deuxième place.</translation>
        </message>
        <message>
            <source>{names} share second place with {count} each.</source>
            <translation>{names} se partagent la deuxième place avec {count} chacune.</translation>
        </message>
        <message>
            <source>{name} came second with {count}.</source>
            <translation>{name} arrive en deuxième position avec {count}.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Ties and close calls</source>
            <translation>Égalités et résultats serrés</translation>
        </message>
        <message>
            <source>UPR Desktop applies no tie-break: candidates with the same figure share a rank (shown as =5), and results within {margin} of each other among the top places are reported as close calls. The room decides what to do about them, usually with a run-off between just those candidates.</source>
            <translation>UPR Desktop n'applique aucun départage : les options ayant le même résultat partagent un rang (indiqué sous la forme =5), et les résultats qui se situent à moins de {margin} les uns des autres parmi les premières places sont signalés comme des résultats serrés. Il appartient à l'assemblée de décider de la suite à leur donner, généralement par un second tour entre ces seules options.</translation>
        </message>
        <message>
            <source>There are no ties and no close calls: every place at the top of the table was decided by more than {margin}.</source>
            <translation>Il n'y a ni égalité ni résultat serré : chaque place en tête du tableau a été départagée par un écart de plus de {margin}.</translation>
        </message>
        <message>
            <source>Run-offs of this round</source>
            <translation>Seconds tours de ce tour de scrutin</translation>
        </message>
        <message>
            <source>RESULTS OF A VOTE</source>
            <translation>RÉSULTATS D'UN VOTE</translation>
        </message>
        <message>
            <source>Beatpath wins of the top {number}</source>
            <translation>Victoires par chemin le plus fort des {number} premières</translation>
        </message>
        <message>
            <source>Beatpath wins per recommendation, in rank order</source>
            <translation>Victoires par chemin le plus fort par recommandation, par ordre de classement</translation>
        </message>
        <message>
            <source>Top {number} by {figure}</source>
            <translation>Les {number} premières recommandations ({figure})</translation>
        </message>
        <message>
            <source>{figure} per recommendation</source>
            <translation>{figure} par recommandation</translation>
        </message>
        <message>
            <source>Amber bars share their rank with another recommendation (a tie).</source>
            <translation>Les barres orange partagent leur rang avec une autre recommandation (égalité).</translation>
        </message>
        <message numerus="yes">
            <source>Not shown: %n recommendation(s) with no {figure}.</source>
            <translation>
                <numerusform>Non affichée : %n recommandation sans {figure}.</numerusform>
                <numerusform>Non affichées : %n recommandations sans {figure}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s), ranked by the Schulze method, as the rule above says.</source>
            <translation>
                <numerusform>%n recommandation, classée selon la méthode de Schulze, comme l'indique la règle ci-dessus.</numerusform>
                <numerusform>%n recommandations, classées selon la méthode de Schulze, comme l'indique la règle ci-dessus.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s), ranked by {figure}.</source>
            <translation>
                <numerusform>%n recommandation, classée selon : {figure}.</numerusform>
                <numerusform>%n recommandations, classées selon : {figure}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Full ranking</source>
            <translation>Classement complet</translation>
        </message>
        <message>
            <source>A rank with = is shared with another recommendation.</source>
            <translation>Un rang précédé de = est partagé avec une autre recommandation.</translation>
        </message>
        <message>
            <source>This report names no voter.</source>
            <translation>Ce rapport ne nomme aucun votant.</translation>
        </message>
        <message>
            <source>The ballots of this round were secret.</source>
            <translation>Les bulletins de vote de ce tour de scrutin étaient secrets.</translation>
        </message>
        <message>
            <source>Printed {date} by UPR Desktop.</source>
            <translation>Imprimé le {date} par UPR Desktop.</translation>
        </message>
        <message>
            <source>Results: {round}</source>
            <translation>Résultats : {round}</translation>
        </message>
        <message>
            <source>Closed {moment}</source>
            <translation>Clos le {moment}</translation>
        </message>
        <message>
            <source>Results of a vote</source>
            <translation>Résultats d'un vote</translation>
        </message>
        <message>
            <source>dots</source>
            <comment>ranked by</comment>
            <translation>gommettes</translation>
        </message>
        <message>
            <source>points</source>
            <comment>ranked by</comment>
            <translation>points</translation>
        </message>
        <message>
            <source>approvals</source>
            <comment>ranked by</comment>
            <translation>approbations</translation>
        </message>
        <message>
            <source>sum of scores</source>
            <comment>ranked by</comment>
            <translation>somme des notes</translation>
        </message>
        <message>
            <source>Borda points</source>
            <comment>ranked by</comment>
            <translation>points Borda</translation>
        </message>
        <message>
            <source>beatpath wins</source>
            <comment>ranked by</comment>
            <translation>victoires par chemin le plus fort</translation>
        </message>
        <message>
            <source>MoSCoW points</source>
            <comment>ranked by</comment>
            <translation>points MoSCoW</translation>
        </message>
        <message>
            <source>No ties or close calls.</source>
            <translation>Aucune égalité ni aucun résultat serré.</translation>
        </message>
    </context>
    <context>
        <name>Results export</name>
        <message>
            <source>Round</source>
            <translation>Tour de scrutin</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>Bulletin de vote</translation>
        </message>
        <message>
            <source>Open: who voted how is recorded</source>
            <translation>Public : le vote de chacun est enregistré</translation>
        </message>
        <message>
            <source>Voters</source>
            <translation>Votants</translation>
        </message>
        <message>
            <source>Turnout</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Ballots counted</source>
            <translation>Bulletins de vote décomptés</translation>
        </message>
        <message>
            <source>Tied</source>
            <translation>Ex aequo</translation>
        </message>
        <message>
            <source>tied</source>
            <translation>ex aequo</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Remarque</translation>
        </message>
        <message>
            <source>Voter</source>
            <translation>Votant</translation>
        </message>
        <message>
            <source>Cast at</source>
            <translation>Déposé le</translation>
        </message>
        <message>
            <source>Blank ballot (abstention)</source>
            <translation>Bulletin de vote blanc (abstention)</translation>
        </message>
    </context>
    <context>
        <name>Results sources</name>
        <message>
            <source>No ballots</source>
            <translation>Aucun bulletin de vote</translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s): {kiosk} at the laptop, {paper} on paper</source>
            <translation>
                <numerusform>%n bulletin de vote : {kiosk} sur l'ordinateur portable, {paper} sur papier</numerusform>
                <numerusform>%n bulletins de vote : {kiosk} sur l'ordinateur portable, {paper} sur papier</numerusform>
            </translation>
        </message>
        <message>
            <source>1 ballot, on paper</source>
            <translation>1 bulletin de vote, sur papier</translation>
        </message>
        <message numerus="yes">
            <source>%n ballots, all on paper</source>
            <translation>
                <numerusform>%n bulletin de vote, sur papier</numerusform>
                <numerusform>%n bulletins de vote, tous sur papier</numerusform>
            </translation>
        </message>
        <message>
            <source>1 ballot, at the laptop</source>
            <translation>1 bulletin de vote, sur l'ordinateur portable</translation>
        </message>
        <message numerus="yes">
            <source>%n ballots, all at the laptop</source>
            <translation>
                <numerusform>%n bulletin de vote, sur l'ordinateur portable</numerusform>
                <numerusform>%n bulletins de vote, tous sur l'ordinateur portable</numerusform>
            </translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 personne</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n personne</numerusform>
                <numerusform>%n personnes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wall chart: %n dot(s) from {people}</source>
            <translation>
                <numerusform>tableau mural : %n gommette de {people}</numerusform>
                <numerusform>tableau mural : %n gommettes de {people}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wall chart: %n point(s) from {people}</source>
            <translation>
                <numerusform>tableau mural : %n point de {people}</numerusform>
                <numerusform>tableau mural : %n points de {people}</numerusform>
            </translation>
        </message>
        <message>
            <source>{ballots}; {wall_chart}</source>
            <translation>{ballots} ; {wall_chart}</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Results</source>
            <translation>Résultats</translation>
        </message>
        <message>
            <source>A round's results show once it closes.</source>
            <translation>Les résultats d'un tour de scrutin s'affichent une fois celui-ci clos.</translation>
        </message>
        <message>
            <source>Voting round</source>
            <translation>Tour de scrutin</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Tour de scrutin</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>Exporter les résultats…</translation>
        </message>
        <message>
            <source>Save this round's results as an Excel workbook or a CSV file</source>
            <translation>Enregistrer les résultats de ce tour de scrutin dans un classeur Excel ou un fichier CSV</translation>
        </message>
        <message>
            <source>Show on projector</source>
            <translation>Afficher au projecteur</translation>
        </message>
        <message>
            <source>Full screen on the second screen: the turnout while voting is open, the results once it closes</source>
            <translation>Plein écran sur le second écran : la participation pendant que le vote est ouvert, les résultats après sa clôture</translation>
        </message>
        <message>
            <source>No voting rounds yet.
Choose recommendations on the Review step, then set up a round on the Vote step. Its results show here once it closes.</source>
            <translation>Aucun tour de scrutin pour l'instant.
Choisissez des recommandations à l'étape Examen, puis préparez un tour de scrutin à l'étape Vote. Ses résultats s'affichent ici une fois celui-ci clos.</translation>
        </message>
        <message>
            <source>Go to the Vote step</source>
            <translation>Aller à l'étape Vote</translation>
        </message>
        <message>
            <source>TIES AND CLOSE CALLS</source>
            <translation>ÉGALITÉS ET RÉSULTATS SERRÉS</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>projet</translation>
        </message>
        <message>
            <source>open for voting</source>
            <translation>ouvert au vote</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>clos</translation>
        </message>
        <message>
            <source>OPEN FOR VOTING</source>
            <translation>OUVERT AU VOTE</translation>
        </message>
        <message>
            <source>Results appear here when the round closes: nobody sees any figure while people are still voting. Close the round on the Vote step once everyone has voted.</source>
            <translation>Les résultats s'affichent ici à la clôture du tour de scrutin : personne ne voit aucun chiffre tant que des personnes votent encore. Clôturez le tour de scrutin à l'étape Vote une fois que tout le monde a voté.</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>PROJET</translation>
        </message>
        <message>
            <source>This round has not opened for voting yet. Open it on the Vote step; its results show here once it closes.</source>
            <translation>Ce tour de scrutin n'est pas encore ouvert au vote. Ouvrez-le à l'étape Vote ; ses résultats s'affichent ici une fois celui-ci clos.</translation>
        </message>
        <message numerus="yes">
            <source>%n of 1 has voted</source>
            <translation>
                <numerusform>%n sur 1 a voté</numerusform>
                <numerusform>%n sur 1 ont voté</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation>Votants : %1 sur %2</translation>
        </message>
        <message>
            <source>Closed %1</source>
            <translation>Clos le %1</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <source>secret ballot</source>
            <translation>scrutin secret</translation>
        </message>
        <message>
            <source>open ballot: who voted how is recorded</source>
            <translation>scrutin public : le bulletin de vote de chacun est enregistré avec son nom</translation>
        </message>
        <message>
            <source>one ballot per organisation</source>
            <translation>un bulletin de vote par organisation</translation>
        </message>
        <message>
            <source>run-off of “%1”</source>
            <translation>second tour de « %1 »</translation>
        </message>
        <message>
            <source>a run-off</source>
            <translation>un second tour</translation>
        </message>
        <message>
            <source>Turnout: %1. %2.</source>
            <translation>Participation : %1. %2.</translation>
        </message>
        <message>
            <source>%1 OF THE TOP %2, IN RANK ORDER</source>
            <translation>%1 DES %2 PREMIÈRES, PAR ORDRE DE CLASSEMENT</translation>
        </message>
        <message>
            <source>%1, IN RANK ORDER</source>
            <translation>%1, PAR ORDRE DE CLASSEMENT</translation>
        </message>
        <message>
            <source>TOP %1 BY %2</source>
            <translation>LES %1 PREMIÈRES PAR %2</translation>
        </message>
        <message>
            <source>BY %1</source>
            <translation>PAR %1</translation>
        </message>
        <message>
            <source>Open the run-off</source>
            <translation>Ouvrir le second tour</translation>
        </message>
        <message>
            <source>A run-off between these candidates exists: show it on the Vote step</source>
            <translation>Un second tour entre ces options existe déjà : l'afficher à l'étape Vote</translation>
        </message>
        <message>
            <source>Create a run-off between %1</source>
            <translation>Créer un second tour entre %1</translation>
        </message>
        <message numerus="yes">
            <source>Create a run-off between these %n</source>
            <translation>
                <numerusform>Créer un second tour entre ces %n options</numerusform>
                <numerusform>Créer un second tour entre ces %n options</numerusform>
            </translation>
        </message>
        <message>
            <source>A new draft round between %1 only, with the same method and secrecy. Undo with Ctrl+Z.</source>
            <translation>Un nouveau projet de tour de scrutin entre %1 uniquement, avec la même méthode et le même niveau de secret. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Show fewer</source>
            <translation>Afficher moins</translation>
        </message>
        <message>
            <source>Show %1 more</source>
            <translation>Afficher %1 de plus</translation>
        </message>
        <message>
            <source>Create a run-off</source>
            <translation>Créer un second tour</translation>
        </message>
        <message>
            <source>Run-off created as a draft round. Open it for voting on the Vote step. Undo with Ctrl+Z.</source>
            <translation>Second tour créé comme projet de tour de scrutin. Ouvrez-le au vote à l'étape Vote. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Results – %1</source>
            <translation>Résultats – %1</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>Exporter les résultats</translation>
        </message>
        <message>
            <source>Results saved to %1</source>
            <translation>Résultats enregistrés dans %1</translation>
        </message>
        <message>
            <source>The projector shows “%1”. Press Esc or double-click it to close it.</source>
            <translation>Le projecteur affiche « %1 ». Appuyez sur Échap ou double-cliquez dessus pour le fermer.</translation>
        </message>
    </context>
    <context>
        <name>ResultsTableModel</name>
        <message>
            <source>Rank</source>
            <translation>Rang</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>Référence</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>“=3” means the candidate shares 3rd place: no tie-break is applied.</source>
            <translation>« =3 » signifie que l'option partage la 3e place à égalité : aucun départage n'est appliqué.</translation>
        </message>
        <message>
            <source>Tied for %1 place</source>
            <translation>Ex aequo à la %1 place</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review the recommendations</source>
            <translation>Examiner les recommandations</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>Nouvelle recommandation</translation>
        </message>
        <message>
            <source>Add a recommendation by hand (Ctrl+Shift+N)</source>
            <translation>Ajouter une recommandation à la main (Ctrl+Maj+N)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Modifier</translation>
        </message>
        <message>
            <source>Edit the selected recommendation (Enter)</source>
            <translation>Modifier la recommandation sélectionnée (Entrée)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Delete the selected recommendations (Del)</source>
            <translation>Supprimer les recommandations sélectionnées (Suppr)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Exporter…</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Exporter la liste</translation>
        </message>
        <message>
            <source>Save the recommendations listed here, with this search and these filters, as Excel or CSV</source>
            <translation>Enregistrer les recommandations affichées ici, avec cette recherche et ces filtres, au format Excel ou CSV</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Recommandations</translation>
        </message>
        <message>
            <source>All States under review</source>
            <translation>Tous les États examinés</translation>
        </message>
        <message>
            <source>UPR cycle %1</source>
            <translation>Cycle %1 de l'EPU</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommendation(s)</source>
            <translation>
                <numerusform>%Ln recommandation</numerusform>
                <numerusform>%Ln recommandations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supported</source>
            <translation>
                <numerusform>%n soutenue</numerusform>
                <numerusform>%n soutenues</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n noted</source>
            <translation>
                <numerusform>%n prise en note</numerusform>
                <numerusform>%n prises en note</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n recommendation(s)? Their notes are deleted with them. You can undo this with Ctrl+Z.</source>
            <translation>
                <numerusform>Supprimer %n recommandation ? Ses notes seront supprimées avec elle. Vous pourrez annuler avec Ctrl+Z.</numerusform>
                <numerusform>Supprimer %n recommandations ? Leurs notes seront supprimées avec elles. Vous pourrez annuler avec Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n recommendation(s) to {path}</source>
            <translation>
                <numerusform>%n recommandation enregistrée dans {path}</numerusform>
                <numerusform>%n recommandations enregistrées dans {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>best matches first</source>
            <translation>meilleures correspondances en premier</translation>
        </message>
        <message>
            <source>too many matches to rank: in file order</source>
            <translation>trop de correspondances pour les classer : dans l'ordre du fichier</translation>
        </message>
        <message>
            <source>This workshop has no recommendations yet.
Import the country's recommendations from a UPR Info, UHRI or OHCHR file, or add them by hand.</source>
            <translation>Cet atelier n'a pas encore de recommandations.
Importez les recommandations adressées au pays à partir d'un fichier UPR Info, UHRI ou HCDH, ou ajoutez-les à la main.</translation>
        </message>
        <message>
            <source>Add one by hand</source>
            <translation>En ajouter une à la main</translation>
        </message>
        <message>
            <source>Import recommendations…</source>
            <translation>Importer des recommandations…</translation>
        </message>
        <message>
            <source>No recommendations match — clear the filters to see all %1.</source>
            <translation>Aucune recommandation ne correspond — effacez les filtres pour voir les %1.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Effacer les filtres</translation>
        </message>
        <message>
            <source>Recommendation added. Undo with Ctrl+Z.</source>
            <translation>Recommandation ajoutée. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Recommendation added. The current search or filters hide it.</source>
            <translation>Recommandation ajoutée. La recherche ou les filtres en cours la masquent.</translation>
        </message>
        <message>
            <source>Recommendation saved.</source>
            <translation>Recommandation enregistrée.</translation>
        </message>
        <message>
            <source>this recommendation</source>
            <translation>cette recommandation</translation>
        </message>
        <message>
            <source>Delete %1? Its notes are deleted with it. You can undo this with Ctrl+Z.</source>
            <translation>Supprimer %1 ? Ses notes seront supprimées avec elle. Vous pouvez annuler avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>The charter's priorities %1 cite it; they will no longer do so.</source>
            <translation>Les priorités %1 de la charte la citent ; elles ne la citeront plus.</translation>
        </message>
        <message>
            <source>Delete recommendations</source>
            <translation>Supprimer des recommandations</translation>
        </message>
        <message>
            <source>Recommendation deleted. Undo with Ctrl+Z.</source>
            <translation>Recommandation supprimée. Ctrl+Z pour annuler.</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations deleted. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n recommandation supprimée. Ctrl+Z pour annuler.</numerusform>
                <numerusform>%n recommandations supprimées. Ctrl+Z pour annuler.</numerusform>
            </translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>Classeurs Excel (*.xlsx);;Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Ajouter une note</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Supprimer…</translation>
        </message>
    </context>
    <context>
        <name>RoundDialog</name>
        <message>
            <source>Edit voting round</source>
            <translation>Modifier le tour de scrutin</translation>
        </message>
        <message>
            <source>New voting round</source>
            <translation>Nouveau tour de scrutin</translation>
        </message>
        <message>
            <source>e.g. Our five priorities for the next four years</source>
            <translation>p. ex. Nos cinq priorités pour les quatre prochaines années</translation>
        </message>
        <message>
            <source>Keep its %1 candidates</source>
            <translation>Conserver ses %1 options</translation>
        </message>
        <message>
            <source>Selected recommendations (%1)</source>
            <translation>Recommandations sélectionnées (%1)</translation>
        </message>
        <message>
            <source>Selected recommendations (none selected on the Review page)</source>
            <translation>Recommandations sélectionnées (aucune sélectionnée à l'étape Examen)</translation>
        </message>
        <message>
            <source>All %1 shown by the current filter</source>
            <translation>Les %1 affichées par le filtre actuel</translation>
        </message>
        <message>
            <source>All %1 recommendations (no filter is set on the Review page)</source>
            <translation>Les %1 recommandations (aucun filtre n'est défini à l'étape Examen)</translation>
        </message>
        <message>
            <source>To vote on some recommendations, pick them on the Review page: select them there (Ctrl+click or Shift+click picks several), or search and filter the list, then come back to create the round.</source>
            <translation>Pour voter sur certaines recommandations, choisissez-les à l'étape Examen : sélectionnez-les (Ctrl+clic ou Maj+clic pour en choisir plusieurs), ou recherchez et filtrez la liste, puis revenez créer le tour de scrutin.</translation>
        </message>
        <message>
            <source>Go to Review</source>
            <translation>Aller à l'étape Examen</translation>
        </message>
        <message>
            <source>Limit what one candidate can get, to at most</source>
            <translation>Plafonner ce qu'une option peut recevoir à</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>Scrutin secret : personne ne peut voir qui a voté pour quoi</translation>
        </message>
        <message>
            <source>Open ballot: who voted for what is kept, to show once closed</source>
            <translation>Scrutin public : qui a voté pour quoi est conservé avec chaque bulletin de vote, pour être affiché après la clôture</translation>
        </message>
        <message>
            <source>Voters pick their name at the laptop</source>
            <translation>Les votants choisissent leur nom sur l'ordinateur portable</translation>
        </message>
        <message>
            <source>Anonymous ballot codes: each person takes a printed code at random</source>
            <translation>Codes de bulletin de vote anonymes : chaque personne prend au hasard un code imprimé</translation>
        </message>
        <message>
            <source>One per participant plus about 10% spare, for slips lost or spoilt.</source>
            <translation>Un par participant, plus environ 10 % de réserve, pour les coupons perdus ou abîmés.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Méthode</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>Bulletin de vote</translation>
        </message>
        <message>
            <source>Who votes</source>
            <translation>Qui vote</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Enregistrer les modifications</translation>
        </message>
        <message>
            <source>Create round</source>
            <translation>Créer le tour de scrutin</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <comment>the number of ballot codes to make, shown in a spin box</comment>
            <translation>
                <numerusform>%n code</numerusform>
                <numerusform>%n codes</numerusform>
            </translation>
        </message>
        <message>
            <source>Dots per person</source>
            <translation>Gommettes par personne</translation>
        </message>
        <message>
            <source>Rule of thumb: a third of the %1 candidates, %2.</source>
            <translation>En règle générale : un tiers des %1 options, soit %2.</translation>
        </message>
        <message>
            <source>Points per person</source>
            <translation>Points par personne</translation>
        </message>
        <message>
            <source>Usually %1.</source>
            <translation>Habituellement %1.</translation>
        </message>
        <message>
            <source>The strongest secrecy: the workshop file never learns who held which code, so nothing on this laptop ties a ballot to a person, even if a specialist examines its disk. The codes are shown once, when the round opens: print the slips then, cut them up, let people take one at random. Tick attendance on paper or with Attendance… on the Vote step, before or after the vote, never as people vote.</source>
            <translation>La meilleure protection du secret : le fichier de l'atelier n'enregistre jamais qui détenait quel code, de sorte que rien sur cet ordinateur portable ne relie un bulletin de vote à une personne, même si un spécialiste examine son disque. Les codes ne sont affichés qu'une fois, à l'ouverture du tour de scrutin : imprimez alors les coupons, découpez-les et laissez chaque personne en prendre un au hasard. Cochez la présence sur papier ou avec « Présence… » à l'étape Vote, avant ou après le vote, jamais pendant que les gens votent.</translation>
        </message>
        <message>
            <source>With one ballot per organisation, voters pick their name. Someone who opens the workshop file with this app or with SQLite can't see who cast which ballot, nor in what order. This does not hold against a specialist who recovers old data from the laptop's disk: for that, use anonymous ballot codes with one ballot per person.</source>
            <translation>Avec un bulletin de vote par organisation, les votants choisissent leur nom. Une personne qui ouvre le fichier de l'atelier avec cette application ou avec SQLite ne peut voir ni qui a déposé quel bulletin de vote, ni dans quel ordre. Cette protection ne tient pas face à un spécialiste qui récupère d'anciennes données sur le disque de l'ordinateur portable : dans ce cas, utilisez des codes de bulletin de vote anonymes avec un bulletin de vote par personne.</translation>
        </message>
        <message>
            <source>Convenient. Someone who opens the workshop file with this app or with SQLite can't see who cast which ballot, nor in what order. It does not hold against a specialist who recovers old data from the laptop's disk: where that is a risk, use anonymous ballot codes.</source>
            <translation>Pratique. Une personne qui ouvre le fichier de l'atelier avec cette application ou avec SQLite ne peut voir ni qui a déposé quel bulletin de vote, ni dans quel ordre. Cette protection ne tient pas face à un spécialiste qui récupère d'anciennes données sur le disque de l'ordinateur portable : lorsque ce risque existe, utilisez des codes de bulletin de vote anonymes.</translation>
        </message>
        <message>
            <source>Choose the candidates: the selected recommendations, or all those shown on the Review page.</source>
            <translation>Choisissez les options : les recommandations sélectionnées, ou toutes celles affichées à l'étape Examen.</translation>
        </message>
    </context>
    <context>
        <name>SetPassphraseDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
    </context>
    <context>
        <name>Signature page</name>
        <message>
            <source>Organisation</source>
            <translation>Organisation</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Représentant</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Fonction</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Signature</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Date</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>The organisations below adopted this charter.</source>
            <translation>Les organisations ci-dessous ont adopté la présente charte.</translation>
        </message>
        <message>
            <source>The organisations below endorse this charter.</source>
            <translation>Les organisations ci-dessous adhèrent à la présente charte.</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet export</name>
        <message>
            <source>Themes</source>
            <translation>Thèmes</translation>
        </message>
        <message>
            <source>About</source>
            <translation>À propos</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Produit le</translation>
        </message>
        <message>
            <source>{moment} by UPR Desktop</source>
            <translation>{moment} par UPR Desktop</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Lignes</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <source>Implementation matrix</source>
            <translation>Matrice de mise en œuvre</translation>
        </message>
        <message>
            <source>Priority no.</source>
            <translation>N° de priorité</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Priorité</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Situation</translation>
        </message>
        <message>
            <source>Recommendation reference</source>
            <translation>Référence de la recommandation</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>Texte de la recommandation</translation>
        </message>
        <message>
            <source>Charter</source>
            <translation>Charte</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s): one per priority and recommendation it cites</source>
            <translation>
                <numerusform>%n ligne : une par priorité et par recommandation qu'elle cite</numerusform>
                <numerusform>%n lignes : une par priorité et par recommandation qu'elle cite</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stakeholder submission</name>
        <message>
            <source>the State</source>
            <translation>l'État</translation>
        </message>
        <message>
            <source>Joint stakeholder submission on {country} for the next Universal Periodic Review</source>
            <translation>Communication conjointe des parties prenantes concernant {country} en vue du prochain Examen périodique universel</translation>
        </message>
        <message>
            <source>Stakeholder submission on {country} for the next Universal Periodic Review</source>
            <translation>Communication des parties prenantes concernant {country} en vue du prochain Examen périodique universel</translation>
        </message>
        <message>
            <source>Introduction and methodology</source>
            <translation>Introduction et méthodologie</translation>
        </message>
        <message>
            <source>This submission follows up the recommendations {country} received at its last review ({review}) and the priorities civil society set at the {workshop}.</source>
            <translation>La présente communication porte sur le suivi des recommandations reçues par {country} lors de son dernier examen ({review}) et des priorités fixées par la société civile lors de l'atelier « {workshop} ».</translation>
        </message>
        <message>
            <source>the previous cycle</source>
            <translation>le cycle précédent</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>sans titre</translation>
        </message>
        <message>
            <source>Follow-up of the priorities</source>
            <translation>Suivi des priorités</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>La charte n'a pas encore de priorités.</translation>
        </message>
        <message>
            <source>Recommendations for the next review</source>
            <translation>Recommandations en vue du prochain examen</translation>
        </message>
        <message>
            <source>Word count: {count} of {cap} (joint submission, annexes not counted).</source>
            <translation>Nombre de mots : {count} sur {cap} (communication conjointe, annexes non comprises).</translation>
        </message>
        <message>
            <source>Word count: {count} of {cap} (one organisation, annexes not counted).</source>
            <translation>Nombre de mots : {count} sur {cap} (une seule organisation, annexes non comprises).</translation>
        </message>
        <message>
            <source>Annex: assessment matrix</source>
            <translation>Annexe : matrice d'évaluation</translation>
        </message>
        <message>
            <source>Current status</source>
            <translation>Situation actuelle</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Évaluée le</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Par</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Today, {time}</source>
            <translation>Aujourd'hui, {time}</translation>
        </message>
        <message>
            <source>Yesterday, {time}</source>
            <translation>Hier, {time}</translation>
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation>UPR Desktop</translation>
        </message>
        <message>
            <source>Run a UPR follow-up workshop offline: review recommendations, cluster, vote, and sign an outcome charter.</source>
            <translation>Organisez hors ligne un atelier de suivi de l'EPU : examinez les recommandations, regroupez-les en groupes thématiques, votez et signez une charte finale.</translation>
        </message>
        <message>
            <source>Open the demo workshop</source>
            <translation>Ouvrir l'atelier de démonstration</translation>
        </message>
        <message>
            <source>Explore with illustrative recommendations. It stays as you leave it.</source>
            <translation>Explorez avec des recommandations fictives. L'atelier reste tel que vous le laissez.</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>Nouvel atelier…</translation>
        </message>
        <message>
            <source>Start an empty workshop file, then import the country's recommendations.</source>
            <translation>Créez un fichier d'atelier vide, puis importez les recommandations adressées au pays.</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>Ouvrir un atelier…</translation>
        </message>
        <message>
            <source>Continue a workshop saved on this laptop or a USB stick (.uprw).</source>
            <translation>Reprenez un atelier enregistré sur cet ordinateur portable ou sur une clé USB (.uprw).</translation>
        </message>
        <message>
            <source>Start the demo afresh…</source>
            <translation>Recommencer la démonstration…</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy</source>
            <translation>Remplacer l'atelier de démonstration par une copie neuve</translation>
        </message>
        <message>
            <source>START</source>
            <translation>COMMENCER</translation>
        </message>
        <message>
            <source>RECENT WORKSHOPS</source>
            <translation>ATELIERS RÉCENTS</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>Ateliers récents</translation>
        </message>
        <message>
            <source>Workshops you open or create will be listed here.</source>
            <translation>Les ateliers que vous ouvrez ou créez seront listés ici.</translation>
        </message>
        <message>
            <source>Drop a .uprw workshop or a recommendations file (CSV, XLS/XLSX, DOCX, JSON) here</source>
            <translation>Déposez ici un atelier .uprw ou un fichier de recommandations (CSV, XLS/XLSX, DOCX, JSON)</translation>
        </message>
        <message>
            <source>About UPR Desktop %1</source>
            <translation>À propos d'UPR Desktop %1</translation>
        </message>
        <message>
            <source>The version, where settings and backups are kept, and the licences</source>
            <translation>La version, l'emplacement des paramètres et des sauvegardes, et les licences</translation>
        </message>
        <message>
            <source>Choose the language of the interface:</source>
            <translation>Choisissez la langue de l'interface :</translation>
        </message>
        <message>
            <source>Portable: settings, recent workshops and backups stay beside the app, in “%1”. Nothing is written to this computer.</source>
            <translation>Portable : les paramètres, les ateliers récents et les sauvegardes restent à côté de l'application, dans « %1 ». Rien n'est écrit sur cet ordinateur.</translation>
        </message>
        <message>
            <source>Works without internet. Workshop files stay on this computer unless you copy them.</source>
            <translation>Fonctionne sans Internet. Les fichiers d'atelier restent sur cet ordinateur, sauf si vous les copiez.</translation>
        </message>
    </context>
    <context>
        <name>Tally sheet</name>
        <message>
            <source>Tally of dots</source>
            <translation>Décompte des gommettes</translation>
        </message>
        <message>
            <source>Total dots</source>
            <translation>Total des gommettes</translation>
        </message>
        <message>
            <source>Points as read out</source>
            <translation>Points lus à haute voix</translation>
        </message>
        <message>
            <source>Total points</source>
            <translation>Total des points</translation>
        </message>
        <message>
            <source>Tally of ticks</source>
            <translation>Décompte des coches</translation>
        </message>
        <message>
            <source>Total ticks</source>
            <translation>Total des coches</translation>
        </message>
        <message>
            <source>Scores as read out</source>
            <translation>Notes lues à haute voix</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Somme</translation>
        </message>
        <message>
            <source>Rated by</source>
            <translation>Notée par</translation>
        </message>
        <message>
            <source>Tally of first choices</source>
            <translation>Décompte des premiers choix</translation>
        </message>
        <message>
            <source>First choices</source>
            <translation>Premiers choix</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>Indispensable</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>Souhaitable</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>Possible</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>Exclue</translation>
        </message>
        <message>
            <source>For the people who count the paper ballots; it is not a ballot. Read each ballot aloud, keep the count here, then total each row.</source>
            <translation>À l'intention des personnes chargées du dépouillement des bulletins de vote papier ; ceci n'est pas un bulletin de vote. Lisez chaque bulletin de vote à haute voix, tenez le décompte ici, puis faites le total de chaque ligne.</translation>
        </message>
        <message>
            <source>Ranked ballots are counted by UPR Desktop: type every paper ballot in on the Vote step. This sheet keeps a check of first choices.</source>
            <translation>Les bulletins de vote à classement sont décomptés par UPR Desktop : saisissez chaque bulletin de vote papier à l'étape Vote. Cette feuille permet de vérifier les premiers choix.</translation>
        </message>
        <message>
            <source>Type the paper ballots in on the Vote step as well: this sheet is the check.</source>
            <translation>Saisissez également les bulletins de vote papier à l'étape Vote : cette feuille sert de vérification.</translation>
        </message>
        <message>
            <source>Ballots handed out</source>
            <translation>Bulletins de vote distribués</translation>
        </message>
        <message>
            <source>Ballots returned</source>
            <translation>Bulletins de vote rendus</translation>
        </message>
        <message>
            <source>Blank ballots</source>
            <translation>Bulletins de vote blancs</translation>
        </message>
        <message>
            <source>Spoilt ballots</source>
            <translation>Bulletins de vote nuls</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>Décompté par</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Vérifié par</translation>
        </message>
        <message>
            <source>FOR THE FACILITATOR</source>
            <translation>À L'INTENTION DU FACILITATEUR</translation>
        </message>
        <message>
            <source>Tally sheet: {round}</source>
            <translation>Feuille de dépouillement : {round}</translation>
        </message>
    </context>
    <context>
        <name>Travel copy</name>
        <message>
            <source>Wrote the travel copy to {path}.</source>
            <translation>La copie de voyage a été enregistrée dans {path}.</translation>
        </message>
        <message>
            <source>participants' names, contacts and personal codes</source>
            <translation>noms, coordonnées et codes personnels des participants</translation>
        </message>
        <message>
            <source>authors of comments</source>
            <translation>auteurs des commentaires</translation>
        </message>
        <message>
            <source>confidential evidence and testimony</source>
            <translation>éléments de preuve confidentiels et témoignages</translation>
        </message>
        <message>
            <source>organisations that did not consent to be named</source>
            <translation>organisations n'ayant pas consenti à être nommées</translation>
        </message>
        <message>
            <source>the history of changes (it names people)</source>
            <translation>historique des modifications (il contient des noms de personnes)</translation>
        </message>
        <message>
            <source>recommendations, with their notes (without their authors)</source>
            <translation>recommandations, avec leurs notes (sans leurs auteurs)</translation>
        </message>
        <message>
            <source>clusters</source>
            <translation>groupes thématiques</translation>
        </message>
        <message>
            <source>voting rounds and their results</source>
            <translation>tours de scrutin et leurs résultats</translation>
        </message>
        <message>
            <source>the charter (signatories shown as “Organisation 1”, “Organisation 2”…)</source>
            <translation>charte (signataires présentés sous la forme « Organisation 1 », « Organisation 2 »…)</translation>
        </message>
        <message>
            <source>follow-up assessments and evidence that is neither confidential nor testimony</source>
            <translation>évaluations de suivi et éléments de preuve qui ne sont ni confidentiels ni des témoignages</translation>
        </message>
        <message>
            <source>the workshop's title, country, dates, venue and organisers</source>
            <translation>titre, pays, dates, lieu et organisateurs de l'atelier</translation>
        </message>
        <message>
            <source>Left out of the travel copy:</source>
            <translation>Éléments exclus de la copie de voyage :</translation>
        </message>
        <message>
            <source>Kept:</source>
            <translation>Éléments conservés :</translation>
        </message>
        <message>
            <source>No organisation has recorded consent to be named in this workshop, so every organisation is shown by number.</source>
            <translation>Aucun consentement à être nommée n'a été enregistré pour quelque organisation que ce soit dans cet atelier : chaque organisation est donc désignée par un numéro.</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name for the travel copy.</source>
            <translation>« {name} » existe déjà. Choisissez un autre nom pour la copie de voyage.</translation>
        </message>
        <message>
            <source>The travel copy must be a new file.</source>
            <translation>La copie de voyage doit être un nouveau fichier.</translation>
        </message>
        <message>
            <source>Can't write to “{folder}”. Choose another folder.</source>
            <translation>Impossible d'écrire dans « {folder} ». Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>The travel copy could not be written ({error}). The workshop is unchanged.</source>
            <translation>La copie de voyage n'a pas pu être enregistrée ({error}). L'atelier est inchangé.</translation>
        </message>
    </context>
    <context>
        <name>TravelCopyDialog</name>
        <message>
            <source>Save a travel copy</source>
            <translation>Enregistrer une copie de voyage</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Éléments exclus</translation>
        </message>
        <message>
            <source>Nothing in this workshop identifies people.</source>
            <translation>Rien dans cet atelier ne permet d'identifier des personnes.</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Éléments conservés</translation>
        </message>
        <message>
            <source>As a workshop file (.uprw) that opens in UPR Desktop</source>
            <translation>Sous forme de fichier d'atelier (.uprw), qui s'ouvre dans UPR Desktop</translation>
        </message>
        <message>
            <source>As a PDF of the charter, without the names of the people who signed it (their organisations stay)</source>
            <translation>Sous forme de PDF de la charte, sans les noms des personnes qui l'ont signée (leurs organisations restent mentionnées)</translation>
        </message>
        <message>
            <source>Protect the travel copy with a passphrase of its own</source>
            <translation>Protéger la copie de voyage par sa propre phrase secrète</translation>
        </message>
        <message>
            <source>Worth it even without names: the charter and results still show what the coalition works on.</source>
            <translation>Utile même sans les noms : la charte et les résultats montrent toujours les sujets sur lesquels travaille la coalition.</translation>
        </message>
        <message>
            <source>Save it</source>
            <translation>Format d'enregistrement</translation>
        </message>
        <message>
            <source>Save travel copy…</source>
            <translation>Enregistrer la copie de voyage…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>A copy to carry across a border or hand on: it leaves out what identifies the people who took part. This workshop itself is not changed.</source>
            <translation>Une copie destinée à passer une frontière ou à être transmise : elle exclut ce qui permet d'identifier les personnes qui ont participé. Cet atelier lui-même n'est pas modifié.</translation>
        </message>
        <message>
            <source>{name} (travel copy){suffix}</source>
            <translation>{name} (copie de voyage){suffix}</translation>
        </message>
        <message>
            <source>Save the travel copy</source>
            <translation>Enregistrer la copie de voyage</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Documents PDF (*.pdf)</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>Ateliers UPR Desktop (*.uprw)</translation>
        </message>
        <message>
            <source>Choose another file: the travel copy can't replace the workshop.</source>
            <translation>Choisissez un autre fichier : la copie de voyage ne peut pas remplacer l'atelier.</translation>
        </message>
        <message>
            <source>Set the travel copy's passphrase</source>
            <translation>Définir la phrase secrète de la copie de voyage</translation>
        </message>
        <message>
            <source>“{name}” will be encrypted with it. Give it to whoever will open the copy by another way than the copy itself.</source>
            <translation>« {name} » sera chiffré avec celle-ci. Communiquez-la à la personne qui ouvrira la copie, par un autre canal que celui de la copie elle-même.</translation>
        </message>
        <message>
            <source>Save travel copy</source>
            <translation>Enregistrer la copie de voyage</translation>
        </message>
        <message>
            <source>The travel copy could not be saved: {reason}</source>
            <translation>La copie de voyage n'a pas pu être enregistrée : {reason}</translation>
        </message>
        <message>
            <source>The travel copy was saved to {path}</source>
            <translation>La copie de voyage a été enregistrée dans {path}</translation>
        </message>
    </context>
    <context>
        <name>VotePage</name>
        <message>
            <source>Vote on priorities</source>
            <translation>Voter sur les priorités</translation>
        </message>
        <message>
            <source>Set up a round, open it, and let people vote at this laptop or on paper. Results stay hidden until you close the round.</source>
            <translation>Préparez un tour de scrutin, ouvrez-le et laissez les personnes voter sur cet ordinateur portable ou sur papier. Les résultats restent masqués jusqu'à la clôture du tour de scrutin.</translation>
        </message>
        <message>
            <source>New round</source>
            <translation>Nouveau tour de scrutin</translation>
        </message>
        <message>
            <source>Set up a vote on the recommendations selected or shown on the Review page</source>
            <translation>Préparer un vote sur les recommandations sélectionnées ou affichées à l'étape Examen</translation>
        </message>
        <message>
            <source>Voting rounds</source>
            <translation>Tours de scrutin</translation>
        </message>
        <message>
            <source>ROUNDS</source>
            <translation>TOURS DE SCRUTIN</translation>
        </message>
        <message>
            <source>No voting rounds yet</source>
            <translation>Aucun tour de scrutin pour l'instant</translation>
        </message>
        <message>
            <source>A round puts some recommendations to the vote. First pick them on the Review page: select them, or search and filter the list. Then create a round here, choose how people vote (dots, points, ranking and more), open it, and start the kiosk so that each person votes at this laptop.</source>
            <translation>Un tour de scrutin met certaines recommandations aux voix. Choisissez-les d'abord à l'étape Examen : sélectionnez-les, ou recherchez et filtrez la liste. Créez ensuite un tour de scrutin ici, choisissez comment les personnes votent (gommettes, points, classement, etc.), ouvrez-le et lancez le kiosque pour que chaque personne vote sur cet ordinateur portable.</translation>
        </message>
        <message>
            <source>Go to Review</source>
            <translation>Aller à l'étape Examen</translation>
        </message>
        <message>
            <source>New round…</source>
            <translation>Nouveau tour de scrutin…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Modifier…</translation>
        </message>
        <message>
            <source>Change the title, the rules or the candidates</source>
            <translation>Modifier le titre, les règles ou les options</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <source>Open for voting</source>
            <translation>Ouvrir au vote</translation>
        </message>
        <message>
            <source>People can vote once the round is open</source>
            <translation>Les personnes peuvent voter une fois le tour de scrutin ouvert</translation>
        </message>
        <message>
            <source>Start kiosk…</source>
            <translation>Lancer le kiosque…</translation>
        </message>
        <message>
            <source>Full screen at this laptop: each person picks their name and votes</source>
            <translation>Plein écran sur cet ordinateur portable : chaque personne choisit son nom et vote</translation>
        </message>
        <message>
            <source>Paper ballots…</source>
            <translation>Bulletins de vote papier…</translation>
        </message>
        <message>
            <source>Type in ballots that were filled in on paper</source>
            <translation>Saisir les bulletins de vote remplis sur papier</translation>
        </message>
        <message>
            <source>Wall-chart counts…</source>
            <translation>Décomptes du tableau mural…</translation>
        </message>
        <message>
            <source>Dots counted on a wall chart, per candidate</source>
            <translation>Gommettes comptées sur un tableau mural, par option</translation>
        </message>
        <message>
            <source>Attendance…</source>
            <translation>Présence…</translation>
        </message>
        <message>
            <source>Tick who is present and received a ballot-code slip</source>
            <translation>Cocher les personnes présentes qui ont reçu un coupon portant un code de bulletin de vote</translation>
        </message>
        <message>
            <source>Show on projector</source>
            <translation>Afficher au projecteur</translation>
        </message>
        <message>
            <source>The round and its turnout, large, for the room</source>
            <translation>Le tour de scrutin et sa participation, en grand, pour la salle</translation>
        </message>
        <message>
            <source>Close round…</source>
            <translation>Clore le tour de scrutin…</translation>
        </message>
        <message>
            <source>Stop the voting and count the ballots</source>
            <translation>Arrêter le vote et dépouiller les bulletins de vote</translation>
        </message>
        <message>
            <source>See results</source>
            <translation>Voir les résultats</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Comment</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>Bulletin de vote</translation>
        </message>
        <message>
            <source>Who votes</source>
            <translation>Qui vote</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Règles</translation>
        </message>
        <message>
            <source>Turnout</source>
            <translation>Participation</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Options</translation>
        </message>
        <message>
            <source>One ballot per organisation (%1 organisations with registered participants)</source>
            <translation>Un bulletin de vote par organisation (%1 organisations avec des participants inscrits)</translation>
        </message>
        <message>
            <source>Each participant (%1 registered)</source>
            <translation>Chaque participant (%1 inscrits)</translation>
        </message>
        <message>
            <source>Rules locked: the round is closed.</source>
            <translation>Règles verrouillées : le tour de scrutin est clos.</translation>
        </message>
        <message>
            <source>Rules locked: ballots are in. Method, candidates and budget can no longer change.</source>
            <translation>Règles verrouillées : des bulletins de vote ont été déposés. La méthode, les options et le budget ne peuvent plus changer.</translation>
        </message>
        <message>
            <source>Open the round when the room is ready to vote. Until then you can edit it or delete it.</source>
            <translation>Ouvrez le tour de scrutin quand la salle est prête à voter. D'ici là, vous pouvez le modifier ou le supprimer.</translation>
        </message>
        <message>
            <source>Results stay hidden until you close the round, so no one is swayed by the early count.</source>
            <translation>Les résultats restent masqués jusqu'à la clôture du tour de scrutin, afin que personne ne soit influencé par les premiers décomptes.</translation>
        </message>
        <message>
            <source>The round is closed: the results are on the Results step.</source>
            <translation>Le tour de scrutin est clos : les résultats figurent à l'étape Résultats.</translation>
        </message>
        <message>
            <source>Candidates (%1)</source>
            <translation>Options (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} voted</source>
            <translation>
                <numerusform>%n sur {eligible} a voté</numerusform>
                <numerusform>%n sur {eligible} ont voté</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n at the laptop</source>
            <translation>
                <numerusform>%n sur l'ordinateur portable</numerusform>
                <numerusform>%n sur l'ordinateur portable</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on paper</source>
            <translation>
                <numerusform>%n sur papier</numerusform>
                <numerusform>%n sur papier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on the wall chart</source>
            <translation>
                <numerusform>%n sur le tableau mural</numerusform>
                <numerusform>%n sur le tableau mural</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>%n présent</numerusform>
                <numerusform>%n présents</numerusform>
            </translation>
        </message>
        <message>
            <source>Round saved. Undo with Ctrl+Z.</source>
            <translation>Tour de scrutin enregistré. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>Delete round</source>
            <translation>Supprimer le tour de scrutin</translation>
        </message>
        <message>
            <source>Delete the draft round “%1”? You can undo this with Ctrl+Z.</source>
            <translation>Supprimer le projet de tour de scrutin « %1 » ? Vous pouvez annuler avec Ctrl+Z.</translation>
        </message>
        <message>
            <source>Round deleted. Undo with Ctrl+Z.</source>
            <translation>Tour de scrutin supprimé. Ctrl+Z pour annuler.</translation>
        </message>
        <message>
            <source>“%1” is open for voting. Start the kiosk, or enter paper ballots.</source>
            <translation>« %1 » est ouvert au vote. Lancez le kiosque, ou saisissez les bulletins de vote papier.</translation>
        </message>
        <message>
            <source>Close round</source>
            <translation>Clore le tour de scrutin</translation>
        </message>
        <message>
            <source>Close “%1” and count the ballots? %2.

A closed round never reopens: no one can vote in it afterwards.</source>
            <translation>Clore « %1 » et dépouiller les bulletins de vote ? %2.

Un tour de scrutin clos ne rouvre jamais : personne ne pourra plus y voter.</translation>
        </message>
        <message>
            <source>“%1” is closed. See its results on the Results step.</source>
            <translation>« %1 » est clos. Consultez ses résultats à l'étape Résultats.</translation>
        </message>
        <message>
            <source>The kiosk is running. To leave it, press Facilitator (or Esc) and type the PIN.</source>
            <translation>Le kiosque est en marche. Pour le quitter, appuyez sur Facilitateur (ou Échap) et saisissez le code PIN.</translation>
        </message>
        <message>
            <source>Kiosk closed.</source>
            <translation>Kiosque fermé.</translation>
        </message>
        <message>
            <source>The projector view is not available in this version.</source>
            <translation>L'affichage au projecteur n'est pas disponible dans cette version.</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Ouvert</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>Scrutin secret : personne ne peut voir qui a voté pour quoi</translation>
        </message>
        <message>
            <source>Open ballot: who voted for what is kept, and can be shown once the round closes</source>
            <translation>Scrutin public : qui a voté pour quoi est conservé avec chaque bulletin de vote et peut être affiché après la clôture du tour de scrutin</translation>
        </message>
    </context>
    <context>
        <name>VoteRoundList</name>
        <message numerus="yes">
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>%n option</numerusform>
                <numerusform>%n options</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} voted</source>
            <translation>
                <numerusform>%n sur {eligible} a voté</numerusform>
                <numerusform>%n sur {eligible} ont voté</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} have voted</source>
            <translation>
                <numerusform>%n sur {eligible} a voté</numerusform>
                <numerusform>%n sur {eligible} ont voté</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <source>Draft</source>
            <translation>Projet</translation>
        </message>
        <message>
            <source>Open for voting</source>
            <translation>Ouvert au vote</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Clos</translation>
        </message>
        <message>
            <source>Each participant</source>
            <translation>Chaque participant</translation>
        </message>
        <message>
            <source>One ballot per organisation</source>
            <translation>Un bulletin de vote par organisation</translation>
        </message>
        <message>
            <source>at the laptop</source>
            <translation>sur l'ordinateur portable</translation>
        </message>
        <message>
            <source>on paper</source>
            <translation>sur papier</translation>
        </message>
        <message>
            <source>{voted} of {eligible} have voted</source>
            <translation>{voted} sur {eligible} ont voté</translation>
        </message>
        <message>
            <source>Run-off: {title}</source>
            <translation>Second tour : {title}</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation>Vote par gommettes</translation>
        </message>
        <message>
            <source>100-point voting</source>
            <translation>Vote à 100 points</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Vote par approbation</translation>
        </message>
        <message>
            <source>Score 0–{most}</source>
            <translation>Notes de 0 à {most}</translation>
        </message>
        <message>
            <source>Ranked (Borda)</source>
            <translation>Classement (Borda)</translation>
        </message>
        <message>
            <source>Ranked (Schulze)</source>
            <translation>Classement (Schulze)</translation>
        </message>
        <message>
            <source>MoSCoW</source>
            <translation>MoSCoW</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>Indispensable</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>Souhaitable</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>Possible</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>Exclue</translation>
        </message>
        <message>
            <source>{method}: the number of dots per person is not set yet.</source>
            <translation>{method} : le nombre de gommettes par personne n'est pas encore fixé.</translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n dot(s) each, at most {cap} on one candidate.</source>
            <translation>
                <numerusform>{method} : %n gommette par personne, {cap} au plus sur une même option.</numerusform>
                <numerusform>{method} : %n gommettes par personne, {cap} au plus sur une même option.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n dot(s) each, and any number may go on one candidate.</source>
            <translation>
                <numerusform>{method} : %n gommette par personne, sans limite sur une même option.</numerusform>
                <numerusform>{method} : %n gommettes par personne, sans limite sur une même option.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n point(s) each to share out, at most {cap} on one candidate.</source>
            <translation>
                <numerusform>{method} : %n point à répartir par personne, {cap} au plus sur une même option.</numerusform>
                <numerusform>{method} : %n points à répartir par personne, {cap} au plus sur une même option.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n point(s) each to share out, and any number may go on one candidate.</source>
            <translation>
                <numerusform>{method} : %n point à répartir par personne, sans limite sur une même option.</numerusform>
                <numerusform>{method} : %n points à répartir par personne, sans limite sur une même option.</numerusform>
            </translation>
        </message>
        <message>
            <source>{method}: tick every candidate you support, as many as you like; candidates are ranked by the number of ticks.</source>
            <translation>{method} : cochez chaque option que vous soutenez, autant que vous le souhaitez ; les options sont classées selon le nombre de coches.</translation>
        </message>
        <message>
            <source>{method}: rate any candidate from 0 to {most}; candidates are ranked by the sum of their scores. A candidate left unrated gets no score (not a 0), so its mean is over the people who rated it.</source>
            <translation>{method} : notez de 0 à {most} les options de votre choix ; les options sont classées selon la somme de leurs notes. Une option non notée ne reçoit aucune note (et non un 0) : sa moyenne est donc calculée sur les seules personnes qui l'ont notée.</translation>
        </message>
        <message>
            <source>{method}: rank as many candidates as you like, best first; you may rank some level. A ballot that ranks k candidates gives k points to its first choice, k − 1 to the second, and so on down to 1 point for the last one ranked; unranked candidates get 0. Candidates ranked level share the points of the places they fill: two level in 2nd and 3rd place of 4 get (3 + 2) ÷ 2 = 2.5 each. Candidates are ranked by their points.</source>
            <translation>{method} : classez autant d'options que vous le souhaitez, la meilleure en premier ; vous pouvez en classer certaines ex aequo. Un bulletin de vote qui classe k options donne k points à son premier choix, k − 1 au deuxième, et ainsi de suite jusqu'à 1 point pour la dernière classée ; les options non classées obtiennent 0. Les options classées ex aequo se partagent les points des places qu'elles occupent : deux options ex aequo aux 2e et 3e places sur 4 obtiennent chacune (3 + 2) ÷ 2 = 2,5. Les options sont classées selon leurs points.</translation>
        </message>
        <message>
            <source>{method}: rank as many candidates as you like, best first; you may rank some level, and unranked candidates count as level below every ranked one. X beats Y when the strongest chain of head-to-head wins from X to Y is stronger than the strongest chain from Y to X. A chain is as strong as its weakest win; a win is stronger when more ballots back it, or as many back it and fewer oppose it. First place goes to every candidate no one beats; then the same among the rest, and so on. Candidates sharing a place do not beat each other; the beatpath wins shown are not used to separate them.</source>
            <translation>{method} : classez autant d'options que vous le souhaitez, la meilleure en premier ; vous pouvez en classer certaines ex aequo, et les options non classées sont considérées comme ex aequo derrière toutes les options classées. X l'emporte sur Y lorsque la plus forte chaîne de victoires en face-à-face de X vers Y est plus forte que la plus forte chaîne de Y vers X. Une chaîne n'est pas plus forte que sa victoire la plus faible ; une victoire est plus forte lorsqu'un plus grand nombre de bulletins de vote la soutiennent, ou lorsqu'autant la soutiennent et que moins s'y opposent. La première place revient à toutes les options sur lesquelles aucune autre ne l'emporte ; puis de même parmi les options restantes, et ainsi de suite. Les options qui partagent une place ne l'emportent pas les unes sur les autres ; les victoires par chemin le plus fort affichées ne servent pas à les départager.</translation>
        </message>
        <message>
            <source>{method}: mark each candidate Must, Should, Could or Won't; candidates are ranked by points (Must 3, Should 2, Could 1, Won't 0).</source>
            <translation>{method} : marquez chaque option comme Indispensable, Souhaitable, Possible ou Exclue ; les options sont classées selon leurs points (Indispensable 3, Souhaitable 2, Possible 1, Exclue 0).</translation>
        </message>
        <message>
            <source>This round's voting method ({value!r}) is not one this version knows. Choose the method again.</source>
            <translation>La méthode de vote de ce tour de scrutin ({value!r}) n'est pas connue de cette version. Choisissez de nouveau la méthode.</translation>
        </message>
        <message>
            <source>Dot voting needs a number of dots per person. Set it before opening the round.</source>
            <translation>Le vote par gommettes nécessite un nombre de gommettes par personne. Fixez-le avant d'ouvrir le tour de scrutin.</translation>
        </message>
        <message>
            <source>Each person needs at least 1 dot, as a whole number; the round says {dots}. Set the dots per person to 1 or more.</source>
            <translation>Chaque personne doit disposer d'au moins 1 gommette, en nombre entier ; le tour de scrutin indique {dots}. Fixez le nombre de gommettes par personne à 1 ou plus.</translation>
        </message>
        <message>
            <source>The points budget must be a whole number of at least 1; the round says {points}. Set it to {default}, or another number of 1 or more.</source>
            <translation>Le budget de points doit être un nombre entier égal ou supérieur à 1 ; le tour de scrutin indique {points}. Fixez-le à {default}, ou à un autre nombre égal ou supérieur à 1.</translation>
        </message>
        <message>
            <source>A limit per candidate only applies to dot voting and 100-point voting. Clear it for {method}.</source>
            <translation>Une limite par option ne s'applique qu'au vote par gommettes et au vote à 100 points. Supprimez-la pour la méthode {method}.</translation>
        </message>
        <message>
            <source>The most on one candidate must be a whole number of at least 1; the round says {cap}. Raise it, or clear it to allow any amount.</source>
            <translation>Le maximum sur une même option doit être un nombre entier égal ou supérieur à 1 ; le tour de scrutin indique {cap}. Augmentez-le, ou supprimez-le pour autoriser n'importe quelle quantité.</translation>
        </message>
        <message numerus="yes">
            <source>The most on one candidate ({cap}) is more than each person's %n dot(s). Lower it to {budget} or less, or clear it.</source>
            <translation>
                <numerusform>Le maximum sur une même option ({cap}) dépasse la %n gommette dont dispose chaque personne. Abaissez-le à {budget} ou moins, ou supprimez-le.</numerusform>
                <numerusform>Le maximum sur une même option ({cap}) dépasse les %n gommettes dont dispose chaque personne. Abaissez-le à {budget} ou moins, ou supprimez-le.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The most on one candidate ({cap}) is more than each person's %n point(s). Lower it to {budget} or less, or clear it.</source>
            <translation>
                <numerusform>Le maximum sur une même option ({cap}) dépasse le %n point dont dispose chaque personne. Abaissez-le à {budget} ou moins, ou supprimez-le.</numerusform>
                <numerusform>Le maximum sur une même option ({cap}) dépasse les %n points dont dispose chaque personne. Abaissez-le à {budget} ou moins, ou supprimez-le.</numerusform>
            </translation>
        </message>
        <message>
            <source>A vote needs at least 2 candidates; this round has {count}. Add candidates before opening it.</source>
            <translation>Un vote nécessite au moins 2 options ; ce tour de scrutin en compte {count}. Ajoutez des options avant de l'ouvrir.</translation>
        </message>
        <message>
            <source>A ranked vote works on a shortlist of at most {most} candidates; this round has {count}. Shortlist first (for example with a dot-voting round), or use dot, approval or score voting.</source>
            <translation>Un vote par classement porte sur une liste restreinte de {most} options au plus ; ce tour de scrutin en compte {count}. Établissez d'abord une liste restreinte (par exemple au moyen d'un tour de vote par gommettes), ou utilisez le vote par gommettes, par approbation ou par notes.</translation>
        </message>
        <message>
            <source>For dot voting, give the number of dots on each candidate.</source>
            <translation>Pour le vote par gommettes, indiquez le nombre de gommettes sur chaque option.</translation>
        </message>
        <message>
            <source>For 100-point voting, give the number of points on each candidate.</source>
            <translation>Pour le vote à 100 points, indiquez le nombre de points sur chaque option.</translation>
        </message>
        <message>
            <source>For approval voting, give the list of candidates ticked.</source>
            <translation>Pour le vote par approbation, indiquez la liste des options cochées.</translation>
        </message>
        <message>
            <source>For score voting, give a score from 0 to {most} for each candidate rated.</source>
            <translation>Pour le vote par notes, indiquez une note de 0 à {most} pour chaque option notée.</translation>
        </message>
        <message>
            <source>For a ranked vote, give the candidates in order, best first. Put candidates you rank level together in a list of their own.</source>
            <translation>Pour un vote par classement, indiquez les options dans l'ordre, la meilleure en premier. Regroupez dans une liste à part les options que vous classez ex aequo.</translation>
        </message>
        <message>
            <source>For MoSCoW, give Must, Should, Could or Won't for each candidate classified.</source>
            <translation>Pour la méthode MoSCoW, indiquez Indispensable, Souhaitable, Possible ou Exclue pour chaque option classée.</translation>
        </message>
        <message>
            <source>“{key}” is not a candidate in this round. Remove it from the ballot.</source>
            <translation>« {key} » n'est pas une option de ce tour de scrutin. Retirez-la du bulletin de vote.</translation>
        </message>
        <message>
            <source>{candidate} is not a candidate in this round. Remove it from the ballot.</source>
            <translation>{candidate} n'est pas une option de ce tour de scrutin. Retirez-la du bulletin de vote.</translation>
        </message>
        <message>
            <source>A group of candidates ranked level holds candidates only, not another group. {hint}</source>
            <translation>Un groupe d'options classées ex aequo ne contient que des options, et non un autre groupe. {hint}</translation>
        </message>
        <message>
            <source>{candidate} is ranked twice. Rank each candidate once at most.</source>
            <translation>{candidate} est classée deux fois. Classez chaque option une fois au plus.</translation>
        </message>
        <message numerus="yes">
            <source>{candidate} is ranked %n times. Rank each candidate once at most.</source>
            <translation>
                <numerusform>{candidate} est classée %n fois. Classez chaque option une fois au plus.</numerusform>
                <numerusform>{candidate} est classée %n fois. Classez chaque option une fois au plus.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{value}” is not a MoSCoW choice (for {candidate}). Use Must, Should, Could or Won't.</source>
            <translation>« {value} » n'est pas un choix MoSCoW (pour {candidate}). Utilisez Indispensable, Souhaitable, Possible ou Exclue.</translation>
        </message>
        <message>
            <source>Scores run from 0 to {score_max}: {candidate} has {n}. Give a score from 0 to {score_max}, or leave it unrated.</source>
            <translation>Les notes vont de 0 à {score_max} : {candidate} a obtenu {n}. Indiquez une note de 0 à {score_max}, ou laissez l'option non notée.</translation>
        </message>
        <message>
            <source>This ballot puts {count} on {candidate}; the most on one candidate is {cap}. Take {number} off.</source>
            <translation>Ce bulletin de vote attribue {count} à {candidate} ; le maximum sur une même option est de {cap}. Retirez-en {number}.</translation>
        </message>
        <message>
            <source>This ballot gives {count}; each person has {budget}. Take {number} off.</source>
            <translation>Ce bulletin de vote attribue {count} ; chaque personne dispose de {budget}. Retirez-en {number}.</translation>
        </message>
        <message>
            <source>{candidate} has “{value}”, which is not a number. Give a whole number.</source>
            <translation>{candidate} a obtenu « {value} », qui n'est pas un nombre. Indiquez un nombre entier.</translation>
        </message>
        <message>
            <source>Dots are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>Les gommettes se comptent en nombres entiers : {candidate} en a {value:g}. Indiquez un nombre entier.</translation>
        </message>
        <message>
            <source>Points are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>Les points se comptent en nombres entiers : {candidate} en a {value:g}. Indiquez un nombre entier.</translation>
        </message>
        <message>
            <source>Scores are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>Les notes sont des nombres entiers : {candidate} a obtenu {value:g}. Indiquez un nombre entier.</translation>
        </message>
        <message>
            <source>{candidate} has {value}; a ballot cannot give a negative number. Use 0 or more.</source>
            <translation>{candidate} a obtenu {value} ; un bulletin de vote ne peut pas attribuer un nombre négatif. Indiquez 0 ou plus.</translation>
        </message>
        <message>
            <source>Candidate {dup} is listed twice in this round. Remove the repeat, then count again.</source>
            <translation>L'option {dup} figure deux fois dans ce tour de scrutin. Supprimez le doublon, puis recomptez.</translation>
        </message>
        <message>
            <source>Wall-chart counts only apply to dot voting and 100-point voting; this round uses {label}. Enter the paper ballots one by one instead.</source>
            <translation>Les décomptes du tableau mural ne s'appliquent qu'au vote par gommettes et au vote à 100 points ; ce tour de scrutin utilise la méthode {label}. Saisissez plutôt les bulletins de vote papier un par un.</translation>
        </message>
        <message>
            <source>The wall chart has a count for candidate {c}, which is not in this round. Remove that count.</source>
            <translation>Le tableau mural comporte un décompte pour l'option {c}, qui ne fait pas partie de ce tour de scrutin. Supprimez ce décompte.</translation>
        </message>
        <message>
            <source>The wall-chart count for candidate {c} is {n}. Counts are whole numbers, 0 or more.</source>
            <translation>Le décompte du tableau mural pour l'option {c} est de {n}. Les décomptes sont des nombres entiers, égaux ou supérieurs à 0.</translation>
        </message>
        <message>
            <source>A ballot names candidate {candidate!r}, which is not in this round. Restore the candidate or remove the ballot, then count again.</source>
            <translation>Un bulletin de vote désigne l'option {candidate!r}, qui ne fait pas partie de ce tour de scrutin. Rétablissez l'option ou supprimez le bulletin de vote, puis recomptez.</translation>
        </message>
        <message>
            <source>A ballot has “{word}” for candidate {c}, which is not a MoSCoW choice. Correct the ballot, then count again.</source>
            <translation>Un bulletin de vote porte « {word} » pour l'option {c}, ce qui n'est pas un choix MoSCoW. Corrigez le bulletin de vote, puis recomptez.</translation>
        </message>
        <message>
            <source>The Schulze count found a cycle of wins, which the method rules out. Report this with the workshop file.</source>
            <translation>Le décompte selon la méthode Schulze a trouvé un cycle de victoires, ce que la méthode exclut. Signalez-le en joignant le fichier de l'atelier.</translation>
        </message>
        <message>
            <source>{number} {unit}</source>
            <comment>a fraction of a unit, e.g. 2.5 Borda points</comment>
            <translation>{number} {unit}</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n gommette</numerusform>
                <numerusform>%n gommettes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approval(s)</source>
            <translation>
                <numerusform>%n approbation</numerusform>
                <numerusform>%n approbations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Borda point(s)</source>
            <translation>
                <numerusform>%n point Borda</numerusform>
                <numerusform>%n points Borda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beatpath win(s)</source>
            <translation>
                <numerusform>%n victoire par chemin le plus fort</numerusform>
                <numerusform>%n victoires par chemin le plus fort</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MoSCoW point(s)</source>
            <translation>
                <numerusform>%n point MoSCoW</numerusform>
                <numerusform>%n points MoSCoW</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n point</numerusform>
                <numerusform>%n points</numerusform>
            </translation>
        </message>
        <message>
            <source>dots</source>
            <translation>gommettes</translation>
        </message>
        <message>
            <source>approvals</source>
            <translation>approbations</translation>
        </message>
        <message>
            <source>Borda points</source>
            <translation>points Borda</translation>
        </message>
        <message>
            <source>beatpath wins</source>
            <translation>victoires par chemin le plus fort</translation>
        </message>
        <message>
            <source>MoSCoW points</source>
            <translation>points MoSCoW</translation>
        </message>
        <message>
            <source>points</source>
            <translation>points</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>the ordinal 1 in “1st choice”</comment>
            <translation>{n}er</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>an ordinal choice: 4th, 11th, 13th, 20th choice</comment>
            <translation>{n}e</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>an ordinal choice ending in 1, not 1 or 11: 21st choice</comment>
            <translation>{n}e</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <comment>an ordinal choice ending in 2: 2nd, 22nd choice</comment>
            <translation>{n}e</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <comment>an ordinal choice ending in 3: 3rd, 23rd choice</comment>
            <translation>{n}e</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>the ordinal 1 in “1st place”</comment>
            <translation>{n}re</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>an ordinal place: 4th, 11th, 13th, 20th place</comment>
            <translation>{n}e</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>an ordinal place ending in 1, not 1 or 11: 21st place</comment>
            <translation>{n}e</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <comment>an ordinal place ending in 2: 2nd, 22nd place</comment>
            <translation>{n}e</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <comment>an ordinal place ending in 3: 3rd, 23rd place</comment>
            <translation>{n}e</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n others</source>
            <translation>
                <numerusform>{names} et %n autre</numerusform>
                <numerusform>{names} et %n autres</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} share {place} place: none of them beats another on the strongest chain of head-to-head wins. No tie-break is applied: hold a run-off to separate them.</source>
            <translation>{names} se partagent la {place} place : aucune ne l'emporte sur une autre selon la plus forte chaîne de victoires en face-à-face. Aucun départage n'est appliqué : organisez un second tour pour les départager.</translation>
        </message>
        <message>
            <source>{names} got no {unit}; they share {place} place.</source>
            <translation>{names} n'ont rien obtenu ({unit}) ; elles se partagent la {place} place.</translation>
        </message>
        <message>
            <source>{names} are tied for {place} place with {amount} each. No tie-break is applied: hold a run-off to separate them.</source>
            <translation>{names} sont à égalité à la {place} place avec {amount} chacune. Aucun départage n'est appliqué : organisez un second tour pour les départager.</translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are exactly level head to head: %n ballot(s) put {higher} higher and %n put {lower} higher. {higher} ranks above only on Borda points. Between these two it is a tie: hold a run-off to separate them.</source>
            <translation>
                <numerusform>{higher} et {lower} sont exactement à égalité en face-à-face : %n bulletin de vote place {higher} devant et %n place {lower} devant. {higher} n'est classée au-dessus que grâce aux points Borda. Entre ces deux options, il y a égalité : organisez un second tour pour les départager.</numerusform>
                <numerusform>{higher} et {lower} sont exactement à égalité en face-à-face : %n bulletins de vote placent {higher} devant et %n placent {lower} devant. {higher} n'est classée au-dessus que grâce aux points Borda. Entre ces deux options, il y a égalité : organisez un second tour pour les départager.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are exactly level head to head: %n ballot(s) put {higher} higher and %n put {lower} higher. {higher} ranks above only because of how each fares against other candidates. Between these two it is a tie: hold a run-off to separate them.</source>
            <translation>
                <numerusform>{higher} et {lower} sont exactement à égalité en face-à-face : %n bulletin de vote place {higher} devant et %n place {lower} devant. {higher} n'est classée au-dessus qu'en raison des résultats de chacune face aux autres options. Entre ces deux options, il y a égalité : organisez un second tour pour les départager.</numerusform>
                <numerusform>{higher} et {lower} sont exactement à égalité en face-à-face : %n bulletins de vote placent {higher} devant et %n placent {lower} devant. {higher} n'est classée au-dessus qu'en raison des résultats de chacune face aux autres options. Entre ces deux options, il y a égalité : organisez un second tour pour les départager.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are nearly level head to head: %n ballot(s) put {higher} higher, {under} put {lower} higher. Consider a run-off.</source>
            <translation>
                <numerusform>{higher} et {lower} sont presque à égalité en face-à-face : %n bulletin de vote place {higher} devant, contre {under} pour {lower}. Envisagez un second tour.</numerusform>
                <numerusform>{higher} et {lower} sont presque à égalité en face-à-face : %n bulletins de vote placent {higher} devant, contre {under} pour {lower}. Envisagez un second tour.</numerusform>
            </translation>
        </message>
        <message>
            <source>{higher} ({higher_amount}) and {lower} ({lower_amount}) are within {margin} of each other: a tie in practice. Consider a run-off.</source>
            <translation>{higher} ({higher_amount}) et {lower} ({lower_amount}) sont à moins de {margin} l'une de l'autre : il s'agit en pratique d'une égalité. Envisagez un second tour.</translation>
        </message>
        <message>
            <source>There is no voting round {round_id} in this workshop.</source>
            <translation>Il n'existe pas de tour de scrutin {round_id} dans cet atelier.</translation>
        </message>
        <message>
            <source>{label} is not registered with an organisation, and this round takes one ballot per organisation.</source>
            <translation>{label} n'est inscrit auprès d'aucune organisation, et ce tour de scrutin prévoit un bulletin de vote par organisation.</translation>
        </message>
        <message>
            <source>{label} has already voted in “{title}”. Each person votes once.</source>
            <translation>{label} a déjà voté dans « {title} ». Chaque personne ne vote qu'une fois.</translation>
        </message>
        <message>
            <source>{organisation} has already voted in “{title}”. Each organisation votes once.</source>
            <translation>{organisation} a déjà voté dans « {title} ». Chaque organisation ne vote qu'une fois.</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet. Results show once it has been opened and closed.</source>
            <translation>« {title} » n'a pas encore été ouvert au vote. Les résultats s'affichent une fois le tour de scrutin ouvert puis clos.</translation>
        </message>
        <message>
            <source>Results of “{title}” show when the round closes. So far {sentence}.</source>
            <translation>Les résultats de « {title} » s'afficheront à la clôture du tour de scrutin. À ce stade : {sentence}.</translation>
        </message>
        <message>
            <source>This round is secret: ballots are not linked to anyone.</source>
            <translation>Ce tour de scrutin est secret : les bulletins de vote ne sont liés à personne.</translation>
        </message>
        <message>
            <source>Ballots show when the round closes.</source>
            <translation>Les bulletins de vote s'affichent à la clôture du tour de scrutin.</translation>
        </message>
        <message>
            <source>{missing_count} of the chosen recommendations are no longer in the workshop.</source>
            <translation>{missing_count} des recommandations choisies ne figurent plus dans l'atelier.</translation>
        </message>
        <message>
            <source>The round needs a title.</source>
            <translation>Le tour de scrutin doit avoir un titre.</translation>
        </message>
        <message>
            <source>The title is too long (at most {title_max} characters).</source>
            <translation>Le titre est trop long ({title_max} caractères au plus).</translation>
        </message>
        <message>
            <source>Create voting round “{title}”</source>
            <translation>Créer le tour de scrutin « {title} »</translation>
        </message>
        <message>
            <source>Anonymous ballot codes are for secret rounds. Make the round secret.</source>
            <translation>Les codes de bulletin de vote anonymes sont réservés aux tours de scrutin secrets. Rendez le tour de scrutin secret.</translation>
        </message>
        <message>
            <source>Anonymous ballot codes can't tell organisations apart: a round with one ballot per organisation uses secret ballots by name.</source>
            <translation>Les codes de bulletin de vote anonymes ne permettent pas de distinguer les organisations : un tour de scrutin à un bulletin de vote par organisation se déroule au scrutin secret, chaque organisation votant en choisissant son nom.</translation>
        </message>
        <message>
            <source>The number of ballot codes must be between 1 and {max_codes}.</source>
            <translation>Le nombre de codes de bulletin de vote doit être compris entre 1 et {max_codes}.</translation>
        </message>
        <message>
            <source>The rules of “{title}” are locked: ballots are in. Method, candidates and budget can no longer change. Create a new round instead.</source>
            <translation>Les règles de « {title} » sont verrouillées : des bulletins de vote ont été déposés. La méthode, les options et le budget ne peuvent plus être modifiés. Créez plutôt un nouveau tour de scrutin.</translation>
        </message>
        <message>
            <source>“{title}” is open: its ballot codes were made when it opened, so whether it uses codes, and how many, can no longer change. Create a new round instead.</source>
            <translation>« {title} » est ouvert : ses codes de bulletin de vote ont été créés à son ouverture ; l'utilisation de codes et leur nombre ne peuvent donc plus être modifiés. Créez plutôt un nouveau tour de scrutin.</translation>
        </message>
        <message>
            <source>Edit voting round “{new_title}”</source>
            <translation>Modifier le tour de scrutin « {new_title} »</translation>
        </message>
        <message>
            <source>The rules of “{title}” are locked: ballots are in, so this step can no longer be undone.</source>
            <translation>Les règles de « {title} » sont verrouillées : des bulletins de vote ont été déposés ; cette opération ne peut donc plus être annulée.</translation>
        </message>
        <message>
            <source>Delete voting round “{title}”</source>
            <translation>Supprimer le tour de scrutin « {title} »</translation>
        </message>
        <message>
            <source>“{title}” has been opened for voting, so it stays in the workshop's record.</source>
            <translation>« {title} » a été ouvert au vote : il reste donc consigné dans les archives de l'atelier.</translation>
        </message>
        <message>
            <source>A run-off follows a closed round; “{title}” is not closed yet.</source>
            <translation>Un second tour fait suite à un tour de scrutin clos ; « {title} » n'est pas encore clos.</translation>
        </message>
        <message>
            <source>A run-off needs at least two of this round's candidates.</source>
            <translation>Un second tour nécessite au moins deux des options de ce tour de scrutin.</translation>
        </message>
        <message>
            <source>Someone ticked present is not registered for this round. Refresh the list and tick again.</source>
            <translation>Une personne cochée comme présente n'est pas inscrite pour ce tour de scrutin. Actualisez la liste et cochez de nouveau.</translation>
        </message>
        <message>
            <source>Attendance for “{title}”</source>
            <translation>Présence pour « {title} »</translation>
        </message>
        <message>
            <source>“{title}” does not use anonymous ballot codes: the “has voted” record already says who took part.</source>
            <translation>« {title} » n'utilise pas de codes de bulletin de vote anonymes : la mention « a voté » indique déjà qui a participé.</translation>
        </message>
        <message>
            <source>“{title}” is closed. A closed round never reopens; create a run-off or a new round instead.</source>
            <translation>« {title} » est clos. Un tour de scrutin clos n'est jamais rouvert ; créez plutôt un second tour ou un nouveau tour de scrutin.</translation>
        </message>
        <message>
            <source>No organisations are registered yet. Register participants first.</source>
            <translation>Aucune organisation n'est encore inscrite. Inscrivez d'abord les participants.</translation>
        </message>
        <message>
            <source>No participants are registered yet. Register participants first.</source>
            <translation>Aucun participant n'est encore inscrit. Inscrivez d'abord les participants.</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet.</source>
            <translation>« {title} » n'a pas encore été ouvert au vote.</translation>
        </message>
        <message>
            <source>There is no participant {participant_id} in this workshop.</source>
            <translation>Il n'existe pas de participant {participant_id} dans cet atelier.</translation>
        </message>
        <message>
            <source>“{title}” is closed: it takes no more ballots.</source>
            <translation>« {title} » est clos : il n'accepte plus de bulletins de vote.</translation>
        </message>
        <message>
            <source>“{title}” is not open for voting yet.</source>
            <translation>« {title} » n'est pas encore ouvert au vote.</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: a ballot is cast with a code, never under a name.</source>
            <translation>« {title} » utilise des codes de bulletin de vote anonymes : un bulletin de vote est déposé avec un code, jamais sous un nom.</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes: voters pick their name.</source>
            <translation>« {title} » n'utilise pas de codes de bulletin de vote : les votants choisissent leur nom.</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes.</source>
            <translation>« {title} » n'utilise pas de codes de bulletin de vote.</translation>
        </message>
        <message>
            <source>“{title}” is not open: its ballot codes are made when it opens.</source>
            <translation>« {title} » n'est pas ouvert : ses codes de bulletin de vote sont créés à son ouverture.</translation>
        </message>
        <message>
            <source>Code {n} ({code}) is not an unused ballot code of “{title}”.</source>
            <translation>Le code {n} ({code}) n'est pas un code de bulletin de vote inutilisé de « {title} ».</translation>
        </message>
        <message>
            <source>Another program has this workshop open{who}. A secret ballot is recorded only when no other program is reading the file. Close it there and cast the ballot again; nothing was recorded.</source>
            <translation>Un autre programme a ouvert cet atelier{who}. Lors d'un scrutin secret, un bulletin de vote n'est enregistré que lorsqu'aucun autre programme ne lit le fichier. Fermez-le dans cet autre programme et votez de nouveau ; rien n'a été enregistré.</translation>
        </message>
        <message>
            <source>Wall-chart counts are for dot or point voting. Type in paper ballots instead.</source>
            <translation>Les décomptes du tableau mural sont réservés au vote par gommettes ou par points. Saisissez plutôt les bulletins de vote papier.</translation>
        </message>
        <message>
            <source>Candidate {cand} is not in this round.</source>
            <translation>L'option {cand} ne fait pas partie de ce tour de scrutin.</translation>
        </message>
        <message>
            <source>The count for {known} must be a whole number, 0 or more.</source>
            <translation>Le décompte pour {known} doit être un nombre entier, égal ou supérieur à 0.</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: nobody is marked by name. Enter the wall-chart counts without naming who placed them.</source>
            <translation>« {title} » utilise des codes de bulletin de vote anonymes : personne n'est désigné par son nom. Saisissez les décomptes du tableau mural sans nommer les personnes qui ont placé les gommettes.</translation>
        </message>
        <message>
            <source>This ballot code is not valid for this round, or it has been used already. Check it, or ask the facilitator for a new slip.</source>
            <translation>Ce code de bulletin de vote n'est pas valable pour ce tour de scrutin, ou il a déjà été utilisé. Vérifiez-le, ou demandez un nouveau coupon au facilitateur.</translation>
        </message>
        <message numerus="yes">
            <source>The wall chart has %n dot(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>Le tableau mural compte %n gommette, soit plus que les {most} que l'ensemble des inscrits pouvaient placer. Vérifiez le décompte (un zéro de trop ?) et saisissez-le de nouveau.</numerusform>
                <numerusform>Le tableau mural compte %n gommettes, soit plus que les {most} que l'ensemble des inscrits pouvaient placer. Vérifiez le décompte (un zéro de trop ?) et saisissez-le de nouveau.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The wall chart has %n point(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>Le tableau mural compte %n point, soit plus que les {most} que l'ensemble des inscrits pouvaient placer. Vérifiez le décompte (un zéro de trop ?) et saisissez-le de nouveau.</numerusform>
                <numerusform>Le tableau mural compte %n points, soit plus que les {most} que l'ensemble des inscrits pouvaient placer. Vérifiez le décompte (un zéro de trop ?) et saisissez-le de nouveau.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{candidate} has %n dot(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>{candidate} a %n gommette, soit plus que les {most} que l'ensemble des inscrits pouvaient placer. Vérifiez le décompte (un zéro de trop ?) et saisissez-le de nouveau.</numerusform>
                <numerusform>{candidate} a %n gommettes, soit plus que les {most} que l'ensemble des inscrits pouvaient placer. Vérifiez le décompte (un zéro de trop ?) et saisissez-le de nouveau.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{candidate} has %n point(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>{candidate} a %n point, soit plus que les {most} que l'ensemble des inscrits pouvaient placer. Vérifiez le décompte (un zéro de trop ?) et saisissez-le de nouveau.</numerusform>
                <numerusform>{candidate} a %n points, soit plus que les {most} que l'ensemble des inscrits pouvaient placer. Vérifiez le décompte (un zéro de trop ?) et saisissez-le de nouveau.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Voting methods</name>
        <message>
            <source>Dot voting</source>
            <translation>Vote par gommettes</translation>
        </message>
        <message>
            <source>100-point voting</source>
            <translation>Vote à 100 points</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Vote par approbation</translation>
        </message>
        <message>
            <source>Score 0–{top}</source>
            <translation>Notes de 0 à {top}</translation>
        </message>
        <message>
            <source>Ranked (Borda)</source>
            <translation>Classement (Borda)</translation>
        </message>
        <message>
            <source>Ranked (Schulze)</source>
            <translation>Classement (Schulze)</translation>
        </message>
        <message>
            <source>MoSCoW</source>
            <translation>MoSCoW</translation>
        </message>
    </context>
    <context>
        <name>WallChartDialog</name>
        <message>
            <source>Wall-chart counts: %1</source>
            <translation>Décomptes du tableau mural : %1</translation>
        </message>
        <message>
            <source>Enter wall-chart counts</source>
            <translation>Saisir les décomptes du tableau mural</translation>
        </message>
        <message>
            <source>Type how many dots each candidate got on the wall chart; counts entered before are shown, to correct or complete. Tick the people who voted on the wall, so they can't also vote at the laptop.</source>
            <translation>Saisissez le nombre de gommettes obtenues par chaque option sur le tableau mural ; les décomptes saisis auparavant sont affichés, pour être corrigés ou complétés. Cochez les personnes qui ont voté sur le tableau mural, afin qu'elles ne puissent pas voter aussi sur l'ordinateur portable.</translation>
        </message>
        <message>
            <source>Type how many points each candidate got on the wall chart; counts entered before are shown, to correct or complete. Tick the people who voted on the wall, so they can't also vote at the laptop.</source>
            <translation>Saisissez le nombre de points obtenus par chaque option sur le tableau mural ; les décomptes saisis auparavant sont affichés, pour être corrigés ou complétés. Cochez les personnes qui ont voté sur le tableau mural, afin qu'elles ne puissent pas voter aussi sur l'ordinateur portable.</translation>
        </message>
        <message>
            <source>Counts per candidate</source>
            <translation>Décomptes par option</translation>
        </message>
        <message>
            <source>Who voted on the wall</source>
            <translation>Qui a voté au tableau mural</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>Save wall-chart counts</source>
            <translation>Enregistrer les décomptes du tableau mural</translation>
        </message>
        <message>
            <source>1 person ticked</source>
            <translation>1 personne cochée</translation>
        </message>
        <message numerus="yes">
            <source>%n people ticked</source>
            <translation>
                <numerusform>%n personne cochée</numerusform>
                <numerusform>%n personnes cochées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On the wall: %n dot(s)</source>
            <translation>
                <numerusform>Sur le tableau mural : %n gommette</numerusform>
                <numerusform>Sur le tableau mural : %n gommettes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On the wall: %n point(s)</source>
            <translation>
                <numerusform>Sur le tableau mural : %n point</numerusform>
                <numerusform>Sur le tableau mural : %n points</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WallCountModel</name>
        <message>
            <source>No.</source>
            <translation>N°</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Recommandation</translation>
        </message>
        <message>
            <source>Dots on the wall</source>
            <translation>Gommettes au tableau mural</translation>
        </message>
    </context>
    <context>
        <name>Word export</name>
        <message>
            <source>Organised by: {organisers}</source>
            <translation>Organisé par : {organisers}</translation>
        </message>
        <message>
            <source>Untitled priority</source>
            <translation>Priorité sans titre</translation>
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Groupe thématique</translation>
        </message>
        <message>
            <source>{label}:</source>
            <comment>a label before its value</comment>
            <translation>{label} :</translation>
        </message>
        <message>
            <source>(this recommendation was deleted)</source>
            <translation>(cette recommandation a été supprimée)</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Added {count}.</source>
            <translation>Recommandations ajoutées : {count}.</translation>
        </message>
        <message>
            <source>1 was already in the workshop and was not added again.</source>
            <translation>1 recommandation figurait déjà dans l'atelier et n'a pas été ajoutée de nouveau.</translation>
        </message>
        <message>
            <source>Choose a different file name for the copy.</source>
            <translation>Choisissez un autre nom de fichier pour la copie.</translation>
        </message>
        <message>
            <source>Can't write to “{parent}”: the folder is read-only. Choose another folder.</source>
            <translation>Impossible d'écrire dans « {parent} » : le dossier est en lecture seule. Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>The copy could not be written to “{target}”: {error}. The workshop is unchanged.</source>
            <translation>La copie n'a pas pu être écrite dans « {target} » : {error}. L'atelier n'est pas modifié.</translation>
        </message>
        <message>
            <source>Edit workshop details</source>
            <translation>Modifier les informations de l'atelier</translation>
        </message>
        <message>
            <source>The same recommendation, from the same State(s), is already in the workshop.</source>
            <translation>La même recommandation, formulée par le ou les mêmes États, figure déjà dans l'atelier.</translation>
        </message>
        <message>
            <source>Add recommendation {value}</source>
            <translation>Ajouter la recommandation {value}</translation>
        </message>
        <message>
            <source>This recommendation has not been saved yet.</source>
            <translation>Cette recommandation n'a pas encore été enregistrée.</translation>
        </message>
        <message>
            <source>This recommendation no longer exists (it may have been deleted).</source>
            <translation>Cette recommandation n'existe plus (elle a peut-être été supprimée).</translation>
        </message>
        <message>
            <source>Edit recommendation {value}</source>
            <translation>Modifier la recommandation {value}</translation>
        </message>
        <message>
            <source>The note is empty.</source>
            <translation>La note est vide.</translation>
        </message>
        <message>
            <source>This recommendation no longer exists.</source>
            <translation>Cette recommandation n'existe plus.</translation>
        </message>
        <message>
            <source>The note is empty. Delete it instead.</source>
            <translation>La note est vide. Supprimez-la plutôt.</translation>
        </message>
        <message>
            <source>This note no longer exists.</source>
            <translation>Cette note n'existe plus.</translation>
        </message>
        <message>
            <source>This file has no recommendations to {chosen}.</source>
            <translation>Ce fichier ne contient aucune recommandation adressée à {chosen}.</translation>
        </message>
        <message>
            <source>{problems} Correct the file and import it again; nothing was added.</source>
            <translation>{problems} Corrigez le fichier et importez-le de nouveau ; rien n'a été ajouté.</translation>
        </message>
        <message>
            <source>The workshop needs a title.</source>
            <translation>L'atelier doit avoir un titre.</translation>
        </message>
        <message>
            <source>The UPR cycle must be a number from 1 to 10.</source>
            <translation>Le cycle de l'EPU doit être un nombre de 1 à 10.</translation>
        </message>
        <message>
            <source>“{code}” is not a document language; choose one of {codes}.</source>
            <translation>« {code} » n'est pas une langue de document ; choisissez l'une des langues suivantes : {codes}.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialogs</name>
        <message>
            <source>Workshop</source>
            <translation>Atelier</translation>
        </message>
    </context>
    <context>
        <name>WorkshopFile</name>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command, on this computer) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>« {name} » est ouvert dans un autre programme (une commande upr-desktop, sur cet ordinateur) qui le modifie. Attendez que ce programme ait terminé et réessayez ; entre-temps, vous pouvez l'ouvrir en lecture seule.</translation>
        </message>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command, on another computer) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>« {name} » est ouvert dans un autre programme (une commande upr-desktop, sur un autre ordinateur) qui le modifie. Attendez que ce programme ait terminé et réessayez ; entre-temps, vous pouvez l'ouvrir en lecture seule.</translation>
        </message>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>« {name} » est ouvert dans un autre programme (une commande upr-desktop) qui le modifie. Attendez que ce programme ait terminé et réessayez ; entre-temps, vous pouvez l'ouvrir en lecture seule.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop (on this computer). You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>« {name} » est ouvert dans une autre fenêtre d'UPR Desktop (sur cet ordinateur). Vous pouvez l'ouvrir en lecture seule pour le consulter ou l'imprimer ; les modifications ne peuvent être faites que dans l'autre fenêtre.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop (on another computer). You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>« {name} » est ouvert dans une autre fenêtre d'UPR Desktop (sur un autre ordinateur). Vous pouvez l'ouvrir en lecture seule pour le consulter ou l'imprimer ; les modifications ne peuvent être faites que dans l'autre fenêtre.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop. You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>« {name} » est ouvert dans une autre fenêtre d'UPR Desktop. Vous pouvez l'ouvrir en lecture seule pour le consulter ou l'imprimer ; les modifications ne peuvent être faites que dans l'autre fenêtre.</translation>
        </message>
        <message>
            <source>{listed}; and {more} more</source>
            <translation>{listed} ; et {more} de plus</translation>
        </message>
        <message>
            <source>“{name}” was not opened: it contains {listed}. Something added there could record or change what is done in the workshop (such as who voted and when). The file has not been changed. Save a cleaned copy, which keeps the workshop's data and nothing else, and open that.</source>
            <translation>« {name} » n'a pas été ouvert : il contient {listed}. Un élément ajouté à cet endroit pourrait enregistrer ou modifier ce qui se fait dans l'atelier (par exemple qui a voté et quand). Le fichier n'a pas été modifié. Enregistrez une copie nettoyée, qui conserve les données de l'atelier et rien d'autre, puis ouvrez-la.</translation>
        </message>
        <message>
            <source>The disk is full: free some space and try again. Nothing was changed.</source>
            <translation>Le disque est plein : libérez de l'espace et réessayez. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>Can't write to “{parent}”: {value}. Choose another folder.</source>
            <translation>Impossible d'écrire dans « {parent} » : {value}. Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>“{name}” could not be written: {value}. Free some space or choose another folder; nothing was changed.</source>
            <translation>« {name} » n'a pas pu être écrit : {value}. Libérez de l'espace ou choisissez un autre dossier ; rien n'a été modifié.</translation>
        </message>
        <message>
            <source>The workshop file “{name}” is damaged ({detail}). Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>Le fichier d'atelier « {name} » est endommagé ({detail}). Rien n'a été modifié. Ouvrez sa dernière sauvegarde saine (UPR Desktop la propose à l'ouverture du fichier) et travaillez sur celle-ci.</translation>
        </message>
        <message>
            <source>The workshop file “{name}” is damaged. Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>Le fichier d'atelier « {name} » est endommagé. Rien n'a été modifié. Ouvrez sa dernière sauvegarde saine (UPR Desktop la propose à l'ouverture du fichier) et travaillez sur celle-ci.</translation>
        </message>
        <message>
            <source>The workshop file is damaged ({detail}). Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>Le fichier d'atelier est endommagé ({detail}). Rien n'a été modifié. Ouvrez sa dernière sauvegarde saine (UPR Desktop la propose à l'ouverture du fichier) et travaillez sur celle-ci.</translation>
        </message>
        <message>
            <source>The workshop file is damaged. Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>Le fichier d'atelier est endommagé. Rien n'a été modifié. Ouvrez sa dernière sauvegarde saine (UPR Desktop la propose à l'ouverture du fichier) et travaillez sur celle-ci.</translation>
        </message>
        <message>
            <source>“{name}” can't be changed: it is read-only. Use “Save a copy…” to work on a copy.</source>
            <translation>« {name} » ne peut pas être modifié : il est en lecture seule. Utilisez « Enregistrer une copie… » pour travailler sur une copie.</translation>
        </message>
        <message>
            <source>“{name}” is busy in another window or program. Close it there and try again.</source>
            <translation>« {name} » est occupé dans une autre fenêtre ou un autre programme. Fermez-le à cet endroit et réessayez.</translation>
        </message>
        <message>
            <source>“{name}” is damaged. Open it again: the app then offers its latest good backup. The backups folder is shown in Help ▸ About.</source>
            <translation>« {name} » est endommagé. Ouvrez-le de nouveau : l'application proposera alors sa dernière sauvegarde saine. Le dossier des sauvegardes est indiqué dans Aide ▸ À propos.</translation>
        </message>
        <message>
            <source>The change could not be saved to “{name}”: {error}.</source>
            <translation>La modification n'a pas pu être enregistrée dans « {name} » : {error}.</translation>
        </message>
        <message>
            <source>SQLite's check found: {problem}</source>
            <translation>La vérification de SQLite a relevé : {problem}</translation>
        </message>
        <message>
            <source>“{name}” is open read-only. Use “Save a copy…” to make changes.</source>
            <translation>« {name} » est ouvert en lecture seule. Utilisez « Enregistrer une copie… » pour apporter des modifications.</translation>
        </message>
        <message>
            <source>Some text contains characters that are not valid text (the file may be damaged or mis-exported), so nothing was saved. Re-export the file and try again.</source>
            <translation>Une partie du texte contient des caractères non valables (le fichier est peut-être endommagé ou mal exporté) : rien n'a donc été enregistré. Exportez de nouveau le fichier et réessayez.</translation>
        </message>
        <message>
            <source>There is no file at “{path}”.</source>
            <translation>Aucun fichier ne se trouve à l'emplacement « {path} ».</translation>
        </message>
        <message>
            <source>“{path}” is a folder, not a workshop file.</source>
            <translation>« {path} » est un dossier, et non un fichier d'atelier.</translation>
        </message>
        <message>
            <source>“{name}” can't be read: {strerror}.</source>
            <translation>« {name} » ne peut pas être lu : {strerror}.</translation>
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation>« {name} » est vide : ce n'est pas un fichier d'atelier.</translation>
        </message>
        <message>
            <source>“{name}” is not a UPR Desktop workshop file. To bring its recommendations into a workshop, use Import.</source>
            <translation>« {name} » n'est pas un fichier d'atelier UPR Desktop. Pour ajouter ses recommandations à un atelier, utilisez « Importer des recommandations… ».</translation>
        </message>
        <message>
            <source>“{name}” is not a UPR Desktop workshop file.</source>
            <translation>« {name} » n'est pas un fichier d'atelier UPR Desktop.</translation>
        </message>
        <message>
            <source>“{name}” is no longer open in this window. Open it again.</source>
            <translation>« {name} » n'est plus ouvert dans cette fenêtre. Ouvrez-le de nouveau.</translation>
        </message>
        <message>
            <source>“{name}” is damaged or not a workshop file ({error}). Restore it from a backup, or open a backup copy.</source>
            <translation>« {name} » est endommagé ou n'est pas un fichier d'atelier ({error}). Restaurez-le à partir d'une sauvegarde, ou ouvrez une copie de sauvegarde.</translation>
        </message>
        <message>
            <source>SQLite says: {error}</source>
            <translation>Message de SQLite : {error}</translation>
        </message>
        <message>
            <source>“{name}” is a database, but not a UPR Desktop workshop file.</source>
            <translation>« {name} » est une base de données, mais pas un fichier d'atelier UPR Desktop.</translation>
        </message>
        <message>
            <source>“{name}” was saved by a newer version of UPR Desktop (its format has {applied_count} upgrades, this version knows {schema_version}). Install the latest UPR Desktop to open it. The file has not been changed.</source>
            <translation>« {name} » a été enregistré par une version plus récente d'UPR Desktop (son format comporte {applied_count} mises à niveau, cette version en connaît {schema_version}). Installez la dernière version d'UPR Desktop pour l'ouvrir. Le fichier n'a pas été modifié.</translation>
        </message>
        <message>
            <source>“{name}” was made by an older version and must be upgraded, which can't be done where it is (read-only). Copy it to a folder you can write to and open the copy.</source>
            <translation>« {name} » a été créé par une version antérieure et doit être mis à niveau, ce qui est impossible à son emplacement actuel (lecture seule). Copiez-le dans un dossier accessible en écriture et ouvrez la copie.</translation>
        </message>
        <message>
            <source>“{name}” needs an upgrade, but no copy of it could be kept first ({error}), so it was not upgraded. Nothing was changed.</source>
            <translation>« {name} » doit être mis à niveau, mais aucune copie n'a pu en être conservée au préalable ({error}) : il n'a donc pas été mis à niveau. Rien n'a été modifié.</translation>
        </message>
        <message>
            <source>“{name}” could not be upgraded ({reason}). It is unchanged, and a copy was kept at “{backup}”.</source>
            <translation>« {name} » n'a pas pu être mis à niveau ({reason}). Il n'est pas modifié, et une copie a été conservée à l'emplacement « {backup} ».</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name, or open it instead.</source>
            <translation>« {name} » existe déjà. Choisissez un autre nom, ou ouvrez plutôt ce fichier.</translation>
        </message>
        <message>
            <source>The folder “{parent}” does not exist.</source>
            <translation>Le dossier « {parent} » n'existe pas.</translation>
        </message>
        <message>
            <source>Can't create “{name}”: the folder “{parent}” is read-only. Choose another folder.</source>
            <translation>Impossible de créer « {name} » : le dossier « {parent} » est en lecture seule. Choisissez un autre dossier.</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name for the cleaned copy.</source>
            <translation>« {name} » existe déjà. Choisissez un autre nom pour la copie nettoyée.</translation>
        </message>
        <message>
            <source>The cleaned copy must be a new file: the original is kept as it is.</source>
            <translation>La copie nettoyée doit être un nouveau fichier : l'original est conservé tel quel.</translation>
        </message>
        <message>
            <source>“{name}” was saved by a newer version of UPR Desktop. Install the latest UPR Desktop to clean it.</source>
            <translation>« {name} » a été enregistré par une version plus récente d'UPR Desktop. Installez la dernière version d'UPR Desktop pour le nettoyer.</translation>
        </message>
        <message>
            <source>A cleaned copy of “{name}” could not be made ({error}). The original is unchanged; open an earlier backup of it instead.</source>
            <translation>Une copie nettoyée de « {name} » n'a pas pu être créée ({error}). L'original n'est pas modifié ; ouvrez plutôt l'une de ses sauvegardes antérieures.</translation>
        </message>
        <message>
            <source>A cleaned copy could not be written to “{target}” ({strerror}).</source>
            <translation>Une copie nettoyée n'a pas pu être écrite dans « {target} » ({strerror}).</translation>
        </message>
        <message>
            <source>a {type} “{name}” that UPR Desktop did not put there</source>
            <translation>un objet {type} « {name} » qu'UPR Desktop n'y a pas placé</translation>
        </message>
        <message>
            <source>no {type} “{name}”, which UPR Desktop needs</source>
            <translation>aucun objet {type} « {name} », dont UPR Desktop a besoin</translation>
        </message>
        <message>
            <source>a {type} “{name}” that is not the one UPR Desktop made</source>
            <translation>un objet {type} « {name} » qui n'est pas celui créé par UPR Desktop</translation>
        </message>
    </context>
    <context>
        <name>WorkshopInfoDialog</name>
        <message>
            <source>Workshop details</source>
            <translation>Informations sur l'atelier</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <source>These details appear on printouts and on the outcome charter.</source>
            <translation>Ces informations figurent sur les documents imprimés et sur la charte finale.</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so its details can't be changed. Use “Save a copy…” to work on a copy.</source>
            <translation>« {name} » est ouvert en lecture seule : ses informations ne peuvent pas être modifiées. Utilisez « Enregistrer une copie… » pour travailler sur une copie.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopInfoForm</name>
        <message>
            <source>e.g. CSO strategy workshop on Kenya's 4th UPR cycle</source>
            <translation>p. ex. Atelier stratégique des OSC sur le 4e cycle de l'EPU du Kenya</translation>
        </message>
        <message>
            <source>Type or choose a State, e.g. Kenya</source>
            <translation>Saisissez ou choisissez un État, p. ex. Kenya</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Non définie</translation>
        </message>
        <message>
            <source>e.g. Nairobi, YMCA conference hall</source>
            <translation>p. ex. Nairobi, salle de conférence du YMCA</translation>
        </message>
        <message>
            <source>One organisation per line</source>
            <translation>Une organisation par ligne</translation>
        </message>
        <message>
            <source>THE REVIEW</source>
            <translation>L'EXAMEN</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titre</translation>
        </message>
        <message>
            <source>Country under review</source>
            <translation>Pays examiné</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Date de l'examen</translation>
        </message>
        <message>
            <source>UPR cycle</source>
            <translation>Cycle de l'EPU</translation>
        </message>
        <message>
            <source>THE WORKSHOP</source>
            <translation>L'ATELIER</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Lieu</translation>
        </message>
        <message>
            <source>to</source>
            <translation>au</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Dates</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>Organisateurs</translation>
        </message>
        <message>
            <source>The charter, handouts, ballots and exports are written in this language.</source>
            <translation>La charte, le recueil des recommandations, les bulletins de vote et les exports sont rédigés dans cette langue.</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Documents en</translation>
        </message>
        <message>
            <source>All countries (coalition database)</source>
            <translation>Tous les pays (base de données de la coalition)</translation>
        </message>
        <message>
            <source>Give the workshop a title: it appears on every printout and on the charter.</source>
            <translation>Donnez un titre à l'atelier : il figure sur chaque document imprimé et sur la charte.</translation>
        </message>
        <message>
            <source>The workshop's last day is before its first day. Check the dates.</source>
            <translation>Le dernier jour de l'atelier est antérieur au premier. Vérifiez les dates.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopLocker</name>
        <message>
            <source>The workshop can't be locked while the kiosk is open for voting.</source>
            <translation>L'atelier ne peut pas être verrouillé pendant que le kiosque est ouvert au vote.</translation>
        </message>
        <message>
            <source>Locked — UPR Desktop</source>
            <translation>Verrouillé — UPR Desktop</translation>
        </message>
        <message>
            <source>Type the passphrase first.</source>
            <translation>Saisissez d'abord la phrase secrète.</translation>
        </message>
        <message>
            <source>That passphrase is not right, so the workshop stays locked. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation>Cette phrase secrète n'est pas correcte : l'atelier reste donc verrouillé. Vérifiez la disposition du clavier et la touche de verrouillage des majuscules, puis réessayez.</translation>
        </message>
        <message>
            <source>The workshop could not be reopened: {reason}</source>
            <translation>L'atelier n'a pas pu être rouvert : {reason}</translation>
        </message>
    </context>
    <context>
        <name>_FilterPopup</name>
        <message>
            <source>Nothing to choose from in this workshop yet.</source>
            <translation>Rien à choisir dans cet atelier pour l'instant.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n sélectionné</numerusform>
                <numerusform>%n sélectionnés</numerusform>
            </translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Tous</translation>
        </message>
    </context>
</TS>
