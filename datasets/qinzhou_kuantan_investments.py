"""The investment questions of the bundled dataset (workbook schema 2, contract §8).

Imported by ``build_qinzhou_kuantan.py``, which adds these rows to its
tables. Each row carries a ``basis`` key as there; ``NOTES`` says for each
figure whether it is a fact from the project's reference notes or a
labelled assumption with its reasoning.

The questions: Alliance Steel's phase 2 of flat products in Kuantan against
the same line in Qinzhou; a second Kuantan berth; more Western Land-Sea
Corridor trains between Qinzhou and Chongqing; the aluminium chain's
expansion (refinery, potline, extrusion press); and two chokepoint groups
(the Strait of Malacca route and Kuantan Port) for the stress test. Annual
costs are capital annualised at 8 % over 25 years plus a fixed operating
cost; whether a module is built is the plan's answer, not ours.
"""

from __future__ import annotations

DISCOUNT_RATE, LIFE_YEARS = 0.08, 25
CAPITAL_RECOVERY = DISCOUNT_RATE / (1 - (1 + DISCOUNT_RATE) ** -LIFE_YEARS)  # 0.0937 per year
ALLIANCE_CAPEX_PER_T = 1.6e9 / 3.5e6  # USD 1.6 bn for 3.5 Mt/yr (fact): USD 457 per t/yr
FLAT_MODULE_T = 1_300_000  # phase 2's 6.5 Mt/yr of flat products in five lines


def annual_cost(capex: float, fixed_om_share: float, quota: float = 0.0) -> int:
    """Annualised capital plus fixed operating cost, rounded to USD 0.1 M.

    ``quota`` is capital spent on rights rather than plant (no upkeep).
    """
    value = (capex + quota) * CAPITAL_RECOVERY + capex * fixed_om_share
    return int(round(value / 1e5) * 1e5)


SITES = [
    ("DAMPIER", "Dampier iron ore (Pilbara)", "AU", "supplier", -20.66, 116.71, "approx"),
]

PRODUCTS = [
    ("hr_coil", "Hot-rolled flat coil, 3-4.75 mm (HS 7208.38)", "t", 1, 560, "steel",
     "7208.38", "flat"),
]

# id, site, product, capacity, cost_per_unit, co2_kg_per_unit, min_output, basis
PLANTS = [
    ("KT_FLAT", "MCKIP", "hr_coil", 0, 142, 2080, None, "flat_kt"),
    ("QZ_FLAT", "CMQIP", "hr_coil", 0, 142, 2080, None, "flat_qz"),
]

RECIPES = [
    (plant, product, qty, "flat")
    for plant in ("KT_FLAT", "QZ_FLAT")
    for product, qty in (("iron_ore", 1.72), ("coking_coal", 0.61))
]

# site, product, capacity, cost_per_unit, origin_country, basis
SUPPLY = [
    ("DAMPIER", "iron_ore", 8_000_000, 98, None, "ore_p2"),
    ("SG_PORT", "natural_rubber", 10_000, 1600, "ID", "sg_rubber"),
]

# id, origin, destination, mode, cost_per_tonne, capacity_tonnes, transit_days,
# co2_kg_per_tonne, products, basis
LANES = [
    ("DAMPIER_KTN", "DAMPIER", "KTN_PORT", "sea", 10, None, 8, 21, "iron_ore", "bulk"),
    ("DAMPIER_QZ", "DAMPIER", "QZ_PORT", "sea", 12, None, 10, 26, "iron_ore", "bulk"),
    ("HEDLAND_QZ", "PORT_HEDLAND", "QZ_PORT", "sea", 12, None, 10, 26, "iron_ore", "bulk"),
    ("HAYPOINT_QZ", "HAY_POINT", "QZ_PORT", "sea", 14, None, 11, 31, "coking_coal", "bulk"),
]

# site, product, quantity, penalty_per_unit, basis
DEMAND = [
    ("HCMC", "hr_coil", 1_500_000, 600, "spot_flat"),
    ("BANGKOK", "hr_coil", 1_000_000, 590, "spot_flat"),
    ("JAKARTA", "hr_coil", 1_000_000, 595, "spot_flat"),
    ("KUALA_LUMPUR", "hr_coil", 800_000, 610, "spot_flat"),
    ("SINGAPORE", "hr_coil", 150_000, 610, "spot_flat"),
    ("CHONGQING", "hr_coil", 800_000, 540, "spot_flat_cn"),
    ("CHENGDU", "hr_coil", 600_000, 540, "spot_flat_cn"),
    ("NANNING", "hr_coil", 400_000, 530, "spot_flat_cn"),
]

