<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
    <context>
        <name>AboutDialog</name>
        <message>
            <source>this app</source>
            <translation>эта программа</translation>
        </message>
        <message>
            <source>the language the app is written in</source>
            <translation>язык, на котором написана программа</translation>
        </message>
        <message>
            <source>Public domain</source>
            <translation>Общественное достояние</translation>
        </message>
        <message>
            <source>the workshop file</source>
            <translation>файл семинара</translation>
        </message>
        <message>
            <source>{name} is distributed under the {licence} licence.</source>
            <translation>{name} распространяется по лицензии {licence}.</translation>
        </message>
        <message>
            <source>portable</source>
            <translation>переносная версия</translation>
        </message>
        <message>
            <source>installed</source>
            <translation>установленная версия</translation>
        </message>
        <message>
            <source>from source</source>
            <translation>запуск из исходного кода</translation>
        </message>
        <message>
            <source>Data folder: {folder}</source>
            <translation>Папка данных: {folder}</translation>
        </message>
        <message>
            <source>Program: {folder}</source>
            <translation>Программа: {folder}</translation>
        </message>
        <message>
            <source>About UPR Desktop</source>
            <translation>О программе UPR Desktop</translation>
        </message>
        <message>
            <source>Version {version}</source>
            <translation>Версия {version}</translation>
        </message>
        <message>
            <source>Offline workshops for following up the Universal Periodic Review: review the recommendations, cluster and prioritise them, vote, and adopt an outcome charter. It works without internet; workshop files stay on this computer unless you copy them.</source>
            <translation>Автономные семинары по последующей деятельности в связи с универсальным периодическим обзором: изучите рекомендации, распределите их по тематическим группам и определите приоритеты, проголосуйте и примите итоговую хартию. Программа работает без интернета; файлы семинаров остаются на этом компьютере, если вы их не скопируете.</translation>
        </message>
        <message>
            <source>Portable: settings, recent workshops, logs and backups are kept beside the app, in {folder}.</source>
            <translation>Переносная версия: настройки, последние семинары, журналы и резервные копии хранятся рядом с программой, в папке {folder}.</translation>
        </message>
        <message>
            <source>Settings, recent workshops, logs and backups: {folder}</source>
            <translation>Настройки, последние семинары, журналы и резервные копии: {folder}</translation>
        </message>
        <message>
            <source>Component</source>
            <translation>Компонент</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <source>Licence</source>
            <translation>Лицензия</translation>
        </message>
        <message>
            <source>Components and their licences</source>
            <translation>Компоненты и их лицензии</translation>
        </message>
        <message>
            <source>Licence text</source>
            <translation>Текст лицензии</translation>
        </message>
        <message>
            <source>Copy details</source>
            <translation>Скопировать сведения</translation>
        </message>
        <message>
            <source>Copies the version and the data folder, to paste into a request for help.</source>
            <translation>Копирует версию и папку данных, чтобы вставить их в запрос о помощи.</translation>
        </message>
        <message>
            <source>This app</source>
            <translation>Эта программа</translation>
        </message>
        <message>
            <source>Libraries</source>
            <translation>Библиотеки</translation>
        </message>
        <message>
            <source>Fonts embedded in the PDFs</source>
            <translation>Шрифты, встроенные в PDF</translation>
        </message>
    </context>
    <context>
        <name>AssessDialog</name>
        <message>
            <source>The coalition</source>
            <translation>Коалиция</translation>
        </message>
        <message>
            <source>Assess</source>
            <translation>Оценить</translation>
        </message>
        <message>
            <source>Why: what changed, or what did not (a sentence or two)</source>
            <translation>Почему: что изменилось или что не изменилось (одно-два предложения)</translation>
        </message>
        <message>
            <source>Evidence for this assessment</source>
            <translation>Доказательства для этой оценки</translation>
        </message>
        <message>
            <source>No evidence yet: add it on the Evidence tab, then link it here.</source>
            <translation>Доказательств пока нет: добавьте их на вкладке «Доказательства», затем свяжите с этой оценкой.</translation>
        </message>
        <message>
            <source>Record assessment</source>
            <translation>Записать оценку</translation>
        </message>
        <message>
            <source>Recommendation or priority</source>
            <translation>Рекомендация или приоритет</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Дата оценки</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Кем оценено</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Обоснование</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Доказательства</translation>
        </message>
        <message>
            <source>Earlier assessments are kept: this one is added to the history. When organisations disagree, each one's view is shown.</source>
            <translation>Прежние оценки сохраняются: эта оценка добавляется в историю. Когда организации расходятся во мнениях, показывается мнение каждой из них.</translation>
        </message>
        <message>
            <source>%1 of %2 characters</source>
            <translation>Символов: %1 из %2</translation>
        </message>
    </context>
    <context>
        <name>Assessment status</name>
        <message>
            <source>Not assessed</source>
            <translation>Не оценено</translation>
        </message>
        <message>
            <source>Not implemented</source>
            <translation>Не осуществлено</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Осуществлено частично</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Осуществлено полностью</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>Нет информации</translation>
        </message>
    </context>
    <context>
        <name>AttendanceDialog</name>
        <message>
            <source>Import attendance list</source>
            <translation>Импорт списка присутствующих</translation>
        </message>
        <message>
            <source>From %1 · %2 rows read</source>
            <translation>Из %1 · прочитано строк: %2</translation>
        </message>
        <message>
            <source>Nobody new: everyone on this list is already registered.</source>
            <translation>Новых нет: все, кто есть в этом списке, уже зарегистрированы.</translation>
        </message>
        <message>
            <source>This list has nobody to add.</source>
            <translation>В этом списке некого добавить.</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s) will be added.</source>
            <translation>
                <numerusform>Будет добавлен %n участник.</numerusform>
                <numerusform>Будут добавлены %n участника.</numerusform>
                <numerusform>Будут добавлены %n участников.</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 already registered (same name and organisation) will not be added again.</source>
            <translation>Уже зарегистрированные (то же имя и та же организация) не будут добавлены повторно: %1.</translation>
        </message>
        <message>
            <source>Left out of the list (%1)</source>
            <translation>Не включены в список (%1)</translation>
        </message>
        <message>
            <source>The list</source>
            <translation>Список</translation>
        </message>
        <message>
            <source>The first %1 of %2</source>
            <translation>Первые %1 из %2</translation>
        </message>
        <message>
            <source>Import 1 participant</source>
            <translation>Импортировать 1 участника</translation>
        </message>
        <message>
            <source>Import %1 participants</source>
            <translation>Импортировать участников (%1)</translation>
        </message>
        <message>
            <source>1 row of the file was left out.</source>
            <translation>1 строка файла пропущена.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows of the file were left out.</source>
            <translation>
                <numerusform>%n строка файла пропущена.</numerusform>
                <numerusform>%n строки файла пропущены.</numerusform>
                <numerusform>%n строк файла пропущено.</numerusform>
            </translation>
        </message>
        <message>
            <source>Attendance: %1</source>
            <translation>Присутствующие: %1</translation>
        </message>
        <message>
            <source>Who is present and received a slip</source>
            <translation>Кто присутствует и получил талон</translation>
        </message>
        <message>
            <source>Tick everyone present who took a ballot-code slip, then save. Do it before the vote or after it, never as people vote: the list is saved whole, with no time and no order, and says nothing about who voted.</source>
            <translation>Отметьте всех присутствующих, кто взял талон с кодом бюллетеня, затем сохраните. Делайте это до или после голосования, но ни в коем случае не во время него: список сохраняется целиком, без отметок времени и без порядка, и не содержит никаких сведений о том, кто голосовал.</translation>
        </message>
        <message>
            <source>Organisations present</source>
            <translation>Присутствующие организации</translation>
        </message>
        <message>
            <source>Participants present</source>
            <translation>Присутствующие участники</translation>
        </message>
        <message>
            <source>Tick all</source>
            <translation>Отметить всех</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Снять отметки</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Save attendance</source>
            <translation>Сохранить список присутствующих</translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} ticked present</source>
            <translation>
                <numerusform>%n из {total} отмечен как присутствующий</numerusform>
                <numerusform>%n из {total} отмечены как присутствующие</numerusform>
                <numerusform>%n из {total} отмечены как присутствующие</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>AttendancePreviewModel</name>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>Тематическая направленность</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контактные данные</translation>
        </message>
        <message>
            <source>Consent</source>
            <translation>Согласие</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>(by number)</source>
            <translation>(по номеру)</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Already registered</source>
            <translation>Уже зарегистрирован</translation>
        </message>
        <message>
            <source>New</source>
            <translation>Новый</translation>
        </message>
    </context>
    <context>
        <name>Ballot code slips</name>
        <message>
            <source>Ballot codes: {round}</source>
            <translation>Коды бюллетеней: {round}</translation>
        </message>
        <message>
            <source>Keep this code to yourself.</source>
            <translation>Никому не показывайте этот код.</translation>
        </message>
        <message>
            <source>Type it at the laptop, or write it on a paper ballot.</source>
            <translation>Введите его на ноутбуке или напишите на бумажном бюллетене.</translation>
        </message>
        <message>
            <source>It works once.</source>
            <translation>Код действует один раз.</translation>
        </message>
    </context>
    <context>
        <name>BallotCodeEntry</name>
        <message>
            <source>Type your ballot code</source>
            <translation>Введите код бюллетеня</translation>
        </message>
        <message>
            <source>This is a secret ballot with ballot codes. Type the code from the slip you took. Nobody, not even this laptop, knows whose slip it is. Each code works once.</source>
            <translation>Это тайное голосование с кодами бюллетеней. Введите код с талона, который вы взяли. Ни у кого, даже у этого ноутбука, нет сведений о том, чей это талон. Каждый код действует только один раз.</translation>
        </message>
        <message>
            <source>Ten letters and numbers, such as K7QP4-XMD2A. Capitals and the dash don't matter.</source>
            <translation>Десять букв и цифр, например K7QP4-XMD2A. Регистр букв и дефис значения не имеют.</translation>
        </message>
        <message>
            <source>Your ballot code</source>
            <translation>Ваш код бюллетеня</translation>
        </message>
        <message>
            <source>Ballot code</source>
            <translation>Код бюллетеня</translation>
        </message>
        <message>
            <source>Continue to the ballot  ›</source>
            <translation>Перейти к бюллетеню  ›</translation>
        </message>
        <message>
            <source>Type the code from your slip first.</source>
            <translation>Сначала введите код с вашего талона.</translation>
        </message>
        <message>
            <source>A ballot code has ten letters and numbers. Check the slip and type it again.</source>
            <translation>В коде бюллетеня десять букв и цифр. Проверьте талон и введите код еще раз.</translation>
        </message>
        <message>
            <source>This code is not valid for this round, or it has been used already. Check it, or ask the facilitator for a new slip.</source>
            <translation>Этот код недействителен для этого тура голосования или уже был использован. Проверьте его или попросите у ведущего новый талон.</translation>
        </message>
    </context>
    <context>
        <name>BallotCodesDialog</name>
        <message>
            <source>Ballot code slips</source>
            <translation>Талоны с кодами бюллетеней</translation>
        </message>
        <message>
            <source>Print the ballot code slips now</source>
            <translation>Напечатайте талоны с кодами бюллетеней сейчас</translation>
        </message>
        <message>
            <source>“%1” is open with %2 one-time ballot codes. They are shown only now: the workshop file does not keep them, so they can't be shown again. Print the slips (or save them as a PDF to print from another computer), cut them up and shuffle them. Each person takes one at random and types it at the kiosk, or writes it on a paper ballot.</source>
            <translation>Тур «%1» открыт; одноразовых кодов бюллетеней: %2. Они показываются только сейчас: файл семинара их не хранит, поэтому показать их снова невозможно. Напечатайте талоны (или сохраните их в PDF, чтобы напечатать на другом компьютере), разрежьте и перемешайте. Каждый участник берет один талон наугад и вводит код в киоске или пишет его на бумажном бюллетене.</translation>
        </message>
        <message>
            <source>Print slips…</source>
            <translation>Печать талонов…</translation>
        </message>
        <message>
            <source>Save slips as PDF…</source>
            <translation>Сохранить талоны в PDF…</translation>
        </message>
        <message>
            <source>Done</source>
            <translation>Готово</translation>
        </message>
        <message>
            <source>Save ballot code slips</source>
            <translation>Сохранение талонов с кодами бюллетеней</translation>
        </message>
        <message>
            <source>ballot codes.pdf</source>
            <translation>коды бюллетеней.pdf</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1. Print it, then delete it: the codes are as good as ballot papers.</source>
            <translation>Сохранено в %1. Напечатайте файл, затем удалите его: коды равноценны бюллетеням.</translation>
        </message>
        <message>
            <source>Print ballot code slips</source>
            <translation>Печать талонов с кодами бюллетеней</translation>
        </message>
        <message>
            <source>Sent %1 page(s) to the printer.</source>
            <translation>Отправлено на принтер страниц: %1.</translation>
        </message>
        <message>
            <source>The slips have not been printed or saved. Once this closes, the codes are gone for good and this round can only take ballots by a new round. Close anyway?</source>
            <translation>Талоны не напечатаны и не сохранены. После закрытия этого окна коды исчезнут навсегда, и бюллетени можно будет принять только в новом туре голосования. Все равно закрыть?</translation>
        </message>
    </context>
    <context>
        <name>BallotCounts</name>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n точка</numerusform>
                <numerusform>%n точки</numerusform>
                <numerusform>%n точек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n балл</numerusform>
                <numerusform>%n балла</numerusform>
                <numerusform>%n баллов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>BallotEditor</name>
        <message>
            <source>What is left</source>
            <translation>Осталось</translation>
        </message>
        <message>
            <source>All your %1 are placed. To move one, take it off a candidate first.</source>
            <translation>Распределено все, что у вас было (%1). Чтобы что-то перенести, сначала снимите это с кандидата.</translation>
        </message>
        <message>
            <source>%1 already has %2: that is the most one candidate can have.</source>
            <translation>%1: уже максимум, который может получить один кандидат (%2).</translation>
        </message>
        <message>
            <source>Your ranking</source>
            <translation>Ваш рейтинг</translation>
        </message>
        <message>
            <source>Not ranked yet</source>
            <translation>Еще не ранжировано</translation>
        </message>
        <message>
            <source>▲  Up</source>
            <translation>▲  Выше</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Переместить выше</translation>
        </message>
        <message>
            <source>▼  Down</source>
            <translation>▼  Ниже</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Переместить ниже</translation>
        </message>
        <message>
            <source>=  Level with above</source>
            <translation>=  Наравне с предыдущим</translation>
        </message>
        <message>
            <source>Level with the one above</source>
            <translation>Наравне с предыдущим</translation>
        </message>
        <message>
            <source>Rank this candidate level with the one above it: the two share a place. Press again to put it below.</source>
            <translation>Поставить этого кандидата наравне с предыдущим: они делят одно место. Нажмите еще раз, чтобы поставить его ниже.</translation>
        </message>
        <message>
            <source>✕  Remove</source>
            <translation>✕  Убрать</translation>
        </message>
        <message>
            <source>Your ranking, best first</source>
            <translation>Ваш рейтинг, начиная с лучшего</translation>
        </message>
        <message>
            <source>Your ranking: click a candidate on the right to put it first</source>
            <translation>Ваш рейтинг: щелкните кандидата справа, чтобы поставить его первым</translation>
        </message>
        <message>
            <source>Not ranked yet (%1): click the next one you prefer</source>
            <translation>Еще не ранжированы (%1): щелкните следующего, кого вы предпочитаете</translation>
        </message>
        <message>
            <source>Every candidate is ranked</source>
            <translation>Все кандидаты ранжированы</translation>
        </message>
        <message>
            <source>Press + to give a candidate a dot. You can put several dots on one candidate.</source>
            <translation>Нажмите +, чтобы дать кандидату точку. Одному кандидату можно дать несколько точек.</translation>
        </message>
        <message>
            <source>Press + to give a candidate a dot. You can put several dots on one candidate (at most %1).</source>
            <translation>Нажмите +, чтобы дать кандидату точку. Одному кандидату можно дать несколько точек (не более %1).</translation>
        </message>
        <message numerus="yes">
            <source>{left} of %n dot(s) left</source>
            <translation>
                <numerusform>Осталось {left} из %n точки</numerusform>
                <numerusform>Осталось {left} из %n точек</numerusform>
                <numerusform>Осталось {left} из %n точек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{left} of %n point(s) left</source>
            <translation>
                <numerusform>Осталось {left} из %n балла</numerusform>
                <numerusform>Осталось {left} из %n баллов</numerusform>
                <numerusform>Осталось {left} из %n баллов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n dot(s) placed</source>
            <translation>
                <numerusform>Распределены все точки: %n</numerusform>
                <numerusform>Распределены все %n точки</numerusform>
                <numerusform>Распределены все %n точек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>All %n point(s) placed</source>
            <translation>
                <numerusform>Распределены все баллы: %n</numerusform>
                <numerusform>Распределены все %n балла</numerusform>
                <numerusform>Распределены все %n баллов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You support %n candidate(s)</source>
            <translation>
                <numerusform>Вы поддерживаете %n кандидата</numerusform>
                <numerusform>Вы поддерживаете %n кандидатов</numerusform>
                <numerusform>Вы поддерживаете %n кандидатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} ranked</source>
            <translation>
                <numerusform>%n из {total} ранжирован</numerusform>
                <numerusform>%n из {total} ранжированы</numerusform>
                <numerusform>%n из {total} ранжированы</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} rated</source>
            <translation>
                <numerusform>%n из {total} оценен</numerusform>
                <numerusform>%n из {total} оценены</numerusform>
                <numerusform>%n из {total} оценены</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} marked</source>
            <translation>
                <numerusform>%n из {total} отмечен</numerusform>
                <numerusform>%n из {total} отмечены</numerusform>
                <numerusform>%n из {total} отмечены</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 choice</source>
            <translation>%1 место</translation>
        </message>
        <message>
            <source>%1 choice, level</source>
            <translation>%1 место (наравне с другими)</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>Поддержана</translation>
        </message>
        <message>
            <source>Score %1</source>
            <translation>Оценка: %1</translation>
        </message>
        <message>
            <source>Share your points out: press + (%1 at a time) or type a number next to a candidate.</source>
            <translation>Распределите свои баллы: нажимайте + (по %1 за раз) или введите число рядом с кандидатом.</translation>
        </message>
        <message>
            <source>Tick every candidate you support, as many as you like.</source>
            <translation>Отметьте всех кандидатов, которых вы поддерживаете, сколько угодно.</translation>
        </message>
        <message>
            <source>Rate each candidate from 0 (not at all) to %1 (most). Press a chosen score again to leave the candidate unrated.</source>
            <translation>Оцените каждого кандидата от 0 (совсем нет) до %1 (в наибольшей степени). Нажмите выбранную оценку еще раз, чтобы оставить кандидата без оценки.</translation>
        </message>
        <message>
            <source>Click candidates in order of preference: your first choice first. You need not rank them all. To rank two candidates level, select the lower one and press “Level with above”.</source>
            <translation>Щелкайте кандидатов в порядке предпочтения: сначала ваш первый выбор. Ранжировать всех не обязательно. Чтобы поставить двух кандидатов наравне, выберите нижнего и нажмите «Наравне с предыдущим».</translation>
        </message>
        <message>
            <source>Mark each candidate Must, Should, Could or Won't. Press a chosen mark again to clear it.</source>
            <translation>Присвойте каждому кандидату метку «Обязательно», «Желательно», «Возможно» или «Не сейчас». Нажмите выбранную метку еще раз, чтобы снять ее.</translation>
        </message>
        <message>
            <source>%1, level: %2: %3</source>
            <translation>Место %1, наравне: %2: %3</translation>
        </message>
        <message>
            <source>= level with the one above</source>
            <translation>= наравне с предыдущим</translation>
        </message>
        <message>
            <source>Take one off %1</source>
            <translation>Уменьшить для «%1»</translation>
        </message>
        <message>
            <source>Add one to %1</source>
            <translation>Увеличить для «%1»</translation>
        </message>
        <message>
            <source>Points for %1</source>
            <translation>Баллы для «%1»</translation>
        </message>
        <message>
            <source>Dots on %1</source>
            <translation>Точки для «%1»</translation>
        </message>
        <message>
            <source>at most %1 here</source>
            <translation>здесь не более %1</translation>
        </message>
        <message>
            <source>Support %1</source>
            <translation>Поддержать «%1»</translation>
        </message>
        <message>
            <source>Support</source>
            <translation>Поддержать</translation>
        </message>
        <message>
            <source>not marked</source>
            <translation>не отмечено</translation>
        </message>
        <message>
            <source>not rated</source>
            <translation>не оценено</translation>
        </message>
    </context>
    <context>
        <name>Ballots document</name>
        <message>
            <source>Organisation {number}</source>
            <translation>Организация {number}</translation>
        </message>
        <message>
            <source>No organisations are registered yet, so there is nobody to print a ballot for. Register participants first, or ask for blank ballots.</source>
            <translation>Организации еще не зарегистрированы, поэтому печатать бюллетени не для кого. Сначала зарегистрируйте участников или запросите пустые бюллетени.</translation>
        </message>
        <message>
            <source>No participants are registered yet, so there is nobody to print a ballot for. Register participants first, or ask for blank ballots.</source>
            <translation>Участники еще не зарегистрированы, поэтому печатать бюллетени не для кого. Сначала зарегистрируйте участников или запросите пустые бюллетени.</translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s) is too many to print in one go (at most {most}). Lower the number of blank ballots.</source>
            <translation>
                <numerusform>%n бюллетень — слишком много для печати за один раз (не более {most}). Уменьшите число пустых бюллетеней.</numerusform>
                <numerusform>%n бюллетеня — слишком много для печати за один раз (не более {most}). Уменьшите число пустых бюллетеней.</numerusform>
                <numerusform>%n бюллетеней — слишком много для печати за один раз (не более {most}). Уменьшите число пустых бюллетеней.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n точка</numerusform>
                <numerusform>%n точки</numerusform>
                <numerusform>%n точек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n dot(s). Give them to the recommendations that matter most to you: fill in one circle for each dot.</source>
            <translation>
                <numerusform>У вас %n точка. Отдайте точки рекомендациям, которые для вас важнее всего: закрасьте по одному кружку за каждую точку.</numerusform>
                <numerusform>У вас %n точки. Распределите их между рекомендациями, которые для вас важнее всего: закрасьте по одному кружку за каждую точку.</numerusform>
                <numerusform>У вас %n точек. Распределите их между рекомендациями, которые для вас важнее всего: закрасьте по одному кружку за каждую точку.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n dot(s). Give them to the recommendations that matter most to you: write in a recommendation's box how many dots you give it.</source>
            <translation>
                <numerusform>У вас %n точка. Отдайте точки рекомендациям, которые для вас важнее всего: впишите в клетку рекомендации, сколько точек вы ей даете.</numerusform>
                <numerusform>У вас %n точки. Распределите их между рекомендациями, которые для вас важнее всего: впишите в клетку рекомендации, сколько точек вы ей даете.</numerusform>
                <numerusform>У вас %n точек. Распределите их между рекомендациями, которые для вас важнее всего: впишите в клетку рекомендации, сколько точек вы ей даете.</numerusform>
            </translation>
        </message>
        <message>
            <source>Put at most 1 dot on one recommendation.</source>
            <translation>Одной рекомендации можно дать не более 1 точки.</translation>
        </message>
        <message numerus="yes">
            <source>You may put up to %n dot(s) on one recommendation.</source>
            <translation>
                <numerusform>Одной рекомендации можно дать не более %n точки.</numerusform>
                <numerusform>Одной рекомендации можно дать не более %n точек.</numerusform>
                <numerusform>Одной рекомендации можно дать не более %n точек.</numerusform>
            </translation>
        </message>
        <message>
            <source>You may put several dots, or all of them, on one recommendation.</source>
            <translation>Одной рекомендации можно дать несколько точек или все точки.</translation>
        </message>
        <message numerus="yes">
            <source>Use %n or fewer in all: a ballot with more dots than that cannot be counted.</source>
            <translation>
                <numerusform>Всего используйте не более %n точки: бюллетень, в котором точек больше, не может быть учтен.</numerusform>
                <numerusform>Всего используйте не более %n точек: бюллетень, в котором точек больше, не может быть учтен.</numerusform>
                <numerusform>Всего используйте не более %n точек: бюллетень, в котором точек больше, не может быть учтен.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>You have %n point(s) to share out. Write in a recommendation's box how many points you give it; leave the box empty to give none.</source>
            <translation>
                <numerusform>У вас %n балл для распределения. Впишите в клетку рекомендации, сколько баллов вы ей даете; оставьте клетку пустой, если не даете ничего.</numerusform>
                <numerusform>У вас %n балла для распределения. Впишите в клетку рекомендации, сколько баллов вы ей даете; оставьте клетку пустой, если не даете ничего.</numerusform>
                <numerusform>У вас %n баллов для распределения. Впишите в клетку рекомендации, сколько баллов вы ей даете; оставьте клетку пустой, если не даете ничего.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Give at most %n point(s) to one recommendation.</source>
            <translation>
                <numerusform>Одной рекомендации можно дать не более %n балла.</numerusform>
                <numerusform>Одной рекомендации можно дать не более %n баллов.</numerusform>
                <numerusform>Одной рекомендации можно дать не более %n баллов.</numerusform>
            </translation>
        </message>
        <message>
            <source>You may give all your points to one recommendation.</source>
            <translation>Можно отдать все свои баллы одной рекомендации.</translation>
        </message>
        <message numerus="yes">
            <source>Your points must add up to %n or less: write your total at the bottom.</source>
            <translation>
                <numerusform>Сумма ваших баллов должна составлять не более %n: впишите итог внизу.</numerusform>
                <numerusform>Сумма ваших баллов должна составлять не более %n: впишите итог внизу.</numerusform>
                <numerusform>Сумма ваших баллов должна составлять не более %n: впишите итог внизу.</numerusform>
            </translation>
        </message>
        <message>
            <source>Tick the box of every recommendation you support.</source>
            <translation>Поставьте галочку в клетке каждой рекомендации, которую вы поддерживаете.</translation>
        </message>
        <message>
            <source>Tick as many as you like, or none.</source>
            <translation>Можно отметить сколько угодно рекомендаций или ни одной.</translation>
        </message>
        <message>
            <source>Give each recommendation you want to rate one score from 0 (not a priority) to {top} (top priority): cross or fill in the circle of that score. One score per recommendation.</source>
            <translation>Дайте каждой рекомендации, которую вы хотите оценить, одну оценку от 0 (не приоритет) до {top} (высший приоритет): зачеркните или закрасьте кружок этой оценки. Одна оценка на рекомендацию.</translation>
        </message>
        <message>
            <source>Leave a recommendation empty if you do not want to rate it: an empty row is not a 0.</source>
            <translation>Оставьте рекомендацию пустой, если не хотите ее оценивать: пустая строка не означает 0.</translation>
        </message>
        <message>
            <source>Rank the recommendations: write 1 in the box of your first choice, 2 for your second choice, and so on.</source>
            <translation>Ранжируйте рекомендации: напишите 1 в клетке вашего первого выбора, 2 — второго выбора и так далее.</translation>
        </message>
        <message>
            <source>Rank as many as you like and leave the others empty.</source>
            <translation>Ранжируйте сколько угодно рекомендаций, а остальные оставьте пустыми.</translation>
        </message>
        <message>
            <source>You may rank recommendations level: give them the same number, then go on from the number after the places they fill (1, 2, 2, 4).</source>
            <translation>Можно поставить рекомендации наравне: дайте им одинаковый номер, а затем продолжайте с номера, следующего за занятыми ими местами (1, 2, 2, 4).</translation>
        </message>
        <message>
            <source>The higher you rank a recommendation, the more points it gets: with 5 ranked, your first choice gets 5 points, the second 4, down to 1 for the fifth. Recommendations ranked level share the points of their places.</source>
            <translation>Чем выше вы ставите рекомендацию, тем больше баллов она получает: если ранжировано 5 рекомендаций, ваш первый выбор получает 5 баллов, второй — 4 и так далее до 1 балла за пятый. Рекомендации, поставленные наравне, делят баллы своих мест.</translation>
        </message>
        <message>
            <source>A recommendation you leave empty counts as below every one you rank.</source>
            <translation>Рекомендация, которую вы оставили пустой, считается ниже всех ранжированных вами.</translation>
        </message>
        <message>
            <source>For each recommendation, cross or fill in one letter: M = Must, S = Should, C = Could, W = Won't.</source>
            <translation>Для каждой рекомендации зачеркните или закрасьте одну букву: M = обязательно (Must), S = следует (Should), C = можно (Could), W = не будет (Won't).</translation>
        </message>
        <message>
            <source>Leave a recommendation empty if you have no view on it.</source>
            <translation>Оставьте рекомендацию пустой, если у вас нет мнения о ней.</translation>
        </message>
        <message>
            <source>Your dots</source>
            <translation>Ваши точки</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>Tick</source>
            <translation>Отметка</translation>
        </message>
        <message>
            <source>Your score (0–{top})</source>
            <translation>Ваша оценка (0–{top})</translation>
        </message>
        <message>
            <source>Your rank</source>
            <translation>Ваше место</translation>
        </message>
        <message>
            <source>Your choice</source>
            <translation>Ваш выбор</translation>
        </message>
        <message>
            <source>Fold the sheet with your marks inside and put it in the ballot box.</source>
            <translation>Сложите лист отметками внутрь и опустите его в урну для голосования.</translation>
        </message>
        <message>
            <source>Hand the sheet to the facilitator.</source>
            <translation>Передайте лист ведущему.</translation>
        </message>
        <message>
            <source>Ballot {number} of {total}</source>
            <translation>Бюллетень {number} из {total}</translation>
        </message>
        <message>
            <source>BALLOT</source>
            <translation>БЮЛЛЕТЕНЬ</translation>
        </message>
        <message>
            <source>Secret ballot: do not write your name</source>
            <translation>Тайное голосование: не пишите свое имя</translation>
        </message>
        <message>
            <source>Nothing on this sheet links it to you. Make your marks, then fold the sheet.</source>
            <translation>Ничто на этом листе не связывает его с вами. Сделайте отметки, затем сложите лист.</translation>
        </message>
        <message>
            <source>BALLOT CODE</source>
            <translation>КОД БЮЛЛЕТЕНЯ</translation>
        </message>
        <message>
            <source>Copy the code from the slip you took. A ballot without a valid, unused code is not counted.</source>
            <translation>Перепишите код с талона, который вы взяли. Бюллетень без действительного, еще не использованного кода не учитывается.</translation>
        </message>
        <message>
            <source>ORGANISATION</source>
            <translation>ОРГАНИЗАЦИЯ</translation>
        </message>
        <message>
            <source>VOTER</source>
            <translation>ГОЛОСУЮЩИЙ</translation>
        </message>
        <message>
            <source>Write the name of your organisation on the line, so that your vote is counted for it.</source>
            <translation>Напишите на строке название своей организации, чтобы ваш голос был учтен за нее.</translation>
        </message>
        <message>
            <source>Write your name on the line, so that your vote is counted for you.</source>
            <translation>Напишите на строке свое имя, чтобы ваш голос был учтен за вас.</translation>
        </message>
        <message>
            <source>One ballot per organisation: agree on your marks together.</source>
            <translation>Один бюллетень на организацию: согласуйте отметки вместе.</translation>
        </message>
        <message>
            <source>Open ballot: who voted how is recorded. Vote only on the ballot with your name.</source>
            <translation>Открытое голосование: фиксируется, кто как проголосовал. Голосуйте только по бюллетеню со своим именем.</translation>
        </message>
        <message>
            <source>PAPER BALLOT</source>
            <translation>БУМАЖНЫЙ БЮЛЛЕТЕНЬ</translation>
        </message>
        <message>
            <source>How to vote: {method}</source>
            <translation>Как голосовать: {method}</translation>
        </message>
        <message>
            <source>Ballot {number} (continued)</source>
            <translation>Бюллетень {number} (продолжение)</translation>
        </message>
        <message>
            <source>Ballot {number} continues on the next page</source>
            <translation>Продолжение бюллетеня {number} — на следующей странице</translation>
        </message>
        <message>
            <source>Shortened to fit the ballot: the full text is in the recommendation handout.</source>
            <translation>Сокращено, чтобы уместиться в бюллетене: полный текст приведен в раздаточном материале с рекомендациями.</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>Total of your points (at most {budget})</source>
            <translation>Сумма ваших баллов (не более {budget})</translation>
        </message>
        <message numerus="yes">
            <source>Check: no more than %n dot(s) in all.</source>
            <translation>
                <numerusform>Проверка: всего не более %n точки.</numerusform>
                <numerusform>Проверка: всего не более %n точек.</numerusform>
                <numerusform>Проверка: всего не более %n точек.</numerusform>
            </translation>
        </message>
        <message>
            <source>Check: numbers start from 1; the same number twice means ranked level.</source>
            <translation>Проверьте: номера начинаются с 1; один и тот же номер дважды означает, что рекомендации поставлены наравне.</translation>
        </message>
        <message>
            <source>Paper ballots: {round}</source>
            <translation>Бумажные бюллетени: {round}</translation>
        </message>
        <message>
            <source>Secret ballot</source>
            <translation>Тайное голосование</translation>
        </message>
        <message>
            <source>Open ballot</source>
            <translation>Открытое голосование</translation>
        </message>
        <message>
            <source>Paper ballots</source>
            <translation>Бумажные бюллетени</translation>
        </message>
    </context>
    <context>
        <name>ChangePassphraseDialog</name>
        <message>
            <source>Change passphrase</source>
            <translation>Смена парольной фразы</translation>
        </message>
        <message>
            <source>Current passphrase</source>
            <translation>Текущая парольная фраза</translation>
        </message>
        <message>
            <source>New passphrase</source>
            <translation>Новая парольная фраза</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>The file is re-encrypted with the new passphrase. The recovery key changes too: the old one stops working, and the new one is shown next.</source>
            <translation>Файл будет заново зашифрован с новой парольной фразой. Ключ восстановления тоже изменится: старый перестанет действовать, а новый будет показан на следующем шаге.</translation>
        </message>
        <message>
            <source>Type the current passphrase.</source>
            <translation>Введите текущую парольную фразу.</translation>
        </message>
        <message>
            <source>The current passphrase is not right. Nothing was changed.</source>
            <translation>Текущая парольная фраза введена неверно. Ничего не изменено.</translation>
        </message>
        <message>
            <source>The passphrase could not be changed: {reason}. The old passphrase still works.</source>
            <translation>Не удалось сменить парольную фразу: {reason}. Старая парольная фраза по-прежнему действует.</translation>
        </message>
    </context>
    <context>
        <name>Charter annex</name>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>State(s)</source>
            <translation>Государство(а)</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>Рекомендующие государства</translation>
        </message>
    </context>
    <context>
        <name>Charter document</name>
        <message>
            <source>Outcome charter</source>
            <translation>Итоговая хартия</translation>
        </message>
        <message>
            <source>Preamble</source>
            <translation>Преамбула</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>ПРОЕКТ</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>Implementation status</source>
            <translation>Статус осуществления</translation>
        </message>
        <message>
            <source>Draft — not yet adopted</source>
            <translation>Проект — еще не принят</translation>
        </message>
        <message>
            <source>First cycle</source>
            <translation>Первый цикл</translation>
        </message>
        <message>
            <source>Second cycle</source>
            <translation>Второй цикл</translation>
        </message>
        <message>
            <source>Third cycle</source>
            <translation>Третий цикл</translation>
        </message>
        <message>
            <source>Fourth cycle</source>
            <translation>Четвертый цикл</translation>
        </message>
        <message>
            <source>Fifth cycle</source>
            <translation>Пятый цикл</translation>
        </message>
        <message>
            <source>Cycle {number}</source>
            <translation>Цикл {number}</translation>
        </message>
        <message>
            <source>Organised by</source>
            <translation>Организатор</translation>
        </message>
        <message>
            <source>{cycle}, reviewed on {date}</source>
            <translation>{cycle}, обзор состоялся {date}</translation>
        </message>
        <message>
            <source>Reviewed on {date}</source>
            <translation>Обзор состоялся {date}</translation>
        </message>
        <message>
            <source>Universal Periodic Review of {country}</source>
            <translation>Универсальный периодический обзор: {country}</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted on {date} at {place}.</source>
            <translation>Новый проект хартии, принятой {date} в {place}.</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted on {date}.</source>
            <translation>Новый проект хартии, принятой {date}.</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted at {place}.</source>
            <translation>Новый проект хартии, принятой в {place}.</translation>
        </message>
        <message>
            <source>A new draft of the charter adopted earlier.</source>
            <translation>Новый проект ранее принятой хартии.</translation>
        </message>
        <message>
            <source>This text may still change until the organisations adopt it.</source>
            <translation>Этот текст может измениться, пока организации его не примут.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>Priority {number}</source>
            <translation>Приоритет {number}</translation>
        </message>
        <message>
            <source>National</source>
            <comment>level of action</comment>
            <translation>Национальный</translation>
        </message>
        <message>
            <source>Regional</source>
            <comment>level of action</comment>
            <translation>Региональный</translation>
        </message>
        <message>
            <source>International</source>
            <comment>level of action</comment>
            <translation>Международный</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Приоритеты</translation>
        </message>
        <message>
            <source>Action points</source>
            <translation>Пункты действий</translation>
        </message>
        <message>
            <source>Monitoring and follow-up</source>
            <translation>Мониторинг и последующая деятельность</translation>
        </message>
        <message>
            <source>Endorsements</source>
            <translation>Одобрения</translation>
        </message>
        <message>
            <source>Annex: recommendations cited</source>
            <translation>Приложение: упомянутые рекомендации</translation>
        </message>
        <message>
            <source>Expected government action</source>
            <translation>Ожидаемые действия правительства</translation>
        </message>
        <message>
            <source>CSO actions and advocacy</source>
            <translation>Действия и правозащитная деятельность организаций гражданского общества</translation>
        </message>
        <message>
            <source>Lead actor</source>
            <translation>Ведущий исполнитель</translation>
        </message>
        <message>
            <source>Partners</source>
            <translation>Партнеры</translation>
        </message>
        <message>
            <source>Indicators or benchmarks</source>
            <translation>Показатели или контрольные ориентиры</translation>
        </message>
        <message>
            <source>Resources needed</source>
            <translation>Необходимые ресурсы</translation>
        </message>
        <message>
            <source>Timeline and milestones</source>
            <translation>Сроки и промежуточные этапы</translation>
        </message>
    </context>
    <context>
        <name>Charter status</name>
        <message>
            <source>Adopted on {date} at {place}</source>
            <translation>Принята {date} в {place}</translation>
        </message>
        <message>
            <source>Adopted on {date}</source>
            <translation>Принята {date}</translation>
        </message>
        <message>
            <source>Adopted at {place}</source>
            <translation>Принята в {place}</translation>
        </message>
        <message>
            <source>Adopted</source>
            <translation>Принята</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption on {date} at {place}</source>
            <translation>{draft}: изменена после принятия {date} в {place}</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption on {date}</source>
            <translation>{draft}: изменена после принятия {date}</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption at {place}</source>
            <translation>{draft}: изменена после принятия в {place}</translation>
        </message>
        <message>
            <source>{draft}: changed since its adoption</source>
            <translation>{draft}: изменена после принятия</translation>
        </message>
    </context>
    <context>
        <name>Charter template</name>
        <message>
            <source>{start} to {end}</source>
            <translation>С {start} по {end}</translation>
        </message>
    </context>
    <context>
        <name>CharterOutline</name>
        <message numerus="yes">
            <source>%n open comment(s)</source>
            <translation>
                <numerusform>%n открытый комментарий</numerusform>
                <numerusform>%n открытых комментария</numerusform>
                <numerusform>%n открытых комментариев</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CharterPage</name>
        <message>
            <source>Action point saved. Undo with Ctrl+Z.</source>
            <translation>Пункт плана действий сохранен. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>%1 action points</source>
            <translation>Пунктов плана действий: %1</translation>
        </message>
        <message>
            <source>None yet.</source>
            <translation>Пока нет.</translation>
        </message>
        <message>
            <source>Add an action point…</source>
            <translation>Добавьте пункт плана действий…</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <source>Action point added. Undo with Ctrl+Z.</source>
            <translation>Пункт плана действий добавлен. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Action point deleted. Undo with Ctrl+Z.</source>
            <translation>Пункт плана действий удален. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Plan of action</source>
            <translation>План действий</translation>
        </message>
        <message>
            <source>What the organisations will do at home, in the region and at the UN. Press Enter to add; double-click a point to change it.</source>
            <translation>Что организации сделают у себя в стране, в регионе и в ООН. Нажмите Enter, чтобы добавить; дважды щелкните пункт, чтобы изменить его.</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>Recommending States</source>
            <translation>Рекомендующие государства</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Supported</source>
            <translation>Поддержана</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>Принята к сведению</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ожидает ответа</translation>
        </message>
        <message>
            <source>Not known</source>
            <translation>Неизвестно</translation>
        </message>
        <message>
            <source>Recommendations cited</source>
            <translation>Цитируемые рекомендации</translation>
        </message>
        <message>
            <source>The annex lists the recommendations the priorities cite. None are cited yet.</source>
            <translation>В приложении перечислены рекомендации, на которые ссылаются приоритеты. Пока ни одна рекомендация не процитирована.</translation>
        </message>
        <message>
            <source>Built automatically</source>
            <translation>Составляется автоматически</translation>
        </message>
        <message>
            <source>Built from the recommendations the priorities cite, in the order they are first cited: %1 in all. It updates itself.</source>
            <translation>Составляется из рекомендаций, на которые ссылаются приоритеты, в порядке первого упоминания; всего: %1. Обновляется автоматически.</translation>
        </message>
        <message>
            <source>{time}  ·  resolved</source>
            <translation>{time}  ·  решено</translation>
        </message>
        <message>
            <source>Reopen</source>
            <translation>Открыть снова</translation>
        </message>
        <message>
            <source>Mark resolved</source>
            <translation>Отметить как решенный</translation>
        </message>
        <message>
            <source>COMMENTS</source>
            <translation>КОММЕНТАРИИ</translation>
        </message>
        <message>
            <source>No comments on this part yet.</source>
            <translation>К этой части пока нет комментариев.</translation>
        </message>
        <message>
            <source>Add a comment on this part…</source>
            <translation>Добавьте комментарий к этой части…</translation>
        </message>
        <message>
            <source>Whose comment it is. Anonymous leaves no name in the file.</source>
            <translation>Чей это комментарий. При выборе варианта «Анонимно» имя в файле не сохраняется.</translation>
        </message>
        <message>
            <source>Comment from</source>
            <translation>Автор комментария</translation>
        </message>
        <message>
            <source>Add comment</source>
            <translation>Добавить комментарий</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the author of a comment</comment>
            <translation>От</translation>
        </message>
        <message>
            <source>On “%1”</source>
            <translation>К «%1»</translation>
        </message>
        <message>
            <source>No open comments on this part.</source>
            <translation>К этой части нет открытых комментариев.</translation>
        </message>
        <message>
            <source>Anonymous</source>
            <translation>Анонимно</translation>
        </message>
        <message>
            <source>Comment added. Undo with Ctrl+Z.</source>
            <translation>Комментарий добавлен. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Comment marked resolved.</source>
            <translation>Комментарий отмечен как решенный.</translation>
        </message>
        <message>
            <source>Comment reopened.</source>
            <translation>Комментарий открыт снова.</translation>
        </message>
        <message>
            <source>Comment deleted. Undo with Ctrl+Z.</source>
            <translation>Комментарий удален. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Представитель</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Signed on paper</source>
            <translation>Подписано на бумаге</translation>
        </message>
        <message>
            <source>Tick when the organisation's signed page is back.</source>
            <translation>Отметьте, когда подписанная организацией страница вернется.</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Подписано</translation>
        </message>
        <message>
            <source>%1: signed on paper.</source>
            <translation>%1: подписано на бумаге.</translation>
        </message>
        <message>
            <source>%1: no longer marked as signed.</source>
            <translation>%1: больше не отмечено как подписанное.</translation>
        </message>
        <message>
            <source>Endorsement saved. Undo with Ctrl+Z.</source>
            <translation>Одобрение сохранено. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Add an endorsement</source>
            <translation>Добавить одобрение</translation>
        </message>
        <message>
            <source>Change the endorsement</source>
            <translation>Изменить одобрение</translation>
        </message>
        <message>
            <source>The organisation's name, as it signs</source>
            <translation>Название организации в том виде, в каком она подписывает документы</translation>
        </message>
        <message>
            <source>Name of the person who signs</source>
            <translation>Имя человека, который подписывает</translation>
        </message>
        <message>
            <source>Executive director, chair…</source>
            <translation>Исполнительный директор, председатель…</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>The charter prints a signature line for each organisation. A representative is printed by name: ask them first.</source>
            <translation>В хартии для каждой организации печатается строка для подписи. Имя представителя печатается в хартии: сначала спросите согласия этого человека.</translation>
        </message>
        <message>
            <source>“%1” is not a date. Write it as 2025-03-14, or leave it empty.</source>
            <translation>«%1» не является датой. Введите дату в формате 2025-03-14 или оставьте поле пустым.</translation>
        </message>
        <message>
            <source>Add…</source>
            <translation>Добавить…</translation>
        </message>
        <message>
            <source>Add the participants' organisations</source>
            <translation>Добавить организации участников</translation>
        </message>
        <message>
            <source>One endorsement for each registered organisation not yet listed</source>
            <translation>По одному одобрению для каждой зарегистрированной организации, которой еще нет в списке</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Endorsements</source>
            <translation>Одобрения</translation>
        </message>
        <message>
            <source>No endorsements yet. Add the organisations registered with the participants, or add organisations one by one.</source>
            <translation>Одобрений пока нет. Добавьте организации, зарегистрированные вместе с участниками, или добавляйте организации по одной.</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Подписи</translation>
        </message>
        <message>
            <source>The organisations that adopt the charter. Double-click a cell to change it; tick “Signed on paper” when the signed page is back.</source>
            <translation>Организации, которые принимают хартию. Дважды щелкните ячейку, чтобы изменить ее; отметьте «Подписано на бумаге», когда подписанная страница вернется.</translation>
        </message>
        <message>
            <source>Endorsement added. Undo with Ctrl+Z.</source>
            <translation>Одобрение добавлено. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>The endorsement of %1 was deleted. Undo with Ctrl+Z.</source>
            <translation>Одобрение организации %1 удалено. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>National</source>
            <translation>Национальный</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Региональный</translation>
        </message>
        <message>
            <source>International</source>
            <translation>Международный</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Не начато</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Осуществляется</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Осуществлено частично</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Осуществлено полностью</translation>
        </message>
        <message>
            <source>Action points by level</source>
            <translation>Пункты плана действий по уровням</translation>
        </message>
        <message>
            <source>Title and details</source>
            <translation>Название и подробности</translation>
        </message>
        <message>
            <source>Untitled section</source>
            <translation>Раздел без названия</translation>
        </message>
        <message>
            <source>Untitled priority</source>
            <translation>Приоритет без названия</translation>
        </message>
        <message>
            <source>Parts of the charter</source>
            <translation>Части хартии</translation>
        </message>
        <message>
            <source>Plan: %1 of %2 parts written</source>
            <translation>План: написано частей — %1 из %2</translation>
        </message>
        <message>
            <source>Everything you type is saved as you go; there is no Save button to forget.</source>
            <translation>Все, что вы вводите, сохраняется сразу; кнопки «Сохранить», о которой можно забыть, нет.</translation>
        </message>
        <message>
            <source>Save version…</source>
            <translation>Сохранить версию…</translation>
        </message>
        <message>
            <source>Keep the charter as it is now, under a name</source>
            <translation>Сохранить хартию в нынешнем виде под отдельным названием</translation>
        </message>
        <message>
            <source>Versions…</source>
            <translation>Версии…</translation>
        </message>
        <message>
            <source>Compare versions word by word, or restore one</source>
            <translation>Сравнить версии слово за словом или восстановить одну из них</translation>
        </message>
        <message>
            <source>Comments</source>
            <translation>Комментарии</translation>
        </message>
        <message>
            <source>Show or hide the comments on the part shown</source>
            <translation>Показать или скрыть комментарии к показанной части</translation>
        </message>
        <message>
            <source>Adopt charter…</source>
            <translation>Принять хартию…</translation>
        </message>
        <message>
            <source>Freeze the charter as adopted, with its date and place</source>
            <translation>Зафиксировать хартию как принятую, с датой и местом принятия</translation>
        </message>
        <message>
            <source>+ Section</source>
            <translation>+ Раздел</translation>
        </message>
        <message>
            <source>Add a free section with its own heading</source>
            <translation>Добавить свободный раздел с собственным заголовком</translation>
        </message>
        <message>
            <source>+ Priority ▾</source>
            <translation>+ Приоритет ▾</translation>
        </message>
        <message>
            <source>Add priorities from clusters, recommendations or a voting round</source>
            <translation>Добавить приоритеты из тематических групп, рекомендаций или тура голосования</translation>
        </message>
        <message>
            <source>From a cluster…</source>
            <translation>Из тематической группы…</translation>
        </message>
        <message>
            <source>From recommendations…</source>
            <translation>Из рекомендаций…</translation>
        </message>
        <message>
            <source>Fill from a closed voting round…</source>
            <translation>Заполнить по итогам закрытого тура голосования…</translation>
        </message>
        <message>
            <source>Outcome charter</source>
            <translation>Итоговая хартия</translation>
        </message>
        <message>
            <source>1 priority</source>
            <translation>1 приоритет</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities</source>
            <translation>
                <numerusform>%n приоритет</numerusform>
                <numerusform>%n приоритета</numerusform>
                <numerusform>%n приоритетов</numerusform>
            </translation>
        </message>
        <message>
            <source>1 recommendation cited</source>
            <translation>Процитирована 1 рекомендация</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations cited</source>
            <translation>
                <numerusform>%n упомянутая рекомендация</numerusform>
                <numerusform>%n упомянутые рекомендации</numerusform>
                <numerusform>%n упомянутых рекомендаций</numerusform>
            </translation>
        </message>
        <message>
            <source>Adopted on %1 at %2</source>
            <translation>Принята %1; место: %2</translation>
        </message>
        <message>
            <source>Editing starts a new draft; the adopted text stays as it was</source>
            <translation>Любая правка создает новый проект; принятый текст остается без изменений</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Проект</translation>
        </message>
        <message>
            <source>Changed since it was adopted on %1; the adopted text stays as it was</source>
            <translation>Изменена после принятия %1; принятый текст остается без изменений</translation>
        </message>
        <message>
            <source>✓ All changes saved</source>
            <translation>✓ Все изменения сохранены</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
        <message>
            <source>a blank charter</source>
            <translation>пустая хартия</translation>
        </message>
        <message>
            <source>Charter started from %1. Undo with Ctrl+Z.</source>
            <translation>Хартия создана. Основа: %1. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>Новый раздел</translation>
        </message>
        <message>
            <source>Section added. Undo with Ctrl+Z.</source>
            <translation>Раздел добавлен. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Section moved. Undo with Ctrl+Z.</source>
            <translation>Раздел перемещен. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>this untitled section</source>
            <translation>этот раздел без названия</translation>
        </message>
        <message>
            <source>Delete a section</source>
            <translation>Удаление раздела</translation>
        </message>
        <message>
            <source>Delete the section “%1” and its comments? You can undo this with Ctrl+Z.</source>
            <translation>Удалить раздел «%1» и комментарии к нему? Это можно отменить с помощью Ctrl+Z.</translation>
        </message>
        <message>
            <source>Section deleted. Undo with Ctrl+Z.</source>
            <translation>Раздел удален. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Add 1 priority</source>
            <translation>Добавить 1 приоритет</translation>
        </message>
        <message>
            <source>Add %1 priorities</source>
            <translation>Добавить приоритеты (%1)</translation>
        </message>
        <message>
            <source>1 priority added. Undo with Ctrl+Z.</source>
            <translation>Добавлен 1 приоритет. Отменить: Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities added. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Добавлен %n приоритет. Отменить: Ctrl+Z.</numerusform>
                <numerusform>Добавлено %n приоритета. Отменить: Ctrl+Z.</numerusform>
                <numerusform>Добавлено %n приоритетов. Отменить: Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Priority “%1” added. Undo with Ctrl+Z.</source>
            <translation>Приоритет «%1» добавлен. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Priorities put in the round's order; %1 added. Undo with Ctrl+Z.</source>
            <translation>Приоритеты расставлены в порядке тура голосования; добавлено: %1. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Priority moved to place %1. Undo with Ctrl+Z.</source>
            <translation>Приоритет перемещен на место %1. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete a priority</source>
            <translation>Удаление приоритета</translation>
        </message>
        <message>
            <source>Delete the priority “%1”, its plan and its comments? The recommendations stay in the workshop. You can undo this with Ctrl+Z.</source>
            <translation>Удалить приоритет «%1», его план и комментарии к нему? Рекомендации останутся в материалах семинара. Это можно отменить с помощью Ctrl+Z.</translation>
        </message>
        <message>
            <source>Priority deleted. Undo with Ctrl+Z.</source>
            <translation>Приоритет удален. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Version saved. Compare it or go back to it under “Versions…”.</source>
            <translation>Версия сохранена. Сравнить ее или вернуться к ней можно с помощью кнопки «Версии…».</translation>
        </message>
        <message>
            <source>The charter can't be adopted yet</source>
            <translation>Хартию пока нельзя принять</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Adopt the charter as it is? To replace the guidance first, choose Cancel.</source>
            <translation>В хартии еще остались указания шаблона в [квадратных скобках], в следующих частях: {parts}.

Принять хартию в нынешнем виде? Чтобы сначала заменить указания, нажмите «Отмена».</translation>
        </message>
        <message>
            <source>The charter is not finished</source>
            <translation>Хартия не завершена</translation>
        </message>
        <message>
            <source>Charter adopted on %1 at %2. Its text is kept as adopted.</source>
            <translation>Хартия принята %1; место: %2. Ее текст сохраняется в принятом виде.</translation>
        </message>
        <message>
            <source>Read-only: nothing here can be changed</source>
            <translation>Только для чтения: здесь ничего нельзя изменить</translation>
        </message>
        <message>
            <source>About the charter</source>
            <translation>О хартии</translation>
        </message>
        <message>
            <source>These head the printed charter. They came from the workshop's details; change them here for the charter alone.</source>
            <translation>Эти сведения открывают печатную хартию. Они взяты из данных семинара; измените их здесь только для хартии.</translation>
        </message>
        <message>
            <source>The charter's title</source>
            <translation>Название хартии</translation>
        </message>
        <message>
            <source>City, country</source>
            <translation>Город, страна</translation>
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
            <translation>По одной организации в строке</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Place</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>From</source>
            <comment>the workshop's start date</comment>
            <translation>С</translation>
        </message>
        <message>
            <source>To</source>
            <comment>the workshop's end date</comment>
            <translation>По</translation>
        </message>
        <message>
            <source>Dates as year-month-day, such as 2025-03-12.</source>
            <translation>Даты в формате год-месяц-день, например 2025-03-12.</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>Организаторы</translation>
        </message>
        <message>
            <source>One organisation per line, as they appear on the charter.</source>
            <translation>По одной организации в строке, как они указываются в хартии.</translation>
        </message>
        <message>
            <source>The context: the review, the recommendations received, the process that led to this charter…</source>
            <translation>Контекст: обзор, полученные рекомендации, процесс, который привел к этой хартии…</translation>
        </message>
        <message>
            <source>Who follows up, when progress is reviewed, and the mid-term report…</source>
            <translation>Кто осуществляет последующую деятельность, когда оценивается прогресс, среднесрочный доклад…</translation>
        </message>
        <message>
            <source>Context, the review, the process followed.</source>
            <translation>Контекст, обзор, пройденный процесс.</translation>
        </message>
        <message>
            <source>Who follows up, when progress is reviewed, the mid-term report.</source>
            <translation>Кто осуществляет последующую деятельность, когда оценивается прогресс, среднесрочный доклад.</translation>
        </message>
        <message>
            <source>Saved as you type.</source>
            <translation>Сохраняется по мере ввода.</translation>
        </message>
        <message>
            <source>The charter's text</source>
            <translation>Текст хартии</translation>
        </message>
        <message>
            <source>Move the section up (Alt+Up in the outline)</source>
            <translation>Переместить раздел вверх (Alt+Вверх в структуре)</translation>
        </message>
        <message>
            <source>Move the section down (Alt+Down in the outline)</source>
            <translation>Переместить раздел вниз (Alt+Вниз в структуре)</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
        <message>
            <source>Delete this section</source>
            <translation>Удалить этот раздел</translation>
        </message>
        <message>
            <source>Heading of the section</source>
            <translation>Заголовок раздела</translation>
        </message>
        <message>
            <source>The section's text…</source>
            <translation>Текст раздела…</translation>
        </message>
        <message>
            <source>Heading</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Section %1 of %2</source>
            <translation>Раздел %1 из %2</translation>
        </message>
        <message>
            <source>A free section with its own heading.</source>
            <translation>Свободный раздел с собственным заголовком.</translation>
        </message>
        <message>
            <source>A priority from recommendations</source>
            <translation>Приоритет на основе рекомендаций</translation>
        </message>
        <message>
            <source>Add recommendations to “%1”</source>
            <translation>Добавить рекомендации в «%1»</translation>
        </message>
        <message>
            <source>Tick the recommendations the priority covers. Search by words, number or State.</source>
            <translation>Отметьте рекомендации, которые охватывает приоритет. Ищите по словам, номеру или государству.</translation>
        </message>
        <message>
            <source>Tick the recommendations to add. Those it already covers are not listed.</source>
            <translation>Отметьте рекомендации, которые нужно добавить. Уже охваченные рекомендации не показаны.</translation>
        </message>
        <message>
            <source>Search the recommendations</source>
            <translation>Поиск по рекомендациям</translation>
        </message>
        <message>
            <source>The priority's title, such as “Access to justice for women”</source>
            <translation>Название приоритета, например «Доступ женщин к правосудию»</translation>
        </message>
        <message>
            <source>Add the priority</source>
            <translation>Добавить приоритет</translation>
        </message>
        <message>
            <source>Add recommendations</source>
            <translation>Добавить рекомендации</translation>
        </message>
        <message>
            <source>Title of the priority</source>
            <translation>Название приоритета</translation>
        </message>
        <message>
            <source>Add 1 recommendation</source>
            <translation>Добавить 1 рекомендацию</translation>
        </message>
        <message>
            <source>Add %1 recommendations</source>
            <translation>Добавить рекомендации (%1)</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Тематическая группа</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>In the charter</source>
            <translation>В хартии</translation>
        </message>
        <message>
            <source>Priority %1</source>
            <translation>Приоритет %1</translation>
        </message>
        <message>
            <source>Empty</source>
            <translation>Пусто</translation>
        </message>
        <message>
            <source>Priorities from clusters</source>
            <translation>Приоритеты из тематических групп</translation>
        </message>
        <message>
            <source>Each cluster you tick becomes a priority, titled with the cluster's name and covering its recommendations. Clusters already in the charter are ticked and greyed.</source>
            <translation>Каждая отмеченная тематическая группа становится приоритетом с названием этой группы и охватывает ее рекомендации. Тематические группы, которые уже есть в хартии, отмечены и затенены.</translation>
        </message>
        <message>
            <source>This workshop has no clusters yet. Group the recommendations into clusters in the Clusters step, or make a priority from recommendations instead.</source>
            <translation>В этом семинаре пока нет тематических групп. Распределите рекомендации по тематическим группам на этапе «Тематические группы» или составьте приоритет из рекомендаций.</translation>
        </message>
        <message>
            <source>Add priorities</source>
            <translation>Добавить приоритеты</translation>
        </message>
        <message>
            <source>Priorities from a voting round</source>
            <translation>Приоритеты по итогам тура голосования</translation>
        </message>
        <message>
            <source>The round's results, in order, become the charter's priorities. A priority that already covers a result moves into its place; the others are added.</source>
            <translation>Результаты тура голосования по порядку становятся приоритетами хартии. Приоритет, который уже охватывает результат, перемещается на его место; остальные добавляются.</translation>
        </message>
        <message>
            <source>Every candidate, in result order</source>
            <translation>Все кандидаты в порядке результатов</translation>
        </message>
        <message>
            <source>Only the top results, with any ties at the cut</source>
            <translation>Только лучшие результаты, включая равные результаты на границе отбора</translation>
        </message>
        <message>
            <source>Number of results to take:</source>
            <translation>Число отбираемых результатов:</translation>
        </message>
        <message>
            <source>No voting round is closed yet. Close a round in the Vote step, then come back.</source>
            <translation>Ни один тур голосования еще не закрыт. Закройте тур голосования на этапе «Голосование» и вернитесь сюда.</translation>
        </message>
        <message>
            <source>Fill the priorities</source>
            <translation>Заполнить приоритеты</translation>
        </message>
        <message>
            <source>Closed round</source>
            <translation>Закрытый тур голосования</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>Это можно отменить с помощью Ctrl+Z.</translation>
        </message>
        <message>
            <source>#</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <source>Plan</source>
            <translation>План</translation>
        </message>
        <message>
            <source>Level</source>
            <translation>Уровень</translation>
        </message>
        <message>
            <source>%1 of %2 written</source>
            <translation>Написано: %1 из %2</translation>
        </message>
        <message>
            <source>Each cluster you choose becomes a priority with its recommendations</source>
            <translation>Каждая выбранная тематическая группа становится приоритетом со своими рекомендациями</translation>
        </message>
        <message>
            <source>Pick recommendations to make one priority</source>
            <translation>Выберите рекомендации, чтобы составить один приоритет</translation>
        </message>
        <message>
            <source>The round's results, in order, become the priorities</source>
            <translation>Результаты тура голосования по порядку становятся приоритетами</translation>
        </message>
        <message>
            <source>Add priorities:</source>
            <translation>Добавить приоритеты:</translation>
        </message>
        <message>
            <source>Priorities</source>
            <translation>Приоритеты</translation>
        </message>
        <message>
            <source>No priorities yet. A charter is adopted for its priorities: take them from your clusters, pick recommendations, or fill them from a closed voting round.</source>
            <translation>Приоритетов пока нет. Главное в хартии — ее приоритеты: возьмите их из тематических групп, выберите рекомендации или заполните по итогам закрытого тура голосования.</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Вверх</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Вниз</translation>
        </message>
        <message>
            <source>Drag priorities in the outline, or use the buttons, to change their order.</source>
            <translation>Чтобы изменить порядок приоритетов, перетаскивайте их в структуре или используйте кнопки.</translation>
        </message>
        <message>
            <source>1 priority, in the order the charter lists them.</source>
            <translation>1 приоритет в том порядке, в котором он указан в хартии.</translation>
        </message>
        <message>
            <source>What the organisations agree to work on, each with its plan.</source>
            <translation>Над чем организации договорились работать, с планом по каждому приоритету.</translation>
        </message>
        <message>
            <source>What the organisations agree on</source>
            <translation>О чем договорились организации</translation>
        </message>
        <message>
            <source>What the government is expected to do.</source>
            <translation>Что ожидается от правительства.</translation>
        </message>
        <message>
            <source>What the organisations will do: advocacy, monitoring, awareness, shadow reports.</source>
            <translation>Что сделают организации: информационно-разъяснительная работа, мониторинг, повышение осведомленности, альтернативные доклады.</translation>
        </message>
        <message>
            <source>Who leads the follow-up.</source>
            <translation>Кто руководит последующей деятельностью.</translation>
        </message>
        <message>
            <source>Who works with them.</source>
            <translation>Кто работает вместе с ними.</translation>
        </message>
        <message>
            <source>How progress will be measured: a benchmark, a figure, a law passed.</source>
            <translation>Как будет измеряться прогресс: контрольный показатель, цифра, принятый закон.</translation>
        </message>
        <message>
            <source>People, money and expertise needed.</source>
            <translation>Необходимые люди, средства и экспертные знания.</translation>
        </message>
        <message>
            <source>{text}

Recommended by {states}</source>
            <translation>{text}

Рекомендовано: {states}</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Промежуточный этап</translation>
        </message>
        <message>
            <source>Not a date: write 2027, 2027-06 or 2027-06-30.</source>
            <translation>Это не дата: введите 2027, 2027-06 или 2027-06-30.</translation>
        </message>
        <message>
            <source>Move the priority up (Alt+Up in the outline)</source>
            <translation>Переместить приоритет вверх (Alt+Вверх в структуре)</translation>
        </message>
        <message>
            <source>Move the priority down (Alt+Down in the outline)</source>
            <translation>Переместить приоритет вниз (Alt+Вниз в структуре)</translation>
        </message>
        <message>
            <source>Delete this priority and its plan</source>
            <translation>Удалить этот приоритет и его план</translation>
        </message>
        <message>
            <source>The priority's title</source>
            <translation>Название приоритета</translation>
        </message>
        <message>
            <source>Add recommendations…</source>
            <translation>Добавить рекомендации…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>Recommendations this priority covers</source>
            <translation>Рекомендации, которые охватывает этот приоритет</translation>
        </message>
        <message>
            <source>No recommendations yet. A priority usually cites the recommendations it follows up.</source>
            <translation>Рекомендаций пока нет. Обычно приоритет ссылается на рекомендации, по которым ведется последующая деятельность.</translation>
        </message>
        <message>
            <source>THE PLAN</source>
            <translation>ПЛАН</translation>
        </message>
        <message>
            <source>Where the work happens.</source>
            <translation>Где ведется работа.</translation>
        </message>
        <message>
            <source>Implementation status</source>
            <translation>Статус осуществления</translation>
        </message>
        <message>
            <source>For following up after the workshop.</source>
            <translation>Для последующей деятельности после семинара.</translation>
        </message>
        <message>
            <source>Add milestone</source>
            <translation>Добавить промежуточный этап</translation>
        </message>
        <message>
            <source>Milestones</source>
            <translation>Промежуточные этапы</translation>
        </message>
        <message>
            <source>Dates as 2027, 2027-06 or 2027-06-30. Double-click a cell to change it.</source>
            <translation>Даты в формате 2027, 2027-06 или 2027-06-30. Дважды щелкните ячейку, чтобы изменить ее.</translation>
        </message>
        <message>
            <source>Priority %1 of %2</source>
            <translation>Приоритет %1 из %2</translation>
        </message>
        <message>
            <source>Recommendations covered</source>
            <translation>Охватываемые рекомендации</translation>
        </message>
        <message>
            <source>Plan %1/%2 filled</source>
            <translation>План заполнен: %1/%2</translation>
        </message>
        <message>
            <source>THE PLAN · %1 OF %2 PARTS WRITTEN</source>
            <translation>ПЛАН · НАПИСАНО ЧАСТЕЙ: %1 ИЗ %2</translation>
        </message>
        <message>
            <source>The priority needs a title. Until it has one, the charter keeps “%1”.</source>
            <translation>Приоритету нужно название. Пока его нет, в хартии остается «%1».</translation>
        </message>
        <message>
            <source>Recommendation removed from the priority. Undo with Ctrl+Z.</source>
            <translation>Рекомендация убрана из приоритета. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Use this template →</source>
            <translation>Использовать этот шаблон →</translation>
        </message>
        <message>
            <source>STEP 6 · THE OUTCOME CHARTER</source>
            <translation>ЭТАП 6 · ИТОГОВАЯ ХАРТИЯ</translation>
        </message>
        <message>
            <source>Draft the outcome charter</source>
            <translation>Составьте итоговую хартию</translation>
        </message>
        <message>
            <source>The charter is what the workshop produces: the priorities the organisations agree on, each with a plan (what, by whom, measured how, by when), then adopted and signed. Start from a template; everything in it can be changed, and everything you type is saved as you go.</source>
            <translation>Хартия — это результат семинара: приоритеты, о которых договорились организации, каждый со своим планом (что, кем, как измеряется, к какому сроку); затем хартия принимается и подписывается. Начните с шаблона: в нем можно изменить все, и все, что вы вводите, сохраняется сразу.</translation>
        </message>
        <message>
            <source>Start blank</source>
            <translation>Начать с чистого листа</translation>
        </message>
        <message>
            <source>A charter with the workshop's title, place and dates, and nothing else</source>
            <translation>Хартия, содержащая только название, место и даты семинара</translation>
        </message>
        <message>
            <source>This workshop has no charter, and it is open read-only.</source>
            <translation>В этом семинаре нет хартии, и он открыт только для чтения.</translation>
        </message>
        <message>
            <source>Or begin with the workshop's title, place and dates only:</source>
            <translation>Или начните только с названия, места и дат семинара:</translation>
        </message>
        <message>
            <source>No differences: the two texts are the same.</source>
            <translation>Различий нет: тексты совпадают.</translation>
        </message>
        <message>
            <source>No words added.</source>
            <translation>Слова не добавлены.</translation>
        </message>
        <message>
            <source>No words removed.</source>
            <translation>Слова не удалены.</translation>
        </message>
        <message>
            <source>{added} {removed}</source>
            <comment>two sentences side by side: words added, words removed; the space between them is the language's own</comment>
            <translation>{added} {removed}</translation>
        </message>
        <message>
            <source>%1 lines unchanged</source>
            <translation>Строк без изменений: %1</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Версия</translation>
        </message>
        <message>
            <source>Saved</source>
            <translation>Сохранена</translation>
        </message>
        <message>
            <source>The adopted text: it never changes.</source>
            <translation>Принятый текст: он никогда не меняется.</translation>
        </message>
        <message>
            <source>Save a version</source>
            <translation>Сохранить версию</translation>
        </message>
        <message>
            <source>Save a version of the charter</source>
            <translation>Сохранение версии хартии</translation>
        </message>
        <message>
            <source>Draft of %1</source>
            <translation>Проект от %1</translation>
        </message>
        <message>
            <source>Save version</source>
            <translation>Сохранить версию</translation>
        </message>
        <message>
            <source>A version keeps the charter exactly as it is now. Compare it with later drafts, or go back to it.</source>
            <translation>Версия сохраняет хартию точно в нынешнем виде. Ее можно сравнить с более поздними проектами или вернуться к ней.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Versions of the charter</source>
            <translation>Версии хартии</translation>
        </message>
        <message>
            <source>No versions saved yet. “Save version…” keeps the charter as it is now.</source>
            <translation>Сохраненных версий пока нет. Команда «Сохранить версию…» сохраняет хартию в нынешнем виде.</translation>
        </message>
        <message>
            <source>Restore this version…</source>
            <translation>Восстановить эту версию…</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>Сравнить</translation>
        </message>
        <message>
            <source>with</source>
            <translation>с</translation>
        </message>
        <message>
            <source>Choose a version to compare it with the current draft, or pick any two below. Restoring a version replaces the draft; you can undo it.</source>
            <translation>Выберите версию, чтобы сравнить ее с текущим проектом, или выберите любые две ниже. Восстановленная версия заменяет проект; это можно отменить.</translation>
        </message>
        <message>
            <source>The current draft</source>
            <translation>Текущий проект</translation>
        </message>
        <message>
            <source>Restore a version</source>
            <translation>Восстановление версии</translation>
        </message>
        <message>
            <source>Restore “%1”? The current draft is replaced by it. You can undo this with Ctrl+Z.</source>
            <translation>Восстановить «%1»? Текущий проект будет заменен этой версией. Это можно отменить с помощью Ctrl+Z.</translation>
        </message>
        <message>
            <source>Version restored. Undo with Ctrl+Z.</source>
            <translation>Версия восстановлена. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Adopt the charter</source>
            <translation>Принятие хартии</translation>
        </message>
        <message>
            <source>The adopted text is frozen: it is kept exactly as it is now, with the date and place of adoption, and printed as the adopted charter. Later edits start a new draft and never change it. Adoption cannot be undone.</source>
            <translation>Принятый текст фиксируется: он сохраняется точно в нынешнем виде, с датой и местом принятия, и печатается как принятая хартия. Последующие правки создают новый проект и никогда его не меняют. Принятие нельзя отменить.</translation>
        </message>
        <message>
            <source>Where the organisations adopt it</source>
            <translation>Где организации принимают хартию</translation>
        </message>
        <message>
            <source>Adopted on</source>
            <translation>Дата принятия</translation>
        </message>
        <message>
            <source>At</source>
            <translation>Место</translation>
        </message>
    </context>
    <context>
        <name>CharterVersions</name>
        <message numerus="yes">
            <source>%n word(s) added.</source>
            <translation>
                <numerusform>Добавлено %n слово.</numerusform>
                <numerusform>Добавлено %n слова.</numerusform>
                <numerusform>Добавлено %n слов.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n word(s) removed.</source>
            <translation>
                <numerusform>Удалено %n слово.</numerusform>
                <numerusform>Удалено %n слова.</numerusform>
                <numerusform>Удалено %n слов.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterListModel</name>
        <message>
            <source>Unassigned</source>
            <translation>Нераспределенные</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n рекомендация</numerusform>
                <numerusform>%n рекомендации</numerusform>
                <numerusform>%n рекомендаций</numerusform>
            </translation>
        </message>
        <message>
            <source>Select rows on the right and press %1 to move them here.</source>
            <translation>Выберите строки справа и нажмите %1, чтобы переместить их сюда.</translation>
        </message>
        <message>
            <source>Select rows on the right and press 0 to take them out of their cluster.</source>
            <translation>Выберите строки справа и нажмите 0, чтобы убрать их из тематической группы.</translation>
        </message>
        <message>
            <source>Double-click or press F2 to rename.</source>
            <translation>Дважды щелкните или нажмите F2, чтобы переименовать.</translation>
        </message>
        <message numerus="yes">
            <source>{name}, %n recommendation(s)</source>
            <translation>
                <numerusform>{name}, %n рекомендация</numerusform>
                <numerusform>{name}, %n рекомендации</numerusform>
                <numerusform>{name}, %n рекомендаций</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClusterPicker</name>
        <message>
            <source>Type a cluster’s name…</source>
            <translation>Введите название тематической группы…</translation>
        </message>
        <message>
            <source>↑↓ to choose · Enter to move · Esc to cancel</source>
            <translation>↑↓ — выбрать · Enter — переместить · Esc — отмена</translation>
        </message>
        <message>
            <source>Take out of the cluster (Unassigned)</source>
            <translation>Убрать из тематической группы (Нераспределенные)</translation>
        </message>
        <message>
            <source>+   New cluster “%1”</source>
            <translation>+   Новая тематическая группа «%1»</translation>
        </message>
    </context>
    <context>
        <name>Clusters</name>
        <message>
            <source>The cluster needs a name.</source>
            <translation>Укажите название тематической группы.</translation>
        </message>
        <message>
            <source>The name is too long ({length} characters; at most {most}).</source>
            <translation>Название слишком длинное (символов: {length}; допускается не более {most}).</translation>
        </message>
        <message>
            <source>There is already a cluster called “{name}”.</source>
            <translation>Тематическая группа «{name}» уже существует.</translation>
        </message>
        <message>
            <source>This cluster no longer exists (it may have been deleted or merged).</source>
            <translation>Эта тематическая группа больше не существует (возможно, она удалена или объединена с другой).</translation>
        </message>
        <message>
            <source>The description is too long ({text_count} characters; at most {description_max}).</source>
            <translation>Описание слишком длинное (символов: {text_count}; допускается не более {description_max}).</translation>
        </message>
        <message>
            <source>New cluster {name}</source>
            <translation>Новая тематическая группа «{name}»</translation>
        </message>
        <message>
            <source>Rename cluster {name}</source>
            <translation>Переименовать тематическую группу «{name}»</translation>
        </message>
        <message>
            <source>Describe cluster {name}</source>
            <translation>Описать тематическую группу «{name}»</translation>
        </message>
        <message>
            <source>Move cluster {name}</source>
            <translation>Переместить тематическую группу «{name}»</translation>
        </message>
        <message>
            <source>Choose a cluster to delete.</source>
            <translation>Выберите тематическую группу для удаления.</translation>
        </message>
        <message>
            <source>Delete cluster {name}</source>
            <translation>Удалить тематическую группу «{name}»</translation>
        </message>
        <message numerus="yes">
            <source>Delete %n clusters</source>
            <translation>
                <numerusform>Удалить %n тематическую группу</numerusform>
                <numerusform>Удалить %n тематические группы</numerusform>
                <numerusform>Удалить %n тематических групп</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose at least two clusters to merge.</source>
            <translation>Выберите не менее двух тематических групп для объединения.</translation>
        </message>
        <message>
            <source>Merge {number} clusters into {name}</source>
            <translation>Объединить тематические группы ({number}) в «{name}»</translation>
        </message>
        <message numerus="yes">
            <source>Move %n recommendation(s) to {name}</source>
            <translation>
                <numerusform>Переместить %n рекомендацию в «{name}»</numerusform>
                <numerusform>Переместить %n рекомендации в «{name}»</numerusform>
                <numerusform>Переместить %n рекомендаций в «{name}»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Take %n recommendation(s) out of their cluster</source>
            <translation>
                <numerusform>Исключить %n рекомендацию из ее тематической группы</numerusform>
                <numerusform>Исключить %n рекомендации из их тематических групп</numerusform>
                <numerusform>Исключить %n рекомендаций из их тематических групп</numerusform>
            </translation>
        </message>
        <message>
            <source>There are no recommendations to cluster yet. Import them in Review first.</source>
            <translation>Рекомендаций для распределения по тематическим группам пока нет. Сначала импортируйте их на этапе «Обзор».</translation>
        </message>
        <message>
            <source>The recommendations carry no themes (or affected persons) to start from. Create the clusters by hand with “New cluster”.</source>
            <translation>У рекомендаций нет тем (или затрагиваемых лиц), от которых можно было бы отталкиваться. Создайте тематические группы вручную с помощью команды «Новая тематическая группа».</translation>
        </message>
        <message numerus="yes">
            <source>Propose %n cluster(s) from themes</source>
            <translation>
                <numerusform>Предложить %n тематическую группу по темам</numerusform>
                <numerusform>Предложить %n тематические группы по темам</numerusform>
                <numerusform>Предложить %n тематических групп по темам</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Place %n recommendation(s) by theme</source>
            <translation>
                <numerusform>Распределить %n рекомендацию по темам</numerusform>
                <numerusform>Распределить %n рекомендации по темам</numerusform>
                <numerusform>Распределить %n рекомендаций по темам</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ClustersPage</name>
        <message>
            <source>Cluster the recommendations</source>
            <translation>Распределите рекомендации по тематическим группам</translation>
        </message>
        <message>
            <source>Propose clusters from themes</source>
            <translation>Предложить тематические группы по темам</translation>
        </message>
        <message>
            <source>Start from the themes the recommendations were imported with: one cluster per theme, each recommendation in its most common theme. Once there are clusters, it only adds unassigned recommendations to clusters named like their theme.</source>
            <translation>Начните с тем, с которыми были импортированы рекомендации: одна тематическая группа на тему, каждая рекомендация — в наиболее распространенной из своих тем. Когда тематические группы уже есть, эта команда только добавляет нераспределенные рекомендации в тематические группы, названные так же, как их тема.</translation>
        </message>
        <message>
            <source>New cluster</source>
            <translation>Новая тематическая группа</translation>
        </message>
        <message>
            <source>Name a new cluster in the field under the list</source>
            <translation>Введите название новой тематической группы в поле под списком</translation>
        </message>
        <message>
            <source>CLUSTERS</source>
            <translation>ТЕМАТИЧЕСКИЕ ГРУППЫ</translation>
        </message>
        <message>
            <source>Unassigned recommendations</source>
            <translation>Нераспределенные рекомендации</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Тематические группы</translation>
        </message>
        <message>
            <source>No clusters yet</source>
            <translation>Тематических групп пока нет</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Переименовать</translation>
        </message>
        <message>
            <source>Rename the selected cluster (F2)</source>
            <translation>Переименовать выбранную тематическую группу (F2)</translation>
        </message>
        <message>
            <source>Merge</source>
            <translation>Объединить</translation>
        </message>
        <message>
            <source>Select two or more clusters (Ctrl+click), then choose the one they merge into</source>
            <translation>Выберите две или более тематические группы (Ctrl+щелчок), затем укажите ту, в которую они объединяются</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete the selected clusters (Del). Their recommendations become unassigned.</source>
            <translation>Удалить выбранные тематические группы (Del). Их рекомендации станут нераспределенными.</translation>
        </message>
        <message>
            <source>Move the cluster up the list (Alt+Up)</source>
            <translation>Переместить тематическую группу вверх по списку (Alt+Вверх)</translation>
        </message>
        <message>
            <source>Move the cluster down the list (Alt+Down)</source>
            <translation>Переместить тематическую группу вниз по списку (Alt+Вниз)</translation>
        </message>
        <message>
            <source>Name a new cluster…</source>
            <translation>Название новой тематической группы…</translation>
        </message>
        <message>
            <source>New cluster name</source>
            <translation>Название новой тематической группы</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Move to cluster…</source>
            <translation>Переместить в тематическую группу…</translation>
        </message>
        <message>
            <source>Move the selected recommendations to another cluster (Ctrl+M)</source>
            <translation>Переместить выбранные рекомендации в другую тематическую группу (Ctrl+M)</translation>
        </message>
        <message>
            <source>Add a short description of what this cluster covers…</source>
            <translation>Добавьте краткое описание того, что охватывает эта тематическая группа…</translation>
        </message>
        <message>
            <source>Cluster description</source>
            <translation>Описание тематической группы</translation>
        </message>
        <message>
            <source>Recommendations not yet in any cluster. Select rows and drag them onto a cluster on the left, press the cluster’s number (1–9), or press Ctrl+M to pick one by name.</source>
            <translation>Рекомендации, которые еще не входят ни в одну тематическую группу. Выберите строки и перетащите их на тематическую группу слева, нажмите номер тематической группы (1–9) или нажмите Ctrl+M, чтобы выбрать группу по названию.</translation>
        </message>
        <message>
            <source>Search these recommendations…</source>
            <translation>Поиск по этим рекомендациям…</translation>
        </message>
        <message>
            <source>Search the cluster</source>
            <translation>Поиск в тематической группе</translation>
        </message>
        <message>
            <source>Recommendations in the cluster</source>
            <translation>Рекомендации в тематической группе</translation>
        </message>
        <message>
            <source>Select rows, then drag them onto a cluster, press its number (0 takes them out), or press Ctrl+M to pick one by name.</source>
            <translation>Выберите строки, затем перетащите их на тематическую группу, нажмите ее номер (0 убирает их из группы) или нажмите Ctrl+M, чтобы выбрать группу по названию.</translation>
        </message>
        <message>
            <source>There are no recommendations to cluster yet. Import them in step 1, Review.</source>
            <translation>Рекомендаций для распределения по тематическим группам пока нет. Импортируйте их на этапе 1 «Обзор».</translation>
        </message>
        <message>
            <source>This workshop is read-only, so no clusters can be made in it. Save a copy to sort the recommendations there.</source>
            <translation>Этот семинар открыт только для чтения, поэтому создавать в нем тематические группы нельзя. Сохраните копию, чтобы распределить рекомендации в ней.</translation>
        </message>
        <message>
            <source>Start from the themes the recommendations were imported with, then rename, merge and sort them together. Or name your own clusters one by one.</source>
            <translation>Начните с тем, с которыми были импортированы рекомендации, затем вместе переименуйте, объедините и упорядочьте их. Или создавайте собственные тематические группы по одной.</translation>
        </message>
        <message>
            <source>No recommendations yet</source>
            <translation>Рекомендаций пока нет</translation>
        </message>
        <message numerus="yes">
            <source>No clusters yet  ·  %n recommendation(s) to sort</source>
            <translation>
                <numerusform>Тематических групп пока нет  ·  %n рекомендация для распределения</numerusform>
                <numerusform>Тематических групп пока нет  ·  %n рекомендации для распределения</numerusform>
                <numerusform>Тематических групп пока нет  ·  %n рекомендаций для распределения</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s)</source>
            <translation>
                <numerusform>%n тематическая группа</numerusform>
                <numerusform>%n тематические группы</numerusform>
                <numerusform>%n тематических групп</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} recommendations in a cluster</source>
            <translation>
                <numerusform>%n из {total} рекомендаций в тематической группе</numerusform>
                <numerusform>%n из {total} рекомендаций в тематических группах</numerusform>
                <numerusform>%n из {total} рекомендаций в тематических группах</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n unassigned</source>
            <translation>
                <numerusform>%n нераспределенная</numerusform>
                <numerusform>%n нераспределенные</numerusform>
                <numerusform>%n нераспределенных</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s)</source>
            <translation>
                <numerusform>%n рекомендация</numerusform>
                <numerusform>%n рекомендации</numerusform>
                <numerusform>%n рекомендаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {total} match</source>
            <translation>
                <numerusform>Совпадает %n из {total}</numerusform>
                <numerusform>Совпадают %n из {total}</numerusform>
                <numerusform>Совпадают %n из {total}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) now unassigned. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n рекомендация теперь не распределена. Отменить: Ctrl+Z.</numerusform>
                <numerusform>%n рекомендации теперь не распределены. Отменить: Ctrl+Z.</numerusform>
                <numerusform>%n рекомендаций теперь не распределены. Отменить: Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) moved to “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n рекомендация перемещена в «{name}». Отменить: Ctrl+Z.</numerusform>
                <numerusform>%n рекомендации перемещены в «{name}». Отменить: Ctrl+Z.</numerusform>
                <numerusform>%n рекомендаций перемещены в «{name}». Отменить: Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) moved to the new cluster “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n рекомендация перемещена в новую тематическую группу «{name}». Отменить: Ctrl+Z.</numerusform>
                <numerusform>%n рекомендации перемещены в новую тематическую группу «{name}». Отменить: Ctrl+Z.</numerusform>
                <numerusform>%n рекомендаций перемещены в новую тематическую группу «{name}». Отменить: Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) merged into “{name}”. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>%n тематическая группа объединена в «{name}». Отменить: Ctrl+Z.</numerusform>
                <numerusform>%n тематические группы объединены в «{name}». Отменить: Ctrl+Z.</numerusform>
                <numerusform>%n тематических групп объединены в «{name}». Отменить: Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n cluster(s)?</source>
            <translation>
                <numerusform>Удалить %n тематическую группу?</numerusform>
                <numerusform>Удалить %n тематические группы?</numerusform>
                <numerusform>Удалить %n тематических групп?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Their %n recommendation(s) become unassigned; none is deleted.</source>
            <translation>
                <numerusform>Их %n рекомендация станет нераспределенной; ни одна рекомендация не удаляется.</numerusform>
                <numerusform>Их %n рекомендации станут нераспределенными; ни одна рекомендация не удаляется.</numerusform>
                <numerusform>Их %n рекомендаций станут нераспределенными; ни одна рекомендация не удаляется.</numerusform>
            </translation>
        </message>
        <message>
            <source>This cluster is the basis of a priority in the charter: {titles}.</source>
            <translation>Эта тематическая группа лежит в основе приоритета в хартии: {titles}.</translation>
        </message>
        <message numerus="yes">
            <source>This is the basis of %n priorities in the charter: {titles}.</source>
            <translation>
                <numerusform>На этом основан %n приоритет хартии: {titles}.</numerusform>
                <numerusform>На этом основаны %n приоритета хартии: {titles}.</numerusform>
                <numerusform>На этом основаны %n приоритетов хартии: {titles}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n clusters deleted; their recommendations are unassigned. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Удалена %n тематическая группа; ее рекомендации стали нераспределенными. Отменить: Ctrl+Z.</numerusform>
                <numerusform>Удалены %n тематические группы; их рекомендации стали нераспределенными. Отменить: Ctrl+Z.</numerusform>
                <numerusform>Удалено %n тематических групп; их рекомендации стали нераспределенными. Отменить: Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n cluster(s) proposed from the themes.</source>
            <translation>
                <numerusform>По темам предложена %n тематическая группа.</numerusform>
                <numerusform>По темам предложены %n тематические группы.</numerusform>
                <numerusform>По темам предложено %n тематических групп.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) fit no theme shared widely enough and stay unassigned.</source>
            <translation>
                <numerusform>%n рекомендация не подходит ни к одной достаточно распространенной теме и остается нераспределенной.</numerusform>
                <numerusform>%n рекомендации не подходят ни к одной достаточно распространенной теме и остаются нераспределенными.</numerusform>
                <numerusform>%n рекомендаций не подходят ни к одной достаточно распространенной теме и остаются нераспределенными.</numerusform>
            </translation>
        </message>
        <message>
            <source>every recommendation in a cluster</source>
            <translation>все рекомендации распределены по тематическим группам</translation>
        </message>
        <message>
            <source>Unassigned</source>
            <translation>Нераспределенные</translation>
        </message>
        <message>
            <source>Nothing here matches “%1”.</source>
            <translation>Здесь ничего не соответствует запросу «%1».</translation>
        </message>
        <message>
            <source>No recommendations yet. Import them in step 1, Review.</source>
            <translation>Рекомендаций пока нет. Импортируйте их на этапе 1 «Обзор».</translation>
        </message>
        <message>
            <source>Every recommendation is in a cluster.</source>
            <translation>Все рекомендации распределены по тематическим группам.</translation>
        </message>
        <message>
            <source>Nothing in this cluster yet.
Open “Unassigned”, select recommendations and drag them here, or press this cluster’s number.</source>
            <translation>В этой тематической группе пока ничего нет.
Откройте «Нераспределенные», выберите рекомендации и перетащите их сюда или нажмите номер этой тематической группы.</translation>
        </message>
        <message>
            <source>Ref.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>This workshop is read-only. Save a copy to sort the recommendations.</source>
            <translation>Этот семинар открыт только для чтения. Сохраните копию, чтобы распределить рекомендации.</translation>
        </message>
        <message>
            <source>Select the recommendations to move first.</source>
            <translation>Сначала выберите рекомендации, которые нужно переместить.</translation>
        </message>
        <message>
            <source>Move to cluster</source>
            <translation>Перемещение в тематическую группу</translation>
        </message>
        <message>
            <source>Already in “%1”.</source>
            <translation>Уже в «%1».</translation>
        </message>
        <message>
            <source>Move to the new cluster %1</source>
            <translation>Перемещение в новую тематическую группу %1</translation>
        </message>
        <message>
            <source>There is no cluster %1.</source>
            <translation>Тематической группы %1 нет.</translation>
        </message>
        <message>
            <source>Cluster “%1” created. Select rows in Unassigned and press %2 to fill it.</source>
            <translation>Тематическая группа «%1» создана. Выберите строки в разделе «Нераспределенные» и нажмите %2, чтобы заполнить ее.</translation>
        </message>
        <message>
            <source>Cluster “%1” created. Drag rows from Unassigned onto it to fill it.</source>
            <translation>Тематическая группа «%1» создана. Перетащите на нее строки из раздела «Нераспределенные», чтобы заполнить ее.</translation>
        </message>
        <message>
            <source>Cluster renamed. Undo with Ctrl+Z.</source>
            <translation>Тематическая группа переименована. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Description saved. Undo with Ctrl+Z.</source>
            <translation>Описание сохранено. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Select two or more clusters first (Ctrl+click)</source>
            <translation>Сначала выберите две или более тематические группы (Ctrl+щелчок)</translation>
        </message>
        <message>
            <source>Merge into “%1”</source>
            <translation>Объединить в «%1»</translation>
        </message>
        <message>
            <source>Merge clusters</source>
            <translation>Объединение тематических групп</translation>
        </message>
        <message>
            <source>Delete the cluster “%1”?</source>
            <translation>Удалить тематическую группу «%1»?</translation>
        </message>
        <message>
            <source>Its one recommendation becomes unassigned; it is not deleted.</source>
            <translation>Ее единственная рекомендация станет нераспределенной; она не удаляется.</translation>
        </message>
        <message>
            <source>Delete anyway? The priorities keep their recommendations.</source>
            <translation>Все равно удалить? Приоритеты сохранят свои рекомендации.</translation>
        </message>
        <message>
            <source>You can undo this with Ctrl+Z.</source>
            <translation>Это можно отменить с помощью Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete clusters</source>
            <translation>Удаление тематических групп</translation>
        </message>
        <message>
            <source>Cluster deleted; its recommendations are unassigned. Undo with Ctrl+Z.</source>
            <translation>Тематическая группа удалена; ее рекомендации стали нераспределенными. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Nothing to add: every recommendation whose theme matches a cluster’s name is already in a cluster. New clusters are proposed only while there are none.</source>
            <translation>Добавлять нечего: все рекомендации, тема которых совпадает с названием тематической группы, уже распределены. Новые тематические группы предлагаются, только если групп еще нет.</translation>
        </message>
        <message>
            <source>Unassigned recommendations added to the clusters named like their themes.</source>
            <translation>Нераспределенные рекомендации добавлены в тематические группы, названные так же, как их темы.</translation>
        </message>
        <message>
            <source>Undo with Ctrl+Z.</source>
            <translation>Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Move to</source>
            <translation>Переместить в</translation>
        </message>
        <message>
            <source>Take out of the cluster</source>
            <translation>Убрать из тематической группы</translation>
        </message>
        <message>
            <source>Move up</source>
            <translation>Вверх</translation>
        </message>
        <message>
            <source>Move down</source>
            <translation>Вниз</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>“{name}” already has a charter (“{title}”). Add --replace to start again from the template.</source>
            <translation>У «{name}» уже есть хартия («{title}»). Добавьте --replace, чтобы начать заново с шаблона.</translation>
        </message>
        <message>
            <source>Started the charter “{title}” from the template “{template}” ({template_title}).</source>
            <translation>Начата хартия «{title}» по шаблону «{template}» ({template_title}).</translation>
        </message>
        <message>
            <source>This workshop has no charter yet. Start one with: upr-desktop charter {file} --from-template NAME ({names}).</source>
            <translation>У этого семинара еще нет хартии. Начните ее командой: upr-desktop charter {file} --from-template ИМЯ ({names}).</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Проект</translation>
        </message>
        <message>
            <source>Adopted on {date} in {place}</source>
            <translation>Принята {date} в {place}</translation>
        </message>
        <message>
            <source>Draft (changed since its adoption on {date} in {place}; the adopted text is kept)</source>
            <translation>Проект (изменен после принятия {date} в {place}; принятый текст сохранен)</translation>
        </message>
        <message>
            <source>No place or dates yet</source>
            <translation>Место и даты еще не указаны</translation>
        </message>
        <message>
            <source>“{name}” is read-only; copy it to a writable folder first.</source>
            <translation>Файл «{name}» доступен только для чтения; сначала скопируйте его в папку, доступную для записи.</translation>
        </message>
        <message>
            <source>No ballot codes came in on standard input. Give the codes `round open` printed, one per line.</source>
            <translation>Коды бюллетеней не поступили со стандартного ввода. Передайте коды, выведенные командой `round open`, по одному на строку.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n ballot code slip(s) ({size} KB) to {file}. Print them, then delete the file and the list of codes: they are as good as ballot papers.</source>
            <translation>
                <numerusform>Талоны с кодами бюллетеней (%n) записаны ({size} КБ) в {file}. Напечатайте их, затем удалите файл и список кодов: они равноценны бюллетеням.</numerusform>
                <numerusform>Талоны с кодами бюллетеней (%n) записаны ({size} КБ) в {file}. Напечатайте их, затем удалите файл и список кодов: они равноценны бюллетеням.</numerusform>
                <numerusform>Талоны с кодами бюллетеней (%n) записаны ({size} КБ) в {file}. Напечатайте их, затем удалите файл и список кодов: они равноценны бюллетеням.</numerusform>
            </translation>
        </message>
        <message>
            <source>upr-desktop: warning: {problem}</source>
            <translation>upr-desktop: предупреждение: {problem}</translation>
        </message>
        <message>
            <source>Wrote the charter PDF ({size} KB) to {file}</source>
            <translation>PDF-файл хартии ({size} КБ) записан в {file}</translation>
        </message>
        <message>
            <source>Wrote the ballots PDF ({size} KB) to {file}</source>
            <translation>PDF-файл бюллетеней ({size} КБ) записан в {file}</translation>
        </message>
        <message>
            <source>Wrote the results PDF ({size} KB) to {file}</source>
            <translation>PDF-файл результатов ({size} КБ) записан в {file}</translation>
        </message>
        <message>
            <source>Wrote the handout PDF ({size} KB) to {file}</source>
            <translation>PDF-файл раздаточного материала ({size} КБ) записан в {file}</translation>
        </message>
        <message>
            <source>Wrote the mid-term report PDF ({size} KB) to {file}</source>
            <translation>PDF среднесрочного доклада ({size} КБ) записан в {file}</translation>
        </message>
        <message>
            <source>Wrote the PDF ({size} KB) to {file}</source>
            <translation>PDF ({size} КБ) записан в {file}</translation>
        </message>
        <message>
            <source>1 priority</source>
            <translation>1 приоритет</translation>
        </message>
        <message numerus="yes">
            <source>%n priorities</source>
            <translation>
                <numerusform>%n приоритет</numerusform>
                <numerusform>%n приоритета</numerusform>
                <numerusform>%n приоритетов</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the implementation matrix ({priorities}, {rows}) to {file}</source>
            <translation>Матрица осуществления ({priorities}, {rows}) записана в {file}</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s)</source>
            <translation>
                <numerusform>%n строка</numerusform>
                <numerusform>%n строки</numerusform>
                <numerusform>%n строк</numerusform>
            </translation>
        </message>
        <message>
            <source>Wrote the charter “{title}” as a Word document to {file} (no representatives named: this workshop anonymises its outputs)</source>
            <translation>Хартия «{title}» записана как документ Word в {file} (представители не названы: этот семинар обезличивает свои материалы)</translation>
        </message>
        <message>
            <source>Wrote the charter “{title}” as a Word document to {file}</source>
            <translation>Хартия «{title}» записана как документ Word в {file}</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) cited by the charter as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</source>
            <translation>
                <numerusform>%n рекомендация, упомянутая в хартии, записана для импорта в IMPACT OSS в {file}. IMPACT OSS импортирует их как черновики: свяжите и опубликуйте их там.</numerusform>
                <numerusform>%n рекомендации, упомянутые в хартии, записаны для импорта в IMPACT OSS в {file}. IMPACT OSS импортирует их как черновики: свяжите и опубликуйте их там.</numerusform>
                <numerusform>%n рекомендаций, упомянутых в хартии, записано для импорта в IMPACT OSS в {file}. IMPACT OSS импортирует их как черновики: свяжите и опубликуйте их там.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) in the workshop as an IMPACT OSS import to {file}. IMPACT OSS imports them as drafts: link and publish them there.</source>
            <translation>
                <numerusform>%n рекомендация семинара записана для импорта в IMPACT OSS в {file}. IMPACT OSS импортирует их как черновики: свяжите и опубликуйте их там.</numerusform>
                <numerusform>%n рекомендации семинара записаны для импорта в IMPACT OSS в {file}. IMPACT OSS импортирует их как черновики: свяжите и опубликуйте их там.</numerusform>
                <numerusform>%n рекомендаций семинара записано для импорта в IMPACT OSS в {file}. IMPACT OSS импортирует их как черновики: свяжите и опубликуйте их там.</numerusform>
            </translation>
        </message>
        <message>
            <source>Added the evidence “{title}” (file {file}, sha256 {sha256}) — confidential: {id}</source>
            <translation>Добавлено доказательство «{title}» (файл {file}, sha256 {sha256}) — конфиденциально: {id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}” (file {file}, sha256 {sha256}): {id}</source>
            <translation>Добавлено доказательство «{title}» (файл {file}, sha256 {sha256}): {id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}” — confidential: {id}</source>
            <translation>Добавлено доказательство «{title}» — конфиденциально: {id}</translation>
        </message>
        <message>
            <source>Added the evidence “{title}”: {id}</source>
            <translation>Добавлено доказательство «{title}»: {id}</translation>
        </message>
        <message>
            <source>--evidence: “{part}” is not an evidence id; give numbers separated by commas.</source>
            <translation>--evidence: «{part}» не является идентификатором доказательства; укажите номера через запятую.</translation>
        </message>
        <message>
            <source>{change} ({by}, {date}). Assessors disagree on it. {id}</source>
            <translation>{change} ({by}, {date}). Оценки организаций расходятся. {id}</translation>
        </message>
        <message>
            <source>{change} ({by}, {date}). {id}</source>
            <translation>{change} ({by}, {date}). {id}</translation>
        </message>
        <message>
            <source>Not implemented {not_} · partially {partial} · fully {full} · no information {no_info} · not assessed {none}</source>
            <translation>Не осуществлено: {not_} · частично: {partial} · полностью: {full} · нет информации: {no_info} · не оценено: {none}</translation>
        </message>
        <message>
            <source>Assessors disagree on: {references}</source>
            <translation>Оценки организаций расходятся по: {references}</translation>
        </message>
        <message>
            <source>Overdue: {priority} {milestone} (due {due})</source>
            <translation>Просрочено: {priority} {milestone} (срок: {due})</translation>
        </message>
        <message>
            <source>No assessment in the last 12 months: {count}</source>
            <translation>Без оценки за последние 12 месяцев: {count}</translation>
        </message>
        <message>
            <source>The mid-term report is saved as .pdf or .docx, not “{value}”.</source>
            <translation>Среднесрочный доклад сохраняется в формате .pdf или .docx, а не «{value}».</translation>
        </message>
        <message>
            <source>no ending</source>
            <translation>нет расширения</translation>
        </message>
        <message>
            <source>Wrote the mid-term report to {file}</source>
            <translation>Среднесрочный доклад записан в {file}</translation>
        </message>
        <message>
            <source>Wrote the stakeholder submission draft to {file}: {words} of {cap} words.</source>
            <translation>Проект материала заинтересованной стороны записан в {file}: {words} из {cap} слов.</translation>
        </message>
        <message>
            <source>Warning: {warning}</source>
            <translation>Предупреждение: {warning}</translation>
        </message>
        <message>
            <source>--response: “{given}” is not a response; use supported, noted, pending or unknown.</source>
            <translation>--response: «{given}» не является ответом; используйте supported, noted, pending или unknown.</translation>
        </message>
        <message numerus="yes">
            <source>Wrote %n recommendation(s) to {file}</source>
            <translation>
                <numerusform>%n рекомендация записана в {file}</numerusform>
                <numerusform>%n рекомендации записаны в {file}</numerusform>
                <numerusform>%n рекомендаций записано в {file}</numerusform>
            </translation>
        </message>
        <message>
            <source>there is no command or file called “{name}”</source>
            <translation>нет команды или файла с именем «{name}»</translation>
        </message>
        <message>
            <source>upr-desktop: something went wrong ({kind}: {error}). Nothing was changed; the details are in {log}.</source>
            <translation>upr-desktop: произошла ошибка ({kind}: {error}). Ничего не изменено; подробности — в {log}.</translation>
        </message>
        <message>
            <source>{message} To make one: upr-desktop clean "{file}" COPY.uprw</source>
            <translation>{message} Чтобы создать копию: upr-desktop clean "{file}" COPY.uprw</translation>
        </message>
        <message>
            <source>The commands are: {commands}. Run with no arguments, or with a workshop file, to open the app; `upr-desktop COMMAND --help` describes a command.</source>
            <translation>Команды: {commands}. Запустите без аргументов или с файлом семинара, чтобы открыть приложение; `upr-desktop КОМАНДА --help` описывает команду.</translation>
        </message>
        <message>
            <source>A participant recorded without a name keeps no organisation, focus, contact or consent. Give --name, or leave out --org, --focus, --contact and --consent.</source>
            <translation>Для участника, записанного без имени, не сохраняются организация, направление работы, контактные данные и согласие. Укажите --name или не используйте --org, --focus, --contact и --consent.</translation>
        </message>
        <message numerus="yes">
            <source>The workshop now has %n participant(s).</source>
            <translation>
                <numerusform>Теперь в семинаре %n участник.</numerusform>
                <numerusform>Теперь в семинаре %n участника.</numerusform>
                <numerusform>Теперь в семинаре %n участников.</numerusform>
            </translation>
        </message>
        <message>
            <source>No participants are registered yet.</source>
            <translation>Участники еще не зарегистрированы.</translation>
        </message>
        <message>
            <source>No recommendation numbered {listed} in this workshop. Check the paragraph numbers (upr-desktop search FILE WORDS shows them).</source>
            <translation>В этом семинаре нет рекомендации с номером {listed}. Проверьте номера пунктов (их показывает команда upr-desktop search ФАЙЛ СЛОВА).</translation>
        </message>
        <message>
            <source>No recommendation numbered {listed} in this workshop. Check the paragraph number (upr-desktop search FILE WORDS shows them).</source>
            <translation>В этом семинаре нет рекомендации с номером {listed}. Проверьте номер пункта (его показывает команда upr-desktop search ФАЙЛ СЛОВА).</translation>
        </message>
        <message>
            <source>{by_reference_count} recommendations are numbered {r} in this workshop. Name each one by its id instead (#ID, as upr-desktop search --json shows).</source>
            <translation>В этом семинаре номер {r} имеют несколько рекомендаций ({by_reference_count}). Укажите каждую по ее идентификатору (#ID, как показывает upr-desktop search --json).</translation>
        </message>
        <message>
            <source>--dots is for dot voting only (for 100-point voting, the budget is --points).</source>
            <translation>--dots используется только при голосовании точками (при распределении 100 баллов бюджет задается параметром --points).</translation>
        </message>
        <message>
            <source>--points is for 100-point voting only (for dot voting, use --dots).</source>
            <translation>--points используется только при распределении 100 баллов (при голосовании точками используйте --dots).</translation>
        </message>
        <message>
            <source>{twice} is listed twice in --candidates. List each recommendation once.</source>
            <translation>{twice} указан в --candidates дважды. Укажите каждую рекомендацию один раз.</translation>
        </message>
        <message>
            <source>“{title}” was already open. Its ballot codes were shown when it opened and are never shown again.</source>
            <translation>Тур «{title}» уже был открыт. Его коды бюллетеней были показаны при открытии и больше никогда не показываются.</translation>
        </message>
        <message numerus="yes">
            <source>“{title}” is open for voting with %n ballot code(s), printed above. They are not kept anywhere and will not be shown again: print the slips now with upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</source>
            <translation>
                <numerusform>Тур «{title}» открыт для голосования; выше выведен %n код бюллетеня. Коды нигде не хранятся и больше не будут показаны: напечатайте талоны сейчас командой upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</numerusform>
                <numerusform>Тур «{title}» открыт для голосования; выше выведены %n кода бюллетеней. Коды нигде не хранятся и больше не будут показаны: напечатайте талоны сейчас командой upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</numerusform>
                <numerusform>Тур «{title}» открыт для голосования; выше выведено %n кодов бюллетеней. Коды нигде не хранятся и больше не будут показаны: напечатайте талоны сейчас командой upr-desktop pdf {file} --ballot-codes {round} OUT.pdf &lt; codes.txt</numerusform>
            </translation>
        </message>
        <message>
            <source>“{title}” is open for voting. {turnout}.</source>
            <translation>Тур «{title}» открыт для голосования. {turnout}.</translation>
        </message>
        <message>
            <source>“{title}” is closed. {turnout}. See the results with: upr-desktop tally {file} {round}</source>
            <translation>Тур «{title}» закрыт. {turnout}. Результаты: upr-desktop tally {file} {round}</translation>
        </message>
        <message>
            <source>No voting rounds yet.</source>
            <translation>Туров голосования пока нет.</translation>
        </message>
        <message>
            <source>{key} appears twice in --votes. Give each candidate once.</source>
            <translation>{key} указан в --votes дважды. Укажите каждого кандидата один раз.</translation>
        </message>
        <message>
            <source>--votes is not valid JSON ({what}, at character {number}). For this round write it like {example}, with the references in double quotes.</source>
            <translation>--votes не является допустимым JSON ({what}, символ {number}). Для этого тура запишите его так: {example}, со ссылками в двойных кавычках.</translation>
        </message>
        <message>
            <source>{dumps} is not a candidate reference. Give references as text, such as "121.4".</source>
            <translation>{dumps} не является ссылкой на кандидата. Указывайте ссылки как текст, например "121.4".</translation>
        </message>
        <message>
            <source>{reference} is not a candidate in “{title}”. Its candidates are {listed}.</source>
            <translation>{reference} не является кандидатом в туре «{title}». Кандидаты: {listed}.</translation>
        </message>
        <message>
            <source>the number of dots on each candidate</source>
            <translation>число точек у каждого кандидата</translation>
        </message>
        <message>
            <source>the number of points on each candidate</source>
            <translation>число баллов у каждого кандидата</translation>
        </message>
        <message>
            <source>the list of candidates ticked</source>
            <translation>список отмеченных кандидатов</translation>
        </message>
        <message>
            <source>a score from 0 to 5 for each candidate rated</source>
            <translation>оценку от 0 до 5 для каждого оцененного кандидата</translation>
        </message>
        <message>
            <source>the list of candidates in order, best first, any ranked level in a list of their own</source>
            <translation>список кандидатов по порядку, начиная с лучшего; кандидаты, поставленные наравне, — в отдельном списке</translation>
        </message>
        <message>
            <source>Must, Should, Could or Won't for each candidate classified</source>
            <translation>Must, Should, Could или Won't для каждого классифицированного кандидата</translation>
        </message>
        <message>
            <source>“{title}” uses {label}: give {takes}, such as {example}.</source>
            <translation>В туре «{title}» используется способ «{label}»: укажите {takes}, например {example}.</translation>
        </message>
        <message>
            <source>There is no participant {given} in this workshop (give their id, as upr-desktop participant list shows, or their personal code).</source>
            <translation>В этом семинаре нет участника {given} (укажите его идентификатор, как показывает upr-desktop participant list, или его личный код).</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: cast with --code, never --participant.</source>
            <translation>В туре «{title}» используются анонимные коды бюллетеней: голосуйте с --code, а не с --participant.</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes: cast with --participant.</source>
            <translation>В туре «{title}» коды бюллетеней не используются: голосуйте с --participant.</translation>
        </message>
        <message>
            <source>A paper ballot was recorded in “{title}”. {turnout}.</source>
            <translation>Бумажный бюллетень учтен в туре «{title}». {turnout}.</translation>
        </message>
        <message>
            <source>The ballot was recorded in “{title}”. {turnout}.</source>
            <translation>Бюллетень учтен в туре «{title}». {turnout}.</translation>
        </message>
        <message>
            <source>{count} at the laptop</source>
            <translation>на ноутбуке: {count}</translation>
        </message>
        <message>
            <source>{count} on paper</source>
            <translation>на бумаге: {count}</translation>
        </message>
        <message>
            <source>{count} on the wall chart</source>
            <translation>на настенном плакате: {count}</translation>
        </message>
        <message>
            <source>{turnout} ({how}). Secret ballot.</source>
            <translation>{turnout} ({how}). Тайное голосование.</translation>
        </message>
        <message>
            <source>{turnout} ({how}).</source>
            <translation>{turnout} ({how}).</translation>
        </message>
        <message>
            <source>{turnout}. Secret ballot.</source>
            <translation>{turnout}. Тайное голосование.</translation>
        </message>
        <message>
            <source>{turnout}.</source>
            <translation>{turnout}.</translation>
        </message>
        <message>
            <source>--document-language: “{value}” is not one of {codes}.</source>
            <translation>--document-language: «{value}» не входит в число {codes}.</translation>
        </message>
        <message>
            <source>Created {file} (encrypted)</source>
            <translation>Создан {file} (зашифрован)</translation>
        </message>
        <message>
            <source>Created {file}</source>
            <translation>Создан {file}</translation>
        </message>
        <message>
            <source>Say what to change, e.g. --document-language fr.</source>
            <translation>Укажите, что изменить, например --document-language fr.</translation>
        </message>
        <message>
            <source>The documents of {name} will be written in {language} ({code}).</source>
            <translation>Документы семинара «{name}» будут составляться на языке: {language} ({code}).</translation>
        </message>
        <message>
            <source>--map: “{part}” is not FIELD=COLUMN with a known field; the fields are {listed}.</source>
            <translation>--map: «{part}» не имеет вида ПОЛЕ=СТОЛБЕЦ с известным полем; поля: {listed}.</translation>
        </message>
        <message>
            <source>--map: the field “{name}” is given twice.</source>
            <translation>--map: поле «{name}» указано дважды.</translation>
        </message>
        <message>
            <source>--map: say which column holds the recommendation text, e.g. text=Recommendation.</source>
            <translation>--map: укажите, в каком столбце находится текст рекомендации, например text=Recommendation.</translation>
        </message>
        <message>
            <source>Reading “{file}”: {percent}% done…</source>
            <translation>Чтение «{file}»: выполнено {percent}%…</translation>
        </message>
        <message numerus="yes">
            <source>Indexing %n recommendation(s) for search and sorting…</source>
            <translation>
                <numerusform>Индексация %n рекомендации для поиска и сортировки…</numerusform>
                <numerusform>Индексация %n рекомендаций для поиска и сортировки…</numerusform>
                <numerusform>Индексация %n рекомендаций для поиска и сортировки…</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved {done} of %n recommendation(s) to the workshop…</source>
            <translation>
                <numerusform>Сохранено в семинаре: {done} из %n рекомендации…</numerusform>
                <numerusform>Сохранено в семинаре: {done} из %n рекомендаций…</numerusform>
                <numerusform>Сохранено в семинаре: {done} из %n рекомендаций…</numerusform>
            </translation>
        </message>
        <message>
            <source>{message} Give the columns with --map, e.g. --map text={columns},states=…,response=…</source>
            <translation>{message} Укажите столбцы с помощью --map, например --map text={columns},states=…,response=…</translation>
        </message>
        <message>
            <source>Columns were mapped as at the last import of a table with the same columns.</source>
            <translation>Столбцы сопоставлены так же, как при последнем импорте таблицы с теми же столбцами.</translation>
        </message>
        <message>
            <source>{names} and {more} more</source>
            <translation>{names} и еще {more}</translation>
        </message>
        <message numerus="yes">
            <source>{name} holds recommendations to %n States under review ({names}). Choose one with --country NAME, or --country all.</source>
            <translation>
                <numerusform>В файле {name} содержатся рекомендации %n государству — объекту обзора ({names}). Выберите одно с помощью --country НАЗВАНИЕ или --country all.</numerusform>
                <numerusform>В файле {name} содержатся рекомендации %n государствам — объектам обзора ({names}). Выберите одно с помощью --country НАЗВАНИЕ или --country all.</numerusform>
                <numerusform>В файле {name} содержатся рекомендации %n государствам — объектам обзора ({names}). Выберите одно с помощью --country НАЗВАНИЕ или --country all.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row had no recommendation text and was skipped (row {row}).</source>
            <translation>1 строка не содержала текста рекомендации и была пропущена (строка {row}).</translation>
        </message>
        <message numerus="yes">
            <source>%n rows had no recommendation text and were skipped (first: row {row}).</source>
            <translation>
                <numerusform>%n строка не содержала текста рекомендации и была пропущена (первая: строка {row}).</numerusform>
                <numerusform>%n строки не содержали текста рекомендации и были пропущены (первая: строка {row}).</numerusform>
                <numerusform>%n строк не содержали текста рекомендации и были пропущены (первая: строка {row}).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The workshop now holds %n recommendation(s).</source>
            <translation>
                <numerusform>Теперь в семинаре %n рекомендация.</numerusform>
                <numerusform>Теперь в семинаре %n рекомендации.</numerusform>
                <numerusform>Теперь в семинаре %n рекомендаций.</numerusform>
            </translation>
        </message>
        <message>
            <source>Country under review: {country}   Cycle: {cycle}   Documents in: {language}</source>
            <translation>Государство — объект обзора: {country}   Цикл: {cycle}   Язык документов: {language}</translation>
        </message>
        <message>
            <source>{recommendations} recommendations: {supported} supported, {noted} noted, {pending} pending, {unknown} unknown, {pledges} voluntary pledges; {themes} themes, {states} recommending States.</source>
            <translation>Рекомендаций: {recommendations} (поддержано: {supported}, принято к сведению: {noted}, ожидает ответа: {pending}, неизвестно: {unknown}), добровольных обязательств: {pledges}; тем: {themes}, рекомендующих государств: {states}.</translation>
        </message>
        <message>
            <source>{recommendations} recommendations: {supported} supported, {noted} noted, {pending} pending, {unknown} unknown; {themes} themes, {states} recommending States.</source>
            <translation>Рекомендаций: {recommendations} (поддержано: {supported}, принято к сведению: {noted}, ожидает ответа: {pending}, неизвестно: {unknown}); тем: {themes}, рекомендующих государств: {states}.</translation>
        </message>
        <message>
            <source>No recommendations match.</source>
            <translation>Подходящих рекомендаций нет.</translation>
        </message>
        <message>
            <source>Wrote the demo workshop ({count} illustrative recommendations) to {file}</source>
            <translation>Демонстрационный семинар (иллюстративных рекомендаций: {count}) записан в {file}</translation>
        </message>
        <message>
            <source>Wrote a cleaned copy of {name} to {copy}. {name} is unchanged.</source>
            <translation>Очищенная копия {name} записана в {copy}. Файл {name} не изменен.</translation>
        </message>
    </context>
    <context>
        <name>CommentsPanel</name>
        <message numerus="yes">
            <source>%n resolved</source>
            <translation>
                <numerusform>%n решен</numerusform>
                <numerusform>%n решено</numerusform>
                <numerusform>%n решено</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>January</source>
            <comment>month</comment>
            <translation>января</translation>
        </message>
        <message>
            <source>February</source>
            <comment>month</comment>
            <translation>февраля</translation>
        </message>
        <message>
            <source>March</source>
            <comment>month</comment>
            <translation>марта</translation>
        </message>
        <message>
            <source>April</source>
            <comment>month</comment>
            <translation>апреля</translation>
        </message>
        <message>
            <source>May</source>
            <comment>month</comment>
            <translation>мая</translation>
        </message>
        <message>
            <source>June</source>
            <comment>month</comment>
            <translation>июня</translation>
        </message>
        <message>
            <source>July</source>
            <comment>month</comment>
            <translation>июля</translation>
        </message>
        <message>
            <source>August</source>
            <comment>month</comment>
            <translation>августа</translation>
        </message>
        <message>
            <source>September</source>
            <comment>month</comment>
            <translation>сентября</translation>
        </message>
        <message>
            <source>October</source>
            <comment>month</comment>
            <translation>октября</translation>
        </message>
        <message>
            <source>November</source>
            <comment>month</comment>
            <translation>ноября</translation>
        </message>
        <message>
            <source>December</source>
            <comment>month</comment>
            <translation>декабря</translation>
        </message>
        <message>
            <source>January</source>
            <comment>month on its own</comment>
            <translation>январь</translation>
        </message>
        <message>
            <source>February</source>
            <comment>month on its own</comment>
            <translation>февраль</translation>
        </message>
        <message>
            <source>March</source>
            <comment>month on its own</comment>
            <translation>март</translation>
        </message>
        <message>
            <source>April</source>
            <comment>month on its own</comment>
            <translation>апрель</translation>
        </message>
        <message>
            <source>May</source>
            <comment>month on its own</comment>
            <translation>май</translation>
        </message>
        <message>
            <source>June</source>
            <comment>month on its own</comment>
            <translation>июнь</translation>
        </message>
        <message>
            <source>July</source>
            <comment>month on its own</comment>
            <translation>июль</translation>
        </message>
        <message>
            <source>August</source>
            <comment>month on its own</comment>
            <translation>август</translation>
        </message>
        <message>
            <source>September</source>
            <comment>month on its own</comment>
            <translation>сентябрь</translation>
        </message>
        <message>
            <source>October</source>
            <comment>month on its own</comment>
            <translation>октябрь</translation>
        </message>
        <message>
            <source>November</source>
            <comment>month on its own</comment>
            <translation>ноябрь</translation>
        </message>
        <message>
            <source>December</source>
            <comment>month on its own</comment>
            <translation>декабрь</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>a date: 29 May 2025</comment>
            <translation>{day} {month} {year} г.</translation>
        </message>
        <message>
            <source>{month} {year}</source>
            <comment>a month: June 2027</comment>
            <translation>{month} {year} г.</translation>
        </message>
        <message>
            <source>{first}–{last} {month} {year}</source>
            <comment>days of one month: 27–29 May 2025</comment>
            <translation>{first}–{last} {month} {year} г.</translation>
        </message>
        <message>
            <source>{first_day} {first_month} – {last_day} {last_month} {year}</source>
            <comment>days of one year: 30 May – 2 June 2025</comment>
            <translation>{first_day} {first_month} – {last_day} {last_month} {year} г.</translation>
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
            <translation>Семинар зашифрован</translation>
        </message>
        <message>
            <source>These backups were not encrypted, so they were deleted from {folder}:</source>
            <translation>Эти резервные копии не были зашифрованы, поэтому они удалены из папки {folder}:</translation>
        </message>
        <message>
            <source>These backups were not encrypted, so they were deleted:</source>
            <translation>Эти резервные копии не были зашифрованы, поэтому они удалены:</translation>
        </message>
        <message>
            <source>There were no backups that were not encrypted.</source>
            <translation>Незашифрованных резервных копий не было.</translation>
        </message>
        <message>
            <source>Copies of “{name}” made elsewhere — on a USB stick, sent by e-mail, in a shared folder — are not encrypted and were not deleted. Delete them yourself.</source>
            <translation>Копии «{name}», сделанные в других местах (на USB-накопителе, отправленные по электронной почте, в общей папке), не зашифрованы и не удалены. Удалите их сами.</translation>
        </message>
        <message>
            <source>Next: the recovery key</source>
            <translation>Далее: ключ восстановления</translation>
        </message>
        <message>
            <source>The workshop is encrypted</source>
            <translation>Семинар зашифрован</translation>
        </message>
        <message>
            <source>From now on it asks for the passphrase each time it is opened.</source>
            <translation>Теперь при каждом открытии семинара будет запрашиваться парольная фраза.</translation>
        </message>
    </context>
    <context>
        <name>DetailPane</name>
        <message>
            <source>Select a recommendation to read it in full, with its details and notes.</source>
            <translation>Выберите рекомендацию, чтобы прочитать ее полностью, с подробностями и заметками.</translation>
        </message>
        <message>
            <source>DETAILS</source>
            <translation>ПОДРОБНОСТИ</translation>
        </message>
        <message>
            <source>No notes yet.</source>
            <translation>Заметок пока нет.</translation>
        </message>
        <message>
            <source>Write a note for the workshop… (Ctrl+Enter to add)</source>
            <translation>Напишите заметку для семинара… (Ctrl+Enter — добавить)</translation>
        </message>
        <message>
            <source>Add note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>This workshop is read-only, so notes can't be added here.</source>
            <translation>Этот семинар открыт только для чтения, поэтому добавлять заметки здесь нельзя.</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Кем рекомендовано</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Темы</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Затрагиваемые лица</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Сессия</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Цикл</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Категория действий</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>Государство — объект обзора</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>%1 SELECTED · SHOWING ONE OF THEM</source>
            <translation>ВЫБРАНО: %1 · ПОКАЗАНА ОДНА ИЗ НИХ</translation>
        </message>
        <message>
            <source>No number</source>
            <translation>Без номера</translation>
        </message>
        <message>
            <source>{file}, row {row}</source>
            <comment>a recommendation's source: the file it was imported from and its row there</comment>
            <translation>{file}, строка {row}</translation>
        </message>
        <message>
            <source>minimal action</source>
            <translation>минимальные действия</translation>
        </message>
        <message>
            <source>continuing action</source>
            <translation>продолжение действий</translation>
        </message>
        <message>
            <source>considering action</source>
            <translation>рассмотрение действий</translation>
        </message>
        <message>
            <source>general action</source>
            <translation>общие действия</translation>
        </message>
        <message>
            <source>specific action</source>
            <translation>конкретные действия</translation>
        </message>
        <message>
            <source>NOTES (%1)</source>
            <translation>ЗАМЕТКИ (%1)</translation>
        </message>
        <message>
            <source>NOTES</source>
            <translation>ЗАМЕТКИ</translation>
        </message>
        <message>
            <source>Note saved.</source>
            <translation>Заметка сохранена.</translation>
        </message>
        <message>
            <source>Note added.</source>
            <translation>Заметка добавлена.</translation>
        </message>
        <message>
            <source>Save note</source>
            <translation>Сохранить заметку</translation>
        </message>
        <message>
            <source>Note deleted. Undo with Ctrl+Z.</source>
            <translation>Заметка удалена. Отменить: Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>Document pages</name>
        <message>
            <source>Page {page} of {pages}</source>
            <translation>Страница {page} из {pages}</translation>
        </message>
    </context>
    <context>
        <name>EncryptDialog</name>
        <message>
            <source>Encrypt this workshop</source>
            <translation>Зашифровать этот семинар</translation>
        </message>
        <message>
            <source>The whole workshop file will be encrypted with the passphrase you set here, and it will be asked for every time the file is opened. Its backups in UPR Desktop's own folder that are not encrypted will be deleted, and new backups will be encrypted too.</source>
            <translation>Весь файл семинара будет зашифрован с парольной фразой, которую вы зададите здесь, и она будет запрашиваться при каждом открытии файла. Незашифрованные резервные копии семинара в собственной папке UPR Desktop будут удалены, а новые резервные копии тоже будут шифроваться.</translation>
        </message>
        <message>
            <source>Copies of “{name}” made elsewhere — on a USB stick, sent by e-mail, in a shared folder — are not touched: they stay readable by anyone, so delete them yourself.</source>
            <translation>Копии «{name}», сделанные в других местах (на USB-накопителе, отправленные по электронной почте, в общей папке), не затрагиваются: их по-прежнему может прочитать кто угодно, поэтому удалите их сами.</translation>
        </message>
        <message>
            <source>Encrypt</source>
            <translation>Зашифровать</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Protects the people in it if the laptop is lost or seized.</source>
            <translation>Защищает упомянутых в нем людей, если ноутбук будет утерян или изъят.</translation>
        </message>
        <message>
            <source>The workshop could not be encrypted: {reason}</source>
            <translation>Не удалось зашифровать семинар: {reason}</translation>
        </message>
    </context>
    <context>
        <name>Encryption</name>
        <message>
            <source>{option}: there is no file at “{path}”.</source>
            <translation>{option}: файл «{path}» не найден.</translation>
        </message>
        <message>
            <source>{option}: “{path}” can't be read ({error}).</source>
            <translation>{option}: не удается прочитать «{path}» ({error}).</translation>
        </message>
        <message>
            <source>{option}: the first line is empty; it must hold the passphrase.</source>
            <translation>{option}: первая строка пуста, а в ней должна быть парольная фраза.</translation>
        </message>
        <message>
            <source>Give the new passphrase with --passphrase-file FILE or --passphrase-stdin.</source>
            <translation>Укажите новую парольную фразу с помощью --passphrase-file ФАЙЛ или --passphrase-stdin.</translation>
        </message>
        <message>
            <source>Deleted: {path}</source>
            <translation>Удалено: {path}</translation>
        </message>
        <message>
            <source>Give the current passphrase with --passphrase-file FILE or --passphrase-stdin.</source>
            <translation>Укажите текущую парольную фразу с помощью --passphrase-file ФАЙЛ или --passphrase-stdin.</translation>
        </message>
        <message>
            <source>The passphrase of “{name}” was changed. The old passphrase and the old recovery key no longer open it; print the new recovery key with `upr-desktop recovery-key`.</source>
            <translation>Парольная фраза «{name}» изменена. Старая парольная фраза и старый ключ восстановления больше не открывают его; напечатайте новый ключ восстановления командой `upr-desktop recovery-key`.</translation>
        </message>
        <message>
            <source>The workshop is now encrypted. It opens only with its passphrase or its recovery key.</source>
            <translation>Теперь семинар зашифрован. Он открывается только с его парольной фразой или ключом восстановления.</translation>
        </message>
        <message numerus="yes">
            <source>%n unencrypted backup(s) of it were deleted. On SSDs and USB sticks deleted data can sometimes still be recovered with special tools, so deleting is not the same as securely erasing.</source>
            <translation>
                <numerusform>Удалена %n незашифрованная резервная копия семинара. На SSD-дисках и USB-накопителях удаленные данные иногда можно восстановить специальными средствами, поэтому удаление не равнозначно надежному стиранию.</numerusform>
                <numerusform>Удалены %n незашифрованные резервные копии семинара. На SSD-дисках и USB-накопителях удаленные данные иногда можно восстановить специальными средствами, поэтому удаление не равнозначно надежному стиранию.</numerusform>
                <numerusform>Удалено %n незашифрованных резервных копий семинара. На SSD-дисках и USB-накопителях удаленные данные иногда можно восстановить специальными средствами, поэтому удаление не равнозначно надежному стиранию.</numerusform>
            </translation>
        </message>
        <message>
            <source>It had no unencrypted backups to delete.</source>
            <translation>Незашифрованных резервных копий, подлежащих удалению, у него не было.</translation>
        </message>
        <message>
            <source>Copies of the workshop made elsewhere (on other disks, in e-mail, on other computers) are not encrypted or removed: delete them yourself.</source>
            <translation>Копии семинара, сделанные в других местах (на других дисках, в электронной почте, на других компьютерах), не зашифрованы и не удалены: удалите их сами.</translation>
        </message>
        <message>
            <source>This workshop is not encrypted, so it has no recovery key.</source>
            <translation>Этот семинар не зашифрован, поэтому у него нет ключа восстановления.</translation>
        </message>
        <message>
            <source>This workshop is not encrypted. Encrypt it first.</source>
            <translation>Этот семинар не зашифрован. Сначала зашифруйте его.</translation>
        </message>
        <message>
            <source>This workshop is already encrypted. Use “Change passphrase…” to set a new passphrase.</source>
            <translation>Этот семинар уже зашифрован. Чтобы задать новую парольную фразу, используйте команду «Сменить парольную фразу…».</translation>
        </message>
        <message>
            <source>The passphrase must be at least {count} characters long. A few unrelated words are easier to remember and harder to guess than one word.</source>
            <translation>Парольная фраза должна содержать не менее {count} символов. Несколько не связанных между собой слов легче запомнить и труднее подобрать, чем одно слово.</translation>
        </message>
        <message>
            <source>A passphrase can't have the form of a recovery key (UPR1-…). Choose another.</source>
            <translation>Парольная фраза не может иметь вид ключа восстановления (UPR1-…). Выберите другую.</translation>
        </message>
        <message>
            <source>“{name}” is not encrypted: open it without a passphrase, or encrypt it with File ▸ Encrypt this workshop…</source>
            <translation>«{name}» не зашифрован: откройте его без парольной фразы или зашифруйте командой «Файл ▸ Зашифровать этот семинар…»</translation>
        </message>
        <message>
            <source>“{name}” is encrypted. Enter its passphrase (or its recovery key) to open it.</source>
            <translation>«{name}» зашифрован. Чтобы открыть его, введите его парольную фразу (или ключ восстановления).</translation>
        </message>
        <message>
            <source>“{name}” is encrypted and damaged: it can't be read. Nothing was changed. Open the latest good backup of it instead.</source>
            <translation>«{name}» зашифрован и поврежден: прочитать его невозможно. Ничего не изменено. Вместо него откройте последнюю исправную резервную копию.</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the file is cut short or damaged (or the passphrase is wrong). Nothing was changed. If the passphrase is right, open the latest good backup of it instead.</source>
            <translation>Не удалось открыть «{name}»: файл обрезан или поврежден (либо парольная фраза неверна). Ничего не изменено. Если парольная фраза верна, откройте вместо него последнюю исправную резервную копию.</translation>
        </message>
        <message>
            <source>That passphrase does not open “{name}”. Check it (capital letters, spaces, keyboard layout) and try again, or use the recovery key. Nothing was changed.</source>
            <translation>Эта парольная фраза не открывает «{name}». Проверьте ее (заглавные буквы, пробелы, раскладку клавиатуры) и повторите попытку или воспользуйтесь ключом восстановления. Ничего не изменено.</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so its encryption can't be changed. Use “Save a copy…” and change the copy.</source>
            <translation>«{name}» открыт только для чтения, поэтому изменить его шифрование нельзя. Воспользуйтесь командой «Сохранить копию…» и измените копию.</translation>
        </message>
        <message>
            <source>The encryption of “{name}” could not be changed ({error}). The workshop is unchanged, under its old passphrase.</source>
            <translation>Не удалось изменить шифрование «{name}» ({error}). Семинар не изменен и по-прежнему защищен старой парольной фразой.</translation>
        </message>
        <message>
            <source>This workshop is encrypted, and this copy of UPR Desktop was built without encryption support. Install UPR Desktop from its official installer to open it. The file has not been changed.</source>
            <translation>Этот семинар зашифрован, а данная копия UPR Desktop собрана без поддержки шифрования. Чтобы открыть его, установите UPR Desktop с помощью официального установщика. Файл не изменен.</translation>
        </message>
        <message>
            <source>This copy of UPR Desktop was built without encryption support, so it can't encrypt a workshop. Install UPR Desktop from its official installer.</source>
            <translation>Эта копия UPR Desktop собрана без поддержки шифрования, поэтому она не может зашифровать семинар. Установите UPR Desktop с помощью официального установщика.</translation>
        </message>
    </context>
    <context>
        <name>EndorsementsEditor</name>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n организация</numerusform>
                <numerusform>%n организации</numerusform>
                <numerusform>%n организаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n signed on paper</source>
            <translation>
                <numerusform>%n подписала на бумаге</numerusform>
                <numerusform>%n подписали на бумаге</numerusform>
                <numerusform>%n подписали на бумаге</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s) added to the endorsements. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>В одобрения добавлена %n организация. Отменить: Ctrl+Z.</numerusform>
                <numerusform>В одобрения добавлены %n организации. Отменить: Ctrl+Z.</numerusform>
                <numerusform>В одобрения добавлено %n организаций. Отменить: Ctrl+Z.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong: {error}. The details are in the log file; nothing saved was lost.</source>
            <translation>Что-то пошло не так: {error}. Подробности — в файле журнала; ничего из сохраненного не потеряно.</translation>
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
            <translation>Добавление доказательства</translation>
        </message>
        <message>
            <source>e.g. Law 12/2026 on domestic violence, published</source>
            <translation>например, Закон 12/2026 о насилии в семье, опубликован</translation>
        </message>
        <message>
            <source>Who published or gave it</source>
            <translation>Кто опубликовал или предоставил</translation>
        </message>
        <message>
            <source>https://… (optional)</source>
            <translation>https://… (необязательно)</translation>
        </message>
        <message>
            <source>Attach a file…</source>
            <translation>Прикрепить файл…</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Убрать</translation>
        </message>
        <message>
            <source>No file. At most %1 per file.</source>
            <translation>Файла нет. Не более %1 на файл.</translation>
        </message>
        <message>
            <source>SHA-256 of the file</source>
            <translation>SHA-256 файла</translation>
        </message>
        <message>
            <source>Confidential: never exported, printed or shown on the projector</source>
            <translation>Конфиденциально: никогда не экспортируется, не печатается и не показывается на проекторе</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Link</source>
            <translation>Ссылка</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>A file is kept inside the workshop, with its SHA-256 so that anyone can check it is the original.</source>
            <translation>Прикрепленный файл хранится в файле семинара вместе с его хешем SHA-256, чтобы любой мог проверить, что это оригинал.</translation>
        </message>
        <message>
            <source>Attach a file</source>
            <translation>Прикрепление файла</translation>
        </message>
        <message>
            <source>No file.</source>
            <translation>Файла нет.</translation>
        </message>
        <message>
            <source>“%1” is %2; an attached file can be at most %3. Attach a smaller copy (a scan at lower resolution), or give a link to it instead.</source>
            <translation>Размер «%1» — %2; прикрепленный файл может быть не больше %3. Прикрепите уменьшенную копию (отсканированную с меньшим разрешением) или вместо этого укажите ссылку на файл.</translation>
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
                <numerusform>На странице подписей хартии поименно указан %n представитель организаций, подписавших ее.</numerusform>
                <numerusform>На странице подписей хартии поименно указаны %n представителя организаций, подписавших ее.</numerusform>
                <numerusform>На странице подписей хартии поименно указано %n представителей организаций, подписавших ее.</numerusform>
            </translation>
        </message>
        <message>
            <source>These ballots name each organisation taking part; an organisation of one names its member.</source>
            <translation>В этих бюллетенях указана каждая участвующая организация; если организацию представляет один человек, ее название указывает и на этого человека.</translation>
        </message>
        <message numerus="yes">
            <source>These ballots name each of the %n participants.</source>
            <translation>
                <numerusform>В этих бюллетенях указано имя каждого из %n участника.</numerusform>
                <numerusform>В этих бюллетенях указано имя каждого из %n участников.</numerusform>
                <numerusform>В этих бюллетенях указано имя каждого из %n участников.</numerusform>
            </translation>
        </message>
        <message>
            <source>Its ballots sheet names each voter and shows how they voted.</source>
            <translation>На листе с бюллетенями в этом файле указан каждый голосовавший и то, как он проголосовал.</translation>
        </message>
    </context>
    <context>
        <name>FilterBar</name>
        <message>
            <source>Search the recommendations: words, States, themes or a number…</source>
            <translation>Поиск по рекомендациям: слова, государства, темы или номер…</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Темы</translation>
        </message>
        <message>
            <source>Find a theme…</source>
            <translation>Найти тему…</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Тематическая группа</translation>
        </message>
        <message>
            <source>Find a cluster…</source>
            <translation>Найти тематическую группу…</translation>
        </message>
        <message>
            <source>No clusters yet. Group the recommendations into clusters in step 2, Clusters.</source>
            <translation>Тематических групп пока нет. Распределите рекомендации по тематическим группам на этапе 2 «Тематические группы».</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Кем рекомендовано</translation>
        </message>
        <message>
            <source>Find a recommending State…</source>
            <translation>Найти рекомендующее государство…</translation>
        </message>
        <message>
            <source>SDG</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <source>Find a goal…</source>
            <translation>Найти цель…</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Сессия</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Кем оценено</translation>
        </message>
        <message>
            <source>Find an organisation…</source>
            <translation>Найти организацию…</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>В хартии пока нет приоритетов.</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <source>Not in a cluster</source>
            <translation>Вне тематических групп</translation>
        </message>
        <message>
            <source>Session %1</source>
            <translation>Сессия %1</translation>
        </message>
        <message>
            <source>Not implemented</source>
            <translation>Не осуществлено</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Осуществлено частично</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Осуществлено полностью</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>Нет информации</translation>
        </message>
        <message>
            <source>Not assessed yet</source>
            <translation>Еще не оценено</translation>
        </message>
        <message>
            <source>The coalition</source>
            <translation>Коалиция</translation>
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation>Показано: %1 из %2</translation>
        </message>
    </context>
    <context>
        <name>FollowUp</name>
        <message>
            <source>Not implemented</source>
            <translation>Не осуществлено</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Осуществлено частично</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Осуществлено полностью</translation>
        </message>
        <message>
            <source>No information</source>
            <translation>Нет информации</translation>
        </message>
        <message>
            <source>“{value}” is not an assessment status. Use not, partial, full or no-info.</source>
            <translation>«{value}» не является статусом оценки. Используйте not, partial, full или no-info.</translation>
        </message>
        <message>
            <source>Law or decree</source>
            <translation>Закон или указ</translation>
        </message>
        <message>
            <source>Budget line</source>
            <translation>Бюджетная статья</translation>
        </message>
        <message>
            <source>Court decision</source>
            <translation>Судебное решение</translation>
        </message>
        <message>
            <source>Official statement</source>
            <translation>Официальное заявление</translation>
        </message>
        <message>
            <source>Media report</source>
            <translation>Сообщение СМИ</translation>
        </message>
        <message>
            <source>Our own documentation</source>
            <translation>Наша собственная документация</translation>
        </message>
        <message>
            <source>Testimony</source>
            <translation>Свидетельство</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Другое</translation>
        </message>
        <message>
            <source>“{value}” is not a kind of evidence. Use one of: {listed}.</source>
            <translation>«{value}» не является видом доказательства. Используйте одно из следующего: {listed}.</translation>
        </message>
        <message>
            <source>{what} “{text}” is not a date. Write it as YYYY-MM-DD, e.g. 2027-03-15.</source>
            <translation>{what} «{text}» не является датой. Укажите ее в формате ГГГГ-ММ-ДД, например 2027-03-15.</translation>
        </message>
        <message>
            <source>The submission has {count} words, {over} over the {cap}-word limit OHCHR sets for a joint submission. Shorten it before sending.</source>
            <translation>В материале {count} слов — на {over} больше установленного УВКПЧ предела в {cap} слов для совместного материала. Сократите его перед отправкой.</translation>
        </message>
        <message>
            <source>The submission has {count} words, {over} over the {cap}-word limit OHCHR sets for one organisation's submission. Shorten it before sending.</source>
            <translation>В материале {count} слов — на {over} больше установленного УВКПЧ предела в {cap} слов для материала одной организации. Сократите его перед отправкой.</translation>
        </message>
        <message>
            <source>The charter has no priority {text} (it has {order_count}).</source>
            <translation>В хартии нет приоритета {text} (приоритетов в ней: {order_count}).</translation>
        </message>
        <message>
            <source>No recommendation has the paragraph number “{text}”.</source>
            <translation>Нет рекомендации с номером пункта «{text}».</translation>
        </message>
        <message>
            <source>The evidence needs a title.</source>
            <translation>Укажите название доказательства.</translation>
        </message>
        <message>
            <source>The evidence's date</source>
            <translation>Дата доказательства</translation>
        </message>
        <message>
            <source>Add the evidence “{title}”</source>
            <translation>Добавить доказательство «{title}»</translation>
        </message>
        <message>
            <source>Mark evidence confidential</source>
            <translation>Пометить доказательство как конфиденциальное</translation>
        </message>
        <message>
            <source>Mark evidence shareable</source>
            <translation>Пометить доказательство как доступное для передачи</translation>
        </message>
        <message>
            <source>Delete the evidence “{title}”</source>
            <translation>Удалить доказательство «{title}»</translation>
        </message>
        <message>
            <source>The assessment's date</source>
            <translation>Дата оценки</translation>
        </message>
        <message>
            <source>No evidence item has the number {listed}.</source>
            <translation>Нет доказательства с номером {listed}.</translation>
        </message>
        <message>
            <source>This assessment is no longer in the workshop.</source>
            <translation>Этой оценки больше нет в семинаре.</translation>
        </message>
        <message>
            <source>This milestone is no longer in the charter.</source>
            <translation>Этого промежуточного этапа больше нет в хартии.</translation>
        </message>
        <message>
            <source>The milestone's date</source>
            <translation>Дата промежуточного этапа</translation>
        </message>
        <message>
            <source>Mark the milestone “{description}” done</source>
            <translation>Отметить промежуточный этап «{description}» как выполненный</translation>
        </message>
        <message>
            <source>Mark the milestone “{description}” not done</source>
            <translation>Отметить промежуточный этап «{description}» как невыполненный</translation>
        </message>
        <message>
            <source>The indicator needs a name, e.g. “Number of unpunished attacks on journalists”.</source>
            <translation>Укажите название показателя, например «Число безнаказанных нападений на журналистов».</translation>
        </message>
        <message>
            <source>Add the indicator “{name}”</source>
            <translation>Добавить показатель «{name}»</translation>
        </message>
        <message>
            <source>This indicator is no longer in the workshop.</source>
            <translation>Этого показателя больше нет в семинаре.</translation>
        </message>
        <message>
            <source>“{period}” is not a year or a date. Write 2026, 2026-06 or 2026-06-30.</source>
            <translation>«{period}» не является годом или датой. Укажите 2026, 2026-06 или 2026-06-30.</translation>
        </message>
        <message>
            <source>Say where the value comes from: every indicator value needs a source.</source>
            <translation>Укажите источник значения: у каждого значения показателя должен быть источник.</translation>
        </message>
        <message>
            <source>“{value}” is not a number.</source>
            <translation>«{value}» не является числом.</translation>
        </message>
        <message>
            <source>Record {number:g} for {period}</source>
            <translation>Записать {number:g} за {period}</translation>
        </message>
        <message>
            <source>This recommendation is no longer in the workshop.</source>
            <translation>Этой рекомендации больше нет в семинаре.</translation>
        </message>
        <message>
            <source>A recommendation cannot follow itself.</source>
            <translation>Рекомендация не может быть продолжением самой себя.</translation>
        </message>
        <message>
            <source>Link to the earlier recommendation</source>
            <translation>Связать с более ранней рекомендацией</translation>
        </message>
        <message>
            <source>Remove the link to the earlier one</source>
            <translation>Удалить связь с более ранней рекомендацией</translation>
        </message>
        <message>
            <source>No evidence item has the number {evidence_id}.</source>
            <translation>Нет доказательства с номером {evidence_id}.</translation>
        </message>
        <message>
            <source>There is no file at “{path}”. Check the name and try again.</source>
            <translation>Файл «{path}» не найден. Проверьте имя и повторите попытку.</translation>
        </message>
        <message>
            <source>“{name}” is {size_words}; an attached file can be at most {size_words2}. Attach a smaller copy (a scan at lower resolution), or give a link to it instead.</source>
            <translation>Размер файла «{name}» — {size_words}; прикрепленный файл может занимать не более {size_words2}. Прикрепите уменьшенную копию (скан с меньшим разрешением) или вместо этого укажите ссылку на него.</translation>
        </message>
        <message>
            <source>“{name}” is {size_words}; an attached file can be at most {size_words2}. Attach a smaller copy, or give a link to it instead.</source>
            <translation>Размер файла «{name}» — {size_words}; прикрепленный файл может занимать не более {size_words2}. Прикрепите уменьшенную копию или вместо этого укажите ссылку на него.</translation>
        </message>
        <message>
            <source>The workshop already holds {size_words} of attached files and can hold at most {size_words2}, so “{name}” ({size_words3}) was not added. Give a link to it instead.</source>
            <translation>В семинаре уже хранится {size_words} прикрепленных файлов, а допускается не более {size_words2}, поэтому файл «{name}» ({size_words3}) не добавлен. Вместо этого укажите ссылку на него.</translation>
        </message>
        <message>
            <source>“{name}” is not on the participants list. Assess as “{coalition}” or as one of the organisations registered in the Participants step.</source>
            <translation>«{name}» нет в списке участников. Дайте оценку от имени «{coalition}» или одной из организаций, зарегистрированных на этапе «Участники».</translation>
        </message>
        <message>
            <source>This priority is no longer in the charter.</source>
            <translation>Этого приоритета больше нет в хартии.</translation>
        </message>
        <message>
            <source>Assess priority P{number} as “{label}”</source>
            <translation>Оценить приоритет P{number} как «{label}»</translation>
        </message>
        <message>
            <source>Assess a priority as “{label}”</source>
            <translation>Оценить приоритет как «{label}»</translation>
        </message>
        <message>
            <source>Assess recommendation {reference} as “{label}”</source>
            <translation>Оценить рекомендацию {reference} как «{label}»</translation>
        </message>
        <message>
            <source>Assess a recommendation as “{label}”</source>
            <translation>Оценить рекомендацию как «{label}»</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of priority P{number}</source>
            <translation>Отозвать оценку приоритета P{number} (автор оценки: {assessor})</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of a priority</source>
            <translation>Отозвать оценку приоритета (автор оценки: {assessor})</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of recommendation {reference}</source>
            <translation>Отозвать оценку рекомендации {reference} (автор оценки: {assessor})</translation>
        </message>
        <message>
            <source>Withdraw {assessor}'s assessment of a recommendation</source>
            <translation>Отозвать оценку рекомендации (автор оценки: {assessor})</translation>
        </message>
    </context>
    <context>
        <name>FollowUpChart</name>
        <message>
            <source>Nothing assessed yet</source>
            <translation>Пока ничего не оценено</translation>
        </message>
    </context>
    <context>
        <name>FollowUpDashboard</name>
        <message>
            <source>Not assessed yet</source>
            <translation>Еще не оценено</translation>
        </message>
        <message>
            <source>Milestones overdue</source>
            <translation>Просроченные промежуточные этапы</translation>
        </message>
        <message>
            <source>Not assessed for a year</source>
            <translation>Не оценивалось больше года</translation>
        </message>
        <message>
            <source>Organisations disagree</source>
            <translation>Организации расходятся во мнениях</translation>
        </message>
        <message>
            <source>List them</source>
            <translation>Показать список</translation>
        </message>
        <message>
            <source>Status over time</source>
            <translation>Статус во времени</translation>
        </message>
        <message>
            <source>Priority and milestones</source>
            <translation>Приоритет и промежуточные этапы</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Priorities and their milestones</source>
            <translation>Приоритеты и их промежуточные этапы</translation>
        </message>
        <message>
            <source>Mark done today</source>
            <translation>Отметить как выполненный сегодня</translation>
        </message>
        <message>
            <source>Not done yet</source>
            <translation>Еще не выполнен</translation>
        </message>
        <message>
            <source>Selected milestone:</source>
            <translation>Выбранный промежуточный этап:</translation>
        </message>
        <message>
            <source>Overdue</source>
            <translation>Просрочено</translation>
        </message>
        <message>
            <source>Where organisations disagree</source>
            <translation>Где организации расходятся во мнениях</translation>
        </message>
        <message>
            <source>%1 of %2 recommendations assessed at least once · as of %3</source>
            <translation>Оценено хотя бы один раз: %1 из %2 рекомендаций · на %3</translation>
        </message>
        <message>
            <source>done on %1</source>
            <translation>выполнен %1</translation>
        </message>
        <message>
            <source>late: due %1</source>
            <translation>с опозданием: срок %1</translation>
        </message>
        <message>
            <source>due %1</source>
            <translation>срок %1</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>В хартии пока нет приоритетов.</translation>
        </message>
        <message>
            <source>P%1 · %2 — due %3</source>
            <translation>П%1 · %2 — срок %3</translation>
        </message>
        <message>
            <source>Nothing overdue.</source>
            <translation>Ничего не просрочено.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>No disagreements.</source>
            <translation>Разногласий нет.</translation>
        </message>
    </context>
    <context>
        <name>FollowUpList</name>
        <message>
            <source>Not assessed</source>
            <translation>Не оценено</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>%1 on %2</source>
            <translation>%1 (оценка от %2)</translation>
        </message>
        <message>
            <source>Organisations disagree: see the timeline.</source>
            <translation>Организации расходятся во мнениях: см. вкладку «Хронология и сроки».</translation>
        </message>
    </context>
    <context>
        <name>FollowUpPage</name>
        <message>
            <source>Follow-up</source>
            <translation>Последующая деятельность</translation>
        </message>
        <message>
            <source>How the recommendations and the charter's priorities are being implemented: assessments, evidence, milestones.</source>
            <translation>Как осуществляются рекомендации и приоритеты хартии: оценки, доказательства, промежуточные этапы.</translation>
        </message>
        <message>
            <source>Add evidence…</source>
            <translation>Добавить доказательство…</translation>
        </message>
        <message>
            <source>A law, a budget line, a report, a testimony…</source>
            <translation>Закон, бюджетная статья, доклад, свидетельство…</translation>
        </message>
        <message>
            <source>Assess…</source>
            <translation>Оценить…</translation>
        </message>
        <message>
            <source>Record how far a recommendation or priority is implemented</source>
            <translation>Записать, насколько осуществлена рекомендация или приоритет</translation>
        </message>
        <message>
            <source>Dashboard</source>
            <translation>Сводка</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология и сроки</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Доказательства</translation>
        </message>
        <message>
            <source>Next cycle</source>
            <translation>Следующий цикл</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>Assess this…</source>
            <translation>Оценить…</translation>
        </message>
        <message>
            <source>Withdraw assessment</source>
            <translation>Отозвать оценку</translation>
        </message>
        <message>
            <source>Remove an assessment entered by mistake (Ctrl+Z brings it back)</source>
            <translation>Удалить оценку, внесенную по ошибке (Ctrl+Z вернет ее)</translation>
        </message>
        <message>
            <source>Show</source>
            <translation>Показать</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>INDICATORS</source>
            <translation>ПОКАЗАТЕЛИ</translation>
        </message>
        <message>
            <source>Add indicator value…</source>
            <translation>Добавить значение показателя…</translation>
        </message>
        <message>
            <source>A dated figure for one of this priority's indicators, with its source</source>
            <translation>Датированная цифра по одному из показателей этого приоритета, с источником</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Mark confidential</source>
            <translation>Отметить как конфиденциальное</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Recommendations of the latest review that may repeat an earlier one. Confirm a link: the earlier one's assessments then show as context.</source>
            <translation>Рекомендации последнего обзора, которые могут повторять более раннюю рекомендацию. Подтвердите связь: тогда оценки более ранней рекомендации будут показаны как контекст.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>Score</source>
            <translation>Сходство</translation>
        </message>
        <message>
            <source>Linked</source>
            <translation>Связана</translation>
        </message>
        <message>
            <source>Confirm link</source>
            <translation>Подтвердить связь</translation>
        </message>
        <message>
            <source>Remove link</source>
            <translation>Убрать связь</translation>
        </message>
        <message>
            <source>DOCUMENTS</source>
            <translation>ДОКУМЕНТЫ</translation>
        </message>
        <message>
            <source>Confidential evidence never appears in any of these documents.</source>
            <translation>Конфиденциальные доказательства никогда не попадают ни в один из этих документов.</translation>
        </message>
        <message>
            <source>Mid-term report (PDF)…</source>
            <translation>Среднесрочный доклад (PDF)…</translation>
        </message>
        <message>
            <source>Status of every recommendation and priority, with the chart and the evidence annex</source>
            <translation>Статус каждой рекомендации и приоритета, с диаграммой и приложением с доказательствами</translation>
        </message>
        <message>
            <source>Mid-term report (Word)…</source>
            <translation>Среднесрочный доклад (Word)…</translation>
        </message>
        <message>
            <source>The same report, to edit before publishing</source>
            <translation>Тот же доклад для правки перед публикацией</translation>
        </message>
        <message>
            <source>Submission draft (Word)…</source>
            <translation>Проект представления (Word)…</translation>
        </message>
        <message>
            <source>A stakeholder submission for the next review, within the word cap</source>
            <translation>Представление заинтересованной стороны к следующему обзору в пределах лимита слов</translation>
        </message>
        <message>
            <source>Monitoring matrix…</source>
            <translation>Матрица мониторинга…</translation>
        </message>
        <message>
            <source>Every recommendation with its status, assessors and evidence (Excel or CSV)</source>
            <translation>Все рекомендации с их статусом, авторами оценок и доказательствами (Excel или CSV)</translation>
        </message>
        <message>
            <source>SUBMISSION WORD COUNT</source>
            <translation>ЧИСЛО СЛОВ В ПРЕДСТАВЛЕНИИ</translation>
        </message>
        <message>
            <source>Projector mode: confidential testimony is hidden.</source>
            <translation>Режим проектора: конфиденциальные свидетельства скрыты.</translation>
        </message>
        <message numerus="yes">
            <source>%n item(s) of evidence.</source>
            <translation>
                <numerusform>%n доказательство.</numerusform>
                <numerusform>%n доказательства.</numerusform>
                <numerusform>%n доказательств.</numerusform>
            </translation>
        </message>
        <message>
            <source>Choose an item to see its details.</source>
            <translation>Выберите элемент, чтобы увидеть подробности.</translation>
        </message>
        <message>
            <source>Mark shareable</source>
            <translation>Снять пометку «конфиденциально»</translation>
        </message>
        <message>
            <source>Source: %1</source>
            <translation>Источник: %1</translation>
        </message>
        <message>
            <source>Link: %1</source>
            <translation>Ссылка: %1</translation>
        </message>
        <message>
            <source>File: %1 (%2)</source>
            <translation>Файл: %1 (%2)</translation>
        </message>
        <message>
            <source>SHA-256: %1</source>
            <translation>SHA-256: %1</translation>
        </message>
        <message>
            <source>(the stored file no longer matches!)</source>
            <translation>(хранящийся файл больше не совпадает с исходным!)</translation>
        </message>
        <message>
            <source>Confidential: never exported, printed or shown on the projector.</source>
            <translation>Конфиденциально: никогда не экспортируется, не печатается и не показывается на проекторе.</translation>
        </message>
        <message>
            <source>linked</source>
            <translation>связана</translation>
        </message>
        <message>
            <source>No suggestions: the workshop holds recommendations of one review only.</source>
            <translation>Предложений нет: в семинаре есть рекомендации только одного обзора.</translation>
        </message>
        <message>
            <source>%1 recommendation(s) confirmed as made again.</source>
            <translation>Подтверждено повторно вынесенных рекомендаций: %1.</translation>
        </message>
        <message>
            <source>The word count could not be made: %1</source>
            <translation>Не удалось подсчитать слова: %1</translation>
        </message>
        <message>
            <source>joint submission</source>
            <translation>совместное представление</translation>
        </message>
        <message>
            <source>one organisation</source>
            <translation>одна организация</translation>
        </message>
        <message>
            <source>%1 of %2 words (%3; annexes not counted)</source>
            <translation>Слов: %1 из %2 (%3; приложения не учитываются)</translation>
        </message>
        <message>
            <source>Over the cap by %1 words: shorten the draft before sending it.</source>
            <translation>Лимит слов превышен на %1: сократите проект перед отправкой.</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Сохранено в %1</translation>
        </message>
        <message>
            <source>Save the mid-term report</source>
            <translation>Сохранение среднесрочного доклада</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>среднесрочный доклад</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Word documents (*.docx)</source>
            <translation>Документы Word (*.docx)</translation>
        </message>
        <message>
            <source>Save the submission draft</source>
            <translation>Сохранение проекта представления</translation>
        </message>
        <message>
            <source>submission draft</source>
            <translation>проект представления</translation>
        </message>
        <message>
            <source>Save the monitoring matrix</source>
            <translation>Сохранение матрицы мониторинга</translation>
        </message>
        <message>
            <source>monitoring matrix</source>
            <translation>матрица мониторинга</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>Книги Excel (*.xlsx);;Файлы CSV (*.csv)</translation>
        </message>
    </context>
    <context>
        <name>FollowUpTimeline</name>
        <message>
            <source>Assessment</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Доказательства</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Промежуточный этап</translation>
        </message>
        <message>
            <source>Timeline</source>
            <translation>Хронология и сроки</translation>
        </message>
        <message>
            <source>Choose a recommendation or a priority to see its history.</source>
            <translation>Выберите рекомендацию или приоритет, чтобы увидеть историю.</translation>
        </message>
        <message>
            <source>Nothing recorded yet. Assess it, or add evidence.</source>
            <translation>Пока ничего не записано. Дайте оценку или добавьте доказательства.</translation>
        </message>
        <message>
            <source>Organisations disagree. Latest words: %1</source>
            <translation>Организации расходятся во мнениях. Последние формулировки: %1</translation>
        </message>
    </context>
    <context>
        <name>FromRoundDialog</name>
        <message numerus="yes">
            <source>{title}  ·  closed {date}  ·  %n candidate(s)</source>
            <translation>
                <numerusform>{title}  ·  закрыт {date}  ·  %n кандидат</numerusform>
                <numerusform>{title}  ·  закрыт {date}  ·  %n кандидата</numerusform>
                <numerusform>{title}  ·  закрыт {date}  ·  %n кандидатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}  ·  %n candidate(s)</source>
            <translation>
                <numerusform>{title}  ·  %n кандидат</numerusform>
                <numerusform>{title}  ·  %n кандидата</numerusform>
                <numerusform>{title}  ·  %n кандидатов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Handout document</name>
        <message>
            <source>Not yet in a cluster</source>
            <translation>Еще не включены в тематическую группу</translation>
        </message>
        <message>
            <source>No theme given</source>
            <translation>Тема не указана</translation>
        </message>
        <message>
            <source>Recommendations received by {country}</source>
            <translation>Рекомендации, полученные государством {country}</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) in {groups} groups, by cluster.</source>
            <translation>
                <numerusform>%n рекомендация в группах ({groups}), по тематическим группам.</numerusform>
                <numerusform>%n рекомендации в группах ({groups}), по тематическим группам.</numerusform>
                <numerusform>%n рекомендаций в группах ({groups}), по тематическим группам.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) in {groups} groups, by theme.</source>
            <translation>
                <numerusform>%n рекомендация в группах ({groups}), по темам.</numerusform>
                <numerusform>%n рекомендации в группах ({groups}), по темам.</numerusform>
                <numerusform>%n рекомендаций в группах ({groups}), по темам.</numerusform>
            </translation>
        </message>
        <message>
            <source>The number above each recommendation is the one on your ballot.</source>
            <translation>Номер над каждой рекомендацией совпадает с номером в вашем бюллетене.</translation>
        </message>
        <message>
            <source>{title}: recommendations</source>
            <translation>{title}: рекомендации</translation>
        </message>
        <message>
            <source>Handout for participants</source>
            <translation>Раздаточный материал для участников</translation>
        </message>
        <message>
            <source>Recommendation handout</source>
            <translation>Раздаточный материал с рекомендациями</translation>
        </message>
    </context>
    <context>
        <name>IMPACT OSS export</name>
        <message>
            <source>UPR session {session}, cycle {cycle}</source>
            <translation>Сессия УПО {session}, цикл {cycle}</translation>
        </message>
        <message>
            <source>UPR session {session}</source>
            <translation>Сессия УПО {session}</translation>
        </message>
        <message>
            <source>Cycle {cycle}</source>
            <translation>Цикл {cycle}</translation>
        </message>
        <message>
            <source>Recommending State: {states}</source>
            <translation>Рекомендующее государство: {states}</translation>
        </message>
        <message>
            <source>Recommending States: {states}</source>
            <translation>Рекомендующие государства: {states}</translation>
        </message>
        <message>
            <source>State under review: {country}</source>
            <translation>Государство — объект обзора: {country}</translation>
        </message>
        <message>
            <source>Source: {source}</source>
            <translation>Источник: {source}</translation>
        </message>
    </context>
    <context>
        <name>Implementation status</name>
        <message>
            <source>Not started</source>
            <translation>Не начато</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Осуществляется</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Осуществлено частично</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Осуществлено полностью</translation>
        </message>
    </context>
    <context>
        <name>Import</name>
        <message>
            <source>{message} (row {row}, column “{column}”)</source>
            <translation>{message} (строка {row}, столбец «{column}»)</translation>
        </message>
        <message>
            <source>{message} (row {row})</source>
            <translation>{message} (строка {row})</translation>
        </message>
        <message>
            <source>{message} (column “{column}”)</source>
            <translation>{message} (столбец «{column}»)</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was added to the workshop.</source>
            <translation>Импорт отменен. В семинар ничего не добавлено.</translation>
        </message>
        <message numerus="yes">
            <source>Found %n participant(s) in {file}.</source>
            <translation>
                <numerusform>В {file} найден %n участник.</numerusform>
                <numerusform>В {file} найдено %n участника.</numerusform>
                <numerusform>В {file} найдено %n участников.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Found %n participant(s).</source>
            <translation>
                <numerusform>Найден %n участник.</numerusform>
                <numerusform>Найдено %n участника.</numerusform>
                <numerusform>Найдено %n участников.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n row(s) repeated someone listed earlier; each person is counted once.</source>
            <translation>
                <numerusform>%n строка повторяла человека, указанного выше; каждый человек учитывается один раз.</numerusform>
                <numerusform>%n строки повторяли людей, указанных выше; каждый человек учитывается один раз.</numerusform>
                <numerusform>%n строк повторяли людей, указанных выше; каждый человек учитывается один раз.</numerusform>
            </translation>
        </message>
        <message>
            <source>1 row had no name or alias and was left out.</source>
            <translation>1 строка не содержала имени или псевдонима и была пропущена.</translation>
        </message>
        <message numerus="yes">
            <source>%n rows had no name or alias and were left out.</source>
            <translation>
                <numerusform>%n строка не содержала имени или псевдонима и была пропущена.</numerusform>
                <numerusform>%n строки не содержали имени или псевдонима и были пропущены.</numerusform>
                <numerusform>%n строк не содержали имени или псевдонима и были пропущены.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{name}” is a Word document, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>«{name}» — документ Word, а не таблица участников. Сохраните список присутствующих в формате CSV или Excel (.xlsx), по одной строке на человека, и импортируйте его.</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>«{name}» — файл JSON, а не таблица участников. Сохраните список присутствующих в формате CSV или Excel (.xlsx), по одной строке на человека, и импортируйте его.</translation>
        </message>
        <message>
            <source>Parts of the file are not valid UTF-8, so it was read as Windows Western (cp1252) text. Check accented letters.</source>
            <translation>Части файла не являются допустимым текстом UTF-8, поэтому он прочитан как текст в западноевропейской кодировке Windows (cp1252). Проверьте буквы с диакритическими знаками.</translation>
        </message>
        <message>
            <source>“{name}” is empty (0 bytes), so there is no one to import. Save the attendance list again, or choose another file.</source>
            <translation>Файл «{name}» пуст (0 байт), поэтому импортировать некого. Сохраните список присутствующих еще раз или выберите другой файл.</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a table of participants, even if its name says otherwise. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>«{name}» — {what}, а не таблица участников, даже если его имя говорит об ином. Сохраните список присутствующих в формате CSV или Excel (.xlsx), по одной строке на человека, и импортируйте его.</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a table of participants. Save the attendance list as CSV or Excel (.xlsx), with one row per person, and import that.</source>
            <translation>«{name}» — {what}, а не таблица участников. Сохраните список присутствующих в формате CSV или Excel (.xlsx), по одной строке на человека, и импортируйте его.</translation>
        </message>
        <message>
            <source>“{name}” holds no table: there are no column headings or rows in it. Choose the attendance list, with one row per person.</source>
            <translation>В «{name}» нет таблицы: в нем нет ни заголовков столбцов, ни строк. Выберите список присутствующих, по одной строке на человека.</translation>
        </message>
        <message>
            <source>“{name}” has no column of names. Its headings are {names}. Name the column “Name” (and, if you have them, “Organisation”, “Thematic focus”, “Contact”, “Consent” and “Alias”), then import it again.</source>
            <translation>В «{name}» нет столбца с именами. Его заголовки: {names}. Назовите столбец «Name» (а также, если они есть, «Organisation», «Thematic focus», «Contact», «Consent» и «Alias») и импортируйте файл еще раз.</translation>
        </message>
        <message>
            <source>Row {number} has no name and was left out.</source>
            <translation>В строке {number} нет имени, и она пропущена.</translation>
        </message>
        <message>
            <source>Row {number} repeats row {row} ({who}).</source>
            <translation>Строка {number} повторяет строку {row} ({who}).</translation>
        </message>
        <message>
            <source>No participants found in “{name}”: its only row has no name or alias. Check that the names are in the column headed “Name”.</source>
            <translation>В «{name}» не найдено участников: в его единственной строке нет имени или псевдонима. Проверьте, что имена находятся в столбце с заголовком «Name».</translation>
        </message>
        <message numerus="yes">
            <source>No participants found in “{name}”: none of its %n rows has a name or alias. Check that the names are in the column headed “Name”.</source>
            <translation>
                <numerusform>В «{name}» не найдено участников: ни в одной из его %n строки нет имени или псевдонима. Проверьте, что имена находятся в столбце с заголовком «Name».</numerusform>
                <numerusform>В «{name}» не найдено участников: ни в одной из его %n строк нет имени или псевдонима. Проверьте, что имена находятся в столбце с заголовком «Name».</numerusform>
                <numerusform>В «{name}» не найдено участников: ни в одной из его %n строк нет имени или псевдонима. Проверьте, что имена находятся в столбце с заголовком «Name».</numerusform>
            </translation>
        </message>
        <message>
            <source>No participants found in “{name}”: it has column headings but no rows of people under them.</source>
            <translation>В «{name}» не найдено участников: в нем есть заголовки столбцов, но под ними нет строк с людьми.</translation>
        </message>
        <message>
            <source>“{name}” is not a normal document: {why}. If it is a real document, open it in Word, copy its table into a spreadsheet, save that as CSV and import it.</source>
            <translation>«{name}» не является обычным документом: {why}. Если это настоящий документ, откройте его в Word, скопируйте таблицу в электронную таблицу, сохраните ее в формате CSV и импортируйте.</translation>
        </message>
        <message>
            <source>“{name}” is not a normal spreadsheet: {why}. If it is a real spreadsheet, open it in Excel or LibreOffice, save it as CSV and import that.</source>
            <translation>«{name}» не является обычной электронной таблицей: {why}. Если это настоящая электронная таблица, откройте ее в Excel или LibreOffice, сохраните в формате CSV и импортируйте.</translation>
        </message>
        <message>
            <source>it holds {members_count:,} parts, where a real one holds a few dozen (at most {max_members:,} are accepted)</source>
            <translation>он содержит частей: {members_count:,}, тогда как в настоящем файле их несколько десятков (допускается не более {max_members:,})</translation>
        </message>
        <message>
            <source>“{name}” is protected with a password. Open it, remove the password (or save an unprotected copy), and import that.</source>
            <translation>Файл «{name}» защищен паролем. Откройте его, снимите пароль (или сохраните незащищенную копию) и импортируйте ее.</translation>
        </message>
        <message>
            <source>it is packed with a compression method Excel and Word never use</source>
            <translation>он сжат методом, который Excel и Word никогда не используют</translation>
        </message>
        <message>
            <source>it would expand from {size} to {unpacked}, and its part “{part}” is packed {times:,} times tighter than real content ever is</source>
            <translation>при распаковке он увеличился бы с {size} до {unpacked}, а его часть «{part}» сжата в {times:,} раз плотнее, чем бывает реальное содержимое</translation>
        </message>
        <message>
            <source>it would expand to {size} when unpacked, and documents can be imported up to {most} unpacked</source>
            <translation>при распаковке он занял бы {size}, а документы можно импортировать при размере в распакованном виде не более {most}</translation>
        </message>
        <message>
            <source>it would expand to {size} when unpacked, and spreadsheets can be imported up to {most} unpacked</source>
            <translation>при распаковке он занял бы {size}, а электронные таблицы можно импортировать при размере в распакованном виде не более {most}</translation>
        </message>
        <message>
            <source>its part “{filename}” unpacks to more than the {label} the file declares for it, so it is damaged or built to exhaust the computer's memory</source>
            <translation>его часть «{filename}» при распаковке превышает заявленный для нее в файле размер ({label}), поэтому файл поврежден или создан, чтобы исчерпать память компьютера</translation>
        </message>
        <message>
            <source>a sheet in it holds a tag longer than any real sheet's</source>
            <translation>один из его листов содержит тег длиннее, чем в любом настоящем листе</translation>
        </message>
        <message>
            <source>it claims {claimed:,} different texts, far more than it holds, which would exhaust the computer's memory</source>
            <translation>в нем заявлено {claimed:,} различных текстов — намного больше, чем он содержит, — что исчерпало бы память компьютера</translation>
        </message>
        <message>
            <source>“{name}” has a sheet (“{sheet}”) whose cells reach {column_letters}{rows}: {rows:,} rows by {columns:,} columns, {cells:,} cells in all, and a sheet can be imported up to {max_sheet_cells:,} cells. Delete the rows and columns beyond the table (or save the sheet as CSV), then import it again.</source>
            <translation>В «{name}» есть лист («{sheet}»), ячейки которого доходят до {column_letters}{rows}: {rows:,} строк на {columns:,} столбцов, всего {cells:,} ячеек, а импортировать можно лист не более чем из {max_sheet_cells:,} ячеек. Удалите строки и столбцы за пределами таблицы (или сохраните лист в формате CSV) и импортируйте его еще раз.</translation>
        </message>
        <message>
            <source>IMPACT OSS imports a CSV file: choose a name ending in .csv, not “{value}”.</source>
            <translation>IMPACT OSS импортирует файл CSV: выберите имя с расширением .csv, а не «{value}».</translation>
        </message>
        <message>
            <source>The IMPACT OSS framework id is a positive number (1 is the first framework in IMPACT OSS). Check it under Frameworks in your IMPACT OSS.</source>
            <translation>Идентификатор структуры IMPACT OSS — положительное число (1 — первая структура в IMPACT OSS). Проверьте его в разделе Frameworks в вашей IMPACT OSS.</translation>
        </message>
        <message>
            <source>The charter cites no recommendations yet, so there is nothing to export. Leave out “cited only” to export every recommendation.</source>
            <translation>В хартии еще нет упомянутых рекомендаций, поэтому экспортировать нечего. Снимите флажок «только упомянутые», чтобы экспортировать все рекомендации.</translation>
        </message>
        <message>
            <source>This workshop holds no recommendations yet, so there is nothing to export.</source>
            <translation>В этом семинаре еще нет рекомендаций, поэтому экспортировать нечего.</translation>
        </message>
        <message>
            <source>a PDF document</source>
            <translation>документ PDF</translation>
        </message>
        <message>
            <source>a PNG image</source>
            <translation>изображение PNG</translation>
        </message>
        <message>
            <source>a JPEG image</source>
            <translation>изображение JPEG</translation>
        </message>
        <message>
            <source>a GIF image</source>
            <translation>изображение GIF</translation>
        </message>
        <message>
            <source>an RTF document</source>
            <translation>документ RTF</translation>
        </message>
        <message>
            <source>a RAR archive</source>
            <translation>архив RAR</translation>
        </message>
        <message>
            <source>a 7-Zip archive</source>
            <translation>архив 7-Zip</translation>
        </message>
        <message>
            <source>a compressed (gzip) file</source>
            <translation>сжатый файл (gzip)</translation>
        </message>
        <message>
            <source>“{name}” is a Word document, not a table. Import it as an OHCHR thematic list.</source>
            <translation>«{name}» — документ Word, а не таблица. Импортируйте его как тематический перечень УВКПЧ.</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file, not a table. Import it as a UHRI export.</source>
            <translation>«{name}» — файл JSON, а не таблица. Импортируйте его как выгрузку из УИПЧ (UHRI).</translation>
        </message>
        <message>
            <source>“{format}” is not a known format. Choose one of: {listed}.</source>
            <translation>«{format}» — неизвестный формат. Выберите один из следующих: {listed}.</translation>
        </message>
        <message>
            <source>“{name}” is a Word document; it can only be imported as an OHCHR thematic list of recommendations.</source>
            <translation>«{name}» — документ Word; его можно импортировать только как тематический перечень рекомендаций УВКПЧ.</translation>
        </message>
        <message>
            <source>“{name}” is not a Word (.docx) document, so it cannot be an OHCHR thematic list. Choose another format, or “Automatic”.</source>
            <translation>«{name}» не является документом Word (.docx), поэтому он не может быть тематическим перечнем УВКПЧ. Выберите другой формат или «Автоматически».</translation>
        </message>
        <message>
            <source>“{name}” is a JSON file; it can only be imported as a UHRI export.</source>
            <translation>«{name}» — файл JSON; его можно импортировать только как выгрузку из УИПЧ (UHRI).</translation>
        </message>
        <message>
            <source>“{path}” could not be found. Check the file's name and folder, then try again.</source>
            <translation>«{path}» не найден. Проверьте имя файла и папку и повторите попытку.</translation>
        </message>
        <message>
            <source>“{name}” is a folder. Choose the exported file inside it.</source>
            <translation>«{name}» — папка. Выберите находящийся в ней экспортированный файл.</translation>
        </message>
        <message>
            <source>“{name}” is empty (0 bytes), so there is nothing to import. Export the recommendations again, or choose another file.</source>
            <translation>Файл «{name}» пуст (0 байт), поэтому импортировать нечего. Экспортируйте рекомендации еще раз или выберите другой файл.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size}). Excel and Word files can be imported up to {most}, as they must be read whole. Save the sheet as CSV (up to {most_csv}), or split it, and import that.</source>
            <translation>Файл «{name}» слишком велик для импорта ({size}). Файлы Excel и Word можно импортировать при размере не более {most}, так как они должны быть прочитаны целиком. Сохраните лист в формате CSV (не более {most_csv}) или разделите его и импортируйте результат.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size}). Files can be imported up to {most_csv}. Split it into smaller files, or export only the States under review you need, and import those.</source>
            <translation>Файл «{name}» слишком велик для импорта ({size}). Можно импортировать файлы размером не более {most_csv}. Разделите его на файлы меньшего размера или экспортируйте только нужные государства — объекты обзора и импортируйте их.</translation>
        </message>
        <message>
            <source>“{name}” could not be read ({strerror}). Check that it is not open in another program and that you may read it.</source>
            <translation>Не удалось прочитать «{name}» ({strerror}). Проверьте, что файл не открыт в другой программе и что у вас есть право на его чтение.</translation>
        </message>
        <message>
            <source>“{name}” is {what}, not a file of recommendations. Import the CSV, Excel, JSON or Word (.docx) export instead.</source>
            <translation>«{name}» — {what}, а не файл с рекомендациями. Импортируйте вместо него экспортированный файл CSV, Excel, JSON или Word (.docx).</translation>
        </message>
        <message>
            <source>“{name}” is an old Word (.doc) document. Open it in Word, save it as “Word Document (.docx)”, and import that.</source>
            <translation>«{name}» — документ Word старого формата (.doc). Откройте его в Word, сохраните как «Документ Word (.docx)» и импортируйте его.</translation>
        </message>
        <message>
            <source>“{name}” is too large to import ({size_label}): JSON files can be imported up to {size_label2}, as every record in them is held in memory until it is saved. Export fewer States or years from the UHRI, or export it as Excel, and import that.</source>
            <translation>Файл «{name}» слишком велик для импорта ({size_label}): файлы JSON можно импортировать при размере не более {size_label2}, так как каждая запись в них хранится в памяти до сохранения. Выгрузите из УИПЧ (UHRI) меньше государств или лет либо выгрузите данные в формате Excel и импортируйте их.</translation>
        </message>
        <message>
            <source>“{name}” is a web page (HTML or XML), not a spreadsheet, even if its name says otherwise. Open it in Excel or LibreOffice, save it as .xlsx or CSV, and import that.</source>
            <translation>«{name}» — веб-страница (HTML или XML), а не электронная таблица, даже если его имя говорит об ином. Откройте его в Excel или LibreOffice, сохраните в формате .xlsx или CSV и импортируйте.</translation>
        </message>
        <message>
            <source>“{name}” is an Excel file of {size_label}; Excel files can be imported up to {size_label2}. Save it as CSV and import that.</source>
            <translation>«{name}» — файл Excel размером {size_label}; файлы Excel можно импортировать при размере не более {size_label2}. Сохраните его в формате CSV и импортируйте.</translation>
        </message>
        <message>
            <source>“{name}” is a ZIP archive. Unzip it and import the CSV, Excel, JSON or Word file inside.</source>
            <translation>«{name}» — ZIP-архив. Распакуйте его и импортируйте находящийся в нем файл CSV, Excel, JSON или Word.</translation>
        </message>
        <message>
            <source>“{name}” holds no table: there are no column headings or rows in it. Choose the exported file of recommendations.</source>
            <translation>В «{name}» нет таблицы: в нем нет ни заголовков столбцов, ни строк. Выберите экспортированный файл с рекомендациями.</translation>
        </message>
        <message>
            <source>“{name}” does not have the UPR Info columns (To, Text, From, Response, … or SuR, Recommendation, RS, Response, …). Import it as “Any table” and choose its columns.</source>
            <translation>В «{name}» нет столбцов файла рекомендаций UPR Info (To, Text, From, Response, … или SuR, Recommendation, RS, Response, …). Импортируйте его как «Любая таблица» и выберите столбцы.</translation>
        </message>
        <message>
            <source>“{name}” has no “Text” column or field, so it is not a UHRI export. Import it as “Any table” and choose the column that holds the recommendations.</source>
            <translation>В «{name}» нет столбца или поля «Text», поэтому это не выгрузка из UHRI. Импортируйте его как «Любая таблица» и выберите столбец, в котором находятся рекомендации.</translation>
        </message>
        <message>
            <source>Columns were matched by their headings: {matches}.</source>
            <translation>Столбцы сопоставлены по заголовкам: {matches}.</translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: its only row has no recommendation text in the “{column}” column. Check that the right column holds the recommendation text.</source>
            <translation>В «{name}» не найдено рекомендаций: в его единственной строке нет текста рекомендации в столбце «{column}». Проверьте, что текст рекомендаций находится в нужном столбце.</translation>
        </message>
        <message numerus="yes">
            <source>No recommendations found in “{name}”: none of its %n rows has recommendation text in the “{column}” column. Check that the right column holds the recommendation text.</source>
            <translation>
                <numerusform>В «{name}» не найдено рекомендаций: ни в одной из его %n строки нет текста рекомендации в столбце «{column}». Проверьте, что текст рекомендаций находится в нужном столбце.</numerusform>
                <numerusform>В «{name}» не найдено рекомендаций: ни в одной из его %n строк нет текста рекомендации в столбце «{column}». Проверьте, что текст рекомендаций находится в нужном столбце.</numerusform>
                <numerusform>В «{name}» не найдено рекомендаций: ни в одной из его %n строк нет текста рекомендации в столбце «{column}». Проверьте, что текст рекомендаций находится в нужном столбце.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: its only row has no recommendation text. Check that the right column holds the recommendation text.</source>
            <translation>В «{name}» не найдено рекомендаций: в его единственной строке нет текста рекомендации. Проверьте, что текст рекомендаций находится в нужном столбце.</translation>
        </message>
        <message numerus="yes">
            <source>No recommendations found in “{name}”: none of its %n rows has recommendation text. Check that the right column holds the recommendation text.</source>
            <translation>
                <numerusform>В «{name}» не найдено рекомендаций: ни в одной из его %n строки нет текста рекомендации. Проверьте, что текст рекомендаций находится в нужном столбце.</numerusform>
                <numerusform>В «{name}» не найдено рекомендаций: ни в одной из его %n строк нет текста рекомендации. Проверьте, что текст рекомендаций находится в нужном столбце.</numerusform>
                <numerusform>В «{name}» не найдено рекомендаций: ни в одной из его %n строк нет текста рекомендации. Проверьте, что текст рекомендаций находится в нужном столбце.</numerusform>
            </translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: it has column headings but no rows of recommendations under them. Check that you exported the recommendations themselves, not an empty search.</source>
            <translation>В «{name}» не найдено рекомендаций: в нем есть заголовки столбцов, но под ними нет строк с рекомендациями. Проверьте, что вы экспортировали сами рекомендации, а не пустой результат поиска.</translation>
        </message>
        <message>
            <source>1 empty row was ignored.</source>
            <translation>1 пустая строка пропущена.</translation>
        </message>
        <message numerus="yes">
            <source>%n empty rows were ignored.</source>
            <translation>
                <numerusform>%n пустая строка пропущена.</numerusform>
                <numerusform>%n пустые строки пропущены.</numerusform>
                <numerusform>%n пустых строк пропущено.</numerusform>
            </translation>
        </message>
        <message>
            <source>recommendation text</source>
            <translation>текст рекомендации</translation>
        </message>
        <message>
            <source>reference</source>
            <translation>номер</translation>
        </message>
        <message>
            <source>recommending State</source>
            <translation>рекомендующее государство</translation>
        </message>
        <message>
            <source>response</source>
            <translation>ответ</translation>
        </message>
        <message>
            <source>themes</source>
            <translation>темы</translation>
        </message>
        <message>
            <source>affected persons</source>
            <translation>затрагиваемые лица</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <source>session</source>
            <translation>сессия</translation>
        </message>
        <message>
            <source>cycle</source>
            <translation>цикл</translation>
        </message>
        <message>
            <source>action category</source>
            <translation>категория действий</translation>
        </message>
        <message>
            <source>document symbol</source>
            <translation>условное обозначение документа</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>Государство — объект обзора</translation>
        </message>
        <message>
            <source>None of the column headings ({names}) clearly names the recommendation text. Choose which column holds the recommendation text, and what the other columns hold.</source>
            <translation>Ни один из заголовков столбцов ({names}) явно не указывает на текст рекомендации. Выберите, в каком столбце находится текст рекомендации и что содержат другие столбцы.</translation>
        </message>
        <message>
            <source>“{cell_text}” is not a valid {what}: this column must hold whole numbers. Correct the cell (or leave it empty) and import the file again.</source>
            <translation>«{cell_text}» не является допустимым значением поля «{what}»: этот столбец должен содержать целые числа. Исправьте ячейку (или оставьте ее пустой) и импортируйте файл еще раз.</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the Word file is damaged or incomplete (perhaps a download or copy was cut short). Open it in Word and save it again, or get a fresh copy, then import that.</source>
            <translation>Не удалось открыть «{name}»: файл Word поврежден или неполон (возможно, загрузка или копирование были прерваны). Откройте его в Word и сохраните еще раз или получите новую копию, затем импортируйте ее.</translation>
        </message>
        <message>
            <source>“{name}” could not be opened: the {kind} file is damaged or incomplete (perhaps a download or copy was cut short). Open it in a spreadsheet program and save it again, or get a fresh copy, then import that.</source>
            <translation>Не удалось открыть «{name}»: файл {kind} поврежден или неполон (возможно, загрузка или копирование были прерваны). Откройте его в программе для работы с электронными таблицами и сохраните еще раз или получите новую копию, затем импортируйте ее.</translation>
        </message>
        <message>
            <source>“{name}” has no table of recommendations. This format is the OHCHR thematic list, whose table is headed “Recommendation and recommending State | Position …”. For another Word document, copy its table into a spreadsheet and import that.</source>
            <translation>В «{name}» нет таблицы рекомендаций. Этот формат — тематический перечень УВКПЧ, таблица которого имеет заголовок «Recommendation and recommending State | Position …» (рекомендация и рекомендующее государство | позиция). Если это другой документ Word, скопируйте его таблицу в электронную таблицу и импортируйте ее.</translation>
        </message>
        <message>
            <source>No recommendation text in the first column.</source>
            <translation>В первом столбце нет текста рекомендации.</translation>
        </message>
        <message>
            <source>Not in the list of UN Member and observer States, so kept as written: {names}. Check these recommending States.</source>
            <translation>Отсутствуют в перечне государств — членов ООН и государств-наблюдателей, поэтому сохранены в написанном виде: {names}. Проверьте эти рекомендующие государства.</translation>
        </message>
        <message>
            <source>The document is the thematic list for {country}.</source>
            <translation>Документ является тематическим перечнем по государству {country}.</translation>
        </message>
        <message>
            <source>{recommendations} recommendations under {headings} theme headings ({themes} different themes).</source>
            <translation>Рекомендаций: {recommendations}, тематических заголовков: {headings} (различных тем: {themes}).</translation>
        </message>
        <message>
            <source>The column mapping leaves out the recommendation text: “{column}” is not one of its columns ({names}). Choose the column of “{name}” that holds the text of each recommendation, then import again.</source>
            <translation>При сопоставлении столбцов пропущен текст рекомендации: «{column}» не является одним из столбцов ({names}). Выберите столбец в «{name}», содержащий текст каждой рекомендации, и импортируйте еще раз.</translation>
        </message>
        <message>
            <source>The column mapping leaves out the recommendation text. Choose the column of “{name}” that holds the text of each recommendation, then import again.</source>
            <translation>При сопоставлении столбцов пропущен текст рекомендации. Выберите столбец в «{name}», содержащий текст каждой рекомендации, и импортируйте еще раз.</translation>
        </message>
        <message>
            <source>The column “{column}” chosen for the {field} is not in “{name}” (its columns are {names}). Choose that column again from the list.</source>
            <translation>Столбца «{column}», выбранного для поля «{field}», нет в «{name}» (его столбцы: {names}). Выберите этот столбец в списке еще раз.</translation>
        </message>
        <message>
            <source>“{action}” is not a valid action category: it must be a number from 1 (minimal action) to 5 (specific action). Correct the cell (or leave it empty) and import the file again.</source>
            <translation>«{action}» не является допустимой категорией действий: это должно быть число от 1 (минимальные действия) до 5 (конкретные действия). Исправьте ячейку (или оставьте ее пустой) и импортируйте файл еще раз.</translation>
        </message>
        <message>
            <source>Read as Mac Roman: the file has old-Mac line endings and its accented letters (such as ç, é, ô) are Mac Roman characters.</source>
            <translation>Прочитан в кодировке Mac Roman: в файле концы строк старого формата Mac, а буквы с диакритическими знаками (например, ç, é, ô) являются символами Mac Roman.</translation>
        </message>
        <message>
            <source>Read as {encoding} text.</source>
            <translation>Прочитан как текст в кодировке {encoding}.</translation>
        </message>
        <message>
            <source>“{name}” is not a text file that can be read as a table: it holds binary data. Export the recommendations as CSV or Excel and import that file.</source>
            <translation>«{name}» не является текстовым файлом, который можно прочитать как таблицу: он содержит двоичные данные. Экспортируйте рекомендации в формате CSV или Excel и импортируйте этот файл.</translation>
        </message>
        <message>
            <source>The file could not be read from this row on, probably because a quotation mark (") in it is not closed. Open it in a spreadsheet program, check that row, save it as CSV again and import that.</source>
            <translation>Файл не удалось прочитать начиная с этой строки — вероятно, потому что в ней не закрыта кавычка ("). Откройте его в программе для работы с электронными таблицами, проверьте эту строку, снова сохраните в формате CSV и импортируйте.</translation>
        </message>
        <message>
            <source>The file could not be read from this row on, because of a formatting problem ({error}). Open it in a spreadsheet program, check that row, save it as CSV again and import that.</source>
            <translation>Файл не удалось прочитать начиная с этой строки из-за ошибки форматирования ({error}). Откройте его в программе для работы с электронными таблицами, проверьте эту строку, снова сохраните в формате CSV и импортируйте.</translation>
        </message>
        <message>
            <source>Row {number} holds characters that are not {get} text, although the rows before it are. Open the file in a spreadsheet program, save it as “CSV UTF-8” and import that.</source>
            <translation>Строка {number} содержит символы, не являющиеся текстом {get}, хотя предыдущие строки им являются. Откройте файл в программе для работы с электронными таблицами, сохраните его как «CSV UTF-8» и импортируйте.</translation>
        </message>
        <message>
            <source>{count} of these rows come from mechanisms other than the UPR ({bodies}). They were kept; filter them out in the workshop if you only want UPR recommendations.</source>
            <translation>Из этих строк {count} относятся к механизмам, отличным от УПО ({bodies}). Они сохранены; отфильтруйте их в семинаре, если вам нужны только рекомендации УПО.</translation>
        </message>
        <message>
            <source>{count} of these rows come from mechanisms other than the UPR. They were kept; filter them out in the workshop if you only want UPR recommendations.</source>
            <translation>Из этих строк {count} относятся к механизмам, отличным от УПО. Они сохранены; отфильтруйте их в семинаре, если вам нужны только рекомендации УПО.</translation>
        </message>
        <message>
            <source>“{name}” is not valid JSON (line {line}, column {column}); perhaps the download was cut short. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>«{name}» не является допустимым JSON (строка {line}, столбец {column}); возможно, загрузка была прервана. Выгрузите данные из УИПЧ (UHRI) еще раз или выгрузите их в формате Excel и импортируйте.</translation>
        </message>
        <message>
            <source>“{name}” is not valid JSON; perhaps the download was cut short. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>«{name}» не является допустимым JSON; возможно, загрузка была прервана. Выгрузите данные из УИПЧ (UHRI) еще раз или выгрузите их в формате Excel и импортируйте.</translation>
        </message>
        <message>
            <source>“{name}” is JSON but holds no list of recommendations. Import the UHRI export itself (a list of records with a “Text” field).</source>
            <translation>«{name}» — файл JSON, но в нем нет списка рекомендаций. Импортируйте саму выгрузку из УИПЧ (UHRI) (список записей с полем «Text»).</translation>
        </message>
        <message>
            <source>No recommendations found in “{name}”: it holds an empty list. Check that the search you exported from the UHRI returned results.</source>
            <translation>В «{name}» не найдено рекомендаций: он содержит пустой список. Проверьте, что поиск, результаты которого вы выгрузили из УИПЧ (UHRI), дал результаты.</translation>
        </message>
        <message>
            <source>“{name}” nests lists or objects more than {max_json_depth} deep, which no UHRI export does. Download the UHRI export again, or export it as Excel, and import that.</source>
            <translation>В «{name}» списки или объекты вложены глубже чем на {max_json_depth} уровней, чего не бывает ни в одной выгрузке из УИПЧ (UHRI). Выгрузите данные еще раз или выгрузите их в формате Excel и импортируйте.</translation>
        </message>
        <message>
            <source>“{name}” has no filled-in cells on any sheet, so there is nothing to import.</source>
            <translation>В «{name}» нет заполненных ячеек ни на одном листе, поэтому импортировать нечего.</translation>
        </message>
    </context>
    <context>
        <name>ImportDialog</name>
        <message>
            <source>Import recommendations</source>
            <translation>Импорт рекомендаций</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so recommendations can't be added to it. Use “Save a copy…” to work on a copy, then import into the copy.</source>
            <translation>«{name}» открыт только для чтения, поэтому добавить в него рекомендации нельзя. Используйте команду «Сохранить копию…», чтобы работать с копией, затем импортируйте рекомендации в копию.</translation>
        </message>
        <message>
            <source>The format is detected from the file. Choose another if the detection is wrong.</source>
            <translation>Формат определяется по файлу. Если он определен неверно, выберите другой.</translation>
        </message>
        <message>
            <source>Format</source>
            <translation>Формат</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Импортировать</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Looking at the file…</source>
            <translation>Просмотр файла…</translation>
        </message>
        <message>
            <source>Which column holds what?</source>
            <translation>Какой столбец что содержит?</translation>
        </message>
        <message>
            <source>Which State under review?</source>
            <translation>Какое государство — объект обзора?</translation>
        </message>
        <message>
            <source>Recommendations to the other States are left out. Recommendations already in the workshop are not added twice.</source>
            <translation>Рекомендации другим государствам не включаются. Рекомендации, которые уже есть в семинаре, повторно не добавляются.</translation>
        </message>
        <message>
            <source>You can cancel at any time: nothing is added to the workshop until the import has finished.</source>
            <translation>Отменить можно в любой момент: ничего не добавляется в семинар, пока импорт не завершится.</translation>
        </message>
        <message>
            <source>Cancel import</source>
            <translation>Отменить импорт</translation>
        </message>
        <message>
            <source>Choose the column that holds the recommendation text.</source>
            <translation>Выберите столбец с текстом рекомендации.</translation>
        </message>
        <message>
            <source>Choose a State under review to import.</source>
            <translation>Выберите государство — объект обзора для импорта.</translation>
        </message>
        <message>
            <source>Choose the file's format.</source>
            <translation>Выберите формат файла.</translation>
        </message>
        <message>
            <source>Automatic: {name}</source>
            <translation>Автоматически: {name}</translation>
        </message>
        <message>
            <source>This file could not be read as recommendations. Check that it is the exported file; if it is and you know its format, choose it above.</source>
            <translation>Этот файл не удалось прочитать как рекомендации. Проверьте, что это экспортированный файл; если это так и вы знаете его формат, выберите его выше.</translation>
        </message>
        <message>
            <source>The recommendations will be added to “{title}”, which holds {count} now. Any already in it are recognised and not added twice.</source>
            <translation>Рекомендации будут добавлены в «{title}», где их сейчас {count}. Уже имеющиеся распознаются и повторно не добавляются.</translation>
        </message>
        <message>
            <source>The recommendations will be added to “{title}”, which has none yet.</source>
            <translation>Рекомендации будут добавлены в «{title}», где их пока нет.</translation>
        </message>
        <message>
            <source>— not in this file —</source>
            <translation>— нет в этом файле —</translation>
        </message>
        <message>
            <source>Read as {encoding} text.</source>
            <translation>Прочитан как текст в кодировке {encoding}.</translation>
        </message>
        <message>
            <source>Columns separated by tabs.</source>
            <translation>Столбцы разделены знаками табуляции.</translation>
        </message>
        <message>
            <source>Columns separated by spaces.</source>
            <translation>Столбцы разделены пробелами.</translation>
        </message>
        <message>
            <source>Columns separated by “{delimiter}”.</source>
            <translation>Столбцы разделены знаком «{delimiter}».</translation>
        </message>
        <message>
            <source>Read from the sheet “{sheet}”.</source>
            <translation>Данные прочитаны с листа «{sheet}».</translation>
        </message>
        <message>
            <source>Column names on row {row}.</source>
            <translation>Названия столбцов в строке {row}.</translation>
        </message>
        <message numerus="yes">
            <source>“{file}” holds recommendations to %n State(s) under review, and this workshop's country, {country}, is not among them. Choose which State's recommendations to import, or import them all.</source>
            <translation>
                <numerusform>«{file}» содержит рекомендации %n государству — объекту обзора, и страны этого семинара, {country}, среди них нет. Выберите, рекомендации какого государства импортировать, или импортируйте все.</numerusform>
                <numerusform>«{file}» содержит рекомендации %n государствам — объектам обзора, и страны этого семинара, {country}, среди них нет. Выберите, рекомендации какого государства импортировать, или импортируйте все.</numerusform>
                <numerusform>«{file}» содержит рекомендации %n государствам — объектам обзора, и страны этого семинара, {country}, среди них нет. Выберите, рекомендации какого государства импортировать, или импортируйте все.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>“{file}” holds recommendations to %n State(s) under review, and this workshop's country is not among them. Choose which State's recommendations to import, or import them all.</source>
            <translation>
                <numerusform>«{file}» содержит рекомендации %n государству — объекту обзора, и страны этого семинара среди них нет. Выберите, рекомендации какого государства импортировать, или импортируйте все.</numerusform>
                <numerusform>«{file}» содержит рекомендации %n государствам — объектам обзора, и страны этого семинара среди них нет. Выберите, рекомендации какого государства импортировать, или импортируйте все.</numerusform>
                <numerusform>«{file}» содержит рекомендации %n государствам — объектам обзора, и страны этого семинара среди них нет. Выберите, рекомендации какого государства импортировать, или импортируйте все.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommendation(s) saved. Making them searchable; this is the last step.</source>
            <translation>
                <numerusform>Сохранена %Ln рекомендация. Подготовка к поиску — это последний шаг.</numerusform>
                <numerusform>Сохранены %Ln рекомендации. Подготовка к поиску — это последний шаг.</numerusform>
                <numerusform>Сохранено %Ln рекомендаций. Подготовка к поиску — это последний шаг.</numerusform>
            </translation>
        </message>
        <message>
            <source>The columns are chosen as at the last import of a table with these same columns.</source>
            <translation>Столбцы выбраны так же, как при последнем импорте таблицы с такими же столбцами.</translation>
        </message>
        <message>
            <source>Choose the column for each field below; fields not in the file can stay empty.</source>
            <translation>Выберите столбец для каждого поля ниже; поля, которых нет в файле, можно оставить пустыми.</translation>
        </message>
        <message>
            <source>Choose a State under review…</source>
            <translation>Выберите государство — объект обзора…</translation>
        </message>
        <message>
            <source>All countries ({count} recommendations)</source>
            <translation>Все страны (рекомендаций: {count})</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>Reading the file…</source>
            <translation>Чтение файла…</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Сохранение…</translation>
        </message>
        <message>
            <source>{percent}% read</source>
            <translation>Прочитано: {percent}%</translation>
        </message>
        <message>
            <source>Saving to the workshop…</source>
            <translation>Сохранение в семинар…</translation>
        </message>
        <message>
            <source>{done} of {total} recommendations saved</source>
            <translation>Сохранено рекомендаций: {done} из {total}</translation>
        </message>
        <message>
            <source>Indexing for search and sorting…</source>
            <translation>Индексация для поиска и сортировки…</translation>
        </message>
        <message>
            <source>Cancelling…</source>
            <translation>Отмена…</translation>
        </message>
        <message>
            <source>Undoing what was written so far.</source>
            <translation>Отменяется то, что уже записано.</translation>
        </message>
        <message>
            <source>{n} recommendations added</source>
            <translation>Добавлено рекомендаций: {n}</translation>
        </message>
        <message>
            <source>1 recommendation added</source>
            <translation>Добавлена 1 рекомендация</translation>
        </message>
        <message>
            <source>Already in the workshop</source>
            <translation>Уже есть в семинаре</translation>
        </message>
        <message>
            <source>Nothing was added</source>
            <translation>Ничего не добавлено</translation>
        </message>
        <message>
            <source>{n} rows of the file were skipped (the first is row {row}: {reason}).</source>
            <translation>Пропущено строк файла: {n} (первая — строка {row}: {reason}).</translation>
        </message>
        <message>
            <source>The workshop now holds {count} recommendations.</source>
            <translation>Теперь в семинаре рекомендаций: {count}.</translation>
        </message>
        <message>
            <source>To take this import back, use Edit ▸ Undo (Ctrl+Z).</source>
            <translation>Чтобы отменить этот импорт, выберите Правка ▸ Отменить (Ctrl+Z).</translation>
        </message>
        <message>
            <source>Import cancelled. Nothing was added.</source>
            <translation>Импорт отменен. Ничего не добавлено.</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>Текст рекомендации</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>Рекомендующие государства</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Темы</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Затрагиваемые лица</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Сессия</translation>
        </message>
        <message>
            <source>Cycle</source>
            <translation>Цикл</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Категория действий</translation>
        </message>
        <message>
            <source>Document symbol</source>
            <translation>Условное обозначение документа</translation>
        </message>
        <message>
            <source>Country under review</source>
            <translation>Государство — объект обзора</translation>
        </message>
        <message>
            <source>Automatic</source>
            <translation>Автоматически</translation>
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
            <translation>Тематический перечень УВКПЧ (.docx)</translation>
        </message>
        <message>
            <source>Any table</source>
            <translation>Любая таблица</translation>
        </message>
        <message>
            <source>A UPR Info database export (CSV or XLS, 2015 and older): one row per recommendation, with the State under review, recommending State, response, action category and issues.</source>
            <translation>Выгрузка из базы данных UPR Info (CSV или XLS, 2015 год и ранее): по одной строке на рекомендацию, с государством — объектом обзора, рекомендующим государством, ответом, категорией действий и вопросами.</translation>
        </message>
        <message>
            <source>An export from OHCHR's Universal Human Rights Index (XLSX or JSON): recommendations with themes, affected persons, SDGs and the State's position.</source>
            <translation>Выгрузка из Универсального индекса по правам человека УВКПЧ (XLSX или JSON): рекомендации с темами, затрагиваемыми лицами, ЦУР и позицией государства.</translation>
        </message>
        <message>
            <source>An OHCHR thematic list of recommendations (Word): the matrix a State receives after its review, with positions, themes and SDGs.</source>
            <translation>Тематический перечень рекомендаций УВКПЧ (Word): матрица, которую государство получает после обзора, с позициями, темами и ЦУР.</translation>
        </message>
        <message>
            <source>A table with its own columns (CSV or Excel). You say which column holds what.</source>
            <translation>Таблица с собственными столбцами (CSV или Excel). Вы указываете, какой столбец что содержит.</translation>
        </message>
        <message>
            <source>{n} bytes</source>
            <translation>{n} байт</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} КБ</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} МБ</translation>
        </message>
        <message>
            <source>{column}
(not imported)</source>
            <translation>{column}
(не импортируется)</translation>
        </message>
        <message>
            <source>“{name}” is read-only, so nothing can be imported into it. Use “Save a copy…” to work on a copy.</source>
            <translation>Файл «{name}» доступен только для чтения, поэтому в него ничего нельзя импортировать. Воспользуйтесь командой «Сохранить копию…», чтобы работать с копией.</translation>
        </message>
    </context>
    <context>
        <name>IndicatorDialog</name>
        <message>
            <source>Indicator value</source>
            <translation>Значение показателя</translation>
        </message>
        <message>
            <source>A new indicator…</source>
            <translation>Новый показатель…</translation>
        </message>
        <message>
            <source>e.g. Shelter places for survivors of violence</source>
            <translation>например, Места в приютах для пострадавших от насилия</translation>
        </message>
        <message>
            <source>e.g. places</source>
            <translation>например, места</translation>
        </message>
        <message>
            <source>2026, 2026-06 or 2026-06-30</source>
            <translation>2026, 2026-06 или 2026-06-30</translation>
        </message>
        <message>
            <source>Where the figure comes from (required)</source>
            <translation>Откуда взята цифра (обязательно)</translation>
        </message>
        <message>
            <source>Record value</source>
            <translation>Записать значение</translation>
        </message>
        <message>
            <source>Indicator</source>
            <translation>Показатель</translation>
        </message>
        <message>
            <source>New indicator</source>
            <translation>Новый показатель</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Единица измерения</translation>
        </message>
        <message>
            <source>Year or date</source>
            <translation>Год или дата</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Значение</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Record an indicator value</source>
            <translation>Запись значения показателя</translation>
        </message>
    </context>
    <context>
        <name>KioskPinDialog</name>
        <message>
            <source>Start the voting kiosk</source>
            <translation>Запуск киоска для голосования</translation>
        </message>
        <message>
            <source>The laptop will show “%1” full screen, for one person after another. Choose a PIN of at least %2 digits: you will need it to leave the kiosk. Don't tell it to anyone voting.</source>
            <translation>Ноутбук будет показывать «%1» во весь экран, поочередно для каждого голосующего. Выберите PIN-код не короче %2 цифр: он понадобится, чтобы выйти из киоска. Не сообщайте его никому из голосующих.</translation>
        </message>
        <message>
            <source>Exit PIN</source>
            <translation>PIN-код для выхода</translation>
        </message>
        <message>
            <source>The same PIN again</source>
            <translation>Тот же PIN-код еще раз</translation>
        </message>
        <message>
            <source>Start the kiosk</source>
            <translation>Запустить киоск</translation>
        </message>
        <message>
            <source>The PIN needs at least %1 digits.</source>
            <translation>PIN-код должен содержать не менее %1 цифр.</translation>
        </message>
        <message>
            <source>The two PINs are not the same. Type the PIN again in both boxes.</source>
            <translation>Два PIN-кода не совпадают. Введите PIN-код еще раз в оба поля.</translation>
        </message>
    </context>
    <context>
        <name>KioskWindow</name>
        <message>
            <source>Voting: %1</source>
            <translation>Голосование: %1</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>Тайное голосование: никто не может увидеть, кто за что голосовал</translation>
        </message>
        <message>
            <source>Open ballot: your choices are recorded with your name</source>
            <translation>Открытое голосование: ваш выбор записывается вместе с вашим именем</translation>
        </message>
        <message>
            <source>1  Who is voting</source>
            <translation>1  Кто голосует</translation>
        </message>
        <message>
            <source>2  Your ballot</source>
            <translation>2  Ваш бюллетень</translation>
        </message>
        <message>
            <source>3  Check and cast</source>
            <translation>3  Проверка и отправка</translation>
        </message>
        <message>
            <source>Facilitator</source>
            <translation>Ведущий</translation>
        </message>
        <message>
            <source>For the facilitator: leave the kiosk (PIN needed, or press Esc)</source>
            <translation>Для ведущего: выйти из киоска (нужен PIN-код; также можно нажать Esc)</translation>
        </message>
        <message>
            <source>Language of this screen</source>
            <translation>Язык этого экрана</translation>
        </message>
        <message>
            <source>Who is voting?</source>
            <translation>Кто голосует?</translation>
        </message>
        <message>
            <source>This round takes one ballot per organisation. Find your name: you vote for your organisation.</source>
            <translation>В этом туре голосования один бюллетень от каждой организации. Найдите свое имя: вы голосуете от имени своей организации.</translation>
        </message>
        <message>
            <source>Find your name and press Continue, or type the personal code on your slip.</source>
            <translation>Найдите свое имя и нажмите «Продолжить» или введите личный код с вашего талона.</translation>
        </message>
        <message>
            <source>Type to find your name</source>
            <translation>Начните вводить, чтобы найти свое имя</translation>
        </message>
        <message>
            <source>Find your name</source>
            <translation>Найдите свое имя</translation>
        </message>
        <message>
            <source>Names of those still to vote</source>
            <translation>Имена тех, кто еще не проголосовал</translation>
        </message>
        <message>
            <source>Continue</source>
            <translation>Продолжить</translation>
        </message>
        <message>
            <source>Or type your personal code</source>
            <translation>Или введите свой личный код</translation>
        </message>
        <message>
            <source>It is on the slip the facilitator gave you, e.g. K7M-Q2P. Capitals and dashes don't matter.</source>
            <translation>Он указан на талоне, который вам дал ведущий, например K7M-Q2P. Регистр букв и дефисы значения не имеют.</translation>
        </message>
        <message>
            <source>Your code</source>
            <translation>Ваш код</translation>
        </message>
        <message>
            <source>Personal code</source>
            <translation>Личный код</translation>
        </message>
        <message>
            <source>Continue with my code</source>
            <translation>Продолжить с моим кодом</translation>
        </message>
        <message>
            <source>Your ballot</source>
            <translation>Ваш бюллетень</translation>
        </message>
        <message>
            <source>Start over</source>
            <translation>Начать заново</translation>
        </message>
        <message>
            <source>Leave without voting: nothing is saved</source>
            <translation>Уйти, не голосуя: ничего не сохраняется</translation>
        </message>
        <message>
            <source>Review my ballot  ›</source>
            <translation>Проверить мой бюллетень  ›</translation>
        </message>
        <message>
            <source>Check your ballot</source>
            <translation>Проверьте свой бюллетень</translation>
        </message>
        <message>
            <source>‹  Change my ballot</source>
            <translation>‹  Изменить мой бюллетень</translation>
        </message>
        <message>
            <source>Cast my ballot</source>
            <translation>Отправить мой бюллетень</translation>
        </message>
        <message>
            <source>Thank you — your ballot is saved</source>
            <translation>Спасибо — ваш бюллетень сохранен</translation>
        </message>
        <message>
            <source>The next person can vote in a moment.</source>
            <translation>Следующий человек сможет проголосовать через несколько секунд.</translation>
        </message>
        <message>
            <source>Voting has closed</source>
            <translation>Голосование закрыто</translation>
        </message>
        <message>
            <source>The facilitator has closed this round, so it takes no more ballots. Thank you for taking part.</source>
            <translation>Ведущий закрыл этот тур голосования, поэтому бюллетени больше не принимаются. Спасибо за участие.</translation>
        </message>
        <message>
            <source>Type the exit PIN to leave the kiosk.</source>
            <translation>Введите PIN-код для выхода из киоска.</translation>
        </message>
        <message>
            <source>Exit PIN</source>
            <translation>PIN-код для выхода</translation>
        </message>
        <message>
            <source>Back to voting</source>
            <translation>Вернуться к голосованию</translation>
        </message>
        <message>
            <source>Leave the kiosk</source>
            <translation>Выйти из киоска</translation>
        </message>
        <message>
            <source>%1  ·  votes for %2</source>
            <translation>%1  ·  голосует от имени %2</translation>
        </message>
        <message>
            <source>Everyone has voted. Thank you!</source>
            <translation>Все проголосовали. Спасибо!</translation>
        </message>
        <message>
            <source>No name matches “%1”. Check the spelling, or use your personal code.</source>
            <translation>Ни одно имя не соответствует «%1». Проверьте написание или используйте свой личный код.</translation>
        </message>
        <message>
            <source>Continue as %1  ›</source>
            <translation>Продолжить как %1  ›</translation>
        </message>
        <message>
            <source>Pick your name above</source>
            <translation>Выберите свое имя выше</translation>
        </message>
        <message>
            <source>Type the code from your slip first.</source>
            <translation>Сначала введите код с вашего талона.</translation>
        </message>
        <message>
            <source>That code is not recognised. Check it and type it again, or find your name in the list.</source>
            <translation>Этот код не распознан. Проверьте его и введите еще раз или найдите свое имя в списке.</translation>
        </message>
        <message>
            <source>This round takes one ballot per organisation, and you are not registered with one. Please ask the facilitator.</source>
            <translation>В этом туре голосования один бюллетень от каждой организации, а вы не зарегистрированы ни в одной из них. Пожалуйста, обратитесь к ведущему.</translation>
        </message>
        <message>
            <source>Your organisation has already voted in this round.</source>
            <translation>Ваша организация уже проголосовала в этом туре голосования.</translation>
        </message>
        <message>
            <source>This person has already voted in this round. Each person votes once.</source>
            <translation>Этот человек уже проголосовал в этом туре голосования. Каждый голосует один раз.</translation>
        </message>
        <message>
            <source>%1 — you vote for %2</source>
            <translation>%1 — вы голосуете от имени %2</translation>
        </message>
        <message>
            <source>Voting as %1</source>
            <translation>Голосует: %1</translation>
        </message>
        <message>
            <source>Secret ballot with a ballot code</source>
            <translation>Тайное голосование с кодом бюллетеня</translation>
        </message>
        <message>
            <source>This is what you chose. Press Cast my ballot to save it; you can't change it afterwards.</source>
            <translation>Вот что вы выбрали. Нажмите «Отправить мой бюллетень», чтобы сохранить его; потом изменить его будет нельзя.</translation>
        </message>
        <message>
            <source>Your ballot is blank. A blank ballot counts as taking part without supporting any candidate.</source>
            <translation>Ваш бюллетень пустой. Пустой бюллетень засчитывается как участие в голосовании без поддержки какого-либо кандидата.</translation>
        </message>
        <message>
            <source>You have not chosen any candidate.</source>
            <translation>Вы не выбрали ни одного кандидата.</translation>
        </message>
        <message>
            <source>The last ballot was left unfinished, so it was cleared without being saved. Choose your name to start again.</source>
            <translation>Предыдущий бюллетень не был заполнен до конца, поэтому он удален без сохранения. Выберите свое имя, чтобы начать заново.</translation>
        </message>
        <message>
            <source>That PIN is not right.</source>
            <translation>Неверный PIN-код.</translation>
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
            <translation>{names} и {last}</translation>
        </message>
    </context>
    <context>
        <name>LockScreen</name>
        <message>
            <source>This workshop is locked</source>
            <translation>Этот семинар заблокирован</translation>
        </message>
        <message>
            <source>Passphrase or recovery key</source>
            <translation>Парольная фраза или ключ восстановления</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <source>Unlock</source>
            <translation>Разблокировать</translation>
        </message>
        <message>
            <source>Close workshop</source>
            <translation>Закрыть семинар</translation>
        </message>
        <message>
            <source>Go to the start screen without unlocking</source>
            <translation>Перейти на начальный экран без разблокировки</translation>
        </message>
        <message>
            <source>Type the workshop's passphrase, or its recovery key, to carry on where you were.</source>
            <translation>Введите парольную фразу семинара или его ключ восстановления, чтобы продолжить с того места, где вы остановились.</translation>
        </message>
        <message>
            <source>The screen is locked, but the file itself is not encrypted: anyone who copies “{name}” can read everything in it.</source>
            <translation>Экран заблокирован, но сам файл не зашифрован: любой, кто скопирует «{name}», сможет прочитать все его содержимое.</translation>
        </message>
        <message>
            <source>Encrypt this workshop…</source>
            <translation>Зашифровать этот семинар…</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>&amp;New workshop…</source>
            <translation>&amp;Новый семинар…</translation>
        </message>
        <message>
            <source>Create an empty workshop file</source>
            <translation>Создать пустой файл семинара</translation>
        </message>
        <message>
            <source>&amp;Open…</source>
            <translation>&amp;Открыть…</translation>
        </message>
        <message>
            <source>Open a workshop file (.uprw)</source>
            <translation>Открыть файл семинара (.uprw)</translation>
        </message>
        <message>
            <source>The illustrative demo workshop, as you left it</source>
            <translation>Иллюстративный демонстрационный семинар в том виде, в каком вы его оставили</translation>
        </message>
        <message>
            <source>Start the demo a&amp;fresh…</source>
            <translation>Начать демонстрацию з&amp;аново…</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy</source>
            <translation>Заменить демонстрационный семинар новой копией</translation>
        </message>
        <message>
            <source>&amp;Import recommendations…</source>
            <translation>&amp;Импорт рекомендаций…</translation>
        </message>
        <message>
            <source>Add recommendations from a UPR Info, UHRI, OHCHR or other file</source>
            <translation>Добавить рекомендации из файла UPR Info, UHRI, УВКПЧ или другого файла</translation>
        </message>
        <message>
            <source>Write a copy of this workshop to another file</source>
            <translation>Записать копию этого семинара в другой файл</translation>
        </message>
        <message>
            <source>Open de&amp;mo workshop</source>
            <translation>Открыть &amp;демонстрационный семинар</translation>
        </message>
        <message>
            <source>Save a co&amp;py…</source>
            <translation>Сохранить &amp;копию…</translation>
        </message>
        <message>
            <source>Workshop de&amp;tails…</source>
            <translation>Сведения о семина&amp;ре…</translation>
        </message>
        <message>
            <source>Title, country, dates, venue and organisers</source>
            <translation>Название, страна, даты, место проведения и организаторы</translation>
        </message>
        <message>
            <source>Save a tra&amp;vel copy…</source>
            <translation>Сохранить копию для по&amp;ездки…</translation>
        </message>
        <message>
            <source>A copy without participants' names, comment authors or confidential evidence, for crossing borders</source>
            <translation>Копия без имен участников, авторов комментариев и конфиденциальных доказательств — для пересечения границ</translation>
        </message>
        <message>
            <source>&amp;Encrypt this workshop…</source>
            <translation>За&amp;шифровать этот семинар…</translation>
        </message>
        <message>
            <source>Protect the file with a passphrase</source>
            <translation>Защитить файл парольной фразой</translation>
        </message>
        <message>
            <source>C&amp;hange passphrase…</source>
            <translation>С&amp;менить парольную фразу…</translation>
        </message>
        <message>
            <source>Set a new passphrase; the recovery key changes too</source>
            <translation>Задать новую парольную фразу; ключ восстановления тоже изменится</translation>
        </message>
        <message>
            <source>&amp;Lock</source>
            <translation>За&amp;блокировать</translation>
        </message>
        <message>
            <source>Hide the workshop until the passphrase is typed again</source>
            <translation>Скрыть семинар, пока парольная фраза не будет введена снова</translation>
        </message>
        <message>
            <source>Lock and privacy &amp;settings…</source>
            <translation>Настро&amp;йки блокировки и конфиденциальности…</translation>
        </message>
        <message>
            <source>When to lock by itself, and whether encrypted workshops are listed under Recent</source>
            <translation>Когда блокировать автоматически и показывать ли зашифрованные семинары среди последних</translation>
        </message>
        <message>
            <source>&amp;Close workshop</source>
            <translation>&amp;Закрыть семинар</translation>
        </message>
        <message>
            <source>Close this workshop and return to the start screen</source>
            <translation>Закрыть этот семинар и вернуться на начальный экран</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Выход</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Отменить</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Повторить</translation>
        </message>
        <message>
            <source>&amp;New recommendation…</source>
            <translation>Новая &amp;рекомендация…</translation>
        </message>
        <message>
            <source>Add a recommendation by hand</source>
            <translation>Добавить рекомендацию вручную</translation>
        </message>
        <message>
            <source>&amp;Edit recommendation…</source>
            <translation>&amp;Изменить рекомендацию…</translation>
        </message>
        <message>
            <source>Edit the selected recommendation</source>
            <translation>Изменить выбранную рекомендацию</translation>
        </message>
        <message>
            <source>&amp;Delete recommendations…</source>
            <translation>&amp;Удалить рекомендации…</translation>
        </message>
        <message>
            <source>Delete the selected recommendations</source>
            <translation>Удалить выбранные рекомендации</translation>
        </message>
        <message>
            <source>&amp;Find</source>
            <translation>&amp;Найти</translation>
        </message>
        <message>
            <source>Zoom &amp;in</source>
            <translation>&amp;Увеличить</translation>
        </message>
        <message>
            <source>Zoom &amp;out</source>
            <translation>У&amp;меньшить</translation>
        </message>
        <message>
            <source>&amp;Actual size</source>
            <translation>&amp;Исходный размер</translation>
        </message>
        <message>
            <source>&amp;Projector mode</source>
            <translation>Режим &amp;проектора</translation>
        </message>
        <message>
            <source>High contrast and large type, for the back of the room</source>
            <translation>Высокая контрастность и крупный шрифт для задних рядов</translation>
        </message>
        <message>
            <source>&amp;About UPR Desktop</source>
            <translation>&amp;О программе UPR Desktop</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>Recent &amp;workshops</source>
            <translation>&amp;Последние семинары</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Правка</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Вид</translation>
        </message>
        <message>
            <source>&amp;Go to step</source>
            <translation>П&amp;ерейти к этапу</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Язык</translation>
        </message>
        <message>
            <source>Same as this computer</source>
            <translation>Как на этом компьютере</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Справка</translation>
        </message>
        <message>
            <source>Review</source>
            <translation>Обзор</translation>
        </message>
        <message>
            <source>Clusters</source>
            <translation>Тематические группы</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Vote</source>
            <translation>Голосование</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <source>Charter</source>
            <translation>Хартия</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Follow-up</source>
            <translation>Последующая деятельность</translation>
        </message>
        <message>
            <source>Save a copy…</source>
            <translation>Сохранить копию…</translation>
        </message>
        <message>
            <source>This workshop file is damaged, so it is open read-only and nothing more can be lost. Open the latest good backup to carry on.</source>
            <translation>Этот файл семинара поврежден, поэтому он открыт только для чтения, чтобы больше ничего не потерять. Чтобы продолжить, откройте последнюю исправную резервную копию.</translation>
        </message>
        <message>
            <source>Open the latest good backup</source>
            <translation>Открыть последнюю исправную резервную копию</translation>
        </message>
        <message>
            <source>This workshop is read-only (%1). Save a copy to make changes.</source>
            <translation>Этот семинар открыт только для чтения (%1). Чтобы внести изменения, сохраните копию.</translation>
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation>UPR Desktop</translation>
        </message>
        <message>
            <source>All States under review</source>
            <translation>Все государства — объекты обзора</translation>
        </message>
        <message>
            <source>WORKSHOP STEPS</source>
            <translation>ЭТАПЫ СЕМИНАРА</translation>
        </message>
        <message>
            <source>Workshop steps</source>
            <translation>Этапы семинара</translation>
        </message>
        <message>
            <source>it is open in another window</source>
            <translation>он открыт в другом окне</translation>
        </message>
        <message>
            <source>opened read-only</source>
            <translation>открыт только для чтения</translation>
        </message>
        <message>
            <source>its folder can't be written to, e.g. a locked USB stick</source>
            <translation>в его папку нельзя записывать (например, USB-накопитель защищен от записи)</translation>
        </message>
        <message>
            <source>the file can't be written to</source>
            <translation>в файл нельзя записывать</translation>
        </message>
        <message>
            <source>Checking the whole workshop file in the background…</source>
            <translation>Проверка всего файла семинара в фоновом режиме…</translation>
        </message>
        <message>
            <source>The workshop file was checked: it is sound.</source>
            <translation>Файл семинара проверен: он исправен.</translation>
        </message>
        <message>
            <source>Open workshop</source>
            <translation>Открытие семинара</translation>
        </message>
        <message>
            <source>“%1” is damaged: SQLite's check of the whole file found a problem. It is now open read-only, so nothing more can be lost.</source>
            <translation>«%1» поврежден: проверка всего файла средствами SQLite выявила проблему. Теперь он открыт только для чтения, чтобы больше ничего не потерять.</translation>
        </message>
        <message>
            <source>Open its latest good backup to carry on.</source>
            <translation>Чтобы продолжить, откройте его последнюю исправную резервную копию.</translation>
        </message>
        <message>
            <source>There is no good backup of it; save a copy to keep what can still be read.</source>
            <translation>Исправной резервной копии нет; сохраните копию, чтобы не потерять то, что еще можно прочитать.</translation>
        </message>
        <message>
            <source>Damaged workshop file</source>
            <translation>Поврежденный файл семинара</translation>
        </message>
        <message>
            <source>There is no good backup of “%1”. Save a copy to keep what can still be read.</source>
            <translation>Исправной резервной копии «%1» нет. Сохраните копию, чтобы не потерять то, что еще можно прочитать.</translation>
        </message>
        <message>
            <source>You are working on the backup of %1, saved as %2</source>
            <translation>Вы работаете с резервной копией %1, сохраненной как %2</translation>
        </message>
        <message>
            <source>Workshop not opened</source>
            <translation>Семинар не открыт</translation>
        </message>
        <message>
            <source>Save a cleaned copy…</source>
            <translation>Сохранить очищенную копию…</translation>
        </message>
        <message>
            <source>Save a cleaned copy</source>
            <translation>Сохранение очищенной копии</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>Семинары UPR Desktop (*.uprw)</translation>
        </message>
        <message>
            <source>You are working on the cleaned copy: %1</source>
            <translation>Вы работаете с очищенной копией: %1</translation>
        </message>
        <message>
            <source>This workshop was upgraded to the current format; a copy of the original was kept in the backups folder.</source>
            <translation>Этот семинар обновлен до текущего формата; копия оригинала сохранена в папке резервных копий.</translation>
        </message>
        <message>
            <source>“%1” is damaged: part of it can't be read, so it was closed and nothing was changed.</source>
            <translation>«%1» поврежден: часть его не читается, поэтому он закрыт, и ничего не изменено.</translation>
        </message>
        <message>
            <source>Workshop in use</source>
            <translation>Семинар используется</translation>
        </message>
        <message>
            <source>Open read-only</source>
            <translation>Открыть только для чтения</translation>
        </message>
        <message>
            <source>Open the demo workshop</source>
            <translation>Открыть демонстрационный семинар</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>Новый семинар…</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>Открыть семинар…</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw);;All files (*)</source>
            <translation>Семинары UPR Desktop (*.uprw);;Все файлы (*)</translation>
        </message>
        <message>
            <source>Open demo workshop</source>
            <translation>Открытие демонстрационного семинара</translation>
        </message>
        <message>
            <source>The demo workshop is open in another window of UPR Desktop. Close it there first, then start the demo afresh.</source>
            <translation>Демонстрационный семинар открыт в другом окне UPR Desktop. Сначала закройте его там, затем начните демонстрацию заново.</translation>
        </message>
        <message>
            <source>Start the demo afresh</source>
            <translation>Начать демонстрацию заново</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy?

Everything done in it is lost: the ballots cast, the rounds opened and closed, the participants' codes, and every change to its recommendations, clusters and charter.</source>
            <translation>Заменить демонстрационный семинар новой копией?

Все, что в нем сделано, будет потеряно: поданные бюллетени, открытые и закрытые туры голосования, коды участников и все изменения в рекомендациях, тематических группах и хартии.</translation>
        </message>
        <message>
            <source>Import recommendations</source>
            <translation>Импорт рекомендаций</translation>
        </message>
        <message>
            <source>Recommendations are imported into a workshop. Create a new workshop for “%1”?</source>
            <translation>Рекомендации импортируются в семинар. Создать новый семинар для «%1»?</translation>
        </message>
        <message>
            <source>No recent workshops</source>
            <translation>Последних семинаров нет</translation>
        </message>
        <message>
            <source>Save a copy of the workshop</source>
            <translation>Сохранение копии семинара</translation>
        </message>
        <message>
            <source>Save a copy</source>
            <translation>Сохранить копию</translation>
        </message>
        <message>
            <source>You are now working on the copy: %1</source>
            <translation>Теперь вы работаете с копией: %1</translation>
        </message>
        <message>
            <source>A copy was saved to %1</source>
            <translation>Копия сохранена в %1</translation>
        </message>
        <message>
            <source>The workshop is encrypted.</source>
            <translation>Семинар зашифрован.</translation>
        </message>
        <message>
            <source>The passphrase was changed.</source>
            <translation>Парольная фраза изменена.</translation>
        </message>
        <message>
            <source>Zoom: Ctrl + and Ctrl − change it, Ctrl 0 resets it</source>
            <translation>Масштаб: Ctrl + и Ctrl − меняют его, Ctrl 0 сбрасывает</translation>
        </message>
        <message>
            <source>Projector mode on: high contrast and large type. F5 turns it off.</source>
            <translation>Режим проектора включен: высокая контрастность и крупный шрифт. F5 выключает его.</translation>
        </message>
        <message>
            <source>Projector mode off.</source>
            <translation>Режим проектора выключен.</translation>
        </message>
        <message>
            <source>Locked — UPR Desktop</source>
            <translation>Заблокировано — UPR Desktop</translation>
        </message>
        <message>
            <source>%1 — UPR Desktop</source>
            <translation>%1 — UPR Desktop</translation>
        </message>
        <message>
            <source>[read-only]</source>
            <translation>[только для чтения]</translation>
        </message>
    </context>
    <context>
        <name>MarkdownEditor</name>
        <message>
            <source>Heading</source>
            <translation>Заголовок</translation>
        </message>
        <message>
            <source>Make the paragraph a heading</source>
            <translation>Сделать абзац заголовком</translation>
        </message>
        <message>
            <source>B</source>
            <translation>Ж</translation>
        </message>
        <message>
            <source>Bold (Ctrl+B)</source>
            <translation>Полужирный (Ctrl+B)</translation>
        </message>
        <message>
            <source>I</source>
            <translation>К</translation>
        </message>
        <message>
            <source>Italic (Ctrl+I)</source>
            <translation>Курсив (Ctrl+I)</translation>
        </message>
        <message>
            <source>Bullets</source>
            <translation>Маркеры</translation>
        </message>
        <message>
            <source>Bulleted list</source>
            <translation>Маркированный список</translation>
        </message>
        <message>
            <source>Numbers</source>
            <translation>Нумерация</translation>
        </message>
        <message>
            <source>Numbered list</source>
            <translation>Нумерованный список</translation>
        </message>
    </context>
    <context>
        <name>Mid-term report</name>
        <message>
            <source>Prepared on {date}</source>
            <translation>Подготовлен {date}</translation>
        </message>
        <message>
            <source>Summary</source>
            <translation>Резюме</translation>
        </message>
        <message numerus="yes">
            <source>Organisations disagree on %n recommendation(s); each organisation's assessment is shown.</source>
            <translation>
                <numerusform>Мнения организаций расходятся по %n рекомендации; приводится оценка каждой организации.</numerusform>
                <numerusform>Мнения организаций расходятся по %n рекомендациям; приводится оценка каждой организации.</numerusform>
                <numerusform>Мнения организаций расходятся по %n рекомендациям; приводится оценка каждой организации.</numerusform>
            </translation>
        </message>
        <message>
            <source>The charter's priorities</source>
            <translation>Приоритеты хартии</translation>
        </message>
        <message>
            <source>Organisations disagree:</source>
            <translation>Мнения организаций расходятся:</translation>
        </message>
        <message>
            <source>{assessor} ({date}): {status}.</source>
            <translation>{assessor} ({date}): {status}.</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Кем рекомендовано</translation>
        </message>
        <message>
            <source>Assessment</source>
            <translation>Оценка</translation>
        </message>
        <message>
            <source>Methodology</source>
            <translation>Методология</translation>
        </message>
        <message>
            <source>nobody yet</source>
            <translation>пока никем</translation>
        </message>
        <message>
            <source>Each recommendation was assessed as not implemented, partially implemented, fully implemented or with no information, with a short justification and the evidence it rests on.</source>
            <translation>Каждая рекомендация была оценена как неосуществленная, осуществленная частично, осуществленная полностью или как рекомендация, по которой нет информации, с кратким обоснованием и указанием доказательств, на которых основана оценка.</translation>
        </message>
        <message>
            <source>Assessed by: {who}, between {first} and {last}.</source>
            <translation>Оценку провели: {who}, в период с {first} по {last}.</translation>
        </message>
        <message>
            <source>Assessed by: {who}.</source>
            <translation>Оценку провели: {who}.</translation>
        </message>
        <message>
            <source>Sources: {sources}.</source>
            <translation>Источники: {sources}.</translation>
        </message>
        <message>
            <source>Status: {status}</source>
            <translation>Статус: {status}</translation>
        </message>
        <message>
            <source>(recommendations {references})</source>
            <translation>(рекомендации {references})</translation>
        </message>
        <message>
            <source>{assessor}, {date}: {status}.</source>
            <translation>{assessor}, {date}: {status}.</translation>
        </message>
        <message>
            <source>{value} in {period} ({source})</source>
            <translation>{value} за {period} ({source})</translation>
        </message>
        <message>
            <source>no value yet</source>
            <translation>значения пока нет</translation>
        </message>
        <message>
            <source>Indicator — {name}: {values}</source>
            <translation>Показатель — {name}: {values}</translation>
        </message>
        <message>
            <source>Annex: evidence</source>
            <translation>Приложение: доказательства</translation>
        </message>
        <message>
            <source>Evidence</source>
            <translation>Доказательства</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Вид</translation>
        </message>
        <message>
            <source>Source</source>
            <translation>Источник</translation>
        </message>
        <message>
            <source>Link or file</source>
            <translation>Ссылка или файл</translation>
        </message>
        <message>
            <source>Other recommendations</source>
            <translation>Другие рекомендации</translation>
        </message>
        <message>
            <source>cycle {cycle}, review of {date}</source>
            <translation>цикл {cycle}, обзор от {date}</translation>
        </message>
        <message>
            <source>cycle {cycle}</source>
            <translation>цикл {cycle}</translation>
        </message>
        <message>
            <source>review of {date}</source>
            <translation>обзор от {date}</translation>
        </message>
        <message>
            <source>Mid-term report on the implementation of the UPR recommendations to {country}</source>
            <translation>Среднесрочный доклад об осуществлении рекомендаций, вынесенных в ходе УПО государству {country}</translation>
        </message>
        <message>
            <source>Mid-term report on the implementation of UPR recommendations</source>
            <translation>Среднесрочный доклад об осуществлении рекомендаций УПО</translation>
        </message>
        <message>
            <source>Following up the {workshop}</source>
            <translation>Последующая деятельность по итогам семинара «{workshop}»</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) followed up. Their current status is the latest assessment of each; where organisations disagree, both assessments are shown.</source>
            <translation>
                <numerusform>Отслеживается %n рекомендация. Текущий статус каждой — последняя оценка по ней; если организации расходятся во мнениях, приводятся обе оценки.</numerusform>
                <numerusform>Отслеживаются %n рекомендации. Текущий статус каждой — последняя оценка по ней; если организации расходятся во мнениях, приводятся обе оценки.</numerusform>
                <numerusform>Отслеживается %n рекомендаций. Текущий статус каждой — последняя оценка по ней; если организации расходятся во мнениях, приводятся обе оценки.</numerusform>
            </translation>
        </message>
        <message>
            <source>Status over time</source>
            <translation>Статус во времени</translation>
        </message>
        <message numerus="yes">
            <source>Organisations disagree on %n recommendation(s); each organisation's assessment is shown below.</source>
            <translation>
                <numerusform>Мнения организаций расходятся по %n рекомендации; ниже приводится оценка каждой организации.</numerusform>
                <numerusform>Мнения организаций расходятся по %n рекомендациям; ниже приводится оценка каждой организации.</numerusform>
                <numerusform>Мнения организаций расходятся по %n рекомендациям; ниже приводится оценка каждой организации.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s) were made again at the next review.</source>
            <translation>
                <numerusform>%n рекомендация была вынесена повторно в ходе следующего обзора.</numerusform>
                <numerusform>%n рекомендации были вынесены повторно в ходе следующего обзора.</numerusform>
                <numerusform>%n рекомендаций было вынесено повторно в ходе следующего обзора.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} (%n assessment(s))</source>
            <translation>
                <numerusform>{name} (%n оценка)</numerusform>
                <numerusform>{name} (%n оценки)</numerusform>
                <numerusform>{name} (%n оценок)</numerusform>
            </translation>
        </message>
        <message>
            <source>Each recommendation was assessed as not implemented, partially implemented, fully implemented or with no information, with a short justification and the evidence it rests on, following UPR Info's mid-term assessment method.</source>
            <translation>Каждая рекомендация была оценена как неосуществленная, осуществленная частично, осуществленная полностью или как рекомендация, по которой нет информации, с кратким обоснованием и указанием доказательств, на которых основана оценка, в соответствии с методом среднесрочной оценки UPR Info.</translation>
        </message>
        <message numerus="yes">
            <source>%n evidence item(s) are listed in the annex and cited as E1, E2 …</source>
            <translation>
                <numerusform>%n доказательство приведено в приложении и обозначено как E1, E2…</numerusform>
                <numerusform>%n доказательства приведены в приложении и обозначены как E1, E2…</numerusform>
                <numerusform>%n доказательств приведено в приложении и обозначено как E1, E2…</numerusform>
            </translation>
        </message>
        <message>
            <source>recommendations {references}</source>
            <translation>рекомендации {references}</translation>
        </message>
        <message>
            <source>Due</source>
            <translation>Срок</translation>
        </message>
        <message>
            <source>Milestone</source>
            <translation>Промежуточный этап</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Государство</translation>
        </message>
        <message>
            <source>Recommendation and response</source>
            <translation>Рекомендация и ответ</translation>
        </message>
        <message>
            <source>By {states}</source>
            <translation>Автор: {states}</translation>
        </message>
        <message>
            <source>Repeats {reference} of the previous review</source>
            <translation>Повторяет рекомендацию {reference} предыдущего обзора</translation>
        </message>
        <message>
            <source>File {name}, SHA-256 {digest}</source>
            <translation>Файл {name}, SHA-256 {digest}</translation>
        </message>
        <message>
            <source>Prepared {date}</source>
            <translation>Подготовлен {date}</translation>
        </message>
        <message>
            <source>UPR mid-term report</source>
            <translation>Среднесрочный доклад по УПО</translation>
        </message>
    </context>
    <context>
        <name>Monitoring matrix</name>
        <message>
            <source>Reference</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>Assessed by</source>
            <translation>Кем оценено</translation>
        </message>
        <message>
            <source>Justification</source>
            <translation>Обоснование</translation>
        </message>
        <message>
            <source>Assessors disagree</source>
            <translation>Оценки организаций расходятся</translation>
        </message>
        <message>
            <source>Evidence items</source>
            <translation>Доказательства</translation>
        </message>
        <message>
            <source>Earlier recommendation</source>
            <translation>Более ранняя рекомендация</translation>
        </message>
        <message>
            <source>{reference} (session {session})</source>
            <translation>{reference} (сессия {session})</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>Monitoring matrix</source>
            <translation>Матрица мониторинга</translation>
        </message>
        <message>
            <source>Counts leave out confidential items.</source>
            <translation>Конфиденциальные материалы не учитываются в подсчетах.</translation>
        </message>
    </context>
    <context>
        <name>NamesPeopleDialog</name>
        <message>
            <source>This file names people</source>
            <translation>В этом файле указаны имена людей</translation>
        </message>
        <message>
            <source>{who} Anyone who gets the file, or finds it on this computer, learns who took part. Where taking part is a risk, save it without the names.</source>
            <translation>{who} Любой, кто получит этот файл или найдет его на этом компьютере, узнает, кто участвовал. Если участие сопряжено с риском, сохраните файл без имен.</translation>
        </message>
        <message>
            <source>Save without names…</source>
            <translation>Сохранить без имен…</translation>
        </message>
        <message>
            <source>Save with names…</source>
            <translation>Сохранить с именами…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>NewWorkshopDialog</name>
        <message>
            <source>New workshop</source>
            <translation>Новый семинар</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>Обзор…</translation>
        </message>
        <message>
            <source>WHERE TO SAVE IT</source>
            <translation>ГДЕ СОХРАНИТЬ</translation>
        </message>
        <message>
            <source>File</source>
            <translation>Файл</translation>
        </message>
        <message>
            <source>One file holds the whole workshop. Keep it on this laptop and back it up to a USB stick; it never goes online.</source>
            <translation>Весь семинар хранится в одном файле. Держите его на этом ноутбуке и делайте резервную копию на USB-накопитель; файл никогда не передается через интернет.</translation>
        </message>
        <message>
            <source>Create workshop</source>
            <translation>Создать семинар</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Encrypt it with a passphrase</source>
            <translation>Зашифровать его парольной фразой</translation>
        </message>
        <message>
            <source>Recommended when the workshop will hold names, comments or testimony: a lost or seized laptop then gives nothing away.</source>
            <translation>Рекомендуется, если в семинаре будут имена, комментарии или свидетельства: тогда утерянный или изъятый ноутбук ничего не выдаст.</translation>
        </message>
        <message>
            <source>Describe the review this workshop follows up. Everything except the title can be filled in or changed later.</source>
            <translation>Опишите обзор, по итогам которого проводится этот семинар. Все, кроме названия, можно заполнить или изменить позже.</translation>
        </message>
        <message>
            <source>Save the new workshop as</source>
            <translation>Сохранить новый семинар как</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>Семинары UPR Desktop (*.uprw)</translation>
        </message>
        <message>
            <source>Choose where to save the workshop file.</source>
            <translation>Выберите, где сохранить файл семинара.</translation>
        </message>
        <message>
            <source>Set the workshop's passphrase</source>
            <translation>Задайте парольную фразу семинара</translation>
        </message>
        <message>
            <source>“{name}” will be encrypted with it, and it is asked for every time the file is opened.</source>
            <translation>«{name}» будет зашифрован с этой фразой, и она будет запрашиваться при каждом открытии файла.</translation>
        </message>
        <message>
            <source>The workshop could not be created at “{path}”: {reason}. Choose another place.</source>
            <translation>Не удалось создать семинар в «{path}»: {reason}. Выберите другое место.</translation>
        </message>
    </context>
    <context>
        <name>NoteCard</name>
        <message>
            <source>%1 · edited</source>
            <translation>%1 · изменено</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
    </context>
    <context>
        <name>OpenPassphraseDialog</name>
        <message>
            <source>Open an encrypted workshop</source>
            <translation>Открытие зашифрованного семинара</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>“{name}” is encrypted. Type its passphrase, or its recovery key, to open it.</source>
            <translation>«{name}» зашифрован. Чтобы открыть его, введите его парольную фразу или ключ восстановления.</translation>
        </message>
        <message>
            <source>Type the passphrase first.</source>
            <translation>Сначала введите парольную фразу.</translation>
        </message>
        <message>
            <source>That passphrase does not open “{name}”. Nothing was changed. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation>Эта парольная фраза не открывает «{name}». Ничего не изменено. Проверьте раскладку клавиатуры и Caps Lock и повторите попытку.</translation>
        </message>
    </context>
    <context>
        <name>OptionalDateEdit</name>
        <message>
            <source>Not set</source>
            <translation>Не задана</translation>
        </message>
        <message>
            <source>Clear the date</source>
            <translation>Очистить дату</translation>
        </message>
        <message>
            <source>Saved as “{text}”</source>
            <translation>Сохранено как «{text}»</translation>
        </message>
    </context>
    <context>
        <name>OrganisationTableModel</name>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Люди</translation>
        </message>
        <message>
            <source>%1 — double-click or press F2 to rename</source>
            <translation>%1 — дважды щелкните или нажмите F2, чтобы переименовать</translation>
        </message>
    </context>
    <context>
        <name>OutcomeCharter</name>
        <message>
            <source>National</source>
            <translation>Национальный</translation>
        </message>
        <message>
            <source>Regional</source>
            <translation>Региональный</translation>
        </message>
        <message>
            <source>International</source>
            <translation>Международный</translation>
        </message>
        <message>
            <source>Not started</source>
            <translation>Не начато</translation>
        </message>
        <message>
            <source>In progress</source>
            <translation>Осуществляется</translation>
        </message>
        <message>
            <source>Partially implemented</source>
            <translation>Осуществлено частично</translation>
        </message>
        <message>
            <source>Fully implemented</source>
            <translation>Осуществлено полностью</translation>
        </message>
        <message>
            <source>The charter needs a title before it is adopted.</source>
            <translation>Прежде чем хартия будет принята, у нее должно быть название.</translation>
        </message>
        <message>
            <source>A charter is adopted for its priorities, and this one has none yet. Add at least one priority (from a cluster, from recommendations, or from a closed voting round).</source>
            <translation>Хартия принимается ради ее приоритетов, а в этой хартии их пока нет. Добавьте хотя бы один приоритет (из тематической группы, из рекомендаций или из закрытого тура голосования).</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets]: {listed}; and {more} more.</source>
            <translation>В хартии еще остались указания шаблона в [квадратных скобках]: {listed} и еще {more}.</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets]: {listed}.</source>
            <translation>В хартии еще остались указания шаблона в [квадратных скобках]: {listed}.</translation>
        </message>
        <message>
            <source>This workshop already has a charter. Starting again from a template replaces it (you can undo that).</source>
            <translation>У этого семинара уже есть хартия. Если начать заново с шаблона, она будет заменена (это действие можно отменить).</translation>
        </message>
        <message>
            <source>a blank charter</source>
            <translation>пустая хартия</translation>
        </message>
        <message>
            <source>Start the charter from {name}</source>
            <translation>Начать хартию с шаблона «{name}»</translation>
        </message>
        <message>
            <source>Replace the charter with {name}</source>
            <translation>Заменить хартию шаблоном «{name}»</translation>
        </message>
        <message>
            <source>Edit the charter</source>
            <translation>Изменить хартию</translation>
        </message>
        <message>
            <source>Add a section</source>
            <translation>Добавить раздел</translation>
        </message>
        <message>
            <source>This section is no longer in the charter.</source>
            <translation>Этого раздела больше нет в хартии.</translation>
        </message>
        <message>
            <source>Edit “{heading}”</source>
            <translation>Изменить «{heading}»</translation>
        </message>
        <message>
            <source>Edit a section</source>
            <translation>Изменить раздел</translation>
        </message>
        <message>
            <source>Delete the section “{heading}”</source>
            <translation>Удалить раздел «{heading}»</translation>
        </message>
        <message>
            <source>Delete a section</source>
            <translation>Удаление раздела</translation>
        </message>
        <message>
            <source>The priority needs a title.</source>
            <translation>Укажите название приоритета.</translation>
        </message>
        <message>
            <source>This cluster is no longer in the workshop.</source>
            <translation>Этой тематической группы больше нет в семинаре.</translation>
        </message>
        <message>
            <source>Add the priority “{title}”</source>
            <translation>Добавить приоритет «{title}»</translation>
        </message>
        <message>
            <source>“{name}” is already priority {n} of the charter.</source>
            <translation>«{name}» уже является приоритетом {n} хартии.</translation>
        </message>
        <message>
            <source>This priority is no longer in the charter.</source>
            <translation>Этого приоритета больше нет в хартии.</translation>
        </message>
        <message>
            <source>Edit the priority “{title}”</source>
            <translation>Изменить приоритет «{title}»</translation>
        </message>
        <message>
            <source>Delete the priority “{title}”</source>
            <translation>Удалить приоритет «{title}»</translation>
        </message>
        <message>
            <source>Take at least the first priority: the number must be 1 or more.</source>
            <translation>Возьмите хотя бы первый приоритет: число должно быть не меньше 1.</translation>
        </message>
        <message>
            <source>“{title}” has no candidates to take as priorities.</source>
            <translation>В туре «{title}» нет кандидатов, которых можно взять в качестве приоритетов.</translation>
        </message>
        <message>
            <source>Priorities from “{title}”</source>
            <translation>Приоритеты из тура «{title}»</translation>
        </message>
        <message>
            <source>Took {rows_count} priorities from the voting round “{title}” ({added} new)</source>
            <translation>Из тура голосования «{title}» взято приоритетов: {rows_count} (новых: {added})</translation>
        </message>
        <message>
            <source>The action point is empty.</source>
            <translation>Пункт действий пуст.</translation>
        </message>
        <message>
            <source>Add a {label} action point</source>
            <translation>Добавить пункт действий ({label} уровень)</translation>
        </message>
        <message>
            <source>This action point is no longer in the charter.</source>
            <translation>Этого пункта действий больше нет в хартии.</translation>
        </message>
        <message>
            <source>The action point is empty. Delete it instead.</source>
            <translation>Пункт действий пуст. Вместо этого удалите его.</translation>
        </message>
        <message>
            <source>Edit an action point</source>
            <translation>Изменить пункт действий</translation>
        </message>
        <message>
            <source>Delete an action point</source>
            <translation>Удалить пункт действий</translation>
        </message>
        <message>
            <source>Add the endorsement of {organisation}</source>
            <translation>Добавить одобрение организации {organisation}</translation>
        </message>
        <message>
            <source>This endorsement is no longer in the charter.</source>
            <translation>Этого одобрения больше нет в хартии.</translation>
        </message>
        <message>
            <source>Edit an endorsement</source>
            <translation>Изменить одобрение</translation>
        </message>
        <message>
            <source>Edit the endorsement of {organisation}</source>
            <translation>Изменить одобрение организации {organisation}</translation>
        </message>
        <message>
            <source>Delete the endorsement of {organisation}</source>
            <translation>Удалить одобрение организации {organisation}</translation>
        </message>
        <message>
            <source>No organisations are registered yet. Register the participants with their organisations first, or add endorsements one by one.</source>
            <translation>Организации еще не зарегистрированы. Сначала зарегистрируйте участников с их организациями или добавляйте одобрения по одному.</translation>
        </message>
        <message>
            <source>Every registered organisation is already in the list of endorsements.</source>
            <translation>Все зарегистрированные организации уже есть в списке одобрений.</translation>
        </message>
        <message numerus="yes">
            <source>Add %n endorsement(s) from the registered organisations</source>
            <translation>
                <numerusform>Добавить %n одобрение от зарегистрированных организаций</numerusform>
                <numerusform>Добавить %n одобрения от зарегистрированных организаций</numerusform>
                <numerusform>Добавить %n одобрений от зарегистрированных организаций</numerusform>
            </translation>
        </message>
        <message>
            <source>Say which part of the charter the comment is on.</source>
            <translation>Укажите, к какой части хартии относится комментарий.</translation>
        </message>
        <message>
            <source>The comment is empty.</source>
            <translation>Комментарий пуст.</translation>
        </message>
        <message>
            <source>This participant is no longer registered. Leave the comment anonymously instead.</source>
            <translation>Этот участник больше не зарегистрирован. Вместо этого оставьте комментарий анонимно.</translation>
        </message>
        <message>
            <source>Add a comment</source>
            <translation>Добавить комментарий</translation>
        </message>
        <message>
            <source>This comment is no longer there.</source>
            <translation>Этого комментария больше нет.</translation>
        </message>
        <message>
            <source>Resolve a comment</source>
            <translation>Отметить комментарий как решенный</translation>
        </message>
        <message>
            <source>Reopen a comment</source>
            <translation>Снова открыть комментарий</translation>
        </message>
        <message>
            <source>Delete a comment</source>
            <translation>Удалить комментарий</translation>
        </message>
        <message>
            <source>Give the version a name, such as “Draft after day 1”.</source>
            <translation>Дайте версии название, например «Проект после первого дня».</translation>
        </message>
        <message>
            <source>There is no charter to save yet. Start one first.</source>
            <translation>Хартии для сохранения пока нет. Сначала начните ее.</translation>
        </message>
        <message>
            <source>Save the version “{name}”</source>
            <translation>Сохранить версию «{name}»</translation>
        </message>
        <message>
            <source>Restore the version “{name}”</source>
            <translation>Восстановить версию «{name}»</translation>
        </message>
        <message>
            <source>Give the date of adoption as a full date, such as 2025-03-14.</source>
            <translation>Укажите дату принятия полностью, например 2025-03-14.</translation>
        </message>
        <message>
            <source>Say where the charter is adopted.</source>
            <translation>Укажите, где принимается хартия.</translation>
        </message>
        <message>
            <source>This charter was adopted on {adopted_on} in {adopted_at_place} and has not changed since.</source>
            <translation>Эта хартия была принята {adopted_on} в {adopted_at_place} и с тех пор не изменялась.</translation>
        </message>
        <message>
            <source>1 of the chosen recommendations is no longer in the workshop (deleted since). Choose again.</source>
            <translation>1 из выбранных рекомендаций больше нет в семинаре (она была удалена). Выберите еще раз.</translation>
        </message>
        <message numerus="yes">
            <source>%n of the chosen recommendations are no longer in the workshop (deleted since). Choose again.</source>
            <translation>
                <numerusform>%n из выбранных рекомендаций больше нет в семинаре (они были удалены). Выберите еще раз.</numerusform>
                <numerusform>%n из выбранных рекомендаций больше нет в семинаре (они были удалены). Выберите еще раз.</numerusform>
                <numerusform>%n из выбранных рекомендаций больше нет в семинаре (они были удалены). Выберите еще раз.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{level}” is not a level: choose national, regional or international.</source>
            <translation>«{level}» не является уровнем: выберите национальный, региональный или международный.</translation>
        </message>
        <message>
            <source>“{status}” is not an implementation status.</source>
            <translation>«{status}» не является статусом осуществления.</translation>
        </message>
        <message>
            <source>Milestone {n}: “{due}” is not a date. Write the year, the year and month, or the full date: 2027, 2027-06 or 2027-06-30.</source>
            <translation>Промежуточный этап {n}: «{due}» не является датой. Укажите год, год и месяц или полную дату: 2027, 2027-06 или 2027-06-30.</translation>
        </message>
        <message>
            <source>The endorsement needs the organisation's name, as it signs.</source>
            <translation>Для одобрения нужно название организации в том виде, в каком она подписывается.</translation>
        </message>
        <message>
            <source>There is no saved version {version_id} of the charter.</source>
            <translation>Сохраненной версии хартии {version_id} не существует.</translation>
        </message>
        <message>
            <source>“{value}” is not a level: choose national, regional or international.</source>
            <translation>«{value}» не является уровнем: выберите национальный, региональный или международный.</translation>
        </message>
        <message>
            <source>Edit the charter's details</source>
            <translation>Изменить сведения о хартии</translation>
        </message>
        <message>
            <source>Edit the charter's title</source>
            <translation>Изменить название хартии</translation>
        </message>
        <message>
            <source>Edit the charter's place</source>
            <translation>Изменить место проведения в хартии</translation>
        </message>
        <message>
            <source>Edit the charter's dates</source>
            <translation>Изменить даты в хартии</translation>
        </message>
        <message>
            <source>Edit the charter's organisers</source>
            <translation>Изменить организаторов в хартии</translation>
        </message>
        <message>
            <source>Edit the charter's preamble</source>
            <translation>Изменить преамбулу хартии</translation>
        </message>
        <message>
            <source>Edit the charter's monitoring arrangement</source>
            <translation>Изменить порядок мониторинга в хартии</translation>
        </message>
        <message>
            <source>Move a section</source>
            <translation>Переместить раздел</translation>
        </message>
        <message>
            <source>Move a priority</source>
            <translation>Переместить приоритет</translation>
        </message>
        <message>
            <source>Move an action point</source>
            <translation>Переместить пункт действий</translation>
        </message>
        <message>
            <source>Move an endorsement</source>
            <translation>Переместить одобрение</translation>
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
            <translation>{name}  (проголосовал(а))</translation>
        </message>
        <message>
            <source>{name}  (no organisation)</source>
            <translation>{name}  (без организации)</translation>
        </message>
        <message>
            <source>Paper ballots: %1</source>
            <translation>Бумажные бюллетени: %1</translation>
        </message>
        <message>
            <source>Enter paper ballots</source>
            <translation>Ввод бумажных бюллетеней</translation>
        </message>
        <message>
            <source>“%1” · %2</source>
            <translation>«%1» · %2</translation>
        </message>
        <message>
            <source>Whose ballot is this?</source>
            <translation>Чей это бюллетень?</translation>
        </message>
        <message>
            <source>Find a name</source>
            <translation>Найти имя</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Secret round: the ballot is saved with no link to the person; only that they have voted is recorded.</source>
            <translation>Тайный тур голосования: бюллетень сохраняется без какой-либо связи с человеком; записывается только то, что человек проголосовал.</translation>
        </message>
        <message>
            <source>Open round: the ballot is recorded with the person's name.</source>
            <translation>Открытый тур голосования: бюллетень записывается с именем человека.</translation>
        </message>
        <message>
            <source>Ballot code on the paper, e.g. K7QP4-XMD2A</source>
            <translation>Код бюллетеня на бумаге, например K7QP4-XMD2A</translation>
        </message>
        <message>
            <source>Ballot code</source>
            <translation>Код бюллетеня</translation>
        </message>
        <message>
            <source>Ballot code written on this paper ballot</source>
            <translation>Код бюллетеня, написанный на этом бумажном бюллетене</translation>
        </message>
        <message>
            <source>Ballot-code round: the code is spent with the ballot, and nobody's name is recorded. A paper ballot without a valid, unused code can't be entered.</source>
            <translation>Тур голосования с кодами бюллетеней: код погашается вместе с бюллетенем, и ничье имя не записывается. Бумажный бюллетень без действительного неиспользованного кода ввести нельзя.</translation>
        </message>
        <message>
            <source>Clear this ballot</source>
            <translation>Очистить этот бюллетень</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>Закрыть</translation>
        </message>
        <message>
            <source>Save paper ballot</source>
            <translation>Сохранить бумажный бюллетень</translation>
        </message>
        <message numerus="yes">
            <source>%n paper ballot(s) saved here</source>
            <translation>
                <numerusform>Здесь сохранен %n бумажный бюллетень</numerusform>
                <numerusform>Здесь сохранено %n бумажных бюллетеня</numerusform>
                <numerusform>Здесь сохранено %n бумажных бюллетеней</numerusform>
            </translation>
        </message>
        <message>
            <source>Pick whose ballot this is first, in the list on the left.</source>
            <translation>Сначала выберите в списке слева, чей это бюллетень.</translation>
        </message>
        <message>
            <source>✓ Saved the paper ballot of %1. Enter the next one.</source>
            <translation>✓ Бумажный бюллетень участника %1 сохранен. Введите следующий.</translation>
        </message>
        <message>
            <source>Type the ballot code written on the paper ballot first.</source>
            <translation>Сначала введите код бюллетеня, написанный на бумажном бюллетене.</translation>
        </message>
        <message>
            <source>✓ Saved the paper ballot. Enter the next one.</source>
            <translation>✓ Бумажный бюллетень сохранен. Введите следующий.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantDialog</name>
        <message>
            <source>Edit participant</source>
            <translation>Изменение участника</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Добавление участника</translation>
        </message>
        <message>
            <source>Participant %1 · kiosk code %2</source>
            <translation>Участник %1 · код для киоска %2</translation>
        </message>
        <message>
            <source>Record only what the workshop needs. Someone who would rather not be named can be recorded by number or alias.</source>
            <translation>Записывайте только то, что нужно семинару. Того, кто предпочитает не называть себя, можно записать под номером или псевдонимом.</translation>
        </message>
        <message>
            <source>Record by number or alias only — store nothing identifying</source>
            <translation>Записать только под номером или псевдонимом — не хранить ничего, что позволяет установить личность</translation>
        </message>
        <message>
            <source>Name, organisation, focus and contact are left empty and are never saved. Outputs show “Participant %1” or the alias.</source>
            <translation>Имя, организация, тематическая направленность и контактные данные остаются пустыми и никогда не сохраняются. В материалах отображается «Участник %1» или псевдоним.</translation>
        </message>
        <message>
            <source>Full name</source>
            <translation>Полное имя</translation>
        </message>
        <message>
            <source>Choose or type an organisation</source>
            <translation>Выберите или введите организацию</translation>
        </message>
        <message>
            <source>e.g. women’s rights, disability, land</source>
            <translation>например, права женщин, инвалидность, земля</translation>
        </message>
        <message>
            <source>Optional: phone or e-mail, only if you will follow up</source>
            <translation>Необязательно: телефон или адрес электронной почты, только если вы будете поддерживать связь</translation>
        </message>
        <message>
            <source>May be named in printed and exported outputs</source>
            <translation>Имя можно указывать в печатных и экспортируемых материалах</translation>
        </message>
        <message>
            <source>Without consent, outputs show “Participant %1” instead of the name.</source>
            <translation>Без согласия в материалах вместо имени отображается «Участник %1».</translation>
        </message>
        <message>
            <source>Optional, e.g. “Delegate B”</source>
            <translation>Необязательно, например «Делегат Б»</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>Тематическая направленность</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контактные данные</translation>
        </message>
        <message>
            <source>Alias</source>
            <translation>Псевдоним</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Сохранить изменения</translation>
        </message>
        <message>
            <source>Write the person’s name, or switch on “Record by number or alias only”.</source>
            <translation>Введите имя человека или включите параметр «Записать только под номером или псевдонимом».</translation>
        </message>
    </context>
    <context>
        <name>ParticipantTableModel</name>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Имя</translation>
        </message>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Thematic focus</source>
            <translation>Тематическая направленность</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Контактные данные</translation>
        </message>
        <message>
            <source>Named in outputs</source>
            <translation>Указывается в материалах</translation>
        </message>
        <message>
            <source>Kiosk code</source>
            <translation>Код для киоска</translation>
        </message>
        <message>
            <source>Whether printed and exported outputs may use the person’s name</source>
            <translation>Можно ли использовать имя человека в печатных и экспортируемых материалах</translation>
        </message>
        <message>
            <source>The personal code the participant types at the voting laptop</source>
            <translation>Личный код, который участник вводит на ноутбуке для голосования</translation>
        </message>
        <message>
            <source>empty</source>
            <translation>пусто</translation>
        </message>
        <message>
            <source>Participant %1</source>
            <translation>Участник %1</translation>
        </message>
        <message>
            <source>No · by alias</source>
            <translation>Нет · под псевдонимом</translation>
        </message>
        <message>
            <source>No · by number</source>
            <translation>Нет · под номером</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Нет</translation>
        </message>
        <message>
            <source>Yes · anonymised</source>
            <translation>Да · обезличено</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Да</translation>
        </message>
        <message>
            <source>Recorded by number or alias only: nothing identifying is stored.</source>
            <translation>Только номер или псевдоним: ничего, что позволяет установить личность, не хранится.</translation>
        </message>
        <message>
            <source>Outputs name them as: %1</source>
            <translation>В материалах указывается как: %1</translation>
        </message>
        <message>
            <source>Typed at the voting laptop. Case, spaces and dashes don’t matter.</source>
            <translation>Вводится на ноутбуке для голосования. Регистр букв, пробелы и дефисы значения не имеют.</translation>
        </message>
    </context>
    <context>
        <name>Participants</name>
        <message>
            <source>Participant {number}</source>
            <translation>Участник {number}</translation>
        </message>
        <message>
            <source>The name is too long ({length} characters; at most {most}).</source>
            <translation>Имя слишком длинное (символов: {length}; допускается не более {most}).</translation>
        </message>
        <message>
            <source>The alias is too long ({length} characters; at most {most}).</source>
            <translation>Псевдоним слишком длинный (символов: {length}; допускается не более {most}).</translation>
        </message>
        <message>
            <source>The organisation is too long ({length} characters; at most {most}).</source>
            <translation>Название организации слишком длинное (символов: {length}; допускается не более {most}).</translation>
        </message>
        <message>
            <source>The thematic focus is too long ({length} characters; at most {most}).</source>
            <translation>Описание направления работы слишком длинное (символов: {length}; допускается не более {most}).</translation>
        </message>
        <message>
            <source>The contact is too long ({length} characters; at most {most}).</source>
            <translation>Контактные данные слишком длинные (символов: {length}; допускается не более {most}).</translation>
        </message>
        <message>
            <source>A participant recorded by number or alias only keeps no organisation, focus or contact.</source>
            <translation>Для участника, записанного только по номеру или псевдониму, не сохраняются организация, направление работы и контактные данные.</translation>
        </message>
        <message numerus="yes">
            <source>Added %n participant(s) from {file}.</source>
            <translation>
                <numerusform>Из {file} добавлен %n участник.</numerusform>
                <numerusform>Из {file} добавлено %n участника.</numerusform>
                <numerusform>Из {file} добавлено %n участников.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{added} %n already registered (same name and organisation) were not added again.</source>
            <translation>
                <numerusform>{added} %n уже зарегистрированный участник (с тем же именем и организацией) не добавлен повторно.</numerusform>
                <numerusform>{added} %n уже зарегистрированных участника (с тем же именем и организацией) не добавлены повторно.</numerusform>
                <numerusform>{added} %n уже зарегистрированных участников (с тем же именем и организацией) не добавлены повторно.</numerusform>
            </translation>
        </message>
        <message>
            <source>Add participant {label}</source>
            <translation>Добавить участника {label}</translation>
        </message>
        <message>
            <source>This participant is no longer registered.</source>
            <translation>Этот участник больше не зарегистрирован.</translation>
        </message>
        <message>
            <source>Edit participant {label}</source>
            <translation>Изменить участника {label}</translation>
        </message>
        <message numerus="yes">
            <source>Remove %n participant(s)</source>
            <translation>
                <numerusform>Удалить %n участника</numerusform>
                <numerusform>Удалить %n участников</numerusform>
                <numerusform>Удалить %n участников</numerusform>
            </translation>
        </message>
        <message>
            <source>{listed} took part in a vote, so the record of who voted would break. Participants who voted stay registered.</source>
            <translation>{listed} участвовали в голосовании, поэтому запись о том, кто голосовал, была бы нарушена. Проголосовавшие участники остаются зарегистрированными.</translation>
        </message>
        <message>
            <source>Import participants from {source_file}</source>
            <translation>Импортировать участников из {source_file}</translation>
        </message>
        <message>
            <source>The organisation needs a name.</source>
            <translation>Укажите название организации.</translation>
        </message>
        <message>
            <source>“{name}” of “{organisation}” is already registered (participant {number}).</source>
            <translation>«{name}» («{organisation}») уже зарегистрирован(а) как участник {number}.</translation>
        </message>
        <message>
            <source>“{name}” is already registered (participant {number}).</source>
            <translation>«{name}» уже зарегистрирован(а) как участник {number}.</translation>
        </message>
        <message>
            <source>“{label}”: {problems} Nothing was added.</source>
            <translation>«{label}»: {problems} Ничего не добавлено.</translation>
        </message>
        <message>
            <source>“{name}” is already in the list.</source>
            <translation>«{name}» уже есть в списке.</translation>
        </message>
        <message>
            <source>Add organisation {name}</source>
            <translation>Добавить организацию {name}</translation>
        </message>
        <message>
            <source>This organisation is no longer in the list.</source>
            <translation>Этой организации больше нет в списке.</translation>
        </message>
        <message>
            <source>Rename organisation {name}</source>
            <translation>Переименовать организацию {name}</translation>
        </message>
        <message>
            <source>{name} voted in a round as an organisation, so it stays in the list.</source>
            <translation>{name} голосовала в туре как организация, поэтому она остается в списке.</translation>
        </message>
        <message numerus="yes">
            <source>{name} has %n registered participant(s). Move or remove them first.</source>
            <translation>
                <numerusform>У организации {name} %n зарегистрированный участник. Сначала переместите или удалите его.</numerusform>
                <numerusform>У организации {name} %n зарегистрированных участника. Сначала переместите или удалите их.</numerusform>
                <numerusform>У организации {name} %n зарегистрированных участников. Сначала переместите или удалите их.</numerusform>
            </translation>
        </message>
        <message>
            <source>Remove organisation {name}</source>
            <translation>Удалить организацию {name}</translation>
        </message>
        <message>
            <source>Anonymise names in outputs</source>
            <translation>Обезличивать имена в материалах</translation>
        </message>
        <message>
            <source>Name consenting participants in outputs</source>
            <translation>Указывать в материалах имена участников, давших согласие</translation>
        </message>
    </context>
    <context>
        <name>ParticipantsPage</name>
        <message>
            <source>Participants</source>
            <translation>Участники</translation>
        </message>
        <message>
            <source>Add participant</source>
            <translation>Добавить участника</translation>
        </message>
        <message>
            <source>Register someone by hand</source>
            <translation>Зарегистрировать человека вручную</translation>
        </message>
        <message>
            <source>Import attendance list…</source>
            <translation>Импорт списка присутствующих…</translation>
        </message>
        <message>
            <source>Add everyone from a sign-in sheet saved as CSV or Excel</source>
            <translation>Добавить всех из листа регистрации, сохраненного в формате CSV или Excel</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <source>Edit the selected participant (Enter)</source>
            <translation>Изменить выбранного участника (Enter)</translation>
        </message>
        <message>
            <source>Remove</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Remove the selected participants (Del)</source>
            <translation>Удалить выбранных участников (Del)</translation>
        </message>
        <message>
            <source>Anonymise names in every output</source>
            <translation>Обезличить имена во всех материалах</translation>
        </message>
        <message>
            <source>PDFs, exports and the projector then show “Participant 7” instead of names, even for people who agreed to be named. Names stay on this page only.</source>
            <translation>Тогда в PDF, экспортируемых файлах и на проекторе вместо имен отображается «Участник 7», даже для тех, кто согласился на указание своего имени. Имена остаются только на этой странице.</translation>
        </message>
        <message>
            <source>Search names, organisations, focus, codes…</source>
            <translation>Поиск по именам, организациям, направлениям, кодам…</translation>
        </message>
        <message>
            <source>Search participants</source>
            <translation>Поиск участников</translation>
        </message>
        <message>
            <source>ORGANISATIONS</source>
            <translation>ОРГАНИЗАЦИИ</translation>
        </message>
        <message>
            <source>Organisations</source>
            <translation>Организации</translation>
        </message>
        <message>
            <source>New organisation</source>
            <translation>Новая организация</translation>
        </message>
        <message>
            <source>Name of a new organisation</source>
            <translation>Название новой организации</translation>
        </message>
        <message>
            <source>Add</source>
            <translation>Добавить</translation>
        </message>
        <message>
            <source>Rename</source>
            <translation>Переименовать</translation>
        </message>
        <message>
            <source>Rename the selected organisation (F2)</source>
            <translation>Переименовать выбранную организацию (F2)</translation>
        </message>
        <message>
            <source>Remove the selected organisation</source>
            <translation>Удалить выбранную организацию</translation>
        </message>
        <message>
            <source>Nobody is registered yet</source>
            <translation>Пока никто не зарегистрирован</translation>
        </message>
        <message>
            <source>Nobody registered yet</source>
            <translation>Пока никто не зарегистрирован</translation>
        </message>
        <message numerus="yes">
            <source>%n participant(s)</source>
            <translation>
                <numerusform>%n участник</numerusform>
                <numerusform>%n участника</numerusform>
                <numerusform>%n участников</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n organisation(s)</source>
            <translation>
                <numerusform>%n организация</numerusform>
                <numerusform>%n организации</numerusform>
                <numerusform>%n организаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recorded by number or alias</source>
            <translation>
                <numerusform>%n записан под номером или псевдонимом</numerusform>
                <numerusform>%n записаны под номером или псевдонимом</numerusform>
                <numerusform>%n записаны под номером или псевдонимом</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n participants removed. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Удален %n участник. Отменить: Ctrl+Z.</numerusform>
                <numerusform>Удалено %n участника. Отменить: Ctrl+Z.</numerusform>
                <numerusform>Удалено %n участников. Отменить: Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Showing %1 of %2</source>
            <translation>Показано: %1 из %2</translation>
        </message>
        <message>
            <source>Nobody matches “%1”.</source>
            <translation>Никто не соответствует запросу «%1».</translation>
        </message>
        <message>
            <source>This workshop is read-only, so nobody can be registered in it. Save a copy to register the participants there.</source>
            <translation>Этот семинар открыт только для чтения, поэтому регистрировать в нем никого нельзя. Сохраните копию, чтобы зарегистрировать участников в ней.</translation>
        </message>
        <message>
            <source>Register the people taking part so that they can vote at the shared laptop with a personal code. Add them one by one, or import the sign-in sheet you already have.

Anyone can be recorded by number or alias only, and nobody is named in an output without their consent.</source>
            <translation>Зарегистрируйте участников, чтобы они могли голосовать на общем ноутбуке с личным кодом. Добавляйте их по одному или импортируйте уже имеющийся лист регистрации.

Любого можно записать только под номером или псевдонимом, и ничье имя не указывается в материалах без согласия этого человека.</translation>
        </message>
        <message>
            <source>Yes · anonymised</source>
            <translation>Да · обезличено</translation>
        </message>
        <message>
            <source>%1 registered. Undo with Ctrl+Z.</source>
            <translation>Регистрация выполнена: %1. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>%1 registered. The search hides them.</source>
            <translation>Регистрация выполнена: %1. Запись скрыта текущим поиском.</translation>
        </message>
        <message>
            <source>Participant saved.</source>
            <translation>Участник сохранен.</translation>
        </message>
        <message>
            <source>this participant</source>
            <translation>этого участника</translation>
        </message>
        <message>
            <source>Remove %1 from the participants? Their kiosk code stops working. You can undo this with Ctrl+Z.</source>
            <translation>Удалить %1 из числа участников? Код для киоска перестанет действовать. Это можно отменить с помощью Ctrl+Z.</translation>
        </message>
        <message>
            <source>Remove %1 participants? Their kiosk codes stop working. You can undo this with Ctrl+Z.</source>
            <translation>Удалить участников (%1)? Их коды для киоска перестанут действовать. Это можно отменить с помощью Ctrl+Z.</translation>
        </message>
        <message>
            <source>Remove participants</source>
            <translation>Удаление участников</translation>
        </message>
        <message>
            <source>Participant removed. Undo with Ctrl+Z.</source>
            <translation>Участник удален. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Import attendance list</source>
            <translation>Импорт списка присутствующих</translation>
        </message>
        <message>
            <source>“%1” could not be read: %2</source>
            <translation>Не удалось прочитать «%1»: %2</translation>
        </message>
        <message>
            <source>Organisation added. Undo with Ctrl+Z.</source>
            <translation>Организация добавлена. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Organisation renamed. Undo with Ctrl+Z.</source>
            <translation>Организация переименована. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>%1 removed from the list. Undo with Ctrl+Z.</source>
            <translation>Организация «%1» удалена из списка. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Every output now shows “Participant 7” instead of names. Undo with Ctrl+Z.</source>
            <translation>Теперь во всех материалах вместо имен отображается «Участник 7». Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Outputs now name the participants who agreed to be named. Undo with Ctrl+Z.</source>
            <translation>Теперь в материалах указываются имена участников, которые согласились на указание своего имени. Отменить: Ctrl+Z.</translation>
        </message>
    </context>
    <context>
        <name>PassphraseFields</name>
        <message>
            <source>Too short: use at least {count} characters. Four or five unrelated words are easy to remember and hard to guess.</source>
            <translation>Слишком короткая: используйте не менее {count} символов. Четыре-пять не связанных между собой слов легко запомнить и трудно подобрать.</translation>
        </message>
        <message>
            <source>Too easy to guess: it repeats the same few characters.</source>
            <translation>Слишком легко подобрать: в ней повторяются одни и те же несколько символов.</translation>
        </message>
        <message>
            <source>Strong.</source>
            <translation>Надежная.</translation>
        </message>
        <message>
            <source>Fair. A longer passphrase, such as four or five unrelated words, is much harder to guess.</source>
            <translation>Средняя. Более длинную парольную фразу, например из четырех-пяти не связанных между собой слов, подобрать намного труднее.</translation>
        </message>
        <message>
            <source>Passphrase</source>
            <translation>Парольная фраза</translation>
        </message>
        <message>
            <source>Passphrase again</source>
            <translation>Парольная фраза еще раз</translation>
        </message>
        <message>
            <source>Type it again</source>
            <translation>Введите ее еще раз</translation>
        </message>
        <message>
            <source>At least {count} characters. Four or five unrelated words work well.</source>
            <translation>Не менее {count} символов. Хорошо подходят четыре-пять не связанных между собой слов.</translation>
        </message>
        <message>
            <source>Type a passphrase.</source>
            <translation>Введите парольную фразу.</translation>
        </message>
        <message>
            <source>The two passphrases are not the same. Type them again.</source>
            <translation>Две парольные фразы не совпадают. Введите их еще раз.</translation>
        </message>
        <message>
            <source>There is no way to recover this workshop without the passphrase or the recovery key. Keep the passphrase in your head or a password manager, and the recovery key in a safe place away from this computer.</source>
            <translation>Без парольной фразы или ключа восстановления восстановить этот семинар невозможно. Храните парольную фразу в памяти или в менеджере паролей, а ключ восстановления — в надежном месте вдали от этого компьютера.</translation>
        </message>
    </context>
    <context>
        <name>PdfTooLong</name>
        <message>
            <source>A text is too long to fit on one page of the charter, near page {page}, so it could not be printed.</source>
            <translation>Текст слишком длинный и не помещается на одну страницу хартии (около страницы {page}), поэтому её не удалось напечатать.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the charter, so it could not be printed.</source>
            <translation>Текст слишком длинный и не помещается на одну страницу хартии, поэтому её не удалось напечатать.</translation>
        </message>
        <message>
            <source>Shorten the longest text in the charter (a priority's plan, a milestone, an organisation's name) or break it into several lines, then print again.</source>
            <translation>Сократите самый длинный текст в хартии (план приоритета, этап, название организации) или разбейте его на несколько строк, затем напечатайте снова.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the handout, near page {page}, so it could not be printed.</source>
            <translation>Текст слишком длинный и не помещается на одну страницу раздаточного материала (около страницы {page}), поэтому его не удалось напечатать.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the handout, so it could not be printed.</source>
            <translation>Текст слишком длинный и не помещается на одну страницу раздаточного материала, поэтому его не удалось напечатать.</translation>
        </message>
        <message>
            <source>Shorten the longest recommendation text (open it from the Review step), then print again.</source>
            <translation>Сократите самый длинный текст рекомендации (откройте её на шаге «Обзор»), затем напечатайте снова.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the paper ballots, near page {page}, so it could not be printed.</source>
            <translation>Текст слишком длинный и не помещается на одну страницу бумажных бюллетеней (около страницы {page}), поэтому их не удалось напечатать.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the paper ballots, so it could not be printed.</source>
            <translation>Текст слишком длинный и не помещается на одну страницу бумажных бюллетеней, поэтому их не удалось напечатать.</translation>
        </message>
        <message>
            <source>Shorten the longest text on the ballot, then print again.</source>
            <translation>Сократите самый длинный текст в бюллетене, затем напечатайте снова.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the results report, near page {page}, so it could not be printed.</source>
            <translation>Текст слишком длинный и не помещается на одну страницу отчёта о результатах (около страницы {page}), поэтому его не удалось напечатать.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the results report, so it could not be printed.</source>
            <translation>Текст слишком длинный и не помещается на одну страницу отчёта о результатах, поэтому его не удалось напечатать.</translation>
        </message>
        <message>
            <source>The results themselves are safe: save them as a spreadsheet from the Results step instead.</source>
            <translation>Сами результаты сохранены: вместо этого сохраните их как электронную таблицу на шаге «Результаты».</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the mid-term report, near page {page}, so it could not be printed.</source>
            <translation>Текст слишком длинный и не помещается на одну страницу среднесрочного доклада (около страницы {page}), поэтому его не удалось напечатать.</translation>
        </message>
        <message>
            <source>A text is too long to fit on one page of the mid-term report, so it could not be printed.</source>
            <translation>Текст слишком длинный и не помещается на одну страницу среднесрочного доклада, поэтому его не удалось напечатать.</translation>
        </message>
        <message>
            <source>Shorten the longest justification or evidence title (in the Follow-up step), then print again.</source>
            <translation>Сократите самое длинное обоснование или название доказательства (на шаге «Последующая деятельность»), затем напечатайте снова.</translation>
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
            <translation>Печать и экспорт</translation>
        </message>
        <message>
            <source>See each document as it will print, in any script, then print it, save it as a PDF or export the plan.</source>
            <translation>Посмотрите, как будет напечатан каждый документ (поддерживается любая письменность), затем напечатайте его, сохраните в PDF или экспортируйте план.</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Экспорт</translation>
        </message>
        <message>
            <source>The implementation plan as a spreadsheet, the charter as a Word document, or a file for IMPACT OSS</source>
            <translation>План осуществления в виде электронной таблицы, хартия в виде документа Word или файл для IMPACT OSS</translation>
        </message>
        <message>
            <source>Implementation matrix (Excel)…</source>
            <translation>Матрица осуществления (Excel)…</translation>
        </message>
        <message>
            <source>Each priority with the recommendations it cites and its plan, to track implementation</source>
            <translation>Каждый приоритет с рекомендациями, на которые он ссылается, и его планом, для отслеживания осуществления</translation>
        </message>
        <message>
            <source>Implementation matrix (CSV)…</source>
            <translation>Матрица осуществления (CSV)…</translation>
        </message>
        <message>
            <source>The same matrix as a CSV file, for any spreadsheet or database</source>
            <translation>Та же матрица в виде файла CSV для любой электронной таблицы или базы данных</translation>
        </message>
        <message>
            <source>Charter as a Word document…</source>
            <translation>Хартия в виде документа Word…</translation>
        </message>
        <message>
            <source>The charter as it stands, to finish or lay out in Word</source>
            <translation>Хартия в нынешнем виде, чтобы доработать или сверстать ее в Word</translation>
        </message>
        <message>
            <source>All recommendations for IMPACT OSS (CSV)…</source>
            <translation>Все рекомендации для IMPACT OSS (CSV)…</translation>
        </message>
        <message>
            <source>A file IMPACT OSS imports, to track the recommendations there</source>
            <translation>Файл, который импортирует IMPACT OSS, чтобы отслеживать рекомендации там</translation>
        </message>
        <message>
            <source>Recommendations the charter cites, for IMPACT OSS (CSV)…</source>
            <translation>Рекомендации, на которые ссылается хартия, для IMPACT OSS (CSV)…</translation>
        </message>
        <message>
            <source>Only the recommendations the charter's priorities cite</source>
            <translation>Только рекомендации, на которые ссылаются приоритеты хартии</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Сохранить в PDF…</translation>
        </message>
        <message>
            <source>Save the document shown as a PDF file (Ctrl+S)</source>
            <translation>Сохранить показанный документ в файл PDF (Ctrl+S)</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Печать…</translation>
        </message>
        <message>
            <source>Print the document shown (Ctrl+P). On Linux and macOS the printer gets the PDF itself; elsewhere each page goes as an image at up to 600 dpi. The printer's own settings still apply.</source>
            <translation>Напечатать показанный документ (Ctrl+P). В Linux и macOS принтер получает сам PDF; в остальных системах каждая страница отправляется как изображение с разрешением до 600 dpi. Собственные настройки принтера по-прежнему действуют.</translation>
        </message>
        <message>
            <source>DOCUMENT</source>
            <translation>ДОКУМЕНТ</translation>
        </message>
        <message>
            <source>Documents</source>
            <translation>Документы</translation>
        </message>
        <message>
            <source>DOCUMENTS IN</source>
            <translation>ЯЗЫК ДОКУМЕНТОВ</translation>
        </message>
        <message>
            <source>Documents' language</source>
            <translation>Язык документов</translation>
        </message>
        <message>
            <source>The language of the headings, labels, dates and response words of every document and export. What people wrote stays as written.</source>
            <translation>Язык заголовков, подписей, дат и формулировок ответов во всех документах и экспортируемых файлах. Написанное людьми остается в исходном виде.</translation>
        </message>
        <message>
            <source>PAPER</source>
            <translation>БУМАГА</translation>
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
            <translation>210 × 297 мм, используется в большинстве стран мира</translation>
        </message>
        <message>
            <source>8.5 × 11 inches, used in the Americas and the Philippines</source>
            <translation>8,5 × 11 дюймов, используется в Северной и Южной Америке и на Филиппинах</translation>
        </message>
        <message>
            <source>GROUP THE RECOMMENDATIONS BY</source>
            <translation>ГРУППИРОВАТЬ РЕКОМЕНДАЦИИ ПО</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Тематическая группа</translation>
        </message>
        <message>
            <source>Theme</source>
            <translation>Тема</translation>
        </message>
        <message>
            <source>In the clusters made in the Clusters step</source>
            <translation>По тематическим группам, созданным на этапе «Тематические группы»</translation>
        </message>
        <message>
            <source>By each recommendation's first theme</source>
            <translation>По первой теме каждой рекомендации</translation>
        </message>
        <message>
            <source>BLANK BALLOTS</source>
            <translation>ПУСТЫЕ БЮЛЛЕТЕНИ</translation>
        </message>
        <message>
            <source>Blank ballots</source>
            <translation>Пустые бюллетени</translation>
        </message>
        <message>
            <source>Unnamed sheets for people who join on the day.</source>
            <translation>Бюллетени без имени для тех, кто присоединится в день семинара.</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Уменьшить</translation>
        </message>
        <message>
            <source>Zoom: Ctrl and the mouse wheel change it too</source>
            <translation>Масштаб: его также можно менять колесиком мыши с Ctrl</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Увеличить</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>По ширине</translation>
        </message>
        <message>
            <source>Fit the page to the width of the preview</source>
            <translation>Подогнать страницу по ширине области просмотра</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Предыдущая страница</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Следующая страница</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Страница</translation>
        </message>
        <message>
            <source>Preparing the preview</source>
            <translation>Подготовка предварительного просмотра</translation>
        </message>
        <message>
            <source>Preview</source>
            <translation>Предварительный просмотр</translation>
        </message>
        <message>
            <source>Recommendation handout</source>
            <translation>Раздаточный материал с рекомендациями</translation>
        </message>
        <message>
            <source>Paper ballots: %1</source>
            <translation>Бумажные бюллетени: %1</translation>
        </message>
        <message>
            <source>Results: %1</source>
            <translation>Результаты: %1</translation>
        </message>
        <message>
            <source>Outcome charter</source>
            <translation>Итоговая хартия</translation>
        </message>
        <message>
            <source>Mid-term report</source>
            <translation>Среднесрочный доклад</translation>
        </message>
        <message>
            <source>What participants read before voting</source>
            <translation>Что участники читают перед голосованием</translation>
        </message>
        <message>
            <source>One sheet per participant, to vote on paper</source>
            <translation>По одному листу на участника для голосования на бумаге</translation>
        </message>
        <message>
            <source>Ranking, turnout and any ties</source>
            <translation>Рейтинг, явка и случаи равенства голосов</translation>
        </message>
        <message>
            <source>Priorities and plan, with space to sign</source>
            <translation>Приоритеты и план, с местом для подписей</translation>
        </message>
        <message>
            <source>Follow-up: where implementation stands, with the evidence</source>
            <translation>Последующая деятельность: ход осуществления, с доказательствами</translation>
        </message>
        <message>
            <source>The documents could not be listed</source>
            <translation>Не удалось составить список документов</translation>
        </message>
        <message>
            <source>{choice}, not available: {reason}</source>
            <translation>{choice}, недоступно: {reason}</translation>
        </message>
        <message>
            <source>Nothing to print yet</source>
            <translation>Печатать пока нечего</translation>
        </message>
        <message>
            <source>Import the recommendations in the Review step: the handout, ballots, results and charter appear here as the workshop goes on.</source>
            <translation>Импортируйте рекомендации на этапе «Обзор»: раздаточный материал, бюллетени, результаты и хартия будут появляться здесь по ходу семинара.</translation>
        </message>
        <message>
            <source>“%1” can't be printed yet</source>
            <translation>«%1» пока нельзя напечатать</translation>
        </message>
        <message>
            <source>The preview could not be shown</source>
            <translation>Не удалось показать предварительный просмотр</translation>
        </message>
        <message>
            <source>The document was made but could not be displayed. Try saving it as a PDF and opening it in another program.</source>
            <translation>Документ создан, но его не удалось отобразить. Попробуйте сохранить его в PDF и открыть в другой программе.</translation>
        </message>
        <message>
            <source>of %1</source>
            <translation>из %1</translation>
        </message>
        <message>
            <source>This copy of UPR Desktop can't make this document yet. The other documents still print.</source>
            <translation>Эта копия UPR Desktop пока не может создать этот документ. Остальные документы по-прежнему печатаются.</translation>
        </message>
        <message>
            <source>The preview could not be made</source>
            <translation>Не удалось подготовить предварительный просмотр</translation>
        </message>
        <message>
            <source>Preparing the preview…</source>
            <translation>Подготовка предварительного просмотра…</translation>
        </message>
        <message>
            <source>Page %1 of %2</source>
            <translation>Страница %1 из %2</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Документ</translation>
        </message>
        <message>
            <source>recommendation handout</source>
            <translation>раздаточный материал с рекомендациями</translation>
        </message>
        <message>
            <source>ballots - %1</source>
            <translation>бюллетени - %1</translation>
        </message>
        <message>
            <source>results - %1</source>
            <translation>результаты - %1</translation>
        </message>
        <message>
            <source>charter</source>
            <translation>хартия</translation>
        </message>
        <message>
            <source>mid-term report</source>
            <translation>среднесрочный доклад</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Print the charter as it is? To replace the guidance first in the Charter step, choose Cancel.</source>
            <translation>В хартии еще остались указания шаблона в [квадратных скобках], в следующих частях: {parts}.

Напечатать хартию в нынешнем виде? Чтобы сначала заменить указания на этапе «Хартия», нажмите «Отмена».</translation>
        </message>
        <message>
            <source>The charter still holds template guidance in [square brackets], in: {parts}.

Save the charter as it is? To replace the guidance first in the Charter step, choose Cancel.</source>
            <translation>В хартии еще остались указания шаблона в [квадратных скобках], в следующих частях: {parts}.

Сохранить хартию в нынешнем виде? Чтобы сначала заменить указания на этапе «Хартия», нажмите «Отмена».</translation>
        </message>
        <message numerus="yes">
            <source>%n page(s) sent to {printer}</source>
            <translation>
                <numerusform>%n страница отправлена на {printer}</numerusform>
                <numerusform>%n страницы отправлены на {printer}</numerusform>
                <numerusform>%n страниц отправлено на {printer}</numerusform>
            </translation>
        </message>
        <message>
            <source>The charter is not finished</source>
            <translation>Хартия не завершена</translation>
        </message>
        <message>
            <source>Saved “%1” in %2.</source>
            <translation>Файл «%1» сохранен в %2.</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Сохранение в PDF</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыть</translation>
        </message>
        <message>
            <source>Show in folder</source>
            <translation>Показать в папке</translation>
        </message>
        <message>
            <source>{name} (without names)</source>
            <translation>{name} (без имен)</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to %1</source>
            <translation>Сохранено в %1</translation>
        </message>
        <message>
            <source>Print %1</source>
            <translation>Печать: %1</translation>
        </message>
        <message>
            <source>Sending the pages to the printer…</source>
            <translation>Отправка страниц на принтер…</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>Остановить</translation>
        </message>
        <message>
            <source>Printing</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Печать</translation>
        </message>
        <message>
            <source>Printing stopped.</source>
            <translation>Печать остановлена.</translation>
        </message>
        <message>
            <source>the printer</source>
            <translation>принтер</translation>
        </message>
        <message>
            <source>This round has no candidates yet.</source>
            <translation>В этом туре голосования еще нет кандидатов.</translation>
        </message>
        <message>
            <source>Results are printed once the round is closed.</source>
            <translation>Результаты печатаются после закрытия тура голосования.</translation>
        </message>
        <message>
            <source>Start the charter in the Charter step first.</source>
            <translation>Сначала создайте хартию на этапе «Хартия».</translation>
        </message>
        <message>
            <source>Import the recommendations first.</source>
            <translation>Сначала импортируйте рекомендации.</translation>
        </message>
        <message>
            <source>The charter's priorities cite no recommendations yet.</source>
            <translation>Приоритеты хартии пока не ссылаются ни на одну рекомендацию.</translation>
        </message>
        <message>
            <source>implementation matrix</source>
            <translation>матрица осуществления</translation>
        </message>
        <message>
            <source>IMPACT OSS import</source>
            <translation>импорт IMPACT OSS</translation>
        </message>
        <message>
            <source>IMPACT OSS import, cited</source>
            <translation>импорт IMPACT OSS, цитируемые</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Книга Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>CSV file (*.csv)</source>
            <translation>Файл CSV (*.csv)</translation>
        </message>
        <message>
            <source>Word document (*.docx)</source>
            <translation>Документ Word (*.docx)</translation>
        </message>
        <message>
            <source>Exported to %1</source>
            <translation>Экспортировано в %1</translation>
        </message>
        <message>
            <source>Documents will be printed in {language}.</source>
            <translation>Документы будут напечатаны на языке: {language}.</translation>
        </message>
        <message>
            <source>There is nothing to print yet: the preview is not ready.</source>
            <translation>Печатать пока нечего: предварительный просмотр не готов.</translation>
        </message>
        <message>
            <source>The printer could not be started. Check that it is switched on and connected, or choose another printer.</source>
            <translation>Не удалось запустить принтер. Проверьте, что он включен и подключен, или выберите другой принтер.</translation>
        </message>
        <message>
            <source>The printing system did not take the document. Check that the printer is set up, or save as PDF and print that file.</source>
            <translation>Система печати не приняла документ. Проверьте настройку принтера или сохраните документ в PDF и напечатайте этот файл.</translation>
        </message>
        <message>
            <source>The printer “%1” refused the document: %2</source>
            <translation>Принтер «%1» отклонил документ: %2</translation>
        </message>
        <message>
            <source>no reason given</source>
            <translation>причина не указана</translation>
        </message>
    </context>
    <context>
        <name>PrioritiesOverview</name>
        <message numerus="yes">
            <source>%n priorities, in the order the charter lists them.</source>
            <translation>
                <numerusform>%n приоритет — в порядке следования в хартии.</numerusform>
                <numerusform>%n приоритета — в порядке следования в хартии.</numerusform>
                <numerusform>%n приоритетов — в порядке следования в хартии.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PriorityEditor</name>
        <message numerus="yes">
            <source>%n recommendation(s) added to the priority.</source>
            <translation>
                <numerusform>В приоритет добавлена %n рекомендация.</numerusform>
                <numerusform>В приоритет добавлены %n рекомендации.</numerusform>
                <numerusform>В приоритет добавлено %n рекомендаций.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations removed from the priority. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Из приоритета удалена %n рекомендация. Отменить: Ctrl+Z.</numerusform>
                <numerusform>Из приоритета удалены %n рекомендации. Отменить: Ctrl+Z.</numerusform>
                <numerusform>Из приоритета удалено %n рекомендаций. Отменить: Ctrl+Z.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PrivacySettingsDialog</name>
        <message>
            <source>Lock and privacy</source>
            <translation>Блокировка и конфиденциальность</translation>
        </message>
        <message>
            <source> min</source>
            <translation> мин</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>Никогда</translation>
        </message>
        <message>
            <source>Remember encrypted workshops in Recent files</source>
            <translation>Запоминать зашифрованные семинары в списке последних</translation>
        </message>
        <message>
            <source>When this is off, an encrypted workshop's name and folder are never written to this computer's settings, so nobody can see there where it is kept.</source>
            <translation>Если этот параметр выключен, имя и папка зашифрованного семинара никогда не записываются в настройки этого компьютера, поэтому никто не сможет узнать оттуда, где он хранится.</translation>
        </message>
        <message>
            <source>Lock after no input for:</source>
            <translation>Блокировать при бездействии в течение:</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>The workshop locks by itself when nobody has used the keyboard or mouse for a while, but never while the kiosk is open for voting. Ctrl+L locks it at once.</source>
            <translation>Семинар блокируется автоматически, если какое-то время никто не пользовался клавиатурой или мышью, но никогда — пока киоск открыт для голосования. Сочетание Ctrl+L блокирует его сразу.</translation>
        </message>
    </context>
    <context>
        <name>ProjectorView</name>
        <message>
            <source>tied</source>
            <translation>равенство голосов</translation>
        </message>
        <message>
            <source>Voting results – projector</source>
            <translation>Результаты голосования — проектор</translation>
        </message>
        <message>
            <source>Esc or double-click to close</source>
            <translation>Esc или двойной щелчок — закрыть</translation>
        </message>
        <message>
            <source>This round is no longer in the workshop.</source>
            <translation>Этого тура голосования больше нет в семинаре.</translation>
        </message>
        <message>
            <source>VOTING OPEN</source>
            <translation>ГОЛОСОВАНИЕ ОТКРЫТО</translation>
        </message>
        <message>
            <source>NOT OPEN YET</source>
            <translation>ЕЩЕ НЕ ОТКРЫТО</translation>
        </message>
        <message>
            <source>Results appear when voting closes</source>
            <translation>Результаты появятся, когда голосование будет закрыто</translation>
        </message>
        <message>
            <source>This round has not opened for voting yet</source>
            <translation>Этот тур голосования еще не открыт</translation>
        </message>
        <message numerus="yes">
            <source>%n of 1 has voted</source>
            <translation>
                <numerusform>Проголосовал %n из 1</numerusform>
                <numerusform>Проголосовали %n из 1</numerusform>
                <numerusform>Проголосовали %n из 1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation>Проголосовали: %1 из %2</translation>
        </message>
        <message>
            <source>RESULTS  ·  %1</source>
            <translation>РЕЗУЛЬТАТЫ  ·  %1</translation>
        </message>
        <message>
            <source>+ %1 more</source>
            <translation>+ еще %1</translation>
        </message>
    </context>
    <context>
        <name>Recommendation source</name>
        <message>
            <source>Recommended by {states}</source>
            <translation>Рекомендовано: {states}</translation>
        </message>
        <message>
            <source>Session {number}</source>
            <translation>Сессия {number}</translation>
        </message>
    </context>
    <context>
        <name>RecommendationDialog</name>
        <message>
            <source>Edit recommendation</source>
            <translation>Изменение рекомендации</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>Новая рекомендация</translation>
        </message>
        <message>
            <source>Only the text is required. Separate several States, themes or SDGs with commas, or put one per line.</source>
            <translation>Обязателен только текст. Разделяйте несколько государств, тем или ЦУР запятыми или указывайте по одному в строке.</translation>
        </message>
        <message>
            <source>e.g. 121.4</source>
            <translation>например, 121.4</translation>
        </message>
        <message>
            <source>The recommendation, as the report words it</source>
            <translation>Рекомендация в формулировке доклада</translation>
        </message>
        <message>
            <source>e.g. Denmark, Czechia</source>
            <translation>например, Дания, Чехия</translation>
        </message>
        <message>
            <source>Goal numbers, e.g. 5, 16</source>
            <translation>Номера целей, например 5, 16</translation>
        </message>
        <message>
            <source>e.g. 47</source>
            <translation>например, 47</translation>
        </message>
        <message>
            <source>Not given</source>
            <translation>Не указано</translation>
        </message>
        <message>
            <source>minimal action</source>
            <translation>минимальные действия</translation>
        </message>
        <message>
            <source>continuing action</source>
            <translation>продолжение действий</translation>
        </message>
        <message>
            <source>considering action</source>
            <translation>рассмотрение действий</translation>
        </message>
        <message>
            <source>general action</source>
            <translation>общие действия</translation>
        </message>
        <message>
            <source>specific action</source>
            <translation>конкретные действия</translation>
        </message>
        <message>
            <source>e.g. A/HRC/58/12</source>
            <translation>например, A/HRC/58/12</translation>
        </message>
        <message>
            <source>Number</source>
            <translation>Номер</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>Recommending State(s)</source>
            <translation>Рекомендующие государства</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Темы</translation>
        </message>
        <message>
            <source>Affected persons</source>
            <translation>Затрагиваемые лица</translation>
        </message>
        <message>
            <source>SDGs</source>
            <translation>ЦУР</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Сессия</translation>
        </message>
        <message>
            <source>Action category</source>
            <translation>Категория действий</translation>
        </message>
        <message>
            <source>Document symbol</source>
            <translation>Условное обозначение документа</translation>
        </message>
        <message>
            <source>State under review</source>
            <translation>Государство — объект обзора</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Сохранить изменения</translation>
        </message>
        <message>
            <source>Add recommendation</source>
            <translation>Добавить рекомендацию</translation>
        </message>
        <message>
            <source>Write the recommendation's text.</source>
            <translation>Введите текст рекомендации.</translation>
        </message>
        <message>
            <source>“%1” is not an SDG: use goal numbers from 1 to 17.</source>
            <translation>«%1» не является ЦУР: используйте номера целей от 1 до 17.</translation>
        </message>
        <message>
            <source>The session is a whole number, e.g. 47.</source>
            <translation>Номер сессии — целое число, например 47.</translation>
        </message>
    </context>
    <context>
        <name>RecommendationModel</name>
        <message>
            <source>Ref.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>Recommended by</source>
            <translation>Кем рекомендовано</translation>
        </message>
        <message>
            <source>Response</source>
            <translation>Ответ</translation>
        </message>
        <message>
            <source>Themes</source>
            <translation>Темы</translation>
        </message>
        <message>
            <source>Session</source>
            <translation>Сессия</translation>
        </message>
        <message>
            <source>Notes</source>
            <translation>Заметки</translation>
        </message>
        <message>
            <source>Number of notes on the recommendation</source>
            <translation>Число заметок к рекомендации</translation>
        </message>
        <message>
            <source>Recommending State(s). Click to sort; click again to reverse</source>
            <translation>Рекомендующие государства. Щелкните, чтобы отсортировать; щелкните еще раз, чтобы изменить порядок на обратный</translation>
        </message>
        <message>
            <source>Click to sort; click again to reverse; a third click returns to the default order</source>
            <translation>Щелкните, чтобы отсортировать; щелкните еще раз, чтобы изменить порядок на обратный; третий щелчок возвращает порядок по умолчанию</translation>
        </message>
    </context>
    <context>
        <name>RecommendationPickerDialog</name>
        <message numerus="yes">
            <source>%n chosen</source>
            <translation>
                <numerusform>Выбрана %n</numerusform>
                <numerusform>Выбрано %n</numerusform>
                <numerusform>Выбрано %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n listed</source>
            <translation>
                <numerusform>В списке %n</numerusform>
                <numerusform>В списке %n</numerusform>
                <numerusform>В списке %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecommendationTableModel</name>
        <message numerus="yes">
            <source>%n note(s)</source>
            <translation>
                <numerusform>%n заметка</numerusform>
                <numerusform>%n заметки</numerusform>
                <numerusform>%n заметок</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Recommendations</name>
        <message>
            <source>The recommendation has no text.</source>
            <translation>У рекомендации нет текста.</translation>
        </message>
        <message>
            <source>The action category must be between 1 and 5.</source>
            <translation>Категория действий должна быть от 1 до 5.</translation>
        </message>
        <message>
            <source>The UPR session must be a positive number.</source>
            <translation>Сессия УПО должна быть положительным числом.</translation>
        </message>
        <message numerus="yes">
            <source>Nothing new: all %n recommendations from {file} are already in the workshop.</source>
            <translation>
                <numerusform>Ничего нового: %n рекомендация из {file} уже есть в семинаре.</numerusform>
                <numerusform>Ничего нового: все %n рекомендации из {file} уже есть в семинаре.</numerusform>
                <numerusform>Ничего нового: все %n рекомендаций из {file} уже есть в семинаре.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Read %n recommendation(s) from {file}.</source>
            <translation>
                <numerusform>Из {file} прочитана %n рекомендация.</numerusform>
                <numerusform>Из {file} прочитано %n рекомендации.</numerusform>
                <numerusform>Из {file} прочитано %n рекомендаций.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n were already in the workshop and were not added again.</source>
            <translation>
                <numerusform>%n уже была в семинаре и не добавлена повторно.</numerusform>
                <numerusform>%n уже были в семинаре и не добавлены повторно.</numerusform>
                <numerusform>%n уже были в семинаре и не добавлены повторно.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n for other States under review were left out.</source>
            <translation>
                <numerusform>%n, адресованная другим государствам — объектам обзора, пропущена.</numerusform>
                <numerusform>%n, адресованные другим государствам — объектам обзора, пропущены.</numerusform>
                <numerusform>%n, адресованных другим государствам — объектам обзора, пропущено.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>This file holds recommendations to %n States under review ({names}). Choose which State to import, or “All countries”.</source>
            <translation>
                <numerusform>В этом файле содержатся рекомендации %n государству — объекту обзора ({names}). Выберите, по какому государству импортировать, или «Все страны».</numerusform>
                <numerusform>В этом файле содержатся рекомендации %n государствам — объектам обзора ({names}). Выберите, по какому государству импортировать, или «Все страны».</numerusform>
                <numerusform>В этом файле содержатся рекомендации %n государствам — объектам обзора ({names}). Выберите, по какому государству импортировать, или «Все страны».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n recommendation(s)</source>
            <translation>
                <numerusform>Удалить %n рекомендацию</numerusform>
                <numerusform>Удалить %n рекомендации</numerusform>
                <numerusform>Удалить %n рекомендаций</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RecoveryKeyDialog</name>
        <message>
            <source>Recovery key</source>
            <translation>Ключ восстановления</translation>
        </message>
        <message>
            <source>UPR Desktop — recovery key</source>
            <translation>UPR Desktop — ключ восстановления</translation>
        </message>
        <message>
            <source>Workshop file: {name}</source>
            <translation>Файл семинара: {name}</translation>
        </message>
        <message>
            <source>Made on {day}</source>
            <translation>Дата создания: {day}</translation>
        </message>
        <message>
            <source>This key opens the workshop in place of its passphrase: type it where the passphrase is asked for. Anyone who has it can read the workshop.</source>
            <translation>Этот ключ открывает семинар вместо парольной фразы: введите его там, где запрашивается парольная фраза. Любой, у кого есть этот ключ, может прочитать семинар.</translation>
        </message>
        <message>
            <source>Keep this sheet in a safe place away from the computer, such as the coalition's safe. Do not photograph it or keep it with the laptop.</source>
            <translation>Храните этот лист в надежном месте вдали от компьютера, например в сейфе коалиции. Не фотографируйте его и не храните вместе с ноутбуком.</translation>
        </message>
        <message>
            <source>If the passphrase is changed, this key stops working and a new one is given.</source>
            <translation>Если парольная фраза будет изменена, этот ключ перестанет действовать и будет выдан новый.</translation>
        </message>
        <message>
            <source>Your new recovery key</source>
            <translation>Ваш новый ключ восстановления</translation>
        </message>
        <message>
            <source>Your recovery key</source>
            <translation>Ваш ключ восстановления</translation>
        </message>
        <message>
            <source>The passphrase was changed, so the old recovery key no longer works. This is the new one: it opens “{name}” if the passphrase is forgotten. It is shown only now: print it, or save it as a PDF and print that, and keep it in a safe place away from this computer.</source>
            <translation>Парольная фраза изменена, поэтому старый ключ восстановления больше не действует. Вот новый: он открывает «{name}», если парольная фраза забыта. Он показывается только сейчас: распечатайте его или сохраните в PDF и распечатайте этот файл, а затем храните в надежном месте вдали от этого компьютера.</translation>
        </message>
        <message>
            <source>This key opens “{name}” if the passphrase is forgotten. It is shown only now: print it, or save it as a PDF and print that, and keep it in a safe place away from this computer.</source>
            <translation>Этот ключ открывает «{name}», если парольная фраза забыта. Он показывается только сейчас: напечатайте его (или сохраните в PDF и напечатайте этот файл) и храните в надежном месте вдали от этого компьютера.</translation>
        </message>
        <message>
            <source>Print the recovery key…</source>
            <translation>Напечатать ключ восстановления…</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Сохранить в PDF…</translation>
        </message>
        <message>
            <source>I have stored it safely</source>
            <translation>Я надежно его сохранил(а)</translation>
        </message>
        <message>
            <source>Print or save the key first, then click “I have stored it safely”. It can't be shown again.</source>
            <translation>Сначала напечатайте или сохраните ключ, затем нажмите «Я надежно его сохранил(а)». Показать его снова невозможно.</translation>
        </message>
        <message>
            <source>The recovery key could not be printed: {reason}. Save it as a PDF and print that file.</source>
            <translation>Не удалось напечатать ключ восстановления: {reason}. Сохраните его в PDF и напечатайте этот файл.</translation>
        </message>
        <message>
            <source>The recovery key was sent to the printer.</source>
            <translation>Ключ восстановления отправлен на принтер.</translation>
        </message>
        <message>
            <source>{name} recovery key.pdf</source>
            <translation>{name} — ключ восстановления.pdf</translation>
        </message>
        <message>
            <source>Save the recovery key as PDF</source>
            <translation>Сохранение ключа восстановления в PDF</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The PDF could not be saved: {reason}</source>
            <translation>Не удалось сохранить PDF: {reason}</translation>
        </message>
        <message>
            <source>Saved to {path}. Print it, store the paper safely, then delete the file.</source>
            <translation>Сохранено в {path}. Напечатайте его, храните распечатку в надежном месте, затем удалите файл.</translation>
        </message>
    </context>
    <context>
        <name>Response</name>
        <message>
            <source>Supported</source>
            <translation>Поддержана</translation>
        </message>
        <message>
            <source>Noted</source>
            <translation>Принята к сведению</translation>
        </message>
        <message>
            <source>Pending</source>
            <translation>Ожидает ответа</translation>
        </message>
        <message>
            <source>Voluntary pledge</source>
            <translation>Добровольное обязательство</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>Неизвестно</translation>
        </message>
    </context>
    <context>
        <name>Responses</name>
        <message>
            <source>Response not known</source>
            <translation>Ответ неизвестен</translation>
        </message>
        <message>
            <source>Supported</source>
            <comment>the State's response</comment>
            <translation>Поддержана</translation>
        </message>
        <message>
            <source>Noted</source>
            <comment>the State's response</comment>
            <translation>Принята к сведению</translation>
        </message>
        <message>
            <source>Pending</source>
            <comment>the State's response</comment>
            <translation>Ожидает ответа</translation>
        </message>
        <message>
            <source>Voluntary pledge</source>
            <translation>Добровольное обязательство</translation>
        </message>
    </context>
    <context>
        <name>Result figures</name>
        <message>
            <source>Dots</source>
            <translation>Точки</translation>
        </message>
        <message>
            <source>Share %</source>
            <translation>Доля, %</translation>
        </message>
        <message>
            <source>Voters</source>
            <translation>Голосующие</translation>
        </message>
        <message>
            <source>Points</source>
            <translation>Баллы</translation>
        </message>
        <message>
            <source>Approvals</source>
            <translation>Голоса «за»</translation>
        </message>
        <message>
            <source>% of ballots</source>
            <translation>% бюллетеней</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Среднее</translation>
        </message>
        <message>
            <source>Rated by</source>
            <translation>Число оценивших</translation>
        </message>
        <message>
            <source>Borda points</source>
            <translation>баллов Борда</translation>
        </message>
        <message>
            <source>First choices</source>
            <translation>Первые выборы</translation>
        </message>
        <message>
            <source>Beatpath wins</source>
            <translation>Победы по сильнейшему пути</translation>
        </message>
        <message>
            <source>Head-to-head wins</source>
            <translation>Победы в парных сравнениях</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>Must (обязательно)</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>Should (следует)</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>Could (можно)</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>Won't (не будет)</translation>
        </message>
    </context>
    <context>
        <name>Results document</name>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n точка</numerusform>
                <numerusform>%n точки</numerusform>
                <numerusform>%n точек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n балл</numerusform>
                <numerusform>%n балла</numerusform>
                <numerusform>%n баллов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approval(s)</source>
            <translation>
                <numerusform>%n голос «за»</numerusform>
                <numerusform>%n голоса «за»</numerusform>
                <numerusform>%n голосов «за»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Borda point(s)</source>
            <translation>
                <numerusform>%n балл Борда</numerusform>
                <numerusform>%n балла Борда</numerusform>
                <numerusform>%n баллов Борда</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beatpath win(s)</source>
            <translation>
                <numerusform>%n победа по сильнейшему пути</numerusform>
                <numerusform>%n победы по сильнейшему пути</numerusform>
                <numerusform>%n побед по сильнейшему пути</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MoSCoW point(s)</source>
            <translation>
                <numerusform>%n балл MoSCoW</numerusform>
                <numerusform>%n балла MoSCoW</numerusform>
                <numerusform>%n баллов MoSCoW</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} and {last}</source>
            <comment>a list of names</comment>
            <translation>{names} и {last}</translation>
        </message>
        <message>
            <source>A run-off between them has been set up ({title}) and not yet held.</source>
            <translation>Дополнительный тур голосования между ними назначен ({title}), но еще не проведен.</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) is open for voting.</source>
            <translation>Дополнительный тур голосования между ними ({title}) открыт для голосования.</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) was held and closed on {date}</source>
            <translation>Дополнительный тур голосования между ними ({title}) проведен и закрыт {date}</translation>
        </message>
        <message>
            <source>A run-off between them ({title}) was held</source>
            <translation>Дополнительный тур голосования между ними ({title}) проведен</translation>
        </message>
        <message>
            <source>{held}; no ballots were cast.</source>
            <translation>{held}; бюллетени не поданы.</translation>
        </message>
        <message>
            <source>{held}; {names} tied again.</source>
            <translation>{held}; {names} снова делят место.</translation>
        </message>
        <message>
            <source>{held}; {names} tied again with {count} each.</source>
            <translation>{held}; {names} снова делят место: по {count} у каждого.</translation>
        </message>
        <message>
            <source>{name} ({count})</source>
            <translation>{name} ({count})</translation>
        </message>
        <message>
            <source>{before}, then {after}</source>
            <comment>places in an order</comment>
            <translation>{before}, затем {after}</translation>
        </message>
        <message>
            <source>{held}: {order}.</source>
            <translation>{held}: {order}.</translation>
        </message>
        <message>
            <source>Choose the voting round whose results to print.</source>
            <translation>Выберите тур голосования, результаты которого нужно напечатать.</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet, so it has no results to print. Results are printed once the round has been held and closed.</source>
            <translation>Голосование по туру «{title}» еще не открывалось, поэтому результатов для печати нет. Результаты печатаются после того, как тур проведен и закрыт.</translation>
        </message>
        <message>
            <source>“{title}” is still open for voting. Results are printed once the round closes: close it on the Vote step first.</source>
            <translation>Голосование по туру «{title}» еще открыто. Результаты печатаются после закрытия тура: сначала закройте его на этапе «Голосование».</translation>
        </message>
        <message>
            <source>No run-off has been held: they stay tied in this result.</source>
            <translation>Дополнительный тур голосования не проводился: в этом результате равенство голосов сохраняется.</translation>
        </message>
        <message>
            <source>No run-off has been held: the order stands as counted.</source>
            <translation>Дополнительный тур голосования не проводился: порядок остается таким, как при подсчете.</translation>
        </message>
        <message>
            <source>{names}: {outcome}</source>
            <translation>{names}: {outcome}</translation>
        </message>
        <message>
            <source>an earlier round</source>
            <translation>предыдущий тур</translation>
        </message>
        <message numerus="yes">
            <source>{voted} of %n organisation(s) voted</source>
            <translation>
                <numerusform>Проголосовали: {voted} из %n организации</numerusform>
                <numerusform>Проголосовали: {voted} из %n организаций</numerusform>
                <numerusform>Проголосовали: {voted} из %n организаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{voted} of %n participant(s) voted</source>
            <translation>
                <numerusform>Проголосовали: {voted} из %n участника</numerusform>
                <numerusform>Проголосовали: {voted} из %n участников</numerusform>
                <numerusform>Проголосовали: {voted} из %n участников</numerusform>
            </translation>
        </message>
        <message>
            <source>{turnout} ({share}%)</source>
            <translation>{turnout} ({share}%)</translation>
        </message>
        <message>
            <source>Secret: ballots are not linked to anyone</source>
            <translation>Тайное: бюллетени ни с кем не связаны</translation>
        </message>
        <message>
            <source>Open: who voted how is recorded, but this report names no one</source>
            <translation>Открытое: фиксируется, кто как проголосовал, но в этом отчете никто не назван</translation>
        </message>
        <message>
            <source>METHOD</source>
            <translation>СПОСОБ</translation>
        </message>
        <message>
            <source>BALLOT</source>
            <translation>БЮЛЛЕТЕНЬ</translation>
        </message>
        <message>
            <source>VOTERS</source>
            <translation>ГОЛОСУЮЩИЕ</translation>
        </message>
        <message>
            <source>One ballot per organisation</source>
            <translation>Один бюллетень на организацию</translation>
        </message>
        <message>
            <source>Each participant</source>
            <translation>Каждый участник</translation>
        </message>
        <message>
            <source>CLOSED</source>
            <translation>ЗАКРЫТ</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрыт</translation>
        </message>
        <message>
            <source>TURNOUT</source>
            <translation>ЯВКА</translation>
        </message>
        <message>
            <source>BALLOTS COUNTED</source>
            <translation>УЧТЕНО БЮЛЛЕТЕНЕЙ</translation>
        </message>
        <message>
            <source>RUN-OFF OF</source>
            <translation>ДОПОЛНИТЕЛЬНЫЙ ТУР ПО ИТОГАМ</translation>
        </message>
        <message>
            <source>No ballots were cast in this round.</source>
            <translation>В этом туре бюллетени не поданы.</translation>
        </message>
        <message>
            <source>{names} share first place: none of them beats another.</source>
            <translation>{names} делят первое место: ни один из них не побеждает другого.</translation>
        </message>
        <message>
            <source>{names} are tied for first place with {count} each.</source>
            <translation>{names} делят первое место: по {count} у каждого.</translation>
        </message>
        <message>
            <source>{name} came first with {count}.</source>
            <translation>На первом месте — {name}: {count}.</translation>
        </message>
        <message>
            <source>{names} share second place.</source>
            <translation>{names} делят второе место.</translation>
        </message>
        <message>
            <source>{names} share second place with {count} each.</source>
            <translation>{names} делят второе место: по {count} у каждого.</translation>
        </message>
        <message>
            <source>{name} came second with {count}.</source>
            <translation>На втором месте — {name}: {count}.</translation>
        </message>
        <message>
            <source>Rank</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Ties and close calls</source>
            <translation>Равенство голосов и минимальные разрывы</translation>
        </message>
        <message>
            <source>UPR Desktop applies no tie-break: candidates with the same figure share a rank (shown as =5), and results within {margin} of each other among the top places are reported as close calls. The room decides what to do about them, usually with a run-off between just those candidates.</source>
            <translation>UPR Desktop не применяет дополнительных правил для разрешения равенства голосов: кандидаты с одинаковым результатом делят место (обозначается как =5), а результаты, отличающиеся друг от друга не более чем на {margin}, среди первых мест указываются как минимальные разрывы. Как с ними поступить, решают присутствующие — обычно путем дополнительного тура голосования только между этими кандидатами.</translation>
        </message>
        <message>
            <source>There are no ties and no close calls: every place at the top of the table was decided by more than {margin}.</source>
            <translation>Равенства голосов и минимальных разрывов нет: каждое из первых мест таблицы определено с разрывом более {margin}.</translation>
        </message>
        <message>
            <source>Run-offs of this round</source>
            <translation>Дополнительные туры голосования по итогам этого тура</translation>
        </message>
        <message>
            <source>RESULTS OF A VOTE</source>
            <translation>РЕЗУЛЬТАТЫ ГОЛОСОВАНИЯ</translation>
        </message>
        <message>
            <source>Beatpath wins of the top {number}</source>
            <translation>Победы по сильнейшему пути: первые {number}</translation>
        </message>
        <message>
            <source>Beatpath wins per recommendation, in rank order</source>
            <translation>Победы по сильнейшему пути по каждой рекомендации, в порядке мест</translation>
        </message>
        <message>
            <source>Top {number} by {figure}</source>
            <translation>Первые {number} по показателю «{figure}»</translation>
        </message>
        <message>
            <source>{figure} per recommendation</source>
            <translation>{figure} по каждой рекомендации</translation>
        </message>
        <message>
            <source>Amber bars share their rank with another recommendation (a tie).</source>
            <translation>Полосы янтарного цвета делят место с другой рекомендацией (равенство голосов).</translation>
        </message>
        <message numerus="yes">
            <source>Not shown: %n recommendation(s) with no {figure}.</source>
            <translation>
                <numerusform>Не показана %n рекомендация, у которой нет показателя «{figure}».</numerusform>
                <numerusform>Не показаны %n рекомендации, у которых нет показателя «{figure}».</numerusform>
                <numerusform>Не показано %n рекомендаций, у которых нет показателя «{figure}».</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s), ranked by the Schulze method, as the rule above says.</source>
            <translation>
                <numerusform>%n рекомендация, ранжированная по методу Шульце, как указано в правиле выше.</numerusform>
                <numerusform>%n рекомендации, ранжированные по методу Шульце, как указано в правиле выше.</numerusform>
                <numerusform>%n рекомендаций, ранжированных по методу Шульце, как указано в правиле выше.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n recommendation(s), ranked by {figure}.</source>
            <translation>
                <numerusform>%n рекомендация; ранжирование: {figure}.</numerusform>
                <numerusform>%n рекомендации; ранжирование: {figure}.</numerusform>
                <numerusform>%n рекомендаций; ранжирование: {figure}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Full ranking</source>
            <translation>Полное ранжирование</translation>
        </message>
        <message>
            <source>A rank with = is shared with another recommendation.</source>
            <translation>Место со знаком = делится с другой рекомендацией.</translation>
        </message>
        <message>
            <source>This report names no voter.</source>
            <translation>В этом отчете не назван ни один голосующий.</translation>
        </message>
        <message>
            <source>The ballots of this round were secret.</source>
            <translation>Голосование в этом туре было тайным.</translation>
        </message>
        <message>
            <source>Printed {date} by UPR Desktop.</source>
            <translation>Напечатано {date} программой UPR Desktop.</translation>
        </message>
        <message>
            <source>Results: {round}</source>
            <translation>Результаты: {round}</translation>
        </message>
        <message>
            <source>Closed {moment}</source>
            <translation>Закрыт {moment}</translation>
        </message>
        <message>
            <source>Results of a vote</source>
            <translation>Результаты голосования</translation>
        </message>
        <message>
            <source>dots</source>
            <comment>ranked by</comment>
            <translation>точки</translation>
        </message>
        <message>
            <source>points</source>
            <comment>ranked by</comment>
            <translation>баллы</translation>
        </message>
        <message>
            <source>approvals</source>
            <comment>ranked by</comment>
            <translation>голоса «за»</translation>
        </message>
        <message>
            <source>sum of scores</source>
            <comment>ranked by</comment>
            <translation>сумма оценок</translation>
        </message>
        <message>
            <source>Borda points</source>
            <comment>ranked by</comment>
            <translation>баллы Борда</translation>
        </message>
        <message>
            <source>beatpath wins</source>
            <comment>ranked by</comment>
            <translation>победы по сильнейшему пути</translation>
        </message>
        <message>
            <source>MoSCoW points</source>
            <comment>ranked by</comment>
            <translation>баллы MoSCoW</translation>
        </message>
        <message>
            <source>No ties or close calls.</source>
            <translation>Равенства голосов и минимальных разрывов нет.</translation>
        </message>
    </context>
    <context>
        <name>Results export</name>
        <message>
            <source>Round</source>
            <translation>Тур</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Метод</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>Бюллетень</translation>
        </message>
        <message>
            <source>Open: who voted how is recorded</source>
            <translation>Открытое: фиксируется, кто как проголосовал</translation>
        </message>
        <message>
            <source>Voters</source>
            <translation>Голосующие</translation>
        </message>
        <message>
            <source>Turnout</source>
            <translation>Явка</translation>
        </message>
        <message>
            <source>Ballots counted</source>
            <translation>Учтено бюллетеней</translation>
        </message>
        <message>
            <source>Tied</source>
            <translation>Равенство голосов</translation>
        </message>
        <message>
            <source>tied</source>
            <translation>равенство голосов</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Как</translation>
        </message>
        <message>
            <source>Note</source>
            <translation>Примечание</translation>
        </message>
        <message>
            <source>Voter</source>
            <translation>Голосующий</translation>
        </message>
        <message>
            <source>Cast at</source>
            <translation>Время подачи</translation>
        </message>
        <message>
            <source>Blank ballot (abstention)</source>
            <translation>Пустой бюллетень (воздержание)</translation>
        </message>
    </context>
    <context>
        <name>Results sources</name>
        <message>
            <source>No ballots</source>
            <translation>Бюллетеней нет</translation>
        </message>
        <message numerus="yes">
            <source>%n ballot(s): {kiosk} at the laptop, {paper} on paper</source>
            <translation>
                <numerusform>%n бюллетень: {kiosk} — на ноутбуке, {paper} — на бумаге</numerusform>
                <numerusform>%n бюллетеня: {kiosk} — на ноутбуке, {paper} — на бумаге</numerusform>
                <numerusform>%n бюллетеней: {kiosk} — на ноутбуке, {paper} — на бумаге</numerusform>
            </translation>
        </message>
        <message>
            <source>1 ballot, on paper</source>
            <translation>1 бюллетень, на бумаге</translation>
        </message>
        <message numerus="yes">
            <source>%n ballots, all on paper</source>
            <translation>
                <numerusform>%n бюллетень, все на бумаге</numerusform>
                <numerusform>%n бюллетеня, все на бумаге</numerusform>
                <numerusform>%n бюллетеней, все на бумаге</numerusform>
            </translation>
        </message>
        <message>
            <source>1 ballot, at the laptop</source>
            <translation>1 бюллетень, на ноутбуке</translation>
        </message>
        <message numerus="yes">
            <source>%n ballots, all at the laptop</source>
            <translation>
                <numerusform>%n бюллетень, все на ноутбуке</numerusform>
                <numerusform>%n бюллетеня, все на ноутбуке</numerusform>
                <numerusform>%n бюллетеней, все на ноутбуке</numerusform>
            </translation>
        </message>
        <message>
            <source>1 person</source>
            <translation>1 человека</translation>
        </message>
        <message numerus="yes">
            <source>%n people</source>
            <translation>
                <numerusform>%n человека</numerusform>
                <numerusform>%n человек</numerusform>
                <numerusform>%n человек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wall chart: %n dot(s) from {people}</source>
            <translation>
                <numerusform>настенный плакат: %n точка от {people}</numerusform>
                <numerusform>настенный плакат: %n точки от {people}</numerusform>
                <numerusform>настенный плакат: %n точек от {people}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wall chart: %n point(s) from {people}</source>
            <translation>
                <numerusform>настенный плакат: %n балл от {people}</numerusform>
                <numerusform>настенный плакат: %n балла от {people}</numerusform>
                <numerusform>настенный плакат: %n баллов от {people}</numerusform>
            </translation>
        </message>
        <message>
            <source>{ballots}; {wall_chart}</source>
            <translation>{ballots}; {wall_chart}</translation>
        </message>
    </context>
    <context>
        <name>ResultsPage</name>
        <message>
            <source>Results</source>
            <translation>Результаты</translation>
        </message>
        <message>
            <source>A round's results show once it closes.</source>
            <translation>Результаты тура голосования показываются после его закрытия.</translation>
        </message>
        <message>
            <source>Voting round</source>
            <translation>Тур голосования</translation>
        </message>
        <message>
            <source>Round</source>
            <translation>Тур</translation>
        </message>
        <message>
            <source>Export results…</source>
            <translation>Экспорт результатов…</translation>
        </message>
        <message>
            <source>Save this round's results as an Excel workbook or a CSV file</source>
            <translation>Сохранить результаты этого тура голосования в книгу Excel или файл CSV</translation>
        </message>
        <message>
            <source>Show on projector</source>
            <translation>Показать на проекторе</translation>
        </message>
        <message>
            <source>Full screen on the second screen: the turnout while voting is open, the results once it closes</source>
            <translation>Во весь экран на втором мониторе: явка, пока голосование открыто, и результаты после его закрытия</translation>
        </message>
        <message>
            <source>No voting rounds yet.
Choose recommendations on the Review step, then set up a round on the Vote step. Its results show here once it closes.</source>
            <translation>Туров голосования пока нет.
Выберите рекомендации на этапе «Обзор», затем настройте тур голосования на этапе «Голосование». Его результаты появятся здесь после закрытия.</translation>
        </message>
        <message>
            <source>Go to the Vote step</source>
            <translation>Перейти к этапу «Голосование»</translation>
        </message>
        <message>
            <source>TIES AND CLOSE CALLS</source>
            <translation>РАВЕНСТВО ГОЛОСОВ И МИНИМАЛЬНЫЕ РАЗРЫВЫ</translation>
        </message>
        <message>
            <source>draft</source>
            <translation>проект</translation>
        </message>
        <message>
            <source>open for voting</source>
            <translation>открыт для голосования</translation>
        </message>
        <message>
            <source>closed</source>
            <translation>закрыт</translation>
        </message>
        <message>
            <source>OPEN FOR VOTING</source>
            <translation>ОТКРЫТ ДЛЯ ГОЛОСОВАНИЯ</translation>
        </message>
        <message>
            <source>Results appear here when the round closes: nobody sees any figure while people are still voting. Close the round on the Vote step once everyone has voted.</source>
            <translation>Результаты появятся здесь после закрытия тура голосования: пока люди голосуют, никто не видит никаких цифр. Закройте тур голосования на этапе «Голосование», когда все проголосуют.</translation>
        </message>
        <message>
            <source>DRAFT</source>
            <translation>ПРОЕКТ</translation>
        </message>
        <message>
            <source>This round has not opened for voting yet. Open it on the Vote step; its results show here once it closes.</source>
            <translation>Этот тур голосования еще не открыт. Откройте его на этапе «Голосование»; результаты появятся здесь после его закрытия.</translation>
        </message>
        <message numerus="yes">
            <source>%n of 1 has voted</source>
            <translation>
                <numerusform>Проголосовал %n из 1</numerusform>
                <numerusform>Проголосовали %n из 1</numerusform>
                <numerusform>Проголосовали %n из 1</numerusform>
            </translation>
        </message>
        <message>
            <source>%1 of %2 have voted</source>
            <translation>Проголосовали: %1 из %2</translation>
        </message>
        <message>
            <source>Closed %1</source>
            <translation>Закрыт %1</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрыт</translation>
        </message>
        <message>
            <source>secret ballot</source>
            <translation>тайное голосование</translation>
        </message>
        <message>
            <source>open ballot: who voted how is recorded</source>
            <translation>открытое голосование: записывается, кто как голосовал</translation>
        </message>
        <message>
            <source>one ballot per organisation</source>
            <translation>один бюллетень от каждой организации</translation>
        </message>
        <message>
            <source>run-off of “%1”</source>
            <translation>дополнительный тур голосования по итогам «%1»</translation>
        </message>
        <message>
            <source>a run-off</source>
            <translation>дополнительный тур голосования</translation>
        </message>
        <message>
            <source>Turnout: %1. %2.</source>
            <translation>Явка: %1. %2.</translation>
        </message>
        <message>
            <source>%1 OF THE TOP %2, IN RANK ORDER</source>
            <translation>%1: ПЕРВЫЕ %2, В ПОРЯДКЕ МЕСТ</translation>
        </message>
        <message>
            <source>%1, IN RANK ORDER</source>
            <translation>%1, В ПОРЯДКЕ МЕСТ</translation>
        </message>
        <message>
            <source>TOP %1 BY %2</source>
            <translation>ПЕРВЫЕ %1 ПО КРИТЕРИЮ: %2</translation>
        </message>
        <message>
            <source>BY %1</source>
            <translation>ПО КРИТЕРИЮ: %1</translation>
        </message>
        <message>
            <source>Open the run-off</source>
            <translation>Открыть дополнительный тур голосования</translation>
        </message>
        <message>
            <source>A run-off between these candidates exists: show it on the Vote step</source>
            <translation>Дополнительный тур голосования между этими кандидатами уже существует: показать его на этапе «Голосование»</translation>
        </message>
        <message>
            <source>Create a run-off between %1</source>
            <translation>Создать дополнительный тур голосования для %1</translation>
        </message>
        <message numerus="yes">
            <source>Create a run-off between these %n</source>
            <translation>
                <numerusform>Создать дополнительный тур голосования для этих %n кандидата</numerusform>
                <numerusform>Создать дополнительный тур голосования для этих %n кандидатов</numerusform>
                <numerusform>Создать дополнительный тур голосования для этих %n кандидатов</numerusform>
            </translation>
        </message>
        <message>
            <source>A new draft round between %1 only, with the same method and secrecy. Undo with Ctrl+Z.</source>
            <translation>Новый проект тура голосования только для %1, с тем же методом и тем же режимом тайности. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Show fewer</source>
            <translation>Показать меньше</translation>
        </message>
        <message>
            <source>Show %1 more</source>
            <translation>Показать еще %1</translation>
        </message>
        <message>
            <source>Create a run-off</source>
            <translation>Создание дополнительного тура голосования</translation>
        </message>
        <message>
            <source>Run-off created as a draft round. Open it for voting on the Vote step. Undo with Ctrl+Z.</source>
            <translation>Дополнительный тур голосования создан как проект. Откройте его для голосования на этапе «Голосование». Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Results – %1</source>
            <translation>Результаты — %1</translation>
        </message>
        <message>
            <source>Export results</source>
            <translation>Экспорт результатов</translation>
        </message>
        <message>
            <source>Results saved to %1</source>
            <translation>Результаты сохранены в %1</translation>
        </message>
        <message>
            <source>The projector shows “%1”. Press Esc or double-click it to close it.</source>
            <translation>Проектор показывает «%1». Нажмите Esc или дважды щелкните по нему, чтобы закрыть.</translation>
        </message>
    </context>
    <context>
        <name>ResultsTableModel</name>
        <message>
            <source>Rank</source>
            <translation>Место</translation>
        </message>
        <message>
            <source>Reference</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>“=3” means the candidate shares 3rd place: no tie-break is applied.</source>
            <translation>«=3» означает, что кандидат делит 3-е место: дополнительные правила для разрешения равенства голосов не применяются.</translation>
        </message>
        <message>
            <source>Tied for %1 place</source>
            <translation>Равенство голосов: %1 место</translation>
        </message>
    </context>
    <context>
        <name>ReviewPage</name>
        <message>
            <source>Review the recommendations</source>
            <translation>Изучите рекомендации</translation>
        </message>
        <message>
            <source>New recommendation</source>
            <translation>Новая рекомендация</translation>
        </message>
        <message>
            <source>Add a recommendation by hand (Ctrl+Shift+N)</source>
            <translation>Добавить рекомендацию вручную (Ctrl+Shift+N)</translation>
        </message>
        <message>
            <source>Edit</source>
            <translation>Изменить</translation>
        </message>
        <message>
            <source>Edit the selected recommendation (Enter)</source>
            <translation>Изменить выбранную рекомендацию (Enter)</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Delete the selected recommendations (Del)</source>
            <translation>Удалить выбранные рекомендации (Del)</translation>
        </message>
        <message>
            <source>Export…</source>
            <translation>Экспорт…</translation>
        </message>
        <message>
            <source>Export the list</source>
            <translation>Экспорт списка</translation>
        </message>
        <message>
            <source>Save the recommendations listed here, with this search and these filters, as Excel or CSV</source>
            <translation>Сохранить перечисленные здесь рекомендации с этим поиском и этими фильтрами в Excel или CSV</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Рекомендации</translation>
        </message>
        <message>
            <source>All States under review</source>
            <translation>Все государства — объекты обзора</translation>
        </message>
        <message>
            <source>UPR cycle %1</source>
            <translation>Цикл УПО %1</translation>
        </message>
        <message numerus="yes">
            <source>%Ln recommendation(s)</source>
            <translation>
                <numerusform>%Ln рекомендация</numerusform>
                <numerusform>%Ln рекомендации</numerusform>
                <numerusform>%Ln рекомендаций</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n supported</source>
            <translation>
                <numerusform>%n поддержана</numerusform>
                <numerusform>%n поддержаны</numerusform>
                <numerusform>%n поддержано</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n noted</source>
            <translation>
                <numerusform>%n принята к сведению</numerusform>
                <numerusform>%n приняты к сведению</numerusform>
                <numerusform>%n принято к сведению</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Delete %n recommendation(s)? Their notes are deleted with them. You can undo this with Ctrl+Z.</source>
            <translation>
                <numerusform>Удалить %n рекомендацию? Заметки к ней будут удалены вместе с ней. Это можно отменить с помощью Ctrl+Z.</numerusform>
                <numerusform>Удалить %n рекомендации? Заметки к ним будут удалены вместе с ними. Это можно отменить с помощью Ctrl+Z.</numerusform>
                <numerusform>Удалить %n рекомендаций? Заметки к ним будут удалены вместе с ними. Это можно отменить с помощью Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Saved %n recommendation(s) to {path}</source>
            <translation>
                <numerusform>%n рекомендация сохранена в {path}</numerusform>
                <numerusform>%n рекомендации сохранены в {path}</numerusform>
                <numerusform>%n рекомендаций сохранено в {path}</numerusform>
            </translation>
        </message>
        <message>
            <source>best matches first</source>
            <translation>сначала лучшие совпадения</translation>
        </message>
        <message>
            <source>too many matches to rank: in file order</source>
            <translation>слишком много совпадений для ранжирования: в порядке файла</translation>
        </message>
        <message>
            <source>This workshop has no recommendations yet.
Import the country's recommendations from a UPR Info, UHRI or OHCHR file, or add them by hand.</source>
            <translation>В этом семинаре пока нет рекомендаций.
Импортируйте рекомендации, полученные страной, из файла UPR Info, UHRI или УВКПЧ или добавьте их вручную.</translation>
        </message>
        <message>
            <source>Add one by hand</source>
            <translation>Добавить вручную</translation>
        </message>
        <message>
            <source>Import recommendations…</source>
            <translation>Импорт рекомендаций…</translation>
        </message>
        <message>
            <source>No recommendations match — clear the filters to see all %1.</source>
            <translation>Нет рекомендаций, соответствующих условиям, — сбросьте фильтры, чтобы увидеть все (%1).</translation>
        </message>
        <message>
            <source>Clear filters</source>
            <translation>Сбросить фильтры</translation>
        </message>
        <message>
            <source>Recommendation added. Undo with Ctrl+Z.</source>
            <translation>Рекомендация добавлена. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Recommendation added. The current search or filters hide it.</source>
            <translation>Рекомендация добавлена. Текущий поиск или фильтры скрывают ее.</translation>
        </message>
        <message>
            <source>Recommendation saved.</source>
            <translation>Рекомендация сохранена.</translation>
        </message>
        <message>
            <source>this recommendation</source>
            <translation>эту рекомендацию</translation>
        </message>
        <message>
            <source>Delete %1? Its notes are deleted with it. You can undo this with Ctrl+Z.</source>
            <translation>Удалить %1? Заметки к ней будут удалены вместе с ней. Это можно отменить с помощью Ctrl+Z.</translation>
        </message>
        <message>
            <source>The charter's priorities %1 cite it; they will no longer do so.</source>
            <translation>На нее ссылаются приоритеты хартии %1; больше они ссылаться на нее не будут.</translation>
        </message>
        <message>
            <source>Delete recommendations</source>
            <translation>Удаление рекомендаций</translation>
        </message>
        <message>
            <source>Recommendation deleted. Undo with Ctrl+Z.</source>
            <translation>Рекомендация удалена. Отменить: Ctrl+Z.</translation>
        </message>
        <message numerus="yes">
            <source>%n recommendations deleted. Undo with Ctrl+Z.</source>
            <translation>
                <numerusform>Удалена %n рекомендация. Отменить: Ctrl+Z.</numerusform>
                <numerusform>Удалено %n рекомендации. Отменить: Ctrl+Z.</numerusform>
                <numerusform>Удалено %n рекомендаций. Отменить: Ctrl+Z.</numerusform>
            </translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx);;CSV files (*.csv)</source>
            <translation>Книги Excel (*.xlsx);;Файлы CSV (*.csv)</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Add a note</source>
            <translation>Добавить заметку</translation>
        </message>
        <message>
            <source>Delete…</source>
            <translation>Удалить…</translation>
        </message>
    </context>
    <context>
        <name>RoundDialog</name>
        <message>
            <source>Edit voting round</source>
            <translation>Изменение тура голосования</translation>
        </message>
        <message>
            <source>New voting round</source>
            <translation>Новый тур голосования</translation>
        </message>
        <message>
            <source>e.g. Our five priorities for the next four years</source>
            <translation>например, Наши пять приоритетов на ближайшие четыре года</translation>
        </message>
        <message>
            <source>Keep its %1 candidates</source>
            <translation>Сохранить текущих кандидатов (%1)</translation>
        </message>
        <message>
            <source>Selected recommendations (%1)</source>
            <translation>Выбранные рекомендации (%1)</translation>
        </message>
        <message>
            <source>Selected recommendations (none selected on the Review page)</source>
            <translation>Выбранные рекомендации (на странице «Обзор» ничего не выбрано)</translation>
        </message>
        <message>
            <source>All %1 shown by the current filter</source>
            <translation>Все рекомендации, отобранные текущим фильтром (%1)</translation>
        </message>
        <message>
            <source>All %1 recommendations (no filter is set on the Review page)</source>
            <translation>Все рекомендации: %1 (на странице «Обзор» фильтр не задан)</translation>
        </message>
        <message>
            <source>To vote on some recommendations, pick them on the Review page: select them there (Ctrl+click or Shift+click picks several), or search and filter the list, then come back to create the round.</source>
            <translation>Чтобы проголосовать по некоторым рекомендациям, выберите их на странице «Обзор»: выделите их там (Ctrl+щелчок или Shift+щелчок выделяет несколько) или воспользуйтесь поиском и фильтрами, затем вернитесь и создайте тур голосования.</translation>
        </message>
        <message>
            <source>Go to Review</source>
            <translation>Перейти к этапу «Обзор»</translation>
        </message>
        <message>
            <source>Limit what one candidate can get, to at most</source>
            <translation>Ограничить: один кандидат может получить не более</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>Тайное голосование: никто не может увидеть, кто за что голосовал</translation>
        </message>
        <message>
            <source>Open ballot: who voted for what is kept, to show once closed</source>
            <translation>Открытое голосование: сохраняется, кто за что голосовал, чтобы показать это после закрытия</translation>
        </message>
        <message>
            <source>Voters pick their name at the laptop</source>
            <translation>Голосующие выбирают свое имя на ноутбуке</translation>
        </message>
        <message>
            <source>Anonymous ballot codes: each person takes a printed code at random</source>
            <translation>Анонимные коды бюллетеней: каждый участник берет наугад талон с напечатанным кодом</translation>
        </message>
        <message>
            <source>One per participant plus about 10% spare, for slips lost or spoilt.</source>
            <translation>По одному на участника плюс около 10% запаса на случай потерянных или испорченных талонов.</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Кандидаты</translation>
        </message>
        <message>
            <source>Method</source>
            <translation>Метод</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>Бюллетень</translation>
        </message>
        <message>
            <source>Who votes</source>
            <translation>Кто голосует</translation>
        </message>
        <message>
            <source>Save changes</source>
            <translation>Сохранить изменения</translation>
        </message>
        <message>
            <source>Create round</source>
            <translation>Создать тур голосования</translation>
        </message>
        <message numerus="yes">
            <source>%n code(s)</source>
            <comment>the number of ballot codes to make, shown in a spin box</comment>
            <translation>
                <numerusform>%n код</numerusform>
                <numerusform>%n кода</numerusform>
                <numerusform>%n кодов</numerusform>
            </translation>
        </message>
        <message>
            <source>Dots per person</source>
            <translation>Точек на человека</translation>
        </message>
        <message>
            <source>Rule of thumb: a third of the %1 candidates, %2.</source>
            <translation>Практическое правило: треть от числа кандидатов (%1), то есть %2.</translation>
        </message>
        <message>
            <source>Points per person</source>
            <translation>Баллов на человека</translation>
        </message>
        <message>
            <source>Usually %1.</source>
            <translation>Обычно %1.</translation>
        </message>
        <message>
            <source>The strongest secrecy: the workshop file never learns who held which code, so nothing on this laptop ties a ballot to a person, even if a specialist examines its disk. The codes are shown once, when the round opens: print the slips then, cut them up, let people take one at random. Tick attendance on paper or with Attendance… on the Vote step, before or after the vote, never as people vote.</source>
            <translation>Наиболее надежная защита тайны голосования: в файле семинара никогда не фиксируется, у кого какой код, поэтому ничто на этом ноутбуке не связывает бюллетень с человеком, даже если его диск исследует специалист. Коды показываются один раз, при открытии тура голосования: тогда же напечатайте талоны, разрежьте их и предложите каждому взять один наугад. Отмечайте присутствующих на бумаге или с помощью кнопки «Присутствующие…» на этапе «Голосование» до или после голосования, но ни в коем случае не во время него.</translation>
        </message>
        <message>
            <source>With one ballot per organisation, voters pick their name. Someone who opens the workshop file with this app or with SQLite can't see who cast which ballot, nor in what order. This does not hold against a specialist who recovers old data from the laptop's disk: for that, use anonymous ballot codes with one ballot per person.</source>
            <translation>При одном бюллетене от каждой организации голосующие выбирают свое имя. Тот, кто откроет файл семинара этой программой или средствами SQLite, не сможет увидеть, кто подал какой бюллетень и в каком порядке. Эта защита не действует против специалиста, способного восстановить старые данные с диска ноутбука: в таком случае используйте анонимные коды бюллетеней и один бюллетень на человека.</translation>
        </message>
        <message>
            <source>Convenient. Someone who opens the workshop file with this app or with SQLite can't see who cast which ballot, nor in what order. It does not hold against a specialist who recovers old data from the laptop's disk: where that is a risk, use anonymous ballot codes.</source>
            <translation>Удобный вариант. Тот, кто откроет файл семинара этой программой или средствами SQLite, не сможет увидеть, кто подал какой бюллетень и в каком порядке. Эта защита не действует против специалиста, способного восстановить старые данные с диска ноутбука: там, где такой риск есть, используйте анонимные коды бюллетеней.</translation>
        </message>
        <message>
            <source>Choose the candidates: the selected recommendations, or all those shown on the Review page.</source>
            <translation>Выберите кандидатов: выделенные рекомендации или все рекомендации, показанные на странице «Обзор».</translation>
        </message>
    </context>
    <context>
        <name>SetPassphraseDialog</name>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
    </context>
    <context>
        <name>Signature page</name>
        <message>
            <source>Organisation</source>
            <translation>Организация</translation>
        </message>
        <message>
            <source>Representative</source>
            <translation>Представитель</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Должность</translation>
        </message>
        <message>
            <source>Signature</source>
            <translation>Подпись</translation>
        </message>
        <message>
            <source>Date</source>
            <translation>Дата</translation>
        </message>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>The organisations below adopted this charter.</source>
            <translation>Нижеперечисленные организации приняли настоящую хартию.</translation>
        </message>
        <message>
            <source>The organisations below endorse this charter.</source>
            <translation>Нижеперечисленные организации одобряют настоящую хартию.</translation>
        </message>
    </context>
    <context>
        <name>Spreadsheet export</name>
        <message>
            <source>Themes</source>
            <translation>Темы</translation>
        </message>
        <message>
            <source>About</source>
            <translation>О файле</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Семинар</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Создан</translation>
        </message>
        <message>
            <source>{moment} by UPR Desktop</source>
            <translation>{moment} программой UPR Desktop</translation>
        </message>
        <message>
            <source>Rows</source>
            <translation>Строк</translation>
        </message>
        <message>
            <source>Search</source>
            <translation>Поиск</translation>
        </message>
        <message>
            <source>Implementation matrix</source>
            <translation>Матрица осуществления</translation>
        </message>
        <message>
            <source>Priority no.</source>
            <translation>№ приоритета</translation>
        </message>
        <message>
            <source>Priority</source>
            <translation>Приоритет</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Статус</translation>
        </message>
        <message>
            <source>Recommendation reference</source>
            <translation>Номер рекомендации</translation>
        </message>
        <message>
            <source>Recommendation text</source>
            <translation>Текст рекомендации</translation>
        </message>
        <message>
            <source>Charter</source>
            <translation>Хартия</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Проект</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message numerus="yes">
            <source>%n row(s): one per priority and recommendation it cites</source>
            <translation>
                <numerusform>%n строка: по одной на каждый приоритет и каждую рекомендацию, на которую он ссылается</numerusform>
                <numerusform>%n строки: по одной на каждый приоритет и каждую рекомендацию, на которую он ссылается</numerusform>
                <numerusform>%n строк: по одной на каждый приоритет и каждую рекомендацию, на которую он ссылается</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stakeholder submission</name>
        <message>
            <source>the State</source>
            <translation>государство</translation>
        </message>
        <message>
            <source>Joint stakeholder submission on {country} for the next Universal Periodic Review</source>
            <translation>Совместный материал заинтересованных сторон по государству {country} для следующего универсального периодического обзора</translation>
        </message>
        <message>
            <source>Stakeholder submission on {country} for the next Universal Periodic Review</source>
            <translation>Материал заинтересованной стороны по государству {country} для следующего универсального периодического обзора</translation>
        </message>
        <message>
            <source>Introduction and methodology</source>
            <translation>Введение и методология</translation>
        </message>
        <message>
            <source>This submission follows up the recommendations {country} received at its last review ({review}) and the priorities civil society set at the {workshop}.</source>
            <translation>Настоящий материал посвящен последующей деятельности по рекомендациям, полученным государством {country} в ходе последнего обзора ({review}), и по приоритетам, определенным гражданским обществом на семинаре «{workshop}».</translation>
        </message>
        <message>
            <source>the previous cycle</source>
            <translation>предыдущий цикл</translation>
        </message>
        <message>
            <source>workshop</source>
            <translation>семинар</translation>
        </message>
        <message>
            <source>Follow-up of the priorities</source>
            <translation>Последующая деятельность по приоритетам</translation>
        </message>
        <message>
            <source>The charter has no priorities yet.</source>
            <translation>В хартии пока нет приоритетов.</translation>
        </message>
        <message>
            <source>Recommendations for the next review</source>
            <translation>Рекомендации для следующего обзора</translation>
        </message>
        <message>
            <source>Word count: {count} of {cap} (joint submission, annexes not counted).</source>
            <translation>Число слов: {count} из {cap} (совместный материал, без учета приложений).</translation>
        </message>
        <message>
            <source>Word count: {count} of {cap} (one organisation, annexes not counted).</source>
            <translation>Число слов: {count} из {cap} (материал одной организации, без учета приложений).</translation>
        </message>
        <message>
            <source>Annex: assessment matrix</source>
            <translation>Приложение: матрица оценки</translation>
        </message>
        <message>
            <source>Current status</source>
            <translation>Текущий статус</translation>
        </message>
        <message>
            <source>Assessed on</source>
            <translation>Дата оценки</translation>
        </message>
        <message>
            <source>By</source>
            <translation>Кем оценено</translation>
        </message>
    </context>
    <context>
        <name>StartScreen</name>
        <message>
            <source>Today, {time}</source>
            <translation>Сегодня, {time}</translation>
        </message>
        <message>
            <source>Yesterday, {time}</source>
            <translation>Вчера, {time}</translation>
        </message>
        <message>
            <source>UPR Desktop</source>
            <translation>UPR Desktop</translation>
        </message>
        <message>
            <source>Run a UPR follow-up workshop offline: review recommendations, cluster, vote, and sign an outcome charter.</source>
            <translation>Проводите семинар по последующей деятельности в связи с УПО без интернета: изучите рекомендации, распределите их по тематическим группам, проголосуйте и подпишите итоговую хартию.</translation>
        </message>
        <message>
            <source>Open the demo workshop</source>
            <translation>Открыть демонстрационный семинар</translation>
        </message>
        <message>
            <source>Explore with illustrative recommendations. It stays as you leave it.</source>
            <translation>Познакомьтесь с программой на иллюстративных рекомендациях. Семинар остается в том виде, в каком вы его оставите.</translation>
        </message>
        <message>
            <source>New workshop…</source>
            <translation>Новый семинар…</translation>
        </message>
        <message>
            <source>Start an empty workshop file, then import the country's recommendations.</source>
            <translation>Создайте пустой файл семинара, затем импортируйте рекомендации, полученные страной.</translation>
        </message>
        <message>
            <source>Open a workshop…</source>
            <translation>Открыть семинар…</translation>
        </message>
        <message>
            <source>Continue a workshop saved on this laptop or a USB stick (.uprw).</source>
            <translation>Продолжите семинар, сохраненный на этом ноутбуке или USB-накопителе (.uprw).</translation>
        </message>
        <message>
            <source>Start the demo afresh…</source>
            <translation>Начать демонстрацию заново…</translation>
        </message>
        <message>
            <source>Replace the demo workshop with a fresh copy</source>
            <translation>Заменить демонстрационный семинар новой копией</translation>
        </message>
        <message>
            <source>START</source>
            <translation>НАЧАЛО</translation>
        </message>
        <message>
            <source>RECENT WORKSHOPS</source>
            <translation>ПОСЛЕДНИЕ СЕМИНАРЫ</translation>
        </message>
        <message>
            <source>Recent workshops</source>
            <translation>Последние семинары</translation>
        </message>
        <message>
            <source>Workshops you open or create will be listed here.</source>
            <translation>Здесь будут перечислены семинары, которые вы открываете или создаете.</translation>
        </message>
        <message>
            <source>Drop a .uprw workshop or a recommendations file (CSV, XLS/XLSX, DOCX, JSON) here</source>
            <translation>Перетащите сюда семинар .uprw или файл с рекомендациями (CSV, XLS/XLSX, DOCX, JSON)</translation>
        </message>
        <message>
            <source>About UPR Desktop %1</source>
            <translation>О программе UPR Desktop %1</translation>
        </message>
        <message>
            <source>The version, where settings and backups are kept, and the licences</source>
            <translation>Версия, место хранения настроек и резервных копий, лицензии</translation>
        </message>
        <message>
            <source>Choose the language of the interface:</source>
            <translation>Выберите язык интерфейса:</translation>
        </message>
        <message>
            <source>Portable: settings, recent workshops and backups stay beside the app, in “%1”. Nothing is written to this computer.</source>
            <translation>Переносная версия: настройки, последние семинары и резервные копии хранятся рядом с программой, в «%1». На этот компьютер ничего не записывается.</translation>
        </message>
        <message>
            <source>Works without internet. Workshop files stay on this computer unless you copy them.</source>
            <translation>Работает без интернета. Файлы семинаров остаются на этом компьютере, если вы их не скопируете.</translation>
        </message>
    </context>
    <context>
        <name>Tally sheet</name>
        <message>
            <source>Tally of dots</source>
            <translation>Подсчет точек</translation>
        </message>
        <message>
            <source>Total dots</source>
            <translation>Всего точек</translation>
        </message>
        <message>
            <source>Points as read out</source>
            <translation>Баллы по оглашению</translation>
        </message>
        <message>
            <source>Total points</source>
            <translation>Всего баллов</translation>
        </message>
        <message>
            <source>Tally of ticks</source>
            <translation>Подсчет отметок</translation>
        </message>
        <message>
            <source>Total ticks</source>
            <translation>Всего отметок</translation>
        </message>
        <message>
            <source>Scores as read out</source>
            <translation>Оценки по оглашению</translation>
        </message>
        <message>
            <source>Sum</source>
            <translation>Сумма</translation>
        </message>
        <message>
            <source>Rated by</source>
            <translation>Число оценивших</translation>
        </message>
        <message>
            <source>Tally of first choices</source>
            <translation>Подсчет первых выборов</translation>
        </message>
        <message>
            <source>First choices</source>
            <translation>Первые выборы</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>Must (обязательно)</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>Should (следует)</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>Could (можно)</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>Won't (не будет)</translation>
        </message>
        <message>
            <source>For the people who count the paper ballots; it is not a ballot. Read each ballot aloud, keep the count here, then total each row.</source>
            <translation>Для тех, кто подсчитывает бумажные бюллетени; это не бюллетень. Зачитывайте каждый бюллетень вслух, ведите подсчет здесь, а затем подведите итог по каждой строке.</translation>
        </message>
        <message>
            <source>Ranked ballots are counted by UPR Desktop: type every paper ballot in on the Vote step. This sheet keeps a check of first choices.</source>
            <translation>Ранжированные бюллетени подсчитывает UPR Desktop: введите каждый бумажный бюллетень на этапе «Голосование». Этот лист служит для проверки первых выборов.</translation>
        </message>
        <message>
            <source>Type the paper ballots in on the Vote step as well: this sheet is the check.</source>
            <translation>Введите бумажные бюллетени также на этапе «Голосование»: этот лист служит для проверки.</translation>
        </message>
        <message>
            <source>Ballots handed out</source>
            <translation>Выдано бюллетеней</translation>
        </message>
        <message>
            <source>Ballots returned</source>
            <translation>Возвращено бюллетеней</translation>
        </message>
        <message>
            <source>Blank ballots</source>
            <translation>Пустые бюллетени</translation>
        </message>
        <message>
            <source>Spoilt ballots</source>
            <translation>Испорчено бюллетеней</translation>
        </message>
        <message>
            <source>Counted by</source>
            <translation>Подсчитал(а)</translation>
        </message>
        <message>
            <source>Checked by</source>
            <translation>Проверил(а)</translation>
        </message>
        <message>
            <source>FOR THE FACILITATOR</source>
            <translation>ДЛЯ ВЕДУЩЕГО</translation>
        </message>
        <message>
            <source>Tally sheet: {round}</source>
            <translation>Лист подсчета: {round}</translation>
        </message>
    </context>
    <context>
        <name>Travel copy</name>
        <message>
            <source>Wrote the travel copy to {path}.</source>
            <translation>Копия для поездки записана в {path}.</translation>
        </message>
        <message>
            <source>participants' names, contacts and personal codes</source>
            <translation>имена участников, их контактные данные и личные коды</translation>
        </message>
        <message>
            <source>authors of comments</source>
            <translation>авторы комментариев</translation>
        </message>
        <message>
            <source>confidential evidence and testimony</source>
            <translation>конфиденциальные доказательства и свидетельства</translation>
        </message>
        <message>
            <source>organisations that did not consent to be named</source>
            <translation>организации, не давшие согласия на указание их названия</translation>
        </message>
        <message>
            <source>the history of changes (it names people)</source>
            <translation>история изменений (в ней названы люди)</translation>
        </message>
        <message>
            <source>recommendations, with their notes (without their authors)</source>
            <translation>рекомендации с примечаниями к ним (без указания авторов)</translation>
        </message>
        <message>
            <source>clusters</source>
            <translation>тематические группы</translation>
        </message>
        <message>
            <source>voting rounds and their results</source>
            <translation>туры голосования и их результаты</translation>
        </message>
        <message>
            <source>the charter (signatories shown as “Organisation 1”, “Organisation 2”…)</source>
            <translation>хартия (подписавшие ее организации указаны как «Организация 1», «Организация 2»…)</translation>
        </message>
        <message>
            <source>follow-up assessments and evidence that is neither confidential nor testimony</source>
            <translation>оценки в рамках последующей деятельности и доказательства, которые не являются ни конфиденциальными, ни свидетельствами</translation>
        </message>
        <message>
            <source>the workshop's title, country, dates, venue and organisers</source>
            <translation>название семинара, страна, даты, место проведения и организаторы</translation>
        </message>
        <message>
            <source>Left out of the travel copy:</source>
            <translation>Не включено в копию для поездки:</translation>
        </message>
        <message>
            <source>Kept:</source>
            <translation>Сохранено:</translation>
        </message>
        <message>
            <source>No organisation has recorded consent to be named in this workshop, so every organisation is shown by number.</source>
            <translation>Ни одна организация в этом семинаре не дала зафиксированного согласия на указание ее названия, поэтому все организации обозначены номерами.</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name for the travel copy.</source>
            <translation>«{name}» уже существует. Выберите другое имя файла копии для поездки.</translation>
        </message>
        <message>
            <source>The travel copy must be a new file.</source>
            <translation>Копия для поездки должна быть новым файлом.</translation>
        </message>
        <message>
            <source>Can't write to “{folder}”. Choose another folder.</source>
            <translation>Не удается записать в папку «{folder}». Выберите другую папку.</translation>
        </message>
        <message>
            <source>The travel copy could not be written ({error}). The workshop is unchanged.</source>
            <translation>Не удалось записать копию для поездки ({error}). Семинар не изменен.</translation>
        </message>
    </context>
    <context>
        <name>TravelCopyDialog</name>
        <message>
            <source>Save a travel copy</source>
            <translation>Сохранение копии для поездки</translation>
        </message>
        <message>
            <source>Left out</source>
            <translation>Не включено</translation>
        </message>
        <message>
            <source>Nothing in this workshop identifies people.</source>
            <translation>В этом семинаре нет сведений, позволяющих установить личность людей.</translation>
        </message>
        <message>
            <source>Kept</source>
            <translation>Сохранено</translation>
        </message>
        <message>
            <source>As a workshop file (.uprw) that opens in UPR Desktop</source>
            <translation>Как файл семинара (.uprw), который открывается в UPR Desktop</translation>
        </message>
        <message>
            <source>As a PDF of the charter, without the names of the people who signed it (their organisations stay)</source>
            <translation>Как PDF-файл хартии без имен подписавших ее людей (названия их организаций сохраняются)</translation>
        </message>
        <message>
            <source>Protect the travel copy with a passphrase of its own</source>
            <translation>Защитить копию для поездки отдельной парольной фразой</translation>
        </message>
        <message>
            <source>Worth it even without names: the charter and results still show what the coalition works on.</source>
            <translation>Это имеет смысл даже без имен: хартия и результаты все равно показывают, над чем работает коалиция.</translation>
        </message>
        <message>
            <source>Save it</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Save travel copy…</source>
            <translation>Сохранить копию для поездки…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>A copy to carry across a border or hand on: it leaves out what identifies the people who took part. This workshop itself is not changed.</source>
            <translation>Копия, которую можно провезти через границу или передать другим: в нее не включается то, что позволяет установить личность участников. Сам этот семинар не изменяется.</translation>
        </message>
        <message>
            <source>{name} (travel copy){suffix}</source>
            <translation>{name} (копия для поездки){suffix}</translation>
        </message>
        <message>
            <source>Save the travel copy</source>
            <translation>Сохранение копии для поездки</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>Документы PDF (*.pdf)</translation>
        </message>
        <message>
            <source>UPR Desktop workshops (*.uprw)</source>
            <translation>Семинары UPR Desktop (*.uprw)</translation>
        </message>
        <message>
            <source>Choose another file: the travel copy can't replace the workshop.</source>
            <translation>Выберите другой файл: копия для поездки не может заменить сам семинар.</translation>
        </message>
        <message>
            <source>Set the travel copy's passphrase</source>
            <translation>Задайте парольную фразу копии для поездки</translation>
        </message>
        <message>
            <source>“{name}” will be encrypted with it. Give it to whoever will open the copy by another way than the copy itself.</source>
            <translation>«{name}» будет зашифрован с этой фразой. Сообщите ее тому, кто будет открывать копию, другим путем — не тем, которым передается сама копия.</translation>
        </message>
        <message>
            <source>Save travel copy</source>
            <translation>Сохранить копию для поездки</translation>
        </message>
        <message>
            <source>The travel copy could not be saved: {reason}</source>
            <translation>Не удалось сохранить копию для поездки: {reason}</translation>
        </message>
        <message>
            <source>The travel copy was saved to {path}</source>
            <translation>Копия для поездки сохранена в {path}</translation>
        </message>
    </context>
    <context>
        <name>VotePage</name>
        <message>
            <source>Vote on priorities</source>
            <translation>Голосование по приоритетам</translation>
        </message>
        <message>
            <source>Set up a round, open it, and let people vote at this laptop or on paper. Results stay hidden until you close the round.</source>
            <translation>Настройте тур голосования, откройте его и предложите участникам проголосовать на этом ноутбуке или на бумаге. Результаты скрыты, пока вы не закроете тур голосования.</translation>
        </message>
        <message>
            <source>New round</source>
            <translation>Новый тур голосования</translation>
        </message>
        <message>
            <source>Set up a vote on the recommendations selected or shown on the Review page</source>
            <translation>Настроить голосование по рекомендациям, выделенным или показанным на странице «Обзор»</translation>
        </message>
        <message>
            <source>Voting rounds</source>
            <translation>Туры голосования</translation>
        </message>
        <message>
            <source>ROUNDS</source>
            <translation>ТУРЫ ГОЛОСОВАНИЯ</translation>
        </message>
        <message>
            <source>No voting rounds yet</source>
            <translation>Туров голосования пока нет</translation>
        </message>
        <message>
            <source>A round puts some recommendations to the vote. First pick them on the Review page: select them, or search and filter the list. Then create a round here, choose how people vote (dots, points, ranking and more), open it, and start the kiosk so that each person votes at this laptop.</source>
            <translation>В каждом туре на голосование выносятся отобранные рекомендации. Сначала выберите их на странице «Обзор»: выделите их или воспользуйтесь поиском и фильтрами. Затем создайте здесь тур голосования, выберите способ голосования (точки, баллы, ранжирование и другие), откройте его и запустите киоск, чтобы каждый проголосовал на этом ноутбуке.</translation>
        </message>
        <message>
            <source>Go to Review</source>
            <translation>Перейти к этапу «Обзор»</translation>
        </message>
        <message>
            <source>New round…</source>
            <translation>Новый тур голосования…</translation>
        </message>
        <message>
            <source>Edit…</source>
            <translation>Изменить…</translation>
        </message>
        <message>
            <source>Change the title, the rules or the candidates</source>
            <translation>Изменить название, правила или кандидатов</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>Удалить</translation>
        </message>
        <message>
            <source>Open for voting</source>
            <translation>Открыть для голосования</translation>
        </message>
        <message>
            <source>People can vote once the round is open</source>
            <translation>Участники смогут голосовать, когда тур голосования будет открыт</translation>
        </message>
        <message>
            <source>Start kiosk…</source>
            <translation>Запустить киоск…</translation>
        </message>
        <message>
            <source>Full screen at this laptop: each person picks their name and votes</source>
            <translation>Во весь экран на этом ноутбуке: каждый выбирает свое имя и голосует</translation>
        </message>
        <message>
            <source>Paper ballots…</source>
            <translation>Бумажные бюллетени…</translation>
        </message>
        <message>
            <source>Type in ballots that were filled in on paper</source>
            <translation>Ввести бюллетени, заполненные на бумаге</translation>
        </message>
        <message>
            <source>Wall-chart counts…</source>
            <translation>Подсчет по настенному плакату…</translation>
        </message>
        <message>
            <source>Dots counted on a wall chart, per candidate</source>
            <translation>Точки, подсчитанные на настенном плакате, по каждому кандидату</translation>
        </message>
        <message>
            <source>Attendance…</source>
            <translation>Присутствующие…</translation>
        </message>
        <message>
            <source>Tick who is present and received a ballot-code slip</source>
            <translation>Отметить, кто присутствует и получил талон с кодом бюллетеня</translation>
        </message>
        <message>
            <source>Show on projector</source>
            <translation>Показать на проекторе</translation>
        </message>
        <message>
            <source>The round and its turnout, large, for the room</source>
            <translation>Тур голосования и явка крупно, для всего зала</translation>
        </message>
        <message>
            <source>Close round…</source>
            <translation>Закрыть тур голосования…</translation>
        </message>
        <message>
            <source>Stop the voting and count the ballots</source>
            <translation>Остановить голосование и подсчитать бюллетени</translation>
        </message>
        <message>
            <source>See results</source>
            <translation>Посмотреть результаты</translation>
        </message>
        <message>
            <source>How</source>
            <translation>Как</translation>
        </message>
        <message>
            <source>Ballot</source>
            <translation>Бюллетень</translation>
        </message>
        <message>
            <source>Who votes</source>
            <translation>Кто голосует</translation>
        </message>
        <message>
            <source>Rules</source>
            <translation>Правила</translation>
        </message>
        <message>
            <source>Turnout</source>
            <translation>Явка</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Кандидаты</translation>
        </message>
        <message>
            <source>One ballot per organisation (%1 organisations with registered participants)</source>
            <translation>Один бюллетень от каждой организации (организаций с зарегистрированными участниками: %1)</translation>
        </message>
        <message>
            <source>Each participant (%1 registered)</source>
            <translation>Каждый участник (зарегистрировано: %1)</translation>
        </message>
        <message>
            <source>Rules locked: the round is closed.</source>
            <translation>Правила заблокированы: тур голосования закрыт.</translation>
        </message>
        <message>
            <source>Rules locked: ballots are in. Method, candidates and budget can no longer change.</source>
            <translation>Правила заблокированы: бюллетени уже поданы. Метод, кандидатов и число точек или баллов больше изменить нельзя.</translation>
        </message>
        <message>
            <source>Open the round when the room is ready to vote. Until then you can edit it or delete it.</source>
            <translation>Откройте тур голосования, когда зал будет готов голосовать. До этого его можно изменить или удалить.</translation>
        </message>
        <message>
            <source>Results stay hidden until you close the round, so no one is swayed by the early count.</source>
            <translation>Результаты скрыты, пока вы не закроете тур голосования, чтобы предварительный подсчет ни на кого не повлиял.</translation>
        </message>
        <message>
            <source>The round is closed: the results are on the Results step.</source>
            <translation>Тур голосования закрыт: результаты — на этапе «Результаты».</translation>
        </message>
        <message>
            <source>Candidates (%1)</source>
            <translation>Кандидаты (%1)</translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} voted</source>
            <translation>
                <numerusform>Проголосовал %n из {eligible}</numerusform>
                <numerusform>Проголосовали %n из {eligible}</numerusform>
                <numerusform>Проголосовали %n из {eligible}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n at the laptop</source>
            <translation>
                <numerusform>%n на ноутбуке</numerusform>
                <numerusform>%n на ноутбуке</numerusform>
                <numerusform>%n на ноутбуке</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on paper</source>
            <translation>
                <numerusform>%n на бумаге</numerusform>
                <numerusform>%n на бумаге</numerusform>
                <numerusform>%n на бумаге</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n on the wall chart</source>
            <translation>
                <numerusform>%n на настенном плакате</numerusform>
                <numerusform>%n на настенном плакате</numerusform>
                <numerusform>%n на настенном плакате</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n present</source>
            <translation>
                <numerusform>%n присутствует</numerusform>
                <numerusform>%n присутствуют</numerusform>
                <numerusform>%n присутствуют</numerusform>
            </translation>
        </message>
        <message>
            <source>Round saved. Undo with Ctrl+Z.</source>
            <translation>Тур голосования сохранен. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>Delete round</source>
            <translation>Удаление тура голосования</translation>
        </message>
        <message>
            <source>Delete the draft round “%1”? You can undo this with Ctrl+Z.</source>
            <translation>Удалить проект тура голосования «%1»? Это можно отменить с помощью Ctrl+Z.</translation>
        </message>
        <message>
            <source>Round deleted. Undo with Ctrl+Z.</source>
            <translation>Тур голосования удален. Отменить: Ctrl+Z.</translation>
        </message>
        <message>
            <source>“%1” is open for voting. Start the kiosk, or enter paper ballots.</source>
            <translation>«%1» открыт для голосования. Запустите киоск или введите бумажные бюллетени.</translation>
        </message>
        <message>
            <source>Close round</source>
            <translation>Закрытие тура голосования</translation>
        </message>
        <message>
            <source>Close “%1” and count the ballots? %2.

A closed round never reopens: no one can vote in it afterwards.</source>
            <translation>Закрыть «%1» и подсчитать бюллетени? %2.

Закрытый тур голосования никогда не открывается снова: никто больше не сможет в нем проголосовать.</translation>
        </message>
        <message>
            <source>“%1” is closed. See its results on the Results step.</source>
            <translation>«%1» закрыт. Его результаты — на этапе «Результаты».</translation>
        </message>
        <message>
            <source>The kiosk is running. To leave it, press Facilitator (or Esc) and type the PIN.</source>
            <translation>Киоск работает. Чтобы выйти из него, нажмите «Ведущий» (или Esc) и введите PIN-код.</translation>
        </message>
        <message>
            <source>Kiosk closed.</source>
            <translation>Киоск закрыт.</translation>
        </message>
        <message>
            <source>The projector view is not available in this version.</source>
            <translation>Вид для проектора недоступен в этой версии.</translation>
        </message>
        <message>
            <source>Draft</source>
            <translation>Проект</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>Открыт</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрыт</translation>
        </message>
        <message>
            <source>Secret ballot: no one can see who voted for what</source>
            <translation>Тайное голосование: никто не может увидеть, кто за что голосовал</translation>
        </message>
        <message>
            <source>Open ballot: who voted for what is kept, and can be shown once the round closes</source>
            <translation>Открытое голосование: сохраняется, кто за что голосовал, и это можно показать после закрытия тура голосования</translation>
        </message>
    </context>
    <context>
        <name>VoteRoundList</name>
        <message numerus="yes">
            <source>%n candidate(s)</source>
            <translation>
                <numerusform>%n кандидат</numerusform>
                <numerusform>%n кандидата</numerusform>
                <numerusform>%n кандидатов</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} voted</source>
            <translation>
                <numerusform>Проголосовал %n из {eligible}</numerusform>
                <numerusform>Проголосовали %n из {eligible}</numerusform>
                <numerusform>Проголосовали %n из {eligible}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n of {eligible} have voted</source>
            <translation>
                <numerusform>Проголосовал %n из {eligible}</numerusform>
                <numerusform>Проголосовали %n из {eligible}</numerusform>
                <numerusform>Проголосовали %n из {eligible}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Voting</name>
        <message>
            <source>Draft</source>
            <translation>Проект</translation>
        </message>
        <message>
            <source>Open for voting</source>
            <translation>Открыт для голосования</translation>
        </message>
        <message>
            <source>Closed</source>
            <translation>Закрыт</translation>
        </message>
        <message>
            <source>Each participant</source>
            <translation>Каждый участник</translation>
        </message>
        <message>
            <source>One ballot per organisation</source>
            <translation>Один бюллетень на организацию</translation>
        </message>
        <message>
            <source>at the laptop</source>
            <translation>на ноутбуке</translation>
        </message>
        <message>
            <source>on paper</source>
            <translation>на бумаге</translation>
        </message>
        <message>
            <source>{voted} of {eligible} have voted</source>
            <translation>Проголосовали {voted} из {eligible}</translation>
        </message>
        <message>
            <source>Run-off: {title}</source>
            <translation>Дополнительный тур голосования: {title}</translation>
        </message>
        <message>
            <source>Dot voting</source>
            <translation>Голосование точками</translation>
        </message>
        <message>
            <source>100-point voting</source>
            <translation>Распределение 100 баллов</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Одобрительное голосование</translation>
        </message>
        <message>
            <source>Score 0–{most}</source>
            <translation>Оценка 0–{most}</translation>
        </message>
        <message>
            <source>Ranked (Borda)</source>
            <translation>Ранжирование (Борда)</translation>
        </message>
        <message>
            <source>Ranked (Schulze)</source>
            <translation>Ранжирование (Шульце)</translation>
        </message>
        <message>
            <source>MoSCoW</source>
            <translation>MoSCoW</translation>
        </message>
        <message>
            <source>Must</source>
            <translation>Must (обязательно)</translation>
        </message>
        <message>
            <source>Should</source>
            <translation>Should (следует)</translation>
        </message>
        <message>
            <source>Could</source>
            <translation>Could (можно)</translation>
        </message>
        <message>
            <source>Won't</source>
            <translation>Won't (не будет)</translation>
        </message>
        <message>
            <source>{method}: the number of dots per person is not set yet.</source>
            <translation>{method}: число точек на человека еще не задано.</translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n dot(s) each, at most {cap} on one candidate.</source>
            <translation>
                <numerusform>{method}: у каждого %n точка, не более {cap} на одного кандидата.</numerusform>
                <numerusform>{method}: у каждого %n точки, не более {cap} на одного кандидата.</numerusform>
                <numerusform>{method}: у каждого %n точек, не более {cap} на одного кандидата.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n dot(s) each, and any number may go on one candidate.</source>
            <translation>
                <numerusform>{method}: у каждого %n точка; одному кандидату можно дать любое их число.</numerusform>
                <numerusform>{method}: у каждого %n точки; одному кандидату можно дать любое их число.</numerusform>
                <numerusform>{method}: у каждого %n точек; одному кандидату можно дать любое их число.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n point(s) each to share out, at most {cap} on one candidate.</source>
            <translation>
                <numerusform>{method}: у каждого %n балл для распределения, не более {cap} на одного кандидата.</numerusform>
                <numerusform>{method}: у каждого %n балла для распределения, не более {cap} на одного кандидата.</numerusform>
                <numerusform>{method}: у каждого %n баллов для распределения, не более {cap} на одного кандидата.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{method}: %n point(s) each to share out, and any number may go on one candidate.</source>
            <translation>
                <numerusform>{method}: у каждого %n балл для распределения; одному кандидату можно дать любое их число.</numerusform>
                <numerusform>{method}: у каждого %n балла для распределения; одному кандидату можно дать любое их число.</numerusform>
                <numerusform>{method}: у каждого %n баллов для распределения; одному кандидату можно дать любое их число.</numerusform>
            </translation>
        </message>
        <message>
            <source>{method}: tick every candidate you support, as many as you like; candidates are ranked by the number of ticks.</source>
            <translation>{method}: отметьте всех кандидатов, которых вы поддерживаете, сколько угодно; кандидаты ранжируются по числу отметок.</translation>
        </message>
        <message>
            <source>{method}: rate any candidate from 0 to {most}; candidates are ranked by the sum of their scores. A candidate left unrated gets no score (not a 0), so its mean is over the people who rated it.</source>
            <translation>{method}: оцените любых кандидатов от 0 до {most}; кандидаты ранжируются по сумме оценок. Кандидат, оставленный без оценки, не получает оценки (это не 0), поэтому его среднее значение рассчитывается по тем, кто его оценил.</translation>
        </message>
        <message>
            <source>{method}: rank as many candidates as you like, best first; you may rank some level. A ballot that ranks k candidates gives k points to its first choice, k − 1 to the second, and so on down to 1 point for the last one ranked; unranked candidates get 0. Candidates ranked level share the points of the places they fill: two level in 2nd and 3rd place of 4 get (3 + 2) ÷ 2 = 2.5 each. Candidates are ranked by their points.</source>
            <translation>{method}: ранжируйте сколько угодно кандидатов, начиная с лучшего; некоторых можно поставить наравне. Бюллетень, в котором ранжировано k кандидатов, дает k баллов первому выбору, k − 1 второму и так далее до 1 балла последнему ранжированному; неранжированные кандидаты получают 0. Кандидаты, поставленные наравне, делят баллы занимаемых ими мест: двое наравне на 2-м и 3-м местах из 4 получают по (3 + 2) ÷ 2 = 2,5. Кандидаты ранжируются по баллам.</translation>
        </message>
        <message>
            <source>{method}: rank as many candidates as you like, best first; you may rank some level, and unranked candidates count as level below every ranked one. X beats Y when the strongest chain of head-to-head wins from X to Y is stronger than the strongest chain from Y to X. A chain is as strong as its weakest win; a win is stronger when more ballots back it, or as many back it and fewer oppose it. First place goes to every candidate no one beats; then the same among the rest, and so on. Candidates sharing a place do not beat each other; the beatpath wins shown are not used to separate them.</source>
            <translation>{method}: ранжируйте сколько угодно кандидатов, начиная с лучшего; некоторых можно поставить наравне, а неранжированные кандидаты считаются стоящими наравне ниже всех ранжированных. X побеждает Y, если сильнейшая цепочка побед в парных сравнениях от X к Y сильнее сильнейшей цепочки от Y к X. Цепочка сильна настолько, насколько сильна ее самая слабая победа; победа сильнее, если ее поддерживает больше бюллетеней или столько же, но меньше против нее. Первое место получает каждый кандидат, которого никто не побеждает; затем то же самое среди остальных и так далее. Кандидаты, делящие место, не побеждают друг друга; показанные победы по сильнейшему пути не используются для их разделения.</translation>
        </message>
        <message>
            <source>{method}: mark each candidate Must, Should, Could or Won't; candidates are ranked by points (Must 3, Should 2, Could 1, Won't 0).</source>
            <translation>{method}: отнесите каждого кандидата к категории Must, Should, Could или Won't; кандидаты ранжируются по баллам (Must — 3, Should — 2, Could — 1, Won't — 0).</translation>
        </message>
        <message>
            <source>This round's voting method ({value!r}) is not one this version knows. Choose the method again.</source>
            <translation>Способ голосования этого тура ({value!r}) неизвестен этой версии. Выберите способ еще раз.</translation>
        </message>
        <message>
            <source>Dot voting needs a number of dots per person. Set it before opening the round.</source>
            <translation>Для голосования точками нужно число точек на человека. Задайте его до открытия тура.</translation>
        </message>
        <message>
            <source>Each person needs at least 1 dot, as a whole number; the round says {dots}. Set the dots per person to 1 or more.</source>
            <translation>У каждого человека должна быть хотя бы 1 точка, целым числом; в туре указано {dots}. Задайте число точек на человека не меньше 1.</translation>
        </message>
        <message>
            <source>The points budget must be a whole number of at least 1; the round says {points}. Set it to {default}, or another number of 1 or more.</source>
            <translation>Бюджет баллов должен быть целым числом не меньше 1; в туре указано {points}. Задайте {default} или другое число не меньше 1.</translation>
        </message>
        <message>
            <source>A limit per candidate only applies to dot voting and 100-point voting. Clear it for {method}.</source>
            <translation>Ограничение на одного кандидата применяется только при голосовании точками и распределении 100 баллов. Снимите его для способа «{method}».</translation>
        </message>
        <message>
            <source>The most on one candidate must be a whole number of at least 1; the round says {cap}. Raise it, or clear it to allow any amount.</source>
            <translation>Максимум на одного кандидата должен быть целым числом не меньше 1; в туре указано {cap}. Увеличьте его или снимите ограничение.</translation>
        </message>
        <message numerus="yes">
            <source>The most on one candidate ({cap}) is more than each person's %n dot(s). Lower it to {budget} or less, or clear it.</source>
            <translation>
                <numerusform>Максимум на одного кандидата ({cap}) больше, чем %n точка у каждого человека. Уменьшите его до {budget} или меньше либо снимите ограничение.</numerusform>
                <numerusform>Максимум на одного кандидата ({cap}) больше, чем %n точки у каждого человека. Уменьшите его до {budget} или меньше либо снимите ограничение.</numerusform>
                <numerusform>Максимум на одного кандидата ({cap}) больше, чем %n точек у каждого человека. Уменьшите его до {budget} или меньше либо снимите ограничение.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The most on one candidate ({cap}) is more than each person's %n point(s). Lower it to {budget} or less, or clear it.</source>
            <translation>
                <numerusform>Максимум на одного кандидата ({cap}) больше, чем %n балл у каждого человека. Уменьшите его до {budget} или меньше либо снимите ограничение.</numerusform>
                <numerusform>Максимум на одного кандидата ({cap}) больше, чем %n балла у каждого человека. Уменьшите его до {budget} или меньше либо снимите ограничение.</numerusform>
                <numerusform>Максимум на одного кандидата ({cap}) больше, чем %n баллов у каждого человека. Уменьшите его до {budget} или меньше либо снимите ограничение.</numerusform>
            </translation>
        </message>
        <message>
            <source>A vote needs at least 2 candidates; this round has {count}. Add candidates before opening it.</source>
            <translation>Для голосования нужно не менее 2 кандидатов; в этом туре их {count}. Добавьте кандидатов, прежде чем открывать тур.</translation>
        </message>
        <message>
            <source>A ranked vote works on a shortlist of at most {most} candidates; this round has {count}. Shortlist first (for example with a dot-voting round), or use dot, approval or score voting.</source>
            <translation>Ранжированное голосование проводится по короткому списку не более чем из {most} кандидатов; в этом туре их {count}. Сначала составьте короткий список (например, с помощью тура голосования точками) или используйте голосование точками, одобрительное голосование или оценки.</translation>
        </message>
        <message>
            <source>For dot voting, give the number of dots on each candidate.</source>
            <translation>Для голосования точками укажите число точек у каждого кандидата.</translation>
        </message>
        <message>
            <source>For 100-point voting, give the number of points on each candidate.</source>
            <translation>Для распределения 100 баллов укажите число баллов у каждого кандидата.</translation>
        </message>
        <message>
            <source>For approval voting, give the list of candidates ticked.</source>
            <translation>Для одобрительного голосования укажите список отмеченных кандидатов.</translation>
        </message>
        <message>
            <source>For score voting, give a score from 0 to {most} for each candidate rated.</source>
            <translation>Для голосования оценками укажите оценку от 0 до {most} для каждого оцененного кандидата.</translation>
        </message>
        <message>
            <source>For a ranked vote, give the candidates in order, best first. Put candidates you rank level together in a list of their own.</source>
            <translation>Для ранжированного голосования укажите кандидатов по порядку, начиная с лучшего. Кандидатов, которых вы ставите наравне, объедините в отдельный список.</translation>
        </message>
        <message>
            <source>For MoSCoW, give Must, Should, Could or Won't for each candidate classified.</source>
            <translation>Для MoSCoW укажите Must, Should, Could или Won't для каждого классифицированного кандидата.</translation>
        </message>
        <message>
            <source>“{key}” is not a candidate in this round. Remove it from the ballot.</source>
            <translation>«{key}» не является кандидатом в этом туре. Удалите его из бюллетеня.</translation>
        </message>
        <message>
            <source>{candidate} is not a candidate in this round. Remove it from the ballot.</source>
            <translation>{candidate} не является кандидатом в этом туре. Удалите его из бюллетеня.</translation>
        </message>
        <message>
            <source>A group of candidates ranked level holds candidates only, not another group. {hint}</source>
            <translation>Группа кандидатов, поставленных наравне, содержит только кандидатов, а не другую группу. {hint}</translation>
        </message>
        <message>
            <source>{candidate} is ranked twice. Rank each candidate once at most.</source>
            <translation>{candidate} ранжирован дважды. Ранжируйте каждого кандидата не более одного раза.</translation>
        </message>
        <message numerus="yes">
            <source>{candidate} is ranked %n times. Rank each candidate once at most.</source>
            <translation>
                <numerusform>{candidate} ранжирован %n раз. Ранжируйте каждого кандидата не более одного раза.</numerusform>
                <numerusform>{candidate} ранжирован %n раза. Ранжируйте каждого кандидата не более одного раза.</numerusform>
                <numerusform>{candidate} ранжирован %n раз. Ранжируйте каждого кандидата не более одного раза.</numerusform>
            </translation>
        </message>
        <message>
            <source>“{value}” is not a MoSCoW choice (for {candidate}). Use Must, Should, Could or Won't.</source>
            <translation>«{value}» не является вариантом MoSCoW (для {candidate}). Используйте Must, Should, Could или Won't.</translation>
        </message>
        <message>
            <source>Scores run from 0 to {score_max}: {candidate} has {n}. Give a score from 0 to {score_max}, or leave it unrated.</source>
            <translation>Оценки — от 0 до {score_max}: у {candidate} указано {n}. Дайте оценку от 0 до {score_max} или оставьте без оценки.</translation>
        </message>
        <message>
            <source>This ballot puts {count} on {candidate}; the most on one candidate is {cap}. Take {number} off.</source>
            <translation>В этом бюллетене кандидату {candidate} дано {count}; максимум на одного кандидата — {cap}. Уберите {number}.</translation>
        </message>
        <message>
            <source>This ballot gives {count}; each person has {budget}. Take {number} off.</source>
            <translation>В этом бюллетене распределено {count}; у каждого человека — {budget}. Уберите {number}.</translation>
        </message>
        <message>
            <source>{candidate} has “{value}”, which is not a number. Give a whole number.</source>
            <translation>У {candidate} указано «{value}», а это не число. Укажите целое число.</translation>
        </message>
        <message>
            <source>Dots are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>Точки — целые числа: у {candidate} указано {value:g}. Укажите целое число.</translation>
        </message>
        <message>
            <source>Points are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>Баллы — целые числа: у {candidate} указано {value:g}. Укажите целое число.</translation>
        </message>
        <message>
            <source>Scores are whole numbers: {candidate} has {value:g}. Give a whole number.</source>
            <translation>Оценки — целые числа: у {candidate} указано {value:g}. Укажите целое число.</translation>
        </message>
        <message>
            <source>{candidate} has {value}; a ballot cannot give a negative number. Use 0 or more.</source>
            <translation>У {candidate} указано {value}; в бюллетене не может быть отрицательного числа. Укажите 0 или больше.</translation>
        </message>
        <message>
            <source>Candidate {dup} is listed twice in this round. Remove the repeat, then count again.</source>
            <translation>Кандидат {dup} указан в этом туре дважды. Удалите повтор, затем выполните подсчет снова.</translation>
        </message>
        <message>
            <source>Wall-chart counts only apply to dot voting and 100-point voting; this round uses {label}. Enter the paper ballots one by one instead.</source>
            <translation>Подсчеты на настенном плакате применяются только при голосовании точками и распределении 100 баллов; в этом туре используется способ «{label}». Вместо этого вводите бумажные бюллетени по одному.</translation>
        </message>
        <message>
            <source>The wall chart has a count for candidate {c}, which is not in this round. Remove that count.</source>
            <translation>На настенном плакате есть подсчет для кандидата {c}, которого нет в этом туре. Удалите этот подсчет.</translation>
        </message>
        <message>
            <source>The wall-chart count for candidate {c} is {n}. Counts are whole numbers, 0 or more.</source>
            <translation>Подсчет на настенном плакате для кандидата {c} — {n}. Подсчеты должны быть целыми числами, 0 или больше.</translation>
        </message>
        <message>
            <source>A ballot names candidate {candidate!r}, which is not in this round. Restore the candidate or remove the ballot, then count again.</source>
            <translation>В бюллетене указан кандидат {candidate!r}, которого нет в этом туре. Восстановите кандидата или удалите бюллетень, затем выполните подсчет снова.</translation>
        </message>
        <message>
            <source>A ballot has “{word}” for candidate {c}, which is not a MoSCoW choice. Correct the ballot, then count again.</source>
            <translation>В бюллетене для кандидата {c} указано «{word}», а это не вариант MoSCoW. Исправьте бюллетень, затем выполните подсчет снова.</translation>
        </message>
        <message>
            <source>The Schulze count found a cycle of wins, which the method rules out. Report this with the workshop file.</source>
            <translation>При подсчете по методу Шульце обнаружен цикл побед, который метод исключает. Сообщите об этом, приложив файл семинара.</translation>
        </message>
        <message>
            <source>{number} {unit}</source>
            <comment>a fraction of a unit, e.g. 2.5 Borda points</comment>
            <translation>{number} {unit}</translation>
        </message>
        <message numerus="yes">
            <source>%n dot(s)</source>
            <translation>
                <numerusform>%n точка</numerusform>
                <numerusform>%n точки</numerusform>
                <numerusform>%n точек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n approval(s)</source>
            <translation>
                <numerusform>%n голос «за»</numerusform>
                <numerusform>%n голоса «за»</numerusform>
                <numerusform>%n голосов «за»</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n Borda point(s)</source>
            <translation>
                <numerusform>%n балл Борда</numerusform>
                <numerusform>%n балла Борда</numerusform>
                <numerusform>%n баллов Борда</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n beatpath win(s)</source>
            <translation>
                <numerusform>%n победа по сильнейшему пути</numerusform>
                <numerusform>%n победы по сильнейшему пути</numerusform>
                <numerusform>%n побед по сильнейшему пути</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n MoSCoW point(s)</source>
            <translation>
                <numerusform>%n балл MoSCoW</numerusform>
                <numerusform>%n балла MoSCoW</numerusform>
                <numerusform>%n баллов MoSCoW</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n point(s)</source>
            <translation>
                <numerusform>%n балл</numerusform>
                <numerusform>%n балла</numerusform>
                <numerusform>%n баллов</numerusform>
            </translation>
        </message>
        <message>
            <source>dots</source>
            <translation>точек</translation>
        </message>
        <message>
            <source>approvals</source>
            <translation>голосов «за»</translation>
        </message>
        <message>
            <source>Borda points</source>
            <translation>баллов Борда</translation>
        </message>
        <message>
            <source>beatpath wins</source>
            <translation>побед по сильнейшему пути</translation>
        </message>
        <message>
            <source>MoSCoW points</source>
            <translation>баллов MoSCoW</translation>
        </message>
        <message>
            <source>points</source>
            <translation>баллов</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>the ordinal 1 in “1st choice”</comment>
            <translation>{n}-е</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>an ordinal choice: 4th, 11th, 13th, 20th choice</comment>
            <translation>{n}-е</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>an ordinal choice ending in 1, not 1 or 11: 21st choice</comment>
            <translation>{n}-е</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <comment>an ordinal choice ending in 2: 2nd, 22nd choice</comment>
            <translation>{n}-е</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <comment>an ordinal choice ending in 3: 3rd, 23rd choice</comment>
            <translation>{n}-е</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>the ordinal 1 in “1st place”</comment>
            <translation>{n}-е</translation>
        </message>
        <message>
            <source>{n}th</source>
            <comment>an ordinal place: 4th, 11th, 13th, 20th place</comment>
            <translation>{n}-е</translation>
        </message>
        <message>
            <source>{n}st</source>
            <comment>an ordinal place ending in 1, not 1 or 11: 21st place</comment>
            <translation>{n}-е</translation>
        </message>
        <message>
            <source>{n}nd</source>
            <comment>an ordinal place ending in 2: 2nd, 22nd place</comment>
            <translation>{n}-е</translation>
        </message>
        <message>
            <source>{n}rd</source>
            <comment>an ordinal place ending in 3: 3rd, 23rd place</comment>
            <translation>{n}-е</translation>
        </message>
        <message numerus="yes">
            <source>{names} and %n others</source>
            <translation>
                <numerusform>{names} и еще %n</numerusform>
                <numerusform>{names} и еще %n</numerusform>
                <numerusform>{names} и еще %n</numerusform>
            </translation>
        </message>
        <message>
            <source>{names} share {place} place: none of them beats another on the strongest chain of head-to-head wins. No tie-break is applied: hold a run-off to separate them.</source>
            <translation>{names} делят {place} место: ни один из них не побеждает другого по сильнейшей цепочке побед в парных сравнениях. Дополнительные правила для разрешения равенства голосов не применяются: чтобы разделить их, проведите дополнительный тур голосования.</translation>
        </message>
        <message>
            <source>{names} got no {unit}; they share {place} place.</source>
            <translation>{names} не получили {unit}; они делят {place} место.</translation>
        </message>
        <message>
            <source>{names} are tied for {place} place with {amount} each. No tie-break is applied: hold a run-off to separate them.</source>
            <translation>{names} делят {place} место: по {amount} у каждого. Дополнительные правила для разрешения равенства голосов не применяются: чтобы разделить их, проведите дополнительный тур голосования.</translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are exactly level head to head: %n ballot(s) put {higher} higher and %n put {lower} higher. {higher} ranks above only on Borda points. Between these two it is a tie: hold a run-off to separate them.</source>
            <translation>
                <numerusform>В парном сравнении {higher} и {lower} находятся точно на одном уровне: %n бюллетень ставит выше {higher} и %n — {lower}. {higher} стоит выше только по баллам Борда. Между этими двумя — равенство голосов: чтобы разделить их, проведите дополнительный тур голосования.</numerusform>
                <numerusform>В парном сравнении {higher} и {lower} находятся точно на одном уровне: %n бюллетеня ставят выше {higher} и %n — {lower}. {higher} стоит выше только по баллам Борда. Между этими двумя — равенство голосов: чтобы разделить их, проведите дополнительный тур голосования.</numerusform>
                <numerusform>В парном сравнении {higher} и {lower} находятся точно на одном уровне: %n бюллетеней ставят выше {higher} и %n — {lower}. {higher} стоит выше только по баллам Борда. Между этими двумя — равенство голосов: чтобы разделить их, проведите дополнительный тур голосования.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are exactly level head to head: %n ballot(s) put {higher} higher and %n put {lower} higher. {higher} ranks above only because of how each fares against other candidates. Between these two it is a tie: hold a run-off to separate them.</source>
            <translation>
                <numerusform>В парном сравнении {higher} и {lower} находятся точно на одном уровне: %n бюллетень ставит выше {higher} и %n — {lower}. {higher} стоит выше только благодаря результатам в сравнении с другими кандидатами. Между этими двумя — равенство голосов: чтобы разделить их, проведите дополнительный тур голосования.</numerusform>
                <numerusform>В парном сравнении {higher} и {lower} находятся точно на одном уровне: %n бюллетеня ставят выше {higher} и %n — {lower}. {higher} стоит выше только благодаря результатам в сравнении с другими кандидатами. Между этими двумя — равенство голосов: чтобы разделить их, проведите дополнительный тур голосования.</numerusform>
                <numerusform>В парном сравнении {higher} и {lower} находятся точно на одном уровне: %n бюллетеней ставят выше {higher} и %n — {lower}. {higher} стоит выше только благодаря результатам в сравнении с другими кандидатами. Между этими двумя — равенство голосов: чтобы разделить их, проведите дополнительный тур голосования.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{higher} and {lower} are nearly level head to head: %n ballot(s) put {higher} higher, {under} put {lower} higher. Consider a run-off.</source>
            <translation>
                <numerusform>В парном сравнении {higher} и {lower} находятся почти на одном уровне: %n бюллетень ставит выше {higher}, {under} — {lower}. Рассмотрите возможность дополнительного тура голосования.</numerusform>
                <numerusform>В парном сравнении {higher} и {lower} находятся почти на одном уровне: %n бюллетеня ставят выше {higher}, {under} — {lower}. Рассмотрите возможность дополнительного тура голосования.</numerusform>
                <numerusform>В парном сравнении {higher} и {lower} находятся почти на одном уровне: %n бюллетеней ставят выше {higher}, {under} — {lower}. Рассмотрите возможность дополнительного тура голосования.</numerusform>
            </translation>
        </message>
        <message>
            <source>{higher} ({higher_amount}) and {lower} ({lower_amount}) are within {margin} of each other: a tie in practice. Consider a run-off.</source>
            <translation>Результаты {higher} ({higher_amount}) и {lower} ({lower_amount}) отличаются не более чем на {margin}: фактически это равенство голосов. Рассмотрите возможность дополнительного тура голосования.</translation>
        </message>
        <message>
            <source>There is no voting round {round_id} in this workshop.</source>
            <translation>В этом семинаре нет тура голосования {round_id}.</translation>
        </message>
        <message>
            <source>{label} is not registered with an organisation, and this round takes one ballot per organisation.</source>
            <translation>{label} не зарегистрирован(а) от организации, а в этом туре принимается один бюллетень на организацию.</translation>
        </message>
        <message>
            <source>{label} has already voted in “{title}”. Each person votes once.</source>
            <translation>{label} уже проголосовал(а) в туре «{title}». Каждый голосует один раз.</translation>
        </message>
        <message>
            <source>{organisation} has already voted in “{title}”. Each organisation votes once.</source>
            <translation>{organisation} уже проголосовала в туре «{title}». Каждая организация голосует один раз.</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet. Results show once it has been opened and closed.</source>
            <translation>Тур «{title}» еще не открыт для голосования. Результаты будут показаны после его открытия и закрытия.</translation>
        </message>
        <message>
            <source>Results of “{title}” show when the round closes. So far {sentence}.</source>
            <translation>Результаты тура «{title}» будут показаны после его закрытия. {sentence}.</translation>
        </message>
        <message>
            <source>This round is secret: ballots are not linked to anyone.</source>
            <translation>Это тайное голосование: бюллетени ни с кем не связаны.</translation>
        </message>
        <message>
            <source>Ballots show when the round closes.</source>
            <translation>Бюллетени будут показаны после закрытия тура.</translation>
        </message>
        <message>
            <source>{missing_count} of the chosen recommendations are no longer in the workshop.</source>
            <translation>Выбранных рекомендаций, которых больше нет в семинаре: {missing_count}.</translation>
        </message>
        <message>
            <source>The round needs a title.</source>
            <translation>Укажите название тура.</translation>
        </message>
        <message>
            <source>The title is too long (at most {title_max} characters).</source>
            <translation>Название слишком длинное (допускается не более {title_max} символов).</translation>
        </message>
        <message>
            <source>Create voting round “{title}”</source>
            <translation>Создать тур голосования «{title}»</translation>
        </message>
        <message>
            <source>Anonymous ballot codes are for secret rounds. Make the round secret.</source>
            <translation>Анонимные коды бюллетеней предназначены для тайного голосования. Сделайте тур тайным.</translation>
        </message>
        <message>
            <source>Anonymous ballot codes can't tell organisations apart: a round with one ballot per organisation uses secret ballots by name.</source>
            <translation>Анонимные коды бюллетеней не позволяют различать организации: в туре с одним бюллетенем на организацию используется тайное голосование с выбором имени.</translation>
        </message>
        <message>
            <source>The number of ballot codes must be between 1 and {max_codes}.</source>
            <translation>Число кодов бюллетеней должно быть от 1 до {max_codes}.</translation>
        </message>
        <message>
            <source>The rules of “{title}” are locked: ballots are in. Method, candidates and budget can no longer change. Create a new round instead.</source>
            <translation>Правила тура «{title}» зафиксированы: бюллетени уже поданы. Способ, кандидатов и бюджет изменить больше нельзя. Вместо этого создайте новый тур.</translation>
        </message>
        <message>
            <source>“{title}” is open: its ballot codes were made when it opened, so whether it uses codes, and how many, can no longer change. Create a new round instead.</source>
            <translation>Тур «{title}» открыт: его коды бюллетеней были созданы при открытии, поэтому изменить, используются ли коды и сколько их, больше нельзя. Вместо этого создайте новый тур.</translation>
        </message>
        <message>
            <source>Edit voting round “{new_title}”</source>
            <translation>Изменить тур голосования «{new_title}»</translation>
        </message>
        <message>
            <source>The rules of “{title}” are locked: ballots are in, so this step can no longer be undone.</source>
            <translation>Правила тура «{title}» зафиксированы: бюллетени уже поданы, поэтому отменить этот шаг больше нельзя.</translation>
        </message>
        <message>
            <source>Delete voting round “{title}”</source>
            <translation>Удалить тур голосования «{title}»</translation>
        </message>
        <message>
            <source>“{title}” has been opened for voting, so it stays in the workshop's record.</source>
            <translation>Тур «{title}» был открыт для голосования, поэтому он остается в записях семинара.</translation>
        </message>
        <message>
            <source>A run-off follows a closed round; “{title}” is not closed yet.</source>
            <translation>Дополнительный тур голосования проводится после закрытого тура; тур «{title}» еще не закрыт.</translation>
        </message>
        <message>
            <source>A run-off needs at least two of this round's candidates.</source>
            <translation>Для дополнительного тура голосования нужны хотя бы два кандидата этого тура.</translation>
        </message>
        <message>
            <source>Someone ticked present is not registered for this round. Refresh the list and tick again.</source>
            <translation>Кто-то из отмеченных как присутствующие не зарегистрирован для этого тура. Обновите список и отметьте снова.</translation>
        </message>
        <message>
            <source>Attendance for “{title}”</source>
            <translation>Присутствие на туре «{title}»</translation>
        </message>
        <message>
            <source>“{title}” does not use anonymous ballot codes: the “has voted” record already says who took part.</source>
            <translation>В туре «{title}» анонимные коды бюллетеней не используются: запись «проголосовал» уже показывает, кто принял участие.</translation>
        </message>
        <message>
            <source>“{title}” is closed. A closed round never reopens; create a run-off or a new round instead.</source>
            <translation>Тур «{title}» закрыт. Закрытый тур никогда не открывается повторно; вместо этого создайте дополнительный тур голосования или новый тур.</translation>
        </message>
        <message>
            <source>No organisations are registered yet. Register participants first.</source>
            <translation>Организации еще не зарегистрированы. Сначала зарегистрируйте участников.</translation>
        </message>
        <message>
            <source>No participants are registered yet. Register participants first.</source>
            <translation>Участники еще не зарегистрированы. Сначала зарегистрируйте участников.</translation>
        </message>
        <message>
            <source>“{title}” has not been opened for voting yet.</source>
            <translation>Тур «{title}» еще не открыт для голосования.</translation>
        </message>
        <message>
            <source>There is no participant {participant_id} in this workshop.</source>
            <translation>В этом семинаре нет участника {participant_id}.</translation>
        </message>
        <message>
            <source>“{title}” is closed: it takes no more ballots.</source>
            <translation>Тур «{title}» закрыт: бюллетени больше не принимаются.</translation>
        </message>
        <message>
            <source>“{title}” is not open for voting yet.</source>
            <translation>Тур «{title}» еще не открыт для голосования.</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: a ballot is cast with a code, never under a name.</source>
            <translation>В туре «{title}» используются анонимные коды бюллетеней: бюллетень подается с кодом, а не под именем.</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes: voters pick their name.</source>
            <translation>В туре «{title}» коды бюллетеней не используются: голосующие выбирают свое имя.</translation>
        </message>
        <message>
            <source>“{title}” does not use ballot codes.</source>
            <translation>В туре «{title}» коды бюллетеней не используются.</translation>
        </message>
        <message>
            <source>“{title}” is not open: its ballot codes are made when it opens.</source>
            <translation>Тур «{title}» не открыт: его коды бюллетеней создаются при открытии.</translation>
        </message>
        <message>
            <source>Code {n} ({code}) is not an unused ballot code of “{title}”.</source>
            <translation>Код {n} ({code}) не является неиспользованным кодом бюллетеня тура «{title}».</translation>
        </message>
        <message>
            <source>Another program has this workshop open{who}. A secret ballot is recorded only when no other program is reading the file. Close it there and cast the ballot again; nothing was recorded.</source>
            <translation>Этот семинар открыт в другой программе{who}. Бюллетень при тайном голосовании учитывается, только когда никакая другая программа не читает файл. Закройте его там и подайте бюллетень снова; ничего не было записано.</translation>
        </message>
        <message>
            <source>Wall-chart counts are for dot or point voting. Type in paper ballots instead.</source>
            <translation>Подсчеты на настенном плакате предназначены для голосования точками или баллами. Вместо этого введите бумажные бюллетени.</translation>
        </message>
        <message>
            <source>Candidate {cand} is not in this round.</source>
            <translation>Кандидата {cand} нет в этом туре.</translation>
        </message>
        <message>
            <source>The count for {known} must be a whole number, 0 or more.</source>
            <translation>Подсчет для {known} должен быть целым числом, 0 или больше.</translation>
        </message>
        <message>
            <source>“{title}” uses anonymous ballot codes: nobody is marked by name. Enter the wall-chart counts without naming who placed them.</source>
            <translation>В туре «{title}» используются анонимные коды бюллетеней: никто не отмечается по имени. Введите подсчеты с настенного плаката, не указывая, кто поставил отметки.</translation>
        </message>
        <message>
            <source>This ballot code is not valid for this round, or it has been used already. Check it, or ask the facilitator for a new slip.</source>
            <translation>Этот код недействителен для этого тура голосования или уже был использован. Проверьте его или попросите у ведущего новый талон.</translation>
        </message>
        <message numerus="yes">
            <source>The wall chart has %n dot(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>На настенном плакате %n точка — больше, чем могли поставить все зарегистрированные ({most}). Проверьте подсчет (может быть, лишний ноль?) и введите его снова.</numerusform>
                <numerusform>На настенном плакате %n точки — больше, чем могли поставить все зарегистрированные ({most}). Проверьте подсчет (может быть, лишний ноль?) и введите его снова.</numerusform>
                <numerusform>На настенном плакате %n точек — больше, чем могли поставить все зарегистрированные ({most}). Проверьте подсчет (может быть, лишний ноль?) и введите его снова.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The wall chart has %n point(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>На настенном плакате %n балл — больше, чем могли распределить все зарегистрированные ({most}). Проверьте подсчет (может быть, лишний ноль?) и введите его снова.</numerusform>
                <numerusform>На настенном плакате %n балла — больше, чем могли распределить все зарегистрированные ({most}). Проверьте подсчет (может быть, лишний ноль?) и введите его снова.</numerusform>
                <numerusform>На настенном плакате %n баллов — больше, чем могли распределить все зарегистрированные ({most}). Проверьте подсчет (может быть, лишний ноль?) и введите его снова.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{candidate} has %n dot(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>У {candidate} %n точка — больше, чем могли поставить все зарегистрированные ({most}). Проверьте подсчет (может быть, лишний ноль?) и введите его снова.</numerusform>
                <numerusform>У {candidate} %n точки — больше, чем могли поставить все зарегистрированные ({most}). Проверьте подсчет (может быть, лишний ноль?) и введите его снова.</numerusform>
                <numerusform>У {candidate} %n точек — больше, чем могли поставить все зарегистрированные ({most}). Проверьте подсчет (может быть, лишний ноль?) и введите его снова.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{candidate} has %n point(s), more than the {most} that everyone registered could place. Check the count (a zero too many?) and type it again.</source>
            <translation>
                <numerusform>У {candidate} %n балл — больше, чем могли распределить все зарегистрированные ({most}). Проверьте подсчет (может быть, лишний ноль?) и введите его снова.</numerusform>
                <numerusform>У {candidate} %n балла — больше, чем могли распределить все зарегистрированные ({most}). Проверьте подсчет (может быть, лишний ноль?) и введите его снова.</numerusform>
                <numerusform>У {candidate} %n баллов — больше, чем могли распределить все зарегистрированные ({most}). Проверьте подсчет (может быть, лишний ноль?) и введите его снова.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Voting methods</name>
        <message>
            <source>Dot voting</source>
            <translation>Голосование точками</translation>
        </message>
        <message>
            <source>100-point voting</source>
            <translation>Распределение 100 баллов</translation>
        </message>
        <message>
            <source>Approval</source>
            <translation>Одобрительное голосование</translation>
        </message>
        <message>
            <source>Score 0–{top}</source>
            <translation>Оценка 0–{top}</translation>
        </message>
        <message>
            <source>Ranked (Borda)</source>
            <translation>Ранжирование (Борда)</translation>
        </message>
        <message>
            <source>Ranked (Schulze)</source>
            <translation>Ранжирование (Шульце)</translation>
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
            <translation>Подсчет по настенному плакату: %1</translation>
        </message>
        <message>
            <source>Enter wall-chart counts</source>
            <translation>Ввод подсчета по настенному плакату</translation>
        </message>
        <message>
            <source>Type how many dots each candidate got on the wall chart; counts entered before are shown, to correct or complete. Tick the people who voted on the wall, so they can't also vote at the laptop.</source>
            <translation>Введите, сколько точек получил каждый кандидат на настенном плакате; ранее введенные числа показаны, чтобы их можно было исправить или дополнить. Отметьте тех, кто проголосовал на плакате, чтобы они не могли проголосовать еще и на ноутбуке.</translation>
        </message>
        <message>
            <source>Type how many points each candidate got on the wall chart; counts entered before are shown, to correct or complete. Tick the people who voted on the wall, so they can't also vote at the laptop.</source>
            <translation>Введите, сколько баллов получил каждый кандидат на настенном плакате; ранее введенные числа показаны, чтобы их можно было исправить или дополнить. Отметьте тех, кто проголосовал на плакате, чтобы они не могли проголосовать еще и на ноутбуке.</translation>
        </message>
        <message>
            <source>Counts per candidate</source>
            <translation>Подсчет по кандидатам</translation>
        </message>
        <message>
            <source>Who voted on the wall</source>
            <translation>Кто голосовал на плакате</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>Save wall-chart counts</source>
            <translation>Сохранить подсчет по настенному плакату</translation>
        </message>
        <message>
            <source>1 person ticked</source>
            <translation>Отмечен 1 человек</translation>
        </message>
        <message numerus="yes">
            <source>%n people ticked</source>
            <translation>
                <numerusform>Отмечен %n человек</numerusform>
                <numerusform>Отмечено %n человека</numerusform>
                <numerusform>Отмечено %n человек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On the wall: %n dot(s)</source>
            <translation>
                <numerusform>На плакате: %n точка</numerusform>
                <numerusform>На плакате: %n точки</numerusform>
                <numerusform>На плакате: %n точек</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>On the wall: %n point(s)</source>
            <translation>
                <numerusform>На плакате: %n балл</numerusform>
                <numerusform>На плакате: %n балла</numerusform>
                <numerusform>На плакате: %n баллов</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>WallCountModel</name>
        <message>
            <source>No.</source>
            <translation>№</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Рекомендация</translation>
        </message>
        <message>
            <source>Dots on the wall</source>
            <translation>Точки на плакате</translation>
        </message>
    </context>
    <context>
        <name>Word export</name>
        <message>
            <source>Organised by: {organisers}</source>
            <translation>Организатор: {organisers}</translation>
        </message>
        <message>
            <source>Untitled priority</source>
            <translation>Приоритет без названия</translation>
        </message>
        <message>
            <source>{number}. {title}</source>
            <translation>{number}. {title}</translation>
        </message>
        <message>
            <source>Cluster</source>
            <translation>Тематическая группа</translation>
        </message>
        <message>
            <source>{label}:</source>
            <comment>a label before its value</comment>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>(this recommendation was deleted)</source>
            <translation>(эта рекомендация была удалена)</translation>
        </message>
    </context>
    <context>
        <name>Workshop</name>
        <message>
            <source>Added {count}.</source>
            <translation>Добавлено: {count}.</translation>
        </message>
        <message>
            <source>1 was already in the workshop and was not added again.</source>
            <translation>1 рекомендация уже была в семинаре и не добавлена повторно.</translation>
        </message>
        <message>
            <source>Choose a different file name for the copy.</source>
            <translation>Выберите для копии другое имя файла.</translation>
        </message>
        <message>
            <source>Can't write to “{parent}”: the folder is read-only. Choose another folder.</source>
            <translation>Невозможно записать в «{parent}»: папка доступна только для чтения. Выберите другую папку.</translation>
        </message>
        <message>
            <source>The copy could not be written to “{target}”: {error}. The workshop is unchanged.</source>
            <translation>Не удалось записать копию в «{target}»: {error}. Семинар не изменен.</translation>
        </message>
        <message>
            <source>Edit workshop details</source>
            <translation>Изменить сведения о семинаре</translation>
        </message>
        <message>
            <source>The same recommendation, from the same State(s), is already in the workshop.</source>
            <translation>Такая же рекомендация от того же государства (тех же государств) уже есть в семинаре.</translation>
        </message>
        <message>
            <source>Add recommendation {value}</source>
            <translation>Добавить рекомендацию {value}</translation>
        </message>
        <message>
            <source>This recommendation has not been saved yet.</source>
            <translation>Эта рекомендация еще не сохранена.</translation>
        </message>
        <message>
            <source>This recommendation no longer exists (it may have been deleted).</source>
            <translation>Этой рекомендации больше не существует (возможно, она была удалена).</translation>
        </message>
        <message>
            <source>Edit recommendation {value}</source>
            <translation>Изменить рекомендацию {value}</translation>
        </message>
        <message>
            <source>The note is empty.</source>
            <translation>Заметка пуста.</translation>
        </message>
        <message>
            <source>This recommendation no longer exists.</source>
            <translation>Этой рекомендации больше не существует.</translation>
        </message>
        <message>
            <source>The note is empty. Delete it instead.</source>
            <translation>Заметка пуста. Вместо этого удалите ее.</translation>
        </message>
        <message>
            <source>This note no longer exists.</source>
            <translation>Этой заметки больше не существует.</translation>
        </message>
        <message>
            <source>This file has no recommendations to {chosen}.</source>
            <translation>В этом файле нет рекомендаций, адресованных государству {chosen}.</translation>
        </message>
        <message>
            <source>{problems} Correct the file and import it again; nothing was added.</source>
            <translation>{problems} Исправьте файл и импортируйте его еще раз; ничего не добавлено.</translation>
        </message>
        <message>
            <source>The workshop needs a title.</source>
            <translation>Укажите название семинара.</translation>
        </message>
        <message>
            <source>The UPR cycle must be a number from 1 to 10.</source>
            <translation>Цикл УПО должен быть числом от 1 до 10.</translation>
        </message>
        <message>
            <source>“{code}” is not a document language; choose one of {codes}.</source>
            <translation>«{code}» не является языком документов; выберите один из следующих: {codes}.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopDialogs</name>
        <message>
            <source>Workshop</source>
            <translation>Семинар</translation>
        </message>
    </context>
    <context>
        <name>WorkshopFile</name>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command, on this computer) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>Файл «{name}» открыт в другой программе (команде upr-desktop на этом компьютере), которая его изменяет. Дождитесь ее завершения и повторите попытку; тем временем его можно открыть только для чтения.</translation>
        </message>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command, on another computer) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>Файл «{name}» открыт в другой программе (команде upr-desktop на другом компьютере), которая его изменяет. Дождитесь ее завершения и повторите попытку; тем временем его можно открыть только для чтения.</translation>
        </message>
        <message>
            <source>“{name}” is open in another program (an upr-desktop command) that is changing it. Wait for it to finish and try again; you can open it read-only meanwhile.</source>
            <translation>Файл «{name}» открыт в другой программе (команде upr-desktop), которая его изменяет. Дождитесь ее завершения и повторите попытку; тем временем его можно открыть только для чтения.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop (on this computer). You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>Файл «{name}» открыт в другом окне UPR Desktop (на этом компьютере). Его можно открыть только для чтения, чтобы просмотреть или напечатать; изменения можно вносить только в другом окне.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop (on another computer). You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>Файл «{name}» открыт в другом окне UPR Desktop (на другом компьютере). Его можно открыть только для чтения, чтобы просмотреть или напечатать; изменения можно вносить только в другом окне.</translation>
        </message>
        <message>
            <source>“{name}” is open in another window of UPR Desktop. You can open it read-only to look at it or print from it; changes can only be made in the other window.</source>
            <translation>Файл «{name}» открыт в другом окне UPR Desktop. Его можно открыть только для чтения, чтобы просмотреть или напечатать; изменения можно вносить только в другом окне.</translation>
        </message>
        <message>
            <source>{listed}; and {more} more</source>
            <translation>{listed} и еще {more}</translation>
        </message>
        <message>
            <source>“{name}” was not opened: it contains {listed}. Something added there could record or change what is done in the workshop (such as who voted and when). The file has not been changed. Save a cleaned copy, which keeps the workshop's data and nothing else, and open that.</source>
            <translation>Файл «{name}» не открыт: он содержит {listed}. Добавленное туда может записывать или изменять то, что происходит на семинаре (например, кто и когда голосовал). Файл не изменен. Сохраните очищенную копию, в которой остаются только данные семинара, и откройте ее.</translation>
        </message>
        <message>
            <source>The disk is full: free some space and try again. Nothing was changed.</source>
            <translation>Диск заполнен: освободите место и повторите попытку. Ничего не изменено.</translation>
        </message>
        <message>
            <source>Can't write to “{parent}”: {value}. Choose another folder.</source>
            <translation>Невозможно записать в «{parent}»: {value}. Выберите другую папку.</translation>
        </message>
        <message>
            <source>“{name}” could not be written: {value}. Free some space or choose another folder; nothing was changed.</source>
            <translation>Не удалось записать «{name}»: {value}. Освободите место или выберите другую папку; ничего не изменено.</translation>
        </message>
        <message>
            <source>The workshop file “{name}” is damaged ({detail}). Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>Файл семинара «{name}» поврежден ({detail}). Ничего не изменено. Откройте его последнюю исправную резервную копию (UPR Desktop предлагает ее при открытии файла) и работайте с ней.</translation>
        </message>
        <message>
            <source>The workshop file “{name}” is damaged. Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>Файл семинара «{name}» поврежден. Ничего не изменено. Откройте его последнюю исправную резервную копию (UPR Desktop предлагает ее при открытии файла) и работайте с ней.</translation>
        </message>
        <message>
            <source>The workshop file is damaged ({detail}). Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>Файл семинара поврежден ({detail}). Ничего не изменено. Откройте его последнюю исправную резервную копию (UPR Desktop предлагает ее при открытии файла) и работайте с ней.</translation>
        </message>
        <message>
            <source>The workshop file is damaged. Nothing was changed. Open the latest good backup of it (UPR Desktop offers it when it opens the file) and work on that.</source>
            <translation>Файл семинара поврежден. Ничего не изменено. Откройте его последнюю исправную резервную копию (UPR Desktop предлагает ее при открытии файла) и работайте с ней.</translation>
        </message>
        <message>
            <source>“{name}” can't be changed: it is read-only. Use “Save a copy…” to work on a copy.</source>
            <translation>Файл «{name}» нельзя изменить: он доступен только для чтения. Воспользуйтесь командой «Сохранить копию…», чтобы работать с копией.</translation>
        </message>
        <message>
            <source>“{name}” is busy in another window or program. Close it there and try again.</source>
            <translation>Файл «{name}» занят в другом окне или программе. Закройте его там и повторите попытку.</translation>
        </message>
        <message>
            <source>“{name}” is damaged. Open it again: the app then offers its latest good backup. The backups folder is shown in Help ▸ About.</source>
            <translation>Файл «{name}» поврежден. Откройте его снова: программа предложит последнюю исправную резервную копию. Папка резервных копий указана в меню «Справка ▸ О программе UPR Desktop».</translation>
        </message>
        <message>
            <source>The change could not be saved to “{name}”: {error}.</source>
            <translation>Не удалось сохранить изменение в «{name}»: {error}.</translation>
        </message>
        <message>
            <source>SQLite's check found: {problem}</source>
            <translation>Проверка SQLite обнаружила: {problem}</translation>
        </message>
        <message>
            <source>“{name}” is open read-only. Use “Save a copy…” to make changes.</source>
            <translation>Файл «{name}» открыт только для чтения. Чтобы вносить изменения, воспользуйтесь командой «Сохранить копию…».</translation>
        </message>
        <message>
            <source>Some text contains characters that are not valid text (the file may be damaged or mis-exported), so nothing was saved. Re-export the file and try again.</source>
            <translation>Часть текста содержит недопустимые символы (файл может быть поврежден или неправильно экспортирован), поэтому ничего не сохранено. Экспортируйте файл заново и повторите попытку.</translation>
        </message>
        <message>
            <source>There is no file at “{path}”.</source>
            <translation>Файл «{path}» не найден.</translation>
        </message>
        <message>
            <source>“{path}” is a folder, not a workshop file.</source>
            <translation>«{path}» — папка, а не файл семинара.</translation>
        </message>
        <message>
            <source>“{name}” can't be read: {strerror}.</source>
            <translation>Не удалось прочитать «{name}»: {strerror}.</translation>
        </message>
        <message>
            <source>“{name}” is empty: it is not a workshop file.</source>
            <translation>Файл «{name}» пуст: это не файл семинара.</translation>
        </message>
        <message>
            <source>“{name}” is not a UPR Desktop workshop file. To bring its recommendations into a workshop, use Import.</source>
            <translation>«{name}» не является файлом семинара UPR Desktop. Чтобы перенести его рекомендации в семинар, воспользуйтесь импортом.</translation>
        </message>
        <message>
            <source>“{name}” is not a UPR Desktop workshop file.</source>
            <translation>«{name}» не является файлом семинара UPR Desktop.</translation>
        </message>
        <message>
            <source>“{name}” is no longer open in this window. Open it again.</source>
            <translation>Файл «{name}» больше не открыт в этом окне. Откройте его снова.</translation>
        </message>
        <message>
            <source>“{name}” is damaged or not a workshop file ({error}). Restore it from a backup, or open a backup copy.</source>
            <translation>Файл «{name}» поврежден или не является файлом семинара ({error}). Восстановите его из резервной копии или откройте резервную копию.</translation>
        </message>
        <message>
            <source>SQLite says: {error}</source>
            <translation>Сообщение SQLite: {error}</translation>
        </message>
        <message>
            <source>“{name}” is a database, but not a UPR Desktop workshop file.</source>
            <translation>«{name}» — база данных, но не файл семинара UPR Desktop.</translation>
        </message>
        <message>
            <source>“{name}” was saved by a newer version of UPR Desktop (its format has {applied_count} upgrades, this version knows {schema_version}). Install the latest UPR Desktop to open it. The file has not been changed.</source>
            <translation>Файл «{name}» сохранен более новой версией UPR Desktop (обновлений формата: {applied_count}, эта версия знает: {schema_version}). Чтобы открыть его, установите последнюю версию UPR Desktop. Файл не изменен.</translation>
        </message>
        <message>
            <source>“{name}” was made by an older version and must be upgraded, which can't be done where it is (read-only). Copy it to a folder you can write to and open the copy.</source>
            <translation>Файл «{name}» создан более старой версией и должен быть обновлен, но там, где он находится, это невозможно (только для чтения). Скопируйте его в папку, доступную для записи, и откройте копию.</translation>
        </message>
        <message>
            <source>“{name}” needs an upgrade, but no copy of it could be kept first ({error}), so it was not upgraded. Nothing was changed.</source>
            <translation>Файл «{name}» нуждается в обновлении, но предварительно сохранить его копию не удалось ({error}), поэтому он не обновлен. Ничего не изменено.</translation>
        </message>
        <message>
            <source>“{name}” could not be upgraded ({reason}). It is unchanged, and a copy was kept at “{backup}”.</source>
            <translation>Не удалось обновить «{name}» ({reason}). Файл не изменен, а его копия сохранена в «{backup}».</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name, or open it instead.</source>
            <translation>«{name}» уже существует. Выберите другое имя или откройте этот файл.</translation>
        </message>
        <message>
            <source>The folder “{parent}” does not exist.</source>
            <translation>Папка «{parent}» не существует.</translation>
        </message>
        <message>
            <source>Can't create “{name}”: the folder “{parent}” is read-only. Choose another folder.</source>
            <translation>Невозможно создать «{name}»: папка «{parent}» доступна только для чтения. Выберите другую папку.</translation>
        </message>
        <message>
            <source>“{name}” already exists. Choose another name for the cleaned copy.</source>
            <translation>«{name}» уже существует. Выберите другое имя для очищенной копии.</translation>
        </message>
        <message>
            <source>The cleaned copy must be a new file: the original is kept as it is.</source>
            <translation>Очищенная копия должна быть новым файлом: оригинал сохраняется без изменений.</translation>
        </message>
        <message>
            <source>“{name}” was saved by a newer version of UPR Desktop. Install the latest UPR Desktop to clean it.</source>
            <translation>Файл «{name}» сохранен более новой версией UPR Desktop. Чтобы очистить его, установите последнюю версию UPR Desktop.</translation>
        </message>
        <message>
            <source>A cleaned copy of “{name}” could not be made ({error}). The original is unchanged; open an earlier backup of it instead.</source>
            <translation>Не удалось создать очищенную копию «{name}» ({error}). Оригинал не изменен; вместо этого откройте его более раннюю резервную копию.</translation>
        </message>
        <message>
            <source>A cleaned copy could not be written to “{target}” ({strerror}).</source>
            <translation>Не удалось записать очищенную копию в «{target}» ({strerror}).</translation>
        </message>
        <message>
            <source>a {type} “{name}” that UPR Desktop did not put there</source>
            <translation>объект {type} «{name}», добавленный не UPR Desktop</translation>
        </message>
        <message>
            <source>no {type} “{name}”, which UPR Desktop needs</source>
            <translation>отсутствие объекта {type} «{name}», необходимого UPR Desktop</translation>
        </message>
        <message>
            <source>a {type} “{name}” that is not the one UPR Desktop made</source>
            <translation>объект {type} «{name}», созданный не UPR Desktop</translation>
        </message>
    </context>
    <context>
        <name>WorkshopInfoDialog</name>
        <message>
            <source>Workshop details</source>
            <translation>Сведения о семинаре</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>Сохранить</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Отмена</translation>
        </message>
        <message>
            <source>These details appear on printouts and on the outcome charter.</source>
            <translation>Эти сведения появляются в печатных материалах и в итоговой хартии.</translation>
        </message>
        <message>
            <source>“{name}” is open read-only, so its details can't be changed. Use “Save a copy…” to work on a copy.</source>
            <translation>«{name}» открыт только для чтения, поэтому его сведения изменить нельзя. Используйте команду «Сохранить копию…», чтобы работать с копией.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopInfoForm</name>
        <message>
            <source>e.g. CSO strategy workshop on Kenya's 4th UPR cycle</source>
            <translation>например, Стратегический семинар организаций гражданского общества по четвертому циклу УПО Кении</translation>
        </message>
        <message>
            <source>Type or choose a State, e.g. Kenya</source>
            <translation>Введите или выберите государство, например Кения</translation>
        </message>
        <message>
            <source>Not set</source>
            <translation>Не задано</translation>
        </message>
        <message>
            <source>e.g. Nairobi, YMCA conference hall</source>
            <translation>например, Найроби, конференц-зал YMCA</translation>
        </message>
        <message>
            <source>One organisation per line</source>
            <translation>По одной организации в строке</translation>
        </message>
        <message>
            <source>THE REVIEW</source>
            <translation>ОБЗОР</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Название</translation>
        </message>
        <message>
            <source>Country under review</source>
            <translation>Страна — объект обзора</translation>
        </message>
        <message>
            <source>Review date</source>
            <translation>Дата обзора</translation>
        </message>
        <message>
            <source>UPR cycle</source>
            <translation>Цикл УПО</translation>
        </message>
        <message>
            <source>THE WORKSHOP</source>
            <translation>СЕМИНАР</translation>
        </message>
        <message>
            <source>Venue</source>
            <translation>Место проведения</translation>
        </message>
        <message>
            <source>to</source>
            <translation>до</translation>
        </message>
        <message>
            <source>Dates</source>
            <translation>Даты</translation>
        </message>
        <message>
            <source>Organisers</source>
            <translation>Организаторы</translation>
        </message>
        <message>
            <source>The charter, handouts, ballots and exports are written in this language.</source>
            <translation>Хартия, раздаточные материалы, бюллетени и экспортируемые файлы составляются на этом языке.</translation>
        </message>
        <message>
            <source>Documents in</source>
            <translation>Язык документов</translation>
        </message>
        <message>
            <source>All countries (coalition database)</source>
            <translation>Все страны (база данных коалиции)</translation>
        </message>
        <message>
            <source>Give the workshop a title: it appears on every printout and on the charter.</source>
            <translation>Дайте семинару название: оно появляется во всех печатных материалах и в хартии.</translation>
        </message>
        <message>
            <source>The workshop's last day is before its first day. Check the dates.</source>
            <translation>Последний день семинара раньше первого. Проверьте даты.</translation>
        </message>
    </context>
    <context>
        <name>WorkshopLocker</name>
        <message>
            <source>The workshop can't be locked while the kiosk is open for voting.</source>
            <translation>Семинар нельзя заблокировать, пока киоск открыт для голосования.</translation>
        </message>
        <message>
            <source>Locked — UPR Desktop</source>
            <translation>Заблокировано — UPR Desktop</translation>
        </message>
        <message>
            <source>Type the passphrase first.</source>
            <translation>Сначала введите парольную фразу.</translation>
        </message>
        <message>
            <source>That passphrase is not right, so the workshop stays locked. Check the keyboard layout and Caps Lock, and try again.</source>
            <translation>Парольная фраза неверна, поэтому семинар остается заблокированным. Проверьте раскладку клавиатуры и Caps Lock и повторите попытку.</translation>
        </message>
        <message>
            <source>The workshop could not be reopened: {reason}</source>
            <translation>Не удалось снова открыть семинар: {reason}</translation>
        </message>
    </context>
    <context>
        <name>_FilterPopup</name>
        <message>
            <source>Nothing to choose from in this workshop yet.</source>
            <translation>В этом семинаре пока не из чего выбирать.</translation>
        </message>
        <message>
            <source>Clear</source>
            <translation>Очистить</translation>
        </message>
        <message numerus="yes">
            <source>%n selected</source>
            <translation>
                <numerusform>Выбран: %n</numerusform>
                <numerusform>Выбрано: %n</numerusform>
                <numerusform>Выбрано: %n</numerusform>
            </translation>
        </message>
        <message>
            <source>Any</source>
            <translation>Любой</translation>
        </message>
    </context>
</TS>
