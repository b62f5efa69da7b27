"""Reference lists for the demo data: names, places, trades, employers, courses (no logic)."""

from __future__ import annotations

from typing import NamedTuple

from app.models.enums import CourseKind, MigrationStage, Sector

MALE_NAMES: tuple[str, ...] = (
    "José", "Juan", "Luis", "Carlos", "Jorge", "Miguel", "Ángel", "Jesús", "Francisco",
    "Pedro", "Antonio", "Manuel", "Rafael", "Alejandro", "Fernando", "Javier", "Ricardo",
    "Eduardo", "Roberto", "Andrés", "Óscar", "Raúl", "Julio", "César", "Héctor", "Sergio",
    "Víctor", "Martín", "Rubén", "Ramón", "Iván", "Adrián", "Edwin", "Wilson", "Nelson",
    "Byron", "Darwin", "Kevin", "Brayan", "Wilmer", "Elmer", "Josué", "Efraín", "Germán",
    "Hernán", "Joaquín", "Nicolás", "Sebastián", "Tomás", "Emilio", "Santiago", "Mateo",
    "Diego", "Cristian", "Alexis", "Gerardo", "Marvin", "Osmín", "Édgar", "Nahúm",
)  # fmt: skip
FEMALE_NAMES: tuple[str, ...] = (
    "María", "Ana", "Rosa", "Guadalupe", "Carmen", "Lucía", "Sofía", "Valentina", "Fernanda",
    "Daniela", "Gabriela", "Paola", "Andrea", "Patricia", "Verónica", "Leticia", "Marisol",
    "Yolanda", "Silvia", "Elena", "Inés", "Belén", "Mónica", "Raquel", "Noemí", "Jazmín",
    "Karla", "Yesenia", "Dayana", "Lorena", "Beatriz", "Esther", "Ximena", "Isabel",
    "Josefina", "Martha", "Teresa", "Concepción", "Dolores", "Magdalena", "Sandra", "Rocío",
    "Araceli", "Maribel", "Nayeli", "Alejandra", "Juana", "Estefanía", "Érika", "Zoila",
)  # fmt: skip
# Compound given names as people carry them (the CURP skips a leading José or María).
MALE_COMPOUNDS: tuple[str, ...] = (
    "José Luis", "Juan Carlos", "Luis Ángel", "José Manuel", "Juan José", "José Antonio",
    "Miguel Ángel", "Jesús Alberto", "Juan Pablo", "José de Jesús", "Carlos Andrés",
    "Luis Fernando", "Jorge Iván", "José Ramón", "Víctor Hugo",
)  # fmt: skip
FEMALE_COMPOUNDS: tuple[str, ...] = (
    "María José", "María Fernanda", "Ana María", "María Guadalupe", "María de los Ángeles",
    "Rosa María", "María del Carmen", "Ana Lucía", "María Isabel", "Luz María",
    "María Teresa", "Ana Sofía", "Martha Elena", "María de Jesús", "Karla Patricia",
)  # fmt: skip
FAMILY_NAMES: tuple[str, ...] = (
    "Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez",
    "Ramírez", "Cruz", "Flores", "Gómez", "Morales", "Vásquez", "Jiménez", "Reyes", "Díaz",
    "Torres", "Gutiérrez", "Ruiz", "Mendoza", "Aguilar", "Ortiz", "Moreno", "Castillo",
    "Romero", "Álvarez", "Chávez", "Rivera", "Juárez", "Ramos", "Domínguez", "Herrera",
    "Medina", "Castro", "Vargas", "Guzmán", "Velásquez", "Rojas", "Contreras", "Salazar",
    "Muñoz", "Peña", "Núñez", "Benítez", "Ibáñez", "Quiñónez", "Ordóñez", "Zúñiga",
    "Cárdenas", "Suárez", "Méndez", "Ávila", "Calderón", "Sosa", "Mejía", "Acosta",
    "De la Cruz", "De León", "Del Valle", "De los Santos", "Montaño", "Bermúdez",
)  # fmt: skip
# Family names more common in one country than the others.
COUNTRY_FAMILY_NAMES: dict[str, tuple[str, ...]] = {
    "MX": ("Bautista", "Hernández", "Solís", "Cortés", "Villanueva", "Nava", "Olvera"),
    "SV": ("Argueta", "Orellana", "Alvarado", "Portillo", "Rivas", "Menjívar", "Funes"),
    "CO": ("Ospina", "Restrepo", "Cardona", "Londoño", "Osorio", "Giraldo", "Quintero"),
    "EC": ("Guamán", "Chimbo", "Tenesaca", "Yupanqui", "Pilco", "Cedeño", "Zambrano"),
    "HN": ("Maradiaga", "Zelaya", "Banegas", "Mejía", "Midence", "Ulloa", "Paz"),
}