INVESTMENTS_HEADER = ("id", "plant", "lane", "capacity", "annual_cost", "max_modules",
                      "min_modules")
INVESTMENTS = [
    ("KT_FLAT_P2", "KT_FLAT", None, FLAT_MODULE_T,
     annual_cost(ALLIANCE_CAPEX_PER_T * FLAT_MODULE_T, 0.03), 5, 0, "inv_flat_kt"),
    ("QZ_FLAT_ALT", "QZ_FLAT", None, FLAT_MODULE_T,
     annual_cost(ALLIANCE_CAPEX_PER_T * FLAT_MODULE_T, 0.03, quota=100 * FLAT_MODULE_T), 5, 0,
     "inv_flat_qz"),
    ("KTN_BERTH2", None, "KTNPORT_MCKIP", 10_000_000, annual_cost(180e6, 0.02), 1, 0,
     "inv_berth"),
    ("QZ_CQ_TRAINS", None, "QZPORT_CQ", 100_000, 1_200_000, 3, 0, "inv_trains"),
    ("KT_ALUMINA_2", "KT_ALUMINA", None, 200_000, annual_cost(600 * 200_000, 0.03), 1, 0,
     "inv_alumina"),
    ("KT_POTLINE_2", "KT_SMELTER", None, 125_000, annual_cost(4000 * 125_000, 0.03), 1, 0,
     "inv_potline"),
    ("KT_EXTRUDE_2", "KT_EXTRUDE", None, 20_000, annual_cost(1200 * 20_000, 0.03), 2, 0,
     "inv_extrude"),
]

MALACCA = ("QZ_KLANG", "KLANG_QZ", "SG_KLANG", "SEPTILES_KTN")  # lanes through the strait
CHOKEPOINTS_HEADER = ("id", "lanes", "sites", "products", "max_share")
CHOKEPOINTS = [
    ("MALACCA", ",".join(MALACCA), None, None, None, "choke_malacca"),
    ("KUANTAN_PORT", None, "KTN_PORT", None, None, "choke_kuantan"),
]

# The existing park berth at Kuantan: lane -> (capacity_tonnes, basis).
BERTH = {"KTNPORT_MCKIP": (12_000_000, "berth")}

_ANNUAL = (f"Annualised at {DISCOUNT_RATE:.0%} over {LIFE_YEARS} years (capital recovery "
           f"factor {CAPITAL_RECOVERY:.4f}) plus a fixed operating cost per year; ")
