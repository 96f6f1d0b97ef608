<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>ImportText</name>
    <message>
        <location filename="../core/importers/filekind.cpp" line="+60"/>
        <source>this is a PDF document, not a data file: download the attendance report or the member list as CSV or .xlsx (Teams: Download, Zoom: Export) and import that.</source>
        <translation>c’est un document PDF, pas un fichier de données&#xa0;: téléchargez le rapport de présence ou la liste de membres en CSV ou en .xlsx (Teams&#xa0;: Télécharger, Zoom&#xa0;: Exporter) et importez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is an Excel 97–2003 workbook (.xls): open it in Excel or LibreOffice and save it as .xlsx or CSV, then import that.</source>
        <translation>c’est un classeur Excel 97–2003 (.xls)&#xa0;: ouvrez-le dans Excel ou LibreOffice et enregistrez-le en .xlsx ou en CSV, puis importez-le.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is an OpenDocument spreadsheet (.ods): save it as .xlsx or CSV, then import that.</source>
        <translation>c’est une feuille de calcul OpenDocument (.ods)&#xa0;: enregistrez-la en .xlsx ou en CSV, puis importez-la.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this is a picture, not a data file: choose the .csv or .xlsx export of the report.</source>
        <translation>c’est une image, pas un fichier de données&#xa0;: choisissez l’export .csv ou .xlsx du rapport.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is a zip archive: unpack it and import the .csv or .xlsx file inside.</source>
        <translation>c’est une archive zip&#xa0;: décompressez-la et importez le fichier .csv ou .xlsx qu’elle contient.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this is not a text file (it contains binary data): choose the .csv or .xlsx export of the report.</source>
        <translation>ce n’est pas un fichier texte (il contient des données binaires)&#xa0;: choisissez l’export .csv ou .xlsx du rapport.</translation>
    </message>
    <message>
        <location filename="../core/importers/importer.cpp" line="+66"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+84"/>
        <source>%1 fits several members (%2): proposed as a new member</source>
        <translation>%1 correspond à plusieurs membres (%2)&#xa0;: proposé comme nouveau membre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has the name of member #%2 but another email address: proposed as a new member</source>
        <translation>%1 porte le nom du membre nº %2 mais a une autre adresse courriel&#xa0;: proposé comme nouveau membre</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>the same member as on line %1: minutes added together</source>
        <translation>le même membre qu’à la ligne %1&#xa0;: minutes additionnées</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>title %1 → %2</source>
        <translation>intitulé %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>start %1 → %2</source>
        <translation>début %1 → %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>duration %1 → %2</source>
        <translation>durée %1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>status %1 → %2</source>
        <translation>statut %1 → %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no event with id %2</source>
        <translation>%1&#xa0;: aucun événement n’a l’identifiant %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the file gives no meeting date or join times: choose the event (--event ID, or the event list in the import window)</source>
        <translation>le fichier ne donne ni date de rencontre ni heures de connexion&#xa0;: choisissez l’événement (--event ID, ou la liste des événements dans la fenêtre d’importation)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Imported meeting</source>
        <translation>Rencontre importée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Created by importing %1.</source>
        <translation>Créé en important %1.</translation>
    </message>
    <message>
        <location line="+88"/>
        <location filename="../core/importers/reportparsers.cpp" line="+774"/>
        <location line="+230"/>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>only the first sheet, %1, was read (the workbook has %2)</source>
        <translation>seule la première feuille, %1, a été lue (le classeur en a %2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+18"/>
        <source>a quoted field begins here and is never closed</source>
        <translation>un champ entre guillemets commence ici et n’est jamais fermé</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the list has a header but no members</source>
        <translation>la liste a un en-tête mais aucun membre</translation>
    </message>
    <message>
        <location line="+22"/>
        <location filename="../core/importers/reportparsers.cpp" line="-262"/>
        <source>the report lists no participants</source>
        <translation>le rapport ne liste aucun participant</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>ignored column: %1</source>
        <translation>colonne ignorée&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>this is %1.</source>
        <translation>c’est un %1.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this is a %1, not a member list: import it as attendance</source>
        <translation>c’est un %1, pas une liste de membres&#xa0;: importez-le comme présence</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not an attendance report Cultivate knows: a Zoom, Teams, Google Meet or Webex report, or a list whose first row names a name or email column and a minutes column</source>
        <translation>pas un rapport de présence que Cultivate connaît&#xa0;: un rapport Zoom, Teams, Google Meet ou Webex, ou une liste dont la première ligne nomme une colonne de nom ou de courriel et une colonne de minutes</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>member #%1 is no longer in the plan</source>
        <translation>le membre nº %1 n’est plus dans le plan</translation>
    </message>
    <message>
        <location filename="../core/importers/reportparsers.cpp" line="-572"/>
        <source>%1 is not a date and time (%2)</source>
        <translation>%1 n’est pas une date et une heure (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a duration</source>
        <translation>%1 n’est pas une durée</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>the row has neither a name nor an email address</source>
        <translation>la ligne n’a ni nom ni adresse courriel</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>time in the waiting room is not counted</source>
        <translation>le temps passé en salle d’attente n’est pas compté</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+544"/>
        <source>%1 is not an email address</source>
        <translation>%1 n’est pas une adresse courriel</translation>
    </message>
    <message>
        <location line="-536"/>
        <source>%1 is not present, absent or excused</source>
        <translation>%1 n’est ni présent, ni absent, ni excusé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>join time</source>
        <translation>heure de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>leave time</source>
        <translation>heure de départ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the leave time is before the join time on the clock (the clocks changed during the meeting): the report&apos;s duration is used</source>
        <translation>l’heure de départ précède l’heure de connexion sur l’horloge (changement d’heure pendant la rencontre)&#xa0;: la durée du rapport est utilisée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the leave time is before the join time</source>
        <translation>l’heure de départ précède l’heure de connexion</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+304"/>
        <source>start time</source>
        <translation>heure de début</translation>
    </message>
    <message>
        <location line="-300"/>
        <location line="+301"/>
        <source>end time</source>
        <translation>heure de fin</translation>
    </message>
    <message>
        <location line="-240"/>
        <source>no participant table (a header with a name and “Join Time” or “Duration” columns) was found</source>
        <translation>aucun tableau des participants (un en-tête avec un nom et des colonnes «&#xa0;Join Time&#xa0;» ou «&#xa0;Duration&#xa0;») n’a été trouvé</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>registered but did not attend: not counted</source>
        <translation>inscrit mais absent&#xa0;: non compté</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>timestamp</source>
        <translation>horodatage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the row has no timestamp</source>
        <translation>la ligne n’a pas d’horodatage</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>unknown action %1</source>
        <translation>action inconnue %1</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>expected the column headers of the participant list</source>
        <translation>les en-têtes de colonnes de la liste des participants étaient attendus</translation>
    </message>
    <message>
        <location line="+102"/>
        <location line="+230"/>
        <source>no name or email column (the first row must name the columns)</source>
        <translation>pas de colonne de nom ni de courriel (la première ligne doit nommer les colonnes)</translation>
    </message>
    <message>
        <location line="-214"/>
        <location line="+23"/>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>scheduled start</source>
        <translation>début prévu</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>the member has no name</source>
        <translation>le membre n’a pas de nom</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is not a role (sponsor, facilitator, champion, expert, member or guest)</source>
        <translation>%1 n’est pas un rôle (commanditaire, animateur, ambassadeur, expert, membre ou invité)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>joined</source>
        <translation>arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left</source>
        <translation>départ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>commitment signed</source>
        <translation>engagement signé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the member left before joining</source>
        <translation>le membre est parti avant d’arriver</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>the same person as on line %1: merged</source>
        <translation>la même personne qu’à la ligne %1&#xa0;: fusionnée</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>ignored column: %1 (no member field; choose one in the column mapping to import it)</source>
        <translation>colonne ignorée&#xa0;: %1 (aucun champ de membre&#xa0;; choisissez-en un dans la correspondance des colonnes pour l’importer)</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>not an attendance report Cultivate knows (Zoom, Teams, Google Meet, Webex or a list with name, email and minutes columns)</source>
        <translation>pas un rapport de présence que Cultivate connaît (Zoom, Teams, Google Meet, Webex ou une liste avec des colonnes de nom, de courriel et de minutes)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>a Zoom %1, not a participant report: Cultivate needs the participant report (Zoom web portal: Reports › Usage › Participants › Export) or a webinar&apos;s attendee report</source>
        <translation>un %1 Zoom, pas un rapport des participants&#xa0;: Cultivate a besoin du rapport des participants (portail web Zoom&#xa0;: Rapports › Utilisation › Participants › Exporter) ou du rapport des participants d’un webinaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a bank statement (%1), not a member list or an attendance report</source>
        <translation>un relevé bancaire (%1), pas une liste de membres ni un rapport de présence</translation>
    </message>
    <message>
        <location filename="../core/importers/xlsxreader.cpp" line="+249"/>
        <source>the Excel workbook cannot be read (it may be damaged or protected): save it from Excel as CSV and import that</source>
        <translation>le classeur Excel ne peut pas être lu (il est peut-être endommagé ou protégé)&#xa0;: enregistrez-le en CSV depuis Excel et importez ce fichier</translation>
    </message>
</context>
<context>
    <name>ReportText</name>
    <message>
        <source>Page</source>
        <translation type="vanished">Page</translation>
    </message>
    <message>
        <source>of</source>
        <translation type="vanished">sur</translation>
    </message>
</context>
<context>
    <name>cultivate</name>
    <message>
        <source>Retention by month of first activity</source>
        <translation type="vanished">Rétention selon le mois de première activité</translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="vanished">%1 et %2</translation>
    </message>
    <message>
        <source>Your facilitator</source>
        <translation type="vanished">Votre animateur ou animatrice</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <translation type="vanished">%1, %2–%3</translation>
    </message>
    <message>
        <source>The next session is “%1” on %2 at %3.</source>
        <translation type="vanished">La prochaine séance est «&#xa0;%1&#xa0;», le %2 à %3.</translation>
    </message>
    <message>
        <source>Reminder: %1, %2 at %3</source>
        <translation type="vanished">Rappel&#xa0;: %1, le %2 à %3</translation>
    </message>
    <message>
        <source>Hello everyone,</source>
        <translation type="vanished">Bonjour à toutes et à tous,</translation>
    </message>
    <message>
        <source>A reminder that our next %1 is one week away.</source>
        <translation type="vanished">Petit rappel&#xa0;: notre prochain rendez-vous (%1) a lieu dans une semaine.</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation type="vanished">Quand&#xa0;: %1</translation>
    </message>
    <message>
        <source>Where: %1</source>
        <translation type="vanished">Où&#xa0;: %1</translation>
    </message>
    <message>
        <source>Topic: %1</source>
        <translation type="vanished">Thème&#xa0;: %1</translation>
    </message>
    <message>
        <source>Agenda:</source>
        <translation type="vanished">Ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <source>To prepare, you may want to look at:</source>
        <translation type="vanished">Pour vous préparer, vous pouvez consulter&#xa0;:</translation>
    </message>
    <message>
        <source>If you would like to share something for a few minutes, or bring a question for the group, reply to this message.</source>
        <translation type="vanished">Si vous souhaitez partager quelque chose pendant quelques minutes, ou apporter une question au groupe, répondez à ce message.</translation>
    </message>
    <message>
        <source>See you there,</source>
        <translation type="vanished">À bientôt,</translation>
    </message>
    <message>
        <source>Thank you for joining %1</source>
        <translation type="vanished">Merci d’avoir participé à %1</translation>
    </message>
    <message>
        <source>Thank you to everyone who took part in %1 on %2.</source>
        <translation type="vanished">Merci à toutes et à tous d’avoir participé à %1 le %2.</translation>
    </message>
    <message>
        <source>%1 of us joined, %2 of the community.</source>
        <translation type="vanished">Nous étions %1, soit %2 de la communauté.</translation>
    </message>
    <message>
        <source>another member</source>
        <translation type="vanished">un autre membre</translation>
    </message>
    <message>
        <source>%1 other members</source>
        <translation type="vanished">%1 autres membres</translation>
    </message>
    <message>
        <source>Special thanks to %1 for hosting and presenting.</source>
        <translation type="vanished">Un merci tout particulier à %1 pour l’animation et les présentations.</translation>
    </message>
    <message>
        <source>Special thanks to the members who hosted and presented.</source>
        <translation type="vanished">Un merci tout particulier aux membres qui ont animé et présenté.</translation>
    </message>
    <message>
        <source>- We worked on: %1</source>
        <translation type="vanished">- Nous avons travaillé sur&#xa0;: %1</translation>
    </message>
    <message>
        <source>- Turnout: %1 of %2 members (%3)</source>
        <translation type="vanished">- Participation&#xa0;: %1 membres sur %2 (%3)</translation>
    </message>
    <message>
        <source>Highlights:</source>
        <translation type="vanished">Points forts&#xa0;:</translation>
    </message>
    <message>
        <source>Resources from the session:</source>
        <translation type="vanished">Ressources de la séance&#xa0;:</translation>
    </message>
    <message>
        <source>If a question came up afterwards, reply to this message and I will share the answers with everyone.</source>
        <translation type="vanished">Si une question vous vient après coup, répondez à ce message et je partagerai les réponses avec tout le monde.</translation>
    </message>
    <message>
        <source>Best wishes,</source>
        <translation type="vanished">Bien cordialement,</translation>
    </message>
    <message>
        <source>We missed you at %1</source>
        <translation type="vanished">Vous nous avez manqué à %1</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation type="vanished">Bonjour,</translation>
    </message>
    <message>
        <source>We missed you at %1 on %2.</source>
        <translation type="vanished">Vous nous avez manqué à %1 le %2.</translation>
    </message>
    <message>
        <source>%1 members took part.</source>
        <translation type="vanished">%1 membres y ont participé.</translation>
    </message>
    <message>
        <source>We talked about %1.</source>
        <translation type="vanished">Nous avons parlé de %1.</translation>
    </message>
    <message>
        <source>You can catch up with:</source>
        <translation type="vanished">Pour rattraper la séance&#xa0;:</translation>
    </message>
    <message>
        <source>It would be good to see you there.</source>
        <translation type="vanished">Ce serait un plaisir de vous y voir.</translation>
    </message>
    <message>
        <source>If the day or the time does not suit you, reply and tell me what would work better: the rhythm is ours to adjust.</source>
        <translation type="vanished">Si le jour ou l’heure ne vous conviennent pas, répondez-moi et dites-moi ce qui vous irait mieux&#xa0;: c’est à nous d’ajuster le rythme.</translation>
    </message>
    <message>
        <source>%1: results for %2</source>
        <translation type="vanished">%1&#xa0;: résultats pour %2</translation>
    </message>
    <message>
        <source>Dear sponsors,</source>
        <translation type="vanished">Chers commanditaires,</translation>
    </message>
    <message>
        <source>Dear %1,</source>
        <translation type="vanished">Bonjour %1,</translation>
    </message>
    <message>
        <source>Thank you for supporting %1. Here is a short summary of %2.</source>
        <translation type="vanished">Merci de votre soutien à %1. Voici un bref résumé de %2.</translation>
    </message>
    <message>
        <source>- %1 events held, with %2 credited attendances</source>
        <translation type="vanished">- %1 événements tenus, avec %2 présences comptabilisées</translation>
    </message>
    <message>
        <source>- %1 of our %2 members took part at least once</source>
        <translation type="vanished">- %1 de nos %2 membres ont participé au moins une fois</translation>
    </message>
    <message>
        <source>- %1 members were active in %2</source>
        <translation type="vanished">- %1 membres ont été actifs en %2</translation>
    </message>
    <message>
        <source>- %1 people took part for the first time</source>
        <translation type="vanished">- %1 personnes ont participé pour la première fois</translation>
    </message>
    <message>
        <source>- Goal “%1”: %2 of the way to the target</source>
        <translation type="vanished">- Objectif «&#xa0;%1&#xa0;»&#xa0;: %2 du chemin vers la cible</translation>
    </message>
    <message>
        <source>Members shared %1 of the value they gained, among them %2.</source>
        <translation type="vanished">Les membres ont partagé %1 sur la valeur qu’ils en ont retirée, dont %2.</translation>
    </message>
    <message>
        <source>one story</source>
        <translation type="vanished">un récit</translation>
    </message>
    <message>
        <source>%1 stories</source>
        <translation type="vanished">%1 récits</translation>
    </message>
    <message>
        <source>Our health check: %1.</source>
        <translation type="vanished">Notre bilan de santé&#xa0;: %1.</translation>
    </message>
    <message>
        <source>What we will work on next:</source>
        <translation type="vanished">Ce sur quoi nous allons travailler ensuite&#xa0;:</translation>
    </message>
    <message>
        <source>The full stakeholder report is attached. I would welcome half an hour with you to talk it through.</source>
        <translation type="vanished">Le rapport complet aux parties prenantes est joint. Je serais heureux de prendre une demi-heure avec vous pour le parcourir ensemble.</translation>
    </message>
    <message>
        <source>With thanks,</source>
        <translation type="vanished">Avec mes remerciements,</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation type="vanished">%1 – %2</translation>
    </message>
    <message>
        <source>0%</source>
        <translation type="vanished">0&#xa0;%</translation>
    </message>
    <message>
        <source>100% of the cohort active</source>
        <translation type="vanished">100&#xa0;% de la cohorte active</translation>
    </message>
    <message>
        <source>Writing the report was cancelled.</source>
        <translation type="vanished">La rédaction du rapport a été annulée.</translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="vanished">aucun changement</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation type="vanished">%1 pts</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation type="vanished">Le PDF n’a pas pu être commencé.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation type="vanished">Le PDF n’a pas pu être terminé.</translation>
    </message>
    <message>
        <source>The ODT document could not be written.</source>
        <translation type="vanished">Le document ODT n’a pas pu être écrit.</translation>
    </message>
    <message>
        <source>Unknown report format.</source>
        <translation type="vanished">Format de rapport inconnu.</translation>
    </message>
</context>
<context>
    <name>cultivate::AttendanceMatrixModel</name>
    <message>
        <location filename="../ui/people/attendancematrixmodel.cpp" line="+83"/>
        <source>Turnout</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>E</source>
        <comment>excused</comment>
        <translation>E</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1, %2 min</source>
        <translation>%1, %2 min</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (under the minutes threshold: not credited)</source>
        <translation>%1 (sous le seuil de minutes&#xa0;: non comptabilisé)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>cultivate::AttendanceMatrixTab</name>
    <message>
        <location filename="../ui/people/attendancematrixtab.cpp" line="+60"/>
        <source>&amp;From</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period starts</source>
        <translation>Début de la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;to</source>
        <translation>&amp;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period ends</source>
        <translation>Fin de la période</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Reading attendance</source>
        <translation>Lecture des présences</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Attendance matrix</source>
        <translation>Matrice des présences</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>✓ credited · ○ present, under the minutes threshold · ✗ absent · E excused. Rates count the events held while someone was a member; turnout counts members, not facilitators or sponsors.</source>
        <translation>✓ comptabilisé · ○ présent, sous le seuil de minutes · ✗ absent · E excusé. Les taux comptent les événements tenus pendant que la personne était membre&#xa0;; la participation compte les membres, pas les animateurs ni les commanditaires.</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>Reading attendance from %1 to %2…</source>
        <translation>Lecture des présences du %1 au %2…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No event was held in this period.</source>
        <translation>Aucun événement n’a eu lieu pendant cette période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 events held from %2 to %3</source>
        <translation>%1 événements tenus du %2 au %3</translation>
    </message>
</context>
<context>
    <name>cultivate::AttendanceSheet</name>
    <message>
        <location filename="../ui/people/attendancesheet.cpp" line="+99"/>
        <source>E&amp;vent:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Find a member on the sheet</source>
        <translation>Trouver un membre sur la feuille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a member</source>
        <translation>Trouver un membre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only those who &amp;missed it</source>
        <translation>Seulement les &amp;absents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members not recorded present: absent, excused or not recorded. Use it for the follow-up to those who missed the event.</source>
        <translation>Membres non notés présents&#xa0;: absents, excusés ou non notés. Utile pour le suivi auprès de ceux qui ont manqué l’événement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print Sign-in S&amp;heet…</source>
        <translation>Imprimer la feuille d’é&amp;margement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event&apos;s members on paper, with a column for signatures, for a meeting in a room</source>
        <translation>Les membres de l’événement sur papier, avec une colonne pour les signatures, pour une rencontre en salle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Attendance sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Keys: P present · A absent · E excused · Delete clears · type digits for the minutes. Each change can be undone.</source>
        <translation>Touches&#xa0;: P présent · A absent · E excusé · Suppr efface · tapez des chiffres pour les minutes. Chaque modification peut être annulée.</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+4"/>
        <source>%1 · %2 (%3)</source>
        <translation>%1 · %2 (%3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>No event chosen: plan events on the Schedule page.</source>
        <translation>Aucun événement choisi&#xa0;: planifiez des événements dans la page Calendrier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 present · %2 excused · %3 absent · %4 not recorded</source>
        <translation>%1 présents · %2 excusés · %3 absents · %4 non notés</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Clear the attendance of “%1”</source>
        <translation>Effacer la présence de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark “%1” present</source>
        <translation>Noter «&#xa0;%1&#xa0;» présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark “%1” excused</source>
        <translation>Noter «&#xa0;%1&#xa0;» excusé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark “%1” absent</source>
        <translation>Noter «&#xa0;%1&#xa0;» absent</translation>
    </message>
</context>
<context>
    <name>cultivate::AttendanceSheetModel</name>
    <message>
        <location filename="../ui/people/attendancesheetmodel.cpp" line="+272"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not recorded</source>
        <translation>Non noté</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance</source>
        <translation>Présence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
</context>
<context>
    <name>cultivate::ChangeHealthSettingsCommand</name>
    <message>
        <location filename="../ui/commands/settingscommands.cpp" line="+27"/>
        <source>Change the health check&apos;s thresholds</source>
        <translation>Modifier les seuils du bilan de santé</translation>
    </message>
</context>
<context>
    <name>cultivate::CharterPage</name>
    <message>
        <location filename="../ui/charter/charterpage.cpp" line="+40"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events held</source>
        <translation>Événements tenus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credited attendances</source>
        <translation>Présences comptabilisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean attendance rate</source>
        <translation>Taux de présence moyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active in the latest month</source>
        <translation>Actifs le dernier mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stickiness</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newcomer conversion</source>
        <translation>Conversion des nouveaux membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Core and active members</source>
        <translation>Membres du noyau et actifs</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rename the community</source>
        <translation>Renommer la communauté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the community&apos;s domain</source>
        <translation>Modifier le domaine de la communauté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the community&apos;s audience</source>
        <translation>Modifier le public de la communauté</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Purpose</source>
        <translation>Raison d’être</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the charter&apos;s purpose</source>
        <translation>Modifier la raison d’être de la charte</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Add purpose area “%1”</source>
        <translation>Ajouter l’axe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove purpose area “%1”</source>
        <translation>Retirer l’axe «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Purpose areas</source>
        <translation>Axes de la raison d’être</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Need</source>
        <translation>Besoin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the charter&apos;s need</source>
        <translation>Modifier le besoin énoncé dans la charte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Scope</source>
        <translation>Périmètre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the charter&apos;s scope</source>
        <translation>Modifier le périmètre de la charte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For members</source>
        <translation>Pour les membres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the value for members</source>
        <translation>Modifier la valeur pour les membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>For the organisation</source>
        <translation>Pour l’organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit the value for the organisation</source>
        <translation>Modifier la valeur pour l’organisation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the community works</source>
        <translation>Fonctionnement de la communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the charter&apos;s governance</source>
        <translation>Modifier la gouvernance de la charte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ground rules</source>
        <translation>Règles de fonctionnement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the ground rules</source>
        <translation>Modifier les règles de fonctionnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Channels</source>
        <translation>Canaux</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the community&apos;s channels</source>
        <translation>Modifier les canaux de la communauté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit the community&apos;s workspace</source>
        <translation>Modifier l’espace de travail de la communauté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dates and attendance</source>
        <translation>Dates et présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the community&apos;s start date</source>
        <translation>Modifier la date de début de la communauté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the community&apos;s end date</source>
        <translation>Modifier la date de fin de la communauté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Attendance threshold</source>
        <translation>Seuil de présence</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> % of the event</source>
        <translation>&#xa0;% de l’événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share of an event&apos;s duration a member must attend to be counted as present</source>
        <translation>Part de la durée d’un événement à laquelle un membre doit assister pour être compté présent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance counts from</source>
        <translation>La présence compte à partir de</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change the attendance threshold</source>
        <translation>Modifier le seuil de présence</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Add Budget Line</source>
        <translation>&amp;Ajouter une ligne de budget</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New item</source>
        <translation>Nouveau poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add a budget line</source>
        <translation>Ajouter une ligne de budget</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;Goal</source>
        <translation>Ajouter un &amp;objectif</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New goal</source>
        <translation>Nouvel objectif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a goal</source>
        <translation>Ajouter un objectif</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+138"/>
        <location line="+2"/>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>Rename the budget line “%1”</source>
        <translation>Renommer la ligne de budget «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit the notes of the budget line “%1”</source>
        <translation>Modifier les notes de la ligne de budget «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Change the amount of the budget line “%1”</source>
        <translation>Modifier le montant de la ligne de budget «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Rename the goal “%1”</source>
        <translation>Renommer l’objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Change the unit of the goal “%1”</source>
        <translation>Modifier l’unité de l’objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Change the due date of the goal “%1”</source>
        <translation>Modifier l’échéance de l’objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Change how the goal “%1” is measured</source>
        <translation>Modifier la mesure de l’objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Remove the measurement of %1 from “%2”</source>
        <translation>Retirer la mesure du %1 de «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Add a measurement to “%1”</source>
        <translation>Ajouter une mesure à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="vanished">Modifier le champ «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-474"/>
        <location line="+9"/>
        <source>Not written yet</source>
        <translation>Pas encore rédigé</translation>
    </message>
    <message>
        <source>Change %1 date</source>
        <translation type="vanished">Modifier la date&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Charter · %1</source>
        <translation>Charte · %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>No budget lines yet.</source>
        <translation>Aucune ligne de budget pour l’instant.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Item</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+36"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Budget item</source>
        <translation>Poste budgétaire</translation>
    </message>
    <message>
        <source>Rename a budget line</source>
        <translation type="vanished">Renommer une ligne de budget</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Budget notes</source>
        <translation>Notes du budget</translation>
    </message>
    <message>
        <source>Edit budget notes</source>
        <translation type="vanished">Modifier les notes du budget</translation>
    </message>
    <message>
        <source>Change a budget amount</source>
        <translation type="vanished">Modifier un montant du budget</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+143"/>
        <location line="+114"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="-255"/>
        <source>Remove budget line %1</source>
        <translation>Retirer la ligne de budget %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove budget line “%1”</source>
        <translation>Retirer la ligne de budget «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No goals set yet.</source>
        <translation>Aucun objectif fixé pour l’instant.</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <source>Rename a goal</source>
        <translation type="vanished">Renommer un objectif</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Remove goal %1</source>
        <translation>Retirer l’objectif %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove goal “%1”</source>
        <translation>Retirer l’objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Change goal %1</source>
        <translation type="vanished">Modifier l’objectif (%1)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Baseline</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the baseline of the goal “%1”</source>
        <translation>Modifier le point de départ de l’objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change the target of the goal “%1”</source>
        <translation>Modifier la cible de l’objectif «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+8"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>members, %, events…</source>
        <translation>membres,&#xa0;%, événements…</translation>
    </message>
    <message>
        <source>Change goal unit</source>
        <translation type="vanished">Modifier l’unité de l’objectif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Change goal due date</source>
        <translation type="vanished">Modifier l’échéance de l’objectif</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+33"/>
        <source>Measured by</source>
        <translation>Mesuré par</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Measurements entered by hand</source>
        <translation>Mesures saisies à la main</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Metric: %1</source>
        <translation>Indicateur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Survey item: %1</source>
        <translation>Question de questionnaire&#xa0;: %1</translation>
    </message>
    <message>
        <source>Change how a goal is measured</source>
        <translation type="vanished">Modifier la mesure d’un objectif</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From %1 to %2</source>
        <translation>De %1 à %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2</source>
        <translation>%1 d’ici le %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2%3</source>
        <translation>%1&#xa0;: %2%3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Remove measurement of %1</source>
        <translation>Retirer la mesure du %1</translation>
    </message>
    <message>
        <source>Remove a measurement</source>
        <translation type="vanished">Retirer une mesure</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Measured</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Measurement date</source>
        <translation>Date de la mesure</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Measured value</source>
        <translation>Valeur mesurée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Measurement</source>
        <translation>Ajouter une mesure</translation>
    </message>
    <message>
        <source>Add a measurement</source>
        <translation type="vanished">Ajouter une mesure</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New measurement</source>
        <translation>Nouvelle mesure</translation>
    </message>
</context>
<context>
    <name>cultivate::Charts</name>
    <message>
        <location filename="../core/charts/metricscharts.cpp" line="+108"/>
        <location line="+271"/>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <location line="-217"/>
        <source>Turnout per event</source>
        <translation>Participation par événement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credited attendees / members</source>
        <translation>Participants comptabilisés / membres</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No event with a known turnout in this period</source>
        <translation>Aucun événement dont la participation est connue pendant cette période</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Active members and newcomers per month</source>
        <translation>Membres actifs et nouveaux membres par mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No member was active in this period</source>
        <translation>Aucun membre n’a été actif pendant cette période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Active members</source>
        <translation>Membres actifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newcomers</source>
        <translation>Nouveaux membres</translation>
    </message>
    <message>
        <location line="+21"/>
        <location line="+128"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="-87"/>
        <source>Participation levels per quarter</source>
        <translation>Niveaux de participation par trimestre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No member has a participation level in this period</source>
        <translation>Aucun membre n’a de niveau de participation pendant cette période</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Expected core (%1–%2)</source>
        <translation>Noyau attendu (%1–%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expected core + active (%1–%2)</source>
        <translation>Noyau + actifs attendus (%1–%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>% of members</source>
        <translation>% des membres</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Level flows</source>
        <translation>Mouvements entre niveaux</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Level flows need members active in two quarters</source>
        <translation>Les mouvements entre niveaux demandent des membres actifs sur deux trimestres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Moved up</source>
        <translation>Montés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Stables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Moved down</source>
        <translation>Descendus</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Who makes the contributions</source>
        <translation>Qui apporte les contributions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No contributions in this period</source>
        <translation>Aucune contribution pendant cette période</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Share of contribution weight</source>
        <translation>Part du poids des contributions</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>Half of the weight: %n member(s)</source>
        <translation>
            <numerusform>La moitié du poids&#xa0;: %n membre</numerusform>
            <numerusform>La moitié du poids&#xa0;: %n membres</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Members, most contributing first</source>
        <translation>Membres, du plus contributeur au moins contributeur</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Check-ins: share answering yes</source>
        <translation>Points d’étape&#xa0;: part de «&#xa0;oui&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Yes share</source>
        <translation>Part de «&#xa0;oui&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No check-in with yes/no questions in this period</source>
        <translation>Aucun point d’étape avec des questions oui/non pendant cette période</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Progress towards the goals</source>
        <translation>Avancement vers les objectifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The charter has no goals yet</source>
        <translation>La charte n’a pas encore d’objectifs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>% of the way from baseline to target</source>
        <translation>% du chemin du point de départ à la cible</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Retention by month of first activity</source>
        <translation>Rétention selon le mois de première activité</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No activity yet</source>
        <translation>Pas encore d’activité</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1 is still running: its lighter bars count its days so far, and it feeds no headline figure.</source>
        <translation>%1 est en cours&#xa0;: ses barres plus claires comptent ses jours jusqu’ici, et il n’alimente aucun chiffre clé.</translation>
    </message>
</context>
<context>
    <name>cultivate::ChecklistItemDialog</name>
    <message>
        <location filename="../ui/lifecycle/checklistitemdialog.cpp" line="+25"/>
        <source>New Checklist Item</source>
        <translation>Nouvel élément de liste de contrôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Checklist Item</source>
        <translation>Élément de liste de contrôle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Due</source>
        <translation>É&amp;chéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due date:</source>
        <translation>Échéance&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;one on</source>
        <translation>&amp;Fait le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Done date</source>
        <translation>Date de réalisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done:</source>
        <translation>Fait&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Evidence</source>
        <translation>Preuve</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What shows this is done: a decision, a document, a number…</source>
        <translation>Ce qui montre que c’est fait&#xa0;: une décision, un document, un chiffre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Evidence:</source>
        <translation>&amp;Preuve&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>E&amp;vent:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence event</source>
        <translation>Événement servant de preuve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No event</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence resource</source>
        <translation>Ressource servant de preuve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No resource</source>
        <translation>Aucune ressource</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Survey:</source>
        <translation>&amp;Questionnaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence survey</source>
        <translation>Questionnaire servant de preuve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No survey</source>
        <translation>Aucun questionnaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stor&amp;y:</source>
        <translation>Réci&amp;t&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Evidence story</source>
        <translation>Récit servant de preuve</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No story</source>
        <translation>Aucun récit</translation>
    </message>
</context>
<context>
    <name>cultivate::ChecklistView</name>
    <message>
        <location filename="../ui/lifecycle/checklistview.cpp" line="+54"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This stage has no checklist items yet.</source>
        <translation>Cette étape n’a pas encore d’éléments de liste de contrôle.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add Item…</source>
        <translation>&amp;Ajouter un élément…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add an item of your own to this stage&apos;s checklist</source>
        <translation>Ajouter votre propre élément à la liste de contrôle de cette étape</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Mark “%1” not done</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme non fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark “%1” done</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme fait</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+20"/>
        <location line="+67"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="-87"/>
        <location line="+87"/>
        <source>Not done</source>
        <translation>Non fait</translation>
    </message>
    <message>
        <location line="-69"/>
        <source>Done %1</source>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Overdue since %1</source>
        <translation>En retard depuis le %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due %1</source>
        <translation>Échéance&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Evidence: %1</source>
        <translation>Preuve&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit “%1”</source>
        <translation>Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move “%1” up</source>
        <translation>Monter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Move “%1” down</source>
        <translation>Descendre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Remove “%1”</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>cultivate::ColumnRole</name>
    <message>
        <location filename="../core/importers/importformat.cpp" line="+317"/>
        <source>Ignore</source>
        <translation>Ignorer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Join time</source>
        <translation>Heure de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave time</source>
        <translation>Heure de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined the community</source>
        <translation>Arrivée dans la communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left the community</source>
        <translation>Départ de la communauté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May appear in reports</source>
        <translation>Peut figurer dans les rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May be quoted</source>
        <translation>Peut être cité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment signed</source>
        <translation>Engagement signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign-in name</source>
        <translation>Nom de connexion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In the waiting room</source>
        <translation>En salle d’attente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting title</source>
        <translation>Intitulé de la rencontre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting start</source>
        <translation>Début de la rencontre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Meeting duration</source>
        <translation>Durée de la rencontre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not needed</source>
        <translation>Inutile</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>“%1” is not ROLE=COLUMN (roles: name, first-name, last-name, email, organisation, role, join, leave, minutes, status, guest, notes, ignore)</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas la forme RÔLE=COLONNE (rôles&#xa0;: name, first-name, last-name, email, organisation, role, join, leave, minutes, status, guest, notes, ignore)</translation>
    </message>
</context>
<context>
    <name>cultivate::Composer</name>
    <message>
        <source>A member</source>
        <translation type="vanished">Un membre</translation>
    </message>
    <message>
        <source>Our community</source>
        <translation type="vanished">Notre communauté</translation>
    </message>
    <message>
        <source>%1 — stakeholder report</source>
        <translation type="vanished">%1 — rapport aux parties prenantes</translation>
    </message>
    <message>
        <source>No section was chosen for this report.</source>
        <translation type="vanished">Aucune section n’a été choisie pour ce rapport.</translation>
    </message>
    <message>
        <source>Stakeholder report, %1</source>
        <translation type="vanished">Rapport aux parties prenantes, %1</translation>
    </message>
    <message>
        <source>Stakeholder report</source>
        <translation type="vanished">Rapport aux parties prenantes</translation>
    </message>
    <message>
        <source>Reporting period: %1</source>
        <translation type="vanished">Période couverte&#xa0;: %1</translation>
    </message>
    <message>
        <source>a co-facilitator</source>
        <translation type="vanished">un co-animateur</translation>
    </message>
    <message>
        <source>%1 co-facilitators</source>
        <translation type="vanished">%1 co-animateurs</translation>
    </message>
    <message>
        <source>Prepared by %1, facilitator</source>
        <translation type="vanished">Préparé par %1, animation</translation>
    </message>
    <message>
        <source>Prepared by the community&apos;s facilitator</source>
        <translation type="vanished">Préparé par l’animation de la communauté</translation>
    </message>
    <message>
        <source>Issued %1</source>
        <translation type="vanished">Publié le %1</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation type="vanished">Sommaire</translation>
    </message>
    <message>
        <source>There is nothing to report for %1 yet: no members are counted and no events were held. The sections below say what each figure will show once the community is active.</source>
        <translation type="vanished">Il n’y a encore rien à rapporter pour %1&#xa0;: aucun membre n’est compté et aucun événement n’a eu lieu. Les sections ci-dessous indiquent ce que chaque chiffre montrera une fois la communauté active.</translation>
    </message>
    <message>
        <source>In the period %1, the community held %2</source>
        <translation type="vanished">Sur la période %1, la communauté a tenu %2</translation>
    </message>
    <message>
        <source>%1 still planned</source>
        <translation type="vanished">%1 encore prévus</translation>
    </message>
    <message>
        <source>%1 cancelled</source>
        <translation type="vanished">%1 annulés</translation>
    </message>
    <message>
        <source>, with %1. %2 of its %3 attended at least once, and members attended %4 of the events held while they were members, on average.</source>
        <translation type="vanished">, avec %1. %2 de ses %3 ont assisté au moins une fois, et les membres ont assisté en moyenne à %4 des événements tenus pendant leur adhésion.</translation>
    </message>
    <message>
        <source>Figure</source>
        <translation type="vanished">Chiffre</translation>
    </message>
    <message>
        <source>This period</source>
        <translation type="vanished">Cette période</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation type="vanished">Période précédente</translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="vanished">Évolution</translation>
    </message>
    <message>
        <source>Members counted</source>
        <translation type="vanished">Membres comptés</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation type="vanished">Événements tenus</translation>
    </message>
    <message>
        <source>Credited attendances</source>
        <translation type="vanished">Présences comptabilisées</translation>
    </message>
    <message>
        <source>Reach</source>
        <translation type="vanished">Portée</translation>
    </message>
    <message>
        <source>Mean attendance rate</source>
        <translation type="vanished">Taux de présence moyen</translation>
    </message>
    <message>
        <source>Active members in %1</source>
        <translation type="vanished">Membres actifs en %1</translation>
    </message>
    <message>
        <source>Stickiness</source>
        <translation type="vanished">Fidélisation</translation>
    </message>
    <message>
        <source>Newcomers</source>
        <translation type="vanished">Nouveaux membres</translation>
    </message>
    <message>
        <source>Newcomer conversion</source>
        <translation type="vanished">Conversion des nouveaux membres</translation>
    </message>
    <message>
        <source>Core and active members</source>
        <translation type="vanished">Membres du noyau et actifs</translation>
    </message>
    <message>
        <source>Contribution weight</source>
        <translation type="vanished">Poids des contributions</translation>
    </message>
    <message>
        <source>The previous period is the %1 just before this one (%2). The appendix defines every figure.</source>
        <translation type="vanished">La période précédente est %1 juste avant celle-ci (%2). L’annexe définit chaque chiffre.</translation>
    </message>
    <message>
        <source>There is no earlier period of the same length to compare with: this period starts with the plan. The appendix defines every figure.</source>
        <translation type="vanished">Il n’y a pas de période antérieure de même durée à laquelle comparer&#xa0;: cette période commence avec le plan. L’annexe définit chaque chiffre.</translation>
    </message>
    <message>
        <source>%1 of %2 goals are at least halfway from their baseline to their target.</source>
        <translation type="vanished">%1 objectifs sur %2 ont parcouru au moins la moitié du chemin entre leur point de départ et leur cible.</translation>
    </message>
    <message>
        <source>The best-attended event was “%1” on %2, with %3 of members taking part.</source>
        <translation type="vanished">L’événement le plus suivi a été «&#xa0;%1&#xa0;» le %2, avec la participation de %3 des membres.</translation>
    </message>
    <message>
        <source>%1 shared with consent show the value the community creates.</source>
        <translation type="vanished">%1 partagés avec consentement montrent la valeur que crée la communauté.</translation>
    </message>
    <message>
        <source>The health check raised no concerns.</source>
        <translation type="vanished">Le bilan de santé n’a soulevé aucune inquiétude.</translation>
    </message>
    <message>
        <source>Health check: %1. The recommendations say what to do next.</source>
        <translation type="vanished">Bilan de santé&#xa0;: %1. Les recommandations indiquent quoi faire ensuite.</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation type="vanished">Points forts</translation>
    </message>
    <message>
        <source>The charter does not state the community&apos;s purpose yet.</source>
        <translation type="vanished">La charte n’énonce pas encore la raison d’être de la communauté.</translation>
    </message>
    <message>
        <source>Purpose:</source>
        <translation type="vanished">Raison d’être&#xa0;:</translation>
    </message>
    <message>
        <source>Domain:</source>
        <translation type="vanished">Domaine&#xa0;:</translation>
    </message>
    <message>
        <source>Focus:</source>
        <translation type="vanished">Axes&#xa0;:</translation>
    </message>
    <message>
        <source>Value for the organisation:</source>
        <translation type="vanished">Valeur pour l’organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="vanished">Objectifs</translation>
    </message>
    <message>
        <source>No goals have been set yet. Two or three measurable goals, each with a baseline and a target, turn the purpose into outcomes that sponsors can follow.</source>
        <translation type="vanished">Aucun objectif n’a encore été fixé. Deux ou trois objectifs mesurables, chacun avec un point de départ et une cible, transforment la raison d’être en résultats que les commanditaires peuvent suivre.</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="vanished">Objectif</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="vanished">Mesure</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation type="vanished">Départ</translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="vanished">Cible</translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="vanished">Actuel</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="vanished">Avancement</translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="vanished">Échéance</translation>
    </message>
    <message>
        <source>Progress is the share of the way from the baseline to the target, between 0% and 100%. “Now” is the linked figure for this period or the latest measurement.</source>
        <translation type="vanished">L’avancement est la part du chemin parcourue entre le point de départ et la cible, entre 0&#xa0;% et 100&#xa0;%. «&#xa0;Actuel&#xa0;» est le chiffre lié pour cette période ou la dernière mesure.</translation>
    </message>
    <message>
        <source>No goal has a measurement yet, so there is no progress to chart.</source>
        <translation type="vanished">Aucun objectif n’a encore de mesure&#xa0;: il n’y a donc pas d’avancement à représenter.</translation>
    </message>
    <message>
        <source>Progress towards each goal</source>
        <translation type="vanished">Avancement vers chaque objectif</translation>
    </message>
    <message>
        <source>The plan has no lifecycle stages yet.</source>
        <translation type="vanished">Le plan n’a pas encore d’étapes de cycle de vie.</translation>
    </message>
    <message>
        <source>A community moves through five stages, from defining its domain to evaluating its first year. A stage&apos;s readiness is the share of its checklist that is done.</source>
        <translation type="vanished">Une communauté passe par cinq étapes, de la définition de son domaine à l’évaluation de sa première année. L’état de préparation d’une étape est la part de sa liste de contrôle déjà faite.</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="vanished">Étape</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">État</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation type="vanished">Prévue</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation type="vanished">Préparation</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="vanished">%1, en retard</translation>
    </message>
    <message>
        <source>no checklist</source>
        <translation type="vanished">pas de liste de contrôle</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation type="vanished">%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source> (due %1)</source>
        <translation type="vanished"> (échéance %1)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation type="vanished">et %1 de plus</translation>
    </message>
    <message>
        <source>Next steps in the %1 stage</source>
        <translation type="vanished">Prochaines étapes de l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>No events were held in this period, so there is no turnout to show yet.</source>
        <translation type="vanished">Aucun événement n’a eu lieu pendant cette période&#xa0;: il n’y a donc pas encore de participation à montrer.</translation>
    </message>
    <message>
        <source>%1 planned.</source>
        <translation type="vanished">%1 prévus.</translation>
    </message>
    <message>
        <source>%1 were held and members were credited with %2. The average turnout per event was %3 of the members at the time. An attendance is credited when a member was present for at least %4 of the event.</source>
        <translation type="vanished">%1 ont eu lieu et %2 ont été comptabilisées pour les membres. La participation moyenne par événement a été de %3 des membres du moment. Une présence est comptabilisée quand un membre a été présent pendant au moins %4 de l’événement.</translation>
    </message>
    <message>
        <source>Turnout per event: credited attendees as a share of members</source>
        <translation type="vanished">Participation par événement&#xa0;: participants comptabilisés en part des membres</translation>
    </message>
    <message>
        <source>Active members and newcomers per month</source>
        <translation type="vanished">Membres actifs et nouveaux membres par mois</translation>
    </message>
    <message>
        <source>No member was active in any month of this period.</source>
        <translation type="vanished">Aucun membre n’a été actif au cours d’un mois de cette période.</translation>
    </message>
    <message>
        <source>Best-attended events</source>
        <translation type="vanished">Événements les plus suivis</translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="vanished">Événement</translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="vanished">Date</translation>
    </message>
    <message>
        <source>Attendees</source>
        <translation type="vanished">Participants</translation>
    </message>
    <message>
        <source>Turnout</source>
        <translation type="vanished">Participation</translation>
    </message>
    <message>
        <source>No members are counted in this period, so there are no participation levels to show.</source>
        <translation type="vanished">Aucun membre n’est compté sur cette période&#xa0;: il n’y a donc pas de niveaux de participation à montrer.</translation>
    </message>
    <message>
        <source>Members take part at different levels. A healthy community has a small core that hosts and presents, an active group around it, and many occasional and peripheral members who learn by following. Wenger, McDermott and Snyder expect about 10ጕ% core and 15ጠ% active members.</source>
        <translation type="vanished">Les membres participent à des niveaux différents. Une communauté en bonne santé a un petit noyau qui anime et présente, un groupe actif autour de lui, et de nombreux membres occasionnels et périphériques qui apprennent en suivant. Wenger, McDermott et Snyder attendent environ 10–15&#xa0;% de membres du noyau et 15–20&#xa0;% de membres actifs.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="vanished">Niveau</translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="vanished">Membres</translation>
    </message>
    <message>
        <source>Share</source>
        <translation type="vanished">Part</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="vanished">Attendu</translation>
    </message>
    <message>
        <source>Against the band</source>
        <translation type="vanished">Par rapport à la fourchette</translation>
    </message>
    <message>
        <source>below the band</source>
        <translation type="vanished">sous la fourchette</translation>
    </message>
    <message>
        <source>above the band</source>
        <translation type="vanished">au-dessus de la fourchette</translation>
    </message>
    <message>
        <source>within the band</source>
        <translation type="vanished">dans la fourchette</translation>
    </message>
    <message>
        <source>Participation levels per quarter</source>
        <translation type="vanished">Niveaux de participation par trimestre</translation>
    </message>
    <message>
        <source>Flows between levels</source>
        <translation type="vanished">Mouvements entre niveaux</translation>
    </message>
    <message>
        <source>Flows compare consecutive quarters; this period lies within a single quarter.</source>
        <translation type="vanished">Les mouvements comparent des trimestres consécutifs&#xa0;; cette période tient dans un seul trimestre.</translation>
    </message>
    <message>
        <source>From %1 to %2, %3 moved up a level, %4 held their level and %5 moved down.</source>
        <translation type="vanished">De %1 à %2, %3 sont montés d’un niveau, %4 ont gardé leur niveau et %5 sont descendus.</translation>
    </message>
    <message>
        <source>Moves between participation levels in the latest quarter</source>
        <translation type="vanished">Mouvements entre niveaux de participation au dernier trimestre</translation>
    </message>
    <message>
        <source>Who contributes</source>
        <translation type="vanished">Qui contribue</translation>
    </message>
    <message>
        <source>No contributions were recorded in this period.</source>
        <translation type="vanished">Aucune contribution n’a été notée pendant cette période.</translation>
    </message>
    <message>
        <source>Half of the contribution weight (%1) came from %2 in %3. The fewer people carry half the weight, the more the community depends on them.</source>
        <translation type="vanished">La moitié du poids des contributions (%1) est venue de %2 en %3. Moins il y a de personnes qui portent la moitié du poids, plus la communauté dépend d’elles.</translation>
    </message>
    <message>
        <source>Cumulative share of the contribution weight</source>
        <translation type="vanished">Part cumulée du poids des contributions</translation>
    </message>
    <message>
        <source>Most active members</source>
        <translation type="vanished">Membres les plus actifs</translation>
    </message>
    <message>
        <source>Member</source>
        <translation type="vanished">Membre</translation>
    </message>
    <message>
        <source>Attendances</source>
        <translation type="vanished">Présences</translation>
    </message>
    <message>
        <source>Members who have not agreed to be named in reports appear as Ǌ member”.</source>
        <translation type="vanished">Les membres qui n’ont pas accepté d’être nommés dans les rapports apparaissent comme «&#xa0;un membre&#xa0;».</translation>
    </message>
    <message>
        <source>Nobody took part for the first time in this period, so there are no newcomers to follow yet.</source>
        <translation type="vanished">Personne n’a participé pour la première fois pendant cette période&#xa0;: il n’y a donc pas encore de nouveaux membres à suivre.</translation>
    </message>
    <message>
        <source>%1 took part for the first time in this period.</source>
        <translation type="vanished">%1 ont participé pour la première fois pendant cette période.</translation>
    </message>
    <message>
        <source>Of the newcomers whose first three months are complete, %1 reached the active or core level within them.</source>
        <translation type="vanished">Parmi les nouveaux membres dont les trois premiers mois sont complets, %1 ont atteint le niveau actif ou le noyau pendant ces mois.</translation>
    </message>
    <message>
        <source>No newcomer&apos;s first three months are complete yet, so their conversion to active or core cannot be measured.</source>
        <translation type="vanished">Les trois premiers mois d’aucun nouveau membre ne sont encore complets&#xa0;: leur conversion en membres actifs ou du noyau ne peut donc pas être mesurée.</translation>
    </message>
    <message>
        <source>Each row of the heat map is a cohort: the members whose first activity fell in that month, with their number. Each column shows the share of the cohort active one, two, three… months later; darker is better.</source>
        <translation type="vanished">Chaque ligne de la carte de chaleur est une cohorte&#xa0;: les membres dont la première activité tombe ce mois-là, avec leur nombre. Chaque colonne montre la part de la cohorte active un, deux, trois… mois plus tard&#xa0;; plus c’est foncé, mieux c’est.</translation>
    </message>
    <message>
        <source>Retention of each monthly cohort of newcomers</source>
        <translation type="vanished">Rétention de chaque cohorte mensuelle de nouveaux membres</translation>
    </message>
    <message>
        <source>No survey or check-in was run in this period. A two-minute check-in every month tells the facilitator how members are doing.</source>
        <translation type="vanished">Aucun questionnaire ni point d’étape n’a eu lieu pendant cette période. Un point d’étape de deux minutes chaque mois indique à l’animation comment vont les membres.</translation>
    </message>
    <message>
        <source>Survey</source>
        <translation type="vanished">Questionnaire</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="vanished">Type</translation>
    </message>
    <message>
        <source>Responses</source>
        <translation type="vanished">Réponses</translation>
    </message>
    <message>
        <source>Completion</source>
        <translation type="vanished">Taux de réponse</translation>
    </message>
    <message>
        <source>Recommend</source>
        <translation type="vanished">Recommandation</translation>
    </message>
    <message>
        <source>Completion is responses per member invited. The recommend score is the share of promoters (9ጐ) minus the share of detractors (0Ķ) on the 0ጐ question, from ℀ to +100.</source>
        <translation type="vanished">Le taux de réponse est le nombre de réponses par membre invité. Le score de recommandation est la part de promoteurs (9–10) moins la part de détracteurs (0–6) à la question notée de 0 à 10, de −100 à +100.</translation>
    </message>
    <message>
        <source>Check-ins</source>
        <translation type="vanished">Points d’étape</translation>
    </message>
    <message>
        <source>The share of “yes” answers across each check-in&apos;s yes/no questions.</source>
        <translation type="vanished">La part de réponses «&#xa0;oui&#xa0;» aux questions oui/non de chaque point d’étape.</translation>
    </message>
    <message>
        <source>Share answering yes in each check-in</source>
        <translation type="vanished">Part de «&#xa0;oui&#xa0;» à chaque point d’étape</translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="vanished">Question</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation type="vanished">Paires</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation type="vanished">Évolution moyenne</translation>
    </message>
    <message>
        <source>Improved</source>
        <translation type="vanished">En progrès</translation>
    </message>
    <message>
        <source>Change from the baseline to the final survey</source>
        <translation type="vanished">Évolution du questionnaire initial au questionnaire final</translation>
    </message>
    <message>
        <source>Each respondent&apos;s final answer is compared with their own baseline answer to the same item; the mean change is in the item&apos;s own scale.</source>
        <translation type="vanished">La réponse finale de chaque répondant est comparée à sa propre réponse initiale à la même question&#xa0;; l’évolution moyenne est exprimée dans l’échelle de la question.</translation>
    </message>
    <message>
        <source>value: %1</source>
        <translation type="vanished">valeur&#xa0;: %1</translation>
    </message>
    <message>
        <source>With:</source>
        <translation type="vanished">Avec&#xa0;:</translation>
    </message>
    <message>
        <source>No story was shared with consent in this period. Success stories and reflections show sponsors the value the community creates; the success-story drive collects them.</source>
        <translation type="vanished">Aucun récit n’a été partagé avec consentement pendant cette période. Les récits de réussite et les réflexions montrent aux commanditaires la valeur que crée la communauté&#xa0;; la collecte de récits de réussite sert à les recueillir.</translation>
    </message>
    <message>
        <source>%1 recorded without consent to share are left out of this report.</source>
        <translation type="vanished">%1 notés sans consentement au partage sont laissés hors de ce rapport.</translation>
    </message>
    <message>
        <source>The health check raised no concerns: none of its rules fired for this period.</source>
        <translation type="vanished">Le bilan de santé n’a soulevé aucune inquiétude&#xa0;: aucune de ses règles ne s’est déclenchée sur cette période.</translation>
    </message>
    <message>
        <source>Verdict: %1.</source>
        <translation type="vanished">Verdict&#xa0;: %1.</translation>
    </message>
    <message>
        <source>The health check looks for the pitfalls that most often hold a community back. Each point names its evidence and what to do next.</source>
        <translation type="vanished">Le bilan de santé repère les écueils qui freinent le plus souvent une communauté. Chaque point indique ses éléments de preuve et la suite à donner.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="vanished">%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation type="vanished">Éléments de preuve&#xa0;:</translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation type="vanished">Recommandation&#xa0;:</translation>
    </message>
    <message>
        <source>How each figure is computed</source>
        <translation type="vanished">Comment chaque chiffre est calculé</translation>
    </message>
    <message>
        <source>Figures cover the period %1, as of %2. Members counted are those with the role member, champion, subject-matter expert or guest who were members at some time in the period; %3</source>
        <translation type="vanished">Les chiffres portent sur la période %1, à la date du %2. Les membres comptés sont ceux dont le rôle est membre, ambassadeur, expert du domaine ou invité et qui ont été membres à un moment de la période&#xa0;; %3</translation>
    </message>
    <message>
        <source>this report counts facilitators and sponsors too.</source>
        <translation type="vanished">ce rapport compte aussi les animateurs et les commanditaires.</translation>
    </message>
    <message>
        <source>facilitators and sponsors are left out.</source>
        <translation type="vanished">les animateurs et les commanditaires sont exclus.</translation>
    </message>
    <message>
        <source>Data sources</source>
        <translation type="vanished">Sources des données</translation>
    </message>
    <message>
        <source>Plan file %1, read on %2 by Cultivate %3. Every figure comes from the records below.</source>
        <translation type="vanished">Fichier de plan %1, lu le %2 par Cultivate %3. Chaque chiffre provient des enregistrements ci-dessous.</translation>
    </message>
    <message>
        <source>Records</source>
        <translation type="vanished">Enregistrements</translation>
    </message>
    <message>
        <source>In the plan</source>
        <translation type="vanished">Dans le plan</translation>
    </message>
    <message>
        <source>No files were imported: every record was entered in Cultivate.</source>
        <translation type="vanished">Aucun fichier n’a été importé&#xa0;: chaque enregistrement a été saisi dans Cultivate.</translation>
    </message>
    <message>
        <source>Imported file</source>
        <translation type="vanished">Fichier importé</translation>
    </message>
    <message>
        <source>Format</source>
        <translation type="vanished">Format</translation>
    </message>
    <message>
        <source>Imported</source>
        <translation type="vanished">Importé</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="vanished">Lignes</translation>
    </message>
    <message>
        <source>Contribution kind</source>
        <translation type="vanished">Type de contribution</translation>
    </message>
    <message>
        <source>Weight</source>
        <translation type="vanished">Poids</translation>
    </message>
    <message>
        <source>Names of members who have not agreed to appear in reports are never printed; wherever one would appear, the report says Ǌ member” instead. Only stories shared with consent are included.</source>
        <translation type="vanished">Les noms des membres qui n’ont pas accepté de figurer dans les rapports ne sont jamais imprimés&#xa0;; partout où l’un d’eux apparaîtrait, le rapport écrit «&#xa0;un membre&#xa0;» à la place. Seuls les récits partagés avec consentement sont inclus.</translation>
    </message>
</context>
<context>
    <name>cultivate::ContributionDialog</name>
    <message>
        <location filename="../ui/people/contributiondialog.cpp" line="+31"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>New Contribution</source>
        <translation>Nouvelle contribution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contribution</source>
        <translation>Contribution</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No event</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No resource</source>
        <translation>Aucune ressource</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Resource:</source>
        <translation>&amp;Ressource&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Note:</source>
        <translation>N&amp;ote&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cultivate::ContributionModel</name>
    <message>
        <location filename="../ui/people/contributionmodel.cpp" line="+411"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
</context>
<context>
    <name>cultivate::ContributionsTab</name>
    <message>
        <location filename="../ui/people/contributionstab.cpp" line="+82"/>
        <source>&amp;Add Contribution…</source>
        <translation>&amp;Ajouter une contribution…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Weights…</source>
        <translation>&amp;Poids…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Find a member&apos;s contributions</source>
        <translation>Trouver les contributions d’un membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Find a member</source>
        <translation>Trouver un membre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Loading contributions</source>
        <translation>Chargement des contributions</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Recog&amp;nise a Member…</source>
        <translation>Reco&amp;nnaître un membre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove Recognition</source>
        <translation>Retirer la reconnaissance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Recognitions</source>
        <translation>Reconnaissances</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Loading contributions…</source>
        <translation>Chargement des contributions…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No contributions yet. Log posts, answers, resources shared, presentations and hosting: they count towards each member&apos;s participation level.</source>
        <translation>Aucune contribution pour l’instant. Notez les messages, réponses, ressources partagées, présentations et animations&#xa0;: elles comptent dans le niveau de participation de chaque membre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 contributions · total weight %2</source>
        <translation>%1 contributions · poids total %2</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Log a contribution</source>
        <translation>Noter une contribution</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit a contribution</source>
        <translation>Modifier une contribution</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove a contribution</source>
        <translation>Retirer une contribution</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Change contribution weights</source>
        <translation>Modifier les poids des contributions</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Recognise a member</source>
        <translation>Reconnaître un membre</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove a recognition</source>
        <translation>Retirer une reconnaissance</translation>
    </message>
</context>
<context>
    <name>cultivate::DashboardPage</name>
    <message>
        <location filename="../ui/dashboard/dashboardpage.cpp" line="+62"/>
        <location line="+9"/>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>+%1 pts</source>
        <translation>+%1 pts</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>−%1 pts</source>
        <translation>−%1 pts</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counted members in the window (facilitators and sponsors are left out).</source>
        <translation>Membres comptés sur la période (les animateurs et les commanditaires sont exclus).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events held</source>
        <translation>Événements tenus</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Events marked held in the window.</source>
        <translation>Événements marqués comme tenus sur la période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited attendances</source>
        <translation>Présences comptabilisées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presences at held events, for at least the plan&apos;s share of the event&apos;s length.</source>
        <translation>Présences aux événements tenus, pour au moins la part de la durée de l’événement fixée par le plan.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of members who attended at least one event in the window.</source>
        <translation>Part des membres ayant assisté à au moins un événement sur la période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean attendance rate</source>
        <translation>Taux de présence moyen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>On average, the share of the events held while someone was a member that they attended.</source>
        <translation>En moyenne, la part des événements tenus pendant qu’une personne était membre auxquels elle a assisté.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+444"/>
        <source>Active in the latest month</source>
        <translation>Actifs le dernier mois</translation>
    </message>
    <message>
        <location line="-443"/>
        <source>Members who attended or contributed in the latest complete month of the window (a month still running is never a headline).</source>
        <translation>Membres ayant assisté ou contribué pendant le dernier mois complet de la période (un mois en cours n’est jamais mis en avant).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+443"/>
        <source>Stickiness</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <location line="-442"/>
        <source>Members active in the latest complete month, out of everyone active at least once in the twelve months up to it.</source>
        <translation>Membres actifs le dernier mois complet, sur l’ensemble des personnes actives au moins une fois pendant les douze mois qui le précèdent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newcomer conversion</source>
        <translation>Conversion des nouveaux membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of the window&apos;s newcomers who became active or core within three months.</source>
        <translation>Part des nouveaux membres de la période devenus actifs ou membres du noyau en trois mois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Compared with last year</source>
        <translation>Par rapport à l’an dernier</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No events held in this window yet. The charts appear once an event is marked held or a contribution is recorded; choose a longer window to look further back.</source>
        <translation>Aucun événement tenu sur cette période pour l’instant. Les graphiques apparaissent dès qu’un événement est marqué comme tenu ou qu’une contribution est notée&#xa0;; choisissez une période plus longue pour remonter plus loin.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Turnout per event</source>
        <translation>Participation par événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active members and newcomers per month</source>
        <translation>Membres actifs et nouveaux membres par mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation levels per quarter</source>
        <translation>Niveaux de participation par trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level flows between quarters</source>
        <translation>Mouvements entre niveaux d’un trimestre à l’autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Retention by month of first activity</source>
        <translation>Rétention selon le mois de première activité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contribution concentration</source>
        <translation>Concentration des contributions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in trend</source>
        <translation>Évolution des points d’étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goal progress</source>
        <translation>Avancement des objectifs</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+69"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Behind the figure</source>
        <translation>Derrière le chiffre</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+672"/>
        <source>Behind the figures</source>
        <translation>Derrière les chiffres</translation>
    </message>
    <message>
        <location line="-666"/>
        <source>Members or events behind the selected figure</source>
        <translation>Membres ou événements derrière le chiffre sélectionné</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Health check and details</source>
        <translation>Bilan de santé et détails</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+205"/>
        <source>Open a plan to see its dashboard.</source>
        <translation>Ouvrez un plan pour voir son tableau de bord.</translation>
    </message>
    <message>
        <location line="-185"/>
        <source>Updating the figures</source>
        <translation>Mise à jour des chiffres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Window:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Window of the figures</source>
        <translation>Période des chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This month</source>
        <translation>Ce mois-ci</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This quarter</source>
        <translation>Ce trimestre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan year so far</source>
        <translation>Année du plan jusqu’ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <location line="+157"/>
        <source>Computing the figures…</source>
        <translation>Calcul des chiffres…</translation>
    </message>
    <message>
        <location line="+183"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+250"/>
        <source>Click a figure, a bar or a point to list the members or events behind it.</source>
        <translation>Cliquez sur un chiffre, une barre ou un point pour lister les membres ou les événements qui le composent.</translation>
    </message>
    <message>
        <location line="-396"/>
        <source>The figures could not be computed: %1</source>
        <translation>Les chiffres n’ont pas pu être calculés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 · changes compared with %2</source>
        <translation>%1 · évolution par rapport à %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>first period of the plan</source>
        <translation>première période du plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no complete month yet</source>
        <translation>pas encore de mois complet</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+10"/>
        <source>%1 on the previous period</source>
        <translation>%1 par rapport à la période précédente</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>not enough activity yet</source>
        <translation>pas encore assez d’activité</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+230"/>
        <location line="+137"/>
        <source>Active in %1</source>
        <translation>Actifs en %1</translation>
    </message>
    <message>
        <location line="-365"/>
        <source>Stickiness, %1</source>
        <translation>Fidélisation, %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Compared with last year:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Par rapport à l’an dernier&#xa0;:&lt;/b&gt;&#xa0;%1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Compared with the same months last year (%1, from “%2”)</source>
        <translation>Par rapport aux mêmes mois de l’an dernier (%1, d’après «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>L’an dernier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <source>Expected core (%1–%2)</source>
        <translation type="vanished">Noyau attendu (%1–%2)</translation>
    </message>
    <message>
        <source>Expected core + active (%1–%2)</source>
        <translation type="vanished">Noyau + actifs attendus (%1–%2)</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Each row is the members whose first activity fell in that month; each cell the share of them active k months later.</source>
        <translation>Chaque ligne regroupe les membres dont la première activité tombe ce mois-là&#xa0;; chaque case, la part d’entre eux encore actifs k mois plus tard.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 %2 (expected %3–%4%5)</source>
        <translation>%1 %2 (attendu %3–%4%5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, below</source>
        <translation>, en dessous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>, above</source>
        <translation>, au-dessus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Whole window: %1. The shaded bands mark the expected share of core members (lower) and of core and active members together (upper).</source>
        <translation>Toute la période&#xa0;: %1. Les bandes ombrées marquent la part attendue de membres du noyau (en bas) et de membres du noyau et actifs réunis (en haut).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1, %2
%3 of %4 members attended (%5)
Click to list them</source>
        <translation>%1, %2
%3 membres sur %4 ont assisté (%5)
Cliquez pour les lister</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attended %1 (%2)</source>
        <translation>Ont assisté à %1 (%2)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1
%2 active members, %3 newcomers
Click to list them</source>
        <translation>%1
%2 membres actifs, %3 nouveaux membres
Cliquez pour les lister</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Newcomers in %1</source>
        <translation>Nouveaux membres en %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, %2: %3 members (%4)
Click to list the window&apos;s %2 members</source>
        <translation>%1, %2&#xa0;: %3 membres (%4)
Cliquez pour lister les membres «&#xa0;%2&#xa0;» de la période</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 members over the window</source>
        <translation>%1 membres sur la période</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 members: %2 %3</source>
        <translation>%1 membres&#xa0;: %2 %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The %1 most contributing members hold %2 of the contribution weight
Click to list the contributors</source>
        <translation>Les %1 membres qui contribuent le plus totalisent %2 du poids des contributions
Cliquez pour lister les contributeurs</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Contributors, most first</source>
        <translation>Contributeurs, du plus actif au moins actif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: %2 answered yes</source>
        <translation>%1&#xa0;: %2 ont répondu oui</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2 of the way from %3 to %4 %5 (now %6)</source>
        <translation>%1&#xa0;: %2 du chemin de %3 à %4 %5 (actuellement %6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This plan is open read-only.</source>
        <translation>Ce plan est ouvert en lecture seule.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../ui/dashboard/drilldown.cpp" line="+21"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members in the window</source>
        <translation>Membres de la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events held in the window</source>
        <translation>Événements tenus sur la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members who attended at least once</source>
        <translation>Membres ayant assisté au moins une fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No month of the window is complete yet</source>
        <translation>Aucun mois de la période n’est encore complet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Newcomers of the window</source>
        <translation>Nouveaux membres de la période</translation>
    </message>
    <message>
        <location filename="../ui/dashboard/drilldown.cpp" line="+51"/>
        <source>%1 — %2, %3 of %4 events</source>
        <translation>%1 — %2, %3 événements sur %4</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 — weight %2 (%3)</source>
        <translation>%1 — poids %2 (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 — %2: %3 of %4 members</source>
        <translation>%1 — %2&#xa0;: %3 membres sur %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 — first active in %2</source>
        <translation>%1 — actif pour la première fois en %2</translation>
    </message>
</context>
<context>
    <name>cultivate::Demo</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+127"/>
        <source>Generating the demo community was cancelled.</source>
        <translation>La création de la communauté de démonstration a été annulée.</translation>
    </message>
    <message>
        <location line="+261"/>
        <source>A demo community has from %1 to %2 people.</source>
        <translation>Une communauté de démonstration compte de %1 à %2 personnes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A demo plan lasts from 1 to %1 months.</source>
        <translation>Un plan de démonstration dure de 1 à %1 mois.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo data goes into a new plan; this one already has members.</source>
        <translation>Les données de démonstration vont dans un nouveau plan&#xa0;; celui-ci a déjà des membres.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>No e-mail address given at sign-up.</source>
        <translation>Aucune adresse courriel donnée à l’inscription.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Facilitates the community one day a week; first contact for sponsors and partners.</source>
        <translation>Anime la communauté un jour par semaine&#xa0;; premier contact des commanditaires et des partenaires.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sponsor; reviews progress against the goals each quarter.</source>
        <translation>Commanditaire&#xa0;; fait le point sur les objectifs chaque trimestre.</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>Charter workshop with the champions</source>
        <translation>Atelier de charte avec les ambassadeurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain, audience and ground rules</source>
        <translation>Domaine, public et règles de fonctionnement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pilot group kickoff</source>
        <translation>Lancement du groupe pilote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What we want to learn together</source>
        <translation>Ce que nous voulons apprendre ensemble</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilot session: sharing current practice</source>
        <translation>Séance pilote&#xa0;: partager les pratiques actuelles</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pilot retrospective and first success story</source>
        <translation>Rétrospective du pilote et premier récit de réussite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What worked, what to change before the launch</source>
        <translation>Ce qui a fonctionné, ce qu’il faut changer avant le lancement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Orientation and baseline survey</source>
        <translation>Accueil des membres et questionnaire initial</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+95"/>
        <source>How the community works</source>
        <translation>Fonctionnement de la communauté</translation>
    </message>
    <message>
        <location line="-97"/>
        <source>Orientation session %1</source>
        <translation>Séance d’accueil %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Community launch</source>
        <translation>Lancement de la communauté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why this community, and how to join in</source>
        <translation>Pourquoi cette communauté, et comment y participer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Community meeting: %1</source>
        <translation>Rencontre de la communauté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Welcome and introductions
Member spotlight
%1
Questions and next steps</source>
        <translation>Accueil et présentations
Un membre à l’honneur
%1
Questions et prochaines étapes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly check-in</source>
        <translation>Point d’étape mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How is it going?</source>
        <translation>Comment ça se passe&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One thing you tried this month
What got in the way
What you need next</source>
        <translation>Une chose que vous avez essayée ce mois-ci
Ce qui vous a freiné
Ce dont vous avez besoin ensuite</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Webinar: %1</source>
        <translation>Webinaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Talk: %1
Questions
Where to find the slides and recording</source>
        <translation>Exposé&#xa0;: %1
Questions
Où trouver le diaporama et l’enregistrement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workshop: %1</source>
        <translation>Atelier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warm-up
Short input: %1
Hands-on in small groups
Share back and resources</source>
        <translation>Mise en route
Court apport&#xa0;: %1
Travail en petits groupes
Retour en plénière et ressources</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Discussion circle: %1</source>
        <translation>Cercle de discussion&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quarterly meetup at %1</source>
        <translation>Rencontre trimestrielle à %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Summer social</source>
        <translation>Moment convivial d’été</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>End-of-year social</source>
        <translation>Moment convivial de fin d’année</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Newcomer orientation</source>
        <translation>Accueil des nouveaux membres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mid-point review: what is working?</source>
        <translation>Bilan à mi-parcours&#xa0;: qu’est-ce qui fonctionne&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress against our goals</source>
        <translation>Où en sont nos objectifs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Success-story drive</source>
        <translation>Collecte de récits de réussite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Capturing the value we create</source>
        <translation>Saisir la valeur que nous créons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Wrap-up and final survey results</source>
        <translation>Clôture et résultats du questionnaire final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What changed, and what comes next</source>
        <translation>Ce qui a changé, et la suite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legacy planning session</source>
        <translation>Séance sur le plan de continuité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What continues, who carries it, where the library lives</source>
        <translation>Ce qui continue, qui le porte, où vit la bibliothèque</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cancelled: the speaker was ill; the topic moves to next month.</source>
        <translation>Annulé&#xa0;: l’intervenant était malade&#xa0;; le thème est reporté au mois prochain.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: it clashed with the budget deadline at most partners.</source>
        <translation>Annulé&#xa0;: la date tombait en même temps que l’échéance budgétaire chez la plupart des partenaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled: too few registrations.</source>
        <translation>Annulé&#xa0;: trop peu d’inscriptions.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording and slides are in the library.</source>
        <translation>L’enregistrement et le diaporama sont dans la bibliothèque.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lively discussion; follow-up questions went to the channel.</source>
        <translation>Discussion animée&#xa0;; les questions de suivi ont été reprises dans le canal.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Several newcomers introduced themselves.</source>
        <translation>Plusieurs nouveaux membres se sont présentés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ran ten minutes over.</source>
        <translation>Dix minutes de dépassement.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Charter agreed with the champions and both sponsors.</source>
        <translation>Charte adoptée avec les ambassadeurs et les deux commanditaires.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot group of analysts from several partners; the date-quality checklist came out of it.</source>
        <translation>Groupe pilote d’analystes de plusieurs partenaires&#xa0;; la liste de contrôle sur la qualité des données en est issue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch webinar and orientation; invitations went out through every partner&apos;s intranet.</source>
        <translation>Webinaire de lancement et accueil des membres&#xa0;; les invitations sont passées par l’intranet de chaque partenaire.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly meeting on the second Tuesday, check-in on the last Thursday, parallel sessions run by champions.</source>
        <translation>Rencontre mensuelle le deuxième mardi, point d’étape le dernier jeudi, séances parallèles animées par les ambassadeurs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Final survey, wrap-up, stakeholder report and the legacy plan.</source>
        <translation>Questionnaire final, clôture, rapport aux parties prenantes et plan de continuité.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Recording: %1</source>
        <translation>Enregistrement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slides: %1</source>
        <translation>Diaporama&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Worksheet: %1</source>
        <translation>Fiche de travail&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recording of the session, with chapter marks.</source>
        <translation>Enregistrement de la séance, avec chapitres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Material from the session, free to adapt.</source>
        <translation>Supports de la séance, libres d’adaptation.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1 (version %2)</source>
        <translation>%1 (version %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared by a member for anyone to reuse; comments welcome.</source>
        <translation>Partagé par un membre pour que chacun puisse le réutiliser&#xa0;; commentaires bienvenus.</translation>
    </message>
    <message>
        <location line="+195"/>
        <source>Paired with a newcomer for their first project.</source>
        <translation>Jumelé avec un nouveau membre pour son premier projet.</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>I know whom to ask when I am stuck on a data problem.</source>
        <translation>Je sais à qui m’adresser quand je bloque sur un problème de données.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I regularly reuse methods or code shared by colleagues in other teams.</source>
        <translation>Je réutilise régulièrement des méthodes ou du code partagés par des collègues d’autres équipes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I feel confident explaining my analysis to people who are not analysts.</source>
        <translation>Je me sens capable d’expliquer mon analyse à des personnes qui ne sont pas analystes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I feel connected to people doing similar work in other organisations.</source>
        <translation>Je me sens en lien avec des personnes qui font un travail semblable dans d’autres organisations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The way my organisation uses data is improving.</source>
        <translation>La façon dont mon organisation utilise les données s’améliore.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How likely are you to recommend this community to a colleague?</source>
        <translation>Quelle est la probabilité que vous recommandiez cette communauté à un collègue&#xa0;?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>What do you most hope to get from the community?</source>
        <translation>Qu’espérez-vous le plus retirer de la communauté&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baseline survey</source>
        <translation>Questionnaire initial</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sent to everyone at the orientation; open for ten days.</source>
        <translation>Envoyé à tous lors de l’accueil&#xa0;; ouvert dix jours.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>What has changed in your work because of the community?</source>
        <translation>Qu’est-ce qui a changé dans votre travail grâce à la communauté&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final survey</source>
        <translation>Questionnaire final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeats the baseline items; results presented at the wrap-up.</source>
        <translation>Reprend les questions du questionnaire initial&#xa0;; résultats présentés à la clôture.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The session was a good use of my time.</source>
        <translation>La séance valait le temps que j’y ai consacré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Will you apply something from this session in the next month?</source>
        <translation>Appliquerez-vous quelque chose de cette séance dans le mois qui vient&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which part was most useful?</source>
        <translation>Quelle partie a été la plus utile&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The talk</source>
        <translation>L’exposé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The discussion</source>
        <translation>La discussion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Breakout groups</source>
        <translation>Les sous-groupes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources shared afterwards</source>
        <translation>Les ressources partagées ensuite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anything we should change?</source>
        <translation>Quelque chose à changer&#xa0;?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Feedback: %1</source>
        <translation>Retour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Did you use something from the community in your work this month?</source>
        <translation>Avez-vous utilisé quelque chose de la communauté dans votre travail ce mois-ci&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Did you help, or learn from, a member you had not worked with before?</source>
        <translation>Avez-vous aidé un membre avec qui vous n’aviez jamais travaillé, ou appris de lui&#xa0;?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Check-in poll, %1</source>
        <translation>Sondage de point d’étape, %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Two yes/no questions, anonymous.</source>
        <translation>Deux questions oui/non, anonymes.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Which kind of value did the community bring you this quarter?</source>
        <translation>Quel type de valeur la communauté vous a-t-elle apporté ce trimestre&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Describe one example.</source>
        <translation>Décrivez un exemple.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value-creation check</source>
        <translation>Bilan de la création de valeur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Asked of everyone; answers feed the success-story drive.</source>
        <translation>Posé à tous&#xa0;; les réponses alimentent la collecte de récits de réussite.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Shared the story &quot;%1&quot;</source>
        <translation>A partagé le récit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Agreed with the sponsors.</source>
        <translation>Convenu avec les commanditaires.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reach most of the people we invited</source>
        <translation>Toucher la plupart des personnes invitées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share of members who attended at least one session.</source>
        <translation>Part des membres ayant assisté à au moins une séance.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>share of members</source>
        <translation>part des membres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep a steady group of active members</source>
        <translation>Garder un groupe stable de membres actifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members with a credited attendance or a contribution in the month.</source>
        <translation>Membres ayant une présence comptabilisée ou une contribution dans le mois.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>members a month</source>
        <translation>membres par mois</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Analysts reuse each other&apos;s methods</source>
        <translation>Les analystes réutilisent les méthodes des uns et des autres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean agreement with &quot;I regularly reuse methods shared by colleagues&quot; in the quarterly pulse.</source>
        <translation>Accord moyen avec «&#xa0;Je réutilise régulièrement des méthodes partagées par des collègues&#xa0;» dans le sondage trimestriel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>mean agreement (1-5)</source>
        <translation>accord moyen (1-5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Build a library of reusable templates and tools</source>
        <translation>Constituer une bibliothèque de modèles et d’outils réutilisables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Templates and tools in the shared library.</source>
        <translation>Modèles et outils dans la bibliothèque partagée.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>templates and tools</source>
        <translation>modèles et outils</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Quarterly pulse</source>
        <translation>Sondage trimestriel</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Counted in the library</source>
        <translation>Compté dans la bibliothèque</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Agreed at the charter workshop; pinned in the channel.</source>
        <translation>Adoptées lors de l’atelier de charte&#xa0;; épinglées dans le canal.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Appointed for one day a week, confirmed by the sponsors.</source>
        <translation>Désigné pour un jour par semaine, confirmé par les commanditaires.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wiki, code repository and library set up.</source>
        <translation>Wiki, dépôt de code et bibliothèque en place.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>A demo community has from %1 to %2 people over 1 to %3 months.</source>
        <translation>Une communauté de démonstration compte de %1 à %2 personnes sur 1 à %3 mois.</translation>
    </message>
</context>
<context>
    <name>cultivate::Desk</name>
    <message>
        <location filename="../core/desk/desk.cpp" line="+57"/>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>overdue since %1</source>
        <translation>en retard depuis le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>due today</source>
        <translation>à faire aujourd’hui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>due %1</source>
        <translation>pour le %1</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>the domain</source>
        <translation>le domaine</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the purpose</source>
        <translation>la raison d’être</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Write the charter</source>
        <translation>Rédiger la charte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not written yet: %1. Say what the community is about, for whom and why.</source>
        <translation>Pas encore rédigé&#xa0;: %1. Dites de quoi parle la communauté, pour qui et pourquoi.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Find the facilitator</source>
        <translation>Trouver l’animateur ou l’animatrice</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add them to the members with the facilitator role: the person who connects members, runs the events and reports on activity.</source>
        <translation>Ajoutez cette personne aux membres avec le rôle d’animation&#xa0;: elle met les membres en relation, anime les événements et rend compte de l’activité.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Invite the pilot group</source>
        <translation>Inviter le groupe pilote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members so far: %1. Start with a few committed people who care about the domain: they test the plan and bring the first success story.</source>
        <translation>Membres à ce jour&#xa0;: %1. Commencez avec quelques personnes engagées qui tiennent au domaine&#xa0;: elles mettent le plan à l’épreuve et apportent le premier récit de réussite.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set two or three measurable goals</source>
        <translation>Fixer deux ou trois objectifs mesurables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each with a baseline, a target and a date, so that the year&apos;s results can be shown.</source>
        <translation>Chacun avec une valeur de départ, une cible et une échéance, pour pouvoir montrer les résultats de l’année.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan the first events</source>
        <translation>Planifier les premiers événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A pilot kickoff, then a regular rhythm of meetings or webinars.</source>
        <translation>Un lancement du pilote, puis un rythme régulier de rencontres ou de webinaires.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Write the agenda for “%1”</source>
        <translation>Rédiger l’ordre du jour de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · the reminder carries it</source>
        <translation>%1 · le rappel le reprend</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Set the room or the link for “%1”</source>
        <translation>Indiquer la salle ou le lien de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send the reminder for “%1”</source>
        <translation>Envoyer le rappel de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · a week before, with the agenda and the place; the draft is ready</source>
        <translation>%1 · une semaine avant, avec l’ordre du jour et le lieu&#xa0;; le brouillon est prêt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Import the attendance of “%1”</source>
        <translation>Importer la présence de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on %1; no attendance recorded yet.</source>
        <translation>Tenu le %1&#xa0;; aucune présence enregistrée pour l’instant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 has passed and the event is still planned: importing its report marks it held.</source>
        <translation>Le %1 est passé et l’événement est toujours prévu&#xa0;: importer son rapport le marque comme tenu.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Send the follow-up for “%1”</source>
        <translation>Envoyer le suivi de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held on %1: the highlights, what was shared and the next date.</source>
        <translation>Tenu le %1&#xa0;: les temps forts, ce qui a été partagé et la prochaine date.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write to those who missed “%1”</source>
        <translation>Écrire aux absents de «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not there on %1: %2 of %3 members.</source>
        <translation>Absents le %1&#xa0;: %2 membres sur %3.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Reach out to %1</source>
        <translation>Reprendre contact avec %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core or active last quarter, and no activity in the last two complete months.</source>
        <translation>Noyau ou actif le trimestre dernier, et aucune activité pendant les deux derniers mois complets.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Invite %1 back</source>
        <translation>Inviter %1 à revenir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First came to “%1” on %2; events held since: %3, none attended.</source>
        <translation>Première venue à «&#xa0;%1&#xa0;» le %2&#xa0;; événements tenus depuis&#xa0;: %3, sans aucune participation.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Recognise %1&apos;s contributions</source>
        <translation>Reconnaître les contributions de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Among the members who hold half of the contribution weight (%1 this period), with no recognition in the last %2 days.</source>
        <translation>Parmi les membres qui portent la moitié du poids des contributions (%1 sur la période), sans reconnaissance depuis %2 jours.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Collect the answers to “%1”</source>
        <translation>Recueillir les réponses à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of %2 answered (%3%)</source>
        <translation>%1 réponses sur %2 (%3&#xa0;%)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answers so far: %1</source>
        <translation>réponses à ce jour&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · open until %2</source>
        <translation>%1 · ouvert jusqu’au %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Send “%1”</source>
        <translation>Envoyer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned for %1</source>
        <translation>Prévu le %1</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Run a check-in</source>
        <translation>Faire un point d’étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last one was on %1, %2 days ago: a two-minute poll shows how members are doing.</source>
        <translation>Le dernier a eu lieu le %1, il y a %2 jours&#xa0;: un sondage de deux minutes montre comment vont les membres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No check-in yet: a two-minute poll shows how members are doing.</source>
        <translation>Pas encore de point d’étape&#xa0;: un sondage de deux minutes montre comment vont les membres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next one planned is on %1.</source>
        <translation>Le prochain est prévu le %1.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>First steps</source>
        <translation>Premiers pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Coming up this week and next</source>
        <translation>Cette semaine et la suivante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>After the events</source>
        <translation>Après les événements</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The stage&apos;s checklist</source>
        <translation>La liste de contrôle de l’étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>People to reach out to</source>
        <translation>Personnes à recontacter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Surveys and check-ins</source>
        <translation>Questionnaires et points d’étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health check</source>
        <translation>Bilan de santé</translation>
    </message>
    <message>
        <location filename="../core/desk/deskdata.cpp" line="+21"/>
        <source>Stopped.</source>
        <translation>Interrompu.</translation>
    </message>
</context>
<context>
    <name>cultivate::DeskCommands</name>
    <message>
        <location filename="../ui/commands/deskcommands.cpp" line="+85"/>
        <source>Mark “%1” done</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme fait</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Snooze “%1” until %2</source>
        <translation>Reporter «&#xa0;%1&#xa0;» jusqu’au %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Bring back “%1”</source>
        <translation>Faire revenir «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>cultivate::DeskItemRow</name>
    <message>
        <location filename="../ui/overview/deskitemrow.cpp" line="+36"/>
        <source>Done on %1</source>
        <translation>Fait le %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snoozed until %1</source>
        <translation>Reporté jusqu’au %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Bring Back</source>
        <translation>Faire revenir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bring back “%1”</source>
        <translation>Faire revenir «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>%1, overdue: %2</source>
        <translation>%1, en retard&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark “%1” done</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme fait</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark it done and tick it off the stage&apos;s checklist</source>
        <translation>Marquer comme fait et le cocher dans la liste de contrôle de l’étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mark it done: it leaves the desk (Edit ▸ Undo brings it back)</source>
        <translation>Marquer comme fait&#xa0;: il quitte le bureau (Édition ▸ Annuler le fait revenir)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Snooze</source>
        <translation>Reporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Snooze “%1”</source>
        <translation>Reporter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide it for a while; it comes back on the day chosen</source>
        <translation>Le masquer pour un temps&#xa0;; il revient le jour choisi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Until &amp;Tomorrow</source>
        <translation>Jusqu’à &amp;demain</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For &amp;Three Days</source>
        <translation>Pendant &amp;trois jours</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For a &amp;Week</source>
        <translation>Pendant une &amp;semaine</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For Two W&amp;eeks</source>
        <translation>Pendant deux s&amp;emaines</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open the Charter</source>
        <translation>Ouvrir la charte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a Member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import Members…</source>
        <translation>Importer des membres…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New Event…</source>
        <translation>Nouvel événement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the Event…</source>
        <translation>Modifier l’événement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft the Reminder…</source>
        <translation>Rédiger le rappel…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft the Follow-up…</source>
        <translation>Rédiger le suivi…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft the Note…</source>
        <translation>Rédiger le message…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import the Report…</source>
        <translation>Importer le rapport…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Checklist</source>
        <translation>Ouvrir la liste de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the Member</source>
        <translation>Afficher le membre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Survey</source>
        <translation>Ouvrir le questionnaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a Check-in Poll</source>
        <translation>Rédiger un sondage de point d’étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the Dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
</context>
<context>
    <name>cultivate::DraftDialog</name>
    <message>
        <location filename="../ui/reports/draftdialog.cpp" line="+37"/>
        <source>(nobody with an e-mail address)</source>
        <translation>(personne n’a d’adresse courriel)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>A draft to send from your own mail program. Change it there as you like.</source>
        <translation>Un brouillon à envoyer depuis votre propre logiciel de courriel. Modifiez-le là-bas à votre guise.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A draft to send from your own mail program. Members are addressed in blind copy, so they do not see each other&apos;s addresses.</source>
        <translation>Un brouillon à envoyer depuis votre propre logiciel de courriel. Les membres sont en copie cachée&#xa0;: ils ne voient pas les adresses des autres.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>To:</source>
        <translation>À&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blind copy</source>
        <translation>Copie cachée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bcc (%1):</source>
        <translation>Cci (%1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subject:</source>
        <translation>Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the subject and message</source>
        <translation>Copier l’objet et le message</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open in Mail Program</source>
        <translation>&amp;Ouvrir dans le logiciel de courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open in mail program</source>
        <translation>Ouvrir dans le logiciel de courriel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Copied the subject and the message.</source>
        <translation>Objet et message copiés.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Opened in your mail program.</source>
        <translation>Ouvert dans votre logiciel de courriel.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No mail program opened. Use Copy and paste the message instead.</source>
        <translation>Aucun logiciel de courriel ne s’est ouvert. Utilisez plutôt Copier, puis collez le message.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reminder</source>
        <translation>Rappel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Note to Those Who Missed It</source>
        <translation>Mot aux absents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>No Draft</source>
        <translation>Aucun brouillon</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>cultivate::Drafts</name>
    <message>
        <location filename="../core/reports/drafts.cpp" line="+40"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+355"/>
        <source>Your facilitator</source>
        <translation>Votre animateur ou animatrice</translation>
    </message>
    <message>
        <location line="-320"/>
        <source>%1, %2–%3</source>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The next session is “%1” on %2 at %3.</source>
        <translation>La prochaine séance est «&#xa0;%1&#xa0;», le %2 à %3.</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>Reminder: %1, %2 at %3</source>
        <translation>Rappel&#xa0;: %1, le %2 à %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+26"/>
        <source>Hello everyone,</source>
        <translation>Bonjour à toutes et à tous,</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>A reminder that our next %1 is one week away.</source>
        <translation>Petit rappel&#xa0;: notre prochain rendez-vous (%1) a lieu dans une semaine.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>When: %1</source>
        <translation>Quand&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where: %1</source>
        <translation>Où&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Topic: %1</source>
        <translation>Thème&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agenda:</source>
        <translation>Ordre du jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>To prepare, you may want to look at:</source>
        <translation>Pour vous préparer, vous pouvez consulter&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you would like to share something for a few minutes, or bring a question for the group, reply to this message.</source>
        <translation>Si vous souhaitez partager quelque chose pendant quelques minutes, ou apporter une question au groupe, répondez à ce message.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>See you there,</source>
        <translation>À bientôt,</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Thank you for joining %1</source>
        <translation>Merci d’avoir participé à %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank you to everyone who took part in %1 on %2.</source>
        <translation>Merci à toutes et à tous d’avoir participé à %1 le %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 of us joined, %2 of the community.</source>
        <translation>Nous étions %1, soit %2 de la communauté.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>another member</source>
        <translation>un autre membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 other members</source>
        <translation>%1 autres membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Special thanks to %1 for hosting and presenting.</source>
        <translation>Un merci tout particulier à %1 pour l’animation et les présentations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Special thanks to the members who hosted and presented.</source>
        <translation>Un merci tout particulier aux membres qui ont animé et présenté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>- We worked on: %1</source>
        <translation>- Nous avons travaillé sur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- Turnout: %1 of %2 members (%3)</source>
        <translation>- Participation&#xa0;: %1 membres sur %2 (%3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Highlights:</source>
        <translation>Points forts&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Resources from the session:</source>
        <translation>Ressources de la séance&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>If a question came up afterwards, reply to this message and I will share the answers with everyone.</source>
        <translation>Si une question vous vient après coup, répondez à ce message et je partagerai les réponses avec tout le monde.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+22"/>
        <source>Best wishes,</source>
        <translation>Bien cordialement,</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>We missed you at %1</source>
        <translation>Vous nous avez manqué à %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hello,</source>
        <translation>Bonjour,</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>We missed you at %1 on %2.</source>
        <translation>Vous nous avez manqué à %1 le %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 members took part.</source>
        <translation>%1 membres y ont participé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>We talked about %1.</source>
        <translation>Nous avons parlé de %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>You can catch up with:</source>
        <translation>Pour rattraper la séance&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>It would be good to see you there.</source>
        <translation>Ce serait un plaisir de vous y voir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>If the day or the time does not suit you, reply and tell me what would work better: the rhythm is ours to adjust.</source>
        <translation>Si le jour ou l’heure ne vous conviennent pas, répondez-moi et dites-moi ce qui vous irait mieux&#xa0;: c’est à nous d’ajuster le rythme.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: results for %2</source>
        <translation>%1&#xa0;: résultats pour %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dear sponsors,</source>
        <translation>Chers commanditaires,</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dear %1,</source>
        <translation>Bonjour %1,</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Thank you for supporting %1. Here is a short summary of %2.</source>
        <translation>Merci de votre soutien à %1. Voici un bref résumé de %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- %1 events held, with %2 credited attendances</source>
        <translation>- %1 événements tenus, avec %2 présences comptabilisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>- %1 of our %2 members took part at least once</source>
        <translation>- %1 de nos %2 membres ont participé au moins une fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- %1 members were active in %2</source>
        <translation>- %1 membres ont été actifs en %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>- %1 people took part for the first time</source>
        <translation>- %1 personnes ont participé pour la première fois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>- Goal “%1”: %2 of the way to the target</source>
        <translation>- Objectif «&#xa0;%1&#xa0;»&#xa0;: %2 du chemin vers la cible</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Members shared %1 of the value they gained, among them %2.</source>
        <translation>Les membres ont partagé %1 sur la valeur qu’ils en ont retirée, dont %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>one story</source>
        <translation>un récit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 stories</source>
        <translation>%1 récits</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Our health check: %1.</source>
        <translation>Notre bilan de santé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What we will work on next:</source>
        <translation>Ce sur quoi nous allons travailler ensuite&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The full stakeholder report is attached. I would welcome half an hour with you to talk it through.</source>
        <translation>Le rapport complet aux parties prenantes est joint. Je serais heureux de prendre une demi-heure avec vous pour le parcourir ensemble.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With thanks,</source>
        <translation>Avec mes remerciements,</translation>
    </message>
</context>
<context>
    <name>cultivate::EvaluatePage</name>
    <message>
        <location filename="../ui/evaluate/evaluatepage.cpp" line="+90"/>
        <source>Agreement 1–5</source>
        <translation>Accord 1–5</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recommend 0–10</source>
        <translation>Recommandation 0–10</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Evaluate</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surveys and check-ins show what members gain and change; stories show the value created, cycle by cycle.</source>
        <translation>Les questionnaires et les points d’étape montrent ce que les membres gagnent et changent&#xa0;; les récits montrent la valeur créée, cycle par cycle.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Evaluate views</source>
        <translation>Vues de l’évaluation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Surveys</source>
        <translation>&amp;Questionnaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Check-in Trend</source>
        <translation>Évolution des &amp;points d’étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;tories</source>
        <translation>Ré&amp;cits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Value Created</source>
        <translation>&amp;Valeur créée</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;New Survey</source>
        <translation>&amp;Nouveau questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New survey from a template</source>
        <translation>Nouveau questionnaire à partir d’un modèle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (from the template)</source>
        <translation>%1 (à partir du modèle)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Blank Survey…</source>
        <translation>Questionnaire vierge…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Details…</source>
        <translation>&amp;Détails…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove Survey</source>
        <translation>&amp;Retirer le questionnaire</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Surveys</source>
        <translation>Questionnaires</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No surveys yet. Start with a baseline survey for the orientation, or a monthly check-in poll: New Survey offers a template for each.</source>
        <translation>Aucun questionnaire pour l’instant. Commencez par un questionnaire initial pour l’accueil des membres, ou par un sondage mensuel de point d’étape&#xa0;: Nouveau questionnaire propose un modèle pour chacun.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+1"/>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pairs with</source>
        <translation>Appariée avec</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add Question…</source>
        <translation>&amp;Ajouter une question…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="-64"/>
        <source>Re&amp;move</source>
        <translation>Retir&amp;er</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move &amp;Up</source>
        <translation>Mon&amp;ter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move Do&amp;wn</source>
        <translation>De&amp;scendre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter &amp;One Response…</source>
        <translation>Saisir &amp;une réponse…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter Responses in a &amp;Grid…</source>
        <translation>Saisir les réponses dans une &amp;grille…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Responses…</source>
        <translation>&amp;Importer des réponses…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Survey results</source>
        <translation>Résultats du questionnaire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The share of “yes” in each check-in poll and survey, over time: is the practice taking hold?</source>
        <translation>La part de «&#xa0;oui&#xa0;» à chaque sondage de point d’étape et questionnaire, dans le temps&#xa0;: la pratique s’installe-t-elle&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No check-in has answers yet. Add a monthly check-in poll from its template and enter or import its answers.</source>
        <translation>Aucun point d’étape n’a encore de réponses. Ajoutez un sondage mensuel de point d’étape à partir de son modèle, puis saisissez ou importez ses réponses.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Check-in trend</source>
        <translation>Évolution des points d’étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in trend: the share answering yes in each poll</source>
        <translation>Évolution des points d’étape&#xa0;: la part de «&#xa0;oui&#xa0;» à chaque sondage</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>New &amp;Story…</source>
        <translation>&amp;Nouveau récit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stories</source>
        <translation>Récits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Value shown</source>
        <translation>Valeur montrée</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>May be shared</source>
        <translation>Peut être partagé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Each value cycle against the stories that show it, with the value-creation survey&apos;s answers beside them: the share who agree and the mean on a scale of 1 to 5.</source>
        <translation>Chaque cycle de valeur face aux récits qui l’illustrent, avec à côté les réponses au questionnaire sur la création de valeur&#xa0;: la part de personnes d’accord et la moyenne sur une échelle de 1 à 5.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value-creation matrix</source>
        <translation>Matrice de création de valeur</translation>
    </message>
    <message>
        <location line="+108"/>
        <source>%1
%2 · %3</source>
        <translation>%1
%2 · %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Value-creation cycle: %1</source>
        <translation>Cycle de création de valeur&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The same question in %1</source>
        <translation>La même question dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” in %2</source>
        <translation>«&#xa0;%1&#xa0;» dans %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 (no paired question yet)</source>
        <translation>%1 (pas encore de question appariée)</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>anonymous</source>
        <translation>anonyme</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>named</source>
        <translation>nominatif</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Pairing key: %1</source>
        <translation>Clé d’appariement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Working out the results…</source>
        <translation>Calcul des résultats…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Success story</source>
        <translation>Récit de réussite</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Agree</source>
        <translation>D’accord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean (1–5)</source>
        <translation>Moyenne (1–5)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+1"/>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” shows %2 value</source>
        <translation>«&#xa0;%1&#xa0;» montre une valeur %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+19"/>
        <source>Add the survey “%1”</source>
        <translation>Ajouter le questionnaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Edit the survey “%1”</source>
        <translation>Modifier le questionnaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="vanished">Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the survey “%1”</source>
        <translation>Retirer le questionnaire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add the question “%1”</source>
        <translation>Ajouter la question «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit the question “%1”</source>
        <translation>Modifier la question «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the question “%1”</source>
        <translation>Retirer la question «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Move the question “%1”</source>
        <translation>Déplacer la question «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+16"/>
        <source>Enter a response to “%1”</source>
        <translation>Saisir une réponse à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Enter %1 responses to “%2”</source>
        <translation>Saisir %1 réponses à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Import Responses</source>
        <translation>Importer des réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Responses Imported</source>
        <translation>Réponses importées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Responses Not Imported</source>
        <translation>Réponses non importées</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 was imported before; nothing was added.</source>
        <translation>%1 a déjà été importé&#xa0;; rien n’a été ajouté.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Import responses from %1</source>
        <translation>Importer les réponses de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 could not be imported.</source>
        <translation>%1 n’a pas pu être importé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: 1 response with %2 answers imported</source>
        <translation>%1&#xa0;: 1 réponse importée, avec %2 réponses aux questions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 responses with %3 answers imported</source>
        <translation>%1&#xa0;: %2 réponses importées, avec %3 réponses aux questions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (see the notes: columns left out or people not found: %1)</source>
        <translation> (voir les remarques&#xa0;: colonnes laissées de côté ou personnes introuvables&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add the story “%1”</source>
        <translation>Ajouter le récit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Edit the story “%1”</source>
        <translation>Modifier le récit «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the story “%1”</source>
        <translation>Retirer le récit «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>cultivate::EventDialog</name>
    <message>
        <location filename="../ui/schedule/eventdialog.cpp" line="+28"/>
        <source>New Event</source>
        <translation>Nouvel événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Event</source>
        <translation>Modifier l’événement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Duration in minutes</source>
        <translation>Durée en minutes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>for</source>
        <translation>pendant</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Starts:</source>
        <translation>&amp;Début&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Location or link</source>
        <translation>Lieu ou lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Where:</source>
        <translation>&amp;Où&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Topic</source>
        <translation>Sujet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To&amp;pic:</source>
        <translation>&amp;Sujet&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No stage</source>
        <translation>Aucune étape</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sta&amp;ge:</source>
        <translation>Éta&amp;pe&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>St&amp;atus:</source>
        <translation>St&amp;atut&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;genda:</source>
        <translation>Ordre du &amp;jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Repeats</source>
        <translation>Répétition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Does not repeat</source>
        <translation>Ne se répète pas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every week</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every few weeks</source>
        <translation>Toutes les quelques semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly, on the same weekday (e.g. 2nd Tuesday)</source>
        <translation>Chaque mois, le même jour de la semaine (p. ex. 2e mardi)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly, on the same day</source>
        <translation>Chaque mois, à la même date</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weeks between</source>
        <translation>Semaines d’intervalle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every </source>
        <translation>toutes les </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> weeks</source>
        <translation> semaines</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Repeat until</source>
        <translation>Répéter jusqu’au</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>until</source>
        <translation>jusqu’au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Repeats:</source>
        <translation>&amp;Répétition&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cultivate::EventTableModel</name>
    <message>
        <location filename="../ui/schedule/eventtablemodel.cpp" line="+131"/>
        <source>%1 ↻</source>
        <translation>%1 ↻</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
</context>
<context>
    <name>cultivate::EvidenceChoices</name>
    <message>
        <location filename="../ui/lifecycle/evidencechoices.cpp" line="+56"/>
        <source>Event: %1</source>
        <translation>Événement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resource: %1</source>
        <translation>Ressource&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey: %1</source>
        <translation>Questionnaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Story: %1</source>
        <translation>Récit&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cultivate::FigureHelp</name>
    <message>
        <location filename="../ui/help/figurehelp.cpp" line="+124"/>
        <source>What does it mean? (%1)</source>
        <translation>Qu’est-ce que cela signifie&#xa0;? (%1)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Explain %1</source>
        <translation>Expliquer %1</translation>
    </message>
</context>
<context>
    <name>cultivate::Glossary</name>
    <message>
        <location filename="../core/assessment/glossary.cpp" line="+11"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every figure covers a period, and only what happened inside it counts: a month the period cuts counts only its days inside it. Members counted are those with the role member, champion, subject-matter expert or guest whose membership overlaps the period; facilitators and sponsors are left out unless everyone is counted.</source>
        <translation>Chaque chiffre porte sur une période, et seul ce qui s’y est passé compte&#xa0;: un mois coupé par la période ne compte que ses jours compris dedans. Les membres comptés sont ceux dont le rôle est membre, ambassadeur, expert du domaine ou invité et dont l’adhésion chevauche la période&#xa0;; les animateurs et les commanditaires sont exclus, sauf si tout le monde est compté.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Latest complete month</source>
        <translation>Dernier mois complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Figures “of the month” are those of the latest month of the period that has ended: the period&apos;s last month when the period ends on its last day, else the month before, and never the month still running, which charts draw marked “so far”.</source>
        <translation>Les chiffres «&#xa0;du mois&#xa0;» sont ceux du dernier mois terminé de la période&#xa0;: le dernier mois de la période quand celle-ci se termine le dernier jour du mois, sinon le mois précédent, et jamais le mois en cours, que les graphiques marquent «&#xa0;jusqu’ici&#xa0;».</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Credited attendance</source>
        <translation>Présence comptabilisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member marked present at a held event, for at least %1 of the event&apos;s duration when the minutes are known. Several joins to one event add up.</source>
        <translation>Un membre noté présent à un événement tenu, pendant au moins %1 de la durée de l’événement quand les minutes sont connues. Plusieurs connexions au même événement s’additionnent.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events held</source>
        <translation>Événements tenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events with the status held whose date falls in the period.</source>
        <translation>Les événements au statut «&#xa0;tenu&#xa0;» dont la date tombe dans la période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance rate</source>
        <translation>Taux de présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For one member: credited attendances at events held in the period while they were a member, divided by those events. The mean attendance rate averages it over the members who could attend at least one event.</source>
        <translation>Pour un membre&#xa0;: les présences comptabilisées aux événements tenus pendant la période alors qu’il était membre, divisées par le nombre de ces événements. Le taux de présence moyen en fait la moyenne sur les membres qui pouvaient assister à au moins un événement.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turnout</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For one event: credited attendees divided by the members counted on the event&apos;s date.</source>
        <translation>Pour un événement&#xa0;: les participants comptabilisés divisés par les membres comptés à la date de l’événement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members with at least one credited attendance in the period, divided by the members counted.</source>
        <translation>Les membres ayant au moins une présence comptabilisée dans la période, divisés par les membres comptés.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active members</source>
        <translation>Membres actifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For one month: members with a credited attendance or a contribution in that month.</source>
        <translation>Pour un mois&#xa0;: les membres ayant une présence comptabilisée ou une contribution ce mois-là.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stickiness</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members active in the latest complete month, divided by the members active at least once in the twelve months up to it (this look-back may reach before the period).</source>
        <translation>Les membres actifs pendant le dernier mois complet, divisés par les membres actifs au moins une fois pendant les douze mois qui le précèdent (ce regard en arrière peut remonter avant la période). En anglais&#xa0;: stickiness.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participation levels</source>
        <translation>Niveaux de participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Core: hosted, presented or mentored, or an attendance rate of at least 75% with a contribution weight of at least 10. Active: an attendance rate of at least 50% or a contribution weight of at least 5. Occasional: at least one attendance or contribution. Peripheral: a member without activity. Transactional: a guest with any activity. The expected shares (Wenger, McDermott and Snyder) are about 10–15% core and 15–20% active; a share is judged against its band as it is, not rounded.</source>
        <translation>Noyau&#xa0;: a animé, présenté ou accompagné, ou a un taux de présence d’au moins 75&#xa0;% avec un poids de contributions d’au moins 10. Actif&#xa0;: un taux de présence d’au moins 50&#xa0;% ou un poids de contributions d’au moins 5. Occasionnel&#xa0;: au moins une présence ou une contribution. Périphérique&#xa0;: un membre sans activité. Ponctuel&#xa0;: un invité ayant une activité quelconque. Les parts attendues (Wenger, McDermott et Snyder) sont d’environ 10–15&#xa0;% pour le noyau et 15–20&#xa0;% pour les actifs&#xa0;; une part est jugée telle quelle par rapport à sa fourchette, sans arrondi.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Surveys dated in the period, with all their answers. Completion: responses divided by the members invited (the members counted on the survey&apos;s date unless a number was set). Recommend score: promoters (9–10) minus detractors (0–6) per 100 answers to the 0–10 question. Paired change: each respondent&apos;s final answer minus their baseline answer to the paired item, matched by member or anonymous code. Check-in yes share: “yes” answers over all answers to yes/no questions. A figure resting on fewer than 5 answers or pairs is marked small sample.</source>
        <translation>Les questionnaires datés dans la période, avec toutes leurs réponses. Taux de réponse&#xa0;: les réponses divisées par les membres invités (les membres comptés à la date du questionnaire, sauf si un nombre a été fixé). Score de recommandation&#xa0;: les promoteurs (9–10) moins les détracteurs (0–6) pour 100 réponses à la question notée de 0 à 10. Évolution appariée&#xa0;: pour chaque répondant, sa réponse finale moins sa réponse initiale à la question appariée, rapprochées par membre ou par code anonyme. Part de «&#xa0;oui&#xa0;» aux points d’étape&#xa0;: les réponses «&#xa0;oui&#xa0;» sur l’ensemble des réponses aux questions oui/non. Un chiffre qui repose sur moins de 5 réponses ou paires est signalé comme petit échantillon.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Previous year</source>
        <translation>Année précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For a plan renewed from last year&apos;s, the same stretch of last year&apos;s plan: this period moved back by the time between the two plans&apos; starts, cut to last year&apos;s dates, with its figures read from that plan as it is now.</source>
        <translation>Pour un plan reconduit à partir de celui de l’année précédente, la même portion du plan de l’année précédente&#xa0;: cette période reculée de l’écart entre les débuts des deux plans, limitée aux dates de l’année précédente, avec ses chiffres lus dans ce plan tel qu’il est aujourd’hui.</translation>
    </message>
    <message>
        <location line="-39"/>
        <source>Level flows</source>
        <translation>Mouvements entre niveaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Between consecutive calendar quarters, each cut to the period, per level of the earlier quarter: the members who moved up, held their level or moved down, as counts and shares.</source>
        <translation>Entre deux trimestres civils consécutifs, chacun limité à la période, et pour chaque niveau du trimestre précédent&#xa0;: les membres qui sont montés, ont gardé leur niveau ou sont descendus, en nombres et en parts.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newcomers</source>
        <translation>Nouveaux membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members whose first activity ever (credited attendance or contribution) falls in the month.</source>
        <translation>Les membres dont la toute première activité (présence comptabilisée ou contribution) tombe dans le mois.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newcomer conversion</source>
        <translation>Conversion des nouveaux membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Of the newcomers of the period whose first three months (the month of their first activity and the two after) are over within it, the share that reached the active or core level over those months.</source>
        <translation>Parmi les nouveaux membres de la période dont les trois premiers mois (le mois de leur première activité et les deux suivants) s’y achèvent, la part qui a atteint le niveau actif ou le noyau pendant ces mois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members grouped by the month of their first activity; for each later month, the share of the group active in it. The first month is 100% by definition.</source>
        <translation>Les membres regroupés selon le mois de leur première activité&#xa0;; pour chaque mois suivant, la part du groupe active ce mois-là. Le premier mois vaut 100&#xa0;% par définition.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contribution weight</source>
        <translation>Poids des contributions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each contribution counts with the weight of its kind, from 1 for a post to 12 for hosting; the plan sets the weights.</source>
        <translation>Chaque contribution compte avec le poids de son type, de 1 pour un message à 12 pour l’animation d’une séance&#xa0;; c’est le plan qui fixe les poids.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contribution concentration</source>
        <translation>Concentration des contributions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The fewest members, and the fewest organisations, who together hold half of the contribution weight in the period. A member without an organisation counts as one of their own.</source>
        <translation>Le plus petit nombre de membres, et d’organisations, qui réunissent ensemble la moitié du poids des contributions de la période. Un membre sans organisation compte comme une organisation à lui seul.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey figures</source>
        <translation>Chiffres des questionnaires</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Goal progress</source>
        <translation>Avancement des objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(now − baseline) / (target − baseline), kept between 0% and 100%, where now is the linked figure for the period, a survey item&apos;s mean, or the latest measurement in the period.</source>
        <translation>(actuel − départ) / (cible − départ), borné entre 0&#xa0;% et 100&#xa0;%, où «&#xa0;actuel&#xa0;» est le chiffre lié pour la période, la moyenne d’une question de questionnaire, ou la dernière mesure de la période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health check</source>
        <translation>Bilan de santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rules that look for the pitfalls that most often hold a community back — no clear purpose, no facilitator, passive participation, no rhythm of events, no shared repertoire, no recognition or feedback, an overdue stage, low or falling stickiness, a low attendance rate, levels outside the expected bands, falling turnout, no newcomers or few who stay, members drifting away, a concentration of the work on one member or organisation, low survey completion, goals past due. Each has a severity; the verdict is healthy (no warning), watch (warnings) or act (anything critical). The thresholds are the plan&apos;s.</source>
        <translation>Des règles qui repèrent les écueils qui freinent le plus souvent une communauté — pas de raison d’être claire, pas d’animateur, une participation passive, pas de rythme d’événements, pas de répertoire partagé, pas de reconnaissance ni de retours, une étape en retard, une fidélisation faible ou en baisse, un faible taux de présence, des niveaux hors des fourchettes attendues, une participation en baisse, pas de nouveaux membres ou peu qui restent, des membres qui s’éloignent, un travail concentré sur un membre ou une organisation, un faible taux de réponse aux questionnaires, des objectifs en retard. Chacune a une gravité&#xa0;; le verdict est sain (aucun avertissement), à surveiller (des avertissements) ou à traiter (un point critique). Les seuils sont ceux du plan.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Previous period</source>
        <translation>Période précédente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The period of the same length that ends the day before this one starts. It is shown only when the plan had started by then.</source>
        <translation>La période de même durée qui se termine la veille du début de celle-ci. Elle n’est affichée que si le plan avait déjà commencé à ce moment-là.</translation>
    </message>
</context>
<context>
    <name>cultivate::Guide</name>
    <message>
        <location filename="../ui/help/guide.cpp" line="+52"/>
        <source>Glossary of the figures</source>
        <translation>Glossaire des indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every figure the dashboard, the Overview and the report show, defined as the report&apos;s appendix defines it.</source>
        <translation>Chaque indicateur affiché par le tableau de bord, la vue d’ensemble et le rapport, défini comme dans l’annexe du rapport.</translation>
    </message>
</context>
<context>
    <name>cultivate::GuideDialog</name>
    <message>
        <location filename="../ui/help/guidedialog.cpp" line="+29"/>
        <source>Cultivate Guide</source>
        <translation>Guide de Cultivate</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+1"/>
        <source>Find in the guide</source>
        <translation>Rechercher dans le guide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contents of the guide</source>
        <translation>Sommaire du guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>cultivate::HealthCheck</name>
    <message>
        <location filename="../core/assessment/healthcheck.cpp" line="+59"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the charter has no purpose</source>
        <translation>la charte n’a pas de raison d’être</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no goals are set</source>
        <translation>aucun objectif n’est fixé</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+48"/>
        <location line="+150"/>
        <location line="+81"/>
        <source>; </source>
        <translation>&#xa0;; </translation>
    </message>
    <message>
        <location line="-278"/>
        <source>Write the community&apos;s purpose and two or three measurable goals with the members, so everyone knows why they take part.</source>
        <translation>Rédigez avec les membres la raison d’être de la communauté et deux ou trois objectifs mesurables, pour que chacun sache pourquoi il y participe.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>no current member has the facilitator role</source>
        <translation>aucun membre actuel n’a le rôle d’animateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name a facilitator who connects members, runs the events and reports on activity; without one a community tends to drift.</source>
        <translation>Désignez un animateur ou une animatrice qui relie les membres, organise les événements et rend compte de l’activité&#xa0;; sans cela, une communauté a tendance à s’essouffler.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>core and active members are %1 of %2 (%3, below %4)</source>
        <translation>le noyau et les membres actifs représentent %1 sur %2 (%3, sous %4)</translation>
    </message>
    <message numerus="yes">
        <location line="+16"/>
        <source>active members fell %n complete months running (%1)</source>
        <translation>
            <numerusform>les membres actifs sont en baisse depuis %n mois complet (%1)</numerusform>
            <numerusform>les membres actifs sont en baisse depuis %n mois complets d’affilée (%1)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invite quieter members to host a short segment or share a resource, give champions visible roles, and follow up personally with those who drifted.</source>
        <translation>Invitez les membres plus discrets à animer un court moment ou à partager une ressource, donnez aux ambassadeurs des rôles visibles, et reprenez contact personnellement avec ceux qui se sont éloignés.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>no event held or planned in %1</source>
        <translation>aucun événement tenu ou prévu en %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+222"/>
        <location line="+17"/>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <location line="-238"/>
        <source>Keep a steady rhythm: a meeting or webinar every month on a predictable day, even a short one, keeps members connected.</source>
        <translation>Gardez un rythme régulier&#xa0;: une rencontre ou un webinaire chaque mois à jour fixe, même court, garde les membres en lien.</translation>
    </message>
    <message numerus="yes">
        <location line="+23"/>
        <source>no resource added in %n days</source>
        <translation>
            <numerusform>aucune ressource ajoutée depuis %n jour</numerusform>
            <numerusform>aucune ressource ajoutée depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect what members create — slides, templates, recordings, how-tos — in the shared workspace and point to it after every session.</source>
        <translation>Rassemblez ce que créent les membres — présentations, modèles, enregistrements, guides pratiques — dans l’espace partagé, et rappelez-le après chaque séance.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>no recognition recorded in %n days</source>
        <translation>
            <numerusform>aucune reconnaissance notée depuis %n jour</numerusform>
            <numerusform>aucune reconnaissance notée depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank contributors in public: a mention at the next meeting or a note to their manager keeps motivation up.</source>
        <translation>Remerciez publiquement les contributeurs&#xa0;: une mention à la prochaine rencontre ou un mot à leur responsable entretient la motivation.</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>no survey or check-in in %n days</source>
        <translation>
            <numerusform>aucun questionnaire ni point d’étape depuis %n jour</numerusform>
            <numerusform>aucun questionnaire ni point d’étape depuis %n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a two-minute check-in poll or a short session-feedback survey to hear how members are doing and what they need.</source>
        <translation>Faites un sondage de point d’étape de deux minutes ou un court questionnaire de retour sur la séance, pour savoir comment vont les membres et ce dont ils ont besoin.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>the %1 stage was planned to end on %2 and is %3</source>
        <translation>l’étape «&#xa0;%1&#xa0;» devait se terminer le %2&#xa0;; elle est à l’état «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Finish the stage&apos;s open checklist items or move its dates, so the plan reflects where the community really is.</source>
        <translation>Terminez les éléments ouverts de la liste de contrôle de l’étape ou déplacez ses dates, pour que le plan reflète où en est vraiment la communauté.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>stickiness in %1 is %2: of the members active in the twelve months to then, %2 were active that month (below %3)</source>
        <translation>la fidélisation en %1 est de %2&#xa0;: parmi les membres actifs dans les douze mois précédents, %2 ont été actifs ce mois-là (sous %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Give members a reason to come back every month: a standing slot, a short thread each week, and a personal invitation to those who came once.</source>
        <translation>Donnez aux membres une raison de revenir chaque mois&#xa0;: un rendez-vous fixe, un court fil de discussion chaque semaine, et une invitation personnelle à ceux qui sont venus une fois.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>stickiness fell to %1 in %2 from a mean of %3 over the three months before</source>
        <translation>la fidélisation est tombée à %1 en %2, contre une moyenne de %3 sur les trois mois précédents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask a few members what changed: a clash in the calendar, a topic that missed, a channel that went quiet. Adjust the next session to what you hear.</source>
        <translation>Demandez à quelques membres ce qui a changé&#xa0;: un conflit d’agenda, un thème qui n’a pas accroché, un canal devenu silencieux. Adaptez la prochaine séance à ce que vous entendez.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>members attended %1 of the events held while they were members, on average (below %2)</source>
        <translation>les membres ont assisté en moyenne à %1 des événements tenus pendant leur adhésion (sous %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Check the day, time and length of the events with the members, send the reminder a week before, and make each session worth the hour.</source>
        <translation>Vérifiez avec les membres le jour, l’heure et la durée des événements, envoyez le rappel une semaine avant, et faites en sorte que chaque séance vaille l’heure qu’on y passe.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 members are %2, below the expected %3–%4</source>
        <translation>les membres «&#xa0;%1&#xa0;» représentent %2, sous les %3–%4 attendus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 members are %2, above the expected %3–%4</source>
        <translation>les membres «&#xa0;%1&#xa0;» représentent %2, au-dessus des %3–%4 attendus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Healthy communities have a small core and a larger ring of active members around it; invite active members to take on a role, and occasional ones to a first contribution.</source>
        <translation>Une communauté en bonne santé a un petit noyau entouré d’un cercle plus large de membres actifs&#xa0;; invitez les membres actifs à prendre un rôle, et les occasionnels à une première contribution.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the last three events drew %1 of the members on average, against %2 at the three before</source>
        <translation>les trois derniers événements ont réuni en moyenne %1 des membres, contre %2 pour les trois précédents</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ask the members who stopped coming what would bring them back, and try a different format or time for the next event.</source>
        <translation>Demandez aux membres qui ne viennent plus ce qui les ferait revenir, et essayez un autre format ou un autre horaire pour le prochain événement.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>no newcomer in the %n complete months to %1</source>
        <translation>
            <numerusform>aucun nouveau membre pendant le dernier mois complet jusqu’à %1</numerusform>
            <numerusform>aucun nouveau membre pendant les %n mois complets jusqu’à %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the door: ask each member to bring one colleague, announce the next session beyond the community, and welcome newcomers personally.</source>
        <translation>Ouvrez la porte&#xa0;: demandez à chaque membre d’amener un collègue, annoncez la prochaine séance au-delà de la communauté, et accueillez personnellement les nouveaux venus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 newcomers became active or core within three months (%3, below %4)</source>
        <translation>%1 nouveaux membres sur %2 sont devenus actifs ou membres du noyau en trois mois (%3, sous %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pair each newcomer with a champion, follow up after their first event, and offer a small first role such as taking notes or sharing one resource.</source>
        <translation>Associez chaque nouveau membre à un ambassadeur, reprenez contact après son premier événement, et proposez-lui un petit premier rôle, comme prendre des notes ou partager une ressource.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>1 member who was core or active last quarter has had no activity in the last two complete months</source>
        <translation>1 membre du noyau ou actif le trimestre dernier n’a eu aucune activité pendant les deux derniers mois complets</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n members who were core or active last quarter have had no activity in the last two complete months</source>
        <translation>
            <numerusform>%n membre du noyau ou actif le trimestre dernier n’a eu aucune activité pendant les deux derniers mois complets</numerusform>
            <numerusform>%n membres du noyau ou actifs le trimestre dernier n’ont eu aucune activité pendant les deux derniers mois complets</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reach out to them personally this week: a short note asking how they are and what would make the community useful to them again.</source>
        <translation>Contactez-les personnellement cette semaine&#xa0;: un petit mot pour prendre de leurs nouvelles et leur demander ce qui rendrait la communauté de nouveau utile pour eux.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>one member holds half or more of the contribution weight</source>
        <translation>un seul membre détient la moitié ou plus du poids des contributions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>one organisation holds half or more of the contribution weight</source>
        <translation>une seule organisation détient la moitié ou plus du poids des contributions</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Spread the work: invite others to host or present, and make sure the community does not depend on one person or one organisation.</source>
        <translation>Répartissez le travail&#xa0;: invitez d’autres personnes à animer ou à présenter, et veillez à ce que la communauté ne dépende pas d’une seule personne ou d’une seule organisation.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” %2 (%3 of %4)</source>
        <translation>«&#xa0;%1&#xa0;» %2 (%3 sur %4)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>survey completion below %1: %2</source>
        <translation>taux de réponse aux questionnaires sous %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send one friendly reminder, keep surveys short, and give five minutes at the next meeting to answer them.</source>
        <translation>Envoyez un rappel amical, gardez des questionnaires courts, et accordez cinq minutes à la prochaine rencontre pour y répondre.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” (due %2, %3 of the way)</source>
        <translation>«&#xa0;%1&#xa0;» (échéance %2, %3 du chemin)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” (due %2, not measured)</source>
        <translation>«&#xa0;%1&#xa0;» (échéance %2, non mesuré)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>goals past their due date below target: %1</source>
        <translation>objectifs dont l’échéance est passée sans atteindre la cible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Review these goals with the sponsor: measure them, extend the date with a reason, or agree a new target.</source>
        <translation>Revoyez ces objectifs avec le commanditaire&#xa0;: mesurez-les, repoussez l’échéance en expliquant pourquoi, ou convenez d’une nouvelle cible.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No clear purpose</source>
        <translation>Pas de raison d’être claire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No facilitator</source>
        <translation>Pas d’animateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Passive participation</source>
        <translation>Participation passive</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No rhythm of events</source>
        <translation>Pas de rythme d’événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No shared repertoire</source>
        <translation>Pas de répertoire partagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recent recognition</source>
        <translation>Pas de reconnaissance récente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No recent feedback</source>
        <translation>Pas de retours récents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A stage is overdue</source>
        <translation>Une étape est en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low stickiness</source>
        <translation>Fidélisation faible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stickiness falling</source>
        <translation>Fidélisation en baisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low attendance rate</source>
        <translation>Taux de présence faible</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participation levels outside the expected bands</source>
        <translation>Niveaux de participation hors des fourchettes attendues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout falling</source>
        <translation>Participation en baisse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No newcomers</source>
        <translation>Pas de nouveaux membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Few newcomers stay</source>
        <translation>Peu de nouveaux membres restent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members drifting away</source>
        <translation>Des membres s’éloignent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Concentration risk</source>
        <translation>Risque de concentration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Low survey completion</source>
        <translation>Faible taux de réponse aux questionnaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goals past due below target</source>
        <translation>Objectifs en retard sous la cible</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Healthy: no warning signs</source>
        <translation>Sain&#xa0;: aucun signe d’alerte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Healthy, with 1 note to consider</source>
        <translation>Sain, avec 1 remarque à considérer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Healthy, with %n notes to consider</source>
        <translation>
            <numerusform>Sain, avec %n remarque à considérer</numerusform>
            <numerusform>Sain, avec %n remarques à considérer</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Watch: 1 warning sign</source>
        <translation>À surveiller&#xa0;: 1 signe d’alerte</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Watch: %n warning signs</source>
        <translation>
            <numerusform>À surveiller&#xa0;: %n signe d’alerte</numerusform>
            <numerusform>À surveiller&#xa0;: %n signes d’alerte</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Act now: 1 critical sign</source>
        <translation>À traiter sans attendre&#xa0;: 1 signe critique</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Act now: %n critical signs</source>
        <translation>
            <numerusform>À traiter sans attendre&#xa0;: %n signe critique</numerusform>
            <numerusform>À traiter sans attendre&#xa0;: %n signes critiques</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The health check finds no warning signs in this period.</source>
        <translation>Le bilan de santé ne trouve aucun signe d’alerte sur cette période.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1. The most pressing: %2 (%3).</source>
        <translation>%1. Le plus urgent&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Healthy</source>
        <translation>Sain</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Watch</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning</source>
        <translation>Alerte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Critique</translation>
    </message>
</context>
<context>
    <name>cultivate::HealthPanel</name>
    <message>
        <location filename="../ui/dashboard/healthpanel.cpp" line="+38"/>
        <location line="+6"/>
        <source>Health check</source>
        <translation>Bilan de santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thresholds…</source>
        <translation>Seuils…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Health check thresholds</source>
        <translation>Seuils du bilan de santé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change the thresholds of the health rules for this plan</source>
        <translation>Modifier les seuils des règles de santé de ce plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Pitfalls the community-of-practice literature warns about, judged on the figures of the window.</source>
        <translation>Les écueils contre lesquels met en garde la littérature sur les communautés de pratique, jugés d’après les chiffres de la période.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>List them</source>
        <translation>Les lister</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List the members of “%1”</source>
        <translation>Lister les membres de «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>cultivate::HealthSettingsDialog</name>
    <message>
        <location filename="../ui/dashboard/healthsettingsdialog.cpp" line="+36"/>
        <source>Health Check Thresholds</source>
        <translation>Seuils du bilan de santé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The health check flags a rule when a figure crosses its threshold. These are this plan&apos;s thresholds; the defaults follow the community-of-practice literature.</source>
        <translation>Le bilan de santé signale une règle quand un chiffre franchit son seuil. Voici les seuils de ce plan&#xa0;; les valeurs par défaut suivent la littérature sur les communautés de pratique.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source> %</source>
        <translation>&#xa0;%</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> months</source>
        <translation> mois</translation>
    </message>
</context>
<context>
    <name>cultivate::HealthSettingsText</name>
    <message>
        <location filename="../core/assessment/healthsettings.cpp" line="+13"/>
        <source>Stickiness is low below</source>
        <translation>La fidélisation est faible sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stickiness is critical below</source>
        <translation>La fidélisation est critique sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stickiness is falling when it drops by</source>
        <translation>La fidélisation est en baisse quand elle perd</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mean attendance rate is low below</source>
        <translation>Le taux de présence moyen est faible sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participation is passive when core and active are below</source>
        <translation>La participation est passive quand noyau et actifs sont sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active members falling for</source>
        <translation>Membres actifs en baisse pendant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Turnout is falling when the last three events reach at most</source>
        <translation>La participation est en baisse quand les trois derniers événements atteignent au plus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No newcomer for</source>
        <translation>Aucun nouveau membre pendant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newcomer conversion is low below</source>
        <translation>La conversion des nouveaux membres est faible sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge conversion from this many newcomers</source>
        <translation>Juger la conversion à partir de ce nombre de nouveaux membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No resource added for</source>
        <translation>Aucune ressource ajoutée pendant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No recognition for</source>
        <translation>Aucune reconnaissance pendant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No survey or check-in for</source>
        <translation>Aucun questionnaire ni point d’étape pendant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey completion is low below</source>
        <translation>Le taux de réponse aux questionnaires est faible sous</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Judge a survey&apos;s completion after</source>
        <translation>Juger le taux de réponse d’un questionnaire après</translation>
    </message>
</context>
<context>
    <name>cultivate::ImportFormat</name>
    <message>
        <location filename="../core/importers/importformat.cpp" line="-142"/>
        <source>unknown format</source>
        <translation>format inconnu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>member list</source>
        <translation>liste de membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom participant report</source>
        <translation>rapport des participants Zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Zoom webinar attendee report</source>
        <translation>rapport des participants d’un webinaire Zoom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Teams attendance report</source>
        <translation>rapport de présence Teams</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Google Meet attendance report</source>
        <translation>rapport de présence Google Meet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Webex attendee report</source>
        <translation>rapport des participants Webex</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attendance list</source>
        <translation>liste de présence</translation>
    </message>
</context>
<context>
    <name>cultivate::ImportWizard</name>
    <message>
        <location filename="../ui/people/importwizard.cpp" line="+96"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semicolon (;)</source>
        <translation>Point-virgule (;)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma (,)</source>
        <translation>Virgule (,)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1”, %2</source>
        <translation>«&#xa0;%1&#xa0;», %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Import People or Attendance</source>
        <translation>Importer des personnes ou des présences</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Choose the file</source>
        <translation>Choisir le fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A member list, or a Zoom, Teams or other attendance report saved as CSV. Nothing is written until you press Import on the last step.</source>
        <translation>Une liste de membres, ou un rapport de présence Zoom, Teams ou autre enregistré en CSV. Rien n’est écrit avant que vous n’appuyiez sur Importer à la dernière étape.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>File to import</source>
        <translation>Fichier à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a CSV file…</source>
        <translation>Choisissez un fichier CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Browse for the file</source>
        <translation>Rechercher le fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>What the file holds</source>
        <translation>Contenu du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance of one meeting (Zoom, Teams or a table of names)</source>
        <translation>La présence à une rencontre (Zoom, Teams ou un tableau de noms)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members of the community (a member list)</source>
        <translation>Les membres de la communauté (une liste de membres)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>It &amp;holds:</source>
        <translation>Il &amp;contient&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reading the file</source>
        <translation>Lecture du fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stop Reading</source>
        <translation>&amp;Arrêter la lecture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop reading the file</source>
        <translation>Arrêter la lecture du fichier</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>What was read</source>
        <translation>Ce qui a été lu</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>What the file is</source>
        <translation>Nature du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the file was read. For attendance, choose another event if the meeting belongs to one the plan already has.</source>
        <translation>Comment le fichier a été lu. Pour une présence, choisissez un autre événement si la rencontre correspond à un événement que le plan contient déjà.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding</source>
        <translation>Encodage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter</source>
        <translation>Séparateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read</source>
        <translation>Lignes lues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting</source>
        <translation>Rencontre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where the attendance goes</source>
        <translation>Destination des présences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event the attendance goes to</source>
        <translation>Événement qui reçoit les présences</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+7"/>
        <location line="+372"/>
        <source>As detected</source>
        <translation>Tel que détecté</translation>
    </message>
    <message>
        <location line="-377"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encoding of the file</source>
        <translation>Encodage du fichier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Columns of the file and what they hold</source>
        <translation>Colonnes du fichier et leur contenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Column</source>
        <translation>Colonne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Holds</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>First value</source>
        <translation>Première valeur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Format:</source>
        <translation>Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;ncoding:</source>
        <translation>E&amp;ncodage&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Delimiter:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rows read:</source>
        <translation>Lignes lues&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Meeting:</source>
        <translation>Rencontre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Goes to:</source>
        <translation>Destination&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Columns:</source>
        <translation>&amp;Colonnes&#xa0;:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The people of the file</source>
        <translation>Les personnes du fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who each person becomes. Choose another member to merge a person into them, or “New member” to add them.</source>
        <translation>Ce que devient chaque personne. Choisissez un autre membre pour y fusionner la personne, ou «&#xa0;Nouveau membre&#xa0;» pour l’ajouter.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>People of the file</source>
        <translation>Personnes du fichier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name in the file</source>
        <translation>Nom dans le fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What happens</source>
        <translation>Ce qui se passe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Ready to import</source>
        <translation>Prêt à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dry run: this is what Import will write, as one step you can undo.</source>
        <translation>Un essai à blanc&#xa0;: voici ce qu’Importer écrira, en une seule étape que vous pourrez annuler.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What will be imported</source>
        <translation>Ce qui sera importé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Problem in the file</source>
        <translation>Problème dans le fichier</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Already imported</source>
        <translation>Déjà importé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes about the file:</source>
        <translation>Remarques sur le fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Notes about the file</source>
        <translation>Remarques sur le fichier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What changes, member by member:</source>
        <translation>Ce qui change, membre par membre&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What changes, member by member</source>
        <translation>Ce qui change, membre par membre</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Choose the File to Import</source>
        <translation>Choisir le fichier à importer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>Stopped reading the file.</source>
        <translation>Lecture du fichier arrêtée.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No file chosen yet.</source>
        <translation>Aucun fichier choisi pour l’instant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2. Data rows: %3, people: %4.</source>
        <translation>%1&#xa0;: %2. Lignes de données&#xa0;: %3, personnes&#xa0;: %4.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This file was imported before (see the last step).</source>
        <translation>Ce fichier a déjà été importé (voir la dernière étape).</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Member list%1</source>
        <translation>Liste de membres%1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (Excel workbook)</source>
        <translation> (classeur Excel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Excel workbook</source>
        <translation>Classeur Excel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detected from the file</source>
        <translation>Détecté dans le fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>As you chose</source>
        <translation>Selon votre choix</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+35"/>
        <source>As detected: %1</source>
        <translation>Tel que détecté&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>None: a member list adds and updates members only.</source>
        <translation>Aucune&#xa0;: une liste de membres ne fait qu’ajouter et mettre à jour des membres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No event.</source>
        <translation>Aucun événement.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1”, starting %2, %3</source>
        <translation>«&#xa0;%1&#xa0;», début le %2, %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>duration unknown</source>
        <translation>durée inconnue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The event you chose: %1.</source>
        <translation>L’événement que vous avez choisi&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, the plan&apos;s event that starts within an hour of the meeting.</source>
        <translation>%1, l’événement du plan qui commence moins d’une heure avant ou après la rencontre.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new held event will be created: %1.</source>
        <translation>Un nouvel événement tenu sera créé&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The report updates it: %1.</source>
        <translation>Le rapport le met à jour&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As detected from the meeting&apos;s time</source>
        <translation>Tel que détecté d’après l’heure de la rencontre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>As detected: a new event</source>
        <translation>Tel que détecté&#xa0;: un nouvel événement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>member #%1</source>
        <translation>membre nº %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 (line %2 of the file)</source>
        <translation>%1 (ligne %2 du fichier)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Who “%1” becomes</source>
        <translation>Ce que devient «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+76"/>
        <source>New member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <location line="-73"/>
        <source>%1 (matched)</source>
        <translation>%1 (reconnu)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (fits the name)</source>
        <translation>%1 (le nom correspond)</translation>
    </message>
    <message>
        <location line="+258"/>
        <source>Import 1 attendance record from %1</source>
        <translation>Importer 1 relevé de présence depuis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1 attendance records from %2</source>
        <translation>Importer %1 relevés de présence depuis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import 1 member from %1</source>
        <translation>Importer 1 membre depuis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import %1 members from %2</source>
        <translation>Importer %1 membres depuis %2</translation>
    </message>
    <message>
        <location line="-275"/>
        <source>Merge into %1</source>
        <translation>Fusionner avec %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>New member (the name fits several members)</source>
        <translation>Nouveau membre (le nom correspond à plusieurs membres)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New member (%1 has another email)</source>
        <translation>Nouveau membre (%1 a un autre courriel)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Matched by email</source>
        <translation>Reconnu par le courriel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matched by name</source>
        <translation>Reconnu par le nom</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Matched by alias</source>
        <translation>Reconnu par un alias</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Chosen member</source>
        <translation>Membre choisi</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, learns a new name or email</source>
        <translation>, reçoit un nouveau nom ou courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merged into %1</source>
        <translation>Fusionné avec %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>People in the file: %1. Existing members: %2. New members: %3.</source>
        <translation>Personnes dans le fichier&#xa0;: %1. Membres existants&#xa0;: %2. Nouveaux membres&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>What column “%1” holds</source>
        <translation>Contenu de la colonne «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (detected)</source>
        <translation>%1 (détecté)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>No file has been read yet.</source>
        <translation>Aucun fichier n’a encore été lu.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Attendance rows: %1, for %2.</source>
        <translation>Lignes de présence&#xa0;: %1, pour %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event is new and will be marked held.</source>
        <translation>L’événement est nouveau et sera marqué comme tenu.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Of these, new or changed: %1 (the others are already in the plan).</source>
        <translation>Parmi elles, nouvelles ou modifiées&#xa0;: %1 (les autres sont déjà dans le plan).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The event changes: %1.</source>
        <translation>L’événement change&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Existing members the list changes: %1 (of %2 found).</source>
        <translation>Membres existants modifiés par la liste&#xa0;: %1 (sur %2 trouvés).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ignored columns: %1.</source>
        <translation>Colonnes ignorées&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New members: %1.</source>
        <translation>Nouveaux membres&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members who learn a new name or email: %1.</source>
        <translation>Membres qui reçoivent un nouveau nom ou courriel&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file cannot be imported: %1</source>
        <translation>Le fichier ne peut pas être importé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Further problems in the file: %1.</source>
        <translation>Autres problèmes dans le fichier&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Already imported: this very file was imported on %1 (import #%2). Importing it again would count the same people twice, so there is nothing to do.</source>
        <translation>Déjà importé&#xa0;: ce même fichier a été importé le %1 (importation nº %2). L’importer de nouveau compterait deux fois les mêmes personnes&#xa0;; il n’y a donc rien à faire.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>New: %1</source>
        <translation>Nouveau&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 “%2” → “%3”</source>
        <translation>%1 «&#xa0;%2&#xa0;» → «&#xa0;%3&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>learns %1</source>
        <translation>reçoit %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unchanged: %1</source>
        <translation>Inchangé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Updated: %1 — %2</source>
        <translation>Mis à jour&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Nothing new: the plan already has every person, field and attendance of this file (a report of a meeting imported before, downloaded again).</source>
        <translation>Rien de nouveau&#xa0;: le plan contient déjà chaque personne, chaque champ et chaque présence de ce fichier (le rapport d’une rencontre déjà importée, téléchargé de nouveau).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>None.</source>
        <translation>Aucun.</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation type="vanished">Importer %1</translation>
    </message>
</context>
<context>
    <name>cultivate::InfoBar</name>
    <message>
        <location filename="../ui/common/infobar.cpp" line="+19"/>
        <source>Notice</source>
        <translation>Avis</translation>
    </message>
</context>
<context>
    <name>cultivate::KpiCard</name>
    <message>
        <location filename="../ui/dashboard/kpicard.cpp" line="+23"/>
        <source>Click to see who or what is behind this figure.</source>
        <translation>Cliquez pour voir qui ou quoi se cache derrière ce chiffre.</translation>
    </message>
</context>
<context>
    <name>cultivate::LifecyclePage</name>
    <message>
        <location filename="../ui/lifecycle/lifecyclepage.cpp" line="+42"/>
        <location line="+105"/>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <location line="-104"/>
        <source>Five stages take the community from its first idea to the end of its first year. Select a stage to see its checklist.</source>
        <translation>Cinq étapes mènent la communauté de sa première idée à la fin de sa première année. Sélectionnez une étape pour voir sa liste de contrôle.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This plan has no lifecycle stages.</source>
        <translation>Ce plan n’a aucune étape de cycle de vie.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Stage status</source>
        <translation>État de l’étape</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Planned end</source>
        <translation>Fin prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status</source>
        <translation>É&amp;tat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Planned</source>
        <translation>&amp;Prévue</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Stage notes</source>
        <translation>Notes de l’étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Decisions, open questions, what to remember about this stage…</source>
        <translation>Décisions, questions ouvertes, ce qu’il faut retenir de cette étape…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Edit the notes of the %1 stage</source>
        <translation>Modifier les notes de l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change the status of the %1 stage</source>
        <translation>Modifier l’état de l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the start of the %1 stage</source>
        <translation>Modifier le début de l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change the end of the %1 stage</source>
        <translation>Modifier la fin de l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Mark “%1” done</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme fait</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mark “%1” not done</source>
        <translation>Marquer «&#xa0;%1&#xa0;» comme non fait</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Edit the checklist item “%1”</source>
        <translation>Modifier l’élément de liste de contrôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add the checklist item “%1”</source>
        <translation>Ajouter l’élément de liste de contrôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Remove the checklist item “%1”</source>
        <translation>Retirer l’élément de liste de contrôle «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit stage notes</source>
        <translation type="vanished">Modifier les notes de l’étape</translation>
    </message>
    <message>
        <source>Change stage status</source>
        <translation type="vanished">Modifier l’état de l’étape</translation>
    </message>
    <message>
        <source>Change stage start</source>
        <translation type="vanished">Modifier le début de l’étape</translation>
    </message>
    <message>
        <source>Change stage end</source>
        <translation type="vanished">Modifier la fin de l’étape</translation>
    </message>
    <message>
        <source>Tick “%1”</source>
        <translation type="vanished">Cocher «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Untick “%1”</source>
        <translation type="vanished">Décocher «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="vanished">Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="vanished">Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Move “%1” up</source>
        <translation>Monter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move “%1” down</source>
        <translation>Descendre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation type="vanished">Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>no dates planned</source>
        <translation>aucune date prévue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No checklist items</source>
        <translation>Aucun élément de liste de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ready · %2 of %3 items done</source>
        <translation>%1 prêt · %2 éléments faits sur %3</translation>
    </message>
</context>
<context>
    <name>cultivate::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+95"/>
        <source>Cultivate plans (*.cop);;All files (*)</source>
        <translation>Plans Cultivate (*.cop);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Pages</source>
        <translation>Pages</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Charter</source>
        <translation>Charte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;New Community…</source>
        <translation>&amp;Nouvelle communauté…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the plan of a new community in a new file</source>
        <translation>Commencer le plan d’une nouvelle communauté dans un nouveau fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a community&apos;s plan file</source>
        <translation>Ouvrir le fichier du plan d’une communauté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open a &amp;Demo Community</source>
        <translation>Ouvrir une communauté de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Generate a made-up community to try Cultivate with</source>
        <translation>Créer une communauté fictive pour essayer Cultivate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Save a &amp;Copy…</source>
        <translation>Enregistrer une &amp;copie…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write a copy of this plan to another file</source>
        <translation>Écrire une copie de ce plan dans un autre fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore from &amp;Backup…</source>
        <translation>Restaurer une &amp;sauvegarde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replace this plan with one of its automatic backups</source>
        <translation>Remplacer ce plan par l’une de ses sauvegardes automatiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Renew for Another &amp;Year…</source>
        <translation>Reconduire pour une autre &amp;année…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Start next year&apos;s plan from this one; this plan stays as it is</source>
        <translation>Commencer le plan de l’année suivante à partir de celui-ci&#xa0;; ce plan reste tel quel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Schedule as &amp;iCalendar…</source>
        <translation>Calendrier au format &amp;iCalendar…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the events to an .ics file for calendar programs</source>
        <translation>Écrire les événements dans un fichier .ics pour les logiciels d’agenda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Stakeholder Report…</source>
        <translation>&amp;Rapport aux parties prenantes…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the report&apos;s sections and period, then export it</source>
        <translation>Choisir les sections et la période du rapport, puis l’exporter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Handover Document…</source>
        <translation>Document de &amp;passation…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preview and export the handover document for the next facilitator</source>
        <translation>Prévisualiser et exporter le document de passation pour la personne qui reprendra l’animation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Whole Plan as &amp;JSON…</source>
        <translation>Plan complet en &amp;JSON…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write every record of the plan to a JSON file</source>
        <translation>Écrire tous les enregistrements du plan dans un fichier JSON</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;About Cultivate</source>
        <translation>À &amp;propos de Cultivate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open &amp;Recent</source>
        <translation>Fichiers &amp;récents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Open &amp;Portfolio…</source>
        <translation>Ouvrir un &amp;portefeuille…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Table as &amp;CSV</source>
        <translation>Tableau en &amp;CSV</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Members…</source>
        <translation>&amp;Membres…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Events…</source>
        <translation>&amp;Événements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Attendance Matrix (members × events, with rates)…</source>
        <translation>Matrice des &amp;présences (membres × événements, avec taux)…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance &amp;Records…</source>
        <translation>&amp;Relevés de présence…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contributions…</source>
        <translation>&amp;Contributions…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resources…</source>
        <translation>R&amp;essources…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Go To</source>
        <translation>A&amp;ller à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>Aid&amp;e</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>The Plan Is Damaged</source>
        <translation>Le plan est endommagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is damaged and was not opened. It has not been changed.</source>
        <translation>«&#xa0;%1&#xa0;» est endommagé et n’a pas été ouvert. Il n’a pas été modifié.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1

Restore its newest good backup, of %2? The damaged file is kept beside the backups.</source>
        <translation>%1

Restaurer sa sauvegarde saine la plus récente, du %2&#xa0;? Le fichier endommagé est conservé à côté des sauvegardes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restore the Backup</source>
        <translation>Restaurer la sauvegarde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Not Restored</source>
        <translation>Non restauré</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The backup could not be restored.</source>
        <translation>La sauvegarde n’a pas pu être restaurée.</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+224"/>
        <source>Cannot Open the Plan</source>
        <translation>Impossible d’ouvrir le plan</translation>
    </message>
    <message>
        <location line="-223"/>
        <location line="+224"/>
        <source>“%1” could not be opened.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être ouvert.</translation>
    </message>
    <message>
        <location line="-219"/>
        <source>Restored the newest good backup</source>
        <translation>La sauvegarde saine la plus récente a été restaurée</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Undo History</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Undo history</source>
        <translation>Historique des annulations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;opened&gt;</source>
        <translation>&lt;ouverture&gt;</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Undo &amp;History</source>
        <translation>&amp;Historique des annulations</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” did not happen:</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas été effectué&#xa0;:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Read-only:</source>
        <translation>Lecture seule&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>changes cannot be saved to this plan.</source>
        <translation>les modifications de ce plan ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Save the New Plan</source>
        <translation>Enregistrer le nouveau plan</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>File Already Exists</source>
        <translation>Le fichier existe déjà</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” already exists. Choose another name; Cultivate never replaces an existing file.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom&#xa0;: Cultivate ne remplace jamais un fichier existant.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cannot Create the Plan</source>
        <translation>Impossible de créer le plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan “%1” could not be created.</source>
        <translation>Le plan «&#xa0;%1&#xa0;» n’a pas pu être créé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Open a Plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>About Cultivate</source>
        <translation>À propos de Cultivate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Cultivate %1&lt;/h3&gt;&lt;p&gt;A workbench for facilitators of communities of practice: plan the community&apos;s first year, run it, and report on it.&lt;/p&gt;&lt;p&gt;Each community lives in one file on this computer. Nothing is sent anywhere.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Cultivate %1&lt;/h3&gt;&lt;p&gt;L’atelier des animateurs et animatrices de communautés de pratique&#xa0;: planifier la première année de la communauté, la faire vivre et en rendre compte.&lt;/p&gt;&lt;p&gt;Chaque communauté tient dans un seul fichier sur cet ordinateur. Rien n’est envoyé nulle part.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cultivate</source>
        <translation>Cultivate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 [read-only] — Cultivate</source>
        <translation>%1 [lecture seule] — Cultivate</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 — Cultivate</source>
        <translation>%1 — Cultivate</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;%1  %2</source>
        <translation>&amp;%1  %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Clear List</source>
        <translation>&amp;Vider la liste</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Automatic backup failed:</source>
        <translation>La sauvegarde automatique a échoué&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The folder for demo communities cannot be made.</source>
        <translation>Le dossier des communautés de démonstration ne peut pas être créé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Making a demo community…</source>
        <translation>Création d’une communauté de démonstration…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>%1 (copy).%2</source>
        <translation>%1 (copie).%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a Copy of the Plan</source>
        <translation>Enregistrer une copie du plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose Another File</source>
        <translation>Choisir un autre fichier</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A copy cannot replace the plan itself.</source>
        <translation>Une copie ne peut pas remplacer le plan lui-même.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No temporary folder could be made beside the file.</source>
        <translation>Aucun dossier temporaire n’a pu être créé à côté du fichier.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The copy could not be moved into place.</source>
        <translation>La copie n’a pas pu être mise en place.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot Save the Copy</source>
        <translation>Impossible d’enregistrer la copie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” could not be written.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas pu être écrit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved a copy to %1</source>
        <translation>Copie enregistrée dans %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Renewed into %1: %2 members, %3 resources, %4 goals and %5 events carried over</source>
        <translation>Reconduit dans&#xa0;%1&#xa0;:&#xa0;%2 membres,&#xa0;%3 ressources,&#xa0;%4 objectifs et&#xa0;%5 événements repris</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>No Backups Yet</source>
        <translation>Pas encore de sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cultivate has not made a backup of this plan yet. Backups are made when a plan is opened and every hour while it changes.</source>
        <translation>Cultivate n’a pas encore sauvegardé ce plan. Les sauvegardes sont faites à l’ouverture d’un plan, puis toutes les heures tant qu’il change.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1  (%2 KB)</source>
        <translation>%1  (%2 Ko)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore from Backup</source>
        <translation>Restaurer une sauvegarde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Backups of this plan, newest first:</source>
        <translation>Sauvegardes de ce plan, de la plus récente à la plus ancienne&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Restore This Backup?</source>
        <translation>Restaurer cette sauvegarde&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The plan will be replaced with the backup of %1. The current plan is kept as a backup first, so you can come back to it.</source>
        <translation>Le plan sera remplacé par la sauvegarde du %1. Le plan actuel est d’abord sauvegardé, pour que vous puissiez y revenir.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Not restored:</source>
        <translation>Non restauré&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Restored the backup</source>
        <translation>Sauvegarde restaurée</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export the Schedule</source>
        <translation>Exporter le calendrier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>iCalendar files (*.ics);;All files (*)</source>
        <translation>Fichiers iCalendar (*.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+18"/>
        <location line="+16"/>
        <source>Not exported:</source>
        <translation>Non exporté&#xa0;:</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Exported the schedule to %1</source>
        <translation>Calendrier exporté dans %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Export a Table</source>
        <translation>Exporter un tableau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>Fichiers CSV (*.csv);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported to %1</source>
        <translation>Exporté dans %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Export the Plan</source>
        <translation>Exporter le plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exported the plan to %1</source>
        <translation>Plan exporté dans %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose how Cultivate looks</source>
        <translation>Choisir l’apparence de Cultivate</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>List every keyboard shortcut of the window</source>
        <translation>Lister tous les raccourcis clavier de la fenêtre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How a community of practice grows, how each page helps, and what every figure means</source>
        <translation>Comment une communauté de pratique grandit, comment chaque page aide et ce que signifie chaque indicateur</translation>
    </message>
    <message>
        <location line="+114"/>
        <source>Open a Plan First</source>
        <translation>Ouvrez d’abord un plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plan is read-only, so “%1” cannot be imported into it.</source>
        <translation>Ce plan est en lecture seule&#xa0;: «&#xa0;%1&#xa0;» ne peut donc pas y être importé.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To import “%1”, open the community&apos;s plan first, then drop the file on the window again.</source>
        <translation>Pour importer «&#xa0;%1&#xa0;», ouvrez d’abord le plan de la communauté, puis déposez à nouveau le fichier sur la fenêtre.</translation>
    </message>
</context>
<context>
    <name>cultivate::MemberDialog</name>
    <message>
        <location filename="../ui/people/memberdialog.cpp" line="+43"/>
        <source>New Member</source>
        <translation>Nouveau membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Member</source>
        <translation>Modifier le membre</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.org</source>
        <translation>nom@exemple.org</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Email:</source>
        <translation>&amp;Courriel&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Joined on</source>
        <translation>&amp;Arrivé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined date</source>
        <translation>Date d’arrivée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Joined:</source>
        <translation>Arrivée&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Left on</source>
        <translation>&amp;Parti le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left date</source>
        <translation>Date de départ</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left:</source>
        <translation>Départ&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aliases, one per line</source>
        <translation>Alias, un par ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other names seen in imports, one per line</source>
        <translation>Autres noms vus lors des importations, un par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Aliases:</source>
        <translation>A&amp;lias&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May be &amp;named in reports</source>
        <translation>Peut être no&amp;mmé dans les rapports</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>May be &amp;quoted in stories</source>
        <translation>Peut être c&amp;ité dans les récits</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Consent:</source>
        <translation>Consentement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Signed on</source>
        <translation>&amp;Signé le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitment signed</source>
        <translation>Engagement signé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment:</source>
        <translation>Engagement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No&amp;tes:</source>
        <translation>No&amp;tes&#xa0;:</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>A member needs a name.</source>
        <translation>Un membre doit avoir un nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The left date comes before the joined date.</source>
        <translation>La date de départ précède la date d’arrivée.</translation>
    </message>
</context>
<context>
    <name>cultivate::MemberMerge</name>
    <message>
        <location filename="../core/people/membermerge.cpp" line="+186"/>
        <source>A member cannot be merged into itself.</source>
        <translation>Un membre ne peut pas être fusionné avec lui-même.</translation>
    </message>
</context>
<context>
    <name>cultivate::MemberTableModel</name>
    <message>
        <location filename="../ui/people/membertablemodel.cpp" line="+256"/>
        <source>May be named in reports</source>
        <translation>Peut être nommé dans les rapports</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not to be named in reports</source>
        <translation>Ne doit pas être nommé dans les rapports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>May be quoted</source>
        <translation>Peut être cité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not to be quoted</source>
        <translation>Ne doit pas être cité</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, also known as %2</source>
        <translation>%1, aussi appelé %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Consents to be named in reports</source>
        <translation>Accepte d’être nommé dans les rapports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consents to be quoted in stories</source>
        <translation>Accepte d’être cité dans les récits</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date the member signed the commitment</source>
        <translation>La date à laquelle le membre a signé l’engagement</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Joined</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left</source>
        <translation>Départ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Named</source>
        <translation>Nommé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quoted</source>
        <translation>Cité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
</context>
<context>
    <name>cultivate::MergeMembersDialog</name>
    <message>
        <location filename="../ui/people/mergemembersdialog.cpp" line="+29"/>
        <source>joined %1</source>
        <translation>arrivé le %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep “%1” (%2)</source>
        <translation>Garder «&#xa0;%1&#xa0;» (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Merge Members</source>
        <translation>Fusionner des membres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” and “%2” will become one member. Attendance, contributions, recognition, story links, survey responses and authored resources of both are kept; the other record&apos;s names become aliases and fill the kept record&apos;s empty fields.</source>
        <translation>«&#xa0;%1&#xa0;» et «&#xa0;%2&#xa0;» deviendront un seul membre. Les présences, contributions, reconnaissances, liens vers des récits, réponses aux questionnaires et ressources rédigées des deux sont conservés&#xa0;; les noms de l’autre fiche deviennent des alias et complètent les champs vides de la fiche conservée.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Merge</source>
        <translation>&amp;Fusionner</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Kept: %1 (%2)</source>
        <translation>Conservé&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Aliases: %1</source>
        <translation>Alias&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email: %1</source>
        <translation>Courriel&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Organisation: %1</source>
        <translation>Organisation&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Consent and role stay those of the kept member. Undo brings both records back.</source>
        <translation>Le consentement et le rôle restent ceux du membre conservé. Annuler rétablit les deux fiches.</translation>
    </message>
</context>
<context>
    <name>cultivate::MonthCalendar</name>
    <message>
        <location filename="../ui/schedule/monthcalendar.cpp" line="+91"/>
        <source>+%1 more</source>
        <translation>+%1 autres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
</context>
<context>
    <name>cultivate::NameGuard</name>
    <message>
        <source>a member</source>
        <translation type="vanished">un membre</translation>
    </message>
</context>
<context>
    <name>cultivate::NewCommunityDialog</name>
    <message>
        <location filename="../ui/welcome/newcommunitydialog.cpp" line="+23"/>
        <source>New Community</source>
        <translation>Nouvelle communauté</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Community name</source>
        <translation>Nom de la communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>For example: Data Practice</source>
        <translation>Par exemple&#xa0;: Pratique des données</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A dated first year</source>
        <translation>Une première année datée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty plan</source>
        <translation>Plan vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Commence le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Template:</source>
        <translation>&amp;Modèle&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Create…</source>
        <translation>Créer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the community</source>
        <translation>Créer la communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A new plan file holds the community&apos;s charter, its lifecycle and its first year. You choose where to save it next.</source>
        <translation>Un nouveau fichier de plan contient la charte de la communauté, son cycle de vie et sa première année. Vous choisissez ensuite où l’enregistrer.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Dated stages, a pilot, a launch, a monthly rhythm of meetings and check-ins, and a wrap-up with a final survey.</source>
        <translation>Des étapes datées, un pilote, un lancement, un rythme mensuel de rencontres et de points d’étape, et une clôture avec un questionnaire final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The five stages and their checklists, without dates or events.</source>
        <translation>Les cinq étapes et leurs listes de contrôle, sans dates ni événements.</translation>
    </message>
</context>
<context>
    <name>cultivate::NewPlan</name>
    <message>
        <location filename="../core/lifecycle/newplan.cpp" line="+101"/>
        <source>Pilot group kickoff</source>
        <translation>Lancement du groupe pilote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot session: sharing current practice</source>
        <translation>Séance pilote&#xa0;: partager les pratiques actuelles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilot retrospective and success story</source>
        <translation>Rétrospective du pilote et récit de réussite</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Orientation and baseline survey</source>
        <translation>Accueil des membres et questionnaire initial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Community launch</source>
        <translation>Lancement de la communauté</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Monthly webinar</source>
        <translation>Webinaire mensuel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly community meeting</source>
        <translation>Rencontre mensuelle de la communauté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Welcome and introductions
Member spotlight
Topic discussion
Next steps</source>
        <translation>Accueil et présentations
Un membre à l’honneur
Discussion sur le thème
Prochaines étapes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send the reminder for the meeting on %1</source>
        <translation>Envoyer le rappel de la rencontre du %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A short invitation a week before, with the topic and the link.</source>
        <translation>Une courte invitation une semaine avant, avec le thème et le lien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Send the follow-up for the meeting on %1</source>
        <translation>Envoyer le suivi de la rencontre du %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank attendees, share highlights and resources, and reach out to those who missed it.</source>
        <translation>Remercier les participants, partager les points forts et les ressources, et reprendre contact avec les absents.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Monthly check-in</source>
        <translation>Point d’étape mensuel</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mid-year review</source>
        <translation>Bilan de mi-année</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success-story drive</source>
        <translation>Collecte de récits de réussite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrap-up and final survey</source>
        <translation>Clôture et questionnaire final</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Send the stakeholder report</source>
        <translation>Envoyer le rapport aux parties prenantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export the report for the year and send it to the sponsors with a thank-you note.</source>
        <translation>Exporter le rapport de l’année et l’envoyer aux commanditaires avec un mot de remerciement.</translation>
    </message>
</context>
<context>
    <name>cultivate::OverviewPage</name>
    <message>
        <source>Members</source>
        <translation type="vanished">Membres</translation>
    </message>
    <message>
        <source>Events held</source>
        <translation type="vanished">Événements tenus</translation>
    </message>
    <message>
        <source>Events planned</source>
        <translation type="vanished">Événements prévus</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="vanished">Ressources</translation>
    </message>
    <message>
        <source>Stories</source>
        <translation type="vanished">Récits</translation>
    </message>
    <message>
        <source>About the community</source>
        <translation type="vanished">À propos de la communauté</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation type="vanished">Domaine</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="vanished">Raison d’être</translation>
    </message>
    <message>
        <location filename="../ui/overview/overviewpage.cpp" line="+145"/>
        <source>Current stage</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Overview</source>
        <translation>Vue d’ensemble</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Health check</source>
        <translation>Bilan de santé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the Dashboard</source>
        <translation>Ouvrir le tableau de bord</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Open the Lifecycle</source>
        <translation>Ouvrir le cycle de vie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next check-in</source>
        <translation>Prochain point d’étape</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The domain is not written yet.</source>
        <translation>Le domaine n’est pas encore rédigé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No dates set</source>
        <translation>Aucune date fixée</translation>
    </message>
    <message>
        <location line="+100"/>
        <source>Updating…</source>
        <translation>Mise à jour…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The desk could not be read: %1</source>
        <translation>Le bureau n’a pas pu être lu&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reading the plan…</source>
        <translation>Lecture du plan…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 to %2 · to do: %3</source>
        <translation>Du %1 au %2 · à faire&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, overdue: %1</source>
        <translation>, en retard&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>no checklist items</source>
        <translation>aucun élément de liste de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ready, %2 of %3 items done</source>
        <translation>prête à %1, %2 éléments faits sur %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>past its planned end (%1)</source>
        <translation>fin prévue dépassée (%1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>None planned yet.</source>
        <translation>Aucun de prévu pour l’instant.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Nothing to do this week and next. The Schedule shows what comes later.</source>
        <translation>Rien à faire cette semaine ni la suivante. Le calendrier montre ce qui vient ensuite.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>Show %1 More (%2 in all)</source>
        <translation>Afficher %1 de plus (%2 en tout)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open the event on the Schedule</source>
        <translation>Ouvrir l’événement dans le calendrier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Ready: the agenda, the place and the reminder are taken care of.</source>
        <translation>Prêt&#xa0;: l’ordre du jour, le lieu et le rappel sont réglés.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Done and snoozed (%1)</source>
        <translation>Faits et reportés (%1)</translation>
    </message>
    <message>
        <location line="+50"/>
        <location line="+13"/>
        <source>Read-Only Plan</source>
        <translation>Plan en lecture seule</translation>
    </message>
    <message>
        <location line="-13"/>
        <location line="+13"/>
        <source>This plan is read-only: nothing can be imported.</source>
        <translation>Ce plan est en lecture seule&#xa0;: rien ne peut être importé.</translation>
    </message>
    <message>
        <source>Not written yet</source>
        <translation type="vanished">Pas encore rédigé</translation>
    </message>
    <message>
        <location line="-235"/>
        <source>No stages in this plan</source>
        <translation>Aucune étape dans ce plan</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Stage %1 of %2: %3</source>
        <translation>Étape %1 sur %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>no dates planned</source>
        <translation type="vanished">aucune date prévue</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation type="vanished">en retard</translation>
    </message>
    <message>
        <source>No checklist items</source>
        <translation type="vanished">Aucun élément de liste de contrôle</translation>
    </message>
    <message>
        <source>%1 ready · %2 of %3 items done</source>
        <translation type="vanished">%1 prêt · %2 éléments faits sur %3</translation>
    </message>
</context>
<context>
    <name>cultivate::PagedReport</name>
    <message>
        <source>Page %1 of %2</source>
        <translation type="vanished">Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>cultivate::PeoplePage</name>
    <message>
        <location filename="../ui/people/peoplepage.cpp" line="+68"/>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>People views</source>
        <translation>Vues des personnes</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Add Member…</source>
        <translation>&amp;Ajouter un membre…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a member (Insert or Ctrl+N in the table)</source>
        <translation>Ajouter un membre (Inser ou Ctrl+N dans le tableau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected member (Enter)</source>
        <translation>Modifier le membre sélectionné (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected members with their attendance and contributions (Delete)</source>
        <translation>Retirer les membres sélectionnés avec leurs présences et leurs contributions (Suppr)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Fusionner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge two selected records of one person into one</source>
        <translation>Fusionner deux fiches sélectionnées d’une même personne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import members or attendance</source>
        <translation>Importer des membres ou des présences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import a member list, or a Zoom, Teams or other attendance report</source>
        <translation>Importer une liste de membres, ou un rapport de présence Zoom, Teams ou autre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search members</source>
        <translation>Rechercher des membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search name, email, alias, organisation</source>
        <translation>Rechercher un nom, courriel, alias, organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show members of role</source>
        <translation>Afficher les membres du rôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any role</source>
        <translation>Tous les rôles</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show members of organisation</source>
        <translation>Afficher les membres de l’organisation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Any organisation</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show active or left members</source>
        <translation>Afficher les membres présents ou partis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active and left</source>
        <translation>Présents et partis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Présents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left</source>
        <translation>Partis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Named</source>
        <translation>Nommés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quoted</source>
        <translation>Cités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Commitment</source>
        <translation>Engagement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No members yet</source>
        <translation>Aucun membre pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the people of the community: facilitators, sponsors, champions and members. Their attendance and contributions build on this list.</source>
        <translation>Ajoutez les personnes de la communauté&#xa0;: animateurs, commanditaires, ambassadeurs et membres. Leurs présences et leurs contributions s’appuient sur cette liste.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the First Member…</source>
        <translation>Ajouter le premier membre…</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+166"/>
        <source>Loading members…</source>
        <translation>Chargement des membres…</translation>
    </message>
    <message>
        <location line="-161"/>
        <source>Loading members</source>
        <translation>Chargement des membres</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Show Everyone</source>
        <translation>Afficher &amp;tout le monde</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Members</source>
        <translation>Mem&amp;bres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ttendance</source>
        <translation>&amp;Présences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attendance Matri&amp;x</source>
        <translation>Matrice des prés&amp;ences</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Contributions</source>
        <translation>&amp;Contributions</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Add Member…</source>
        <translation>Ajouter un membre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Merge…</source>
        <translation>Fusionner…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+120"/>
        <source>No members yet.</source>
        <translation>Aucun membre pour l’instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One member</source>
        <translation>Un membre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 members</source>
        <translation>%1 membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · %1 active, %2 counted in participation · %3 left</source>
        <translation> · %1 présents, %2 comptés dans la participation · %3 partis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · showing %1</source>
        <translation> · %1 affichés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No member matches the filters.</source>
        <translation>Aucun membre ne correspond aux filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No member matches “%1” with these filters.</source>
        <translation>Aucun membre ne correspond à «&#xa0;%1&#xa0;» avec ces filtres.</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Add the member “%1”</source>
        <translation>Ajouter le membre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Edit the member “%1”</source>
        <translation>Modifier le membre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove the member “%1”</source>
        <translation>Retirer le membre «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove %1 members</source>
        <translation>Retirer %1 membres</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Merge “%1” into “%2”</source>
        <translation>Fusionner «&#xa0;%1&#xa0;» avec «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merged “%1” into “%2”: %3 attendance rows moved, %4 combined, %5 contributions, %6 recognitions, %7 stories, %8 survey responses, %9 resources.</source>
        <translation>«&#xa0;%1&#xa0;» fusionné avec «&#xa0;%2&#xa0;»&#xa0;: %3 lignes de présence déplacées, %4 combinées, %5 contributions, %6 reconnaissances, %7 récits, %8 réponses aux questionnaires, %9 ressources.</translation>
    </message>
</context>
<context>
    <name>cultivate::Plan</name>
    <message>
        <location filename="../core/storage/plan.cpp" line="+232"/>
        <source>it is open in another Cultivate window (process %1 on %2)</source>
        <translation>il est ouvert dans une autre fenêtre de Cultivate (processus %1 sur %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>it is open in another Cultivate window</source>
        <translation>il est ouvert dans une autre fenêtre de Cultivate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its folder is not writable (%1)</source>
        <translation>son dossier n’est pas accessible en écriture (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its lock file cannot be written (%1)</source>
        <translation>son fichier de verrou ne peut pas être écrit (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>its lock file cannot be written</source>
        <translation>son fichier de verrou ne peut pas être écrit</translation>
    </message>
    <message>
        <location line="+530"/>
        <source>the file is not writable</source>
        <translation>le fichier n’est pas accessible en écriture</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>it was opened for reading; its older format is upgraded when it is opened for editing</source>
        <translation>il a été ouvert en lecture&#xa0;; son ancien format est mis à niveau quand il est ouvert pour modification</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>its pages are being checked</source>
        <translation>ses pages sont en cours de vérification</translation>
    </message>
</context>
<context>
    <name>cultivate::PortfolioModel</name>
    <message>
        <location filename="../ui/portfolio/portfoliomodel.cpp" line="+29"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot be read</source>
        <translation>Illisible</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>%1
Cannot be read: %2</source>
        <translation>%1
Illisible&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1
Figures from %2 to %3</source>
        <translation>%1
Chiffres du %2 au %3</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active (month)</source>
        <translation>Actifs (mois)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stickiness</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newcomers</source>
        <translation>Nouveaux membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last event</source>
        <translation>Dernier événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Next event</source>
        <translation>Prochain événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why it cannot be read</source>
        <translation>Pourquoi le plan est illisible</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The lifecycle stage the community is in.</source>
        <translation>L’étape du cycle de vie où se trouve la communauté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members counted in the period. %1</source>
        <translation>Membres comptés dans la période. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active members in the latest complete month (that month in brackets). %1 %2</source>
        <translation>Membres actifs le dernier mois complet (ce mois entre parenthèses). %1 %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Newcomers in the period, all months together. %1</source>
        <translation>Nouveaux membres de la période, tous mois confondus. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The latest held event up to today.</source>
        <translation>Le dernier événement tenu jusqu’à aujourd’hui.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The next planned event from today on.</source>
        <translation>Le prochain événement prévu à partir d’aujourd’hui.</translation>
    </message>
</context>
<context>
    <name>cultivate::PortfolioWindow</name>
    <message>
        <location filename="../ui/portfolio/portfoliowindow.cpp" line="+44"/>
        <source>Compare communities</source>
        <translation>Comparer les communautés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a folder of plan files, or several plan files, to see their communities side by side. The plans are only read: they stay as they are, even when they are open elsewhere.</source>
        <translation>Choisissez un dossier de fichiers de plan, ou plusieurs fichiers de plan, pour voir leurs communautés côte à côte. Les plans sont seulement lus&#xa0;: ils restent tels quels, même s’ils sont ouverts ailleurs.</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+1"/>
        <location line="+13"/>
        <source>Portfolio</source>
        <translation>Portefeuille</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose &amp;Folder…</source>
        <translation>Choisir un &amp;dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare every plan file in a folder</source>
        <translation>Comparer tous les fichiers de plan d’un dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose F&amp;iles…</source>
        <translation>Choisir des &amp;fichiers…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compare plan files chosen one by one</source>
        <translation>Comparer des fichiers de plan choisis un par un</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the same plans again (F5)</source>
        <translation>Relire les mêmes plans (F5)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Plan</source>
        <translation>&amp;Ouvrir le plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the selected community&apos;s plan in the main window (Enter)</source>
        <translation>Ouvrir le plan de la communauté sélectionnée dans la fenêtre principale (Entrée)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose a Folder of Plans…</source>
        <translation>Choisir un dossier de plans…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Communities</source>
        <translation>Communautés</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Choose Another Folder…</source>
        <translation>Choisir un autre dossier…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Plans read</source>
        <translation>Plans lus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m plans</source>
        <translation>%v sur&#xa0;%m plans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Open Portfolio: Choose a Folder of Plans</source>
        <translation>Ouvrir un portefeuille&#xa0;: choisir un dossier de plans</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Open Portfolio: Choose Plan Files</source>
        <translation>Ouvrir un portefeuille&#xa0;: choisir des fichiers de plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cultivate plans (*.cop);;All files (*)</source>
        <translation>Plans Cultivate (*.cop);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Cancelled. The rows shown were read before.</source>
        <translation>Annulé. Les lignes affichées avaient été lues auparavant.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled before any plan was read.</source>
        <translation>Annulé avant qu’aucun plan ne soit lu.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Reading the plans…</source>
        <translation>Lecture des plans…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>There is no plan file (*.cop) in “%1”.</source>
        <translation>Il n’y a aucun fichier de plan (*.cop) dans «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no plan file (*.cop) in the chosen folders.</source>
        <translation>Il n’y a aucun fichier de plan (*.cop) dans les dossiers choisis.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Communities: %1.</source>
        <translation>Communautés&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans that cannot be read: %1.</source>
        <translation>Plans illisibles&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plan file in %1.</source>
        <translation>Aucun fichier de plan dans %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a row or press Enter to open its plan.</source>
        <translation>Double-cliquez sur une ligne ou appuyez sur Entrée pour ouvrir son plan.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Each community over its plan year so far, as of %1.</source>
        <translation>Chaque communauté sur l’année de son plan jusqu’ici, à la date du %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No plans chosen yet.</source>
        <translation>Aucun plan choisi pour l’instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Plans in %1. %2</source>
        <translation>Plans dans %1. %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Chosen plan files: %1. %2</source>
        <translation>Fichiers de plan choisis&#xa0;: %1. %2</translation>
    </message>
</context>
<context>
    <name>cultivate::PreferencesDialog</name>
    <message>
        <location filename="../ui/preferences/preferencesdialog.cpp" line="+24"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Appearance</source>
        <translation>Apparence</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Follow the &amp;desktop</source>
        <translation>Suivre le &amp;bureau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The style and colours of your desktop, light or dark, as other applications have them.</source>
        <translation>Le style et les couleurs de votre bureau, clair ou sombre, comme dans les autres applications.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Light</source>
        <translation>&amp;Clair</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Fusion style with Cultivate&apos;s light colours.</source>
        <translation>Le style Fusion avec les couleurs claires de Cultivate.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dar&amp;k</source>
        <translation>&amp;Sombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The Fusion style with Cultivate&apos;s dark colours.</source>
        <translation>Le style Fusion avec les couleurs sombres de Cultivate.</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+4"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The system&apos;s language</source>
        <translation>La langue du système</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The system&apos;s language (%1)</source>
        <translation>La langue du système (%1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cultivate changes language the next time it starts.</source>
        <translation>Cultivate changera de langue à son prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>cultivate::PrintSheets</name>
    <message>
        <location filename="../ui/printing/printsheets.cpp" line="+34"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+83"/>
        <source>Sign-in sheet: %1</source>
        <translation>Feuille d’émargement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-81"/>
        <source>Place: ____________________</source>
        <translation>Lieu&#xa0;: ____________________</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Members expected: %1. Add anyone else on the blank lines.</source>
        <translation>Membres attendus&#xa0;: %1. Ajoutez les autres personnes sur les lignes vides.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Schedule: %1</source>
        <translation>Calendrier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 to %2 · events: %3</source>
        <translation>Du %1 au %2 · événements&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No events in this period.</source>
        <translation>Aucun événement sur cette période.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Print Preview: %1</source>
        <translation>Aperçu avant impression&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+32"/>
        <source>Nothing to Print</source>
        <translation>Rien à imprimer</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Print the Schedule</source>
        <translation>Imprimer le calendrier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview…</source>
        <translation>Aperçu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Schedule %1 to %2</source>
        <translation>Calendrier du %1 au %2</translation>
    </message>
</context>
<context>
    <name>cultivate::QuestionDialog</name>
    <message>
        <location filename="../ui/evaluate/questiondialog.cpp" line="+22"/>
        <source>New Question</source>
        <translation>Nouvelle question</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Question:</source>
        <translation>&amp;Question&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Answer type</source>
        <translation>Type de réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement, 1 to 5</source>
        <translation>Accord, de 1 à 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommend, 0 to 10</source>
        <translation>Recommandation, de 0 à 10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes or no</source>
        <translation>Oui ou non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One of several choices</source>
        <translation>Un choix parmi plusieurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Answer:</source>
        <translation>&amp;Réponse&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choices, one per line</source>
        <translation>Choix, un par ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One choice per line</source>
        <translation>Un choix par ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Choices:</source>
        <translation>&amp;Choix&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Pairs with</source>
        <translation>Appariée avec</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. confidence: the same key in the baseline and the final survey</source>
        <translation>p. ex. confiance&#xa0;: la même clé dans le questionnaire initial et le questionnaire final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pairs with:</source>
        <translation>A&amp;ppariée avec&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cultivate::ReadinessBar</name>
    <message>
        <location filename="../ui/lifecycle/readinessbar.cpp" line="+22"/>
        <source>Readiness %1</source>
        <translation>État de préparation %1</translation>
    </message>
</context>
<context>
    <name>cultivate::RecognitionDialog</name>
    <message>
        <location filename="../ui/people/contributiondialog.cpp" line="+29"/>
        <source>New Recognition</source>
        <translation>Nouvelle reconnaissance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. hosted three case clinics</source>
        <translation>p. ex. a animé trois cliniques de cas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reason:</source>
        <translation>M&amp;otif&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cultivate::Recurrence</name>
    <message>
        <location filename="../core/lifecycle/recurrence.cpp" line="+22"/>
        <source>first</source>
        <translation>premier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>second</source>
        <translation>deuxième</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>third</source>
        <translation>troisième</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fourth</source>
        <translation>quatrième</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fifth</source>
        <translation>cinquième</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last</source>
        <translation>dernier</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+3"/>
        <source>every week on %1</source>
        <translation>hebdomadaire, le&#xa0;%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %1 weeks on %2</source>
        <translation>toutes les&#xa0;%1 semaines, le&#xa0;%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly on the %1 %2</source>
        <translation>mensuel, le&#xa0;%1&#xa0;%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>monthly on day %1</source>
        <translation>mensuel, le&#xa0;%1 du mois</translation>
    </message>
</context>
<context>
    <name>cultivate::RenewDialog</name>
    <message>
        <location filename="../ui/renewal/renewdialog.cpp" line="+47"/>
        <source>Renew for Another Year</source>
        <translation>Reconduire pour une autre année</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day of the new year</source>
        <translation>Premier jour de la nouvelle année</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New plan file</source>
        <translation>Fichier du nouveau plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the new plan file</source>
        <translation>Choisir le fichier du nouveau plan</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New year &amp;starts on:</source>
        <translation>La nouvelle année &amp;commence le&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New &amp;plan file:</source>
        <translation>Fichier du nouveau &amp;plan&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Renewing</source>
        <translation>Reconduction en cours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Renew</source>
        <translation>&amp;Reconduire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create the new year&apos;s plan</source>
        <translation>Créer le plan de la nouvelle année</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new year&apos;s plan starts from this one: the charter and budget, the members who have not left (with their roles and consent), the resources, the goals with the value they reached as the new baseline, the repeating meetings moved into the new year, and the stages and checklists ready to start again. Attendance, contributions, surveys, stories and recognitions stay in this plan, which the new one names so that its figures can be compared year with year. This plan is not changed.</source>
        <translation>Le plan de la nouvelle année part de celui-ci&#xa0;: la charte et le budget, les membres qui ne sont pas partis (avec leurs rôles et leur consentement), les ressources, les objectifs avec la valeur atteinte comme nouveau point de départ, les rencontres récurrentes reportées sur la nouvelle année, et les étapes et listes de contrôle prêtes à recommencer. Les présences, contributions, questionnaires, récits et reconnaissances restent dans ce plan, auquel le nouveau fait référence pour que ses chiffres puissent être comparés d’une année sur l’autre. Ce plan n’est pas modifié.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Save the New Year&apos;s Plan</source>
        <translation>Enregistrer le plan de la nouvelle année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cultivate plans (*.cop)</source>
        <translation>Plans Cultivate (*.cop)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose a file for the new year&apos;s plan.</source>
        <translation>Choisissez un fichier pour le plan de la nouvelle année.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” already exists. Choose another name; Cultivate never replaces an existing file.</source>
        <translation>«&#xa0;%1&#xa0;» existe déjà. Choisissez un autre nom&#xa0;: Cultivate ne remplace jamais un fichier existant.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The new year must start after this plan&apos;s start.</source>
        <translation>La nouvelle année doit commencer après le début de ce plan.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The new plan could not be created: %1</source>
        <translation>Le nouveau plan n’a pas pu être créé&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Stop</source>
        <translation>&amp;Arrêter</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>cultivate::Report</name>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+906"/>
        <location filename="../core/reports/reportcompose.cpp" line="+221"/>
        <location line="+1314"/>
        <source>Stakeholder report</source>
        <translation>Rapport aux parties prenantes</translation>
    </message>
    <message>
        <source>Executive summary</source>
        <translation type="vanished">Synthèse</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+2"/>
        <source>Purpose and goals</source>
        <translation>Raison d’être et objectifs</translation>
    </message>
    <message>
        <source>Lifecycle status</source>
        <translation type="vanished">Avancement du cycle de vie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activity and attendance</source>
        <translation>Activité et présences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Participation levels and flows</source>
        <translation>Niveaux de participation et mouvements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Newcomers and retention</source>
        <translation>Nouveaux membres et rétention</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../core/reports/reportparts.cpp" line="+142"/>
        <source>Surveys and check-ins</source>
        <translation>Questionnaires et points d’étape</translation>
    </message>
    <message>
        <location filename="../core/reports/reportnarrative.cpp" line="+254"/>
        <location filename="../core/reports/reportparts.cpp" line="-108"/>
        <source>%1 and %2</source>
        <translation>%1 et %2</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="-1485"/>
        <source>A member</source>
        <translation>Un membre</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="-766"/>
        <location filename="../core/reports/reportcompose.cpp" line="+119"/>
        <source>Our community</source>
        <translation>Notre communauté</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <source>%1 — stakeholder report</source>
        <translation>%1 — rapport aux parties prenantes</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>No section was chosen for this report.</source>
        <translation>Aucune section n’a été choisie pour ce rapport.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stakeholder report, %1</source>
        <translation>Rapport aux parties prenantes, %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reporting period: %1</source>
        <translation>Période couverte&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+62"/>
        <location filename="../core/reports/reportcompose.cpp" line="+6"/>
        <source>a co-facilitator</source>
        <translation>un co-animateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <source>%1 co-facilitators</source>
        <translation>%1 co-animateurs</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <source>Prepared by %1, facilitator</source>
        <translation>Préparé par %1, animation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prepared by the community&apos;s facilitator</source>
        <translation>Préparé par l’animation de la communauté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued %1</source>
        <translation>Publié le %1</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="-17"/>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+19"/>
        <source>What changed.</source>
        <translation>Ce qui a changé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Year on year.</source>
        <translation>D’une année sur l’autre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goals.</source>
        <translation>Objectifs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health.</source>
        <translation>Santé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What comes next.</source>
        <translation>La suite.</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+112"/>
        <location filename="../core/reports/reportcompose.cpp" line="+22"/>
        <location line="+78"/>
        <source>Figure</source>
        <translation>Chiffre</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/reports/reportcompose.cpp" line="-78"/>
        <source>This period</source>
        <translation>Cette période</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+0"/>
        <location line="+79"/>
        <source>Change</source>
        <translation>Évolution</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="-44"/>
        <location filename="../core/reports/reportcompose.cpp" line="-78"/>
        <location line="+148"/>
        <location line="+116"/>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="-238"/>
        <source>Change is against the previous period of the same length (%1); a fall is marked. Reach: members who attended at least once. Stickiness: active this month among those active in the last twelve. Contribution weight: posts, answers, talks and hosting, weighted by effort. The appendix defines every figure.</source>
        <translation>La variation est mesurée par rapport à la période précédente de même durée (%1)&#xa0;; une baisse est signalée. Portée&#xa0;: membres venus au moins une fois. Fidélisation&#xa0;: actifs ce mois-ci parmi les actifs des douze derniers mois. Poids des contributions&#xa0;: messages, réponses, interventions et animations, pondérés selon l’effort. L’annexe définit chaque indicateur.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no previous period to compare with. Reach: members who attended at least once. Stickiness: active this month among those active in the last twelve. Contribution weight: posts, answers, talks and hosting, weighted by effort. The appendix defines every figure.</source>
        <translation>Il n’y a pas de période précédente à laquelle comparer. Portée&#xa0;: membres venus au moins une fois. Fidélisation&#xa0;: actifs ce mois-ci parmi les actifs des douze derniers mois. Poids des contributions&#xa0;: messages, réponses, interventions et animations, pondérés selon l’effort. L’annexe définit chaque indicateur.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Last year&apos;s figures could not be read (%1).</source>
        <translation>Les chiffres de l’an dernier n’ont pas pu être lus (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 %2 (last year %3)</source>
        <translation>%1&#xa0;:&#xa0;%2 (contre&#xa0;%3 l’an dernier)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Against the same months of last year (%1): %2.</source>
        <translation>Par rapport aux mêmes mois de l’an dernier (%1)&#xa0;:&#xa0;%2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Compared with last year</source>
        <translation>Par rapport à l’an dernier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last year&apos;s plan could not be read, so there is nothing to compare with: %1.</source>
        <translation>Le plan de l’an dernier n’a pas pu être lu, il n’y a donc aucun point de comparaison&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The same months of “%1” (%2), read from last year&apos;s plan.</source>
        <translation>Les mêmes mois de «&#xa0;%1&#xa0;» (%2), lus dans le plan de l’an dernier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This year</source>
        <translation>Cette année</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last year</source>
        <translation>L’an dernier</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The plan</source>
        <translation>Le plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Plan year</source>
        <translation>Année du plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Current stage</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1: %2 of %3 checklist items done</source>
        <translation>%1&#xa0;: %2 éléments de la liste de contrôle faits sur %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Events scheduled for the year</source>
        <translation>Événements prévus pour l’année</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Next event</source>
        <translation>Prochain événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Goals set</source>
        <translation>Objectifs fixés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Members so far</source>
        <translation>Membres à ce jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Figures such as reach and stickiness need a complete month with events held; until then they print as “–”. The sections below show the year&apos;s schedule, the current stage&apos;s checklist and the goals.</source>
        <translation>Des indicateurs comme la portée et la fidélisation demandent un mois complet avec des événements tenus&#xa0;; d’ici là, ils s’affichent «&#xa0;–&#xa0;». Les sections ci-dessous montrent le calendrier de l’année, la liste de contrôle de l’étape en cours et les objectifs.</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="-1"/>
        <location filename="../core/reports/reportcompose.cpp" line="+11"/>
        <location line="+115"/>
        <source>Goal</source>
        <translation>Objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/reports/reportcompose.cpp" line="-115"/>
        <location line="+116"/>
        <source>Progress</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../core/reports/reportcompose.cpp" line="-116"/>
        <location line="+116"/>
        <source>Now</source>
        <translation>Actuel</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Purpose and what was achieved</source>
        <translation>Raison d’être et réalisations</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who carries what</source>
        <translation>Qui porte quoi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the repertoire lives</source>
        <translation>Où se trouve le répertoire partagé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The rhythm that worked</source>
        <translation>Le rythme qui a fonctionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open items</source>
        <translation>Points en suspens</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lessons from the reflections</source>
        <translation>Leçons tirées des réflexions</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>%1 — handover</source>
        <translation>%1 — document de passation</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Legacy plan</source>
        <translation>Plan de continuité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period: %1</source>
        <translation>Période&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Prepared on %1</source>
        <translation>Préparé le&#xa0;%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Facilitator: %1</source>
        <translation>Animation&#xa0;:&#xa0;%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Value for members:</source>
        <translation>Valeur pour les membres&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The charter states no domain, purpose or value proposition yet: the next facilitator will want to write them down first.</source>
        <translation>La charte n’énonce encore ni domaine, ni raison d’être, ni proposition de valeur&#xa0;: la personne qui reprendra l’animation voudra d’abord les mettre par écrit.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No goals were set, so there is no outcome to measure against.</source>
        <translation>Aucun objectif n’a été fixé&#xa0;: il n’y a donc aucun résultat auquel se mesurer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+404"/>
        <location filename="../core/reports/reportcompose.cpp" line="-115"/>
        <location line="+116"/>
        <location line="+78"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="-137"/>
        <source>%1 (small sample: %2)</source>
        <translation>%1 (petit échantillon&#xa0;: %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (small sample)</source>
        <translation>%1 (petit échantillon)</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+201"/>
        <location filename="../core/reports/reportcompose.cpp" line="+15"/>
        <source>an anonymous answer</source>
        <translation>une réponse anonyme</translation>
    </message>
    <message>
        <location line="-367"/>
        <location line="+369"/>
        <location filename="../core/reports/reportcompose.cpp" line="+2"/>
        <location filename="../core/reports/reportdata.cpp" line="+232"/>
        <source>a member</source>
        <translation>un membre</translation>
    </message>
    <message>
        <location line="-591"/>
        <source>Progress is the share of the way from the baseline to the target. “Now” is the linked figure for this period or the latest measurement; “–” means nothing has been measured yet.</source>
        <translation>L’avancement est la part du chemin parcourue du point de départ à la cible. «&#xa0;Actuel&#xa0;» est le chiffre lié pour cette période ou la dernière mesure&#xa0;; «&#xa0;–&#xa0;» signifie que rien n’a encore été mesuré.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The year in figures</source>
        <translation>L’année en chiffres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is little to count yet: %1 held and %2 counted in this period. Figures such as reach and stickiness need a complete month with events held, so this document hands over the plan itself: its goals, its rhythm and what is still open.</source>
        <translation>Il y a encore peu à compter&#xa0;: sur cette période, la communauté a tenu&#xa0;%1 et compte&#xa0;%2. Des chiffres comme la portée et la fidélisation demandent un mois complet avec des événements tenus&#xa0;; ce document transmet donc le plan lui-même&#xa0;: ses objectifs, son rythme et ce qui reste en suspens.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+41"/>
        <source>Health check:</source>
        <translation>Bilan de santé&#xa0;:</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Members counted</source>
        <translation>Membres comptés</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events held</source>
        <translation>Événements tenus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean attendance rate</source>
        <translation>Taux de présence moyen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stickiness</source>
        <translation>Fidélisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stickiness in %1</source>
        <translation>Fidélisation en&#xa0;%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Participation level</source>
        <translation>Niveau de participation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reach: members who attended at least once. Stickiness: active in the latest complete month among those active in the twelve months before. A share outside Wenger&apos;s expected band is marked. The appendix defines every figure.</source>
        <translation>Portée&#xa0;: membres venus au moins une fois. Fidélisation&#xa0;: actifs le dernier mois complet parmi les actifs des douze mois précédents. Une part hors de la fourchette attendue selon Wenger est signalée. L’annexe définit chaque chiffre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Success stories</source>
        <translation>Récits de réussite</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+487"/>
        <source>No success story was shared with consent in this period.</source>
        <translation>Aucun récit de réussite n’a été partagé avec consentement sur cette période.</translation>
    </message>
    <message>
        <location line="-482"/>
        <source>%1 without consent to share is left out.</source>
        <translation>Non repris ici faute de consentement au partage&#xa0;:&#xa0;%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>further story recorded</source>
        <translation>autre récit enregistré</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>further stories recorded</source>
        <translation>autres récits enregistrés</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hosted or presented</source>
        <translation>Animations ou présentations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources authored</source>
        <translation>Ressources rédigées</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>No facilitator, champion, subject-matter expert or sponsor is recorded for this period. Naming champions and experts gives the next facilitator people to lean on.</source>
        <translation>Aucun animateur, ambassadeur, expert du domaine ni commanditaire n’est enregistré pour cette période. Nommer des ambassadeurs et des experts donne à la personne qui reprendra l’animation des appuis sur qui compter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The facilitators, champions, subject-matter experts and sponsors of this period who agreed to be named in reports, and what they carried: the events they hosted or presented at in this period, the resources they wrote for the shared repertoire, and their contribution weight.</source>
        <translation>Les animateurs, ambassadeurs, experts du domaine et commanditaires de cette période qui ont accepté d’être nommés dans les rapports, et ce qu’ils ont porté&#xa0;: les événements qu’ils ont animés ou auxquels ils ont présenté sur cette période, les ressources qu’ils ont rédigées pour le répertoire partagé et le poids de leurs contributions.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Facilitators and sponsors are left out of the participation figures, so their contribution weight shows as “–”.</source>
        <translation>Les animateurs et les commanditaires sont exclus des chiffres de participation&#xa0;: le poids de leurs contributions apparaît donc comme «&#xa0;–&#xa0;».</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone in these roles agreed to be named.</source>
        <translation>Toutes les personnes dans ces rôles ont accepté d’être nommées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One more person in these roles is not named here: they have not agreed to appear in reports.</source>
        <translation>Une autre personne dans ces rôles n’est pas nommée ici&#xa0;: elle n’a pas accepté de figurer dans les rapports.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 more people in these roles are not named here: they have not agreed to appear in reports.</source>
        <translation>%1 autres personnes dans ces rôles ne sont pas nommées ici&#xa0;: elles n’ont pas accepté de figurer dans les rapports.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The charter names no communication channel or workspace yet.</source>
        <translation>La charte ne nomme encore aucun canal de communication ni espace de travail.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Channels:</source>
        <translation>Canaux&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace:</source>
        <translation>Espace de travail&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The shared repertoire holds no resource yet.</source>
        <translation>Le répertoire partagé ne contient encore aucune ressource.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The shared repertoire holds %1 (%2).</source>
        <translation>Le répertoire partagé contient&#xa0;%1 (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resource</source>
        <translation>ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resources</source>
        <translation>ressources</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The first %1 by title are listed; the plan holds all %2.</source>
        <translation>Les&#xa0;%1 premières dans l’ordre des titres sont listées&#xa0;; le plan les contient toutes (%2).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Repeating series</source>
        <translation>Séries récurrentes</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1, until %2</source>
        <translation>%1, jusqu’au&#xa0;%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, from %2: %3 — %4 held, %5 still planned.</source>
        <translation>%1, à partir du&#xa0;%2&#xa0;:&#xa0;%3 — tenus&#xa0;:&#xa0;%4, encore prévus&#xa0;:&#xa0;%5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No event repeats on a series. A meeting on a predictable day each month is the easiest rhythm to hand over.</source>
        <translation>Aucun événement ne se répète en série. Une rencontre mensuelle à jour fixe est le rythme le plus simple à transmettre.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Events held by kind</source>
        <translation>Événements tenus par type</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No event was held in this period yet, so no rhythm has proved itself; the open items below list the events planned.</source>
        <translation>Aucun événement n’a encore été tenu sur cette période, donc aucun rythme n’a fait ses preuves&#xa0;; les points en suspens ci-dessous listent les événements prévus.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Kind of event</source>
        <translation>Type d’événement</translation>
    </message>
    <message>
        <source>Held</source>
        <translation type="vanished">Stables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean turnout</source>
        <translation>Participation moyenne</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Held</source>
        <comment>events held, a count</comment>
        <translation>Tenus</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Best attended:</source>
        <translation>Meilleure participation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (mean turnout %2), and events on a %3 (mean turnout %4).</source>
        <translation>%1 (participation moyenne&#xa0;%2), et les événements du&#xa0;%3 (participation moyenne&#xa0;%4).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turnout is an event&apos;s credited attendees as a share of the members at its date.</source>
        <translation>La participation d’un événement correspond à ses participants comptabilisés, en part des membres à sa date.</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+3"/>
        <source>Months without an event:</source>
        <translation>Mois sans événement&#xa0;:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>none — an event was held in every month of the period.</source>
        <translation>aucun — un événement a été tenu chaque mois de la période.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>What the next facilitator picks up: the checklist items not done, the goals still below their target, the events planned and the surveys not closed.</source>
        <translation>Ce que la personne qui reprendra l’animation aura à poursuivre&#xa0;: les éléments de liste de contrôle non réalisés, les objectifs encore sous leur cible, les événements prévus et les questionnaires non clôturés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Checklist items not done</source>
        <translation>Éléments de liste de contrôle non réalisés</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The plan has no checklist.</source>
        <translation>Le plan n’a pas de liste de contrôle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Every checklist item is done.</source>
        <translation>Tous les éléments de liste de contrôle sont réalisés.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2 not done; a due date already passed is marked.</source>
        <translation>Reste à faire&#xa0;:&#xa0;%1 sur&#xa0;%2&#xa0;; une échéance déjà dépassée est signalée.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Goals below target</source>
        <translation>Objectifs sous leur cible</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2 against a target of %3 (%4 of the way)</source>
        <translation>%1&#xa0;:&#xa0;%2 pour une cible de&#xa0;%3 (%4 du chemin parcouru)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: not measured yet, target %2</source>
        <translation>%1&#xa0;: pas encore mesuré, cible&#xa0;%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, was due %1</source>
        <translation>, l’échéance était le&#xa0;%1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No goals were set.</source>
        <translation>Aucun objectif n’a été fixé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every goal has reached its target.</source>
        <translation>Chaque objectif a atteint sa cible.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Planned events still to come</source>
        <translation>Événements prévus à venir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No event is planned from today on.</source>
        <translation>Aucun événement n’est prévu à partir d’aujourd’hui.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The next %1 of %2 planned events are listed.</source>
        <translation>Les&#xa0;%1 prochains des&#xa0;%2 événements prévus sont listés.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Surveys still open or with low completion</source>
        <translation>Questionnaires encore ouverts ou à faible taux de réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>open until %1</source>
        <translation>ouvert jusqu’au&#xa0;%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>closed below %1</source>
        <translation>clôturé sous&#xa0;%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>still to be sent</source>
        <translation>encore à envoyer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No survey is open, none is planned, and none of this period closed with low completion.</source>
        <translation>Aucun questionnaire n’est ouvert, aucun n’est prévu, et aucun de cette période ne s’est clôturé avec un faible taux de réponse.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What members said changed in their practice, in the reflections and success stories they agreed to share.</source>
        <translation>Ce que les membres disent avoir changé dans leur pratique, dans les réflexions et les récits de réussite qu’ils ont accepté de partager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reflections</source>
        <translation>Réflexions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Success stories in full</source>
        <translation>Récits de réussite complets</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 recorded without consent to share is left out of this document.</source>
        <translation>%1 enregistré sans consentement au partage est exclu de ce document.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 recorded without consent to share are left out of this document.</source>
        <translation>%1 enregistrés sans consentement au partage sont exclus de ce document.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No reflection on shifts in practice was shared with consent in this period. Asking members what they now do differently is the lesson to hand over.</source>
        <translation>Aucune réflexion sur l’évolution des pratiques n’a été partagée avec consentement sur cette période. Demander aux membres ce qu’ils font désormais autrement est la leçon à transmettre.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No written survey answer of this period may be quoted.</source>
        <translation>Aucune réponse écrite aux questionnaires de cette période ne peut être citée.</translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Figures cover the period %1, as of %2, and are the same the stakeholder report, the dashboard and “cultivate stats” give for it. Members counted are those with the role member, champion, subject-matter expert or guest who were members at some time in the period; %3</source>
        <translation>Les chiffres portent sur la période&#xa0;%1, à la date du&#xa0;%2, et sont les mêmes que ceux qu’en donnent le rapport aux parties prenantes, le tableau de bord et «&#xa0;cultivate stats&#xa0;». Les membres comptés sont ceux dont le rôle est membre, ambassadeur, expert du domaine ou invité et qui ont été membres à un moment de la période&#xa0;;&#xa0;%3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>this document counts facilitators and sponsors too.</source>
        <translation>ce document compte aussi les animateurs et les commanditaires.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Handover</source>
        <translation>Document de passation</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+10"/>
        <source>The charter does not state the community&apos;s purpose yet.</source>
        <translation>La charte n’énonce pas encore la raison d’être de la communauté.</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="-683"/>
        <location filename="../core/reports/reportcompose.cpp" line="+3"/>
        <source>Purpose:</source>
        <translation>Raison d’être&#xa0;:</translation>
    </message>
    <message>
        <location line="-1"/>
        <location filename="../core/reports/reportcompose.cpp" line="+2"/>
        <source>Domain:</source>
        <translation>Domaine&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+5"/>
        <source>Focus:</source>
        <translation>Axes&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+3"/>
        <location filename="../core/reports/reportcompose.cpp" line="+3"/>
        <source>Value for the organisation:</source>
        <translation>Valeur pour l’organisation&#xa0;:</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../core/reports/reportcompose.cpp" line="+2"/>
        <location filename="../core/reports/reportparts.cpp" line="+113"/>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+3"/>
        <source>No goals have been set yet. Two or three measurable goals, each with a baseline and a target, turn the purpose into outcomes that sponsors can follow.</source>
        <translation>Aucun objectif n’a encore été fixé. Deux ou trois objectifs mesurables, chacun avec un point de départ et une cible, transforment la raison d’être en résultats que les commanditaires peuvent suivre.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+10"/>
        <location filename="../core/reports/reportcompose.cpp" line="+0"/>
        <source>Baseline</source>
        <translation>Point de départ</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+21"/>
        <source>Progress is the share of the way from the baseline to the target, between 0% and 100%. “Now” is the linked figure for this period or the latest measurement.</source>
        <translation>L’avancement est la part du chemin parcourue entre le point de départ et la cible, entre 0&#xa0;% et 100&#xa0;%. «&#xa0;Actuel&#xa0;» est le chiffre lié pour cette période ou la dernière mesure.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No goal has a measurement yet, so there is no progress to chart.</source>
        <translation>Aucun objectif n’a encore de mesure&#xa0;: il n’y a donc pas d’avancement à représenter.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Progress towards each goal</source>
        <translation>Avancement vers chaque objectif</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The plan has no lifecycle stages yet.</source>
        <translation>Le plan n’a pas encore d’étapes de cycle de vie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A community moves through five stages, from defining its domain to evaluating its first year. A stage&apos;s readiness is the share of its checklist that is done.</source>
        <translation>Une communauté passe par cinq étapes, de la définition de son domaine à l’évaluation de sa première année. L’état de préparation d’une étape est la part de sa liste de contrôle déjà faite.</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+405"/>
        <location filename="../core/reports/reportcompose.cpp" line="+3"/>
        <source>Stage</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+0"/>
        <location line="+179"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="-179"/>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Readiness</source>
        <translation>Préparation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>no checklist</source>
        <translation>pas de liste de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The %1 stage&apos;s checklist</source>
        <translation>La liste de contrôle de l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+0"/>
        <location filename="../core/reports/reportcompose.cpp" line="+2"/>
        <source>Item</source>
        <translation>Poste</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+0"/>
        <source>Done</source>
        <translation>Fait</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>not yet</source>
        <translation>pas encore</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (due %1)</source>
        <translation> (échéance %1)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+25"/>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <source>item</source>
        <translation>élément</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <source>items</source>
        <translation>éléments</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <source>Next steps in the %1 stage</source>
        <translation>Prochaines étapes de l’étape «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No events were held in this period, so there is no turnout to show yet.</source>
        <translation>Aucun événement n’a eu lieu pendant cette période&#xa0;: il n’y a donc pas encore de participation à montrer.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 planned.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/reports/reportnarrative.cpp" line="-111"/>
        <source>event is</source>
        <translation>événement prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/reports/reportnarrative.cpp" line="+1"/>
        <source>events are</source>
        <translation>événements prévus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 were held and members were credited with %2. The average turnout per event was %3 of the members at the time. An attendance is credited when a member was present for at least %4 of the event.</source>
        <translation>%1 ont eu lieu et %2 ont été comptabilisées pour les membres. La participation moyenne par événement a été de %3 des membres du moment. Une présence est comptabilisée quand un membre a été présent pendant au moins %4 de l’événement.</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="-398"/>
        <location filename="../core/reports/reportcompose.cpp" line="+3"/>
        <location filename="../core/reports/reportnarrative.cpp" line="+6"/>
        <source>event</source>
        <translation>événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <location filename="../core/reports/reportnarrative.cpp" line="+1"/>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <source>attendance</source>
        <translation>présence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attendances</source>
        <translation>présences</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turnout per event: credited attendees as a share of members</source>
        <translation>Participation par événement&#xa0;: participants comptabilisés en part des membres</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Active members and newcomers per month</source>
        <translation>Membres actifs et nouveaux membres par mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No member was active in any month of this period.</source>
        <translation>Aucun membre n’a été actif au cours d’un mois de cette période.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Best-attended events</source>
        <translation>Événements les plus suivis</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+445"/>
        <location filename="../core/reports/reportcompose.cpp" line="+2"/>
        <location line="+52"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+23"/>
        <location filename="../core/reports/reportcompose.cpp" line="-52"/>
        <location line="+52"/>
        <location line="+440"/>
        <location line="+75"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="-567"/>
        <source>Attendees</source>
        <translation>Participants</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Turnout</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The year&apos;s schedule</source>
        <translation>Le calendrier de l’année</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No event is scheduled yet from %1 to %2. A monthly rhythm of meetings or webinars is the heartbeat of a community.</source>
        <translation>Aucun événement n’est encore prévu du %1 au %2. Un rythme mensuel de rencontres ou de webinaires fait battre le cœur d’une communauté.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 from %2 to %3, as planned today.</source>
        <translation>%1 du %2 au %3, selon le plan d’aujourd’hui.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>event is scheduled</source>
        <translation>événement prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>events are scheduled</source>
        <translation>événements prévus</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="-23"/>
        <location filename="../core/reports/reportcompose.cpp" line="+3"/>
        <location line="+402"/>
        <location line="+113"/>
        <location filename="../core/reports/reportparts.cpp" line="+14"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="-494"/>
        <source>No members are counted in this period, so there are no participation levels to show.</source>
        <translation>Aucun membre n’est compté sur cette période&#xa0;: il n’y a donc pas de niveaux de participation à montrer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No event has been held and nothing has been contributed in this period yet, so the %1 have no participation level to show. Levels are judged once members take part.</source>
        <translation>Aucun événement n’a été tenu et rien n’a été apporté sur cette période pour l’instant&#xa0;: les %1 n’ont donc pas de niveau de participation à montrer. Les niveaux sont évalués dès que les membres participent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>member counted</source>
        <translation>membre compté</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Members take part at different levels. A healthy community has a small core that hosts and presents, an active group around it, and many occasional and peripheral members who learn by following. Wenger, McDermott and Snyder expect about 10–15% core and 15–20% active members.</source>
        <translation>Les membres participent à des niveaux différents. Une communauté en bonne santé a un petit noyau qui anime et présente, un groupe actif autour de lui, et de nombreux membres occasionnels et périphériques qui apprennent en suivant. Wenger, McDermott et Snyder attendent environ 10–15&#xa0;% de membres du noyau et 15–20&#xa0;% de membres actifs.</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>Members who have not agreed to be named in reports appear as “a member”.</source>
        <translation>Les membres qui n’ont pas accepté d’être nommés dans les rapports apparaissent comme «&#xa0;un membre&#xa0;».</translation>
    </message>
    <message>
        <location line="+406"/>
        <source>Completion is responses per member invited. The recommend score is the share of promoters (9–10) minus the share of detractors (0–6) on the 0–10 question, from −100 to +100.</source>
        <translation>Le taux de réponse est le nombre de réponses par membre invité. Le score de recommandation est la part de promoteurs (9–10) moins la part de détracteurs (0–6) à la question notée de 0 à 10, de −100 à +100.</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>0–6: %1 · 7–8: %2 · 9–10: %3</source>
        <translation>0–6&#xa0;: %1 · 7–8&#xa0;: %2 · 9–10&#xa0;: %3</translation>
    </message>
    <message>
        <location filename="../core/reports/reportparts.cpp" line="+25"/>
        <source>Names of members who have not agreed to appear in reports are never printed; wherever one would appear, the report says “a member” instead. Only stories shared with consent are included.</source>
        <translation>Les noms des membres qui n’ont pas accepté de figurer dans les rapports ne sont jamais imprimés&#xa0;; partout où l’un d’eux apparaîtrait, le rapport écrit «&#xa0;un membre&#xa0;» à la place. Seuls les récits partagés avec consentement sont inclus.</translation>
    </message>
    <message>
        <source>Members take part at different levels. A healthy community has a small core that hosts and presents, an active group around it, and many occasional and peripheral members who learn by following. Wenger, McDermott and Snyder expect about 10ጕ% core and 15ጠ% active members.</source>
        <translation type="vanished">Les membres participent à des niveaux différents. Une communauté en bonne santé a un petit noyau qui anime et présente, un groupe actif autour de lui, et de nombreux membres occasionnels et périphériques qui apprennent en suivant. Wenger, McDermott et Snyder attendent environ 10–15&#xa0;% de membres du noyau et 15–20&#xa0;% de membres actifs.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="-583"/>
        <location line="+77"/>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="-416"/>
        <location filename="../core/reports/reportcompose.cpp" line="-77"/>
        <location line="+181"/>
        <location filename="../core/reports/reportparts.cpp" line="-49"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../core/reports/reportcompose.cpp" line="-181"/>
        <location line="+182"/>
        <location line="+1"/>
        <source>Share</source>
        <translation>Part</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="-183"/>
        <source>Expected</source>
        <translation>Attendu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Against the band</source>
        <translation>Par rapport à la fourchette</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>below the band</source>
        <translation>sous la fourchette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>above the band</source>
        <translation>au-dessus de la fourchette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>within the band</source>
        <translation>dans la fourchette</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Participation levels per quarter</source>
        <translation>Niveaux de participation par trimestre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows between levels</source>
        <translation>Mouvements entre niveaux</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Flows compare consecutive quarters; this period lies within a single quarter.</source>
        <translation>Les mouvements comparent des trimestres consécutifs&#xa0;; cette période tient dans un seul trimestre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>From %1 to %2, %3 moved up a level, %4 held their level and %5 moved down.</source>
        <translation>De %1 à %2, %3 sont montés d’un niveau, %4 ont gardé leur niveau et %5 sont descendus.</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="-28"/>
        <location filename="../core/reports/reportcompose.cpp" line="+2"/>
        <location line="+17"/>
        <location line="+51"/>
        <location line="+63"/>
        <location line="+477"/>
        <location filename="../core/reports/reportnarrative.cpp" line="+4"/>
        <source>member</source>
        <translation>membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/reports/reportcompose.cpp" line="-607"/>
        <location line="+17"/>
        <location line="+51"/>
        <location line="+63"/>
        <location line="+477"/>
        <location filename="../core/reports/reportnarrative.cpp" line="+1"/>
        <source>members</source>
        <translation>membres</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="-604"/>
        <source>Moves between participation levels in the latest quarter</source>
        <translation>Mouvements entre niveaux de participation au dernier trimestre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who contributes</source>
        <translation>Qui contribue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No contributions were recorded in this period.</source>
        <translation>Aucune contribution n’a été notée pendant cette période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Half of the contribution weight (%1) came from %2 in %3. The fewer people carry half the weight, the more the community depends on them.</source>
        <translation>La moitié du poids des contributions (%1) est venue de %2 dans %3. Moins il y a de personnes qui portent la moitié du poids, plus la communauté dépend d’elles.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+114"/>
        <location line="+5"/>
        <source>organisation</source>
        <translation>organisation</translation>
    </message>
    <message>
        <location line="-118"/>
        <location line="+114"/>
        <location line="+5"/>
        <source>organisations</source>
        <translation>organisations</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>Cumulative share of the contribution weight</source>
        <translation>Part cumulée du poids des contributions</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Most active members</source>
        <translation>Membres les plus actifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+322"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="-322"/>
        <source>Attendances</source>
        <translation>Présences</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+99"/>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <location line="+105"/>
        <source>Contribution weight</source>
        <translation>Poids des contributions</translation>
    </message>
    <message>
        <source>Members who have not agreed to be named in reports appear as Ǌ member”.</source>
        <translation type="vanished">Les membres qui n’ont pas accepté d’être nommés dans les rapports apparaissent comme «&#xa0;un membre&#xa0;».</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="-82"/>
        <source>Nobody took part for the first time in this period, so there are no newcomers to follow yet.</source>
        <translation>Personne n’a participé pour la première fois pendant cette période&#xa0;: il n’y a donc pas encore de nouveaux membres à suivre.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 took part for the first time in this period.</source>
        <translation>%1 ont participé pour la première fois pendant cette période.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of the newcomers whose first three months are complete, %1 reached the active or core level within them.</source>
        <translation>Parmi les nouveaux membres dont les trois premiers mois sont complets, %1 ont atteint le niveau actif ou le noyau pendant ces mois.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No newcomer&apos;s first three months are complete yet, so their conversion to active or core cannot be measured.</source>
        <translation>Les trois premiers mois d’aucun nouveau membre ne sont encore complets&#xa0;: leur conversion en membres actifs ou du noyau ne peut donc pas être mesurée.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Each row of the heat map is a cohort: the members whose first activity fell in that month, with their number. Each column shows the share of the cohort active one, two, three… months later; darker is better.</source>
        <translation>Chaque ligne de la carte de chaleur est une cohorte&#xa0;: les membres dont la première activité tombe ce mois-là, avec leur nombre. Chaque colonne montre la part de la cohorte active un, deux, trois… mois plus tard&#xa0;; plus c’est foncé, mieux c’est.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Retention of each monthly cohort of newcomers</source>
        <translation>Rétention de chaque cohorte mensuelle de nouveaux membres</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No members are counted in this period, so there is no organisation to show.</source>
        <translation>Aucun membre n’est compté sur cette période&#xa0;: il n’y a donc pas d’organisation à montrer.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+16"/>
        <source>No organisation given</source>
        <translation>Organisation non indiquée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The %1 counted in this period come from %2. Partner sponsors can find their own staff&apos;s part here: members, credited attendances and contribution weight per organisation.</source>
        <translation>Les %1 comptés sur cette période viennent de %2. Les commanditaires partenaires y trouvent la part de leur propre personnel&#xa0;: membres, présences comptabilisées et poids des contributions par organisation.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Half of the contribution weight came from %1.</source>
        <translation>La moitié du poids des contributions est venue de %1.</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="-3"/>
        <location filename="../core/reports/reportcompose.cpp" line="+5"/>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location line="-80"/>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <source>Credited attendances</source>
        <translation>Présences comptabilisées</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+10"/>
        <source>%1 further organisations</source>
        <translation>%1 autres organisations</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>All organisations</source>
        <translation>Toutes les organisations</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>What the community gives its members and their organisations: the value-creation matrix of Wenger, Trayner and de Laat (from immediate value to reframing what matters), the stories and words of members who agreed to share them, the resources they produced and the recognition they received.</source>
        <translation>Ce que la communauté apporte à ses membres et à leurs organisations&#xa0;: la matrice de création de valeur de Wenger, Trayner et de Laat (de la valeur immédiate à la redéfinition de ce qui compte), les récits et les mots des membres qui ont accepté de les partager, les ressources produites et la reconnaissance reçue.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Value-creation matrix</source>
        <translation>Matrice de création de valeur</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Value cycle</source>
        <translation>Cycle de valeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Stories showing it</source>
        <translation>Récits qui le montrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Survey indicator</source>
        <translation>Indicateur du questionnaire</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>story</source>
        <translation>récit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>stories</source>
        <translation>récits</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(%1 not shared)</source>
        <translation>(non partagés&#xa0;: %1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 agree</source>
        <translation>%1 d’accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+201"/>
        <location line="+85"/>
        <location line="+10"/>
        <location line="+7"/>
        <source>answer</source>
        <translation>réponse</translation>
    </message>
    <message>
        <location line="-303"/>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>answers</source>
        <translation>réponses</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No story or value-creation survey of this period shows a value cycle yet. Tagging each success story with the cycles it shows, and a short value-creation survey, fill this matrix.</source>
        <translation>Aucun récit ni questionnaire de création de valeur de cette période ne montre encore de cycle de valeur. Associer à chaque récit de réussite les cycles qu’il montre, et un court questionnaire de création de valeur, remplissent cette matrice.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Immediate value: the activities themselves. Potential: knowledge and connections gained. Applied: changes in practice. Realized: results that matter to the organisation. Reframing: new ways of defining success. The indicator is the share of value-creation survey answers that agree the cycle happened.</source>
        <translation>Valeur immédiate&#xa0;: les activités elles-mêmes. Potentielle&#xa0;: les connaissances et les relations acquises. Appliquée&#xa0;: les changements de pratique. Réalisée&#xa0;: les résultats qui comptent pour l’organisation. Redéfinition&#xa0;: de nouvelles façons de définir la réussite. L’indicateur est la part des réponses au questionnaire de création de valeur qui confirment que le cycle a eu lieu.</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+539"/>
        <location filename="../core/reports/reportcompose.cpp" line="+10"/>
        <source>In members&apos; words</source>
        <translation>Dans les mots des membres</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+3"/>
        <source>No written survey answer of this period may be quoted: quotes come from anonymous surveys and from members who agreed to be quoted.</source>
        <translation>Aucune réponse écrite aux questionnaires de cette période ne peut être citée&#xa0;: les citations viennent des questionnaires anonymes et des membres qui ont accepté d’être cités.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 of this period may be quoted; the longest are shown.</source>
        <translation>%1 sur cette période&#xa0;; les plus longues sont affichées.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written answer</source>
        <translation>réponse écrite citable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>written answers</source>
        <translation>réponses écrites citables</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Resources produced</source>
        <translation>Ressources produites</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No resource was added to the shared repertoire in this period.</source>
        <translation>Aucune ressource n’a été ajoutée au répertoire partagé sur cette période.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 added to the shared repertoire in this period (%2).</source>
        <translation>%1 au répertoire partagé sur cette période (%2).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resource was</source>
        <translation>ressource ajoutée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resources were</source>
        <translation>ressources ajoutées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+41"/>
        <source>The ten most recent are listed.</source>
        <translation>Les dix plus récentes sont listées.</translation>
    </message>
    <message>
        <location line="-36"/>
        <source>Recognition given</source>
        <translation>Reconnaissance accordée</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No recognition was recorded in this period. Thanking contributors in public keeps them contributing.</source>
        <translation>Aucune reconnaissance n’a été enregistrée sur cette période. Remercier publiquement les contributeurs les encourage à continuer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 given in this period.</source>
        <translation>%1 sur cette période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recognition was</source>
        <translation>reconnaissance accordée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recognitions were</source>
        <translation>reconnaissances accordées</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>For</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 went to members who have not agreed to be named in reports.</source>
        <translation>Dont %1 à des membres qui n’ont pas accepté d’être nommés dans les rapports.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>further recognition</source>
        <translation>reconnaissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>further recognitions</source>
        <translation>reconnaissances</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The charter has no budget yet. Naming what the community costs (facilitation time, tools, events) shows sponsors what they fund.</source>
        <translation>La charte n’a pas encore de budget. Chiffrer ce que coûte la communauté (temps d’animation, outils, événements) montre aux commanditaires ce qu’ils financent.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Budget line</source>
        <translation>Ligne budgétaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The charter&apos;s budget for the year, in its %1 and a total of %2 (amounts in the charter&apos;s own currency).</source>
        <translation>Le budget de la charte pour l’année, en %1 et pour un total de %2 (montants dans la devise de la charte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No survey or check-in was run in this period. A two-minute check-in every month tells the facilitator how members are doing.</source>
        <translation>Aucun questionnaire ni point d’étape n’a eu lieu pendant cette période. Un point d’étape de deux minutes chaque mois indique à l’animation comment vont les membres.</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="-89"/>
        <location filename="../core/reports/reportcompose.cpp" line="+6"/>
        <source>Survey</source>
        <translation>Questionnaire</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <location line="+79"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+0"/>
        <location filename="../core/reports/reportcompose.cpp" line="-79"/>
        <source>Completion</source>
        <translation>Taux de réponse</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+0"/>
        <source>Recommend</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Completion is responses per member invited. The recommend score is the share of promoters (9ጐ) minus the share of detractors (0Ķ) on the 0ጐ question, from ℀ to +100.</source>
        <translation type="vanished">Le taux de réponse est le nombre de réponses par membre invité. Le score de recommandation est la part de promoteurs (9–10) moins la part de détracteurs (0–6) à la question notée de 0 à 10, de −100 à +100.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Check-ins</source>
        <translation>Points d’étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The share of “yes” answers across each check-in&apos;s yes/no questions.</source>
        <translation>La part de réponses «&#xa0;oui&#xa0;» aux questions oui/non de chaque point d’étape.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Share answering yes in each check-in</source>
        <translation>Part de «&#xa0;oui&#xa0;» à chaque point d’étape</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+44"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="-44"/>
        <source>Pairs</source>
        <translation>Paires</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean change</source>
        <translation>Évolution moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Improved</source>
        <translation>En progrès</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+2"/>
        <source>pair</source>
        <translation>paire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Change from the baseline to the final survey</source>
        <translation>Évolution du questionnaire initial au questionnaire final</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Each respondent&apos;s final answer is compared with their own baseline answer to the same item; the mean change is in the item&apos;s own scale.</source>
        <translation>La réponse finale de chaque répondant est comparée à sa propre réponse initiale à la même question&#xa0;; l’évolution moyenne est exprimée dans l’échelle de la question.</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="-409"/>
        <location line="+135"/>
        <location filename="../core/reports/reportcompose.cpp" line="+21"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+2"/>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 of 5</source>
        <translation>%1 sur 5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 of 10</source>
        <translation>%1 sur 10</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 yes</source>
        <translation>%1 de oui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes: %1 · no: %2</source>
        <translation>oui&#xa0;: %1 · non&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>written answers (quoted under value created when they may be)</source>
        <translation>réponses écrites (citées sous la valeur créée quand elles peuvent l’être)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A figure resting on fewer than %1 answers or pairs is marked “small sample”: read it as an anecdote, not a trend.</source>
        <translation>Un indicateur qui repose sur moins de %1 réponses ou paires est marqué «&#xa0;petit échantillon&#xa0;»&#xa0;: lisez-le comme une anecdote, pas comme une tendance.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Stories and reflections</source>
        <translation>Récits et réflexions</translation>
    </message>
    <message>
        <location filename="../core/reports/reportparts.cpp" line="-57"/>
        <source>value: %1</source>
        <translation>valeur&#xa0;: %1</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+23"/>
        <source>other member</source>
        <translation>autre membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>other members</source>
        <translation>autres membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>With:</source>
        <translation>Avec&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No story was shared with consent in this period. Success stories and reflections show sponsors the value the community creates; the success-story drive collects them.</source>
        <translation>Aucun récit n’a été partagé avec consentement pendant cette période. Les récits de réussite et les réflexions montrent aux commanditaires la valeur que crée la communauté&#xa0;; la collecte de récits de réussite sert à les recueillir.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 recorded without consent to share is left out of this report.</source>
        <translation>%1 enregistré sans accord de partage est exclu de ce rapport.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 recorded without consent to share are left out of this report.</source>
        <translation>%1 notés sans consentement au partage sont laissés hors de ce rapport.</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+329"/>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <source>further story</source>
        <translation>autre récit</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <source>further stories</source>
        <translation>autres récits</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+11"/>
        <source>The health check raised no concerns: none of its rules fired for this period.</source>
        <translation>Le bilan de santé n’a soulevé aucune inquiétude&#xa0;: aucune de ses règles ne s’est déclenchée sur cette période.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Verdict: %1.</source>
        <translation>Verdict&#xa0;: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The health check looks for the pitfalls that most often hold a community back. Each point names its evidence and what to do next.</source>
        <translation>Le bilan de santé repère les écueils qui freinent le plus souvent une communauté. Chaque point indique ses éléments de preuve et la suite à donner.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evidence:</source>
        <translation>Éléments de preuve&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recommendation:</source>
        <translation>Recommandation&#xa0;:</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+63"/>
        <location filename="../core/reports/reportcompose.cpp" line="+10"/>
        <source>How each figure is computed</source>
        <translation>Comment chaque chiffre est calculé</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+2"/>
        <source>Figures cover the period %1, as of %2. Members counted are those with the role member, champion, subject-matter expert or guest who were members at some time in the period; %3</source>
        <translation>Les chiffres portent sur la période %1, à la date du %2. Les membres comptés sont ceux dont le rôle est membre, ambassadeur, expert du domaine ou invité et qui ont été membres à un moment de la période&#xa0;; %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>this report counts facilitators and sponsors too.</source>
        <translation>ce rapport compte aussi les animateurs et les commanditaires.</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="+7"/>
        <location filename="../core/reports/reportcompose.cpp" line="+1"/>
        <source>facilitators and sponsors are left out.</source>
        <translation>les animateurs et les commanditaires sont exclus.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportparts.cpp" line="+47"/>
        <source>Data sources</source>
        <translation>Sources des données</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan file %1, read on %2 by Cultivate %3. Every figure comes from the records below.</source>
        <translation>Fichier de plan %1, lu le %2 par Cultivate %3. Chaque chiffre provient des enregistrements ci-dessous.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Records</source>
        <translation>Enregistrements</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the plan</source>
        <translation>Dans le plan</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attendance records</source>
        <translation>Présences enregistrées</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contributions</source>
        <translation>Contributions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey responses</source>
        <translation>Réponses aux questionnaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quotable written answers</source>
        <translation>Réponses écrites citables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stories</source>
        <translation>Récits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognitions</source>
        <translation>Reconnaissances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Goal measurements</source>
        <translation>Mesures des objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checklist items</source>
        <translation>Éléments de liste de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget lines</source>
        <translation>Lignes budgétaires</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No files were imported: every record was entered in Cultivate.</source>
        <translation>Aucun fichier n’a été importé&#xa0;: chaque enregistrement a été saisi dans Cultivate.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported file</source>
        <translation>Fichier importé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported</source>
        <translation>Importé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rows</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Contribution kind</source>
        <translation>Type de contribution</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Weight</source>
        <translation>Poids</translation>
    </message>
    <message>
        <source>Names of members who have not agreed to appear in reports are never printed; wherever one would appear, the report says Ǌ member” instead. Only stories shared with consent are included.</source>
        <translation type="vanished">Les noms des membres qui n’ont pas accepté de figurer dans les rapports ne sont jamais imprimés&#xa0;; partout où l’un d’eux apparaîtrait, le rapport écrit «&#xa0;un membre&#xa0;» à la place. Seuls les récits partagés avec consentement sont inclus.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="+14"/>
        <source>At a glance</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lifecycle status and next steps</source>
        <translation>Cycle de vie&#xa0;: état et prochaines étapes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Participation by organisation</source>
        <translation>Participation par organisation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Value created</source>
        <translation>Valeur créée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Budget</source>
        <translation>Budget</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Health check and recommendations</source>
        <translation>Bilan de santé et recommandations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appendix: definitions and data sources</source>
        <translation>Annexe&#xa0;: définitions et sources des données</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcharts.cpp" line="+121"/>
        <source>Retention by month of first activity</source>
        <translation>Rétention selon le mois de première activité</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No activity yet</source>
        <translation>Pas encore d’activité</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>0%</source>
        <translation>0&#xa0;%</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>100% of the cohort active</source>
        <translation>100&#xa0;% de la cohorte active</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../core/reports/reportrender.cpp" line="+45"/>
        <source>Writing the report was cancelled.</source>
        <translation>La rédaction du rapport a été annulée.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportcompose.cpp" line="-739"/>
        <location filename="../core/reports/reportnarrative.cpp" line="-89"/>
        <source>members counted</source>
        <translation>membres comptés</translation>
    </message>
    <message>
        <location filename="../core/reports/reportnarrative.cpp" line="+1"/>
        <source>events held</source>
        <translation>événements tenus</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+84"/>
        <source>credited attendances</source>
        <translation>présences comptabilisées</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>reach</source>
        <translation>portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>mean attendance rate</source>
        <translation>taux de présence moyen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+100"/>
        <source>active members in the latest complete month</source>
        <translation>membres actifs du dernier mois complet</translation>
    </message>
    <message>
        <location line="-99"/>
        <source>active members in %1</source>
        <translation>membres actifs en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>stickiness</source>
        <translation>fidélisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>newcomers</source>
        <translation>nouveaux membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>newcomer conversion</source>
        <translation>conversion des nouveaux membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>core and active members</source>
        <translation>membres du noyau et actifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>contribution weight</source>
        <translation>poids des contributions</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 rose by %2 points, from %3 to %4.</source>
        <translation>%1&#xa0;: en hausse de %2 points, de %3 à %4.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 fell by %2 points, from %3 to %4.</source>
        <translation>%1&#xa0;: en baisse de %2 points, de %3 à %4.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 rose by %2, from %3 to %4.</source>
        <translation>%1&#xa0;: en hausse de %2, de %3 à %4.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 fell by %2, from %3 to %4.</source>
        <translation>%1&#xa0;: en baisse de %2, de %3 à %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>From %1 to %2</source>
        <translation>Du %1 au %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 no event has been held yet; %2 planned. This report shows the plan for the year: its schedule, the current stage&apos;s checklist and the goals.</source>
        <translation>%1, aucun événement n’a encore été tenu&#xa0;; %2. Ce rapport présente le plan de l’année&#xa0;: son calendrier, la liste de contrôle de l’étape en cours et les objectifs.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 no event has been held yet, and none is planned in the period.</source>
        <translation>%1, aucun événement n’a encore été tenu, et aucun n’est prévu sur la période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 the community held %2 with %3. %4 of its %5 took part at least once.</source>
        <translation>%1, la communauté a tenu %2 avec %3. %4 de ses %5 y ont pris part au moins une fois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>credited attendance</source>
        <translation>présence comptabilisée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 still planned in the period.</source>
        <translation>%1 sur la période.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>further event is</source>
        <translation>autre événement encore prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>further events are</source>
        <translation>autres événements encore prévus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no earlier period of the same length to compare with: this period starts with the plan.</source>
        <translation>Il n’y a pas de période antérieure de même durée à laquelle comparer&#xa0;: cette période commence avec le plan.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Against the previous period (%1):</source>
        <translation>Par rapport à la période précédente (%1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no headline figure rose or fell noticeably.</source>
        <translation>aucun indicateur principal n’a nettement augmenté ni baissé.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No headline figure fell.</source>
        <translation>Aucun indicateur principal n’a baissé.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” has not been measured yet.</source>
        <translation>«&#xa0;%1&#xa0;» n’a pas encore été mesuré.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” has met its target of %2 (now %3).</source>
        <translation>«&#xa0;%1&#xa0;» a atteint sa cible de %2 (actuellement %3).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” missed its target: it was due on %2 and stands at %3 against %4.</source>
        <translation>«&#xa0;%1&#xa0;» a manqué sa cible&#xa0;: l’échéance était le %2 et il s’établit à %3 pour une cible de %4.</translation>
    </message>
    <message>
        <location filename="../core/reports/handovercompose.cpp" line="-174"/>
        <location filename="../core/reports/reportnarrative.cpp" line="+4"/>
        <source>, due %1</source>
        <translation>, échéance le %1</translation>
    </message>
    <message>
        <location filename="../core/reports/reportnarrative.cpp" line="+1"/>
        <source>“%1” is %2 of the way from %3 to its target of %4%5.</source>
        <translation>«&#xa0;%1&#xa0;» a parcouru %2 du chemin de %3 à sa cible de %4%5.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No goals have been set yet, so there are no targets to report against.</source>
        <translation>Aucun objectif n’a encore été fixé&#xa0;: il n’y a donc pas de cible à laquelle se mesurer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 met</source>
        <translation>atteints&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 missed</source>
        <translation>manqués&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 on the way</source>
        <translation>en bonne voie&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 not measured yet</source>
        <translation>pas encore mesurés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Of the %1: %2.</source>
        <translation>Sur %1, %2.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goal</source>
        <translation>objectif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>goals</source>
        <translation>objectifs</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The health check finds no warning signs in this period.</source>
        <translation>Le bilan de santé ne trouve aucun signe d’alerte sur cette période.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The health check finds no warning or critical sign (%1).</source>
        <translation>Le bilan de santé ne relève aucun signe d’alerte ni critique (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Health check — %1. The most pressing: %2 (%3).</source>
        <translation>Bilan de santé — %1. Le plus urgent&#xa0;: %2 (%3).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (due %2)</source>
        <translation>%1 (échéance le %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In the %1 stage, the next steps are: %2.</source>
        <translation>À l’étape «&#xa0;%1&#xa0;», les prochaines étapes sont&#xa0;: %2.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportrender.cpp" line="+116"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <location line="+245"/>
        <source>The PDF could not be started.</source>
        <translation>Le PDF n’a pas pu être commencé.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The PDF could not be finished.</source>
        <translation>Le PDF n’a pas pu être terminé.</translation>
    </message>
    <message>
        <location line="+125"/>
        <source>Unknown report format.</source>
        <translation>Format de rapport inconnu.</translation>
    </message>
    <message>
        <location filename="../core/reports/reportodt.cpp" line="+316"/>
        <source>Page</source>
        <translation>Page</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>of</source>
        <translation>sur</translation>
    </message>
</context>
<context>
    <name>cultivate::ReportFormat</name>
    <message>
        <location filename="../core/reports/reportformat.cpp" line="+121"/>
        <location line="+6"/>
        <source>no change</source>
        <translation>aucun changement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pts</source>
        <translation>%1 pts</translation>
    </message>
</context>
<context>
    <name>cultivate::ReportPreview</name>
    <message>
        <location filename="../ui/reports/reportpreview.cpp" line="+24"/>
        <source>Preview of the report&apos;s pages</source>
        <translation>Aperçu des pages du rapport</translation>
    </message>
    <message>
        <location line="+39"/>
        <location line="+9"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>cultivate::ReportRunner</name>
    <message>
        <location filename="../ui/reports/reportrunner.cpp" line="+72"/>
        <source>The preview was stopped.</source>
        <translation>L’aperçu a été interrompu.</translation>
    </message>
    <message>
        <location line="+61"/>
        <location line="+15"/>
        <source>The report was cancelled.</source>
        <translation>Le rapport a été annulé.</translation>
    </message>
</context>
<context>
    <name>cultivate::ReportsPage</name>
    <message>
        <location filename="../ui/reports/reportspage.cpp" line="+77"/>
        <source>Cover page</source>
        <translation>Page de couverture</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The community, the period and the facilitator, with the contents.</source>
        <translation>La communauté, la période et l’animation, avec la table des matières.</translation>
    </message>
    <message>
        <source>Headline figures with their change against the previous period.</source>
        <translation type="vanished">Les chiffres clés et leur évolution par rapport à la période précédente.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The community&apos;s purpose and each goal&apos;s progress.</source>
        <translation>La raison d’être de la communauté et l’avancement de chaque objectif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The current stage and its checklist.</source>
        <translation>L’étape en cours et sa liste de contrôle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Events held, turnout and active members, with charts.</source>
        <translation>Événements tenus, participation et membres actifs, avec graphiques.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Participation levels per quarter and the flows between them.</source>
        <translation>Niveaux de participation par trimestre et mouvements entre eux.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newcomers, their conversion and retention.</source>
        <translation>Nouveaux membres, leur conversion et leur rétention.</translation>
    </message>
    <message>
        <source>Survey results and the check-in trend.</source>
        <translation type="vanished">Résultats des questionnaires et évolution des points d’étape.</translation>
    </message>
    <message>
        <source>Success stories and reflections members agreed to share.</source>
        <translation type="vanished">Récits de réussite et réflexions que les membres ont accepté de partager.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>One page that stands alone: what happened, what rose and fell, the goals, the verdict and what comes next.</source>
        <translation>Une page qui se suffit à elle-même&#xa0;: ce qui s’est passé, ce qui a augmenté ou baissé, les objectifs, le verdict et la suite.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Members, credited attendances and contribution weight per organisation.</source>
        <translation>Membres, présences comptabilisées et poids des contributions par organisation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Survey results per question, the check-in trend and baseline-to-final change.</source>
        <translation>Les résultats des questionnaires par question, la tendance des points d’étape et l’évolution du questionnaire initial au questionnaire final.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The value-creation matrix, shared stories and quotes, resources and recognition.</source>
        <translation>La matrice de création de valeur, les récits et citations partagés, les ressources et la reconnaissance.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The charter&apos;s budget lines and total.</source>
        <translation>Les lignes budgétaires de la charte et leur total.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The health check&apos;s findings and what to do about them.</source>
        <translation>Les constats du bilan de santé et ce qu’il faut en faire.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How each figure is defined, and where the data came from.</source>
        <translation>La définition de chaque chiffre et la provenance des données.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>HTML (web page)</source>
        <translation>HTML (page web)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ODT (word processor)</source>
        <translation>ODT (traitement de texte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown</source>
        <translation>Markdown</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Web pages (*.html *.htm)</source>
        <translation>Pages web (*.html *.htm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OpenDocument text (*.odt)</source>
        <translation>Texte OpenDocument (*.odt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Markdown (*.md)</source>
        <translation>Markdown (*.md)</translation>
    </message>
    <message>
        <location line="+85"/>
        <location line="+641"/>
        <location line="+2"/>
        <source>Open a plan to make its stakeholder report.</source>
        <translation>Ouvrez un plan pour produire son rapport aux parties prenantes.</translation>
    </message>
    <message>
        <location line="-630"/>
        <location line="+310"/>
        <source>Stakeholder Report</source>
        <translation>Rapport aux parties prenantes</translation>
    </message>
    <message>
        <location line="-302"/>
        <source>Updating the preview…</source>
        <translation>Mise à jour de l’aperçu…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updating the preview</source>
        <translation>Mise à jour de l’aperçu</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zoom out (Ctrl+−)</source>
        <translation>Zoom arrière (Ctrl+−)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit Width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fit the pages to the width</source>
        <translation>Ajuster les pages à la largeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fit the pages to the width of the preview (Ctrl+0)</source>
        <translation>Ajuster les pages à la largeur de l’aperçu (Ctrl+0)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the report, with a print preview (Ctrl+P)</source>
        <translation>Imprimer le rapport, avec un aperçu avant impression (Ctrl+P)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Document to make</source>
        <translation>Document à produire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stakeholder report</source>
        <translation>Rapport aux parties prenantes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Handover</source>
        <translation>Document de passation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The stakeholder report for sponsors, or the handover document (the legacy plan) for the next facilitator or for closing the community</source>
        <translation>Le rapport aux parties prenantes pour les commanditaires, ou le document de passation (le plan de continuité) pour la personne qui reprendra l’animation ou pour clore la communauté</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The handover has its own sections: purpose and what was achieved, who carries what, where the repertoire lives, the rhythm that worked, open items and lessons from the reflections.</source>
        <translation>Le document de passation a ses propres sections&#xa0;: raison d’être et réalisations, qui porte quoi, où se trouve le répertoire partagé, le rythme qui a fonctionné, points en suspens et leçons tirées des réflexions.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period of the report</source>
        <translation>Période du rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan year so far</source>
        <translation>Année du plan jusqu’ici</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last full quarter</source>
        <translation>Dernier trimestre complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last full month</source>
        <translation>Dernier mois complet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom dates</source>
        <translation>Dates personnalisées</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>First day of the period</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Last day of the period</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fro&amp;m:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>T&amp;o:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Count facilitators and sponsors too</source>
        <translation>Compter aussi l’animation et les commanditaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Count facilitators and sponsors in the figures too</source>
        <translation>Compter aussi l’animation et les commanditaires dans les indicateurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By default the figures leave out facilitators and sponsors, as the command line does without --everyone.</source>
        <translation>Par défaut, les indicateurs laissent de côté l’animation et les commanditaires, comme la ligne de commande sans --everyone.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Select &amp;All</source>
        <translation>&amp;Tout sélectionner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select all sections</source>
        <translation>Sélectionner toutes les sections</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear</source>
        <translation>Effacer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear all sections</source>
        <translation>Désélectionner toutes les sections</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A&amp;4</source>
        <translation>A&amp;4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Letter</source>
        <translation>&amp;Lettre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A4 paper</source>
        <translation>Papier A4</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Letter paper</source>
        <translation>Papier Lettre</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The page size of the PDF and of the preview.</source>
        <translation>Le format de page du PDF et de l’aperçu.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File format</source>
        <translation>Format de fichier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the report with the chosen sections and period</source>
        <translation>Enregistrer le rapport avec les sections et la période choisies</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Export progress</source>
        <translation>Progression de l’exportation</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+557"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-555"/>
        <source>Cancel the export</source>
        <translation>Annuler l’exportation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>O&amp;pen</source>
        <translation>Ou&amp;vrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the exported report</source>
        <translation>Ouvrir le rapport exporté</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A thank-you to the sponsors with the period&apos;s results, to send from your mail program. Reminders and follow-ups for an event are on the Schedule page.</source>
        <translation>Un remerciement aux commanditaires avec les résultats de la période, à envoyer depuis votre logiciel de courriel. Les rappels et les suivis d’un événement se trouvent dans la page Calendrier.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Thank-you &amp;Note to Sponsors…</source>
        <translation>Mot de &amp;remerciement aux commanditaires…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a thank-you note to the sponsors</source>
        <translation>Rédiger un mot de remerciement aux commanditaires</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Report choices</source>
        <translation>Choix du rapport</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Handover Document</source>
        <translation>Document de passation</translation>
    </message>
    <message>
        <location line="+163"/>
        <source>The report could not be printed: %1</source>
        <translation>Le rapport n’a pas pu être imprimé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Print Preview — %1</source>
        <translation>Aperçu avant impression — %1</translation>
    </message>
    <message>
        <location line="+110"/>
        <location line="+2"/>
        <source>Preparing the preview…</source>
        <translation>Préparation de l’aperçu…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Choose at least one section to see the report.</source>
        <translation>Choisissez au moins une section pour voir le rapport.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The report could not be made.</source>
        <translation>Le rapport n’a pas pu être produit.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The preview could not be made: %1</source>
        <translation>L’aperçu n’a pas pu être produit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The plan has no dates yet.</source>
        <translation>Le plan n’a pas encore de dates.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Covers %1</source>
        <translation>Couvre %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 page</source>
        <translation>1 page</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 pages</source>
        <translation>%1 pages</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Thank-you Note to Sponsors</source>
        <translation>Mot de remerciement aux commanditaires</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Community</source>
        <translation>Communauté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 report</source>
        <translation>Rapport %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 handover</source>
        <translation>Passation&#xa0;%1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Export the Stakeholder Report</source>
        <translation>Exporter le rapport aux parties prenantes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the Handover Document</source>
        <translation>Exporter le document de passation</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Saved “%1”.</source>
        <translation>«&#xa0;%1&#xa0;» enregistré.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export cancelled; nothing was written.</source>
        <translation>Exportation annulée&#xa0;; rien n’a été écrit.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not exported: %1</source>
        <translation>Non exporté&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>cultivate::ResourceDialog</name>
    <message>
        <location filename="../ui/resources/resourcedialog.cpp" line="+41"/>
        <source>New Resource</source>
        <translation>Nouvelle ressource</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit Resource</source>
        <translation>Modifier la ressource</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Location or link</source>
        <translation>Emplacement ou lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>https://… or a path to a shared folder</source>
        <translation>https://… ou le chemin d’un dossier partagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Location:</source>
        <translation>&amp;Emplacement&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No author</source>
        <translation>Aucun auteur</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Author:</source>
        <translation>&amp;Auteur&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;dded on</source>
        <translation>A&amp;joutée le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added date</source>
        <translation>Date d’ajout</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Added:</source>
        <translation>Ajoutée&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Separated by commas</source>
        <translation>Séparées par des virgules</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;gs:</source>
        <translation>Éti&amp;quettes&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Visibility:</source>
        <translation>&amp;Visibilité&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No event</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation>Événe&amp;ment&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Desc&amp;ription:</source>
        <translation>Desc&amp;ription&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cultivate::ResourceTableModel</name>
    <message>
        <location filename="../ui/resources/resourcetablemodel.cpp" line="+200"/>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added</source>
        <translation>Ajoutée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tags</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Visibility</source>
        <translation>Visibilité</translation>
    </message>
</context>
<context>
    <name>cultivate::ResourcesPage</name>
    <message>
        <location filename="../ui/resources/resourcespage.cpp" line="+64"/>
        <location line="+50"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>&amp;Add Resource…</source>
        <translation>&amp;Ajouter une ressource…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add a resource (Insert in the table)</source>
        <translation>Ajouter une ressource (Inser dans le tableau)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected resource (Enter)</source>
        <translation>Modifier la ressource sélectionnée (Entrée)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the link or location of the selected resource</source>
        <translation>Ouvrir le lien ou l’emplacement de la ressource sélectionnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove the selected resource (Delete)</source>
        <translation>Retirer la ressource sélectionnée (Suppr)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search resources</source>
        <translation>Rechercher des ressources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search title, location, tag, author</source>
        <translation>Rechercher un intitulé, emplacement, étiquette, auteur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show resources with tag</source>
        <translation>Afficher les ressources portant l’étiquette</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tag</source>
        <translation>Toutes les étiquettes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show resources of kind</source>
        <translation>Afficher les ressources du type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>No resources yet</source>
        <translation>Aucune ressource pour l’instant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect the community&apos;s shared repertoire: documents, links, templates, tools, recordings and slides, with tags to find them again.</source>
        <translation>Rassemblez le répertoire partagé de la communauté&#xa0;: documents, liens, modèles, outils, enregistrements et présentations, avec des étiquettes pour les retrouver.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add the First Resource…</source>
        <translation>Ajouter la première ressource…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show All Resources</source>
        <translation>Afficher &amp;toutes les ressources</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Open</source>
        <translation>Ouvrir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Resource…</source>
        <translation>Ajouter une ressource…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>No resources yet.</source>
        <translation>Aucune ressource pour l’instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One resource</source>
        <translation>Une ressource</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 resources</source>
        <translation>%1 ressources</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> · %1 public</source>
        <translation> · %1 publiques</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> · showing %1</source>
        <translation> · %1 affichées</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No resource matches the filters.</source>
        <translation>Aucune ressource ne correspond aux filtres.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No resource matches “%1” with these filters.</source>
        <translation>Aucune ressource ne correspond à «&#xa0;%1&#xa0;» avec ces filtres.</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>Add the resource “%1”</source>
        <translation>Ajouter la ressource «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Edit the resource “%1”</source>
        <translation>Modifier la ressource «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove the resource “%1”</source>
        <translation>Retirer la ressource «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>cultivate::ResponseFormDialog</name>
    <message>
        <location filename="../ui/evaluate/responseformdialog.cpp" line="+25"/>
        <source>Strongly disagree</source>
        <translation>Pas du tout d’accord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Disagree</source>
        <translation>Pas d’accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither agree nor disagree</source>
        <translation>Ni d’accord ni pas d’accord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree</source>
        <translation>D’accord</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Strongly agree</source>
        <translation>Tout à fait d’accord</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Response to “%1”</source>
        <translation>Réponse à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Respondent&apos;s code</source>
        <translation>Code du répondant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The code the respondent will give again in the next survey</source>
        <translation>Le code que le répondant redonnera au prochain questionnaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not given</source>
        <translation>Non précisé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Member:</source>
        <translation>&amp;Membre&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date answered</source>
        <translation>Date de réponse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Answered on:</source>
        <translation>&amp;Répondu le&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No answer</source>
        <translation>Pas de réponse</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No</source>
        <translation>Non</translation>
    </message>
</context>
<context>
    <name>cultivate::ResponseGridDialog</name>
    <message>
        <location filename="../ui/evaluate/responsegriddialog.cpp" line="+26"/>
        <source>Enter Responses to “%1”</source>
        <translation>Saisir les réponses à «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One row per respondent. Give each a code they will use again in the next survey, so their answers pair without a name.</source>
        <translation>Une ligne par répondant. Donnez à chacun un code qu’il réutilisera au prochain questionnaire&#xa0;: ses réponses seront appariées sans nom.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One row per respondent, named as in the People page. Agreement items take 1 to 5, recommend items 0 to 10, yes/no items yes or no; leave a cell empty for an unanswered item.</source>
        <translation>Une ligne par répondant, nommé comme dans la page Personnes. Les questions d’accord prennent 1 à 5, celles de recommandation 0 à 10, celles en oui/non oui ou non&#xa0;; laissez une cellule vide pour une question sans réponse.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Responses</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Add &amp;Rows</source>
        <translation>Ajouter des &amp;lignes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Row %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 has no answers.</source>
        <translation>%1 n’a aucune réponse.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>nobody in the plan is called “%1”.</source>
        <translation>personne dans le plan ne s’appelle «&#xa0;%1&#xa0;».</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” fits more than one member.</source>
        <translation>«&#xa0;%1&#xa0;» correspond à plus d’un membre.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no answers were typed.</source>
        <translation>aucune réponse n’a été saisie.</translation>
    </message>
</context>
<context>
    <name>cultivate::SchedulePage</name>
    <message>
        <location filename="../ui/schedule/schedulepage.cpp" line="+79"/>
        <source>Schedule</source>
        <translation>Calendrier</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;New Event…</source>
        <translation>&amp;Nouvel événement…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel Event</source>
        <translation>Ann&amp;uler l’événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>D&amp;raft Message</source>
        <translation>&amp;Rédiger un message</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Draft a message about the selected event</source>
        <translation>Rédiger un message au sujet de l’événement sélectionné</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft &amp;Reminder…</source>
        <translation>Rédiger un &amp;rappel…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft &amp;Follow-up…</source>
        <translation>Rédiger un &amp;suivi…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft Note to Those Who &amp;Missed It…</source>
        <translation>Rédiger un mot aux &amp;absents…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Print</source>
        <translation>&amp;Imprimer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sign-in Sheet of the Event…</source>
        <translation>&amp;Feuille d’émargement de l’événement…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Schedule of a &amp;Period…</source>
        <translation>Calendrier d’une &amp;période…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Today</source>
        <translation>Aujour&amp;d’hui</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Show today in the list, the month and the year (%1)</source>
        <translation>Afficher aujourd’hui dans la liste, le mois et l’année (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show today</source>
        <translation>Afficher aujourd’hui</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show events of status</source>
        <translation>Afficher les événements au statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any status</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Show events of kind</source>
        <translation>Afficher les événements du type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any kind</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Schedule views</source>
        <translation>Vues du calendrier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;List</source>
        <translation>&amp;Liste</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Month calendar</source>
        <translation>Calendrier du mois</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Events of the selected day</source>
        <translation>Événements du jour sélectionné</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Month</source>
        <translation>M&amp;ois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>◀ Pre&amp;vious Year</source>
        <translation>◀ Année pré&amp;cédente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ne&amp;xt Year ▶</source>
        <translation>Année suivan&amp;te ▶</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Year</source>
        <translation>&amp;Année</translation>
    </message>
    <message>
        <location line="+135"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No events yet. Plan the community&apos;s rhythm with New Event.</source>
        <translation>Aucun événement pour l’instant. Planifiez le rythme de la communauté avec Nouvel événement.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 events due so far were held · %3 planned ahead · %4 cancelled</source>
        <translation>%1 des %2 événements prévus jusqu’ici ont eu lieu · %3 planifiés à venir · %4 annulés</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No slipped events: everything past is held or cancelled.</source>
        <translation>Aucun événement en souffrance&#xa0;: tout ce qui est passé a eu lieu ou a été annulé.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n slipped: planned, date passed, not marked held — %1</source>
        <translation>
            <numerusform>%n en souffrance&#xa0;: prévu, date passée, non marqué comme tenu — %1</numerusform>
            <numerusform>%n en souffrance&#xa0;: prévus, date passée, non marqués comme tenus — %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1  %2 · %3</source>
        <translation>%1  %2 · %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No events on %1</source>
        <translation>Aucun événement le %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>A Repeating Event</source>
        <translation>Un événement récurrent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This &amp;Occurrence</source>
        <translation>Cette &amp;occurrence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The &amp;Whole Series</source>
        <translation>&amp;Toute la série</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Add the series “%1”</source>
        <translation>Ajouter la série «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the event “%1”</source>
        <translation>Ajouter l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Edit the event “%1”</source>
        <translation>Modifier l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cancel the event “%1”</source>
        <translation>Annuler l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delete the event “%1”</source>
        <translation>Supprimer l’événement «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Add “%1”</source>
        <translation type="vanished">Ajouter «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Change only this occurrence of “%1”, or every event of its series?</source>
        <translation>Modifier seulement cette occurrence de «&#xa0;%1&#xa0;», ou tous les événements de sa série&#xa0;?</translation>
    </message>
    <message>
        <source>Edit “%1”</source>
        <translation type="vanished">Modifier «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Edit the series “%1”</source>
        <translation>Modifier la série «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>Cancel “%1”</source>
        <translation type="vanished">Annuler «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Delete only this occurrence of “%1”, or the whole series?</source>
        <translation>Supprimer seulement cette occurrence de «&#xa0;%1&#xa0;», ou toute la série&#xa0;?</translation>
    </message>
    <message>
        <source>Delete “%1”</source>
        <translation type="vanished">Supprimer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Delete the series “%1”</source>
        <translation>Supprimer la série «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>cultivate::ShortcutsDialog</name>
    <message>
        <location filename="../ui/preferences/shortcutsdialog.cpp" line="+49"/>
        <source>Keyboard Shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Filter the shortcuts</source>
        <translation>Filtrer les raccourcis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Filter by action or key</source>
        <translation>Filtrer par action ou par touche</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shortcut</source>
        <translation>Raccourci</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 ▸ %2</source>
        <translation>%1 ▸ %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 page</source>
        <translation>Page %1</translation>
    </message>
</context>
<context>
    <name>cultivate::StageCard</name>
    <message>
        <location filename="../ui/lifecycle/stagecard.cpp" line="+46"/>
        <source>Stage %1: %2</source>
        <translation>Étape %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Current stage</source>
        <translation>Étape en cours</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1, overdue</source>
        <translation>%1, en retard</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No dates planned</source>
        <translation>Aucune date prévue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No checklist items</source>
        <translation>Aucun élément de liste de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 ready · %2 of %3 done</source>
        <translation>%1 prêt · %2 faits sur %3</translation>
    </message>
    <message>
        <location line="+109"/>
        <location line="+36"/>
        <source>Current</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
</context>
<context>
    <name>cultivate::StageGuide</name>
    <message>
        <location filename="../core/lifecycle/stageguide.cpp" line="+21"/>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name who the community is for and the partners who matter. Every later choice follows from it.</source>
        <translation>Dites à qui s’adresse la communauté et quels partenaires comptent. Tous les choix suivants en découlent.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe the shared area of practice: its key issues and the learning, knowledge and tasks the community will look after.</source>
        <translation>Décrivez le domaine de pratique commun&#xa0;: ses enjeux clés, et les apprentissages, savoirs et tâches dont la communauté prendra soin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Purpose and goals</source>
        <translation>Raison d’être et objectifs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State the main purpose, what members gain and which needs the community meets. Set a few measurable outcomes for the first year.</source>
        <translation>Énoncez la raison d’être principale, ce que les membres y gagnent et les besoins auxquels la communauté répond. Fixez quelques résultats mesurables pour la première année.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Facilitator</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Appoint a facilitator who connects people, encourages participation, runs events and reports activity through metrics and evaluations.</source>
        <translation>Désignez un animateur ou une animatrice qui relie les personnes, encourage la participation, organise les événements et rend compte de l’activité par des indicateurs et des évaluations.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Members and champions</source>
        <translation>Membres et ambassadeurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the first members, champions and a sponsor: people who care about the domain and will take an active part.</source>
        <translation>Dressez la liste des premiers membres, des ambassadeurs et d’un commanditaire&#xa0;: des personnes qui tiennent au domaine et y prendront une part active.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ground rules</source>
        <translation>Règles de fonctionnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agree how members communicate and behave, so that everyone feels safe, respected and free to disagree.</source>
        <translation>Convenez de la façon dont les membres communiquent et se comportent, pour que chacun se sente en sécurité, respecté et libre d’être en désaccord.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Activities and rhythm</source>
        <translation>Activités et rythme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose the activities that bring energy, how often the community meets and which topics the first sessions cover.</source>
        <translation>Choisissez les activités qui donnent de l’élan, la fréquence des rencontres et les thèmes des premières séances.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workspace</source>
        <translation>Espace de travail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pick the channels members use between meetings and a shared workspace that keeps what the community learns.</source>
        <translation>Choisissez les canaux que les membres utilisent entre les rencontres et un espace de travail partagé qui garde ce que la communauté apprend.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pilot group</source>
        <translation>Groupe pilote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Start with a small group of committed key participants to gain commitment, test assumptions and refine the plan.</source>
        <translation>Commencez avec un petit groupe de participants clés et engagés pour obtenir leur adhésion, vérifier les hypothèses et affiner le plan.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>First success story</source>
        <translation>Premier récit de réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Capture one concrete result from the pilot that shows newcomers what the community can do.</source>
        <translation>Retenez un résultat concret du pilote qui montre aux nouveaux venus ce que la communauté peut accomplir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch to a broader audience</source>
        <translation>Lancement auprès d’un public plus large</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open the community to everyone in its audience over a few weeks, in a way that brings new members an immediate benefit.</source>
        <translation>Ouvrez la communauté à tout son public en quelques semaines, d’une manière qui apporte tout de suite un bénéfice aux nouveaux membres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Orientation and baseline survey</source>
        <translation>Accueil des membres et questionnaire initial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Welcome new members, explain the ground rules and ask the baseline survey, so that change can be shown at the end.</source>
        <translation>Accueillez les nouveaux membres, expliquez les règles de fonctionnement et faites passer le questionnaire initial, pour pouvoir montrer le changement à la fin.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Participation</source>
        <translation>Participation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the rhythm, invite quieter members to contribute and give champions visible roles.</source>
        <translation>Gardez le rythme, invitez les membres plus discrets à contribuer et donnez aux ambassadeurs des rôles visibles.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shared repertoire</source>
        <translation>Répertoire partagé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Collect the documents, tools, templates and recordings members create, and make them easy to find.</source>
        <translation>Rassemblez les documents, outils, modèles et enregistrements créés par les membres, et rendez-les faciles à trouver.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognition</source>
        <translation>Reconnaissance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thank and celebrate members for their contributions; recognition keeps motivation up.</source>
        <translation>Remerciez et mettez à l’honneur les membres pour leurs contributions&#xa0;: la reconnaissance entretient la motivation.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-ins</source>
        <translation>Points d’étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a short monthly check-in poll, such as &quot;Are you using this practice?&quot;, to follow change as it happens.</source>
        <translation>Faites chaque mois un court sondage de point d’étape, comme «&#xa0;Utilisez-vous cette pratique&#xa0;?&#xa0;», pour suivre le changement au fil de l’eau.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final survey</source>
        <translation>Questionnaire final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Repeat the baseline items and ask what worked, what did not and what changed in members&apos; practice.</source>
        <translation>Reprenez les questions du questionnaire initial et demandez ce qui a fonctionné, ce qui n’a pas fonctionné et ce qui a changé dans la pratique des membres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Summary report</source>
        <translation>Rapport de synthèse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share results with sponsors and stakeholders: participation, goals, survey change and stories.</source>
        <translation>Partagez les résultats avec les commanditaires et les parties prenantes&#xa0;: participation, objectifs, évolution des questionnaires et récits.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reflections on shifts in practice</source>
        <translation>Réflexions sur les changements de pratique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Gather members&apos; reflections and success stories on how their practice has changed.</source>
        <translation>Recueillez les réflexions et les récits de réussite des membres sur l’évolution de leur pratique.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legacy plan</source>
        <translation>Plan de continuité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decide what continues, who carries it and where the shared resources will live after the year.</source>
        <translation>Décidez de ce qui continue, de qui le porte et de l’endroit où les ressources partagées vivront après l’année.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Agree who the community is for, the domain it stewards and why it exists; find a facilitator and the first members.</source>
        <translation>Convenez du public de la communauté, du domaine dont elle prend soin et de sa raison d’être&#xa0;; trouvez un animateur ou une animatrice et les premiers membres.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try the community with a small, committed group to test assumptions and produce a first success story.</source>
        <translation>Essayez la communauté avec un petit groupe engagé pour vérifier les hypothèses et produire un premier récit de réussite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open the community to its wider audience with an orientation and a baseline survey.</source>
        <translation>Ouvrez la communauté à son public élargi avec un accueil des membres et un questionnaire initial.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep a steady rhythm of meetings, grow the shared repertoire, recognise contributions and check in every month.</source>
        <translation>Gardez un rythme régulier de rencontres, enrichissez le répertoire partagé, reconnaissez les contributions et faites un point d’étape chaque mois.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Measure what changed, collect stories and reflections, report to sponsors and plan what comes next.</source>
        <translation>Mesurez ce qui a changé, recueillez récits et réflexions, rendez compte aux commanditaires et préparez la suite.</translation>
    </message>
</context>
<context>
    <name>cultivate::StageStepper</name>
    <message>
        <location filename="../ui/lifecycle/stagestepper.cpp" line="+21"/>
        <source>Lifecycle stages</source>
        <translation>Étapes du cycle de vie</translation>
    </message>
</context>
<context>
    <name>cultivate::StoryDialog</name>
    <message>
        <location filename="../ui/evaluate/storydialog.cpp" line="+61"/>
        <source>New Story</source>
        <translation>Nouveau récit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Story</source>
        <translation>Récit</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Success story</source>
        <translation>Récit de réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection on a shift in practice</source>
        <translation>Réflexion sur un changement de pratique</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Narrative</source>
        <translation>Récit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened, who was involved, and what changed as a result</source>
        <translation>Ce qui s’est passé, qui y a pris part, et ce qui a changé en conséquence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Narrative:</source>
        <translation>Ré&amp;cit&#xa0;:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Value shown:</source>
        <translation>Valeur montrée&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The people in it agreed that it may be &amp;shared in reports</source>
        <translation>Les personnes concernées ont accepté qu’il soit &amp;partagé dans les rapports</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members in the story</source>
        <translation>Membres du récit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events in the story</source>
        <translation>Événements du récit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources in the story</source>
        <translation>Ressources du récit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events</source>
        <translation>Événements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resources</source>
        <translation>Ressources</translation>
    </message>
</context>
<context>
    <name>cultivate::SurveyDialog</name>
    <message>
        <location filename="../ui/evaluate/surveydialog.cpp" line="+26"/>
        <source>New Survey</source>
        <translation>Nouveau questionnaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Survey Details</source>
        <translation>Détails du questionnaire</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Title</source>
        <translation>Intitulé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Title:</source>
        <translation>&amp;Intitulé&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Anonymous: keep no names, pair answers by a code</source>
        <translation>&amp;Anonyme&#xa0;: ne garder aucun nom, apparier les réponses par un code</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Members invited</source>
        <translation>Membres invités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All members on the date</source>
        <translation>Tous les membres à cette date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invited:</source>
        <translation>Invité&amp;s&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No event</source>
        <translation>Aucun événement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Event:</source>
        <translation>É&amp;vénement&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
</context>
<context>
    <name>cultivate::SurveyResults</name>
    <message>
        <location filename="../ui/evaluate/surveyresults.cpp" line="+59"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>1 response</source>
        <translation>1 réponse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 responses</source>
        <translation>%1 réponses</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 of the %2 invited</source>
        <translation>%1 des %2 invités</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>recommend score %1</source>
        <translation>score de recommandation %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+18"/>
        <source>%1 yes</source>
        <translation>%1 de oui</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>No responses yet. Type a stack of paper answers with Enter Responses, or import the CSV file a forms tool exports.</source>
        <translation>Aucune réponse pour l’instant. Saisissez une pile de réponses papier avec Saisir les réponses, ou importez le fichier CSV exporté par un outil de formulaires.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Answers</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Mean</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Distribution</source>
        <translation>Répartition</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Baseline → final</source>
        <translation>Initial → final</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 on average, %2 improved (1 pair)</source>
        <translation>%1 en moyenne, %2 en progrès (1 paire)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 on average, %2 improved (%3 pairs)</source>
        <translation>%1 en moyenne, %2 en progrès (%3 paires)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
</context>
<context>
    <name>cultivate::SurveyTemplates</name>
    <message>
        <location filename="../core/evaluate/surveytemplates.cpp" line="+29"/>
        <source>I rate my expertise in the community&apos;s domain as high.</source>
        <translation>J’estime avoir une grande expertise dans le domaine de la communauté.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I feel confident applying good practice from the domain in my own work.</source>
        <translation>Je me sens capable d’appliquer les bonnes pratiques du domaine dans mon propre travail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I know whom to ask when I am stuck on a problem in this area.</source>
        <translation>Je sais à qui m’adresser quand je bloque sur un problème dans ce domaine.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Baseline survey</source>
        <translation>Questionnaire initial</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked at the orientation, before the community starts its work. Its rated items return in the final survey, so each member&apos;s change can be measured.</source>
        <translation>Posé lors de l’accueil des membres, avant que la communauté ne commence son travail. Ses questions notées reviennent dans le questionnaire final, pour mesurer le changement de chaque membre.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What is your role, and where do you work?</source>
        <translation>Quel est votre rôle, et où travaillez-vous&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long have you worked in this area of practice?</source>
        <translation>Depuis combien de temps travaillez-vous dans ce domaine de pratique&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less than a year</source>
        <translation>Moins d’un an</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 to 3 years</source>
        <translation>1 à 3 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>4 to 10 years</source>
        <translation>4 à 10 ans</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>More than 10 years</source>
        <translation>Plus de 10 ans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Which topics would you most like the community to take up?</source>
        <translation>Quels thèmes aimeriez-vous le plus que la communauté aborde&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How many hours a month can you give to the community?</source>
        <translation>Combien d’heures par mois pouvez-vous consacrer à la communauté&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Less than 1</source>
        <translation>Moins de 1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 to 2</source>
        <translation>1 à 2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>3 to 5</source>
        <translation>3 à 5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>More than 5</source>
        <translation>Plus de 5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Final survey</source>
        <translation>Questionnaire final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asked at the wrap-up. The rated items repeat the baseline survey&apos;s.</source>
        <translation>Posé lors de la clôture. Les questions notées reprennent celles du questionnaire initial.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What worked well in the community this year?</source>
        <translation>Qu’est-ce qui a bien fonctionné dans la communauté cette année&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What did not work, or should change?</source>
        <translation>Qu’est-ce qui n’a pas fonctionné, ou devrait changer&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Describe a change in your practice that came from the community.</source>
        <translation>Décrivez un changement dans votre pratique qui vient de la communauté.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Have you used something from the community in your work?</source>
        <translation>Avez-vous utilisé quelque chose de la communauté dans votre travail&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>How likely are you to recommend this community to a colleague?</source>
        <translation>Quelle est la probabilité que vous recommandiez cette communauté à un collègue&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Session feedback</source>
        <translation>Retour sur la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep the items the same every session, so sessions can be compared.</source>
        <translation>Gardez les mêmes questions à chaque séance, pour pouvoir comparer les séances.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The session was a good use of my time.</source>
        <translation>La séance valait le temps que j’y ai consacré.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I will use something from this session in my work.</source>
        <translation>J’utiliserai quelque chose de cette séance dans mon travail.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How likely are you to recommend these sessions to a colleague?</source>
        <translation>Quelle est la probabilité que vous recommandiez ces séances à un collègue&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What should a coming session take up?</source>
        <translation>Quel thème une prochaine séance devrait-elle aborder&#xa0;?</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Monthly check-in</source>
        <translation>Point d’étape mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A short anonymous poll each month, to follow change as it happens.</source>
        <translation>Un court sondage anonyme chaque mois, pour suivre le changement au fil de l’eau.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Are you using a practice from the community in your work?</source>
        <translation>Utilisez-vous dans votre travail une pratique venue de la communauté&#xa0;?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Did you find what you needed in the community this month?</source>
        <translation>Avez-vous trouvé ce dont vous aviez besoin dans la communauté ce mois-ci&#xa0;?</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Value created</source>
        <translation>Valeur créée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One item per value cycle: from value in the activities themselves to a change in how success is defined.</source>
        <translation>Une question par cycle de valeur&#xa0;: de la valeur des activités elles-mêmes jusqu’à un changement dans la définition de la réussite.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Taking part was worthwhile in itself: the activities and exchanges were useful.</source>
        <translation>Participer en valait la peine en soi&#xa0;: les activités et les échanges ont été utiles.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I gained ideas, skills, contacts or resources that I expect to use.</source>
        <translation>J’ai acquis des idées, des compétences, des contacts ou des ressources que je compte utiliser.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>I have applied something from the community in my practice.</source>
        <translation>J’ai appliqué quelque chose de la communauté dans ma pratique.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applying it made a difference I can point to in the results of my work.</source>
        <translation>Cette application a fait une différence que je peux montrer dans les résultats de mon travail.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The community changed how I, or my organisation, think about what success is.</source>
        <translation>La communauté a changé la façon dont moi-même, ou mon organisation, concevons la réussite.</translation>
    </message>
</context>
<context>
    <name>cultivate::TextEncoding</name>
    <message>
        <location filename="../core/importers/textdecoding.cpp" line="+245"/>
        <source>Unicode, every language</source>
        <translation>Unicode, toutes les langues</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Western European: English, French, German, Spanish…</source>
        <translation>Europe de l’Ouest&#xa0;: anglais, français, allemand, espagnol…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Central European: Polish, Czech, Hungarian…</source>
        <translation>Europe centrale&#xa0;: polonais, tchèque, hongrois…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cyrillic: Russian, Ukrainian, Bulgarian…</source>
        <translation>Cyrillique&#xa0;: russe, ukrainien, bulgare…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Greek</source>
        <translation>Grec</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turkish</source>
        <translation>Turc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Baltic: Lithuanian, Latvian, Estonian</source>
        <translation>Balte&#xa0;: lituanien, letton, estonien</translation>
    </message>
</context>
<context>
    <name>cultivate::WeightsDialog</name>
    <message>
        <location filename="../ui/people/contributiondialog.cpp" line="+23"/>
        <source>Contribution Weights</source>
        <translation>Poids des contributions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How much each kind of contribution counts towards a member&apos;s participation level (1 to 12). Active members reach 5 in the period, core members 10.</source>
        <translation>Combien chaque type de contribution compte dans le niveau de participation d’un membre (de 1 à 12). Les membres actifs atteignent 5 sur la période, les membres du noyau 10.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Weight of %1</source>
        <translation>Poids de %1</translation>
    </message>
</context>
<context>
    <name>cultivate::WelcomePage</name>
    <message>
        <location filename="../ui/welcome/welcomepage.cpp" line="+32"/>
        <source>Cultivate</source>
        <translation>Cultivate</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Plan, run and report on a community of practice. Each community lives in one file on this computer.</source>
        <translation>Planifier, animer et faire le bilan d’une communauté de pratique. Chaque communauté tient dans un seul fichier sur cet ordinateur.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;New Community…</source>
        <translation>&amp;Nouvelle communauté…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New community</source>
        <translation>Nouvelle communauté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a plan</source>
        <translation>Ouvrir un plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open a &amp;Demo Community</source>
        <translation>Ouvrir une communauté de &amp;démonstration</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open a demo community</source>
        <translation>Ouvrir une communauté de démonstration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A made-up community with a year of events, members and surveys, to try Cultivate</source>
        <translation>Une communauté fictive avec une année d’événements, de membres et de questionnaires, pour essayer Cultivate</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+4"/>
        <source>Recent plans</source>
        <translation>Plans récents</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Plans you open will be listed here.</source>
        <translation>Les plans que vous ouvrez apparaîtront ici.</translation>
    </message>
</context>
<context>
    <name>cultivate::YearOnYear</name>
    <message>
        <location filename="../core/renewal/lastyear.cpp" line="+67"/>
        <source>no day of the previous year matches this period</source>
        <translation>aucun jour de l’année précédente ne correspond à cette période</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the previous year&apos;s plan %1 was not found</source>
        <translation>le plan de l’année précédente&#xa0;%1 est introuvable</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is another community&apos;s plan, not the previous year&apos;s</source>
        <translation>%1 est le plan d’une autre communauté, pas celui de l’année précédente</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Members</source>
        <translation>Membres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Events held</source>
        <translation>Événements tenus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credited attendances</source>
        <translation>Présences comptabilisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reach</source>
        <translation>Portée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mean attendance rate</source>
        <translation>Taux de présence moyen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Newcomers</source>
        <translation>Nouveaux membres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contribution weight</source>
        <translation>Poids des contributions</translation>
    </message>
</context>
<context>
    <name>cultivate::YearTimeline</name>
    <message>
        <location filename="../ui/schedule/yeartimeline.cpp" line="+22"/>
        <source>Year timeline</source>
        <translation>Frise de l’année</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Every month has an event</source>
        <translation>Chaque mois a un événement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Months without events: %1</source>
        <translation>Mois sans événement&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>keep the rhythm</source>
        <translation>garder le rythme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quiet</source>
        <translation>calme</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%1: %2 – %3</source>
        <translation>%1&#xa0;: %2 – %3</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>No event that month</source>
        <translation>Aucun événement ce mois-là</translation>
    </message>
</context>
<context>
    <name>cultivate::format</name>
    <message>
        <location filename="../ui/common/formatting.cpp" line="+29"/>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1%</source>
        <translation>%1&#xa0;%</translation>
    </message>
</context>
<context>
    <name>cultivate::label</name>
    <message>
        <location filename="../core/metrics/level.cpp" line="+12"/>
        <source>Core</source>
        <translation>Noyau</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Occasional</source>
        <translation>Occasionnel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Peripheral</source>
        <translation>Périphérique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactional</source>
        <translation>Ponctuel</translation>
    </message>
    <message>
        <location filename="../core/model/enums.cpp" line="+19"/>
        <source>Relationships</source>
        <translation>Relations</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Learning and developing practice</source>
        <translation>Apprendre et développer la pratique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks and projects</source>
        <translation>Tâches et projets</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New knowledge</source>
        <translation>Nouveaux savoirs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Define domain</source>
        <translation>Définir le domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pilot</source>
        <translation>Piloter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Launch</source>
        <translation>Lancer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nurture</source>
        <translation>Faire vivre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Evaluate</source>
        <translation>Évaluer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Not started</source>
        <translation>Non commencé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sponsor</source>
        <translation>Commanditaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Champion</source>
        <translation>Ambassadeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject-matter expert</source>
        <translation>Expert du domaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Guest</source>
        <translation>Invité</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Orientation</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Community meeting</source>
        <translation>Rencontre de la communauté</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Workshop</source>
        <translation>Atelier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Face-to-face</source>
        <translation>En présentiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in</source>
        <translation>Point d’étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Wrap-up</source>
        <translation>Clôture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Social</source>
        <translation>Moment convivial</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Planned</source>
        <translation>Prévu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Held</source>
        <translation>Tenu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Weekly</source>
        <translation>Chaque semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every N weeks</source>
        <translation>Toutes les N semaines</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly on the Nth weekday</source>
        <translation>Chaque mois, le Ne jour de la semaine</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Monthly on a day</source>
        <translation>Chaque mois, à date fixe</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Post</source>
        <translation>Message</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Question</source>
        <translation>Question</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Resource shared</source>
        <translation>Ressource partagée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Presentation</source>
        <translation>Présentation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Hosting</source>
        <translation>Animation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mentoring</source>
        <translation>Mentorat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Story</source>
        <translation>Récit</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Template</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recording</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Slides</source>
        <translation>Diaporama</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Private</source>
        <translation>Privée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Publique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Baseline survey</source>
        <translation>Questionnaire initial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final survey</source>
        <translation>Questionnaire final</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Session feedback</source>
        <translation>Retour sur la séance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check-in poll</source>
        <translation>Sondage de point d’étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value creation</source>
        <translation>Création de valeur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Likert 1–5</source>
        <translation>Likert 1–5</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>0–10 recommend</source>
        <translation>Recommandation 0–10</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Yes / no</source>
        <translation>Oui / non</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choice</source>
        <translation>Choix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Free text</source>
        <translation>Texte libre</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Success story</source>
        <translation>Récit de réussite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reflection on practice</source>
        <translation>Réflexion sur la pratique</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Immediate value</source>
        <translation>Valeur immédiate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Potential value</source>
        <translation>Valeur potentielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Applied value</source>
        <translation>Valeur appliquée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Realized value</source>
        <translation>Valeur réalisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reframing value</source>
        <translation>Valeur de recadrage</translation>
    </message>
</context>
</TS>