class Place(NamedTuple):
    """A municipality: its subdivision (ISO 3166-2), the ID code of the place, villages."""

    state: str
    id_code: str  # CURP state (MX), cédula province (EC), DNI dept+municipality (HN)
    municipality: str
    communities: tuple[str, ...]
    phone_prefixes: tuple[str, ...] = ()  # national prefixes (area codes) used there


PLACES: dict[str, tuple[Place, ...]] = {
    "MX": (
        Place("MX-MIC", "MN", "Zamora", ("Ario de Rayón", "La Rinconada", "El Sauz de Abajo"),
              ("351",)),
        Place("MX-MIC", "MN", "Tangancícuaro", ("Patamban", "Ocumicho", "Gómez Farías"),
              ("355",)),
        Place("MX-GUA", "GT", "Dolores Hidalgo", ("La Erre", "Rancho Nuevo", "El Llanito"),
              ("418",)),
        Place("MX-GUA", "GT", "Salvatierra", ("Urireo", "San Nicolás de los Agustinos"),
              ("466",)),
        Place("MX-OAX", "OC", "Santiago Juxtlahuaca", ("San Miguel Cuevas", "Tecomaxtlahuaca"),
              ("953",)),
        Place("MX-PUE", "PL", "Atlixco", ("Metepec", "San Jerónimo Coyula"), ("244",)),
        Place("MX-TLA", "TL", "Huamantla", ("Ignacio Zaragoza", "San José Xicohténcatl"),
              ("247",)),
        Place("MX-MEX", "MC", "Villa Guerrero", ("Santa María Aranzazú", "San Mateo Coapexco"),
              ("714",)),
        Place("MX-JAL", "JC", "Zapotlán el Grande", ("Los Depósitos", "Atequizayán"), ("341",)),
        Place("MX-VER", "VZ", "Papantla", ("El Chote", "Tlahuanapa"), ("784",)),
        Place("MX-YUC", "YN", "Tekax", ("Kancab", "Ticum"), ("997",)),
        Place("MX-CHP", "CS", "Tapachula", ("Puerto Madero", "Viva México"), ("962",)),
        Place("MX-HID", "HG", "Ixmiquilpan", ("El Alberto", "Orizabita"), ("759",)),
        Place("MX-ZAC", "ZS", "Jerez", ("Ermita de Guadalupe", "Sauz de los García"),
              ("494",)),
    ),
    "SV": (
        Place("SV-AH", "", "Atiquizaya", ("Cantón El Zapote", "Cantón Izcaquilío"), ("7",)),
        Place("SV-SA", "", "Chalchuapa", ("Cantón El Coco", "Caserío Las Cruces"), ("7",)),
        Place("SV-CH", "", "Nueva Concepción", ("Cantón Potrero Sula", "Caserío El Chilamate"),
              ("7",)),
        Place("SV-US", "", "Jiquilisco", ("Cantón La Canoa", "Isla de Méndez"), ("7", "6")),
        Place("SV-SM", "", "Chinameca", ("Cantón Conacastal", "Caserío Los Naranjos"), ("7",)),
        Place("SV-UN", "", "Santa Rosa de Lima", ("Cantón El Algodón", "Caserío Copetillo"),
              ("7",)),
        Place("SV-MO", "", "Perquín", ("Caserío El Mozote", "Cantón Casa Blanca"), ("7",)),
        Place("SV-LI", "", "Tamanique", ("Cantón El Palomar", "Caserío El Sunzal"), ("7", "6")),
        Place("SV-SO", "", "Nahuizalco", ("Cantón Pushtán", "Cantón Sisimitepet"), ("7",)),
        Place("SV-CU", "", "Suchitoto", ("Cantón Copapayo", "Caserío Aguacayo"), ("7",)),
        Place("SV-CA", "", "Ilobasco", ("Cantón Los Llanitos", "Caserío San José"), ("7",)),
        Place("SV-SV", "", "Tecoluca", ("Cantón San Carlos", "Caserío El Arco"), ("7",)),
        Place("SV-PA", "", "Zacatecoluca", ("Cantón San Marcos de la Cruz", "Caserío El Porvenir"),
              ("7",)),
    ),
    "CO": (
        Place("CO-ANT", "", "Urrao", ("Vereda La Encarnación", "Vereda Santa Isabel"), ("3",)),
        Place("CO-BOY", "", "Ventaquemada", ("Vereda Montoya", "Vereda Puente de Boyacá"),
              ("3",)),
        Place("CO-CUN", "", "Fusagasugá", ("Vereda Bermejal", "Vereda La Aguadita"), ("3",)),
        Place("CO-NAR", "", "La Unión", ("Vereda Chaguarurco", "Vereda El Sauce"), ("3",)),
        Place("CO-CAU", "", "Timbío", ("Vereda Las Huacas", "Vereda El Altillo"), ("3",)),
        Place("CO-HUI", "", "Pitalito", ("Vereda Charguayaco", "Vereda Bruselas"), ("3",)),
        Place("CO-TOL", "", "Planadas", ("Gaitania", "Vereda La Esmeralda"), ("3",)),
        Place("CO-VAC", "", "Tuluá", ("Barragán", "Vereda La Moralia"), ("3",)),
        Place("CO-SAN", "", "San Gil", ("Vereda Ojo de Agua", "Vereda Guarigua"), ("3",)),
        Place("CO-QUI", "", "Salento", ("Vereda Boquía", "Vereda Palestina"), ("3",)),
        Place("CO-CAL", "", "Riosucio", ("San Lorenzo", "Vereda Sipirra"), ("3",)),
        Place("CO-ATL", "", "Sabanalarga", ("Aguada de Pablo", "Colombia"), ("3",)),
    ),
    "EC": (
        Place("EC-A", "01", "Gualaceo", ("Jadán", "San Juan", "Zhidmad"), ("9",)),
        Place("EC-F", "03", "Cañar", ("Ingapirca", "Juncal", "Chorocopte"), ("9",)),
        Place("EC-H", "06", "Colta", ("Cajabamba", "Columbe", "Santiago de Quito"), ("9",)),
        Place("EC-H", "06", "Guamote", ("Palmira", "Cebadas"), ("9",)),
        Place("EC-L", "11", "Saraguro", ("Tenta", "Urdaneta", "Lluzhapa"), ("9",)),
        Place("EC-P", "17", "Cayambe", ("Juan Montalvo", "Ayora", "Olmedo"), ("9",)),
        Place("EC-T", "18", "San Pedro de Pelileo", ("Salasaca", "Cotaló"), ("9",)),
        Place("EC-I", "10", "Otavalo", ("Peguche", "San Pablo del Lago", "Ilumán"), ("9",)),
        Place("EC-G", "09", "Daule", ("Laurel", "Limonal", "Los Lojas"), ("9",)),
        Place("EC-M", "13", "Jipijapa", ("Puerto Cayo", "La América"), ("9",)),
        Place("EC-X", "05", "Pujilí", ("Zumbahua", "Guangaje"), ("9",)),
        Place("EC-B", "02", "Guaranda", ("Salinas", "Simiátug"), ("9",)),
    ),
    "HN": (
        Place("HN-FM", "0801", "Distrito Central", ("Aldea El Tizatillo", "Aldea Los Jutes"),
              ("9", "3")),
        Place("HN-CR", "0501", "San Pedro Sula", ("Aldea Cofradía", "Aldea Río Blanco"),
              ("9", "3")),
        Place("HN-AT", "0101", "La Ceiba", ("Aldea Corozal", "Aldea Sambo Creek"), ("9",)),
        Place("HN-CM", "0301", "Comayagua", ("Aldea Lamaní", "Aldea El Rosario"), ("9",)),
        Place("HN-CP", "0401", "Santa Rosa de Copán", ("Aldea El Rosario", "Aldea Quezailica"),
              ("9",)),
        Place("HN-CH", "0601", "Choluteca", ("Aldea El Tulito", "Aldea Monjarás"), ("9",)),
        Place("HN-EP", "0703", "Danlí", ("Aldea Las Ánimas", "Aldea El Zarzal"), ("9", "8")),
        Place("HN-IN", "1001", "La Esperanza", ("Aldea Yaruchel", "Aldea Segua"), ("9",)),
        Place("HN-LE", "1301", "Gracias", ("Aldea Mejicapa", "Aldea Quelacasque"), ("9",)),
        Place("HN-SB", "1601", "Santa Bárbara", ("Aldea El Ciruelo", "Aldea Ilamapa"), ("9",)),
        Place("HN-YO", "1801", "Yoro", ("Aldea Jocón", "Aldea Agua Blanca"), ("9", "3")),
        Place("HN-OL", "1501", "Juticalpa", ("Aldea Santa María del Real", "Aldea El Guayabo"),
              ("9",)),
    ),
}  # fmt: skip