NOTES = {
    "A_FLAT_PRODUCT": ("assumption", "Hot-rolled coil as phase 2's flat product, customs value "
                       "USD 560/t", "",
                       "Phase 2 adds flat products (fact, metalinfo.ru 156276); hot-rolled "
                       "coil is the first product of a flat line. Value near its full cost in "
                       "this dataset and below the assumed ASEAN import-parity prices."),
    "A_FLAT_PLANT": ("assumption", "Phase 2 as an integrated flat line (blast furnace, "
                     "converter, hot strip mill): USD 142/t conversion, 2.08 t CO2/t, "
                     "capacity only from investment modules", "",
                     "Conversion and CO2 of the existing ironmaking (USD 45/t, 1.6 t) and "
                     "steelmaking (USD 55/t, 0.2 t) stages per t of coil (1.11 t hot metal, "
                     "1.03 t slab) plus about USD 35/t and 0.1 t for hot rolling. The Qinzhou "
                     "alternative is the same line in CMQIP (no such plan was found)."),
    "A_FLAT_RECIPE": ("assumption", "1.72 t iron ore and 0.61 t coking coal per t of coil", "",
                      "The dataset's ironmaking recipe (1.55 t ore, 0.55 t coal per t hot "
                      "metal) times the 1.11 t of hot metal a tonne of coil needs."),
    "A_FLAT_DEMAND": ("assumption", "Hot-rolled coil market potential: 4.45 Mt/yr in ASEAN, "
                      "1.8 Mt/yr in western and southern China", "",
                      "Not orders: coil these markets buy from other mills, which phase 2 "
                      "could win at the import-parity price (the rows' penalty). Vietnam, "
                      "Thailand, Indonesia and Malaysia import flat steel in volumes of this "
                      "order; sized near phase 2's 6.5 Mt/yr (fact) so that how much is built, "
                      "and where, is the plan's answer. Not a market study. Potential whose "
                      "landed cost (capital included) is above its import-parity price is left "
                      "unmet and counts in the service level: at this dataset's prices most of "
                      "it does, which alone puts the base plan's service level near one half "
                      "(about 0.95 on the products the parks already make)."),
    "A_FLAT_PENALTY": ("assumption", "Coil import-parity prices: ASEAN USD 590-610/t, China "
                       "USD 530-540/t", "",
                       "What buyers would pay other mills; China's domestic coil is assumed "
                       "cheaper (large domestic capacity), so Chinese demand goes to Kuantan "
                       "or Qinzhou coil only if it lands below that."),
    "A_MIN_FLOAT": ("assumption", "Float line runs at 150 kt/yr or more, or not at all", "",
                    "A float furnace runs continuously for its campaign and can turn its "
                    "pull down only so far; 75 % of the assumed 200 kt/yr line."),
    "A_MIN_POTLINE": ("assumption", "Smelter runs at 200 kt/yr or more, or not at all", "",
                      "Potlines cannot run at a low rate for long without freezing cells: "
                      "the smelter runs near capacity or is curtailed; 80 % of the assumed "
                      "250 kt/yr."),
    "A_ORE_P2": ("assumption", "Dampier ore USD 98/t, up to 8 Mt/yr", "",
                 "A second Pilbara contract for phase 2, a little dearer than the Port "
                 "Hedland contract (USD 95/t); Australian ore is reported for Alliance "
                 "Steel (fact, metalinfo.ru 156276)."),
    "A_SG_RUBBER": ("assumption", "Indonesian natural rubber (SIR 20) bought from Singapore "
                    "traders: USD 1,600/t, 10 kt/yr, origin ID", "",
                    "Singapore is a rubber trading hub; its warehouses hold Indonesian and "
                    "Thai rubber, so the origin is Indonesia, not the trader's port "
                    "(a transhipment the duty follows)."),
    "A_BERTH": ("assumption", "The park's berth and haul at Kuantan Port: 12 Mt/yr", "",
                "Kuantan Port handled 27.3 Mt (2020) of a 50 Mt/yr capacity (fact); the "
                "park lands about 8 Mt/yr today; 12 Mt/yr leaves it some headroom on the "
                "berths it uses."),
    "A_INV_FLAT_KT": ("assumption", "Phase 2 in Kuantan: five modules of 1.3 Mt/yr, "
                      "USD 73.5 M per module per year",
                      "metalinfo.ru 156276; Gomez et al., China in Malaysia (2020): 3.5 Mt/yr "
                      "for about USD 1.6 bn; phase 2 adds 6.5 Mt/yr of flats",
                      _ANNUAL + "capital at phase 1's USD 457 per t/yr (USD 1.6 bn / 3.5 Mt, "
                      "fact) and 3 % of it a year for upkeep. Five modules make the reported "
                      "6.5 Mt/yr (towards 10 Mt/yr)."),
    "A_INV_FLAT_QZ": ("assumption", "The same flat line in Qinzhou: five modules of 1.3 Mt/yr, "
                      "USD 85.7 M per module per year", "",
                      _ANNUAL + "plant capital as in Kuantan (no Chinese figure found) plus "
                      "USD 100 per t/yr for capacity rights: China's rule that new "
                      "steelmaking capacity must replace retired capacity is assumed to apply "
                      "(neither the rule's terms nor the price of the rights are in the "
                      "reference notes)."),
    "A_INV_BERTH": ("assumption", "Second Kuantan berth: 10 Mt/yr for USD 20.5 M a year", "",
                    _ANNUAL + "a deep-water bulk berth with unloaders and conveyor assumed "
                    "at USD 180 M, 2 % a year upkeep. Kuantan Port's new deep-water terminal "
                    "takes ships up to 200,000 DWT and the port plans 70-90 Mt/yr (fact)."),
    "A_INV_TRAINS": ("assumption", "Two more corridor trains a week Qinzhou->Chongqing: "
                     "100 kt/yr per module for USD 1.2 M a year, up to three", "",
                     "About 104 trains of ~1,000 t a year; the corridor ran over 10,000 "
                     "trains in 2024 (fact). Train slots are contracted, not built: the cost "
                     "is a take-or-pay premium of USD 12 per t reserved, on top of the "
                     "freight paid per tonne carried."),
    "A_INV_ALUMINA": ("assumption", "Refinery expansion 200 kt/yr for USD 14.8 M a year", "",
                      _ANNUAL + "a brownfield alumina train at USD 600 per t/yr, 3 % upkeep."),
    "A_INV_POTLINE": ("assumption", "Second potline 125 kt/yr for USD 61.9 M a year", "",
                      _ANNUAL + "USD 4,000 per t/yr of smelting capacity (power from the "
                      "project's own plant is in the conversion cost), 3 % upkeep. The Bosai "
                      "coke-power-aluminium project is RM 10.6 bn (fact)."),
    "A_INV_EXTRUDE": ("assumption", "Extrusion press lines of 20 kt/yr for USD 3.0 M a year, "
                      "up to two", "",
                      _ANNUAL + "USD 1,200 per t/yr for a press line, 3 % upkeep; the "
                      "Guangxi Investment Group aluminium components plant is RM 580 m (fact)."),
    "A_CHOKE_MALACCA": ("assumption", "Strait of Malacca group: Qinzhou/Singapore to and from "
                        "Port Klang and the Canadian ore voyage; no share limit", "",
                        "Port Klang lies on the strait; Atlantic ore reaches Malaysia's east "
                        "coast through it. Little of this plan's cargo passes it, so a share "
                        "limit would not bind; the question is closing it (stress test)."),
    "A_CHOKE_KUANTAN": ("assumption", "Kuantan Port group: everything arriving at the port; "
                        "no share limit", "",
                        "The park has no other sea gateway, so a share limit could only be "
                        "met by making less; the question is how the plan copes with the "
                        "port closed (stress test) and whether a second berth pays."),
}

