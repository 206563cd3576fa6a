"""Build the bundled Qinzhou-Kuantan dataset (workbook schema_version 2).

Usage::

    python datasets/build_qinzhou_kuantan.py [OUT.xlsx]

The default output is ``qinzhou_kuantan.xlsx`` next to this script.

The dataset models the "Two Countries, Twin Parks" steel, tyre, glass and
aluminium chain: raw materials shipped into the Malaysia-China Kuantan
Industrial Park (MCKIP), its plants (Alliance Steel, Maxtrek tyres, an
assumed glass line, an aluminium chain), the direct Qinzhou-Kuantan sea line
and the Singapore relay, assumed downstream users in the China-Malaysia
Qinzhou Industrial Park (CMQIP), the Western Land-Sea New Corridor rail legs
to Chongqing and Chengdu, and markets in western China and ASEAN.

Only a few figures are public facts (collected with their publications in
the project's reference notes, ``park_facts.md``); everything else is a
labelled assumption. The ``Sources`` sheet lists, for every cell that holds
a figure, whether it is a fact (with the publication it was reported in) or
an assumption (with the reasoning that makes it plausible). The tables
below carry a short ``basis`` key per row; ``CELL_NOTES`` maps (sheet,
column, basis) to an entry of ``NOTES``.

The output is byte-reproducible: fixed document properties and fixed
timestamps on every part of the zip archive.
"""

from __future__ import annotations

import datetime as dt
import io
import sys
import zipfile
from pathlib import Path

from openpyxl import Workbook
from openpyxl.writer.excel import ExcelWriter

try:  # run as a script (its folder is on sys.path) or imported from the package
    import qinzhou_kuantan_investments as invest
except ModuleNotFoundError:  # pragma: no cover - imported as twinparks.datasets.*
    from twinparks.datasets import qinzhou_kuantan_investments as invest

FIXED_TIME = dt.datetime(2025, 1, 1, 0, 0, 0)
DEFAULT_OUT = Path(__file__).resolve().parent / "qinzhou_kuantan.xlsx"

# --------------------------------------------------------------------------
# Sites: id, name, country, kind, lat, lon, basis
# --------------------------------------------------------------------------
SITES_HEADER = ("id", "name", "country", "kind", "lat", "lon")
SITES = [
    ("MCKIP", "Malaysia-China Kuantan Industrial Park", "MY", "park", 3.930, 103.370, "near"),
    ("CMQIP", "China-Malaysia Qinzhou Industrial Park", "CN", "park", 21.850, 108.600, "near"),
    ("KTN_PORT", "Kuantan Port", "MY", "port", 3.975, 103.430, "near"),
    ("QZ_PORT", "Qinzhou Port (Beibu Gulf Port)", "CN", "port", 21.700, 108.620, "near"),
    ("SG_PORT", "Port of Singapore (transhipment)", "SG", "port", 1.264, 103.820, "near"),
    ("PORT_KLANG", "Port Klang", "MY", "port", 3.000, 101.390, "approx"),
    ("KUANTAN", "Kuantan", "MY", "market", 3.8077, 103.3260, "city"),
    ("QINZHOU", "Qinzhou", "CN", "market", 21.9825, 108.6506, "city"),
    ("CHONGQING", "Chongqing", "CN", "market", 29.5603, 106.5577, "city"),
    ("CHENGDU", "Chengdu", "CN", "market", 30.6667, 104.0667, "city"),
    ("NANNING", "Nanning", "CN", "market", 22.8167, 108.3167, "city"),
    ("KUALA_LUMPUR", "Kuala Lumpur", "MY", "market", 3.1412, 101.6865, "city"),
    ("SINGAPORE", "Singapore", "SG", "market", 1.2897, 103.8501, "city"),
    ("JAKARTA", "Jakarta", "ID", "market", -6.2146, 106.8451, "city"),
    ("HCMC", "Ho Chi Minh City", "VN", "market", 10.8230, 106.6297, "city"),
    ("BANGKOK", "Bangkok", "TH", "market", 13.7540, 100.5014, "city"),
    ("PORT_HEDLAND", "Port Hedland iron ore", "AU", "supplier", -20.31, 118.58, "approx"),
    ("KALIMANTAN_ORE", "South Kalimantan iron ore", "ID", "supplier", -3.45, 116.0, "approx"),
    ("SEPT_ILES", "Sept-Iles iron ore (Quebec)", "CA", "supplier", 50.21, -66.38, "approx"),
    ("HAY_POINT", "Hay Point coking coal (Queensland)", "AU", "supplier", -21.28, 149.3, "approx"),
    ("GLADSTONE", "Gladstone alumina (Queensland)", "AU", "supplier", -23.84, 151.26, "approx"),
    ("LIANYUNGANG", "Lianyungang soda ash", "CN", "supplier", 34.6, 119.22, "approx"),
    ("SONGKHLA", "Songkhla natural rubber", "TH", "supplier", 7.2, 100.6, "approx"),
    ("PAHANG_RUBBER", "Pahang rubber (Temerloh)", "MY", "supplier", 3.45, 102.42, "approx"),
    ("MAP_TA_PHUT", "Map Ta Phut carbon black", "TH", "supplier", 12.68, 101.15, "approx"),
    ("QZ_PETCHEM", "Qinzhou petrochemical zone", "CN", "supplier", 21.73, 108.58, "petchem"),
    ("KEMAMAN_SAND", "East-coast silica sand (Kemaman)", "MY", "supplier", 4.23, 103.42, "approx"),
    ("PAHANG_BAUXITE", "Pahang bauxite (Bukit Goh)", "MY", "supplier", 3.9, 103.25, "approx"),
    ("KLANG_SCRAP", "Klang Valley aluminium scrap", "MY", "supplier", 3.04, 101.45, "approx"),
    ("BAISE_AL", "Guangxi aluminium smelters (Baise)", "CN", "supplier", 23.9, 106.62, "approx"),
    ("BEIHAI_GLASS", "Guangxi float glass (Beihai)", "CN", "supplier", 21.48, 109.12, "approx"),
    *invest.SITES,
]

# --------------------------------------------------------------------------
# Products: id, name, unit, tonnes_per_unit, value_per_unit, family, basis
# --------------------------------------------------------------------------
PRODUCTS_HEADER = ("id", "name", "unit", "tonnes_per_unit", "value_per_unit", "family",
                   "hs_code")
PRODUCTS = [
    ("iron_ore", "Iron ore fines (HS 2601)", "t", 1, 105, "raw", "2601.11", "raw"),
    ("coking_coal", "Coking coal (HS 2701)", "t", 1, 240, "raw", "2701.12", "raw"),
    ("natural_rubber", "Natural rubber (HS 4001)", "t", 1, 1650, "raw", "4001.22", "raw"),
    ("synthetic_rubber", "Synthetic rubber, SBR (HS 4002.19)", "t", 1, 1800, "raw", "4002.19",
     "raw"),
    ("carbon_black", "Carbon black (HS 2803)", "t", 1, 1150, "raw", "2803.00", "raw"),
    ("silica_sand", "Silica sand (HS 2505)", "t", 1, 40, "raw", "2505.10", "raw"),
    ("soda_ash", "Soda ash (HS 2836.20)", "t", 1, 270, "raw", "2836.20", "raw"),
    ("bauxite", "Bauxite (HS 2606)", "t", 1, 35, "raw", "2606.00", "raw"),
    ("alumina", "Alumina (HS 2818.20)", "t", 1, 390, "raw", "2818.20", "raw"),
    ("al_scrap", "Aluminium scrap (HS 7602)", "t", 1, 1300, "raw", "7602.00", "raw"),
    ("pig_iron", "Pig iron / hot metal (HS 7201)", "t", 1, 420, "steel", "7201.10", "steel"),
    ("steel_billet", "Steel billets, semi-finished (HS 7207)", "t", 1, 500, "steel",
     "7207.11", "steel"),
    ("rebar", "Rebar (HS 7214.20)", "t", 1, 580, "steel", "7214.20", "steel"),
    ("wire_rod", "Wire rod (HS 7213)", "t", 1, 600, "steel", "7213.91", "steel"),
    ("h_section", "Heavy H-sections, 80 mm and over (HS 7216.33)", "t", 1, 650, "steel",
     "7216.33", "steel"),
    ("pcr_tyre", "Passenger-car radial tyre (HS 4011.10)", "pcs", 0.01, 45, "tyres",
     "4011.10", "tyre"),
    ("sheet_glass", "Float glass, 5 mm (HS 7005.29)", "t", 1, 380, "glass", "7005.29", "glass"),
    ("tempered_glass", "Tempered glass, 5 mm (HS 7007.19)", "m2", 0.0125, 9, "glass",
     "7007.19", "m2glass"),
    ("al_ingot", "Unwrought aluminium (HS 7601)", "t", 1, 2300, "aluminium",
     "7601.10", "aluminium"),
    ("al_profile", "Aluminium bars and profiles (HS 7604.29)", "t", 1, 3300, "aluminium",
     "7604.29", "aluminium"),
    ("steel_structure", "Fabricated steel structures (HS 7308)", "t", 1, 1300, "steel",
     "7308.90", "downstream"),
    ("forged_parts", "Forged equipment components", "t", 1, 2000, "steel",
     "7326.19", "downstream"),
    ("rebar_mesh", "Prefabricated rebar cages and mesh", "t", 1, 700, "steel",
     "7314.20", "downstream"),
    ("alloy_wheel", "Aluminium alloy car wheel", "pcs", 0.010, 75, "aluminium",
     "8708.70", "wheel"),
    ("window_unit", "Aluminium window / curtain-wall unit", "m2", 0.0175, 70, "building",
     "7610.10", "window"),
    *invest.PRODUCTS,
]

# --------------------------------------------------------------------------
# Plants: id, site, product, capacity, cost_per_unit, co2_kg_per_unit, [min_output], basis
# --------------------------------------------------------------------------
PLANTS_HEADER = ("id", "site", "product", "capacity", "cost_per_unit", "co2_kg_per_unit",
                 "min_output")
PLANTS = [
    ("KT_IRON", "MCKIP", "pig_iron", 3_800_000, 45, 1600, "alliance_up"),
    ("KT_STEEL", "MCKIP", "steel_billet", 3_500_000, 55, 200, "alliance"),
    ("KT_REBAR", "MCKIP", "rebar", 1_600_000, 40, 90, "alliance_mill"),
    ("KT_WIREROD", "MCKIP", "wire_rod", 700_000, 45, 100, "alliance_mill"),
    ("KT_HSECTION", "MCKIP", "h_section", 1_100_000, 55, 110, "alliance_mill"),
    ("KT_TYRE", "MCKIP", "pcr_tyre", 6_500_000, 14, 8, "maxtrek"),
    ("KT_GLASS", "MCKIP", "sheet_glass", 200_000, 150, 600, 150_000, "glass"),
    ("KT_TEMPER", "MCKIP", "tempered_glass", 3_000_000, 3.0, 4, "glass"),
    ("KT_ALUMINA", "MCKIP", "alumina", 400_000, 90, 700, "bosai"),
    ("KT_SMELTER", "MCKIP", "al_ingot", 250_000, 1300, 12000, 200_000, "bosai"),
    ("KT_RECYCLE", "MCKIP", "al_ingot", 15_200, 200, 500, "recycle"),
    ("KT_EXTRUDE", "MCKIP", "al_profile", 60_000, 450, 300, "gig"),
    ("QZ_STRUCT", "CMQIP", "steel_structure", 300_000, 350, 150, "qinzhou"),
    ("QZ_FORGE", "CMQIP", "forged_parts", 80_000, 600, 400, "qinzhou"),
    ("QZ_MESH", "CMQIP", "rebar_mesh", 200_000, 120, 40, "qinzhou"),
    ("QZ_WHEEL", "CMQIP", "alloy_wheel", 2_000_000, 18, 40, "qinzhou"),
    ("QZ_EXTRUDE", "CMQIP", "al_profile", 40_000, 420, 300, "qinzhou"),
    ("QZ_TEMPER", "CMQIP", "tempered_glass", 3_000_000, 2.6, 4, "qinzhou"),
    ("QZ_WINDOW", "CMQIP", "window_unit", 2_500_000, 25, 10, "qinzhou"),
    *invest.PLANTS,
]

