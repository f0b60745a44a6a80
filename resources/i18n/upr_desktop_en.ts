<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>this app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the language the app is written in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Public domain</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workshop file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} is distributed under the {licence} licence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>portable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>installed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>from source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Program: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About UPR Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version {version}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Offline workshops for following up the Universal Periodic Review: review the recommendations, cluster and prioritise them, vote, and adopt an outcome charter. It works without internet; workshop files stay on this computer unless you copy them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portable: settings, recent workshops, logs and backups are kept beside the app, in {folder}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Settings, recent workshops, logs and backups: {folder}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Component</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Components and their licences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Licence text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies the version and the data folder, to paste into a request for help.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This app</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Libraries</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fonts embedded in the PDFs</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AssessDialog</name>
        <message>
            <source>The coalition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Why: what changed, or what did not (a sentence or two)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence for this assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No evidence yet: add it on the Evidence tab, then link it here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation or priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Justification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier assessments are kept: this one is added to the history. When organisations disagree, each one's view is shown.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Assessment status</name>
        <message>
            <source>Not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partially implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fully implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No information</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Import attendance list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From %1 · %2 rows read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody new: everyone on this list is already registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This list has nobody to add.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n participant(s) will be added.</source>
            <translation>
                <numerusform>%n participant will be added.</numerusform>
                <numerusform>%n participants will be added.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 already registered (same name and organisation) will not be added again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out of the list (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The first %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import 1 participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import %1 participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 row of the file was left out.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n rows of the file were left out.</source>
            <translation>
                <numerusform>%n rows of the file were left out.</numerusform>
                <numerusform>%n rows of the file were left out.</numerusform>
            </translation>
        </message>
        <message>
            <source>Attendance: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is present and received a slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick everyone present who took a ballot-code slip, then save. Do it before the vote or after it, never as people vote: the list is saved whole, with no time and no order, and says nothing about who voted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisations present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants present</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick all</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save attendance</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n of {total} ticked present</source>
            <translation>
                <numerusform>%n of {total} ticked present</numerusform>
                <numerusform>%n of {total} ticked present</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendancePreviewModel</name>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thematic focus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(by number)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already registered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Ballot code slips</name>
        <message>
            <source>Ballot codes: {round}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this code to yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type it at the laptop, or write it on a paper ballot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It works once.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BallotCodeEntry</name>
        <message>
            <source>Type your ballot code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is a secret ballot with ballot codes. Type the code from the slip you took. Nobody, not even this laptop, knows whose slip it is. Each code works once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ten letters and numbers, such as K7QP4-XMD2A. Capitals and the dash don't matter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your ballot code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue to the ballot  ›</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the code from your slip first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A ballot code has ten letters and numbers. Check the slip and type it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This code is not valid for this round, or it has been used already. Check it, or ask the facilitator for a new slip.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BallotCodesDialog</name>
        <message>
            <source>Ballot code slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the ballot code slips now</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is open with %2 one-time ballot codes. They are shown only now: the workshop file does not keep them, so they can't be shown again. Print the slips (or save them as a PDF to print from another computer), cut them up and shuffle them. Each person takes one at random and types it at the kiosk, or writes it on a paper ballot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print slips…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save slips as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save ballot code slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ballot codes.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to %1. Print it, then delete it: the codes are as good as ballot papers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print ballot code slips</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sent %1 page(s) to the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The slips have not been printed or saved. Once this closes, the codes are gone for good and this round can only take ballots by a new round. Close anyway?</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>BallotCounts</name>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n dot</numerusform>
                <numerusform>%n dots</numerusform>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>All your %1 are placed. To move one, take it off a candidate first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 already has %2: that is the most one candidate can have.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your ranking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not ranked yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▲  Up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>▼  Down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>=  Level with above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level with the one above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank this candidate level with the one above it: the two share a place. Press again to put it below.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✕  Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your ranking, best first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your ranking: click a candidate on the right to put it first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not ranked yet (%1): click the next one you prefer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every candidate is ranked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press + to give a candidate a dot. You can put several dots on one candidate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Press + to give a candidate a dot. You can put several dots on one candidate (at most %1).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{left} of %n dot(s) left</source>
            <translation>
                <numerusform>{left} of %n dot left</numerusform>
                <numerusform>{left} of %n dots left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{left} of %n point(s) left</source>
            <translation>
                <numerusform>{left} of %n point left</numerusform>
                <numerusform>{left} of %n points left</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n dot(s) placed</source>
            <translation>
                <numerusform>All %n dot placed</numerusform>
                <numerusform>All %n dots placed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n point(s) placed</source>
            <translation>
                <numerusform>All %n point placed</numerusform>
                <numerusform>All %n points placed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You support %n candidate(s)</source>
            <translation>
                <numerusform>You support %n candidate</numerusform>
                <numerusform>You support %n candidates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} ranked</source>
            <translation>
                <numerusform>%n of {total} ranked</numerusform>
                <numerusform>%n of {total} ranked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} rated</source>
            <translation>
                <numerusform>%n of {total} rated</numerusform>
                <numerusform>%n of {total} rated</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} marked</source>
            <translation>
                <numerusform>%n of {total} marked</numerusform>
                <numerusform>%n of {total} marked</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 choice, level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share your points out: press + (%1 at a time) or type a number next to a candidate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick every candidate you support, as many as you like.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rate each candidate from 0 (not at all) to %1 (most). Press a chosen score again to leave the candidate unrated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click candidates in order of preference: your first choice first. You need not rank them all. To rank two candidates level, select the lower one and press “Level with above”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark each candidate Must, Should, Could or Won't. Press a chosen mark again to clear it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, level: %2: %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>= level with the one above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take one off %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add one to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points for %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dots on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at most %1 here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Support</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not marked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>not rated</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Ballots document</name>
        <message>
            <source>Organisation {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No organisations are registered yet, so there is nobody to print a ballot for. Register participants first, or ask for blank ballots.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No participants are registered yet, so there is nobody to print a ballot for. Register participants first, or ask for blank ballots.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n ballot(s) is too many to print in one go (at most {most}). Lower the number of blank ballots.</source>
            <translation>
                <numerusform>%n ballot is too many to print in one go (at most {most}). Lower the number of blank ballots.</numerusform>
                <numerusform>%n ballots is too many to print in one go (at most {most}). Lower the number of blank ballots.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n dot</numerusform>
                <numerusform>%n dots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n dot(s). Give them to the recommendations that matter most to you: fill in one circle for each dot.</source>
            <translation>
                <numerusform>You have %n dot. Give them to the recommendations that matter most to you: fill in one circle for each dot.</numerusform>
                <numerusform>You have %n dots. Give them to the recommendations that matter most to you: fill in one circle for each dot.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n dot(s). Give them to the recommendations that matter most to you: write in a recommendation's box how many dots you give it.</source>
            <translation>
                <numerusform>You have %n dot. Give them to the recommendations that matter most to you: write in a recommendation's box how many dots you give it.</numerusform>
                <numerusform>You have %n dots. Give them to the recommendations that matter most to you: write in a recommendation's box how many dots you give it.</numerusform>
            </translation>
        </message>
        <message>
            <source>Put at most 1 dot on one recommendation.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>You may put up to %n dot(s) on one recommendation.</source>
            <translation>
                <numerusform>You may put up to %n dot on one recommendation.</numerusform>
                <numerusform>You may put up to %n dots on one recommendation.</numerusform>
            </translation>
        </message>
        <message>
            <source>You may put several dots, or all of them, on one recommendation.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Use %n or fewer in all: a ballot with more dots than that cannot be counted.</source>
            <translation>
                <numerusform>Use %n or fewer in all: a ballot with more dots than that cannot be counted.</numerusform>
                <numerusform>Use %n or fewer in all: a ballot with more dots than that cannot be counted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n point(s) to share out. Write in a recommendation's box how many points you give it; leave the box empty to give none.</source>
            <translation>
                <numerusform>You have %n point to share out. Write in a recommendation's box how many points you give it; leave the box empty to give none.</numerusform>
                <numerusform>You have %n points to share out. Write in a recommendation's box how many points you give it; leave the box empty to give none.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Give at most %n point(s) to one recommendation.</source>
            <translation>
                <numerusform>Give at most %n point to one recommendation.</numerusform>
                <numerusform>Give at most %n points to one recommendation.</numerusform>
            </translation>
        </message>
        <message>
            <source>You may give all your points to one recommendation.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Your points must add up to %n or less: write your total at the bottom.</source>
            <translation>
                <numerusform>Your points must add up to %n or less: write your total at the bottom.</numerusform>
                <numerusform>Your points must add up to %n or less: write your total at the bottom.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the box of every recommendation you support.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick as many as you like, or none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give each recommendation you want to rate one score from 0 (not a priority) to {top} (top priority): cross or fill in the circle of that score. One score per recommendation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave a recommendation empty if you do not want to rate it: an empty row is not a 0.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank the recommendations: write 1 in the box of your first choice, 2 for your second choice, and so on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank as many as you like and leave the others empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You may rank recommendations level: give them the same number, then go on from the number after the places they fill (1, 2, 2, 4).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The higher you rank a recommendation, the more points it gets: with 5 ranked, your first choice gets 5 points, the second 4, down to 1 for the fifth. Recommendations ranked level share the points of their places.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A recommendation you leave empty counts as below every one you rank.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For each recommendation, cross or fill in one letter: M = Must, S = Should, C = Could, W = Won't.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave a recommendation empty if you have no view on it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your dots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your score (0–{top})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your rank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your choice</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fold the sheet with your marks inside and put it in the ballot box.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hand the sheet to the facilitator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot {number} of {total}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BALLOT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secret ballot: do not write your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing on this sheet links it to you. Make your marks, then fold the sheet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BALLOT CODE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copy the code from the slip you took. A ballot without a valid, unused code is not counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ORGANISATION</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VOTER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the name of your organisation on the line, so that your vote is counted for it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write your name on the line, so that your vote is counted for you.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One ballot per organisation: agree on your marks together.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open ballot: who voted how is recorded. Vote only on the ballot with your name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PAPER BALLOT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How to vote: {method}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot {number} (continued)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot {number} continues on the next page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shortened to fit the ballot: the full text is in the recommendation handout.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ref.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total of your points (at most {budget})</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Check: no more than %n dot(s) in all.</source>
            <translation>
                <numerusform>Check: no more than %n dot in all.</numerusform>
                <numerusform>Check: no more than %n dots in all.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check: numbers start from 1; the same number twice means ranked level.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper ballots: {round}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secret ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper ballots</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file is re-encrypted with the new passphrase. The recovery key changes too: the old one stops working, and the new one is shown next.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the current passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current passphrase is not right. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase could not be changed: {reason}. The old passphrase still works.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Charter annex</name>
        <message>
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Charter document</name>
        <message>
            <source>Outcome charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preamble</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DRAFT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Implementation status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft — not yet adopted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Second cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Third cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fourth cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fifth cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cycle {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organised by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{cycle}, reviewed on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reviewed on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Universal Periodic Review of {country}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new draft of the charter adopted on {date} at {place}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new draft of the charter adopted on {date}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new draft of the charter adopted at {place}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new draft of the charter adopted earlier.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This text may still change until the organisations adopt it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National</source>
            <comment>level of action</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regional</source>
            <comment>level of action</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>International</source>
            <comment>level of action</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monitoring and follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endorsements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annex: recommendations cited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Expected government action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSO actions and advocacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lead actor</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partners</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicators or benchmarks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resources needed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline and milestones</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Charter status</name>
        <message>
            <source>Adopted on {date} at {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopted on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopted at {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{draft}: changed since its adoption on {date} at {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{draft}: changed since its adoption on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{draft}: changed since its adoption at {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{draft}: changed since its adoption</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Charter template</name>
        <message>
            <source>{start} to {end}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CharterOutline</name>
        <message numerus="yes">
            <source>%n open comment(s)</source>
            <translation>
                <numerusform>%n open comment</numerusform>
                <numerusform>%n open comments</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CharterPage</name>
        <message>
            <source>Action point saved. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 action points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an action point…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action point added. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action point deleted. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan of action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the organisations will do at home, in the region and at the UN. Press Enter to add; double-click a point to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommending States</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations cited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The annex lists the recommendations the priorities cite. None are cited yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built automatically</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Built from the recommendations the priorities cite, in the order they are first cited: %1 in all. It updates itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{time}  ·  resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark resolved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>COMMENTS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No comments on this part yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a comment on this part…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose comment it is. Anonymous leaves no name in the file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment from</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <comment>the author of a comment</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>On “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No open comments on this part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymous</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment added. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment marked resolved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment reopened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comment deleted. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick when the organisation's signed page is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: signed on paper.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1: no longer marked as signed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endorsement saved. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add an endorsement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the endorsement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organisation's name, as it signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of the person who signs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Executive director, chair…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter prints a signature line for each organisation. A representative is printed by name: ask them first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not a date. Write it as 2025-03-14, or leave it empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the participants' organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One endorsement for each registered organisation not yet listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endorsements</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No endorsements yet. Add the organisations registered with the participants, or add organisations one by one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signatures</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organisations that adopt the charter. Double-click a cell to change it; tick “Signed on paper” when the signed page is back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Endorsement added. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The endorsement of %1 was deleted. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>National</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>International</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partially implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fully implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action points by level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title and details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parts of the charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan: %1 of %2 parts written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everything you type is saved as you go; there is no Save button to forget.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep the charter as it is now, under a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Versions…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare versions word by word, or restore one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show or hide the comments on the part shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopt charter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Freeze the charter as adopted, with its date and place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a free section with its own heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ Priority ▾</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add priorities from clusters, recommendations or a voting round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From a cluster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From recommendations…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill from a closed voting round…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 priority</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n priorities</source>
            <translation>
                <numerusform>%n priorities</numerusform>
                <numerusform>%n priorities</numerusform>
            </translation>
        </message>
        <message>
            <source>1 recommendation cited</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n recommendations cited</source>
            <translation>
                <numerusform>%n recommendations cited</numerusform>
                <numerusform>%n recommendations cited</numerusform>
            </translation>
        </message>
        <message>
            <source>Adopted on %1 at %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Editing starts a new draft; the adopted text stays as it was</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Changed since it was adopted on %1; the adopted text stays as it was</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ All changes saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a blank charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charter started from %1. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section added. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section moved. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this untitled section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete a section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the section “%1” and its comments? You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section deleted. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add 1 priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add %1 priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 priority added. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n priorities added. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n priorities added. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n priorities added. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Priority “%1” added. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priorities put in the round's order; %1 added. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority moved to place %1. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete a priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the priority “%1”, its plan and its comments? The recommendations stay in the workshop. You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority deleted. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version saved. Compare it or go back to it under “Versions…”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter can't be adopted yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Adopt the charter as it is? To replace the guidance first, choose Cancel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter is not finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charter adopted on %1 at %2. Its text is kept as adopted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read-only: nothing here can be changed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About the charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These head the printed charter. They came from the workshop's details; change them here for the charter alone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter's title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>City, country</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2025-03-12</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2025-03-14</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One organisation per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From</source>
            <comment>the workshop's start date</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To</source>
            <comment>the workshop's end date</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates as year-month-day, such as 2025-03-12.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One organisation per line, as they appear on the charter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The context: the review, the recommendations received, the process that led to this charter…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who follows up, when progress is reviewed, and the mid-term report…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Context, the review, the process followed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who follows up, when progress is reviewed, the mid-term report.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as you type.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter's text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the section up (Alt+Up in the outline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the section down (Alt+Down in the outline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heading of the section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The section's text…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Section %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A free section with its own heading.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A priority from recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add recommendations to “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the recommendations the priority covers. Search by words, number or State.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick the recommendations to add. Those it already covers are not listed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The priority's title, such as “Access to justice for women”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title of the priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add 1 recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add %1 recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priorities from clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each cluster you tick becomes a priority, titled with the cluster's name and covering its recommendations. Clusters already in the charter are ticked and greyed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop has no clusters yet. Group the recommendations into clusters in the Clusters step, or make a priority from recommendations instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priorities from a voting round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The round's results, in order, become the charter's priorities. A priority that already covers a result moves into its place; the others are added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every candidate, in result order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the top results, with any ties at the cut</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of results to take:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No voting round is closed yet. Close a round in the Vote step, then come back.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fill the priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>#</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Level</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 written</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each cluster you choose becomes a priority with its recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick recommendations to make one priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The round's results, in order, become the priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add priorities:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No priorities yet. A charter is adopted for its priorities: take them from your clusters, pick recommendations, or fill them from a closed voting round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drag priorities in the outline, or use the buttons, to change their order.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 priority, in the order the charter lists them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the organisations agree to work on, each with its plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the organisations agree on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the government is expected to do.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What the organisations will do: advocacy, monitoring, awareness, shadow reports.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who leads the follow-up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who works with them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How progress will be measured: a benchmark, a figure, a law passed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People, money and expertise needed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{text}

Recommended by {states}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not a date: write 2027, 2027-06 or 2027-06-30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the priority up (Alt+Up in the outline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the priority down (Alt+Down in the outline)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete this priority and its plan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The priority's title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add recommendations…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations this priority covers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recommendations yet. A priority usually cites the recommendations it follows up.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>THE PLAN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the work happens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Implementation status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For following up after the workshop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates as 2027, 2027-06 or 2027-06-30. Double-click a cell to change it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations covered</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Plan %1/%2 filled</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>THE PLAN · %1 OF %2 PARTS WRITTEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The priority needs a title. Until it has one, the charter keeps “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation removed from the priority. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Use this template →</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>STEP 6 · THE OUTCOME CHARTER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft the outcome charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter is what the workshop produces: the priorities the organisations agree on, each with a plan (what, by whom, measured how, by when), then adopted and signed. Start from a template; everything in it can be changed, and everything you type is saved as you go.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start blank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A charter with the workshop's title, place and dates, and nothing else</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop has no charter, and it is open read-only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or begin with the workshop's title, place and dates only:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No differences: the two texts are the same.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No words added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No words removed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{added} {removed}</source>
            <comment>two sentences side by side: words added, words removed; the space between them is the language's own</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 lines unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The adopted text: it never changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a version of the charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A version keeps the charter exactly as it is now. Compare it with later drafts, or go back to it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Versions of the charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No versions saved yet. “Save version…” keeps the charter as it is now.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore this version…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Compare</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>with</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a version to compare it with the current draft, or pick any two below. Restoring a version replaces the draft; you can undo it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The current draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore a version</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore “%1”? The current draft is replaced by it. You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Version restored. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopt the charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The adopted text is frozen: it is kept exactly as it is now, with the date and place of adoption, and printed as the adopted charter. Later edits start a new draft and never change it. Adoption cannot be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the organisations adopt it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopted on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CharterVersions</name>
        <message numerus="yes">
            <source>%n word(s) added.</source>
            <translation>
                <numerusform>%n word added.</numerusform>
                <numerusform>%n words added.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s) removed.</source>
            <translation>
                <numerusform>%n word removed.</numerusform>
                <numerusform>%n words removed.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterListModel</name>
        <message>
            <source>Unassigned</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recommendation</numerusform>
                <numerusform>%n recommendations</numerusform>
            </translation>
        </message>
        <message>
            <source>Select rows on the right and press %1 to move them here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select rows on the right and press 0 to take them out of their cluster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Double-click or press F2 to rename.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{name}, %n recommendation(s)</source>
            <translation>
                <numerusform>{name}, %n recommendation</numerusform>
                <numerusform>{name}, %n recommendations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterPicker</name>
        <message>
            <source>Type a cluster’s name…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>↑↓ to choose · Enter to move · Esc to cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take out of the cluster (Unassigned)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+   New cluster “%1”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Clusters</name>
        <message>
            <source>The cluster needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is too long ({length} characters; at most {most}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is already a cluster called “{name}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This cluster no longer exists (it may have been deleted or merged).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The description is too long ({text_count} characters; at most {description_max}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New cluster {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename cluster {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Describe cluster {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move cluster {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a cluster to delete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete cluster {name}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Delete %n clusters</source>
            <translation>
                <numerusform>Delete %n clusters</numerusform>
                <numerusform>Delete %n clusters</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose at least two clusters to merge.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge {number} clusters into {name}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Move %n recommendation(s) to {name}</source>
            <translation>
                <numerusform>Move %n recommendation to {name}</numerusform>
                <numerusform>Move %n recommendations to {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %n recommendation(s) out of their cluster</source>
            <translation>
                <numerusform>Take %n recommendation out of their cluster</numerusform>
                <numerusform>Take %n recommendations out of their cluster</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no recommendations to cluster yet. Import them in Review first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recommendations carry no themes (or affected persons) to start from. Create the clusters by hand with “New cluster”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Propose %n cluster(s) from themes</source>
            <translation>
                <numerusform>Propose %n cluster from themes</numerusform>
                <numerusform>Propose %n clusters from themes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Place %n recommendation(s) by theme</source>
            <translation>
                <numerusform>Place %n recommendation by theme</numerusform>
                <numerusform>Place %n recommendations by theme</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClustersPage</name>
        <message>
            <source>Cluster the recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Propose clusters from themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start from the themes the recommendations were imported with: one cluster per theme, each recommendation in its most common theme. Once there are clusters, it only adds unassigned recommendations to clusters named like their theme.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name a new cluster in the field under the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CLUSTERS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unassigned recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No clusters yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the selected cluster (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select two or more clusters (Ctrl+click), then choose the one they merge into</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected clusters (Del). Their recommendations become unassigned.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the cluster up the list (Alt+Up)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the cluster down the list (Alt+Down)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name a new cluster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New cluster name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to cluster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move the selected recommendations to another cluster (Ctrl+M)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a short description of what this cluster covers…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cluster description</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations not yet in any cluster. Select rows and drag them onto a cluster on the left, press the cluster’s number (1–9), or press Ctrl+M to pick one by name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search these recommendations…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search the cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations in the cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select rows, then drag them onto a cluster, press its number (0 takes them out), or press Ctrl+M to pick one by name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no recommendations to cluster yet. Import them in step 1, Review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop is read-only, so no clusters can be made in it. Save a copy to sort the recommendations there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start from the themes the recommendations were imported with, then rename, merge and sort them together. Or name your own clusters one by one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recommendations yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>No clusters yet  ·  %n recommendation(s) to sort</source>
            <translation>
                <numerusform>No clusters yet  ·  %n recommendation to sort</numerusform>
                <numerusform>No clusters yet  ·  %n recommendations to sort</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n cluster</numerusform>
                <numerusform>%n clusters</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} recommendations in a cluster</source>
            <translation>
                <numerusform>%n of {total} recommendations in a cluster</numerusform>
                <numerusform>%n of {total} recommendations in a cluster</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unassigned</source>
            <translation>
                <numerusform>%n unassigned</numerusform>
                <numerusform>%n unassigned</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n recommendation</numerusform>
                <numerusform>%n recommendations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} match</source>
            <translation>
                <numerusform>%n of {total} match</numerusform>
                <numerusform>%n of {total} match</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) now unassigned. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n recommendation now unassigned. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n recommendations now unassigned. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) moved to “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n recommendation moved to “{name}”. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n recommendations moved to “{name}”. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) moved to the new cluster “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n recommendation moved to the new cluster “{name}”. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n recommendations moved to the new cluster “{name}”. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) merged into “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n cluster merged into “{name}”. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n clusters merged into “{name}”. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n cluster(s)?</source>
            <translation>
                <numerusform>Delete %n cluster?</numerusform>
                <numerusform>Delete %n clusters?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Their %n recommendation(s) become unassigned; none is deleted.</source>
            <translation>
                <numerusform>Their %n recommendation become unassigned; none is deleted.</numerusform>
                <numerusform>Their %n recommendations become unassigned; none is deleted.</numerusform>
            </translation>
        </message>
        <message>
            <source>This cluster is the basis of a priority in the charter: {titles}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>This is the basis of %n priorities in the charter: {titles}.</source>
            <translation>
                <numerusform>This is the basis of %n priorities in the charter: {titles}.</numerusform>
                <numerusform>This is the basis of %n priorities in the charter: {titles}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clusters deleted; their recommendations are unassigned. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n clusters deleted; their recommendations are unassigned. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n clusters deleted; their recommendations are unassigned. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) proposed from the themes.</source>
            <translation>
                <numerusform>%n cluster proposed from the themes.</numerusform>
                <numerusform>%n clusters proposed from the themes.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) fit no theme shared widely enough and stay unassigned.</source>
            <translation>
                <numerusform>%n recommendation fit no theme shared widely enough and stay unassigned.</numerusform>
                <numerusform>%n recommendations fit no theme shared widely enough and stay unassigned.</numerusform>
            </translation>
        </message>
        <message>
            <source>every recommendation in a cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unassigned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing here matches “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recommendations yet. Import them in step 1, Review.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every recommendation is in a cluster.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing in this cluster yet.
Open “Unassigned”, select recommendations and drag them here, or press this cluster’s number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ref.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop is read-only. Save a copy to sort the recommendations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select the recommendations to move first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already in “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to the new cluster %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no cluster %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cluster “%1” created. Select rows in Unassigned and press %2 to fill it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cluster “%1” created. Drag rows from Unassigned onto it to fill it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cluster renamed. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Description saved. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Select two or more clusters first (Ctrl+click)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge into “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Merge clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the cluster “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Its one recommendation becomes unassigned; it is not deleted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete anyway? The priorities keep their recommendations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cluster deleted; its recommendations are unassigned. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to add: every recommendation whose theme matches a cluster’s name is already in a cluster. New clusters are proposed only while there are none.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unassigned recommendations added to the clusters named like their themes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take out of the cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move down</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>“{name}” already has a charter (“{title}”). Add --replace to start again from the template.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Started the charter “{title}” from the template “{template}” ({template_title}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop has no charter yet. Start one with: upr-desktop charter {file} --from-template NAME ({names}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Adopted on {date} in {place}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft (changed since its adoption on {date} in {place}; the adopted text is kept)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No place or dates yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is read-only; copy it to a writable folder first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ballot codes came in on standard input. Give the codes `round open` printed, one per line.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %n ballot code slip(s) ({size} KB) to {file}. Print them, then delete the file and the list of codes: they are as good as ballot papers.</source>
            <translation>
                <numerusform>Wrote %n ballot code slip ({size} KB) to {file}. Print them, then delete the file and the list of codes: they are as good as ballot papers.</numerusform>
                <numerusform>Wrote %n ballot code slips ({size} KB) to {file}. Print them, then delete the file and the list of codes: they are as good as ballot papers.</numerusform>
            </translation>
        </message>
        <message>
            <source>upr-desktop: warning: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the charter PDF ({size} KB) to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the ballots PDF ({size} KB) to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the results PDF ({size} KB) to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the handout PDF ({size} KB) to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the mid-term report PDF ({size} KB) to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the PDF ({size} KB) to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 priority</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n priorities</source>
            <translation>
                <numerusform>%n priorities</numerusform>
                <numerusform>%n priorities</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the implementation matrix ({priorities}, {rows}) to {file}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n row</numerusform>
                <numerusform>%n rows</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the charter “{title}” as a Word document to {file} (no representatives named: this workshop anonymises its outputs)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the charter “{title}” as a Word document to {file}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) cited by the charter as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</source>
            <translation>
                <numerusform>Wrote %n recommendation cited by the charter as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</numerusform>
                <numerusform>Wrote %n recommendations cited by the charter as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) in the workshop as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</source>
            <translation>
                <numerusform>Wrote %n recommendation in the workshop as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</numerusform>
                <numerusform>Wrote %n recommendations in the workshop as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</numerusform>
            </translation>
        </message>
        <message>
            <source>Added the evidence “{title}” (file {file}, sha256 {sha256}) — confidential: {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added the evidence “{title}” (file {file}, sha256 {sha256}): {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added the evidence “{title}” — confidential: {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Added the evidence “{title}”: {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--evidence: “{part}” is not an evidence id; give numbers separated by commas.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{change} ({by}, {date}). Assessors disagree on it. {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{change} ({by}, {date}). {id}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not implemented {not_} · partially {partial} · fully {full} · no information {no_info} · not assessed {none}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessors disagree on: {references}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue: {priority} {milestone} (due {due})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No assessment in the last 12 months: {count}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The mid-term report is saved as .pdf or .docx, not “{value}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no ending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the mid-term report to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the stakeholder submission draft to {file}: {words} of {cap} words.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--response: “{given}” is not a response; use supported, noted, pending or unknown.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) to {file}</source>
            <translation>
                <numerusform>Wrote %n recommendation to {file}</numerusform>
                <numerusform>Wrote %n recommendations to {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no command or file called “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>upr-desktop: something went wrong ({kind}: {error}). Nothing was changed; the details are in {log}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message} To make one: upr-desktop clean "{file}" COPY.uprw</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The commands are: {commands}. Run with no arguments, or with a workshop file, to open the app; `upr-desktop COMMAND --help` describes a command.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A participant recorded without a name keeps no organisation, focus, contact or consent. Give --name, or leave out --org, --focus, --contact and --consent.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The workshop now has %n participant(s).</source>
            <translation>
                <numerusform>The workshop now has %n participant.</numerusform>
                <numerusform>The workshop now has %n participants.</numerusform>
            </translation>
        </message>
        <message>
            <source>No participants are registered yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recommendation numbered {listed} in this workshop. Check the paragraph numbers (upr-desktop search FILE WORDS shows them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recommendation numbered {listed} in this workshop. Check the paragraph number (upr-desktop search FILE WORDS shows them).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{by_reference_count} recommendations are numbered {r} in this workshop. Name each one by its id instead (#ID, as upr-desktop search --json shows).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--dots is for dot voting only (for 100-point voting, the budget is --points).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--points is for 100-point voting only (for dot voting, use --dots).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{twice} is listed twice in --candidates. List each recommendation once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” was already open. Its ballot codes were shown when it opened and are never shown again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>“{title}” is open for voting with %n ballot code(s), printed above. They are not kept anywhere and will not be shown again: print the slips now with upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</source>
            <translation>
                <numerusform>“{title}” is open for voting with %n ballot code, printed above. They are not kept anywhere and will not be shown again: print the slips now with upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</numerusform>
                <numerusform>“{title}” is open for voting with %n ballot codes, printed above. They are not kept anywhere and will not be shown again: print the slips now with upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}” is open for voting. {turnout}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is closed. {turnout}. See the results with: upr-desktop tally {file} {round}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No voting rounds yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{key} appears twice in --votes. Give each candidate once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--votes is not valid JSON ({what}, at character {number}). For this round write it like {example}, with the references in double quotes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{dumps} is not a candidate reference. Give references as text, such as "121.4".</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} is not a candidate in “{title}”. Its candidates are {listed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the number of dots on each candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the number of points on each candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the list of candidates ticked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a score from 0 to 5 for each candidate rated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the list of candidates in order, best first, any ranked level in a list of their own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must, Should, Could or Won't for each candidate classified</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” uses {label}: give {takes}, such as {example}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no participant {given} in this workshop (give their id, as upr-desktop participant list shows, or their personal code).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: cast with --code, never --participant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” does not use ballot codes: cast with --participant.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A paper ballot was recorded in “{title}”. {turnout}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ballot was recorded in “{title}”. {turnout}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} at the laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} on the wall chart</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{turnout} ({how}). Secret ballot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{turnout} ({how}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{turnout}. Secret ballot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{turnout}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--document-language: “{value}” is not one of {codes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created {file} (encrypted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Created {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say what to change, e.g. --document-language fr.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The documents of {name} will be written in {language} ({code}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--map: “{part}” is not FIELD=COLUMN with a known field; the fields are {listed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--map: the field “{name}” is given twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>--map: say which column holds the recommendation text, e.g. text=Recommendation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading “{file}”: {percent}% done…</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Indexing %n recommendation(s) for search and sorting…</source>
            <translation>
                <numerusform>Indexing %n recommendation for search and sorting…</numerusform>
                <numerusform>Indexing %n recommendations for search and sorting…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {done} of %n recommendation(s) to the workshop…</source>
            <translation>
                <numerusform>Saved {done} of %n recommendation to the workshop…</numerusform>
                <numerusform>Saved {done} of %n recommendations to the workshop…</numerusform>
            </translation>
        </message>
        <message>
            <source>{message} Give the columns with --map, e.g. --map text={columns},states=…,response=…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns were mapped as at the last import of a table with the same columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} and {more} more</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{name} holds recommendations to %n States under review ({names}). Choose one with --country NAME, or --country all.</source>
            <translation>
                <numerusform>{name} holds recommendations to %n States under review ({names}). Choose one with --country NAME, or --country all.</numerusform>
                <numerusform>{name} holds recommendations to %n States under review ({names}). Choose one with --country NAME, or --country all.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row had no recommendation text and was skipped (row {row}).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n rows had no recommendation text and were skipped (first: row {row}).</source>
            <translation>
                <numerusform>%n rows had no recommendation text and were skipped (first: row {row}).</numerusform>
                <numerusform>%n rows had no recommendation text and were skipped (first: row {row}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The workshop now holds %n recommendation(s).</source>
            <translation>
                <numerusform>The workshop now holds %n recommendation.</numerusform>
                <numerusform>The workshop now holds %n recommendations.</numerusform>
            </translation>
        </message>
        <message>
            <source>Country under review: {country}   Cycle: {cycle}   Documents in: {language}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{recommendations} recommendations: {supported} supported, {noted} noted, {pending} pending, {unknown} unknown, {pledges} voluntary pledges; {themes} themes, {states} recommending States.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{recommendations} recommendations: {supported} supported, {noted} noted, {pending} pending, {unknown} unknown; {themes} themes, {states} recommending States.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recommendations match.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote the demo workshop ({count} illustrative recommendations) to {file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wrote a cleaned copy of {name} to {copy}. {name} is unchanged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message numerus="yes">
            <source>%n resolved</source>
            <translation>
                <numerusform>%n resolved</numerusform>
                <numerusform>%n resolved</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>January</source>
            <comment>month</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>February</source>
            <comment>month</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>March</source>
            <comment>month</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>April</source>
            <comment>month</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May</source>
            <comment>month</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>June</source>
            <comment>month</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>July</source>
            <comment>month</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>August</source>
            <comment>month</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>September</source>
            <comment>month</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>October</source>
            <comment>month</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>November</source>
            <comment>month</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>December</source>
            <comment>month</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>January</source>
            <comment>month on its own</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>February</source>
            <comment>month on its own</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>March</source>
            <comment>month on its own</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>April</source>
            <comment>month on its own</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May</source>
            <comment>month on its own</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>June</source>
            <comment>month on its own</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>July</source>
            <comment>month on its own</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>August</source>
            <comment>month on its own</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>September</source>
            <comment>month on its own</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>October</source>
            <comment>month on its own</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>November</source>
            <comment>month on its own</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>December</source>
            <comment>month on its own</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>a date: 29 May 2025</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{month} {year}</source>
            <comment>a month: June 2027</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first}–{last} {month} {year}</source>
            <comment>days of one month: 27–29 May 2025</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{first_day} {first_month} – {last_day} {last_month} {year}</source>
            <comment>days of one year: 30 May – 2 June 2025</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{start} – {end}</source>
            <comment>from one date to another</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{date}, {time}</source>
            <comment>a date and a time of day</comment>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DeletedBackupsDialog</name>
        <message>
            <source>Workshop encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These backups were not encrypted, so they were deleted from {folder}:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These backups were not encrypted, so they were deleted:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There were no backups that were not encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies of “{name}” made elsewhere — on a USB stick, sent by e-mail, in a shared folder — are not encrypted and were not deleted. Delete them yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next: the recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop is encrypted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>From now on it asks for the passphrase each time it is opened.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Select a recommendation to read it in full, with its details and notes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DETAILS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No notes yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a note for the workshop… (Ctrl+Enter to add)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop is read-only, so notes can't be added here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommended by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Affected persons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SDGs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State under review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 SELECTED · SHOWING ONE OF THEM</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{file}, row {row}</source>
            <comment>a recommendation's source: the file it was imported from and its row there</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minimal action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>continuing action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>considering action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>general action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>specific action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NOTES (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NOTES</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note deleted. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Document pages</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EncryptDialog</name>
        <message>
            <source>Encrypt this workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The whole workshop file will be encrypted with the passphrase you set here, and it will be asked for every time the file is opened. Its backups in UPR Desktop's own folder that are not encrypted will be deleted, and new backups will be encrypted too.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies of “{name}” made elsewhere — on a USB stick, sent by e-mail, in a shared folder — are not touched: they stay readable by anyone, so delete them yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypt</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protects the people in it if the laptop is lost or seized.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop could not be encrypted: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>{option}: there is no file at “{path}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{option}: “{path}” can't be read ({error}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{option}: the first line is empty; it must hold the passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the new passphrase with --passphrase-file FILE or --passphrase-stdin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Deleted: {path}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the current passphrase with --passphrase-file FILE or --passphrase-stdin.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase of “{name}” was changed. The old passphrase and the old recovery key no longer open it; print the new recovery key with `upr-desktop recovery-key`.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop is now encrypted. It opens only with its passphrase or its recovery key.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n unencrypted backup(s) of it were deleted. On SSDs and USB sticks deleted data can sometimes still be recovered with special tools, so deleting is not the same as securely erasing.</source>
            <translation>
                <numerusform>%n unencrypted backup of it were deleted. On SSDs and USB sticks deleted data can sometimes still be recovered with special tools, so deleting is not the same as securely erasing.</numerusform>
                <numerusform>%n unencrypted backups of it were deleted. On SSDs and USB sticks deleted data can sometimes still be recovered with special tools, so deleting is not the same as securely erasing.</numerusform>
            </translation>
        </message>
        <message>
            <source>It had no unencrypted backups to delete.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Copies of the workshop made elsewhere (on other disks, in e-mail, on other computers) are not encrypted or removed: delete them yourself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop is not encrypted, so it has no recovery key.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop is not encrypted. Encrypt it first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop is already encrypted. Use “Change passphrase…” to set a new passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase must be at least {count} characters long. A few unrelated words are easier to remember and harder to guess than one word.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A passphrase can't have the form of a recovery key (UPR1-…). Choose another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not encrypted: open it without a passphrase, or encrypt it with File ▸ Encrypt this workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is encrypted. Enter its passphrase (or its recovery key) to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is encrypted and damaged: it can't be read. Nothing was changed. Open the latest good backup of it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” could not be opened: the file is cut short or damaged (or the passphrase is wrong). Nothing was changed. If the passphrase is right, open the latest good backup of it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase does not open “{name}”. Check it (capital letters, spaces, keyboard layout) and try again, or use the recovery key. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is open read-only, so its encryption can't be changed. Use “Save a copy…” and change the copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The encryption of “{name}” could not be changed ({error}). The workshop is unchanged, under its old passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop is encrypted, and this copy of UPR Desktop was built without encryption support. Install UPR Desktop from its official installer to open it. The file has not been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This copy of UPR Desktop was built without encryption support, so it can't encrypt a workshop. Install UPR Desktop from its official installer.</source>
            <translation type="unfinished" />
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
                <numerusform>%n signed on paper</numerusform>
                <numerusform>%n signed on paper</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s) added to the endorsements. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n organisation added to the endorsements. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n organisations added to the endorsements. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: {error}. The details are in the log file; nothing saved was lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>EvidenceDialog</name>
        <message>
            <source>Add evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Law 12/2026 on domestic violence, published</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who published or gave it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>https://… (optional)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach a file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file. At most %1 per file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256 of the file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidential: never exported, printed or shown on the projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file is kept inside the workshop, with its SHA-256 so that anyone can check it is the original.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attach a file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is %2; an attached file can be at most %3. Attach a smaller copy (a scan at lower resolution), or give a link to it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256 %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ExportWarning</name>
        <message numerus="yes">
            <source>The charter’s signature page names %n representative(s) of the organisations that signed it.</source>
            <translation>
                <numerusform>The charter’s signature page names %n representative of the organisations that signed it.</numerusform>
                <numerusform>The charter’s signature page names %n representatives of the organisations that signed it.</numerusform>
            </translation>
        </message>
        <message>
            <source>These ballots name each organisation taking part; an organisation of one names its member.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>These ballots name each of the %n participants.</source>
            <translation>
                <numerusform>These ballots name each of the %n participants.</numerusform>
                <numerusform>These ballots name each of the %n participants.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its ballots sheet names each voter and shows how they voted.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search the recommendations: words, States, themes or a number…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a theme…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a cluster…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No clusters yet. Group the recommendations into clusters in step 2, Clusters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommended by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a recommending State…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SDG</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a goal…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find an organisation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in a cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partially implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fully implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The coalition</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>Not implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partially implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fully implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No information</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not an assessment status. Use not, partial, full or no-info.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Law or decree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Budget line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Court decision</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Official statement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Media report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Our own documentation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Testimony</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a kind of evidence. Use one of: {listed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{what} “{text}” is not a date. Write it as YYYY-MM-DD, e.g. 2027-03-15.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The submission has {count} words, {over} over the {cap}-word limit OHCHR sets for a joint submission. Shorten it before sending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The submission has {count} words, {over} over the {cap}-word limit OHCHR sets for one organisation's submission. Shorten it before sending.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter has no priority {text} (it has {order_count}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recommendation has the paragraph number “{text}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The evidence needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The evidence's date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the evidence “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark evidence confidential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark evidence shareable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the evidence “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The assessment's date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No evidence item has the number {listed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This assessment is no longer in the workshop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This milestone is no longer in the charter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The milestone's date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the milestone “{description}” done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark the milestone “{description}” not done</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The indicator needs a name, e.g. “Number of unpunished attacks on journalists”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the indicator “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This indicator is no longer in the workshop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{period}” is not a year or a date. Write 2026, 2026-06 or 2026-06-30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say where the value comes from: every indicator value needs a source.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record {number:g} for {period}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This recommendation is no longer in the workshop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A recommendation cannot follow itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link to the earlier recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the link to the earlier one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No evidence item has the number {evidence_id}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no file at “{path}”. Check the name and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is {size_words}; an attached file can be at most {size_words2}. Attach a smaller copy (a scan at lower resolution), or give a link to it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is {size_words}; an attached file can be at most {size_words2}. Attach a smaller copy, or give a link to it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop already holds {size_words} of attached files and can hold at most {size_words2}, so “{name}” ({size_words3}) was not added. Give a link to it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not on the participants list. Assess as “{coalition}” or as one of the organisations registered in the Participants step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This priority is no longer in the charter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess priority P{number} as “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess a priority as “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess recommendation {reference} as “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess a recommendation as “{label}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of priority P{number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of a priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of recommendation {reference}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of a recommendation</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpChart</name>
        <message>
            <source>Nothing assessed yet</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpDashboard</name>
        <message>
            <source>Not assessed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestones overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not assessed for a year</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisations disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>List them</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status over time</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority and milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priorities and their milestones</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark done today</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not done yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected milestone:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Overdue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where organisations disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 recommendations assessed at least once · as of %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>done on %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>late: due %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>due %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>P%1 · %2 — due %3</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No disagreements.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpList</name>
        <message>
            <source>Not assessed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 on %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisations disagree: see the timeline.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpPage</name>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How the recommendations and the charter's priorities are being implemented: assessments, evidence, milestones.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add evidence…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A law, a budget line, a report, a testimony…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record how far a recommendation or priority is implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dashboard</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assess this…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Withdraw assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove an assessment entered by mistake (Ctrl+Z brings it back)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>INDICATORS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add indicator value…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A dated figure for one of this priority's indicators, with its source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark confidential</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations of the latest review that may repeat an earlier one. Confirm a link: the earlier one's assessments then show as context.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Linked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confirm link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DOCUMENTS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidential evidence never appears in any of these documents.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mid-term report (PDF)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status of every recommendation and priority, with the chart and the evidence annex</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mid-term report (Word)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same report, to edit before publishing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Submission draft (Word)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A stakeholder submission for the next review, within the word cap</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monitoring matrix…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every recommendation with its status, assessors and evidence (Excel or CSV)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SUBMISSION WORD COUNT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector mode: confidential testimony is hidden.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n item(s) of evidence.</source>
            <translation>
                <numerusform>%n item of evidence.</numerusform>
                <numerusform>%n items of evidence.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose an item to see its details.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mark shareable</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File: %1 (%2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(the stored file no longer matches!)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Confidential: never exported, printed or shown on the projector.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>linked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No suggestions: the workshop holds recommendations of one review only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 recommendation(s) confirmed as made again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The word count could not be made: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>joint submission</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 of %2 words (%3; annexes not counted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Over the cap by %1 words: shorten the draft before sending it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the mid-term report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mid-term report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the submission draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>submission draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the monitoring matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>monitoring matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FollowUpTimeline</name>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Timeline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a recommendation or a priority to see its history.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing recorded yet. Assess it, or add evidence.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisations disagree. Latest words: %1</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>FromRoundDialog</name>
        <message numerus="yes">
            <source>{title}  ·  closed {date}  ·  %n candidate(s)</source>
            <translation>
                <numerusform>{title}  ·  closed {date}  ·  %n candidate</numerusform>
                <numerusform>{title}  ·  closed {date}  ·  %n candidates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}  ·  %n candidate(s)</source>
            <translation>
                <numerusform>{title}  ·  %n candidate</numerusform>
                <numerusform>{title}  ·  %n candidates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Handout document</name>
        <message>
            <source>Not yet in a cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No theme given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations received by {country}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) in {groups} groups, by cluster.</source>
            <translation>
                <numerusform>%n recommendation in {groups} groups, by cluster.</numerusform>
                <numerusform>%n recommendations in {groups} groups, by cluster.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) in {groups} groups, by theme.</source>
            <translation>
                <numerusform>%n recommendation in {groups} groups, by theme.</numerusform>
                <numerusform>%n recommendations in {groups} groups, by theme.</numerusform>
            </translation>
        </message>
        <message>
            <source>The number above each recommendation is the one on your ballot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{title}: recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Handout for participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation handout</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IMPACT OSS export</name>
        <message>
            <source>UPR session {session}, cycle {cycle}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR session {session}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cycle {cycle}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommending State: {states}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommending States: {states}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State under review: {country}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source: {source}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Implementation status</name>
        <message>
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partially implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fully implemented</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>{message} (row {row}, column “{column}”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message} (row {row})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{message} (column “{column}”)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled. Nothing was added to the workshop.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Found %n participant(s) in {file}.</source>
            <translation>
                <numerusform>Found %n participant in {file}.</numerusform>
                <numerusform>Found %n participants in {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Found %n participant(s).</source>
            <translation>
                <numerusform>Found %n participant.</numerusform>
                <numerusform>Found %n participants.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) repeated someone listed earlier; each person is counted once.</source>
            <translation>
                <numerusform>%n row repeated someone listed earlier; each person is counted once.</numerusform>
                <numerusform>%n rows repeated someone listed earlier; each person is counted once.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row had no name or alias and was left out.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n rows had no name or alias and were left out.</source>
            <translation>
                <numerusform>%n rows had no name or alias and were left out.</numerusform>
                <numerusform>%n rows had no name or alias and were left out.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” is a Word document, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a JSON file, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Parts of the file are not valid UTF-8, so it was read as Windows Western (cp1252) text. Check accented letters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is empty (0 bytes), so there is no one to import. Save the attendance list again, or choose another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is {what}, not a table of participants, even if its name says otherwise. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is {what}, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” holds no table: there are no column headings or rows in it. Choose the attendance list, with one row per person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” has no column of names. Its headings are {names}. Name the column “Name” (and, if you have them, “Organisation”, “Thematic focus”, “Contact”, “Consent” and “Alias”), then import it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {number} has no name and was left out.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {number} repeats row {row} ({who}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No participants found in “{name}”: its only row has no name or alias. Check that the names are in the column headed “Name”.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>No participants found in “{name}”: none of its %n rows has a name or alias. Check that the names are in the column headed “Name”.</source>
            <translation>
                <numerusform>No participants found in “{name}”: none of its %n rows has a name or alias. Check that the names are in the column headed “Name”.</numerusform>
                <numerusform>No participants found in “{name}”: none of its %n rows has a name or alias. Check that the names are in the column headed “Name”.</numerusform>
            </translation>
        </message>
        <message>
            <source>No participants found in “{name}”: it has column headings but no rows of people under them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a normal document: {why}. If it is a real document, open it in Word, copy its table into a spreadsheet, save that as CSV and import it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a normal spreadsheet: {why}. If it is a real spreadsheet, open it in Excel or LibreOffice, save it as CSV and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it holds {members_count:,} parts, where a real one holds a few dozen (at most {max_members:,} are accepted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is protected with a password. Open it, remove the password (or save an unprotected copy), and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is packed with a compression method Excel and Word never use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it would expand from {size} to {unpacked}, and its part “{part}” is packed {times:,} times tighter than real content ever is</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it would expand to {size} when unpacked, and documents can be imported up to {most} unpacked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it would expand to {size} when unpacked, and spreadsheets can be imported up to {most} unpacked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its part “{filename}” unpacks to more than the {label} the file declares for it, so it is damaged or built to exhaust the computer's memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a sheet in it holds a tag longer than any real sheet's</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it claims {claimed:,} different texts, far more than it holds, which would exhaust the computer's memory</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” has a sheet (“{sheet}”) whose cells reach {column_letters}{rows}: {rows:,} rows by {columns:,} columns, {cells:,} cells in all, and a sheet can be imported up to {max_sheet_cells:,} cells. Delete the rows and columns beyond the table (or save the sheet as CSV), then import it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IMPACT OSS imports a CSV file: choose a name ending in .csv, not “{value}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The IMPACT OSS framework id is a positive number (1 is the first framework in IMPACT OSS). Check it under Frameworks in your IMPACT OSS.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter cites no recommendations yet, so there is nothing to export. Leave out “cited only” to export every recommendation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop holds no recommendations yet, so there is nothing to export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a PDF document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a PNG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a JPEG image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a GIF image</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an RTF document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a RAR archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a 7-Zip archive</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a compressed (gzip) file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a Word document, not a table. Import it as an OHCHR thematic list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a JSON file, not a table. Import it as a UHRI export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{format}” is not a known format. Choose one of: {listed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a Word document; it can only be imported as an OHCHR thematic list of recommendations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a Word (.docx) document, so it cannot be an OHCHR thematic list. Choose another format, or “Automatic”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a JSON file; it can only be imported as a UHRI export.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{path}” could not be found. Check the file's name and folder, then try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a folder. Choose the exported file inside it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is empty (0 bytes), so there is nothing to import. Export the recommendations again, or choose another file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is too large to import ({size}). Excel and Word files can be imported up to {most}, as they must be read whole. Save the sheet as CSV (up to {most_csv}), or split it, and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is too large to import ({size}). Files can be imported up to {most_csv}. Split it into smaller files, or export only the States under review you need, and import those.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” could not be read ({strerror}). Check that it is not open in another program and that you may read it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is {what}, not a file of recommendations. Import the CSV, Excel, JSON or Word (.docx) export instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is an old Word (.doc) document. Open it in Word, save it as “Word Document (.docx)”, and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is too large to import ({size_label}): JSON files can be imported up to {size_label2}, as every record in them is held in memory until it is saved. Export fewer States or years from the UHRI, or export it as Excel, and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a web page (HTML or XML), not a spreadsheet, even if its name says otherwise. Open it in Excel or LibreOffice, save it as .xlsx or CSV, and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is an Excel file of {size_label}; Excel files can be imported up to {size_label2}. Save it as CSV and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a ZIP archive. Unzip it and import the CSV, Excel, JSON or Word file inside.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” holds no table: there are no column headings or rows in it. Choose the exported file of recommendations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” does not have the UPR Info columns (To, Text, From, Response, … or SuR, Recommendation, RS, Response, …). Import it as “Any table” and choose its columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” has no “Text” column or field, so it is not a UHRI export. Import it as “Any table” and choose the column that holds the recommendations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns were matched by their headings: {matches}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recommendations found in “{name}”: its only row has no recommendation text in the “{column}” column. Check that the right column holds the recommendation text.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>No recommendations found in “{name}”: none of its %n rows has recommendation text in the “{column}” column. Check that the right column holds the recommendation text.</source>
            <translation>
                <numerusform>No recommendations found in “{name}”: none of its %n rows has recommendation text in the “{column}” column. Check that the right column holds the recommendation text.</numerusform>
                <numerusform>No recommendations found in “{name}”: none of its %n rows has recommendation text in the “{column}” column. Check that the right column holds the recommendation text.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: its only row has no recommendation text. Check that the right column holds the recommendation text.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>No recommendations found in “{name}”: none of its %n rows has recommendation text. Check that the right column holds the recommendation text.</source>
            <translation>
                <numerusform>No recommendations found in “{name}”: none of its %n rows has recommendation text. Check that the right column holds the recommendation text.</numerusform>
                <numerusform>No recommendations found in “{name}”: none of its %n rows has recommendation text. Check that the right column holds the recommendation text.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: it has column headings but no rows of recommendations under them. Check that you exported the recommendations themselves, not an empty search.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 empty row was ignored.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n empty rows were ignored.</source>
            <translation>
                <numerusform>%n empty rows were ignored.</numerusform>
                <numerusform>%n empty rows were ignored.</numerusform>
            </translation>
        </message>
        <message>
            <source>recommendation text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recommending State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>affected persons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SDGs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>action category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>document symbol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State under review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>None of the column headings ({names}) clearly names the recommendation text. Choose which column holds the recommendation text, and what the other columns hold.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{cell_text}” is not a valid {what}: this column must hold whole numbers. Correct the cell (or leave it empty) and import the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” could not be opened: the Word file is damaged or incomplete (perhaps a download or copy was cut short). Open it in Word and save it again, or get a fresh copy, then import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” could not be opened: the {kind} file is damaged or incomplete (perhaps a download or copy was cut short). Open it in a spreadsheet program and save it again, or get a fresh copy, then import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” has no table of recommendations. This format is the OHCHR thematic list, whose table is headed “Recommendation and recommending State | Position …”. For another Word document, copy its table into a spreadsheet and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recommendation text in the first column.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not in the list of UN Member and observer States, so kept as written: {names}. Check these recommending States.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document is the thematic list for {country}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{recommendations} recommendations under {headings} theme headings ({themes} different themes).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The column mapping leaves out the recommendation text: “{column}” is not one of its columns ({names}). Choose the column of “{name}” that holds the text of each recommendation, then import again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The column mapping leaves out the recommendation text. Choose the column of “{name}” that holds the text of each recommendation, then import again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The column “{column}” chosen for the {field} is not in “{name}” (its columns are {names}). Choose that column again from the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{action}” is not a valid action category: it must be a number from 1 (minimal action) to 5 (specific action). Correct the cell (or leave it empty) and import the file again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read as Mac Roman: the file has old-Mac line endings and its accented letters (such as ç, é, ô) are Mac Roman characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read as {encoding} text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a text file that can be read as a table: it holds binary data. Export the recommendations as CSV or Excel and import that file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be read from this row on, probably because a quotation mark (") in it is not closed. Open it in a spreadsheet program, check that row, save it as CSV again and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The file could not be read from this row on, because of a formatting problem ({error}). Open it in a spreadsheet program, check that row, save it as CSV again and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Row {number} holds characters that are not {get} text, although the rows before it are. Open the file in a spreadsheet program, save it as “CSV UTF-8” and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} of these rows come from mechanisms other than the UPR ({bodies}). They were kept; filter them out in the workshop if you only want UPR recommendations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{count} of these rows come from mechanisms other than the UPR. They were kept; filter them out in the workshop if you only want UPR recommendations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not valid JSON (line {line}, column {column}); perhaps the download was cut short. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not valid JSON; perhaps the download was cut short. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is JSON but holds no list of recommendations. Import the UHRI export itself (a list of records with a “Text” field).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recommendations found in “{name}”: it holds an empty list. Check that the search you exported from the UHRI returned results.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” nests lists or objects more than {max_json_depth} deep, which no UHRI export does. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” has no filled-in cells on any sheet, so there is nothing to import.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is open read-only, so recommendations can't be added to it. Use “Save a copy…” to work on a copy, then import into the copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The format is detected from the file. Choose another if the detection is wrong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Format</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Looking at the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which column holds what?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Which State under review?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations to the other States are left out. Recommendations already in the workshop are not added twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You can cancel at any time: nothing is added to the workshop until the import has finished.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the column that holds the recommendation text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a State under review to import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the file's format.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file could not be read as recommendations. Check that it is the exported file; if it is and you know its format, choose it above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recommendations will be added to “{title}”, which holds {count} now. Any already in it are recognised and not added twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recommendations will be added to “{title}”, which has none yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>— not in this file —</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read as {encoding} text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns separated by tabs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns separated by spaces.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Columns separated by “{delimiter}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Read from the sheet “{sheet}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Column names on row {row}.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>“{file}” holds recommendations to %n State(s) under review, and this workshop's country, {country}, is not among them. Choose which State's recommendations to import, or import them all.</source>
            <translation>
                <numerusform>“{file}” holds recommendations to %n State under review, and this workshop's country, {country}, is not among them. Choose which State's recommendations to import, or import them all.</numerusform>
                <numerusform>“{file}” holds recommendations to %n States under review, and this workshop's country, {country}, is not among them. Choose which State's recommendations to import, or import them all.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{file}” holds recommendations to %n State(s) under review, and this workshop's country is not among them. Choose which State's recommendations to import, or import them all.</source>
            <translation>
                <numerusform>“{file}” holds recommendations to %n State under review, and this workshop's country is not among them. Choose which State's recommendations to import, or import them all.</numerusform>
                <numerusform>“{file}” holds recommendations to %n States under review, and this workshop's country is not among them. Choose which State's recommendations to import, or import them all.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommendation(s) saved. Making them searchable; this is the last step.</source>
            <translation>
                <numerusform>%Ln recommendation saved. Making it searchable; this is the last step.</numerusform>
                <numerusform>%Ln recommendations saved. Making them searchable; this is the last step.</numerusform>
            </translation>
        </message>
        <message>
            <source>The columns are chosen as at the last import of a table with these same columns.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the column for each field below; fields not in the file can stay empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a State under review…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All countries ({count} recommendations)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reading the file…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{percent}% read</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saving to the workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{done} of {total} recommendations saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indexing for search and sorting…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancelling…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Undoing what was written so far.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} recommendations added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 recommendation added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Already in the workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing was added</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} rows of the file were skipped (the first is row {row}: {reason}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop now holds {count} recommendations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To take this import back, use Edit ▸ Undo (Ctrl+Z).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import cancelled. Nothing was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Affected persons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SDGs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document symbol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country under review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Automatic</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR Info</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UHRI</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OHCHR thematic list (.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Any table</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A UPR Info database export (CSV or XLS, 2015 and older): one row per recommendation, with the State under review, recommending State, response, action category and issues.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An export from OHCHR's Universal Human Rights Index (XLSX or JSON): recommendations with themes, affected persons, SDGs and the State's position.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>An OHCHR thematic list of recommendations (Word): the matrix a State receives after its review, with positions, themes and SDGs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A table with its own columns (CSV or Excel). You say which column holds what.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} bytes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} KB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n} MB</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{column}
(not imported)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is read-only, so nothing can be imported into it. Use “Save a copy…” to work on a copy.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>IndicatorDialog</name>
        <message>
            <source>Indicator value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A new indicator…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Shelter places for survivors of violence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. places</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2026, 2026-06 or 2026-06-30</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Where the figure comes from (required)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New indicator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Year or date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Value</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record an indicator value</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <source>Start the voting kiosk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The laptop will show “%1” full screen, for one person after another. Choose a PIN of at least %2 digits: you will need it to leave the kiosk. Don't tell it to anyone voting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same PIN again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the kiosk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PIN needs at least %1 digits.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN again in both boxes.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>Voting: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open ballot: your choices are recorded with your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1  Who is voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>2  Your ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>3  Check and cast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Facilitator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the facilitator: leave the kiosk (PIN needed, or press Esc)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Language of this screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who is voting?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This round takes one ballot per organisation. Find your name: you vote for your organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find your name and press Continue, or type the personal code on your slip.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type to find your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find your name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Names of those still to vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Or type your personal code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>It is on the slip the facilitator gave you, e.g. K7M-Q2P. Capitals and dashes don't matter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Personal code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue with my code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start over</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave without voting: nothing is saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review my ballot  ›</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Check your ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>‹  Change my ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cast my ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thank you — your ballot is saved</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The next person can vote in a moment.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voting has closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The facilitator has closed this round, so it takes no more ballots. Thank you for taking part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the exit PIN to leave the kiosk.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exit PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Back to voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Leave the kiosk</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1  ·  votes for %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Everyone has voted. Thank you!</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No name matches “%1”. Check the spelling, or use your personal code.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue as %1  ›</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pick your name above</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the code from your slip first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That code is not recognised. Check it and type it again, or find your name in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This round takes one ballot per organisation, and you are not registered with one. Please ask the facilitator.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your organisation has already voted in this round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This person has already voted in this round. Each person votes once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — you vote for %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voting as %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secret ballot with a ballot code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This is what you chose. Press Cast my ballot to save it; you can't change it afterwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your ballot is blank. A blank ballot counts as taking part without supporting any candidate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You have not chosen any candidate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The last ballot was left unfinished, so it was cleared without being saved. Choose your name to start again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>List</name>
        <message>
            <source>{names}, {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>This workshop is locked</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unlock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the start screen without unlocking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the workshop's passphrase, or its recovery key, to carry on where you were.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The screen is locked, but the file itself is not encrypted: anyone who copies “{name}” can read everything in it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypt this workshop…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create an empty workshop file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a workshop file (.uprw)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The illustrative demo workshop, as you left it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the demo a&amp;fresh…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Import recommendations…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add recommendations from a UPR Info, UHRI, OHCHR or other file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write a copy of this workshop to another file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open de&amp;mo workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a co&amp;py…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop de&amp;tails…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title, country, dates, venue and organisers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a tra&amp;vel copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy without participants' names, comment authors or confidential evidence, for crossing borders</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Encrypt this workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect the file with a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set a new passphrase; the recovery key changes too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Hide the workshop until the passphrase is typed again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock and privacy &amp;settings…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When to lock by itself, and whether encrypted workshops are listed under Recent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close this workshop and return to the start screen</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;New recommendation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a recommendation by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit recommendation…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Delete recommendations…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Find</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Projector mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>High contrast and large type, for the back of the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;About UPR Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent &amp;workshops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;View</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Go to step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Same as this computer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>&amp;Help</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop file is damaged, so it is open read-only and nothing more can be lost. Open the latest good backup to carry on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the latest good backup</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop is read-only (%1). Save a copy to make changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All States under review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WORKSHOP STEPS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop steps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>it is open in another window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>opened read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>its folder can't be written to, e.g. a locked USB stick</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the file can't be written to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checking the whole workshop file in the background…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop file was checked: it is sound.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is damaged: SQLite's check of the whole file found a problem. It is now open read-only, so nothing more can be lost.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open its latest good backup to carry on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no good backup of it; save a copy to keep what can still be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Damaged workshop file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no good backup of “%1”. Save a copy to keep what can still be read.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are working on the backup of %1, saved as %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop not opened</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a cleaned copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a cleaned copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are working on the cleaned copy: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop was upgraded to the current format; a copy of the original was kept in the backups folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is damaged: part of it can't be read, so it was closed and nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop in use</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open read-only</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the demo workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw);;All files (*)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open demo workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The demo workshop is open in another window of UPR Desktop. Close it there first, then start the demo afresh.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the demo afresh</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy?

Everything done in it is lost: the ballots cast, the rounds opened and closed, the participants' codes, and every change to its recommendations, clusters and charter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations are imported into a workshop. Create a new workshop for “%1”?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recent workshops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a copy of the workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save a copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>You are now working on the copy: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy was saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop is encrypted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom: Ctrl + and Ctrl − change it, Ctrl 0 resets it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector mode on: high contrast and large type. F5 turns it off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Projector mode off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locked — UPR Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — UPR Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>[read-only]</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Make the paragraph a heading</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>B</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bullets</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Bulleted list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Numbered list</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Mid-term report</name>
        <message>
            <source>Prepared on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Summary</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Organisations disagree on %n recommendation(s); each organisation's assessment is shown.</source>
            <translation>
                <numerusform>Organisations disagree on %n recommendation; each organisation's assessment is shown.</numerusform>
                <numerusform>Organisations disagree on %n recommendations; each organisation's assessment is shown.</numerusform>
            </translation>
        </message>
        <message>
            <source>The charter's priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisations disagree:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{assessor} ({date}): {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommended by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Methodology</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>nobody yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each recommendation was assessed as not implemented, partially implemented, fully implemented or with no information, with a short justification and the evidence it rests on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessed by: {who}, between {first} and {last}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessed by: {who}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sources: {sources}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status: {status}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(recommendations {references})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{assessor}, {date}: {status}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{value} in {period} ({source})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no value yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Indicator — {name}: {values}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annex: evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kind</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Source</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Link or file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Other recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cycle {cycle}, review of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>cycle {cycle}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>review of {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mid-term report on the implementation of the UPR recommendations to {country}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mid-term report on the implementation of UPR recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Following up the {workshop}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) followed up. Their current status is the latest assessment of each; where organisations disagree, both assessments are shown.</source>
            <translation>
                <numerusform>%n recommendation followed up. Their current status is the latest assessment of each; where organisations disagree, both assessments are shown.</numerusform>
                <numerusform>%n recommendations followed up. Their current status is the latest assessment of each; where organisations disagree, both assessments are shown.</numerusform>
            </translation>
        </message>
        <message>
            <source>Status over time</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Organisations disagree on %n recommendation(s); each organisation's assessment is shown below.</source>
            <translation>
                <numerusform>Organisations disagree on %n recommendation; each organisation's assessment is shown below.</numerusform>
                <numerusform>Organisations disagree on %n recommendations; each organisation's assessment is shown below.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) were made again at the next review.</source>
            <translation>
                <numerusform>%n recommendation were made again at the next review.</numerusform>
                <numerusform>%n recommendations were made again at the next review.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n assessment(s))</source>
            <translation>
                <numerusform>{name} (%n assessment)</numerusform>
                <numerusform>{name} (%n assessments)</numerusform>
            </translation>
        </message>
        <message>
            <source>Each recommendation was assessed as not implemented, partially implemented, fully implemented or with no information, with a short justification and the evidence it rests on, following UPR Info's mid-term assessment method.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n evidence item(s) are listed in the annex and cited as E1, E2 …</source>
            <translation>
                <numerusform>%n evidence item are listed in the annex and cited as E1, E2 …</numerusform>
                <numerusform>%n evidence items are listed in the annex and cited as E1, E2 …</numerusform>
            </translation>
        </message>
        <message>
            <source>recommendations {references}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Due</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation and response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By {states}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Repeats {reference} of the previous review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File {name}, SHA-256 {digest}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Prepared {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR mid-term report</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Monitoring matrix</name>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessed by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Justification</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessors disagree</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Evidence items</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Earlier recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{reference} (session {session})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Monitoring matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counts leave out confidential items.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NamesPeopleDialog</name>
        <message>
            <source>This file names people</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{who} Anyone who gets the file, or finds it on this computer, learns who took part. Where taking part is a risk, save it without the names.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save without names…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save with names…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Browse…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>WHERE TO SAVE IT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>File</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One file holds the whole workshop. Keep it on this laptop and back it up to a USB stick; it never goes online.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Encrypt it with a passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommended when the workshop will hold names, comments or testimony: a lost or seized laptop then gives nothing away.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Describe the review this workshop follows up. Everything except the title can be filled in or changed later.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the new workshop as</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose where to save the workshop file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the workshop's passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” will be encrypted with it, and it is asked for every time the file is opened.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop could not be created at “{path}”: {reason}. Choose another place.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>NoteCard</name>
        <message>
            <source>%1 · edited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OpenPassphraseDialog</name>
        <message>
            <source>Open an encrypted workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is encrypted. Type its passphrase, or its recovery key, to open it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the passphrase first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase does not open “{name}”. Nothing was changed. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear the date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved as “{text}”</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OrganisationTableModel</name>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 — double-click or press F2 to rename</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>OutcomeCharter</name>
        <message>
            <source>National</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Regional</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>International</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not started</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In progress</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Partially implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fully implemented</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter needs a title before it is adopted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A charter is adopted for its priorities, and this one has none yet. Add at least one priority (from a cluster, from recommendations, or from a closed voting round).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets]: {listed}; and {more} more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets]: {listed}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop already has a charter. Starting again from a template replaces it (you can undo that).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a blank charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the charter from {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the charter with {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This section is no longer in the charter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit “{heading}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit a section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the section “{heading}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete a section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The priority needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This cluster is no longer in the workshop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the priority “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is already priority {n} of the charter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This priority is no longer in the charter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the priority “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the priority “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Take at least the first priority: the number must be 1 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” has no candidates to take as priorities.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priorities from “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Took {rows_count} priorities from the voting round “{title}” ({added} new)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The action point is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a {label} action point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This action point is no longer in the charter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The action point is empty. Delete it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit an action point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete an action point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add the endorsement of {organisation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This endorsement is no longer in the charter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit an endorsement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the endorsement of {organisation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the endorsement of {organisation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No organisations are registered yet. Register the participants with their organisations first, or add endorsements one by one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every registered organisation is already in the list of endorsements.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Add %n endorsement(s) from the registered organisations</source>
            <translation>
                <numerusform>Add %n endorsement from the registered organisations</numerusform>
                <numerusform>Add %n endorsements from the registered organisations</numerusform>
            </translation>
        </message>
        <message>
            <source>Say which part of the charter the comment is on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The comment is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This participant is no longer registered. Leave the comment anonymously instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This comment is no longer there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Resolve a comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reopen a comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete a comment</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the version a name, such as “Draft after day 1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no charter to save yet. Start one first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the version “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Restore the version “{name}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the date of adoption as a full date, such as 2025-03-14.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Say where the charter is adopted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This charter was adopted on {adopted_on} in {adopted_at_place} and has not changed since.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 of the chosen recommendations is no longer in the workshop (deleted since). Choose again.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n of the chosen recommendations are no longer in the workshop (deleted since). Choose again.</source>
            <translation>
                <numerusform>%n of the chosen recommendations are no longer in the workshop (deleted since). Choose again.</numerusform>
                <numerusform>%n of the chosen recommendations are no longer in the workshop (deleted since). Choose again.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{level}” is not a level: choose national, regional or international.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{status}” is not an implementation status.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Milestone {n}: “{due}” is not a date. Write the year, the year and month, or the full date: 2027, 2027-06 or 2027-06-30.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The endorsement needs the organisation's name, as it signs.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no saved version {version_id} of the charter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{value}” is not a level: choose national, regional or international.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the charter's details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the charter's title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the charter's place</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the charter's dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the charter's organisers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the charter's preamble</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the charter's monitoring arrangement</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move a section</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move a priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move an action point</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Move an endorsement</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PaperBallotDialog</name>
        <message>
            <source>{name}  ·  {organisation}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}  (voted)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name}  (no organisation)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper ballots: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter paper ballots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” · %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whose ballot is this?</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Find a name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secret round: the ballot is saved with no link to the person; only that they have voted is recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open round: the ballot is recorded with the person's name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot code on the paper, e.g. K7QP4-XMD2A</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot code written on this paper ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot-code round: the code is spent with the ballot, and nobody's name is recorded. A paper ballot without a valid, unused code can't be entered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear this ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save paper ballot</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n paper ballot(s) saved here</source>
            <translation>
                <numerusform>%n paper ballot saved here</numerusform>
                <numerusform>%n paper ballots saved here</numerusform>
            </translation>
        </message>
        <message>
            <source>Pick whose ballot this is first, in the list on the left.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Saved the paper ballot of %1. Enter the next one.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the ballot code written on the paper ballot first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>✓ Saved the paper ballot. Enter the next one.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Edit participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participant %1 · kiosk code %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record only what the workshop needs. Someone who would rather not be named can be recorded by number or alias.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Record by number or alias only — store nothing identifying</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name, organisation, focus and contact are left empty and are never saved. Outputs show “Participant %1” or the alias.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose or type an organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. women’s rights, disability, land</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional: phone or e-mail, only if you will follow up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>May be named in printed and exported outputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Without consent, outputs show “Participant %1” instead of the name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Optional, e.g. “Delegate B”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thematic focus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Alias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the person’s name, or switch on “Record by number or alias only”.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Thematic focus</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Contact</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Named in outputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kiosk code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Whether printed and exported outputs may use the person’s name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The personal code the participant types at the voting laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>empty</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participant %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No · by alias</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No · by number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes · anonymised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recorded by number or alias only: nothing identifying is stored.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outputs name them as: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Typed at the voting laptop. Case, spaces and dashes don’t matter.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Participants</name>
        <message>
            <source>Participant {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The name is too long ({length} characters; at most {most}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The alias is too long ({length} characters; at most {most}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organisation is too long ({length} characters; at most {most}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The thematic focus is too long ({length} characters; at most {most}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The contact is too long ({length} characters; at most {most}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A participant recorded by number or alias only keeps no organisation, focus or contact.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Added %n participant(s) from {file}.</source>
            <translation>
                <numerusform>Added %n participant from {file}.</numerusform>
                <numerusform>Added %n participants from {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{added} %n already registered (same name and organisation) were not added again.</source>
            <translation>
                <numerusform>{added} %n already registered (same name and organisation) were not added again.</numerusform>
                <numerusform>{added} %n already registered (same name and organisation) were not added again.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add participant {label}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This participant is no longer registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit participant {label}</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Remove %n participant(s)</source>
            <translation>
                <numerusform>Remove %n participant</numerusform>
                <numerusform>Remove %n participants</numerusform>
            </translation>
        </message>
        <message>
            <source>{listed} took part in a vote, so the record of who voted would break. Participants who voted stay registered.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import participants from {source_file}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organisation needs a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” of “{organisation}” is already registered (participant {number}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is already registered (participant {number}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{label}”: {problems} Nothing was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is already in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add organisation {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This organisation is no longer in the list.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename organisation {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} voted in a round as an organisation, so it stays in the list.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{name} has %n registered participant(s). Move or remove them first.</source>
            <translation>
                <numerusform>{name} has %n registered participant. Move or remove them first.</numerusform>
                <numerusform>{name} has %n registered participants. Move or remove them first.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove organisation {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymise names in outputs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name consenting participants in outputs</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register someone by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import attendance list…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add everyone from a sign-in sheet saved as CSV or Excel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected participant (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected participants (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymise names in every output</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDFs, exports and the projector then show “Participant 7” instead of names, even for people who agreed to be named. Names stay on this page only.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search names, organisations, focus, codes…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ORGANISATIONS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Name of a new organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rename the selected organisation (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove the selected organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody is registered yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody registered yet</source>
            <translation type="unfinished" />
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
                <numerusform>%n recorded by number or alias</numerusform>
                <numerusform>%n recorded by number or alias</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participants removed. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n participants removed. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n participants removed. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nobody matches “%1”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop is read-only, so nobody can be registered in it. Save a copy to register the participants there.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Register the people taking part so that they can vote at the shared laptop with a personal code. Add them one by one, or import the sign-in sheet you already have.

Anyone can be recorded by number or alias only, and nobody is named in an output without their consent.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yes · anonymised</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 registered. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 registered. The search hides them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participant saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove %1 from the participants? Their kiosk code stops working. You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove %1 participants? Their kiosk codes stop working. You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remove participants</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Participant removed. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import attendance list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” could not be read: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation added. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisation renamed. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 removed from the list. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Every output now shows “Participant 7” instead of names. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outputs now name the participants who agreed to be named. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>Too short: use at least {count} characters. Four or five unrelated words are easy to remember and hard to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Too easy to guess: it repeats the same few characters.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Strong.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fair. A longer passphrase, such as four or five unrelated words, is much harder to guess.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Passphrase again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type it again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>At least {count} characters. Four or five unrelated words work well.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type a passphrase.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The two passphrases are not the same. Type them again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no way to recover this workshop without the passphrase or the recovery key. Keep the passphrase in your head or a password manager, and the recovery key in a safe place away from this computer.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PdfTooLong</name>
        <message>
            <source>A text is too long to fit on one page of the charter, near page {page}, so it could not be printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A text is too long to fit on one page of the charter, so it could not be printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shorten the longest text in the charter (a priority's plan, a milestone, an organisation's name) or break it into several lines, then print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A text is too long to fit on one page of the handout, near page {page}, so it could not be printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A text is too long to fit on one page of the handout, so it could not be printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shorten the longest recommendation text (open it from the Review step), then print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A text is too long to fit on one page of the paper ballots, near page {page}, so it could not be printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A text is too long to fit on one page of the paper ballots, so it could not be printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shorten the longest text on the ballot, then print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A text is too long to fit on one page of the results report, near page {page}, so it could not be printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A text is too long to fit on one page of the results report, so it could not be printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The results themselves are safe: save them as a spreadsheet from the Results step instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A text is too long to fit on one page of the mid-term report, near page {page}, so it could not be printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A text is too long to fit on one page of the mid-term report, so it could not be printed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Shorten the longest justification or evidence title (in the Follow-up step), then print again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problem} {advice}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrintPage</name>
        <message>
            <source>Print and export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See each document as it will print, in any script, then print it, save it as a PDF or export the plan.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The implementation plan as a spreadsheet, the charter as a Word document, or a file for IMPACT OSS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Implementation matrix (Excel)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each priority with the recommendations it cites and its plan, to track implementation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Implementation matrix (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same matrix as a CSV file, for any spreadsheet or database</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charter as a Word document…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter as it stands, to finish or lay out in Word</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All recommendations for IMPACT OSS (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A file IMPACT OSS imports, to track the recommendations there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations the charter cites, for IMPACT OSS (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the recommendations the charter's priorities cite</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the document shown as a PDF file (Ctrl+S)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the document shown (Ctrl+P). On Linux and macOS the printer gets the PDF itself; elsewhere each page goes as an image at up to 600 dpi. The printer's own settings still apply.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DOCUMENT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DOCUMENTS IN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents' language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The language of the headings, labels, dates and response words of every document and export. What people wrote stays as written.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PAPER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>US Letter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>210 × 297 mm, used in most of the world</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>8.5 × 11 inches, used in the Americas and the Philippines</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>GROUP THE RECOMMENDATIONS BY</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>In the clusters made in the Clusters step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By each recommendation's first theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BLANK BALLOTS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank ballots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unnamed sheets for people who join on the day.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom: Ctrl and the mouse wheel change it too</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Zoom in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit width</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Fit the page to the width of the preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Previous page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Next page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preview</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation handout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper ballots: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Outcome charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mid-term report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>What participants read before voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One sheet per participant, to vote on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ranking, turnout and any ties</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priorities and plan, with space to sign</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up: where implementation stands, with the evidence</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The documents could not be listed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{choice}, not available: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing to print yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import the recommendations in the Review step: the handout, ballots, results and charter appear here as the workshop goes on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” can't be printed yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The preview could not be shown</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The document was made but could not be displayed. Try saving it as a PDF and opening it in another program.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>of %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This copy of UPR Desktop can't make this document yet. The other documents still print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The preview could not be made</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recommendation handout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ballots - %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>results - %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>mid-term report</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Print the charter as it is? To replace the guidance first in the Charter step, choose Cancel.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Save the charter as it is? To replace the guidance first in the Charter step, choose Cancel.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n page(s) sent to {printer}</source>
            <translation>
                <numerusform>%n page sent to {printer}</numerusform>
                <numerusform>%n pages sent to {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>The charter is not finished</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved “%1” in %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show in folder</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (without names)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sending the pages to the printer…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printing stopped.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the printer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This round has no candidates yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results are printed once the round is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the charter in the Charter step first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import the recommendations first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter's priorities cite no recommendations yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>implementation matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IMPACT OSS import</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>IMPACT OSS import, cited</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Exported to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents will be printed in {language}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is nothing to print yet: the preview is not ready.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printing system did not take the document. Check that the printer is set up, or save as PDF and print that file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The printer “%1” refused the document: %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no reason given</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>PrioritiesOverview</name>
        <message numerus="yes">
            <source>%n priorities, in the order the charter lists them.</source>
            <translation>
                <numerusform>%n priorities, in the order the charter lists them.</numerusform>
                <numerusform>%n priorities, in the order the charter lists them.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PriorityEditor</name>
        <message numerus="yes">
            <source>%n recommendation(s) added to the priority.</source>
            <translation>
                <numerusform>%n recommendation added to the priority.</numerusform>
                <numerusform>%n recommendations added to the priority.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations removed from the priority. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n recommendations removed from the priority. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n recommendations removed from the priority. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacySettingsDialog</name>
        <message>
            <source>Lock and privacy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source> min</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Never</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Remember encrypted workshops in Recent files</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>When this is off, an encrypted workshop's name and folder are never written to this computer's settings, so nobody can see there where it is kept.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Lock after no input for:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop locks by itself when nobody has used the keyboard or mouse for a while, but never while the kiosk is open for voting. Ctrl+L locks it at once.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProjectorView</name>
        <message>
            <source>tied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voting results – projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Esc or double-click to close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This round is no longer in the workshop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VOTING OPEN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>NOT OPEN YET</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results appear when voting closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This round has not opened for voting yet</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n of 1 has voted</source>
            <translation>
                <numerusform>%n of 1 has voted</numerusform>
                <numerusform>%n of 1 has voted</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RESULTS  ·  %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>+ %1 more</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Recommendation source</name>
        <message>
            <source>Recommended by {states}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session {number}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecommendationDialog</name>
        <message>
            <source>Edit recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Only the text is required. Separate several States, themes or SDGs with commas, or put one per line.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 121.4</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recommendation, as the report words it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Denmark, Czechia</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Goal numbers, e.g. 5, 16</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. 47</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not given</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>minimal action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>continuing action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>considering action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>general action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>specific action</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. A/HRC/58/12</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Affected persons</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SDGs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Action category</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Document symbol</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>State under review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Write the recommendation's text.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is not an SDG: use goal numbers from 1 to 17.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The session is a whole number, e.g. 47.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecommendationModel</name>
        <message>
            <source>Ref.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommended by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Response</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Session</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Notes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Number of notes on the recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommending State(s). Click to sort; click again to reverse</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Click to sort; click again to reverse; a third click returns to the default order</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RecommendationPickerDialog</name>
        <message numerus="yes">
            <source>%n chosen</source>
            <translation>
                <numerusform>%n chosen</numerusform>
                <numerusform>%n chosen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n listed</source>
            <translation>
                <numerusform>%n listed</numerusform>
                <numerusform>%n listed</numerusform>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>The action category must be between 1 and 5.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The UPR session must be a positive number.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Nothing new: all %n recommendations from {file} are already in the workshop.</source>
            <translation>
                <numerusform>Nothing new: all %n recommendations from {file} are already in the workshop.</numerusform>
                <numerusform>Nothing new: all %n recommendations from {file} are already in the workshop.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read %n recommendation(s) from {file}.</source>
            <translation>
                <numerusform>Read %n recommendation from {file}.</numerusform>
                <numerusform>Read %n recommendations from {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already in the workshop and were not added again.</source>
            <translation>
                <numerusform>%n were already in the workshop and were not added again.</numerusform>
                <numerusform>%n were already in the workshop and were not added again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n for other States under review were left out.</source>
            <translation>
                <numerusform>%n for other States under review were left out.</numerusform>
                <numerusform>%n for other States under review were left out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This file holds recommendations to %n States under review ({names}). Choose which State to import, or “All countries”.</source>
            <translation>
                <numerusform>This file holds recommendations to %n States under review ({names}). Choose which State to import, or “All countries”.</numerusform>
                <numerusform>This file holds recommendations to %n States under review ({names}). Choose which State to import, or “All countries”.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n recommendation(s)</source>
            <translation>
                <numerusform>Delete %n recommendation</numerusform>
                <numerusform>Delete %n recommendations</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR Desktop — recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop file: {name}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Made on {day}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This key opens the workshop in place of its passphrase: type it where the passphrase is asked for. Anyone who has it can read the workshop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep this sheet in a safe place away from the computer, such as the coalition's safe. Do not photograph it or keep it with the laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>If the passphrase is changed, this key stops working and a new one is given.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your new recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Your recovery key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The passphrase was changed, so the old recovery key no longer works. This is the new one: it opens “{name}” if the passphrase is forgotten. It is shown only now: print it, or save it as a PDF and print that, and keep it in a safe place away from this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This key opens “{name}” if the passphrase is forgotten. It is shown only now: print it, or save it as a PDF and print that, and keep it in a safe place away from this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print the recovery key…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>I have stored it safely</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Print or save the key first, then click “I have stored it safely”. It can't be shown again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recovery key could not be printed: {reason}. Save it as a PDF and print that file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The recovery key was sent to the printer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} recovery key.pdf</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the recovery key as PDF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The PDF could not be saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Saved to {path}. Print it, store the paper safely, then delete the file.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Response</name>
        <message>
            <source>Supported</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voluntary pledge</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Unknown</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Responses</name>
        <message>
            <source>Response not known</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Supported</source>
            <comment>the State's response</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Noted</source>
            <comment>the State's response</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Pending</source>
            <comment>the State's response</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voluntary pledge</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Result figures</name>
        <message>
            <source>Dots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Share %</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approvals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>% of ballots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Mean</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rated by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borda points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beatpath wins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Head-to-head wins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Should</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won't</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Results document</name>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n dot</numerusform>
                <numerusform>%n dots</numerusform>
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
                <numerusform>%n approval</numerusform>
                <numerusform>%n approvals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Borda point(s)</source>
            <translation>
                <numerusform>%n Borda point</numerusform>
                <numerusform>%n Borda points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beatpath win(s)</source>
            <translation>
                <numerusform>%n beatpath win</numerusform>
                <numerusform>%n beatpath wins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MoSCoW point(s)</source>
            <translation>
                <numerusform>%n MoSCoW point</numerusform>
                <numerusform>%n MoSCoW points</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <comment>a list of names</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A run-off between them has been set up ({title}) and not yet held.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A run-off between them ({title}) is open for voting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A run-off between them ({title}) was held and closed on {date}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A run-off between them ({title}) was held</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{held}; no ballots were cast.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{held}; {names} tied again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{held}; {names} tied again with {count} each.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{before}, then {after}</source>
            <comment>places in an order</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{held}: {order}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the voting round whose results to print.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet, so it has no results to print. Results are printed once the round has been held and closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is still open for voting. Results are printed once the round closes: close it on the Vote step first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No run-off has been held: they stay tied in this result.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No run-off has been held: the order stands as counted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names}: {outcome}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>an earlier round</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{voted} of %n organisation(s) voted</source>
            <translation>
                <numerusform>{voted} of %n organisation voted</numerusform>
                <numerusform>{voted} of %n organisations voted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{voted} of %n participant(s) voted</source>
            <translation>
                <numerusform>{voted} of %n participant voted</numerusform>
                <numerusform>{voted} of %n participants voted</numerusform>
            </translation>
        </message>
        <message>
            <source>{turnout} ({share}%)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secret: ballots are not linked to anyone</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open: who voted how is recorded, but this report names no one</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>METHOD</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BALLOT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>VOTERS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One ballot per organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>CLOSED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TURNOUT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BALLOTS COUNTED</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RUN-OFF OF</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ballots were cast in this round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} share first place: none of them beats another.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} are tied for first place with {count} each.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} came first with {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} share second place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} share second place with {count} each.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} came second with {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ties and close calls</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR Desktop applies no tie-break: candidates with the same figure share a rank (shown as =5), and results within {margin} of each other among the top places are reported as close calls. The room decides what to do about them, usually with a run-off between just those candidates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There are no ties and no close calls: every place at the top of the table was decided by more than {margin}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run-offs of this round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RESULTS OF A VOTE</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beatpath wins of the top {number}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Beatpath wins per recommendation, in rank order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Top {number} by {figure}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{figure} per recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Amber bars share their rank with another recommendation (a tie).</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Not shown: %n recommendation(s) with no {figure}.</source>
            <translation>
                <numerusform>Not shown: %n recommendation with no {figure}.</numerusform>
                <numerusform>Not shown: %n recommendations with no {figure}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s), ranked by the Schulze method, as the rule above says.</source>
            <translation>
                <numerusform>%n recommendation, ranked by the Schulze method, as the rule above says.</numerusform>
                <numerusform>%n recommendations, ranked by the Schulze method, as the rule above says.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s), ranked by {figure}.</source>
            <translation>
                <numerusform>%n recommendation, ranked by {figure}.</numerusform>
                <numerusform>%n recommendations, ranked by {figure}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Full ranking</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A rank with = is shared with another recommendation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This report names no voter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The ballots of this round were secret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Printed {date} by UPR Desktop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results: {round}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed {moment}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results of a vote</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>dots</source>
            <comment>ranked by</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>points</source>
            <comment>ranked by</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>approvals</source>
            <comment>ranked by</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>sum of scores</source>
            <comment>ranked by</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borda points</source>
            <comment>ranked by</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>beatpath wins</source>
            <comment>ranked by</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MoSCoW points</source>
            <comment>ranked by</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No ties or close calls.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Results export</name>
        <message>
            <source>Round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open: who voted how is recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turnout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballots counted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>tied</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cast at</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank ballot (abstention)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Results sources</name>
        <message>
            <source>No ballots</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n ballot(s): {kiosk} at the laptop, {paper} on paper</source>
            <translation>
                <numerusform>%n ballot: {kiosk} at the laptop, {paper} on paper</numerusform>
                <numerusform>%n ballots: {kiosk} at the laptop, {paper} on paper</numerusform>
            </translation>
        </message>
        <message>
            <source>1 ballot, on paper</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n ballots, all on paper</source>
            <translation>
                <numerusform>%n ballots, all on paper</numerusform>
                <numerusform>%n ballots, all on paper</numerusform>
            </translation>
        </message>
        <message>
            <source>1 ballot, at the laptop</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n ballots, all at the laptop</source>
            <translation>
                <numerusform>%n ballots, all at the laptop</numerusform>
                <numerusform>%n ballots, all at the laptop</numerusform>
            </translation>
        </message>
        <message>
            <source>1 person</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n people</numerusform>
                <numerusform>%n people</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wall chart: %n dot(s) from {people}</source>
            <translation>
                <numerusform>wall chart: %n dot from {people}</numerusform>
                <numerusform>wall chart: %n dots from {people}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wall chart: %n point(s) from {people}</source>
            <translation>
                <numerusform>wall chart: %n point from {people}</numerusform>
                <numerusform>wall chart: %n points from {people}</numerusform>
            </translation>
        </message>
        <message>
            <source>{ballots}; {wall_chart}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A round's results show once it closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voting round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export results…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save this round's results as an Excel workbook or a CSV file</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show on projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full screen on the second screen: the turnout while voting is open, the results once it closes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No voting rounds yet.
Choose recommendations on the Review step, then set up a round on the Vote step. Its results show here once it closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to the Vote step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TIES AND CLOSE CALLS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open for voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>OPEN FOR VOTING</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results appear here when the round closes: nobody sees any figure while people are still voting. Close the round on the Vote step once everyone has voted.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>DRAFT</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This round has not opened for voting yet. Open it on the Vote step; its results show here once it closes.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n of 1 has voted</source>
            <translation>
                <numerusform>%n of 1 has voted</numerusform>
                <numerusform>%n of 1 has voted</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>secret ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>open ballot: who voted how is recorded</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>one ballot per organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>run-off of “%1”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a run-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turnout: %1. %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1 OF THE TOP %2, IN RANK ORDER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>%1, IN RANK ORDER</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>TOP %1 BY %2</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>BY %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the run-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A run-off between these candidates exists: show it on the Vote step</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a run-off between %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>Create a run-off between these %n</source>
            <translation>
                <numerusform>Create a run-off between these %n</numerusform>
                <numerusform>Create a run-off between these %n</numerusform>
            </translation>
        </message>
        <message>
            <source>A new draft round between %1 only, with the same method and secrecy. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show fewer</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show %1 more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create a run-off</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run-off created as a draft round. Open it for voting on the Vote step. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results – %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results saved to %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The projector shows “%1”. Press Esc or double-click it to close it.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ResultsTableModel</name>
        <message>
            <source>Rank</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“=3” means the candidate shares 3rd place: no tie-break is applied.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tied for %1 place</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review the recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a recommendation by hand (Ctrl+Shift+N)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit the selected recommendation (Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the selected recommendations (Del)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Export the list</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the recommendations listed here, with this search and these filters, as Excel or CSV</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All States under review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR cycle %1</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%Ln recommendation(s)</source>
            <translation>
                <numerusform>%Ln recommendation</numerusform>
                <numerusform>%Ln recommendations</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supported</source>
            <translation>
                <numerusform>%n supported</numerusform>
                <numerusform>%n supported</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n noted</source>
            <translation>
                <numerusform>%n noted</numerusform>
                <numerusform>%n noted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n recommendation(s)? Their notes are deleted with them. You can undo this with Ctrl+Z.</source>
            <translation>
                <numerusform>Delete %n recommendation? Their notes are deleted with them. You can undo this with Ctrl+Z.</numerusform>
                <numerusform>Delete %n recommendations? Their notes are deleted with them. You can undo this with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n recommendation(s) to {path}</source>
            <translation>
                <numerusform>Saved %n recommendation to {path}</numerusform>
                <numerusform>Saved %n recommendations to {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>best matches first</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>too many matches to rank: in file order</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This workshop has no recommendations yet.
Import the country's recommendations from a UPR Info, UHRI or OHCHR file, or add them by hand.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add one by hand</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Import recommendations…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No recommendations match — clear the filters to see all %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear filters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation added. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation added. The current search or filters hide it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>this recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete %1? Its notes are deleted with it. You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter's priorities %1 cite it; they will no longer do so.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete recommendations</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation deleted. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n recommendations deleted. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n recommendations deleted. Undo with Ctrl+Z.</numerusform>
                <numerusform>%n recommendations deleted. Undo with Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add a note</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete…</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>RoundDialog</name>
        <message>
            <source>Edit voting round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New voting round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Our five priorities for the next four years</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Keep its %1 candidates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected recommendations (%1)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Selected recommendations (none selected on the Review page)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All %1 shown by the current filter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All %1 recommendations (no filter is set on the Review page)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>To vote on some recommendations, pick them on the Review page: select them there (Ctrl+click or Shift+click picks several), or search and filter the list, then come back to create the round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Limit what one candidate can get, to at most</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open ballot: who voted for what is kept, to show once closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voters pick their name at the laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymous ballot codes: each person takes a printed code at random</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One per participant plus about 10% spare, for slips lost or spoilt.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Method</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save changes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create round</source>
            <translation type="unfinished" />
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rule of thumb: a third of the %1 candidates, %2.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points per person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Usually %1.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The strongest secrecy: the workshop file never learns who held which code, so nothing on this laptop ties a ballot to a person, even if a specialist examines its disk. The codes are shown once, when the round opens: print the slips then, cut them up, let people take one at random. Tick attendance on paper or with Attendance… on the Vote step, before or after the vote, never as people vote.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>With one ballot per organisation, voters pick their name. Someone who opens the workshop file with this app or with SQLite can't see who cast which ballot, nor in what order. This does not hold against a specialist who recovers old data from the laptop's disk: for that, use anonymous ballot codes with one ballot per person.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Convenient. Someone who opens the workshop file with this app or with SQLite can't see who cast which ballot, nor in what order. It does not hold against a specialist who recovers old data from the laptop's disk: where that is a risk, use anonymous ballot codes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the candidates: the selected recommendations, or all those shown on the Review page.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SetPassphraseDialog</name>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Signature page</name>
        <message>
            <source>Organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Representative</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Signature</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organisations below adopted this charter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The organisations below endorse this charter.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Spreadsheet export</name>
        <message>
            <source>Themes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Generated</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{moment} by UPR Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rows</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Search</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Implementation matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority no.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation reference</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation text</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Charter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n row(s): one per priority and recommendation it cites</source>
            <translation>
                <numerusform>%n row: one per priority and recommendation it cites</numerusform>
                <numerusform>%n rows: one per priority and recommendation it cites</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stakeholder submission</name>
        <message>
            <source>the State</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Joint stakeholder submission on {country} for the next Universal Periodic Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stakeholder submission on {country} for the next Universal Periodic Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Introduction and methodology</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This submission follows up the recommendations {country} received at its last review ({review}) and the priorities civil society set at the {workshop}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the previous cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Follow-up of the priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendations for the next review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word count: {count} of {cap} (joint submission, annexes not counted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Word count: {count} of {cap} (one organisation, annexes not counted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Annex: assessment matrix</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Current status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Assessed on</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>By</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Today, {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Yesterday, {time}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run a UPR follow-up workshop offline: review recommendations, cluster, vote, and sign an outcome charter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the demo workshop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Explore with illustrative recommendations. It stays as you leave it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start an empty workshop file, then import the country's recommendations.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Continue a workshop saved on this laptop or a USB stick (.uprw).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start the demo afresh…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>START</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>RECENT WORKSHOPS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recent workshops</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Workshops you open or create will be listed here.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Drop a .uprw workshop or a recommendations file (CSV, XLS/XLSX, DOCX, JSON) here</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>About UPR Desktop %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The version, where settings and backups are kept, and the licences</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose the language of the interface:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Portable: settings, recent workshops and backups stay beside the app, in “%1”. Nothing is written to this computer.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Works without internet. Workshop files stay on this computer unless you copy them.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Tally sheet</name>
        <message>
            <source>Tally of dots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total dots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points as read out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tally of ticks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Total ticks</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores as read out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Sum</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rated by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tally of first choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>First choices</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Should</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won't</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For the people who count the paper ballots; it is not a ballot. Read each ballot aloud, keep the count here, then total each row.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ranked ballots are counted by UPR Desktop: type every paper ballot in on the Vote step. This sheet keeps a check of first choices.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the paper ballots in on the Vote step as well: this sheet is the check.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballots handed out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballots returned</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Blank ballots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Spoilt ballots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counted by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Checked by</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>FOR THE FACILITATOR</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tally sheet: {round}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Travel copy</name>
        <message>
            <source>Wrote the travel copy to {path}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>participants' names, contacts and personal codes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>authors of comments</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>confidential evidence and testimony</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>organisations that did not consent to be named</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the history of changes (it names people)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>recommendations, with their notes (without their authors)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>clusters</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>voting rounds and their results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the charter (signatories shown as “Organisation 1”, “Organisation 2”…)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>follow-up assessments and evidence that is neither confidential nor testimony</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>the workshop's title, country, dates, venue and organisers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out of the travel copy:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept:</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No organisation has recorded consent to be named in this workshop, so every organisation is shown by number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” already exists. Choose another name for the travel copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The travel copy must be a new file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can't write to “{folder}”. Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The travel copy could not be written ({error}). The workshop is unchanged.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>TravelCopyDialog</name>
        <message>
            <source>Save a travel copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Left out</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Nothing in this workshop identifies people.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kept</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As a workshop file (.uprw) that opens in UPR Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>As a PDF of the charter, without the names of the people who signed it (their organisations stay)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Protect the travel copy with a passphrase of its own</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Worth it even without names: the charter and results still show what the coalition works on.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save it</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save travel copy…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A copy to carry across a border or hand on: it leaves out what identifies the people who took part. This workshop itself is not changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{name} (travel copy){suffix}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save the travel copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose another file: the travel copy can't replace the workshop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set the travel copy's passphrase</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” will be encrypted with it. Give it to whoever will open the copy by another way than the copy itself.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save travel copy</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The travel copy could not be saved: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The travel copy was saved to {path}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VotePage</name>
        <message>
            <source>Vote on priorities</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up a round, open it, and let people vote at this laptop or on paper. Results stay hidden until you close the round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Set up a vote on the recommendations selected or shown on the Review page</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Voting rounds</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>ROUNDS</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No voting rounds yet</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A round puts some recommendations to the vote. First pick them on the Review page: select them, or search and filter the list. Then create a round here, choose how people vote (dots, points, ranking and more), open it, and start the kiosk so that each person votes at this laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Go to Review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>New round…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Change the title, the rules or the candidates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open for voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>People can vote once the round is open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Start kiosk…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Full screen at this laptop: each person picks their name and votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Paper ballots…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type in ballots that were filled in on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wall-chart counts…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dots counted on a wall chart, per candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Tick who is present and received a ballot-code slip</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Show on projector</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The round and its turnout, large, for the room</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close round…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Stop the voting and count the ballots</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>See results</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>How</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballot</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who votes</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Turnout</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One ballot per organisation (%1 organisations with registered participants)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each participant (%1 registered)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rules locked: the round is closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Rules locked: ballots are in. Method, candidates and budget can no longer change.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open the round when the room is ready to vote. Until then you can edit it or delete it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results stay hidden until you close the round, so no one is swayed by the early count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The round is closed: the results are on the Results step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidates (%1)</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n of {eligible} voted</source>
            <translation>
                <numerusform>%n of {eligible} voted</numerusform>
                <numerusform>%n of {eligible} voted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n at the laptop</source>
            <translation>
                <numerusform>%n at the laptop</numerusform>
                <numerusform>%n at the laptop</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on paper</source>
            <translation>
                <numerusform>%n on paper</numerusform>
                <numerusform>%n on paper</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on the wall chart</source>
            <translation>
                <numerusform>%n on the wall chart</numerusform>
                <numerusform>%n on the wall chart</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>%n present</numerusform>
                <numerusform>%n present</numerusform>
            </translation>
        </message>
        <message>
            <source>Round saved. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete the draft round “%1”? You can undo this with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Round deleted. Undo with Ctrl+Z.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is open for voting. Start the kiosk, or enter paper ballots.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close round</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Close “%1” and count the ballots? %2.

A closed round never reopens: no one can vote in it afterwards.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“%1” is closed. See its results on the Results step.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The kiosk is running. To leave it, press Facilitator (or Esc) and type the PIN.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Kiosk closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The projector view is not available in this version.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open ballot: who voted for what is kept, and can be shown once the round closes</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>VoteRoundList</name>
        <message numerus="yes">
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>%n candidate</numerusform>
                <numerusform>%n candidates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} voted</source>
            <translation>
                <numerusform>%n of {eligible} voted</numerusform>
                <numerusform>%n of {eligible} voted</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} have voted</source>
            <translation>
                <numerusform>%n of {eligible} have voted</numerusform>
                <numerusform>%n of {eligible} have voted</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <source>Draft</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Open for voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Closed</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each participant</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One ballot per organisation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>at the laptop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>on paper</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{voted} of {eligible} have voted</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Run-off: {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dot voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>100-point voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score 0–{most}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ranked (Borda)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ranked (Schulze)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MoSCoW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Must</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Should</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Could</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Won't</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{method}: the number of dots per person is not set yet.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{method}: %n dot(s) each, at most {cap} on one candidate.</source>
            <translation>
                <numerusform>{method}: %n dot each, at most {cap} on one candidate.</numerusform>
                <numerusform>{method}: %n dots each, at most {cap} on one candidate.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n dot(s) each, and any number may go on one candidate.</source>
            <translation>
                <numerusform>{method}: %n dot each, and any number may go on one candidate.</numerusform>
                <numerusform>{method}: %n dots each, and any number may go on one candidate.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n point(s) each to share out, at most {cap} on one candidate.</source>
            <translation>
                <numerusform>{method}: %n point each to share out, at most {cap} on one candidate.</numerusform>
                <numerusform>{method}: %n points each to share out, at most {cap} on one candidate.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n point(s) each to share out, and any number may go on one candidate.</source>
            <translation>
                <numerusform>{method}: %n point each to share out, and any number may go on one candidate.</numerusform>
                <numerusform>{method}: %n points each to share out, and any number may go on one candidate.</numerusform>
            </translation>
        </message>
        <message>
            <source>{method}: tick every candidate you support, as many as you like; candidates are ranked by the number of ticks.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{method}: rate any candidate from 0 to {most}; candidates are ranked by the sum of their scores. A candidate left unrated gets no score (not a 0), so its mean is over the people who rated it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{method}: rank as many candidates as you like, best first; you may rank some level. A ballot that ranks k candidates gives k points to its first choice, k − 1 to the second, and so on down to 1 point for the last one ranked; unranked candidates get 0. Candidates ranked level share the points of the places they fill: two level in 2nd and 3rd place of 4 get (3 + 2) ÷ 2 = 2.5 each. Candidates are ranked by their points.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{method}: rank as many candidates as you like, best first; you may rank some level, and unranked candidates count as level below every ranked one. X beats Y when the strongest chain of head-to-head wins from X to Y is stronger than the strongest chain from Y to X. A chain is as strong as its weakest win; a win is stronger when more ballots back it, or as many back it and fewer oppose it. First place goes to every candidate no one beats; then the same among the rest, and so on. Candidates sharing a place do not beat each other; the beatpath wins shown are not used to separate them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{method}: mark each candidate Must, Should, Could or Won't; candidates are ranked by points (Must 3, Should 2, Could 1, Won't 0).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This round's voting method ({value!r}) is not one this version knows. Choose the method again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dot voting needs a number of dots per person. Set it before opening the round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Each person needs at least 1 dot, as a whole number; the round says {dots}. Set the dots per person to 1 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The points budget must be a whole number of at least 1; the round says {points}. Set it to {default}, or another number of 1 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A limit per candidate only applies to dot voting and 100-point voting. Clear it for {method}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The most on one candidate must be a whole number of at least 1; the round says {cap}. Raise it, or clear it to allow any amount.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The most on one candidate ({cap}) is more than each person's %n dot(s). Lower it to {budget} or less, or clear it.</source>
            <translation>
                <numerusform>The most on one candidate ({cap}) is more than each person's %n dot. Lower it to {budget} or less, or clear it.</numerusform>
                <numerusform>The most on one candidate ({cap}) is more than each person's %n dots. Lower it to {budget} or less, or clear it.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The most on one candidate ({cap}) is more than each person's %n point(s). Lower it to {budget} or less, or clear it.</source>
            <translation>
                <numerusform>The most on one candidate ({cap}) is more than each person's %n point. Lower it to {budget} or less, or clear it.</numerusform>
                <numerusform>The most on one candidate ({cap}) is more than each person's %n points. Lower it to {budget} or less, or clear it.</numerusform>
            </translation>
        </message>
        <message>
            <source>A vote needs at least 2 candidates; this round has {count}. Add candidates before opening it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A ranked vote works on a shortlist of at most {most} candidates; this round has {count}. Shortlist first (for example with a dot-voting round), or use dot, approval or score voting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For dot voting, give the number of dots on each candidate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For 100-point voting, give the number of points on each candidate.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For approval voting, give the list of candidates ticked.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For score voting, give a score from 0 to {most} for each candidate rated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For a ranked vote, give the candidates in order, best first. Put candidates you rank level together in a list of their own.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>For MoSCoW, give Must, Should, Could or Won't for each candidate classified.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{key}” is not a candidate in this round. Remove it from the ballot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{candidate} is not a candidate in this round. Remove it from the ballot.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A group of candidates ranked level holds candidates only, not another group. {hint}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{candidate} is ranked twice. Rank each candidate once at most.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{candidate} is ranked %n times. Rank each candidate once at most.</source>
            <translation>
                <numerusform>{candidate} is ranked %n times. Rank each candidate once at most.</numerusform>
                <numerusform>{candidate} is ranked %n times. Rank each candidate once at most.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{value}” is not a MoSCoW choice (for {candidate}). Use Must, Should, Could or Won't.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores run from 0 to {score_max}: {candidate} has {n}. Give a score from 0 to {score_max}, or leave it unrated.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This ballot puts {count} on {candidate}; the most on one candidate is {cap}. Take {number} off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This ballot gives {count}; each person has {budget}. Take {number} off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{candidate} has “{value}”, which is not a number. Give a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dots are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Points are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Scores are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{candidate} has {value}; a ballot cannot give a negative number. Use 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidate {dup} is listed twice in this round. Remove the repeat, then count again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wall-chart counts only apply to dot voting and 100-point voting; this round uses {label}. Enter the paper ballots one by one instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The wall chart has a count for candidate {c}, which is not in this round. Remove that count.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The wall-chart count for candidate {c} is {n}. Counts are whole numbers, 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A ballot names candidate {candidate!r}, which is not in this round. Restore the candidate or remove the ballot, then count again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A ballot has “{word}” for candidate {c}, which is not a MoSCoW choice. Correct the ballot, then count again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The Schulze count found a cycle of wins, which the method rules out. Report this with the workshop file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number} {unit}</source>
            <comment>a fraction of a unit, e.g. 2.5 Borda points</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n dot</numerusform>
                <numerusform>%n dots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approval(s)</source>
            <translation>
                <numerusform>%n approval</numerusform>
                <numerusform>%n approvals</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Borda point(s)</source>
            <translation>
                <numerusform>%n Borda point</numerusform>
                <numerusform>%n Borda points</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beatpath win(s)</source>
            <translation>
                <numerusform>%n beatpath win</numerusform>
                <numerusform>%n beatpath wins</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MoSCoW point(s)</source>
            <translation>
                <numerusform>%n MoSCoW point</numerusform>
                <numerusform>%n MoSCoW points</numerusform>
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
            <translation type="unfinished" />
        </message>
        <message>
            <source>approvals</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Borda points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>beatpath wins</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MoSCoW points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>points</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}st</source>
            <comment>the ordinal 1 in “1st choice”</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}th</source>
            <comment>an ordinal choice: 4th, 11th, 13th, 20th choice</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}st</source>
            <comment>an ordinal choice ending in 1, not 1 or 11: 21st choice</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}nd</source>
            <comment>an ordinal choice ending in 2: 2nd, 22nd choice</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}rd</source>
            <comment>an ordinal choice ending in 3: 3rd, 23rd choice</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}st</source>
            <comment>the ordinal 1 in “1st place”</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}th</source>
            <comment>an ordinal place: 4th, 11th, 13th, 20th place</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}st</source>
            <comment>an ordinal place ending in 1, not 1 or 11: 21st place</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}nd</source>
            <comment>an ordinal place ending in 2: 2nd, 22nd place</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{n}rd</source>
            <comment>an ordinal place ending in 3: 3rd, 23rd place</comment>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{names} and %n others</source>
            <translation>
                <numerusform>{names} and %n others</numerusform>
                <numerusform>{names} and %n others</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} share {place} place: none of them beats another on the strongest chain of head-to-head wins. No tie-break is applied: hold a run-off to separate them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} got no {unit}; they share {place} place.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{names} are tied for {place} place with {amount} each. No tie-break is applied: hold a run-off to separate them.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are exactly level head to head: %n ballot(s) put {higher} higher and %n put {lower} higher. {higher} ranks above only on Borda points. Between these two it is a tie: hold a run-off to separate them.</source>
            <translation>
                <numerusform>{higher} and {lower} are exactly level head to head: %n ballot put {higher} higher and %n put {lower} higher. {higher} ranks above only on Borda points. Between these two it is a tie: hold a run-off to separate them.</numerusform>
                <numerusform>{higher} and {lower} are exactly level head to head: %n ballots put {higher} higher and %n put {lower} higher. {higher} ranks above only on Borda points. Between these two it is a tie: hold a run-off to separate them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are exactly level head to head: %n ballot(s) put {higher} higher and %n put {lower} higher. {higher} ranks above only because of how each fares against other candidates. Between these two it is a tie: hold a run-off to separate them.</source>
            <translation>
                <numerusform>{higher} and {lower} are exactly level head to head: %n ballot put {higher} higher and %n put {lower} higher. {higher} ranks above only because of how each fares against other candidates. Between these two it is a tie: hold a run-off to separate them.</numerusform>
                <numerusform>{higher} and {lower} are exactly level head to head: %n ballots put {higher} higher and %n put {lower} higher. {higher} ranks above only because of how each fares against other candidates. Between these two it is a tie: hold a run-off to separate them.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are nearly level head to head: %n ballot(s) put {higher} higher, {under} put {lower} higher. Consider a run-off.</source>
            <translation>
                <numerusform>{higher} and {lower} are nearly level head to head: %n ballot put {higher} higher, {under} put {lower} higher. Consider a run-off.</numerusform>
                <numerusform>{higher} and {lower} are nearly level head to head: %n ballots put {higher} higher, {under} put {lower} higher. Consider a run-off.</numerusform>
            </translation>
        </message>
        <message>
            <source>{higher} ({higher_amount}) and {lower} ({lower_amount}) are within {margin} of each other: a tie in practice. Consider a run-off.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no voting round {round_id} in this workshop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} is not registered with an organisation, and this round takes one ballot per organisation.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label} has already voted in “{title}”. Each person votes once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{organisation} has already voted in “{title}”. Each organisation votes once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet. Results show once it has been opened and closed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Results of “{title}” show when the round closes. So far {sentence}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This round is secret: ballots are not linked to anyone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ballots show when the round closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{missing_count} of the chosen recommendations are no longer in the workshop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The round needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The title is too long (at most {title_max} characters).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Create voting round “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymous ballot codes are for secret rounds. Make the round secret.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Anonymous ballot codes can't tell organisations apart: a round with one ballot per organisation uses secret ballots by name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The number of ballot codes must be between 1 and {max_codes}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rules of “{title}” are locked: ballots are in. Method, candidates and budget can no longer change. Create a new round instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is open: its ballot codes were made when it opened, so whether it uses codes, and how many, can no longer change. Create a new round instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit voting round “{new_title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The rules of “{title}” are locked: ballots are in, so this step can no longer be undone.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Delete voting round “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” has been opened for voting, so it stays in the workshop's record.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A run-off follows a closed round; “{title}” is not closed yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A run-off needs at least two of this round's candidates.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Someone ticked present is not registered for this round. Refresh the list and tick again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Attendance for “{title}”</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” does not use anonymous ballot codes: the “has voted” record already says who took part.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is closed. A closed round never reopens; create a run-off or a new round instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No organisations are registered yet. Register participants first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>No participants are registered yet. Register participants first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no participant {participant_id} in this workshop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is closed: it takes no more ballots.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is not open for voting yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: a ballot is cast with a code, never under a name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” does not use ballot codes: voters pick their name.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” does not use ballot codes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” is not open: its ballot codes are made when it opens.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Code {n} ({code}) is not an unused ballot code of “{title}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Another program has this workshop open{who}. A secret ballot is recorded only when no other program is reading the file. Close it there and cast the ballot again; nothing was recorded.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Wall-chart counts are for dot or point voting. Type in paper ballots instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Candidate {cand} is not in this round.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The count for {known} must be a whole number, 0 or more.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: nobody is marked by name. Enter the wall-chart counts without naming who placed them.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This ballot code is not valid for this round, or it has been used already. Check it, or ask the facilitator for a new slip.</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>The wall chart has %n dot(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>The wall chart has %n dot, more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</numerusform>
                <numerusform>The wall chart has %n dots, more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The wall chart has %n point(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>The wall chart has %n point, more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</numerusform>
                <numerusform>The wall chart has %n points, more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{candidate} has %n dot(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>{candidate} has %n dot, more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</numerusform>
                <numerusform>{candidate} has %n dots, more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{candidate} has %n point(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>{candidate} has %n point, more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</numerusform>
                <numerusform>{candidate} has %n points, more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Voting methods</name>
        <message>
            <source>Dot voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>100-point voting</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Approval</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Score 0–{top}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ranked (Borda)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Ranked (Schulze)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>MoSCoW</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WallChartDialog</name>
        <message>
            <source>Wall-chart counts: %1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Enter wall-chart counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type how many dots each candidate got on the wall chart; counts entered before are shown, to correct or complete. Tick the people who voted on the wall, so they can't also vote at the laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type how many points each candidate got on the wall chart; counts entered before are shown, to correct or complete. Tick the people who voted on the wall, so they can't also vote at the laptop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Counts per candidate</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Who voted on the wall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save wall-chart counts</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 person ticked</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n people ticked</source>
            <translation>
                <numerusform>%n people ticked</numerusform>
                <numerusform>%n people ticked</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On the wall: %n dot(s)</source>
            <translation>
                <numerusform>On the wall: %n dot</numerusform>
                <numerusform>On the wall: %n dots</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On the wall: %n point(s)</source>
            <translation>
                <numerusform>On the wall: %n point</numerusform>
                <numerusform>On the wall: %n points</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WallCountModel</name>
        <message>
            <source>No.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Recommendation</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dots on the wall</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Word export</name>
        <message>
            <source>Organised by: {organisers}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Untitled priority</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cluster</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{label}:</source>
            <comment>a label before its value</comment>
            <translation type="unfinished" />
        </message>
        <message>
            <source>(this recommendation was deleted)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Added {count}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>1 was already in the workshop and was not added again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Choose a different file name for the copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can't write to “{parent}”: the folder is read-only. Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The copy could not be written to “{target}”: {error}. The workshop is unchanged.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit workshop details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The same recommendation, from the same State(s), is already in the workshop.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Add recommendation {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This recommendation has not been saved yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This recommendation no longer exists (it may have been deleted).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Edit recommendation {value}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note is empty.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This recommendation no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The note is empty. Delete it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This note no longer exists.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>This file has no recommendations to {chosen}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{problems} Correct the file and import it again; nothing was added.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop needs a title.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The UPR cycle must be a number from 1 to 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{code}” is not a document language; choose one of {codes}.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkshopDialogs</name>
        <message>
            <source>Workshop</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkshopFile</name>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command, on this computer) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command, on another computer) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop (on this computer). You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop (on another computer). You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop. You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>{listed}; and {more} more</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was not opened: it contains {listed}. Something added there could record or change what is done in the workshop (such as who voted and when). The file has not been changed. Save a cleaned copy, which keeps the workshop's data and nothing else, and open that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The disk is full: free some space and try again. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can't write to “{parent}”: {value}. Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” could not be written: {value}. Free some space or choose another folder; nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop file “{name}” is damaged ({detail}). Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop file “{name}” is damaged. Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop file is damaged ({detail}). Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop file is damaged. Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” can't be changed: it is read-only. Use “Save a copy…” to work on a copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is busy in another window or program. Close it there and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is damaged. Open it again: the app then offers its latest good backup. The backups folder is shown in Help ▸ About.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The change could not be saved to “{name}”: {error}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SQLite's check found: {problem}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is open read-only. Use “Save a copy…” to make changes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Some text contains characters that are not valid text (the file may be damaged or mis-exported), so nothing was saved. Re-export the file and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>There is no file at “{path}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{path}” is a folder, not a workshop file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” can't be read: {strerror}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a UPR Desktop workshop file. To bring its recommendations into a workshop, use Import.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is not a UPR Desktop workshop file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is no longer open in this window. Open it again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is damaged or not a workshop file ({error}). Restore it from a backup, or open a backup copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>SQLite says: {error}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is a database, but not a UPR Desktop workshop file.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was saved by a newer version of UPR Desktop (its format has {applied_count} upgrades, this version knows {schema_version}). Install the latest UPR Desktop to open it. The file has not been changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was made by an older version and must be upgraded, which can't be done where it is (read-only). Copy it to a folder you can write to and open the copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” needs an upgrade, but no copy of it could be kept first ({error}), so it was not upgraded. Nothing was changed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” could not be upgraded ({reason}). It is unchanged, and a copy was kept at “{backup}”.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” already exists. Choose another name, or open it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The folder “{parent}” does not exist.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Can't create “{name}”: the folder “{parent}” is read-only. Choose another folder.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” already exists. Choose another name for the cleaned copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The cleaned copy must be a new file: the original is kept as it is.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” was saved by a newer version of UPR Desktop. Install the latest UPR Desktop to clean it.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cleaned copy of “{name}” could not be made ({error}). The original is unchanged; open an earlier backup of it instead.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>A cleaned copy could not be written to “{target}” ({strerror}).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a {type} “{name}” that UPR Desktop did not put there</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>no {type} “{name}”, which UPR Desktop needs</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>a {type} “{name}” that is not the one UPR Desktop made</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkshopInfoDialog</name>
        <message>
            <source>Workshop details</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Cancel</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>These details appear on printouts and on the outcome charter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>“{name}” is open read-only, so its details can't be changed. Use “Save a copy…” to work on a copy.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkshopInfoForm</name>
        <message>
            <source>e.g. CSO strategy workshop on Kenya's 4th UPR cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type or choose a State, e.g. Kenya</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Not set</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>e.g. Nairobi, YMCA conference hall</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>One organisation per line</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>THE REVIEW</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Title</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Country under review</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Review date</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>UPR cycle</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>THE WORKSHOP</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Venue</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>to</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Dates</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Organisers</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The charter, handouts, ballots and exports are written in this language.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Documents in</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>All countries (coalition database)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Give the workshop a title: it appears on every printout and on the charter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop's last day is before its first day. Check the dates.</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>WorkshopLocker</name>
        <message>
            <source>The workshop can't be locked while the kiosk is open for voting.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Locked — UPR Desktop</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Type the passphrase first.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>That passphrase is not right, so the workshop stays locked. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>The workshop could not be reopened: {reason}</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>_FilterPopup</name>
        <message>
            <source>Nothing to choose from in this workshop yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <source>Clear</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n selected</numerusform>
                <numerusform>%n selected</numerusform>
            </translation>
        </message>
        <message>
            <source>Any</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
