<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>this app</source>
            <translation>هذا التطبيق</translation>
        </message>
        <message>
            <source>the language the app is written in</source>
            <translation>اللغة المكتوب بها التطبيق</translation>
        </message>
        <message>
            <source>Public domain</source>
            <translation>ملك عام</translation>
        </message>
        <message>
            <source>the workshop file</source>
            <translation>ملف حلقة العمل</translation>
        </message>
        <message>
            <source>{name} is distributed under the {licence} licence.</source>
            <translation>يُوزَّع {name} بموجب ترخيص {licence}.</translation>
        </message>
        <message>
            <source>portable</source>
            <translation>نسخة محمولة</translation>
        </message>
        <message>
            <source>installed</source>
            <translation>نسخة مثبَّتة</translation>
        </message>
        <message>
            <source>from source</source>
            <translation>من الشفرة المصدرية</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>مجلد البيانات: {folder}</translation>
        </message>
        <message>
            <source>Program: {folder}</source>
            <translation>البرنامج: {folder}</translation>
        </message>
        <message>
            <source>About UPR Desktop</source>
            <translation>عن UPR Desktop</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>الإصدار {version}</translation>
        </message>
        <message>
            <source>Offline workshops for following up the Universal Periodic Review: review the recommendations, cluster and prioritise them, vote, and adopt an outcome charter. It works without internet; workshop files stay on this computer unless you copy them.</source>
            <translation>حلقات عمل دون اتصال بالإنترنت لمتابعة الاستعراض الدوري الشامل: استعراض التوصيات، وتجميعها في مجموعات مواضيعية وترتيب أولوياتها، والتصويت، واعتماد ميثاق ختامي. يعمل التطبيق دون إنترنت؛ وتبقى ملفات حلقات العمل على هذا الحاسوب ما لم تنسخها.</translation>
        </message>
        <message>
            <source>Portable: settings, recent workshops, logs and backups are kept beside the app, in {folder}.</source>
            <translation>نسخة محمولة: تُحفظ الإعدادات وحلقات العمل الأخيرة والسجلات والنسخ الاحتياطية بجوار التطبيق، في {folder}.</translation>
        </message>
        <message>
            <source>Settings, recent workshops, logs and backups: {folder}</source>
            <translation>الإعدادات وحلقات العمل الأخيرة والسجلات والنسخ الاحتياطية: {folder}</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>المكوِّن</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الإصدار</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>الترخيص</translation>
        </message>
        <message>
            <source>Components and their licences</source>
            <translation>المكوِّنات وتراخيصها</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>نص الترخيص</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>نسخ التفاصيل</translation>
        </message>
        <message>
            <source>Copies the version and the data folder, to paste into a request for help.</source>
            <translation>ينسخ الإصدار ومجلد البيانات، للصقهما في طلب مساعدة.</translation>
        </message>
        <message>
            <source>This app</source>
            <translation>هذا التطبيق</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>المكتبات البرمجية</translation>
        </message>
        <message>
            <source>Fonts embedded in the PDFs</source>
            <translation>الخطوط المضمَّنة في ملفات PDF</translation>
        </message>
    </context>
    <context>
        <name>AssessDialog</name>
        <message>
            <source>The coalition</source>
            <translation>الائتلاف</translation>
        </message>
        <message>
            <source>Assess</source>
            <translation>تقييم</translation>
        </message>
        <message>
            <source>Why: what changed, or what did not (a sentence or two)</source>
            <translation>السبب: ما الذي تغيَّر، أو ما الذي لم يتغيَّر (جملة أو جملتان)</translation>
        </message>
        <message>
            <source>Evidence for this assessment</source>
            <translation>الأدلة على هذا التقييم</translation>
        </message>
        <message>
            <source>No evidence yet: add it on the Evidence tab, then link it here.</source>
            <translation>لا توجد أدلة بعد: أضفها في علامة التبويب «الأدلة»، ثم اربطها هنا.</translation>
        </message>
        <message>
            <source>Record assessment</source>
            <translation>تسجيل التقييم</translation>
        </message>
        <message>
            <source>Recommendation or priority</source>
            <translation>التوصية أو الأولوية</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>تاريخ التقييم</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>المقيِّم</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>المسوِّغات</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Earlier assessments are kept: this one is added to the history. When organisations disagree, each one's view is shown.</source>
            <translation>يُحتفظ بالتقييمات السابقة: ويُضاف هذا التقييم إلى السجل. وعندما تختلف المنظمات، يُعرض رأي كل منها.</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation>%1 من أصل %2 حرفاً</translation>
        </message>
    </context>
    <context>
        <name>Assessment status</name>
        <message>
            <source>Not assessed</source>
            <translation>لم يُقيَّم</translation>
        </message>
        <message>
            <source>Not implemented</source>
            <translation>غير منفَّذة</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>منفَّذة جزئياً</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>منفَّذة بالكامل</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>لا توجد معلومات</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Import attendance list</source>
            <translation>استيراد قائمة الحضور</translation>
        </message>
        <message>
            <source>From %1 · %2 rows read</source>
            <translation>من %1 · الصفوف المقروءة: %2</translation>
        </message>
        <message>
            <source>Nobody new: everyone on this list is already registered.</source>
            <translation>لا يوجد أحد جديد: كل من في هذه القائمة مسجَّل بالفعل.</translation>
        </message>
        <message>
            <source>This list has nobody to add.</source>
            <translation>لا يوجد في هذه القائمة أحد لإضافته.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) will be added.</source>
            <translation>
                <numerusform>لن يُضاف أي مشارك.</numerusform>
                <numerusform>سيُضاف مشارك واحد.</numerusform>
                <numerusform>سيُضاف مشاركان.</numerusform>
                <numerusform>سيُضاف %n مشاركين.</numerusform>
                <numerusform>سيُضاف %n مشاركاً.</numerusform>
                <numerusform>سيُضاف %n مشارك.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 already registered (same name and organisation) will not be added again.</source>
            <translation>لن يُضاف مجدداً من هم مسجَّلون بالفعل (بالاسم نفسه والمنظمة نفسها)، وعددهم %1.</translation>
        </message>
        <message>
            <source>Left out of the list (%1)</source>
            <translation>ما استُبعد من القائمة (%1)</translation>
        </message>
        <message>
            <source>The list</source>
            <translation>القائمة</translation>
        </message>
        <message>
            <source>The first %1 of %2</source>
            <translation>أول %1 من أصل %2</translation>
        </message>
        <message>
            <source>Import 1 participant</source>
            <translation>استيراد مشارك واحد</translation>
        </message>
        <message>
            <source>Import %1 participants</source>
            <translation>استيراد المشاركين (%1)</translation>
        </message>
        <message>
            <source>1 row of the file was left out.</source>
            <translation>استُبعد صف واحد من الملف.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows of the file were left out.</source>
            <translation>
                <numerusform>لم يُستبعد أي صف من الملف.</numerusform>
                <numerusform>استُبعد صف واحد من الملف.</numerusform>
                <numerusform>استُبعد صفان من الملف.</numerusform>
                <numerusform>استُبعدت %n صفوف من الملف.</numerusform>
                <numerusform>استُبعد %n صفاً من الملف.</numerusform>
                <numerusform>استُبعد %n صف من الملف.</numerusform>
            </translation>
        </message>
        <message>
            <source>Attendance: %1</source>
            <translation>الحضور: %1</translation>
        </message>
        <message>
            <source>Who is present and received a slip</source>
            <translation>من حضر وتسلَّم قسيمة</translation>
        </message>
        <message>
            <source>Tick everyone present who took a ballot-code slip, then save. Do it before the vote or after it, never as people vote: the list is saved whole, with no time and no order, and says nothing about who voted.</source>
            <translation>ضع علامة على كل حاضر أخذ قسيمة رمز اقتراع، ثم احفظ. افعل ذلك قبل التصويت أو بعده، لا أثناء تصويت الناس أبداً: فالقائمة تُحفظ كاملة، دون توقيت ولا ترتيب، ولا تكشف شيئاً عمن صوَّت.</translation>
        </message>
        <message>
            <source>Organisations present</source>
            <translation>المنظمات الحاضرة</translation>
        </message>
        <message>
            <source>Participants present</source>
            <translation>المشاركون الحاضرون</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>تحديد الكل</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Save attendance</source>
            <translation>حفظ الحضور</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} ticked present</source>
            <translation>
                <numerusform>%n من أصل {total} مؤشَّر على حضورهم</numerusform>
                <numerusform>%n من أصل {total} مؤشَّر على حضورهم</numerusform>
                <numerusform>%n من أصل {total} مؤشَّر على حضورهم</numerusform>
                <numerusform>%n من أصل {total} مؤشَّر على حضورهم</numerusform>
                <numerusform>%n من أصل {total} مؤشَّر على حضورهم</numerusform>
                <numerusform>%n من أصل {total} مؤشَّر على حضورهم</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendancePreviewModel</name>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>المجال المواضيعي</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>الموافقة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>(by number)</source>
            <translation>(بالرقم)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Already registered</source>
            <translation>مسجَّل بالفعل</translation>
        </message>
        <message>
            <source>New</source>
            <translation>جديد</translation>
        </message>
    </context>
    <context>
        <name>Ballot code slips</name>
        <message>
            <source>Ballot codes: {round}</source>
            <translation>رموز الاقتراع: {round}</translation>
        </message>
        <message>
            <source>Keep this code to yourself.</source>
            <translation>احتفظ بهذا الرمز لنفسك.</translation>
        </message>
        <message>
            <source>Type it at the laptop, or write it on a paper ballot.</source>
            <translation>أدخِله في الحاسوب المحمول، أو اكتبه على بطاقة اقتراع ورقية.</translation>
        </message>
        <message>
            <source>It works once.</source>
            <translation>يصلح للاستعمال مرة واحدة.</translation>
        </message>
    </context>
    <context>
        <name>BallotCodeEntry</name>
        <message>
            <source>Type your ballot code</source>
            <translation>اكتب رمز الاقتراع الخاص بك</translation>
        </message>
        <message>
            <source>This is a secret ballot with ballot codes. Type the code from the slip you took. Nobody, not even this laptop, knows whose slip it is. Each code works once.</source>
            <translation>هذا اقتراع سري برموز اقتراع. اكتب الرمز المدوَّن على القسيمة التي أخذتها. لا أحد يعرف لمن هذه القسيمة، ولا حتى هذا الحاسوب المحمول. وكل رمز يصلح لمرة واحدة.</translation>
        </message>
        <message>
            <source>Ten letters and numbers, such as K7QP4-XMD2A. Capitals and the dash don't matter.</source>
            <translation>عشرة حروف وأرقام، مثل K7QP4-XMD2A. لا أهمية للأحرف الكبيرة ولا للشرطة.</translation>
        </message>
        <message>
            <source>Your ballot code</source>
            <translation>رمز الاقتراع الخاص بك</translation>
        </message>
        <message>
            <source>Ballot code</source>
            <translation>رمز الاقتراع</translation>
        </message>
        <message>
            <source>Continue to the ballot  ›</source>
            <translation>مواصلة إلى بطاقة الاقتراع  ›</translation>
        </message>
        <message>
            <source>Type the code from your slip first.</source>
            <translation>اكتب أولاً الرمز المدوَّن على قسيمتك.</translation>
        </message>
        <message>
            <source>A ballot code has ten letters and numbers. Check the slip and type it again.</source>
            <translation>يتكون رمز الاقتراع من عشرة حروف وأرقام. تحقق من القسيمة واكتبه مرة أخرى.</translation>
        </message>
        <message>
            <source>This code is not valid for this round, or it has been used already. Check it, or ask the facilitator for a new slip.</source>
            <translation>هذا الرمز غير صالح لهذه الجولة، أو سبق استخدامه. تحقق منه، أو اطلب من الميسِّر قسيمة جديدة.</translation>
        </message>
    </context>
    <context>
        <name>BallotCodesDialog</name>
        <message>
            <source>Ballot code slips</source>
            <translation>قسائم رموز الاقتراع</translation>
        </message>
        <message>
            <source>Print the ballot code slips now</source>
            <translation>اطبع قسائم رموز الاقتراع الآن</translation>
        </message>
        <message>
            <source>“%1” is open with %2 one-time ballot codes. They are shown only now: the workshop file does not keep them, so they can't be shown again. Print the slips (or save them as a PDF to print from another computer), cut them up and shuffle them. Each person takes one at random and types it at the kiosk, or writes it on a paper ballot.</source>
            <translation>«%1» مفتوحة مع رموز اقتراع تُستخدم مرة واحدة، عددها %2. ولا تُعرض إلا الآن: فملف حلقة العمل لا يحتفظ بها، ولذلك لا يمكن عرضها مرة أخرى. اطبع القسائم (أو احفظها بصيغة PDF لطباعتها من حاسوب آخر)، ثم قصَّها واخلطها. يأخذ كل شخص قسيمة واحدة عشوائياً ويكتب رمزها في كشك التصويت، أو يكتبه على بطاقة اقتراع ورقية.</translation>
        </message>
        <message>
            <source>Print slips…</source>
            <translation>طباعة القسائم…</translation>
        </message>
        <message>
            <source>Save slips as PDF…</source>
            <translation>حفظ القسائم بصيغة PDF…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>تم</translation>
        </message>
        <message>
            <source>Save ballot code slips</source>
            <translation>حفظ قسائم رموز الاقتراع</translation>
        </message>
        <message>
            <source>ballot codes.pdf</source>
            <translation>رموز الاقتراع.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1. Print it, then delete it: the codes are as good as ballot papers.</source>
            <translation>حُفظ الملف في %1. اطبعه، ثم احذفه: فللرموز قيمة بطاقات الاقتراع نفسها.</translation>
        </message>
        <message>
            <source>Print ballot code slips</source>
            <translation>طباعة قسائم رموز الاقتراع</translation>
        </message>
        <message>
            <source>Sent %1 page(s) to the printer.</source>
            <translation>أُرسلت صفحات إلى الطابعة (العدد: %1).</translation>
        </message>
        <message>
            <source>The slips have not been printed or saved. Once this closes, the codes are gone for good and this round can only take ballots by a new round. Close anyway?</source>
            <translation>لم تُطبع القسائم ولم تُحفظ. وبمجرد إغلاق هذه النافذة، تضيع الرموز نهائياً، ولا يمكن تلقي بطاقات الاقتراع إلا بجولة جديدة. هل تريد الإغلاق على أي حال؟</translation>
        </message>
    </context>
    <context>
        <name>BallotCounts</name>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n ملصق</numerusform>
                <numerusform>ملصق واحد</numerusform>
                <numerusform>ملصقان</numerusform>
                <numerusform>%n ملصقات</numerusform>
                <numerusform>%n ملصقاً</numerusform>
                <numerusform>%n ملصق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n نقطة</numerusform>
                <numerusform>نقطة واحدة</numerusform>
                <numerusform>نقطتان</numerusform>
                <numerusform>%n نقاط</numerusform>
                <numerusform>%n نقطة</numerusform>
                <numerusform>%n نقطة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BallotEditor</name>
        <message>
            <source>What is left</source>
            <translation>ما تبقى</translation>
        </message>
        <message>
            <source>All your %1 are placed. To move one, take it off a candidate first.</source>
            <translation>لقد وزَّعت كل ما لديك: %1. لنقل أيٍّ منها، انزعه أولاً عن أحد الخيارات.</translation>
        </message>
        <message>
            <source>%1 already has %2: that is the most one candidate can have.</source>
            <translation>لدى %1 بالفعل %2: وهذا أقصى ما يمكن أن يحصل عليه خيار واحد.</translation>
        </message>
        <message>
            <source>Your ranking</source>
            <translation>ترتيبك</translation>
        </message>
        <message>
            <source>Not ranked yet</source>
            <translation>لم تُرتَّب بعد</translation>
        </message>
        <message>
            <source>▲  Up</source>
            <translation>▲  لأعلى</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>نقل إلى أعلى</translation>
        </message>
        <message>
            <source>▼  Down</source>
            <translation>▼  لأسفل</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>نقل إلى أسفل</translation>
        </message>
        <message>
            <source>=  Level with above</source>
            <translation>=  مساوٍ لما فوقه</translation>
        </message>
        <message>
            <source>Level with the one above</source>
            <translation>مساوٍ للخيار الذي فوقه</translation>
        </message>
        <message>
            <source>Rank this candidate level with the one above it: the two share a place. Press again to put it below.</source>
            <translation>رتِّب هذا الخيار في مرتبة مساوية للخيار الذي فوقه: فيتشاركان المرتبة نفسها. اضغط مرة أخرى لوضعه تحته.</translation>
        </message>
        <message>
            <source>✕  Remove</source>
            <translation>✕  إزالة</translation>
        </message>
        <message>
            <source>Your ranking, best first</source>
            <translation>ترتيبك، الأفضل أولاً</translation>
        </message>
        <message>
            <source>Your ranking: click a candidate on the right to put it first</source>
            <translation>ترتيبك: انقر على خيار في الجهة اليسرى لوضعه أولاً</translation>
        </message>
        <message>
            <source>Not ranked yet (%1): click the next one you prefer</source>
            <translation>لم تُرتَّب بعد (%1): انقر على الخيار التالي الذي تفضِّله</translation>
        </message>
        <message>
            <source>Every candidate is ranked</source>
            <translation>رُتِّبت جميع الخيارات</translation>
        </message>
        <message>
            <source>Press + to give a candidate a dot. You can put several dots on one candidate.</source>
            <translation>اضغط + لمنح خيارٍ ملصقاً. ويمكنك وضع عدة ملصقات على خيار واحد.</translation>
        </message>
        <message>
            <source>Press + to give a candidate a dot. You can put several dots on one candidate (at most %1).</source>
            <translation>اضغط + لمنح خيارٍ ملصقاً. ويمكنك وضع عدة ملصقات على خيار واحد (%1 كحد أقصى).</translation>
        </message>
        <message numerus="yes">
            <source>{left} of %n dot(s) left</source>
            <translation>
                <numerusform>بقي {left} من أصل %n ملصق</numerusform>
                <numerusform>بقي {left} من أصل ملصق واحد</numerusform>
                <numerusform>بقي {left} من أصل ملصقين</numerusform>
                <numerusform>بقي {left} من أصل %n ملصقات</numerusform>
                <numerusform>بقي {left} من أصل %n ملصقاً</numerusform>
                <numerusform>بقي {left} من أصل %n ملصق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{left} of %n point(s) left</source>
            <translation>
                <numerusform>بقي {left} من أصل %n نقطة</numerusform>
                <numerusform>بقي {left} من أصل نقطة واحدة</numerusform>
                <numerusform>بقي {left} من أصل نقطتين</numerusform>
                <numerusform>بقي {left} من أصل %n نقاط</numerusform>
                <numerusform>بقي {left} من أصل %n نقطة</numerusform>
                <numerusform>بقي {left} من أصل %n نقطة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n dot(s) placed</source>
            <translation>
                <numerusform>وُضعت جميع الملصقات (%n)</numerusform>
                <numerusform>وُضع الملصق الوحيد</numerusform>
                <numerusform>وُضع الملصقان كلاهما</numerusform>
                <numerusform>وُضعت جميع الملصقات الـ%n</numerusform>
                <numerusform>وُضعت جميع الملصقات الـ%n</numerusform>
                <numerusform>وُضعت جميع الملصقات الـ%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n point(s) placed</source>
            <translation>
                <numerusform>وُزِّعت جميع النقاط (%n)</numerusform>
                <numerusform>وُزِّعت النقطة الوحيدة</numerusform>
                <numerusform>وُزِّعت النقطتان كلتاهما</numerusform>
                <numerusform>وُزِّعت جميع النقاط الـ%n</numerusform>
                <numerusform>وُزِّعت جميع النقاط الـ%n</numerusform>
                <numerusform>وُزِّعت جميع النقاط الـ%n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You support %n candidate(s)</source>
            <translation>
                <numerusform>أنت لا تؤيد أي خيار (%n)</numerusform>
                <numerusform>أنت تؤيد خياراً واحداً</numerusform>
                <numerusform>أنت تؤيد خيارين</numerusform>
                <numerusform>أنت تؤيد %n خيارات</numerusform>
                <numerusform>أنت تؤيد %n خياراً</numerusform>
                <numerusform>أنت تؤيد %n خيار</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} ranked</source>
            <translation>
                <numerusform>%n من أصل {total} مرتَّبة</numerusform>
                <numerusform>%n من أصل {total} مرتَّبة</numerusform>
                <numerusform>%n من أصل {total} مرتَّبة</numerusform>
                <numerusform>%n من أصل {total} مرتَّبة</numerusform>
                <numerusform>%n من أصل {total} مرتَّبة</numerusform>
                <numerusform>%n من أصل {total} مرتَّبة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} rated</source>
            <translation>
                <numerusform>%n من أصل {total} مقيَّمة</numerusform>
                <numerusform>%n من أصل {total} مقيَّمة</numerusform>
                <numerusform>%n من أصل {total} مقيَّمة</numerusform>
                <numerusform>%n من أصل {total} مقيَّمة</numerusform>
                <numerusform>%n من أصل {total} مقيَّمة</numerusform>
                <numerusform>%n من أصل {total} مقيَّمة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} marked</source>
            <translation>
                <numerusform>%n من أصل {total} عليها علامة</numerusform>
                <numerusform>%n من أصل {total} عليها علامة</numerusform>
                <numerusform>%n من أصل {total} عليها علامة</numerusform>
                <numerusform>%n من أصل {total} عليها علامة</numerusform>
                <numerusform>%n من أصل {total} عليها علامة</numerusform>
                <numerusform>%n من أصل {total} عليها علامة</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 choice</source>
            <translation>الترتيب %1</translation>
        </message>
        <message>
            <source>%1 choice, level</source>
            <translation>الترتيب %1، بالتساوي</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>مؤيَّدة</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>الدرجة %1</translation>
        </message>
        <message>
            <source>Share your points out: press + (%1 at a time) or type a number next to a candidate.</source>
            <translation>وزِّع نقاطك: اضغط + (%1 في كل مرة) أو اكتب رقماً بجوار أحد الخيارات.</translation>
        </message>
        <message>
            <source>Tick every candidate you support, as many as you like.</source>
            <translation>ضع علامة على كل خيار تؤيده، بالعدد الذي تريده.</translation>
        </message>
        <message>
            <source>Rate each candidate from 0 (not at all) to %1 (most). Press a chosen score again to leave the candidate unrated.</source>
            <translation>قيِّم كل خيار من 0 (لا على الإطلاق) إلى %1 (إلى أقصى حد). اضغط مرة أخرى على الدرجة المختارة لترك الخيار دون تقييم.</translation>
        </message>
        <message>
            <source>Click candidates in order of preference: your first choice first. You need not rank them all. To rank two candidates level, select the lower one and press “Level with above”.</source>
            <translation>انقر على الخيارات بترتيب تفضيلك: خيارك الأول أولاً. لا يلزم ترتيبها كلها. ولترتيب خيارين في مرتبة متساوية، حدد الأدنى منهما واضغط «مساوٍ لما فوقه».</translation>
        </message>
        <message>
            <source>Mark each candidate Must, Should, Could or Won't. Press a chosen mark again to clear it.</source>
            <translation>صنِّف كل خيار بأنه: ضروري، أو ينبغي، أو ممكن، أو لن يُنفَّذ. اضغط مرة أخرى على التصنيف المختار لمسحه.</translation>
        </message>
        <message>
            <source>%1, level: %2: %3</source>
            <translation>%1، بالتساوي: %2: %3</translation>
        </message>
        <message>
            <source>= level with the one above</source>
            <translation>= بالتساوي مع الخيار الذي فوقه</translation>
        </message>
        <message>
            <source>Take one off %1</source>
            <translation>إزالة واحدة من %1</translation>
        </message>
        <message>
            <source>Add one to %1</source>
            <translation>إضافة واحدة إلى %1</translation>
        </message>
        <message>
            <source>Points for %1</source>
            <translation>النقاط لـ %1</translation>
        </message>
        <message>
            <source>Dots on %1</source>
            <translation>الملصقات على %1</translation>
        </message>
        <message>
            <source>at most %1 here</source>
            <translation>%1 على الأكثر هنا</translation>
        </message>
        <message>
            <source>Support %1</source>
            <translation>تأييد %1</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>تأييد</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>غير مصنَّف</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>غير مقيَّم</translation>
        </message>
    </context>
    <context>
        <name>Ballots document</name>
        <message>
            <source>Organisation {number}</source>
            <translation>المنظمة {number}</translation>
        </message>
        <message>
            <source>No organisations are registered yet, so there is nobody to print a ballot for. Register participants first, or ask for blank ballots.</source>
            <translation>لا توجد منظمات مسجلة بعد، ولذلك لا يوجد من تُطبع له بطاقة اقتراع. سجِّل المشاركين أولاً، أو اطلب بطاقات اقتراع فارغة.</translation>
        </message>
        <message>
            <source>No participants are registered yet, so there is nobody to print a ballot for. Register participants first, or ask for blank ballots.</source>
            <translation>لا يوجد مشاركون مسجلون بعد، ولذلك لا يوجد من تُطبع له بطاقة اقتراع. سجِّل المشاركين أولاً، أو اطلب بطاقات اقتراع فارغة.</translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s) is too many to print in one go (at most {most}). Lower the number of blank ballots.</source>
            <translation>
                <numerusform>لا يمكن طباعة %n بطاقة اقتراع دفعة واحدة، فهذا عدد كبير جداً (الحد الأقصى {most}). خفِّض عدد بطاقات الاقتراع الفارغة.</numerusform>
                <numerusform>لا يمكن طباعة بطاقة اقتراع واحدة (%n) دفعة واحدة، فهذا يتجاوز الحد الأقصى ({most}). خفِّض عدد بطاقات الاقتراع الفارغة.</numerusform>
                <numerusform>لا يمكن طباعة بطاقتي اقتراع (%n) دفعة واحدة، فهذا يتجاوز الحد الأقصى ({most}). خفِّض عدد بطاقات الاقتراع الفارغة.</numerusform>
                <numerusform>لا يمكن طباعة %n بطاقات اقتراع دفعة واحدة، فهذا عدد كبير جداً (الحد الأقصى {most}). خفِّض عدد بطاقات الاقتراع الفارغة.</numerusform>
                <numerusform>لا يمكن طباعة %n بطاقة اقتراع دفعة واحدة، فهذا عدد كبير جداً (الحد الأقصى {most}). خفِّض عدد بطاقات الاقتراع الفارغة.</numerusform>
                <numerusform>لا يمكن طباعة %n بطاقة اقتراع دفعة واحدة، فهذا عدد كبير جداً (الحد الأقصى {most}). خفِّض عدد بطاقات الاقتراع الفارغة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n ملصق</numerusform>
                <numerusform>ملصق واحد</numerusform>
                <numerusform>ملصقان</numerusform>
                <numerusform>%n ملصقات</numerusform>
                <numerusform>%n ملصقاً</numerusform>
                <numerusform>%n ملصق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n dot(s). Give them to the recommendations that matter most to you: fill in one circle for each dot.</source>
            <translation>
                <numerusform>لديك %n ملصق. امنحها للتوصيات الأهم بالنسبة إليك: املأ دائرة واحدة عن كل ملصق.</numerusform>
                <numerusform>لديك ملصق واحد. امنحه للتوصيات الأهم بالنسبة إليك: املأ دائرة واحدة عن كل ملصق.</numerusform>
                <numerusform>لديك ملصقان. امنحهما للتوصيات الأهم بالنسبة إليك: املأ دائرة واحدة عن كل ملصق.</numerusform>
                <numerusform>لديك %n ملصقات. امنحها للتوصيات الأهم بالنسبة إليك: املأ دائرة واحدة عن كل ملصق.</numerusform>
                <numerusform>لديك %n ملصقاً. امنحها للتوصيات الأهم بالنسبة إليك: املأ دائرة واحدة عن كل ملصق.</numerusform>
                <numerusform>لديك %n ملصق. امنحها للتوصيات الأهم بالنسبة إليك: املأ دائرة واحدة عن كل ملصق.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n dot(s). Give them to the recommendations that matter most to you: write in a recommendation's box how many dots you give it.</source>
            <translation>
                <numerusform>لديك %n ملصق. امنحها للتوصيات الأهم بالنسبة إليك: اكتب في خانة التوصية عدد الملصقات التي تمنحها لها.</numerusform>
                <numerusform>لديك ملصق واحد. امنحه للتوصيات الأهم بالنسبة إليك: اكتب في خانة التوصية عدد الملصقات التي تمنحها لها.</numerusform>
                <numerusform>لديك ملصقان. امنحهما للتوصيات الأهم بالنسبة إليك: اكتب في خانة التوصية عدد الملصقات التي تمنحها لها.</numerusform>
                <numerusform>لديك %n ملصقات. امنحها للتوصيات الأهم بالنسبة إليك: اكتب في خانة التوصية عدد الملصقات التي تمنحها لها.</numerusform>
                <numerusform>لديك %n ملصقاً. امنحها للتوصيات الأهم بالنسبة إليك: اكتب في خانة التوصية عدد الملصقات التي تمنحها لها.</numerusform>
                <numerusform>لديك %n ملصق. امنحها للتوصيات الأهم بالنسبة إليك: اكتب في خانة التوصية عدد الملصقات التي تمنحها لها.</numerusform>
            </translation>
        </message>
        <message>
            <source>Put at most 1 dot on one recommendation.</source>
            <translation>ضع ملصقاً واحداً على الأكثر على التوصية الواحدة.</translation>
        </message>
        <message numerus="yes">
            <source>You may put up to %n dot(s) on one recommendation.</source>
            <translation>
                <numerusform>يجوز لك وضع ما يصل إلى %n ملصق على التوصية الواحدة.</numerusform>
                <numerusform>يجوز لك وضع ما يصل إلى ملصق واحد على التوصية الواحدة.</numerusform>
                <numerusform>يجوز لك وضع ما يصل إلى ملصقين على التوصية الواحدة.</numerusform>
                <numerusform>يجوز لك وضع ما يصل إلى %n ملصقات على التوصية الواحدة.</numerusform>
                <numerusform>يجوز لك وضع ما يصل إلى %n ملصقاً على التوصية الواحدة.</numerusform>
                <numerusform>يجوز لك وضع ما يصل إلى %n ملصق على التوصية الواحدة.</numerusform>
            </translation>
        </message>
        <message>
            <source>You may put several dots, or all of them, on one recommendation.</source>
            <translation>يجوز لك وضع عدة ملصقات، أو جميعها، على توصية واحدة.</translation>
        </message>
        <message numerus="yes">
            <source>Use %n or fewer in all: a ballot with more dots than that cannot be counted.</source>
            <translation>
                <numerusform>استخدم %n ملصق أو أقل في المجموع: لا تُحتسب بطاقة الاقتراع التي تحمل ملصقات أكثر من ذلك.</numerusform>
                <numerusform>استخدم ملصقاً واحداً أو أقل في المجموع: لا تُحتسب بطاقة الاقتراع التي تحمل ملصقات أكثر من ذلك.</numerusform>
                <numerusform>استخدم ملصقين أو أقل في المجموع: لا تُحتسب بطاقة الاقتراع التي تحمل ملصقات أكثر من ذلك.</numerusform>
                <numerusform>استخدم %n ملصقات أو أقل في المجموع: لا تُحتسب بطاقة الاقتراع التي تحمل ملصقات أكثر من ذلك.</numerusform>
                <numerusform>استخدم %n ملصقاً أو أقل في المجموع: لا تُحتسب بطاقة الاقتراع التي تحمل ملصقات أكثر من ذلك.</numerusform>
                <numerusform>استخدم %n ملصق أو أقل في المجموع: لا تُحتسب بطاقة الاقتراع التي تحمل ملصقات أكثر من ذلك.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n point(s) to share out. Write in a recommendation's box how many points you give it; leave the box empty to give none.</source>
            <translation>
                <numerusform>لديك %n نقطة لتوزيعها. اكتب في خانة التوصية عدد النقاط التي تمنحها لها؛ واترك الخانة فارغة إذا لم تمنحها أي نقطة.</numerusform>
                <numerusform>لديك نقطة واحدة لتوزيعها. اكتب في خانة التوصية عدد النقاط التي تمنحها لها؛ واترك الخانة فارغة إذا لم تمنحها أي نقطة.</numerusform>
                <numerusform>لديك نقطتان لتوزيعها. اكتب في خانة التوصية عدد النقاط التي تمنحها لها؛ واترك الخانة فارغة إذا لم تمنحها أي نقطة.</numerusform>
                <numerusform>لديك %n نقاط لتوزيعها. اكتب في خانة التوصية عدد النقاط التي تمنحها لها؛ واترك الخانة فارغة إذا لم تمنحها أي نقطة.</numerusform>
                <numerusform>لديك %n نقطة لتوزيعها. اكتب في خانة التوصية عدد النقاط التي تمنحها لها؛ واترك الخانة فارغة إذا لم تمنحها أي نقطة.</numerusform>
                <numerusform>لديك %n نقطة لتوزيعها. اكتب في خانة التوصية عدد النقاط التي تمنحها لها؛ واترك الخانة فارغة إذا لم تمنحها أي نقطة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Give at most %n point(s) to one recommendation.</source>
            <translation>
                <numerusform>امنح %n نقطة كحد أقصى للتوصية الواحدة.</numerusform>
                <numerusform>امنح نقطة واحدة كحد أقصى للتوصية الواحدة.</numerusform>
                <numerusform>امنح نقطتين كحد أقصى للتوصية الواحدة.</numerusform>
                <numerusform>امنح %n نقاط كحد أقصى للتوصية الواحدة.</numerusform>
                <numerusform>امنح %n نقطة كحد أقصى للتوصية الواحدة.</numerusform>
                <numerusform>امنح %n نقطة كحد أقصى للتوصية الواحدة.</numerusform>
            </translation>
        </message>
        <message>
            <source>You may give all your points to one recommendation.</source>
            <translation>يجوز لك منح جميع نقاطك لتوصية واحدة.</translation>
        </message>
        <message numerus="yes">
            <source>Your points must add up to %n or less: write your total at the bottom.</source>
            <translation>
                <numerusform>يجب ألا يتجاوز مجموع نقاطك %n: اكتب المجموع في أسفل الورقة.</numerusform>
                <numerusform>يجب ألا يتجاوز مجموع نقاطك نقطة واحدة: اكتب المجموع في أسفل الورقة.</numerusform>
                <numerusform>يجب ألا يتجاوز مجموع نقاطك نقطتين: اكتب المجموع في أسفل الورقة.</numerusform>
                <numerusform>يجب ألا يتجاوز مجموع نقاطك %n نقاط: اكتب المجموع في أسفل الورقة.</numerusform>
                <numerusform>يجب ألا يتجاوز مجموع نقاطك %n نقطة: اكتب المجموع في أسفل الورقة.</numerusform>
                <numerusform>يجب ألا يتجاوز مجموع نقاطك %n نقطة: اكتب المجموع في أسفل الورقة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the box of every recommendation you support.</source>
            <translation>ضع علامة في خانة كل توصية تؤيدها.</translation>
        </message>
        <message>
            <source>Tick as many as you like, or none.</source>
            <translation>ضع علامة على أي عدد تشاء منها، أو لا تضع أي علامة.</translation>
        </message>
        <message>
            <source>Give each recommendation you want to rate one score from 0 (not a priority) to {top} (top priority): cross or fill in the circle of that score. One score per recommendation.</source>
            <translation>امنح كل توصية تريد تقييمها درجة واحدة من 0 (ليست أولوية) إلى {top} (أولوية قصوى): ضع علامة على دائرة تلك الدرجة أو املأها. درجة واحدة لكل توصية.</translation>
        </message>
        <message>
            <source>Leave a recommendation empty if you do not want to rate it: an empty row is not a 0.</source>
            <translation>اترك التوصية فارغة إذا كنت لا تريد تقييمها: الصف الفارغ لا يعني 0.</translation>
        </message>
        <message>
            <source>Rank the recommendations: write 1 in the box of your first choice, 2 for your second choice, and so on.</source>
            <translation>رتِّب التوصيات: اكتب 1 في خانة خيارك الأول، و2 لخيارك الثاني، وهكذا.</translation>
        </message>
        <message>
            <source>Rank as many as you like and leave the others empty.</source>
            <translation>رتِّب أي عدد تشاء منها واترك البقية فارغة.</translation>
        </message>
        <message>
            <source>You may rank recommendations level: give them the same number, then go on from the number after the places they fill (1, 2, 2, 4).</source>
            <translation>يجوز لك ترتيب توصيات بالتساوي: امنحها الرقم نفسه، ثم تابع من الرقم الذي يلي المراتب التي تشغلها (1، 2، 2، 4).</translation>
        </message>
        <message>
            <source>The higher you rank a recommendation, the more points it gets: with 5 ranked, your first choice gets 5 points, the second 4, down to 1 for the fifth. Recommendations ranked level share the points of their places.</source>
            <translation>كلما ارتفعت مرتبة التوصية في ترتيبك، زادت النقاط التي تحصل عليها: إذا رتَّبت 5 توصيات، يحصل خيارك الأول على 5 نقاط، والثاني على 4، وصولاً إلى نقطة واحدة للخامس. وتتقاسم التوصيات المرتَّبة بالتساوي نقاط المراتب التي تشغلها.</translation>
        </message>
        <message>
            <source>A recommendation you leave empty counts as below every one you rank.</source>
            <translation>تُعدّ التوصية التي تتركها فارغة أدنى مرتبةً من كل توصية ترتِّبها.</translation>
        </message>
        <message>
            <source>For each recommendation, cross or fill in one letter: M = Must, S = Should, C = Could, W = Won't.</source>
            <translation>لكل توصية، ضع علامة على حرف واحد أو املأه: M = ضروري (Must)، S = ينبغي (Should)، C = ممكن (Could)، W = لن يُنفَّذ (Won't).</translation>
        </message>
        <message>
            <source>Leave a recommendation empty if you have no view on it.</source>
            <translation>اترك التوصية فارغة إذا لم يكن لديك رأي بشأنها.</translation>
        </message>
        <message>
            <source>Your dots</source>
            <translation>ملصقاتك</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>النقاط</translation>
        </message>
        <message>
            <source>Tick</source>
            <translation>علامة</translation>
        </message>
        <message>
            <source>Your score (0–{top})</source>
            <translation>درجتك (0–{top})</translation>
        </message>
        <message>
            <source>Your rank</source>
            <translation>ترتيبك</translation>
        </message>
        <message>
            <source>Your choice</source>
            <translation>اختيارك</translation>
        </message>
        <message>
            <source>Fold the sheet with your marks inside and put it in the ballot box.</source>
            <translation>اطوِ الورقة بحيث تكون علاماتك إلى الداخل وضعها في صندوق الاقتراع.</translation>
        </message>
        <message>
            <source>Hand the sheet to the facilitator.</source>
            <translation>سلِّم الورقة إلى الميسِّر.</translation>
        </message>
        <message>
            <source>Ballot {number} of {total}</source>
            <translation>بطاقة الاقتراع {number} من {total}</translation>
        </message>
        <message>
            <source>BALLOT</source>
            <translation>بطاقة اقتراع</translation>
        </message>
        <message>
            <source>Secret ballot: do not write your name</source>
            <translation>اقتراع سري: لا تكتب اسمك</translation>
        </message>
        <message>
            <source>Nothing on this sheet links it to you. Make your marks, then fold the sheet.</source>
            <translation>لا شيء في هذه الورقة يربطها بك. ضع علاماتك، ثم اطوِ الورقة.</translation>
        </message>
        <message>
            <source>BALLOT CODE</source>
            <translation>رمز الاقتراع</translation>
        </message>
        <message>
            <source>Copy the code from the slip you took. A ballot without a valid, unused code is not counted.</source>
            <translation>انسخ الرمز من القسيمة التي أخذتها. لا تُحتسب بطاقة الاقتراع التي لا تحمل رمزاً صالحاً غير مستعمل.</translation>
        </message>
        <message>
            <source>ORGANISATION</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>VOTER</source>
            <translation>المصوِّت</translation>
        </message>
        <message>
            <source>Write the name of your organisation on the line, so that your vote is counted for it.</source>
            <translation>اكتب اسم منظمتك على السطر، لكي يُحتسب صوتك لها.</translation>
        </message>
        <message>
            <source>Write your name on the line, so that your vote is counted for you.</source>
            <translation>اكتب اسمك على السطر، لكي يُحتسب صوتك لك.</translation>
        </message>
        <message>
            <source>One ballot per organisation: agree on your marks together.</source>
            <translation>بطاقة اقتراع واحدة لكل منظمة: اتفقوا على علاماتكم معاً.</translation>
        </message>
        <message>
            <source>Open ballot: who voted how is recorded. Vote only on the ballot with your name.</source>
            <translation>اقتراع علني: يُسجَّل من صوَّت وكيف صوَّت. لا تصوِّت إلا على بطاقة الاقتراع التي تحمل اسمك.</translation>
        </message>
        <message>
            <source>PAPER BALLOT</source>
            <translation>بطاقة اقتراع ورقية</translation>
        </message>
        <message>
            <source>How to vote: {method}</source>
            <translation>طريقة التصويت: {method}</translation>
        </message>
        <message>
            <source>Ballot {number} (continued)</source>
            <translation>بطاقة الاقتراع {number} (تابع)</translation>
        </message>
        <message>
            <source>Ballot {number} continues on the next page</source>
            <translation>تتمة بطاقة الاقتراع {number} في الصفحة التالية</translation>
        </message>
        <message>
            <source>Shortened to fit the ballot: the full text is in the recommendation handout.</source>
            <translation>اختُصر النص ليتسع في بطاقة الاقتراع: النص الكامل وارد في نشرة التوصيات.</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>Total of your points (at most {budget})</source>
            <translation>مجموع نقاطك ({budget} كحد أقصى)</translation>
        </message>
        <message numerus="yes">
            <source>Check: no more than %n dot(s) in all.</source>
            <translation>
                <numerusform>تحقق: لا ملصقات على الإطلاق (%n).</numerusform>
                <numerusform>تحقق: ملصق واحد على الأكثر في المجموع (%n).</numerusform>
                <numerusform>تحقق: ملصقان على الأكثر في المجموع (%n).</numerusform>
                <numerusform>تحقق: %n ملصقات على الأكثر في المجموع.</numerusform>
                <numerusform>تحقق: %n ملصقاً على الأكثر في المجموع.</numerusform>
                <numerusform>تحقق: %n ملصق على الأكثر في المجموع.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check: numbers start from 1; the same number twice means ranked level.</source>
            <translation>تحقَّق: تبدأ الأرقام من 1؛ وتكرار الرقم نفسه يعني الترتيب بالتساوي.</translation>
        </message>
        <message>
            <source>Paper ballots: {round}</source>
            <translation>بطاقات الاقتراع الورقية: {round}</translation>
        </message>
        <message>
            <source>Secret ballot</source>
            <translation>اقتراع سري</translation>
        </message>
        <message>
            <source>Open ballot</source>
            <translation>اقتراع علني</translation>
        </message>
        <message>
            <source>Paper ballots</source>
            <translation>بطاقات الاقتراع الورقية</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>تغيير عبارة المرور</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>عبارة المرور الحالية</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>عبارة المرور الجديدة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>The file is re-encrypted with the new passphrase. The recovery key changes too: the old one stops working, and the new one is shown next.</source>
            <translation>يُعاد تشفير الملف بعبارة المرور الجديدة. ويتغير مفتاح الاسترداد أيضاً: إذ يتوقف المفتاح القديم عن العمل، ويُعرض المفتاح الجديد في الخطوة التالية.</translation>
        </message>
        <message>
            <source>Type the current passphrase.</source>
            <translation>اكتب عبارة المرور الحالية.</translation>
        </message>
        <message>
            <source>The current passphrase is not right. Nothing was changed.</source>
            <translation>عبارة المرور الحالية غير صحيحة. لم يتغير أي شيء.</translation>
        </message>
        <message>
            <source>The passphrase could not be changed: {reason}. The old passphrase still works.</source>
            <translation>تعذَّر تغيير عبارة المرور: {reason}. ولا تزال عبارة المرور القديمة صالحة.</translation>
        </message>
    </context>
    <context>
        <name>Charter annex</name>
        <message>
            <source>No.</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>State(s)</source>
            <translation>الدولة (الدول)</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>الرد</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>الدولة (الدول) المقدِّمة للتوصية</translation>
        </message>
    </context>
    <context>
        <name>Charter document</name>
        <message>
            <source>Outcome charter</source>
            <translation>الميثاق الختامي</translation>
        </message>
        <message>
            <source>Preamble</source>
            <translation>الديباجة</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <source>Implementation status</source>
            <translation>حالة التنفيذ</translation>
        </message>
        <message>
            <source>Draft — not yet adopted</source>
            <translation>مسودة — لم تُعتمد بعد</translation>
        </message>
        <message>
            <source>First cycle</source>
            <translation>الجولة الأولى</translation>
        </message>
        <message>
            <source>Second cycle</source>
            <translation>الجولة الثانية</translation>
        </message>
        <message>
            <source>Third cycle</source>
            <translation>الجولة الثالثة</translation>
        </message>
        <message>
            <source>Fourth cycle</source>
            <translation>الجولة الرابعة</translation>
        </message>
        <message>
            <source>Fifth cycle</source>
            <translation>الجولة الخامسة</translation>
        </message>
        <message>
            <source>Cycle {number}</source>
            <translation>الجولة {number}</translation>
        </message>
        <message>
            <source>Organised by</source>
            <translation>من تنظيم</translation>
        </message>
        <message>
            <source>{cycle}, reviewed on {date}</source>
            <translation>{cycle}، جرى الاستعراض في {date}</translation>
        </message>
        <message>
            <source>Reviewed on {date}</source>
            <translation>جرى الاستعراض في {date}</translation>
        </message>
        <message>
            <source>Universal Periodic Review of {country}</source>
            <translation>الاستعراض الدوري الشامل: {country}</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted on {date} at {place}.</source>
            <translation>مسودة جديدة للميثاق الذي اعتُمد بتاريخ {date} في {place}.</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted on {date}.</source>
            <translation>مسودة جديدة للميثاق الذي اعتُمد بتاريخ {date}.</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted at {place}.</source>
            <translation>مسودة جديدة للميثاق الذي اعتُمد في {place}.</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted earlier.</source>
            <translation>مسودة جديدة للميثاق الذي اعتُمد سابقاً.</translation>
        </message>
        <message>
            <source>This text may still change until the organisations adopt it.</source>
            <translation>قد يتغير هذا النص إلى أن تعتمده المنظمات.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>Priority {number}</source>
            <translation>الأولوية {number}</translation>
        </message>
        <message>
            <source>National</source>
            <comment>level of action</comment>
            <translation>وطني</translation>
        </message>
        <message>
            <source>Regional</source>
            <comment>level of action</comment>
            <translation>إقليمي</translation>
        </message>
        <message>
            <source>International</source>
            <comment>level of action</comment>
            <translation>دولي</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>الأولويات</translation>
        </message>
        <message>
            <source>Action points</source>
            <translation>نقاط العمل</translation>
        </message>
        <message>
            <source>Monitoring and follow-up</source>
            <translation>الرصد والمتابعة</translation>
        </message>
        <message>
            <source>Endorsements</source>
            <translation>المصادقات</translation>
        </message>
        <message>
            <source>Annex: recommendations cited</source>
            <translation>مرفق: التوصيات المستشهد بها</translation>
        </message>
        <message>
            <source>Expected government action</source>
            <translation>الإجراءات المتوقعة من الحكومة</translation>
        </message>
        <message>
            <source>CSO actions and advocacy</source>
            <translation>إجراءات منظمات المجتمع المدني وأنشطتها في مجال الدعوة</translation>
        </message>
        <message>
            <source>Lead actor</source>
            <translation>الجهة الرئيسية</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>الشركاء</translation>
        </message>
        <message>
            <source>Indicators or benchmarks</source>
            <translation>المؤشرات أو المعايير المرجعية</translation>
        </message>
        <message>
            <source>Resources needed</source>
            <translation>الموارد اللازمة</translation>
        </message>
        <message>
            <source>Timeline and milestones</source>
            <translation>الجدول الزمني والمراحل الرئيسية</translation>
        </message>
    </context>
    <context>
        <name>Charter status</name>
        <message>
            <source>Adopted on {date} at {place}</source>
            <translation>اعتُمد بتاريخ {date} في {place}</translation>
        </message>
        <message>
            <source>Adopted on {date}</source>
            <translation>اعتُمد بتاريخ {date}</translation>
        </message>
        <message>
            <source>Adopted at {place}</source>
            <translation>اعتُمد في {place}</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>معتمد</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption on {date} at {place}</source>
            <translation>{draft}: عُدِّل منذ اعتماده بتاريخ {date} في {place}</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption on {date}</source>
            <translation>{draft}: عُدِّل منذ اعتماده بتاريخ {date}</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption at {place}</source>
            <translation>{draft}: عُدِّل منذ اعتماده في {place}</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption</source>
            <translation>{draft}: عُدِّل منذ اعتماده</translation>
        </message>
    </context>
    <context>
        <name>Charter template</name>
        <message>
            <source>{start} to {end}</source>
            <translation>من {start} إلى {end}</translation>
        </message>
    </context>
    <context>
        <name>CharterOutline</name>
        <message numerus="yes">
            <source>%n open comment(s)</source>
            <translation>
                <numerusform>%n تعليق مفتوح</numerusform>
                <numerusform>تعليق واحد مفتوح</numerusform>
                <numerusform>تعليقان مفتوحان</numerusform>
                <numerusform>%n تعليقات مفتوحة</numerusform>
                <numerusform>%n تعليقاً مفتوحاً</numerusform>
                <numerusform>%n تعليق مفتوح</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CharterPage</name>
        <message>
            <source>Action point saved. Undo with Ctrl+Z.</source>
            <translation>حُفظت نقطة العمل. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>%1 action points</source>
            <translation>نقاط العمل (%1)</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>لا توجد نقاط عمل بعد.</translation>
        </message>
        <message>
            <source>Add an action point…</source>
            <translation>أضف نقطة عمل…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>تعديل</translation>
        </message>
        <message>
            <source>Action point added. Undo with Ctrl+Z.</source>
            <translation>أُضيفت نقطة العمل. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Action point deleted. Undo with Ctrl+Z.</source>
            <translation>حُذفت نقطة العمل. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Plan of action</source>
            <translation>خطة العمل</translation>
        </message>
        <message>
            <source>What the organisations will do at home, in the region and at the UN. Press Enter to add; double-click a point to change it.</source>
            <translation>ما ستقوم به المنظمات على الصعيد الوطني وعلى الصعيد الإقليمي وفي الأمم المتحدة. اضغط Enter للإضافة؛ وانقر نقراً مزدوجاً على نقطة لتغييرها.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>الدول المقدِّمة للتوصية</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>الرد</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>مؤيَّدة</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>أُحيط بها علماً</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>قيد النظر</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>غير معروف</translation>
        </message>
        <message>
            <source>Recommendations cited</source>
            <translation>التوصيات المستشهد بها</translation>
        </message>
        <message>
            <source>The annex lists the recommendations the priorities cite. None are cited yet.</source>
            <translation>يسرد المرفق التوصيات التي تستشهد بها الأولويات. لم يُستشهد بأي توصية بعد.</translation>
        </message>
        <message>
            <source>Built automatically</source>
            <translation>يُنشأ تلقائياً</translation>
        </message>
        <message>
            <source>Built from the recommendations the priorities cite, in the order they are first cited: %1 in all. It updates itself.</source>
            <translation>يُنشأ من التوصيات التي تستشهد بها الأولويات، بترتيب أول استشهاد بها: %1 في المجموع. ويُحدَّث تلقائياً.</translation>
        </message>
        <message>
            <source>{time}  ·  resolved</source>
            <translation>{time}  ·  تمت المعالجة</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>إعادة الفتح</translation>
        </message>
        <message>
            <source>Mark resolved</source>
            <translation>وضع علامة «تمت المعالجة»</translation>
        </message>
        <message>
            <source>COMMENTS</source>
            <translation>التعليقات</translation>
        </message>
        <message>
            <source>No comments on this part yet.</source>
            <translation>لا توجد تعليقات على هذا الجزء بعد.</translation>
        </message>
        <message>
            <source>Add a comment on this part…</source>
            <translation>أضف تعليقاً على هذا الجزء…</translation>
        </message>
        <message>
            <source>Whose comment it is. Anonymous leaves no name in the file.</source>
            <translation>صاحب التعليق. اختيار «مجهول الهوية» لا يترك أي اسم في الملف.</translation>
        </message>
        <message>
            <source>Comment from</source>
            <translation>تعليق من</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>إضافة تعليق</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the author of a comment</comment>
            <translation>من</translation>
        </message>
        <message>
            <source>On “%1”</source>
            <translation>بشأن «%1»</translation>
        </message>
        <message>
            <source>No open comments on this part.</source>
            <translation>لا توجد تعليقات مفتوحة على هذا الجزء.</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>مجهول الهوية</translation>
        </message>
        <message>
            <source>Comment added. Undo with Ctrl+Z.</source>
            <translation>أُضيف التعليق. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Comment marked resolved.</source>
            <translation>وُضعت على التعليق علامة «تمت المعالجة».</translation>
        </message>
        <message>
            <source>Comment reopened.</source>
            <translation>أُعيد فتح التعليق.</translation>
        </message>
        <message>
            <source>Comment deleted. Undo with Ctrl+Z.</source>
            <translation>حُذف التعليق. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>الممثل</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الصفة</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Signed on paper</source>
            <translation>موقَّع على الورق</translation>
        </message>
        <message>
            <source>Tick when the organisation's signed page is back.</source>
            <translation>ضع علامة عندما تعود الصفحة الموقَّعة من المنظمة.</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>موقَّع</translation>
        </message>
        <message>
            <source>%1: signed on paper.</source>
            <translation>%1: موقَّع على الورق.</translation>
        </message>
        <message>
            <source>%1: no longer marked as signed.</source>
            <translation>%1: لم يعد موسوماً بأنه موقَّع.</translation>
        </message>
        <message>
            <source>Endorsement saved. Undo with Ctrl+Z.</source>
            <translation>حُفظت المصادقة. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Add an endorsement</source>
            <translation>إضافة مصادقة</translation>
        </message>
        <message>
            <source>Change the endorsement</source>
            <translation>تغيير المصادقة</translation>
        </message>
        <message>
            <source>The organisation's name, as it signs</source>
            <translation>اسم المنظمة كما توقِّع به</translation>
        </message>
        <message>
            <source>Name of the person who signs</source>
            <translation>اسم الشخص الذي يوقِّع</translation>
        </message>
        <message>
            <source>Executive director, chair…</source>
            <translation>المدير التنفيذي، الرئيس…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>The charter prints a signature line for each organisation. A representative is printed by name: ask them first.</source>
            <translation>يطبع الميثاق سطراً للتوقيع لكل منظمة. ويُطبع اسم الممثل: فاستأذنه أولاً.</translation>
        </message>
        <message>
            <source>“%1” is not a date. Write it as 2025-03-14, or leave it empty.</source>
            <translation>«%1» ليس تاريخاً. اكتبه على النحو 2025-03-14، أو اتركه فارغاً.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>إضافة…</translation>
        </message>
        <message>
            <source>Add the participants' organisations</source>
            <translation>إضافة منظمات المشاركين</translation>
        </message>
        <message>
            <source>One endorsement for each registered organisation not yet listed</source>
            <translation>مصادقة واحدة لكل منظمة مسجلة غير مدرجة بعد</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Endorsements</source>
            <translation>المصادقات</translation>
        </message>
        <message>
            <source>No endorsements yet. Add the organisations registered with the participants, or add organisations one by one.</source>
            <translation>لا توجد مصادقات بعد. أضف المنظمات المسجلة مع المشاركين، أو أضف المنظمات واحدة تلو الأخرى.</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>التوقيعات</translation>
        </message>
        <message>
            <source>The organisations that adopt the charter. Double-click a cell to change it; tick “Signed on paper” when the signed page is back.</source>
            <translation>المنظمات التي تعتمد الميثاق. انقر نقراً مزدوجاً على خلية لتغييرها؛ وضع علامة على «موقَّع على الورق» عندما تعود الصفحة الموقَّعة.</translation>
        </message>
        <message>
            <source>Endorsement added. Undo with Ctrl+Z.</source>
            <translation>أُضيفت المصادقة. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>The endorsement of %1 was deleted. Undo with Ctrl+Z.</source>
            <translation>حُذفت مصادقة %1. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>National</source>
            <translation>وطني</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>إقليمي</translation>
        </message>
        <message>
            <source>International</source>
            <translation>دولي</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>لم يبدأ</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>منفَّذة جزئياً</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>منفَّذة بالكامل</translation>
        </message>
        <message>
            <source>Action points by level</source>
            <translation>نقاط العمل حسب المستوى</translation>
        </message>
        <message>
            <source>Title and details</source>
            <translation>العنوان والتفاصيل</translation>
        </message>
        <message>
            <source>Untitled section</source>
            <translation>قسم بلا عنوان</translation>
        </message>
        <message>
            <source>Untitled priority</source>
            <translation>أولوية بلا عنوان</translation>
        </message>
        <message>
            <source>Parts of the charter</source>
            <translation>أجزاء الميثاق</translation>
        </message>
        <message>
            <source>Plan: %1 of %2 parts written</source>
            <translation>الخطة: كُتب %1 من أصل %2 من الأجزاء</translation>
        </message>
        <message>
            <source>Everything you type is saved as you go; there is no Save button to forget.</source>
            <translation>كل ما تكتبه يُحفظ أولاً بأول؛ فلا يوجد زر حفظ قد تنساه.</translation>
        </message>
        <message>
            <source>Save version…</source>
            <translation>حفظ صيغة…</translation>
        </message>
        <message>
            <source>Keep the charter as it is now, under a name</source>
            <translation>الاحتفاظ بالميثاق على حاله الآن، تحت اسم</translation>
        </message>
        <message>
            <source>Versions…</source>
            <translation>الصيغ…</translation>
        </message>
        <message>
            <source>Compare versions word by word, or restore one</source>
            <translation>مقارنة الصيغ كلمةً بكلمة، أو استعادة إحداها</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>التعليقات</translation>
        </message>
        <message>
            <source>Show or hide the comments on the part shown</source>
            <translation>إظهار التعليقات على الجزء المعروض أو إخفاؤها</translation>
        </message>
        <message>
            <source>Adopt charter…</source>
            <translation>اعتماد الميثاق…</translation>
        </message>
        <message>
            <source>Freeze the charter as adopted, with its date and place</source>
            <translation>تثبيت الميثاق بصيغته المعتمدة، مع تاريخه ومكانه</translation>
        </message>
        <message>
            <source>+ Section</source>
            <translation>+ قسم</translation>
        </message>
        <message>
            <source>Add a free section with its own heading</source>
            <translation>إضافة قسم حر بعنوان خاص به</translation>
        </message>
        <message>
            <source>+ Priority ▾</source>
            <translation>+ أولوية ▾</translation>
        </message>
        <message>
            <source>Add priorities from clusters, recommendations or a voting round</source>
            <translation>إضافة أولويات من المجموعات المواضيعية أو التوصيات أو جولة تصويت</translation>
        </message>
        <message>
            <source>From a cluster…</source>
            <translation>من مجموعة مواضيعية…</translation>
        </message>
        <message>
            <source>From recommendations…</source>
            <translation>من التوصيات…</translation>
        </message>
        <message>
            <source>Fill from a closed voting round…</source>
            <translation>الملء من جولة تصويت مغلقة…</translation>
        </message>
        <message>
            <source>Outcome charter</source>
            <translation>الميثاق الختامي</translation>
        </message>
        <message>
            <source>1 priority</source>
            <translation>أولوية واحدة</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities</source>
            <translation>
                <numerusform>%n أولوية</numerusform>
                <numerusform>أولوية واحدة</numerusform>
                <numerusform>أولويتان</numerusform>
                <numerusform>%n أولويات</numerusform>
                <numerusform>%n أولوية</numerusform>
                <numerusform>%n أولوية</numerusform>
            </translation>
        </message>
        <message>
            <source>1 recommendation cited</source>
            <translation>توصية واحدة مستشهد بها</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations cited</source>
            <translation>
                <numerusform>%n توصية مستشهد بها</numerusform>
                <numerusform>توصية واحدة مستشهد بها</numerusform>
                <numerusform>توصيتان مستشهد بهما</numerusform>
                <numerusform>%n توصيات مستشهد بها</numerusform>
                <numerusform>%n توصية مستشهد بها</numerusform>
                <numerusform>%n توصية مستشهد بها</numerusform>
            </translation>
        </message>
        <message>
            <source>Adopted on %1 at %2</source>
            <translation>اعتُمد بتاريخ %1 في %2</translation>
        </message>
        <message>
            <source>Editing starts a new draft; the adopted text stays as it was</source>
            <translation>التعديل يبدأ مسودة جديدة؛ ويبقى النص المعتمد كما هو</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Changed since it was adopted on %1; the adopted text stays as it was</source>
            <translation>تغيَّر منذ اعتماده بتاريخ %1؛ ويبقى النص المعتمد كما هو</translation>
        </message>
        <message>
            <source>✓ All changes saved</source>
            <translation>✓ حُفظت جميع التغييرات</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
        <message>
            <source>a blank charter</source>
            <translation>ميثاق فارغ</translation>
        </message>
        <message>
            <source>Charter started from %1. Undo with Ctrl+Z.</source>
            <translation>بدأ الميثاق من %1. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>قسم جديد</translation>
        </message>
        <message>
            <source>Section added. Undo with Ctrl+Z.</source>
            <translation>أُضيف القسم. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Section moved. Undo with Ctrl+Z.</source>
            <translation>نُقل القسم. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>this untitled section</source>
            <translation>هذا القسم الذي لا عنوان له</translation>
        </message>
        <message>
            <source>Delete a section</source>
            <translation>حذف قسم</translation>
        </message>
        <message>
            <source>Delete the section “%1” and its comments? You can undo this with Ctrl+Z.</source>
            <translation>هل تريد حذف القسم «%1» وتعليقاته؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
        </message>
        <message>
            <source>Section deleted. Undo with Ctrl+Z.</source>
            <translation>حُذف القسم. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Add 1 priority</source>
            <translation>إضافة أولوية واحدة</translation>
        </message>
        <message>
            <source>Add %1 priorities</source>
            <translation>إضافة الأولويات (%1)</translation>
        </message>
        <message>
            <source>1 priority added. Undo with Ctrl+Z.</source>
            <translation>أُضيفت أولوية واحدة. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities added. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>لم تُضف أي أولوية (%n). للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُضيفت أولوية واحدة. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُضيفت أولويتان. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُضيفت %n أولويات. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُضيفت %n أولوية. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُضيفت %n أولوية. للتراجع اضغط Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Priority “%1” added. Undo with Ctrl+Z.</source>
            <translation>أُضيفت الأولوية «%1». للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Priorities put in the round's order; %1 added. Undo with Ctrl+Z.</source>
            <translation>رُتِّبت الأولويات بترتيب الجولة؛ وأُضيف منها: %1. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Priority moved to place %1. Undo with Ctrl+Z.</source>
            <translation>نُقلت الأولوية إلى المرتبة %1. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete a priority</source>
            <translation>حذف أولوية</translation>
        </message>
        <message>
            <source>Delete the priority “%1”, its plan and its comments? The recommendations stay in the workshop. You can undo this with Ctrl+Z.</source>
            <translation>هل تريد حذف الأولوية «%1» وخطتها وتعليقاتها؟ تبقى التوصيات في حلقة العمل. يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
        </message>
        <message>
            <source>Priority deleted. Undo with Ctrl+Z.</source>
            <translation>حُذفت الأولوية. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Version saved. Compare it or go back to it under “Versions…”.</source>
            <translation>حُفظت الصيغة. يمكنك مقارنتها أو العودة إليها من «الصيغ…».</translation>
        </message>
        <message>
            <source>The charter can't be adopted yet</source>
            <translation>لا يمكن اعتماد الميثاق بعد</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Adopt the charter as it is? To replace the guidance first, choose Cancel.</source>
            <translation>لا يزال الميثاق يتضمن إرشادات النموذج بين [قوسين معقوفين]، في: {parts}.

هل تريد اعتماد الميثاق كما هو؟ لاستبدال الإرشادات أولاً، اختر «إلغاء».</translation>
        </message>
        <message>
            <source>The charter is not finished</source>
            <translation>الميثاق لم يكتمل</translation>
        </message>
        <message>
            <source>Charter adopted on %1 at %2. Its text is kept as adopted.</source>
            <translation>اعتُمد الميثاق بتاريخ %1 في %2. ويُحتفظ بنصه كما اعتُمد.</translation>
        </message>
        <message>
            <source>Read-only: nothing here can be changed</source>
            <translation>للقراءة فقط: لا يمكن تغيير أي شيء هنا</translation>
        </message>
        <message>
            <source>About the charter</source>
            <translation>عن الميثاق</translation>
        </message>
        <message>
            <source>These head the printed charter. They came from the workshop's details; change them here for the charter alone.</source>
            <translation>تتصدر هذه البيانات الميثاق المطبوع. وقد أُخذت من تفاصيل حلقة العمل؛ غيِّرها هنا لتسري على الميثاق وحده.</translation>
        </message>
        <message>
            <source>The charter's title</source>
            <translation>عنوان الميثاق</translation>
        </message>
        <message>
            <source>City, country</source>
            <translation>المدينة، البلد</translation>
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
            <translation>منظمة واحدة في كل سطر</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the workshop's start date</comment>
            <translation>من</translation>
        </message>
        <message>
            <source>To</source>
            <comment>the workshop's end date</comment>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Dates as year-month-day, such as 2025-03-12.</source>
            <translation>التواريخ بصيغة السنة-الشهر-اليوم، مثل 2025-03-12.</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>الجهات المنظِّمة</translation>
        </message>
        <message>
            <source>One organisation per line, as they appear on the charter.</source>
            <translation>منظمة واحدة في كل سطر، كما تظهر في الميثاق.</translation>
        </message>
        <message>
            <source>The context: the review, the recommendations received, the process that led to this charter…</source>
            <translation>السياق: الاستعراض، والتوصيات الواردة، والعملية التي أفضت إلى هذا الميثاق…</translation>
        </message>
        <message>
            <source>Who follows up, when progress is reviewed, and the mid-term report…</source>
            <translation>من يتولى المتابعة، ومتى يُستعرض التقدم المحرز، وتقرير منتصف المدة…</translation>
        </message>
        <message>
            <source>Context, the review, the process followed.</source>
            <translation>السياق، والاستعراض، والعملية المتبعة.</translation>
        </message>
        <message>
            <source>Who follows up, when progress is reviewed, the mid-term report.</source>
            <translation>من يتولى المتابعة، ومتى يُستعرض التقدم المحرز، وتقرير منتصف المدة.</translation>
        </message>
        <message>
            <source>Saved as you type.</source>
            <translation>يُحفظ أثناء الكتابة.</translation>
        </message>
        <message>
            <source>The charter's text</source>
            <translation>نص الميثاق</translation>
        </message>
        <message>
            <source>Move the section up (Alt+Up in the outline)</source>
            <translation>نقل القسم إلى أعلى (Alt+Up في المخطط التفصيلي)</translation>
        </message>
        <message>
            <source>Move the section down (Alt+Down in the outline)</source>
            <translation>نقل القسم إلى أسفل (Alt+Down في المخطط التفصيلي)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
        <message>
            <source>Delete this section</source>
            <translation>حذف هذا القسم</translation>
        </message>
        <message>
            <source>Heading of the section</source>
            <translation>عنوان القسم</translation>
        </message>
        <message>
            <source>The section's text…</source>
            <translation>نص القسم…</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Section %1 of %2</source>
            <translation>القسم %1 من %2</translation>
        </message>
        <message>
            <source>A free section with its own heading.</source>
            <translation>قسم حر بعنوان خاص به.</translation>
        </message>
        <message>
            <source>A priority from recommendations</source>
            <translation>أولوية من التوصيات</translation>
        </message>
        <message>
            <source>Add recommendations to “%1”</source>
            <translation>إضافة توصيات إلى «%1»</translation>
        </message>
        <message>
            <source>Tick the recommendations the priority covers. Search by words, number or State.</source>
            <translation>ضع علامة على التوصيات التي تشملها الأولوية. ابحث بالكلمات أو الرقم أو الدولة.</translation>
        </message>
        <message>
            <source>Tick the recommendations to add. Those it already covers are not listed.</source>
            <translation>ضع علامة على التوصيات المراد إضافتها. التوصيات التي تشملها بالفعل غير مدرجة.</translation>
        </message>
        <message>
            <source>Search the recommendations</source>
            <translation>البحث في التوصيات</translation>
        </message>
        <message>
            <source>The priority's title, such as “Access to justice for women”</source>
            <translation>عنوان الأولوية، مثل «وصول المرأة إلى العدالة»</translation>
        </message>
        <message>
            <source>Add the priority</source>
            <translation>إضافة الأولوية</translation>
        </message>
        <message>
            <source>Add recommendations</source>
            <translation>إضافة توصيات</translation>
        </message>
        <message>
            <source>Title of the priority</source>
            <translation>عنوان الأولوية</translation>
        </message>
        <message>
            <source>Add 1 recommendation</source>
            <translation>إضافة توصية واحدة</translation>
        </message>
        <message>
            <source>Add %1 recommendations</source>
            <translation>إضافة التوصيات (%1)</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>المجموعة المواضيعية</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <source>In the charter</source>
            <translation>في الميثاق</translation>
        </message>
        <message>
            <source>Priority %1</source>
            <translation>الأولوية %1</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>فارغ</translation>
        </message>
        <message>
            <source>Priorities from clusters</source>
            <translation>أولويات من المجموعات المواضيعية</translation>
        </message>
        <message>
            <source>Each cluster you tick becomes a priority, titled with the cluster's name and covering its recommendations. Clusters already in the charter are ticked and greyed.</source>
            <translation>كل مجموعة مواضيعية تضع عليها علامة تصبح أولوية، عنوانها اسم المجموعة المواضيعية وتشمل توصياتها. المجموعات المواضيعية الموجودة في الميثاق بالفعل موسومة ومعروضة باللون الرمادي.</translation>
        </message>
        <message>
            <source>This workshop has no clusters yet. Group the recommendations into clusters in the Clusters step, or make a priority from recommendations instead.</source>
            <translation>لا توجد في حلقة العمل هذه مجموعات مواضيعية بعد. جمِّع التوصيات في مجموعات مواضيعية في خطوة «المجموعات المواضيعية»، أو أنشئ بدلاً من ذلك أولوية من التوصيات.</translation>
        </message>
        <message>
            <source>Add priorities</source>
            <translation>إضافة الأولويات</translation>
        </message>
        <message>
            <source>Priorities from a voting round</source>
            <translation>أولويات من جولة تصويت</translation>
        </message>
        <message>
            <source>The round's results, in order, become the charter's priorities. A priority that already covers a result moves into its place; the others are added.</source>
            <translation>تصبح نتائج الجولة، بترتيبها، أولويات الميثاق. والأولوية التي تشمل نتيجةً ما بالفعل تنتقل إلى مكانها؛ وتُضاف الأخرى.</translation>
        </message>
        <message>
            <source>Every candidate, in result order</source>
            <translation>كل خيار، بترتيب النتائج</translation>
        </message>
        <message>
            <source>Only the top results, with any ties at the cut</source>
            <translation>النتائج الأولى فقط، مع أي حالات تعادل عند الحد الفاصل</translation>
        </message>
        <message>
            <source>Number of results to take:</source>
            <translation>عدد النتائج المراد أخذها:</translation>
        </message>
        <message>
            <source>No voting round is closed yet. Close a round in the Vote step, then come back.</source>
            <translation>لم تُغلق أي جولة تصويت بعد. أغلق جولة في خطوة «التصويت»، ثم عُد إلى هنا.</translation>
        </message>
        <message>
            <source>Fill the priorities</source>
            <translation>ملء الأولويات</translation>
        </message>
        <message>
            <source>Closed round</source>
            <translation>الجولة المغلقة</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
        </message>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>الخطة</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>المستوى</translation>
        </message>
        <message>
            <source>%1 of %2 written</source>
            <translation>كُتب %1 من أصل %2</translation>
        </message>
        <message>
            <source>Each cluster you choose becomes a priority with its recommendations</source>
            <translation>كل مجموعة مواضيعية تختارها تصبح أولوية مع توصياتها</translation>
        </message>
        <message>
            <source>Pick recommendations to make one priority</source>
            <translation>اختر توصيات لإنشاء أولوية واحدة</translation>
        </message>
        <message>
            <source>The round's results, in order, become the priorities</source>
            <translation>تصبح نتائج الجولة، بترتيبها، هي الأولويات</translation>
        </message>
        <message>
            <source>Add priorities:</source>
            <translation>إضافة أولويات:</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>الأولويات</translation>
        </message>
        <message>
            <source>No priorities yet. A charter is adopted for its priorities: take them from your clusters, pick recommendations, or fill them from a closed voting round.</source>
            <translation>لا توجد أولويات بعد. يُعتمد الميثاق من أجل أولوياته: خذها من مجموعاتك المواضيعية، أو اختر توصيات، أو املأها من جولة تصويت مغلقة.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>نقل إلى أعلى</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>نقل إلى أسفل</translation>
        </message>
        <message>
            <source>Drag priorities in the outline, or use the buttons, to change their order.</source>
            <translation>اسحب الأولويات في المخطط التفصيلي، أو استخدم الأزرار، لتغيير ترتيبها.</translation>
        </message>
        <message>
            <source>1 priority, in the order the charter lists them.</source>
            <translation>أولوية واحدة، بالترتيب الذي يسردها به الميثاق.</translation>
        </message>
        <message>
            <source>What the organisations agree to work on, each with its plan.</source>
            <translation>ما تتفق المنظمات على العمل عليه، ولكل منها خطتها.</translation>
        </message>
        <message>
            <source>What the organisations agree on</source>
            <translation>ما تتفق عليه المنظمات</translation>
        </message>
        <message>
            <source>What the government is expected to do.</source>
            <translation>ما يُتوقع من الحكومة القيام به.</translation>
        </message>
        <message>
            <source>What the organisations will do: advocacy, monitoring, awareness, shadow reports.</source>
            <translation>ما ستقوم به المنظمات: الدعوة، والرصد، والتوعية، وتقارير الظل.</translation>
        </message>
        <message>
            <source>Who leads the follow-up.</source>
            <translation>من يقود المتابعة.</translation>
        </message>
        <message>
            <source>Who works with them.</source>
            <translation>من يعمل معهم.</translation>
        </message>
        <message>
            <source>How progress will be measured: a benchmark, a figure, a law passed.</source>
            <translation>كيف سيُقاس التقدم المحرز: معيار مرجعي، أو رقم، أو قانون يُعتمد.</translation>
        </message>
        <message>
            <source>People, money and expertise needed.</source>
            <translation>الموارد البشرية والمالية والخبرات اللازمة.</translation>
        </message>
        <message>
            <source>{text}

Recommended by {states}</source>
            <translation>{text}

أوصت بها: {states}</translation>
        </message>
        <message>
            <source>By</source>
            <translation>بحلول</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>مرحلة رئيسية</translation>
        </message>
        <message>
            <source>Not a date: write 2027, 2027-06 or 2027-06-30.</source>
            <translation>ليس تاريخاً: اكتب 2027 أو 2027-06 أو 2027-06-30.</translation>
        </message>
        <message>
            <source>Move the priority up (Alt+Up in the outline)</source>
            <translation>نقل الأولوية إلى أعلى (Alt+Up في المخطط التفصيلي)</translation>
        </message>
        <message>
            <source>Move the priority down (Alt+Down in the outline)</source>
            <translation>نقل الأولوية إلى أسفل (Alt+Down في المخطط التفصيلي)</translation>
        </message>
        <message>
            <source>Delete this priority and its plan</source>
            <translation>حذف هذه الأولوية وخطتها</translation>
        </message>
        <message>
            <source>The priority's title</source>
            <translation>عنوان الأولوية</translation>
        </message>
        <message>
            <source>Add recommendations…</source>
            <translation>إضافة توصيات…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Recommendations this priority covers</source>
            <translation>التوصيات التي تشملها هذه الأولوية</translation>
        </message>
        <message>
            <source>No recommendations yet. A priority usually cites the recommendations it follows up.</source>
            <translation>لا توجد توصيات بعد. عادةً ما تستشهد الأولوية بالتوصيات التي تتابعها.</translation>
        </message>
        <message>
            <source>THE PLAN</source>
            <translation>الخطة</translation>
        </message>
        <message>
            <source>Where the work happens.</source>
            <translation>مكان العمل.</translation>
        </message>
        <message>
            <source>Implementation status</source>
            <translation>حالة التنفيذ</translation>
        </message>
        <message>
            <source>For following up after the workshop.</source>
            <translation>للمتابعة بعد حلقة العمل.</translation>
        </message>
        <message>
            <source>Add milestone</source>
            <translation>إضافة مرحلة رئيسية</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>المراحل الرئيسية</translation>
        </message>
        <message>
            <source>Dates as 2027, 2027-06 or 2027-06-30. Double-click a cell to change it.</source>
            <translation>التواريخ بصيغة 2027 أو 2027-06 أو 2027-06-30. انقر نقراً مزدوجاً على خلية لتغييرها.</translation>
        </message>
        <message>
            <source>Priority %1 of %2</source>
            <translation>الأولوية %1 من %2</translation>
        </message>
        <message>
            <source>Recommendations covered</source>
            <translation>التوصيات المشمولة</translation>
        </message>
        <message>
            <source>Plan %1/%2 filled</source>
            <translation>الخطة: كُتب %1/%2</translation>
        </message>
        <message>
            <source>THE PLAN · %1 OF %2 PARTS WRITTEN</source>
            <translation>الخطة · كُتب %1 من أصل %2 من الأجزاء</translation>
        </message>
        <message>
            <source>The priority needs a title. Until it has one, the charter keeps “%1”.</source>
            <translation>تحتاج الأولوية إلى عنوان. وإلى أن يكون لها عنوان، يحتفظ الميثاق بـ «%1».</translation>
        </message>
        <message>
            <source>Recommendation removed from the priority. Undo with Ctrl+Z.</source>
            <translation>أُزيلت التوصية من الأولوية. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Use this template →</source>
            <translation>استخدام هذا النموذج ←</translation>
        </message>
        <message>
            <source>STEP 6 · THE OUTCOME CHARTER</source>
            <translation>الخطوة 6 · الميثاق الختامي</translation>
        </message>
        <message>
            <source>Draft the outcome charter</source>
            <translation>صياغة الميثاق الختامي</translation>
        </message>
        <message>
            <source>The charter is what the workshop produces: the priorities the organisations agree on, each with a plan (what, by whom, measured how, by when), then adopted and signed. Start from a template; everything in it can be changed, and everything you type is saved as you go.</source>
            <translation>الميثاق هو ما تخرج به حلقة العمل: الأولويات التي تتفق عليها المنظمات، ولكل منها خطة (ماذا، ومن يقوم به، وكيف يُقاس، وبحلول متى)، ثم يُعتمد ويوقَّع. ابدأ من نموذج؛ فكل ما فيه قابل للتغيير، وكل ما تكتبه يُحفظ أولاً بأول.</translation>
        </message>
        <message>
            <source>Start blank</source>
            <translation>البدء بميثاق فارغ</translation>
        </message>
        <message>
            <source>A charter with the workshop's title, place and dates, and nothing else</source>
            <translation>ميثاق يتضمن عنوان حلقة العمل ومكانها وتواريخها، ولا شيء غير ذلك</translation>
        </message>
        <message>
            <source>This workshop has no charter, and it is open read-only.</source>
            <translation>ليس لحلقة العمل هذه ميثاق، وهي مفتوحة للقراءة فقط.</translation>
        </message>
        <message>
            <source>Or begin with the workshop's title, place and dates only:</source>
            <translation>أو ابدأ بعنوان حلقة العمل ومكانها وتواريخها فقط:</translation>
        </message>
        <message>
            <source>No differences: the two texts are the same.</source>
            <translation>لا توجد اختلافات: النصان متطابقان.</translation>
        </message>
        <message>
            <source>No words added.</source>
            <translation>لم تُضف أي كلمات.</translation>
        </message>
        <message>
            <source>No words removed.</source>
            <translation>لم تُحذف أي كلمات.</translation>
        </message>
        <message>
            <source>{added} {removed}</source>
            <comment>two sentences side by side: words added, words removed; the space between them is the language's own</comment>
            <translation>{added} {removed}</translation>
        </message>
        <message>
            <source>%1 lines unchanged</source>
            <translation>أسطر لم تتغير: %1</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>الصيغة</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>تاريخ الحفظ</translation>
        </message>
        <message>
            <source>The adopted text: it never changes.</source>
            <translation>النص المعتمد: لا يتغير أبداً.</translation>
        </message>
        <message>
            <source>Save a version</source>
            <translation>حفظ صيغة</translation>
        </message>
        <message>
            <source>Save a version of the charter</source>
            <translation>حفظ صيغة من الميثاق</translation>
        </message>
        <message>
            <source>Draft of %1</source>
            <translation>مسودة %1</translation>
        </message>
        <message>
            <source>Save version</source>
            <translation>حفظ الصيغة</translation>
        </message>
        <message>
            <source>A version keeps the charter exactly as it is now. Compare it with later drafts, or go back to it.</source>
            <translation>تحتفظ الصيغة بالميثاق تماماً كما هو الآن. يمكنك مقارنتها بالمسودات اللاحقة، أو العودة إليها.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Versions of the charter</source>
            <translation>صيغ الميثاق</translation>
        </message>
        <message>
            <source>No versions saved yet. “Save version…” keeps the charter as it is now.</source>
            <translation>لم تُحفظ أي صيغة بعد. يحتفظ الأمر «حفظ صيغة…» بالميثاق كما هو الآن.</translation>
        </message>
        <message>
            <source>Restore this version…</source>
            <translation>استعادة هذه الصيغة…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>مقارنة</translation>
        </message>
        <message>
            <source>with</source>
            <translation>مع</translation>
        </message>
        <message>
            <source>Choose a version to compare it with the current draft, or pick any two below. Restoring a version replaces the draft; you can undo it.</source>
            <translation>اختر صيغة لمقارنتها بالمسودة الحالية، أو اختر أي صيغتين أدناه. استعادة صيغة تحل محل المسودة؛ ويمكنك التراجع عن ذلك.</translation>
        </message>
        <message>
            <source>The current draft</source>
            <translation>المسودة الحالية</translation>
        </message>
        <message>
            <source>Restore a version</source>
            <translation>استعادة صيغة</translation>
        </message>
        <message>
            <source>Restore “%1”? The current draft is replaced by it. You can undo this with Ctrl+Z.</source>
            <translation>هل تريد استعادة «%1»؟ ستحل محل المسودة الحالية. يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
        </message>
        <message>
            <source>Version restored. Undo with Ctrl+Z.</source>
            <translation>استُعيدت الصيغة. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Adopt the charter</source>
            <translation>اعتماد الميثاق</translation>
        </message>
        <message>
            <source>The adopted text is frozen: it is kept exactly as it is now, with the date and place of adoption, and printed as the adopted charter. Later edits start a new draft and never change it. Adoption cannot be undone.</source>
            <translation>يُثبَّت النص المعتمد: إذ يُحتفظ به تماماً كما هو الآن، مع تاريخ الاعتماد ومكانه، ويُطبع بوصفه الميثاق المعتمد. والتعديلات اللاحقة تبدأ مسودة جديدة ولا تغيِّره أبداً. ولا يمكن التراجع عن الاعتماد.</translation>
        </message>
        <message>
            <source>Where the organisations adopt it</source>
            <translation>المكان الذي تعتمده فيه المنظمات</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>تاريخ الاعتماد</translation>
        </message>
        <message>
            <source>At</source>
            <translation>المكان</translation>
        </message>
    </context>
    <context>
        <name>CharterVersions</name>
        <message numerus="yes">
            <source>%n word(s) added.</source>
            <translation>
                <numerusform>لم تُضف أي كلمة.</numerusform>
                <numerusform>أُضيفت كلمة واحدة.</numerusform>
                <numerusform>أُضيفت كلمتان.</numerusform>
                <numerusform>أُضيفت %n كلمات.</numerusform>
                <numerusform>أُضيفت %n كلمة.</numerusform>
                <numerusform>أُضيفت %n كلمة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s) removed.</source>
            <translation>
                <numerusform>لم تُحذف أي كلمة.</numerusform>
                <numerusform>حُذفت كلمة واحدة.</numerusform>
                <numerusform>حُذفت كلمتان.</numerusform>
                <numerusform>حُذفت %n كلمات.</numerusform>
                <numerusform>حُذفت %n كلمة.</numerusform>
                <numerusform>حُذفت %n كلمة.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterListModel</name>
        <message>
            <source>Unassigned</source>
            <translation>غير مُسنَدة</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n توصية</numerusform>
                <numerusform>توصية واحدة</numerusform>
                <numerusform>توصيتان</numerusform>
                <numerusform>%n توصيات</numerusform>
                <numerusform>%n توصية</numerusform>
                <numerusform>%n توصية</numerusform>
            </translation>
        </message>
        <message>
            <source>Select rows on the right and press %1 to move them here.</source>
            <translation>حدد صفوفاً في الجهة اليسرى واضغط %1 لنقلها إلى هنا.</translation>
        </message>
        <message>
            <source>Select rows on the right and press 0 to take them out of their cluster.</source>
            <translation>حدد صفوفاً في الجهة اليسرى واضغط 0 لإخراجها من مجموعتها المواضيعية.</translation>
        </message>
        <message>
            <source>Double-click or press F2 to rename.</source>
            <translation>انقر نقراً مزدوجاً أو اضغط F2 لإعادة التسمية.</translation>
        </message>
        <message numerus="yes">
            <source>{name}, %n recommendation(s)</source>
            <translation>
                <numerusform>{name}، %n توصية</numerusform>
                <numerusform>{name}، توصية واحدة</numerusform>
                <numerusform>{name}، توصيتان</numerusform>
                <numerusform>{name}، %n توصيات</numerusform>
                <numerusform>{name}، %n توصية</numerusform>
                <numerusform>{name}، %n توصية</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterPicker</name>
        <message>
            <source>Type a cluster’s name…</source>
            <translation>اكتب اسم مجموعة مواضيعية…</translation>
        </message>
        <message>
            <source>↑↓ to choose · Enter to move · Esc to cancel</source>
            <translation>↑↓ للاختيار · Enter للنقل · Esc للإلغاء</translation>
        </message>
        <message>
            <source>Take out of the cluster (Unassigned)</source>
            <translation>إخراج من المجموعة المواضيعية (غير مُسنَدة)</translation>
        </message>
        <message>
            <source>+   New cluster “%1”</source>
            <translation>+   مجموعة مواضيعية جديدة «%1»</translation>
        </message>
    </context>
    <context>
        <name>Clusters</name>
        <message>
            <source>The cluster needs a name.</source>
            <translation>يجب تسمية المجموعة المواضيعية.</translation>
        </message>
        <message>
            <source>The name is too long ({length} characters; at most {most}).</source>
            <translation>الاسم طويل جداً ({length} حرفاً؛ والحد الأقصى {most}).</translation>
        </message>
        <message>
            <source>There is already a cluster called “{name}”.</source>
            <translation>توجد بالفعل مجموعة مواضيعية باسم «{name}».</translation>
        </message>
        <message>
            <source>This cluster no longer exists (it may have been deleted or merged).</source>
            <translation>لم تعد هذه المجموعة المواضيعية موجودة (ربما حُذفت أو دُمجت).</translation>
        </message>
        <message>
            <source>The description is too long ({text_count} characters; at most {description_max}).</source>
            <translation>الوصف طويل جداً ({text_count} حرفاً؛ والحد الأقصى {description_max}).</translation>
        </message>
        <message>
            <source>New cluster {name}</source>
            <translation>مجموعة مواضيعية جديدة {name}</translation>
        </message>
        <message>
            <source>Rename cluster {name}</source>
            <translation>إعادة تسمية المجموعة المواضيعية {name}</translation>
        </message>
        <message>
            <source>Describe cluster {name}</source>
            <translation>وصف المجموعة المواضيعية {name}</translation>
        </message>
        <message>
            <source>Move cluster {name}</source>
            <translation>نقل المجموعة المواضيعية {name}</translation>
        </message>
        <message>
            <source>Choose a cluster to delete.</source>
            <translation>اختر مجموعة مواضيعية لحذفها.</translation>
        </message>
        <message>
            <source>Delete cluster {name}</source>
            <translation>حذف المجموعة المواضيعية {name}</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n clusters</source>
            <translation>
                <numerusform>حذف %n مجموعة مواضيعية</numerusform>
                <numerusform>حذف مجموعة مواضيعية واحدة</numerusform>
                <numerusform>حذف مجموعتين مواضيعيتين</numerusform>
                <numerusform>حذف %n مجموعات مواضيعية</numerusform>
                <numerusform>حذف %n مجموعة مواضيعية</numerusform>
                <numerusform>حذف %n مجموعة مواضيعية</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose at least two clusters to merge.</source>
            <translation>اختر مجموعتين مواضيعيتين على الأقل لدمجهما.</translation>
        </message>
        <message>
            <source>Merge {number} clusters into {name}</source>
            <translation>دمج {number} مجموعات مواضيعية في {name}</translation>
        </message>
        <message numerus="yes">
            <source>Move %n recommendation(s) to {name}</source>
            <translation>
                <numerusform>نقل %n توصية إلى {name}</numerusform>
                <numerusform>نقل توصية واحدة إلى {name}</numerusform>
                <numerusform>نقل توصيتين إلى {name}</numerusform>
                <numerusform>نقل %n توصيات إلى {name}</numerusform>
                <numerusform>نقل %n توصية إلى {name}</numerusform>
                <numerusform>نقل %n توصية إلى {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %n recommendation(s) out of their cluster</source>
            <translation>
                <numerusform>إخراج %n توصية من مجموعاتها المواضيعية</numerusform>
                <numerusform>إخراج توصية واحدة من مجموعتها المواضيعية</numerusform>
                <numerusform>إخراج توصيتين من مجموعتيهما المواضيعية</numerusform>
                <numerusform>إخراج %n توصيات من مجموعاتها المواضيعية</numerusform>
                <numerusform>إخراج %n توصية من مجموعاتها المواضيعية</numerusform>
                <numerusform>إخراج %n توصية من مجموعاتها المواضيعية</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no recommendations to cluster yet. Import them in Review first.</source>
            <translation>لا توجد توصيات لتجميعها بعد. استوردها أولاً في خطوة «الاستعراض».</translation>
        </message>
        <message>
            <source>The recommendations carry no themes (or affected persons) to start from. Create the clusters by hand with “New cluster”.</source>
            <translation>لا تحمل التوصيات مواضيع (أو أشخاصاً متأثرين) يمكن الانطلاق منها. أنشئ المجموعات المواضيعية يدوياً باستخدام «مجموعة مواضيعية جديدة».</translation>
        </message>
        <message numerus="yes">
            <source>Propose %n cluster(s) from themes</source>
            <translation>
                <numerusform>اقتراح %n مجموعة مواضيعية انطلاقاً من المواضيع</numerusform>
                <numerusform>اقتراح مجموعة مواضيعية واحدة انطلاقاً من المواضيع</numerusform>
                <numerusform>اقتراح مجموعتين مواضيعيتين انطلاقاً من المواضيع</numerusform>
                <numerusform>اقتراح %n مجموعات مواضيعية انطلاقاً من المواضيع</numerusform>
                <numerusform>اقتراح %n مجموعة مواضيعية انطلاقاً من المواضيع</numerusform>
                <numerusform>اقتراح %n مجموعة مواضيعية انطلاقاً من المواضيع</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Place %n recommendation(s) by theme</source>
            <translation>
                <numerusform>توزيع %n توصية حسب الموضوع</numerusform>
                <numerusform>توزيع توصية واحدة حسب الموضوع</numerusform>
                <numerusform>توزيع توصيتين حسب الموضوع</numerusform>
                <numerusform>توزيع %n توصيات حسب الموضوع</numerusform>
                <numerusform>توزيع %n توصية حسب الموضوع</numerusform>
                <numerusform>توزيع %n توصية حسب الموضوع</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClustersPage</name>
        <message>
            <source>Cluster the recommendations</source>
            <translation>تجميع التوصيات في مجموعات مواضيعية</translation>
        </message>
        <message>
            <source>Propose clusters from themes</source>
            <translation>اقتراح مجموعات مواضيعية من المواضيع</translation>
        </message>
        <message>
            <source>Start from the themes the recommendations were imported with: one cluster per theme, each recommendation in its most common theme. Once there are clusters, it only adds unassigned recommendations to clusters named like their theme.</source>
            <translation>ابدأ من المواضيع التي استُوردت بها التوصيات: مجموعة مواضيعية واحدة لكل موضوع، وكل توصية في أكثر مواضيعها شيوعاً. وبعد وجود مجموعات مواضيعية، لا يؤدي هذا الأمر إلا إلى إضافة التوصيات غير المُسنَدة إلى المجموعات المواضيعية التي تحمل اسم موضوعها.</translation>
        </message>
        <message>
            <source>New cluster</source>
            <translation>مجموعة مواضيعية جديدة</translation>
        </message>
        <message>
            <source>Name a new cluster in the field under the list</source>
            <translation>سمِّ مجموعة مواضيعية جديدة في الحقل الموجود أسفل القائمة</translation>
        </message>
        <message>
            <source>CLUSTERS</source>
            <translation>المجموعات المواضيعية</translation>
        </message>
        <message>
            <source>Unassigned recommendations</source>
            <translation>التوصيات غير المُسنَدة</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>المجموعات المواضيعية</translation>
        </message>
        <message>
            <source>No clusters yet</source>
            <translation>لا توجد مجموعات مواضيعية بعد</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>إعادة تسمية</translation>
        </message>
        <message>
            <source>Rename the selected cluster (F2)</source>
            <translation>إعادة تسمية المجموعة المواضيعية المحددة (F2)</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>دمج</translation>
        </message>
        <message>
            <source>Select two or more clusters (Ctrl+click), then choose the one they merge into</source>
            <translation>حدد مجموعتين مواضيعيتين أو أكثر (Ctrl+نقر)، ثم اختر المجموعة التي تُدمج فيها</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Delete the selected clusters (Del). Their recommendations become unassigned.</source>
            <translation>حذف المجموعات المواضيعية المحددة (Del). وتصبح توصياتها غير مُسنَدة.</translation>
        </message>
        <message>
            <source>Move the cluster up the list (Alt+Up)</source>
            <translation>نقل المجموعة المواضيعية إلى أعلى القائمة (Alt+Up)</translation>
        </message>
        <message>
            <source>Move the cluster down the list (Alt+Down)</source>
            <translation>نقل المجموعة المواضيعية إلى أسفل القائمة (Alt+Down)</translation>
        </message>
        <message>
            <source>Name a new cluster…</source>
            <translation>سمِّ مجموعة مواضيعية جديدة…</translation>
        </message>
        <message>
            <source>New cluster name</source>
            <translation>اسم المجموعة المواضيعية الجديدة</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Move to cluster…</source>
            <translation>نقل إلى مجموعة مواضيعية…</translation>
        </message>
        <message>
            <source>Move the selected recommendations to another cluster (Ctrl+M)</source>
            <translation>نقل التوصيات المحددة إلى مجموعة مواضيعية أخرى (Ctrl+M)</translation>
        </message>
        <message>
            <source>Add a short description of what this cluster covers…</source>
            <translation>أضف وصفاً موجزاً لما تشمله هذه المجموعة المواضيعية…</translation>
        </message>
        <message>
            <source>Cluster description</source>
            <translation>وصف المجموعة المواضيعية</translation>
        </message>
        <message>
            <source>Recommendations not yet in any cluster. Select rows and drag them onto a cluster on the left, press the cluster’s number (1–9), or press Ctrl+M to pick one by name.</source>
            <translation>توصيات لم تُدرج بعد في أي مجموعة مواضيعية. حدد صفوفاً واسحبها إلى مجموعة مواضيعية في الجهة اليمنى، أو اضغط رقم المجموعة المواضيعية (1–9)، أو اضغط Ctrl+M لاختيار مجموعة باسمها.</translation>
        </message>
        <message>
            <source>Search these recommendations…</source>
            <translation>البحث في هذه التوصيات…</translation>
        </message>
        <message>
            <source>Search the cluster</source>
            <translation>البحث في المجموعة المواضيعية</translation>
        </message>
        <message>
            <source>Recommendations in the cluster</source>
            <translation>التوصيات في المجموعة المواضيعية</translation>
        </message>
        <message>
            <source>Select rows, then drag them onto a cluster, press its number (0 takes them out), or press Ctrl+M to pick one by name.</source>
            <translation>حدد صفوفاً، ثم اسحبها إلى مجموعة مواضيعية، أو اضغط رقمها (0 يُخرجها)، أو اضغط Ctrl+M لاختيار مجموعة باسمها.</translation>
        </message>
        <message>
            <source>There are no recommendations to cluster yet. Import them in step 1, Review.</source>
            <translation>لا توجد توصيات لتجميعها في مجموعات مواضيعية بعد. استوردها في الخطوة 1، «الاستعراض».</translation>
        </message>
        <message>
            <source>This workshop is read-only, so no clusters can be made in it. Save a copy to sort the recommendations there.</source>
            <translation>حلقة العمل هذه للقراءة فقط، ولذلك لا يمكن إنشاء مجموعات مواضيعية فيها. احفظ نسخة لفرز التوصيات فيها.</translation>
        </message>
        <message>
            <source>Start from the themes the recommendations were imported with, then rename, merge and sort them together. Or name your own clusters one by one.</source>
            <translation>ابدأ من المواضيع التي استُوردت بها التوصيات، ثم أعِد تسميتها وادمجها وافرزها معاً. أو سمِّ مجموعاتك المواضيعية بنفسك واحدة تلو الأخرى.</translation>
        </message>
        <message>
            <source>No recommendations yet</source>
            <translation>لا توجد توصيات بعد</translation>
        </message>
        <message numerus="yes">
            <source>No clusters yet  ·  %n recommendation(s) to sort</source>
            <translation>
                <numerusform>لا توجد مجموعات مواضيعية بعد  ·  لا توجد توصيات لفرزها</numerusform>
                <numerusform>لا توجد مجموعات مواضيعية بعد  ·  توصية واحدة لفرزها</numerusform>
                <numerusform>لا توجد مجموعات مواضيعية بعد  ·  توصيتان لفرزهما</numerusform>
                <numerusform>لا توجد مجموعات مواضيعية بعد  ·  %n توصيات لفرزها</numerusform>
                <numerusform>لا توجد مجموعات مواضيعية بعد  ·  %n توصية لفرزها</numerusform>
                <numerusform>لا توجد مجموعات مواضيعية بعد  ·  %n توصية لفرزها</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n مجموعة مواضيعية</numerusform>
                <numerusform>مجموعة مواضيعية واحدة</numerusform>
                <numerusform>مجموعتان مواضيعيتان</numerusform>
                <numerusform>%n مجموعات مواضيعية</numerusform>
                <numerusform>%n مجموعة مواضيعية</numerusform>
                <numerusform>%n مجموعة مواضيعية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} recommendations in a cluster</source>
            <translation>
                <numerusform>%n من أصل {total} توصية في مجموعة مواضيعية</numerusform>
                <numerusform>%n من أصل {total} توصية في مجموعة مواضيعية</numerusform>
                <numerusform>%n من أصل {total} توصية في مجموعة مواضيعية</numerusform>
                <numerusform>%n من أصل {total} توصية في مجموعة مواضيعية</numerusform>
                <numerusform>%n من أصل {total} توصية في مجموعة مواضيعية</numerusform>
                <numerusform>%n من أصل {total} توصية في مجموعة مواضيعية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unassigned</source>
            <translation>
                <numerusform>%n غير مُسنَدة</numerusform>
                <numerusform>واحدة غير مُسنَدة</numerusform>
                <numerusform>اثنتان غير مُسنَدتين</numerusform>
                <numerusform>%n غير مُسنَدة</numerusform>
                <numerusform>%n غير مُسنَدة</numerusform>
                <numerusform>%n غير مُسنَدة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n توصية</numerusform>
                <numerusform>توصية واحدة</numerusform>
                <numerusform>توصيتان</numerusform>
                <numerusform>%n توصيات</numerusform>
                <numerusform>%n توصية</numerusform>
                <numerusform>%n توصية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} match</source>
            <translation>
                <numerusform>%n من أصل {total} مطابقة</numerusform>
                <numerusform>%n من أصل {total} مطابقة</numerusform>
                <numerusform>%n من أصل {total} مطابقة</numerusform>
                <numerusform>%n من أصل {total} مطابقة</numerusform>
                <numerusform>%n من أصل {total} مطابقة</numerusform>
                <numerusform>%n من أصل {total} مطابقة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) now unassigned. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>لم تصبح أي توصية غير مُسنَدة. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أصبحت توصية واحدة غير مُسنَدة. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أصبحت توصيتان غير مُسنَدتين. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أصبحت %n توصيات غير مُسنَدة. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أصبحت %n توصية غير مُسنَدة. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أصبحت %n توصية غير مُسنَدة. للتراجع اضغط Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) moved to “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>لم تُنقل أي توصية إلى «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>نُقلت توصية واحدة إلى «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>نُقلت توصيتان إلى «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>نُقلت %n توصيات إلى «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>نُقلت %n توصية إلى «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>نُقلت %n توصية إلى «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) moved to the new cluster “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>لم تُنقل أي توصية إلى المجموعة المواضيعية الجديدة «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>نُقلت توصية واحدة إلى المجموعة المواضيعية الجديدة «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>نُقلت توصيتان إلى المجموعة المواضيعية الجديدة «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>نُقلت %n توصيات إلى المجموعة المواضيعية الجديدة «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>نُقلت %n توصية إلى المجموعة المواضيعية الجديدة «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>نُقلت %n توصية إلى المجموعة المواضيعية الجديدة «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) merged into “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>لم تُدمج أي مجموعة مواضيعية في «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>دُمجت مجموعة مواضيعية واحدة في «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>دُمجت مجموعتان مواضيعيتان في «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>دُمجت %n مجموعات مواضيعية في «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>دُمجت %n مجموعة مواضيعية في «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>دُمجت %n مجموعة مواضيعية في «{name}». للتراجع اضغط Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n cluster(s)?</source>
            <translation>
                <numerusform>هل تريد حذف %n مجموعة مواضيعية؟</numerusform>
                <numerusform>هل تريد حذف مجموعة مواضيعية واحدة؟</numerusform>
                <numerusform>هل تريد حذف مجموعتين مواضيعيتين؟</numerusform>
                <numerusform>هل تريد حذف %n مجموعات مواضيعية؟</numerusform>
                <numerusform>هل تريد حذف %n مجموعة مواضيعية؟</numerusform>
                <numerusform>هل تريد حذف %n مجموعة مواضيعية؟</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Their %n recommendation(s) become unassigned; none is deleted.</source>
            <translation>
                <numerusform>لا تتضمن أي توصيات؛ ولا يُحذف أي شيء.</numerusform>
                <numerusform>تصبح توصيتها الوحيدة غير مُسنَدة؛ ولا تُحذف.</numerusform>
                <numerusform>تصبح توصيتاها غير مُسنَدتين؛ ولا تُحذف أي منهما.</numerusform>
                <numerusform>تصبح توصياتها الـ%n غير مُسنَدة؛ ولا تُحذف أي منها.</numerusform>
                <numerusform>تصبح توصياتها الـ%n غير مُسنَدة؛ ولا تُحذف أي منها.</numerusform>
                <numerusform>تصبح توصياتها الـ%n غير مُسنَدة؛ ولا تُحذف أي منها.</numerusform>
            </translation>
        </message>
        <message>
            <source>This cluster is the basis of a priority in the charter: {titles}.</source>
            <translation>هذه المجموعة المواضيعية هي أساس أولوية في الميثاق: {titles}.</translation>
        </message>
        <message numerus="yes">
            <source>This is the basis of %n priorities in the charter: {titles}.</source>
            <translation>
                <numerusform>هذه المجموعة المواضيعية هي أساس %n أولوية في الميثاق: {titles}.</numerusform>
                <numerusform>هذه المجموعة المواضيعية هي أساس أولوية واحدة في الميثاق: {titles}.</numerusform>
                <numerusform>هذه المجموعة المواضيعية هي أساس أولويتين في الميثاق: {titles}.</numerusform>
                <numerusform>هذه المجموعة المواضيعية هي أساس %n أولويات في الميثاق: {titles}.</numerusform>
                <numerusform>هذه المجموعة المواضيعية هي أساس %n أولوية في الميثاق: {titles}.</numerusform>
                <numerusform>هذه المجموعة المواضيعية هي أساس %n أولوية في الميثاق: {titles}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clusters deleted; their recommendations are unassigned. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>حُذفت %n مجموعة مواضيعية؛ وأصبحت توصياتها غير مُسنَدة. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>حُذفت مجموعة مواضيعية واحدة؛ وأصبحت توصياتها غير مُسنَدة. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>حُذفت مجموعتان مواضيعيتان؛ وأصبحت توصياتهما غير مُسنَدة. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>حُذفت %n مجموعات مواضيعية؛ وأصبحت توصياتها غير مُسنَدة. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>حُذفت %n مجموعة مواضيعية؛ وأصبحت توصياتها غير مُسنَدة. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>حُذفت %n مجموعة مواضيعية؛ وأصبحت توصياتها غير مُسنَدة. للتراجع اضغط Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) proposed from the themes.</source>
            <translation>
                <numerusform>لم تُقترح أي مجموعة مواضيعية من المواضيع.</numerusform>
                <numerusform>اقتُرحت مجموعة مواضيعية واحدة من المواضيع.</numerusform>
                <numerusform>اقتُرحت مجموعتان مواضيعيتان من المواضيع.</numerusform>
                <numerusform>اقتُرحت %n مجموعات مواضيعية من المواضيع.</numerusform>
                <numerusform>اقتُرحت %n مجموعة مواضيعية من المواضيع.</numerusform>
                <numerusform>اقتُرحت %n مجموعة مواضيعية من المواضيع.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) fit no theme shared widely enough and stay unassigned.</source>
            <translation>
                <numerusform>لم تبقَ أي توصية غير مُسنَدة لعدم اندراجها في موضوع مشترك على نطاق كافٍ.</numerusform>
                <numerusform>توصية واحدة لا تندرج في أي موضوع مشترك على نطاق كافٍ، وتبقى غير مُسنَدة.</numerusform>
                <numerusform>توصيتان لا تندرجان في أي موضوع مشترك على نطاق كافٍ، وتبقيان غير مُسنَدتين.</numerusform>
                <numerusform>%n توصيات لا تندرج في أي موضوع مشترك على نطاق كافٍ، وتبقى غير مُسنَدة.</numerusform>
                <numerusform>%n توصية لا تندرج في أي موضوع مشترك على نطاق كافٍ، وتبقى غير مُسنَدة.</numerusform>
                <numerusform>%n توصية لا تندرج في أي موضوع مشترك على نطاق كافٍ، وتبقى غير مُسنَدة.</numerusform>
            </translation>
        </message>
        <message>
            <source>every recommendation in a cluster</source>
            <translation>كل التوصيات في مجموعات مواضيعية</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>غير مُسنَدة</translation>
        </message>
        <message>
            <source>Nothing here matches “%1”.</source>
            <translation>لا يوجد هنا ما يطابق «%1».</translation>
        </message>
        <message>
            <source>No recommendations yet. Import them in step 1, Review.</source>
            <translation>لا توجد توصيات بعد. استوردها في الخطوة 1، «الاستعراض».</translation>
        </message>
        <message>
            <source>Every recommendation is in a cluster.</source>
            <translation>كل توصية مدرجة في مجموعة مواضيعية.</translation>
        </message>
        <message>
            <source>Nothing in this cluster yet.
Open “Unassigned”, select recommendations and drag them here, or press this cluster’s number.</source>
            <translation>لا يوجد شيء في هذه المجموعة المواضيعية بعد.
افتح «غير مُسنَدة»، وحدد توصيات واسحبها إلى هنا، أو اضغط رقم هذه المجموعة المواضيعية.</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>This workshop is read-only. Save a copy to sort the recommendations.</source>
            <translation>حلقة العمل هذه للقراءة فقط. احفظ نسخة لفرز التوصيات.</translation>
        </message>
        <message>
            <source>Select the recommendations to move first.</source>
            <translation>حدد أولاً التوصيات المراد نقلها.</translation>
        </message>
        <message>
            <source>Move to cluster</source>
            <translation>نقل إلى مجموعة مواضيعية</translation>
        </message>
        <message>
            <source>Already in “%1”.</source>
            <translation>موجودة بالفعل في «%1».</translation>
        </message>
        <message>
            <source>Move to the new cluster %1</source>
            <translation>نقل إلى المجموعة المواضيعية الجديدة %1</translation>
        </message>
        <message>
            <source>There is no cluster %1.</source>
            <translation>لا توجد مجموعة مواضيعية برقم %1.</translation>
        </message>
        <message>
            <source>Cluster “%1” created. Select rows in Unassigned and press %2 to fill it.</source>
            <translation>أُنشئت المجموعة المواضيعية «%1». حدد صفوفاً في «غير مُسنَدة» واضغط %2 لملئها.</translation>
        </message>
        <message>
            <source>Cluster “%1” created. Drag rows from Unassigned onto it to fill it.</source>
            <translation>أُنشئت المجموعة المواضيعية «%1». اسحب إليها صفوفاً من «غير مُسنَدة» لملئها.</translation>
        </message>
        <message>
            <source>Cluster renamed. Undo with Ctrl+Z.</source>
            <translation>أُعيدت تسمية المجموعة المواضيعية. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Description saved. Undo with Ctrl+Z.</source>
            <translation>حُفظ الوصف. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Select two or more clusters first (Ctrl+click)</source>
            <translation>حدد أولاً مجموعتين مواضيعيتين أو أكثر (Ctrl+نقر)</translation>
        </message>
        <message>
            <source>Merge into “%1”</source>
            <translation>دمج في «%1»</translation>
        </message>
        <message>
            <source>Merge clusters</source>
            <translation>دمج المجموعات المواضيعية</translation>
        </message>
        <message>
            <source>Delete the cluster “%1”?</source>
            <translation>هل تريد حذف المجموعة المواضيعية «%1»؟</translation>
        </message>
        <message>
            <source>Its one recommendation becomes unassigned; it is not deleted.</source>
            <translation>تصبح توصيتها الوحيدة غير مُسنَدة؛ ولا تُحذف.</translation>
        </message>
        <message>
            <source>Delete anyway? The priorities keep their recommendations.</source>
            <translation>هل تريد الحذف على أي حال؟ تحتفظ الأولويات بتوصياتها.</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete clusters</source>
            <translation>حذف المجموعات المواضيعية</translation>
        </message>
        <message>
            <source>Cluster deleted; its recommendations are unassigned. Undo with Ctrl+Z.</source>
            <translation>حُذفت المجموعة المواضيعية؛ وأصبحت توصياتها غير مُسنَدة. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Nothing to add: every recommendation whose theme matches a cluster’s name is already in a cluster. New clusters are proposed only while there are none.</source>
            <translation>لا يوجد ما يُضاف: كل توصية يطابق موضوعها اسم مجموعة مواضيعية مدرجة بالفعل في مجموعة مواضيعية. ولا تُقترح مجموعات مواضيعية جديدة إلا في حال عدم وجود أي منها.</translation>
        </message>
        <message>
            <source>Unassigned recommendations added to the clusters named like their themes.</source>
            <translation>أُضيفت التوصيات غير المُسنَدة إلى المجموعات المواضيعية التي تحمل أسماء مواضيعها.</translation>
        </message>
        <message>
            <source>Undo with Ctrl+Z.</source>
            <translation>للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>نقل إلى</translation>
        </message>
        <message>
            <source>Take out of the cluster</source>
            <translation>إخراج من المجموعة المواضيعية</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>نقل إلى أعلى</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>نقل إلى أسفل</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>“{name}” already has a charter (“{title}”). Add --replace to start again from the template.</source>
            <translation>لدى «{name}» ميثاق بالفعل («{title}»). أضف --replace للبدء من جديد من النموذج.</translation>
        </message>
        <message>
            <source>Started the charter “{title}” from the template “{template}” ({template_title}).</source>
            <translation>بدأ الميثاق «{title}» من النموذج «{template}» ({template_title}).</translation>
        </message>
        <message>
            <source>This workshop has no charter yet. Start one with: upr-desktop charter {file} --from-template NAME ({names}).</source>
            <translation>ليس لحلقة العمل هذه ميثاق بعد. ابدأ ميثاقاً بالأمر: upr-desktop charter {file} --from-template NAME ({names}).</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Adopted on {date} in {place}</source>
            <translation>اعتُمد بتاريخ {date} في {place}</translation>
        </message>
        <message>
            <source>Draft (changed since its adoption on {date} in {place}; the adopted text is kept)</source>
            <translation>مسودة (عُدِّلت منذ اعتمادها بتاريخ {date} في {place}؛ والنص المعتمد محفوظ)</translation>
        </message>
        <message>
            <source>No place or dates yet</source>
            <translation>لم يُحدَّد المكان ولا التواريخ بعد</translation>
        </message>
        <message>
            <source>“{name}” is read-only; copy it to a writable folder first.</source>
            <translation>«{name}» للقراءة فقط؛ انسخه أولاً إلى مجلد قابل للكتابة.</translation>
        </message>
        <message>
            <source>No ballot codes came in on standard input. Give the codes `round open` printed, one per line.</source>
            <translation>لم ترد أي رموز اقتراع من الإدخال القياسي. قدِّم الرموز التي طبعها الأمر `round open`، رمزاً في كل سطر.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n ballot code slip(s) ({size} KB) to {file}. Print them, then delete the file and the list of codes: they are as good as ballot papers.</source>
            <translation>
                <numerusform>كُتبت %n قسيمة رمز اقتراع ({size} كيلوبايت) في {file}. اطبعها، ثم احذف الملف وقائمة الرموز: فهي بقيمة بطاقات الاقتراع نفسها.</numerusform>
                <numerusform>كُتبت قسيمة رمز اقتراع واحدة ({size} كيلوبايت) في {file}. اطبعها، ثم احذف الملف وقائمة الرموز: فهي بقيمة بطاقات الاقتراع نفسها.</numerusform>
                <numerusform>كُتبت قسيمتا رمز اقتراع ({size} كيلوبايت) في {file}. اطبعها، ثم احذف الملف وقائمة الرموز: فهي بقيمة بطاقات الاقتراع نفسها.</numerusform>
                <numerusform>كُتبت %n قسائم رموز اقتراع ({size} كيلوبايت) في {file}. اطبعها، ثم احذف الملف وقائمة الرموز: فهي بقيمة بطاقات الاقتراع نفسها.</numerusform>
                <numerusform>كُتبت %n قسيمة رمز اقتراع ({size} كيلوبايت) في {file}. اطبعها، ثم احذف الملف وقائمة الرموز: فهي بقيمة بطاقات الاقتراع نفسها.</numerusform>
                <numerusform>كُتبت %n قسيمة رمز اقتراع ({size} كيلوبايت) في {file}. اطبعها، ثم احذف الملف وقائمة الرموز: فهي بقيمة بطاقات الاقتراع نفسها.</numerusform>
            </translation>
        </message>
        <message>
            <source>upr-desktop: warning: {problem}</source>
            <translation>upr-desktop: تحذير: {problem}</translation>
        </message>
        <message>
            <source>Wrote the charter PDF ({size} KB) to {file}</source>
            <translation>كُتب ملف PDF للميثاق ({size} كيلوبايت) في {file}</translation>
        </message>
        <message>
            <source>Wrote the ballots PDF ({size} KB) to {file}</source>
            <translation>كُتب ملف PDF لبطاقات الاقتراع ({size} كيلوبايت) في {file}</translation>
        </message>
        <message>
            <source>Wrote the results PDF ({size} KB) to {file}</source>
            <translation>كُتب ملف PDF للنتائج ({size} كيلوبايت) في {file}</translation>
        </message>
        <message>
            <source>Wrote the handout PDF ({size} KB) to {file}</source>
            <translation>كُتب ملف PDF للنشرة ({size} كيلوبايت) في {file}</translation>
        </message>
        <message>
            <source>Wrote the mid-term report PDF ({size} KB) to {file}</source>
            <translation>كُتب ملف PDF لتقرير منتصف المدة ({size} كيلوبايت) في {file}</translation>
        </message>
        <message>
            <source>Wrote the PDF ({size} KB) to {file}</source>
            <translation>كُتب ملف PDF ({size} كيلوبايت) في {file}</translation>
        </message>
        <message>
            <source>1 priority</source>
            <translation>أولوية واحدة</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities</source>
            <translation>
                <numerusform>%n أولوية</numerusform>
                <numerusform>أولوية واحدة</numerusform>
                <numerusform>أولويتان</numerusform>
                <numerusform>%n أولويات</numerusform>
                <numerusform>%n أولوية</numerusform>
                <numerusform>%n أولوية</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the implementation matrix ({priorities}, {rows}) to {file}</source>
            <translation>كُتبت مصفوفة التنفيذ ({priorities}، {rows}) في {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n صف</numerusform>
                <numerusform>صف واحد</numerusform>
                <numerusform>صفان</numerusform>
                <numerusform>%n صفوف</numerusform>
                <numerusform>%n صفاً</numerusform>
                <numerusform>%n صف</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the charter “{title}” as a Word document to {file} (no representatives named: this workshop anonymises its outputs)</source>
            <translation>كُتب الميثاق «{title}» كمستند Word في {file} (دون ذكر أسماء الممثلين: حلقة العمل هذه تُغفل الهوية في مخرجاتها)</translation>
        </message>
        <message>
            <source>Wrote the charter “{title}” as a Word document to {file}</source>
            <translation>كُتب الميثاق «{title}» كمستند Word في {file}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) cited by the charter as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</source>
            <translation>
                <numerusform>كُتبت %n توصية يستشهد بها الميثاق كملف استيراد لنظام IMPACT OSS في {file}. يستوردها نظام IMPACT OSS كمسودات: اربطها وانشرها هناك.</numerusform>
                <numerusform>كُتبت توصية واحدة يستشهد بها الميثاق كملف استيراد لنظام IMPACT OSS في {file}. يستوردها نظام IMPACT OSS كمسودات: اربطها وانشرها هناك.</numerusform>
                <numerusform>كُتبت توصيتان يستشهد بها الميثاق كملف استيراد لنظام IMPACT OSS في {file}. يستوردها نظام IMPACT OSS كمسودات: اربطها وانشرها هناك.</numerusform>
                <numerusform>كُتبت %n توصيات يستشهد بها الميثاق كملف استيراد لنظام IMPACT OSS في {file}. يستوردها نظام IMPACT OSS كمسودات: اربطها وانشرها هناك.</numerusform>
                <numerusform>كُتبت %n توصية يستشهد بها الميثاق كملف استيراد لنظام IMPACT OSS في {file}. يستوردها نظام IMPACT OSS كمسودات: اربطها وانشرها هناك.</numerusform>
                <numerusform>كُتبت %n توصية يستشهد بها الميثاق كملف استيراد لنظام IMPACT OSS في {file}. يستوردها نظام IMPACT OSS كمسودات: اربطها وانشرها هناك.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) in the workshop as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</source>
            <translation>
                <numerusform>كُتبت %n توصية من حلقة العمل كملف استيراد لنظام IMPACT OSS في {file}. يستوردها نظام IMPACT OSS كمسودات: اربطها وانشرها هناك.</numerusform>
                <numerusform>كُتبت توصية واحدة من حلقة العمل كملف استيراد لنظام IMPACT OSS في {file}. يستوردها نظام IMPACT OSS كمسودات: اربطها وانشرها هناك.</numerusform>
                <numerusform>كُتبت توصيتان من حلقة العمل كملف استيراد لنظام IMPACT OSS في {file}. يستوردها نظام IMPACT OSS كمسودات: اربطها وانشرها هناك.</numerusform>
                <numerusform>كُتبت %n توصيات من حلقة العمل كملف استيراد لنظام IMPACT OSS في {file}. يستوردها نظام IMPACT OSS كمسودات: اربطها وانشرها هناك.</numerusform>
                <numerusform>كُتبت %n توصية من حلقة العمل كملف استيراد لنظام IMPACT OSS في {file}. يستوردها نظام IMPACT OSS كمسودات: اربطها وانشرها هناك.</numerusform>
                <numerusform>كُتبت %n توصية من حلقة العمل كملف استيراد لنظام IMPACT OSS في {file}. يستوردها نظام IMPACT OSS كمسودات: اربطها وانشرها هناك.</numerusform>
            </translation>
        </message>
        <message>
            <source>Added the evidence “{title}” (file {file}, sha256 {sha256}) — confidential: {id}</source>
            <translation>أُضيف الدليل «{title}» (الملف {file}، sha256 {sha256}) — سري: {id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}” (file {file}, sha256 {sha256}): {id}</source>
            <translation>أُضيف الدليل «{title}» (الملف {file}، sha256 {sha256}): {id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}” — confidential: {id}</source>
            <translation>أُضيف الدليل «{title}» — سري: {id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}”: {id}</source>
            <translation>أُضيف الدليل «{title}»: {id}</translation>
        </message>
        <message>
            <source>--evidence: “{part}” is not an evidence id; give numbers separated by commas.</source>
            <translation>--evidence: «{part}» ليس معرِّف دليل؛ قدِّم أرقاماً مفصولة بفواصل.</translation>
        </message>
        <message>
            <source>{change} ({by}, {date}). Assessors disagree on it. {id}</source>
            <translation>{change} ({by}، {date}). المقيِّمون مختلفون بشأنها. {id}</translation>
        </message>
        <message>
            <source>{change} ({by}, {date}). {id}</source>
            <translation>{change} ({by}، {date}). {id}</translation>
        </message>
        <message>
            <source>Not implemented {not_} · partially {partial} · fully {full} · no information {no_info} · not assessed {none}</source>
            <translation>غير منفَّذة {not_} · منفَّذة جزئياً {partial} · منفَّذة بالكامل {full} · لا توجد معلومات {no_info} · غير مقيَّمة {none}</translation>
        </message>
        <message>
            <source>Assessors disagree on: {references}</source>
            <translation>المقيِّمون مختلفون بشأن: {references}</translation>
        </message>
        <message>
            <source>Overdue: {priority} {milestone} (due {due})</source>
            <translation>متأخرة: {priority} {milestone} (الموعد المحدد {due})</translation>
        </message>
        <message>
            <source>No assessment in the last 12 months: {count}</source>
            <translation>لا تقييم خلال الأشهر الاثني عشر الماضية: {count}</translation>
        </message>
        <message>
            <source>The mid-term report is saved as .pdf or .docx, not “{value}”.</source>
            <translation>يُحفظ تقرير منتصف المدة بصيغة .pdf أو .docx، وليس «{value}».</translation>
        </message>
        <message>
            <source>no ending</source>
            <translation>بلا امتداد</translation>
        </message>
        <message>
            <source>Wrote the mid-term report to {file}</source>
            <translation>كُتب تقرير منتصف المدة في {file}</translation>
        </message>
        <message>
            <source>Wrote the stakeholder submission draft to {file}: {words} of {cap} words.</source>
            <translation>كُتبت مسودة التقرير المقدَّم من أصحاب المصلحة في {file}: {words} من أصل {cap} كلمة.</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>تحذير: {warning}</translation>
        </message>
        <message>
            <source>--response: “{given}” is not a response; use supported, noted, pending or unknown.</source>
            <translation>--response: «{given}» ليس رداً؛ استخدم supported أو noted أو pending أو unknown.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) to {file}</source>
            <translation>
                <numerusform>كُتبت %n توصية في {file}</numerusform>
                <numerusform>كُتبت توصية واحدة في {file}</numerusform>
                <numerusform>كُتبت توصيتان في {file}</numerusform>
                <numerusform>كُتبت %n توصيات في {file}</numerusform>
                <numerusform>كُتبت %n توصية في {file}</numerusform>
                <numerusform>كُتبت %n توصية في {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no command or file called “{name}”</source>
            <translation>لا يوجد أمر أو ملف باسم «{name}»</translation>
        </message>
        <message>
            <source>upr-desktop: something went wrong ({kind}: {error}). Nothing was changed; the details are in {log}.</source>
            <translation>upr-desktop: حدث خطأ ما ({kind}: {error}). لم يتغير أي شيء؛ والتفاصيل واردة في {log}.</translation>
        </message>
        <message>
            <source>{message} To make one: upr-desktop clean "{file}" COPY.uprw</source>
            <translation>{message} لإنشاء نسخة: upr-desktop clean "{file}" COPY.uprw</translation>
        </message>
        <message>
            <source>The commands are: {commands}. Run with no arguments, or with a workshop file, to open the app; `upr-desktop COMMAND --help` describes a command.</source>
            <translation>الأوامر هي: {commands}. شغِّل البرنامج دون وسائط، أو مع ملف حلقة عمل، لفتح التطبيق؛ ويصف الأمر `upr-desktop COMMAND --help` أيَّ أمر.</translation>
        </message>
        <message>
            <source>A participant recorded without a name keeps no organisation, focus, contact or consent. Give --name, or leave out --org, --focus, --contact and --consent.</source>
            <translation>المشارك المسجَّل دون اسم لا يُحفظ له منظمة ولا مجال مواضيعي ولا بيانات اتصال ولا موافقة. قدِّم --name، أو احذف --org و--focus و--contact و--consent.</translation>
        </message>
        <message numerus="yes">
            <source>The workshop now has %n participant(s).</source>
            <translation>
                <numerusform>تضم حلقة العمل الآن %n مشارك.</numerusform>
                <numerusform>تضم حلقة العمل الآن مشاركاً واحداً.</numerusform>
                <numerusform>تضم حلقة العمل الآن مشاركَين.</numerusform>
                <numerusform>تضم حلقة العمل الآن %n مشاركين.</numerusform>
                <numerusform>تضم حلقة العمل الآن %n مشاركاً.</numerusform>
                <numerusform>تضم حلقة العمل الآن %n مشارك.</numerusform>
            </translation>
        </message>
        <message>
            <source>No participants are registered yet.</source>
            <translation>لم يُسجَّل أي مشارك بعد.</translation>
        </message>
        <message>
            <source>No recommendation numbered {listed} in this workshop. Check the paragraph numbers (upr-desktop search FILE WORDS shows them).</source>
            <translation>لا توجد في حلقة العمل هذه توصية رقمها {listed}. تحقَّق من أرقام الفقرات (يعرضها الأمر upr-desktop search FILE WORDS).</translation>
        </message>
        <message>
            <source>No recommendation numbered {listed} in this workshop. Check the paragraph number (upr-desktop search FILE WORDS shows them).</source>
            <translation>لا توجد في حلقة العمل هذه توصية رقمها {listed}. تحقَّق من رقم الفقرة (يعرضه الأمر upr-desktop search FILE WORDS).</translation>
        </message>
        <message>
            <source>{by_reference_count} recommendations are numbered {r} in this workshop. Name each one by its id instead (#ID, as upr-desktop search --json shows).</source>
            <translation>في حلقة العمل هذه {by_reference_count} توصيات رقمها {r}. حدِّد كل واحدة منها بمعرِّفها بدلاً من ذلك (#ID، كما يعرضه الأمر upr-desktop search --json).</translation>
        </message>
        <message>
            <source>--dots is for dot voting only (for 100-point voting, the budget is --points).</source>
            <translation>الخيار --dots مخصص للتصويت بالملصقات فقط (في التصويت بتوزيع 100 نقطة، يُحدَّد الرصيد بالخيار --points).</translation>
        </message>
        <message>
            <source>--points is for 100-point voting only (for dot voting, use --dots).</source>
            <translation>الخيار --points مخصص للتصويت بتوزيع 100 نقطة فقط (في التصويت بالملصقات، استخدم --dots).</translation>
        </message>
        <message>
            <source>{twice} is listed twice in --candidates. List each recommendation once.</source>
            <translation>ورد {twice} مرتين في --candidates. أدرج كل توصية مرة واحدة.</translation>
        </message>
        <message>
            <source>“{title}” was already open. Its ballot codes were shown when it opened and are never shown again.</source>
            <translation>كانت «{title}» مفتوحة بالفعل. وقد عُرضت رموز الاقتراع الخاصة بها عند فتحها ولن تُعرض مرة أخرى أبداً.</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” is open for voting with %n ballot code(s), printed above. They are not kept anywhere and will not be shown again: print the slips now with upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</source>
            <translation>
                <numerusform>«{title}» مفتوحة للتصويت مع %n رمز اقتراع، مطبوعة أعلاه. لا تُحفظ في أي مكان ولن تُعرض مرة أخرى: اطبع القسائم الآن بالأمر upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</numerusform>
                <numerusform>«{title}» مفتوحة للتصويت مع رمز اقتراع واحد، مطبوعة أعلاه. لا تُحفظ في أي مكان ولن تُعرض مرة أخرى: اطبع القسائم الآن بالأمر upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</numerusform>
                <numerusform>«{title}» مفتوحة للتصويت مع رمزَي اقتراع، مطبوعة أعلاه. لا تُحفظ في أي مكان ولن تُعرض مرة أخرى: اطبع القسائم الآن بالأمر upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</numerusform>
                <numerusform>«{title}» مفتوحة للتصويت مع %n رموز اقتراع، مطبوعة أعلاه. لا تُحفظ في أي مكان ولن تُعرض مرة أخرى: اطبع القسائم الآن بالأمر upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</numerusform>
                <numerusform>«{title}» مفتوحة للتصويت مع %n رمز اقتراع، مطبوعة أعلاه. لا تُحفظ في أي مكان ولن تُعرض مرة أخرى: اطبع القسائم الآن بالأمر upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</numerusform>
                <numerusform>«{title}» مفتوحة للتصويت مع %n رمز اقتراع، مطبوعة أعلاه. لا تُحفظ في أي مكان ولن تُعرض مرة أخرى: اطبع القسائم الآن بالأمر upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}” is open for voting. {turnout}.</source>
            <translation>«{title}» مفتوحة للتصويت. {turnout}.</translation>
        </message>
        <message>
            <source>“{title}” is closed. {turnout}. See the results with: upr-desktop tally {file} {round}</source>
            <translation>«{title}» مغلقة. {turnout}. اطَّلع على النتائج بالأمر: upr-desktop tally {file} {round}</translation>
        </message>
        <message>
            <source>No voting rounds yet.</source>
            <translation>لا توجد جولات تصويت بعد.</translation>
        </message>
        <message>
            <source>{key} appears twice in --votes. Give each candidate once.</source>
            <translation>ورد {key} مرتين في --votes. اذكر كل خيار مرة واحدة.</translation>
        </message>
        <message>
            <source>--votes is not valid JSON ({what}, at character {number}). For this round write it like {example}, with the references in double quotes.</source>
            <translation>قيمة --votes ليست JSON صالحاً ({what}، عند الحرف {number}). في هذه الجولة اكتبها على النحو {example}، مع وضع المراجع بين علامتي اقتباس مزدوجتين.</translation>
        </message>
        <message>
            <source>{dumps} is not a candidate reference. Give references as text, such as "121.4".</source>
            <translation>{dumps} ليس مرجع خيار. قدِّم المراجع كنص، مثل "121.4".</translation>
        </message>
        <message>
            <source>{reference} is not a candidate in “{title}”. Its candidates are {listed}.</source>
            <translation>{reference} ليس خياراً في «{title}». خياراتها هي {listed}.</translation>
        </message>
        <message>
            <source>the number of dots on each candidate</source>
            <translation>عدد الملصقات على كل خيار</translation>
        </message>
        <message>
            <source>the number of points on each candidate</source>
            <translation>عدد النقاط على كل خيار</translation>
        </message>
        <message>
            <source>the list of candidates ticked</source>
            <translation>قائمة الخيارات المؤشَّر عليها</translation>
        </message>
        <message>
            <source>a score from 0 to 5 for each candidate rated</source>
            <translation>درجة من 0 إلى 5 لكل خيار مقيَّم</translation>
        </message>
        <message>
            <source>the list of candidates in order, best first, any ranked level in a list of their own</source>
            <translation>قائمة الخيارات مرتبة، الأفضل أولاً، مع وضع الخيارات المرتبة بالتساوي في قائمة مستقلة بها</translation>
        </message>
        <message>
            <source>Must, Should, Could or Won't for each candidate classified</source>
            <translation>Must أو Should أو Could أو Won't لكل خيار مصنَّف</translation>
        </message>
        <message>
            <source>“{title}” uses {label}: give {takes}, such as {example}.</source>
            <translation>تستخدم «{title}» {label}: قدِّم {takes}، مثل {example}.</translation>
        </message>
        <message>
            <source>There is no participant {given} in this workshop (give their id, as upr-desktop participant list shows, or their personal code).</source>
            <translation>لا يوجد مشارك {given} في حلقة العمل هذه (قدِّم معرِّفه، كما يعرضه الأمر upr-desktop participant list، أو رمزه الشخصي).</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: cast with --code, never --participant.</source>
            <translation>تستخدم «{title}» رموز اقتراع مُغفَلة الهوية: صوِّت باستخدام --code، وليس --participant أبداً.</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes: cast with --participant.</source>
            <translation>لا تستخدم «{title}» رموز اقتراع: صوِّت باستخدام --participant.</translation>
        </message>
        <message>
            <source>A paper ballot was recorded in “{title}”. {turnout}.</source>
            <translation>سُجِّلت بطاقة اقتراع ورقية في «{title}». {turnout}.</translation>
        </message>
        <message>
            <source>The ballot was recorded in “{title}”. {turnout}.</source>
            <translation>سُجِّلت بطاقة الاقتراع في «{title}». {turnout}.</translation>
        </message>
        <message>
            <source>{count} at the laptop</source>
            <translation>{count} على الحاسوب المحمول</translation>
        </message>
        <message>
            <source>{count} on paper</source>
            <translation>{count} على الورق</translation>
        </message>
        <message>
            <source>{count} on the wall chart</source>
            <translation>{count} على المخطط الجداري</translation>
        </message>
        <message>
            <source>{turnout} ({how}). Secret ballot.</source>
            <translation>{turnout} ({how}). اقتراع سري.</translation>
        </message>
        <message>
            <source>{turnout} ({how}).</source>
            <translation>{turnout} ({how}).</translation>
        </message>
        <message>
            <source>{turnout}. Secret ballot.</source>
            <translation>{turnout}. اقتراع سري.</translation>
        </message>
        <message>
            <source>{turnout}.</source>
            <translation>{turnout}.</translation>
        </message>
        <message>
            <source>--document-language: “{value}” is not one of {codes}.</source>
            <translation>--document-language: «{value}» ليست من بين {codes}.</translation>
        </message>
        <message>
            <source>Created {file} (encrypted)</source>
            <translation>أُنشئ {file} (مشفَّراً)</translation>
        </message>
        <message>
            <source>Created {file}</source>
            <translation>أُنشئ {file}</translation>
        </message>
        <message>
            <source>Say what to change, e.g. --document-language fr.</source>
            <translation>حدِّد ما يجب تغييره، مثلاً --document-language fr.</translation>
        </message>
        <message>
            <source>The documents of {name} will be written in {language} ({code}).</source>
            <translation>ستُكتب وثائق {name} باللغة {language} ({code}).</translation>
        </message>
        <message>
            <source>--map: “{part}” is not FIELD=COLUMN with a known field; the fields are {listed}.</source>
            <translation>--map: «{part}» ليس بالصيغة FIELD=COLUMN مع حقل معروف؛ والحقول هي {listed}.</translation>
        </message>
        <message>
            <source>--map: the field “{name}” is given twice.</source>
            <translation>--map: الحقل «{name}» مذكور مرتين.</translation>
        </message>
        <message>
            <source>--map: say which column holds the recommendation text, e.g. text=Recommendation.</source>
            <translation>--map: حدِّد العمود الذي يتضمن نص التوصية، مثلاً text=Recommendation.</translation>
        </message>
        <message>
            <source>Reading “{file}”: {percent}% done…</source>
            <translation>جارٍ قراءة «{file}»: اكتمل {percent}%…</translation>
        </message>
        <message numerus="yes">
            <source>Indexing %n recommendation(s) for search and sorting…</source>
            <translation>
                <numerusform>جارٍ فهرسة %n توصية للبحث والفرز…</numerusform>
                <numerusform>جارٍ فهرسة توصية واحدة للبحث والفرز…</numerusform>
                <numerusform>جارٍ فهرسة توصيتين للبحث والفرز…</numerusform>
                <numerusform>جارٍ فهرسة %n توصيات للبحث والفرز…</numerusform>
                <numerusform>جارٍ فهرسة %n توصية للبحث والفرز…</numerusform>
                <numerusform>جارٍ فهرسة %n توصية للبحث والفرز…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {done} of %n recommendation(s) to the workshop…</source>
            <translation>
                <numerusform>حُفظت في حلقة العمل {done} من أصل %n توصية…</numerusform>
                <numerusform>حُفظت في حلقة العمل {done} من أصل توصية واحدة…</numerusform>
                <numerusform>حُفظت في حلقة العمل {done} من أصل توصيتين…</numerusform>
                <numerusform>حُفظت في حلقة العمل {done} من أصل %n توصيات…</numerusform>
                <numerusform>حُفظت في حلقة العمل {done} من أصل %n توصية…</numerusform>
                <numerusform>حُفظت في حلقة العمل {done} من أصل %n توصية…</numerusform>
            </translation>
        </message>
        <message>
            <source>{message} Give the columns with --map, e.g. --map text={columns},states=…,response=…</source>
            <translation>{message} حدِّد الأعمدة باستخدام --map، مثلاً --map text={columns},states=…,response=…</translation>
        </message>
        <message>
            <source>Columns were mapped as at the last import of a table with the same columns.</source>
            <translation>رُبطت الأعمدة كما في آخر استيراد لجدول له الأعمدة نفسها.</translation>
        </message>
        <message>
            <source>{names} and {more} more</source>
            <translation>{names} و{more} غيرها</translation>
        </message>
        <message numerus="yes">
            <source>{name} holds recommendations to %n States under review ({names}). Choose one with --country NAME, or --country all.</source>
            <translation>
                <numerusform>يتضمن {name} توصيات موجهة إلى %n دولة موضوع الاستعراض ({names}). اختر واحدة منها باستخدام --country NAME، أو --country all.</numerusform>
                <numerusform>يتضمن {name} توصيات موجهة إلى دولة واحدة موضوع الاستعراض ({names}). اختر واحدة منها باستخدام --country NAME، أو --country all.</numerusform>
                <numerusform>يتضمن {name} توصيات موجهة إلى دولتين موضوع الاستعراض ({names}). اختر واحدة منها باستخدام --country NAME، أو --country all.</numerusform>
                <numerusform>يتضمن {name} توصيات موجهة إلى %n دول موضوع الاستعراض ({names}). اختر واحدة منها باستخدام --country NAME، أو --country all.</numerusform>
                <numerusform>يتضمن {name} توصيات موجهة إلى %n دولة موضوع الاستعراض ({names}). اختر واحدة منها باستخدام --country NAME، أو --country all.</numerusform>
                <numerusform>يتضمن {name} توصيات موجهة إلى %n دولة موضوع الاستعراض ({names}). اختر واحدة منها باستخدام --country NAME، أو --country all.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row had no recommendation text and was skipped (row {row}).</source>
            <translation>صف واحد لم يتضمن نص توصية فتُخطِّي (الصف {row}).</translation>
        </message>
        <message numerus="yes">
            <source>%n rows had no recommendation text and were skipped (first: row {row}).</source>
            <translation>
                <numerusform>%n صف لم تتضمن نص توصية فتُخطِّيت (أولها: الصف {row}).</numerusform>
                <numerusform>صف واحد لم يتضمن نص توصية فتُخطِّي (الصف {row}).</numerusform>
                <numerusform>صفان لم يتضمنا نص توصية فتُخطِّيا (أولهما: الصف {row}).</numerusform>
                <numerusform>%n صفوف لم تتضمن نص توصية فتُخطِّيت (أولها: الصف {row}).</numerusform>
                <numerusform>%n صفاً لم تتضمن نص توصية فتُخطِّيت (أولها: الصف {row}).</numerusform>
                <numerusform>%n صف لم تتضمن نص توصية فتُخطِّيت (أولها: الصف {row}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The workshop now holds %n recommendation(s).</source>
            <translation>
                <numerusform>تضم حلقة العمل الآن %n توصية.</numerusform>
                <numerusform>تضم حلقة العمل الآن توصية واحدة.</numerusform>
                <numerusform>تضم حلقة العمل الآن توصيتين.</numerusform>
                <numerusform>تضم حلقة العمل الآن %n توصيات.</numerusform>
                <numerusform>تضم حلقة العمل الآن %n توصية.</numerusform>
                <numerusform>تضم حلقة العمل الآن %n توصية.</numerusform>
            </translation>
        </message>
        <message>
            <source>Country under review: {country}   Cycle: {cycle}   Documents in: {language}</source>
            <translation>البلد موضوع الاستعراض: {country}   الجولة: {cycle}   لغة الوثائق: {language}</translation>
        </message>
        <message>
            <source>{recommendations} recommendations: {supported} supported, {noted} noted, {pending} pending, {unknown} unknown, {pledges} voluntary pledges; {themes} themes, {states} recommending States.</source>
            <translation>{recommendations} توصية: {supported} مؤيَّدة، و{noted} أُحيط بها علماً، و{pending} قيد النظر، و{unknown} غير معروفة، و{pledges} تعهدات طوعية؛ {themes} موضوعاً، و{states} من الدول المقدِّمة للتوصيات.</translation>
        </message>
        <message>
            <source>{recommendations} recommendations: {supported} supported, {noted} noted, {pending} pending, {unknown} unknown; {themes} themes, {states} recommending States.</source>
            <translation>{recommendations} توصية: {supported} مؤيَّدة، و{noted} أُحيط بها علماً، و{pending} قيد النظر، و{unknown} غير معروفة؛ {themes} موضوعاً، و{states} من الدول المقدِّمة للتوصيات.</translation>
        </message>
        <message>
            <source>No recommendations match.</source>
            <translation>لا توجد توصيات مطابقة.</translation>
        </message>
        <message>
            <source>Wrote the demo workshop ({count} illustrative recommendations) to {file}</source>
            <translation>كُتبت حلقة العمل التجريبية ({count} توصية توضيحية) في {file}</translation>
        </message>
        <message>
            <source>Wrote a cleaned copy of {name} to {copy}. {name} is unchanged.</source>
            <translation>كُتبت نسخة منقَّحة من {name} في {copy}. ولم يتغير {name}.</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message numerus="yes">
            <source>%n resolved</source>
            <translation>
                <numerusform>لم تُعالَج أي تعليقات (%n)</numerusform>
                <numerusform>تعليق واحد تمت معالجته</numerusform>
                <numerusform>تعليقان تمت معالجتهما</numerusform>
                <numerusform>%n تعليقات تمت معالجتها</numerusform>
                <numerusform>%n تعليقاً تمت معالجته</numerusform>
                <numerusform>%n تعليق تمت معالجته</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>January</source>
            <comment>month</comment>
            <translation>كانون الثاني/يناير</translation>
        </message>
        <message>
            <source>February</source>
            <comment>month</comment>
            <translation>شباط/فبراير</translation>
        </message>
        <message>
            <source>March</source>
            <comment>month</comment>
            <translation>آذار/مارس</translation>
        </message>
        <message>
            <source>April</source>
            <comment>month</comment>
            <translation>نيسان/أبريل</translation>
        </message>
        <message>
            <source>May</source>
            <comment>month</comment>
            <translation>أيار/مايو</translation>
        </message>
        <message>
            <source>June</source>
            <comment>month</comment>
            <translation>حزيران/يونيه</translation>
        </message>
        <message>
            <source>July</source>
            <comment>month</comment>
            <translation>تموز/يوليه</translation>
        </message>
        <message>
            <source>August</source>
            <comment>month</comment>
            <translation>آب/أغسطس</translation>
        </message>
        <message>
            <source>September</source>
            <comment>month</comment>
            <translation>أيلول/سبتمبر</translation>
        </message>
        <message>
            <source>October</source>
            <comment>month</comment>
            <translation>تشرين الأول/أكتوبر</translation>
        </message>
        <message>
            <source>November</source>
            <comment>month</comment>
            <translation>تشرين الثاني/نوفمبر</translation>
        </message>
        <message>
            <source>December</source>
            <comment>month</comment>
            <translation>كانون الأول/ديسمبر</translation>
        </message>
        <message>
            <source>January</source>
            <comment>month on its own</comment>
            <translation>كانون الثاني/يناير</translation>
        </message>
        <message>
            <source>February</source>
            <comment>month on its own</comment>
            <translation>شباط/فبراير</translation>
        </message>
        <message>
            <source>March</source>
            <comment>month on its own</comment>
            <translation>آذار/مارس</translation>
        </message>
        <message>
            <source>April</source>
            <comment>month on its own</comment>
            <translation>نيسان/أبريل</translation>
        </message>
        <message>
            <source>May</source>
            <comment>month on its own</comment>
            <translation>أيار/مايو</translation>
        </message>
        <message>
            <source>June</source>
            <comment>month on its own</comment>
            <translation>حزيران/يونيه</translation>
        </message>
        <message>
            <source>July</source>
            <comment>month on its own</comment>
            <translation>تموز/يوليه</translation>
        </message>
        <message>
            <source>August</source>
            <comment>month on its own</comment>
            <translation>آب/أغسطس</translation>
        </message>
        <message>
            <source>September</source>
            <comment>month on its own</comment>
            <translation>أيلول/سبتمبر</translation>
        </message>
        <message>
            <source>October</source>
            <comment>month on its own</comment>
            <translation>تشرين الأول/أكتوبر</translation>
        </message>
        <message>
            <source>November</source>
            <comment>month on its own</comment>
            <translation>تشرين الثاني/نوفمبر</translation>
        </message>
        <message>
            <source>December</source>
            <comment>month on its own</comment>
            <translation>كانون الأول/ديسمبر</translation>
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
            <translation>{date}، {time}</translation>
        </message>
    </context>
    <context>
        <name>DeletedBackupsDialog</name>
        <message>
            <source>Workshop encrypted</source>
            <translation>شُفِّرت حلقة العمل</translation>
        </message>
        <message>
            <source>These backups were not encrypted, so they were deleted from {folder}:</source>
            <translation>لم تكن هذه النسخ الاحتياطية مشفَّرة، ولذلك حُذفت من {folder}:</translation>
        </message>
        <message>
            <source>These backups were not encrypted, so they were deleted:</source>
            <translation>لم تكن هذه النسخ الاحتياطية مشفَّرة، ولذلك حُذفت:</translation>
        </message>
        <message>
            <source>There were no backups that were not encrypted.</source>
            <translation>لم تكن هناك أي نسخ احتياطية غير مشفَّرة.</translation>
        </message>
        <message>
            <source>Copies of “{name}” made elsewhere — on a USB stick, sent by e-mail, in a shared folder — are not encrypted and were not deleted. Delete them yourself.</source>
            <translation>النسخ من «{name}» التي صُنعت في أماكن أخرى — على ذاكرة USB، أو أُرسلت بالبريد الإلكتروني، أو وُضعت في مجلد مشترك — غير مشفَّرة ولم تُحذف. احذفها بنفسك.</translation>
        </message>
        <message>
            <source>Next: the recovery key</source>
            <translation>التالي: مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>The workshop is encrypted</source>
            <translation>حلقة العمل مشفَّرة</translation>
        </message>
        <message>
            <source>From now on it asks for the passphrase each time it is opened.</source>
            <translation>من الآن فصاعداً، ستُطلب عبارة المرور في كل مرة تُفتح فيها حلقة العمل.</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Select a recommendation to read it in full, with its details and notes.</source>
            <translation>حدد توصية لقراءتها كاملة، مع تفاصيلها وملاحظاتها.</translation>
        </message>
        <message>
            <source>DETAILS</source>
            <translation>التفاصيل</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>لا توجد ملاحظات بعد.</translation>
        </message>
        <message>
            <source>Write a note for the workshop… (Ctrl+Enter to add)</source>
            <translation>اكتب ملاحظة لحلقة العمل… (Ctrl+Enter للإضافة)</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>إضافة ملاحظة</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>This workshop is read-only, so notes can't be added here.</source>
            <translation>حلقة العمل هذه للقراءة فقط، ولذلك لا يمكن إضافة ملاحظات هنا.</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>مقدَّمة من</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>المواضيع</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>الأشخاص المتأثرون</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الدورة</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>فئة الإجراء</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>الوثيقة</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>الدولة موضوع الاستعراض</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>%1 SELECTED · SHOWING ONE OF THEM</source>
            <translation>المحدد: %1 · يُعرض واحد منها</translation>
        </message>
        <message>
            <source>No number</source>
            <translation>بلا رقم</translation>
        </message>
        <message>
            <source>{file}, row {row}</source>
            <comment>a recommendation's source: the file it was imported from and its row there</comment>
            <translation>{file}، الصف {row}</translation>
        </message>
        <message>
            <source>minimal action</source>
            <translation>إجراء أدنى</translation>
        </message>
        <message>
            <source>continuing action</source>
            <translation>إجراء مستمر</translation>
        </message>
        <message>
            <source>considering action</source>
            <translation>النظر في إجراء</translation>
        </message>
        <message>
            <source>general action</source>
            <translation>إجراء عام</translation>
        </message>
        <message>
            <source>specific action</source>
            <translation>إجراء محدد</translation>
        </message>
        <message>
            <source>NOTES (%1)</source>
            <translation>الملاحظات (%1)</translation>
        </message>
        <message>
            <source>NOTES</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Note saved.</source>
            <translation>حُفظت الملاحظة.</translation>
        </message>
        <message>
            <source>Note added.</source>
            <translation>أُضيفت الملاحظة.</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>حفظ الملاحظة</translation>
        </message>
        <message>
            <source>Note deleted. Undo with Ctrl+Z.</source>
            <translation>حُذفت الملاحظة. للتراجع اضغط Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>Document pages</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>الصفحة {page} من {pages}</translation>
        </message>
    </context>
    <context>
        <name>EncryptDialog</name>
        <message>
            <source>Encrypt this workshop</source>
            <translation>تشفير حلقة العمل هذه</translation>
        </message>
        <message>
            <source>The whole workshop file will be encrypted with the passphrase you set here, and it will be asked for every time the file is opened. Its backups in UPR Desktop's own folder that are not encrypted will be deleted, and new backups will be encrypted too.</source>
            <translation>سيُشفَّر ملف حلقة العمل بأكمله بعبارة المرور التي تحددها هنا، وستُطلب هذه العبارة في كل مرة يُفتح فيها الملف. وستُحذف نسخه الاحتياطية غير المشفَّرة الموجودة في المجلد الخاص بـ UPR Desktop، وستُشفَّر النسخ الاحتياطية الجديدة أيضاً.</translation>
        </message>
        <message>
            <source>Copies of “{name}” made elsewhere — on a USB stick, sent by e-mail, in a shared folder — are not touched: they stay readable by anyone, so delete them yourself.</source>
            <translation>أما النسخ من «{name}» التي صُنعت في أماكن أخرى — على ذاكرة USB، أو أُرسلت بالبريد الإلكتروني، أو وُضعت في مجلد مشترك — فلا تُمَسّ: إذ تظل مقروءة لأي شخص، ولذلك احذفها بنفسك.</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>تشفير</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Protects the people in it if the laptop is lost or seized.</source>
            <translation>يحمي الأشخاص المذكورين فيها إذا فُقد الحاسوب المحمول أو صودر.</translation>
        </message>
        <message>
            <source>The workshop could not be encrypted: {reason}</source>
            <translation>تعذَّر تشفير حلقة العمل: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>{option}: there is no file at “{path}”.</source>
            <translation>{option}: لا يوجد ملف في «{path}».</translation>
        </message>
        <message>
            <source>{option}: “{path}” can't be read ({error}).</source>
            <translation>{option}: تتعذر قراءة «{path}» ({error}).</translation>
        </message>
        <message>
            <source>{option}: the first line is empty; it must hold the passphrase.</source>
            <translation>{option}: السطر الأول فارغ؛ ويجب أن يتضمن عبارة المرور.</translation>
        </message>
        <message>
            <source>Give the new passphrase with --passphrase-file FILE or --passphrase-stdin.</source>
            <translation>قدِّم عبارة المرور الجديدة باستخدام --passphrase-file FILE أو --passphrase-stdin.</translation>
        </message>
        <message>
            <source>Deleted: {path}</source>
            <translation>حُذف: {path}</translation>
        </message>
        <message>
            <source>Give the current passphrase with --passphrase-file FILE or --passphrase-stdin.</source>
            <translation>قدِّم عبارة المرور الحالية باستخدام --passphrase-file FILE أو --passphrase-stdin.</translation>
        </message>
        <message>
            <source>The passphrase of “{name}” was changed. The old passphrase and the old recovery key no longer open it; print the new recovery key with `upr-desktop recovery-key`.</source>
            <translation>غُيِّرت عبارة المرور الخاصة بـ «{name}». ولم تعد عبارة المرور القديمة ولا مفتاح الاسترداد القديم يفتحانه؛ اطبع مفتاح الاسترداد الجديد باستخدام `upr-desktop recovery-key`.</translation>
        </message>
        <message>
            <source>The workshop is now encrypted. It opens only with its passphrase or its recovery key.</source>
            <translation>حلقة العمل مشفَّرة الآن. ولا تُفتح إلا بعبارة المرور الخاصة بها أو بمفتاح الاسترداد الخاص بها.</translation>
        </message>
        <message numerus="yes">
            <source>%n unencrypted backup(s) of it were deleted. On SSDs and USB sticks deleted data can sometimes still be recovered with special tools, so deleting is not the same as securely erasing.</source>
            <translation>
                <numerusform>لم تُحذف أي نسخة احتياطية غير مشفَّرة (%n). وعلى أقراص SSD ووحدات USB يمكن أحياناً استرداد البيانات المحذوفة بأدوات خاصة، فالحذف ليس كالمحو الآمن.</numerusform>
                <numerusform>حُذفت نسخة احتياطية واحدة غير مشفَّرة منها (%n). وعلى أقراص SSD ووحدات USB يمكن أحياناً استرداد البيانات المحذوفة بأدوات خاصة، فالحذف ليس كالمحو الآمن.</numerusform>
                <numerusform>حُذفت نسختان احتياطيتان غير مشفَّرتين منها (%n). وعلى أقراص SSD ووحدات USB يمكن أحياناً استرداد البيانات المحذوفة بأدوات خاصة، فالحذف ليس كالمحو الآمن.</numerusform>
                <numerusform>حُذفت %n نسخ احتياطية غير مشفَّرة منها. وعلى أقراص SSD ووحدات USB يمكن أحياناً استرداد البيانات المحذوفة بأدوات خاصة، فالحذف ليس كالمحو الآمن.</numerusform>
                <numerusform>حُذفت %n نسخة احتياطية غير مشفَّرة منها. وعلى أقراص SSD ووحدات USB يمكن أحياناً استرداد البيانات المحذوفة بأدوات خاصة، فالحذف ليس كالمحو الآمن.</numerusform>
                <numerusform>حُذفت %n نسخة احتياطية غير مشفَّرة منها. وعلى أقراص SSD ووحدات USB يمكن أحياناً استرداد البيانات المحذوفة بأدوات خاصة، فالحذف ليس كالمحو الآمن.</numerusform>
            </translation>
        </message>
        <message>
            <source>It had no unencrypted backups to delete.</source>
            <translation>لم تكن لها أي نسخ احتياطية غير مشفَّرة لحذفها.</translation>
        </message>
        <message>
            <source>Copies of the workshop made elsewhere (on other disks, in e-mail, on other computers) are not encrypted or removed: delete them yourself.</source>
            <translation>أما نسخ حلقة العمل التي صُنعت في أماكن أخرى (على أقراص أخرى، أو في البريد الإلكتروني، أو على حواسيب أخرى) فلا تُشفَّر ولا تُزال: احذفها بنفسك.</translation>
        </message>
        <message>
            <source>This workshop is not encrypted, so it has no recovery key.</source>
            <translation>حلقة العمل هذه غير مشفَّرة، ولذلك ليس لها مفتاح استرداد.</translation>
        </message>
        <message>
            <source>This workshop is not encrypted. Encrypt it first.</source>
            <translation>حلقة العمل هذه غير مشفَّرة. شفِّرها أولاً.</translation>
        </message>
        <message>
            <source>This workshop is already encrypted. Use “Change passphrase…” to set a new passphrase.</source>
            <translation>حلقة العمل هذه مشفَّرة بالفعل. استخدم «تغيير عبارة المرور…» لتحديد عبارة مرور جديدة.</translation>
        </message>
        <message>
            <source>The passphrase must be at least {count} characters long. A few unrelated words are easier to remember and harder to guess than one word.</source>
            <translation>يجب ألا يقل عدد أحرف عبارة المرور عن {count}. فبضع كلمات لا رابط بينها أسهل في التذكر وأصعب في التخمين من كلمة واحدة.</translation>
        </message>
        <message>
            <source>A passphrase can't have the form of a recovery key (UPR1-…). Choose another.</source>
            <translation>لا يجوز أن تكون عبارة المرور على شكل مفتاح استرداد (UPR1-…). اختر عبارة أخرى.</translation>
        </message>
        <message>
            <source>“{name}” is not encrypted: open it without a passphrase, or encrypt it with File ▸ Encrypt this workshop…</source>
            <translation>«{name}» غير مشفَّر: افتحه دون عبارة مرور، أو شفِّره من ملف ◂ تشفير حلقة العمل هذه…</translation>
        </message>
        <message>
            <source>“{name}” is encrypted. Enter its passphrase (or its recovery key) to open it.</source>
            <translation>«{name}» مشفَّر. أدخِل عبارة المرور الخاصة به (أو مفتاح الاسترداد الخاص به) لفتحه.</translation>
        </message>
        <message>
            <source>“{name}” is encrypted and damaged: it can't be read. Nothing was changed. Open the latest good backup of it instead.</source>
            <translation>«{name}» مشفَّر وتالف: تتعذر قراءته. لم يتغير أي شيء. افتح بدلاً منه آخر نسخة احتياطية سليمة منه.</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the file is cut short or damaged (or the passphrase is wrong). Nothing was changed. If the passphrase is right, open the latest good backup of it instead.</source>
            <translation>تعذَّر فتح «{name}»: الملف مبتور أو تالف (أو أن عبارة المرور خاطئة). لم يتغير أي شيء. إذا كانت عبارة المرور صحيحة، فافتح بدلاً منه آخر نسخة احتياطية سليمة منه.</translation>
        </message>
        <message>
            <source>That passphrase does not open “{name}”. Check it (capital letters, spaces, keyboard layout) and try again, or use the recovery key. Nothing was changed.</source>
            <translation>عبارة المرور هذه لا تفتح «{name}». تحقَّق منها (الأحرف الكبيرة، والمسافات، وتخطيط لوحة المفاتيح) وحاول مرة أخرى، أو استخدم مفتاح الاسترداد. لم يتغير أي شيء.</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so its encryption can't be changed. Use “Save a copy…” and change the copy.</source>
            <translation>«{name}» مفتوح للقراءة فقط، ولذلك لا يمكن تغيير تشفيره. استخدم «حفظ نسخة…» وغيِّر تشفير النسخة.</translation>
        </message>
        <message>
            <source>The encryption of “{name}” could not be changed ({error}). The workshop is unchanged, under its old passphrase.</source>
            <translation>تعذَّر تغيير تشفير «{name}» ({error}). لم تتغير حلقة العمل، وتظل محمية بعبارة المرور القديمة.</translation>
        </message>
        <message>
            <source>This workshop is encrypted, and this copy of UPR Desktop was built without encryption support. Install UPR Desktop from its official installer to open it. The file has not been changed.</source>
            <translation>حلقة العمل هذه مشفَّرة، ونسخة UPR Desktop هذه مبنية دون دعم للتشفير. ثبِّت UPR Desktop من برنامج التثبيت الرسمي لفتحها. لم يتغير الملف.</translation>
        </message>
        <message>
            <source>This copy of UPR Desktop was built without encryption support, so it can't encrypt a workshop. Install UPR Desktop from its official installer.</source>
            <translation>نسخة UPR Desktop هذه مبنية دون دعم للتشفير، ولذلك لا يمكنها تشفير حلقة عمل. ثبِّت UPR Desktop من برنامج التثبيت الرسمي.</translation>
        </message>
    </context>
    <context>
        <name>EndorsementsEditor</name>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n منظمة</numerusform>
                <numerusform>منظمة واحدة</numerusform>
                <numerusform>منظمتان</numerusform>
                <numerusform>%n منظمات</numerusform>
                <numerusform>%n منظمة</numerusform>
                <numerusform>%n منظمة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signed on paper</source>
            <translation>
                <numerusform>لم توقِّع أي منظمة على الورق (%n)</numerusform>
                <numerusform>منظمة واحدة وقَّعت على الورق</numerusform>
                <numerusform>منظمتان وقَّعتا على الورق</numerusform>
                <numerusform>%n منظمات وقَّعت على الورق</numerusform>
                <numerusform>%n منظمة وقَّعت على الورق</numerusform>
                <numerusform>%n منظمة وقَّعت على الورق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s) added to the endorsements. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>لم تُضف أي منظمة إلى المصادقات. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُضيفت منظمة واحدة إلى المصادقات. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُضيفت منظمتان إلى المصادقات. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُضيفت %n منظمات إلى المصادقات. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُضيفت %n منظمة إلى المصادقات. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُضيفت %n منظمة إلى المصادقات. للتراجع اضغط Ctrl+Z.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: {error}. The details are in the log file; nothing saved was lost.</source>
            <translation>حدث خطأ ما: {error}. التفاصيل موجودة في ملف السجل؛ ولم يُفقد أي شيء محفوظ.</translation>
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
            <translation>إضافة دليل</translation>
        </message>
        <message>
            <source>e.g. Law 12/2026 on domestic violence, published</source>
            <translation>مثلاً: القانون 12/2026 بشأن العنف المنزلي، المنشور</translation>
        </message>
        <message>
            <source>Who published or gave it</source>
            <translation>من نشره أو قدَّمه</translation>
        </message>
        <message>
            <source>https://… (optional)</source>
            <translation>https://… (اختياري)</translation>
        </message>
        <message>
            <source>Attach a file…</source>
            <translation>إرفاق ملف…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>No file. At most %1 per file.</source>
            <translation>لا يوجد ملف. الحد الأقصى %1 لكل ملف.</translation>
        </message>
        <message>
            <source>SHA-256 of the file</source>
            <translation>بصمة SHA-256 للملف</translation>
        </message>
        <message>
            <source>Confidential: never exported, printed or shown on the projector</source>
            <translation>سري: لا يُصدَّر ولا يُطبع ولا يُعرض على جهاز العرض أبداً</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>الرابط</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>A file is kept inside the workshop, with its SHA-256 so that anyone can check it is the original.</source>
            <translation>يُحفظ الملف داخل حلقة العمل، مع بصمة SHA-256 الخاصة به ليتمكن أي شخص من التحقق من أنه الأصل.</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>إرفاق ملف</translation>
        </message>
        <message>
            <source>No file.</source>
            <translation>لا يوجد ملف.</translation>
        </message>
        <message>
            <source>“%1” is %2; an attached file can be at most %3. Attach a smaller copy (a scan at lower resolution), or give a link to it instead.</source>
            <translation>حجم «%1» هو %2؛ والحد الأقصى للملف المرفق %3. أرفق نسخة أصغر (مسحاً ضوئياً بدقة أقل)، أو قدِّم رابطاً إليه بدلاً من ذلك.</translation>
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
                <numerusform>لا تذكر صفحة التوقيعات في الميثاق اسم أي ممثل (%n).</numerusform>
                <numerusform>تذكر صفحة التوقيعات في الميثاق اسم ممثل واحد (%n) للمنظمات الموقِّعة عليه.</numerusform>
                <numerusform>تذكر صفحة التوقيعات في الميثاق اسمَي ممثلَين (%n) للمنظمات الموقِّعة عليه.</numerusform>
                <numerusform>تذكر صفحة التوقيعات في الميثاق أسماء %n ممثلين للمنظمات الموقِّعة عليه.</numerusform>
                <numerusform>تذكر صفحة التوقيعات في الميثاق أسماء %n ممثلاً للمنظمات الموقِّعة عليه.</numerusform>
                <numerusform>تذكر صفحة التوقيعات في الميثاق أسماء %n ممثل للمنظمات الموقِّعة عليه.</numerusform>
            </translation>
        </message>
        <message>
            <source>These ballots name each organisation taking part; an organisation of one names its member.</source>
            <translation>تذكر بطاقات الاقتراع هذه اسم كل منظمة مشاركة؛ وإذا كانت المنظمة ممثَّلة بعضو واحد، فإن ذكر اسمها يكشف هوية ذلك العضو.</translation>
        </message>
        <message numerus="yes">
            <source>These ballots name each of the %n participants.</source>
            <translation>
                <numerusform>لا تذكر بطاقات الاقتراع هذه اسم أي مشارك (%n).</numerusform>
                <numerusform>تذكر بطاقات الاقتراع هذه اسم المشارك الوحيد (%n).</numerusform>
                <numerusform>تذكر بطاقات الاقتراع هذه اسمَي المشاركَين (%n).</numerusform>
                <numerusform>تذكر بطاقات الاقتراع هذه اسم كل واحد من المشاركين الـ%n.</numerusform>
                <numerusform>تذكر بطاقات الاقتراع هذه اسم كل واحد من المشاركين الـ%n.</numerusform>
                <numerusform>تذكر بطاقات الاقتراع هذه اسم كل واحد من المشاركين الـ%n.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its ballots sheet names each voter and shows how they voted.</source>
            <translation>ورقة بطاقات الاقتراع فيه تذكر اسم كل مقترع وتبيِّن كيف صوَّت.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search the recommendations: words, States, themes or a number…</source>
            <translation>البحث في التوصيات: كلمات أو دول أو مواضيع أو رقم…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>الرد</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>المواضيع</translation>
        </message>
        <message>
            <source>Find a theme…</source>
            <translation>البحث عن موضوع…</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>المجموعة المواضيعية</translation>
        </message>
        <message>
            <source>Find a cluster…</source>
            <translation>البحث عن مجموعة مواضيعية…</translation>
        </message>
        <message>
            <source>No clusters yet. Group the recommendations into clusters in step 2, Clusters.</source>
            <translation>لا توجد مجموعات مواضيعية بعد. جمِّع التوصيات في مجموعات مواضيعية في الخطوة 2، «المجموعات المواضيعية».</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>مقدَّمة من</translation>
        </message>
        <message>
            <source>Find a recommending State…</source>
            <translation>البحث عن دولة مقدِّمة للتوصية…</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <source>Find a goal…</source>
            <translation>البحث عن هدف…</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الدورة</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>المقيِّم</translation>
        </message>
        <message>
            <source>Find an organisation…</source>
            <translation>البحث عن منظمة…</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>ليس للميثاق أولويات بعد.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>مسح عوامل التصفية</translation>
        </message>
        <message>
            <source>Not in a cluster</source>
            <translation>ليست في مجموعة مواضيعية</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>الدورة %1</translation>
        </message>
        <message>
            <source>Not implemented</source>
            <translation>غير منفَّذة</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>منفَّذة جزئياً</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>منفَّذة بالكامل</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>لا توجد معلومات</translation>
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation>لم تُقيَّم بعد</translation>
        </message>
        <message>
            <source>The coalition</source>
            <translation>الائتلاف</translation>
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation>عرض %1 من أصل %2</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>Not implemented</source>
            <translation>غير منفَّذة</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>منفَّذة جزئياً</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>منفَّذة بالكامل</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>لا توجد معلومات</translation>
        </message>
        <message>
            <source>“{value}” is not an assessment status. Use not, partial, full or no-info.</source>
            <translation>«{value}» ليست حالة تقييم. استخدم not أو partial أو full أو no-info.</translation>
        </message>
        <message>
            <source>Law or decree</source>
            <translation>قانون أو مرسوم</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>بند في الميزانية</translation>
        </message>
        <message>
            <source>Court decision</source>
            <translation>حكم قضائي</translation>
        </message>
        <message>
            <source>Official statement</source>
            <translation>بيان رسمي</translation>
        </message>
        <message>
            <source>Media report</source>
            <translation>تقرير إعلامي</translation>
        </message>
        <message>
            <source>Our own documentation</source>
            <translation>توثيقنا الخاص</translation>
        </message>
        <message>
            <source>Testimony</source>
            <translation>شهادة</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>غير ذلك</translation>
        </message>
        <message>
            <source>“{value}” is not a kind of evidence. Use one of: {listed}.</source>
            <translation>«{value}» ليس نوعاً من أنواع الأدلة. استخدم واحداً مما يلي: {listed}.</translation>
        </message>
        <message>
            <source>{what} “{text}” is not a date. Write it as YYYY-MM-DD, e.g. 2027-03-15.</source>
            <translation>{what} «{text}» ليس تاريخاً. اكتبه بالصيغة YYYY-MM-DD، مثلاً 2027-03-15.</translation>
        </message>
        <message>
            <source>The submission has {count} words, {over} over the {cap}-word limit OHCHR sets for a joint submission. Shorten it before sending.</source>
            <translation>يتضمن التقرير المقدَّم {count} كلمة، أي بزيادة {over} على الحد الأقصى البالغ {cap} كلمة الذي تحدده المفوضية للتقارير المشتركة. اختصره قبل إرساله.</translation>
        </message>
        <message>
            <source>The submission has {count} words, {over} over the {cap}-word limit OHCHR sets for one organisation's submission. Shorten it before sending.</source>
            <translation>يتضمن التقرير المقدَّم {count} كلمة، أي بزيادة {over} على الحد الأقصى البالغ {cap} كلمة الذي تحدده المفوضية للتقارير المقدَّمة من منظمة واحدة. اختصره قبل إرساله.</translation>
        </message>
        <message>
            <source>The charter has no priority {text} (it has {order_count}).</source>
            <translation>لا توجد في الميثاق أولوية {text} (عدد أولوياته {order_count}).</translation>
        </message>
        <message>
            <source>No recommendation has the paragraph number “{text}”.</source>
            <translation>لا توجد توصية تحمل رقم الفقرة «{text}».</translation>
        </message>
        <message>
            <source>The evidence needs a title.</source>
            <translation>يجب أن يكون للدليل عنوان.</translation>
        </message>
        <message>
            <source>The evidence's date</source>
            <translation>تاريخ الدليل</translation>
        </message>
        <message>
            <source>Add the evidence “{title}”</source>
            <translation>إضافة الدليل «{title}»</translation>
        </message>
        <message>
            <source>Mark evidence confidential</source>
            <translation>وسم الدليل بأنه سري</translation>
        </message>
        <message>
            <source>Mark evidence shareable</source>
            <translation>وسم الدليل بأنه قابل للمشاركة</translation>
        </message>
        <message>
            <source>Delete the evidence “{title}”</source>
            <translation>حذف الدليل «{title}»</translation>
        </message>
        <message>
            <source>The assessment's date</source>
            <translation>تاريخ التقييم</translation>
        </message>
        <message>
            <source>No evidence item has the number {listed}.</source>
            <translation>لا يوجد دليل يحمل الرقم {listed}.</translation>
        </message>
        <message>
            <source>This assessment is no longer in the workshop.</source>
            <translation>لم يعد هذا التقييم موجوداً في حلقة العمل.</translation>
        </message>
        <message>
            <source>This milestone is no longer in the charter.</source>
            <translation>لم تعد هذه المرحلة الرئيسية موجودة في الميثاق.</translation>
        </message>
        <message>
            <source>The milestone's date</source>
            <translation>تاريخ المرحلة الرئيسية</translation>
        </message>
        <message>
            <source>Mark the milestone “{description}” done</source>
            <translation>وسم المرحلة الرئيسية «{description}» بأنها منجزة</translation>
        </message>
        <message>
            <source>Mark the milestone “{description}” not done</source>
            <translation>وسم المرحلة الرئيسية «{description}» بأنها غير منجزة</translation>
        </message>
        <message>
            <source>The indicator needs a name, e.g. “Number of unpunished attacks on journalists”.</source>
            <translation>يجب أن يكون للمؤشر اسم، مثلاً «عدد الاعتداءات على الصحفيين التي لم يُعاقَب مرتكبوها».</translation>
        </message>
        <message>
            <source>Add the indicator “{name}”</source>
            <translation>إضافة المؤشر «{name}»</translation>
        </message>
        <message>
            <source>This indicator is no longer in the workshop.</source>
            <translation>لم يعد هذا المؤشر موجوداً في حلقة العمل.</translation>
        </message>
        <message>
            <source>“{period}” is not a year or a date. Write 2026, 2026-06 or 2026-06-30.</source>
            <translation>«{period}» ليس سنة أو تاريخاً. اكتب 2026 أو 2026-06 أو 2026-06-30.</translation>
        </message>
        <message>
            <source>Say where the value comes from: every indicator value needs a source.</source>
            <translation>حدِّد مصدر القيمة: كل قيمة لمؤشر تحتاج إلى مصدر.</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>«{value}» ليس رقماً.</translation>
        </message>
        <message>
            <source>Record {number:g} for {period}</source>
            <translation>تسجيل {number:g} للفترة {period}</translation>
        </message>
        <message>
            <source>This recommendation is no longer in the workshop.</source>
            <translation>لم تعد هذه التوصية موجودة في حلقة العمل.</translation>
        </message>
        <message>
            <source>A recommendation cannot follow itself.</source>
            <translation>لا يمكن أن تكون التوصية متابعةً لنفسها.</translation>
        </message>
        <message>
            <source>Link to the earlier recommendation</source>
            <translation>الربط بالتوصية السابقة</translation>
        </message>
        <message>
            <source>Remove the link to the earlier one</source>
            <translation>إزالة الربط بالتوصية السابقة</translation>
        </message>
        <message>
            <source>No evidence item has the number {evidence_id}.</source>
            <translation>لا يوجد دليل يحمل الرقم {evidence_id}.</translation>
        </message>
        <message>
            <source>There is no file at “{path}”. Check the name and try again.</source>
            <translation>لا يوجد ملف في «{path}». تحقَّق من الاسم وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>“{name}” is {size_words}; an attached file can be at most {size_words2}. Attach a smaller copy (a scan at lower resolution), or give a link to it instead.</source>
            <translation>حجم «{name}» {size_words}؛ والحد الأقصى لحجم الملف المرفق {size_words2}. أرفق نسخة أصغر (مسحاً ضوئياً بدقة أقل)، أو قدِّم رابطاً إليه بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>“{name}” is {size_words}; an attached file can be at most {size_words2}. Attach a smaller copy, or give a link to it instead.</source>
            <translation>حجم «{name}» {size_words}؛ والحد الأقصى لحجم الملف المرفق {size_words2}. أرفق نسخة أصغر، أو قدِّم رابطاً إليه بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>The workshop already holds {size_words} of attached files and can hold at most {size_words2}, so “{name}” ({size_words3}) was not added. Give a link to it instead.</source>
            <translation>تضم حلقة العمل بالفعل ملفات مرفقة حجمها {size_words}، ولا يمكنها أن تضم أكثر من {size_words2}، ولذلك لم يُضف «{name}» ({size_words3}). قدِّم رابطاً إليه بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>“{name}” is not on the participants list. Assess as “{coalition}” or as one of the organisations registered in the Participants step.</source>
            <translation>«{name}» غير مدرج في قائمة المشاركين. قيِّم باسم «{coalition}» أو باسم إحدى المنظمات المسجلة في خطوة «المشاركون».</translation>
        </message>
        <message>
            <source>This priority is no longer in the charter.</source>
            <translation>لم تعد هذه الأولوية موجودة في الميثاق.</translation>
        </message>
        <message>
            <source>Assess priority P{number} as “{label}”</source>
            <translation>تقييم الأولوية P{number} بأنها «{label}»</translation>
        </message>
        <message>
            <source>Assess a priority as “{label}”</source>
            <translation>تقييم أولوية بأنها «{label}»</translation>
        </message>
        <message>
            <source>Assess recommendation {reference} as “{label}”</source>
            <translation>تقييم التوصية {reference} بأنها «{label}»</translation>
        </message>
        <message>
            <source>Assess a recommendation as “{label}”</source>
            <translation>تقييم توصية بأنها «{label}»</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of priority P{number}</source>
            <translation>سحب تقييم {assessor} للأولوية P{number}</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of a priority</source>
            <translation>سحب تقييم {assessor} لأولوية</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of recommendation {reference}</source>
            <translation>سحب تقييم {assessor} للتوصية {reference}</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of a recommendation</source>
            <translation>سحب تقييم {assessor} لتوصية</translation>
        </message>
    </context>
    <context>
        <name>FollowUpChart</name>
        <message>
            <source>Nothing assessed yet</source>
            <translation>لم يُقيَّم شيء بعد</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDashboard</name>
        <message>
            <source>Not assessed yet</source>
            <translation>لم يُقيَّم بعد</translation>
        </message>
        <message>
            <source>Milestones overdue</source>
            <translation>مراحل رئيسية متأخرة</translation>
        </message>
        <message>
            <source>Not assessed for a year</source>
            <translation>لم يُقيَّم منذ سنة</translation>
        </message>
        <message>
            <source>Organisations disagree</source>
            <translation>آراء المنظمات متباينة</translation>
        </message>
        <message>
            <source>List them</source>
            <translation>عرض القائمة</translation>
        </message>
        <message>
            <source>Status over time</source>
            <translation>الحالة عبر الزمن</translation>
        </message>
        <message>
            <source>Priority and milestones</source>
            <translation>الأولوية والمراحل الرئيسية</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Priorities and their milestones</source>
            <translation>الأولويات ومراحلها الرئيسية</translation>
        </message>
        <message>
            <source>Mark done today</source>
            <translation>وضع علامة «أُنجزت اليوم»</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>لم تُنجز بعد</translation>
        </message>
        <message>
            <source>Selected milestone:</source>
            <translation>المرحلة الرئيسية المحددة:</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>متأخرة</translation>
        </message>
        <message>
            <source>Where organisations disagree</source>
            <translation>مواضع تباين آراء المنظمات</translation>
        </message>
        <message>
            <source>%1 of %2 recommendations assessed at least once · as of %3</source>
            <translation>قُيِّمت %1 من أصل %2 من التوصيات مرة واحدة على الأقل · حتى %3</translation>
        </message>
        <message>
            <source>done on %1</source>
            <translation>أُنجزت في %1</translation>
        </message>
        <message>
            <source>late: due %1</source>
            <translation>متأخرة: كان موعدها %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>موعدها %1</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>ليس للميثاق أولويات بعد.</translation>
        </message>
        <message>
            <source>P%1 · %2 — due %3</source>
            <translation>الأولوية %1 · %2 — موعدها %3</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>لا يوجد شيء متأخر.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>No disagreements.</source>
            <translation>لا توجد اختلافات.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpList</name>
        <message>
            <source>Not assessed</source>
            <translation>لم يُقيَّم</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 في %2</translation>
        </message>
        <message>
            <source>Organisations disagree: see the timeline.</source>
            <translation>آراء المنظمات متباينة: انظر الجدول الزمني.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPage</name>
        <message>
            <source>Follow-up</source>
            <translation>المتابعة</translation>
        </message>
        <message>
            <source>How the recommendations and the charter's priorities are being implemented: assessments, evidence, milestones.</source>
            <translation>كيف يجري تنفيذ التوصيات وأولويات الميثاق: التقييمات، والأدلة، والمراحل الرئيسية.</translation>
        </message>
        <message>
            <source>Add evidence…</source>
            <translation>إضافة دليل…</translation>
        </message>
        <message>
            <source>A law, a budget line, a report, a testimony…</source>
            <translation>قانون، أو بند في الميزانية، أو تقرير، أو شهادة…</translation>
        </message>
        <message>
            <source>Assess…</source>
            <translation>تقييم…</translation>
        </message>
        <message>
            <source>Record how far a recommendation or priority is implemented</source>
            <translation>تسجيل مدى تنفيذ توصية أو أولوية</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>لوحة المعلومات</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>الجدول الزمني</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Next cycle</source>
            <translation>الجولة التالية</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>الوثائق</translation>
        </message>
        <message>
            <source>Assess this…</source>
            <translation>تقييم هذا العنصر…</translation>
        </message>
        <message>
            <source>Withdraw assessment</source>
            <translation>سحب التقييم</translation>
        </message>
        <message>
            <source>Remove an assessment entered by mistake (Ctrl+Z brings it back)</source>
            <translation>إزالة تقييم أُدخل خطأً (يعيده Ctrl+Z)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>عرض</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>المؤشر</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>INDICATORS</source>
            <translation>المؤشرات</translation>
        </message>
        <message>
            <source>Add indicator value…</source>
            <translation>إضافة قيمة مؤشر…</translation>
        </message>
        <message>
            <source>A dated figure for one of this priority's indicators, with its source</source>
            <translation>رقم مؤرَّخ لأحد مؤشرات هذه الأولوية، مع مصدره</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Mark confidential</source>
            <translation>وسم بأنه سري</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Recommendations of the latest review that may repeat an earlier one. Confirm a link: the earlier one's assessments then show as context.</source>
            <translation>توصيات الاستعراض الأخير التي قد تكرر توصية سابقة. أكِّد الربط: عندئذ تُعرض تقييمات التوصية السابقة بوصفها سياقاً.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>درجة التشابه</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>مربوطة</translation>
        </message>
        <message>
            <source>Confirm link</source>
            <translation>تأكيد الربط</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translation>إزالة الربط</translation>
        </message>
        <message>
            <source>DOCUMENTS</source>
            <translation>الوثائق</translation>
        </message>
        <message>
            <source>Confidential evidence never appears in any of these documents.</source>
            <translation>لا تظهر الأدلة السرية أبداً في أي من هذه الوثائق.</translation>
        </message>
        <message>
            <source>Mid-term report (PDF)…</source>
            <translation>تقرير منتصف المدة (PDF)…</translation>
        </message>
        <message>
            <source>Status of every recommendation and priority, with the chart and the evidence annex</source>
            <translation>حالة كل توصية وأولوية، مع الرسم البياني ومرفق الأدلة</translation>
        </message>
        <message>
            <source>Mid-term report (Word)…</source>
            <translation>تقرير منتصف المدة (Word)…</translation>
        </message>
        <message>
            <source>The same report, to edit before publishing</source>
            <translation>التقرير نفسه، لتعديله قبل النشر</translation>
        </message>
        <message>
            <source>Submission draft (Word)…</source>
            <translation>مسودة التقرير المقدَّم (Word)…</translation>
        </message>
        <message>
            <source>A stakeholder submission for the next review, within the word cap</source>
            <translation>تقرير مقدَّم من أصحاب المصلحة للاستعراض التالي، في حدود العدد الأقصى للكلمات</translation>
        </message>
        <message>
            <source>Monitoring matrix…</source>
            <translation>مصفوفة الرصد…</translation>
        </message>
        <message>
            <source>Every recommendation with its status, assessors and evidence (Excel or CSV)</source>
            <translation>كل توصية مع حالتها ومقيِّميها وأدلتها (Excel أو CSV)</translation>
        </message>
        <message>
            <source>SUBMISSION WORD COUNT</source>
            <translation>عدد كلمات التقرير المقدَّم</translation>
        </message>
        <message>
            <source>Projector mode: confidential testimony is hidden.</source>
            <translation>وضع جهاز العرض: الشهادات السرية مخفية.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) of evidence.</source>
            <translation>
                <numerusform>%n عنصر من الأدلة.</numerusform>
                <numerusform>%n عنصر من الأدلة.</numerusform>
                <numerusform>%n عنصران من الأدلة.</numerusform>
                <numerusform>%n عناصر من الأدلة.</numerusform>
                <numerusform>%n عنصراً من الأدلة.</numerusform>
                <numerusform>%n عنصر من الأدلة.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose an item to see its details.</source>
            <translation>اختر عنصراً للاطلاع على تفاصيله.</translation>
        </message>
        <message>
            <source>Mark shareable</source>
            <translation>وسم بأنه قابل للمشاركة</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>المصدر: %1</translation>
        </message>
        <message>
            <source>Link: %1</source>
            <translation>الرابط: %1</translation>
        </message>
        <message>
            <source>File: %1 (%2)</source>
            <translation>الملف: %1 (%2)</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>(the stored file no longer matches!)</source>
            <translation>(الملف المخزَّن لم يعد مطابقاً!)</translation>
        </message>
        <message>
            <source>Confidential: never exported, printed or shown on the projector.</source>
            <translation>سري: لا يُصدَّر ولا يُطبع ولا يُعرض على جهاز العرض أبداً.</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>مربوطة</translation>
        </message>
        <message>
            <source>No suggestions: the workshop holds recommendations of one review only.</source>
            <translation>لا توجد اقتراحات: حلقة العمل لا تضم إلا توصيات استعراض واحد.</translation>
        </message>
        <message>
            <source>%1 recommendation(s) confirmed as made again.</source>
            <translation>أُكِّد أن توصيات (العدد: %1) قُدِّمت مجدداً.</translation>
        </message>
        <message>
            <source>The word count could not be made: %1</source>
            <translation>تعذر حساب عدد الكلمات: %1</translation>
        </message>
        <message>
            <source>joint submission</source>
            <translation>تقرير مشترك</translation>
        </message>
        <message>
            <source>one organisation</source>
            <translation>منظمة واحدة</translation>
        </message>
        <message>
            <source>%1 of %2 words (%3; annexes not counted)</source>
            <translation>%1 من أصل %2 كلمة (%3؛ المرفقات غير محسوبة)</translation>
        </message>
        <message>
            <source>Over the cap by %1 words: shorten the draft before sending it.</source>
            <translation>تجاوزت المسودة الحد الأقصى بعدد %1 من الكلمات: اختصرها قبل إرسالها.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>حُفظ في %1</translation>
        </message>
        <message>
            <source>Save the mid-term report</source>
            <translation>حفظ تقرير منتصف المدة</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>تقرير منتصف المدة</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>مستندات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>مستندات Word (*.docx)</translation>
        </message>
        <message>
            <source>Save the submission draft</source>
            <translation>حفظ مسودة التقرير المقدَّم</translation>
        </message>
        <message>
            <source>submission draft</source>
            <translation>مسودة التقرير المقدَّم</translation>
        </message>
        <message>
            <source>Save the monitoring matrix</source>
            <translation>حفظ مصفوفة الرصد</translation>
        </message>
        <message>
            <source>monitoring matrix</source>
            <translation>مصفوفة الرصد</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>مصنفات Excel (*.xlsx);;ملفات CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTimeline</name>
        <message>
            <source>Assessment</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>مرحلة رئيسية</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>الجدول الزمني</translation>
        </message>
        <message>
            <source>Choose a recommendation or a priority to see its history.</source>
            <translation>اختر توصية أو أولوية للاطلاع على تاريخها.</translation>
        </message>
        <message>
            <source>Nothing recorded yet. Assess it, or add evidence.</source>
            <translation>لم يُسجَّل شيء بعد. قيِّمها، أو أضف أدلة.</translation>
        </message>
        <message>
            <source>Organisations disagree. Latest words: %1</source>
            <translation>آراء المنظمات متباينة. آخر ما قيل: %1</translation>
        </message>
    </context>
    <context>
        <name>FromRoundDialog</name>
        <message numerus="yes">
            <source>{title}  ·  closed {date}  ·  %n candidate(s)</source>
            <translation>
                <numerusform>{title}  ·  أُغلقت في {date}  ·  %n خيار</numerusform>
                <numerusform>{title}  ·  أُغلقت في {date}  ·  خيار واحد</numerusform>
                <numerusform>{title}  ·  أُغلقت في {date}  ·  خياران</numerusform>
                <numerusform>{title}  ·  أُغلقت في {date}  ·  %n خيارات</numerusform>
                <numerusform>{title}  ·  أُغلقت في {date}  ·  %n خياراً</numerusform>
                <numerusform>{title}  ·  أُغلقت في {date}  ·  %n خيار</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}  ·  %n candidate(s)</source>
            <translation>
                <numerusform>{title}  ·  %n خيار</numerusform>
                <numerusform>{title}  ·  خيار واحد</numerusform>
                <numerusform>{title}  ·  خياران</numerusform>
                <numerusform>{title}  ·  %n خيارات</numerusform>
                <numerusform>{title}  ·  %n خياراً</numerusform>
                <numerusform>{title}  ·  %n خيار</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Handout document</name>
        <message>
            <source>Not yet in a cluster</source>
            <translation>لم تُدرج بعد في مجموعة مواضيعية</translation>
        </message>
        <message>
            <source>No theme given</source>
            <translation>لم يُحدَّد موضوع</translation>
        </message>
        <message>
            <source>Recommendations received by {country}</source>
            <translation>التوصيات المقدَّمة إلى {country}</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) in {groups} groups, by cluster.</source>
            <translation>
                <numerusform>%n توصية في {groups} مجموعات، حسب المجموعة المواضيعية.</numerusform>
                <numerusform>توصية واحدة في {groups} مجموعات، حسب المجموعة المواضيعية.</numerusform>
                <numerusform>توصيتان في {groups} مجموعات، حسب المجموعة المواضيعية.</numerusform>
                <numerusform>%n توصيات في {groups} مجموعات، حسب المجموعة المواضيعية.</numerusform>
                <numerusform>%n توصية في {groups} مجموعات، حسب المجموعة المواضيعية.</numerusform>
                <numerusform>%n توصية في {groups} مجموعات، حسب المجموعة المواضيعية.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) in {groups} groups, by theme.</source>
            <translation>
                <numerusform>%n توصية في {groups} مجموعات، حسب الموضوع.</numerusform>
                <numerusform>توصية واحدة في {groups} مجموعات، حسب الموضوع.</numerusform>
                <numerusform>توصيتان في {groups} مجموعات، حسب الموضوع.</numerusform>
                <numerusform>%n توصيات في {groups} مجموعات، حسب الموضوع.</numerusform>
                <numerusform>%n توصية في {groups} مجموعات، حسب الموضوع.</numerusform>
                <numerusform>%n توصية في {groups} مجموعات، حسب الموضوع.</numerusform>
            </translation>
        </message>
        <message>
            <source>The number above each recommendation is the one on your ballot.</source>
            <translation>الرقم الوارد فوق كل توصية هو الرقم نفسه الوارد في بطاقة اقتراعك.</translation>
        </message>
        <message>
            <source>{title}: recommendations</source>
            <translation>{title}: التوصيات</translation>
        </message>
        <message>
            <source>Handout for participants</source>
            <translation>نشرة للمشاركين</translation>
        </message>
        <message>
            <source>Recommendation handout</source>
            <translation>نشرة التوصيات</translation>
        </message>
    </context>
    <context>
        <name>IMPACT OSS export</name>
        <message>
            <source>UPR session {session}, cycle {cycle}</source>
            <translation>دورة الاستعراض {session}، الجولة {cycle}</translation>
        </message>
        <message>
            <source>UPR session {session}</source>
            <translation>دورة الاستعراض {session}</translation>
        </message>
        <message>
            <source>Cycle {cycle}</source>
            <translation>الجولة {cycle}</translation>
        </message>
        <message>
            <source>Recommending State: {states}</source>
            <translation>الدولة المقدِّمة للتوصية: {states}</translation>
        </message>
        <message>
            <source>Recommending States: {states}</source>
            <translation>الدول المقدِّمة للتوصية: {states}</translation>
        </message>
        <message>
            <source>State under review: {country}</source>
            <translation>الدولة موضوع الاستعراض: {country}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>المصدر: {source}</translation>
        </message>
    </context>
    <context>
        <name>Implementation status</name>
        <message>
            <source>Not started</source>
            <translation>لم يبدأ</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>منفَّذة جزئياً</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>منفَّذة بالكامل</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>{message} (row {row}, column “{column}”)</source>
            <translation>{message} (الصف {row}، العمود «{column}»)</translation>
        </message>
        <message>
            <source>{message} (row {row})</source>
            <translation>{message} (الصف {row})</translation>
        </message>
        <message>
            <source>{message} (column “{column}”)</source>
            <translation>{message} (العمود «{column}»)</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was added to the workshop.</source>
            <translation>أُلغي الاستيراد. لم يُضف أي شيء إلى حلقة العمل.</translation>
        </message>
        <message numerus="yes">
            <source>Found %n participant(s) in {file}.</source>
            <translation>
                <numerusform>عُثر على %n مشارك في {file}.</numerusform>
                <numerusform>عُثر على مشارك واحد في {file}.</numerusform>
                <numerusform>عُثر على مشاركَين في {file}.</numerusform>
                <numerusform>عُثر على %n مشاركين في {file}.</numerusform>
                <numerusform>عُثر على %n مشاركاً في {file}.</numerusform>
                <numerusform>عُثر على %n مشارك في {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Found %n participant(s).</source>
            <translation>
                <numerusform>عُثر على %n مشارك.</numerusform>
                <numerusform>عُثر على مشارك واحد.</numerusform>
                <numerusform>عُثر على مشاركَين.</numerusform>
                <numerusform>عُثر على %n مشاركين.</numerusform>
                <numerusform>عُثر على %n مشاركاً.</numerusform>
                <numerusform>عُثر على %n مشارك.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) repeated someone listed earlier; each person is counted once.</source>
            <translation>
                <numerusform>لم يكرر أي صف شخصاً مدرجاً من قبل (%n)؛ ويُحتسب كل شخص مرة واحدة.</numerusform>
                <numerusform>صف واحد كرر شخصاً مدرجاً من قبل؛ ويُحتسب كل شخص مرة واحدة.</numerusform>
                <numerusform>صفان كررا أشخاصاً مدرجين من قبل؛ ويُحتسب كل شخص مرة واحدة.</numerusform>
                <numerusform>%n صفوف كررت أشخاصاً مدرجين من قبل؛ ويُحتسب كل شخص مرة واحدة.</numerusform>
                <numerusform>%n صفاً كررت أشخاصاً مدرجين من قبل؛ ويُحتسب كل شخص مرة واحدة.</numerusform>
                <numerusform>%n صف كررت أشخاصاً مدرجين من قبل؛ ويُحتسب كل شخص مرة واحدة.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row had no name or alias and was left out.</source>
            <translation>صف واحد لم يتضمن اسماً أو اسماً مستعاراً فاستُبعد.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows had no name or alias and were left out.</source>
            <translation>
                <numerusform>%n صف لم تتضمن اسماً أو اسماً مستعاراً فاستُبعدت.</numerusform>
                <numerusform>صف واحد لم يتضمن اسماً أو اسماً مستعاراً فاستُبعد.</numerusform>
                <numerusform>صفان لم يتضمنا اسماً أو اسماً مستعاراً فاستُبعدا.</numerusform>
                <numerusform>%n صفوف لم تتضمن اسماً أو اسماً مستعاراً فاستُبعدت.</numerusform>
                <numerusform>%n صفاً لم تتضمن اسماً أو اسماً مستعاراً فاستُبعدت.</numerusform>
                <numerusform>%n صف لم تتضمن اسماً أو اسماً مستعاراً فاستُبعدت.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” is a Word document, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>«{name}» مستند Word، وليس جدولاً بالمشاركين. احفظ قائمة الحضور بصيغة CSV أو Excel (.xlsx)، بحيث يكون لكل شخص صف واحد، ثم استوردها.</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>«{name}» ملف JSON، وليس جدولاً بالمشاركين. احفظ قائمة الحضور بصيغة CSV أو Excel (.xlsx)، بحيث يكون لكل شخص صف واحد، ثم استوردها.</translation>
        </message>
        <message>
            <source>Parts of the file are not valid UTF-8, so it was read as Windows Western (cp1252) text. Check accented letters.</source>
            <translation>بعض أجزاء الملف ليست بترميز UTF-8 صالح، ولذلك قُرئ كنص Windows الغربي (cp1252). تحقَّق من الحروف المشكولة والمعلَّمة.</translation>
        </message>
        <message>
            <source>“{name}” is empty (0 bytes), so there is no one to import. Save the attendance list again, or choose another file.</source>
            <translation>«{name}» فارغ (0 بايت)، ولذلك لا يوجد أحد لاستيراده. احفظ قائمة الحضور مرة أخرى، أو اختر ملفاً آخر.</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a table of participants, even if its name says otherwise. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>«{name}» {what}، وليس جدولاً بالمشاركين، حتى لو أوحى اسمه بغير ذلك. احفظ قائمة الحضور بصيغة CSV أو Excel (.xlsx)، بحيث يكون لكل شخص صف واحد، ثم استوردها.</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>«{name}» {what}، وليس جدولاً بالمشاركين. احفظ قائمة الحضور بصيغة CSV أو Excel (.xlsx)، بحيث يكون لكل شخص صف واحد، ثم استوردها.</translation>
        </message>
        <message>
            <source>“{name}” holds no table: there are no column headings or rows in it. Choose the attendance list, with one row per person.</source>
            <translation>لا يتضمن «{name}» أي جدول: لا توجد فيه عناوين أعمدة ولا صفوف. اختر قائمة الحضور، بحيث يكون لكل شخص صف واحد.</translation>
        </message>
        <message>
            <source>“{name}” has no column of names. Its headings are {names}. Name the column “Name” (and, if you have them, “Organisation”, “Thematic focus”, “Contact”, “Consent” and “Alias”), then import it again.</source>
            <translation>لا يتضمن «{name}» عموداً للأسماء. عناوين أعمدته هي {names}. سمِّ العمود «Name» (وإن وُجدت، «Organisation» و«Thematic focus» و«Contact» و«Consent» و«Alias»)، ثم استورده مرة أخرى.</translation>
        </message>
        <message>
            <source>Row {number} has no name and was left out.</source>
            <translation>الصف {number} لا يتضمن اسماً فاستُبعد.</translation>
        </message>
        <message>
            <source>Row {number} repeats row {row} ({who}).</source>
            <translation>الصف {number} يكرر الصف {row} ({who}).</translation>
        </message>
        <message>
            <source>No participants found in “{name}”: its only row has no name or alias. Check that the names are in the column headed “Name”.</source>
            <translation>لم يُعثر على مشاركين في «{name}»: صفه الوحيد لا يتضمن اسماً أو اسماً مستعاراً. تحقَّق من أن الأسماء واردة في العمود المعنون «Name».</translation>
        </message>
        <message numerus="yes">
            <source>No participants found in “{name}”: none of its %n rows has a name or alias. Check that the names are in the column headed “Name”.</source>
            <translation>
                <numerusform>لم يُعثر على مشاركين في «{name}»: لا يتضمن أي صف من صفوفه (%n) اسماً أو اسماً مستعاراً. تحقَّق من أن الأسماء واردة في العمود المعنون «Name».</numerusform>
                <numerusform>لم يُعثر على مشاركين في «{name}»: صفه الوحيد لا يتضمن اسماً أو اسماً مستعاراً. تحقَّق من أن الأسماء واردة في العمود المعنون «Name».</numerusform>
                <numerusform>لم يُعثر على مشاركين في «{name}»: لا يتضمن أي من صفيه اسماً أو اسماً مستعاراً. تحقَّق من أن الأسماء واردة في العمود المعنون «Name».</numerusform>
                <numerusform>لم يُعثر على مشاركين في «{name}»: لا يتضمن أي من صفوفه الـ%n اسماً أو اسماً مستعاراً. تحقَّق من أن الأسماء واردة في العمود المعنون «Name».</numerusform>
                <numerusform>لم يُعثر على مشاركين في «{name}»: لا يتضمن أي من صفوفه الـ%n اسماً أو اسماً مستعاراً. تحقَّق من أن الأسماء واردة في العمود المعنون «Name».</numerusform>
                <numerusform>لم يُعثر على مشاركين في «{name}»: لا يتضمن أي من صفوفه الـ%n اسماً أو اسماً مستعاراً. تحقَّق من أن الأسماء واردة في العمود المعنون «Name».</numerusform>
            </translation>
        </message>
        <message>
            <source>No participants found in “{name}”: it has column headings but no rows of people under them.</source>
            <translation>لم يُعثر على مشاركين في «{name}»: يتضمن عناوين أعمدة لكن لا توجد تحتها صفوف بأشخاص.</translation>
        </message>
        <message>
            <source>“{name}” is not a normal document: {why}. If it is a real document, open it in Word, copy its table into a spreadsheet, save that as CSV and import it.</source>
            <translation>«{name}» ليس مستنداً عادياً: {why}. إذا كان مستنداً حقيقياً، فافتحه في Word، وانسخ جدوله إلى جدول بيانات، واحفظه بصيغة CSV ثم استورده.</translation>
        </message>
        <message>
            <source>“{name}” is not a normal spreadsheet: {why}. If it is a real spreadsheet, open it in Excel or LibreOffice, save it as CSV and import that.</source>
            <translation>«{name}» ليس جدول بيانات عادياً: {why}. إذا كان جدول بيانات حقيقياً، فافتحه في Excel أو LibreOffice، واحفظه بصيغة CSV ثم استورده.</translation>
        </message>
        <message>
            <source>it holds {members_count:,} parts, where a real one holds a few dozen (at most {max_members:,} are accepted)</source>
            <translation>يتضمن {members_count:,} جزءاً، في حين يتضمن الملف الحقيقي بضع عشرات منها (ويُقبل {max_members:,} جزءاً كحد أقصى)</translation>
        </message>
        <message>
            <source>“{name}” is protected with a password. Open it, remove the password (or save an unprotected copy), and import that.</source>
            <translation>«{name}» محمي بكلمة مرور. افتحه، وأزل كلمة المرور (أو احفظ نسخة غير محمية)، ثم استورده.</translation>
        </message>
        <message>
            <source>it is packed with a compression method Excel and Word never use</source>
            <translation>مضغوط بطريقة ضغط لا يستخدمها Excel ولا Word أبداً</translation>
        </message>
        <message>
            <source>it would expand from {size} to {unpacked}, and its part “{part}” is packed {times:,} times tighter than real content ever is</source>
            <translation>سيتمدد حجمه من {size} إلى {unpacked}، وجزؤه «{part}» مضغوط بدرجة تفوق {times:,} مرة ما يبلغه أي محتوى حقيقي</translation>
        </message>
        <message>
            <source>it would expand to {size} when unpacked, and documents can be imported up to {most} unpacked</source>
            <translation>سيبلغ حجمه {size} بعد فك الضغط، ولا يمكن استيراد المستندات التي يتجاوز حجمها بعد فك الضغط {most}</translation>
        </message>
        <message>
            <source>it would expand to {size} when unpacked, and spreadsheets can be imported up to {most} unpacked</source>
            <translation>سيبلغ حجمه {size} بعد فك الضغط، ولا يمكن استيراد جداول البيانات التي يتجاوز حجمها بعد فك الضغط {most}</translation>
        </message>
        <message>
            <source>its part “{filename}” unpacks to more than the {label} the file declares for it, so it is damaged or built to exhaust the computer's memory</source>
            <translation>جزؤه «{filename}» يتجاوز بعد فك الضغط الحجم المعلن له في الملف ({label})، ولذلك فهو تالف أو مصمَّم لاستنفاد ذاكرة الحاسوب</translation>
        </message>
        <message>
            <source>a sheet in it holds a tag longer than any real sheet's</source>
            <translation>إحدى أوراقه تتضمن وسماً أطول من أي وسم في ورقة حقيقية</translation>
        </message>
        <message>
            <source>it claims {claimed:,} different texts, far more than it holds, which would exhaust the computer's memory</source>
            <translation>يدّعي أنه يتضمن {claimed:,} نصاً مختلفاً، أي أكثر بكثير مما يتضمنه فعلاً، وهو ما من شأنه أن يستنفد ذاكرة الحاسوب</translation>
        </message>
        <message>
            <source>“{name}” has a sheet (“{sheet}”) whose cells reach {column_letters}{rows}: {rows:,} rows by {columns:,} columns, {cells:,} cells in all, and a sheet can be imported up to {max_sheet_cells:,} cells. Delete the rows and columns beyond the table (or save the sheet as CSV), then import it again.</source>
            <translation>يتضمن «{name}» ورقة («{sheet}») تمتد خلاياها حتى {column_letters}{rows}: {rows:,} صفاً في {columns:,} عموداً، أي {cells:,} خلية في المجموع، ولا يمكن استيراد ورقة يتجاوز عدد خلاياها {max_sheet_cells:,} خلية. احذف الصفوف والأعمدة الواقعة خارج الجدول (أو احفظ الورقة بصيغة CSV)، ثم استوردها مرة أخرى.</translation>
        </message>
        <message>
            <source>IMPACT OSS imports a CSV file: choose a name ending in .csv, not “{value}”.</source>
            <translation>يستورد نظام IMPACT OSS ملفات CSV: اختر اسماً ينتهي بـ .csv، وليس «{value}».</translation>
        </message>
        <message>
            <source>The IMPACT OSS framework id is a positive number (1 is the first framework in IMPACT OSS). Check it under Frameworks in your IMPACT OSS.</source>
            <translation>معرِّف الإطار في IMPACT OSS رقم موجب (1 هو الإطار الأول في IMPACT OSS). تحقَّق منه تحت Frameworks في نظام IMPACT OSS الخاص بك.</translation>
        </message>
        <message>
            <source>The charter cites no recommendations yet, so there is nothing to export. Leave out “cited only” to export every recommendation.</source>
            <translation>لا يستشهد الميثاق بأي توصيات بعد، ولذلك لا يوجد ما يُصدَّر. ألغِ خيار «التوصيات المستشهد بها فقط» لتصدير جميع التوصيات.</translation>
        </message>
        <message>
            <source>This workshop holds no recommendations yet, so there is nothing to export.</source>
            <translation>لا تضم حلقة العمل هذه أي توصيات بعد، ولذلك لا يوجد ما يُصدَّر.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>مستند PDF</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>صورة PNG</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>صورة JPEG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>صورة GIF</translation>
        </message>
        <message>
            <source>an RTF document</source>
            <translation>مستند RTF</translation>
        </message>
        <message>
            <source>a RAR archive</source>
            <translation>أرشيف RAR</translation>
        </message>
        <message>
            <source>a 7-Zip archive</source>
            <translation>أرشيف 7-Zip</translation>
        </message>
        <message>
            <source>a compressed (gzip) file</source>
            <translation>ملف مضغوط (gzip)</translation>
        </message>
        <message>
            <source>“{name}” is a Word document, not a table. Import it as an OHCHR thematic list.</source>
            <translation>«{name}» مستند Word، وليس جدولاً. استورده بوصفه القائمة المواضيعية للتوصيات الصادرة عن المفوضية.</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file, not a table. Import it as a UHRI export.</source>
            <translation>«{name}» ملف JSON، وليس جدولاً. استورده بوصفه ملفاً مصدَّراً من UHRI.</translation>
        </message>
        <message>
            <source>“{format}” is not a known format. Choose one of: {listed}.</source>
            <translation>«{format}» ليست صيغة معروفة. اختر واحدة مما يلي: {listed}.</translation>
        </message>
        <message>
            <source>“{name}” is a Word document; it can only be imported as an OHCHR thematic list of recommendations.</source>
            <translation>«{name}» مستند Word؛ ولا يمكن استيراده إلا بوصفه القائمة المواضيعية للتوصيات الصادرة عن المفوضية.</translation>
        </message>
        <message>
            <source>“{name}” is not a Word (.docx) document, so it cannot be an OHCHR thematic list. Choose another format, or “Automatic”.</source>
            <translation>«{name}» ليس مستند Word (.docx)، ولذلك لا يمكن أن يكون القائمة المواضيعية للتوصيات الصادرة عن المفوضية. اختر صيغة أخرى، أو «تلقائي».</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file; it can only be imported as a UHRI export.</source>
            <translation>«{name}» ملف JSON؛ ولا يمكن استيراده إلا بوصفه ملفاً مصدَّراً من UHRI.</translation>
        </message>
        <message>
            <source>“{path}” could not be found. Check the file's name and folder, then try again.</source>
            <translation>تعذَّر العثور على «{path}». تحقَّق من اسم الملف ومجلده، ثم حاول مرة أخرى.</translation>
        </message>
        <message>
            <source>“{name}” is a folder. Choose the exported file inside it.</source>
            <translation>«{name}» مجلد. اختر الملف المصدَّر الموجود داخله.</translation>
        </message>
        <message>
            <source>“{name}” is empty (0 bytes), so there is nothing to import. Export the recommendations again, or choose another file.</source>
            <translation>«{name}» فارغ (0 بايت)، ولذلك لا يوجد ما يُستورد. صدِّر التوصيات مرة أخرى، أو اختر ملفاً آخر.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size}). Excel and Word files can be imported up to {most}, as they must be read whole. Save the sheet as CSV (up to {most_csv}), or split it, and import that.</source>
            <translation>«{name}» أكبر من أن يُستورد ({size}). يمكن استيراد ملفات Excel وWord حتى {most}، لأنه يجب قراءتها كاملة. احفظ الورقة بصيغة CSV (حتى {most_csv})، أو قسِّمها، ثم استوردها.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size}). Files can be imported up to {most_csv}. Split it into smaller files, or export only the States under review you need, and import those.</source>
            <translation>«{name}» أكبر من أن يُستورد ({size}). يمكن استيراد الملفات حتى {most_csv}. قسِّمه إلى ملفات أصغر، أو صدِّر فقط الدول موضوع الاستعراض التي تحتاج إليها، ثم استوردها.</translation>
        </message>
        <message>
            <source>“{name}” could not be read ({strerror}). Check that it is not open in another program and that you may read it.</source>
            <translation>تعذَّرت قراءة «{name}» ({strerror}). تحقَّق من أنه ليس مفتوحاً في برنامج آخر ومن أن لديك إذناً بقراءته.</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a file of recommendations. Import the CSV, Excel, JSON or Word (.docx) export instead.</source>
            <translation>«{name}» {what}، وليس ملف توصيات. استورد الملف المصدَّر بصيغة CSV أو Excel أو JSON أو Word (.docx) بدلاً منه.</translation>
        </message>
        <message>
            <source>“{name}” is an old Word (.doc) document. Open it in Word, save it as “Word Document (.docx)”, and import that.</source>
            <translation>«{name}» مستند Word قديم (.doc). افتحه في Word، واحفظه بصيغة «Word Document (.docx)»، ثم استورده.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size_label}): JSON files can be imported up to {size_label2}, as every record in them is held in memory until it is saved. Export fewer States or years from the UHRI, or export it as Excel, and import that.</source>
            <translation>«{name}» أكبر من أن يُستورد ({size_label}): يمكن استيراد ملفات JSON حتى {size_label2}، لأن كل سجل فيها يُحفظ في الذاكرة إلى أن يُحفظ الملف. صدِّر من UHRI عدداً أقل من الدول أو السنوات، أو صدِّره بصيغة Excel، ثم استورده.</translation>
        </message>
        <message>
            <source>“{name}” is a web page (HTML or XML), not a spreadsheet, even if its name says otherwise. Open it in Excel or LibreOffice, save it as .xlsx or CSV, and import that.</source>
            <translation>«{name}» صفحة ويب (HTML أو XML)، وليس جدول بيانات، حتى لو أوحى اسمه بغير ذلك. افتحه في Excel أو LibreOffice، واحفظه بصيغة .xlsx أو CSV، ثم استورده.</translation>
        </message>
        <message>
            <source>“{name}” is an Excel file of {size_label}; Excel files can be imported up to {size_label2}. Save it as CSV and import that.</source>
            <translation>«{name}» ملف Excel حجمه {size_label}؛ ويمكن استيراد ملفات Excel حتى {size_label2}. احفظه بصيغة CSV ثم استورده.</translation>
        </message>
        <message>
            <source>“{name}” is a ZIP archive. Unzip it and import the CSV, Excel, JSON or Word file inside.</source>
            <translation>«{name}» أرشيف ZIP. فك ضغطه واستورد ملف CSV أو Excel أو JSON أو Word الموجود داخله.</translation>
        </message>
        <message>
            <source>“{name}” holds no table: there are no column headings or rows in it. Choose the exported file of recommendations.</source>
            <translation>لا يتضمن «{name}» أي جدول: لا توجد فيه عناوين أعمدة ولا صفوف. اختر الملف المصدَّر للتوصيات.</translation>
        </message>
        <message>
            <source>“{name}” does not have the UPR Info columns (To, Text, From, Response, … or SuR, Recommendation, RS, Response, …). Import it as “Any table” and choose its columns.</source>
            <translation>لا يتضمن «{name}» أعمدة ملف توصيات UPR Info (To، Text، From، Response، … أو SuR، Recommendation، RS، Response، …). استورده بوصفه «أي جدول» واختر أعمدته.</translation>
        </message>
        <message>
            <source>“{name}” has no “Text” column or field, so it is not a UHRI export. Import it as “Any table” and choose the column that holds the recommendations.</source>
            <translation>لا يتضمن «{name}» عموداً أو حقلاً باسم «Text»، ولذلك فهو ليس ملفاً مصدَّراً من UHRI. استورده بوصفه «أي جدول» واختر العمود الذي يتضمن التوصيات.</translation>
        </message>
        <message>
            <source>Columns were matched by their headings: {matches}.</source>
            <translation>طوبقت الأعمدة حسب عناوينها: {matches}.</translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: its only row has no recommendation text in the “{column}” column. Check that the right column holds the recommendation text.</source>
            <translation>لم يُعثر على توصيات في «{name}»: صفه الوحيد لا يتضمن نص توصية في العمود «{column}». تحقَّق من أن العمود الصحيح هو الذي يتضمن نص التوصيات.</translation>
        </message>
        <message numerus="yes">
            <source>No recommendations found in “{name}”: none of its %n rows has recommendation text in the “{column}” column. Check that the right column holds the recommendation text.</source>
            <translation>
                <numerusform>لم يُعثر على توصيات في «{name}»: لا يتضمن أي من صفوفه (%n) نص توصية في العمود «{column}». تحقَّق من أن العمود الصحيح هو الذي يتضمن نص التوصيات.</numerusform>
                <numerusform>لم يُعثر على توصيات في «{name}»: صفه الوحيد لا يتضمن نص توصية في العمود «{column}». تحقَّق من أن العمود الصحيح هو الذي يتضمن نص التوصيات.</numerusform>
                <numerusform>لم يُعثر على توصيات في «{name}»: لا يتضمن أي من صفيه نص توصية في العمود «{column}». تحقَّق من أن العمود الصحيح هو الذي يتضمن نص التوصيات.</numerusform>
                <numerusform>لم يُعثر على توصيات في «{name}»: لا يتضمن أي من صفوفه الـ%n نص توصية في العمود «{column}». تحقَّق من أن العمود الصحيح هو الذي يتضمن نص التوصيات.</numerusform>
                <numerusform>لم يُعثر على توصيات في «{name}»: لا يتضمن أي من صفوفه الـ%n نص توصية في العمود «{column}». تحقَّق من أن العمود الصحيح هو الذي يتضمن نص التوصيات.</numerusform>
                <numerusform>لم يُعثر على توصيات في «{name}»: لا يتضمن أي من صفوفه الـ%n نص توصية في العمود «{column}». تحقَّق من أن العمود الصحيح هو الذي يتضمن نص التوصيات.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: its only row has no recommendation text. Check that the right column holds the recommendation text.</source>
            <translation>لم يُعثر على توصيات في «{name}»: صفه الوحيد لا يتضمن نص توصية. تحقَّق من أن العمود الصحيح هو الذي يتضمن نص التوصيات.</translation>
        </message>
        <message numerus="yes">
            <source>No recommendations found in “{name}”: none of its %n rows has recommendation text. Check that the right column holds the recommendation text.</source>
            <translation>
                <numerusform>لم يُعثر على توصيات في «{name}»: لا يتضمن أي من صفوفه (%n) نص توصية. تحقَّق من أن العمود الصحيح هو الذي يتضمن نص التوصيات.</numerusform>
                <numerusform>لم يُعثر على توصيات في «{name}»: صفه الوحيد لا يتضمن نص توصية. تحقَّق من أن العمود الصحيح هو الذي يتضمن نص التوصيات.</numerusform>
                <numerusform>لم يُعثر على توصيات في «{name}»: لا يتضمن أي من صفيه نص توصية. تحقَّق من أن العمود الصحيح هو الذي يتضمن نص التوصيات.</numerusform>
                <numerusform>لم يُعثر على توصيات في «{name}»: لا يتضمن أي من صفوفه الـ%n نص توصية. تحقَّق من أن العمود الصحيح هو الذي يتضمن نص التوصيات.</numerusform>
                <numerusform>لم يُعثر على توصيات في «{name}»: لا يتضمن أي من صفوفه الـ%n نص توصية. تحقَّق من أن العمود الصحيح هو الذي يتضمن نص التوصيات.</numerusform>
                <numerusform>لم يُعثر على توصيات في «{name}»: لا يتضمن أي من صفوفه الـ%n نص توصية. تحقَّق من أن العمود الصحيح هو الذي يتضمن نص التوصيات.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: it has column headings but no rows of recommendations under them. Check that you exported the recommendations themselves, not an empty search.</source>
            <translation>لم يُعثر على توصيات في «{name}»: يتضمن عناوين أعمدة لكن لا توجد تحتها صفوف بتوصيات. تحقَّق من أنك صدَّرت التوصيات نفسها، وليس نتيجة بحث فارغة.</translation>
        </message>
        <message>
            <source>1 empty row was ignored.</source>
            <translation>تُجوهل صف فارغ واحد.</translation>
        </message>
        <message numerus="yes">
            <source>%n empty rows were ignored.</source>
            <translation>
                <numerusform>لم يُتجاهل أي صف فارغ (%n).</numerusform>
                <numerusform>تُجوهل صف فارغ واحد.</numerusform>
                <numerusform>تُجوهل صفان فارغان.</numerusform>
                <numerusform>تُجوهلت %n صفوف فارغة.</numerusform>
                <numerusform>تُجوهل %n صفاً فارغاً.</numerusform>
                <numerusform>تُجوهل %n صف فارغ.</numerusform>
            </translation>
        </message>
        <message>
            <source>recommendation text</source>
            <translation>نص التوصية</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>recommending State</source>
            <translation>الدولة المقدِّمة للتوصية</translation>
        </message>
        <message>
            <source>response</source>
            <translation>الرد</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>المواضيع</translation>
        </message>
        <message>
            <source>affected persons</source>
            <translation>الأشخاص المتأثرون</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <source>session</source>
            <translation>الدورة</translation>
        </message>
        <message>
            <source>cycle</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>action category</source>
            <translation>فئة الإجراء</translation>
        </message>
        <message>
            <source>document symbol</source>
            <translation>رمز الوثيقة</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>الدولة موضوع الاستعراض</translation>
        </message>
        <message>
            <source>None of the column headings ({names}) clearly names the recommendation text. Choose which column holds the recommendation text, and what the other columns hold.</source>
            <translation>لا يدل أي من عناوين الأعمدة ({names}) بوضوح على نص التوصية. اختر العمود الذي يتضمن نص التوصية، وما تتضمنه الأعمدة الأخرى.</translation>
        </message>
        <message>
            <source>“{cell_text}” is not a valid {what}: this column must hold whole numbers. Correct the cell (or leave it empty) and import the file again.</source>
            <translation>«{cell_text}» ليس {what} صالحاً: يجب أن يتضمن هذا العمود أعداداً صحيحة. صحِّح الخلية (أو اتركها فارغة) واستورد الملف مرة أخرى.</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the Word file is damaged or incomplete (perhaps a download or copy was cut short). Open it in Word and save it again, or get a fresh copy, then import that.</source>
            <translation>تعذَّر فتح «{name}»: ملف Word تالف أو غير مكتمل (ربما انقطع التنزيل أو النسخ قبل اكتماله). افتحه في Word واحفظه مرة أخرى، أو احصل على نسخة جديدة، ثم استوردها.</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the {kind} file is damaged or incomplete (perhaps a download or copy was cut short). Open it in a spreadsheet program and save it again, or get a fresh copy, then import that.</source>
            <translation>تعذَّر فتح «{name}»: ملف {kind} تالف أو غير مكتمل (ربما انقطع التنزيل أو النسخ قبل اكتماله). افتحه في برنامج جداول بيانات واحفظه مرة أخرى، أو احصل على نسخة جديدة، ثم استوردها.</translation>
        </message>
        <message>
            <source>“{name}” has no table of recommendations. This format is the OHCHR thematic list, whose table is headed “Recommendation and recommending State | Position …”. For another Word document, copy its table into a spreadsheet and import that.</source>
            <translation>لا يتضمن «{name}» جدولاً للتوصيات. هذه الصيغة هي القائمة المواضيعية للتوصيات الصادرة عن المفوضية، التي يحمل جدولها العنوان «Recommendation and recommending State | Position …» (التوصية والدولة المقدِّمة للتوصية | الموقف …). وبالنسبة لأي مستند Word آخر، انسخ جدوله إلى جدول بيانات واستورده.</translation>
        </message>
        <message>
            <source>No recommendation text in the first column.</source>
            <translation>لا يوجد نص توصية في العمود الأول.</translation>
        </message>
        <message>
            <source>Not in the list of UN Member and observer States, so kept as written: {names}. Check these recommending States.</source>
            <translation>غير واردة في قائمة الدول الأعضاء والدول المراقبة في الأمم المتحدة، ولذلك أُبقيت كما كُتبت: {names}. تحقَّق من هذه الدول المقدِّمة للتوصيات.</translation>
        </message>
        <message>
            <source>The document is the thematic list for {country}.</source>
            <translation>هذا المستند هو القائمة المواضيعية للتوصيات: {country}.</translation>
        </message>
        <message>
            <source>{recommendations} recommendations under {headings} theme headings ({themes} different themes).</source>
            <translation>{recommendations} توصية تحت {headings} عنواناً مواضيعياً ({themes} موضوعاً مختلفاً).</translation>
        </message>
        <message>
            <source>The column mapping leaves out the recommendation text: “{column}” is not one of its columns ({names}). Choose the column of “{name}” that holds the text of each recommendation, then import again.</source>
            <translation>ربط الأعمدة يُغفل نص التوصية: «{column}» ليس من أعمدته ({names}). اختر عمود «{name}» الذي يتضمن نص كل توصية، ثم استورد مرة أخرى.</translation>
        </message>
        <message>
            <source>The column mapping leaves out the recommendation text. Choose the column of “{name}” that holds the text of each recommendation, then import again.</source>
            <translation>ربط الأعمدة يُغفل نص التوصية. اختر عمود «{name}» الذي يتضمن نص كل توصية، ثم استورد مرة أخرى.</translation>
        </message>
        <message>
            <source>The column “{column}” chosen for the {field} is not in “{name}” (its columns are {names}). Choose that column again from the list.</source>
            <translation>العمود «{column}» الذي اختير لـ{field} غير موجود في «{name}» (أعمدته هي {names}). اختر ذلك العمود مرة أخرى من القائمة.</translation>
        </message>
        <message>
            <source>“{action}” is not a valid action category: it must be a number from 1 (minimal action) to 5 (specific action). Correct the cell (or leave it empty) and import the file again.</source>
            <translation>«{action}» ليست فئة إجراء صالحة: يجب أن تكون رقماً من 1 (إجراء في حده الأدنى) إلى 5 (إجراء محدد). صحِّح الخلية (أو اتركها فارغة) واستورد الملف مرة أخرى.</translation>
        </message>
        <message>
            <source>Read as Mac Roman: the file has old-Mac line endings and its accented letters (such as ç, é, ô) are Mac Roman characters.</source>
            <translation>قُرئ بترميز Mac Roman: نهايات الأسطر في الملف من نوع أجهزة Mac القديمة وحروفه المعلَّمة (مثل ç وé وô) من محارف Mac Roman.</translation>
        </message>
        <message>
            <source>Read as {encoding} text.</source>
            <translation>قُرئ كنص بترميز {encoding}.</translation>
        </message>
        <message>
            <source>“{name}” is not a text file that can be read as a table: it holds binary data. Export the recommendations as CSV or Excel and import that file.</source>
            <translation>«{name}» ليس ملفاً نصياً يمكن قراءته كجدول: فهو يتضمن بيانات ثنائية. صدِّر التوصيات بصيغة CSV أو Excel واستورد ذلك الملف.</translation>
        </message>
        <message>
            <source>The file could not be read from this row on, probably because a quotation mark (") in it is not closed. Open it in a spreadsheet program, check that row, save it as CSV again and import that.</source>
            <translation>تعذَّرت قراءة الملف ابتداءً من هذا الصف، ربما لأن علامة اقتباس (") فيه غير مغلقة. افتحه في برنامج جداول بيانات، وتحقَّق من ذلك الصف، واحفظه بصيغة CSV مرة أخرى ثم استورده.</translation>
        </message>
        <message>
            <source>The file could not be read from this row on, because of a formatting problem ({error}). Open it in a spreadsheet program, check that row, save it as CSV again and import that.</source>
            <translation>تعذَّرت قراءة الملف ابتداءً من هذا الصف، بسبب مشكلة في التنسيق ({error}). افتحه في برنامج جداول بيانات، وتحقَّق من ذلك الصف، واحفظه بصيغة CSV مرة أخرى ثم استورده.</translation>
        </message>
        <message>
            <source>Row {number} holds characters that are not {get} text, although the rows before it are. Open the file in a spreadsheet program, save it as “CSV UTF-8” and import that.</source>
            <translation>يتضمن الصف {number} محارف ليست نصاً بترميز {get}، مع أن الصفوف السابقة له كذلك. افتح الملف في برنامج جداول بيانات، واحفظه بصيغة «CSV UTF-8» ثم استورده.</translation>
        </message>
        <message>
            <source>{count} of these rows come from mechanisms other than the UPR ({bodies}). They were kept; filter them out in the workshop if you only want UPR recommendations.</source>
            <translation>{count} من هذه الصفوف مصدرها آليات أخرى غير الاستعراض الدوري الشامل ({bodies}). وقد أُبقي عليها؛ استبعدها في حلقة العمل إذا كنت لا تريد إلا توصيات الاستعراض الدوري الشامل.</translation>
        </message>
        <message>
            <source>{count} of these rows come from mechanisms other than the UPR. They were kept; filter them out in the workshop if you only want UPR recommendations.</source>
            <translation>{count} من هذه الصفوف مصدرها آليات أخرى غير الاستعراض الدوري الشامل. وقد أُبقي عليها؛ استبعدها في حلقة العمل إذا كنت لا تريد إلا توصيات الاستعراض الدوري الشامل.</translation>
        </message>
        <message>
            <source>“{name}” is not valid JSON (line {line}, column {column}); perhaps the download was cut short. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>«{name}» ليس JSON صالحاً (السطر {line}، العمود {column})؛ ربما انقطع التنزيل قبل اكتماله. نزِّل الملف المصدَّر من UHRI مرة أخرى، أو صدِّره بصيغة Excel، ثم استورده.</translation>
        </message>
        <message>
            <source>“{name}” is not valid JSON; perhaps the download was cut short. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>«{name}» ليس JSON صالحاً؛ ربما انقطع التنزيل قبل اكتماله. نزِّل الملف المصدَّر من UHRI مرة أخرى، أو صدِّره بصيغة Excel، ثم استورده.</translation>
        </message>
        <message>
            <source>“{name}” is JSON but holds no list of recommendations. Import the UHRI export itself (a list of records with a “Text” field).</source>
            <translation>«{name}» ملف JSON لكنه لا يتضمن قائمة توصيات. استورد الملف المصدَّر من UHRI نفسه (قائمة سجلات تتضمن حقلاً باسم «Text»).</translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: it holds an empty list. Check that the search you exported from the UHRI returned results.</source>
            <translation>لم يُعثر على توصيات في «{name}»: فهو يتضمن قائمة فارغة. تحقَّق من أن البحث الذي صدَّرته من UHRI أسفر عن نتائج.</translation>
        </message>
        <message>
            <source>“{name}” nests lists or objects more than {max_json_depth} deep, which no UHRI export does. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>يتضمن «{name}» قوائم أو كائنات متداخلة بعمق يتجاوز {max_json_depth} مستويات، وهو ما لا يوجد في أي ملف مصدَّر من UHRI. نزِّل الملف المصدَّر من UHRI مرة أخرى، أو صدِّره بصيغة Excel، ثم استورده.</translation>
        </message>
        <message>
            <source>“{name}” has no filled-in cells on any sheet, so there is nothing to import.</source>
            <translation>لا يتضمن «{name}» أي خلايا معبأة في أي ورقة، ولذلك لا يوجد ما يُستورد.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import recommendations</source>
            <translation>استيراد التوصيات</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so recommendations can't be added to it. Use “Save a copy…” to work on a copy, then import into the copy.</source>
            <translation>«{name}» مفتوحة للقراءة فقط، ولذلك لا يمكن إضافة توصيات إليها. استخدم «حفظ نسخة…» للعمل على نسخة، ثم استورد إلى النسخة.</translation>
        </message>
        <message>
            <source>The format is detected from the file. Choose another if the detection is wrong.</source>
            <translation>يُكتشف التنسيق من الملف. اختر تنسيقاً آخر إذا كان الاكتشاف خاطئاً.</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>التنسيق</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>استيراد</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Looking at the file…</source>
            <translation>جارٍ فحص الملف…</translation>
        </message>
        <message>
            <source>Which column holds what?</source>
            <translation>أي عمود يتضمن أي بيانات؟</translation>
        </message>
        <message>
            <source>Which State under review?</source>
            <translation>أي دولة موضوع الاستعراض؟</translation>
        </message>
        <message>
            <source>Recommendations to the other States are left out. Recommendations already in the workshop are not added twice.</source>
            <translation>تُستبعد التوصيات الموجهة إلى الدول الأخرى. ولا تُضاف مرتين التوصيات الموجودة بالفعل في حلقة العمل.</translation>
        </message>
        <message>
            <source>You can cancel at any time: nothing is added to the workshop until the import has finished.</source>
            <translation>يمكنك الإلغاء في أي وقت: لا يُضاف شيء إلى حلقة العمل حتى ينتهي الاستيراد.</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>إلغاء الاستيراد</translation>
        </message>
        <message>
            <source>Choose the column that holds the recommendation text.</source>
            <translation>اختر العمود الذي يتضمن نص التوصية.</translation>
        </message>
        <message>
            <source>Choose a State under review to import.</source>
            <translation>اختر دولة موضوع الاستعراض لاستيراد توصياتها.</translation>
        </message>
        <message>
            <source>Choose the file's format.</source>
            <translation>اختر تنسيق الملف.</translation>
        </message>
        <message>
            <source>Automatic: {name}</source>
            <translation>تلقائي: {name}</translation>
        </message>
        <message>
            <source>This file could not be read as recommendations. Check that it is the exported file; if it is and you know its format, choose it above.</source>
            <translation>تعذرت قراءة هذا الملف بوصفه توصيات. تحقق من أنه الملف المُصدَّر؛ وإذا كان كذلك وكنت تعرف تنسيقه، فاختره أعلاه.</translation>
        </message>
        <message>
            <source>The recommendations will be added to “{title}”, which holds {count} now. Any already in it are recognised and not added twice.</source>
            <translation>ستُضاف التوصيات إلى «{title}»، التي تضم الآن {count} توصية. وما يوجد فيها بالفعل يُتعرف عليه ولا يُضاف مرتين.</translation>
        </message>
        <message>
            <source>The recommendations will be added to “{title}”, which has none yet.</source>
            <translation>ستُضاف التوصيات إلى «{title}»، التي لا تضم أي توصية بعد.</translation>
        </message>
        <message>
            <source>— not in this file —</source>
            <translation>— غير موجود في هذا الملف —</translation>
        </message>
        <message>
            <source>Read as {encoding} text.</source>
            <translation>قُرئ كنص بترميز {encoding}.</translation>
        </message>
        <message>
            <source>Columns separated by tabs.</source>
            <translation>الأعمدة مفصولة بعلامات جدولة.</translation>
        </message>
        <message>
            <source>Columns separated by spaces.</source>
            <translation>الأعمدة مفصولة بمسافات.</translation>
        </message>
        <message>
            <source>Columns separated by “{delimiter}”.</source>
            <translation>الأعمدة مفصولة بالعلامة «{delimiter}».</translation>
        </message>
        <message>
            <source>Read from the sheet “{sheet}”.</source>
            <translation>قُرئت البيانات من الورقة «{sheet}».</translation>
        </message>
        <message>
            <source>Column names on row {row}.</source>
            <translation>أسماء الأعمدة في الصف {row}.</translation>
        </message>
        <message numerus="yes">
            <source>“{file}” holds recommendations to %n State(s) under review, and this workshop's country, {country}, is not among them. Choose which State's recommendations to import, or import them all.</source>
            <translation>
                <numerusform>يتضمن «{file}» توصيات موجهة إلى %n دولة موضوع الاستعراض، وليس بلد حلقة العمل هذه، {country}، من بينها. اختر الدولة التي تريد استيراد توصياتها، أو استوردها جميعاً.</numerusform>
                <numerusform>يتضمن «{file}» توصيات موجهة إلى دولة واحدة موضوع الاستعراض ليست بلد حلقة العمل هذه، {country}. اختر الدولة التي تريد استيراد توصياتها، أو استوردها جميعاً.</numerusform>
                <numerusform>يتضمن «{file}» توصيات موجهة إلى دولتين موضوع الاستعراض، وليس بلد حلقة العمل هذه، {country}، إحداهما. اختر الدولة التي تريد استيراد توصياتها، أو استوردها جميعاً.</numerusform>
                <numerusform>يتضمن «{file}» توصيات موجهة إلى %n دول موضوع الاستعراض، وليس بلد حلقة العمل هذه، {country}، من بينها. اختر الدولة التي تريد استيراد توصياتها، أو استوردها جميعاً.</numerusform>
                <numerusform>يتضمن «{file}» توصيات موجهة إلى %n دولة موضوع الاستعراض، وليس بلد حلقة العمل هذه، {country}، من بينها. اختر الدولة التي تريد استيراد توصياتها، أو استوردها جميعاً.</numerusform>
                <numerusform>يتضمن «{file}» توصيات موجهة إلى %n دولة موضوع الاستعراض، وليس بلد حلقة العمل هذه، {country}، من بينها. اختر الدولة التي تريد استيراد توصياتها، أو استوردها جميعاً.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{file}” holds recommendations to %n State(s) under review, and this workshop's country is not among them. Choose which State's recommendations to import, or import them all.</source>
            <translation>
                <numerusform>يتضمن «{file}» توصيات موجهة إلى %n دولة موضوع الاستعراض، وليس بلد حلقة العمل هذه من بينها. اختر الدولة التي تريد استيراد توصياتها، أو استوردها جميعاً.</numerusform>
                <numerusform>يتضمن «{file}» توصيات موجهة إلى دولة واحدة موضوع الاستعراض ليست بلد حلقة العمل هذه. اختر الدولة التي تريد استيراد توصياتها، أو استوردها جميعاً.</numerusform>
                <numerusform>يتضمن «{file}» توصيات موجهة إلى دولتين موضوع الاستعراض، وليس بلد حلقة العمل هذه إحداهما. اختر الدولة التي تريد استيراد توصياتها، أو استوردها جميعاً.</numerusform>
                <numerusform>يتضمن «{file}» توصيات موجهة إلى %n دول موضوع الاستعراض، وليس بلد حلقة العمل هذه من بينها. اختر الدولة التي تريد استيراد توصياتها، أو استوردها جميعاً.</numerusform>
                <numerusform>يتضمن «{file}» توصيات موجهة إلى %n دولة موضوع الاستعراض، وليس بلد حلقة العمل هذه من بينها. اختر الدولة التي تريد استيراد توصياتها، أو استوردها جميعاً.</numerusform>
                <numerusform>يتضمن «{file}» توصيات موجهة إلى %n دولة موضوع الاستعراض، وليس بلد حلقة العمل هذه من بينها. اختر الدولة التي تريد استيراد توصياتها، أو استوردها جميعاً.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommendation(s) saved. Making them searchable; this is the last step.</source>
            <translation>
                <numerusform>حُفظت %Ln توصية. جارٍ تجهيزها للبحث؛ هذه هي الخطوة الأخيرة.</numerusform>
                <numerusform>حُفظت توصية واحدة. جارٍ تجهيزها للبحث؛ هذه هي الخطوة الأخيرة.</numerusform>
                <numerusform>حُفظت توصيتان. جارٍ تجهيزهما للبحث؛ هذه هي الخطوة الأخيرة.</numerusform>
                <numerusform>حُفظت %Ln توصيات. جارٍ تجهيزها للبحث؛ هذه هي الخطوة الأخيرة.</numerusform>
                <numerusform>حُفظت %Ln توصية. جارٍ تجهيزها للبحث؛ هذه هي الخطوة الأخيرة.</numerusform>
                <numerusform>حُفظت %Ln توصية. جارٍ تجهيزها للبحث؛ هذه هي الخطوة الأخيرة.</numerusform>
            </translation>
        </message>
        <message>
            <source>The columns are chosen as at the last import of a table with these same columns.</source>
            <translation>اختيرت الأعمدة كما في آخر استيراد لجدول له هذه الأعمدة نفسها.</translation>
        </message>
        <message>
            <source>Choose the column for each field below; fields not in the file can stay empty.</source>
            <translation>اختر العمود لكل حقل أدناه؛ ويمكن ترك الحقول غير الموجودة في الملف فارغة.</translation>
        </message>
        <message>
            <source>Choose a State under review…</source>
            <translation>اختر دولة موضوع الاستعراض…</translation>
        </message>
        <message>
            <source>All countries ({count} recommendations)</source>
            <translation>جميع البلدان ({count} توصية)</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>جارٍ قراءة الملف…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>جارٍ الحفظ…</translation>
        </message>
        <message>
            <source>{percent}% read</source>
            <translation>قُرئ {percent}%</translation>
        </message>
        <message>
            <source>Saving to the workshop…</source>
            <translation>جارٍ الحفظ في حلقة العمل…</translation>
        </message>
        <message>
            <source>{done} of {total} recommendations saved</source>
            <translation>حُفظ {done} من أصل {total} توصية</translation>
        </message>
        <message>
            <source>Indexing for search and sorting…</source>
            <translation>جارٍ الفهرسة للبحث والفرز…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>جارٍ الإلغاء…</translation>
        </message>
        <message>
            <source>Undoing what was written so far.</source>
            <translation>جارٍ التراجع عما كُتب حتى الآن.</translation>
        </message>
        <message>
            <source>{n} recommendations added</source>
            <translation>أُضيفت توصيات (العدد: {n})</translation>
        </message>
        <message>
            <source>1 recommendation added</source>
            <translation>أُضيفت توصية واحدة</translation>
        </message>
        <message>
            <source>Already in the workshop</source>
            <translation>موجودة بالفعل في حلقة العمل</translation>
        </message>
        <message>
            <source>Nothing was added</source>
            <translation>لم يُضف شيء</translation>
        </message>
        <message>
            <source>{n} rows of the file were skipped (the first is row {row}: {reason}).</source>
            <translation>تُركت صفوف من الملف عددها {n} (أولها الصف {row}: {reason}).</translation>
        </message>
        <message>
            <source>The workshop now holds {count} recommendations.</source>
            <translation>تضم حلقة العمل الآن {count} توصية.</translation>
        </message>
        <message>
            <source>To take this import back, use Edit ▸ Undo (Ctrl+Z).</source>
            <translation>للتراجع عن هذا الاستيراد، استخدم تحرير ◂ تراجع (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was added.</source>
            <translation>أُلغي الاستيراد. لم يُضف شيء.</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>نص التوصية</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>الدولة (الدول) المقدِّمة للتوصية</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>الرد</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>المواضيع</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>الأشخاص المتأثرون</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الدورة</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>فئة الإجراء</translation>
        </message>
        <message>
            <source>Document symbol</source>
            <translation>رمز الوثيقة</translation>
        </message>
        <message>
            <source>Country under review</source>
            <translation>البلد موضوع الاستعراض</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>تلقائي</translation>
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
            <translation>القائمة المواضيعية للتوصيات الصادرة عن المفوضية (.docx)</translation>
        </message>
        <message>
            <source>Any table</source>
            <translation>أي جدول</translation>
        </message>
        <message>
            <source>A UPR Info database export (CSV or XLS, 2015 and older): one row per recommendation, with the State under review, recommending State, response, action category and issues.</source>
            <translation>ملف مصدَّر من قاعدة بيانات UPR Info (CSV أو XLS، لعام 2015 وما قبله): صف واحد لكل توصية، مع الدولة موضوع الاستعراض، والدولة المقدِّمة للتوصية، والرد، وفئة الإجراء، والقضايا.</translation>
        </message>
        <message>
            <source>An export from OHCHR's Universal Human Rights Index (XLSX or JSON): recommendations with themes, affected persons, SDGs and the State's position.</source>
            <translation>ملف مصدَّر من الفهرس العالمي لحقوق الإنسان (UHRI) الصادر عن المفوضية (XLSX أو JSON): توصيات مع المواضيع، والأشخاص المتأثرين، وأهداف التنمية المستدامة، وموقف الدولة.</translation>
        </message>
        <message>
            <source>An OHCHR thematic list of recommendations (Word): the matrix a State receives after its review, with positions, themes and SDGs.</source>
            <translation>القائمة المواضيعية للتوصيات الصادرة عن المفوضية (Word): المصفوفة التي تتلقاها الدولة بعد استعراضها، مع المواقف والمواضيع وأهداف التنمية المستدامة.</translation>
        </message>
        <message>
            <source>A table with its own columns (CSV or Excel). You say which column holds what.</source>
            <translation>جدول بأعمدته الخاصة (CSV أو Excel). وتحدِّد أنت العمود الذي يتضمن كل بيان.</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} بايت</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} كيلوبايت</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} ميغابايت</translation>
        </message>
        <message>
            <source>{column}
(not imported)</source>
            <translation>{column}
(لا يُستورد)</translation>
        </message>
        <message>
            <source>“{name}” is read-only, so nothing can be imported into it. Use “Save a copy…” to work on a copy.</source>
            <translation>«{name}» للقراءة فقط، ولذلك لا يمكن استيراد أي شيء إليه. استخدم «حفظ نسخة…» للعمل على نسخة منه.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorDialog</name>
        <message>
            <source>Indicator value</source>
            <translation>قيمة المؤشر</translation>
        </message>
        <message>
            <source>A new indicator…</source>
            <translation>مؤشر جديد…</translation>
        </message>
        <message>
            <source>e.g. Shelter places for survivors of violence</source>
            <translation>مثلاً: أماكن الإيواء للناجيات والناجين من العنف</translation>
        </message>
        <message>
            <source>e.g. places</source>
            <translation>مثلاً: أماكن</translation>
        </message>
        <message>
            <source>2026, 2026-06 or 2026-06-30</source>
            <translation>2026 أو 2026-06 أو 2026-06-30</translation>
        </message>
        <message>
            <source>Where the figure comes from (required)</source>
            <translation>مصدر الرقم (إلزامي)</translation>
        </message>
        <message>
            <source>Record value</source>
            <translation>تسجيل القيمة</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>المؤشر</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>مؤشر جديد</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>الوحدة</translation>
        </message>
        <message>
            <source>Year or date</source>
            <translation>السنة أو التاريخ</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>القيمة</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Record an indicator value</source>
            <translation>تسجيل قيمة مؤشر</translation>
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <source>Start the voting kiosk</source>
            <translation>تشغيل كشك التصويت</translation>
        </message>
        <message>
            <source>The laptop will show “%1” full screen, for one person after another. Choose a PIN of at least %2 digits: you will need it to leave the kiosk. Don't tell it to anyone voting.</source>
            <translation>سيعرض الحاسوب المحمول «%1» على كامل الشاشة، لشخص تلو الآخر. اختر رقم تعريف شخصياً (PIN) لا يقل عن %2 أرقام: ستحتاج إليه لمغادرة الكشك. لا تُطلع عليه أي شخص يصوِّت.</translation>
        </message>
        <message>
            <source>Exit PIN</source>
            <translation>رقم PIN للخروج</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>رقم PIN نفسه مرة أخرى</translation>
        </message>
        <message>
            <source>Start the kiosk</source>
            <translation>تشغيل الكشك</translation>
        </message>
        <message>
            <source>The PIN needs at least %1 digits.</source>
            <translation>يجب ألا يقل رقم PIN عن %1 أرقام.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN again in both boxes.</source>
            <translation>رقما PIN غير متطابقين. اكتب رقم PIN مرة أخرى في الخانتين.</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>Voting: %1</source>
            <translation>التصويت: %1</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>اقتراع سري: لا يمكن لأحد أن يرى من صوَّت لأي خيار</translation>
        </message>
        <message>
            <source>Open ballot: your choices are recorded with your name</source>
            <translation>اقتراع علني: تُسجَّل اختياراتك مع اسمك</translation>
        </message>
        <message>
            <source>1  Who is voting</source>
            <translation>1  من يصوِّت</translation>
        </message>
        <message>
            <source>2  Your ballot</source>
            <translation>2  بطاقة اقتراعك</translation>
        </message>
        <message>
            <source>3  Check and cast</source>
            <translation>3  التحقق والإدلاء بالبطاقة</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>الميسِّر</translation>
        </message>
        <message>
            <source>For the facilitator: leave the kiosk (PIN needed, or press Esc)</source>
            <translation>للميسِّر: مغادرة الكشك (يلزم رقم PIN، أو اضغط Esc)</translation>
        </message>
        <message>
            <source>Language of this screen</source>
            <translation>لغة هذه الشاشة</translation>
        </message>
        <message>
            <source>Who is voting?</source>
            <translation>من يصوِّت؟</translation>
        </message>
        <message>
            <source>This round takes one ballot per organisation. Find your name: you vote for your organisation.</source>
            <translation>تقبل هذه الجولة بطاقة اقتراع واحدة لكل منظمة. ابحث عن اسمك: فأنت تصوِّت باسم منظمتك.</translation>
        </message>
        <message>
            <source>Find your name and press Continue, or type the personal code on your slip.</source>
            <translation>ابحث عن اسمك واضغط «مواصلة»، أو اكتب الرمز الشخصي المدوَّن على قسيمتك.</translation>
        </message>
        <message>
            <source>Type to find your name</source>
            <translation>اكتب للبحث عن اسمك</translation>
        </message>
        <message>
            <source>Find your name</source>
            <translation>ابحث عن اسمك</translation>
        </message>
        <message>
            <source>Names of those still to vote</source>
            <translation>أسماء من لم يصوِّتوا بعد</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>مواصلة</translation>
        </message>
        <message>
            <source>Or type your personal code</source>
            <translation>أو اكتب رمزك الشخصي</translation>
        </message>
        <message>
            <source>It is on the slip the facilitator gave you, e.g. K7M-Q2P. Capitals and dashes don't matter.</source>
            <translation>إنه مدوَّن على القسيمة التي أعطاك إياها الميسِّر، مثل K7M-Q2P. لا أهمية للأحرف الكبيرة ولا للشرطات.</translation>
        </message>
        <message>
            <source>Your code</source>
            <translation>رمزك</translation>
        </message>
        <message>
            <source>Personal code</source>
            <translation>الرمز الشخصي</translation>
        </message>
        <message>
            <source>Continue with my code</source>
            <translation>مواصلة برمزي</translation>
        </message>
        <message>
            <source>Your ballot</source>
            <translation>بطاقة اقتراعك</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>البدء من جديد</translation>
        </message>
        <message>
            <source>Leave without voting: nothing is saved</source>
            <translation>المغادرة دون تصويت: لا يُحفظ شيء</translation>
        </message>
        <message>
            <source>Review my ballot  ›</source>
            <translation>مراجعة بطاقة اقتراعي  ›</translation>
        </message>
        <message>
            <source>Check your ballot</source>
            <translation>تحقق من بطاقة اقتراعك</translation>
        </message>
        <message>
            <source>‹  Change my ballot</source>
            <translation>‹  تغيير بطاقة اقتراعي</translation>
        </message>
        <message>
            <source>Cast my ballot</source>
            <translation>الإدلاء ببطاقة اقتراعي</translation>
        </message>
        <message>
            <source>Thank you — your ballot is saved</source>
            <translation>شكراً لك — حُفظت بطاقة اقتراعك</translation>
        </message>
        <message>
            <source>The next person can vote in a moment.</source>
            <translation>يمكن للشخص التالي أن يصوِّت بعد لحظات.</translation>
        </message>
        <message>
            <source>Voting has closed</source>
            <translation>أُغلق باب التصويت</translation>
        </message>
        <message>
            <source>The facilitator has closed this round, so it takes no more ballots. Thank you for taking part.</source>
            <translation>أغلق الميسِّر هذه الجولة، فلم تعد تقبل بطاقات اقتراع. شكراً لمشاركتك.</translation>
        </message>
        <message>
            <source>Type the exit PIN to leave the kiosk.</source>
            <translation>اكتب رقم PIN الخاص بالخروج لمغادرة الكشك.</translation>
        </message>
        <message>
            <source>Exit PIN</source>
            <translation>رقم PIN للخروج</translation>
        </message>
        <message>
            <source>Back to voting</source>
            <translation>العودة إلى التصويت</translation>
        </message>
        <message>
            <source>Leave the kiosk</source>
            <translation>مغادرة الكشك</translation>
        </message>
        <message>
            <source>%1  ·  votes for %2</source>
            <translation>%1  ·  يصوِّت باسم %2</translation>
        </message>
        <message>
            <source>Everyone has voted. Thank you!</source>
            <translation>صوَّت الجميع. شكراً لكم!</translation>
        </message>
        <message>
            <source>No name matches “%1”. Check the spelling, or use your personal code.</source>
            <translation>لا يوجد اسم يطابق «%1». تحقق من الإملاء، أو استخدم رمزك الشخصي.</translation>
        </message>
        <message>
            <source>Continue as %1  ›</source>
            <translation>مواصلة باسم %1  ›</translation>
        </message>
        <message>
            <source>Pick your name above</source>
            <translation>اختر اسمك أعلاه</translation>
        </message>
        <message>
            <source>Type the code from your slip first.</source>
            <translation>اكتب أولاً الرمز المدوَّن على قسيمتك.</translation>
        </message>
        <message>
            <source>That code is not recognised. Check it and type it again, or find your name in the list.</source>
            <translation>لم يُتعرف على هذا الرمز. تحقق منه واكتبه مرة أخرى، أو ابحث عن اسمك في القائمة.</translation>
        </message>
        <message>
            <source>This round takes one ballot per organisation, and you are not registered with one. Please ask the facilitator.</source>
            <translation>تقبل هذه الجولة بطاقة اقتراع واحدة لكل منظمة، وأنت غير مسجَّل مع أي منظمة. يُرجى سؤال الميسِّر.</translation>
        </message>
        <message>
            <source>Your organisation has already voted in this round.</source>
            <translation>صوَّتت منظمتك بالفعل في هذه الجولة.</translation>
        </message>
        <message>
            <source>This person has already voted in this round. Each person votes once.</source>
            <translation>صوَّت هذا الشخص بالفعل في هذه الجولة. كل شخص يصوِّت مرة واحدة.</translation>
        </message>
        <message>
            <source>%1 — you vote for %2</source>
            <translation>%1 — تصوِّت باسم %2</translation>
        </message>
        <message>
            <source>Voting as %1</source>
            <translation>التصويت باسم %1</translation>
        </message>
        <message>
            <source>Secret ballot with a ballot code</source>
            <translation>اقتراع سري برمز اقتراع</translation>
        </message>
        <message>
            <source>This is what you chose. Press Cast my ballot to save it; you can't change it afterwards.</source>
            <translation>هذا ما اخترته. اضغط «الإدلاء ببطاقة اقتراعي» لحفظه؛ ولا يمكنك تغييره بعد ذلك.</translation>
        </message>
        <message>
            <source>Your ballot is blank. A blank ballot counts as taking part without supporting any candidate.</source>
            <translation>بطاقة اقتراعك فارغة. وتُحسب البطاقة الفارغة مشاركةً دون تأييد أي خيار.</translation>
        </message>
        <message>
            <source>You have not chosen any candidate.</source>
            <translation>لم تختر أي خيار.</translation>
        </message>
        <message>
            <source>The last ballot was left unfinished, so it was cleared without being saved. Choose your name to start again.</source>
            <translation>تُركت بطاقة الاقتراع الأخيرة دون إكمال، فمُسحت دون حفظها. اختر اسمك للبدء من جديد.</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>رقم PIN هذا غير صحيح.</translation>
        </message>
    </context>
    <context>
        <name>List</name>
        <message>
            <source>{names}, {name}</source>
            <translation>{names}، {name}</translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <translation>{names} و{last}</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>This workshop is locked</source>
            <translation>حلقة العمل هذه مقفلة</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>عبارة المرور أو مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>إلغاء القفل</translation>
        </message>
        <message>
            <source>Close workshop</source>
            <translation>إغلاق حلقة العمل</translation>
        </message>
        <message>
            <source>Go to the start screen without unlocking</source>
            <translation>الانتقال إلى شاشة البدء دون إلغاء القفل</translation>
        </message>
        <message>
            <source>Type the workshop's passphrase, or its recovery key, to carry on where you were.</source>
            <translation>اكتب عبارة المرور الخاصة بحلقة العمل، أو مفتاح الاسترداد الخاص بها، لمواصلة العمل من حيث توقفت.</translation>
        </message>
        <message>
            <source>The screen is locked, but the file itself is not encrypted: anyone who copies “{name}” can read everything in it.</source>
            <translation>الشاشة مقفلة، لكن الملف نفسه غير مشفَّر: يمكن لأي شخص ينسخ «{name}» أن يقرأ كل ما فيه.</translation>
        </message>
        <message>
            <source>Encrypt this workshop…</source>
            <translation>تشفير حلقة العمل هذه…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New workshop…</source>
            <translation>حلقة عمل جديدة… (&amp;N)</translation>
        </message>
        <message>
            <source>Create an empty workshop file</source>
            <translation>إنشاء ملف حلقة عمل فارغ</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>فتح… (&amp;O)</translation>
        </message>
        <message>
            <source>Open a workshop file (.uprw)</source>
            <translation>فتح ملف حلقة عمل (‎.uprw)</translation>
        </message>
        <message>
            <source>The illustrative demo workshop, as you left it</source>
            <translation>حلقة العمل التجريبية التوضيحية، كما تركتها</translation>
        </message>
        <message>
            <source>Start the demo a&amp;fresh…</source>
            <translation>بدء التجربة من جديد… (&amp;F)</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy</source>
            <translation>استبدال حلقة العمل التجريبية بنسخة جديدة</translation>
        </message>
        <message>
            <source>&amp;Import recommendations…</source>
            <translation>استيراد التوصيات… (&amp;I)</translation>
        </message>
        <message>
            <source>Add recommendations from a UPR Info, UHRI, OHCHR or other file</source>
            <translation>إضافة توصيات من ملف من UPR Info أو UHRI أو المفوضية أو غير ذلك</translation>
        </message>
        <message>
            <source>Write a copy of this workshop to another file</source>
            <translation>كتابة نسخة من حلقة العمل هذه في ملف آخر</translation>
        </message>
        <message>
            <source>Open de&amp;mo workshop</source>
            <translation>فتح حلقة العمل التجريبية (&amp;M)</translation>
        </message>
        <message>
            <source>Save a co&amp;py…</source>
            <translation>حفظ نسخة… (&amp;P)</translation>
        </message>
        <message>
            <source>Workshop de&amp;tails…</source>
            <translation>تفاصيل حلقة العمل… (&amp;T)</translation>
        </message>
        <message>
            <source>Title, country, dates, venue and organisers</source>
            <translation>العنوان والبلد والتواريخ والمكان والجهات المنظِّمة</translation>
        </message>
        <message>
            <source>Save a tra&amp;vel copy…</source>
            <translation>حفظ نسخة السفر… (&amp;T)</translation>
        </message>
        <message>
            <source>A copy without participants' names, comment authors or confidential evidence, for crossing borders</source>
            <translation>نسخة لا تتضمن أسماء المشاركين ولا أصحاب التعليقات ولا الأدلة السرية، لعبور الحدود</translation>
        </message>
        <message>
            <source>&amp;Encrypt this workshop…</source>
            <translation>تشفير حلقة العمل هذه… (&amp;E)</translation>
        </message>
        <message>
            <source>Protect the file with a passphrase</source>
            <translation>حماية الملف بعبارة مرور</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation>تغيير عبارة المرور… (&amp;H)</translation>
        </message>
        <message>
            <source>Set a new passphrase; the recovery key changes too</source>
            <translation>تحديد عبارة مرور جديدة؛ ويتغير مفتاح الاسترداد أيضاً</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>قفل (&amp;L)</translation>
        </message>
        <message>
            <source>Hide the workshop until the passphrase is typed again</source>
            <translation>إخفاء حلقة العمل إلى أن تُكتب عبارة المرور مرة أخرى</translation>
        </message>
        <message>
            <source>Lock and privacy &amp;settings…</source>
            <translation>إعدادات القفل والخصوصية… (&amp;S)</translation>
        </message>
        <message>
            <source>When to lock by itself, and whether encrypted workshops are listed under Recent</source>
            <translation>متى تُقفل حلقة العمل تلقائياً، وهل تُدرج حلقات العمل المشفَّرة في قائمة حلقات العمل الأخيرة</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>إغلاق حلقة العمل (&amp;C)</translation>
        </message>
        <message>
            <source>Close this workshop and return to the start screen</source>
            <translation>إغلاق حلقة العمل هذه والعودة إلى شاشة البدء</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>خروج (&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>تراجع (&amp;U)</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>إعادة (&amp;R)</translation>
        </message>
        <message>
            <source>&amp;New recommendation…</source>
            <translation>توصية جديدة… (&amp;N)</translation>
        </message>
        <message>
            <source>Add a recommendation by hand</source>
            <translation>إضافة توصية يدوياً</translation>
        </message>
        <message>
            <source>&amp;Edit recommendation…</source>
            <translation>تعديل التوصية… (&amp;E)</translation>
        </message>
        <message>
            <source>Edit the selected recommendation</source>
            <translation>تعديل التوصية المحددة</translation>
        </message>
        <message>
            <source>&amp;Delete recommendations…</source>
            <translation>حذف التوصيات… (&amp;D)</translation>
        </message>
        <message>
            <source>Delete the selected recommendations</source>
            <translation>حذف التوصيات المحددة</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>بحث (&amp;F)</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>تكبير (&amp;I)</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>تصغير (&amp;O)</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>الحجم الفعلي (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;Projector mode</source>
            <translation>وضع جهاز العرض (&amp;P)</translation>
        </message>
        <message>
            <source>High contrast and large type, for the back of the room</source>
            <translation>تباين عالٍ وخط كبير، لمن يجلسون في آخر القاعة</translation>
        </message>
        <message>
            <source>&amp;About UPR Desktop</source>
            <translation>عن UPR Desktop (&amp;A)</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>ملف (&amp;F)</translation>
        </message>
        <message>
            <source>Recent &amp;workshops</source>
            <translation>حلقات العمل الأخيرة (&amp;W)</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>تحرير (&amp;E)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>عرض (&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Go to step</source>
            <translation>الانتقال إلى خطوة (&amp;G)</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>اللغة (&amp;L)</translation>
        </message>
        <message>
            <source>Same as this computer</source>
            <translation>لغة هذا الحاسوب</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>تعليمات (&amp;H)</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>الاستعراض</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>المجموعات المواضيعية</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>التصويت</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <source>Charter</source>
            <translation>الميثاق</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>الطباعة</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>المتابعة</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>حفظ نسخة…</translation>
        </message>
        <message>
            <source>This workshop file is damaged, so it is open read-only and nothing more can be lost. Open the latest good backup to carry on.</source>
            <translation>ملف حلقة العمل هذا تالف، ولذلك فُتح للقراءة فقط كي لا يُفقد المزيد. افتح آخر نسخة احتياطية سليمة لمواصلة العمل.</translation>
        </message>
        <message>
            <source>Open the latest good backup</source>
            <translation>فتح آخر نسخة احتياطية سليمة</translation>
        </message>
        <message>
            <source>This workshop is read-only (%1). Save a copy to make changes.</source>
            <translation>حلقة العمل هذه للقراءة فقط (%1). احفظ نسخة لإجراء تغييرات.</translation>
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation>UPR Desktop</translation>
        </message>
        <message>
            <source>All States under review</source>
            <translation>جميع الدول موضوع الاستعراض</translation>
        </message>
        <message>
            <source>WORKSHOP STEPS</source>
            <translation>خطوات حلقة العمل</translation>
        </message>
        <message>
            <source>Workshop steps</source>
            <translation>خطوات حلقة العمل</translation>
        </message>
        <message>
            <source>it is open in another window</source>
            <translation>مفتوحة في نافذة أخرى</translation>
        </message>
        <message>
            <source>opened read-only</source>
            <translation>فُتحت للقراءة فقط</translation>
        </message>
        <message>
            <source>its folder can't be written to, e.g. a locked USB stick</source>
            <translation>لا يمكن الكتابة في مجلدها، مثل ذاكرة USB مقفلة</translation>
        </message>
        <message>
            <source>the file can't be written to</source>
            <translation>لا يمكن الكتابة في الملف</translation>
        </message>
        <message>
            <source>Checking the whole workshop file in the background…</source>
            <translation>جارٍ فحص ملف حلقة العمل بأكمله في الخلفية…</translation>
        </message>
        <message>
            <source>The workshop file was checked: it is sound.</source>
            <translation>فُحص ملف حلقة العمل: إنه سليم.</translation>
        </message>
        <message>
            <source>Open workshop</source>
            <translation>فتح حلقة عمل</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite's check of the whole file found a problem. It is now open read-only, so nothing more can be lost.</source>
            <translation>«%1» تالف: وجد فحص SQLite للملف بأكمله مشكلة. وهو مفتوح الآن للقراءة فقط كي لا يُفقد المزيد.</translation>
        </message>
        <message>
            <source>Open its latest good backup to carry on.</source>
            <translation>افتح آخر نسخة احتياطية سليمة منه لمواصلة العمل.</translation>
        </message>
        <message>
            <source>There is no good backup of it; save a copy to keep what can still be read.</source>
            <translation>لا توجد نسخة احتياطية سليمة منه؛ احفظ نسخة للاحتفاظ بما لا يزال قابلاً للقراءة.</translation>
        </message>
        <message>
            <source>Damaged workshop file</source>
            <translation>ملف حلقة عمل تالف</translation>
        </message>
        <message>
            <source>There is no good backup of “%1”. Save a copy to keep what can still be read.</source>
            <translation>لا توجد نسخة احتياطية سليمة من «%1». احفظ نسخة للاحتفاظ بما لا يزال قابلاً للقراءة.</translation>
        </message>
        <message>
            <source>You are working on the backup of %1, saved as %2</source>
            <translation>أنت تعمل على النسخة الاحتياطية من %1، المحفوظة باسم %2</translation>
        </message>
        <message>
            <source>Workshop not opened</source>
            <translation>لم تُفتح حلقة العمل</translation>
        </message>
        <message>
            <source>Save a cleaned copy…</source>
            <translation>حفظ نسخة منقَّحة…</translation>
        </message>
        <message>
            <source>Save a cleaned copy</source>
            <translation>حفظ نسخة منقَّحة</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>حلقات عمل UPR Desktop (*.uprw)</translation>
        </message>
        <message>
            <source>You are working on the cleaned copy: %1</source>
            <translation>أنت تعمل على النسخة المنقَّحة: %1</translation>
        </message>
        <message>
            <source>This workshop was upgraded to the current format; a copy of the original was kept in the backups folder.</source>
            <translation>رُقِّيت حلقة العمل هذه إلى التنسيق الحالي؛ وحُفظت نسخة من الأصل في مجلد النسخ الاحتياطية.</translation>
        </message>
        <message>
            <source>“%1” is damaged: part of it can't be read, so it was closed and nothing was changed.</source>
            <translation>«%1» تالف: تتعذر قراءة جزء منه، ولذلك أُغلق ولم يُغيَّر فيه شيء.</translation>
        </message>
        <message>
            <source>Workshop in use</source>
            <translation>حلقة العمل قيد الاستخدام</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>فتح للقراءة فقط</translation>
        </message>
        <message>
            <source>Open the demo workshop</source>
            <translation>فتح حلقة العمل التجريبية</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>حلقة عمل جديدة…</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>فتح حلقة عمل…</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw);;All files (*)</source>
            <translation>حلقات عمل UPR Desktop (*.uprw);;جميع الملفات (*)</translation>
        </message>
        <message>
            <source>Open demo workshop</source>
            <translation>فتح حلقة العمل التجريبية</translation>
        </message>
        <message>
            <source>The demo workshop is open in another window of UPR Desktop. Close it there first, then start the demo afresh.</source>
            <translation>حلقة العمل التجريبية مفتوحة في نافذة أخرى من UPR Desktop. أغلقها هناك أولاً، ثم ابدأ التجربة من جديد.</translation>
        </message>
        <message>
            <source>Start the demo afresh</source>
            <translation>بدء التجربة من جديد</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy?

Everything done in it is lost: the ballots cast, the rounds opened and closed, the participants' codes, and every change to its recommendations, clusters and charter.</source>
            <translation>هل تريد استبدال حلقة العمل التجريبية بنسخة جديدة؟

سيُفقد كل ما أُنجز فيها: بطاقات الاقتراع المدلى بها، والجولات المفتوحة والمغلقة، ورموز المشاركين، وكل تغيير في توصياتها ومجموعاتها المواضيعية وميثاقها.</translation>
        </message>
        <message>
            <source>Import recommendations</source>
            <translation>استيراد التوصيات</translation>
        </message>
        <message>
            <source>Recommendations are imported into a workshop. Create a new workshop for “%1”?</source>
            <translation>تُستورد التوصيات إلى حلقة عمل. هل تريد إنشاء حلقة عمل جديدة لـ «%1»؟</translation>
        </message>
        <message>
            <source>No recent workshops</source>
            <translation>لا توجد حلقات عمل حديثة</translation>
        </message>
        <message>
            <source>Save a copy of the workshop</source>
            <translation>حفظ نسخة من حلقة العمل</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>حفظ نسخة</translation>
        </message>
        <message>
            <source>You are now working on the copy: %1</source>
            <translation>أنت تعمل الآن على النسخة: %1</translation>
        </message>
        <message>
            <source>A copy was saved to %1</source>
            <translation>حُفظت نسخة في %1</translation>
        </message>
        <message>
            <source>The workshop is encrypted.</source>
            <translation>شُفِّرت حلقة العمل.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>غُيِّرت عبارة المرور.</translation>
        </message>
        <message>
            <source>Zoom: Ctrl + and Ctrl − change it, Ctrl 0 resets it</source>
            <translation>التكبير: اضغط Ctrl مع + أو − لتغييره، وCtrl مع 0 لإعادة ضبطه</translation>
        </message>
        <message>
            <source>Projector mode on: high contrast and large type. F5 turns it off.</source>
            <translation>وضع جهاز العرض مُفعَّل: تباين عالٍ وخط كبير. يوقفه F5.</translation>
        </message>
        <message>
            <source>Projector mode off.</source>
            <translation>وضع جهاز العرض متوقف.</translation>
        </message>
        <message>
            <source>Locked — UPR Desktop</source>
            <translation>مقفلة — UPR Desktop</translation>
        </message>
        <message>
            <source>%1 — UPR Desktop</source>
            <translation>%1 — UPR Desktop</translation>
        </message>
        <message>
            <source>[read-only]</source>
            <translation>[للقراءة فقط]</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Heading</source>
            <translation>عنوان</translation>
        </message>
        <message>
            <source>Make the paragraph a heading</source>
            <translation>جعل الفقرة عنواناً</translation>
        </message>
        <message>
            <source>B</source>
            <translation>غ</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>غامق (Ctrl+B)</translation>
        </message>
        <message>
            <source>I</source>
            <translation>م</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>مائل (Ctrl+I)</translation>
        </message>
        <message>
            <source>Bullets</source>
            <translation>تعداد نقطي</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>قائمة نقطية</translation>
        </message>
        <message>
            <source>Numbers</source>
            <translation>ترقيم</translation>
        </message>
        <message>
            <source>Numbered list</source>
            <translation>قائمة مرقَّمة</translation>
        </message>
    </context>
    <context>
        <name>Mid-term report</name>
        <message>
            <source>Prepared on {date}</source>
            <translation>أُعدّ بتاريخ {date}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>موجز</translation>
        </message>
        <message numerus="yes">
            <source>Organisations disagree on %n recommendation(s); each organisation's assessment is shown.</source>
            <translation>
                <numerusform>تختلف المنظمات بشأن %n توصية؛ ويُعرض تقييم كل منظمة.</numerusform>
                <numerusform>تختلف المنظمات بشأن توصية واحدة؛ ويُعرض تقييم كل منظمة.</numerusform>
                <numerusform>تختلف المنظمات بشأن توصيتين؛ ويُعرض تقييم كل منظمة.</numerusform>
                <numerusform>تختلف المنظمات بشأن %n توصيات؛ ويُعرض تقييم كل منظمة.</numerusform>
                <numerusform>تختلف المنظمات بشأن %n توصية؛ ويُعرض تقييم كل منظمة.</numerusform>
                <numerusform>تختلف المنظمات بشأن %n توصية؛ ويُعرض تقييم كل منظمة.</numerusform>
            </translation>
        </message>
        <message>
            <source>The charter's priorities</source>
            <translation>أولويات الميثاق</translation>
        </message>
        <message>
            <source>Organisations disagree:</source>
            <translation>اختلاف المنظمات:</translation>
        </message>
        <message>
            <source>{assessor} ({date}): {status}.</source>
            <translation>{assessor} ({date}): {status}.</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>مقدَّمة من</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>التقييم</translation>
        </message>
        <message>
            <source>Methodology</source>
            <translation>المنهجية</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>لا أحد بعد</translation>
        </message>
        <message>
            <source>Each recommendation was assessed as not implemented, partially implemented, fully implemented or with no information, with a short justification and the evidence it rests on.</source>
            <translation>قُيِّمت كل توصية بأنها غير منفَّذة، أو منفَّذة جزئياً، أو منفَّذة بالكامل، أو لا توجد معلومات بشأنها، مع مسوِّغات موجزة والأدلة التي يستند إليها التقييم.</translation>
        </message>
        <message>
            <source>Assessed by: {who}, between {first} and {last}.</source>
            <translation>قيَّمها: {who}، في الفترة بين {first} و{last}.</translation>
        </message>
        <message>
            <source>Assessed by: {who}.</source>
            <translation>قيَّمها: {who}.</translation>
        </message>
        <message>
            <source>Sources: {sources}.</source>
            <translation>المصادر: {sources}.</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>الحالة: {status}</translation>
        </message>
        <message>
            <source>(recommendations {references})</source>
            <translation>(التوصيات {references})</translation>
        </message>
        <message>
            <source>{assessor}, {date}: {status}.</source>
            <translation>{assessor}، {date}: {status}.</translation>
        </message>
        <message>
            <source>{value} in {period} ({source})</source>
            <translation>{value} في {period} ({source})</translation>
        </message>
        <message>
            <source>no value yet</source>
            <translation>لا توجد قيمة بعد</translation>
        </message>
        <message>
            <source>Indicator — {name}: {values}</source>
            <translation>المؤشر — {name}: {values}</translation>
        </message>
        <message>
            <source>Annex: evidence</source>
            <translation>مرفق: الأدلة</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>الأدلة</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>النوع</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>المصدر</translation>
        </message>
        <message>
            <source>Link or file</source>
            <translation>الرابط أو الملف</translation>
        </message>
        <message>
            <source>Other recommendations</source>
            <translation>توصيات أخرى</translation>
        </message>
        <message>
            <source>cycle {cycle}, review of {date}</source>
            <translation>الجولة {cycle}، الاستعراض المؤرخ {date}</translation>
        </message>
        <message>
            <source>cycle {cycle}</source>
            <translation>الجولة {cycle}</translation>
        </message>
        <message>
            <source>review of {date}</source>
            <translation>الاستعراض المؤرخ {date}</translation>
        </message>
        <message>
            <source>Mid-term report on the implementation of the UPR recommendations to {country}</source>
            <translation>تقرير منتصف المدة بشأن تنفيذ توصيات الاستعراض الدوري الشامل المقدَّمة إلى {country}</translation>
        </message>
        <message>
            <source>Mid-term report on the implementation of UPR recommendations</source>
            <translation>تقرير منتصف المدة بشأن تنفيذ توصيات الاستعراض الدوري الشامل</translation>
        </message>
        <message>
            <source>Following up the {workshop}</source>
            <translation>متابعة {workshop}</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) followed up. Their current status is the latest assessment of each; where organisations disagree, both assessments are shown.</source>
            <translation>
                <numerusform>لا توجد توصيات متابَعة (%n).</numerusform>
                <numerusform>توصية واحدة متابَعة (%n). وحالتها الراهنة هي آخر تقييم لها؛ وحيث تختلف المنظمات يُعرض التقييمان.</numerusform>
                <numerusform>توصيتان متابَعتان (%n). وحالة كل منهما الراهنة هي آخر تقييم لها؛ وحيث تختلف المنظمات يُعرض التقييمان.</numerusform>
                <numerusform>%n توصيات متابَعة. وحالة كل منها الراهنة هي آخر تقييم لها؛ وحيث تختلف المنظمات يُعرض التقييمان.</numerusform>
                <numerusform>%n توصية متابَعة. وحالة كل منها الراهنة هي آخر تقييم لها؛ وحيث تختلف المنظمات يُعرض التقييمان.</numerusform>
                <numerusform>%n توصية متابَعة. وحالة كل منها الراهنة هي آخر تقييم لها؛ وحيث تختلف المنظمات يُعرض التقييمان.</numerusform>
            </translation>
        </message>
        <message>
            <source>Status over time</source>
            <translation>الحالة عبر الزمن</translation>
        </message>
        <message numerus="yes">
            <source>Organisations disagree on %n recommendation(s); each organisation's assessment is shown below.</source>
            <translation>
                <numerusform>تختلف المنظمات بشأن %n توصية؛ ويُعرض أدناه تقييم كل منظمة.</numerusform>
                <numerusform>تختلف المنظمات بشأن توصية واحدة؛ ويُعرض أدناه تقييم كل منظمة.</numerusform>
                <numerusform>تختلف المنظمات بشأن توصيتين؛ ويُعرض أدناه تقييم كل منظمة.</numerusform>
                <numerusform>تختلف المنظمات بشأن %n توصيات؛ ويُعرض أدناه تقييم كل منظمة.</numerusform>
                <numerusform>تختلف المنظمات بشأن %n توصية؛ ويُعرض أدناه تقييم كل منظمة.</numerusform>
                <numerusform>تختلف المنظمات بشأن %n توصية؛ ويُعرض أدناه تقييم كل منظمة.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) were made again at the next review.</source>
            <translation>
                <numerusform>لم تُقدَّم أي توصية مجدداً في الاستعراض التالي (%n).</numerusform>
                <numerusform>قُدِّمت توصية واحدة مجدداً في الاستعراض التالي (%n).</numerusform>
                <numerusform>قُدِّمت توصيتان مجدداً في الاستعراض التالي (%n).</numerusform>
                <numerusform>قُدِّمت %n توصيات مجدداً في الاستعراض التالي.</numerusform>
                <numerusform>قُدِّمت %n توصية مجدداً في الاستعراض التالي.</numerusform>
                <numerusform>قُدِّمت %n توصية مجدداً في الاستعراض التالي.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n assessment(s))</source>
            <translation>
                <numerusform>{name} (%n تقييم)</numerusform>
                <numerusform>{name} (تقييم واحد)</numerusform>
                <numerusform>{name} (تقييمان)</numerusform>
                <numerusform>{name} (%n تقييمات)</numerusform>
                <numerusform>{name} (%n تقييماً)</numerusform>
                <numerusform>{name} (%n تقييم)</numerusform>
            </translation>
        </message>
        <message>
            <source>Each recommendation was assessed as not implemented, partially implemented, fully implemented or with no information, with a short justification and the evidence it rests on, following UPR Info's mid-term assessment method.</source>
            <translation>قُيِّمت كل توصية بأنها غير منفَّذة، أو منفَّذة جزئياً، أو منفَّذة بالكامل، أو لا توجد معلومات بشأنها، مع مسوِّغات موجزة والأدلة التي يستند إليها التقييم، وفقاً لمنهجية UPR Info لتقييم منتصف المدة.</translation>
        </message>
        <message numerus="yes">
            <source>%n evidence item(s) are listed in the annex and cited as E1, E2 …</source>
            <translation>
                <numerusform>لا توجد أدلة مدرجة في المرفق (%n).</numerusform>
                <numerusform>دليل واحد (%n) مدرج في المرفق ويُشار إليه بـ E1، E2…</numerusform>
                <numerusform>دليلان (%n) مدرجان في المرفق ويُشار إليهما بـ E1، E2…</numerusform>
                <numerusform>%n أدلة مدرجة في المرفق ويُشار إليها بـ E1، E2…</numerusform>
                <numerusform>%n دليلاً مدرجاً في المرفق ويُشار إليها بـ E1، E2…</numerusform>
                <numerusform>%n دليل مدرج في المرفق ويُشار إليها بـ E1، E2…</numerusform>
            </translation>
        </message>
        <message>
            <source>recommendations {references}</source>
            <translation>التوصيات {references}</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>الموعد المحدد</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>مرحلة رئيسية</translation>
        </message>
        <message>
            <source>State</source>
            <translation>الدولة</translation>
        </message>
        <message>
            <source>Recommendation and response</source>
            <translation>التوصية والرد</translation>
        </message>
        <message>
            <source>By {states}</source>
            <translation>قدَّمتها: {states}</translation>
        </message>
        <message>
            <source>Repeats {reference} of the previous review</source>
            <translation>تكرار للتوصية {reference} من الاستعراض السابق</translation>
        </message>
        <message>
            <source>File {name}, SHA-256 {digest}</source>
            <translation>الملف {name}، SHA-256 {digest}</translation>
        </message>
        <message>
            <source>Prepared {date}</source>
            <translation>أُعدّ في {date}</translation>
        </message>
        <message>
            <source>UPR mid-term report</source>
            <translation>تقرير منتصف المدة للاستعراض الدوري الشامل</translation>
        </message>
    </context>
    <context>
        <name>Monitoring matrix</name>
        <message>
            <source>Reference</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>المقيِّم</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>المسوِّغات</translation>
        </message>
        <message>
            <source>Assessors disagree</source>
            <translation>المقيِّمون مختلفون</translation>
        </message>
        <message>
            <source>Evidence items</source>
            <translation>بنود الأدلة</translation>
        </message>
        <message>
            <source>Earlier recommendation</source>
            <translation>التوصية السابقة</translation>
        </message>
        <message>
            <source>{reference} (session {session})</source>
            <translation>{reference} (الدورة {session})</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>Monitoring matrix</source>
            <translation>مصفوفة الرصد</translation>
        </message>
        <message>
            <source>Counts leave out confidential items.</source>
            <translation>لا تشمل الأعداد البنود السرية.</translation>
        </message>
    </context>
    <context>
        <name>NamesPeopleDialog</name>
        <message>
            <source>This file names people</source>
            <translation>هذا الملف يذكر أسماء أشخاص</translation>
        </message>
        <message>
            <source>{who} Anyone who gets the file, or finds it on this computer, learns who took part. Where taking part is a risk, save it without the names.</source>
            <translation>{who} وكل من يحصل على الملف، أو يعثر عليه على هذا الحاسوب، سيعرف من شارك. وحيثما تنطوي المشاركة على خطر، احفظه دون الأسماء.</translation>
        </message>
        <message>
            <source>Save without names…</source>
            <translation>حفظ دون الأسماء…</translation>
        </message>
        <message>
            <source>Save with names…</source>
            <translation>حفظ مع الأسماء…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>حلقة عمل جديدة</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>تصفُّح…</translation>
        </message>
        <message>
            <source>WHERE TO SAVE IT</source>
            <translation>مكان الحفظ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>الملف</translation>
        </message>
        <message>
            <source>One file holds the whole workshop. Keep it on this laptop and back it up to a USB stick; it never goes online.</source>
            <translation>ملف واحد يضم حلقة العمل بأكملها. احتفظ به على هذا الحاسوب المحمول واحفظ نسخة احتياطية منه على ذاكرة USB؛ فهو لا يُرفع إلى الإنترنت أبداً.</translation>
        </message>
        <message>
            <source>Create workshop</source>
            <translation>إنشاء حلقة العمل</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Encrypt it with a passphrase</source>
            <translation>تشفيرها بعبارة مرور</translation>
        </message>
        <message>
            <source>Recommended when the workshop will hold names, comments or testimony: a lost or seized laptop then gives nothing away.</source>
            <translation>يوصى بذلك إذا كانت حلقة العمل ستتضمن أسماء أو تعليقات أو شهادات: فعندئذ لا يكشف الحاسوب المحمول شيئاً إذا فُقد أو صودر.</translation>
        </message>
        <message>
            <source>Describe the review this workshop follows up. Everything except the title can be filled in or changed later.</source>
            <translation>صِف الاستعراض الذي تتابعه حلقة العمل هذه. يمكن ملء كل شيء ما عدا العنوان أو تغييره لاحقاً.</translation>
        </message>
        <message>
            <source>Save the new workshop as</source>
            <translation>حفظ حلقة العمل الجديدة باسم</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>حلقات عمل UPR Desktop (*.uprw)</translation>
        </message>
        <message>
            <source>Choose where to save the workshop file.</source>
            <translation>اختر مكان حفظ ملف حلقة العمل.</translation>
        </message>
        <message>
            <source>Set the workshop's passphrase</source>
            <translation>تحديد عبارة المرور الخاصة بحلقة العمل</translation>
        </message>
        <message>
            <source>“{name}” will be encrypted with it, and it is asked for every time the file is opened.</source>
            <translation>سيُشفَّر «{name}» بها، وستُطلب في كل مرة يُفتح فيها الملف.</translation>
        </message>
        <message>
            <source>The workshop could not be created at “{path}”: {reason}. Choose another place.</source>
            <translation>تعذر إنشاء حلقة العمل في «{path}»: {reason}. اختر مكاناً آخر.</translation>
        </message>
    </context>
    <context>
        <name>NoteCard</name>
        <message>
            <source>%1 · edited</source>
            <translation>%1 · معدَّلة</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>تعديل</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
    </context>
    <context>
        <name>OpenPassphraseDialog</name>
        <message>
            <source>Open an encrypted workshop</source>
            <translation>فتح حلقة عمل مشفَّرة</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>“{name}” is encrypted. Type its passphrase, or its recovery key, to open it.</source>
            <translation>«{name}» مشفَّر. اكتب عبارة المرور الخاصة به، أو مفتاح الاسترداد الخاص به، لفتحه.</translation>
        </message>
        <message>
            <source>Type the passphrase first.</source>
            <translation>اكتب عبارة المرور أولاً.</translation>
        </message>
        <message>
            <source>That passphrase does not open “{name}”. Nothing was changed. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation>عبارة المرور هذه لا تفتح «{name}». لم يتغير أي شيء. تحقَّق من تخطيط لوحة المفاتيح ومن مفتاح Caps Lock، وحاول مرة أخرى.</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Not set</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>مسح التاريخ</translation>
        </message>
        <message>
            <source>Saved as “{text}”</source>
            <translation>حُفظ بصيغة «{text}»</translation>
        </message>
    </context>
    <context>
        <name>OrganisationTableModel</name>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>People</source>
            <translation>الأشخاص</translation>
        </message>
        <message>
            <source>%1 — double-click or press F2 to rename</source>
            <translation>%1 — انقر نقراً مزدوجاً أو اضغط F2 لإعادة التسمية</translation>
        </message>
    </context>
    <context>
        <name>OutcomeCharter</name>
        <message>
            <source>National</source>
            <translation>وطني</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>إقليمي</translation>
        </message>
        <message>
            <source>International</source>
            <translation>دولي</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>لم يبدأ</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>قيد التنفيذ</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>منفَّذة جزئياً</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>منفَّذة بالكامل</translation>
        </message>
        <message>
            <source>The charter needs a title before it is adopted.</source>
            <translation>يجب أن يكون للميثاق عنوان قبل اعتماده.</translation>
        </message>
        <message>
            <source>A charter is adopted for its priorities, and this one has none yet. Add at least one priority (from a cluster, from recommendations, or from a closed voting round).</source>
            <translation>يُعتمد الميثاق من أجل أولوياته، وهذا الميثاق لا يتضمن أي أولوية بعد. أضف أولوية واحدة على الأقل (من مجموعة مواضيعية، أو من توصيات، أو من جولة تصويت مغلقة).</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets]: {listed}; and {more} more.</source>
            <translation>لا يزال الميثاق يتضمن إرشادات النموذج بين [معقوفين]: {listed}؛ و{more} غيرها.</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets]: {listed}.</source>
            <translation>لا يزال الميثاق يتضمن إرشادات النموذج بين [معقوفين]: {listed}.</translation>
        </message>
        <message>
            <source>This workshop already has a charter. Starting again from a template replaces it (you can undo that).</source>
            <translation>لحلقة العمل هذه ميثاق بالفعل. البدء من جديد من نموذج يستبدله (ويمكنك التراجع عن ذلك).</translation>
        </message>
        <message>
            <source>a blank charter</source>
            <translation>ميثاق فارغ</translation>
        </message>
        <message>
            <source>Start the charter from {name}</source>
            <translation>بدء الميثاق من {name}</translation>
        </message>
        <message>
            <source>Replace the charter with {name}</source>
            <translation>استبدال الميثاق بـ{name}</translation>
        </message>
        <message>
            <source>Edit the charter</source>
            <translation>تعديل الميثاق</translation>
        </message>
        <message>
            <source>Add a section</source>
            <translation>إضافة قسم</translation>
        </message>
        <message>
            <source>This section is no longer in the charter.</source>
            <translation>لم يعد هذا القسم موجوداً في الميثاق.</translation>
        </message>
        <message>
            <source>Edit “{heading}”</source>
            <translation>تعديل «{heading}»</translation>
        </message>
        <message>
            <source>Edit a section</source>
            <translation>تعديل قسم</translation>
        </message>
        <message>
            <source>Delete the section “{heading}”</source>
            <translation>حذف القسم «{heading}»</translation>
        </message>
        <message>
            <source>Delete a section</source>
            <translation>حذف قسم</translation>
        </message>
        <message>
            <source>The priority needs a title.</source>
            <translation>يجب أن يكون للأولوية عنوان.</translation>
        </message>
        <message>
            <source>This cluster is no longer in the workshop.</source>
            <translation>لم تعد هذه المجموعة المواضيعية موجودة في حلقة العمل.</translation>
        </message>
        <message>
            <source>Add the priority “{title}”</source>
            <translation>إضافة الأولوية «{title}»</translation>
        </message>
        <message>
            <source>“{name}” is already priority {n} of the charter.</source>
            <translation>«{name}» هي بالفعل الأولوية {n} في الميثاق.</translation>
        </message>
        <message>
            <source>This priority is no longer in the charter.</source>
            <translation>لم تعد هذه الأولوية موجودة في الميثاق.</translation>
        </message>
        <message>
            <source>Edit the priority “{title}”</source>
            <translation>تعديل الأولوية «{title}»</translation>
        </message>
        <message>
            <source>Delete the priority “{title}”</source>
            <translation>حذف الأولوية «{title}»</translation>
        </message>
        <message>
            <source>Take at least the first priority: the number must be 1 or more.</source>
            <translation>خذ الأولوية الأولى على الأقل: يجب أن يكون الرقم 1 أو أكثر.</translation>
        </message>
        <message>
            <source>“{title}” has no candidates to take as priorities.</source>
            <translation>لا توجد في «{title}» خيارات يمكن اعتمادها كأولويات.</translation>
        </message>
        <message>
            <source>Priorities from “{title}”</source>
            <translation>الأولويات المأخوذة من «{title}»</translation>
        </message>
        <message>
            <source>Took {rows_count} priorities from the voting round “{title}” ({added} new)</source>
            <translation>أُخذت {rows_count} أولويات من جولة التصويت «{title}» ({added} جديدة)</translation>
        </message>
        <message>
            <source>The action point is empty.</source>
            <translation>نقطة العمل فارغة.</translation>
        </message>
        <message>
            <source>Add a {label} action point</source>
            <translation>إضافة نقطة عمل ({label})</translation>
        </message>
        <message>
            <source>This action point is no longer in the charter.</source>
            <translation>لم تعد نقطة العمل هذه موجودة في الميثاق.</translation>
        </message>
        <message>
            <source>The action point is empty. Delete it instead.</source>
            <translation>نقطة العمل فارغة. احذفها بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>Edit an action point</source>
            <translation>تعديل نقطة عمل</translation>
        </message>
        <message>
            <source>Delete an action point</source>
            <translation>حذف نقطة عمل</translation>
        </message>
        <message>
            <source>Add the endorsement of {organisation}</source>
            <translation>إضافة مصادقة {organisation}</translation>
        </message>
        <message>
            <source>This endorsement is no longer in the charter.</source>
            <translation>لم تعد هذه المصادقة موجودة في الميثاق.</translation>
        </message>
        <message>
            <source>Edit an endorsement</source>
            <translation>تعديل مصادقة</translation>
        </message>
        <message>
            <source>Edit the endorsement of {organisation}</source>
            <translation>تعديل مصادقة {organisation}</translation>
        </message>
        <message>
            <source>Delete the endorsement of {organisation}</source>
            <translation>حذف مصادقة {organisation}</translation>
        </message>
        <message>
            <source>No organisations are registered yet. Register the participants with their organisations first, or add endorsements one by one.</source>
            <translation>لم تُسجَّل أي منظمة بعد. سجِّل المشاركين مع منظماتهم أولاً، أو أضف المصادقات واحدة تلو الأخرى.</translation>
        </message>
        <message>
            <source>Every registered organisation is already in the list of endorsements.</source>
            <translation>جميع المنظمات المسجلة واردة بالفعل في قائمة المصادقات.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n endorsement(s) from the registered organisations</source>
            <translation>
                <numerusform>إضافة %n مصادقة من المنظمات المسجلة</numerusform>
                <numerusform>إضافة مصادقة واحدة من المنظمات المسجلة</numerusform>
                <numerusform>إضافة مصادقتين من المنظمات المسجلة</numerusform>
                <numerusform>إضافة %n مصادقات من المنظمات المسجلة</numerusform>
                <numerusform>إضافة %n مصادقة من المنظمات المسجلة</numerusform>
                <numerusform>إضافة %n مصادقة من المنظمات المسجلة</numerusform>
            </translation>
        </message>
        <message>
            <source>Say which part of the charter the comment is on.</source>
            <translation>حدِّد الجزء من الميثاق الذي يتعلق به التعليق.</translation>
        </message>
        <message>
            <source>The comment is empty.</source>
            <translation>التعليق فارغ.</translation>
        </message>
        <message>
            <source>This participant is no longer registered. Leave the comment anonymously instead.</source>
            <translation>لم يعد هذا المشارك مسجلاً. اترك التعليق دون ذكر الاسم بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>Add a comment</source>
            <translation>إضافة تعليق</translation>
        </message>
        <message>
            <source>This comment is no longer there.</source>
            <translation>لم يعد هذا التعليق موجوداً.</translation>
        </message>
        <message>
            <source>Resolve a comment</source>
            <translation>معالجة تعليق</translation>
        </message>
        <message>
            <source>Reopen a comment</source>
            <translation>إعادة فتح تعليق</translation>
        </message>
        <message>
            <source>Delete a comment</source>
            <translation>حذف تعليق</translation>
        </message>
        <message>
            <source>Give the version a name, such as “Draft after day 1”.</source>
            <translation>أعطِ الصيغة اسماً، مثل «مسودة بعد اليوم الأول».</translation>
        </message>
        <message>
            <source>There is no charter to save yet. Start one first.</source>
            <translation>لا يوجد ميثاق لحفظه بعد. ابدأ ميثاقاً أولاً.</translation>
        </message>
        <message>
            <source>Save the version “{name}”</source>
            <translation>حفظ الصيغة «{name}»</translation>
        </message>
        <message>
            <source>Restore the version “{name}”</source>
            <translation>استعادة الصيغة «{name}»</translation>
        </message>
        <message>
            <source>Give the date of adoption as a full date, such as 2025-03-14.</source>
            <translation>أدخِل تاريخ الاعتماد كاملاً، مثل 2025-03-14.</translation>
        </message>
        <message>
            <source>Say where the charter is adopted.</source>
            <translation>حدِّد مكان اعتماد الميثاق.</translation>
        </message>
        <message>
            <source>This charter was adopted on {adopted_on} in {adopted_at_place} and has not changed since.</source>
            <translation>اعتُمد هذا الميثاق بتاريخ {adopted_on} في {adopted_at_place} ولم يتغير منذ ذلك الحين.</translation>
        </message>
        <message>
            <source>1 of the chosen recommendations is no longer in the workshop (deleted since). Choose again.</source>
            <translation>توصية واحدة من التوصيات المختارة لم تعد موجودة في حلقة العمل (حُذفت منذ ذلك الحين). اختر مرة أخرى.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the chosen recommendations are no longer in the workshop (deleted since). Choose again.</source>
            <translation>
                <numerusform>%n توصية من التوصيات المختارة لم تعد موجودة في حلقة العمل (حُذفت منذ ذلك الحين). اختر مرة أخرى.</numerusform>
                <numerusform>توصية واحدة من التوصيات المختارة لم تعد موجودة في حلقة العمل (حُذفت منذ ذلك الحين). اختر مرة أخرى.</numerusform>
                <numerusform>توصيتان من التوصيات المختارة لم تعد موجودة في حلقة العمل (حُذفت منذ ذلك الحين). اختر مرة أخرى.</numerusform>
                <numerusform>%n توصيات من التوصيات المختارة لم تعد موجودة في حلقة العمل (حُذفت منذ ذلك الحين). اختر مرة أخرى.</numerusform>
                <numerusform>%n توصية من التوصيات المختارة لم تعد موجودة في حلقة العمل (حُذفت منذ ذلك الحين). اختر مرة أخرى.</numerusform>
                <numerusform>%n توصية من التوصيات المختارة لم تعد موجودة في حلقة العمل (حُذفت منذ ذلك الحين). اختر مرة أخرى.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{level}” is not a level: choose national, regional or international.</source>
            <translation>«{level}» ليس مستوى: اختر national (وطني) أو regional (إقليمي) أو international (دولي).</translation>
        </message>
        <message>
            <source>“{status}” is not an implementation status.</source>
            <translation>«{status}» ليست حالة تنفيذ.</translation>
        </message>
        <message>
            <source>Milestone {n}: “{due}” is not a date. Write the year, the year and month, or the full date: 2027, 2027-06 or 2027-06-30.</source>
            <translation>المرحلة الرئيسية {n}: «{due}» ليس تاريخاً. اكتب السنة، أو السنة والشهر، أو التاريخ كاملاً: 2027 أو 2027-06 أو 2027-06-30.</translation>
        </message>
        <message>
            <source>The endorsement needs the organisation's name, as it signs.</source>
            <translation>تحتاج المصادقة إلى اسم المنظمة، كما توقِّع به.</translation>
        </message>
        <message>
            <source>There is no saved version {version_id} of the charter.</source>
            <translation>لا توجد صيغة محفوظة من الميثاق برقم {version_id}.</translation>
        </message>
        <message>
            <source>“{value}” is not a level: choose national, regional or international.</source>
            <translation>«{value}» ليس مستوى: اختر national (وطني) أو regional (إقليمي) أو international (دولي).</translation>
        </message>
        <message>
            <source>Edit the charter's details</source>
            <translation>تعديل تفاصيل الميثاق</translation>
        </message>
        <message>
            <source>Edit the charter's title</source>
            <translation>تعديل عنوان الميثاق</translation>
        </message>
        <message>
            <source>Edit the charter's place</source>
            <translation>تعديل مكان الميثاق</translation>
        </message>
        <message>
            <source>Edit the charter's dates</source>
            <translation>تعديل تواريخ الميثاق</translation>
        </message>
        <message>
            <source>Edit the charter's organisers</source>
            <translation>تعديل الجهات المنظِّمة للميثاق</translation>
        </message>
        <message>
            <source>Edit the charter's preamble</source>
            <translation>تعديل ديباجة الميثاق</translation>
        </message>
        <message>
            <source>Edit the charter's monitoring arrangement</source>
            <translation>تعديل ترتيبات رصد الميثاق</translation>
        </message>
        <message>
            <source>Move a section</source>
            <translation>نقل قسم</translation>
        </message>
        <message>
            <source>Move a priority</source>
            <translation>نقل أولوية</translation>
        </message>
        <message>
            <source>Move an action point</source>
            <translation>نقل نقطة عمل</translation>
        </message>
        <message>
            <source>Move an endorsement</source>
            <translation>نقل مصادقة</translation>
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
            <translation>{name}  (صوَّت)</translation>
        </message>
        <message>
            <source>{name}  (no organisation)</source>
            <translation>{name}  (دون منظمة)</translation>
        </message>
        <message>
            <source>Paper ballots: %1</source>
            <translation>بطاقات الاقتراع الورقية: %1</translation>
        </message>
        <message>
            <source>Enter paper ballots</source>
            <translation>إدخال بطاقات الاقتراع الورقية</translation>
        </message>
        <message>
            <source>“%1” · %2</source>
            <translation>«%1» · %2</translation>
        </message>
        <message>
            <source>Whose ballot is this?</source>
            <translation>لمن بطاقة الاقتراع هذه؟</translation>
        </message>
        <message>
            <source>Find a name</source>
            <translation>البحث عن اسم</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Secret round: the ballot is saved with no link to the person; only that they have voted is recorded.</source>
            <translation>جولة سرية: تُحفظ بطاقة الاقتراع دون أي صلة بالشخص؛ ولا يُسجَّل إلا أنه صوَّت.</translation>
        </message>
        <message>
            <source>Open round: the ballot is recorded with the person's name.</source>
            <translation>جولة علنية: تُسجَّل بطاقة الاقتراع مع اسم الشخص.</translation>
        </message>
        <message>
            <source>Ballot code on the paper, e.g. K7QP4-XMD2A</source>
            <translation>رمز الاقتراع المدوَّن على الورقة، مثل K7QP4-XMD2A</translation>
        </message>
        <message>
            <source>Ballot code</source>
            <translation>رمز الاقتراع</translation>
        </message>
        <message>
            <source>Ballot code written on this paper ballot</source>
            <translation>رمز الاقتراع المكتوب على بطاقة الاقتراع الورقية هذه</translation>
        </message>
        <message>
            <source>Ballot-code round: the code is spent with the ballot, and nobody's name is recorded. A paper ballot without a valid, unused code can't be entered.</source>
            <translation>جولة برموز الاقتراع: يُستنفد الرمز مع بطاقة الاقتراع، ولا يُسجَّل اسم أحد. ولا يمكن إدخال بطاقة اقتراع ورقية ليس عليها رمز صالح غير مستخدم.</translation>
        </message>
        <message>
            <source>Clear this ballot</source>
            <translation>مسح بطاقة الاقتراع هذه</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>إغلاق</translation>
        </message>
        <message>
            <source>Save paper ballot</source>
            <translation>حفظ بطاقة الاقتراع الورقية</translation>
        </message>
        <message numerus="yes">
            <source>%n paper ballot(s) saved here</source>
            <translation>
                <numerusform>لم تُحفظ هنا أي بطاقة اقتراع ورقية</numerusform>
                <numerusform>بطاقة اقتراع ورقية واحدة محفوظة هنا</numerusform>
                <numerusform>بطاقتا اقتراع ورقيتان محفوظتان هنا</numerusform>
                <numerusform>%n بطاقات اقتراع ورقية محفوظة هنا</numerusform>
                <numerusform>%n بطاقة اقتراع ورقية محفوظة هنا</numerusform>
                <numerusform>%n بطاقة اقتراع ورقية محفوظة هنا</numerusform>
            </translation>
        </message>
        <message>
            <source>Pick whose ballot this is first, in the list on the left.</source>
            <translation>اختر أولاً صاحب بطاقة الاقتراع هذه، من القائمة في الجهة اليمنى.</translation>
        </message>
        <message>
            <source>✓ Saved the paper ballot of %1. Enter the next one.</source>
            <translation>✓ حُفظت بطاقة الاقتراع الورقية لـ %1. أدخِل البطاقة التالية.</translation>
        </message>
        <message>
            <source>Type the ballot code written on the paper ballot first.</source>
            <translation>اكتب أولاً رمز الاقتراع المكتوب على بطاقة الاقتراع الورقية.</translation>
        </message>
        <message>
            <source>✓ Saved the paper ballot. Enter the next one.</source>
            <translation>✓ حُفظت بطاقة الاقتراع الورقية. أدخِل البطاقة التالية.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Edit participant</source>
            <translation>تعديل مشارك</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>إضافة مشارك</translation>
        </message>
        <message>
            <source>Participant %1 · kiosk code %2</source>
            <translation>المشارك %1 · رمز الكشك %2</translation>
        </message>
        <message>
            <source>Record only what the workshop needs. Someone who would rather not be named can be recorded by number or alias.</source>
            <translation>لا تسجِّل إلا ما تحتاج إليه حلقة العمل. ومن يفضِّل عدم ذكر اسمه يمكن تسجيله برقم أو باسم مستعار.</translation>
        </message>
        <message>
            <source>Record by number or alias only — store nothing identifying</source>
            <translation>التسجيل برقم أو اسم مستعار فقط — دون تخزين أي بيانات تكشف الهوية</translation>
        </message>
        <message>
            <source>Name, organisation, focus and contact are left empty and are never saved. Outputs show “Participant %1” or the alias.</source>
            <translation>يُترك الاسم والمنظمة ومجال التركيز وجهة الاتصال فارغة ولا تُحفظ أبداً. وتعرض المخرجات «المشارك %1» أو الاسم المستعار.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>الاسم الكامل</translation>
        </message>
        <message>
            <source>Choose or type an organisation</source>
            <translation>اختر منظمة أو اكتب اسمها</translation>
        </message>
        <message>
            <source>e.g. women’s rights, disability, land</source>
            <translation>مثلاً: حقوق المرأة، الإعاقة، الأراضي</translation>
        </message>
        <message>
            <source>Optional: phone or e-mail, only if you will follow up</source>
            <translation>اختياري: الهاتف أو البريد الإلكتروني، فقط إذا كنت ستتابع</translation>
        </message>
        <message>
            <source>May be named in printed and exported outputs</source>
            <translation>يجوز ذكر الاسم في المخرجات المطبوعة والمُصدَّرة</translation>
        </message>
        <message>
            <source>Without consent, outputs show “Participant %1” instead of the name.</source>
            <translation>دون موافقة، تعرض المخرجات «المشارك %1» بدلاً من الاسم.</translation>
        </message>
        <message>
            <source>Optional, e.g. “Delegate B”</source>
            <translation>اختياري، مثل «المندوب ب»</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>المجال المواضيعي</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>الاسم المستعار</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>حفظ التغييرات</translation>
        </message>
        <message>
            <source>Write the person’s name, or switch on “Record by number or alias only”.</source>
            <translation>اكتب اسم الشخص، أو فعِّل «التسجيل برقم أو اسم مستعار فقط».</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>No.</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>الاسم</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>المجال المواضيعي</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>جهة الاتصال</translation>
        </message>
        <message>
            <source>Named in outputs</source>
            <translation>مذكور بالاسم في المخرجات</translation>
        </message>
        <message>
            <source>Kiosk code</source>
            <translation>رمز الكشك</translation>
        </message>
        <message>
            <source>Whether printed and exported outputs may use the person’s name</source>
            <translation>ما إذا كان يجوز أن تستخدم المخرجات المطبوعة والمُصدَّرة اسم الشخص</translation>
        </message>
        <message>
            <source>The personal code the participant types at the voting laptop</source>
            <translation>الرمز الشخصي الذي يكتبه المشارك على حاسوب التصويت المحمول</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>فارغ</translation>
        </message>
        <message>
            <source>Participant %1</source>
            <translation>المشارك %1</translation>
        </message>
        <message>
            <source>No · by alias</source>
            <translation>لا · باسم مستعار</translation>
        </message>
        <message>
            <source>No · by number</source>
            <translation>لا · برقم</translation>
        </message>
        <message>
            <source>No</source>
            <translation>لا</translation>
        </message>
        <message>
            <source>Yes · anonymised</source>
            <translation>نعم · مُغفَل الهوية</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>نعم</translation>
        </message>
        <message>
            <source>Recorded by number or alias only: nothing identifying is stored.</source>
            <translation>مسجَّل برقم أو اسم مستعار فقط: لا يُخزَّن أي شيء يكشف الهوية.</translation>
        </message>
        <message>
            <source>Outputs name them as: %1</source>
            <translation>تذكره المخرجات باسم: %1</translation>
        </message>
        <message>
            <source>Typed at the voting laptop. Case, spaces and dashes don’t matter.</source>
            <translation>يُكتب على حاسوب التصويت المحمول. لا أهمية لحالة الأحرف ولا للمسافات ولا للشرطات.</translation>
        </message>
    </context>
    <context>
        <name>Participants</name>
        <message>
            <source>Participant {number}</source>
            <translation>المشارك {number}</translation>
        </message>
        <message>
            <source>The name is too long ({length} characters; at most {most}).</source>
            <translation>الاسم طويل جداً ({length} حرفاً؛ والحد الأقصى {most}).</translation>
        </message>
        <message>
            <source>The alias is too long ({length} characters; at most {most}).</source>
            <translation>الاسم المستعار طويل جداً ({length} حرفاً؛ والحد الأقصى {most}).</translation>
        </message>
        <message>
            <source>The organisation is too long ({length} characters; at most {most}).</source>
            <translation>اسم المنظمة طويل جداً ({length} حرفاً؛ والحد الأقصى {most}).</translation>
        </message>
        <message>
            <source>The thematic focus is too long ({length} characters; at most {most}).</source>
            <translation>المجال المواضيعي طويل جداً ({length} حرفاً؛ والحد الأقصى {most}).</translation>
        </message>
        <message>
            <source>The contact is too long ({length} characters; at most {most}).</source>
            <translation>بيانات الاتصال طويلة جداً ({length} حرفاً؛ والحد الأقصى {most}).</translation>
        </message>
        <message>
            <source>A participant recorded by number or alias only keeps no organisation, focus or contact.</source>
            <translation>المشارك المسجَّل برقم أو اسم مستعار فقط لا يُحفظ له منظمة ولا مجال مواضيعي ولا بيانات اتصال.</translation>
        </message>
        <message numerus="yes">
            <source>Added %n participant(s) from {file}.</source>
            <translation>
                <numerusform>أُضيف %n مشارك من {file}.</numerusform>
                <numerusform>أُضيف مشارك واحد من {file}.</numerusform>
                <numerusform>أُضيف مشاركان من {file}.</numerusform>
                <numerusform>أُضيف %n مشاركين من {file}.</numerusform>
                <numerusform>أُضيف %n مشاركاً من {file}.</numerusform>
                <numerusform>أُضيف %n مشارك من {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{added} %n already registered (same name and organisation) were not added again.</source>
            <translation>
                <numerusform>{added} ولم يُضف مرة أخرى أي مشارك مسجل بالفعل (%n).</numerusform>
                <numerusform>{added} ولم يُضف مرة أخرى مشارك واحد مسجل بالفعل (الاسم والمنظمة نفسهما).</numerusform>
                <numerusform>{added} ولم يُضف مرة أخرى مشاركان مسجلان بالفعل (الاسم والمنظمة نفسهما).</numerusform>
                <numerusform>{added} ولم يُضف مرة أخرى %n مشاركين مسجلين بالفعل (الاسم والمنظمة نفسهما).</numerusform>
                <numerusform>{added} ولم يُضف مرة أخرى %n مشاركاً مسجلاً بالفعل (الاسم والمنظمة نفسهما).</numerusform>
                <numerusform>{added} ولم يُضف مرة أخرى %n مشارك مسجل بالفعل (الاسم والمنظمة نفسهما).</numerusform>
            </translation>
        </message>
        <message>
            <source>Add participant {label}</source>
            <translation>إضافة المشارك {label}</translation>
        </message>
        <message>
            <source>This participant is no longer registered.</source>
            <translation>لم يعد هذا المشارك مسجلاً.</translation>
        </message>
        <message>
            <source>Edit participant {label}</source>
            <translation>تعديل المشارك {label}</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n participant(s)</source>
            <translation>
                <numerusform>إزالة %n مشارك</numerusform>
                <numerusform>إزالة مشارك واحد</numerusform>
                <numerusform>إزالة مشاركَين</numerusform>
                <numerusform>إزالة %n مشاركين</numerusform>
                <numerusform>إزالة %n مشاركاً</numerusform>
                <numerusform>إزالة %n مشارك</numerusform>
            </translation>
        </message>
        <message>
            <source>{listed} took part in a vote, so the record of who voted would break. Participants who voted stay registered.</source>
            <translation>شارك {listed} في تصويت، ولذلك فإن الإزالة ستُخل بسجل من صوَّتوا. يبقى المشاركون الذين صوَّتوا مسجلين.</translation>
        </message>
        <message>
            <source>Import participants from {source_file}</source>
            <translation>استيراد المشاركين من {source_file}</translation>
        </message>
        <message>
            <source>The organisation needs a name.</source>
            <translation>يجب أن يكون للمنظمة اسم.</translation>
        </message>
        <message>
            <source>“{name}” of “{organisation}” is already registered (participant {number}).</source>
            <translation>«{name}» من «{organisation}» مسجَّل بالفعل (المشارك {number}).</translation>
        </message>
        <message>
            <source>“{name}” is already registered (participant {number}).</source>
            <translation>«{name}» مسجَّل بالفعل (المشارك {number}).</translation>
        </message>
        <message>
            <source>“{label}”: {problems} Nothing was added.</source>
            <translation>«{label}»: {problems} لم يُضَف أي شيء.</translation>
        </message>
        <message>
            <source>“{name}” is already in the list.</source>
            <translation>«{name}» موجود بالفعل في القائمة.</translation>
        </message>
        <message>
            <source>Add organisation {name}</source>
            <translation>إضافة المنظمة {name}</translation>
        </message>
        <message>
            <source>This organisation is no longer in the list.</source>
            <translation>لم تعد هذه المنظمة موجودة في القائمة.</translation>
        </message>
        <message>
            <source>Rename organisation {name}</source>
            <translation>إعادة تسمية المنظمة {name}</translation>
        </message>
        <message>
            <source>{name} voted in a round as an organisation, so it stays in the list.</source>
            <translation>صوَّتت {name} في جولة بصفتها منظمة، ولذلك تبقى في القائمة.</translation>
        </message>
        <message numerus="yes">
            <source>{name} has %n registered participant(s). Move or remove them first.</source>
            <translation>
                <numerusform>لدى {name} %n مشارك مسجل. انقلهم أو أزلهم أولاً.</numerusform>
                <numerusform>لدى {name} مشارك مسجل واحد. انقله أو أزله أولاً.</numerusform>
                <numerusform>لدى {name} مشاركان مسجلان. انقلهما أو أزلهما أولاً.</numerusform>
                <numerusform>لدى {name} %n مشاركين مسجلين. انقلهم أو أزلهم أولاً.</numerusform>
                <numerusform>لدى {name} %n مشاركاً مسجلاً. انقلهم أو أزلهم أولاً.</numerusform>
                <numerusform>لدى {name} %n مشارك مسجل. انقلهم أو أزلهم أولاً.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove organisation {name}</source>
            <translation>إزالة المنظمة {name}</translation>
        </message>
        <message>
            <source>Anonymise names in outputs</source>
            <translation>إغفال الأسماء في المخرجات</translation>
        </message>
        <message>
            <source>Name consenting participants in outputs</source>
            <translation>ذكر أسماء المشاركين الموافقين في المخرجات</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Participants</source>
            <translation>المشاركون</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>إضافة مشارك</translation>
        </message>
        <message>
            <source>Register someone by hand</source>
            <translation>تسجيل شخص يدوياً</translation>
        </message>
        <message>
            <source>Import attendance list…</source>
            <translation>استيراد قائمة الحضور…</translation>
        </message>
        <message>
            <source>Add everyone from a sign-in sheet saved as CSV or Excel</source>
            <translation>إضافة جميع من في ورقة تسجيل الحضور المحفوظة بصيغة CSV أو Excel</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>تعديل</translation>
        </message>
        <message>
            <source>Edit the selected participant (Enter)</source>
            <translation>تعديل المشارك المحدد (Enter)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>إزالة</translation>
        </message>
        <message>
            <source>Remove the selected participants (Del)</source>
            <translation>إزالة المشاركين المحددين (Del)</translation>
        </message>
        <message>
            <source>Anonymise names in every output</source>
            <translation>إغفال الأسماء في جميع المخرجات</translation>
        </message>
        <message>
            <source>PDFs, exports and the projector then show “Participant 7” instead of names, even for people who agreed to be named. Names stay on this page only.</source>
            <translation>عندئذ تعرض ملفات PDF والملفات المُصدَّرة وجهاز العرض «المشارك 7» بدلاً من الأسماء، حتى بالنسبة إلى من وافقوا على ذكر أسمائهم. ولا تبقى الأسماء إلا في هذه الصفحة.</translation>
        </message>
        <message>
            <source>Search names, organisations, focus, codes…</source>
            <translation>البحث في الأسماء والمنظمات ومجالات التركيز والرموز…</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>البحث في المشاركين</translation>
        </message>
        <message>
            <source>ORGANISATIONS</source>
            <translation>المنظمات</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>المنظمات</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>منظمة جديدة</translation>
        </message>
        <message>
            <source>Name of a new organisation</source>
            <translation>اسم منظمة جديدة</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>إضافة</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>إعادة تسمية</translation>
        </message>
        <message>
            <source>Rename the selected organisation (F2)</source>
            <translation>إعادة تسمية المنظمة المحددة (F2)</translation>
        </message>
        <message>
            <source>Remove the selected organisation</source>
            <translation>إزالة المنظمة المحددة</translation>
        </message>
        <message>
            <source>Nobody is registered yet</source>
            <translation>لم يُسجَّل أحد بعد</translation>
        </message>
        <message>
            <source>Nobody registered yet</source>
            <translation>لم يُسجَّل أحد بعد</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n مشارك</numerusform>
                <numerusform>مشارك واحد</numerusform>
                <numerusform>مشاركان</numerusform>
                <numerusform>%n مشاركين</numerusform>
                <numerusform>%n مشاركاً</numerusform>
                <numerusform>%n مشارك</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n منظمة</numerusform>
                <numerusform>منظمة واحدة</numerusform>
                <numerusform>منظمتان</numerusform>
                <numerusform>%n منظمات</numerusform>
                <numerusform>%n منظمة</numerusform>
                <numerusform>%n منظمة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recorded by number or alias</source>
            <translation>
                <numerusform>%n مسجَّلون برقم أو اسم مستعار</numerusform>
                <numerusform>واحد مسجَّل برقم أو اسم مستعار</numerusform>
                <numerusform>اثنان مسجَّلان برقم أو اسم مستعار</numerusform>
                <numerusform>%n مسجَّلين برقم أو اسم مستعار</numerusform>
                <numerusform>%n مسجَّلاً برقم أو اسم مستعار</numerusform>
                <numerusform>%n مسجَّل برقم أو اسم مستعار</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participants removed. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>لم يُزل أي مشارك (%n). للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُزيل مشارك واحد. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُزيل مشاركان. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُزيل %n مشاركين. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُزيل %n مشاركاً. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُزيل %n مشارك. للتراجع اضغط Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation>عرض %1 من أصل %2</translation>
        </message>
        <message>
            <source>Nobody matches “%1”.</source>
            <translation>لا أحد يطابق «%1».</translation>
        </message>
        <message>
            <source>This workshop is read-only, so nobody can be registered in it. Save a copy to register the participants there.</source>
            <translation>حلقة العمل هذه للقراءة فقط، ولذلك لا يمكن تسجيل أحد فيها. احفظ نسخة لتسجيل المشاركين فيها.</translation>
        </message>
        <message>
            <source>Register the people taking part so that they can vote at the shared laptop with a personal code. Add them one by one, or import the sign-in sheet you already have.

Anyone can be recorded by number or alias only, and nobody is named in an output without their consent.</source>
            <translation>سجِّل الأشخاص المشاركين ليتمكنوا من التصويت على الحاسوب المحمول المشترك برمز شخصي. أضفهم واحداً تلو الآخر، أو استورد ورقة تسجيل الحضور المتوفرة لديك.

يمكن تسجيل أي شخص برقم أو اسم مستعار فقط، ولا يُذكر اسم أحد في أي من المخرجات دون موافقته.</translation>
        </message>
        <message>
            <source>Yes · anonymised</source>
            <translation>نعم · مُغفَل الهوية</translation>
        </message>
        <message>
            <source>%1 registered. Undo with Ctrl+Z.</source>
            <translation>سُجِّل %1. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>%1 registered. The search hides them.</source>
            <translation>سُجِّل %1. البحث الحالي يخفيه.</translation>
        </message>
        <message>
            <source>Participant saved.</source>
            <translation>حُفظ المشارك.</translation>
        </message>
        <message>
            <source>this participant</source>
            <translation>هذا المشارك</translation>
        </message>
        <message>
            <source>Remove %1 from the participants? Their kiosk code stops working. You can undo this with Ctrl+Z.</source>
            <translation>هل تريد إزالة %1 من المشاركين؟ سيتوقف رمز الكشك الخاص به عن العمل. يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
        </message>
        <message>
            <source>Remove %1 participants? Their kiosk codes stop working. You can undo this with Ctrl+Z.</source>
            <translation>هل تريد إزالة المشاركين (العدد: %1)؟ ستتوقف رموز الكشك الخاصة بهم عن العمل. يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
        </message>
        <message>
            <source>Remove participants</source>
            <translation>إزالة المشاركين</translation>
        </message>
        <message>
            <source>Participant removed. Undo with Ctrl+Z.</source>
            <translation>أُزيل المشارك. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Import attendance list</source>
            <translation>استيراد قائمة الحضور</translation>
        </message>
        <message>
            <source>“%1” could not be read: %2</source>
            <translation>تعذرت قراءة «%1»: %2</translation>
        </message>
        <message>
            <source>Organisation added. Undo with Ctrl+Z.</source>
            <translation>أُضيفت المنظمة. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Organisation renamed. Undo with Ctrl+Z.</source>
            <translation>أُعيدت تسمية المنظمة. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>%1 removed from the list. Undo with Ctrl+Z.</source>
            <translation>أُزيلت %1 من القائمة. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Every output now shows “Participant 7” instead of names. Undo with Ctrl+Z.</source>
            <translation>تعرض جميع المخرجات الآن «المشارك 7» بدلاً من الأسماء. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Outputs now name the participants who agreed to be named. Undo with Ctrl+Z.</source>
            <translation>تذكر المخرجات الآن أسماء المشاركين الذين وافقوا على ذكر أسمائهم. للتراجع اضغط Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>Too short: use at least {count} characters. Four or five unrelated words are easy to remember and hard to guess.</source>
            <translation>قصيرة جداً: يجب ألا يقل عدد الأحرف عن {count}. فأربع أو خمس كلمات لا رابط بينها سهلة التذكر وصعبة التخمين.</translation>
        </message>
        <message>
            <source>Too easy to guess: it repeats the same few characters.</source>
            <translation>سهلة التخمين جداً: فهي تكرر الأحرف القليلة نفسها.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>قوية.</translation>
        </message>
        <message>
            <source>Fair. A longer passphrase, such as four or five unrelated words, is much harder to guess.</source>
            <translation>مقبولة. فعبارة المرور الأطول، مثل أربع أو خمس كلمات لا رابط بينها، أصعب في التخمين بكثير.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>عبارة المرور</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>عبارة المرور مرة أخرى</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>اكتبها مرة أخرى</translation>
        </message>
        <message>
            <source>At least {count} characters. Four or five unrelated words work well.</source>
            <translation>لا يقل عدد الأحرف عن {count}. وأربع أو خمس كلمات لا رابط بينها خيار جيد.</translation>
        </message>
        <message>
            <source>Type a passphrase.</source>
            <translation>اكتب عبارة مرور.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Type them again.</source>
            <translation>عبارتا المرور غير متطابقتين. اكتبهما مرة أخرى.</translation>
        </message>
        <message>
            <source>There is no way to recover this workshop without the passphrase or the recovery key. Keep the passphrase in your head or a password manager, and the recovery key in a safe place away from this computer.</source>
            <translation>لا توجد أي وسيلة لاسترداد حلقة العمل هذه دون عبارة المرور أو مفتاح الاسترداد. احفظ عبارة المرور في ذاكرتك أو في برنامج لإدارة كلمات المرور، واحفظ مفتاح الاسترداد في مكان آمن بعيداً عن هذا الحاسوب.</translation>
        </message>
    </context>
    <context>
        <name>PdfTooLong</name>
        <message>
            <source>A text is too long to fit on one page of the charter, near page {page}, so it could not be printed.</source>
            <translation>يوجد نص أطول من أن يتسع في صفحة واحدة من الميثاق، قرب الصفحة {page}، لذا تعذرت طباعته.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the charter, so it could not be printed.</source>
            <translation>يوجد نص أطول من أن يتسع في صفحة واحدة من الميثاق، لذا تعذرت طباعته.</translation>
        </message>
        <message>
            <source>Shorten the longest text in the charter (a priority's plan, a milestone, an organisation's name) or break it into several lines, then print again.</source>
            <translation>اختصر أطول نص في الميثاق (خطة إحدى الأولويات، أو مرحلة، أو اسم منظمة) أو قسّمه على عدة أسطر، ثم اطبع من جديد.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the handout, near page {page}, so it could not be printed.</source>
            <translation>يوجد نص أطول من أن يتسع في صفحة واحدة من نشرة التوصيات، قرب الصفحة {page}، لذا تعذرت طباعتها.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the handout, so it could not be printed.</source>
            <translation>يوجد نص أطول من أن يتسع في صفحة واحدة من نشرة التوصيات، لذا تعذرت طباعتها.</translation>
        </message>
        <message>
            <source>Shorten the longest recommendation text (open it from the Review step), then print again.</source>
            <translation>اختصر أطول نص توصية (افتحه من خطوة الاستعراض)، ثم اطبع من جديد.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the paper ballots, near page {page}, so it could not be printed.</source>
            <translation>يوجد نص أطول من أن يتسع في صفحة واحدة من بطاقات الاقتراع الورقية، قرب الصفحة {page}، لذا تعذرت طباعتها.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the paper ballots, so it could not be printed.</source>
            <translation>يوجد نص أطول من أن يتسع في صفحة واحدة من بطاقات الاقتراع الورقية، لذا تعذرت طباعتها.</translation>
        </message>
        <message>
            <source>Shorten the longest text on the ballot, then print again.</source>
            <translation>اختصر أطول نص في بطاقة الاقتراع، ثم اطبع من جديد.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the results report, near page {page}, so it could not be printed.</source>
            <translation>يوجد نص أطول من أن يتسع في صفحة واحدة من تقرير النتائج، قرب الصفحة {page}، لذا تعذرت طباعته.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the results report, so it could not be printed.</source>
            <translation>يوجد نص أطول من أن يتسع في صفحة واحدة من تقرير النتائج، لذا تعذرت طباعته.</translation>
        </message>
        <message>
            <source>The results themselves are safe: save them as a spreadsheet from the Results step instead.</source>
            <translation>النتائج نفسها محفوظة: احفظها بدلاً من ذلك كجدول بيانات من خطوة النتائج.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the mid-term report, near page {page}, so it could not be printed.</source>
            <translation>يوجد نص أطول من أن يتسع في صفحة واحدة من تقرير منتصف المدة، قرب الصفحة {page}، لذا تعذرت طباعته.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the mid-term report, so it could not be printed.</source>
            <translation>يوجد نص أطول من أن يتسع في صفحة واحدة من تقرير منتصف المدة، لذا تعذرت طباعته.</translation>
        </message>
        <message>
            <source>Shorten the longest justification or evidence title (in the Follow-up step), then print again.</source>
            <translation>اختصر أطول مبرر أو عنوان دليل (في خطوة المتابعة)، ثم اطبع من جديد.</translation>
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
            <translation>الطباعة والتصدير</translation>
        </message>
        <message>
            <source>See each document as it will print, in any script, then print it, save it as a PDF or export the plan.</source>
            <translation>اطلع على كل وثيقة كما ستُطبع، بأي نظام كتابة، ثم اطبعها أو احفظها بصيغة PDF أو صدِّر الخطة.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>تصدير</translation>
        </message>
        <message>
            <source>The implementation plan as a spreadsheet, the charter as a Word document, or a file for IMPACT OSS</source>
            <translation>خطة التنفيذ بوصفها جدول بيانات، أو الميثاق بوصفه مستند Word، أو ملف لنظام IMPACT OSS</translation>
        </message>
        <message>
            <source>Implementation matrix (Excel)…</source>
            <translation>مصفوفة التنفيذ (Excel)…</translation>
        </message>
        <message>
            <source>Each priority with the recommendations it cites and its plan, to track implementation</source>
            <translation>كل أولوية مع التوصيات التي تستشهد بها وخطتها، لتتبع التنفيذ</translation>
        </message>
        <message>
            <source>Implementation matrix (CSV)…</source>
            <translation>مصفوفة التنفيذ (CSV)…</translation>
        </message>
        <message>
            <source>The same matrix as a CSV file, for any spreadsheet or database</source>
            <translation>المصفوفة نفسها بوصفها ملف CSV، لأي جدول بيانات أو قاعدة بيانات</translation>
        </message>
        <message>
            <source>Charter as a Word document…</source>
            <translation>الميثاق بوصفه مستند Word…</translation>
        </message>
        <message>
            <source>The charter as it stands, to finish or lay out in Word</source>
            <translation>الميثاق بصيغته الحالية، لإكماله أو تنسيقه في Word</translation>
        </message>
        <message>
            <source>All recommendations for IMPACT OSS (CSV)…</source>
            <translation>جميع التوصيات لنظام IMPACT OSS (CSV)…</translation>
        </message>
        <message>
            <source>A file IMPACT OSS imports, to track the recommendations there</source>
            <translation>ملف يستورده نظام IMPACT OSS، لتتبع التوصيات فيه</translation>
        </message>
        <message>
            <source>Recommendations the charter cites, for IMPACT OSS (CSV)…</source>
            <translation>التوصيات التي يستشهد بها الميثاق، لنظام IMPACT OSS (CSV)…</translation>
        </message>
        <message>
            <source>Only the recommendations the charter's priorities cite</source>
            <translation>التوصيات التي تستشهد بها أولويات الميثاق فقط</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>حفظ بصيغة PDF…</translation>
        </message>
        <message>
            <source>Save the document shown as a PDF file (Ctrl+S)</source>
            <translation>حفظ الوثيقة المعروضة بوصفها ملف PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>طباعة…</translation>
        </message>
        <message>
            <source>Print the document shown (Ctrl+P). On Linux and macOS the printer gets the PDF itself; elsewhere each page goes as an image at up to 600 dpi. The printer's own settings still apply.</source>
            <translation>طباعة الوثيقة المعروضة (Ctrl+P). في نظامي Linux وmacOS تتلقى الطابعة ملف PDF نفسه؛ وفي غيرهما تُرسل كل صفحة بوصفها صورة بدقة تصل إلى 600 نقطة في البوصة. وتظل إعدادات الطابعة نفسها سارية.</translation>
        </message>
        <message>
            <source>DOCUMENT</source>
            <translation>الوثيقة</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>الوثائق</translation>
        </message>
        <message>
            <source>DOCUMENTS IN</source>
            <translation>لغة الوثائق</translation>
        </message>
        <message>
            <source>Documents' language</source>
            <translation>لغة الوثائق</translation>
        </message>
        <message>
            <source>The language of the headings, labels, dates and response words of every document and export. What people wrote stays as written.</source>
            <translation>لغة العناوين والتسميات والتواريخ وألفاظ الردود في كل وثيقة وكل ملف مصدَّر. أما ما كتبه الأشخاص فيبقى كما كُتب.</translation>
        </message>
        <message>
            <source>PAPER</source>
            <translation>الورق</translation>
        </message>
        <message>
            <source>A4</source>
            <translation>A4</translation>
        </message>
        <message>
            <source>US Letter</source>
            <translation>US Letter</translation>
        </message>
        <message>
            <source>210 × 297 mm, used in most of the world</source>
            <translation>210 × 297 مم، المستخدم في معظم أنحاء العالم</translation>
        </message>
        <message>
            <source>8.5 × 11 inches, used in the Americas and the Philippines</source>
            <translation>8.5 × 11 بوصة، المستخدم في الأمريكتين والفلبين</translation>
        </message>
        <message>
            <source>GROUP THE RECOMMENDATIONS BY</source>
            <translation>تجميع التوصيات حسب</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>المجموعة المواضيعية</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>الموضوع</translation>
        </message>
        <message>
            <source>In the clusters made in the Clusters step</source>
            <translation>في المجموعات المواضيعية المُنشأة في خطوة «المجموعات المواضيعية»</translation>
        </message>
        <message>
            <source>By each recommendation's first theme</source>
            <translation>حسب الموضوع الأول لكل توصية</translation>
        </message>
        <message>
            <source>BLANK BALLOTS</source>
            <translation>بطاقات اقتراع فارغة</translation>
        </message>
        <message>
            <source>Blank ballots</source>
            <translation>بطاقات اقتراع فارغة</translation>
        </message>
        <message>
            <source>Unnamed sheets for people who join on the day.</source>
            <translation>أوراق بلا أسماء لمن ينضمون في اليوم نفسه.</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>تصغير</translation>
        </message>
        <message>
            <source>Zoom: Ctrl and the mouse wheel change it too</source>
            <translation>التكبير: يمكن تغييره أيضاً بمفتاح Ctrl وعجلة الفأرة</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>تكبير</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>ملاءمة العرض</translation>
        </message>
        <message>
            <source>Fit the page to the width of the preview</source>
            <translation>ملاءمة الصفحة لعرض المعاينة</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>الصفحة السابقة</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>الصفحة التالية</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>الصفحة</translation>
        </message>
        <message>
            <source>Preparing the preview</source>
            <translation>جارٍ إعداد المعاينة</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>المعاينة</translation>
        </message>
        <message>
            <source>Recommendation handout</source>
            <translation>نشرة التوصيات</translation>
        </message>
        <message>
            <source>Paper ballots: %1</source>
            <translation>بطاقات الاقتراع الورقية: %1</translation>
        </message>
        <message>
            <source>Results: %1</source>
            <translation>النتائج: %1</translation>
        </message>
        <message>
            <source>Outcome charter</source>
            <translation>الميثاق الختامي</translation>
        </message>
        <message>
            <source>Mid-term report</source>
            <translation>تقرير منتصف المدة</translation>
        </message>
        <message>
            <source>What participants read before voting</source>
            <translation>ما يقرؤه المشاركون قبل التصويت</translation>
        </message>
        <message>
            <source>One sheet per participant, to vote on paper</source>
            <translation>ورقة واحدة لكل مشارك، للتصويت على الورق</translation>
        </message>
        <message>
            <source>Ranking, turnout and any ties</source>
            <translation>الترتيب ونسبة المشاركة وأي تعادل</translation>
        </message>
        <message>
            <source>Priorities and plan, with space to sign</source>
            <translation>الأولويات والخطة، مع مكان للتوقيع</translation>
        </message>
        <message>
            <source>Follow-up: where implementation stands, with the evidence</source>
            <translation>المتابعة: أين وصل التنفيذ، مع الأدلة</translation>
        </message>
        <message>
            <source>The documents could not be listed</source>
            <translation>تعذر سرد الوثائق</translation>
        </message>
        <message>
            <source>{choice}, not available: {reason}</source>
            <translation>{choice}، غير متاح: {reason}</translation>
        </message>
        <message>
            <source>Nothing to print yet</source>
            <translation>لا يوجد ما يُطبع بعد</translation>
        </message>
        <message>
            <source>Import the recommendations in the Review step: the handout, ballots, results and charter appear here as the workshop goes on.</source>
            <translation>استورد التوصيات في خطوة «الاستعراض»: تظهر هنا النشرة وبطاقات الاقتراع والنتائج والميثاق مع تقدم حلقة العمل.</translation>
        </message>
        <message>
            <source>“%1” can't be printed yet</source>
            <translation>لا يمكن طباعة «%1» بعد</translation>
        </message>
        <message>
            <source>The preview could not be shown</source>
            <translation>تعذر عرض المعاينة</translation>
        </message>
        <message>
            <source>The document was made but could not be displayed. Try saving it as a PDF and opening it in another program.</source>
            <translation>أُنشئت الوثيقة لكن تعذر عرضها. حاول حفظها بصيغة PDF وفتحها في برنامج آخر.</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>من أصل %1</translation>
        </message>
        <message>
            <source>This copy of UPR Desktop can't make this document yet. The other documents still print.</source>
            <translation>لا تستطيع هذه النسخة من UPR Desktop إنشاء هذه الوثيقة بعد. ولا تزال الوثائق الأخرى قابلة للطباعة.</translation>
        </message>
        <message>
            <source>The preview could not be made</source>
            <translation>تعذر إنشاء المعاينة</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>جارٍ إعداد المعاينة…</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>الصفحة %1 من %2</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>الوثيقة</translation>
        </message>
        <message>
            <source>recommendation handout</source>
            <translation>نشرة التوصيات</translation>
        </message>
        <message>
            <source>ballots - %1</source>
            <translation>بطاقات الاقتراع - %1</translation>
        </message>
        <message>
            <source>results - %1</source>
            <translation>النتائج - %1</translation>
        </message>
        <message>
            <source>charter</source>
            <translation>الميثاق</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>تقرير منتصف المدة</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Print the charter as it is? To replace the guidance first in the Charter step, choose Cancel.</source>
            <translation>لا يزال الميثاق يتضمن إرشادات النموذج بين [قوسين معقوفين]، في: {parts}.

هل تريد طباعة الميثاق كما هو؟ لاستبدال الإرشادات أولاً في خطوة الميثاق، اختر «إلغاء».</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Save the charter as it is? To replace the guidance first in the Charter step, choose Cancel.</source>
            <translation>لا يزال الميثاق يتضمن إرشادات النموذج بين [قوسين معقوفين]، في: {parts}.

هل تريد حفظ الميثاق كما هو؟ لاستبدال الإرشادات أولاً في خطوة الميثاق، اختر «إلغاء».</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sent to {printer}</source>
            <translation>
                <numerusform>لم تُرسل أي صفحة إلى {printer}</numerusform>
                <numerusform>أُرسلت صفحة واحدة إلى {printer}</numerusform>
                <numerusform>أُرسلت صفحتان إلى {printer}</numerusform>
                <numerusform>أُرسلت %n صفحات إلى {printer}</numerusform>
                <numerusform>أُرسلت %n صفحة إلى {printer}</numerusform>
                <numerusform>أُرسلت %n صفحة إلى {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>The charter is not finished</source>
            <translation>الميثاق لم يكتمل</translation>
        </message>
        <message>
            <source>Saved “%1” in %2.</source>
            <translation>حُفظ «%1» في %2.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>حفظ بصيغة PDF</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>فتح</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>إظهار في المجلد</translation>
        </message>
        <message>
            <source>{name} (without names)</source>
            <translation>{name} (دون الأسماء)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>مستندات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>حُفظ في %1</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>طباعة %1</translation>
        </message>
        <message>
            <source>Sending the pages to the printer…</source>
            <translation>جارٍ إرسال الصفحات إلى الطابعة…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>إيقاف</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>جارٍ الطباعة</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>طباعة</translation>
        </message>
        <message>
            <source>Printing stopped.</source>
            <translation>توقفت الطباعة.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>الطابعة</translation>
        </message>
        <message>
            <source>This round has no candidates yet.</source>
            <translation>لا توجد خيارات في هذه الجولة بعد.</translation>
        </message>
        <message>
            <source>Results are printed once the round is closed.</source>
            <translation>تُطبع النتائج بعد إغلاق الجولة.</translation>
        </message>
        <message>
            <source>Start the charter in the Charter step first.</source>
            <translation>ابدأ الميثاق أولاً في خطوة «الميثاق».</translation>
        </message>
        <message>
            <source>Import the recommendations first.</source>
            <translation>استورد التوصيات أولاً.</translation>
        </message>
        <message>
            <source>The charter's priorities cite no recommendations yet.</source>
            <translation>لا تستشهد أولويات الميثاق بأي توصية بعد.</translation>
        </message>
        <message>
            <source>implementation matrix</source>
            <translation>مصفوفة التنفيذ</translation>
        </message>
        <message>
            <source>IMPACT OSS import</source>
            <translation>استيراد IMPACT OSS</translation>
        </message>
        <message>
            <source>IMPACT OSS import, cited</source>
            <translation>استيراد IMPACT OSS، التوصيات المستشهد بها</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>مصنف Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>ملف CSV (*.csv)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>مستند Word (*.docx)</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>صُدِّر إلى %1</translation>
        </message>
        <message>
            <source>Documents will be printed in {language}.</source>
            <translation>ستُطبع الوثائق باللغة {language}.</translation>
        </message>
        <message>
            <source>There is nothing to print yet: the preview is not ready.</source>
            <translation>لا يوجد ما يُطبع بعد: المعاينة غير جاهزة.</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
            <translation>تعذَّر تشغيل الطابعة. تحقَّق من أنها قيد التشغيل وموصولة، أو اختر طابعة أخرى.</translation>
        </message>
        <message>
            <source>The printing system did not take the document. Check that the printer is set up, or save as PDF and print that file.</source>
            <translation>لم يقبل نظام الطباعة المستند. تحقَّق من إعداد الطابعة، أو احفظ المستند بصيغة PDF واطبع ذلك الملف.</translation>
        </message>
        <message>
            <source>The printer “%1” refused the document: %2</source>
            <translation>رفضت الطابعة «%1» المستند: %2</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>لم يُذكر سبب</translation>
        </message>
    </context>
    <context>
        <name>PrioritiesOverview</name>
        <message numerus="yes">
            <source>%n priorities, in the order the charter lists them.</source>
            <translation>
                <numerusform>%n أولوية، بالترتيب الذي يدرجها به الميثاق.</numerusform>
                <numerusform>أولوية واحدة، بالترتيب الذي يدرجها به الميثاق.</numerusform>
                <numerusform>أولويتان، بالترتيب الذي يدرجها به الميثاق.</numerusform>
                <numerusform>%n أولويات، بالترتيب الذي يدرجها به الميثاق.</numerusform>
                <numerusform>%n أولوية، بالترتيب الذي يدرجها به الميثاق.</numerusform>
                <numerusform>%n أولوية، بالترتيب الذي يدرجها به الميثاق.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PriorityEditor</name>
        <message numerus="yes">
            <source>%n recommendation(s) added to the priority.</source>
            <translation>
                <numerusform>لم تُضف أي توصية إلى الأولوية.</numerusform>
                <numerusform>أُضيفت توصية واحدة إلى الأولوية.</numerusform>
                <numerusform>أُضيفت توصيتان إلى الأولوية.</numerusform>
                <numerusform>أُضيفت %n توصيات إلى الأولوية.</numerusform>
                <numerusform>أُضيفت %n توصية إلى الأولوية.</numerusform>
                <numerusform>أُضيفت %n توصية إلى الأولوية.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations removed from the priority. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>لم تُزل أي توصية من الأولوية (%n). للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُزيلت توصية واحدة من الأولوية. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُزيلت توصيتان من الأولوية. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُزيلت %n توصيات من الأولوية. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُزيلت %n توصية من الأولوية. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>أُزيلت %n توصية من الأولوية. للتراجع اضغط Ctrl+Z.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacySettingsDialog</name>
        <message>
            <source>Lock and privacy</source>
            <translation>القفل والخصوصية</translation>
        </message>
        <message>
            <source> min</source>
            <translation> دقيقة</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>أبداً</translation>
        </message>
        <message>
            <source>Remember encrypted workshops in Recent files</source>
            <translation>إدراج حلقات العمل المشفَّرة في قائمة حلقات العمل الأخيرة</translation>
        </message>
        <message>
            <source>When this is off, an encrypted workshop's name and folder are never written to this computer's settings, so nobody can see there where it is kept.</source>
            <translation>عند إيقاف هذا الخيار، لا يُكتب اسم حلقة العمل المشفَّرة ولا مجلدها أبداً في إعدادات هذا الحاسوب، فلا يستطيع أحد أن يعرف منها مكان حفظها.</translation>
        </message>
        <message>
            <source>Lock after no input for:</source>
            <translation>القفل بعد انعدام النشاط لمدة:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>The workshop locks by itself when nobody has used the keyboard or mouse for a while, but never while the kiosk is open for voting. Ctrl+L locks it at once.</source>
            <translation>تُقفل حلقة العمل تلقائياً عندما لا يستخدم أحد لوحة المفاتيح أو الفأرة لفترة من الوقت، ولكنها لا تُقفل أبداً أثناء فتح الكشك للتصويت. ويؤدي الضغط على Ctrl+L إلى قفلها فوراً.</translation>
        </message>
    </context>
    <context>
        <name>ProjectorView</name>
        <message>
            <source>tied</source>
            <translation>متعادلة</translation>
        </message>
        <message>
            <source>Voting results – projector</source>
            <translation>نتائج التصويت – جهاز العرض</translation>
        </message>
        <message>
            <source>Esc or double-click to close</source>
            <translation>اضغط Esc أو انقر نقراً مزدوجاً للإغلاق</translation>
        </message>
        <message>
            <source>This round is no longer in the workshop.</source>
            <translation>لم تعد هذه الجولة موجودة في حلقة العمل.</translation>
        </message>
        <message>
            <source>VOTING OPEN</source>
            <translation>باب التصويت مفتوح</translation>
        </message>
        <message>
            <source>NOT OPEN YET</source>
            <translation>لم يُفتح بعد</translation>
        </message>
        <message>
            <source>Results appear when voting closes</source>
            <translation>تظهر النتائج عند إغلاق باب التصويت</translation>
        </message>
        <message>
            <source>This round has not opened for voting yet</source>
            <translation>لم يُفتح باب التصويت في هذه الجولة بعد</translation>
        </message>
        <message numerus="yes">
            <source>%n of 1 has voted</source>
            <translation>
                <numerusform>لم يصوِّت أحد (%n من أصل 1)</numerusform>
                <numerusform>صوَّت الشخص الوحيد</numerusform>
                <numerusform>صوَّت %n من أصل 1</numerusform>
                <numerusform>صوَّت %n من أصل 1</numerusform>
                <numerusform>صوَّت %n من أصل 1</numerusform>
                <numerusform>صوَّت %n من أصل 1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation>صوَّت %1 من أصل %2</translation>
        </message>
        <message>
            <source>RESULTS  ·  %1</source>
            <translation>النتائج  ·  %1</translation>
        </message>
        <message>
            <source>+ %1 more</source>
            <translation>+ %1 أخرى</translation>
        </message>
    </context>
    <context>
        <name>Recommendation source</name>
        <message>
            <source>Recommended by {states}</source>
            <translation>أوصت بها: {states}</translation>
        </message>
        <message>
            <source>Session {number}</source>
            <translation>الدورة {number}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationDialog</name>
        <message>
            <source>Edit recommendation</source>
            <translation>تعديل التوصية</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>توصية جديدة</translation>
        </message>
        <message>
            <source>Only the text is required. Separate several States, themes or SDGs with commas, or put one per line.</source>
            <translation>النص وحده إلزامي. افصل بين عدة دول أو مواضيع أو أهداف من أهداف التنمية المستدامة بفواصل، أو ضع كلاً منها في سطر.</translation>
        </message>
        <message>
            <source>e.g. 121.4</source>
            <translation>مثلاً: 121.4</translation>
        </message>
        <message>
            <source>The recommendation, as the report words it</source>
            <translation>التوصية، بالصيغة الواردة في التقرير</translation>
        </message>
        <message>
            <source>e.g. Denmark, Czechia</source>
            <translation>مثلاً: الدانمرك، تشيكيا</translation>
        </message>
        <message>
            <source>Goal numbers, e.g. 5, 16</source>
            <translation>أرقام الأهداف، مثل 5، 16</translation>
        </message>
        <message>
            <source>e.g. 47</source>
            <translation>مثلاً: 47</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>غير مذكورة</translation>
        </message>
        <message>
            <source>minimal action</source>
            <translation>إجراء أدنى</translation>
        </message>
        <message>
            <source>continuing action</source>
            <translation>إجراء مستمر</translation>
        </message>
        <message>
            <source>considering action</source>
            <translation>النظر في إجراء</translation>
        </message>
        <message>
            <source>general action</source>
            <translation>إجراء عام</translation>
        </message>
        <message>
            <source>specific action</source>
            <translation>إجراء محدد</translation>
        </message>
        <message>
            <source>e.g. A/HRC/58/12</source>
            <translation>مثلاً: A/HRC/58/12</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>الدولة (الدول) المقدِّمة للتوصية</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>الرد</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>المواضيع</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>الأشخاص المتأثرون</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>أهداف التنمية المستدامة</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الدورة</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>فئة الإجراء</translation>
        </message>
        <message>
            <source>Document symbol</source>
            <translation>رمز الوثيقة</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>الدولة موضوع الاستعراض</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>حفظ التغييرات</translation>
        </message>
        <message>
            <source>Add recommendation</source>
            <translation>إضافة التوصية</translation>
        </message>
        <message>
            <source>Write the recommendation's text.</source>
            <translation>اكتب نص التوصية.</translation>
        </message>
        <message>
            <source>“%1” is not an SDG: use goal numbers from 1 to 17.</source>
            <translation>«%1» ليس من أهداف التنمية المستدامة: استخدم أرقام الأهداف من 1 إلى 17.</translation>
        </message>
        <message>
            <source>The session is a whole number, e.g. 47.</source>
            <translation>الدورة عدد صحيح، مثل 47.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationModel</name>
        <message>
            <source>Ref.</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>مقدَّمة من</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>الرد</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>المواضيع</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>الدورة</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>الملاحظات</translation>
        </message>
        <message>
            <source>Number of notes on the recommendation</source>
            <translation>عدد الملاحظات على التوصية</translation>
        </message>
        <message>
            <source>Recommending State(s). Click to sort; click again to reverse</source>
            <translation>الدولة (الدول) المقدِّمة للتوصية. انقر للفرز؛ وانقر مرة أخرى لعكس الترتيب</translation>
        </message>
        <message>
            <source>Click to sort; click again to reverse; a third click returns to the default order</source>
            <translation>انقر للفرز؛ وانقر مرة أخرى لعكس الترتيب؛ والنقرة الثالثة تعيد الترتيب الافتراضي</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPickerDialog</name>
        <message numerus="yes">
            <source>%n chosen</source>
            <translation>
                <numerusform>لم يُختر شيء (%n)</numerusform>
                <numerusform>اختيرت توصية واحدة</numerusform>
                <numerusform>اختيرت توصيتان</numerusform>
                <numerusform>اختيرت %n توصيات</numerusform>
                <numerusform>اختيرت %n توصية</numerusform>
                <numerusform>اختيرت %n توصية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n listed</source>
            <translation>
                <numerusform>لا شيء مدرج (%n)</numerusform>
                <numerusform>توصية واحدة مدرجة</numerusform>
                <numerusform>توصيتان مدرجتان</numerusform>
                <numerusform>%n توصيات مدرجة</numerusform>
                <numerusform>%n توصية مدرجة</numerusform>
                <numerusform>%n توصية مدرجة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecommendationTableModel</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n ملاحظة</numerusform>
                <numerusform>ملاحظة واحدة</numerusform>
                <numerusform>ملاحظتان</numerusform>
                <numerusform>%n ملاحظات</numerusform>
                <numerusform>%n ملاحظة</numerusform>
                <numerusform>%n ملاحظة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Recommendations</name>
        <message>
            <source>The recommendation has no text.</source>
            <translation>التوصية لا تتضمن نصاً.</translation>
        </message>
        <message>
            <source>The action category must be between 1 and 5.</source>
            <translation>يجب أن تكون فئة الإجراء بين 1 و5.</translation>
        </message>
        <message>
            <source>The UPR session must be a positive number.</source>
            <translation>يجب أن تكون دورة الاستعراض رقماً موجباً.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing new: all %n recommendations from {file} are already in the workshop.</source>
            <translation>
                <numerusform>لا جديد: جميع التوصيات الواردة في {file} (%n) موجودة بالفعل في حلقة العمل.</numerusform>
                <numerusform>لا جديد: التوصية الوحيدة الواردة في {file} موجودة بالفعل في حلقة العمل.</numerusform>
                <numerusform>لا جديد: التوصيتان الواردتان في {file} موجودتان بالفعل في حلقة العمل.</numerusform>
                <numerusform>لا جديد: جميع التوصيات الـ%n الواردة في {file} موجودة بالفعل في حلقة العمل.</numerusform>
                <numerusform>لا جديد: جميع التوصيات الـ%n الواردة في {file} موجودة بالفعل في حلقة العمل.</numerusform>
                <numerusform>لا جديد: جميع التوصيات الـ%n الواردة في {file} موجودة بالفعل في حلقة العمل.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read %n recommendation(s) from {file}.</source>
            <translation>
                <numerusform>قُرئت %n توصية من {file}.</numerusform>
                <numerusform>قُرئت توصية واحدة من {file}.</numerusform>
                <numerusform>قُرئت توصيتان من {file}.</numerusform>
                <numerusform>قُرئت %n توصيات من {file}.</numerusform>
                <numerusform>قُرئت %n توصية من {file}.</numerusform>
                <numerusform>قُرئت %n توصية من {file}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already in the workshop and were not added again.</source>
            <translation>
                <numerusform>لم تكن أي توصية (%n) موجودة بالفعل في حلقة العمل.</numerusform>
                <numerusform>توصية واحدة كانت موجودة بالفعل في حلقة العمل فلم تُضف مرة أخرى.</numerusform>
                <numerusform>توصيتان كانتا موجودتين بالفعل في حلقة العمل فلم تُضافا مرة أخرى.</numerusform>
                <numerusform>%n توصيات كانت موجودة بالفعل في حلقة العمل فلم تُضف مرة أخرى.</numerusform>
                <numerusform>%n توصية كانت موجودة بالفعل في حلقة العمل فلم تُضف مرة أخرى.</numerusform>
                <numerusform>%n توصية كانت موجودة بالفعل في حلقة العمل فلم تُضف مرة أخرى.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n for other States under review were left out.</source>
            <translation>
                <numerusform>لم تُستبعد أي توصية (%n) موجهة إلى دول أخرى موضوع الاستعراض.</numerusform>
                <numerusform>استُبعدت توصية واحدة موجهة إلى دولة أخرى موضوع الاستعراض.</numerusform>
                <numerusform>استُبعدت توصيتان موجهتان إلى دول أخرى موضوع الاستعراض.</numerusform>
                <numerusform>استُبعدت %n توصيات موجهة إلى دول أخرى موضوع الاستعراض.</numerusform>
                <numerusform>استُبعدت %n توصية موجهة إلى دول أخرى موضوع الاستعراض.</numerusform>
                <numerusform>استُبعدت %n توصية موجهة إلى دول أخرى موضوع الاستعراض.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This file holds recommendations to %n States under review ({names}). Choose which State to import, or “All countries”.</source>
            <translation>
                <numerusform>يتضمن هذا الملف توصيات موجهة إلى %n دولة موضوع الاستعراض ({names}). اختر الدولة التي تريد استيراد توصياتها، أو «جميع البلدان».</numerusform>
                <numerusform>يتضمن هذا الملف توصيات موجهة إلى دولة واحدة موضوع الاستعراض ({names}). اختر الدولة التي تريد استيراد توصياتها، أو «جميع البلدان».</numerusform>
                <numerusform>يتضمن هذا الملف توصيات موجهة إلى دولتين موضوع الاستعراض ({names}). اختر الدولة التي تريد استيراد توصياتها، أو «جميع البلدان».</numerusform>
                <numerusform>يتضمن هذا الملف توصيات موجهة إلى %n دول موضوع الاستعراض ({names}). اختر الدولة التي تريد استيراد توصياتها، أو «جميع البلدان».</numerusform>
                <numerusform>يتضمن هذا الملف توصيات موجهة إلى %n دولة موضوع الاستعراض ({names}). اختر الدولة التي تريد استيراد توصياتها، أو «جميع البلدان».</numerusform>
                <numerusform>يتضمن هذا الملف توصيات موجهة إلى %n دولة موضوع الاستعراض ({names}). اختر الدولة التي تريد استيراد توصياتها، أو «جميع البلدان».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n recommendation(s)</source>
            <translation>
                <numerusform>حذف %n توصية</numerusform>
                <numerusform>حذف توصية واحدة</numerusform>
                <numerusform>حذف توصيتين</numerusform>
                <numerusform>حذف %n توصيات</numerusform>
                <numerusform>حذف %n توصية</numerusform>
                <numerusform>حذف %n توصية</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Recovery key</source>
            <translation>مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>UPR Desktop — recovery key</source>
            <translation>UPR Desktop — مفتاح الاسترداد</translation>
        </message>
        <message>
            <source>Workshop file: {name}</source>
            <translation>ملف حلقة العمل: {name}</translation>
        </message>
        <message>
            <source>Made on {day}</source>
            <translation>أُنشئ في {day}</translation>
        </message>
        <message>
            <source>This key opens the workshop in place of its passphrase: type it where the passphrase is asked for. Anyone who has it can read the workshop.</source>
            <translation>يفتح هذا المفتاح حلقة العمل بدلاً من عبارة المرور الخاصة بها: اكتبه حيث تُطلب عبارة المرور. ويمكن لأي شخص يحوزه أن يقرأ حلقة العمل.</translation>
        </message>
        <message>
            <source>Keep this sheet in a safe place away from the computer, such as the coalition's safe. Do not photograph it or keep it with the laptop.</source>
            <translation>احفظ هذه الورقة في مكان آمن بعيداً عن الحاسوب، مثل خزنة الائتلاف. لا تصوِّرها ولا تحفظها مع الحاسوب المحمول.</translation>
        </message>
        <message>
            <source>If the passphrase is changed, this key stops working and a new one is given.</source>
            <translation>إذا غُيِّرت عبارة المرور، يتوقف هذا المفتاح عن العمل ويُقدَّم مفتاح جديد.</translation>
        </message>
        <message>
            <source>Your new recovery key</source>
            <translation>مفتاح الاسترداد الجديد الخاص بك</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>مفتاح الاسترداد الخاص بك</translation>
        </message>
        <message>
            <source>The passphrase was changed, so the old recovery key no longer works. This is the new one: it opens “{name}” if the passphrase is forgotten. It is shown only now: print it, or save it as a PDF and print that, and keep it in a safe place away from this computer.</source>
            <translation>تم تغيير عبارة المرور، لذا لم يعد مفتاح الاسترداد القديم يعمل. وهذا هو المفتاح الجديد: يفتح «{name}» إذا نُسيت عبارة المرور. ولا يُعرض إلا الآن: اطبعه، أو احفظه بصيغة PDF واطبع ذلك الملف، واحفظه في مكان آمن بعيداً عن هذا الحاسوب.</translation>
        </message>
        <message>
            <source>This key opens “{name}” if the passphrase is forgotten. It is shown only now: print it, or save it as a PDF and print that, and keep it in a safe place away from this computer.</source>
            <translation>يفتح هذا المفتاح «{name}» إذا نُسيت عبارة المرور. ولا يُعرض إلا الآن: اطبعه، أو احفظه بصيغة PDF واطبع ذلك الملف، واحفظه في مكان آمن بعيداً عن هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Print the recovery key…</source>
            <translation>طباعة مفتاح الاسترداد…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>حفظ بصيغة PDF…</translation>
        </message>
        <message>
            <source>I have stored it safely</source>
            <translation>لقد حفظته في مكان آمن</translation>
        </message>
        <message>
            <source>Print or save the key first, then click “I have stored it safely”. It can't be shown again.</source>
            <translation>اطبع المفتاح أو احفظه أولاً، ثم انقر «لقد حفظته في مكان آمن». لا يمكن عرضه مرة أخرى.</translation>
        </message>
        <message>
            <source>The recovery key could not be printed: {reason}. Save it as a PDF and print that file.</source>
            <translation>تعذَّرت طباعة مفتاح الاسترداد: {reason}. احفظه بصيغة PDF واطبع ذلك الملف.</translation>
        </message>
        <message>
            <source>The recovery key was sent to the printer.</source>
            <translation>أُرسل مفتاح الاسترداد إلى الطابعة.</translation>
        </message>
        <message>
            <source>{name} recovery key.pdf</source>
            <translation>{name} - مفتاح الاسترداد.pdf</translation>
        </message>
        <message>
            <source>Save the recovery key as PDF</source>
            <translation>حفظ مفتاح الاسترداد بصيغة PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>مستندات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be saved: {reason}</source>
            <translation>تعذَّر حفظ ملف PDF: {reason}</translation>
        </message>
        <message>
            <source>Saved to {path}. Print it, store the paper safely, then delete the file.</source>
            <translation>حُفظ في {path}. اطبعه، واحفظ الورقة في مكان آمن، ثم احذف الملف.</translation>
        </message>
    </context>
    <context>
        <name>Response</name>
        <message>
            <source>Supported</source>
            <translation>مؤيَّدة</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>أُحيط بها علماً</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>قيد النظر</translation>
        </message>
        <message>
            <source>Voluntary pledge</source>
            <translation>تعهد طوعي</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>غير معروف</translation>
        </message>
    </context>
    <context>
        <name>Responses</name>
        <message>
            <source>Response not known</source>
            <translation>الرد غير معروف</translation>
        </message>
        <message>
            <source>Supported</source>
            <comment>the State's response</comment>
            <translation>مؤيَّدة</translation>
        </message>
        <message>
            <source>Noted</source>
            <comment>the State's response</comment>
            <translation>أُحيط بها علماً</translation>
        </message>
        <message>
            <source>Pending</source>
            <comment>the State's response</comment>
            <translation>قيد النظر</translation>
        </message>
        <message>
            <source>Voluntary pledge</source>
            <translation>تعهد طوعي</translation>
        </message>
    </context>
    <context>
        <name>Result figures</name>
        <message>
            <source>Dots</source>
            <translation>الملصقات</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>النسبة المئوية</translation>
        </message>
        <message>
            <source>Voters</source>
            <translation>المصوِّتون</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>النقاط</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>التأييدات</translation>
        </message>
        <message>
            <source>% of ballots</source>
            <translation>٪ من بطاقات الاقتراع</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>المتوسط</translation>
        </message>
        <message>
            <source>Rated by</source>
            <translation>عدد المقيِّمين</translation>
        </message>
        <message>
            <source>Borda points</source>
            <translation>نقاط Borda</translation>
        </message>
        <message>
            <source>First choices</source>
            <translation>الخيارات الأولى</translation>
        </message>
        <message>
            <source>Beatpath wins</source>
            <translation>انتصارات بالمسار الأقوى</translation>
        </message>
        <message>
            <source>Head-to-head wins</source>
            <translation>انتصارات المقارنة المباشرة</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>ضروري</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>ينبغي</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>ممكن</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>لن يُنفَّذ</translation>
        </message>
    </context>
    <context>
        <name>Results document</name>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n ملصق</numerusform>
                <numerusform>ملصق واحد</numerusform>
                <numerusform>ملصقان</numerusform>
                <numerusform>%n ملصقات</numerusform>
                <numerusform>%n ملصقاً</numerusform>
                <numerusform>%n ملصق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n نقطة</numerusform>
                <numerusform>نقطة واحدة</numerusform>
                <numerusform>نقطتان</numerusform>
                <numerusform>%n نقاط</numerusform>
                <numerusform>%n نقطة</numerusform>
                <numerusform>%n نقطة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approval(s)</source>
            <translation>
                <numerusform>%n تأييد</numerusform>
                <numerusform>تأييد واحد</numerusform>
                <numerusform>تأييدان</numerusform>
                <numerusform>%n تأييدات</numerusform>
                <numerusform>%n تأييداً</numerusform>
                <numerusform>%n تأييد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Borda point(s)</source>
            <translation>
                <numerusform>%n نقطة Borda</numerusform>
                <numerusform>نقطة Borda واحدة</numerusform>
                <numerusform>نقطتا Borda</numerusform>
                <numerusform>%n نقاط Borda</numerusform>
                <numerusform>%n نقطة Borda</numerusform>
                <numerusform>%n نقطة Borda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beatpath win(s)</source>
            <translation>
                <numerusform>%n فوز بالمسار الأقوى</numerusform>
                <numerusform>فوز واحد بالمسار الأقوى</numerusform>
                <numerusform>فوزان بالمسار الأقوى</numerusform>
                <numerusform>%n انتصارات بالمسار الأقوى</numerusform>
                <numerusform>%n فوزاً بالمسار الأقوى</numerusform>
                <numerusform>%n فوز بالمسار الأقوى</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MoSCoW point(s)</source>
            <translation>
                <numerusform>%n نقطة MoSCoW</numerusform>
                <numerusform>نقطة MoSCoW واحدة</numerusform>
                <numerusform>نقطتا MoSCoW</numerusform>
                <numerusform>%n نقاط MoSCoW</numerusform>
                <numerusform>%n نقطة MoSCoW</numerusform>
                <numerusform>%n نقطة MoSCoW</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <comment>a list of names</comment>
            <translation>{names} و{last}</translation>
        </message>
        <message>
            <source>A run-off between them has been set up ({title}) and not yet held.</source>
            <translation>أُعدَّت جولة إعادة بينها ({title}) ولم تُجرَ بعد.</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) is open for voting.</source>
            <translation>جولة إعادة بينها ({title}) مفتوحة للتصويت.</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) was held and closed on {date}</source>
            <translation>أُجريت جولة إعادة بينها ({title}) وأُغلقت بتاريخ {date}</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) was held</source>
            <translation>أُجريت جولة إعادة بينها ({title})</translation>
        </message>
        <message>
            <source>{held}; no ballots were cast.</source>
            <translation>{held}؛ ولم يُدلَ بأي بطاقة اقتراع.</translation>
        </message>
        <message>
            <source>{held}; {names} tied again.</source>
            <translation>{held}؛ وتعادلت {names} مرة أخرى.</translation>
        </message>
        <message>
            <source>{held}; {names} tied again with {count} each.</source>
            <translation>{held}؛ وتعادلت {names} مرة أخرى بحصول كل منها على {count}.</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>{before}, then {after}</source>
            <comment>places in an order</comment>
            <translation>{before}، ثم {after}</translation>
        </message>
        <message>
            <source>{held}: {order}.</source>
            <translation>{held}: {order}.</translation>
        </message>
        <message>
            <source>Choose the voting round whose results to print.</source>
            <translation>اختر جولة التصويت التي تريد طباعة نتائجها.</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet, so it has no results to print. Results are printed once the round has been held and closed.</source>
            <translation>لم تُفتح «{title}» للتصويت بعد، ولذلك ليست لها نتائج تُطبع. تُطبع النتائج بعد إجراء الجولة وإغلاقها.</translation>
        </message>
        <message>
            <source>“{title}” is still open for voting. Results are printed once the round closes: close it on the Vote step first.</source>
            <translation>لا تزال «{title}» مفتوحة للتصويت. تُطبع النتائج بعد إغلاق الجولة: أغلقها أولاً في خطوة التصويت.</translation>
        </message>
        <message>
            <source>No run-off has been held: they stay tied in this result.</source>
            <translation>لم تُجرَ أي جولة إعادة: تبقى متعادلة في هذه النتيجة.</translation>
        </message>
        <message>
            <source>No run-off has been held: the order stands as counted.</source>
            <translation>لم تُجرَ أي جولة إعادة: يبقى الترتيب كما نتج عن الفرز.</translation>
        </message>
        <message>
            <source>{names}: {outcome}</source>
            <translation>{names}: {outcome}</translation>
        </message>
        <message>
            <source>an earlier round</source>
            <translation>جولة سابقة</translation>
        </message>
        <message numerus="yes">
            <source>{voted} of %n organisation(s) voted</source>
            <translation>
                <numerusform>صوَّتت {voted} من أصل %n منظمة</numerusform>
                <numerusform>صوَّتت {voted} من أصل منظمة واحدة (%n)</numerusform>
                <numerusform>صوَّتت {voted} من أصل منظمتين (%n)</numerusform>
                <numerusform>صوَّتت {voted} من أصل %n منظمات</numerusform>
                <numerusform>صوَّتت {voted} من أصل %n منظمة</numerusform>
                <numerusform>صوَّتت {voted} من أصل %n منظمة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{voted} of %n participant(s) voted</source>
            <translation>
                <numerusform>صوَّت {voted} من أصل %n مشارك</numerusform>
                <numerusform>صوَّت {voted} من أصل مشارك واحد (%n)</numerusform>
                <numerusform>صوَّت {voted} من أصل مشاركَين (%n)</numerusform>
                <numerusform>صوَّت {voted} من أصل %n مشاركين</numerusform>
                <numerusform>صوَّت {voted} من أصل %n مشاركاً</numerusform>
                <numerusform>صوَّت {voted} من أصل %n مشارك</numerusform>
            </translation>
        </message>
        <message>
            <source>{turnout} ({share}%)</source>
            <translation>{turnout} ({share}%)</translation>
        </message>
        <message>
            <source>Secret: ballots are not linked to anyone</source>
            <translation>سري: لا ترتبط بطاقات الاقتراع بأي شخص</translation>
        </message>
        <message>
            <source>Open: who voted how is recorded, but this report names no one</source>
            <translation>علني: يُسجَّل من صوَّت وكيف صوَّت، لكن هذا التقرير لا يذكر أي اسم</translation>
        </message>
        <message>
            <source>METHOD</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <source>BALLOT</source>
            <translation>الاقتراع</translation>
        </message>
        <message>
            <source>VOTERS</source>
            <translation>المصوِّتون</translation>
        </message>
        <message>
            <source>One ballot per organisation</source>
            <translation>بطاقة اقتراع واحدة لكل منظمة</translation>
        </message>
        <message>
            <source>Each participant</source>
            <translation>كل مشارك</translation>
        </message>
        <message>
            <source>CLOSED</source>
            <translation>تاريخ الإغلاق</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلقة</translation>
        </message>
        <message>
            <source>TURNOUT</source>
            <translation>نسبة المشاركة</translation>
        </message>
        <message>
            <source>BALLOTS COUNTED</source>
            <translation>بطاقات الاقتراع المحتسبة</translation>
        </message>
        <message>
            <source>RUN-OFF OF</source>
            <translation>جولة إعادة لـ</translation>
        </message>
        <message>
            <source>No ballots were cast in this round.</source>
            <translation>لم يُدلَ بأي بطاقة اقتراع في هذه الجولة.</translation>
        </message>
        <message>
            <source>{names} share first place: none of them beats another.</source>
            <translation>تتشارك {names} المرتبة الأولى: لا يتغلب أي منها على الآخر.</translation>
        </message>
        <message>
            <source>{names} are tied for first place with {count} each.</source>
            <translation>تتعادل {names} على المرتبة الأولى بحصول كل منها على {count}.</translation>
        </message>
        <message>
            <source>{name} came first with {count}.</source>
            <translation>حلَّت {name} في المرتبة الأولى بحصولها على {count}.</translation>
        </message>
        <message>
            <source>{names} share second place.</source>
            <translation>تتشارك {names} المرتبة الثانية.</translation>
        </message>
        <message>
            <source>{names} share second place with {count} each.</source>
            <translation>تتشارك {names} المرتبة الثانية بحصول كل منها على {count}.</translation>
        </message>
        <message>
            <source>{name} came second with {count}.</source>
            <translation>حلَّت {name} في المرتبة الثانية بحصولها على {count}.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>المرتبة</translation>
        </message>
        <message>
            <source>Ties and close calls</source>
            <translation>حالات التعادل والنتائج المتقاربة</translation>
        </message>
        <message>
            <source>UPR Desktop applies no tie-break: candidates with the same figure share a rank (shown as =5), and results within {margin} of each other among the top places are reported as close calls. The room decides what to do about them, usually with a run-off between just those candidates.</source>
            <translation>لا يطبِّق UPR Desktop أي ترجيح لكسر التعادل: فالخيارات التي تحصل على الرقم نفسه تتشارك المرتبة (وتظهر بالشكل =5)، ويُبلَّغ عن النتائج التي يقل الفارق بينها عن {margin} في المراتب الأولى باعتبارها نتائج متقاربة. ويقرر الحاضرون ما يجب فعله بشأنها، وعادةً ما يكون ذلك بإجراء جولة إعادة بين هذه الخيارات وحدها.</translation>
        </message>
        <message>
            <source>There are no ties and no close calls: every place at the top of the table was decided by more than {margin}.</source>
            <translation>لا توجد حالات تعادل ولا نتائج متقاربة: فقد حُسمت كل مرتبة في أعلى الجدول بفارق يزيد على {margin}.</translation>
        </message>
        <message>
            <source>Run-offs of this round</source>
            <translation>جولات الإعادة لهذه الجولة</translation>
        </message>
        <message>
            <source>RESULTS OF A VOTE</source>
            <translation>نتائج التصويت</translation>
        </message>
        <message>
            <source>Beatpath wins of the top {number}</source>
            <translation>الانتصارات بالمسار الأقوى للخيارات الـ{number} الأولى</translation>
        </message>
        <message>
            <source>Beatpath wins per recommendation, in rank order</source>
            <translation>الانتصارات بالمسار الأقوى لكل توصية، حسب ترتيب المراتب</translation>
        </message>
        <message>
            <source>Top {number} by {figure}</source>
            <translation>الخيارات الـ{number} الأولى حسب {figure}</translation>
        </message>
        <message>
            <source>{figure} per recommendation</source>
            <translation>{figure} لكل توصية</translation>
        </message>
        <message>
            <source>Amber bars share their rank with another recommendation (a tie).</source>
            <translation>الأشرطة الكهرمانية تتشارك مرتبتها مع توصية أخرى (تعادل).</translation>
        </message>
        <message numerus="yes">
            <source>Not shown: %n recommendation(s) with no {figure}.</source>
            <translation>
                <numerusform>لم تُعرض: %n توصية دون {figure}.</numerusform>
                <numerusform>لم تُعرض: توصية واحدة دون {figure}.</numerusform>
                <numerusform>لم تُعرض: توصيتان دون {figure}.</numerusform>
                <numerusform>لم تُعرض: %n توصيات دون {figure}.</numerusform>
                <numerusform>لم تُعرض: %n توصية دون {figure}.</numerusform>
                <numerusform>لم تُعرض: %n توصية دون {figure}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s), ranked by the Schulze method, as the rule above says.</source>
            <translation>
                <numerusform>لا توجد توصيات (%n).</numerusform>
                <numerusform>توصية واحدة (%n)، مرتَّبة بطريقة Schulze، كما تنص القاعدة أعلاه.</numerusform>
                <numerusform>توصيتان (%n)، مرتَّبتان بطريقة Schulze، كما تنص القاعدة أعلاه.</numerusform>
                <numerusform>%n توصيات، مرتَّبة بطريقة Schulze، كما تنص القاعدة أعلاه.</numerusform>
                <numerusform>%n توصية، مرتَّبة بطريقة Schulze، كما تنص القاعدة أعلاه.</numerusform>
                <numerusform>%n توصية، مرتَّبة بطريقة Schulze، كما تنص القاعدة أعلاه.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s), ranked by {figure}.</source>
            <translation>
                <numerusform>لا توجد توصيات (%n) مرتَّبة حسب {figure}.</numerusform>
                <numerusform>توصية واحدة (%n)، مرتَّبة حسب {figure}.</numerusform>
                <numerusform>توصيتان (%n)، مرتَّبتان حسب {figure}.</numerusform>
                <numerusform>%n توصيات، مرتَّبة حسب {figure}.</numerusform>
                <numerusform>%n توصية، مرتَّبة حسب {figure}.</numerusform>
                <numerusform>%n توصية، مرتَّبة حسب {figure}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Full ranking</source>
            <translation>الترتيب الكامل</translation>
        </message>
        <message>
            <source>A rank with = is shared with another recommendation.</source>
            <translation>المرتبة المسبوقة بعلامة = مشتركة مع توصية أخرى.</translation>
        </message>
        <message>
            <source>This report names no voter.</source>
            <translation>لا يذكر هذا التقرير اسم أي مصوِّت.</translation>
        </message>
        <message>
            <source>The ballots of this round were secret.</source>
            <translation>كانت بطاقات الاقتراع في هذه الجولة سرية.</translation>
        </message>
        <message>
            <source>Printed {date} by UPR Desktop.</source>
            <translation>طُبع في {date} بواسطة UPR Desktop.</translation>
        </message>
        <message>
            <source>Results: {round}</source>
            <translation>النتائج: {round}</translation>
        </message>
        <message>
            <source>Closed {moment}</source>
            <translation>أُغلقت في {moment}</translation>
        </message>
        <message>
            <source>Results of a vote</source>
            <translation>نتائج التصويت</translation>
        </message>
        <message>
            <source>dots</source>
            <comment>ranked by</comment>
            <translation>الملصقات</translation>
        </message>
        <message>
            <source>points</source>
            <comment>ranked by</comment>
            <translation>النقاط</translation>
        </message>
        <message>
            <source>approvals</source>
            <comment>ranked by</comment>
            <translation>التأييدات</translation>
        </message>
        <message>
            <source>sum of scores</source>
            <comment>ranked by</comment>
            <translation>مجموع الدرجات</translation>
        </message>
        <message>
            <source>Borda points</source>
            <comment>ranked by</comment>
            <translation>نقاط Borda</translation>
        </message>
        <message>
            <source>beatpath wins</source>
            <comment>ranked by</comment>
            <translation>الانتصارات بالمسار الأقوى</translation>
        </message>
        <message>
            <source>MoSCoW points</source>
            <comment>ranked by</comment>
            <translation>نقاط MoSCoW</translation>
        </message>
        <message>
            <source>No ties or close calls.</source>
            <translation>لا توجد حالات تعادل ولا نتائج متقاربة.</translation>
        </message>
    </context>
    <context>
        <name>Results export</name>
        <message>
            <source>Round</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>الاقتراع</translation>
        </message>
        <message>
            <source>Open: who voted how is recorded</source>
            <translation>علني: يُسجَّل من صوَّت وكيف صوَّت</translation>
        </message>
        <message>
            <source>Voters</source>
            <translation>المصوِّتون</translation>
        </message>
        <message>
            <source>Turnout</source>
            <translation>نسبة المشاركة</translation>
        </message>
        <message>
            <source>Ballots counted</source>
            <translation>بطاقات الاقتراع المحتسبة</translation>
        </message>
        <message>
            <source>Tied</source>
            <translation>متعادلة</translation>
        </message>
        <message>
            <source>tied</source>
            <translation>متعادلة</translation>
        </message>
        <message>
            <source>How</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>ملاحظة</translation>
        </message>
        <message>
            <source>Voter</source>
            <translation>المصوِّت</translation>
        </message>
        <message>
            <source>Cast at</source>
            <translation>وقت الإدلاء</translation>
        </message>
        <message>
            <source>Blank ballot (abstention)</source>
            <translation>بطاقة اقتراع فارغة (امتناع عن التصويت)</translation>
        </message>
    </context>
    <context>
        <name>Results sources</name>
        <message>
            <source>No ballots</source>
            <translation>لا توجد بطاقات اقتراع</translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s): {kiosk} at the laptop, {paper} on paper</source>
            <translation>
                <numerusform>%n بطاقة اقتراع: {kiosk} على الحاسوب المحمول، و{paper} ورقية</numerusform>
                <numerusform>بطاقة اقتراع واحدة (%n): {kiosk} على الحاسوب المحمول، و{paper} ورقية</numerusform>
                <numerusform>بطاقتا اقتراع (%n): {kiosk} على الحاسوب المحمول، و{paper} ورقية</numerusform>
                <numerusform>%n بطاقات اقتراع: {kiosk} على الحاسوب المحمول، و{paper} ورقية</numerusform>
                <numerusform>%n بطاقة اقتراع: {kiosk} على الحاسوب المحمول، و{paper} ورقية</numerusform>
                <numerusform>%n بطاقة اقتراع: {kiosk} على الحاسوب المحمول، و{paper} ورقية</numerusform>
            </translation>
        </message>
        <message>
            <source>1 ballot, on paper</source>
            <translation>بطاقة اقتراع واحدة، ورقية</translation>
        </message>
        <message numerus="yes">
            <source>%n ballots, all on paper</source>
            <translation>
                <numerusform>%n بطاقة اقتراع، ورقية</numerusform>
                <numerusform>بطاقة اقتراع واحدة (%n)، ورقية</numerusform>
                <numerusform>بطاقتا اقتراع (%n)، كلتاهما ورقية</numerusform>
                <numerusform>%n بطاقات اقتراع، جميعها ورقية</numerusform>
                <numerusform>%n بطاقة اقتراع، جميعها ورقية</numerusform>
                <numerusform>%n بطاقة اقتراع، جميعها ورقية</numerusform>
            </translation>
        </message>
        <message>
            <source>1 ballot, at the laptop</source>
            <translation>بطاقة اقتراع واحدة، على الحاسوب المحمول</translation>
        </message>
        <message numerus="yes">
            <source>%n ballots, all at the laptop</source>
            <translation>
                <numerusform>%n بطاقة اقتراع، على الحاسوب المحمول</numerusform>
                <numerusform>بطاقة اقتراع واحدة (%n)، على الحاسوب المحمول</numerusform>
                <numerusform>بطاقتا اقتراع (%n)، كلتاهما على الحاسوب المحمول</numerusform>
                <numerusform>%n بطاقات اقتراع، جميعها على الحاسوب المحمول</numerusform>
                <numerusform>%n بطاقة اقتراع، جميعها على الحاسوب المحمول</numerusform>
                <numerusform>%n بطاقة اقتراع، جميعها على الحاسوب المحمول</numerusform>
            </translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>شخص واحد</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n شخص</numerusform>
                <numerusform>شخص واحد (%n)</numerusform>
                <numerusform>شخصان (%n)</numerusform>
                <numerusform>%n أشخاص</numerusform>
                <numerusform>%n شخصاً</numerusform>
                <numerusform>%n شخص</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wall chart: %n dot(s) from {people}</source>
            <translation>
                <numerusform>المخطط الجداري: %n ملصق من {people}</numerusform>
                <numerusform>المخطط الجداري: ملصق واحد (%n) من {people}</numerusform>
                <numerusform>المخطط الجداري: ملصقان (%n) من {people}</numerusform>
                <numerusform>المخطط الجداري: %n ملصقات من {people}</numerusform>
                <numerusform>المخطط الجداري: %n ملصقاً من {people}</numerusform>
                <numerusform>المخطط الجداري: %n ملصق من {people}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wall chart: %n point(s) from {people}</source>
            <translation>
                <numerusform>المخطط الجداري: %n نقطة من {people}</numerusform>
                <numerusform>المخطط الجداري: نقطة واحدة (%n) من {people}</numerusform>
                <numerusform>المخطط الجداري: نقطتان (%n) من {people}</numerusform>
                <numerusform>المخطط الجداري: %n نقاط من {people}</numerusform>
                <numerusform>المخطط الجداري: %n نقطة من {people}</numerusform>
                <numerusform>المخطط الجداري: %n نقطة من {people}</numerusform>
            </translation>
        </message>
        <message>
            <source>{ballots}; {wall_chart}</source>
            <translation>{ballots}؛ {wall_chart}</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Results</source>
            <translation>النتائج</translation>
        </message>
        <message>
            <source>A round's results show once it closes.</source>
            <translation>تظهر نتائج الجولة بمجرد إغلاقها.</translation>
        </message>
        <message>
            <source>Voting round</source>
            <translation>جولة التصويت</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>الجولة</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>تصدير النتائج…</translation>
        </message>
        <message>
            <source>Save this round's results as an Excel workbook or a CSV file</source>
            <translation>حفظ نتائج هذه الجولة بوصفها مصنف Excel أو ملف CSV</translation>
        </message>
        <message>
            <source>Show on projector</source>
            <translation>العرض على جهاز العرض</translation>
        </message>
        <message>
            <source>Full screen on the second screen: the turnout while voting is open, the results once it closes</source>
            <translation>ملء الشاشة على الشاشة الثانية: نسبة المشاركة أثناء فتح باب التصويت، والنتائج بعد إغلاقه</translation>
        </message>
        <message>
            <source>No voting rounds yet.
Choose recommendations on the Review step, then set up a round on the Vote step. Its results show here once it closes.</source>
            <translation>لا توجد جولات تصويت بعد.
اختر التوصيات في خطوة «الاستعراض»، ثم أعِدَّ جولة في خطوة «التصويت». وتظهر نتائجها هنا بمجرد إغلاقها.</translation>
        </message>
        <message>
            <source>Go to the Vote step</source>
            <translation>الانتقال إلى خطوة «التصويت»</translation>
        </message>
        <message>
            <source>TIES AND CLOSE CALLS</source>
            <translation>حالات التعادل والنتائج المتقاربة</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>open for voting</source>
            <translation>باب التصويت مفتوح</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>مغلقة</translation>
        </message>
        <message>
            <source>OPEN FOR VOTING</source>
            <translation>باب التصويت مفتوح</translation>
        </message>
        <message>
            <source>Results appear here when the round closes: nobody sees any figure while people are still voting. Close the round on the Vote step once everyone has voted.</source>
            <translation>تظهر النتائج هنا عند إغلاق الجولة: لا يرى أحد أي رقم ما دام الناس يصوِّتون. أغلق الجولة في خطوة «التصويت» بعد أن يصوِّت الجميع.</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>This round has not opened for voting yet. Open it on the Vote step; its results show here once it closes.</source>
            <translation>لم يُفتح باب التصويت في هذه الجولة بعد. افتحها في خطوة «التصويت»؛ وتظهر نتائجها هنا بمجرد إغلاقها.</translation>
        </message>
        <message numerus="yes">
            <source>%n of 1 has voted</source>
            <translation>
                <numerusform>لم يصوِّت أحد (%n من أصل 1)</numerusform>
                <numerusform>صوَّت الشخص الوحيد</numerusform>
                <numerusform>صوَّت %n من أصل 1</numerusform>
                <numerusform>صوَّت %n من أصل 1</numerusform>
                <numerusform>صوَّت %n من أصل 1</numerusform>
                <numerusform>صوَّت %n من أصل 1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation>صوَّت %1 من أصل %2</translation>
        </message>
        <message>
            <source>Closed %1</source>
            <translation>أُغلقت في %1</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلقة</translation>
        </message>
        <message>
            <source>secret ballot</source>
            <translation>اقتراع سري</translation>
        </message>
        <message>
            <source>open ballot: who voted how is recorded</source>
            <translation>اقتراع علني: يُسجَّل من صوَّت وكيف صوَّت</translation>
        </message>
        <message>
            <source>one ballot per organisation</source>
            <translation>بطاقة اقتراع واحدة لكل منظمة</translation>
        </message>
        <message>
            <source>run-off of “%1”</source>
            <translation>جولة إعادة لـ «%1»</translation>
        </message>
        <message>
            <source>a run-off</source>
            <translation>جولة إعادة</translation>
        </message>
        <message>
            <source>Turnout: %1. %2.</source>
            <translation>نسبة المشاركة: %1. %2.</translation>
        </message>
        <message>
            <source>%1 OF THE TOP %2, IN RANK ORDER</source>
            <translation>%1 لأعلى %2، بترتيب المراتب</translation>
        </message>
        <message>
            <source>%1, IN RANK ORDER</source>
            <translation>%1، بترتيب المراتب</translation>
        </message>
        <message>
            <source>TOP %1 BY %2</source>
            <translation>أعلى %1 حسب %2</translation>
        </message>
        <message>
            <source>BY %1</source>
            <translation>حسب %1</translation>
        </message>
        <message>
            <source>Open the run-off</source>
            <translation>فتح جولة الإعادة</translation>
        </message>
        <message>
            <source>A run-off between these candidates exists: show it on the Vote step</source>
            <translation>توجد جولة إعادة بين هذه الخيارات: اعرضها في خطوة «التصويت»</translation>
        </message>
        <message>
            <source>Create a run-off between %1</source>
            <translation>إنشاء جولة إعادة بين %1</translation>
        </message>
        <message numerus="yes">
            <source>Create a run-off between these %n</source>
            <translation>
                <numerusform>إنشاء جولة إعادة بين هذه الخيارات (%n)</numerusform>
                <numerusform>إنشاء جولة إعادة لهذا الخيار</numerusform>
                <numerusform>إنشاء جولة إعادة بين هذين الخيارين</numerusform>
                <numerusform>إنشاء جولة إعادة بين هذه الخيارات الـ%n</numerusform>
                <numerusform>إنشاء جولة إعادة بين هذه الخيارات الـ%n</numerusform>
                <numerusform>إنشاء جولة إعادة بين هذه الخيارات الـ%n</numerusform>
            </translation>
        </message>
        <message>
            <source>A new draft round between %1 only, with the same method and secrecy. Undo with Ctrl+Z.</source>
            <translation>جولة جديدة في مرحلة المسودة بين %1 فقط، بالطريقة نفسها ودرجة السرية نفسها. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Show fewer</source>
            <translation>عرض عدد أقل</translation>
        </message>
        <message>
            <source>Show %1 more</source>
            <translation>عرض %1 أخرى</translation>
        </message>
        <message>
            <source>Create a run-off</source>
            <translation>إنشاء جولة إعادة</translation>
        </message>
        <message>
            <source>Run-off created as a draft round. Open it for voting on the Vote step. Undo with Ctrl+Z.</source>
            <translation>أُنشئت جولة الإعادة بوصفها جولة في مرحلة المسودة. افتح باب التصويت فيها في خطوة «التصويت». للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Results – %1</source>
            <translation>النتائج – %1</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>تصدير النتائج</translation>
        </message>
        <message>
            <source>Results saved to %1</source>
            <translation>حُفظت النتائج في %1</translation>
        </message>
        <message>
            <source>The projector shows “%1”. Press Esc or double-click it to close it.</source>
            <translation>يعرض جهاز العرض «%1». اضغط Esc أو انقر عليه نقراً مزدوجاً لإغلاقه.</translation>
        </message>
    </context>
    <context>
        <name>ResultsTableModel</name>
        <message>
            <source>Rank</source>
            <translation>المرتبة</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>المرجع</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>“=3” means the candidate shares 3rd place: no tie-break is applied.</source>
            <translation>«=3» تعني أن الخيار يتشارك المرتبة الثالثة: لا يُطبَّق أي ترجيح لكسر التعادل.</translation>
        </message>
        <message>
            <source>Tied for %1 place</source>
            <translation>تعادل على المرتبة %1</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review the recommendations</source>
            <translation>استعراض التوصيات</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>توصية جديدة</translation>
        </message>
        <message>
            <source>Add a recommendation by hand (Ctrl+Shift+N)</source>
            <translation>إضافة توصية يدوياً (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>تعديل</translation>
        </message>
        <message>
            <source>Edit the selected recommendation (Enter)</source>
            <translation>تعديل التوصية المحددة (Enter)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Delete the selected recommendations (Del)</source>
            <translation>حذف التوصيات المحددة (Del)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>تصدير…</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>تصدير القائمة</translation>
        </message>
        <message>
            <source>Save the recommendations listed here, with this search and these filters, as Excel or CSV</source>
            <translation>حفظ التوصيات المدرجة هنا، بهذا البحث وعوامل التصفية هذه، بصيغة Excel أو CSV</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>التوصيات</translation>
        </message>
        <message>
            <source>All States under review</source>
            <translation>جميع الدول موضوع الاستعراض</translation>
        </message>
        <message>
            <source>UPR cycle %1</source>
            <translation>جولة الاستعراض %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommendation(s)</source>
            <translation>
                <numerusform>%Ln توصية</numerusform>
                <numerusform>توصية واحدة</numerusform>
                <numerusform>توصيتان</numerusform>
                <numerusform>%Ln توصيات</numerusform>
                <numerusform>%Ln توصية</numerusform>
                <numerusform>%Ln توصية</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supported</source>
            <translation>
                <numerusform>%n مؤيَّدة</numerusform>
                <numerusform>واحدة مؤيَّدة</numerusform>
                <numerusform>اثنتان مؤيَّدتان</numerusform>
                <numerusform>%n مؤيَّدة</numerusform>
                <numerusform>%n مؤيَّدة</numerusform>
                <numerusform>%n مؤيَّدة</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n noted</source>
            <translation>
                <numerusform>%n أُحيط بها علماً</numerusform>
                <numerusform>واحدة أُحيط بها علماً</numerusform>
                <numerusform>اثنتان أُحيط بهما علماً</numerusform>
                <numerusform>%n أُحيط بها علماً</numerusform>
                <numerusform>%n أُحيط بها علماً</numerusform>
                <numerusform>%n أُحيط بها علماً</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n recommendation(s)? Their notes are deleted with them. You can undo this with Ctrl+Z.</source>
            <translation>
                <numerusform>هل تريد حذف %n توصية؟ تُحذف ملاحظاتها معها. يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</numerusform>
                <numerusform>هل تريد حذف توصية واحدة؟ تُحذف ملاحظاتها معها. يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</numerusform>
                <numerusform>هل تريد حذف توصيتين؟ تُحذف ملاحظاتهما معهما. يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</numerusform>
                <numerusform>هل تريد حذف %n توصيات؟ تُحذف ملاحظاتها معها. يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</numerusform>
                <numerusform>هل تريد حذف %n توصية؟ تُحذف ملاحظاتها معها. يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</numerusform>
                <numerusform>هل تريد حذف %n توصية؟ تُحذف ملاحظاتها معها. يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n recommendation(s) to {path}</source>
            <translation>
                <numerusform>لم تُحفظ أي توصية في {path}</numerusform>
                <numerusform>حُفظت توصية واحدة في {path}</numerusform>
                <numerusform>حُفظت توصيتان في {path}</numerusform>
                <numerusform>حُفظت %n توصيات في {path}</numerusform>
                <numerusform>حُفظت %n توصية في {path}</numerusform>
                <numerusform>حُفظت %n توصية في {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>best matches first</source>
            <translation>أفضل النتائج المطابقة أولاً</translation>
        </message>
        <message>
            <source>too many matches to rank: in file order</source>
            <translation>النتائج المطابقة أكثر من أن تُرتَّب: بترتيب الملف</translation>
        </message>
        <message>
            <source>This workshop has no recommendations yet.
Import the country's recommendations from a UPR Info, UHRI or OHCHR file, or add them by hand.</source>
            <translation>لا توجد في حلقة العمل هذه توصيات بعد.
استورد توصيات البلد من ملف من UPR Info أو UHRI أو المفوضية، أو أضفها يدوياً.</translation>
        </message>
        <message>
            <source>Add one by hand</source>
            <translation>إضافة توصية يدوياً</translation>
        </message>
        <message>
            <source>Import recommendations…</source>
            <translation>استيراد التوصيات…</translation>
        </message>
        <message>
            <source>No recommendations match — clear the filters to see all %1.</source>
            <translation>لا توجد توصيات مطابقة — امسح عوامل التصفية لعرض جميع التوصيات (%1).</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>مسح عوامل التصفية</translation>
        </message>
        <message>
            <source>Recommendation added. Undo with Ctrl+Z.</source>
            <translation>أُضيفت التوصية. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Recommendation added. The current search or filters hide it.</source>
            <translation>أُضيفت التوصية. البحث الحالي أو عوامل التصفية الحالية تخفيها.</translation>
        </message>
        <message>
            <source>Recommendation saved.</source>
            <translation>حُفظت التوصية.</translation>
        </message>
        <message>
            <source>this recommendation</source>
            <translation>هذه التوصية</translation>
        </message>
        <message>
            <source>Delete %1? Its notes are deleted with it. You can undo this with Ctrl+Z.</source>
            <translation>هل تريد حذف %1؟ ستُحذف ملاحظاتها معها. يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
        </message>
        <message>
            <source>The charter's priorities %1 cite it; they will no longer do so.</source>
            <translation>تستشهد بها أولويات الميثاق %1؛ ولن تستشهد بها بعد ذلك.</translation>
        </message>
        <message>
            <source>Delete recommendations</source>
            <translation>حذف التوصيات</translation>
        </message>
        <message>
            <source>Recommendation deleted. Undo with Ctrl+Z.</source>
            <translation>حُذفت التوصية. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations deleted. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>لم تُحذف أي توصية (%n). للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>حُذفت توصية واحدة. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>حُذفت توصيتان. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>حُذفت %n توصيات. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>حُذفت %n توصية. للتراجع اضغط Ctrl+Z.</numerusform>
                <numerusform>حُذفت %n توصية. للتراجع اضغط Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>مصنفات Excel (*.xlsx);;ملفات CSV (*.csv)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>إضافة ملاحظة</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>حذف…</translation>
        </message>
    </context>
    <context>
        <name>RoundDialog</name>
        <message>
            <source>Edit voting round</source>
            <translation>تعديل جولة التصويت</translation>
        </message>
        <message>
            <source>New voting round</source>
            <translation>جولة تصويت جديدة</translation>
        </message>
        <message>
            <source>e.g. Our five priorities for the next four years</source>
            <translation>مثلاً: أولوياتنا الخمس للسنوات الأربع القادمة</translation>
        </message>
        <message>
            <source>Keep its %1 candidates</source>
            <translation>الإبقاء على خياراتها (%1)</translation>
        </message>
        <message>
            <source>Selected recommendations (%1)</source>
            <translation>التوصيات المحددة (%1)</translation>
        </message>
        <message>
            <source>Selected recommendations (none selected on the Review page)</source>
            <translation>التوصيات المحددة (لم يُحدَّد شيء في صفحة «الاستعراض»)</translation>
        </message>
        <message>
            <source>All %1 shown by the current filter</source>
            <translation>جميع ما يعرضه عامل التصفية الحالي (%1)</translation>
        </message>
        <message>
            <source>All %1 recommendations (no filter is set on the Review page)</source>
            <translation>جميع التوصيات (%1) (لم يُضبط أي عامل تصفية في صفحة «الاستعراض»)</translation>
        </message>
        <message>
            <source>To vote on some recommendations, pick them on the Review page: select them there (Ctrl+click or Shift+click picks several), or search and filter the list, then come back to create the round.</source>
            <translation>للتصويت على بعض التوصيات، اخترها في صفحة «الاستعراض»: حددها هناك (Ctrl+نقر أو Shift+نقر لتحديد عدة توصيات)، أو ابحث في القائمة وصفِّها، ثم عُد لإنشاء الجولة.</translation>
        </message>
        <message>
            <source>Go to Review</source>
            <translation>الانتقال إلى «الاستعراض»</translation>
        </message>
        <message>
            <source>Limit what one candidate can get, to at most</source>
            <translation>تحديد ما يمكن أن يحصل عليه خيار واحد، بحد أقصى</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>اقتراع سري: لا يمكن لأحد أن يرى من صوَّت لأي خيار</translation>
        </message>
        <message>
            <source>Open ballot: who voted for what is kept, to show once closed</source>
            <translation>اقتراع علني: يُحتفظ بسجل من صوَّت لأي خيار، لعرضه بعد الإغلاق</translation>
        </message>
        <message>
            <source>Voters pick their name at the laptop</source>
            <translation>يختار المصوِّتون أسماءهم على الحاسوب المحمول</translation>
        </message>
        <message>
            <source>Anonymous ballot codes: each person takes a printed code at random</source>
            <translation>رموز اقتراع لا تكشف الهوية: يأخذ كل شخص رمزاً مطبوعاً عشوائياً</translation>
        </message>
        <message>
            <source>One per participant plus about 10% spare, for slips lost or spoilt.</source>
            <translation>رمز لكل مشارك بالإضافة إلى نحو 10% احتياطياً، للقسائم المفقودة أو التالفة.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>الخيارات المطروحة</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>الاقتراع</translation>
        </message>
        <message>
            <source>Who votes</source>
            <translation>من يصوِّت</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>حفظ التغييرات</translation>
        </message>
        <message>
            <source>Create round</source>
            <translation>إنشاء الجولة</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <comment>the number of ballot codes to make, shown in a spin box</comment>
            <translation>
                <numerusform>%n رمز</numerusform>
                <numerusform>رمز واحد</numerusform>
                <numerusform>رمزان</numerusform>
                <numerusform>%n رموز</numerusform>
                <numerusform>%n رمزاً</numerusform>
                <numerusform>%n رمز</numerusform>
            </translation>
        </message>
        <message>
            <source>Dots per person</source>
            <translation>الملصقات لكل شخص</translation>
        </message>
        <message>
            <source>Rule of thumb: a third of the %1 candidates, %2.</source>
            <translation>قاعدة عامة: ثلث الخيارات البالغ عددها %1، أي %2.</translation>
        </message>
        <message>
            <source>Points per person</source>
            <translation>النقاط لكل شخص</translation>
        </message>
        <message>
            <source>Usually %1.</source>
            <translation>عادةً %1.</translation>
        </message>
        <message>
            <source>The strongest secrecy: the workshop file never learns who held which code, so nothing on this laptop ties a ballot to a person, even if a specialist examines its disk. The codes are shown once, when the round opens: print the slips then, cut them up, let people take one at random. Tick attendance on paper or with Attendance… on the Vote step, before or after the vote, never as people vote.</source>
            <translation>أقوى درجات السرية: لا يعرف ملف حلقة العمل أبداً من كان يحمل أي رمز، فلا شيء على هذا الحاسوب المحمول يربط بطاقة اقتراع بشخص، حتى لو فحص متخصص قرصه. ولا تُعرض الرموز إلا مرة واحدة، عند فتح الجولة: فاطبع القسائم حينئذ، وقصَّها، ودع الناس يأخذون منها واحدة عشوائياً. سجِّل الحضور على الورق أو عبر «الحضور…» في خطوة «التصويت»، قبل التصويت أو بعده، لا أثناء تصويت الناس أبداً.</translation>
        </message>
        <message>
            <source>With one ballot per organisation, voters pick their name. Someone who opens the workshop file with this app or with SQLite can't see who cast which ballot, nor in what order. This does not hold against a specialist who recovers old data from the laptop's disk: for that, use anonymous ballot codes with one ballot per person.</source>
            <translation>مع بطاقة اقتراع واحدة لكل منظمة، يختار المصوِّتون أسماءهم. ومن يفتح ملف حلقة العمل بهذا التطبيق أو ببرنامج SQLite لا يستطيع أن يرى من أدلى بأي بطاقة اقتراع، ولا بأي ترتيب. لكن هذا لا يصمد أمام متخصص يستعيد بيانات قديمة من قرص الحاسوب المحمول: ولهذا الغرض، استخدم رموز اقتراع لا تكشف الهوية مع بطاقة اقتراع واحدة لكل شخص.</translation>
        </message>
        <message>
            <source>Convenient. Someone who opens the workshop file with this app or with SQLite can't see who cast which ballot, nor in what order. It does not hold against a specialist who recovers old data from the laptop's disk: where that is a risk, use anonymous ballot codes.</source>
            <translation>مناسب. من يفتح ملف حلقة العمل بهذا التطبيق أو ببرنامج SQLite لا يستطيع أن يرى من أدلى بأي بطاقة اقتراع، ولا بأي ترتيب. لكن هذا لا يصمد أمام متخصص يستعيد بيانات قديمة من قرص الحاسوب المحمول: وحيثما يكون ذلك خطراً قائماً، استخدم رموز اقتراع لا تكشف الهوية.</translation>
        </message>
        <message>
            <source>Choose the candidates: the selected recommendations, or all those shown on the Review page.</source>
            <translation>اختر الخيارات المطروحة: التوصيات المحددة، أو جميع التوصيات المعروضة في صفحة «الاستعراض».</translation>
        </message>
    </context>
    <context>
        <name>SetPassphraseDialog</name>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
    </context>
    <context>
        <name>Signature page</name>
        <message>
            <source>Organisation</source>
            <translation>المنظمة</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>الممثل</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>الصفة</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>التوقيع</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>التاريخ</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>The organisations below adopted this charter.</source>
            <translation>اعتمدت المنظمات المذكورة أدناه هذا الميثاق.</translation>
        </message>
        <message>
            <source>The organisations below endorse this charter.</source>
            <translation>تصادق المنظمات المذكورة أدناه على هذا الميثاق.</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet export</name>
        <message>
            <source>Themes</source>
            <translation>المواضيع</translation>
        </message>
        <message>
            <source>About</source>
            <translation>نبذة</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>حلقة العمل</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>تاريخ الإنشاء</translation>
        </message>
        <message>
            <source>{moment} by UPR Desktop</source>
            <translation>{moment} بواسطة UPR Desktop</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>الصفوف</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>بحث</translation>
        </message>
        <message>
            <source>Implementation matrix</source>
            <translation>مصفوفة التنفيذ</translation>
        </message>
        <message>
            <source>Priority no.</source>
            <translation>رقم الأولوية</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>الأولوية</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>الحالة</translation>
        </message>
        <message>
            <source>Recommendation reference</source>
            <translation>مرجع التوصية</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>نص التوصية</translation>
        </message>
        <message>
            <source>Charter</source>
            <translation>الميثاق</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>التواريخ</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s): one per priority and recommendation it cites</source>
            <translation>
                <numerusform>%n صف: صف لكل أولوية ولكل توصية تستشهد بها</numerusform>
                <numerusform>صف واحد (%n): صف لكل أولوية ولكل توصية تستشهد بها</numerusform>
                <numerusform>صفان (%n): صف لكل أولوية ولكل توصية تستشهد بها</numerusform>
                <numerusform>%n صفوف: صف لكل أولوية ولكل توصية تستشهد بها</numerusform>
                <numerusform>%n صفاً: صف لكل أولوية ولكل توصية تستشهد بها</numerusform>
                <numerusform>%n صف: صف لكل أولوية ولكل توصية تستشهد بها</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stakeholder submission</name>
        <message>
            <source>the State</source>
            <translation>الدولة</translation>
        </message>
        <message>
            <source>Joint stakeholder submission on {country} for the next Universal Periodic Review</source>
            <translation>تقرير مشترك مقدَّم من أصحاب المصلحة بشأن {country} لأغراض الاستعراض الدوري الشامل المقبل</translation>
        </message>
        <message>
            <source>Stakeholder submission on {country} for the next Universal Periodic Review</source>
            <translation>تقرير مقدَّم من أصحاب المصلحة بشأن {country} لأغراض الاستعراض الدوري الشامل المقبل</translation>
        </message>
        <message>
            <source>Introduction and methodology</source>
            <translation>مقدمة ومنهجية</translation>
        </message>
        <message>
            <source>This submission follows up the recommendations {country} received at its last review ({review}) and the priorities civil society set at the {workshop}.</source>
            <translation>يتابع هذا التقرير التوصيات المقدَّمة إلى {country} في الاستعراض الأخير ({review}) والأولويات التي حددها المجتمع المدني في {workshop}.</translation>
        </message>
        <message>
            <source>the previous cycle</source>
            <translation>الجولة السابقة</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>حلقة العمل</translation>
        </message>
        <message>
            <source>Follow-up of the priorities</source>
            <translation>متابعة الأولويات</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>ليس للميثاق أولويات بعد.</translation>
        </message>
        <message>
            <source>Recommendations for the next review</source>
            <translation>توصيات للاستعراض المقبل</translation>
        </message>
        <message>
            <source>Word count: {count} of {cap} (joint submission, annexes not counted).</source>
            <translation>عدد الكلمات: {count} من أصل {cap} (تقرير مشترك، دون احتساب المرفقات).</translation>
        </message>
        <message>
            <source>Word count: {count} of {cap} (one organisation, annexes not counted).</source>
            <translation>عدد الكلمات: {count} من أصل {cap} (منظمة واحدة، دون احتساب المرفقات).</translation>
        </message>
        <message>
            <source>Annex: assessment matrix</source>
            <translation>مرفق: مصفوفة التقييم</translation>
        </message>
        <message>
            <source>Current status</source>
            <translation>الحالة الراهنة</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>تاريخ التقييم</translation>
        </message>
        <message>
            <source>By</source>
            <translation>المقيِّم</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Today, {time}</source>
            <translation>اليوم، {time}</translation>
        </message>
        <message>
            <source>Yesterday, {time}</source>
            <translation>أمس، {time}</translation>
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation>UPR Desktop</translation>
        </message>
        <message>
            <source>Run a UPR follow-up workshop offline: review recommendations, cluster, vote, and sign an outcome charter.</source>
            <translation>نظِّم حلقة عمل لمتابعة الاستعراض دون اتصال بالإنترنت: استعرض التوصيات، وجمِّعها في مجموعات مواضيعية، وصوِّت، ووقِّع على ميثاق ختامي.</translation>
        </message>
        <message>
            <source>Open the demo workshop</source>
            <translation>فتح حلقة العمل التجريبية</translation>
        </message>
        <message>
            <source>Explore with illustrative recommendations. It stays as you leave it.</source>
            <translation>استكشف التطبيق بتوصيات توضيحية. تبقى كما تتركها.</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>حلقة عمل جديدة…</translation>
        </message>
        <message>
            <source>Start an empty workshop file, then import the country's recommendations.</source>
            <translation>ابدأ ملف حلقة عمل فارغاً، ثم استورد توصيات البلد.</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>فتح حلقة عمل…</translation>
        </message>
        <message>
            <source>Continue a workshop saved on this laptop or a USB stick (.uprw).</source>
            <translation>واصل حلقة عمل محفوظة على هذا الحاسوب المحمول أو على ذاكرة USB ‏(‎.uprw).</translation>
        </message>
        <message>
            <source>Start the demo afresh…</source>
            <translation>بدء التجربة من جديد…</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy</source>
            <translation>استبدال حلقة العمل التجريبية بنسخة جديدة</translation>
        </message>
        <message>
            <source>START</source>
            <translation>البدء</translation>
        </message>
        <message>
            <source>RECENT WORKSHOPS</source>
            <translation>حلقات العمل الأخيرة</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>حلقات العمل الأخيرة</translation>
        </message>
        <message>
            <source>Workshops you open or create will be listed here.</source>
            <translation>ستُدرج هنا حلقات العمل التي تفتحها أو تنشئها.</translation>
        </message>
        <message>
            <source>Drop a .uprw workshop or a recommendations file (CSV, XLS/XLSX, DOCX, JSON) here</source>
            <translation>أفلِت هنا حلقة عمل بصيغة ‎.uprw أو ملف توصيات (CSV أو XLS/XLSX أو DOCX أو JSON)</translation>
        </message>
        <message>
            <source>About UPR Desktop %1</source>
            <translation>عن UPR Desktop %1</translation>
        </message>
        <message>
            <source>The version, where settings and backups are kept, and the licences</source>
            <translation>الإصدار، ومكان حفظ الإعدادات والنسخ الاحتياطية، والتراخيص</translation>
        </message>
        <message>
            <source>Choose the language of the interface:</source>
            <translation>اختر لغة الواجهة:</translation>
        </message>
        <message>
            <source>Portable: settings, recent workshops and backups stay beside the app, in “%1”. Nothing is written to this computer.</source>
            <translation>نسخة محمولة: تبقى الإعدادات وحلقات العمل الأخيرة والنسخ الاحتياطية بجوار التطبيق، في «%1». ولا يُكتب أي شيء على هذا الحاسوب.</translation>
        </message>
        <message>
            <source>Works without internet. Workshop files stay on this computer unless you copy them.</source>
            <translation>يعمل دون إنترنت. وتبقى ملفات حلقات العمل على هذا الحاسوب ما لم تنسخها.</translation>
        </message>
    </context>
    <context>
        <name>Tally sheet</name>
        <message>
            <source>Tally of dots</source>
            <translation>فرز الملصقات</translation>
        </message>
        <message>
            <source>Total dots</source>
            <translation>مجموع الملصقات</translation>
        </message>
        <message>
            <source>Points as read out</source>
            <translation>النقاط كما قُرئت</translation>
        </message>
        <message>
            <source>Total points</source>
            <translation>مجموع النقاط</translation>
        </message>
        <message>
            <source>Tally of ticks</source>
            <translation>فرز العلامات</translation>
        </message>
        <message>
            <source>Total ticks</source>
            <translation>مجموع العلامات</translation>
        </message>
        <message>
            <source>Scores as read out</source>
            <translation>الدرجات كما قُرئت</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>المجموع</translation>
        </message>
        <message>
            <source>Rated by</source>
            <translation>عدد المقيِّمين</translation>
        </message>
        <message>
            <source>Tally of first choices</source>
            <translation>فرز الخيارات الأولى</translation>
        </message>
        <message>
            <source>First choices</source>
            <translation>الخيارات الأولى</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>ضروري</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>ينبغي</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>ممكن</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>لن يُنفَّذ</translation>
        </message>
        <message>
            <source>For the people who count the paper ballots; it is not a ballot. Read each ballot aloud, keep the count here, then total each row.</source>
            <translation>مخصصة للأشخاص الذين يفرزون بطاقات الاقتراع الورقية؛ وهي ليست بطاقة اقتراع. اقرأ كل بطاقة اقتراع بصوت عالٍ، وسجِّل العدد هنا، ثم اجمع كل صف.</translation>
        </message>
        <message>
            <source>Ranked ballots are counted by UPR Desktop: type every paper ballot in on the Vote step. This sheet keeps a check of first choices.</source>
            <translation>يتولى UPR Desktop فرز بطاقات الاقتراع الترتيبية: أدخِل كل بطاقة اقتراع ورقية في خطوة «التصويت». وتُستخدم هذه الورقة للتحقق من الخيارات الأولى.</translation>
        </message>
        <message>
            <source>Type the paper ballots in on the Vote step as well: this sheet is the check.</source>
            <translation>أدخِل بطاقات الاقتراع الورقية في خطوة «التصويت» أيضاً: هذه الورقة للتحقق.</translation>
        </message>
        <message>
            <source>Ballots handed out</source>
            <translation>بطاقات الاقتراع الموزَّعة</translation>
        </message>
        <message>
            <source>Ballots returned</source>
            <translation>بطاقات الاقتراع المُعادة</translation>
        </message>
        <message>
            <source>Blank ballots</source>
            <translation>بطاقات اقتراع فارغة</translation>
        </message>
        <message>
            <source>Spoilt ballots</source>
            <translation>بطاقات الاقتراع الباطلة</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>تولى الفرز</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>تولى التحقق</translation>
        </message>
        <message>
            <source>FOR THE FACILITATOR</source>
            <translation>للميسِّر</translation>
        </message>
        <message>
            <source>Tally sheet: {round}</source>
            <translation>ورقة الفرز: {round}</translation>
        </message>
    </context>
    <context>
        <name>Travel copy</name>
        <message>
            <source>Wrote the travel copy to {path}.</source>
            <translation>كُتبت نسخة السفر في {path}.</translation>
        </message>
        <message>
            <source>participants' names, contacts and personal codes</source>
            <translation>أسماء المشاركين وبيانات الاتصال بهم ورموزهم الشخصية</translation>
        </message>
        <message>
            <source>authors of comments</source>
            <translation>أصحاب التعليقات</translation>
        </message>
        <message>
            <source>confidential evidence and testimony</source>
            <translation>الأدلة السرية والشهادات</translation>
        </message>
        <message>
            <source>organisations that did not consent to be named</source>
            <translation>المنظمات التي لم توافق على ذكر أسمائها</translation>
        </message>
        <message>
            <source>the history of changes (it names people)</source>
            <translation>سجل التغييرات (لأنه يذكر أسماء أشخاص)</translation>
        </message>
        <message>
            <source>recommendations, with their notes (without their authors)</source>
            <translation>التوصيات مع ملاحظاتها (دون أسماء أصحابها)</translation>
        </message>
        <message>
            <source>clusters</source>
            <translation>المجموعات المواضيعية</translation>
        </message>
        <message>
            <source>voting rounds and their results</source>
            <translation>جولات التصويت ونتائجها</translation>
        </message>
        <message>
            <source>the charter (signatories shown as “Organisation 1”, “Organisation 2”…)</source>
            <translation>الميثاق (مع إظهار الجهات الموقِّعة بصيغة «المنظمة 1» و«المنظمة 2»…)</translation>
        </message>
        <message>
            <source>follow-up assessments and evidence that is neither confidential nor testimony</source>
            <translation>تقييمات المتابعة، والأدلة التي ليست سرية وليست شهادات</translation>
        </message>
        <message>
            <source>the workshop's title, country, dates, venue and organisers</source>
            <translation>عنوان حلقة العمل وبلدها وتواريخها ومكانها والجهات المنظِّمة لها</translation>
        </message>
        <message>
            <source>Left out of the travel copy:</source>
            <translation>ما استُبعد من نسخة السفر:</translation>
        </message>
        <message>
            <source>Kept:</source>
            <translation>ما احتُفظ به:</translation>
        </message>
        <message>
            <source>No organisation has recorded consent to be named in this workshop, so every organisation is shown by number.</source>
            <translation>لم تسجِّل أي منظمة موافقتها على ذكر اسمها في حلقة العمل هذه، ولذلك تظهر كل منظمة برقم.</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name for the travel copy.</source>
            <translation>«{name}» موجود بالفعل. اختر اسماً آخر لنسخة السفر.</translation>
        </message>
        <message>
            <source>The travel copy must be a new file.</source>
            <translation>يجب أن تكون نسخة السفر ملفاً جديداً.</translation>
        </message>
        <message>
            <source>Can't write to “{folder}”. Choose another folder.</source>
            <translation>تتعذر الكتابة في «{folder}». اختر مجلداً آخر.</translation>
        </message>
        <message>
            <source>The travel copy could not be written ({error}). The workshop is unchanged.</source>
            <translation>تعذَّرت كتابة نسخة السفر ({error}). لم تتغير حلقة العمل.</translation>
        </message>
    </context>
    <context>
        <name>TravelCopyDialog</name>
        <message>
            <source>Save a travel copy</source>
            <translation>حفظ نسخة السفر</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>ما يُستبعد</translation>
        </message>
        <message>
            <source>Nothing in this workshop identifies people.</source>
            <translation>لا يوجد في حلقة العمل هذه ما يكشف هوية أي شخص.</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>ما يُحتفظ به</translation>
        </message>
        <message>
            <source>As a workshop file (.uprw) that opens in UPR Desktop</source>
            <translation>بوصفها ملف حلقة عمل (‎.uprw) يُفتح في UPR Desktop</translation>
        </message>
        <message>
            <source>As a PDF of the charter, without the names of the people who signed it (their organisations stay)</source>
            <translation>بوصفها ملف PDF للميثاق، دون أسماء الأشخاص الذين وقَّعوه (مع بقاء أسماء منظماتهم)</translation>
        </message>
        <message>
            <source>Protect the travel copy with a passphrase of its own</source>
            <translation>حماية نسخة السفر بعبارة مرور خاصة بها</translation>
        </message>
        <message>
            <source>Worth it even without names: the charter and results still show what the coalition works on.</source>
            <translation>ذلك مفيد حتى دون الأسماء: فالميثاق والنتائج لا يزالان يُظهران ما يعمل عليه الائتلاف.</translation>
        </message>
        <message>
            <source>Save it</source>
            <translation>طريقة الحفظ</translation>
        </message>
        <message>
            <source>Save travel copy…</source>
            <translation>حفظ نسخة السفر…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>A copy to carry across a border or hand on: it leaves out what identifies the people who took part. This workshop itself is not changed.</source>
            <translation>نسخة لحملها عبر الحدود أو تسليمها إلى آخرين: وهي تستبعد ما يكشف هوية الأشخاص الذين شاركوا. ولا تتغير حلقة العمل هذه نفسها.</translation>
        </message>
        <message>
            <source>{name} (travel copy){suffix}</source>
            <translation>{name} (نسخة السفر){suffix}</translation>
        </message>
        <message>
            <source>Save the travel copy</source>
            <translation>حفظ نسخة السفر</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>مستندات PDF (*.pdf)</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>حلقات عمل UPR Desktop (*.uprw)</translation>
        </message>
        <message>
            <source>Choose another file: the travel copy can't replace the workshop.</source>
            <translation>اختر ملفاً آخر: لا يمكن أن تحل نسخة السفر محل حلقة العمل.</translation>
        </message>
        <message>
            <source>Set the travel copy's passphrase</source>
            <translation>تحديد عبارة المرور الخاصة بنسخة السفر</translation>
        </message>
        <message>
            <source>“{name}” will be encrypted with it. Give it to whoever will open the copy by another way than the copy itself.</source>
            <translation>سيُشفَّر «{name}» بها. أبلِغها إلى من سيفتح النسخة عبر وسيلة غير الوسيلة التي تُنقل بها النسخة نفسها.</translation>
        </message>
        <message>
            <source>Save travel copy</source>
            <translation>حفظ نسخة السفر</translation>
        </message>
        <message>
            <source>The travel copy could not be saved: {reason}</source>
            <translation>تعذَّر حفظ نسخة السفر: {reason}</translation>
        </message>
        <message>
            <source>The travel copy was saved to {path}</source>
            <translation>حُفظت نسخة السفر في {path}</translation>
        </message>
    </context>
    <context>
        <name>VotePage</name>
        <message>
            <source>Vote on priorities</source>
            <translation>التصويت على الأولويات</translation>
        </message>
        <message>
            <source>Set up a round, open it, and let people vote at this laptop or on paper. Results stay hidden until you close the round.</source>
            <translation>أعِدَّ جولة، وافتحها، ودع الناس يصوِّتون على هذا الحاسوب المحمول أو على الورق. وتبقى النتائج مخفية إلى أن تغلق الجولة.</translation>
        </message>
        <message>
            <source>New round</source>
            <translation>جولة جديدة</translation>
        </message>
        <message>
            <source>Set up a vote on the recommendations selected or shown on the Review page</source>
            <translation>إعداد تصويت على التوصيات المحددة أو المعروضة في صفحة «الاستعراض»</translation>
        </message>
        <message>
            <source>Voting rounds</source>
            <translation>جولات التصويت</translation>
        </message>
        <message>
            <source>ROUNDS</source>
            <translation>الجولات</translation>
        </message>
        <message>
            <source>No voting rounds yet</source>
            <translation>لا توجد جولات تصويت بعد</translation>
        </message>
        <message>
            <source>A round puts some recommendations to the vote. First pick them on the Review page: select them, or search and filter the list. Then create a round here, choose how people vote (dots, points, ranking and more), open it, and start the kiosk so that each person votes at this laptop.</source>
            <translation>تطرح الجولة بعض التوصيات للتصويت. اخترها أولاً في صفحة «الاستعراض»: حددها، أو ابحث في القائمة وصفِّها. ثم أنشئ جولة هنا، واختر طريقة التصويت (الملصقات، أو النقاط، أو الترتيب، وغير ذلك)، وافتحها، وشغِّل الكشك ليصوِّت كل شخص على هذا الحاسوب المحمول.</translation>
        </message>
        <message>
            <source>Go to Review</source>
            <translation>الانتقال إلى «الاستعراض»</translation>
        </message>
        <message>
            <source>New round…</source>
            <translation>جولة جديدة…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>تعديل…</translation>
        </message>
        <message>
            <source>Change the title, the rules or the candidates</source>
            <translation>تغيير العنوان أو القواعد أو الخيارات المطروحة</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>حذف</translation>
        </message>
        <message>
            <source>Open for voting</source>
            <translation>فتح باب التصويت</translation>
        </message>
        <message>
            <source>People can vote once the round is open</source>
            <translation>يمكن للناس التصويت بمجرد فتح الجولة</translation>
        </message>
        <message>
            <source>Start kiosk…</source>
            <translation>تشغيل الكشك…</translation>
        </message>
        <message>
            <source>Full screen at this laptop: each person picks their name and votes</source>
            <translation>ملء الشاشة على هذا الحاسوب المحمول: يختار كل شخص اسمه ويصوِّت</translation>
        </message>
        <message>
            <source>Paper ballots…</source>
            <translation>بطاقات الاقتراع الورقية…</translation>
        </message>
        <message>
            <source>Type in ballots that were filled in on paper</source>
            <translation>إدخال بطاقات الاقتراع التي مُلئت على الورق</translation>
        </message>
        <message>
            <source>Wall-chart counts…</source>
            <translation>أعداد المخطط الجداري…</translation>
        </message>
        <message>
            <source>Dots counted on a wall chart, per candidate</source>
            <translation>الملصقات المحسوبة على مخطط جداري، لكل خيار</translation>
        </message>
        <message>
            <source>Attendance…</source>
            <translation>الحضور…</translation>
        </message>
        <message>
            <source>Tick who is present and received a ballot-code slip</source>
            <translation>وضع علامة على الحاضرين ومن تسلَّم قسيمة رمز اقتراع</translation>
        </message>
        <message>
            <source>Show on projector</source>
            <translation>العرض على جهاز العرض</translation>
        </message>
        <message>
            <source>The round and its turnout, large, for the room</source>
            <translation>الجولة ونسبة المشاركة فيها، بحجم كبير، للقاعة</translation>
        </message>
        <message>
            <source>Close round…</source>
            <translation>إغلاق الجولة…</translation>
        </message>
        <message>
            <source>Stop the voting and count the ballots</source>
            <translation>إيقاف التصويت وفرز بطاقات الاقتراع</translation>
        </message>
        <message>
            <source>See results</source>
            <translation>عرض النتائج</translation>
        </message>
        <message>
            <source>How</source>
            <translation>الطريقة</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>الاقتراع</translation>
        </message>
        <message>
            <source>Who votes</source>
            <translation>من يصوِّت</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>القواعد</translation>
        </message>
        <message>
            <source>Turnout</source>
            <translation>نسبة المشاركة</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>الخيارات المطروحة</translation>
        </message>
        <message>
            <source>One ballot per organisation (%1 organisations with registered participants)</source>
            <translation>بطاقة اقتراع واحدة لكل منظمة (المنظمات التي لها مشاركون مسجَّلون: %1)</translation>
        </message>
        <message>
            <source>Each participant (%1 registered)</source>
            <translation>كل مشارك (المسجَّلون: %1)</translation>
        </message>
        <message>
            <source>Rules locked: the round is closed.</source>
            <translation>القواعد مقفلة: الجولة مغلقة.</translation>
        </message>
        <message>
            <source>Rules locked: ballots are in. Method, candidates and budget can no longer change.</source>
            <translation>القواعد مقفلة: وردت بطاقات اقتراع. ولم يعد بالإمكان تغيير الطريقة ولا الخيارات المطروحة ولا رصيد النقاط.</translation>
        </message>
        <message>
            <source>Open the round when the room is ready to vote. Until then you can edit it or delete it.</source>
            <translation>افتح الجولة عندما تكون القاعة مستعدة للتصويت. ويمكنك حتى ذلك الحين تعديلها أو حذفها.</translation>
        </message>
        <message>
            <source>Results stay hidden until you close the round, so no one is swayed by the early count.</source>
            <translation>تبقى النتائج مخفية إلى أن تغلق الجولة، كي لا يتأثر أحد بالفرز المبكر.</translation>
        </message>
        <message>
            <source>The round is closed: the results are on the Results step.</source>
            <translation>الجولة مغلقة: النتائج موجودة في خطوة «النتائج».</translation>
        </message>
        <message>
            <source>Candidates (%1)</source>
            <translation>الخيارات المطروحة (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} voted</source>
            <translation>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n at the laptop</source>
            <translation>
                <numerusform>%n على الحاسوب المحمول</numerusform>
                <numerusform>%n على الحاسوب المحمول</numerusform>
                <numerusform>%n على الحاسوب المحمول</numerusform>
                <numerusform>%n على الحاسوب المحمول</numerusform>
                <numerusform>%n على الحاسوب المحمول</numerusform>
                <numerusform>%n على الحاسوب المحمول</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on paper</source>
            <translation>
                <numerusform>%n على الورق</numerusform>
                <numerusform>%n على الورق</numerusform>
                <numerusform>%n على الورق</numerusform>
                <numerusform>%n على الورق</numerusform>
                <numerusform>%n على الورق</numerusform>
                <numerusform>%n على الورق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on the wall chart</source>
            <translation>
                <numerusform>%n على المخطط الجداري</numerusform>
                <numerusform>%n على المخطط الجداري</numerusform>
                <numerusform>%n على المخطط الجداري</numerusform>
                <numerusform>%n على المخطط الجداري</numerusform>
                <numerusform>%n على المخطط الجداري</numerusform>
                <numerusform>%n على المخطط الجداري</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>%n حاضر</numerusform>
                <numerusform>حاضر واحد</numerusform>
                <numerusform>حاضران</numerusform>
                <numerusform>%n حاضرين</numerusform>
                <numerusform>%n حاضراً</numerusform>
                <numerusform>%n حاضر</numerusform>
            </translation>
        </message>
        <message>
            <source>Round saved. Undo with Ctrl+Z.</source>
            <translation>حُفظت الجولة. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete round</source>
            <translation>حذف الجولة</translation>
        </message>
        <message>
            <source>Delete the draft round “%1”? You can undo this with Ctrl+Z.</source>
            <translation>هل تريد حذف الجولة «%1» التي في مرحلة المسودة؟ يمكنك التراجع عن ذلك بالضغط على Ctrl+Z.</translation>
        </message>
        <message>
            <source>Round deleted. Undo with Ctrl+Z.</source>
            <translation>حُذفت الجولة. للتراجع اضغط Ctrl+Z.</translation>
        </message>
        <message>
            <source>“%1” is open for voting. Start the kiosk, or enter paper ballots.</source>
            <translation>«%1» مفتوحة للتصويت. شغِّل الكشك، أو أدخِل بطاقات الاقتراع الورقية.</translation>
        </message>
        <message>
            <source>Close round</source>
            <translation>إغلاق الجولة</translation>
        </message>
        <message>
            <source>Close “%1” and count the ballots? %2.

A closed round never reopens: no one can vote in it afterwards.</source>
            <translation>هل تريد إغلاق «%1» وفرز بطاقات الاقتراع؟ %2.

الجولة المغلقة لا يُعاد فتحها أبداً: ولا يمكن لأحد أن يصوِّت فيها بعد ذلك.</translation>
        </message>
        <message>
            <source>“%1” is closed. See its results on the Results step.</source>
            <translation>«%1» مغلقة. اطلع على نتائجها في خطوة «النتائج».</translation>
        </message>
        <message>
            <source>The kiosk is running. To leave it, press Facilitator (or Esc) and type the PIN.</source>
            <translation>الكشك قيد التشغيل. لمغادرته، اضغط «الميسِّر» (أو Esc) واكتب رقم PIN.</translation>
        </message>
        <message>
            <source>Kiosk closed.</source>
            <translation>أُغلق الكشك.</translation>
        </message>
        <message>
            <source>The projector view is not available in this version.</source>
            <translation>العرض على جهاز العرض غير متاح في هذا الإصدار.</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>مفتوحة</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلقة</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>اقتراع سري: لا يمكن لأحد أن يرى من صوَّت لأي خيار</translation>
        </message>
        <message>
            <source>Open ballot: who voted for what is kept, and can be shown once the round closes</source>
            <translation>اقتراع علني: يُحتفظ بسجل من صوَّت لأي خيار، ويمكن عرضه بعد إغلاق الجولة</translation>
        </message>
    </context>
    <context>
        <name>VoteRoundList</name>
        <message numerus="yes">
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>%n خيار</numerusform>
                <numerusform>خيار واحد</numerusform>
                <numerusform>خياران</numerusform>
                <numerusform>%n خيارات</numerusform>
                <numerusform>%n خياراً</numerusform>
                <numerusform>%n خيار</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} voted</source>
            <translation>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} have voted</source>
            <translation>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
                <numerusform>صوَّت %n من أصل {eligible}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <source>Draft</source>
            <translation>مسودة</translation>
        </message>
        <message>
            <source>Open for voting</source>
            <translation>مفتوحة للتصويت</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>مغلقة</translation>
        </message>
        <message>
            <source>Each participant</source>
            <translation>كل مشارك</translation>
        </message>
        <message>
            <source>One ballot per organisation</source>
            <translation>بطاقة اقتراع واحدة لكل منظمة</translation>
        </message>
        <message>
            <source>at the laptop</source>
            <translation>على الحاسوب المحمول</translation>
        </message>
        <message>
            <source>on paper</source>
            <translation>على الورق</translation>
        </message>
        <message>
            <source>{voted} of {eligible} have voted</source>
            <translation>صوَّت {voted} من أصل {eligible}</translation>
        </message>
        <message>
            <source>Run-off: {title}</source>
            <translation>جولة إعادة: {title}</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation>التصويت بالملصقات</translation>
        </message>
        <message>
            <source>100-point voting</source>
            <translation>التصويت بتوزيع 100 نقطة</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>التأييد</translation>
        </message>
        <message>
            <source>Score 0–{most}</source>
            <translation>الدرجات 0–{most}</translation>
        </message>
        <message>
            <source>Ranked (Borda)</source>
            <translation>الترتيب (Borda)</translation>
        </message>
        <message>
            <source>Ranked (Schulze)</source>
            <translation>الترتيب (Schulze)</translation>
        </message>
        <message>
            <source>MoSCoW</source>
            <translation>MoSCoW</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>ضروري</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>ينبغي</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>ممكن</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>لن يُنفَّذ</translation>
        </message>
        <message>
            <source>{method}: the number of dots per person is not set yet.</source>
            <translation>{method}: لم يُحدَّد بعد عدد الملصقات لكل شخص.</translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n dot(s) each, at most {cap} on one candidate.</source>
            <translation>
                <numerusform>{method}: %n ملصق لكل شخص، وبحد أقصى {cap} على الخيار الواحد.</numerusform>
                <numerusform>{method}: ملصق واحد لكل شخص، وبحد أقصى {cap} على الخيار الواحد.</numerusform>
                <numerusform>{method}: ملصقان لكل شخص، وبحد أقصى {cap} على الخيار الواحد.</numerusform>
                <numerusform>{method}: %n ملصقات لكل شخص، وبحد أقصى {cap} على الخيار الواحد.</numerusform>
                <numerusform>{method}: %n ملصقاً لكل شخص، وبحد أقصى {cap} على الخيار الواحد.</numerusform>
                <numerusform>{method}: %n ملصق لكل شخص، وبحد أقصى {cap} على الخيار الواحد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n dot(s) each, and any number may go on one candidate.</source>
            <translation>
                <numerusform>{method}: %n ملصق لكل شخص، ويجوز وضع أي عدد منها على الخيار الواحد.</numerusform>
                <numerusform>{method}: ملصق واحد لكل شخص، ويجوز وضع أي عدد منها على الخيار الواحد.</numerusform>
                <numerusform>{method}: ملصقان لكل شخص، ويجوز وضع أي عدد منها على الخيار الواحد.</numerusform>
                <numerusform>{method}: %n ملصقات لكل شخص، ويجوز وضع أي عدد منها على الخيار الواحد.</numerusform>
                <numerusform>{method}: %n ملصقاً لكل شخص، ويجوز وضع أي عدد منها على الخيار الواحد.</numerusform>
                <numerusform>{method}: %n ملصق لكل شخص، ويجوز وضع أي عدد منها على الخيار الواحد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n point(s) each to share out, at most {cap} on one candidate.</source>
            <translation>
                <numerusform>{method}: %n نقطة لكل شخص لتوزيعها، وبحد أقصى {cap} على الخيار الواحد.</numerusform>
                <numerusform>{method}: نقطة واحدة لكل شخص لتوزيعها، وبحد أقصى {cap} على الخيار الواحد.</numerusform>
                <numerusform>{method}: نقطتان لكل شخص لتوزيعها، وبحد أقصى {cap} على الخيار الواحد.</numerusform>
                <numerusform>{method}: %n نقاط لكل شخص لتوزيعها، وبحد أقصى {cap} على الخيار الواحد.</numerusform>
                <numerusform>{method}: %n نقطة لكل شخص لتوزيعها، وبحد أقصى {cap} على الخيار الواحد.</numerusform>
                <numerusform>{method}: %n نقطة لكل شخص لتوزيعها، وبحد أقصى {cap} على الخيار الواحد.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n point(s) each to share out, and any number may go on one candidate.</source>
            <translation>
                <numerusform>{method}: %n نقطة لكل شخص لتوزيعها، ويجوز وضع أي عدد منها على الخيار الواحد.</numerusform>
                <numerusform>{method}: نقطة واحدة لكل شخص لتوزيعها، ويجوز وضع أي عدد منها على الخيار الواحد.</numerusform>
                <numerusform>{method}: نقطتان لكل شخص لتوزيعها، ويجوز وضع أي عدد منها على الخيار الواحد.</numerusform>
                <numerusform>{method}: %n نقاط لكل شخص لتوزيعها، ويجوز وضع أي عدد منها على الخيار الواحد.</numerusform>
                <numerusform>{method}: %n نقطة لكل شخص لتوزيعها، ويجوز وضع أي عدد منها على الخيار الواحد.</numerusform>
                <numerusform>{method}: %n نقطة لكل شخص لتوزيعها، ويجوز وضع أي عدد منها على الخيار الواحد.</numerusform>
            </translation>
        </message>
        <message>
            <source>{method}: tick every candidate you support, as many as you like; candidates are ranked by the number of ticks.</source>
            <translation>{method}: ضع علامة على كل خيار تؤيده، بأي عدد تشاء؛ وتُرتَّب الخيارات حسب عدد العلامات.</translation>
        </message>
        <message>
            <source>{method}: rate any candidate from 0 to {most}; candidates are ranked by the sum of their scores. A candidate left unrated gets no score (not a 0), so its mean is over the people who rated it.</source>
            <translation>{method}: قيِّم أي خيار من 0 إلى {most}؛ وتُرتَّب الخيارات حسب مجموع درجاتها. والخيار الذي يُترك دون تقييم لا يحصل على أي درجة (وليس على 0)، ولذلك يُحسب متوسطه على أساس الأشخاص الذين قيَّموه.</translation>
        </message>
        <message>
            <source>{method}: rank as many candidates as you like, best first; you may rank some level. A ballot that ranks k candidates gives k points to its first choice, k − 1 to the second, and so on down to 1 point for the last one ranked; unranked candidates get 0. Candidates ranked level share the points of the places they fill: two level in 2nd and 3rd place of 4 get (3 + 2) ÷ 2 = 2.5 each. Candidates are ranked by their points.</source>
            <translation>{method}: رتِّب أي عدد تشاء من الخيارات، الأفضل أولاً؛ ويجوز لك ترتيب بعضها بالتساوي. وبطاقة الاقتراع التي ترتِّب k من الخيارات تمنح k من النقاط لخيارها الأول، وk − 1 للثاني، وهكذا وصولاً إلى نقطة واحدة لآخر خيار مرتَّب؛ وتحصل الخيارات غير المرتَّبة على 0. وتتقاسم الخيارات المرتَّبة بالتساوي نقاط المراتب التي تشغلها: فالخياران المتساويان في المرتبتين الثانية والثالثة من أصل 4 يحصل كل منهما على (3 + 2) ÷ 2 = 2.5. وتُرتَّب الخيارات حسب نقاطها.</translation>
        </message>
        <message>
            <source>{method}: rank as many candidates as you like, best first; you may rank some level, and unranked candidates count as level below every ranked one. X beats Y when the strongest chain of head-to-head wins from X to Y is stronger than the strongest chain from Y to X. A chain is as strong as its weakest win; a win is stronger when more ballots back it, or as many back it and fewer oppose it. First place goes to every candidate no one beats; then the same among the rest, and so on. Candidates sharing a place do not beat each other; the beatpath wins shown are not used to separate them.</source>
            <translation>{method}: رتِّب أي عدد تشاء من الخيارات، الأفضل أولاً؛ ويجوز لك ترتيب بعضها بالتساوي، وتُعدّ الخيارات غير المرتَّبة متساوية فيما بينها وأدنى من كل خيار مرتَّب. ويتغلب X على Y عندما تكون أقوى سلسلة من الانتصارات المباشرة من X إلى Y أقوى من أقوى سلسلة من Y إلى X. وقوة السلسلة هي قوة أضعف انتصار فيها؛ ويكون الانتصار أقوى عندما تؤيده بطاقات اقتراع أكثر، أو عندما يؤيده العدد نفسه ويعارضه عدد أقل. وتذهب المرتبة الأولى إلى كل خيار لا يتغلب عليه أي خيار آخر؛ ثم يُتبع الأسلوب نفسه بين الخيارات المتبقية، وهكذا. والخيارات التي تتشارك مرتبة لا يتغلب أي منها على الآخر؛ ولا تُستخدم الانتصارات بالمسار الأقوى المعروضة للتمييز بينها.</translation>
        </message>
        <message>
            <source>{method}: mark each candidate Must, Should, Could or Won't; candidates are ranked by points (Must 3, Should 2, Could 1, Won't 0).</source>
            <translation>{method}: صنِّف كل خيار بأنه ضروري (Must)، أو ينبغي (Should)، أو ممكن (Could)، أو لن يُنفَّذ (Won't)؛ وتُرتَّب الخيارات حسب النقاط (ضروري 3، ينبغي 2، ممكن 1، لن يُنفَّذ 0).</translation>
        </message>
        <message>
            <source>This round's voting method ({value!r}) is not one this version knows. Choose the method again.</source>
            <translation>طريقة التصويت في هذه الجولة ({value!r}) ليست من الطرق التي يعرفها هذا الإصدار. اختر الطريقة مرة أخرى.</translation>
        </message>
        <message>
            <source>Dot voting needs a number of dots per person. Set it before opening the round.</source>
            <translation>يحتاج التصويت بالملصقات إلى تحديد عدد الملصقات لكل شخص. حدِّده قبل فتح الجولة.</translation>
        </message>
        <message>
            <source>Each person needs at least 1 dot, as a whole number; the round says {dots}. Set the dots per person to 1 or more.</source>
            <translation>يحتاج كل شخص إلى ملصق واحد على الأقل، بعدد صحيح؛ والجولة تحدد {dots}. اجعل عدد الملصقات لكل شخص 1 أو أكثر.</translation>
        </message>
        <message>
            <source>The points budget must be a whole number of at least 1; the round says {points}. Set it to {default}, or another number of 1 or more.</source>
            <translation>يجب أن يكون رصيد النقاط عدداً صحيحاً لا يقل عن 1؛ والجولة تحدد {points}. اجعله {default}، أو أي عدد آخر يساوي 1 أو أكثر.</translation>
        </message>
        <message>
            <source>A limit per candidate only applies to dot voting and 100-point voting. Clear it for {method}.</source>
            <translation>لا ينطبق الحد الأقصى لكل خيار إلا على التصويت بالملصقات والتصويت بتوزيع 100 نقطة. امسحه في {method}.</translation>
        </message>
        <message>
            <source>The most on one candidate must be a whole number of at least 1; the round says {cap}. Raise it, or clear it to allow any amount.</source>
            <translation>يجب أن يكون الحد الأقصى على الخيار الواحد عدداً صحيحاً لا يقل عن 1؛ والجولة تحدد {cap}. ارفعه، أو امسحه للسماح بأي مقدار.</translation>
        </message>
        <message numerus="yes">
            <source>The most on one candidate ({cap}) is more than each person's %n dot(s). Lower it to {budget} or less, or clear it.</source>
            <translation>
                <numerusform>الحد الأقصى على الخيار الواحد ({cap}) يتجاوز ما لدى كل شخص من ملصقات (%n ملصق). اخفضه إلى {budget} أو أقل، أو امسحه.</numerusform>
                <numerusform>الحد الأقصى على الخيار الواحد ({cap}) يتجاوز ما لدى كل شخص من ملصقات (ملصق واحد). اخفضه إلى {budget} أو أقل، أو امسحه.</numerusform>
                <numerusform>الحد الأقصى على الخيار الواحد ({cap}) يتجاوز ما لدى كل شخص من ملصقات (ملصقان). اخفضه إلى {budget} أو أقل، أو امسحه.</numerusform>
                <numerusform>الحد الأقصى على الخيار الواحد ({cap}) يتجاوز ما لدى كل شخص من ملصقات (%n ملصقات). اخفضه إلى {budget} أو أقل، أو امسحه.</numerusform>
                <numerusform>الحد الأقصى على الخيار الواحد ({cap}) يتجاوز ما لدى كل شخص من ملصقات (%n ملصقاً). اخفضه إلى {budget} أو أقل، أو امسحه.</numerusform>
                <numerusform>الحد الأقصى على الخيار الواحد ({cap}) يتجاوز ما لدى كل شخص من ملصقات (%n ملصق). اخفضه إلى {budget} أو أقل، أو امسحه.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The most on one candidate ({cap}) is more than each person's %n point(s). Lower it to {budget} or less, or clear it.</source>
            <translation>
                <numerusform>الحد الأقصى على الخيار الواحد ({cap}) يتجاوز ما لدى كل شخص من نقاط (%n نقطة). اخفضه إلى {budget} أو أقل، أو امسحه.</numerusform>
                <numerusform>الحد الأقصى على الخيار الواحد ({cap}) يتجاوز ما لدى كل شخص من نقاط (نقطة واحدة). اخفضه إلى {budget} أو أقل، أو امسحه.</numerusform>
                <numerusform>الحد الأقصى على الخيار الواحد ({cap}) يتجاوز ما لدى كل شخص من نقاط (نقطتان). اخفضه إلى {budget} أو أقل، أو امسحه.</numerusform>
                <numerusform>الحد الأقصى على الخيار الواحد ({cap}) يتجاوز ما لدى كل شخص من نقاط (%n نقاط). اخفضه إلى {budget} أو أقل، أو امسحه.</numerusform>
                <numerusform>الحد الأقصى على الخيار الواحد ({cap}) يتجاوز ما لدى كل شخص من نقاط (%n نقطة). اخفضه إلى {budget} أو أقل، أو امسحه.</numerusform>
                <numerusform>الحد الأقصى على الخيار الواحد ({cap}) يتجاوز ما لدى كل شخص من نقاط (%n نقطة). اخفضه إلى {budget} أو أقل، أو امسحه.</numerusform>
            </translation>
        </message>
        <message>
            <source>A vote needs at least 2 candidates; this round has {count}. Add candidates before opening it.</source>
            <translation>يحتاج التصويت إلى خيارين على الأقل؛ وفي هذه الجولة {count}. أضف خيارات قبل فتحها.</translation>
        </message>
        <message>
            <source>A ranked vote works on a shortlist of at most {most} candidates; this round has {count}. Shortlist first (for example with a dot-voting round), or use dot, approval or score voting.</source>
            <translation>لا يصلح التصويت الترتيبي إلا لقائمة مختصرة لا تتجاوز {most} خيارات؛ وفي هذه الجولة {count}. أعِدّ قائمة مختصرة أولاً (مثلاً بجولة تصويت بالملصقات)، أو استخدم التصويت بالملصقات أو بالتأييد أو بالدرجات.</translation>
        </message>
        <message>
            <source>For dot voting, give the number of dots on each candidate.</source>
            <translation>في التصويت بالملصقات، حدِّد عدد الملصقات على كل خيار.</translation>
        </message>
        <message>
            <source>For 100-point voting, give the number of points on each candidate.</source>
            <translation>في التصويت بتوزيع 100 نقطة، حدِّد عدد النقاط على كل خيار.</translation>
        </message>
        <message>
            <source>For approval voting, give the list of candidates ticked.</source>
            <translation>في التصويت بالتأييد، قدِّم قائمة الخيارات المؤشَّر عليها.</translation>
        </message>
        <message>
            <source>For score voting, give a score from 0 to {most} for each candidate rated.</source>
            <translation>في التصويت بالدرجات، امنح درجة من 0 إلى {most} لكل خيار مقيَّم.</translation>
        </message>
        <message>
            <source>For a ranked vote, give the candidates in order, best first. Put candidates you rank level together in a list of their own.</source>
            <translation>في التصويت الترتيبي، قدِّم الخيارات مرتبة، الأفضل أولاً. وضع الخيارات التي ترتِّبها بالتساوي معاً في قائمة مستقلة بها.</translation>
        </message>
        <message>
            <source>For MoSCoW, give Must, Should, Could or Won't for each candidate classified.</source>
            <translation>في طريقة MoSCoW، حدِّد Must أو Should أو Could أو Won't لكل خيار مصنَّف.</translation>
        </message>
        <message>
            <source>“{key}” is not a candidate in this round. Remove it from the ballot.</source>
            <translation>«{key}» ليس خياراً في هذه الجولة. أزله من بطاقة الاقتراع.</translation>
        </message>
        <message>
            <source>{candidate} is not a candidate in this round. Remove it from the ballot.</source>
            <translation>{candidate} ليس خياراً في هذه الجولة. أزله من بطاقة الاقتراع.</translation>
        </message>
        <message>
            <source>A group of candidates ranked level holds candidates only, not another group. {hint}</source>
            <translation>مجموعة الخيارات المرتَّبة بالتساوي لا تضم إلا خيارات، وليس مجموعة أخرى. {hint}</translation>
        </message>
        <message>
            <source>{candidate} is ranked twice. Rank each candidate once at most.</source>
            <translation>رُتِّب {candidate} مرتين. رتِّب كل خيار مرة واحدة على الأكثر.</translation>
        </message>
        <message numerus="yes">
            <source>{candidate} is ranked %n times. Rank each candidate once at most.</source>
            <translation>
                <numerusform>رُتِّب {candidate} %n مرة. رتِّب كل خيار مرة واحدة على الأكثر.</numerusform>
                <numerusform>رُتِّب {candidate} مرة واحدة. رتِّب كل خيار مرة واحدة على الأكثر.</numerusform>
                <numerusform>رُتِّب {candidate} مرتين. رتِّب كل خيار مرة واحدة على الأكثر.</numerusform>
                <numerusform>رُتِّب {candidate} %n مرات. رتِّب كل خيار مرة واحدة على الأكثر.</numerusform>
                <numerusform>رُتِّب {candidate} %n مرة. رتِّب كل خيار مرة واحدة على الأكثر.</numerusform>
                <numerusform>رُتِّب {candidate} %n مرة. رتِّب كل خيار مرة واحدة على الأكثر.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{value}” is not a MoSCoW choice (for {candidate}). Use Must, Should, Could or Won't.</source>
            <translation>«{value}» ليس من خيارات MoSCoW (بالنسبة إلى {candidate}). استخدم Must أو Should أو Could أو Won't.</translation>
        </message>
        <message>
            <source>Scores run from 0 to {score_max}: {candidate} has {n}. Give a score from 0 to {score_max}, or leave it unrated.</source>
            <translation>تتراوح الدرجات بين 0 و{score_max}: وقد حصل {candidate} على {n}. امنح درجة من 0 إلى {score_max}، أو اتركه دون تقييم.</translation>
        </message>
        <message>
            <source>This ballot puts {count} on {candidate}; the most on one candidate is {cap}. Take {number} off.</source>
            <translation>تضع بطاقة الاقتراع هذه {count} على {candidate}؛ والحد الأقصى على الخيار الواحد {cap}. أنقِص {number}.</translation>
        </message>
        <message>
            <source>This ballot gives {count}; each person has {budget}. Take {number} off.</source>
            <translation>تمنح بطاقة الاقتراع هذه {count}؛ ولدى كل شخص {budget}. أنقِص {number}.</translation>
        </message>
        <message>
            <source>{candidate} has “{value}”, which is not a number. Give a whole number.</source>
            <translation>لدى {candidate} القيمة «{value}»، وهي ليست رقماً. أدخِل عدداً صحيحاً.</translation>
        </message>
        <message>
            <source>Dots are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>الملصقات أعداد صحيحة: لدى {candidate} القيمة {value:g}. أدخِل عدداً صحيحاً.</translation>
        </message>
        <message>
            <source>Points are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>النقاط أعداد صحيحة: لدى {candidate} القيمة {value:g}. أدخِل عدداً صحيحاً.</translation>
        </message>
        <message>
            <source>Scores are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>الدرجات أعداد صحيحة: لدى {candidate} القيمة {value:g}. أدخِل عدداً صحيحاً.</translation>
        </message>
        <message>
            <source>{candidate} has {value}; a ballot cannot give a negative number. Use 0 or more.</source>
            <translation>لدى {candidate} القيمة {value}؛ ولا يمكن لبطاقة الاقتراع أن تمنح عدداً سالباً. استخدم 0 أو أكثر.</translation>
        </message>
        <message>
            <source>Candidate {dup} is listed twice in this round. Remove the repeat, then count again.</source>
            <translation>الخيار {dup} مدرج مرتين في هذه الجولة. أزل التكرار، ثم أعِد الفرز.</translation>
        </message>
        <message>
            <source>Wall-chart counts only apply to dot voting and 100-point voting; this round uses {label}. Enter the paper ballots one by one instead.</source>
            <translation>لا تنطبق أعداد المخطط الجداري إلا على التصويت بالملصقات والتصويت بتوزيع 100 نقطة؛ وهذه الجولة تستخدم {label}. أدخِل بطاقات الاقتراع الورقية واحدة تلو الأخرى بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>The wall chart has a count for candidate {c}, which is not in this round. Remove that count.</source>
            <translation>يتضمن المخطط الجداري عدداً للخيار {c}، وهو ليس في هذه الجولة. أزل ذلك العدد.</translation>
        </message>
        <message>
            <source>The wall-chart count for candidate {c} is {n}. Counts are whole numbers, 0 or more.</source>
            <translation>العدد المسجل في المخطط الجداري للخيار {c} هو {n}. والأعداد أعداد صحيحة، 0 أو أكثر.</translation>
        </message>
        <message>
            <source>A ballot names candidate {candidate!r}, which is not in this round. Restore the candidate or remove the ballot, then count again.</source>
            <translation>تذكر إحدى بطاقات الاقتراع الخيار {candidate!r}، وهو ليس في هذه الجولة. استعِد الخيار أو أزل بطاقة الاقتراع، ثم أعِد الفرز.</translation>
        </message>
        <message>
            <source>A ballot has “{word}” for candidate {c}, which is not a MoSCoW choice. Correct the ballot, then count again.</source>
            <translation>تتضمن إحدى بطاقات الاقتراع «{word}» للخيار {c}، وهو ليس من خيارات MoSCoW. صحِّح بطاقة الاقتراع، ثم أعِد الفرز.</translation>
        </message>
        <message>
            <source>The Schulze count found a cycle of wins, which the method rules out. Report this with the workshop file.</source>
            <translation>وجد فرز Schulze دورة من الانتصارات، وهو ما تستبعده الطريقة. أبلغ عن ذلك مع إرفاق ملف حلقة العمل.</translation>
        </message>
        <message>
            <source>{number} {unit}</source>
            <comment>a fraction of a unit, e.g. 2.5 Borda points</comment>
            <translation>{number} {unit}</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n ملصق</numerusform>
                <numerusform>ملصق واحد</numerusform>
                <numerusform>ملصقان</numerusform>
                <numerusform>%n ملصقات</numerusform>
                <numerusform>%n ملصقاً</numerusform>
                <numerusform>%n ملصق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approval(s)</source>
            <translation>
                <numerusform>%n تأييد</numerusform>
                <numerusform>تأييد واحد</numerusform>
                <numerusform>تأييدان</numerusform>
                <numerusform>%n تأييدات</numerusform>
                <numerusform>%n تأييداً</numerusform>
                <numerusform>%n تأييد</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Borda point(s)</source>
            <translation>
                <numerusform>%n نقطة Borda</numerusform>
                <numerusform>نقطة Borda واحدة</numerusform>
                <numerusform>نقطتا Borda</numerusform>
                <numerusform>%n نقاط Borda</numerusform>
                <numerusform>%n نقطة Borda</numerusform>
                <numerusform>%n نقطة Borda</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beatpath win(s)</source>
            <translation>
                <numerusform>%n فوز بالمسار الأقوى</numerusform>
                <numerusform>فوز واحد بالمسار الأقوى</numerusform>
                <numerusform>فوزان بالمسار الأقوى</numerusform>
                <numerusform>%n انتصارات بالمسار الأقوى</numerusform>
                <numerusform>%n فوزاً بالمسار الأقوى</numerusform>
                <numerusform>%n فوز بالمسار الأقوى</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MoSCoW point(s)</source>
            <translation>
                <numerusform>%n نقطة MoSCoW</numerusform>
                <numerusform>نقطة MoSCoW واحدة</numerusform>
                <numerusform>نقطتا MoSCoW</numerusform>
                <numerusform>%n نقاط MoSCoW</numerusform>
                <numerusform>%n نقطة MoSCoW</numerusform>
                <numerusform>%n نقطة MoSCoW</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n نقطة</numerusform>
                <numerusform>نقطة واحدة</numerusform>
                <numerusform>نقطتان</numerusform>
                <numerusform>%n نقاط</numerusform>
                <numerusform>%n نقطة</numerusform>
                <numerusform>%n نقطة</numerusform>
            </translation>
        </message>
        <message>
            <source>dots</source>
            <translation>الملصقات</translation>
        </message>
        <message>
            <source>approvals</source>
            <translation>التأييدات</translation>
        </message>
        <message>
            <source>Borda points</source>
            <translation>نقاط Borda</translation>
        </message>
        <message>
            <source>beatpath wins</source>
            <translation>الانتصارات بالمسار الأقوى</translation>
        </message>
        <message>
            <source>MoSCoW points</source>
            <translation>نقاط MoSCoW</translation>
        </message>
        <message>
            <source>points</source>
            <translation>النقاط</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>the ordinal 1 in “1st choice”</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>an ordinal choice: 4th, 11th, 13th, 20th choice</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>an ordinal choice ending in 1, not 1 or 11: 21st choice</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <comment>an ordinal choice ending in 2: 2nd, 22nd choice</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <comment>an ordinal choice ending in 3: 3rd, 23rd choice</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>the ordinal 1 in “1st place”</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>an ordinal place: 4th, 11th, 13th, 20th place</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>an ordinal place ending in 1, not 1 or 11: 21st place</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <comment>an ordinal place ending in 2: 2nd, 22nd place</comment>
            <translation>{n}</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <comment>an ordinal place ending in 3: 3rd, 23rd place</comment>
            <translation>{n}</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n others</source>
            <translation>
                <numerusform>{names} و%n آخرين</numerusform>
                <numerusform>{names} وآخر</numerusform>
                <numerusform>{names} وآخران</numerusform>
                <numerusform>{names} و%n آخرين</numerusform>
                <numerusform>{names} و%n آخرين</numerusform>
                <numerusform>{names} و%n آخرين</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} share {place} place: none of them beats another on the strongest chain of head-to-head wins. No tie-break is applied: hold a run-off to separate them.</source>
            <translation>تتشارك {names} المرتبة {place}: لا يتغلب أي منها على الآخر في أقوى سلسلة من الانتصارات المباشرة. لا يُطبَّق أي ترجيح لكسر التعادل: أجرِ جولة إعادة للتمييز بينها.</translation>
        </message>
        <message>
            <source>{names} got no {unit}; they share {place} place.</source>
            <translation>لم تحصل {names} على شيء من {unit}؛ وهي تتشارك المرتبة {place}.</translation>
        </message>
        <message>
            <source>{names} are tied for {place} place with {amount} each. No tie-break is applied: hold a run-off to separate them.</source>
            <translation>تتعادل {names} على المرتبة {place} بحصول كل منها على {amount}. لا يُطبَّق أي ترجيح لكسر التعادل: أجرِ جولة إعادة للتمييز بينها.</translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are exactly level head to head: %n ballot(s) put {higher} higher and %n put {lower} higher. {higher} ranks above only on Borda points. Between these two it is a tie: hold a run-off to separate them.</source>
            <translation>
                <numerusform>{higher} و{lower} متساويان تماماً في المقارنة المباشرة بينهما: %n بطاقة اقتراع تضع {higher} في مرتبة أعلى و%n تضع {lower} في مرتبة أعلى. ولا يتقدم {higher} إلا بنقاط Borda. وبين هذين الخيارين هناك تعادل: أجرِ جولة إعادة للتمييز بينهما.</numerusform>
                <numerusform>{higher} و{lower} متساويان تماماً في المقارنة المباشرة بينهما: بطاقة اقتراع واحدة تضع {higher} في مرتبة أعلى وبطاقة واحدة تضع {lower} في مرتبة أعلى. ولا يتقدم {higher} إلا بنقاط Borda. وبين هذين الخيارين هناك تعادل: أجرِ جولة إعادة للتمييز بينهما.</numerusform>
                <numerusform>{higher} و{lower} متساويان تماماً في المقارنة المباشرة بينهما: بطاقتا اقتراع تضعان {higher} في مرتبة أعلى وبطاقتان تضعان {lower} في مرتبة أعلى. ولا يتقدم {higher} إلا بنقاط Borda. وبين هذين الخيارين هناك تعادل: أجرِ جولة إعادة للتمييز بينهما.</numerusform>
                <numerusform>{higher} و{lower} متساويان تماماً في المقارنة المباشرة بينهما: %n بطاقات اقتراع تضع {higher} في مرتبة أعلى و%n تضع {lower} في مرتبة أعلى. ولا يتقدم {higher} إلا بنقاط Borda. وبين هذين الخيارين هناك تعادل: أجرِ جولة إعادة للتمييز بينهما.</numerusform>
                <numerusform>{higher} و{lower} متساويان تماماً في المقارنة المباشرة بينهما: %n بطاقة اقتراع تضع {higher} في مرتبة أعلى و%n تضع {lower} في مرتبة أعلى. ولا يتقدم {higher} إلا بنقاط Borda. وبين هذين الخيارين هناك تعادل: أجرِ جولة إعادة للتمييز بينهما.</numerusform>
                <numerusform>{higher} و{lower} متساويان تماماً في المقارنة المباشرة بينهما: %n بطاقة اقتراع تضع {higher} في مرتبة أعلى و%n تضع {lower} في مرتبة أعلى. ولا يتقدم {higher} إلا بنقاط Borda. وبين هذين الخيارين هناك تعادل: أجرِ جولة إعادة للتمييز بينهما.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are exactly level head to head: %n ballot(s) put {higher} higher and %n put {lower} higher. {higher} ranks above only because of how each fares against other candidates. Between these two it is a tie: hold a run-off to separate them.</source>
            <translation>
                <numerusform>{higher} و{lower} متساويان تماماً في المقارنة المباشرة بينهما: %n بطاقة اقتراع تضع {higher} في مرتبة أعلى و%n تضع {lower} في مرتبة أعلى. ولا يتقدم {higher} إلا بسبب أداء كل منهما أمام الخيارات الأخرى. وبين هذين الخيارين هناك تعادل: أجرِ جولة إعادة للتمييز بينهما.</numerusform>
                <numerusform>{higher} و{lower} متساويان تماماً في المقارنة المباشرة بينهما: بطاقة اقتراع واحدة تضع {higher} في مرتبة أعلى وبطاقة واحدة تضع {lower} في مرتبة أعلى. ولا يتقدم {higher} إلا بسبب أداء كل منهما أمام الخيارات الأخرى. وبين هذين الخيارين هناك تعادل: أجرِ جولة إعادة للتمييز بينهما.</numerusform>
                <numerusform>{higher} و{lower} متساويان تماماً في المقارنة المباشرة بينهما: بطاقتا اقتراع تضعان {higher} في مرتبة أعلى وبطاقتان تضعان {lower} في مرتبة أعلى. ولا يتقدم {higher} إلا بسبب أداء كل منهما أمام الخيارات الأخرى. وبين هذين الخيارين هناك تعادل: أجرِ جولة إعادة للتمييز بينهما.</numerusform>
                <numerusform>{higher} و{lower} متساويان تماماً في المقارنة المباشرة بينهما: %n بطاقات اقتراع تضع {higher} في مرتبة أعلى و%n تضع {lower} في مرتبة أعلى. ولا يتقدم {higher} إلا بسبب أداء كل منهما أمام الخيارات الأخرى. وبين هذين الخيارين هناك تعادل: أجرِ جولة إعادة للتمييز بينهما.</numerusform>
                <numerusform>{higher} و{lower} متساويان تماماً في المقارنة المباشرة بينهما: %n بطاقة اقتراع تضع {higher} في مرتبة أعلى و%n تضع {lower} في مرتبة أعلى. ولا يتقدم {higher} إلا بسبب أداء كل منهما أمام الخيارات الأخرى. وبين هذين الخيارين هناك تعادل: أجرِ جولة إعادة للتمييز بينهما.</numerusform>
                <numerusform>{higher} و{lower} متساويان تماماً في المقارنة المباشرة بينهما: %n بطاقة اقتراع تضع {higher} في مرتبة أعلى و%n تضع {lower} في مرتبة أعلى. ولا يتقدم {higher} إلا بسبب أداء كل منهما أمام الخيارات الأخرى. وبين هذين الخيارين هناك تعادل: أجرِ جولة إعادة للتمييز بينهما.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are nearly level head to head: %n ballot(s) put {higher} higher, {under} put {lower} higher. Consider a run-off.</source>
            <translation>
                <numerusform>{higher} و{lower} متقاربان جداً في المقارنة المباشرة بينهما: %n بطاقة اقتراع تضع {higher} في مرتبة أعلى، و{under} تضع {lower} في مرتبة أعلى. فكِّر في إجراء جولة إعادة.</numerusform>
                <numerusform>{higher} و{lower} متقاربان جداً في المقارنة المباشرة بينهما: بطاقة اقتراع واحدة تضع {higher} في مرتبة أعلى، و{under} تضع {lower} في مرتبة أعلى. فكِّر في إجراء جولة إعادة.</numerusform>
                <numerusform>{higher} و{lower} متقاربان جداً في المقارنة المباشرة بينهما: بطاقتا اقتراع تضعان {higher} في مرتبة أعلى، و{under} تضع {lower} في مرتبة أعلى. فكِّر في إجراء جولة إعادة.</numerusform>
                <numerusform>{higher} و{lower} متقاربان جداً في المقارنة المباشرة بينهما: %n بطاقات اقتراع تضع {higher} في مرتبة أعلى، و{under} تضع {lower} في مرتبة أعلى. فكِّر في إجراء جولة إعادة.</numerusform>
                <numerusform>{higher} و{lower} متقاربان جداً في المقارنة المباشرة بينهما: %n بطاقة اقتراع تضع {higher} في مرتبة أعلى، و{under} تضع {lower} في مرتبة أعلى. فكِّر في إجراء جولة إعادة.</numerusform>
                <numerusform>{higher} و{lower} متقاربان جداً في المقارنة المباشرة بينهما: %n بطاقة اقتراع تضع {higher} في مرتبة أعلى، و{under} تضع {lower} في مرتبة أعلى. فكِّر في إجراء جولة إعادة.</numerusform>
            </translation>
        </message>
        <message>
            <source>{higher} ({higher_amount}) and {lower} ({lower_amount}) are within {margin} of each other: a tie in practice. Consider a run-off.</source>
            <translation>{higher} ({higher_amount}) و{lower} ({lower_amount}) لا يفصل بينهما أكثر من {margin}: أي أنهما متعادلان عملياً. فكِّر في إجراء جولة إعادة.</translation>
        </message>
        <message>
            <source>There is no voting round {round_id} in this workshop.</source>
            <translation>لا توجد في حلقة العمل هذه جولة تصويت برقم {round_id}.</translation>
        </message>
        <message>
            <source>{label} is not registered with an organisation, and this round takes one ballot per organisation.</source>
            <translation>{label} غير مسجَّل مع منظمة، وهذه الجولة تعتمد بطاقة اقتراع واحدة لكل منظمة.</translation>
        </message>
        <message>
            <source>{label} has already voted in “{title}”. Each person votes once.</source>
            <translation>سبق أن صوَّت {label} في «{title}». يصوِّت كل شخص مرة واحدة.</translation>
        </message>
        <message>
            <source>{organisation} has already voted in “{title}”. Each organisation votes once.</source>
            <translation>سبق أن صوَّتت {organisation} في «{title}». تصوِّت كل منظمة مرة واحدة.</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet. Results show once it has been opened and closed.</source>
            <translation>لم تُفتح «{title}» للتصويت بعد. تظهر النتائج بعد فتحها وإغلاقها.</translation>
        </message>
        <message>
            <source>Results of “{title}” show when the round closes. So far {sentence}.</source>
            <translation>تظهر نتائج «{title}» عند إغلاق الجولة. حتى الآن {sentence}.</translation>
        </message>
        <message>
            <source>This round is secret: ballots are not linked to anyone.</source>
            <translation>هذه الجولة سرية: لا ترتبط بطاقات الاقتراع بأي شخص.</translation>
        </message>
        <message>
            <source>Ballots show when the round closes.</source>
            <translation>تظهر بطاقات الاقتراع عند إغلاق الجولة.</translation>
        </message>
        <message>
            <source>{missing_count} of the chosen recommendations are no longer in the workshop.</source>
            <translation>{missing_count} من التوصيات المختارة لم تعد موجودة في حلقة العمل.</translation>
        </message>
        <message>
            <source>The round needs a title.</source>
            <translation>يجب أن يكون للجولة عنوان.</translation>
        </message>
        <message>
            <source>The title is too long (at most {title_max} characters).</source>
            <translation>العنوان طويل جداً (الحد الأقصى {title_max} حرفاً).</translation>
        </message>
        <message>
            <source>Create voting round “{title}”</source>
            <translation>إنشاء جولة التصويت «{title}»</translation>
        </message>
        <message>
            <source>Anonymous ballot codes are for secret rounds. Make the round secret.</source>
            <translation>رموز الاقتراع المُغفَلة الهوية مخصصة للجولات السرية. اجعل الجولة سرية.</translation>
        </message>
        <message>
            <source>Anonymous ballot codes can't tell organisations apart: a round with one ballot per organisation uses secret ballots by name.</source>
            <translation>لا تستطيع رموز الاقتراع المُغفَلة الهوية التمييز بين المنظمات: فالجولة التي تعتمد بطاقة اقتراع واحدة لكل منظمة تستخدم اقتراعاً سرياً بالأسماء.</translation>
        </message>
        <message>
            <source>The number of ballot codes must be between 1 and {max_codes}.</source>
            <translation>يجب أن يكون عدد رموز الاقتراع بين 1 و{max_codes}.</translation>
        </message>
        <message>
            <source>The rules of “{title}” are locked: ballots are in. Method, candidates and budget can no longer change. Create a new round instead.</source>
            <translation>قواعد «{title}» مقفلة: فقد وردت بطاقات اقتراع. ولم يعد من الممكن تغيير الطريقة ولا الخيارات ولا الرصيد. أنشئ جولة جديدة بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>“{title}” is open: its ballot codes were made when it opened, so whether it uses codes, and how many, can no longer change. Create a new round instead.</source>
            <translation>«{title}» مفتوحة: أُنشئت رموز الاقتراع الخاصة بها عند فتحها، ولذلك لم يعد من الممكن تغيير استخدامها للرموز ولا عددها. أنشئ جولة جديدة بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>Edit voting round “{new_title}”</source>
            <translation>تعديل جولة التصويت «{new_title}»</translation>
        </message>
        <message>
            <source>The rules of “{title}” are locked: ballots are in, so this step can no longer be undone.</source>
            <translation>قواعد «{title}» مقفلة: فقد وردت بطاقات اقتراع، ولذلك لم يعد من الممكن التراجع عن هذه الخطوة.</translation>
        </message>
        <message>
            <source>Delete voting round “{title}”</source>
            <translation>حذف جولة التصويت «{title}»</translation>
        </message>
        <message>
            <source>“{title}” has been opened for voting, so it stays in the workshop's record.</source>
            <translation>فُتحت «{title}» للتصويت، ولذلك تبقى في سجل حلقة العمل.</translation>
        </message>
        <message>
            <source>A run-off follows a closed round; “{title}” is not closed yet.</source>
            <translation>تأتي جولة الإعادة بعد جولة مغلقة؛ و«{title}» لم تُغلق بعد.</translation>
        </message>
        <message>
            <source>A run-off needs at least two of this round's candidates.</source>
            <translation>تحتاج جولة الإعادة إلى خيارين على الأقل من خيارات هذه الجولة.</translation>
        </message>
        <message>
            <source>Someone ticked present is not registered for this round. Refresh the list and tick again.</source>
            <translation>أحد الأشخاص الذين وُضعت عليهم علامة الحضور غير مسجل في هذه الجولة. حدِّث القائمة وضع العلامات مرة أخرى.</translation>
        </message>
        <message>
            <source>Attendance for “{title}”</source>
            <translation>الحضور في «{title}»</translation>
        </message>
        <message>
            <source>“{title}” does not use anonymous ballot codes: the “has voted” record already says who took part.</source>
            <translation>لا تستخدم «{title}» رموز اقتراع مُغفَلة الهوية: فسجل «صوَّت» يبيّن بالفعل من شارك.</translation>
        </message>
        <message>
            <source>“{title}” is closed. A closed round never reopens; create a run-off or a new round instead.</source>
            <translation>«{title}» مغلقة. والجولة المغلقة لا يُعاد فتحها أبداً؛ أنشئ جولة إعادة أو جولة جديدة بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>No organisations are registered yet. Register participants first.</source>
            <translation>لا توجد منظمات مسجلة بعد. سجِّل المشاركين أولاً.</translation>
        </message>
        <message>
            <source>No participants are registered yet. Register participants first.</source>
            <translation>لا يوجد مشاركون مسجلون بعد. سجِّل المشاركين أولاً.</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet.</source>
            <translation>لم تُفتح «{title}» للتصويت بعد.</translation>
        </message>
        <message>
            <source>There is no participant {participant_id} in this workshop.</source>
            <translation>لا يوجد في حلقة العمل هذه مشارك برقم {participant_id}.</translation>
        </message>
        <message>
            <source>“{title}” is closed: it takes no more ballots.</source>
            <translation>«{title}» مغلقة: لم تعد تقبل بطاقات اقتراع.</translation>
        </message>
        <message>
            <source>“{title}” is not open for voting yet.</source>
            <translation>«{title}» غير مفتوحة للتصويت بعد.</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: a ballot is cast with a code, never under a name.</source>
            <translation>تستخدم «{title}» رموز اقتراع مُغفَلة الهوية: يُدلى بالصوت باستخدام رمز، وليس باسم أبداً.</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes: voters pick their name.</source>
            <translation>لا تستخدم «{title}» رموز اقتراع: يختار المصوِّتون أسماءهم.</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes.</source>
            <translation>لا تستخدم «{title}» رموز اقتراع.</translation>
        </message>
        <message>
            <source>“{title}” is not open: its ballot codes are made when it opens.</source>
            <translation>«{title}» غير مفتوحة: تُنشأ رموز الاقتراع الخاصة بها عند فتحها.</translation>
        </message>
        <message>
            <source>Code {n} ({code}) is not an unused ballot code of “{title}”.</source>
            <translation>الرمز {n} ({code}) ليس رمز اقتراع غير مستعمل في «{title}».</translation>
        </message>
        <message>
            <source>Another program has this workshop open{who}. A secret ballot is recorded only when no other program is reading the file. Close it there and cast the ballot again; nothing was recorded.</source>
            <translation>برنامج آخر يفتح حلقة العمل هذه{who}. لا يُسجَّل الاقتراع السري إلا عندما لا يكون أي برنامج آخر يقرأ الملف. أغلقه هناك وأدلِ بالصوت مرة أخرى؛ لم يُسجَّل أي شيء.</translation>
        </message>
        <message>
            <source>Wall-chart counts are for dot or point voting. Type in paper ballots instead.</source>
            <translation>أعداد المخطط الجداري مخصصة للتصويت بالملصقات أو بالنقاط. أدخِل بطاقات الاقتراع الورقية بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>Candidate {cand} is not in this round.</source>
            <translation>الخيار {cand} ليس في هذه الجولة.</translation>
        </message>
        <message>
            <source>The count for {known} must be a whole number, 0 or more.</source>
            <translation>يجب أن يكون العدد الخاص بـ{known} عدداً صحيحاً، 0 أو أكثر.</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: nobody is marked by name. Enter the wall-chart counts without naming who placed them.</source>
            <translation>تستخدم «{title}» رموز اقتراع مُغفَلة الهوية: لا يُسجَّل أي شخص باسمه. أدخِل أعداد المخطط الجداري دون ذكر من وضعها.</translation>
        </message>
        <message>
            <source>This ballot code is not valid for this round, or it has been used already. Check it, or ask the facilitator for a new slip.</source>
            <translation>رمز الاقتراع هذا غير صالح لهذه الجولة، أو سبق استعماله. تحقَّق منه، أو اطلب من الميسِّر قسيمة جديدة.</translation>
        </message>
        <message numerus="yes">
            <source>The wall chart has %n dot(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>يتضمن المخطط الجداري %n ملصق، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>يتضمن المخطط الجداري ملصقاً واحداً، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>يتضمن المخطط الجداري ملصقين، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>يتضمن المخطط الجداري %n ملصقات، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>يتضمن المخطط الجداري %n ملصقاً، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>يتضمن المخطط الجداري %n ملصق، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The wall chart has %n point(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>يتضمن المخطط الجداري %n نقطة، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>يتضمن المخطط الجداري نقطة واحدة، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>يتضمن المخطط الجداري نقطتين، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>يتضمن المخطط الجداري %n نقاط، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>يتضمن المخطط الجداري %n نقطة، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>يتضمن المخطط الجداري %n نقطة، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{candidate} has %n dot(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>لدى {candidate} %n ملصق، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>لدى {candidate} ملصق واحد، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>لدى {candidate} ملصقان، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>لدى {candidate} %n ملصقات، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>لدى {candidate} %n ملصقاً، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>لدى {candidate} %n ملصق، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{candidate} has %n point(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>لدى {candidate} %n نقطة، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>لدى {candidate} نقطة واحدة، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>لدى {candidate} نقطتان، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>لدى {candidate} %n نقاط، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>لدى {candidate} %n نقطة، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
                <numerusform>لدى {candidate} %n نقطة، أي أكثر من {most} التي يمكن لجميع المسجلين وضعها. تحقَّق من العدد (هل هناك صفر زائد؟) وأدخِله مرة أخرى.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Voting methods</name>
        <message>
            <source>Dot voting</source>
            <translation>التصويت بالملصقات</translation>
        </message>
        <message>
            <source>100-point voting</source>
            <translation>التصويت بتوزيع 100 نقطة</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>التأييد</translation>
        </message>
        <message>
            <source>Score 0–{top}</source>
            <translation>الدرجات 0–{top}</translation>
        </message>
        <message>
            <source>Ranked (Borda)</source>
            <translation>الترتيب (Borda)</translation>
        </message>
        <message>
            <source>Ranked (Schulze)</source>
            <translation>الترتيب (Schulze)</translation>
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
            <translation>أعداد المخطط الجداري: %1</translation>
        </message>
        <message>
            <source>Enter wall-chart counts</source>
            <translation>إدخال أعداد المخطط الجداري</translation>
        </message>
        <message>
            <source>Type how many dots each candidate got on the wall chart; counts entered before are shown, to correct or complete. Tick the people who voted on the wall, so they can't also vote at the laptop.</source>
            <translation>اكتب عدد الملصقات التي حصل عليها كل خيار على المخطط الجداري؛ وتُعرض الأعداد المدخلة سابقاً لتصحيحها أو إكمالها. ضع علامة على الأشخاص الذين صوَّتوا على المخطط الجداري، كي لا يتمكنوا من التصويت أيضاً على الحاسوب المحمول.</translation>
        </message>
        <message>
            <source>Type how many points each candidate got on the wall chart; counts entered before are shown, to correct or complete. Tick the people who voted on the wall, so they can't also vote at the laptop.</source>
            <translation>اكتب عدد النقاط التي حصل عليها كل خيار على المخطط الجداري؛ وتُعرض الأعداد المدخلة سابقاً لتصحيحها أو إكمالها. ضع علامة على الأشخاص الذين صوَّتوا على المخطط الجداري، كي لا يتمكنوا من التصويت أيضاً على الحاسوب المحمول.</translation>
        </message>
        <message>
            <source>Counts per candidate</source>
            <translation>الأعداد لكل خيار</translation>
        </message>
        <message>
            <source>Who voted on the wall</source>
            <translation>من صوَّت على المخطط الجداري</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>Save wall-chart counts</source>
            <translation>حفظ أعداد المخطط الجداري</translation>
        </message>
        <message>
            <source>1 person ticked</source>
            <translation>وُضعت علامة على شخص واحد</translation>
        </message>
        <message numerus="yes">
            <source>%n people ticked</source>
            <translation>
                <numerusform>لم توضع علامة على أي شخص (%n)</numerusform>
                <numerusform>وُضعت علامة على شخص واحد</numerusform>
                <numerusform>وُضعت علامة على شخصين</numerusform>
                <numerusform>وُضعت علامة على %n أشخاص</numerusform>
                <numerusform>وُضعت علامة على %n شخصاً</numerusform>
                <numerusform>وُضعت علامة على %n شخص</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On the wall: %n dot(s)</source>
            <translation>
                <numerusform>على المخطط الجداري: %n ملصق</numerusform>
                <numerusform>على المخطط الجداري: ملصق واحد</numerusform>
                <numerusform>على المخطط الجداري: ملصقان</numerusform>
                <numerusform>على المخطط الجداري: %n ملصقات</numerusform>
                <numerusform>على المخطط الجداري: %n ملصقاً</numerusform>
                <numerusform>على المخطط الجداري: %n ملصق</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On the wall: %n point(s)</source>
            <translation>
                <numerusform>على المخطط الجداري: %n نقطة</numerusform>
                <numerusform>على المخطط الجداري: نقطة واحدة</numerusform>
                <numerusform>على المخطط الجداري: نقطتان</numerusform>
                <numerusform>على المخطط الجداري: %n نقاط</numerusform>
                <numerusform>على المخطط الجداري: %n نقطة</numerusform>
                <numerusform>على المخطط الجداري: %n نقطة</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WallCountModel</name>
        <message>
            <source>No.</source>
            <translation>الرقم</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>التوصية</translation>
        </message>
        <message>
            <source>Dots on the wall</source>
            <translation>الملصقات على المخطط الجداري</translation>
        </message>
    </context>
    <context>
        <name>Word export</name>
        <message>
            <source>Organised by: {organisers}</source>
            <translation>من تنظيم: {organisers}</translation>
        </message>
        <message>
            <source>Untitled priority</source>
            <translation>أولوية بلا عنوان</translation>
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>المجموعة المواضيعية</translation>
        </message>
        <message>
            <source>{label}:</source>
            <comment>a label before its value</comment>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>(this recommendation was deleted)</source>
            <translation>(حُذفت هذه التوصية)</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Added {count}.</source>
            <translation>أُضيف {count}.</translation>
        </message>
        <message>
            <source>1 was already in the workshop and was not added again.</source>
            <translation>توصية واحدة كانت موجودة بالفعل في حلقة العمل فلم تُضف مرة أخرى.</translation>
        </message>
        <message>
            <source>Choose a different file name for the copy.</source>
            <translation>اختر اسم ملف مختلفاً للنسخة.</translation>
        </message>
        <message>
            <source>Can't write to “{parent}”: the folder is read-only. Choose another folder.</source>
            <translation>تتعذر الكتابة في «{parent}»: المجلد للقراءة فقط. اختر مجلداً آخر.</translation>
        </message>
        <message>
            <source>The copy could not be written to “{target}”: {error}. The workshop is unchanged.</source>
            <translation>تعذَّرت كتابة النسخة في «{target}»: {error}. ولم تتغير حلقة العمل.</translation>
        </message>
        <message>
            <source>Edit workshop details</source>
            <translation>تعديل تفاصيل حلقة العمل</translation>
        </message>
        <message>
            <source>The same recommendation, from the same State(s), is already in the workshop.</source>
            <translation>التوصية نفسها، المقدَّمة من الدولة (الدول) نفسها، موجودة بالفعل في حلقة العمل.</translation>
        </message>
        <message>
            <source>Add recommendation {value}</source>
            <translation>إضافة التوصية {value}</translation>
        </message>
        <message>
            <source>This recommendation has not been saved yet.</source>
            <translation>لم تُحفظ هذه التوصية بعد.</translation>
        </message>
        <message>
            <source>This recommendation no longer exists (it may have been deleted).</source>
            <translation>لم تعد هذه التوصية موجودة (ربما حُذفت).</translation>
        </message>
        <message>
            <source>Edit recommendation {value}</source>
            <translation>تعديل التوصية {value}</translation>
        </message>
        <message>
            <source>The note is empty.</source>
            <translation>الملاحظة فارغة.</translation>
        </message>
        <message>
            <source>This recommendation no longer exists.</source>
            <translation>لم تعد هذه التوصية موجودة.</translation>
        </message>
        <message>
            <source>The note is empty. Delete it instead.</source>
            <translation>الملاحظة فارغة. احذفها بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>This note no longer exists.</source>
            <translation>لم تعد هذه الملاحظة موجودة.</translation>
        </message>
        <message>
            <source>This file has no recommendations to {chosen}.</source>
            <translation>لا يتضمن هذا الملف توصيات موجهة إلى {chosen}.</translation>
        </message>
        <message>
            <source>{problems} Correct the file and import it again; nothing was added.</source>
            <translation>{problems} صحِّح الملف واستورده مرة أخرى؛ لم يُضف أي شيء.</translation>
        </message>
        <message>
            <source>The workshop needs a title.</source>
            <translation>يجب أن يكون لحلقة العمل عنوان.</translation>
        </message>
        <message>
            <source>The UPR cycle must be a number from 1 to 10.</source>
            <translation>يجب أن تكون جولة الاستعراض رقماً من 1 إلى 10.</translation>
        </message>
        <message>
            <source>“{code}” is not a document language; choose one of {codes}.</source>
            <translation>«{code}» ليست لغة وثائق؛ اختر واحدة من {codes}.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialogs</name>
        <message>
            <source>Workshop</source>
            <translation>حلقة العمل</translation>
        </message>
    </context>
    <context>
        <name>WorkshopFile</name>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command, on this computer) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>«{name}» مفتوح في برنامج آخر (أمر upr-desktop، على هذا الحاسوب) يجري تغييرات عليه. انتظر حتى ينتهي وحاول مرة أخرى؛ ويمكنك في الأثناء فتحه للقراءة فقط.</translation>
        </message>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command, on another computer) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>«{name}» مفتوح في برنامج آخر (أمر upr-desktop، على حاسوب آخر) يجري تغييرات عليه. انتظر حتى ينتهي وحاول مرة أخرى؛ ويمكنك في الأثناء فتحه للقراءة فقط.</translation>
        </message>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>«{name}» مفتوح في برنامج آخر (أمر upr-desktop) يجري تغييرات عليه. انتظر حتى ينتهي وحاول مرة أخرى؛ ويمكنك في الأثناء فتحه للقراءة فقط.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop (on this computer). You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>«{name}» مفتوح في نافذة أخرى من UPR Desktop (على هذا الحاسوب). يمكنك فتحه للقراءة فقط للاطلاع عليه أو الطباعة منه؛ ولا يمكن إجراء التغييرات إلا في النافذة الأخرى.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop (on another computer). You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>«{name}» مفتوح في نافذة أخرى من UPR Desktop (على حاسوب آخر). يمكنك فتحه للقراءة فقط للاطلاع عليه أو الطباعة منه؛ ولا يمكن إجراء التغييرات إلا في النافذة الأخرى.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop. You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>«{name}» مفتوح في نافذة أخرى من UPR Desktop. يمكنك فتحه للقراءة فقط للاطلاع عليه أو الطباعة منه؛ ولا يمكن إجراء التغييرات إلا في النافذة الأخرى.</translation>
        </message>
        <message>
            <source>{listed}; and {more} more</source>
            <translation>{listed}؛ و{more} غيرها</translation>
        </message>
        <message>
            <source>“{name}” was not opened: it contains {listed}. Something added there could record or change what is done in the workshop (such as who voted and when). The file has not been changed. Save a cleaned copy, which keeps the workshop's data and nothing else, and open that.</source>
            <translation>لم يُفتح «{name}» لأن فيه ما يلي: {listed}. وأي شيء أُضيف هناك قد يسجِّل ما يجري في حلقة العمل أو يغيِّره (مثل من صوَّت ومتى). ولم يتغير الملف. احفظ نسخة منقَّحة، تحتفظ ببيانات حلقة العمل ولا شيء غيرها، وافتحها.</translation>
        </message>
        <message>
            <source>The disk is full: free some space and try again. Nothing was changed.</source>
            <translation>القرص ممتلئ: أفرغ بعض المساحة وحاول مرة أخرى. لم يتغير أي شيء.</translation>
        </message>
        <message>
            <source>Can't write to “{parent}”: {value}. Choose another folder.</source>
            <translation>تتعذر الكتابة في «{parent}»: {value}. اختر مجلداً آخر.</translation>
        </message>
        <message>
            <source>“{name}” could not be written: {value}. Free some space or choose another folder; nothing was changed.</source>
            <translation>تعذَّرت كتابة «{name}»: {value}. أفرغ بعض المساحة أو اختر مجلداً آخر؛ لم يتغير أي شيء.</translation>
        </message>
        <message>
            <source>The workshop file “{name}” is damaged ({detail}). Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>ملف حلقة العمل «{name}» تالف ({detail}). لم يتغير أي شيء. افتح آخر نسخة احتياطية سليمة منه (يعرضها UPR Desktop عند فتح الملف) واعمل عليها.</translation>
        </message>
        <message>
            <source>The workshop file “{name}” is damaged. Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>ملف حلقة العمل «{name}» تالف. لم يتغير أي شيء. افتح آخر نسخة احتياطية سليمة منه (يعرضها UPR Desktop عند فتح الملف) واعمل عليها.</translation>
        </message>
        <message>
            <source>The workshop file is damaged ({detail}). Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>ملف حلقة العمل تالف ({detail}). لم يتغير أي شيء. افتح آخر نسخة احتياطية سليمة منه (يعرضها UPR Desktop عند فتح الملف) واعمل عليها.</translation>
        </message>
        <message>
            <source>The workshop file is damaged. Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>ملف حلقة العمل تالف. لم يتغير أي شيء. افتح آخر نسخة احتياطية سليمة منه (يعرضها UPR Desktop عند فتح الملف) واعمل عليها.</translation>
        </message>
        <message>
            <source>“{name}” can't be changed: it is read-only. Use “Save a copy…” to work on a copy.</source>
            <translation>لا يمكن تغيير «{name}»: فهو للقراءة فقط. استخدم «حفظ نسخة…» للعمل على نسخة منه.</translation>
        </message>
        <message>
            <source>“{name}” is busy in another window or program. Close it there and try again.</source>
            <translation>«{name}» مشغول في نافذة أو برنامج آخر. أغلقه هناك وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>“{name}” is damaged. Open it again: the app then offers its latest good backup. The backups folder is shown in Help ▸ About.</source>
            <translation>«{name}» تالف. افتحه مرة أخرى: سيعرض التطبيق عندئذ آخر نسخة احتياطية سليمة منه. ويظهر مجلد النسخ الاحتياطية في تعليمات ▸ عن UPR Desktop.</translation>
        </message>
        <message>
            <source>The change could not be saved to “{name}”: {error}.</source>
            <translation>تعذَّر حفظ التغيير في «{name}»: {error}.</translation>
        </message>
        <message>
            <source>SQLite's check found: {problem}</source>
            <translation>وجد فحص SQLite ما يلي: {problem}</translation>
        </message>
        <message>
            <source>“{name}” is open read-only. Use “Save a copy…” to make changes.</source>
            <translation>«{name}» مفتوح للقراءة فقط. استخدم «حفظ نسخة…» لإجراء تغييرات.</translation>
        </message>
        <message>
            <source>Some text contains characters that are not valid text (the file may be damaged or mis-exported), so nothing was saved. Re-export the file and try again.</source>
            <translation>يتضمن بعض النص محارف ليست نصاً صالحاً (ربما يكون الملف تالفاً أو صُدِّر بشكل خاطئ)، ولذلك لم يُحفظ أي شيء. أعِد تصدير الملف وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>There is no file at “{path}”.</source>
            <translation>لا يوجد ملف في «{path}».</translation>
        </message>
        <message>
            <source>“{path}” is a folder, not a workshop file.</source>
            <translation>«{path}» مجلد، وليس ملف حلقة عمل.</translation>
        </message>
        <message>
            <source>“{name}” can't be read: {strerror}.</source>
            <translation>تتعذر قراءة «{name}»: {strerror}.</translation>
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation>«{name}» فارغ: فهو ليس ملف حلقة عمل.</translation>
        </message>
        <message>
            <source>“{name}” is not a UPR Desktop workshop file. To bring its recommendations into a workshop, use Import.</source>
            <translation>«{name}» ليس ملف حلقة عمل من UPR Desktop. لإدخال توصياته في حلقة عمل، استخدم «استيراد».</translation>
        </message>
        <message>
            <source>“{name}” is not a UPR Desktop workshop file.</source>
            <translation>«{name}» ليس ملف حلقة عمل من UPR Desktop.</translation>
        </message>
        <message>
            <source>“{name}” is no longer open in this window. Open it again.</source>
            <translation>لم يعد «{name}» مفتوحاً في هذه النافذة. افتحه مرة أخرى.</translation>
        </message>
        <message>
            <source>“{name}” is damaged or not a workshop file ({error}). Restore it from a backup, or open a backup copy.</source>
            <translation>«{name}» تالف أو ليس ملف حلقة عمل ({error}). استعِده من نسخة احتياطية، أو افتح نسخة احتياطية منه.</translation>
        </message>
        <message>
            <source>SQLite says: {error}</source>
            <translation>رسالة SQLite: {error}</translation>
        </message>
        <message>
            <source>“{name}” is a database, but not a UPR Desktop workshop file.</source>
            <translation>«{name}» قاعدة بيانات، لكنه ليس ملف حلقة عمل من UPR Desktop.</translation>
        </message>
        <message>
            <source>“{name}” was saved by a newer version of UPR Desktop (its format has {applied_count} upgrades, this version knows {schema_version}). Install the latest UPR Desktop to open it. The file has not been changed.</source>
            <translation>حُفظ «{name}» بإصدار أحدث من UPR Desktop (تتضمن صيغته {applied_count} ترقيات، ويعرف هذا الإصدار {schema_version}). ثبِّت أحدث إصدار من UPR Desktop لفتحه. ولم يتغير الملف.</translation>
        </message>
        <message>
            <source>“{name}” was made by an older version and must be upgraded, which can't be done where it is (read-only). Copy it to a folder you can write to and open the copy.</source>
            <translation>أُنشئ «{name}» بإصدار أقدم ويجب ترقيته، وهو ما لا يمكن إجراؤه في موقعه الحالي (للقراءة فقط). انسخه إلى مجلد يمكنك الكتابة فيه وافتح النسخة.</translation>
        </message>
        <message>
            <source>“{name}” needs an upgrade, but no copy of it could be kept first ({error}), so it was not upgraded. Nothing was changed.</source>
            <translation>يحتاج «{name}» إلى ترقية، لكن تعذَّر الاحتفاظ بنسخة منه أولاً ({error})، ولذلك لم تُجرَ الترقية. لم يتغير أي شيء.</translation>
        </message>
        <message>
            <source>“{name}” could not be upgraded ({reason}). It is unchanged, and a copy was kept at “{backup}”.</source>
            <translation>تعذَّرت ترقية «{name}» ({reason}). ولم يتغير، واحتُفظ بنسخة منه في «{backup}».</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name, or open it instead.</source>
            <translation>«{name}» موجود بالفعل. اختر اسماً آخر، أو افتحه بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>The folder “{parent}” does not exist.</source>
            <translation>المجلد «{parent}» غير موجود.</translation>
        </message>
        <message>
            <source>Can't create “{name}”: the folder “{parent}” is read-only. Choose another folder.</source>
            <translation>يتعذر إنشاء «{name}»: المجلد «{parent}» للقراءة فقط. اختر مجلداً آخر.</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name for the cleaned copy.</source>
            <translation>«{name}» موجود بالفعل. اختر اسماً آخر للنسخة المنقَّحة.</translation>
        </message>
        <message>
            <source>The cleaned copy must be a new file: the original is kept as it is.</source>
            <translation>يجب أن تكون النسخة المنقَّحة ملفاً جديداً: يُحتفظ بالأصل كما هو.</translation>
        </message>
        <message>
            <source>“{name}” was saved by a newer version of UPR Desktop. Install the latest UPR Desktop to clean it.</source>
            <translation>حُفظ «{name}» بإصدار أحدث من UPR Desktop. ثبِّت أحدث إصدار من UPR Desktop لتنقيحه.</translation>
        </message>
        <message>
            <source>A cleaned copy of “{name}” could not be made ({error}). The original is unchanged; open an earlier backup of it instead.</source>
            <translation>تعذَّر إنشاء نسخة منقَّحة من «{name}» ({error}). ولم يتغير الأصل؛ افتح نسخة احتياطية سابقة منه بدلاً من ذلك.</translation>
        </message>
        <message>
            <source>A cleaned copy could not be written to “{target}” ({strerror}).</source>
            <translation>تعذَّرت كتابة نسخة منقَّحة في «{target}» ({strerror}).</translation>
        </message>
        <message>
            <source>a {type} “{name}” that UPR Desktop did not put there</source>
            <translation>عنصر من نوع {type} باسم «{name}» لم يضعه UPR Desktop هناك</translation>
        </message>
        <message>
            <source>no {type} “{name}”, which UPR Desktop needs</source>
            <translation>غياب عنصر من نوع {type} باسم «{name}» يحتاج إليه UPR Desktop</translation>
        </message>
        <message>
            <source>a {type} “{name}” that is not the one UPR Desktop made</source>
            <translation>عنصر من نوع {type} باسم «{name}» ليس هو الذي أنشأه UPR Desktop</translation>
        </message>
    </context>
    <context>
        <name>WorkshopInfoDialog</name>
        <message>
            <source>Workshop details</source>
            <translation>تفاصيل حلقة العمل</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>حفظ</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>إلغاء</translation>
        </message>
        <message>
            <source>These details appear on printouts and on the outcome charter.</source>
            <translation>تظهر هذه التفاصيل في المطبوعات وفي الميثاق الختامي.</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so its details can't be changed. Use “Save a copy…” to work on a copy.</source>
            <translation>«{name}» مفتوحة للقراءة فقط، ولذلك لا يمكن تغيير تفاصيلها. استخدم «حفظ نسخة…» للعمل على نسخة.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopInfoForm</name>
        <message>
            <source>e.g. CSO strategy workshop on Kenya's 4th UPR cycle</source>
            <translation>مثلاً: حلقة عمل استراتيجية لمنظمات المجتمع المدني بشأن الجولة الرابعة من الاستعراض الدوري الشامل لكينيا</translation>
        </message>
        <message>
            <source>Type or choose a State, e.g. Kenya</source>
            <translation>اكتب اسم دولة أو اخترها، مثل كينيا</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>غير محدد</translation>
        </message>
        <message>
            <source>e.g. Nairobi, YMCA conference hall</source>
            <translation>مثلاً: نيروبي، قاعة مؤتمرات جمعية الشبان المسيحيين</translation>
        </message>
        <message>
            <source>One organisation per line</source>
            <translation>منظمة واحدة في كل سطر</translation>
        </message>
        <message>
            <source>THE REVIEW</source>
            <translation>الاستعراض</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>العنوان</translation>
        </message>
        <message>
            <source>Country under review</source>
            <translation>البلد موضوع الاستعراض</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>تاريخ الاستعراض</translation>
        </message>
        <message>
            <source>UPR cycle</source>
            <translation>جولة الاستعراض</translation>
        </message>
        <message>
            <source>THE WORKSHOP</source>
            <translation>حلقة العمل</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>المكان</translation>
        </message>
        <message>
            <source>to</source>
            <translation>إلى</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>التواريخ</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>الجهات المنظِّمة</translation>
        </message>
        <message>
            <source>The charter, handouts, ballots and exports are written in this language.</source>
            <translation>يُكتب الميثاق والنشرات وبطاقات الاقتراع والملفات المصدَّرة بهذه اللغة.</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>لغة الوثائق</translation>
        </message>
        <message>
            <source>All countries (coalition database)</source>
            <translation>جميع البلدان (قاعدة بيانات الائتلاف)</translation>
        </message>
        <message>
            <source>Give the workshop a title: it appears on every printout and on the charter.</source>
            <translation>أعطِ حلقة العمل عنواناً: فهو يظهر في كل المطبوعات وفي الميثاق.</translation>
        </message>
        <message>
            <source>The workshop's last day is before its first day. Check the dates.</source>
            <translation>اليوم الأخير لحلقة العمل يسبق يومها الأول. تحقق من التواريخ.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopLocker</name>
        <message>
            <source>The workshop can't be locked while the kiosk is open for voting.</source>
            <translation>لا يمكن قفل حلقة العمل أثناء فتح الكشك للتصويت.</translation>
        </message>
        <message>
            <source>Locked — UPR Desktop</source>
            <translation>مقفلة — UPR Desktop</translation>
        </message>
        <message>
            <source>Type the passphrase first.</source>
            <translation>اكتب عبارة المرور أولاً.</translation>
        </message>
        <message>
            <source>That passphrase is not right, so the workshop stays locked. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation>عبارة المرور هذه غير صحيحة، ولذلك تظل حلقة العمل مقفلة. تحقَّق من تخطيط لوحة المفاتيح ومن مفتاح Caps Lock، وحاول مرة أخرى.</translation>
        </message>
        <message>
            <source>The workshop could not be reopened: {reason}</source>
            <translation>تعذَّرت إعادة فتح حلقة العمل: {reason}</translation>
        </message>
    </context>
    <context>
        <name>_FilterPopup</name>
        <message>
            <source>Nothing to choose from in this workshop yet.</source>
            <translation>لا يوجد ما يُختار منه في حلقة العمل هذه بعد.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>مسح</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>%n عنصر محدد</numerusform>
                <numerusform>%n عنصر محدد</numerusform>
                <numerusform>%n عنصران محددان</numerusform>
                <numerusform>%n عناصر محددة</numerusform>
                <numerusform>%n عنصراً محدداً</numerusform>
                <numerusform>%n عنصر محدد</numerusform>
            </translation>
        </message>
        <message>
            <source>Any</source>
            <translation>أي قيمة</translation>
        </message>
    </context>
</TS>