# --------------------------------------------------------------------------
# Recipes: plant, input, qty_per_unit, basis
# --------------------------------------------------------------------------
RECIPES_HEADER = ("plant", "input", "qty_per_unit")
RECIPES = [
    ("KT_IRON", "iron_ore", 1.55, "ironmaking"),
    ("KT_IRON", "coking_coal", 0.55, "ironmaking"),
    ("KT_STEEL", "pig_iron", 1.08, "steelmaking"),
    ("KT_REBAR", "steel_billet", 1.03, "rolling"),
    ("KT_WIREROD", "steel_billet", 1.03, "rolling"),
    ("KT_HSECTION", "steel_billet", 1.04, "rolling"),
    ("KT_TYRE", "natural_rubber", 0.0014, "tyre"),
    ("KT_TYRE", "synthetic_rubber", 0.0027, "tyre"),
    ("KT_TYRE", "carbon_black", 0.0028, "tyre"),
    ("KT_TYRE", "wire_rod", 0.00145, "tyre"),
    ("KT_GLASS", "silica_sand", 0.72, "glass"),
    ("KT_GLASS", "soda_ash", 0.22, "glass"),
    ("KT_TEMPER", "sheet_glass", 0.0131, "tempering"),
    ("KT_ALUMINA", "bauxite", 2.6, "alumina"),
    ("KT_SMELTER", "alumina", 1.93, "smelting"),
    ("KT_RECYCLE", "al_scrap", 1.08, "recycling"),
    ("KT_EXTRUDE", "al_ingot", 1.05, "extrusion"),
    ("QZ_STRUCT", "h_section", 1.06, "fabrication"),
    ("QZ_FORGE", "steel_billet", 1.25, "forging"),
    ("QZ_MESH", "rebar", 1.02, "fabrication"),
    ("QZ_WHEEL", "al_ingot", 0.0115, "wheel"),
    ("QZ_EXTRUDE", "al_ingot", 1.05, "extrusion"),
    ("QZ_TEMPER", "sheet_glass", 0.0131, "tempering"),
    ("QZ_WINDOW", "al_profile", 0.004, "window"),
    ("QZ_WINDOW", "tempered_glass", 1.05, "window"),
    *invest.RECIPES,
]

# --------------------------------------------------------------------------
# Supply: site, product, capacity, cost_per_unit, basis
# --------------------------------------------------------------------------
SUPPLY_HEADER = ("site", "product", "capacity", "cost_per_unit", "origin_country")
SUPPLY = [
    ("PORT_HEDLAND", "iron_ore", 4_000_000, 95, "ore"),
    ("KALIMANTAN_ORE", "iron_ore", 1_200_000, 78, "ore"),
    ("SEPT_ILES", "iron_ore", 2_500_000, 112, "ore"),
    ("HAY_POINT", "coking_coal", 7_000_000, 230, "coal"),
    ("SONGKHLA", "natural_rubber", 40_000, 1600, "rubber"),
    ("PAHANG_RUBBER", "natural_rubber", 15_000, 1650, "rubber"),
    ("MAP_TA_PHUT", "carbon_black", 20_000, 1150, "carbon_black"),
    ("QZ_PETCHEM", "carbon_black", 20_000, 1050, "carbon_black"),
    ("MAP_TA_PHUT", "synthetic_rubber", 12_000, 1850, "sr"),
    ("QZ_PETCHEM", "synthetic_rubber", 15_000, 1750, "sr"),
    ("KEMAMAN_SAND", "silica_sand", 250_000, 35, "minerals"),
    ("LIANYUNGANG", "soda_ash", 80_000, 260, "minerals"),
    ("PAHANG_BAUXITE", "bauxite", 1_500_000, 30, "minerals"),
    ("GLADSTONE", "alumina", 400_000, 380, "alumina"),
    ("KLANG_SCRAP", "al_scrap", 20_000, 1250, "scrap"),
    ("BAISE_AL", "al_ingot", 150_000, 2450, "cn_alt"),
    ("BEIHAI_GLASS", "sheet_glass", 150_000, 330, "cn_alt"),
    *invest.SUPPLY,
]

# --------------------------------------------------------------------------
# Lanes: id, origin, destination, mode, cost_per_tonne, capacity_tonnes,
#        transit_days, co2_kg_per_tonne, products, basis
# --------------------------------------------------------------------------
LANES_HEADER = ("id", "origin", "destination", "mode", "cost_per_tonne", "capacity_tonnes",
                "transit_days", "co2_kg_per_tonne", "products")
CONTAINER = "steel,tyres,glass,aluminium,building"
LANES = [
    # raw materials into Kuantan (dry bulk or containers)
    ("HEDLAND_KTN", "PORT_HEDLAND", "KTN_PORT", "sea", 10, None, 8, 21, "iron_ore", "bulk"),
    ("KALIMANTAN_KTN", "KALIMANTAN_ORE", "KTN_PORT", "sea", 8, None, 4, 10, "iron_ore", "bulk"),
    ("SEPTILES_KTN", "SEPT_ILES", "KTN_PORT", "sea", 30, None, 42, 96, "iron_ore", "bulk"),
    ("HAYPOINT_KTN", "HAY_POINT", "KTN_PORT", "sea", 15, None, 13, 35, "coking_coal", "bulk"),
    ("GLADSTONE_KTN", "GLADSTONE", "KTN_PORT", "sea", 16, None, 14, 37, "alumina", "bulk"),
    ("LYG_KTN", "LIANYUNGANG", "KTN_PORT", "sea", 24, None, 8, 34, "soda_ash", "bulk"),
    ("SONGKHLA_KTN", "SONGKHLA", "KTN_PORT", "sea", 28, None, 3, 10, "natural_rubber",
     "raw_box"),
    ("MTP_KTN", "MAP_TA_PHUT", "KTN_PORT", "sea", 32, None, 4, 18,
     "carbon_black,synthetic_rubber", "raw_box"),
    # domestic feeders into the parks
    ("TEMERLOH_MCKIP", "PAHANG_RUBBER", "MCKIP", "road", 14, None, 1, 12, "natural_rubber",
     "road"),
    ("KEMAMAN_MCKIP", "KEMAMAN_SAND", "MCKIP", "road", 6, None, 1, 3, "silica_sand", "road"),
    ("BUKITGOH_MCKIP", "PAHANG_BAUXITE", "MCKIP", "road", 5, None, 1, 2, "bauxite", "road"),
    ("KLANG_MCKIP", "KLANG_SCRAP", "MCKIP", "road", 22, None, 1, 22, "al_scrap", "road"),
    ("PETCHEM_QZPORT", "QZ_PETCHEM", "QZ_PORT", "road", 4, None, 0.5, 2,
     "carbon_black,synthetic_rubber", "road"),
    ("BAISE_CMQIP", "BAISE_AL", "CMQIP", "rail", 22, None, 2, 8, "al_ingot", "rail"),
    ("BEIHAI_CMQIP", "BEIHAI_GLASS", "CMQIP", "road", 10, None, 1, 8, "sheet_glass", "road"),
    # port-park links
    ("KTNPORT_MCKIP", "KTN_PORT", "MCKIP", "haul", 3, invest.BERTH["KTNPORT_MCKIP"][0], 0.5, 1,
     None, invest.BERTH["KTNPORT_MCKIP"][1]),
    ("MCKIP_KTNPORT", "MCKIP", "KTN_PORT", "haul", 3, None, 0.5, 1, None, "portlink"),
    ("QZPORT_CMQIP", "QZ_PORT", "CMQIP", "road", 4, None, 0.5, 2, None, "portlink"),
    ("CMQIP_QZPORT", "CMQIP", "QZ_PORT", "road", 4, None, 0.5, 2, None, "portlink"),
    # the twin-park sea links
    ("KTN_QZ_DIRECT", "KTN_PORT", "QZ_PORT", "sea", 30, 150_000, 5, 27,
     "steel,tyres,glass,aluminium", "direct"),
    ("QZ_KTN_DIRECT", "QZ_PORT", "KTN_PORT", "sea", 26, 150_000, 5, 27,
     CONTAINER + ",carbon_black,synthetic_rubber,soda_ash", "direct"),
    ("KTN_QZ_BREAKBULK", "KTN_PORT", "QZ_PORT", "sea", 20, 600_000, 6, 15, "steel",
     "breakbulk"),
    # Singapore relay and Port Klang
    ("KTN_SG", "KTN_PORT", "SG_PORT", "sea", 22, None, 2, 6, CONTAINER, "feeder"),
    ("SG_KTN", "SG_PORT", "KTN_PORT", "sea", 20, None, 2, 6, CONTAINER + ",natural_rubber",
     "feeder"),
    ("SG_QZ", "SG_PORT", "QZ_PORT", "sea", 40, None, 6, 31, CONTAINER, "mainline_sym"),
    ("QZ_SG", "QZ_PORT", "SG_PORT", "sea", 36, None, 6, 31, CONTAINER, "mainline_fact"),
    ("QZ_KLANG", "QZ_PORT", "PORT_KLANG", "sea", 38, None, 7, 36, CONTAINER, "mainline"),
    ("SG_KLANG", "SG_PORT", "PORT_KLANG", "sea", 18, None, 2, 6, CONTAINER, "feeder"),
    ("KLANG_KL", "PORT_KLANG", "KUALA_LUMPUR", "road", 6, None, 0.5, 4, None, "road"),
    ("MCKIP_KLANG", "MCKIP", "PORT_KLANG", "road", 22, None, 1, 21, CONTAINER, "road"),
    ("KLANG_QZ", "PORT_KLANG", "QZ_PORT", "sea", 38, None, 7, 36, CONTAINER, "mainline"),
    # Kuantan park to ASEAN markets
    ("MCKIP_KUANTAN", "MCKIP", "KUANTAN", "road", 5, None, 0.5, 2, None, "road"),
    ("MCKIP_KL", "MCKIP", "KUALA_LUMPUR", "road", 20, None, 1, 20, None, "road"),
    ("MCKIP_SIN", "MCKIP", "SINGAPORE", "road", 30, None, 1, 28, None, "road"),
    ("MCKIP_SGPORT", "MCKIP", "SG_PORT", "road", 28, None, 1, 27, CONTAINER, "road"),
    ("SGPORT_SIN", "SG_PORT", "SINGAPORE", "road", 6, None, 0.5, 1, None, "road"),
    ("KTN_JKT", "KTN_PORT", "JAKARTA", "sea", 28, None, 4, 21, None, "regional"),
    ("KTN_HCMC", "KTN_PORT", "HCMC", "sea", 26, None, 3, 14, None, "regional"),
    ("KTN_BKK", "KTN_PORT", "BANGKOK", "sea", 28, None, 4, 19, None, "regional"),
    ("SG_JKT", "SG_PORT", "JAKARTA", "sea", 22, None, 2, 12, None, "regional"),
    ("SG_HCMC", "SG_PORT", "HCMC", "sea", 24, None, 3, 14, None, "regional"),
    ("SG_BKK", "SG_PORT", "BANGKOK", "sea", 26, None, 3, 18, None, "regional"),
    ("KL_SIN", "KUALA_LUMPUR", "SINGAPORE", "road", 25, None, 1, 28, None, "road"),
    ("SIN_KL", "SINGAPORE", "KUALA_LUMPUR", "road", 25, None, 1, 28, None, "road"),
    # Qinzhou to ASEAN markets
    ("QZ_HCMC", "QZ_PORT", "HCMC", "sea", 30, None, 4, 18, None, "regional"),
    ("QZ_BKK", "QZ_PORT", "BANGKOK", "sea", 36, None, 5, 29, None, "regional"),
    ("QZ_JKT", "QZ_PORT", "JAKARTA", "sea", 42, None, 7, 42, None, "regional"),
    ("NANNING_HCMC", "NANNING", "HCMC", "rail", 75, 60_000, 5, 42, None, "crossborder"),
    # Qinzhou park to western China (Western Land-Sea New Corridor and roads)
    ("CMQIP_QINZHOU", "CMQIP", "QINZHOU", "road", 4, None, 0.5, 2, None, "road"),
    ("CMQIP_NANNING", "CMQIP", "NANNING", "road", 12, None, 0.5, 10, None, "road"),
    ("QZPORT_NANNING", "QZ_PORT", "NANNING", "rail", 9, None, 1, 3, None, "rail"),
    ("QZPORT_CQ", "QZ_PORT", "CHONGQING", "rail", 38, 250_000, 2, 22, None, "corridor_cq"),
    ("CQ_QZPORT", "CHONGQING", "QZ_PORT", "rail", 34, 250_000, 2, 22, None,
     "corridor_cq_fact"),
    ("QZPORT_CD", "QZ_PORT", "CHENGDU", "rail", 46, 200_000, 3, 30, None, "corridor_cd"),
    ("CD_QZPORT", "CHENGDU", "QZ_PORT", "rail", 42, 200_000, 3, 30, None, "corridor_cd"),
    ("NANNING_CQ", "NANNING", "CHONGQING", "rail", 35, 100_000, 3, 20, None, "rail_cap"),
    ("CMQIP_CQ", "CMQIP", "CHONGQING", "road", 95, None, 2, 80, None, "road"),
    ("CMQIP_CD", "CMQIP", "CHENGDU", "road", 125, None, 3, 105, None, "road"),
    ("CQ_CD", "CHONGQING", "CHENGDU", "rail", 14, None, 1, 6, None, "rail"),
    ("CD_CQ", "CHENGDU", "CHONGQING", "rail", 14, None, 1, 6, None, "rail"),
    # East Coast Rail Link (planned): closed (capacity 0) until a scenario opens it
    ("ECRL_MCKIP_KLANG", "MCKIP", "PORT_KLANG", "rail", 12, 0, 1, 8, None, "ecrl"),
    ("ECRL_KLANG_MCKIP", "PORT_KLANG", "MCKIP", "rail", 12, 0, 1, 8, None, "ecrl"),
    *invest.LANES,
]