# How each country's citizens usually prove who they are, and a passport letter.
PASSPORT_LETTER = {"MX": "G", "SV": "B", "CO": "AT", "EC": "A", "HN": "F"}
STREETS = ("Calle Principal", "Avenida Hidalgo", "Calle Morelos", "Barrio El Centro",
           "Calle Real", "Avenida Bolívar", "Calle Sucre", "Colonia San José",
           "Calle Las Flores", "Barrio La Esperanza")  # fmt: skip
EMAIL_DOMAINS = ("gmail.com", "hotmail.com", "yahoo.com", "outlook.com")


class Job(NamedTuple):
    """A trade at home and the Canadian job it leads to (NOC 2021)."""

    trade: str  # as an officer writes it: "masculine|feminine" where Spanish has both
    sector: Sector
    noc: str
    noc_title: str
    skills: str
    women: float  # share of women in this trade among the workers


JOBS: tuple[Job, ...] = (
    Job("Jornalero agrícola|Jornalera agrícola", Sector.AGRICULTURE, "85101",
        "Harvesting labourers",
        "Cosecha de hortalizas, poda", 0.15),
    Job("Trabajador de invernadero|Trabajadora de invernadero", Sector.AGRICULTURE, "85103",
        "Nursery and greenhouse labourers", "Trasplante, riego, empaque", 0.35),
    Job("Vaquero|Vaquera", Sector.AGRICULTURE, "85100", "Livestock labourers",
        "Ordeña, cuidado de ganado", 0.05),
    Job("Tractorista", Sector.AGRICULTURE, "84120",
        "Specialized livestock workers and farm machinery operators",
        "Manejo de tractor, mantenimiento básico", 0.02),
    Job("Albañil", Sector.CONSTRUCTION, "72320", "Bricklayers",
        "Bloque, repello, lectura de planos", 0.02),
    Job("Ayudante de construcción", Sector.CONSTRUCTION, "75110",
        "Construction trades helpers and labourers", "Mezcla, acarreo, andamios", 0.04),
    Job("Carpintero|Carpintera", Sector.CONSTRUCTION, "72310", "Carpenters",
        "Encofrado, muebles", 0.03),
    Job("Pintor|Pintora", Sector.CONSTRUCTION, "73112", "Painters and decorators",
        "Pintura de interiores y exteriores", 0.1),
    Job("Cocinero|Cocinera", Sector.HOSPITALITY, "63200", "Cooks", "Cocina tradicional, higiene",
        0.6),
    Job("Ayudante de cocina", Sector.HOSPITALITY, "65201",
        "Food counter attendants, kitchen helpers and related support occupations",
        "Preparación de alimentos, lavado", 0.5),
    Job("Camarista", Sector.HOSPITALITY, "65310", "Light duty cleaners",
        "Limpieza de habitaciones", 0.8),
    Job("Mesero|Mesera", Sector.TOURISM, "65200", "Food and beverage servers",
        "Atención al cliente, inglés básico", 0.45),
    Job("Recepcionista", Sector.TOURISM, "64314", "Hotel front desk clerks",
        "Atención al cliente, computación", 0.65),
    Job("Conserje", Sector.SERVICES, "65312", "Janitors, caretakers and heavy-duty cleaners",
        "Limpieza, mantenimiento", 0.3),
    Job("Empleado de lavandería|Empleada de lavandería", Sector.SERVICES, "65320",
        "Dry cleaning, laundry and related occupations", "Lavado, planchado", 0.7),
    Job("Destazador|Destazadora", Sector.OTHER, "94141",
        "Industrial butchers and meat cutters, poultry preparers and related workers",
        "Corte de carne, cadena de frío", 0.25),
)  # fmt: skip
# How often each sector is drawn (agriculture carries the programme).
SECTOR_WEIGHTS: dict[Sector, int] = {
    Sector.AGRICULTURE: 50, Sector.CONSTRUCTION: 15, Sector.HOSPITALITY: 14,
    Sector.TOURISM: 8, Sector.SERVICES: 9, Sector.OTHER: 4,
}  # fmt: skip