CELL_NOTES = {
    ("Products", "value_per_unit", "flat"): "A_FLAT_PRODUCT",
    ("Plants", "product", "flat_kt"): "A_FLAT_PLANT",
    ("Plants", "product", "flat_qz"): "A_FLAT_PLANT",
    ("Plants", "capacity", "flat_kt"): "A_FLAT_PLANT",
    ("Plants", "capacity", "flat_qz"): "A_FLAT_PLANT",
    ("Plants", "cost_per_unit", "flat_kt"): "A_FLAT_PLANT",
    ("Plants", "cost_per_unit", "flat_qz"): "A_FLAT_PLANT",
    ("Plants", "co2_kg_per_unit", "flat_kt"): "A_FLAT_PLANT",
    ("Plants", "co2_kg_per_unit", "flat_qz"): "A_FLAT_PLANT",
    ("Plants", "min_output", "glass"): "A_MIN_FLOAT",  # KT_GLASS (filled cells only)
    ("Plants", "min_output", "bosai"): "A_MIN_POTLINE",  # KT_SMELTER
    ("Recipes", "qty_per_unit", "flat"): "A_FLAT_RECIPE",
    ("Supply", "capacity", "ore_p2"): "A_ORE_P2",
    ("Supply", "cost_per_unit", "ore_p2"): "A_ORE_P2",
    ("Supply", "capacity", "sg_rubber"): "A_SG_RUBBER",
    ("Supply", "cost_per_unit", "sg_rubber"): "A_SG_RUBBER",
    ("Supply", "origin_country", "sg_rubber"): "A_SG_RUBBER",
    ("Lanes", "capacity_tonnes", "berth"): "A_BERTH",
    ("Lanes", "cost_per_tonne", "berth"): "A_COST_ROAD",
    ("Demand", "quantity", "spot_flat"): "A_FLAT_DEMAND",
    ("Demand", "quantity", "spot_flat_cn"): "A_FLAT_DEMAND",
    ("Demand", "penalty_per_unit", "spot_flat"): "A_FLAT_PENALTY",
    ("Demand", "penalty_per_unit", "spot_flat_cn"): "A_FLAT_PENALTY",
    **{("Investments", column, basis): note
       for basis, note in (("inv_flat_kt", "A_INV_FLAT_KT"), ("inv_flat_qz", "A_INV_FLAT_QZ"),
                           ("inv_berth", "A_INV_BERTH"), ("inv_trains", "A_INV_TRAINS"),
                           ("inv_alumina", "A_INV_ALUMINA"), ("inv_potline", "A_INV_POTLINE"),
                           ("inv_extrude", "A_INV_EXTRUDE"))
       for column in ("capacity", "annual_cost", "max_modules", "min_modules")},
    ("Chokepoints", "lanes", "choke_malacca"): "A_CHOKE_MALACCA",
    ("Chokepoints", "max_share", "choke_malacca"): "A_CHOKE_MALACCA",
    ("Chokepoints", "sites", "choke_kuantan"): "A_CHOKE_KUANTAN",
    ("Chokepoints", "max_share", "choke_kuantan"): "A_CHOKE_KUANTAN",
}