# --------------------------------------------------------------------------
# Demand: site, product, quantity, penalty_per_unit (None = Settings default)
# --------------------------------------------------------------------------
DEMAND_HEADER = ("site", "product", "quantity", "penalty_per_unit")
DEMAND = [
    # contracted offtake: the lost-sale value (contract price plus 25 % liquidated damages)
    # where the contract allows a shortfall; blank (the prohibitive Settings unmet_penalty)
    # where it does not
    ("KUANTAN", "rebar", 80_000, 800, "contract_ld"),
    ("KUANTAN", "pcr_tyre", 200_000, 75, "contract_ld"),
    ("KUALA_LUMPUR", "wire_rod", 100_000, 810, "contract_ld"),
    ("QINZHOU", "steel_structure", 40_000, 1750, "contract_ld"),
    ("QINZHOU", "rebar_mesh", 60_000, 1000, "contract_ld"),
    ("QINZHOU", "forged_parts", 10_000, None, "contract"),
    ("NANNING", "window_unit", 500_000, 112, "contract_ld"),
    # open-market demand: penalty = assumed import-parity price of other sources
    ("KUALA_LUMPUR", "rebar", 450_000, 650, "spot"),
    ("SINGAPORE", "rebar", 350_000, 660, "spot"),
    ("JAKARTA", "rebar", 300_000, 640, "spot"),
    ("HCMC", "rebar", 150_000, 630, "spot"),
    ("BANGKOK", "rebar", 150_000, 630, "spot"),
    ("CHONGQING", "rebar", 50_000, 520, "spot_cn_steel"),
    ("BANGKOK", "wire_rod", 150_000, 650, "spot"),
    ("JAKARTA", "wire_rod", 200_000, 640, "spot"),
    ("HCMC", "wire_rod", 150_000, 640, "spot"),
    ("SINGAPORE", "wire_rod", 80_000, 660, "spot"),
    ("SINGAPORE", "h_section", 200_000, 760, "spot"),
    ("KUALA_LUMPUR", "h_section", 150_000, 750, "spot"),
    ("JAKARTA", "h_section", 150_000, 740, "spot"),
    ("BANGKOK", "h_section", 100_000, 740, "spot"),
    ("HCMC", "h_section", 100_000, 740, "spot"),
    ("KUALA_LUMPUR", "pcr_tyre", 1_200_000, 60, "spot"),
    ("SINGAPORE", "pcr_tyre", 500_000, 65, "spot"),
    ("JAKARTA", "pcr_tyre", 1_000_000, 58, "spot"),
    ("BANGKOK", "pcr_tyre", 800_000, 55, "spot"),
    ("HCMC", "pcr_tyre", 600_000, 56, "spot"),
    ("CHONGQING", "pcr_tyre", 1_000_000, 62, "spot"),
    ("CHENGDU", "pcr_tyre", 800_000, 62, "spot"),
    ("NANNING", "pcr_tyre", 500_000, 60, "spot"),
    ("KUALA_LUMPUR", "sheet_glass", 60_000, 450, "spot"),
    ("SINGAPORE", "sheet_glass", 40_000, 460, "spot"),
    ("JAKARTA", "sheet_glass", 40_000, 440, "spot"),
    ("BANGKOK", "sheet_glass", 30_000, 430, "spot"),
    ("KUALA_LUMPUR", "tempered_glass", 1_000_000, 14, "spot"),
    ("SINGAPORE", "tempered_glass", 800_000, 15, "spot"),
    ("NANNING", "tempered_glass", 500_000, 13, "spot"),
    ("HCMC", "tempered_glass", 400_000, 14, "spot"),
    ("CHONGQING", "al_ingot", 40_000, 2500, "spot"),
    ("BANGKOK", "al_ingot", 60_000, 2450, "spot"),
    ("HCMC", "al_ingot", 40_000, 2450, "spot"),
    ("JAKARTA", "al_ingot", 50_000, 2450, "spot"),
    ("KUALA_LUMPUR", "al_profile", 25_000, 3600, "spot"),
    ("SINGAPORE", "al_profile", 20_000, 3700, "spot"),
    ("BANGKOK", "al_profile", 15_000, 3600, "spot"),
    ("NANNING", "al_profile", 20_000, 3500, "spot"),
    ("CHONGQING", "al_profile", 20_000, 3500, "spot"),
    ("CHONGQING", "steel_structure", 100_000, 1450, "spot"),
    ("CHENGDU", "steel_structure", 80_000, 1450, "spot"),
    ("NANNING", "steel_structure", 60_000, 1400, "spot"),
    ("HCMC", "steel_structure", 40_000, 1500, "spot"),
    ("CHONGQING", "forged_parts", 40_000, 2300, "spot"),
    ("CHENGDU", "forged_parts", 40_000, 2300, "spot"),
    ("NANNING", "rebar_mesh", 80_000, 800, "spot"),
    ("CHONGQING", "rebar_mesh", 40_000, 820, "spot"),
    ("CHONGQING", "alloy_wheel", 1_000_000, 95, "spot"),
    ("CHENGDU", "alloy_wheel", 600_000, 95, "spot"),
    ("BANGKOK", "alloy_wheel", 300_000, 100, "spot"),
    ("CHONGQING", "window_unit", 800_000, 90, "spot"),
    ("CHENGDU", "window_unit", 600_000, 90, "spot"),
    ("KUALA_LUMPUR", "window_unit", 300_000, 95, "spot"),
    ("SINGAPORE", "window_unit", 200_000, 100, "spot"),
    *invest.DEMAND,
]

# --------------------------------------------------------------------------
# Tariffs: product, origin_country, destination_country, rate, basis
# --------------------------------------------------------------------------
TARIFFS_HEADER = ("product", "origin_country", "destination_country", "rate", "agreement")
TARIFFS = [
    # China MFN rates (any origin)
    ("pcr_tyre", "*", "CN", 0.10, None, "mfn"),
    ("pig_iron", "*", "CN", 0.01, None, "mfn"),
    ("steel_billet", "*", "CN", 0.02, None, "mfn"),
    ("rebar", "*", "CN", 0.03, None, "mfn"),
    ("h_section", "*", "CN", 0.03, None, "mfn_h"),
    ("al_ingot", "*", "CN", 0.05, None, "mfn_al"),
    ("al_profile", "*", "CN", 0.05, None, "mfn"),
    ("sheet_glass", "*", "CN", 0.15, None, "mfn_glass"),
    ("tempered_glass", "*", "CN", 0.14, None, "mfn"),
    # RCEP preference for steel (HS 72) originating in a member, into China
    ("pig_iron", "*", "CN", 0.0, "RCEP", "rcep_steel"),
    ("steel_billet", "*", "CN", 0.0, "RCEP", "rcep_steel"),
    ("rebar", "*", "CN", 0.0, "RCEP", "rcep_steel"),
    ("h_section", "*", "CN", 0.0, "RCEP", "rcep_steel"),
    # RCEP preference for passenger-car tyres into China, staged down (not yet at zero)
    ("pcr_tyre", "*", "CN", 0.075, "RCEP", "rcep_tyre"),
    # ACFTA preference for the same steel lines (normal track)
    ("pig_iron", "*", "CN", 0.0, "ACFTA", "acfta"),
    ("steel_billet", "*", "CN", 0.0, "ACFTA", "acfta"),
    ("rebar", "*", "CN", 0.0, "ACFTA", "acfta"),
    ("h_section", "*", "CN", 0.0, "ACFTA", "acfta"),
]

# --------------------------------------------------------------------------
# Agreements: agreement, country, basis; OriginRules: agreement, product, rvc,
# change, de_minimis, basis
# --------------------------------------------------------------------------
AGREEMENTS_HEADER = ("agreement", "country")
RCEP_MEMBERS = ("AU", "BN", "KH", "CN", "ID", "JP", "LA", "MY", "MM", "NZ", "PH", "SG", "KR",
                "TH", "VN")
ASEAN = ("BN", "KH", "ID", "LA", "MY", "MM", "PH", "SG", "TH", "VN")
AGREEMENTS = [("RCEP", c, "rcep") for c in RCEP_MEMBERS] + \
    [("ACFTA", c, "acfta") for c in ("CN", *ASEAN)]