class Employer(NamedTuple):
    name: str
    sector: Sector
    province: str
    city: str


EMPLOYERS: tuple[Employer, ...] = (
    Employer("Leamington Greenhouse Growers Ltd.", Sector.AGRICULTURE, "CA-ON", "Leamington"),
    Employer("Niagara Orchards Inc.", Sector.AGRICULTURE, "CA-ON", "Niagara-on-the-Lake"),
    Employer("Norfolk Ginseng & Berry Farms", Sector.AGRICULTURE, "CA-ON", "Simcoe"),
    Employer("Holland Marsh Vegetable Co.", Sector.AGRICULTURE, "CA-ON", "Bradford"),
    Employer("Ferme Les Jardins du Lac", Sector.AGRICULTURE, "CA-QC", "Sherrington"),
    Employer("Ferme maraîchère Saint-Rémi", Sector.AGRICULTURE, "CA-QC", "Saint-Rémi"),
    Employer("Fraser Valley Berry Farms", Sector.AGRICULTURE, "CA-BC", "Abbotsford"),
    Employer("Okanagan Orchard Packers", Sector.AGRICULTURE, "CA-BC", "Kelowna"),
    Employer("Prairie Sky Cattle Co.", Sector.AGRICULTURE, "CA-AB", "Lethbridge"),
    Employer("Annapolis Valley Apples Ltd.", Sector.AGRICULTURE, "CA-NS", "Kentville"),
    Employer("Red River Potato Growers", Sector.AGRICULTURE, "CA-MB", "Portage la Prairie"),
    Employer("Island Red Potatoes Inc.", Sector.AGRICULTURE, "CA-PE", "Summerside"),
    Employer("Maple Ridge Builders Inc.", Sector.CONSTRUCTION, "CA-BC", "Maple Ridge"),
    Employer("Northgate Concrete Ltd.", Sector.CONSTRUCTION, "CA-AB", "Edmonton"),
    Employer("Lakeshore Masonry Ltd.", Sector.CONSTRUCTION, "CA-ON", "Mississauga"),
    Employer("Constructions Boréal inc.", Sector.CONSTRUCTION, "CA-QC", "Laval"),
    Employer("Prairie Framing Co.", Sector.CONSTRUCTION, "CA-SK", "Saskatoon"),
    Employer("Harbourview Contracting", Sector.CONSTRUCTION, "CA-NS", "Halifax"),
    Employer("Banff Mountain Lodge", Sector.HOSPITALITY, "CA-AB", "Banff"),
    Employer("Whistler Alpine Hotel", Sector.HOSPITALITY, "CA-BC", "Whistler"),
    Employer("Hôtel Château du Fleuve", Sector.HOSPITALITY, "CA-QC", "Québec"),
    Employer("Muskoka Lakes Inn", Sector.HOSPITALITY, "CA-ON", "Gravenhurst"),
    Employer("Cabot Shore Inn", Sector.HOSPITALITY, "CA-NS", "Ingonish"),
    Employer("Rocky Mountain Adventure Tours", Sector.TOURISM, "CA-AB", "Canmore"),
    Employer("Niagara Falls View Resort", Sector.TOURISM, "CA-ON", "Niagara Falls"),
    Employer("Village Mont-Tremblant Resort", Sector.TOURISM, "CA-QC", "Mont-Tremblant"),
    Employer("Tofino Coastal Resort", Sector.TOURISM, "CA-BC", "Tofino"),
    Employer("CleanPro Facility Services", Sector.SERVICES, "CA-ON", "Toronto"),
    Employer("Pacific Laundry Services", Sector.SERVICES, "CA-BC", "Surrey"),
    Employer("Services d'entretien Laurentides", Sector.SERVICES, "CA-QC", "Saint-Jérôme"),
    Employer("Prairie Poultry Processors", Sector.OTHER, "CA-MB", "Winnipeg"),
    Employer("Maritime Meat Packers", Sector.OTHER, "CA-NB", "Moncton"),
)  # fmt: skip
# Canadian area codes by province, for workers' phones abroad.
CANADA_AREA_CODES = {"CA-ON": "519", "CA-QC": "450", "CA-BC": "604", "CA-AB": "403",
                     "CA-NS": "902", "CA-MB": "204", "CA-SK": "306", "CA-NB": "506",
                     "CA-PE": "902"}  # fmt: skip


