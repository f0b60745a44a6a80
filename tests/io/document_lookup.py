"""A stand-in for the Qt catalogues in document tests: realistic translations of the headings, labels and
words a charter prints, in the five other UN languages, installed through upr_desktop.text.install.

The real translations come from resources/i18n/*.ts (translators own them); these let a test prove the
plumbing: every document asks Documents(workshop's language) and prints what comes back."""

from __future__ import annotations

import contextlib

from upr_desktop import text

_MONTHS = {
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "ar": "كانون_الثاني/يناير شباط/فبراير آذار/مارس نيسان/أبريل أيار/مايو حزيران/يونيه تموز/يوليه آب/أغسطس "
          "أيلول/سبتمبر تشرين_الأول/أكتوبر تشرين_الثاني/نوفمبر كانون_الأول/ديسمبر",
    "zh": "1月 2月 3月 4月 5月 6月 7月 8月 9月 10月 11月 12月",
}
_ENGLISH_MONTHS = ("January February March April May June July August September October November "
                   "December").split()

# source -> (fr, es, ru, ar, zh)
STRINGS = {
    "Page {page} of {pages}": ("Page {page} sur {pages}", "Página {page} de {pages}", "Страница {page} из {pages}",
                               "الصفحة {page} من {pages}", "第 {page} 页，共 {pages} 页"),
    "Preamble": ("Préambule", "Preámbulo", "Преамбула", "الديباجة", "序言"),
    "Priorities": ("Priorités", "Prioridades", "Приоритеты", "الأولويات", "优先事项"),
    "Action points": ("Points d'action", "Puntos de acción", "Практические меры", "نقاط العمل", "行动要点"),
    "Monitoring and follow-up": ("Surveillance et suivi", "Vigilancia y seguimiento",
                                 "Мониторинг и последующая деятельность", "الرصد والمتابعة", "监测和后续行动"),
    "Endorsements": ("Adhésions", "Adhesiones", "Поддержка организаций", "التأييدات", "认可"),
    "Annex: recommendations cited": ("Annexe : recommandations citées", "Anexo: recomendaciones citadas",
                                     "Приложение: упомянутые рекомендации", "المرفق: التوصيات المشار إليها",
                                     "附件：所引建议"),
    "Expected government action": ("Action attendue du gouvernement", "Medidas que se esperan del Gobierno",
                                   "Ожидаемые действия правительства", "الإجراءات المتوقعة من الحكومة",
                                   "期望政府采取的行动"),
    "CSO actions and advocacy": ("Actions et plaidoyer de la société civile",
                                 "Acciones e incidencia de la sociedad civil",
                                 "Действия и правозащитная работа гражданского общества",
                                 "إجراءات المجتمع المدني وأنشطة الدعوة", "民间社会的行动和倡导"),
    "Lead actor": ("Acteur principal", "Actor principal", "Ведущий исполнитель", "الجهة الرائدة", "牵头方"),
    "Partners": ("Partenaires", "Asociados", "Партнёры", "الشركاء", "合作伙伴"),
    "Indicators or benchmarks": ("Indicateurs ou critères", "Indicadores o parámetros",
                                 "Показатели или контрольные параметры", "المؤشرات أو المعايير", "指标或基准"),
    "Resources needed": ("Ressources nécessaires", "Recursos necesarios", "Необходимые ресурсы",
                         "الموارد اللازمة", "所需资源"),
    "Timeline and milestones": ("Échéancier et étapes", "Calendario e hitos", "Сроки и этапы",
                                "الجدول الزمني والمراحل الرئيسية", "时间表和里程碑"),
    "Level": ("Niveau", "Nivel", "Уровень", "المستوى", "层级"),
    "Implementation status": ("État de mise en œuvre", "Estado de aplicación", "Ход осуществления",
                              "حالة التنفيذ", "落实情况"),
    "National": ("National", "Nacional", "Национальный", "وطني", "国家"),
    "Regional": ("Régional", "Regional", "Региональный", "إقليمي", "区域"),
    "International": ("International", "Internacional", "Международный", "دولي", "国际"),
    "Not started": ("Non commencée", "No iniciada", "Не начато", "لم يبدأ", "尚未开始"),
    "In progress": ("En cours", "En curso", "В процессе", "قيد التنفيذ", "正在进行"),
    "Partially implemented": ("Partiellement mise en œuvre", "Aplicada parcialmente", "Осуществлено частично",
                              "نُفِّذ جزئياً", "部分落实"),
    "Fully implemented": ("Pleinement mise en œuvre", "Plenamente aplicada", "Осуществлено полностью",
                          "نُفِّذ بالكامل", "全面落实"),
    "Recommendation": ("Recommandation", "Recomendación", "Рекомендация", "التوصية", "建议"),
    "Recommendations": ("Recommandations", "Recomendaciones", "Рекомендации", "التوصيات", "建议"),
    "DRAFT": ("PROJET", "BORRADOR", "ПРОЕКТ", "مشروع", "草稿"),
    "Draft — not yet adopted": ("Projet — pas encore adoptée", "Borrador — aún no aprobada",
                                "Проект — ещё не принята", "مشروع — لم يُعتمد بعد", "草稿——尚未通过"),
    "This text may still change until the organisations adopt it.": (
        "Ce texte peut encore changer jusqu'à son adoption par les organisations.",
        "Este texto aún puede cambiar hasta que las organizaciones lo aprueben.",
        "Текст может измениться, пока организации его не примут.",
        "قد يتغير هذا النص إلى أن تعتمده المنظمات.", "在各组织通过之前，本文本仍可能修改。"),
    "Organised by": ("Organisé par", "Organizado por", "Организаторы", "الجهات المنظِّمة", "组织方"),
    "Universal Periodic Review of {country}": (
        "Examen périodique universel : {country}", "Examen Periódico Universal: {country}",
        "Универсальный периодический обзор: {country}", "الاستعراض الدوري الشامل: {country}",
        "普遍定期审议：{country}"),
    "First cycle": ("Premier cycle", "Primer ciclo", "Первый цикл", "الجولة الأولى", "第一轮"),
    "Second cycle": ("Deuxième cycle", "Segundo ciclo", "Второй цикл", "الجولة الثانية", "第二轮"),
    "Third cycle": ("Troisième cycle", "Tercer ciclo", "Третий цикл", "الجولة الثالثة", "第三轮"),
    "Fourth cycle": ("Quatrième cycle", "Cuarto ciclo", "Четвёртый цикл", "الجولة الرابعة", "第四轮"),
    "{cycle}, reviewed on {date}": ("{cycle}, examen du {date}", "{cycle}, examinado el {date}",
                                    "{cycle}, обзор {date}", "{cycle}، جرى الاستعراض في {date}",
                                    "{cycle}，审议日期：{date}"),
    "Reviewed on {date}": ("Examen du {date}", "Examinado el {date}", "Обзор {date}", "جرى الاستعراض في {date}",
                           "审议日期：{date}"),
    "Adopted on {date} at {place}": ("Adoptée le {date} à {place}", "Aprobada el {date} en {place}",
                                     "Принята {date}, {place}", "اعتُمد في {date} في {place}",
                                     "{date}于{place}通过"),
    "Outcome charter": ("Charte des résultats", "Carta de resultados", "Хартия по итогам", "ميثاق النتائج",
                        "成果宪章"),
    "No.": ("N°", "N.º", "№", "الرقم", "编号"),
    "Organisation": ("Organisation", "Organización", "Организация", "المنظمة", "组织"),
    "Representative": ("Représentant(e)", "Representante", "Представитель", "الممثل", "代表"),
    "Role": ("Fonction", "Cargo", "Должность", "الصفة", "职务"),
    "Signature": ("Signature", "Firma", "Подпись", "التوقيع", "签名"),
    "Date": ("Date", "Fecha", "Дата", "التاريخ", "日期"),
    "The organisations below endorse this charter.": (
        "Les organisations ci-dessous adhèrent à la présente charte.",
        "Las organizaciones que figuran a continuación se adhieren a esta carta.",
        "Нижеперечисленные организации поддерживают настоящую хартию.",
        "تؤيد المنظمات المذكورة أدناه هذا الميثاق.", "下列组织认可本宪章。"),
    "The organisations below adopted this charter.": (
        "Les organisations ci-dessous ont adopté la présente charte.",
        "Las organizaciones que figuran a continuación aprobaron esta carta.",
        "Нижеперечисленные организации приняли настоящую хартию.",
        "اعتمدت المنظمات المذكورة أدناه هذا الميثاق.", "下列组织通过了本宪章。"),
    "Recommending State(s)": ("État(s) auteur(s) de la recommandation", "Estado(s) recomendante(s)",
                              "Рекомендующее государство", "الدولة (الدول) المقدِّمة للتوصية", "提出建议的国家"),
    "Response": ("Réponse", "Respuesta", "Ответ", "الرد", "答复"),
    "Supported": ("Soutenue", "Apoyada", "Поддержана", "مؤيَّدة", "支持"),
    "Noted": ("Prise en note", "Anotada", "Принята к сведению", "أُحيط بها علماً", "注意到"),
    "Pending": ("En attente", "Pendiente", "Ожидает ответа", "قيد النظر", "待定"),
    "Response not known": ("Réponse inconnue", "Respuesta desconocida", "Ответ неизвестен", "الرد غير معروف",
                           "答复不详"),
    "Voluntary pledge": ("Engagement volontaire", "Compromiso voluntario", "Добровольное обязательство",
                         "تعهد طوعي", "自愿承诺"),
    "{day} {month} {year}": ("{day} {month} {year}", "{day} de {month} de {year}", "{day} {month} {year} г.",
                             "{day} {month} {year}", "{year}年{month}{day}日"),
    "{month} {year}": ("{month} {year}", "{month} de {year}", "{month} {year} г.", "{month} {year}",
                       "{year}年{month}"),
    "{first}–{last} {month} {year}": ("{first}–{last} {month} {year}", "{first}–{last} de {month} de {year}",
                                      "{first}–{last} {month} {year} г.", "{first}–{last} {month} {year}",
                                      "{year}年{month}{first}日至{last}日"),
    "{start} to {end}": ("du {start} au {end}", "del {start} al {end}", "с {start} по {end}", "من {start} إلى {end}",
                         "{start}至{end}"),
    "Recommended by {states}": ("Recommandée par {states}", "Recomendada por {states}",
                                "Рекомендовано: {states}", "أوصت بها: {states}", "提出国：{states}"),
    "Session {number}": ("Session {number}", "Período de sesiones {number}", "Сессия {number}",
                         "الدورة {number}", "第{number}届会议"),
}
_COLUMN = {"fr": 0, "es": 1, "ru": 2, "ar": 3, "zh": 4}


def translation(lang: str, source: str) -> str | None:
    if lang == "en":
        return source
    if source in _ENGLISH_MONTHS:
        return _MONTHS[lang].split()[_ENGLISH_MONTHS.index(source)].replace("_", " ")
    row = STRINGS.get(source)
    return row[_COLUMN[lang]] if row else None


def lookup(lang, context, source, disambiguation=None, n=-1):
    found = translation(lang, source) or source
    return found.replace("%n", str(n)) if n >= 0 else found


@contextlib.contextmanager
def installed(interface_language: str = "en"):
    """The test catalogue in place for the block, and the app's own lookup (or none) restored after."""
    before = (text._lookup, text._interface_language)
    text.install(lookup, interface_language)
    try:
        yield lookup
    finally:
        text._lookup, text._interface_language = before