ORIGIN_RULES_HEADER = ("agreement", "product", "rvc", "change", "de_minimis")
ORIGIN_RULES = [
    ("RCEP", "steel", 0.4, "CTH", None, "rcep_72"),
    ("RCEP", "glass", 0.4, "CTH", None, "rcep_70"),
    ("RCEP", "tyres", 0.4, "CTH", None, "rcep_assumed"),
    ("RCEP", "aluminium", 0.4, "CTH", None, "rcep_assumed"),
    ("RCEP", "building", 0.4, "CTH", None, "rcep_assumed"),
    ("ACFTA", "*", 0.4, None, None, "acfta_rule"),
]

# --------------------------------------------------------------------------
# Scenarios: scenario, sheet, key, column, value, factor, basis
# --------------------------------------------------------------------------
SCENARIOS_HEADER = ("scenario", "sheet", "key", "column", "value", "factor")
MALACCA = invest.MALACCA  # the lanes through the Strait of Malacca
SCENARIOS = [
    *(("Strait of Malacca closed", "Lanes", lane, "capacity_tonnes", 0, None, "sc_malacca")
      for lane in MALACCA),
    *(("Kuantan-Qinzhou sailings halved", "Lanes", lane, "capacity_tonnes", None, 0.5,
       "sc_half") for lane in ("KTN_QZ_DIRECT", "QZ_KTN_DIRECT", "KTN_QZ_BREAKBULK")),
    ("Freight x2", "Lanes", "*", "cost_per_tonne", None, 2, "sc_freight"),
    ("Carbon 50 USD/t", "Settings", "carbon_price", "value", 50, None, "sc_carbon"),
    ("Carbon 100 USD/t", "Settings", "carbon_price", "value", 100, None, "sc_carbon"),
    *(("East Coast Rail Link open", "Lanes", lane, "capacity_tonnes", 5_000_000, None,
       "sc_ecrl") for lane in ("ECRL_MCKIP_KLANG", "ECRL_KLANG_MCKIP")),
    *(("All MFN duties (no agreements)", "Tariffs", f"{product}/{origin}/{destination}", "rate",
       rate, None, "sc_all_mfn")
      for product, origin, destination, rate, agreement, _ in TARIFFS
      if agreement is None and any(row[0] == product and row[4] for row in TARIFFS)),
]

# --------------------------------------------------------------------------
# Risks: id, factor, target, probability, duration, distribution, parameters, group, basis
# --------------------------------------------------------------------------
RISKS_HEADER = ("id", "factor", "target", "probability", "duration", "distribution",
                "parameters", "group")
RISKS = [
    *((f"malacca_{lane.lower()}", "lane", lane, 0.02, None, None, None, "malacca",
       "rk_malacca") for lane in MALACCA),
    ("sea_freight", "lane_cost", "sea", None, None, "lognormal", "0;0.25", "malacca",
     "rk_freight"),
    ("typhoon_direct", "lane", "KTN_QZ_DIRECT", 0.3, 0.1, None, None, None, "rk_typhoon"),
    ("kuantan_port", "site", "KTN_PORT", 0.01, 0.25, None, None, None, "rk_port"),
    ("raw_prices", "supply_cost", "raw", None, None, "triangular", "0.8;1;1.4", None,
     "rk_prices"),
    ("ringgit", "currency", "MY", None, None, "uniform", "0.95;1.1", None, "rk_fx"),
    ("jakarta_demand", "demand", "JAKARTA", None, None, "triangular", "0.8;1;1.2", None,
     "rk_demand"),
]

# --------------------------------------------------------------------------
# Settings: key, value, basis
# --------------------------------------------------------------------------
SETTINGS_HEADER = ("key", "value")
SETTINGS = [
    ("schema_version", 2, "format"),
    ("currency", "USD", "currency"),
    ("unmet_penalty", 10_000, "unmet"),
    ("carbon_price", 15, "carbon"),
    ("solver", "highs", "format"),
    ("time_limit_s", 60, "format"),
]