class CourseSpec(NamedTuple):
    code: str
    title: str
    kind: CourseKind
    stage: MigrationStage
    skill_area: str
    language: str
    hours: int


# Every mission runs these (the code gets the mission prefix); the provider is per mission.
MISSION_COURSES: tuple[CourseSpec, ...] = (
    CourseSpec("ORI", "Orientación previa al viaje a Canadá", CourseKind.PRE_DEPARTURE_ORIENTATION,
               MigrationStage.PRE_DEPARTURE, "Derechos laborales y vida en Canadá", "es", 16),
    CourseSpec("SST", "Seguridad y salud en el trabajo agrícola", CourseKind.ADDITIONAL_COURSE,
               MigrationStage.PRE_DEPARTURE, "Salud y seguridad", "es", 12),
    CourseSpec("FIN", "Educación financiera y remesas", CourseKind.ADDITIONAL_COURSE,
               MigrationStage.PRE_DEPARTURE, "Finanzas personales", "es", 8),
    CourseSpec("EMP", "Emprendimiento para el retorno", CourseKind.ENTREPRENEURSHIP,
               MigrationStage.RETURNED, "Plan de negocio", "es", 40),
    CourseSpec("CER", "Certificación de competencias laborales", CourseKind.ADDITIONAL_COURSE,
               MigrationStage.RETURNED, "Competencias técnicas", "es", 24),
)  # fmt: skip
HQ_COURSES: tuple[CourseSpec, ...] = (
    CourseSpec("ENG-A1", "Workplace English, beginners", CourseKind.LANGUAGE,
               MigrationStage.PRE_DEPARTURE, "English", "en", 30),
    CourseSpec("FRA-A1", "Français au travail, débutants", CourseKind.LANGUAGE,
               MigrationStage.PRE_DEPARTURE, "French", "fr", 30),
    CourseSpec("OHS-CA", "Health and safety on Canadian worksites", CourseKind.ON_SITE_TRAINING,
               MigrationStage.ABROAD, "Health and safety", "en", 6),
    CourseSpec("RIGHTS", "Know your rights as a temporary foreign worker",
               CourseKind.ON_SITE_TRAINING, MigrationStage.ABROAD, "Labour rights", "es", 4),
)  # fmt: skip
PROVIDERS = {"MX": "OIM México con ICATMI", "SV": "OIM El Salvador con INSAFORP",
             "CO": "OIM Colombia con SENA", "EC": "OIM Ecuador con SECAP",
             "HN": "OIM Honduras con INFOP", "HQ": "IOM Canada"}  # fmt: skip