# --------------------------------------------------------------------------
# Sources. NOTES: key -> (status, figure, source, reasoning). Facts cite only
# figures recorded in the project reference notes (park_facts.md).
# --------------------------------------------------------------------------
FACTS_FILE = "park_facts.md (project reference)"
NOTES = {
    # ---- facts ----
    "F_COORD": ("fact", "Market coordinates (city centres)", FACTS_FILE + ", Coordinates",
                "No publication is named for the coordinates in the facts file."),
    "F_ALLIANCE": ("fact", "Alliance Steel integrated capacity 3.5 Mt/yr (billets, rebar, "
                   "wire rod, H-beams)",
                   "metalinfo.ru 156276; Gomez et al., China in Malaysia (2020)",
                   "Billet capacity taken as the 3.5 Mt/yr crude-steel figure. Phase 2 "
                   "(6.5 Mt/yr flats, 2024-26) is an investment (Investments sheet)."),
    "F_ALLIANCE_PRODUCTS": ("fact", "Alliance Steel products: billets, rebar, wire rod, H-beams",
                            "metalinfo.ru 156276; Gomez et al., China in Malaysia (2020)", ""),
    "F_MAXTREK": ("fact", "Maxtrek tyre plant 6.5 million tyres/yr", "Tyrepress, 2019-07",
                  "All output counted as passenger-car radials (product mix not found)."),
    "F_RECYCLE": ("fact", "Recycled-aluminium plant in MCKIP, 15,200 t/yr",
                  "2023 report (as recorded in park_facts.md)", ""),
    "F_QZ_SG_DAYS": ("fact", "Qinzhou -> Singapore 6 days", FACTS_FILE + ", Ports and legs",
                     "No publication is named for this figure in the facts file."),
    "F_CQ_DAYS": ("fact", "Chongqing -> Qinzhou by rail about 48 hours (2 days)",
                  FACTS_FILE + ", Ports and legs",
                  "No publication is named for this figure in the facts file."),
    "F_MFN": ("fact", "China MFN tariff rates: tyres 4011.10 10%, pig iron 7201 1%, "
              "semi-finished steel 7207 2%, rebar 7214.20 3%, aluminium bars/rods 7604.29 5%, "
              "tempered glass 7007.19 14%",
              FACTS_FILE + ", RCEP and tariffs (China MFN schedule)",
              "Origin '*': MFN applies to any origin without a preference row."),
    "F_MFN_H": ("assumption", "China MFN rate heavy H-sections 7216.33: 3%",
                FACTS_FILE + ", RCEP and tariffs (China MFN schedule)",
                "The 3% in the facts file is for HS 7216.10 (sections under 80 mm); heavy "
                "H-beams fall under 7216.33, whose rate is not in the facts file: 7216.10's "
                "rate is assumed."),
    "F_MFN_AL": ("fact", "China MFN rate unwrought aluminium 7601: 5% (provisional 0%)",
                 FACTS_FILE + ", RCEP and tariffs (China MFN schedule)",
                 "The 5% MFN rate is used; the provisional 0% rate would remove this tariff "
                 "(a scenario the planner can run)."),
    "F_MFN_GLASS": ("assumption", "China MFN rate float glass 7005: 15%",
                    FACTS_FILE + ", RCEP and tariffs (China MFN schedule)",
                    "The 15% in the facts file is for HS 7004 drawn glass; a float line makes "
                    "HS 7005, whose rate is not in the facts file: 7004's rate is assumed."),
    # ---- sites ----
    "A_COUNTRY": ("assumption", "Country of each non-park site", "",
                  "ISO code of the country where the named place lies (geography, not a "
                  "reported figure)."),
    "A_KIND": ("assumption", "Role of each site (park, port, market, supplier)", "",
               "Modelling role chosen for the planning network."),
    "A_COORD_NEAR": ("assumption", "Coordinates of parks and ports near a city centre", "",
                     "The facts file gives city centres and notes that ports lie some "
                     "kilometres away; positions are offset by hand (Gebeng/Kuantan Port "
                     "north-east of Kuantan, Qinzhou port area south of Qinzhou), about "
                     "+-0.2 degree accuracy."),
    "A_COORD_APPROX": ("assumption", "Coordinates of suppliers and Port Klang", "",
                       "Approximate location of the named mine, port or town, about "
                       "+-0.5 degree accuracy; used for the map only."),
    "A_COORD_PETCHEM": ("assumption", "Coordinates of the Qinzhou petrochemical zone", "",
                        "The Qinzhou port area is a petrochemical hub (fact, facts file); "
                        "placed next to Qinzhou Port, approximate."),
    # ---- products ----
    "A_PRODUCT_NAME": ("assumption", "Product names and HS codes", "",
                       "HS codes of products with a China MFN rate follow the facts file; "
                       "the other HS codes are the dataset author's classification."),
    "A_UNIT_T": ("assumption", "Bulk and steel products counted in tonnes (1 t/unit)", "",
                 "Definition: quantities of these products are tonnes."),
    "A_TYRE_WEIGHT": ("assumption", "Tyres counted in pieces of 0.01 t", "",
                      "A passenger-car radial tyre weighs about 8-12 kg."),
    "A_GLASS_M2": ("assumption", "Tempered glass counted in m2 of 5 mm glass, 0.0125 t/m2", "",
                   "Glass density about 2.5 t/m3: 5 mm -> 12.5 kg/m2."),
    "A_WHEEL_WEIGHT": ("assumption", "Alloy wheels counted in pieces of 0.010 t", "",
                       "A cast aluminium car wheel weighs about 8-12 kg."),
    "A_WINDOW_WEIGHT": ("assumption", "Window units counted in m2 of 0.0175 t", "",
                        "12.5 kg of 5 mm glass + 4 kg aluminium profile + ~1 kg fittings "
                        "per m2."),
    "A_FAMILY": ("assumption", "Product families", "",
                 "Grouping used by lane product restrictions (raw, steel, tyres, glass, "
                 "aluminium, building)."),
    "A_VAL_RAW": ("assumption", "Customs values of raw materials", "",
                  "Close to the assumed Supply purchase prices plus freight. No tariff row "
                  "applies to raw materials, so these values do not change the plan."),
    "A_VAL_STEEL": ("assumption", "Customs values of steel (USD/t): pig iron 420, billet 500, "
                    "rebar 580, wire rod 600, H-sections 650", "",
                    "Set near the full cost implied by this dataset's recipes (pig iron "
                    "~USD 370-430/t, billet ~460-520, rebar ~515-580, depending on the ore "
                    "source) and below the assumed import-parity prices in Demand, as an "
                    "FOB export value."),
    "A_VAL_TYRE": ("assumption", "Customs value of a passenger-car tyre: USD 45/pc", "",
                   "About USD 4.5/kg for a 10 kg budget radial; above the assumed production "
                   "cost (~USD 23/pc) and below the assumed market prices (USD 55-65)."),
    "A_VAL_GLASS": ("assumption", "Customs values of glass: sheet USD 380/t, tempered "
                    "USD 9/m2", "",
                    "Sheet glass above its assumed cost (~USD 250/t); tempered glass = "
                    "12.5 kg of sheet glass (~USD 4.8) plus cutting/tempering value."),
    "A_VAL_AL": ("assumption", "Customs values of aluminium: ingot USD 2,300/t, profiles "
                 "USD 3,300/t", "",
                 "Ingot at the order of recent international aluminium prices; profiles "
                 "carry an extrusion premium of about USD 1,000/t. No price is in the "
                 "facts file."),
    "A_VAL_DOWN": ("assumption", "Customs values of Qinzhou downstream products", "",
                   "Material content plus fabrication margin: structures USD 1,300/t, "
                   "forgings 2,000/t, rebar mesh 700/t, alloy wheel 75/pc, window unit "
                   "70/m2. Used only if these cross a border (no tariff row applies)."),
    # ---- plants ----
    "A_PLANT_PRODUCT_IRON": ("assumption", "Separate ironmaking stage (pig iron) at MCKIP", "",
                             "Alliance Steel is an integrated mill (fact); splitting out the "
                             "blast-furnace stage is a modelling choice."),
    "A_PLANT_PRODUCT_GLASS": ("assumption", "Glass plants in MCKIP (sheet, tempered)", "",
                              "No glass plant was found in either park (facts file); the "
                              "source document names glass as a cluster industry."),
    "A_PLANT_PRODUCT_BOSAI": ("assumption", "Alumina refinery and smelter in MCKIP", "",
                              "The Bosai coke-power-aluminium-ferroalloy project is reported "
                              "(RM 10.6 bn, fact) but its products and capacity were not "
                              "found; a refinery on Pahang bauxite is an assumption."),
    "A_PLANT_PRODUCT_GIG": ("assumption", "Aluminium profile extrusion in MCKIP", "",
                            "Guangxi Investment Group aluminium components plant (RM 580 m) "
                            "is reported; that it extrudes profiles is an assumption based on "
                            "'aluminium profiles' in the source document."),
    "A_PLANT_PRODUCT_QZ": ("assumption", "Downstream users in CMQIP", "",
                           "No steel, tyre, glass or aluminium capacity was found in CMQIP "
                           "(facts file). Its industries include equipment manufacturing and "
                           "materials (China Daily 2014-06-04); structures, forgings, rebar "
                           "mesh, wheels, profiles, tempered glass and windows are assumed."),
    "A_CAP_IRON": ("assumption", "Ironmaking capacity 3.8 Mt/yr", "",
                   "Sized to feed the 3.5 Mt/yr steel plant (fact) at 1.08 t pig iron per t "
                   "billet = 3.78 Mt."),
    "A_CAP_MILLS": ("assumption", "Rolling mills: rebar 1.6, wire rod 0.7, H-sections 1.1 "
                    "Mt/yr", "",
                    "Split of the 3.5 Mt/yr (fact) over the reported product list; 3.4 Mt of "
                    "finished steel is about 3.5 Mt of billets at 3-4% yield loss. The split "
                    "itself was not found."),
    "A_CAP_GLASS": ("assumption", "Sheet glass 200 kt/yr; tempering 3 M m2/yr per park", "",
                    "One float/sheet line of ~550 t/day; tempering lines of a size common "
                    "for processors. No glass capacity was found (facts file)."),
    "A_CAP_BOSAI": ("assumption", "Alumina refinery 400 kt/yr; smelter 250 kt/yr", "",
                    "Capacity of the Bosai project not found (facts file); a mid-size "
                    "smelter consistent with a RM 10.6 bn coke-power-aluminium investment."),
    "A_CAP_GIG": ("assumption", "Extrusion 60 kt/yr at MCKIP", "",
                  "Capacity of the RM 580 m aluminium components plant not found; 60 kt/yr "
                  "is a typical large extrusion site."),
    "A_CAP_QZ": ("assumption", "CMQIP downstream capacities", "",
                 "Sized to absorb part of the Kuantan output: structures 300 kt, forgings "
                 "80 kt, rebar mesh 200 kt, wheels 2 M pcs, extrusion 40 kt, tempering "
                 "3 M m2, windows 2.5 M m2 per year."),
    "A_PLANT_COST": ("assumption", "Plant conversion costs (inputs excluded)", "",
                     "Order-of-magnitude conversion costs: ironmaking USD 45/t, steelmaking "
                     "55, rolling 40-55, tyre USD 14/pc, sheet glass 150/t (energy), "
                     "tempering USD 2.6-3/m2, alumina 90/t, smelting 1,300/t (power, anodes), "
                     "recycling 200/t, extrusion 420-450/t, fabrication/forging 120-600/t, "
                     "wheels USD 18/pc, windows USD 25/m2."),
    "A_PLANT_CO2": ("assumption", "Plant CO2 per unit", "",
                    "Typical process intensities: blast furnace 1.6 t/t hot metal and BOF "
                    "0.2 t/t (BF-BOF ~2 t CO2/t steel), rolling ~0.1 t/t, tyre manufacturing "
                    "8 kg/pc (materials excluded), sheet glass 0.6 t/t, tempering 4 kg/m2, "
                    "alumina 0.7 t/t, smelting 12 t/t on coal-based power (the Bosai project "
                    "is coke-power-aluminium), recycling 0.5 t/t, extrusion 0.3 t/t."),
    # ---- recipes ----
    "A_RECIPE_LINKS": ("assumption", "Recipe links (which input feeds which plant)", "",
                       "Standard process routes: ore+coal -> pig iron -> billets -> rolled "
                       "steel -> fabricated products; rubber+carbon black+wire -> tyres; "
                       "sand+soda ash -> glass -> tempered glass -> windows; bauxite -> "
                       "alumina -> ingot -> profiles/wheels; scrap -> ingot."),
    "A_RECIPE_IRON": ("assumption", "1.55 t iron ore and 0.55 t coking coal per t pig iron", "",
                      "Typical blast-furnace burden (~1.5-1.6 t ore) and coke rate "
                      "(~0.4 t coke from ~0.55 t coal)."),
    "A_RECIPE_STEEL": ("assumption", "1.08 t pig iron per t billet", "",
                       "BOF yield with no scrap charge modelled."),
    "A_RECIPE_ROLL": ("assumption", "1.03-1.04 t billet per t rolled product", "",
                      "Typical rolling-mill yield 96-97%."),
    "A_RECIPE_TYRE": ("fact", "Per 10 kg tyre: 1.4 kg natural rubber, 2.7 kg synthetic "
                      "rubber, 2.8 kg carbon black, 1.45 kg steel (as wire rod)",
                      FACTS_FILE + ", Added after a domain review (tyre composition)",
                      "Published composition 14 % / 27 % / 28 % / 14-15 % of a ~10 kg "
                      "passenger tyre; steel cord and bead wire are drawn from wire rod "
                      "(assumed); fabric, fillers and chemicals are left out."),
    "A_RECIPE_GLASS": ("assumption", "0.72 t silica sand and 0.22 t soda ash per t glass", "",
                       "Typical soda-lime batch; limestone/dolomite and cullet left out."),
    "A_RECIPE_TEMPER": ("assumption", "0.0131 t sheet glass per m2 tempered glass", "",
                        "12.5 kg/m2 plus ~5% cutting loss."),
    "A_RECIPE_ALUMINA": ("assumption", "2.6 t bauxite per t alumina", "",
                         "Typical for lateritic bauxite (2.5-3 t/t)."),
    "A_RECIPE_SMELT": ("assumption", "1.93 t alumina per t aluminium", "",
                       "Stoichiometric ~1.89 plus losses."),
    "A_RECIPE_RECYCLE": ("assumption", "1.08 t scrap per t recycled ingot", "",
                         "Melt loss ~7%."),
    "A_RECIPE_EXTRUDE": ("assumption", "1.05 t ingot per t profile", "",
                         "Net of recycled process scrap."),
    "A_RECIPE_DOWN": ("assumption", "Fabrication yields in CMQIP", "",
                      "Structures 1.06 t H-sections/t, rebar mesh 1.02 t rebar/t, forgings "
                      "1.25 t billet/t (flash and machining loss)."),
    "A_RECIPE_WHEEL": ("assumption", "0.0115 t ingot per wheel", "",
                       "10 kg wheel plus ~15% casting/machining loss."),
    "A_RECIPE_WINDOW": ("assumption", "Per m2 window: 0.004 t profile, 1.05 m2 tempered "
                        "glass", "",
                        "Typical frame weight ~4 kg/m2; 5% glass cutting loss."),
    # ---- supply ----
    "A_SUP_ORE": ("assumption", "Iron ore prices and contract volumes", "",
                  "Origins Australia, Indonesia and Canada are reported (fact: metalinfo.ru "
                  "156276; Gomez et al. 2020). Prices assumed: Pilbara fines USD 95/t, "
                  "lower-grade Indonesian ore 78, Canadian concentrate 112; volumes 4.0, "
                  "1.2 and 2.5 Mt/yr vs ~5.9 Mt needed at full steel output."),
    "A_SUP_COAL": ("assumption", "Queensland coking coal USD 230/t, 7 Mt/yr", "",
                   "Order of seaborne premium coking coal prices; volume above the ~2.1 Mt "
                   "the long-products mill needs and the ~4 Mt a full phase 2 would add "
                   "(Queensland's coal ports ship far more). Coal origin not reported."),
    "A_SUP_RUBBER": ("assumption", "Natural rubber USD 1,600-1,650/t; 40 kt TH, 15 kt MY", "",
                     "Order of SE Asian natural-rubber prices; the tyre plant needs ~23 kt."),
    "A_SUP_CB": ("assumption", "Carbon black USD 1,050-1,150/t, 20 kt each from Qinzhou and "
                 "Map Ta Phut", "",
                 "The Qinzhou port area is a petrochemical hub (fact); a carbon-black source "
                 "there is assumed. The tyre plant needs ~16 kt."),
    "A_SUP_MINERALS": ("assumption", "Silica sand USD 35/t (250 kt), soda ash USD 260/t "
                       "(80 kt), bauxite USD 30/t (1.5 Mt)", "",
                       "Local sand and Pahang bauxite, Chinese soda ash; volumes above the "
                       "needs of the assumed glass line and refinery."),
    "A_SUP_ALUMINA": ("assumption", "Alumina USD 380/t, 400 kt/yr from Gladstone", "",
                      "Order of Australian alumina prices; tops up the assumed refinery."),
    "A_SUP_SCRAP": ("assumption", "Aluminium scrap USD 1,250/t, 20 kt/yr", "",
                    "About 55% of the assumed ingot value; enough for the 15,200 t/yr "
                    "recycler (fact) at 1.08 t/t."),
    "A_SUP_CN_ALT": ("assumption", "Chinese domestic ingot USD 2,450/t (150 kt) and sheet "
                     "glass USD 330/t (150 kt)", "",
                     "Competing domestic sources for the Qinzhou plants, so that buying from "
                     "Kuantan is a choice the LP weighs against tariff and freight."),
    # ---- lanes ----
    "A_LANE_ROUTING": ("assumption", "Lane modes and product restrictions", "",
                       "Bulk ships carry only the raw material they are chartered for; the "
                       "Kuantan->Qinzhou container line carries finished families (steel, "
                       "tyres, glass, aluminium); the southbound leg also carries building "
                       "products and bagged carbon black/soda ash; breakbulk carries steel."),
    "A_COST_BULK": ("assumption", "Dry-bulk freight USD 8-30/t", "",
                    "No bulk rate in the facts file; scaled by distance: Indonesia 8, "
                    "Pilbara 10, Queensland 15-16, Lianyungang 24, Canada via the Cape 30."),
    "A_COST_BOX": ("assumption", "Containerised raw materials from Thailand USD 28-32/t", "",
                   "Short intra-Asia hauls; anchored on the Drewry intra-Asia benchmark "
                   "~USD 573/FEU (Oct 2024) / ~20 t per FEU plus handling."),
    "A_COST_DIRECT": ("assumption", "Direct Qinzhou-Kuantan line USD 30/t north, 26/t south",
                      "", "Drewry intra-Asia ~USD 573/FEU (Oct 2024) / ~22 t per FEU = "
                      "~USD 26/t, plus handling northbound; southbound priced as backhaul."),
    "A_COST_BREAKBULK": ("assumption", "Breakbulk steel Kuantan->Qinzhou USD 20/t", "",
                         "Cheaper per tonne than containers for long steel; no rate found."),
    "A_COST_CONTAINER": ("assumption", "Container feeder/mainline/regional USD 18-42/t", "",
                         "Drewry intra-Asia ~USD 573/FEU (Oct 2024) and Xeneta SE Asia->Far "
                         "East ~USD 850/FEU (Mar 2023) at ~20-22 t per FEU, scaled by "
                         "distance: Singapore->Qinzhou 40, feeders 18-22."),
    "A_COST_ROAD": ("assumption", "Trucking USD 3-125/t", "",
                    "About USD 0.08-0.1 per t-km plus USD 2-4/t handling; no rate found."),
    "A_COST_RAIL": ("assumption", "Rail USD 9-35/t (domestic lines)", "",
                    "About USD 0.03-0.05 per t-km plus terminal lifts; no rate found."),
    "A_COST_CORRIDOR": ("assumption", "Sea-rail corridor rail leg: Qinzhou<->Chongqing USD "
                        "34-38/t, Qinzhou<->Chengdu USD 42-46/t", "",
                        "Freight rates for these legs were not found (facts file); about "
                        "USD 0.03 per t-km over ~1,100/1,500 km plus terminal lifts; "
                        "backhaul slightly cheaper."),
    "A_COST_CROSSBORDER": ("assumption", "Nanning->Ho Chi Minh City rail USD 75/t", "",
                           "China-Vietnam cross-border train (1,264 trains in 2020, fact) "
                           "plus the Vietnamese north-south line, ~2,100 km; rate assumed."),
    "A_CAP_DIRECT": ("assumption", "Direct line capacity 150 kt/yr each way for park cargo",
                     "", "About 12,500 TEU/yr at ~12 t/TEU allocated to park cargo. For "
                     "scale: Maxtrek alone expects ~14,000 TEU/yr of port traffic (fact, "
                     "Tyrepress 2019-07); the Qinzhou automated terminal is designed for "
                     "2.6 M TEU/yr (fact)."),
    "A_CAP_BREAKBULK": ("assumption", "Breakbulk capacity 600 kt/yr", "",
                        "About two 25-30 kt sailings a month chartered for park steel."),
    "A_CAP_CORRIDOR": ("assumption", "Corridor allocation: 250 kt/yr Qinzhou<->Chongqing, "
                       "200 kt/yr Qinzhou<->Chengdu", "",
                       "The corridor carried 960,000 TEU in 2024 (fact); the parks are "
                       "assumed to get ~12,500 and ~10,000 TEU/yr at ~20 t (about 2.3% of "
                       "the corridor)."),
    "A_CAP_CROSSBORDER": ("assumption", "Cross-border rail 60 kt/yr", "",
                          "About 60 trains/yr of ~1,000 t, under 5% of the 1,264 "
                          "China-Vietnam trains of 2020 (fact)."),
    "A_CAP_NANNING_CQ": ("assumption", "Nanning->Chongqing rail 100 kt/yr", "",
                         "Share of a trunk line assumed available to park cargo."),
    "A_CAP_UNLIMITED": ("assumption", "Blank capacity = unlimited", "",
                        "Park flows are small next to port and market capacity: Kuantan Port "
                        "handles up to 50 Mt/yr (fact; 27.3 Mt in 2020) and Beibu Gulf Port "
                        "over 8 M TEU (2023, fact); bulk charters and trucking are open "
                        "markets."),
    "A_DAYS": ("assumption", "Transit days", "",
               "Distance / speed: bulk ships ~12 kn, container ships ~14-16 kn, plus ~1 "
               "day port time; trucks ~500 km/day; rail ~600 km/day."),
    "A_DAYS_DIRECT": ("assumption", "Direct line 5 days", "",
                      "1,200 nautical miles (fact, China Daily 2014-06-04) at ~14 kn = 3.6 "
                      "days plus port time; transit days were not found."),
    "A_DAYS_SYMMETRIC": ("assumption", "Reverse direction of a reported transit time", "",
                         "Assumed equal to the reported opposite direction (Qinzhou->"
                         "Singapore 6 days; Chongqing->Qinzhou ~48 h)."),
    "A_CO2": ("assumption", "Transport CO2 per tonne", "",
              "Distance x intensity: bulk ships ~5 g/t-km, container ships ~12-15 g/t-km, "
              "rail ~20 g/t-km, trucks ~80 g/t-km."),
    "A_CO2_DIRECT": ("assumption", "Direct line 27 kg CO2/t", "",
                     "1,200 nautical miles (fact, China Daily 2014-06-04) = 2,222 km x "
                     "~12 g/t-km."),
    # ---- demand ----
    "A_DEMAND_QTY": ("assumption", "Demand quantities", "",
                     "Sized so that total demand is close to the park capacities (e.g. "
                     "tyres 6.6 M pcs vs 6.5 M capacity, long steel ~2.9 Mt of market "
                     "demand plus Qinzhou use). Most rows are export markets because 85-90% "
                     "of MCKIP output is exported (fact, Malay Mail 2019-05-20) and Alliance "
                     "Steel must export at least 50% (fact, The Edge Malaysia 696725)."),
    "A_PEN_CONTRACT": ("assumption", "Blank penalty: firm contracted offtake (Settings "
                       "unmet_penalty)", "",
                       "Forged components for the Qinzhou equipment makers' assembly lines: "
                       "a shortfall stops a line, so the contract is treated as firm (the "
                       "default penalty)."),
    "A_PEN_CONTRACT_LD": ("assumption", "Contract lost-sale value = contract price + 25 % "
                          "liquidated damages", "",
                          "Contract prices near the local import-parity prices of the spot "
                          "rows (rebar ~USD 640/t, tyres ~60/pc, wire rod ~650/t, structures "
                          "1,400/t, mesh 800/t, windows 90/m2) plus damages of a quarter of "
                          "the price: a shortfall costs the sale and the damages."),
    "A_PEN_SPOT": ("assumption", "Open-market penalty = import-parity price", "",
                   "What the market would pay another supplier (e.g. rebar USD 630-660/t, "
                   "tyres USD 55-65/pc, ingot USD 2,450-2,500/t); unmet units are bought "
                   "elsewhere at that price."),
    "A_PEN_CN_STEEL": ("assumption", "Chongqing rebar penalty USD 520/t", "",
                       "Chinese domestic rebar is assumed cheaper than Kuantan rebar landed "
                       "in Chongqing, so this demand is expected to stay with domestic "
                       "mills."),
    # ---- tariffs ----
    "A_RCEP_STEEL": ("assumption", "RCEP 0% for Malaysian-origin steel (HS 72) into China", "",
                     "RCEP is in force since 1 Jan 2022 and over 90% of goods eventually "
                     "reach zero tariff; the steel origin rule is RVC40 or change of tariff "
                     "heading (facts file). Kuantan steel made from imported ore (HS 2601) "
                     "changes heading, so it qualifies as Malaysian. China's actual RCEP "
                     "rate for these lines is not in the facts file: the 0% is an "
                     "assumption. Glass and aluminium keep the MFN rate because no "
                     "preference for them is in the facts file; tyres: see the RCEP tyre row."),
    "A_RCEP_TYRE": ("assumption", "RCEP 7.5% for passenger-car tyres (HS 4011.10) into China "
                    "in 2026", "",
                    "The facts file gives China's MFN rate (10%) and that over 90% of RCEP "
                    "goods reach zero only eventually, but not China's RCEP schedule for "
                    "tyres. China is the world's largest tyre maker, so a long staging is "
                    "assumed: RCEP's 20-year linear category from the 10% base, a cut of "
                    "0.5 point on entry into force (1 Jan 2022) and on each 1 January after, "
                    "gives 7.5% in 2026 (the fifth year). Origin '*': the only RCEP-"
                    "originating tyres that can reach China in this network are Malaysian. "
                    "No ACFTA row: the tyres' ACFTA track is unverified."),
    "A_HS": ("assumption", "HS codes of the products", "",
             "Headings as named in the facts file where it gives them (tyres 4011.10, pig "
             "iron 7201, billets 7207, rebar 7214.20, heavy H-sections 7216.33, float glass "
             "7005, tempered glass 7007.19, aluminium 7601 and 7604.29); the other codes and "
             "every six-digit subheading not in the facts file are our classification of "
             "the product as described."),
    "F_RCEP_MEMBERS": ("fact", "RCEP members: the ten ASEAN states, China, Japan, South "
                       "Korea, Australia, New Zealand",
                       "Nikkei Asia 2020-11-15; National Post 2020-11-16 (RCEP signed)",
                       "All fifteen signatories; India withdrew."),
    "F_ACFTA_MEMBERS": ("fact", "ACFTA members: China and the ten ASEAN states",
                        "National Post 2020-11-16 (the ten ASEAN members)",
                        "The ASEAN-China FTA is between ASEAN and China."),
    "A_ACFTA_RATE": ("assumption", "ACFTA 0% for steel (HS 72) into China", "",
                     "Normal-track goods between China and the ASEAN-6 (Malaysia included) "
                     "are at zero since 2010; that these steel lines are normal track is "
                     "assumed (not in the facts file). Tyres, glass and aluminium get no "
                     "ACFTA row: their track is unverified (tyres may claim RCEP instead)."),
    "F_RCEP_RULES": ("fact", "RCEP rules: steel (chapter 72) and glass (70.05, 70.07) CTH or "
                     "RVC40", FACTS_FILE + ", Added after a domain review (Annex 3A)",
                     "Chapter-level rule; applied by family, so the steel family's chapter-73 "
                     "products (structures, forgings, mesh) get the same rule (assumed)."),
    "A_RCEP_RULES": ("assumption", "RCEP rules for tyres (40.11), aluminium profiles (76.04), "
                     "wheels and windows: CTH or RVC40", "",
                     "The facts file says these rules were not retrieved; RVC40 or CTH is "
                     "RCEP's most common product-specific rule."),
    "A_ACFTA_RULE": ("assumption", "ACFTA general rule: RVC 40%", "",
                     "ACFTA's general rule of origin is 40 % ASEAN-China content; its "
                     "product-specific alternatives (CTH for some chapters) are not modelled."),
    "F_DE_MINIMIS": ("fact", "De minimis 10% (default)", FACTS_FILE + ", Added after a domain "
                     "review (RCEP Art. 3.7)", "Blank cells take the 10 % default."),
    "A_SUP_SR": ("assumption", "Synthetic rubber (SBR) USD 1,750-1,850/t; 12 kt Map Ta Phut, "
                 "15 kt Qinzhou", "",
                 "Order of Asian SBR prices; both sites are petrochemical hubs; the tyre plant "
                 "needs ~18 kt at full output."),
    "A_ECRL": ("assumption", "East Coast Rail Link Kuantan-Port Klang: closed in the base; "
               "5 Mt/yr each way at USD 12/t when open", FACTS_FILE + ", Added after a domain "
               "review (ECRL planned around 2026-27)",
               "The opening date is a fact; capacity and tariff are assumed (a mixed freight "
               "line of this length)."),
    "A_SC_MALACCA": ("assumption", "Strait of Malacca closed: the lanes through it (Qinzhou/"
                     "Singapore to and from Port Klang, Canadian ore) at capacity 0", "",
                     "Kuantan, Singapore and Qinzhou lie east of the strait; Port Klang's sea "
                     "lanes to the east pass it, and so does ore from the Atlantic."),
    "A_RK_MALACCA": ("assumption", "Strait of Malacca closed in 2% of years, its lanes "
                     "together; sea freight x lognormal(0, 0.25) in the same draw", "",
                     "An illustration of a rare correlated closure: a closure and dearer "
                     "freight come together (one correlation group); not a forecast."),
    "A_RK_TYPHOON": ("assumption", "Kuantan-Qinzhou direct line: 30% of years lose 10% of "
                     "its capacity", "", "A typhoon season of about five weeks; illustrative."),
    "A_RK_PORT": ("assumption", "Kuantan port: 1% of years closed a quarter of the year", "",
                  "A major port outage; illustrative."),
    "A_RK_PRICES": ("assumption", "Raw material prices x triangular(0.8, 1, 1.4); ringgit "
                    "costs x uniform(0.95, 1.1); Jakarta demand x triangular(0.8, 1, 1.2)",
                    "", "Spreads of the order of a year's commodity and currency swings; "
                    "illustrative, not fitted to price series."),
    "A_SC_ALL_MFN": ("assumption", "All MFN duties: every preferential rate set to the "
                     "general rate", "",
                     "The question 'what are the agreements worth?'. A Scenarios key names a "
                     "Tariffs row by product/origin/destination, which the general and the "
                     "preferential rows of a product share: the override sets all of them to "
                     "the general rate, so no preference is left (origin claims save "
                     "nothing)."),
    "A_SC_HALF": ("assumption", "Kuantan-Qinzhou sailings halved: capacities x0.5", "",
                  "The question a planner asks about the direct line (a port or vessel "
                  "outage); not a forecast."),
    "A_SC_QUESTION": ("assumption", "Freight x2; carbon at 50 and 100 USD/t", "",
                      "What-if questions, not forecasts."),
    "A_NO_TARIFF": ("assumption", "Flows with no matching row pay 0%", "",
                    "Malaysian and other ASEAN import rates were not found (facts file), so "
                    "no row exists for imports into MY, SG, ID, VN or TH; China rates for "
                    "wire rod (7213), hot-rolled coil (7208), structures, forgings, mesh, "
                    "wheels and windows are not in the facts file either. Raw-material "
                    "imports are treated as duty free."),
    # ---- settings ----
    "A_FORMAT": ("assumption", "schema_version 2, solver highs, time_limit_s 60", "",
                 "Workbook format and solver settings (the workbook contract, §3), not real-world "
                 "figures."),
    "A_CURRENCY": ("assumption", "Currency USD", "",
                   "The freight benchmarks in the facts file are in USD."),
    "A_UNMET": ("assumption", "unmet_penalty USD 10,000 per unit", "",
                "Prohibitive for every product (well above any unit value), so demand rows "
                "with a blank penalty are met whenever the network can reach them."),
    "A_CARBON": ("assumption", "carbon_price USD 15/t CO2", "",
                 "Neither country's price is in the facts file; a low price of the order of "
                 "regional emissions-trading prices, to be varied in scenarios."),
}

# (sheet, column, basis) -> NOTES key; basis "*" is the column's fallback.
# Columns without an entry hold labels or references, not figures.
CELL_NOTES = {
    ("Sites", "country", "*"): "A_COUNTRY",
    ("Sites", "kind", "*"): "A_KIND",
    ("Sites", "lat", "city"): "F_COORD",
    ("Sites", "lon", "city"): "F_COORD",
    ("Sites", "lat", "near"): "A_COORD_NEAR",
    ("Sites", "lon", "near"): "A_COORD_NEAR",
    ("Sites", "lat", "approx"): "A_COORD_APPROX",
    ("Sites", "lon", "approx"): "A_COORD_APPROX",
    ("Sites", "lat", "petchem"): "A_COORD_PETCHEM",
    ("Sites", "lon", "petchem"): "A_COORD_PETCHEM",
    ("Products", "name", "*"): "A_PRODUCT_NAME",
    ("Products", "family", "*"): "A_FAMILY",
    ("Products", "unit", "*"): "A_UNIT_T",
    ("Products", "tonnes_per_unit", "*"): "A_UNIT_T",
    ("Products", "unit", "tyre"): "A_TYRE_WEIGHT",
    ("Products", "tonnes_per_unit", "tyre"): "A_TYRE_WEIGHT",
    ("Products", "unit", "m2glass"): "A_GLASS_M2",
    ("Products", "tonnes_per_unit", "m2glass"): "A_GLASS_M2",
    ("Products", "unit", "wheel"): "A_WHEEL_WEIGHT",
    ("Products", "tonnes_per_unit", "wheel"): "A_WHEEL_WEIGHT",
    ("Products", "unit", "window"): "A_WINDOW_WEIGHT",
    ("Products", "tonnes_per_unit", "window"): "A_WINDOW_WEIGHT",
    ("Products", "value_per_unit", "raw"): "A_VAL_RAW",
    ("Products", "value_per_unit", "steel"): "A_VAL_STEEL",
    ("Products", "value_per_unit", "tyre"): "A_VAL_TYRE",
    ("Products", "value_per_unit", "glass"): "A_VAL_GLASS",
    ("Products", "value_per_unit", "m2glass"): "A_VAL_GLASS",
    ("Products", "value_per_unit", "aluminium"): "A_VAL_AL",
    ("Products", "value_per_unit", "*"): "A_VAL_DOWN",
    ("Plants", "product", "alliance_up"): "A_PLANT_PRODUCT_IRON",
    ("Plants", "product", "alliance"): "F_ALLIANCE_PRODUCTS",
    ("Plants", "product", "alliance_mill"): "F_ALLIANCE_PRODUCTS",
    ("Plants", "product", "maxtrek"): "F_MAXTREK",
    ("Plants", "product", "recycle"): "F_RECYCLE",
    ("Plants", "product", "glass"): "A_PLANT_PRODUCT_GLASS",
    ("Plants", "product", "bosai"): "A_PLANT_PRODUCT_BOSAI",
    ("Plants", "product", "gig"): "A_PLANT_PRODUCT_GIG",
    ("Plants", "product", "qinzhou"): "A_PLANT_PRODUCT_QZ",
    ("Plants", "capacity", "alliance_up"): "A_CAP_IRON",
    ("Plants", "capacity", "alliance"): "F_ALLIANCE",
    ("Plants", "capacity", "alliance_mill"): "A_CAP_MILLS",
    ("Plants", "capacity", "maxtrek"): "F_MAXTREK",
    ("Plants", "capacity", "recycle"): "F_RECYCLE",
    ("Plants", "capacity", "glass"): "A_CAP_GLASS",
    ("Plants", "capacity", "bosai"): "A_CAP_BOSAI",
    ("Plants", "capacity", "gig"): "A_CAP_GIG",
    ("Plants", "capacity", "qinzhou"): "A_CAP_QZ",
    ("Plants", "cost_per_unit", "*"): "A_PLANT_COST",
    ("Plants", "co2_kg_per_unit", "*"): "A_PLANT_CO2",
    ("Recipes", "input", "*"): "A_RECIPE_LINKS",
    ("Recipes", "qty_per_unit", "ironmaking"): "A_RECIPE_IRON",
    ("Recipes", "qty_per_unit", "steelmaking"): "A_RECIPE_STEEL",
    ("Recipes", "qty_per_unit", "rolling"): "A_RECIPE_ROLL",
    ("Recipes", "qty_per_unit", "tyre"): "A_RECIPE_TYRE",
    ("Recipes", "qty_per_unit", "glass"): "A_RECIPE_GLASS",
    ("Recipes", "qty_per_unit", "tempering"): "A_RECIPE_TEMPER",
    ("Recipes", "qty_per_unit", "alumina"): "A_RECIPE_ALUMINA",
    ("Recipes", "qty_per_unit", "smelting"): "A_RECIPE_SMELT",
    ("Recipes", "qty_per_unit", "recycling"): "A_RECIPE_RECYCLE",
    ("Recipes", "qty_per_unit", "extrusion"): "A_RECIPE_EXTRUDE",
    ("Recipes", "qty_per_unit", "fabrication"): "A_RECIPE_DOWN",
    ("Recipes", "qty_per_unit", "forging"): "A_RECIPE_DOWN",
    ("Recipes", "qty_per_unit", "wheel"): "A_RECIPE_WHEEL",
    ("Recipes", "qty_per_unit", "window"): "A_RECIPE_WINDOW",
    ("Supply", "capacity", "ore"): "A_SUP_ORE",
    ("Supply", "cost_per_unit", "ore"): "A_SUP_ORE",
    ("Supply", "capacity", "coal"): "A_SUP_COAL",
    ("Supply", "cost_per_unit", "coal"): "A_SUP_COAL",
    ("Supply", "capacity", "rubber"): "A_SUP_RUBBER",
    ("Supply", "cost_per_unit", "rubber"): "A_SUP_RUBBER",
    ("Supply", "capacity", "carbon_black"): "A_SUP_CB",
    ("Supply", "cost_per_unit", "carbon_black"): "A_SUP_CB",
    ("Supply", "capacity", "minerals"): "A_SUP_MINERALS",
    ("Supply", "cost_per_unit", "minerals"): "A_SUP_MINERALS",
    ("Supply", "capacity", "alumina"): "A_SUP_ALUMINA",
    ("Supply", "cost_per_unit", "alumina"): "A_SUP_ALUMINA",
    ("Supply", "capacity", "scrap"): "A_SUP_SCRAP",
    ("Supply", "cost_per_unit", "scrap"): "A_SUP_SCRAP",
    ("Supply", "capacity", "cn_alt"): "A_SUP_CN_ALT",
    ("Supply", "cost_per_unit", "cn_alt"): "A_SUP_CN_ALT",
    ("Lanes", "mode", "*"): "A_LANE_ROUTING",
    ("Lanes", "products", "*"): "A_LANE_ROUTING",
    ("Lanes", "cost_per_tonne", "bulk"): "A_COST_BULK",
    ("Lanes", "cost_per_tonne", "raw_box"): "A_COST_BOX",
    ("Lanes", "cost_per_tonne", "road"): "A_COST_ROAD",
    ("Lanes", "cost_per_tonne", "portlink"): "A_COST_ROAD",
    ("Lanes", "cost_per_tonne", "rail"): "A_COST_RAIL",
    ("Lanes", "cost_per_tonne", "rail_cap"): "A_COST_RAIL",
    ("Lanes", "cost_per_tonne", "direct"): "A_COST_DIRECT",
    ("Lanes", "cost_per_tonne", "breakbulk"): "A_COST_BREAKBULK",
    ("Lanes", "cost_per_tonne", "crossborder"): "A_COST_CROSSBORDER",
    ("Lanes", "cost_per_tonne", "corridor_cq"): "A_COST_CORRIDOR",
    ("Lanes", "cost_per_tonne", "corridor_cq_fact"): "A_COST_CORRIDOR",
    ("Lanes", "cost_per_tonne", "corridor_cd"): "A_COST_CORRIDOR",
    ("Lanes", "cost_per_tonne", "*"): "A_COST_CONTAINER",
    ("Lanes", "capacity_tonnes", "direct"): "A_CAP_DIRECT",
    ("Lanes", "capacity_tonnes", "breakbulk"): "A_CAP_BREAKBULK",
    ("Lanes", "capacity_tonnes", "corridor_cq"): "A_CAP_CORRIDOR",
    ("Lanes", "capacity_tonnes", "corridor_cq_fact"): "A_CAP_CORRIDOR",
    ("Lanes", "capacity_tonnes", "corridor_cd"): "A_CAP_CORRIDOR",
    ("Lanes", "capacity_tonnes", "crossborder"): "A_CAP_CROSSBORDER",
    ("Lanes", "capacity_tonnes", "rail_cap"): "A_CAP_NANNING_CQ",
    ("Lanes", "capacity_tonnes", "*"): "A_CAP_UNLIMITED",
    ("Lanes", "transit_days", "direct"): "A_DAYS_DIRECT",
    ("Lanes", "transit_days", "mainline_fact"): "F_QZ_SG_DAYS",
    ("Lanes", "transit_days", "corridor_cq_fact"): "F_CQ_DAYS",
    ("Lanes", "transit_days", "corridor_cq"): "A_DAYS_SYMMETRIC",
    ("Lanes", "transit_days", "mainline_sym"): "A_DAYS_SYMMETRIC",
    ("Lanes", "transit_days", "*"): "A_DAYS",
    ("Lanes", "co2_kg_per_tonne", "direct"): "A_CO2_DIRECT",
    ("Lanes", "co2_kg_per_tonne", "*"): "A_CO2",
    ("Demand", "quantity", "*"): "A_DEMAND_QTY",
    ("Demand", "penalty_per_unit", "contract"): "A_PEN_CONTRACT",
    ("Demand", "penalty_per_unit", "contract_ld"): "A_PEN_CONTRACT_LD",
    ("Demand", "penalty_per_unit", "spot"): "A_PEN_SPOT",
    ("Demand", "penalty_per_unit", "spot_cn_steel"): "A_PEN_CN_STEEL",
    ("Tariffs", "rate", "mfn"): "F_MFN",
    ("Tariffs", "rate", "mfn_h"): "F_MFN_H",
    ("Tariffs", "rate", "mfn_al"): "F_MFN_AL",
    ("Tariffs", "rate", "mfn_glass"): "F_MFN_GLASS",
    ("Tariffs", "rate", "rcep_steel"): "A_RCEP_STEEL",
    ("Tariffs", "agreement", "rcep_steel"): "A_RCEP_STEEL",
    ("Tariffs", "rate", "rcep_tyre"): "A_RCEP_TYRE",
    ("Tariffs", "agreement", "rcep_tyre"): "A_RCEP_TYRE",
    ("Tariffs", "rate", "acfta"): "A_ACFTA_RATE",
    ("Tariffs", "agreement", "acfta"): "A_ACFTA_RATE",
    ("Products", "hs_code", "*"): "A_HS",
    ("Agreements", "country", "rcep"): "F_RCEP_MEMBERS",
    ("Agreements", "country", "acfta"): "F_ACFTA_MEMBERS",
    ("OriginRules", "rvc", "rcep_72"): "F_RCEP_RULES",
    ("OriginRules", "change", "rcep_72"): "F_RCEP_RULES",
    ("OriginRules", "rvc", "rcep_70"): "F_RCEP_RULES",
    ("OriginRules", "change", "rcep_70"): "F_RCEP_RULES",
    ("OriginRules", "rvc", "rcep_assumed"): "A_RCEP_RULES",
    ("OriginRules", "change", "rcep_assumed"): "A_RCEP_RULES",
    ("OriginRules", "rvc", "acfta_rule"): "A_ACFTA_RULE",
    ("OriginRules", "de_minimis", "*"): "F_DE_MINIMIS",
    ("Supply", "capacity", "sr"): "A_SUP_SR",
    ("Lanes", "cost_per_tonne", "ecrl"): "A_ECRL",
    ("Lanes", "capacity_tonnes", "ecrl"): "A_ECRL",
    ("Scenarios", "value", "sc_malacca"): "A_SC_MALACCA",
    ("Risks", "probability", "rk_malacca"): "A_RK_MALACCA",
    ("Risks", "parameters", "rk_freight"): "A_RK_MALACCA",
    ("Risks", "probability", "rk_typhoon"): "A_RK_TYPHOON",
    ("Risks", "duration", "rk_typhoon"): "A_RK_TYPHOON",
    ("Risks", "probability", "rk_port"): "A_RK_PORT",
    ("Risks", "duration", "rk_port"): "A_RK_PORT",
    ("Risks", "parameters", "rk_prices"): "A_RK_PRICES",
    ("Risks", "parameters", "rk_fx"): "A_RK_PRICES",
    ("Risks", "parameters", "rk_demand"): "A_RK_PRICES",
    ("Scenarios", "factor", "sc_half"): "A_SC_HALF",
    ("Scenarios", "factor", "sc_freight"): "A_SC_QUESTION",
    ("Scenarios", "value", "sc_carbon"): "A_SC_QUESTION",
    ("Scenarios", "value", "sc_ecrl"): "A_ECRL",
    ("Scenarios", "value", "sc_all_mfn"): "A_SC_ALL_MFN",
    ("Supply", "cost_per_unit", "sr"): "A_SUP_SR",
    ("Settings", "value", "format"): "A_FORMAT",
    ("Settings", "value", "currency"): "A_CURRENCY",
    ("Settings", "value", "unmet"): "A_UNMET",
    ("Settings", "value", "carbon"): "A_CARBON",
}