COURSE_PLACES = {"MX": "Morelia", "SV": "San Salvador", "CO": "Bogotá", "EC": "Quito",
                 "HN": "Tegucigalpa", "HQ": "En línea"}  # fmt: skip

PROJECT_TITLES: tuple[str, ...] = (
    "Pozo y sistema de agua potable", "Techado de la escuela", "Centro de acopio de café",
    "Invernadero comunitario", "Camino vecinal", "Clínica comunitaria",
    "Cooperativa de ahorro", "Cancha y casa comunal", "Vivero forestal",
    "Molino comunitario de granos",
)  # fmt: skip
PLAN_TITLES = {
    "employment": ("Reinserción laboral en la construcción", "Empleo como cocinera en hotel"),
    "business": ("Tienda de abarrotes", "Taller de carpintería", "Cría de pollos de engorde",
                 "Invernadero de jitomate", "Panadería familiar", "Lavandería"),
    "education": ("Bachillerato a distancia", "Curso técnico de electricidad"),
    "community_investment": ("Aporte al proyecto de agua de la comunidad",),
}  # fmt: skip
MILESTONES: tuple[str, ...] = (
    "Plan de negocio revisado", "Compra de equipo", "Registro del negocio",
    "Primera venta", "Inscripción en el curso", "Apertura de cuenta de ahorro",
)  # fmt: skip
NOTE_TEXTS = {
    "interview": (
        "Entrevista inicial. Interesado en trabajar en Canadá; explica experiencia en {trade}.",
        "Entrevista de registro. Documentos completos, se explica el consentimiento.",
    ),
    "follow_up": (
        "Seguimiento: revisar avance de documentos para el permiso de trabajo.",
        "Seguimiento telefónico con la familia; todo bien en casa.",
        "Pendiente confirmar fecha de viaje con el empleador.",
    ),
    "call": (
        "Llamada desde Canadá: se adapta bien, trabaja 50 horas por semana.",
        "Llamada: consulta sobre envío de remesas y ahorro.",
    ),
    "visit": (
        "Visita domiciliaria después del retorno; interesado en emprender.",
        "Visita a la comunidad para el proyecto comunitario.",
    ),
    "referral": (
        "Referido a servicio de salud por dolor de espalda.",
        "Referido a curso de emprendimiento.",
    ),
}  # fmt: skip
OFFICERS = {
    "MX": ("Ana Ruiz", "Jorge Salinas"), "SV": ("Claudia Mejía", "René Portillo"),
    "CO": ("Juliana Ospina", "Andrés Cardona"), "EC": ("Gabriela Andrade", "Pablo Tenesaca"),
    "HN": ("Lourdes Zelaya", "Mario Banegas"),
}  # fmt: skip
# The device tag of each mission's demo laptop (from the case-code tag alphabet).
DEMO_DEVICE_TAGS = {"MX": "D3M", "SV": "D5V", "CO": "D7C", "EC": "D2E", "HN": "D4H"}