NOTES.update(invest.NOTES)
CELL_NOTES.update(invest.CELL_NOTES)
# Columns whose blank cells mean "none" and need no note: only filled cells are listed.
FILLED_ONLY = {("Plants", "min_output"), ("Supply", "origin_country")}

# Notes that concern no cell (e.g. what an absent row means).
SHEET_NOTES = [("Tariffs", "(no matching row)", "A_NO_TARIFF")]

TABLES = [
    ("Sites", SITES_HEADER, SITES),
    ("Products", PRODUCTS_HEADER, PRODUCTS),
    ("Plants", PLANTS_HEADER, PLANTS),
    ("Recipes", RECIPES_HEADER, RECIPES),
    ("Supply", SUPPLY_HEADER, SUPPLY),
    ("Lanes", LANES_HEADER, LANES),
    ("Demand", DEMAND_HEADER, DEMAND),
    ("Tariffs", TARIFFS_HEADER, TARIFFS),
    ("Agreements", AGREEMENTS_HEADER, AGREEMENTS),
    ("OriginRules", ORIGIN_RULES_HEADER, ORIGIN_RULES),
    ("Risks", RISKS_HEADER, RISKS),
    ("Investments", invest.INVESTMENTS_HEADER, invest.INVESTMENTS),
    ("Chokepoints", invest.CHOKEPOINTS_HEADER, invest.CHOKEPOINTS),
    ("Scenarios", SCENARIOS_HEADER, SCENARIOS),
    ("Settings", SETTINGS_HEADER, SETTINGS),
]
SOURCES_HEADER = ("sheet", "cells", "figure", "status", "source", "reasoning")


def _note_for(sheet: str, column: str, basis: str) -> str | None:
    """Return the NOTES key documenting one cell, or None for label cells."""
    return CELL_NOTES.get((sheet, column, basis)) or CELL_NOTES.get((sheet, column, "*"))


def _column_letter(index: int) -> str:
    """Excel column letter of a 0-based column index (tables have < 26 columns)."""
    return chr(ord("A") + index)


def _row_ranges(letter: str, rows: list[int]) -> list[str]:
    """Compress sorted row numbers of one column into 'D2:D5' style ranges."""
    ranges, start, prev = [], rows[0], rows[0]
    for row in rows[1:] + [None]:
        if row is not None and row == prev + 1:
            prev = row
            continue
        ranges.append(f"{letter}{start}" if start == prev else f"{letter}{start}:{letter}{prev}")
        if row is not None:
            start = prev = row
    return ranges


def _padded(header: tuple, rows: list[tuple]) -> list[tuple]:
    """Rows with blanks for the columns they leave out (before their basis key)."""
    return [(*row[:-1], *([None] * (len(header) + 1 - len(row))), row[-1]) for row in rows]


def _cells_by_note(sheet: str, header: tuple, rows: list[tuple]) -> dict[str, dict]:
    """Group the cells of one sheet by the note that documents them."""
    groups: dict[str, dict[str, list[int]]] = {}
    for offset, row in enumerate(_padded(header, rows)):
        basis = row[-1]
        for index, column in enumerate(header):
            key = _note_for(sheet, column, basis)
            if (sheet, column) in FILLED_ONLY and row[index] is None:
                continue
            if key is not None:
                cells = groups.setdefault(key, {})
                cells.setdefault(_column_letter(index), []).append(offset + 2)
    return groups


def source_rows() -> list[tuple]:
    """Rows of the Sources sheet: one per (sheet, note), covering every figure."""
    result = []
    for sheet, header, rows in TABLES:
        for key, columns in _cells_by_note(sheet, header, rows).items():
            ranges = [r for letter, nums in columns.items() for r in _row_ranges(letter, nums)]
            result.append(_source_row(sheet, ", ".join(ranges), key))
    result.extend(_source_row(sheet, cells, key) for sheet, cells, key in SHEET_NOTES)
    return result


def _source_row(sheet: str, cells: str, key: str) -> tuple:
    status, figure, source, reasoning = NOTES[key]
    return (sheet, cells, figure, status, source or None, reasoning or None)


def build_workbook() -> Workbook:
    """Build the dataset workbook in memory."""
    wb = Workbook()
    wb.remove(wb.active)
    for sheet, header, rows in TABLES:
        _write_sheet(wb, sheet, header, [row[:-1] for row in _padded(header, rows)])
    _write_sheet(wb, "Sources", SOURCES_HEADER, source_rows())
    wb.properties.creator = "datasets/build_qinzhou_kuantan.py"
    wb.properties.title = "Twin Parks planner - Qinzhou-Kuantan dataset"
    wb.properties.created = FIXED_TIME
    wb.properties.modified = FIXED_TIME
    return wb


def _write_sheet(wb: Workbook, title: str, header: tuple, rows: list[tuple]) -> None:
    ws = wb.create_sheet(title)
    ws.append(list(header))
    for row in rows:
        ws.append(list(row))
    ws.freeze_panes = "A2"
    for index, column in enumerate(header):
        width = max(10, min(60, len(column) + 2))
        ws.column_dimensions[_column_letter(index)].width = width


def save_reproducibly(wb: Workbook, path: Path) -> None:
    """Save with fixed properties and zip timestamps so reruns give identical bytes."""
    buffer = io.BytesIO()
    archive = zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(wb, archive).save()  # unlike save_workbook, keeps properties.modified
    buffer.seek(0)
    stamp = FIXED_TIME.timetuple()[:6]
    with zipfile.ZipFile(buffer) as src, zipfile.ZipFile(path, "w") as dst:
        for info in src.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=stamp)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o600 << 16
            dst.writestr(fixed, src.read(info.filename))


def main(argv: list[str]) -> int:
    out = Path(argv[1]) if len(argv) > 1 else DEFAULT_OUT
    save_reproducibly(build_workbook(), out)
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
